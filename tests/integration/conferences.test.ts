// Conferences: scheduling, the agenda, the live session (staged reveal, joining, presenter
// commands, voting, staged differentials), MDT outcomes and attendance, and the exports (FHIR
// CarePlan, iCalendar). Real actions against the real database; only the session and
// revalidatePath are replaced, as in the other integration files.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { ActionResult } from "@/lib/core/result";
import { caseInput, type CaseInput } from "@/lib/cases/schema";
import { actAs, caseDraft, makeCase, makeTeam, makeUser, sessionViewer, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { scheduleConference, addAgendaItem, moveAgendaItem, removeAgendaItem, saveIntake } = await import("@/lib/conferences/actions");
const { presenterCommand, joinConference, castConferenceVote, saveStagedDifferential } = await import("@/lib/conferences/live-actions");
const { recordAttendee, saveOutcome, signOffOutcome, amendOutcome } = await import("@/lib/conferences/mdt-actions");
const { startMeeting } = await import("@/lib/conferences/session-actions");
const { getAgendaEditor, listCaseConferences } = await import("@/lib/conferences/queries");
const { getLiveView, getPresenterView } = await import("@/lib/conferences/live-queries");
const { audienceView } = await import("@/lib/conferences/room");
const { getConferenceSummary, getMeetingRecord } = await import("@/lib/conferences/record-queries");
const { getOutcomeCarePlan } = await import("@/lib/conferences/fhir");
const { getCalendarFile } = await import("@/lib/conferences/ics");
const { saveCase } = await import("@/lib/cases/actions");

const as = actAs(session);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** 09:30 UTC, given with a +02:00 offset so the calendar test can check the conversion to UTC. */
const STARTS_AT = "2030-01-15T11:30:00+02:00";
const DTSTART_UTC = "DTSTART:20300115T093000Z";

/** The data of a successful action, or a thrown error naming the failure (set-up steps only). */
function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** A department: one team with a person in each role, plus an outsider; viewers carry their teams. */
async function department(options: { requiredSpecialties?: string[] } = {}) {
  const [owner, coordinator, chair, member, educator, guest, outsider] = await Promise.all([
    makeUser("clinician"), makeUser("clinician"), makeUser("clinician"), makeUser("resident"), makeUser("educator"), makeUser("clinician"), makeUser("clinician"),
  ]);
  const teamId = await makeTeam(
    [[owner, "owner"], [coordinator, "coordinator"], [chair, "member"], [member, "member"], [educator, "educator"], [guest, "guest"]],
    { name: "Foot and ankle MDT", requiredSpecialties: options.requiredSpecialties },
  );
  const [o, c, ch, m, e, g, out] = await Promise.all([owner, coordinator, chair, member, educator, guest, outsider].map(withTeamRoles));
  return { teamId, owner: o!, coordinator: c!, chair: ch!, member: m!, educator: e!, guest: g!, outsider: out! };
}
type Department = Awaited<ReturnType<typeof department>>;

/** A valid scheduling form for `teamId`, presented by `presenter`. */
function scheduleForm(teamId: string, presenter: Viewer, overrides: Record<string, unknown> = {}) {
  return {
    kind: "teaching", teamId, title: "Thursday teaching", startsAt: STARTS_AT, durationMinutes: 60,
    location: "Seminar room 2", videoUrl: "", presenterId: presenter.id, chairId: "", ...overrides,
  };
}

async function schedule(actor: Viewer, form: Record<string, unknown>): Promise<string> {
  return unwrap(await as(actor, () => scheduleConference(form))).conferenceId;
}

async function addCase(actor: Viewer, conferenceId: string, caseId: string): Promise<string> {
  return unwrap(await as(actor, () => addAgendaItem({ conferenceId, caseId }))).itemId;
}

async function command(presenter: Viewer, conferenceId: string, ...commands: Array<"start" | "next" | "previous" | "toggleVote" | "reveal" | "nextCase" | "end">) {
  for (const name of commands) unwrap(await as(presenter, () => presenterCommand({ conferenceId, command: name })));
}

async function joinCodeOf(conferenceId: string): Promise<string> {
  return (await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { joinCode: true } })).joinCode;
}

/** Joins by code (the audience's way in). */
async function joinByCode(viewer: Viewer, conferenceId: string) {
  const code = await joinCodeOf(conferenceId);
  unwrap(await as(viewer, () => joinConference({ code })));
}

const liveState = (conferenceId: string) =>
  db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { liveVersion: true, currentStep: true, currentItemId: true, startedAt: true } });

// A case of three studies with treatment and course between them. Every study and event has a
// marker no other text contains, so a view can be searched for exactly what it must not show.
const FINDINGS = ["ALPHA-FINDINGS oedema of the talar dome", "BRAVO-FINDINGS oedema now in the distal tibia", "CHARLIE-FINDINGS marrow signal normal again"];
const IMPRESSIONS = ["ALPHA-IMPRESSION", "BRAVO-IMPRESSION", "CHARLIE-IMPRESSION"];
const BETWEEN = ["ECHO-EVENT offloading in a boot", "FOXTROT-EVENT pain moved to the shin"];
const AFTERWARDS = "GOLF-COURSE symptoms settled without surgery";
const SECRET = {
  title: "HOTEL-TITLE migratory marrow oedema",
  diagnosis: "Conference test transient marrow oedema",
  explanation: "INDIA-EXPLANATION the oedema migrated and resolved",
  teachingPoints: "JULIET-TEACHING migration favours a transient cause",
};

function threeStudyDraft(overrides: Partial<CaseInput> = {}): CaseInput {
  return caseInput.parse({
    ...caseDraft(),
    title: SECRET.title,
    status: "unknown",
    region: "Ankle",
    tags: ["marrow oedema"],
    timeline: [
      { type: "study", dayOffset: 0, modality: "MRI", region: "Ankle", technique: "STIR", findings: FINDINGS[0]!, impression: IMPRESSIONS[0]! },
      { type: "event", dayOffset: 3, kind: "treatment", description: BETWEEN[0]! },
      { type: "study", dayOffset: 120, modality: "MRI", region: "Ankle", findings: FINDINGS[1]!, impression: IMPRESSIONS[1]! },
      { type: "event", dayOffset: 130, kind: "symptom_change", description: BETWEEN[1]! },
      { type: "study", dayOffset: 180, modality: "MRI", region: "Ankle", findings: FINDINGS[2]!, impression: IMPRESSIONS[2]! },
      { type: "event", dayOffset: 240, kind: "outcome", description: AFTERWARDS },
    ],
    resolution: { diagnosis: SECRET.diagnosis, certainty: "certain", basis: "clinical_course", explanation: SECRET.explanation, teachingPoints: SECRET.teachingPoints },
    ...overrides,
  });
}

/** Everything the answer consists of or would give it away. */
const ANSWER_TEXT = [SECRET.title, SECRET.diagnosis, SECRET.explanation, SECRET.teachingPoints, AFTERWARDS];

const dx: Record<string, string> = {};

/**
 * A live teaching conference of the department, presented by the member (who authored its one
 * three-study unknown case), with the vote not yet open. `audience` have joined with the code.
 */
async function liveTeaching(dept: Department, audience: Viewer[] = []) {
  const caseId = await makeCase(dept.member, threeStudyDraft());
  const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
  const itemId = await addCase(dept.coordinator, conferenceId, caseId);
  for (const viewer of audience) await joinByCode(viewer, conferenceId);
  await command(dept.member, conferenceId, "start");
  return { caseId, conferenceId, itemId };
}

beforeAll(async () => {
  for (const [key, name] of [
    ["answer", SECRET.diagnosis], ["avn", "Conference test osteonecrosis"], ["sif", "Conference test insufficiency fracture"], ["oom", "Conference test osteomyelitis"],
  ] as const) {
    const row = await db.diagnosis.upsert({ where: { slug: `conf-test-${key}` }, create: { slug: `conf-test-${key}`, name, synonyms: [], category: "Other" }, update: {}, select: { id: true } });
    dx[key] = row.id;
  }
});
beforeEach(() => {
  session.viewer = null;
});

