// Spaced review (issue 27 item 7, decision 085): which missed cases come back, when, to whom, with
// what; grading them; and the dashboard's statement count whatever the size of the queue.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { forgetSearchCatalogue } from "@/lib/search/catalogue";
import { actAs, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";
import { statementsContaining } from "../support/statements";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const collections = await import("@/lib/collections/actions");
const { gradeReview } = await import("@/lib/learning/actions");
const { getDashboard } = await import("@/lib/pages/dashboard");
const as = actAs(session);

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);
let dx: { id: string; name: string };
let wrong: { id: string; name: string };
let author: Viewer;

beforeAll(async () => {
  const tag = randomBytes(3).toString("hex");
  author = await makeUser("educator");
  dx = await db.diagnosis.create({ data: { slug: `review-dx-${tag}`, name: `Review entity ${tag}`, synonyms: [], category: "test" }, select: { id: true, name: true } });
  wrong = await db.diagnosis.create({ data: { slug: `review-wrong-${tag}`, name: `Review decoy ${tag}`, synonyms: [], category: "test" }, select: { id: true, name: true } });
  forgetSearchCatalogue();
});

const resolvedCase = (overrides = {}) =>
  makeCase(author, { status: "resolved", resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain", basis: null, explanation: "", teachingPoints: "", secondary: undefined }, ...overrides });

async function quiz(caseIds: string[]) {
  const created = await as(author, () => collections.createCollection({ title: "Review set", visibility: "public" }));
  if (!created.ok) throw new Error(created.message);
  for (const caseId of caseIds) await as(author, () => collections.addToCollection({ collectionId: created.data.collectionId, caseId }));
  return created.data.collectionId;
}

/** An unknown case the learner committed `guess` on (first commit), then revealed `daysAgo` days ago. */
async function missedUnknown(learner: Viewer, guess: string, daysAgo: number, certainty: "certain" | "possible" = "certain") {
  const caseId = await makeCase(author, { status: "unknown", resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty, basis: null, explanation: "", teachingPoints: "", secondary: undefined } });
  await db.firstDifferentialEntry.create({ data: { caseId, userId: learner.id, rank: 1, diagnosisId: guess } });
  await db.case.update({ where: { id: caseId }, data: { status: "resolved" } });
  await db.resolution.update({ where: { caseId }, data: { revealedAt: new Date(Date.now() - daysAgo * DAY) } });
  return caseId;
}

const codeOf = (result: { ok: boolean; code?: string }) => (result.ok ? "ok" : result.code);
const queueIds = async (viewer: Viewer, at = new Date()) => (await getDashboard(viewer, at)).review.cards.map((card) => card.caseId);

describe("spaced review", () => {
  it("brings back a quiz case answered wrong a day after the answer was seen, with its answer; never one answered right", async () => {
    const learner = await makeUser("resident");
    const [missed, right] = await Promise.all([resolvedCase(), resolvedCase()]);
    const collectionId = await quiz([missed, right]);
    await as(learner, () => collections.commitQuizAnswer({ collectionId, caseId: missed, final: wrong.name }));
    await as(learner, () => collections.commitQuizAnswer({ collectionId, caseId: right, final: dx.name }));
    expect(await queueIds(learner)).toEqual([]);
    const later = await getDashboard(learner, inDays(1.01));
    expect(later.review.cards.map((card) => card.caseId)).toEqual([missed]);
    expect(later.review.cards[0]).toMatchObject({ answer: dx.name, title: "Forefoot pain in a runner", repetitions: 0 });
    expect(later.review.dueCount).toBe(1);
  });

  it("brings back a quiz answer written two days ago on today's dashboard (the real clock)", async () => {
    const learner = await makeUser("resident");
    const caseId = await resolvedCase();
    const collectionId = await quiz([caseId]);
    await db.quizAnswer.create({ data: { collectionId, caseId, userId: learner.id, diagnosisId: wrong.id, differentialIds: [], correct: false, committedAt: new Date(Date.now() - 2 * DAY) } });
    expect(await queueIds(learner)).toEqual([caseId]);
  });

  it("brings back an unknown whose first commit missed the answer, once revealed with certainty; not a right one, a doubtful one or one still unknown", async () => {
    const learner = await makeUser("resident");
    const missed = await missedUnknown(learner, wrong.id, 3);
    const hit = await missedUnknown(learner, dx.id, 3);
    const doubtful = await missedUnknown(learner, wrong.id, 3, "possible");
    const stillUnknown = await makeCase(author, { status: "unknown", resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain", basis: null, explanation: "", teachingPoints: "", secondary: undefined } });
    await db.firstDifferentialEntry.create({ data: { caseId: stillUnknown, userId: learner.id, rank: 1, diagnosisId: wrong.id } });
    // A later, corrected list does not undo the miss: the first commit is what is scored (decision 066).
    await db.differentialEntry.create({ data: { caseId: missed, userId: learner.id, rank: 1, diagnosisId: dx.id, rationale: "" } });
    const ids = await queueIds(learner);
    expect(ids).toContain(missed);
    expect(ids).not.toContain(hit);
    expect(ids).not.toContain(doubtful);
    expect(ids).not.toContain(stillUnknown);
    // The author and a bystander have nothing to review.
    expect(await queueIds(await makeUser())).toEqual([]);
    expect((await queueIds(author)).filter((id) => [missed, hit].includes(id))).toEqual([]);
  });

  it("shows a team case only while the learner may still see it", async () => {
    const learner = await makeUser("resident");
    const teamId = await makeTeam([[author, "owner"], [learner, "member"]]);
    const [authorT, learnerT] = await Promise.all([withTeamRoles(author), withTeamRoles(learner)]);
    const caseId = await makeCase(authorT, { status: "resolved", visibility: "team", teamId, resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain", basis: null, explanation: "", teachingPoints: "", secondary: undefined } });
    const collectionId = await quiz([]);
    await as(author, () => collections.addToCollection({ collectionId, caseId }));
    await as(learnerT, () => collections.commitQuizAnswer({ collectionId, caseId, final: wrong.name }));
    expect(await queueIds(learnerT, inDays(2))).toEqual([caseId]);
    await db.membership.delete({ where: { teamId_userId: { teamId, userId: learner.id } } });
    const outside = await withTeamRoles(learner);
    expect(await queueIds(outside, inDays(2))).toEqual([]);
    expect(codeOf(await as(outside, () => gradeReview({ caseId, grade: "got" })))).toBe("not_found");
  });

  it("schedules by SM-2 when graded: missed tomorrow, then 1 and 6 days; a second grade at once changes nothing", async () => {
    const learner = await makeUser("resident");
    const caseId = await missedUnknown(learner, wrong.id, 2);
    expect(await queueIds(learner)).toEqual([caseId]);

    const missed = await as(learner, () => gradeReview({ caseId, grade: "missed" }));
    expect(missed).toMatchObject({ ok: true, data: { intervalDays: 1 } });
    expect(await db.reviewCard.findUnique({ where: { userId_caseId: { userId: learner.id, caseId } } })).toMatchObject({ easiness: 1.96, repetitions: 0, lapses: 1, intervalDays: 1 });
    expect(await queueIds(learner)).toEqual([]);
    expect(codeOf(await as(learner, () => gradeReview({ caseId, grade: "got" })))).toBe("conflict");
    expect(await queueIds(learner, inDays(1.01))).toEqual([caseId]);

    await db.reviewCard.update({ where: { userId_caseId: { userId: learner.id, caseId } }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await as(learner, () => gradeReview({ caseId, grade: "got" }))).toMatchObject({ ok: true, data: { intervalDays: 1 } });
    await db.reviewCard.update({ where: { userId_caseId: { userId: learner.id, caseId } }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await as(learner, () => gradeReview({ caseId, grade: "got" }))).toMatchObject({ ok: true, data: { intervalDays: 6 } });
    expect(await queueIds(learner, inDays(5))).toEqual([]);
    expect(await queueIds(learner, inDays(6.01))).toEqual([caseId]);
  });

  it("refuses a case the learner did not miss, another learner's miss, and bad input", async () => {
    const [learner, other] = await Promise.all([makeUser("resident"), makeUser("resident")]);
    const caseId = await missedUnknown(learner, wrong.id, 2);
    const right = await missedUnknown(learner, dx.id, 2);
    expect(codeOf(await as(learner, () => gradeReview({ caseId: right, grade: "got" })))).toBe("not_found");
    expect(codeOf(await as(other, () => gradeReview({ caseId, grade: "got" })))).toBe("not_found");
    expect(codeOf(await as(learner, () => gradeReview({ caseId, grade: "maybe" })))).toBe("invalid_input");
    session.viewer = null;
    expect(codeOf(await gradeReview({ caseId, grade: "got" }))).toBe("unauthenticated");
  });

  it("reads the queue in one statement of the dashboard's five, however many cases are due", async () => {
    const learner = await makeUser("resident");
    const count = () => statementsContaining("", () => getDashboard(learner));
    const before = await count();
    for (let index = 0; index < 7; index++) await missedUnknown(learner, wrong.id, 2);
    const dashboard = await getDashboard(learner);
    expect(dashboard.review.cards).toHaveLength(5);
    expect(dashboard.review.dueCount).toBe(7);
    expect(await count()).toBe(before);
    expect(await statementsContaining(`"ReviewCard"`, () => getDashboard(learner))).toBe(1);
    expect(before).toBe(5);
  });
});
