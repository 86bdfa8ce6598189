// Unknown cases as a teacher expects them (issue 26 items 2-5): whoever knows the answer does not
// guess it, rationales are optional and errors name their line, the first commit is kept.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, makeCase, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { castVote, postDifferential, revealCase, setSupport } = await import("@/lib/thinking/actions");
const { getThinking } = await import("@/lib/thinking/queries");
const { getCasePage } = await import("@/lib/cases/queries");
const { getLearningRecord } = await import("@/lib/learning/queries");
const { getCaseForEdit } = await import("@/lib/cases/file");

let author: Viewer;
let admin: Viewer;
const dx: Record<string, string> = {};
const as = actAs(session);

async function unknownCase() {
  const id = await makeCase(author, { status: "unknown" });
  await db.case.update({ where: { id }, data: { pollState: "open" } });
  return id;
}

beforeAll(async () => {
  [author, admin] = await Promise.all([makeUser("resident"), makeUser("admin")]);
  for (const [key, name] of [["tbmes", "Test TBMES"], ["avn", "Test osteonecrosis"], ["sif", "Test insufficiency fracture"]] as const) {
    const row = await db.diagnosis.upsert({ where: { slug: `test-${key}` }, create: { slug: `test-${key}`, name, synonyms: [], category: "Other" }, update: {}, select: { id: true } });
    dx[key] = row.id;
  }
});
beforeEach(() => {
  session.viewer = null;
});

describe("whoever knows the answer does not guess it (item 3)", () => {
  it("refuses the author's and an editor's vote, differential and support on an unknown case, and the panel says why", async () => {
    const caseId = await unknownCase();
    const peer = await makeUser();
    expect(await as(peer, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }] }))).toMatchObject({ ok: true });
    for (const knower of [author, admin]) {
      const vote = await as(knower, () => castVote({ caseId, diagnosisId: dx.tbmes }));
      expect(vote).toMatchObject({ ok: false, code: "forbidden" });
      expect(!vote.ok && vote.message).toContain("can see this case's answer");
      expect(await as(knower, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.tbmes! }] }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await as(knower, () => setSupport({ caseId, diagnosisId: dx.avn!, support: true }))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await getThinking(knower, caseId)).toMatchObject({ knowsAnswer: true, canVote: false, canPostDifferential: false, blind: false });
    }
    expect(await db.vote.count({ where: { caseId } })).toBe(0);
    expect(await db.differentialEntry.count({ where: { caseId, userId: { in: [author.id, admin.id] } } })).toBe(0);
    expect(await getThinking(peer, caseId)).toMatchObject({ knowsAnswer: false, canVote: true, canPostDifferential: true });
  });

  it("lets the author take part on an open case, whose answer is not a puzzle", async () => {
    const caseId = await makeCase(author, { status: "open" });
    await db.case.update({ where: { id: caseId }, data: { pollState: "open" } });
    expect(await as(author, () => castVote({ caseId, diagnosisId: dx.tbmes }))).toMatchObject({ ok: true });
  });
});