// ---------------------------------------------------------------------------------------------
// Scheduling
// ---------------------------------------------------------------------------------------------

describe("scheduling", () => {
  it("lets a coordinator schedule an MDT meeting (with a chair) and a teaching conference", async () => {
    const dept = await department();
    const mdt = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member, { kind: "mdt", title: "Tumour board", chairId: dept.chair.id }));
    const teaching = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.educator));
    const rows = await db.conference.findMany({
      where: { id: { in: [mdt, teaching] } },
      select: { id: true, kind: true, teamId: true, title: true, startsAt: true, presenterId: true, chairId: true, createdById: true, joinCode: true, startedAt: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(mdt)).toMatchObject({ kind: "mdt", teamId: dept.teamId, title: "Tumour board", presenterId: dept.member.id, chairId: dept.chair.id, createdById: dept.coordinator.id, startedAt: null });
    expect(byId.get(teaching)).toMatchObject({ kind: "teaching", presenterId: dept.educator.id, chairId: null });
    expect(byId.get(mdt)!.startsAt.toISOString()).toBe("2030-01-15T09:30:00.000Z");
    for (const row of rows) expect(row.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(await db.auditEvent.count({ where: { action: "conference.create", resourceId: { in: [mdt, teaching] } } })).toBe(2);
  });

  it("lets the team's educator schedule teaching but not an MDT; a plain member schedules neither", async () => {
    const dept = await department();
    const before = await db.conference.count({ where: { teamId: dept.teamId } });
    expect(await as(dept.member, () => scheduleConference(scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: dept.chair.id }))))
      .toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("MDT") });
    expect(await as(dept.member, () => scheduleConference(scheduleForm(dept.teamId, dept.member)))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.educator, () => scheduleConference(scheduleForm(dept.teamId, dept.educator, { kind: "mdt", chairId: dept.chair.id }))))
      .toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.guest, () => scheduleConference(scheduleForm(dept.teamId, dept.member)))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.conference.count({ where: { teamId: dept.teamId } })).toBe(before);

    const teaching = await as(dept.educator, () => scheduleConference(scheduleForm(dept.teamId, dept.educator)));
    expect(teaching).toMatchObject({ ok: true });
    expect(await db.conference.count({ where: { teamId: dept.teamId } })).toBe(before + 1);
  });

  it("refuses a presenter or chair outside the team, an MDT without a chair, a foreign team and bad fields, writing nothing", async () => {
    const dept = await department();
    const foreignTeam = await makeTeam([[dept.outsider, "owner"]]);
    const before = await db.conference.count();
    const refusals: Array<[Record<string, unknown>, string]> = [
      [scheduleForm(dept.teamId, dept.outsider), "presenterId"],
      [scheduleForm(dept.teamId, dept.guest), "presenterId"], // guests never present
      [scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: dept.outsider.id }), "chairId"],
      [scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: "" }), "chairId"],
      [scheduleForm(dept.teamId, dept.member, { title: "x" }), "title"],
      [scheduleForm(dept.teamId, dept.member, { startsAt: "next Thursday" }), "startsAt"],
      [scheduleForm(dept.teamId, dept.member, { durationMinutes: 5 }), "durationMinutes"],
      [scheduleForm(dept.teamId, dept.member, { videoUrl: "javascript:alert(1)" }), "videoUrl"],
    ];
    for (const [form, field] of refusals) {
      const result = await as(dept.coordinator, () => scheduleConference(form));
      expect(result, field).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), field).toContain(field);
    }
    // A team the coordinator is not in: refused as forbidden, with the field marked.
    const foreign = await as(dept.coordinator, () => scheduleConference(scheduleForm(foreignTeam, dept.outsider)));
    expect(foreign).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { teamId: expect.any(Array) } });
    expect(await db.conference.count()).toBe(before);
    session.viewer = null;
    expect(await scheduleConference(scheduleForm(dept.teamId, dept.member))).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("keeps a conference's team and kind fixed when it is edited, and lets only organisers edit", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    expect(await as(dept.coordinator, () => scheduleConference(scheduleForm(dept.teamId, dept.member, { conferenceId, kind: "mdt", chairId: dept.chair.id }))))
      .toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(dept.guest, () => scheduleConference(scheduleForm(dept.teamId, dept.member, { conferenceId, title: "Hijacked" })))).toMatchObject({ ok: false });
    expect(await as(dept.coordinator, () => scheduleConference(scheduleForm(dept.teamId, dept.member, { conferenceId, title: "Moved to Friday" })))).toMatchObject({ ok: true });
    expect((await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { title: true, kind: true } }))).toEqual({ title: "Moved to Friday", kind: "teaching" });
  });
});

// ---------------------------------------------------------------------------------------------
// The agenda
// ---------------------------------------------------------------------------------------------

