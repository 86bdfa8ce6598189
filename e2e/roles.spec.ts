// Who appoints educators (decision 031), through the pages: an admin grants the global educator
// role at /admin/users and the audit trail shows it; a team's owner makes a member the team's
// educator, which a coordinator's role select does not offer.
import { createTeam } from "./support/conferences";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

test("an admin grants and revokes the global educator role at /admin/users, audited", async ({ browser }) => {
  const [admin, clinician, other] = await Promise.all([createUser("admin"), createUser("clinician", `Dr Appointed ${Date.now()}`), createUser("clinician")]);
  const { page, context } = await signedInContext(browser, admin);
  await page.goto(`/admin/users?email=${encodeURIComponent(clinician.email)}`);
  const row = page.getByTestId("user-role").filter({ hasText: clinician.email });
  await expect(row).toHaveCount(1);
  await row.getByLabel(`Role of ${clinician.name}`).selectOption("educator");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Now Educator.");
  expect(await database().user.findUniqueOrThrow({ where: { id: clinician.id }, select: { role: true } })).toEqual({ role: "educator" });

  await row.getByLabel(`Role of ${clinician.name}`).selectOption("clinician");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Now Clinician.");

  await page.goto("/admin/audit?action=user.");
  const trail = page.getByTestId("audit");
  await expect(trail.locator("tr", { hasText: clinician.id })).toHaveText([/user\.educator_revoke/, /user\.educator_grant/]);
  await expect(trail.locator("tr", { hasText: clinician.id }).first()).toContainText(admin.email);

  // Nobody else finds the page.
  const visitor = await signedInContext(browser, other);
  expect((await visitor.context.request.get("/admin/users")).status()).toBe(404);
  await visitor.context.close();
  await context.close();
});

test("a team's owner makes a member the team's educator; a coordinator is not offered the role", async ({ browser }) => {
  const [owner, coordinator, member] = await Promise.all([createUser(), createUser(), createUser("resident", `Dr Course Member ${Date.now()}`)]);
  const team = await createTeam([{ user: owner, role: "owner" }, { user: coordinator, role: "coordinator" }, { user: member, role: "member" }]);

  const byCoordinator = await signedInContext(browser, coordinator);
  await byCoordinator.page.goto(`/teams/${team.id}`);
  const options = byCoordinator.page.getByLabel(`Role of ${member.name}`).locator("option");
  await expect(options).toHaveText(["Coordinator", "Member", "Guest"]);
  await byCoordinator.context.close();

  const byOwner = await signedInContext(browser, owner);
  await byOwner.page.goto(`/teams/${team.id}`);
  await byOwner.page.getByLabel(`Role of ${member.name}`).selectOption("educator");
  await expect.poll(async () => (await database().membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: member.id } }, select: { role: true } })).role).toBe("educator");
  await byOwner.page.goto(`/teams/${team.id}/audit`);
  await expect(byOwner.page.getByTestId("audit").locator("tr", { hasText: "team.role_change" }).filter({ hasText: member.id })).toHaveCount(1);
  await byOwner.context.close();
});