describe("differential lines (item 5)", () => {
  it("accepts lines without a rationale", async () => {
    const caseId = await unknownCase();
    const user = await makeUser();
    expect(await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }, { diagnosisId: dx.sif!, rationale: "  " }] }))).toMatchObject({ ok: true });
    const rows = await db.differentialEntry.findMany({ where: { caseId, userId: user.id }, orderBy: { rank: "asc" }, select: { rationale: true } });
    expect(rows).toEqual([{ rationale: "" }, { rationale: "" }]);
  });

  it("keys each error by its line", async () => {
    const caseId = await unknownCase();
    const user = await makeUser();
    const other = await makeCase(author);
    const foreignStudy = await db.study.findFirstOrThrow({ where: { caseId: other }, select: { id: true } });
    const tooLong = await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }, { diagnosisId: dx.sif!, rationale: "x".repeat(2_001) }] }));
    expect(tooLong).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { "entries.1.rationale": [expect.stringContaining("2,000")] } });
    const duplicate = await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }, { diagnosisId: dx.sif! }, { diagnosisId: dx.avn! }] }));
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { "entries.2.diagnosisId": [expect.stringContaining("already")] } });
    const unknown = await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }, { diagnosisId: "nope" }] }));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { "entries.1.diagnosisId": [expect.any(String)] } });
    const foreign = await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn!, studyIds: [foreignStudy.id] }] }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { "entries.0.studyIds": [expect.any(String)] } });
    expect(await db.differentialEntry.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the reveal starts from the authored answer (item 2)", () => {
  async function authoredCase() {
    const caseId = await unknownCase();
    await db.resolution.update({
      where: { caseId },
      data: { diagnosisId: dx.tbmes, diagnosisText: "Test TBMES", certainty: "probable", basis: "clinical_course", explanation: "First paragraph.\n\nSecond paragraph.", teachingPoints: "- Offsets, not dates" },
    });
    return caseId;
  }

  it("shows the authored answer to the author's reveal form, and to no one else", async () => {
    const caseId = await authoredCase();
    expect((await getThinking(author, caseId))?.authored).toMatchObject({ diagnosisId: dx.tbmes, diagnosis: "Test TBMES", certainty: "probable", explanation: "First paragraph.\n\nSecond paragraph." });
    const peer = await makeUser();
    expect((await getThinking(peer, caseId))?.authored).toBeNull();
  });

  it("reveals the authored answer unchanged when nothing is sent", async () => {
    const caseId = await authoredCase();
    expect(await as(author, () => revealCase({ caseId }))).toMatchObject({ ok: true });
    expect(await db.resolution.findUniqueOrThrow({ where: { caseId } })).toMatchObject({
      diagnosisId: dx.tbmes, certainty: "probable", basis: "clinical_course", explanation: "First paragraph.\n\nSecond paragraph.", teachingPoints: "- Offsets, not dates",
    });
  });

  it("refuses to overwrite the authored answer silently, lists the changes, and applies them once confirmed", async () => {
    const caseId = await authoredCase();
    const changed = { caseId, certainty: "certain", explanation: "One line." } as const;
    const refused = await as(author, () => revealCase(changed));
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect(!refused.ok && refused.details).toEqual({
      changes: [
        { field: "certainty", label: "Certainty", from: "Probable", to: "Certain" },
        { field: "explanation", label: "Explanation", from: "First paragraph.\n\nSecond paragraph.", to: "One line." },
      ],
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).toEqual({ status: "unknown" });
    expect(await as(author, () => revealCase({ ...changed, confirmChanges: true }))).toMatchObject({ ok: true });
    expect(await db.resolution.findUniqueOrThrow({ where: { caseId } })).toMatchObject({ certainty: "certain", explanation: "One line.", basis: "clinical_course", teachingPoints: "- Offsets, not dates" });
  });

  it("fills in what the author left empty without asking, and names a free-text diagnosis that is not in the catalogue", async () => {
    const caseId = await unknownCase();
    await db.resolution.update({ where: { caseId }, data: { diagnosisId: null, diagnosisText: "Runner's foot thing", certainty: null, basis: null, explanation: null } });
    const missing = await as(author, () => revealCase({ caseId, certainty: "certain", basis: "histology", explanation: "Biopsy." }));
    expect(missing).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { diagnosisId: [expect.stringContaining("Runner's foot thing")] } });
    expect(await as(author, () => revealCase({ caseId, diagnosisId: dx.sif, certainty: "certain", basis: "histology", explanation: "Biopsy." }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(author, () => revealCase({ caseId, diagnosisId: dx.sif, certainty: "certain", basis: "histology", explanation: "Biopsy.", confirmChanges: true }))).toMatchObject({ ok: true });
  });
});

describe("teaching points (item 7)", () => {
  it("render as Markdown, sanitized like comments", async () => {
    const caseId = await makeCase(author, { status: "resolved", resolution: { diagnosis: "Test TBMES", certainty: "certain", basis: "histology", explanation: "", teachingPoints: "- **Offsets**, not dates\n- Serial MRI\n\n<script>alert(1)</script><img src=x onerror=alert(1)>" } });
    const answer = (await getCasePage(await makeUser(), caseId))?.answer;
    expect(answer?.teachingPointsHtml).toContain("<ul>");
    expect(answer?.teachingPointsHtml).toContain("<li><strong>Offsets</strong>, not dates</li>");
    expect(answer?.teachingPointsHtml).not.toMatch(/<script|onerror|<img/);
  });
});

describe("the first commit is kept (item 4)", () => {
  it("keeps each participant's first list, shows it beside later revisions, and the learning record scores it", async () => {
    const caseId = await unknownCase();
    const [learner, peer] = await Promise.all([makeUser(), makeUser()]);
    expect(await as(learner, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.avn! }, { diagnosisId: dx.sif! }] }))).toMatchObject({ ok: true });
    expect(await as(learner, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.tbmes! }] }))).toMatchObject({ ok: true });
    expect(await as(learner, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.tbmes! }, { diagnosisId: dx.avn! }] }))).toMatchObject({ ok: true });
    expect(await db.firstDifferentialEntry.findMany({ where: { caseId, userId: learner.id }, orderBy: { rank: "asc" }, select: { diagnosisId: true } }))
      .toEqual([{ diagnosisId: dx.avn }, { diagnosisId: dx.sif }]);
    const own = await getThinking(learner, caseId);
    expect(own?.myFirst.map((entry) => entry.name)).toEqual(["Test osteonecrosis", "Test insufficiency fracture"]);
    expect(own?.myDifferential.map((entry) => entry.name)).toEqual(["Test TBMES", "Test osteonecrosis"]);

    // A blind peer learns nothing of it; once committed, they see the revision.
    expect(JSON.stringify(await getThinking(peer, caseId))).not.toContain("Test osteonecrosis");
    await as(peer, () => postDifferential({ caseId, entries: [{ diagnosisId: dx.sif! }] }));
    expect((await getThinking(peer, caseId))?.revisions).toEqual([
      { name: learner.name, first: ["Test osteonecrosis", "Test insufficiency fracture"], now: ["Test TBMES", "Test osteonecrosis"] },
    ]);

    // Revealed as SIF: in the first commit's top 3, not in the current list; the record counts the first.
    await db.resolution.update({ where: { caseId }, data: { diagnosisId: dx.sif, certainty: "certain", revealedAt: new Date() } });
    await db.case.update({ where: { id: caseId }, data: { status: "resolved", postedAsUnknown: true } });
    const row = (await getLearningRecord(learner, learner.id))?.rows.find((entry) => entry.caseId === caseId);
    expect(row).toMatchObject({ counted: true, inTop3: true });
  });
});

