// Conferences as a teacher expects them (issue 26 items 8-11): a vote that cannot be skipped, a
// reveal connected to the case by its author's consent, an MDT record that opens when the meeting
// starts, and an ended conference that can be run again. Real actions on the real database.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { ActionResult } from "@/lib/core/result";
import { caseInput, type CaseInput } from "@/lib/cases/schema";
import { actAs, caseDraft, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { scheduleConference, addAgendaItem } = await import("@/lib/conferences/actions");
const { presenterCommand, joinConference, castConferenceVote } = await import("@/lib/conferences/live-actions");
const { recordAttendee, saveOutcome, signOffOutcome } = await import("@/lib/conferences/mdt-actions");
const { startMeeting, runConferenceAgain, setRevealConsent } = await import("@/lib/conferences/session-actions");
const { getLiveView } = await import("@/lib/conferences/live-queries");
const { getRevealConsents } = await import("@/lib/conferences/consent");
const { loadCasePage } = await import("@/lib/pages/case-page");
const { castVote, postDifferential } = await import("@/lib/thinking/actions");

const as = actAs(session);
const AGAIN_KEY = "7f1c2a9e-4b3d-4c8e-9a1f-2d3e4f5a6b7c";

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
}

const ANSWER = { diagnosis: "Session test transient marrow oedema", explanation: "KILO-EXPLANATION the oedema migrated" };
let answerId = "";
let otherId = "";

