// Live case conferences and MDT meetings, in real browsers against the production build.
import { expect, type Page } from "@playwright/test";
import { createConference, createTeam, users } from "./support/conferences";
import { seedCase, uid } from "./support/cases";
import { createUser, database, signedInContext, test } from "./support/fixtures";

const TALUS = "demo-talus-unknown";
// Unique phrases of the demo talus case's three studies and of its hidden answer.
const STUDY_1 = "Poorly marginated signal abnormality through the talar neck";
const STUDY_2 = "New signal abnormality in the distal tibial metaphysis";
const STUDY_3 = "Marrow signal of the talus and distal tibia is now normal";
const ANSWER = "Transient bone marrow oedema syndrome";
const ANSWER_EXPLANATION = "This self-limiting, migrating behaviour";

async function pick(page: Page, scope: ReturnType<Page["locator"]>, label: string, query: string, option: string) {
  await scope.getByRole("combobox", { name: label }).first().fill(query);
  await page.getByRole("option", { name: new RegExp(option, "i") }).first().click();
}

async function stageOf(page: Page) {
  return page.getByTestId("stage-label");
}

/**
 * The demo talus case copied as a resident's unknown case for the team only. The presenter may
 * release its answer to the room only with its author's consent for that conference (issue 26
 * item 9): the spec gives it on the author's case page.
 */
async function teamCopyOfTalus(teamId: string, authorId: string) {
  const demo = await database().case.findUniqueOrThrow({ where: { id: TALUS }, include: { studies: true, events: true, resolution: true } });
  return database().case.create({
    data: {
      title: "Migrating ankle pain (team unknown)", presentation: demo.presentation, ageBand: demo.ageBand, sex: demo.sex, region: demo.region,
      status: "unknown", postedAsUnknown: true, visibility: "team", teamId, authorId,
      studies: { create: demo.studies.map(({ id: _id, caseId: _caseId, ...study }) => study) },
      events: { create: demo.events.map(({ id: _id, caseId: _caseId, ...event }) => event) },
      resolution: { create: { diagnosisId: demo.resolution!.diagnosisId, diagnosisText: demo.resolution!.diagnosisText, certainty: demo.resolution!.certainty, basis: demo.resolution!.basis, explanation: demo.resolution!.explanation, teachingPoints: demo.resolution!.teachingPoints } },
    },
    select: { id: true },
  });
}

