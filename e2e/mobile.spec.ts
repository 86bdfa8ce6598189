// Phone layout (the "phone" project, a Pixel 7 viewport): nothing scrolls sideways, the timeline
// reads top to bottom, and a case can be written with the thumbs.
import { createConference, createTeam } from "./support/conferences";
import { createUser, database, expect, signIn, test } from "./support/fixtures";
import { uid } from "./support/cases";
import { addStudy, fillCaseBasics, hasHorizontalScroll, savedCaseId, timelineItems } from "./support/pages";

test("the library and a demo case page fit the phone screen", async ({ userPage: page }) => {
  await page.goto("/cases");
  await expect(page.getByTestId("case-card").first()).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);

  await page.goto("/cases/demo-runner-metatarsal");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  const box = await timeline.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  // The whole width of the screen, so the timeline's dots in the page margin are in the picture.
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Timeline", exact: true }) });
  const area = (await section.boundingBox())!;
  await page.screenshot({ path: "test-results/case-timeline-phone.png", fullPage: true, clip: { x: 0, y: area.y - 8, width: viewport.width, height: area.height + 16 } });
});

test("a case can be written on a phone", async ({ userPage: page }) => {
  const tag = uid();
  await page.goto("/cases/new");
  const addStudyButton = page.getByRole("button", { name: "+ Add study" });
  await expect(addStudyButton).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);

  await fillCaseBasics(page, {
    title: `Phone case ${tag}`, presentation: `Forefoot pain on walking (${tag}).`, ageBand: "40–44", sex: "female", region: "Foot", status: "open",
  });
  await addStudy(page, { day: 0, modality: "XR", region: "Right foot", findings: `No fracture ${tag}` });
  await addStudy(page, { day: 21, region: "Right foot", findings: `Metatarsal neck stress fracture ${tag}`, change: "progression" });
  expect(await hasHorizontalScroll(page)).toBe(false);
  const save = page.getByRole("button", { name: "Save case" });
  await expect(save).toBeInViewport();
  await save.click();

  await savedCaseId(page);
  await expect(timelineItems(page)).toHaveText([new RegExp(`No fracture ${tag}`), new RegExp(`Metatarsal neck stress fracture ${tag}`)]);
  expect(await hasHorizontalScroll(page)).toBe(false);
});

test("an audience member votes in a live conference from a phone", async ({ page, user }) => {
  const presenter = await createUser("educator");
  const team = await createTeam([{ user: presenter, role: "owner" }, { user, role: "member" }]);
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: ["demo-runner-metatarsal"] });
  // Live at the vote: two studies shown, the vote open (as the presenter's V would leave it).
  const item = await database().agendaItem.findFirstOrThrow({ where: { conferenceId: conference.id }, select: { id: true } });
  await database().agendaItem.update({ where: { id: item.id }, data: { reachedStep: 3, voteState: "open", startedAt: new Date() } });
  await database().conference.update({ where: { id: conference.id }, data: { startedAt: new Date(), currentItemId: item.id, currentStep: 3 } });
  await database().conferenceParticipant.create({ data: { conferenceId: conference.id, userId: user.id } });
  await signIn(page.context().request, user.email, user.password);

  await page.goto(`/conferences/${conference.id}`);
  const panel = page.getByTestId("vote-panel");
  await expect(panel).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
  await panel.getByRole("combobox", { name: "Your vote" }).fill("stress fracture");
  await page.getByRole("option", { name: /Metatarsal stress fracture/i }).first().click();
  await panel.getByRole("button", { name: "Vote" }).click();
  await expect(panel.getByTestId("my-conference-vote")).toContainText("Metatarsal stress fracture");
  expect(await hasHorizontalScroll(page)).toBe(false);
});