describe("agenda", () => {
  async function agendaOrder(conferenceId: string) {
    return db.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: "asc" }, select: { caseId: true, position: true } });
  }

  it("adds this team's and institution cases in order, and refuses foreign, public, draft and duplicate cases", async () => {
    const dept = await department();
    const otherTeam = await makeTeam([[dept.coordinator, "member"]]);
    const coordinator = await withTeamRoles(dept.coordinator); // now also in the other team, so the case is visible
    const mdt = await schedule(coordinator, scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: dept.chair.id }));
    const teaching = await schedule(coordinator, scheduleForm(dept.teamId, dept.member));

    const institutionCase = await makeCase(dept.member, { title: "Institution case" });
    const teamCase = await makeCase(dept.member, { title: "Team case", visibility: "team", teamId: dept.teamId });
    const foreignCase = await makeCase(coordinator, { title: "Other team's case", visibility: "team", teamId: otherTeam });
    const publicCase = await makeCase(dept.member, { title: "Public case", visibility: "public" });
    const draftCase = await makeCase(coordinator, { title: "Draft case", status: "draft" });

    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: institutionCase }))).toMatchObject({ ok: true });
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: teamCase }))).toMatchObject({ ok: true });

    const foreign = await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: foreignCase }));
    expect(foreign).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringContaining("another team") });
    if (!foreign.ok) expect(foreign.fieldErrors?.caseId).toBeDefined();
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: publicCase }))).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringContaining("public") });
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: draftCase }))).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringContaining("draft") });
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: institutionCase }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: mdt, caseId: "no-such-case" }))).toMatchObject({ ok: false, code: "not_found" });

    expect(await agendaOrder(mdt)).toEqual([{ caseId: institutionCase, position: 1 }, { caseId: teamCase, position: 2 }]);
    expect(await db.agendaItem.count({ where: { caseId: { in: [foreignCase, publicCase, draftCase] } } })).toBe(0);

    // A public case may go to a teaching conference (only MDT outcomes are private).
    expect(await as(coordinator, () => addAgendaItem({ conferenceId: teaching, caseId: publicCase }))).toMatchObject({ ok: true });
  });

  it("moves items up and down, renumbering positions 1..n, and removes them", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: dept.chair.id }));
    const [a, b, c] = await Promise.all(["Case A", "Case B", "Case C"].map((title) => makeCase(dept.member, { title })));
    const itemA = await addCase(dept.coordinator, conferenceId, a!);
    const itemB = await addCase(dept.coordinator, conferenceId, b!);
    const itemC = await addCase(dept.coordinator, conferenceId, c!);
    // Leave gaps, as an earlier removal would: a move renumbers the whole agenda.
    await db.agendaItem.update({ where: { id: itemB }, data: { position: 10 } });
    await db.agendaItem.update({ where: { id: itemC }, data: { position: 20 } });

    expect(await as(dept.coordinator, () => moveAgendaItem({ itemId: itemC, direction: "up" }))).toMatchObject({ ok: true });
    expect(await agendaOrder(conferenceId)).toEqual([{ caseId: a, position: 1 }, { caseId: c, position: 2 }, { caseId: b, position: 3 }]);
    expect(await as(dept.coordinator, () => moveAgendaItem({ itemId: itemA, direction: "down" }))).toMatchObject({ ok: true });
    expect(await agendaOrder(conferenceId)).toEqual([{ caseId: c, position: 1 }, { caseId: a, position: 2 }, { caseId: b, position: 3 }]);
    // Past either end: nothing moves.
    await as(dept.coordinator, () => moveAgendaItem({ itemId: itemC, direction: "up" }));
    await as(dept.coordinator, () => moveAgendaItem({ itemId: itemB, direction: "down" }));
    expect((await agendaOrder(conferenceId)).map((row) => row.caseId)).toEqual([c, a, b]);

    expect(await as(dept.coordinator, () => removeAgendaItem({ itemId: itemA }))).toMatchObject({ ok: true });
    expect(await agendaOrder(conferenceId)).toEqual([{ caseId: c, position: 1 }, { caseId: b, position: 3 }]);
    expect(await as(dept.coordinator, () => moveAgendaItem({ itemId: itemB, direction: "up" }))).toMatchObject({ ok: true });
    expect(await agendaOrder(conferenceId)).toEqual([{ caseId: b, position: 1 }, { caseId: c, position: 2 }]);

    const editor = await getAgendaEditor(dept.coordinator, conferenceId);
    expect(editor?.items.map((item) => [item.title, item.position])).toEqual([["Case B", 1], ["Case C", 2]]);
    expect(editor?.candidates.map((candidate) => candidate.id)).toContain(a);
  });

  it("gives concurrent additions distinct positions", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    const caseIds = await Promise.all(Array.from({ length: 6 }, (_, index) => makeCase(dept.member, { title: `Concurrent case ${index}` })));
    const results = await Promise.all(caseIds.map((caseId) => as(dept.coordinator, () => addAgendaItem({ conferenceId, caseId }))));
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await agendaOrder(conferenceId)).map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("lets no one but the organisers change the agenda (forbidden for members, not found for outsiders)", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.chair, { kind: "mdt", chairId: dept.chair.id }));
    const [first, second] = await Promise.all([makeCase(dept.member), makeCase(dept.member)]);
    const itemId = await addCase(dept.coordinator, conferenceId, first!);
    await addCase(dept.coordinator, conferenceId, second!);
    const before = await agendaOrder(conferenceId);

    for (const viewer of [dept.member, dept.educator, dept.guest]) {
      expect(await as(viewer, () => addAgendaItem({ conferenceId, caseId: first! }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await as(viewer, () => moveAgendaItem({ itemId, direction: "down" }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await as(viewer, () => removeAgendaItem({ itemId }))).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await as(dept.outsider, () => removeAgendaItem({ itemId }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await agendaOrder(conferenceId)).toEqual(before);
    // The chair (a plain member otherwise) may manage the meeting they chair.
    expect(await as(dept.chair, () => moveAgendaItem({ itemId, direction: "down" }))).toMatchObject({ ok: true });
  });

  it("keeps a case that has been presented on the agenda", async () => {
    const dept = await department();
    const { conferenceId, itemId } = await liveTeaching(dept);
    expect(await as(dept.coordinator, () => removeAgendaItem({ itemId }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.agendaItem.count({ where: { conferenceId } })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The live session
// ---------------------------------------------------------------------------------------------

describe("staged reveal", () => {
  it("shows the audience only the studies the presenter has reached, and the answer only at the reveal", async () => {
    const dept = await department();
    const audience = await makeUser();
    const { conferenceId } = await liveTeaching(dept, [audience]);
    const view = async () => {
      const live = await getLiveView(audience, conferenceId);
      if (!live?.item) throw new Error("no live item");
      return { item: live.item, json: JSON.stringify(live) };
    };
    const expectAbsent = (json: string, texts: string[]) => {
      for (const text of texts) expect(json, text).not.toContain(text);
    };

    // Presentation: the history, no studies at all.
    let { item, json } = await view();
    expect(item).toMatchObject({ stage: "presentation", step: 0, studyCount: 3, title: "Unknown case", timeline: [], answer: null });
    expect(json).toContain("Runner with two weeks");
    expectAbsent(json, [...FINDINGS, ...IMPRESSIONS, ...BETWEEN, ...ANSWER_TEXT]);

    // Study 1: its findings, nothing later.
    await command(dept.member, conferenceId, "next");
    ({ item, json } = await view());
    expect(item).toMatchObject({ stage: "study", step: 1, stageLabel: "Study 1 of 3" });
    expect(item.timeline).toHaveLength(1);
    expect(json).toContain(FINDINGS[0]);
    expect(json).toContain(IMPRESSIONS[0]);
    expectAbsent(json, [FINDINGS[1]!, FINDINGS[2]!, IMPRESSIONS[1]!, IMPRESSIONS[2]!, ...BETWEEN, ...ANSWER_TEXT]);

    // Study 2 brings the treatment before it.
    await command(dept.member, conferenceId, "next");
    ({ item, json } = await view());
    expect(json).toContain(FINDINGS[1]);
    expect(json).toContain(BETWEEN[0]);
    expectAbsent(json, [FINDINGS[2]!, BETWEEN[1]!, ...ANSWER_TEXT]);

    // Stepping back moves the stage but never hides what the audience has already seen.
    await command(dept.member, conferenceId, "previous");
    ({ item, json } = await view());
    expect(item).toMatchObject({ stage: "study", step: 1, reachedStep: 2 });
    expect(json).toContain(FINDINGS[1]);
    expectAbsent(json, [FINDINGS[2]!, ...ANSWER_TEXT]);

    await command(dept.member, conferenceId, "next", "next");
    ({ item, json } = await view());
    expect(item).toMatchObject({ stage: "study", step: 3 });
    for (const text of [...FINDINGS, ...BETWEEN]) expect(json).toContain(text);
    expectAbsent(json, ANSWER_TEXT); // the course after the last study is part of the answer

    // The vote stage still shows no answer.
    await command(dept.member, conferenceId, "next");
    ({ item, json } = await view());
    expect(item).toMatchObject({ stage: "vote", answer: null, answerWithheld: false });
    expectAbsent(json, ANSWER_TEXT);

    // Nor does the summary, available during the session.
    expectAbsent(JSON.stringify(await getConferenceSummary(audience, conferenceId)), ANSWER_TEXT);

    // The reveal by the case's author (who may see the answer) releases it.
    await command(dept.member, conferenceId, "reveal");
    ({ item, json } = await view());
    expect(item.stage).toBe("reveal");
    expect(item.answer).toMatchObject({ diagnosis: SECRET.diagnosis, explanation: SECRET.explanation, teachingPoints: SECRET.teachingPoints });
    expect(json).toContain(AFTERWARDS);
    expect(await db.agendaItem.findFirstOrThrow({ where: { conferenceId }, select: { answerReleased: true, reachedStep: true } })).toEqual({ answerReleased: true, reachedStep: 5 });

    // "next" at the reveal is refused: the case is done.
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "next" }))).toMatchObject({ ok: false, code: "conflict" });
  });

  /**
   * An unknown case by the member (institution-wide, or the team's own), presented by `presenter`
   * as loaded by the session (with the cases they present), revealed straight away; the view of
   * an audience member of the team.
   */
  async function revealedBy(dept: Department, presenter: Viewer, scope: "institution" | "team" = "institution") {
    const caseId = await makeCase(dept.member, threeStudyDraft(scope === "team" ? { visibility: "team", teamId: dept.teamId } : {}));
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, presenter));
    await addCase(dept.coordinator, conferenceId, caseId);
    await joinByCode(dept.owner, conferenceId);
    await command(await sessionViewer(presenter), conferenceId, "start", "reveal");
    return getLiveView(dept.owner, conferenceId);
  }

  // Issue 26 item 9: being a case lead or presenting is no longer enough; the author's consent is
  // (tests/integration/conference-session.test.ts shows the reveal with consent).
  it("withholds the answer of someone else's team case from the room without its author's consent, even when the team's educator presents it", async () => {
    const dept = await department();
    const live = await revealedBy(dept, dept.educator, "team");
    expect(live?.item).toMatchObject({ stage: "reveal", answerWithheld: true, answer: null });
  });

  it("withholds it too when a plain member presents the team's own team case at the team's conference", async () => {
    const dept = await department();
    const live = await revealedBy(dept, dept.chair, "team");
    expect(live?.item).toMatchObject({ stage: "reveal", answerWithheld: true, answer: null });
  });

  it("withholds the answer of an institution case from the room even when the team's educator presents it (power over a case is not the global role, decision 031)", async () => {
    const dept = await department();
    const live = await revealedBy(dept, dept.educator);
    expect(live?.item).toMatchObject({ stage: "reveal", answer: null, answerWithheld: true });
  });

  it("withholds the answer when the presenter may not see it (a clinician presenting someone else's unknown case)", async () => {
    const dept = await department();
    const live = await revealedBy(dept, dept.chair);
    expect(live?.item).toMatchObject({ stage: "reveal", answer: null, answerWithheld: true });
    const json = JSON.stringify(live);
    for (const text of [SECRET.diagnosis, SECRET.explanation, SECRET.teachingPoints, SECRET.title]) expect(json).not.toContain(text);
    // Everything else of the case is shown at the reveal.
    for (const text of [...FINDINGS, AFTERWARDS]) expect(json).toContain(text);
    // The library still treats the case as unknown: the reveal was for the room.
    expect(await db.case.findFirstOrThrow({ where: { title: SECRET.title, authorId: dept.member.id }, select: { status: true } })).toEqual({ status: "unknown" });
  });

  it("sends nothing of a team-only case to a code-joined outsider", async () => {
    const dept = await department();
    const outsider = await makeUser();
    const caseId = await makeCase(dept.member, threeStudyDraft({ status: "open", visibility: "team", teamId: dept.teamId }));
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    const itemId = await addCase(dept.coordinator, conferenceId, caseId);
    await joinByCode(outsider, conferenceId);
    await command(dept.member, conferenceId, "start", "next", "next", "next", "toggleVote");

    const live = await getLiveView(outsider, conferenceId);
    expect(live?.item).toMatchObject({ restricted: true, title: "Private case", presentation: "", timeline: [], canTakePart: false });
    const json = JSON.stringify(live);
    for (const text of [...FINDINGS, ...BETWEEN, SECRET.title, "Runner with two weeks"]) expect(json).not.toContain(text);
    expect(await as(outsider, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "forbidden" });
    // A member following the same session sees the case.
    await as(dept.owner, () => joinConference({ conferenceId }));
    expect(JSON.stringify(await getLiveView(dept.owner, conferenceId))).toContain(FINDINGS[2]);
  });

  it("shows the presenter the same stage (and nothing of the answer before the reveal)", async () => {
    const dept = await department();
    const { conferenceId } = await liveTeaching(dept);
    await command(dept.member, conferenceId, "next");
    const presenter = await getPresenterView(dept.member, conferenceId);
    expect(presenter?.item).toMatchObject({ stage: "study", step: 1, answer: null });
    expect(presenter?.joinCode).toBe(await joinCodeOf(conferenceId));
    expect(JSON.stringify(presenter)).not.toContain(FINDINGS[1]);
    expect(JSON.stringify(presenter)).not.toContain(SECRET.explanation);
    expect(await getPresenterView(dept.owner, conferenceId)).toBeNull();
  });
});

describe("joining", () => {
  it("reports an unknown code by name; accepts the code in any case, with spaces and dashes", async () => {
    const dept = await department();
    const audience = await makeUser();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    const code = await joinCodeOf(conferenceId);
    const wrong = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";

    const refused = await as(audience, () => joinConference({ code: wrong.toLowerCase() }));
    expect(refused).toMatchObject({ ok: false, code: "not_found", message: expect.stringContaining(wrong) });
    expect(await as(audience, () => joinConference({ code: "ABC" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await db.conferenceParticipant.count({ where: { conferenceId } })).toBe(0);

    // Not joined and not a member: the conference does not exist for them.
    expect(await getLiveView(audience, conferenceId)).toBeNull();
    expect(await as(audience, () => joinConference({ conferenceId }))).toMatchObject({ ok: false, code: "not_found" });

    const typed = ` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3).toLowerCase()} `;
    // The answer carries what the conference's page would show this phone, so the form draws it at once (decision 114).
    const joined = unwrap(await as(audience, () => joinConference({ code: typed })));
    expect(joined.conferenceId).toBe(conferenceId);
    expect(joined.joined?.view).toEqual(await audienceView(audience, conferenceId));
    expect(joined.joined?.view).toMatchObject({ conferenceId, joined: true, status: "scheduled", item: null });
    expect(joined.joined?.header).toMatchObject({ id: conferenceId, status: "scheduled" });
    expect(joined.joined?.header.title).toBeTruthy();
    expect(await as(audience, () => joinConference({ code }))).toMatchObject({ ok: true }); // twice: still one row
    expect(await db.conferenceParticipant.count({ where: { conferenceId, userId: audience.id } })).toBe(1);
    expect(await getLiveView(audience, conferenceId)).toMatchObject({ conferenceId, joined: true, status: "scheduled", item: null });
  });

  it("keeps an MDT meeting to its team, whatever the code", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member, { kind: "mdt", chairId: dept.chair.id }));
    const code = await joinCodeOf(conferenceId);
    expect(await as(dept.outsider, () => joinConference({ code }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.conferenceParticipant.count({ where: { conferenceId } })).toBe(0);
    expect(await getLiveView(dept.outsider, conferenceId)).toBeNull();
    expect(await as(dept.member, () => joinConference({ conferenceId }))).toMatchObject({ ok: true });
    expect(await getLiveView(dept.member, conferenceId)).toMatchObject({ joined: true });
  });

  it("refuses to join a conference that has ended", async () => {
    const dept = await department();
    const { conferenceId } = await liveTeaching(dept);
    await command(dept.member, conferenceId, "end");
    const [late, code] = await Promise.all([makeUser(), joinCodeOf(conferenceId)]);
    expect(await as(late, () => joinConference({ code }))).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("presenter commands", () => {
  it("moves only for the named presenter: a team owner, coordinator or audience member is refused and nothing changes", async () => {
    const dept = await department();
    const audience = await makeUser();
    const { conferenceId } = await liveTeaching(dept, [audience]);
    await command(dept.member, conferenceId, "next");
    const before = await liveState(conferenceId);
    const itemBefore = await db.agendaItem.findFirstOrThrow({ where: { conferenceId }, select: { reachedStep: true, voteState: true } });

    for (const viewer of [dept.owner, dept.coordinator, audience]) {
      for (const name of ["next", "reveal", "toggleVote", "end"] as const) {
        expect(await as(viewer, () => presenterCommand({ conferenceId, command: name })), name).toMatchObject({ ok: false, code: "forbidden" });
      }
    }
    // An outsider who has not joined is told nothing exists.
    expect(await as(dept.outsider, () => presenterCommand({ conferenceId, command: "next" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await liveState(conferenceId)).toEqual(before);
    expect(await db.agendaItem.findFirstOrThrow({ where: { conferenceId }, select: { reachedStep: true, voteState: true } })).toEqual(itemBefore);

    // The presenter's own command bumps the version by one.
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "next" }))).toEqual({ ok: true, data: { version: before.liveVersion + 1 } });
  });

  it("applies concurrent key presses one after the other", async () => {
    const dept = await department();
    const { conferenceId } = await liveTeaching(dept);
    const before = await liveState(conferenceId);
    const results = await Promise.all(Array.from({ length: 3 }, () => as(dept.member, () => presenterCommand({ conferenceId, command: "next" }))));
    expect(results.map((result) => (result.ok ? result.data.version : -1)).sort((a, b) => a - b)).toEqual([1, 2, 3].map((n) => before.liveVersion + n));
    expect(await liveState(conferenceId)).toMatchObject({ currentStep: 3, liveVersion: before.liveVersion + 3 });
    expect(await db.agendaItem.findFirstOrThrow({ where: { conferenceId }, select: { reachedStep: true } })).toEqual({ reachedStep: 3 });
  });

  // Regression: "goTo" used to leave the vote of the case it left open (only "nextCase" closed it).
  it("closes an open vote when the presenter jumps to another case", async () => {
    const dept = await department();
    const voter = await makeUser();
    const { conferenceId, itemId } = await liveTeaching(dept, [voter]);
    const other = await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, { title: "Jumped-to case" }));
    await command(dept.member, conferenceId, "toggleVote");
    unwrap(await as(dept.member, () => presenterCommand({ conferenceId, command: "goTo", itemId: other })));
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { voteState: true } })).toEqual({ voteState: "closed" });
  });

  it("needs a case on the agenda to start, and a start before any other command", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "next" }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "start" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await liveState(conferenceId)).startedAt).toBeNull();
  });

  it("moves to the next case (closing an open vote) and ends the session", async () => {
    const dept = await department();
    const audience = await makeUser();
    const { conferenceId, itemId } = await liveTeaching(dept, [audience]);
    const second = await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, { title: "Second case" }));
    await command(dept.member, conferenceId, "toggleVote", "nextCase");
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { voteState: true } })).toEqual({ voteState: "closed" });
    expect(await getLiveView(audience, conferenceId)).toMatchObject({ item: { itemId: second, position: 2, total: 2, stage: "presentation" } });
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "nextCase" }))).toMatchObject({ ok: false, code: "conflict" });
    await command(dept.member, conferenceId, "end");
    expect(await getLiveView(audience, conferenceId)).toMatchObject({ status: "ended", item: null });
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "next" }))).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("conference voting", () => {
  it("opens, counts each of 30 concurrent voters once, hides the tally until closed, then refuses", async () => {
    const dept = await department();
    const voters = await Promise.all(Array.from({ length: 30 }, () => makeUser()));
    const { conferenceId, itemId } = await liveTeaching(dept);
    // Concurrent actors: each action reads the mocked session synchronously, before its first await.
    const code = await joinCodeOf(conferenceId);
    const joins = await Promise.all(voters.map((voter) => as(voter, () => joinConference({ code }))));
    expect(joins.every((result) => result.ok)).toBe(true);
    expect(await db.conferenceParticipant.count({ where: { conferenceId } })).toBe(30);

    // Before the presenter opens it.
    expect(await as(voters[0]!, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("not open") });
    expect(await db.conferenceVote.count({ where: { itemId } })).toBe(0);

    await command(dept.member, conferenceId, "toggleVote");
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { voteState: true } })).toEqual({ voteState: "open" });

    const keys = ["answer", "avn", "sif"];
    const results = await Promise.all(voters.map((voter, index) => as(voter, () => castConferenceVote({ itemId, diagnosisId: dx[keys[index % 3]!] }))));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.conferenceVote.count({ where: { itemId } })).toBe(30);
    const stored = await db.conferenceVote.findMany({ where: { itemId }, select: { userId: true } });
    expect(new Set(stored.map((row) => row.userId))).toEqual(new Set(voters.map((voter) => voter.id)));
    expect(await db.auditEvent.count({ where: { action: "conference.vote", resourceId: conferenceId } })).toBe(30);

    // While open: the audience sees their own vote, no count and no tally; the presenter sees the count.
    const open = await getLiveView(voters[0]!, conferenceId);
    expect(open?.item?.vote).toEqual({ state: "open", myVote: { diagnosisId: dx.answer, name: SECRET.diagnosis }, count: 0, tally: null });
    expect((await getPresenterView(dept.member, conferenceId))?.item?.vote).toMatchObject({ count: 30, tally: null });

    await command(dept.member, conferenceId, "toggleVote");
    const late = await as(voters[1]!, () => castConferenceVote({ itemId, diagnosisId: dx.oom }));
    expect(late).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("closed") });
    expect(await db.conferenceVote.findUniqueOrThrow({ where: { itemId_userId: { itemId, userId: voters[1]!.id } }, select: { diagnosisId: true } })).toEqual({ diagnosisId: dx.avn });

    const closed = await getLiveView(voters[2]!, conferenceId);
    expect(closed?.item?.vote).toMatchObject({ state: "closed", count: 30, tally: { total: 30 } });
    expect(closed?.item?.vote.tally?.rows.map((row) => [row.count, row.correct])).toEqual([[10, null], [10, null], [10, null]]);

    // The reveal marks the right answer.
    await command(dept.member, conferenceId, "reveal");
    const revealed = await getLiveView(voters[2]!, conferenceId);
    expect(revealed?.item?.vote.tally?.rows.find((row) => row.diagnosisId === dx.answer)).toMatchObject({ count: 10, correct: true });
    expect(revealed?.item?.accuracy).toBeCloseTo(1 / 3);
    expect(await as(dept.member, () => presenterCommand({ conferenceId, command: "toggleVote" }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("leaves exactly one row after 20 concurrent changes by one voter", async () => {
    const dept = await department();
    const voter = await makeUser();
    const { conferenceId, itemId } = await liveTeaching(dept, [voter]);
    await command(dept.member, conferenceId, "toggleVote");
    const keys = ["answer", "avn", "sif", "oom"];
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => as(voter, () => castConferenceVote({ itemId, diagnosisId: dx[keys[index % 4]!] }))));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await db.conferenceVote.findMany({ where: { itemId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.userId).toBe(voter.id);
  });

  it("refuses team guests, unjoined outsiders, bad diagnoses, a case off screen, and two diagnoses", async () => {
    const dept = await department();
    const [voter] = await Promise.all([makeUser()]);
    const { conferenceId, itemId } = await liveTeaching(dept, [voter!]);
    await as(dept.guest, () => joinConference({ conferenceId }));
    await command(dept.member, conferenceId, "toggleVote");

    expect(await as(dept.guest, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("Guests") });
    expect(await as(dept.outsider, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(voter!, () => castConferenceVote({ itemId, diagnosisId: "not-a-diagnosis" }))).toMatchObject({ ok: false, code: "invalid_input" });
    // A diagnosis proposed for the catalogue but not yet accepted is no vote either, and nothing is audited.
    const proposed = await db.diagnosis.create({ data: { slug: `proposed-${itemId}`, name: `Proposed entity ${itemId}`, synonyms: [], category: "Other", status: "proposed" }, select: { id: true } });
    expect(await as(voter!, () => castConferenceVote({ itemId, diagnosisId: proposed.id }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { diagnosisId: ["Not in the catalogue."] } });
    expect(await db.auditEvent.count({ where: { actorId: voter!.id, action: "conference.vote" } })).toBe(0);
    expect(await as(voter!, () => castConferenceVote({ itemId, diagnosisId: dx.avn, diagnosisIds: [dx.sif] }))).toMatchObject({ ok: false, code: "invalid_input" });
    session.viewer = null;
    expect(await castConferenceVote({ itemId, diagnosisId: dx.avn })).toMatchObject({ ok: false, code: "unauthenticated" });
    // A team member who has not joined may still vote (members need no code).
    expect(await as(dept.educator, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: true });

    const second = await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, { title: "Next one" }));
    await command(dept.member, conferenceId, "nextCase", "toggleVote");
    expect(await as(voter!, () => castConferenceVote({ itemId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.conferenceVote.count({ where: { itemId } })).toBe(1);
    expect(await as(voter!, () => castConferenceVote({ itemId: second, diagnosisId: dx.avn }))).toMatchObject({ ok: true });
  });
});

describe("staged differentials", () => {
  it("files a participant's leading diagnoses under the stage shown, replaces them on revision, and closes at the reveal", async () => {
    const dept = await department();
    const [first, second] = await Promise.all([makeUser(), makeUser()]);
    const { conferenceId, itemId } = await liveTeaching(dept, [first!, second!]);
    const rowsOf = (userId: string) => db.stagedDifferential.findMany({ where: { itemId, userId }, orderBy: { step: "asc" }, select: { step: true, diagnosisIds: true } });

    // Presentation (step 0).
    expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.avn] }))).toEqual({ ok: true, data: { step: 0 } });

    // Study 1: two diagnoses, then a revision: still one row for the step.
    await command(dept.member, conferenceId, "next");
    expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.sif, dx.oom] }))).toEqual({ ok: true, data: { step: 1 } });
    expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.avn, dx.answer] }))).toEqual({ ok: true, data: { step: 1 } });
    expect(await as(second!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.avn] }))).toMatchObject({ ok: true });
    expect(await rowsOf(first!.id)).toEqual([{ step: 0, diagnosisIds: [dx.avn] }, { step: 1, diagnosisIds: [dx.avn, dx.answer] }]);
    expect((await getLiveView(first!, conferenceId))?.item?.myDifferential).toEqual({
      step: 1, diagnoses: [{ id: dx.avn, name: "Conference test osteonecrosis" }, { id: dx.answer, name: SECRET.diagnosis }],
    });

    // Refused input writes nothing.
    for (const diagnosisIds of [[dx.avn, dx.sif, dx.oom, dx.answer], [dx.avn, dx.avn], [], ["not-a-diagnosis"]]) {
      expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds }))).toMatchObject({ ok: false, code: "invalid_input" });
    }
    expect(await rowsOf(first!.id)).toHaveLength(2);

    // The vote stage: filed under the last study (step 3).
    await command(dept.member, conferenceId, "toggleVote");
    expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.answer] }))).toEqual({ ok: true, data: { step: 3 } });

    // The reveal closes differentials.
    await command(dept.member, conferenceId, "reveal");
    expect(await as(first!, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.sif] }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await rowsOf(first!.id)).toEqual([
      { step: 0, diagnosisIds: [dx.avn] }, { step: 1, diagnosisIds: [dx.avn, dx.answer] }, { step: 3, diagnosisIds: [dx.answer] },
    ]);

    // The summary's series: per step, the share of that step's respondents naming each diagnosis.
    const summary = await getConferenceSummary(first!, conferenceId);
    const series = summary?.items[0]?.series;
    expect(series?.labels).toEqual(["Presentation", "Study 1", "Study 2", "Study 3"]);
    expect(series?.respondents).toEqual([1, 2, 0, 1]);
    const shares = Object.fromEntries((series?.diagnoses ?? []).map((entry) => [entry.name, entry.shares]));
    expect(shares).toEqual({
      "Conference test osteonecrosis": [1, 1, 0, 0],
      [SECRET.diagnosis]: [0, 0.5, 0, 1],
    });
  });

  // Regression: the "revealed" check once read the presenter's current step, not the item's
  // reachedStep, so "reveal" then "previous" let a post-reveal differential through.
  it("stays closed after the reveal even if the presenter steps back", async () => {
    const dept = await department();
    const participant = await makeUser();
    const { conferenceId, itemId } = await liveTeaching(dept, [participant]);
    await command(dept.member, conferenceId, "next");
    await as(participant, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.avn] }));
    await command(dept.member, conferenceId, "reveal", "previous");
    // The answer is on everyone's screen: a differential now would be hindsight, not a guess.
    expect((await getLiveView(participant, conferenceId))?.item?.answer).not.toBeNull();
    expect(await as(participant, () => saveStagedDifferential({ itemId, diagnosisIds: [dx.answer] }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.stagedDifferential.findMany({ where: { itemId }, select: { step: true, diagnosisIds: true } })).toEqual([{ step: 1, diagnosisIds: [dx.avn] }]);
  });
});