test("a presenter steps three audience devices through the talus case: staged studies, vote, distribution, reveal", async ({ browser, http }) => {
  test.setTimeout(120_000);
  const presenter = await createUser("clinician", `Prof Presenter ${Date.now()}`);
  const author = await createUser("resident");
  const audience = await users(3);
  const team = await createTeam([{ user: author, role: "owner" }, { user: presenter, role: "educator" }, ...audience.map((user) => ({ user, role: "member" as const }))]);
  const talus = await teamCopyOfTalus(team.id, author.id);
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: [talus.id] });

  // The author allows the presenter to reveal the answer at this conference, from the case page.
  const writer = await signedInContext(browser, author);
  await writer.page.goto(`/cases/${talus.id}`);
  const consent = writer.page.getByTestId("reveal-consents");
  await expect(consent).toContainText(conference.title);
  await consent.getByTestId("reveal-consent").selectOption("room");
  await expect(consent.getByText("Saved.")).toBeVisible();
  await writer.context.close();

  const lead = await signedInContext(browser, presenter);
  await lead.page.goto(`/conferences/${conference.id}/present`);
  await expect(lead.page.getByTestId("presenter-join-code")).toHaveText(conference.joinCode);
  await expect(lead.page.getByRole("img", { name: /QR code for .*\/join\?code=/ })).toBeVisible();

  // Two join by typing the code (one with spaces and lower case), one by the QR code's address.
  const devices = await Promise.all(audience.map((user) => signedInContext(browser, user)));
  for (const [index, device] of devices.entries()) {
    if (index === 2) {
      await device.page.goto(`/join?code=${conference.joinCode}`);
    } else {
      await device.page.goto("/join");
      await device.page.getByLabel("Conference code").fill(index === 0 ? conference.joinCode.toLowerCase().replace(/(...)/, "$1 ") : conference.joinCode);
    }
    await device.page.getByRole("button", { name: "Join" }).click();
    await expect(device.page).toHaveURL(new RegExp(`/conferences/${conference.id}$`));
    await expect(device.page.getByTestId("waiting")).toBeVisible();
    await expect(device.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  }
  await expect(lead.page.getByTestId("joined-count")).toHaveText("3 joined");

  // Start (→ before the start starts), then study 1.
  await expect(lead.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  await lead.page.keyboard.press("ArrowRight");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Presentation");
  for (const device of devices) await expect(device.page.getByTestId("stage-presentation")).toContainText("disabling pain in the hindfoot");
  await lead.page.keyboard.press("ArrowRight");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Study 1 of 3");
  for (const device of devices) {
    await expect(device.page.getByText(STUDY_1)).toBeVisible();
    await expect(device.page.getByText(STUDY_2)).toHaveCount(0);
  }

  // The server decides: study 2 is in no page, payload or API the audience can fetch now.
  const audienceHttp = await http(devices[0]!.page);
  for (const [url, headers] of [
    [`/conferences/${conference.id}`, {}],
    [`/conferences/${conference.id}`, { RSC: "1" }],
    [`/api/conferences/${conference.id}/state`, {}],
    [`/api/conferences/${conference.id}/state?as=presenter`, {}],
    [`/conferences/${conference.id}/summary`, {}],
  ] as const) {
    const response = await audienceHttp.get(url, { headers });
    const body = await response.text();
    expect(body, url).not.toContain(STUDY_2);
    expect(body, url).not.toContain(STUDY_3);
    expect(body, url).not.toContain(ANSWER);
  }
  expect((await audienceHttp.get(`/conferences/${conference.id}/present`)).status()).toBe(404);
  // Presenter commands from an audience device are refused by the server.
  const state = (await (await audienceHttp.get(`/api/conferences/${conference.id}/state`)).json()) as { version: number; item: { step: number } };
  expect(state.item.step).toBe(1);

  // A staged differential after study 1.
  const first = devices[0]!.page;
  await pick(first, first.getByTestId("staged-differential"), "1 (most likely)", "osteonecrosis", "Osteonecrosis of the talus");
  await first.getByRole("button", { name: "Save differential" }).click();
  await expect(first.getByText("Saved your differential after study 1.")).toBeVisible();

  await lead.page.keyboard.press("ArrowRight");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Study 2 of 3");
  for (const device of devices) await expect(device.page.getByText(STUDY_2)).toBeVisible();
  await expect(devices[1]!.page.getByText(STUDY_3)).toHaveCount(0);

  // A reloaded page lands at the current stage.
  await devices[1]!.page.reload();
  await expect(await stageOf(devices[1]!.page)).toHaveText("Case 1 of 1 · Study 2 of 3");
  await expect(devices[1]!.page.getByText(STUDY_2)).toBeVisible();

  // Back one step on the presenter's screen does not hide what the room has seen.
  await lead.page.keyboard.press("ArrowLeft");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Study 1 of 3");
  await expect(devices[2]!.page.getByText(STUDY_2)).toBeVisible();
  await lead.page.keyboard.press("ArrowRight");
  await lead.page.keyboard.press("ArrowRight");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Study 3 of 3");
  for (const device of devices) await expect(device.page.getByText(STUDY_3)).toBeVisible();

  // V opens the vote; everyone votes from their device; results stay hidden while it is open.
  await lead.page.keyboard.press("v");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Vote");
  const choices = [["transient", ANSWER], ["transient", ANSWER], ["osteonecrosis", "Osteonecrosis of the talus"]] as const;
  for (const [index, device] of devices.entries()) {
    const panel = device.page.getByTestId("vote-panel");
    await expect(panel).toBeVisible();
    await pick(device.page, panel, "Your vote", choices[index]![0], choices[index]![1]);
    await panel.getByRole("button", { name: "Vote" }).click();
    await expect(panel.getByTestId("my-conference-vote")).toContainText(choices[index]![1]);
    await expect(device.page.getByTestId("tally")).toHaveCount(0);
  }
  await expect(lead.page.getByTestId("vote-count")).toHaveText("3 of 3 voted");
  await expect(lead.page.getByTestId("tally")).toHaveCount(0);

  // V again closes it: the distribution appears on every device.
  await lead.page.keyboard.press("v");
  for (const device of devices) {
    await expect(device.page.getByTestId("tally")).toContainText("3 votes");
    await expect(device.page.getByTestId("tally-row").first()).toContainText(`${ANSWER}`);
    await expect(device.page.getByTestId("tally-row").first()).toContainText("2 (67%)");
    await expect(device.page.getByText(ANSWER_EXPLANATION)).toHaveCount(0);
  }
  // A vote after the close is refused and changes nothing.
  const late = devices[2]!.page;
  await expect(late.getByTestId("vote-panel")).toHaveCount(0);

  // On a phone the distribution comes before the case (issue 26 item 12).
  const resultsFirst = await devices[0]!.page.evaluate(() => {
    const results = document.querySelector("[data-testid=room-results]");
    const presentation = document.querySelector("[data-testid=stage-presentation]");
    return Boolean(results && presentation && results.compareDocumentPosition(presentation) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(resultsFirst).toBe(true);

  // "Next" past the closed vote never reveals by itself: it asks, and the confirmed reveal shows the answer (issue 26 item 8).
  lead.page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("Reveal the answer to the room?");
    void dialog.accept();
  });
  await lead.page.keyboard.press("ArrowRight");
  await expect(await stageOf(lead.page)).toHaveText("Case 1 of 1 · Reveal");
  for (const device of devices) {
    await expect(device.page.getByTestId("answer")).toContainText(ANSWER);
    await expect(device.page.getByTestId("accuracy")).toHaveText("67% of the room voted for the final diagnosis.");
  }
  // The case stays unknown in the library, but those in the room now see the answer on the case
  // page (issue 26 item 9); a team member who was not there does not.
  const caseHtml = await (await audienceHttp.get(`/cases/${talus.id}`)).text();
  expect(caseHtml).toContain(ANSWER_EXPLANATION);
  const absent = await createUser("clinician");
  await database().membership.create({ data: { teamId: team.id, userId: absent.id, role: "member" } });
  const absentContext = await signedInContext(browser, absent);
  expect(await (await http(absentContext.page)).get(`/cases/${talus.id}`).then((response) => response.text())).not.toContain(ANSWER_EXPLANATION);

  // The projector view (issue 26 item 13): the stage on screen, the code and the answer, large.
  const projector = await lead.context.newPage();
  await projector.goto(`/conferences/${conference.id}/project`);
  await expect(projector.getByTestId("projector-stage")).toHaveText("Case 1 of 1 · Reveal");
  await expect(projector.getByTestId("projector-join-code")).toHaveText(conference.joinCode);
  await expect(projector.getByTestId("projector-answer")).toContainText(ANSWER);
  expect((await (await http(devices[0]!.page)).get(`/conferences/${conference.id}/project`)).status()).toBe(404);
  await projector.close();

  const votes = await database().conferenceVote.count({ where: { item: { conferenceId: conference.id } } });
  expect(votes).toBe(3);

  // End; the summary shows the distribution, accuracy and the staged chart; the case links back.
  lead.page.once("dialog", (dialog) => void dialog.accept());
  await lead.page.getByRole("button", { name: "End conference" }).click();
  await expect(lead.page.getByText("The conference has ended.")).toBeVisible();
  await expect(devices[1]!.page.getByText("This conference has ended.")).toBeVisible();
  // Ended: no green "Live" badge, nothing to join (issue 26 item 11).
  await expect(lead.page.getByTestId("conference-ended-badge")).toBeVisible();
  await expect(lead.page.getByTestId("live-status")).toHaveCount(0);
  await expect(devices[1]!.page.getByTestId("live-status")).toHaveCount(0);
  await absentContext.page.goto(`/conferences/${conference.id}`);
  await expect(absentContext.page.getByTestId("conference-ended")).toBeVisible();
  await expect(absentContext.page.getByRole("button", { name: "Join the session" })).toHaveCount(0);
  await absentContext.context.close();
  // Run again: a new conference with the same agenda.
  await lead.page.getByRole("button", { name: "Schedule it again" }).click();
  await expect(lead.page).toHaveURL(/\/conferences\/[^/]+\/agenda$/);
  expect(lead.page.url()).not.toContain(conference.id);
  await expect(lead.page.getByTestId("agenda-item")).toHaveCount(1);
  await first.goto(`/conferences/${conference.id}/summary`);
  await expect(first.getByTestId("case-accuracy")).toHaveText("67% voted for the final diagnosis.");
  await expect(first.getByTestId("stage-chart")).toContainText("Osteonecrosis of the talus");
  await first.goto(`/cases/${talus.id}`);
  await expect(first.getByTestId("case-conferences")).toContainText(conference.title);

  for (const context of [lead, ...devices]) await context.context.close();
});

test("an MDT meeting records attendance against its quorum and a chair-locked outcome; minutes print and the FHIR export is a valid CarePlan", async ({ browser, http }) => {
  test.setTimeout(90_000);
  const chair = await createUser("clinician", `Dr Chair ${Date.now()}`);
  const radiologist = await createUser("clinician", `Dr Radiologist ${Date.now()}`);
  const outsider = await createUser("clinician");
  const team = await createTeam([{ user: chair, role: "owner" }, { user: radiologist, role: "coordinator" }], ["Radiology", "Orthopaedic surgery", "Pathology"]);
  const conference = await createConference({ kind: "mdt", teamId: team.id, presenter: radiologist, chair, caseIds: ["demo-runner-metatarsal"], title: `Foot MDT ${Date.now()}` });

  const { page, context } = await signedInContext(browser, chair);
  // The agenda flags the missing intake and the missing quorum.
  await page.goto(`/conferences/${conference.id}/agenda`);
  await expect(page.getByTestId("intake-missing")).toBeVisible();
  await page.goto(`/conferences/${conference.id}/record`);
  await expect(page.getByTestId("quorum-warning")).toContainText("Radiology");
  // Attendance and outcomes open when the meeting starts; the chair starts it early (issue 26 item 10).
  await expect(page.getByLabel("Attendee")).toHaveCount(0);
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("meeting-not-started")).toHaveCount(0);

  // Attendance: a member with an account, and a visiting pathologist.
  await page.getByLabel("Attendee").selectOption({ label: radiologist.name });
  await page.getByLabel("Specialty").selectOption("Radiology");
  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.getByTestId("attendee").filter({ hasText: radiologist.name })).toBeVisible();
  await page.getByLabel("Visitor name").fill("Dr Visiting Pathologist");
  await page.getByLabel("Specialty").selectOption("Pathology");
  await page.getByRole("button", { name: "Add attendee" }).click();
  await expect(page.getByTestId("attendee").filter({ hasText: "Dr Visiting Pathologist" })).toBeVisible();
  await expect(page.getByTestId("quorum-warning")).toContainText("Orthopaedic surgery");
  await expect(page.getByTestId("quorum-warning")).not.toContainText("Radiology");

  // The outcome, then the chair's sign-off locks it.
  await page.getByLabel("Consensus recommendation").fill("Protected weight-bearing for six more weeks; bone health work-up.");
  await page.getByLabel("Management plan").fill("Walker boot, vitamin D and calcium, DXA scan; physiotherapy-led return to running.");
  await page.getByLabel("Follow-up").fill("Clinic review with repeat MRI in eight weeks.");
  await page.getByLabel("Dissent noted").fill("One surgeon would fix the metatarsal head now.");
  await page.getByRole("button", { name: "Save outcome" }).click();
  await expect(page.getByTestId("outcome-draft")).toBeVisible();
  await page.getByRole("button", { name: "Sign off and lock" }).click();
  await page.getByRole("button", { name: "Confirm sign-off" }).click();
  await expect(page.getByTestId("outcome-locked")).toContainText(`Signed off by ${chair.name}`);
  await expect(page.getByLabel("Consensus recommendation")).toHaveCount(0);

  // A later change is an amendment; the original wording is kept.
  await page.getByRole("button", { name: "Amend", exact: true }).click();
  await page.getByLabel("Reason for amendment").fill("DXA result came back: osteoporosis.");
  await page.getByTestId("record-item").getByLabel("Management plan").fill("Walker boot, start bisphosphonate after DXA confirmed osteoporosis; physiotherapy-led return to running.");
  await page.getByRole("button", { name: "Record amendment" }).click();
  await expect(page.getByTestId("amendments")).toContainText("DXA result came back: osteoporosis.");
  const outcome = await database().outcome.findFirstOrThrow({ where: { item: { conferenceId: conference.id } }, include: { amendments: true } });
  expect(outcome.signedOffAt).not.toBeNull();
  expect(outcome.managementPlan).toContain("vitamin D and calcium");
  expect(outcome.amendments).toHaveLength(1);

  // Minutes: printable, one section per case, attendees and the amended outcome.
  await page.goto(`/conferences/${conference.id}/minutes`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(conference.title);
  await expect(page.getByText("Dr Visiting Pathologist")).toBeVisible();
  await expect(page.getByText("start bisphosphonate")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-site-header]")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // FHIR R4 CarePlan: the required elements (status, intent, subject) and their value sets.
  const api = await http(page);
  const response = await api.get(`/api/outcomes/${outcome.id}/fhir`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/fhir+json");
  const carePlan = (await response.json()) as Record<string, unknown> & { subject: { identifier?: { value?: string } }; activity: Array<{ detail: { status: string } }>; text: { status: string; div: string }; note: Array<{ text: string }> };
  expect(carePlan.resourceType).toBe("CarePlan");
  expect(["draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"]).toContain(carePlan.status);
  expect(carePlan.status).toBe("active");
  expect(["proposal", "plan", "order", "option"]).toContain(carePlan.intent);
  expect(carePlan.subject.identifier?.value).toBe("demo-runner-metatarsal");
  for (const activity of carePlan.activity) expect(["not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped", "unknown", "entered-in-error"]).toContain(activity.detail.status);
  expect(carePlan.text.status).toBe("generated");
  expect(carePlan.text.div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
  expect(carePlan.note.every((note) => typeof note.text === "string" && note.text.length > 0)).toBe(true);
  expect(JSON.stringify(carePlan)).toContain("start bisphosphonate");

  // Outsiders: the meeting, its minutes and the export do not exist for them.
  const { page: outsiderPage, context: outsiderContext } = await signedInContext(browser, outsider);
  const outsiderApi = await http(outsiderPage);
  expect((await outsiderApi.get(`/api/outcomes/${outcome.id}/fhir`)).status()).toBe(404);
  expect((await outsiderApi.get(`/conferences/${conference.id}/minutes`)).status()).toBe(404);
  expect((await outsiderApi.get(`/conferences/${conference.id}/calendar.ics`)).status()).toBe(404);
  await outsiderContext.close();
  await context.close();
});

test("a coordinator schedules a conference, builds its agenda from the library and downloads it as a calendar file", async ({ browser, http }) => {
  const coordinator = await createUser("clinician", `Dr Coordinator ${Date.now()}`);
  await createTeam([{ user: coordinator, role: "coordinator" }]);
  // A case of the coordinator's own: the picker offers the latest cases, and the specs running
  // beside this one add many; a unique word finds exactly this one.
  const marker = uid();
  await seedCase(coordinator.id, { title: `Runner with midfoot pain ${marker}`, status: "open" });
  const { page, context } = await signedInContext(browser, coordinator);
  await page.goto("/conferences/new");
  await page.getByLabel("Kind").selectOption("teaching");
  await page.getByLabel("Title").fill("Thursday imaging rounds");
  await page.getByLabel("Starts").fill("2031-03-06T17:30");
  await page.getByLabel("Duration (minutes)").fill("45");
  await page.getByLabel("Location").fill("Lecture theatre B");
  await page.getByRole("button", { name: "Schedule and build the agenda" }).click();
  await expect(page).toHaveURL(/\/conferences\/[^/]+\/agenda$/);
  const conferenceId = page.url().split("/").at(-2)!;

  await page.getByLabel("Filter cases").fill(`midfoot ${marker}`);
  await page.getByRole("button", { name: "Add to agenda" }).click();
  await expect(page.getByTestId("agenda-item")).toHaveCount(1);
  await expect(page.getByTestId("agenda-item").first()).toContainText("Runner with midfoot pain");

  const ics = await (await http(page)).get(`/conferences/${conferenceId}/calendar.ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("SUMMARY:Thursday imaging rounds");
  expect(body).toMatch(/DTSTART:2031030\dT\d{6}Z/);
  expect(body).toContain("DURATION:PT45M");
  expect(body.replace(/\r\n /g, "")).toContain("Runner with midfoot pain");

  await page.goto("/conferences");
  await expect(page.getByTestId("conference-row").filter({ hasText: "Thursday imaging rounds" })).toBeVisible();
  await context.close();
});