beforeAll(async () => {
  answerId = (await db.diagnosis.upsert({ where: { slug: "session-test-answer" }, create: { slug: "session-test-answer", name: ANSWER.diagnosis, synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
  otherId = (await db.diagnosis.upsert({ where: { slug: "session-test-other" }, create: { slug: "session-test-other", name: "Session test osteonecrosis", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
});
beforeEach(() => {
  session.viewer = null;
});

function unknownCase(overrides: Partial<CaseInput> = {}): CaseInput {
  return caseInput.parse({
    ...caseDraft(),
    status: "unknown",
    timeline: [
      { type: "study", dayOffset: 0, modality: "MRI", region: "Ankle", findings: "LIMA-FINDINGS oedema", impression: "LIMA-IMPRESSION" },
      { type: "study", dayOffset: 90, modality: "MRI", region: "Ankle", findings: "MIKE-FINDINGS oedema moved", impression: "MIKE-IMPRESSION" },
    ],
    resolution: { diagnosis: ANSWER.diagnosis, certainty: "certain", basis: "clinical_course", explanation: ANSWER.explanation, teachingPoints: "" },
    ...overrides,
  });
}

async function department() {
  const people = await Promise.all([makeUser("clinician"), makeUser("clinician"), makeUser("resident"), makeUser("clinician"), makeUser("clinician")]);
  const [coordinator, presenter, author, chair, attendee] = people;
  const teamId = await makeTeam([[coordinator!, "coordinator"], [presenter!, "member"], [author!, "member"], [chair!, "member"], [attendee!, "member"]], { name: "Session test team" });
  const [c, p, a, ch, at] = await Promise.all(people.map(withTeamRoles));
  const outsider = await makeUser("clinician");
  return { teamId, coordinator: c!, presenter: p!, author: a!, chair: ch!, attendee: at!, outsider };
}
type Dept = Awaited<ReturnType<typeof department>>;

/**
 * A teaching conference of the department with one unknown case by the author on its agenda (added
 * by the coordinator), the author's consent given afterwards if `consent`, and the attendee joined.
 */
async function teaching(dept: Dept, options: { addedBy?: Viewer; consent?: "none" | "room" | "resolve"; presenter?: Viewer; author?: Viewer } = {}) {
  const author = options.author ?? dept.author;
  const caseId = await makeCase(author, unknownCase());
  const presenter = options.presenter ?? dept.presenter;
  const conferenceId = unwrap(await as(dept.coordinator, () => scheduleConference({
    kind: "teaching", teamId: dept.teamId, title: "Session test teaching", startsAt: "2030-02-01T09:00:00Z", durationMinutes: 60,
    location: "", videoUrl: "", presenterId: presenter.id, chairId: "",
  }))).conferenceId;
  const addedBy = options.addedBy ?? dept.coordinator;
  const itemId = unwrap(await as(addedBy, () => addAgendaItem({ conferenceId, caseId, revealConsent: options.consent ?? "none" }))).itemId;
  if (options.consent && addedBy.id !== author.id) unwrap(await as(author, () => setRevealConsent({ itemId, revealConsent: options.consent! })));
  await as(dept.attendee, () => joinConference({ conferenceId }));
  return { caseId, conferenceId, itemId, presenter };
}

const send = (viewer: Viewer, conferenceId: string, command: "start" | "next" | "previous" | "toggleVote" | "reveal" | "end") =>
  as(viewer, () => presenterCommand({ conferenceId, command }));
async function run(viewer: Viewer, conferenceId: string, ...commands: Array<"start" | "next" | "previous" | "toggleVote" | "reveal" | "end">) {
  for (const command of commands) unwrap(await send(viewer, conferenceId, command));
}
const itemState = (itemId: string) => db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { voteState: true, reachedStep: true, answerReleased: true } });

describe("the vote stage (issue 26 item 8)", () => {
  it("opens the vote on arrival, closes it on the next step, and never reveals without an explicit reveal", async () => {
    const dept = await department();
    const { conferenceId, itemId, presenter } = await teaching(dept, { consent: "room" });
    await run(presenter, conferenceId, "start", "next", "next", "next");
    expect(await itemState(itemId)).toMatchObject({ voteState: "open", reachedStep: 3 });
    expect((await getLiveView(dept.attendee, conferenceId))?.item).toMatchObject({ stage: "vote", vote: { state: "open" } });
    unwrap(await as(dept.attendee, () => castConferenceVote({ itemId, diagnosisId: answerId })));

    // Next: closes the vote (the distribution appears), stays on the vote stage.
    await run(presenter, conferenceId, "next");
    expect(await itemState(itemId)).toMatchObject({ voteState: "closed", reachedStep: 3, answerReleased: false });
    expect((await getLiveView(dept.attendee, conferenceId))?.item?.vote.tally?.total).toBe(1);

    // Next again: refused with a request to confirm; nothing changes.
    expect(await send(presenter, conferenceId, "next")).toMatchObject({ ok: false, code: "conflict", details: "confirm_reveal" });
    expect(await itemState(itemId)).toMatchObject({ reachedStep: 3, answerReleased: false });

    // The explicit reveal; the votes are kept.
    await run(presenter, conferenceId, "reveal");
    expect(await itemState(itemId)).toMatchObject({ reachedStep: 4, answerReleased: true });
    expect(await db.conferenceVote.count({ where: { itemId } })).toBe(1);
  });

  it("keeps the answer shown after stepping back, and goes forward to the reveal without reopening the vote", async () => {
    const dept = await department();
    const { conferenceId, itemId, presenter } = await teaching(dept, { consent: "room" });
    await run(presenter, conferenceId, "start", "next", "next", "next", "next", "reveal", "previous");
    const back = (await getLiveView(dept.attendee, conferenceId))?.item;
    expect(back).toMatchObject({ stage: "vote", vote: { state: "closed" }, answer: { diagnosis: ANSWER.diagnosis } });
    expect(await send(presenter, conferenceId, "toggleVote")).toMatchObject({ ok: false, code: "conflict" });
    await run(presenter, conferenceId, "next");
    expect((await getLiveView(dept.attendee, conferenceId))?.item).toMatchObject({ stage: "reveal", answer: { diagnosis: ANSWER.diagnosis } });
    expect(await itemState(itemId)).toMatchObject({ voteState: "closed" });
  });
});

describe("a reveal connected to the case (issue 26 item 9)", () => {
  it("withholds another author's answer from the room without their consent, whoever presents", async () => {
    const dept = await department();
    const { conferenceId, presenter } = await teaching(dept);
    await run(presenter, conferenceId, "start", "reveal");
    expect((await getLiveView(dept.attendee, conferenceId))?.item).toMatchObject({ answer: null, answerWithheld: true });
    expect(JSON.stringify(await loadCasePage(dept.attendee, (await db.agendaItem.findFirstOrThrow({ where: { conferenceId } })).caseId))).not.toContain(ANSWER.explanation);
  });

  it("records the author's consent when they add their own case, ignores it from anyone else, and lets only the author change it", async () => {
    const dept = await department();
    // The coordinator adds their own case: their consent is recorded with it.
    const byAuthor = await teaching(dept, { author: dept.coordinator, addedBy: dept.coordinator, consent: "room" });
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: byAuthor.itemId }, select: { revealConsent: true } })).toEqual({ revealConsent: "room" });
    // The coordinator adds the author's case asking for "resolve": not theirs to give.
    const byOrganiser = await teaching(dept);
    const second = await makeCase(dept.author, unknownCase());
    unwrap(await as(dept.coordinator, () => addAgendaItem({ conferenceId: byOrganiser.conferenceId, caseId: second, revealConsent: "resolve" })));
    expect(await db.agendaItem.findMany({ where: { conferenceId: byOrganiser.conferenceId }, select: { revealConsent: true } })).toEqual([{ revealConsent: "none" }, { revealConsent: "none" }]);
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: byOrganiser.itemId }, select: { revealConsent: true } })).toEqual({ revealConsent: "none" });

    expect(await as(dept.presenter, () => setRevealConsent({ itemId: byOrganiser.itemId, revealConsent: "room" }))).toMatchObject({ ok: false, code: "not_found" });
    const listed = await getRevealConsents(dept.author, { id: byOrganiser.caseId, authorId: dept.author.id });
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ itemId: byOrganiser.itemId, consent: "none", revealed: false, conferenceTitle: "Session test teaching" })]));
    expect(await getRevealConsents(dept.presenter, { id: byOrganiser.caseId, authorId: dept.author.id })).toEqual([]);
    unwrap(await as(dept.author, () => setRevealConsent({ itemId: byOrganiser.itemId, revealConsent: "room" })));

    await run(byOrganiser.presenter, byOrganiser.conferenceId, "start", "reveal");
    expect((await getLiveView(dept.attendee, byOrganiser.conferenceId))?.item).toMatchObject({ answer: { diagnosis: ANSWER.diagnosis } });
    // Once revealed there, the choice is history.
    expect(await as(dept.author, () => setRevealConsent({ itemId: byOrganiser.itemId, revealConsent: "none" }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("shows the answer on the case page to that conference's attendees only, and leaves the case unknown", async () => {
    const dept = await department();
    const { caseId, conferenceId, presenter } = await teaching(dept, { consent: "room" });
    await run(presenter, conferenceId, "start", "reveal");
    const attendee = await loadCasePage(dept.attendee, caseId);
    expect(attendee.kase).toMatchObject({ answerHidden: false, answer: { diagnosis: ANSWER.diagnosis, explanation: ANSWER.explanation } });
    expect(attendee.conferences[0]).toMatchObject({ id: conferenceId, answerShown: true });
    // A team member who did not attend sees the conference in "Discussed at", not the answer.
    const absent = await loadCasePage(dept.chair, caseId);
    expect(absent.kase).toMatchObject({ answerHidden: true, answer: null });
    expect(absent.conferences[0]).toMatchObject({ id: conferenceId, answerShown: false });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).toEqual({ status: "unknown" });
    // Those who saw the answer no longer vote or post differentials on the case; the others still do.
    await db.case.update({ where: { id: caseId }, data: { pollState: "open" } });
    expect(await as(dept.attendee, () => castVote({ caseId, diagnosisId: answerId }))).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("can see this case's answer") });
    expect(await as(dept.attendee, () => postDifferential({ caseId, entries: [{ diagnosisId: answerId, rationale: "", studyIds: [] }] }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.chair, () => castVote({ caseId, diagnosisId: otherId }))).toMatchObject({ ok: true });
  });

  it("resolves the case at the reveal when the author chose so, with the authored answer", async () => {
    const dept = await department();
    const { caseId, conferenceId, presenter } = await teaching(dept, { consent: "resolve" });
    await run(presenter, conferenceId, "start", "reveal");
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, resolution: { select: { explanation: true, revealedAt: true } } } });
    expect(kase).toMatchObject({ status: "resolved", resolution: { explanation: ANSWER.explanation } });
    expect(kase.resolution?.revealedAt).toBeInstanceOf(Date);
    expect(await db.caseActivity.count({ where: { caseId, kind: "case_revealed" } })).toBe(1);
    expect((await loadCasePage(dept.outsider, caseId)).kase).toMatchObject({ answerHidden: false, answer: { diagnosis: ANSWER.diagnosis } });
  });

  it("lets a presenter reveal their own case without a consent step", async () => {
    const dept = await department();
    const { conferenceId } = await teaching(dept, { presenter: dept.author });
    await run(dept.author, conferenceId, "start", "reveal");
    expect((await getLiveView(dept.attendee, conferenceId))?.item).toMatchObject({ answer: { diagnosis: ANSWER.diagnosis } });
  });
});

