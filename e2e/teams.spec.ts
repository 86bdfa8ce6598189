// An MDT in Rounds: a coordinator creates the team, invites a radiologist by link, shares a
// team-only case; outsiders cannot reach it by any route; the owner's audit trail shows the views.
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

test("the foot and ankle MDT: invitation by link, a team-only case, and its audit trail", async ({ browser, baseURL }) => {
  const [coordinator, radiologist, outsider] = await Promise.all([
    createUser("clinician", `Dr Coordinator ${Date.now()}`),
    createUser("clinician", `Dr Radiologist ${Date.now()}`),
    createUser("clinician"),
  ]);
  const lead = await signedInContext(browser, coordinator);
  await lead.page.goto("/teams");
  await lead.page.getByLabel("Name").fill("Foot and ankle MDT");
  await lead.page.getByRole("button", { name: "Create team" }).click();
  await expect(lead.page.getByRole("heading", { name: "Foot and ankle MDT" })).toBeVisible();
  const teamId = lead.page.url().split("/teams/")[1]!;

  await lead.page.getByLabel("Email").fill(radiologist.email);
  await lead.page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await lead.page.getByTestId("invite-link").textContent())!;
  expect(link).toContain("/invites/");

  // The radiologist accepts by link; an outsider holding the same link cannot use it.
  const stranger = await signedInContext(browser, outsider);
  await stranger.page.goto(new URL(link).pathname);
  await stranger.page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(stranger.page.getByText(`This invitation is for ${radiologist.email}`)).toBeVisible();
  const reader = await signedInContext(browser, radiologist);
  await reader.page.goto(new URL(link).pathname);
  await reader.page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(reader.page).toHaveURL(new RegExp(`/teams/${teamId}`));
  await expect(reader.page.getByTestId("member").filter({ hasText: radiologist.email })).toBeVisible();

  // A team-only case, written by the coordinator.
  const kase = await database().case.create({
    data: {
      title: "MDT: talar marrow oedema for discussion", presentation: "Ankle pain without trauma.", ageBand: "50–54", sex: "male",
      region: "Ankle", status: "open", visibility: "team", teamId, authorId: coordinator.id,
    },
    select: { id: true },
  });
  await reader.page.goto(`/cases/${kase.id}`);
  await expect(reader.page.getByTestId("case-title")).toHaveText("MDT: talar marrow oedema for discussion");

  // Invisible to the outsider everywhere: library, URL, export, event stream.
  await stranger.page.goto("/cases");
  await expect(stranger.page.getByText("MDT: talar marrow oedema")).toHaveCount(0);
  expect((await stranger.context.request.get(`/cases/${kase.id}`)).status()).toBe(404);
  expect((await stranger.context.request.get(`/api/cases/${kase.id}/export`)).status()).toBe(404);
  const cookie = (await stranger.context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const controller = new AbortController();
  const stream = await fetch(`${baseURL}/api/cases/${kase.id}/events`, { headers: { cookie }, signal: controller.signal });
  controller.abort();
  expect(stream.status).toBe(404);

  // The owner's audit trail shows the radiologist's view; the radiologist cannot open the trail.
  await lead.page.goto(`/teams/${teamId}/audit`);
  const trail = lead.page.getByTestId("audit");
  await expect(trail.locator("tr", { hasText: "case.view" }).filter({ hasText: radiologist.email })).toHaveCount(1);
  await expect(trail.locator("tr", { hasText: "team.invite_accept" })).toHaveCount(1);
  const csv = await lead.context.request.get(`/api/teams/${teamId}/audit`);
  expect(await csv.text()).toContain(`${radiologist.email},case.view,case,${kase.id}`);
  expect((await reader.context.request.get(`/teams/${teamId}/audit`)).status()).toBe(404);

  for (const entry of [lead, reader, stranger]) await entry.context.close();
});
