// WCAG 2.2 AA in the states people meet (issue 29): validation errors, the de-identification
// warning, open menus and dialogs, the vote distribution, empty pages, and a live conference at
// each stage on the presenter's screen and an audience phone. axe runs on each; exceptions and
// the rules' tags are in support/a11y.ts.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";
import { seedCase, study, uid } from "./support/cases";
import { createConference, createTeam } from "./support/conferences";
import { liveConferenceWithImages } from "./support/conference-images";
import { createUser, database, expect, signedInContext, signIn, test } from "./support/fixtures";
import { fillCaseBasics } from "./support/pages";

async function pickDiagnosis(page: Page, combobox: ReturnType<Page["getByRole"]>, query: string) {
  await combobox.fill(query);
  await expect(page.getByRole("listbox").getByRole("option").filter({ hasNotText: /^Propose/ }).first()).toBeVisible();
}

test("forms with errors shown, the identifier warning and open menus pass axe", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Signed out: a failed sign-in.
  await page.goto("/signin?error=CredentialsSignin");
  await expect(page.getByTestId("signin-error")).toBeVisible();
  await expectNoAxeViolations(page, "sign-in error");

  const user = await createUser("clinician");
  const { context, page: signedIn } = await signedInContext(browser, user);
  // The case form: field errors, then the identifier warning with its highlights.
  await signedIn.goto("/cases/new");
  await signedIn.getByRole("button", { name: "+ Add study" }).click();
  await signedIn.getByRole("button", { name: "Save case" }).click();
  await expect(signedIn.getByRole("alert").first()).toBeVisible();
  await expectNoAxeViolations(signedIn, "case form errors");
  await signedIn.goto("/cases/new");
  await fillCaseBasics(signedIn, {
    title: `Forefoot pain ${uid()}`, presentation: "Mr John Smith, MRN 12345678, presented with forefoot pain.", ageBand: "60–64", sex: "male", region: "Foot", status: "open",
  });
  await signedIn.getByRole("button", { name: "Save case" }).click();
  await expect(signedIn.getByTestId("identifier-warning")).toBeVisible();
  await expectNoAxeViolations(signedIn, "identifier warning");
  await signedIn.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(signedIn, "identifier warning");
  await signedIn.setViewportSize({ width: 1280, height: 800 });

  // A join code that matches nothing.
  await signedIn.goto("/join");
  await signedIn.getByLabel("Conference code").fill("ZZZZZZ");
  await signedIn.getByRole("button", { name: "Join" }).click();
  await expect(signedIn.getByRole("alert").first()).toBeVisible();
  await expectNoAxeViolations(signedIn, "join error");

  // Open menus: the diagnosis typeahead and the mention typeahead on a case with an open poll.
  const kase = await seedCase(user.id, { timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal." })] });
  await database().case.update({ where: { id: kase.id }, data: { pollState: "open" } });
  await signedIn.goto(`/cases/${kase.id}`);
  await pickDiagnosis(signedIn, signedIn.getByTestId("my-differential").getByRole("combobox", { name: "Diagnosis" }).first(), "stress fra");
  await expectNoAxeViolations(signedIn, "diagnosis typeahead open");
  await signedIn.keyboard.press("Escape");
  const composer = signedIn.getByTestId("composer").first().getByRole("combobox", { name: "Comment (Markdown)" });
  await composer.fill("Agree with @Dr");
  await expect(signedIn.getByRole("listbox", { name: "People who can see this case" })).toBeVisible();
  await expectNoAxeViolations(signedIn, "mention typeahead open");
  await composer.fill("");

  // The vote distribution after voting, and the idle warning dialog.
  const poll = signedIn.getByTestId("poll");
  await pickDiagnosis(signedIn, poll.getByRole("combobox", { name: "Your vote" }), "stress fracture");
  await signedIn.getByRole("option").first().click();
  await poll.getByRole("button", { name: "Vote" }).click();
  await expect(poll.getByTestId("distribution")).toBeVisible();
  await expectNoAxeViolations(signedIn, "vote distribution");
  await context.close();
});

test("empty states pass axe: a new account's dashboard, record, notifications, teams and a search with no results", async ({ browser }) => {
  const user = await createUser("resident");
  const { context, page } = await signedInContext(browser, user);
  for (const url of ["/", "/me/record", "/notifications", "/teams", `/cases?q=${uid()}`]) {
    await page.goto(url);
    await expect(page.locator("main h1").first()).toBeVisible();
    await expectNoAxeViolations(page, `${url} (empty)`);
  }
  await context.close();
});

test("a live conference passes axe at every stage, on the presenter's screen and an audience phone", async ({ browser }) => {
  test.setTimeout(150_000);
  const presenter = await createUser("clinician", `Prof Presenter ${uid()}`);
  const member = await createUser("resident");
  const team = await createTeam([{ user: presenter, role: "owner" }, { user: member, role: "member" }]);
  const kase = await seedCase(presenter.id, {
    status: "unknown", visibility: "team", teamId: team.id,
    timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the talus." }), study({ dayOffset: 120, findings: "New oedema of the distal tibia." })],
    resolution: { diagnosis: "Transient bone marrow oedema syndrome", certainty: "probable", basis: "clinical_course", explanation: "Migrating oedema that settled." },
  });
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: [kase.id] });
  const lead = await signedInContext(browser, presenter);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone.request, member.email, member.password);
  const audience = await phone.newPage();

  await lead.page.goto(`/conferences/${conference.id}/present`);
  await audience.goto(`/join?code=${conference.joinCode}`);
  await audience.getByRole("button", { name: "Join" }).click();
  await expect(audience.getByTestId("waiting")).toBeVisible();
  await expect(lead.page.getByTestId("joined-count")).toHaveText("1 joined");
  await expect(lead.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const both = async (stage: string) => {
    await expectNoAxeViolations(lead.page, `presenter, ${stage}`);
    await expectNoAxeViolations(audience, `audience, ${stage}`);
    await expectNoHorizontalScroll(audience, `audience, ${stage}`);
  };
  await both("waiting");
  for (const stage of ["Presentation", "Study 1 of 2", "Study 2 of 2"]) {
    await lead.page.keyboard.press("ArrowRight");
    await expect(audience.getByTestId("stage-label")).toHaveText(`Case 1 of 1 · ${stage}`);
    await both(stage);
  }
  await lead.page.keyboard.press("v");
  await expect(audience.getByTestId("vote-panel")).toBeVisible();
  await audience.getByTestId("vote-panel").getByRole("combobox", { name: "Your vote" }).fill("transient");
  await audience.getByRole("option").first().click();
  await audience.getByTestId("vote-panel").getByRole("button", { name: "Vote" }).click();
  await expect(audience.getByTestId("my-conference-vote")).toBeVisible();
  await both("vote open");
  await lead.page.keyboard.press("v");
  await expect(audience.getByTestId("tally")).toBeVisible();
  await both("vote closed, distribution");
  await lead.page.keyboard.press("r");
  await expect(audience.getByTestId("answer")).toBeVisible();
  await both("reveal");
  lead.page.once("dialog", (dialog) => void dialog.accept());
  await lead.page.getByRole("button", { name: "End conference" }).click();
  await expect(audience.getByTestId("conference-ended").or(audience.getByText("This conference has ended."))).toBeVisible();
  await both("ended");
  await lead.page.goto(`/conferences/${conference.id}/summary`);
  await expectNoAxeViolations(lead.page, "summary with the stage chart");
  await lead.context.close();
  await phone.close();
});

