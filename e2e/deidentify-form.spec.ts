// The case form's de-identification guard (issue 25 items 1, 5 and 7): findings appear while the
// author types, listed by field with a reason, before anything is saved; "save anyway" records the
// chosen reason; a team case made public needs an explicit acknowledgement.
import { seedCase, uid } from "./support/cases";
import { database, expect, test } from "./support/fixtures";
import { fillCaseBasics, savedCaseId } from "./support/pages";

test("findings appear as the author types, by field with a reason, and the chosen reason is audited", async ({ userPage: page }) => {
  const title = `Midfoot pain ${uid()}`;
  await page.goto("/cases/new");
  await fillCaseBasics(page, { title, presentation: "Patient Jane Doe, seen on 7/22, with midfoot pain.", ageBand: "40–44", sex: "female", region: "Foot", status: "open" });

  // No save pressed: the debounced check lists each finding under its field, with its reason.
  const warning = page.getByTestId("identifier-warning");
  await expect(warning).toBeVisible();
  const findings = warning.getByRole("listitem");
  await expect(findings.filter({ hasText: "Presentation: Looks like a person's name" })).toHaveCount(1);
  await expect(findings.filter({ hasText: "Presentation: Looks like a calendar date" })).toHaveCount(1);
  await expect(warning.locator("mark").filter({ hasText: "Jane Doe" })).toHaveCount(1);
  await expect(page.getByLabel("Presentation", { exact: true })).toHaveClass(/ring-amber-400/);

  // Rewording clears them, still without saving.
  await page.getByLabel("Presentation", { exact: true }).fill("A runner with midfoot pain for six weeks, worse on the 2nd metatarsal (Lisfranc joint normal).");
  await expect(warning).toBeHidden();

  // Flagged again, saved anyway with a reason from the list: the trail names it.
  await page.getByLabel("Presentation", { exact: true }).fill("Referred by Dr Hoffa-Brennan with midfoot pain.");
  await expect(warning).toBeVisible();
  await warning.getByRole("checkbox", { name: /I have checked these/ }).check();
  await warning.getByRole("combobox", { name: /Why/ }).selectOption("public_source");
  await page.getByRole("button", { name: "Save case" }).click();
  const caseId = await savedCaseId(page);
  const trail = await database().auditEvent.findMany({ where: { resourceId: caseId, action: { startsWith: "identifiers." } }, select: { action: true } });
  expect(trail).toEqual([{ action: "identifiers.override_public_source" }]);
});

test("a team case made public needs the author's acknowledgement of the risk", async ({ userPage: page, user }) => {
  const tag = uid();
  const team = await database().team.create({ data: { name: `Foot MDT ${tag}`, slug: `foot-mdt-${tag}`, memberships: { create: { userId: user.id, role: "owner" } } }, select: { id: true } });
  const { id } = await seedCase(user.id, { visibility: "team", teamId: team.id });
  await page.goto(`/cases/${id}/edit`);
  await expect(page.getByTestId("public-warning")).toHaveCount(0);

  await page.getByLabel("Who can see it").selectOption("public");
  const warning = page.getByTestId("public-warning");
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("about to become public");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("confirm in the red box above")).toBeVisible();
  expect((await database().case.findUniqueOrThrow({ where: { id }, select: { visibility: true } })).visibility).toBe("team");

  await warning.getByRole("checkbox", { name: /I have read every field again/ }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  expect((await database().case.findUniqueOrThrow({ where: { id }, select: { visibility: true } })).visibility).toBe("public");
});