// ---------------------------------------------------------------------------------------------
// MDT meetings: outcomes, sign-off, amendments, attendance
// ---------------------------------------------------------------------------------------------

/** An MDT meeting of the department presented by the coordinator and chaired by `chair`, with one team case. */
async function mdtMeeting(dept: Department) {
  const caseId = await makeCase(dept.member, { title: "Talar marrow oedema for MDT", visibility: "team", teamId: dept.teamId });
  const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { kind: "mdt", title: "Foot and ankle MDT", chairId: dept.chair.id }));
  const itemId = await addCase(dept.coordinator, conferenceId, caseId);
  // The record opens when the meeting starts (issue 26 item 10): the chair starts it.
  unwrap(await as(dept.chair, () => startMeeting({ conferenceId })));
  return { caseId, conferenceId, itemId };
}

const outcomeText = (tag: string) => ({
  recommendation: `${tag} recommendation: conservative management`,
  managementPlan: `${tag} plan: offload for six weeks`,
  followUp: `${tag} follow-up: MRI in three months`,
  dissent: "",
});

describe("MDT outcomes", () => {
  it("creates, edits with optimistic versions, signs off by the chair only, locks, and amends keeping the original", async () => {
    const dept = await department();
    const { conferenceId, itemId } = await mdtMeeting(dept);

    expect(await as(dept.member, () => saveOutcome({ itemId, version: 0, ...outcomeText("Member") }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.outsider, () => saveOutcome({ itemId, version: 0, ...outcomeText("Outsider") }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.outcome.count({ where: { itemId } })).toBe(0);

    const created = unwrap(await as(dept.coordinator, () => saveOutcome({ itemId, version: 0, ...outcomeText("Draft") })));
    expect(created.version).toBe(1);
    const { outcomeId } = created;
    // A second "create" and a stale edit both lose.
    expect(await as(dept.chair, () => saveOutcome({ itemId, version: 0, ...outcomeText("Racing") }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(dept.coordinator, () => saveOutcome({ itemId, version: 1, ...outcomeText("Original") }))).toEqual({ ok: true, data: { outcomeId, version: 2 } });
    expect(await as(dept.chair, () => saveOutcome({ itemId, version: 1, ...outcomeText("Stale") }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { recommendation: true, version: true } }))
      .toEqual({ recommendation: outcomeText("Original").recommendation, version: 2 });

    // Sign-off: the chair alone, on the version they read.
    for (const viewer of [dept.coordinator, dept.owner, dept.member]) {
      expect(await as(viewer, () => signOffOutcome({ outcomeId, version: 2 }))).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await as(dept.chair, () => signOffOutcome({ outcomeId, version: 1 }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { signedOffAt: true } })).toEqual({ signedOffAt: null });
    expect(await as(dept.chair, () => signOffOutcome({ outcomeId, version: 2 }))).toEqual({ ok: true, data: null });
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { signedOffById: true } })).toEqual({ signedOffById: dept.chair.id });
    expect(await as(dept.chair, () => signOffOutcome({ outcomeId, version: 2 }))).toMatchObject({ ok: false, code: "conflict" });

    // Locked: an edit is refused and changes nothing.
    const locked = await as(dept.coordinator, () => saveOutcome({ itemId, version: 2, ...outcomeText("After sign-off") }));
    expect(locked).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("signed off") });
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { recommendation: true, managementPlan: true, version: true } }))
      .toEqual({ recommendation: outcomeText("Original").recommendation, managementPlan: outcomeText("Original").managementPlan, version: 2 });

    // An amendment: by an organiser, with a reason; the row keeps the original wording.
    expect(await as(dept.member, () => amendOutcome({ outcomeId, ...outcomeText("Member amendment"), reason: "I disagree with it" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.coordinator, () => amendOutcome({ outcomeId, ...outcomeText("Amended"), reason: "" }))).toMatchObject({ ok: false, code: "invalid_input" });
    unwrap(await as(dept.coordinator, () => amendOutcome({ outcomeId, ...outcomeText("Amended"), reason: "Histology came back after the meeting." })));
    expect(await db.outcome.findUniqueOrThrow({ where: { id: outcomeId }, select: { recommendation: true } })).toEqual({ recommendation: outcomeText("Original").recommendation });
    expect(await db.outcomeAmendment.count({ where: { outcomeId } })).toBe(1);

    const record = await getMeetingRecord(dept.member, conferenceId);
    const outcome = record?.items[0]?.outcome;
    expect(outcome?.current.recommendation).toBe(outcomeText("Amended").recommendation);
    expect(outcome?.original.recommendation).toBe(outcomeText("Original").recommendation);
    expect(outcome?.signedOff?.by).toBe(dept.chair.name);
    expect(outcome?.amendments).toEqual([expect.objectContaining({ reason: "Histology came back after the meeting.", by: dept.coordinator.name })]);
    expect(await getMeetingRecord(dept.outsider, conferenceId)).toBeNull();

    // An outcome is not amendable before sign-off.
    const other = await mdtMeeting(dept);
    const unsigned = unwrap(await as(dept.coordinator, () => saveOutcome({ itemId: other.itemId, version: 0, ...outcomeText("Unsigned") })));
    expect(await as(dept.coordinator, () => amendOutcome({ outcomeId: unsigned.outcomeId, ...outcomeText("Too early"), reason: "Changing my mind" }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("records attendance with specialties and reports the specialties the quorum still lacks", async () => {
    const dept = await department({ requiredSpecialties: ["Radiology", "Orthopaedic surgery", "Pathology"] });
    const { conferenceId } = await mdtMeeting(dept);

    expect((await getMeetingRecord(dept.member, conferenceId))?.quorum).toEqual({
      required: ["Radiology", "Orthopaedic surgery", "Pathology"], missing: ["Radiology", "Orthopaedic surgery", "Pathology"],
    });
    unwrap(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.chair.id, name: "", specialty: "Radiology" })));
    unwrap(await as(dept.chair, () => recordAttendee({ conferenceId, name: "Dr Visiting Pathologist", specialty: "Pathology" })));

    const attendees = await db.attendee.findMany({ where: { conferenceId }, orderBy: { specialty: "asc" }, select: { userId: true, name: true, specialty: true } });
    expect(attendees).toEqual([
      { userId: null, name: "Dr Visiting Pathologist", specialty: "Pathology" },
      { userId: dept.chair.id, name: dept.chair.name, specialty: "Radiology" }, // the name comes from the account
    ]);
    expect((await getMeetingRecord(dept.member, conferenceId))?.quorum.missing).toEqual(["Orthopaedic surgery"]);
    expect((await getAgendaEditor(dept.coordinator, conferenceId))?.quorum).toEqual({ required: ["Radiology", "Orthopaedic surgery", "Pathology"], missing: ["Orthopaedic surgery"], recorded: 2 });

    // Refusals: twice the same account, someone outside the team, an unknown specialty, a plain member, an outsider.
    expect(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.chair.id, name: "", specialty: "Radiology" }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.outsider.id, name: "", specialty: "Orthopaedic surgery" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(dept.coordinator, () => recordAttendee({ conferenceId, name: "Dr Somebody", specialty: "Astrology" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(dept.member, () => recordAttendee({ conferenceId, name: "Dr Somebody", specialty: "Orthopaedic surgery" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(dept.outsider, () => recordAttendee({ conferenceId, name: "Dr Somebody", specialty: "Orthopaedic surgery" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.attendee.count({ where: { conferenceId } })).toBe(2);

    unwrap(await as(dept.coordinator, () => recordAttendee({ conferenceId, userId: dept.owner.id, name: "", specialty: "Orthopaedic surgery" })));
    expect((await getMeetingRecord(dept.member, conferenceId))?.quorum.missing).toEqual([]);
  });
});

describe("FHIR CarePlan", () => {
  it("exports an outcome as a draft CarePlan, active once signed off, for team members only", async () => {
    const dept = await department();
    const { caseId, itemId } = await mdtMeeting(dept);
    const { outcomeId } = unwrap(await as(dept.coordinator, () => saveOutcome({ itemId, version: 0, ...outcomeText("FHIR <b>&") })));

    const draft = await getOutcomeCarePlan(dept.member, outcomeId, "http://localhost");
    expect(draft).toMatchObject({ resourceType: "CarePlan", id: outcomeId, status: "draft", intent: "plan" });

    unwrap(await as(dept.chair, () => signOffOutcome({ outcomeId, version: 1 })));
    const plan = await getOutcomeCarePlan(dept.member, outcomeId, "http://localhost");
    expect(plan).toMatchObject({
      resourceType: "CarePlan",
      status: "active",
      intent: "plan",
      subject: { identifier: { system: "http://localhost/fhir/case", value: caseId } },
      identifier: [{ system: "http://localhost/fhir/outcome", value: outcomeId }],
      author: { display: dept.chair.name },
      description: outcomeText("FHIR <b>&").recommendation,
    });
    expect(plan?.activity?.[0]?.detail?.status).toEqual(expect.any(String));
    expect(plan?.activity?.[0]?.detail?.description).toBe(outcomeText("FHIR <b>&").managementPlan);
    expect(plan?.text?.div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(plan?.text?.div).toContain("FHIR &lt;b&gt;&amp; recommendation");
    expect(plan?.text?.div).not.toContain("<b>&");

    expect(await getOutcomeCarePlan(dept.outsider, outcomeId, "http://localhost")).toBeNull();
    expect(await getOutcomeCarePlan(dept.member, "no-such-outcome", "http://localhost")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The case side, and the calendar
// ---------------------------------------------------------------------------------------------

describe("case visibility after an MDT", () => {
  it("refuses to make a case public once it is on an MDT agenda; a teaching agenda does not block it", async () => {
    const dept = await department();
    const author = dept.member;
    const mdtCase = await makeCase(author, { title: "Case for the MDT" });
    const teachingCase = await makeCase(author, { title: "Case for teaching" });
    const mdt = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { kind: "mdt", chairId: dept.chair.id }));
    const teaching = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator));
    await addCase(dept.coordinator, mdt, mdtCase);
    await addCase(dept.coordinator, teaching, teachingCase);

    const refused = await as(author, () => saveCase({ caseId: mdtCase, case: caseDraft({ title: "Case for the MDT", visibility: "public" }) }));
    expect(refused).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringContaining("MDT") });
    if (!refused.ok) expect(refused.fieldErrors?.["case.visibility"]).toBeDefined();
    expect(await db.case.findUniqueOrThrow({ where: { id: mdtCase }, select: { visibility: true } })).toEqual({ visibility: "institution" });

    // Other visibilities are still fine for that case, and public is fine for the teaching one.
    expect(await as(author, () => saveCase({ caseId: mdtCase, case: caseDraft({ title: "Case for the MDT", visibility: "team", teamId: dept.teamId }) }))).toMatchObject({ ok: true });
    expect(await as(author, () => saveCase({ caseId: teachingCase, case: caseDraft({ title: "Case for teaching", visibility: "public" }) }))).toMatchObject({ ok: true });
    expect(await db.case.findUniqueOrThrow({ where: { id: teachingCase }, select: { visibility: true } })).toEqual({ visibility: "public" });
  });
});

describe("discussed at", () => {
  it("lists on a case the team's meetings and the teaching sessions a viewer joined, newest first, and no others", async () => {
    const dept = await department();
    const kase = await makeCase(dept.member, { title: "Case seen twice" });
    const mdt = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { kind: "mdt", title: "Board", chairId: dept.chair.id }));
    const teaching = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { title: "Later teaching", startsAt: "2030-02-01T09:00:00Z" }));
    await addCase(dept.coordinator, mdt, kase);
    await addCase(dept.coordinator, teaching, kase);

    expect(await listCaseConferences(dept.member, kase)).toEqual([
      { id: teaching, title: "Later teaching", kind: "teaching", startsAt: "2030-02-01T09:00:00.000Z", held: false, answerShown: false },
      { id: mdt, title: "Board", kind: "mdt", startsAt: "2030-01-15T09:30:00.000Z", held: false, answerShown: false },
    ]);
    // An outsider sees neither until they join the teaching session; the MDT stays the team's.
    expect(await listCaseConferences(dept.outsider, kase)).toEqual([]);
    await joinByCode(dept.outsider, teaching);
    expect((await listCaseConferences(dept.outsider, kase)).map((conference) => conference.id)).toEqual([teaching]);
    expect(await listCaseConferences(null, kase)).toEqual([]);
  });
});

describe("calendar file", () => {
  it("writes an iCalendar event in UTC with the agenda, for those who may see the conference", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { kind: "mdt", title: "Sarcoma board", chairId: dept.chair.id, durationMinutes: 90 }));
    await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, { title: "Painful lump in the calf" }));
    await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, { title: "Lytic lesion of the femur" }));

    const file = await getCalendarFile(dept.member, conferenceId, "http://localhost");
    expect(file?.filename).toBe("sarcoma-board.ics");
    const body = file!.body.replace(/\r\n[ \t]/g, ""); // unfold RFC 5545 continuation lines
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("BEGIN:VEVENT");
    expect(body).toContain(DTSTART_UTC);
    expect(body).toContain("SUMMARY:Sarcoma board");
    expect(body).toContain("1. Painful lump in the calf (10 min)");
    expect(body).toContain("2. Lytic lesion of the femur (10 min)");
    expect(body).toContain(`http://localhost/conferences/${conferenceId}`);

    expect(await getCalendarFile(dept.outsider, conferenceId, "http://localhost")).toBeNull();
  });

  it("never names an unknown case in the calendar of someone who may not see its answer", async () => {
    const dept = await department();
    const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.member));
    await addCase(dept.coordinator, conferenceId, await makeCase(dept.member, threeStudyDraft()));
    const body = (await getCalendarFile(dept.educator, conferenceId, "http://localhost"))!.body.replace(/\r\n[ \t]/g, "");
    expect(body).toContain("1. Unknown case");
    expect(body).not.toContain(SECRET.title);
  });
});