describe("the MDT record opens when the meeting starts (issue 26 item 10)", () => {
  it("refuses attendance, outcomes and sign-off before the start; the chair starts early; then they work", async () => {
    const dept = await department();
    const conferenceId = unwrap(await as(dept.coordinator, () => scheduleConference({
      kind: "mdt", teamId: dept.teamId, title: "Session test MDT", startsAt: "2030-03-01T09:00:00Z", durationMinutes: 60,
      location: "", videoUrl: "", presenterId: dept.presenter.id, chairId: dept.chair.id,
    }))).conferenceId;
    const caseId = await makeCase(dept.author, caseDraft({ status: "open", visibility: "team", teamId: dept.teamId }));
    const itemId = unwrap(await as(dept.coordinator, () => addAgendaItem({ conferenceId, caseId }))).itemId;
    const outcome = { itemId, version: 0, recommendation: "Offload and repeat MRI", managementPlan: "Boot for six weeks", followUp: "MRI at 6 weeks", dissent: "" };

    expect(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.chair.id, name: "", specialty: "Radiology" }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(dept.coordinator, () => saveOutcome(outcome))).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("has not started") });
    expect(await db.attendee.count({ where: { conferenceId } })).toBe(0);

    expect(await as(dept.coordinator, () => startMeeting({ conferenceId }))).toMatchObject({ ok: false, code: "forbidden" });
    unwrap(await as(dept.chair, () => startMeeting({ conferenceId })));
    unwrap(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.chair.id, name: "", specialty: "Radiology" })));
    const saved = unwrap(await as(dept.coordinator, () => saveOutcome(outcome)));
    unwrap(await as(dept.chair, () => signOffOutcome({ outcomeId: saved.outcomeId, version: saved.version })));
    expect(await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { currentItemId: true } })).toEqual({ currentItemId: itemId });
  });
});