test("a live conference's images pass axe: presenter's viewer, audience following and browsing, the projector at each stage", async ({ browser }) => {
  test.setTimeout(180_000);
  const { conference, lead, phone, audience } = await liveConferenceWithImages(browser);
  await expect(audience.getByTestId("audience-images").getByTestId("stack-image")).toBeVisible();
  await expectNoAxeViolations(lead.page, "presenter, study images");
  await expectNoAxeViolations(audience, "audience, following the presenter's images");
  await expectNoHorizontalScroll(audience, "audience, following the presenter's images");
  await audience.getByRole("button", { name: "Browse freely" }).click();
  await expectNoAxeViolations(audience, "audience, browsing the images freely");
  await expectNoHorizontalScroll(audience, "audience, browsing the images freely");
  const projector = await lead.context.newPage();
  await projector.goto(`/conferences/${conference.id}/project`);
  await expect(projector.getByTestId("projector-image")).toBeVisible();
  await expectNoAxeViolations(projector, "projector, study images");
  await lead.page.bringToFront();
  await lead.page.keyboard.press("v");
  await expect(audience.getByTestId("vote-panel")).toBeVisible();
  await audience.getByTestId("vote-panel").getByRole("combobox", { name: "Your vote" }).fill("stress fracture");
  await audience.getByRole("listbox").getByRole("option").filter({ hasNotText: /^Propose/ }).first().click();
  await audience.getByTestId("vote-panel").getByRole("button", { name: "Vote" }).click();
  await expect(audience.getByTestId("my-conference-vote")).toBeVisible();
  await lead.page.keyboard.press("v");
  await expect(projector.getByTestId("tally")).toBeVisible();
  await expectNoAxeViolations(projector, "projector, vote distribution");
  await lead.page.keyboard.press("r");
  await expect(projector.getByTestId("projector-answer")).toBeVisible();
  await expectNoAxeViolations(projector, "projector, reveal");
  await lead.context.close();
  await phone.close();
});

test("text enlarged to 200% (the browser's text-only zoom) fits the width on the main pages", async ({ browser }) => {
  const user = await createUser("clinician");
  const { context, page } = await signedInContext(browser, user);
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of ["/", "/cases", "/cases/demo-runner-metatarsal", "/cases/new", "/conferences", "/accessibility"]) {
      await page.goto(url);
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      await expect(page.locator("main h1").first()).toBeVisible();
      await expectNoHorizontalScroll(page, `${url} with text at 200%`);
    }
  }
  await context.close();
});
