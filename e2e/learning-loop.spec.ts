// Issue 27 items 6, 7 and 8 in the browser, at phone width and by keyboard: an MDT case becomes a
// teaching case in one click (an outsider sees no trace of the source in the HTML or the RSC
// payload); a missed quiz case comes back for review; a collection becomes a conference's agenda.
import { seedCase, study, uid } from "./support/cases";
import { createConference, createTeam } from "./support/conferences";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("MDT case to teaching case in one click; the link back is the team's alone", async ({ userPage: page, user, otherUser, browser, http }) => {
  const tag = uid();
  const team = await createTeam([{ user: otherUser, role: "owner" }, { user, role: "member" }]);
  const source = await seedCase(otherUser.id, {
    title: `Forefoot MDT ${tag}`, status: "resolved", visibility: "team", teamId: team.id,
    timeline: [study({ dayOffset: 0, modality: "MRI", region: "Foot", findings: `Marrow oedema of the second metatarsal ${tag}.` })],
    resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain", teachingPoints: `Load ${tag}.` },
  });
  const meeting = await createConference({ kind: "mdt", teamId: team.id, presenter: otherUser, chair: otherUser, caseIds: [source.id] });
  await database().agendaItem.updateMany({ where: { conferenceId: meeting.id }, data: { clinicalQuestion: `INTAKE ${tag}` } });

  await page.goto(`/cases/${source.id}`);
  const button = page.getByTestId("make-teaching-copy");
  await expectNoAxeViolations(page, "an MDT case with its teaching-copy button");
  await expectNoHorizontalScroll(page, "an MDT case with its teaching-copy button");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(new RegExp(source.id));
  const copyId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("teaching-source")).toContainText(`Forefoot MDT ${tag}`);
  await expect(page.getByTestId("teaching-source").getByRole("link")).toHaveAttribute("href", `/cases/${source.id}`);
  const copy = await database().case.findUniqueOrThrow({ where: { id: copyId }, select: { authorId: true, status: true, visibility: true } });
  expect(copy).toEqual({ authorId: user.id, status: "unknown", visibility: "institution" });

  // Someone outside the team: an unknown case, and nothing of the source anywhere.
  const outsider = await createUser("clinician");
  const { context, page: outside } = await signedInContext(browser, outsider);
  await outside.goto(`/cases/${copyId}`);
  await expect(outside.getByRole("heading", { level: 1 })).toContainText("Unknown case");
  await expect(outside.getByTestId("teaching-source")).toHaveCount(0);
  const html = await outside.content();
  const rsc = await (await (await http(outside)).get(`/cases/${copyId}`, { headers: { RSC: "1" } })).text();
  for (const secret of [source.id, `INTAKE ${tag}`, "Metatarsal stress fracture", `Forefoot MDT ${tag}`, team.name]) {
    expect(html).not.toContain(secret);
    expect(rsc).not.toContain(secret);
  }
  await context.close();
});

test("a quiz case answered wrong comes back for review, answered by keyboard", async ({ userPage: page, user, otherUser }) => {
  const tag = uid();
  const db = database();
  const kase = await seedCase(otherUser.id, { title: `Review me ${tag}`, presentation: `Runner with forefoot pain (${tag}).`, status: "resolved", resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain" } });
  const wrong = await db.diagnosis.findFirstOrThrow({ where: { status: "accepted", NOT: { name: "Metatarsal stress fracture" } }, select: { id: true } });
  await db.collection.create({
    data: {
      ownerId: otherUser.id, title: `Quiz ${tag}`, visibility: "public", items: { create: [{ caseId: kase.id, position: 0 }] },
      answers: { create: [{ caseId: kase.id, userId: user.id, diagnosisId: wrong.id, differentialIds: [], correct: false, committedAt: new Date(Date.now() - 2 * 86_400_000) }] },
    },
  });
  await page.goto("/");
  const card = page.getByTestId("review-card").filter({ hasText: tag });
  await expect(card.getByTestId("review-answer")).toHaveCount(0);
  const show = card.getByRole("button", { name: "Show answer" });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(card.getByTestId("review-answer")).toHaveText("Metatarsal stress fracture");
  await expectNoAxeViolations(page, "the dashboard's review queue");
  await expectNoHorizontalScroll(page, "the dashboard's review queue");
  await card.getByRole("button", { name: "Got it" }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toHaveText("Next review in 1 day.");
  // The refresh after grading drops the card from the due list; it stays on screen with its confirmation.
  await page.waitForLoadState("networkidle");
  await expect(card.getByRole("status")).toHaveText("Next review in 1 day.");
  expect(await db.reviewCard.findUnique({ where: { userId_caseId: { userId: user.id, caseId: kase.id } }, select: { repetitions: true, intervalDays: true } })).toEqual({ repetitions: 1, intervalDays: 1 });
});

test("an educator starts a conference from a collection, its cases as the agenda in order", async ({ userPage: page, user }) => {
  const tag = uid();
  await createTeam([{ user, role: "educator" }]);
  const [first, second] = [await seedCase(user.id, { title: `First ${tag}` }), await seedCase(user.id, { title: `Second ${tag}` })];
  const collection = await database().collection.create({
    data: { ownerId: user.id, title: `Teaching set ${tag}`, items: { create: [{ caseId: second.id, position: 0 }, { caseId: first.id, position: 1 }] } },
    select: { id: true },
  });
  await page.goto(`/collections/${collection.id}`);
  await page.getByTestId("start-conference").locator("summary").focus();
  await page.keyboard.press("Enter");
  await expectNoAxeViolations(page, "a collection's start-a-conference form");
  await expectNoHorizontalScroll(page, "a collection's start-a-conference form");
  await page.getByRole("button", { name: "Create the conference" }).click();
  await expect(page).toHaveURL(/\/conferences\/[^/]+\/agenda$/);
  const conferenceId = page.url().split("/").at(-2)!;
  const items = await database().agendaItem.findMany({ where: { conferenceId }, orderBy: { position: "asc" }, select: { caseId: true } });
  expect(items.map((item) => item.caseId)).toEqual([second.id, first.id]);
  await expect(page.getByText(`Second ${tag}`).first()).toBeVisible();
});