describe("an ended conference (issue 26 item 11)", () => {
  it("offers nothing to join, and runs again as a new conference with the same agenda", async () => {
    const dept = await department();
    const { conferenceId, caseId, presenter } = await teaching(dept, { consent: "room" });
    await run(presenter, conferenceId, "start", "next", "end");
    expect(await getLiveView(dept.chair, conferenceId)).toMatchObject({ status: "ended", item: null });
    expect(await as(dept.chair, () => joinConference({ conferenceId }))).toMatchObject({ ok: false, code: "conflict" });

    expect(await as(dept.attendee, () => runConferenceAgain({ conferenceId, startsAt: "2030-02-08T09:00:00Z" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.outsider, () => runConferenceAgain({ conferenceId, startsAt: "2030-02-08T09:00:00Z" }))).toMatchObject({ ok: false, code: "not_found" });
    const again = unwrap(await as(dept.coordinator, () => runConferenceAgain({ conferenceId, startsAt: "2030-02-08T09:00:00Z", clientKey: AGAIN_KEY })));
    expect(again.skipped).toBe(0);
    expect(unwrap(await as(dept.coordinator, () => runConferenceAgain({ conferenceId, startsAt: "2030-02-08T09:00:00Z", clientKey: AGAIN_KEY }))).conferenceId).toBe(again.conferenceId);
    const copy = await db.conference.findUniqueOrThrow({
      where: { id: again.conferenceId },
      select: { title: true, presenterId: true, startedAt: true, endedAt: true, joinCode: true, startsAt: true, items: { select: { caseId: true, position: true, reachedStep: true, revealConsent: true } } },
    });
    expect(copy).toMatchObject({ title: "Session test teaching", presenterId: presenter.id, startedAt: null, endedAt: null, startsAt: new Date("2030-02-08T09:00:00Z") });
    expect(copy.items).toEqual([{ caseId, position: 1, reachedStep: -1, revealConsent: "none" }]);
    expect(copy.joinCode).not.toBe((await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { joinCode: true } })).joinCode);
    void otherId;
  });
});