describe("secondary final diagnoses (item 6)", () => {
  it("score votes for a secondary diagnosis when the author says so, and not otherwise", async () => {
    const caseId = await unknownCase();
    const [onPrimary, onScoring, onNotScoring] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const oom = await db.diagnosis.upsert({ where: { slug: "test-oom" }, create: { slug: "test-oom", name: "Test osteomyelitis", synonyms: [], category: "Other" }, update: {}, select: { id: true } });
    await as(onPrimary, () => castVote({ caseId, diagnosisId: dx.tbmes }));
    await as(onScoring, () => castVote({ caseId, diagnosisId: dx.sif }));
    await as(onNotScoring, () => castVote({ caseId, diagnosisId: oom.id }));
    const revealed = await as(author, () => revealCase({
      caseId, diagnosisId: dx.tbmes, certainty: "certain", basis: "histology", explanation: "Two things at once.",
      secondary: [{ diagnosisId: dx.sif!, scoresVotes: true }, { diagnosisId: oom.id, scoresVotes: false }], confirmChanges: true,
    }));
    expect(revealed).toMatchObject({ ok: true });
    expect(await db.finalDiagnosis.findMany({ where: { caseId }, orderBy: { position: "asc" }, select: { diagnosisId: true, position: true, scoresVotes: true } })).toEqual([
      { diagnosisId: dx.sif, position: 2, scoresVotes: true },
      { diagnosisId: oom.id, position: 3, scoresVotes: false },
    ]);
    const results = (await getThinking(author, caseId))?.results ?? [];
    const right = Object.fromEntries(results.map((result) => [result.userId, result.voteCorrect]));
    expect(right).toEqual({ [onPrimary.id]: true, [onScoring.id]: true, [onNotScoring.id]: false });
    expect(await as(author, () => revealCase({ caseId, diagnosisId: dx.tbmes, secondary: [{ diagnosisId: dx.tbmes!, scoresVotes: true }] }))).toMatchObject({ ok: false });
  });

  it("are authored with the catalogue picker's ids: the form's values keep them, and the reveal form starts from them", async () => {
    const caseId = await makeCase(author, {
      status: "unknown",
      resolution: { diagnosis: "Test TBMES", diagnosisId: dx.tbmes, certainty: "certain", basis: "histology", explanation: "Both.", teachingPoints: "",
        secondary: [{ diagnosisId: dx.sif!, name: "Test insufficiency fracture", scoresVotes: true }, { diagnosisId: dx.tbmes!, name: "again", scoresVotes: true }, { diagnosisId: "nope", name: "x", scoresVotes: true }] },
    });
    expect(await db.resolution.findUniqueOrThrow({ where: { caseId }, select: { diagnosisId: true } })).toEqual({ diagnosisId: dx.tbmes });
    // The primary is not repeated as a secondary, and an id the catalogue does not have is dropped.
    expect(await db.finalDiagnosis.findMany({ where: { caseId }, select: { diagnosisId: true, scoresVotes: true } })).toEqual([{ diagnosisId: dx.sif, scoresVotes: true }]);
    expect((await getCaseForEdit(author, caseId))?.value.resolution).toMatchObject({
      diagnosis: "Test TBMES", diagnosisId: dx.tbmes, secondary: [{ diagnosisId: dx.sif, name: "Test insufficiency fracture", scoresVotes: true }],
    });
    expect((await getThinking(author, caseId))?.authored?.secondary).toEqual([{ diagnosisId: dx.sif, name: "Test insufficiency fracture", scoresVotes: true }]);
    expect(await as(author, () => revealCase({ caseId }))).toMatchObject({ ok: true });
    expect(await db.finalDiagnosis.count({ where: { caseId } })).toBe(1);
  });

  it("refuses a secondary diagnosis that repeats the primary", async () => {
    const caseId = await unknownCase();
    const result = await as(author, () => revealCase({ caseId, diagnosisId: dx.tbmes, certainty: "certain", basis: "histology", explanation: "x", secondary: [{ diagnosisId: dx.tbmes!, scoresVotes: true }], confirmChanges: true }));
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { "secondary.0.diagnosisId": [expect.stringContaining("Already")] } });
  });
});