describe("double submissions (issue 21 item 6, decision 032)", () => {
  const key = () => crypto.randomUUID();

  it("schedules one conference for a double-clicked submission, and a retry answers the same", async () => {
    // No digits in the title: eight random digits read as a record number to the identifier guard.
    const dept = await department();
    const form = { ...scheduleForm(dept.teamId, dept.coordinator, { title: `Twice ${key().replace(/[^a-f]/g, "").slice(0, 8)}` }), clientKey: key() };
    const results = await Promise.all([as(dept.coordinator, () => scheduleConference(form)), as(dept.coordinator, () => scheduleConference(form))]);
    expect(results.every((result) => result.ok)).toBe(true);
    const ids = new Set(results.map((result) => (result.ok ? result.data.conferenceId : null)));
    expect(ids.size).toBe(1);
    expect(await db.conference.count({ where: { teamId: dept.teamId, title: form.title } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "conference.create", actorId: dept.coordinator.id } })).toBe(1);
    expect(await as(dept.coordinator, () => scheduleConference(form))).toEqual(results[0]);
    expect(await as(dept.coordinator, () => scheduleConference({ ...form, clientKey: key() }))).toMatchObject({ ok: true });
    expect(await db.conference.count({ where: { teamId: dept.teamId, title: form.title } })).toBe(2);
  });

  it("records a visitor once, creates one outcome and one amendment per submission", async () => {
    const dept = await department();
    const { conferenceId, itemId } = await mdtMeeting(dept);

    const visitor = { conferenceId, name: "Dr Visiting Pathologist", specialty: "Pathology", clientKey: key() };
    const attendees = await Promise.all([as(dept.coordinator, () => recordAttendee(visitor)), as(dept.coordinator, () => recordAttendee(visitor))]);
    expect(attendees[0]).toMatchObject({ ok: true });
    expect(attendees[1]).toEqual(attendees[0]);
    expect(await db.attendee.count({ where: { conferenceId, name: visitor.name } })).toBe(1);

    const draft = { itemId, version: 0, ...outcomeText("Twice"), clientKey: key() };
    const outcomes = await Promise.all([as(dept.coordinator, () => saveOutcome(draft)), as(dept.coordinator, () => saveOutcome(draft))]);
    expect(outcomes[0]).toMatchObject({ ok: true, data: { version: 1 } });
    expect(outcomes[1]).toEqual(outcomes[0]);
    // Sent again once it exists (a retry): the same answer; someone else's first save still loses.
    expect(await as(dept.coordinator, () => saveOutcome(draft))).toEqual(outcomes[0]);
    expect(await as(dept.chair, () => saveOutcome({ ...draft, ...outcomeText("Racing"), clientKey: key() }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.auditEvent.count({ where: { action: "mdt.outcome", actorId: dept.coordinator.id } })).toBe(1);
    const outcomeId = outcomes[0]!.ok ? outcomes[0]!.data.outcomeId : "";

    unwrap(await as(dept.chair, () => signOffOutcome({ outcomeId, version: 1 })));
    const amendment = { outcomeId, ...outcomeText("Amended twice"), reason: "Histology came back after the meeting.", clientKey: key() };
    const amendments = await Promise.all([as(dept.coordinator, () => amendOutcome(amendment)), as(dept.coordinator, () => amendOutcome(amendment))]);
    expect(amendments[0]).toMatchObject({ ok: true });
    expect(amendments[1]).toEqual(amendments[0]);
    expect(await db.outcomeAmendment.count({ where: { outcomeId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "mdt.amend", actorId: dept.coordinator.id } })).toBe(1);
  });
});

describe("agenda edits racing each other (issue 21 item 7)", () => {
  it("answers a reorder, a removal and an intake of the same agenda at once with success or a typed failure, never an unexpected error", async () => {
    const dept = await department();
    for (let round = 0; round < 5; round++) {
      const conferenceId = await schedule(dept.coordinator, scheduleForm(dept.teamId, dept.coordinator, { title: `Race ${round}` }));
      const cases = await Promise.all([1, 2, 3].map(() => makeCase(dept.member, { visibility: "team", teamId: dept.teamId })));
      const items: string[] = [];
      for (const caseId of cases) items.push(await addCase(dept.coordinator, conferenceId, caseId));
      const intake = { itemId: items[1]!, estimatedMinutes: 15, clinicalQuestion: "Stress fracture?", relevantHistory: "", imagingToReview: "", presentingClinician: "" };
      const results = await Promise.all([
        as(dept.coordinator, () => moveAgendaItem({ itemId: items[2]!, direction: "up" })),
        as(dept.owner, () => removeAgendaItem({ itemId: items[1]! })),
        as(dept.coordinator, () => moveAgendaItem({ itemId: items[0]!, direction: "down" })),
        as(dept.member, () => saveIntake(intake)),
      ]);
      expect(results.filter((result) => !result.ok && result.code === "unexpected")).toEqual([]);
      const left = await db.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: "asc" }, select: { position: true } });
      expect(left).toHaveLength(2);
      expect(new Set(left.map((item) => item.position)).size).toBe(2);
    }
  });
});
