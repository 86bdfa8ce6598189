// Keyboard-only journeys (issue 29): nothing here clicks. Each control is reached with Tab (the
// focus must be visible at every stop, support/a11y.ts) and used with Enter, Space, arrows and
// typing; after a form closes or a live update arrives, the focus is still somewhere visible.
import type { Page } from "@playwright/test";
import { expectVisibleFocus, tabTo } from "./support/a11y";
import { seedCase, study, uid } from "./support/cases";
import { createConference, createTeam } from "./support/conferences";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";
import { savedCaseId } from "./support/pages";

/** Focuses a combobox by Tab, types, and picks the first suggestion with Enter. */
async function pickByKeyboard(page: Page, combobox: ReturnType<Page["getByRole"]>, query: string) {
  await tabTo(page, combobox);
  await page.keyboard.type(query);
  // The catalogue's matches, not only the "Propose …" line shown while they load.
  await expect(page.getByRole("listbox").getByRole("option").filter({ hasNotText: /^Propose/ }).first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(combobox).not.toHaveValue(query);
}

async function pressOn(page: Page, target: ReturnType<Page["getByRole"]>, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test("the skip link is the first stop and moves the focus to the main content", async ({ userPage: page }) => {
  await page.goto("/cases");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.width, "the skip link shows when focused").toBeGreaterThan(20);
  await expectVisibleFocus(page, "on the skip link");
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main"))), "the next Tab stays in the main content").toBe(true);
});

test("sign in, open a case, post a comment and a reply with the keyboard alone", async ({ page }) => {
  const user = await createUser("clinician");
  const kase = await seedCase(user.id, { title: `Keyboard case ${uid()}`, timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal." })] });
  await page.goto("/signin");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/cases");
  await pressOn(page, page.getByRole("link", { name: kase.input.title }));
  await expect(page).toHaveURL(new RegExp(`/cases/${kase.id}$`));
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");

  const composer = page.getByTestId("composer").first().getByRole("combobox", { name: "Comment (Markdown)" });
  await tabTo(page, composer);
  await page.keyboard.type("Periosteal reaction along the medial cortex.");
  await pressOn(page, page.getByRole("button", { name: "Post comment" }));
  const comment = page.getByTestId("comment").filter({ hasText: "Periosteal reaction along the medial cortex." });
  await expect(comment).toBeVisible();
  await expectVisibleFocus(page, "after posting a comment");

  await pressOn(page, comment.getByRole("button", { name: "Reply" }), "Enter");
  await expect(comment.getByRole("combobox", { name: "Comment (Markdown)" })).toBeFocused();
  await page.keyboard.type("Agreed: a fracture, not a stress reaction.");
  await pressOn(page, comment.getByTestId("composer").getByRole("button", { name: "Reply" }));
  // The reply is nested in its parent's article, which then holds its text too: the reply is the last match.
  await expect(page.getByTestId("comment").filter({ hasText: "Agreed: a fracture" }).last()).toBeVisible();
  // The reply form closed: the focus went back to the comment's own buttons, not to the page.
  await expectVisibleFocus(page, "after the reply form closed");
  await expect(page.getByTestId("live-announcer")).toContainText(/new comment/i);
});

test("commit a differential and vote with the keyboard alone", async ({ browser }) => {
  const user = await createUser("clinician");
  const kase = await seedCase(user.id, { timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal." })] });
  await database().case.update({ where: { id: kase.id }, data: { pollState: "open" } });
  const { context, page } = await signedInContext(browser, user);
  await page.goto(`/cases/${kase.id}`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");

  const form = page.getByTestId("my-differential");
  await pickByKeyboard(page, form.getByRole("combobox", { name: "Diagnosis" }).first(), "stress fracture");
  await tabTo(page, form.getByLabel(/Rationale/).first());
  await page.keyboard.type("Cortical break with oedema.");
  await pressOn(page, form.getByRole("button", { name: "Commit differential" }));
  await expect(form.getByText("Your differential is saved.")).toBeVisible();
  await expectVisibleFocus(page, "after committing the differential");

  const poll = page.getByTestId("poll");
  await pickByKeyboard(page, poll.getByRole("combobox", { name: "Your vote" }), "stress fracture");
  await pressOn(page, poll.getByRole("button", { name: "Vote" }));
  await expect(poll.getByTestId("my-vote")).toBeVisible();
  await expect(poll.getByTestId("distribution")).toBeVisible();
  await expectVisibleFocus(page, "after voting");
  await context.close();
});

test("present a conference with its shortcuts and follow it, vote and keep the focus, from the keyboard", async ({ browser }) => {
  test.setTimeout(90_000);
  const presenter = await createUser("clinician");
  const member = await createUser("resident");
  const team = await createTeam([{ user: presenter, role: "owner" }, { user: member, role: "member" }]);
  const kase = await seedCase(presenter.id, { visibility: "team", teamId: team.id, timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the talus." })] });
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: [kase.id] });
  const lead = await signedInContext(browser, presenter);
  const follower = await signedInContext(browser, member);
  const audience = follower.page;

  await audience.goto("/join");
  await tabTo(audience, audience.getByLabel("Conference code"));
  await audience.keyboard.type(conference.joinCode);
  await audience.keyboard.press("Enter");
  await expect(audience.getByTestId("waiting")).toBeVisible();
  await expect(audience.getByTestId("live-status")).toHaveAttribute("data-status", "live");

  await lead.page.goto(`/conferences/${conference.id}/present`);
  await expect(lead.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await lead.page.keyboard.press("ArrowRight");
  await expect(audience.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Presentation");
  // The audience starts a differential; the presenter moves on; the focus stays where it was.
  const staged = audience.getByTestId("staged-differential").getByRole("combobox").first();
  await tabTo(audience, staged);
  await lead.page.keyboard.press("ArrowRight");
  await expect(audience.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Study 1 of 1");
  await expect(audience.getByTestId("stage-announcer")).toContainText("Study 1 of 1");
  await expectVisibleFocus(audience, "after a live stage change");

  await lead.page.keyboard.press("v");
  const panel = audience.getByTestId("vote-panel");
  await pickByKeyboard(audience, panel.getByRole("combobox", { name: "Your vote" }), "stress fracture");
  await pressOn(audience, panel.getByRole("button", { name: "Vote" }));
  await expect(panel.getByTestId("my-conference-vote")).toBeVisible();
  await expect(lead.page.getByTestId("vote-count")).toHaveText("1 of 1 voted");
  await lead.page.keyboard.press("v");
  await expect(audience.getByTestId("tally")).toBeVisible();
  await expect(audience.getByTestId("stage-announcer")).toContainText("results are shown");
  await expectVisibleFocus(audience, "after the vote closed");
  await lead.page.keyboard.press("r");
  await expect(lead.page.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Reveal");
  await lead.context.close();
  await follower.context.close();
});

test("author a case with two studies with the keyboard alone", async ({ userPage: page }) => {
  const title = `Keyboard authored ${uid()}`;
  await page.goto("/cases/new");
  await tabTo(page, page.getByLabel("Title", { exact: true }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("Presentation", { exact: true }));
  await page.keyboard.type("Forefoot pain after a long walk, worse on weight bearing.");
  for (const label of ["Age band", "Sex", "Body region"]) {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel(label, { exact: true })).not.toHaveValue("");
  }
  for (const [index, findings] of ["Normal radiograph of the forefoot.", "Periosteal reaction of the second metatarsal."].entries()) {
    await pressOn(page, page.getByRole("button", { name: "+ Add study" }));
    const item = page.getByTestId("timeline-item").nth(index);
    await expect(item).toBeVisible();
    await tabTo(page, item.getByLabel("Day (from presentation)"));
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(String(index * 21));
    await tabTo(page, item.getByLabel("Region examined"));
    await page.keyboard.type("Left foot");
    await tabTo(page, item.getByLabel("Findings"));
    await page.keyboard.type(findings);
  }
  await pressOn(page, page.getByRole("button", { name: "Save case" }));
  const caseId = await savedCaseId(page);
  const studies = await database().study.findMany({ where: { caseId }, orderBy: { position: "asc" }, select: { dayOffset: true, findings: true } });
  expect(studies).toEqual([
    { dayOffset: 0, findings: "Normal radiograph of the forefoot." },
    { dayOffset: 21, findings: "Periosteal reaction of the second metatarsal." },
  ]);
});
