// Differentials, blind-first visibility, votes under concurrency and the reveal.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, makeCase, makeUser } from "../support/factories";
import { whileEventLockHeld } from "../support/event-lock";
import { statementsContaining } from "../support/statements";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { castVote, setPollState, revealCase, setVoterNamesVisible } = await import("@/lib/thinking/actions");
const { postDifferential, setSupport } = await import("@/lib/thinking/actions");
const { postComment } = await import("@/lib/discussion/actions");
const { getThinking } = await import("@/lib/thinking/queries");
const { getLearningRecord } = await import("@/lib/learning/queries");

let author: Viewer;
/** A case lead who is not the author: an admin (team leads and presenters: power.test.ts). A global educator is no lead (decision 031). */
let educator: Viewer;
const dx: Record<string, string> = {};

const as = actAs(session);

async function unknownCase(pollState: "not_open" | "open" | "closed" = "open") {
  const id = await makeCase(author, { status: "unknown" });
  await db.case.update({ where: { id }, data: { pollState } });
  return id;
}

beforeAll(async () => {
  [author, educator] = await Promise.all([makeUser("resident"), makeUser("admin")]);
  for (const [key, name] of [["tbmes", "Test TBMES"], ["avn", "Test osteonecrosis"], ["sif", "Test insufficiency fracture"], ["oom", "Test osteomyelitis"]] as const) {
    const row = await db.diagnosis.upsert({ where: { slug: `test-${key}` }, create: { slug: `test-${key}`, name, synonyms: [], category: "Other" }, update: {}, select: { id: true } });
    dx[key] = row.id;
  }
  await db.diagnosis.upsert({ where: { slug: "test-proposed" }, create: { slug: "test-proposed", name: "Test proposal", synonyms: [], category: "Proposed", status: "proposed" }, update: {} });
});
beforeEach(() => {
  session.viewer = null;
});

const entry = (key: string, rationale = "Fits the imaging.") => ({ diagnosisId: dx[key]!, rationale });

describe("blind first", () => {
  it("hides others' differentials and votes from a participant until they commit", async () => {
    const caseId = await unknownCase();
    const [first, second] = await Promise.all([makeUser(), makeUser()]);
    expect(await as(first, () => postDifferential({ caseId, entries: [entry("avn"), entry("tbmes")] }))).toMatchObject({ ok: true });
    expect(await as(first, () => castVote({ caseId, diagnosisId: dx.avn }))).toMatchObject({ ok: true });

    const blind = await getThinking(second, caseId);
    expect(blind).toMatchObject({ blind: true, group: null, distribution: null, committed: false });
    expect(JSON.stringify(blind)).not.toContain("Test osteonecrosis");

    await as(second, () => postDifferential({ caseId, entries: [entry("tbmes")] }));
    const committed = await getThinking(second, caseId);
    expect(committed?.blind).toBe(false);
    expect(committed?.group?.map((item) => [item.name, item.points, item.supporters])).toEqual([
      ["Test TBMES", 4 + 5, 2],
      ["Test osteonecrosis", 5, 1],
    ]);
    expect(committed?.distribution).toBeNull(); // differential posted but not voted, poll still open

    await as(second, () => castVote({ caseId, diagnosisId: dx.tbmes }));
    expect((await getThinking(second, caseId))?.distribution).toMatchObject({ total: 2 });
  });

  it("always shows everything to the author and to the case's other leads", async () => {
    const caseId = await unknownCase();
    const voter = await makeUser();
    await as(voter, () => castVote({ caseId, diagnosisId: dx.sif }));
    for (const lead of [author, educator]) {
      const view = await getThinking(lead, caseId);
      expect(view).toMatchObject({ blind: false, isLead: true });
      expect(view?.distribution?.items[0]).toMatchObject({ name: "Test insufficiency fracture", count: 1, percent: 100, voters: [voter.name] });
    }
  });

  it("shows the distribution to everyone once the poll closes, with voter names only if the case says so", async () => {
    const caseId = await unknownCase();
    const [voter, bystander] = await Promise.all([makeUser(), makeUser()]);
    await as(voter, () => castVote({ caseId, diagnosisId: dx.oom }));
    expect(await as(voter, () => setPollState({ caseId, state: "closed" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(author, () => setPollState({ caseId, state: "closed" }))).toMatchObject({ ok: true });
    const view = await getThinking(bystander, caseId);
    expect(view?.distribution?.items[0]).toMatchObject({ count: 1, voters: null });
    await as(educator, () => setVoterNamesVisible({ caseId, show: true }));
    expect((await getThinking(bystander, caseId))?.distribution?.items[0]?.voters).toEqual([voter.name]);
  });
});

describe("everyone else's thinking, shared between viewers (decision 025)", () => {
  const othersStatements = (read: () => Promise<unknown>) => statementsContaining('as "answerIds"', read);

  it("is read once per case event, and every change is seen at once", async () => {
    const caseId = await unknownCase();
    const voters = await Promise.all([makeUser(), makeUser()]);
    await as(voters[0]!, () => castVote({ caseId, diagnosisId: dx.avn }));
    expect(await othersStatements(() => getThinking(author, caseId))).toBe(1);
    // The other lead may see what the author sees: the same row, no statement.
    expect(await othersStatements(() => getThinking(educator, caseId))).toBe(0);
    expect((await getThinking(educator, caseId))?.distribution?.total).toBe(1);

    await as(voters[1]!, () => castVote({ caseId, diagnosisId: dx.sif }));
    expect((await getThinking(author, caseId))?.distribution?.items.map((item) => [item.name, item.count])).toEqual([
      ["Test insufficiency fracture", 1],
      ["Test osteonecrosis", 1],
    ]);
    await as(voters[1]!, () => postDifferential({ caseId, entries: [entry("tbmes")] }));
    expect((await getThinking(educator, caseId))?.group?.map((item) => item.name)).toEqual(["Test TBMES"]);
    await as(author, () => setPollState({ caseId, state: "closed" }));
    await as(educator, () => setVoterNamesVisible({ caseId, show: true }));
    expect((await getThinking(voters[0]!, caseId))?.distribution?.items.map((item) => item.voters)).toEqual([[voters[1]!.name], [voters[0]!.name]]);
  });

  it("keeps apart what viewers with different rights may see", async () => {
    const caseId = await unknownCase();
    const [voter, newcomer] = await Promise.all([makeUser(), makeUser()]);
    await as(voter, () => postDifferential({ caseId, entries: [entry("oom")] }));
    await as(voter, () => castVote({ caseId, diagnosisId: dx.oom }));
    // A blind viewer's read first (it selects nothing of the others), then a sighted one's.
    expect(await getThinking(newcomer, caseId)).toMatchObject({ blind: true, group: null });
    expect((await getThinking(educator, caseId))?.group?.map((item) => item.name)).toEqual(["Test osteomyelitis"]);
    const blind = await getThinking(newcomer, caseId);
    expect(blind).toMatchObject({ blind: true, group: null, distribution: null });
    expect(JSON.stringify(blind)).not.toContain("Test osteomyelitis");
    expect(JSON.stringify(blind)).not.toContain(voter.name);
  });
});

describe("votes", () => {
  it("refuses bad votes and changes nothing", async () => {
    const caseId = await unknownCase();
    const closed = await unknownCase("closed");
    const draft = await makeCase(author, { status: "draft" });
    const voter = await makeUser();
    const cases: Array<[unknown, string]> = [
      [{ caseId: closed, diagnosisId: dx.avn }, "forbidden"],
      [{ caseId: draft, diagnosisId: dx.avn }, "not_found"],
      [{ caseId, diagnosisId: "not-a-diagnosis" }, "invalid_input"],
      [{ caseId, diagnosisId: (await db.diagnosis.findUniqueOrThrow({ where: { slug: "test-proposed" } })).id }, "invalid_input"],
      [{ caseId, diagnosisId: dx.avn, diagnosisIds: [dx.avn, dx.sif] }, "invalid_input"],
      [{ caseId, diagnosisId: [dx.avn, dx.sif] }, "invalid_input"],
    ];
    for (const [input, code] of cases) expect(await as(voter, () => castVote(input))).toMatchObject({ ok: false, code });
    expect(await db.vote.count({ where: { userId: voter.id } })).toBe(0);
    session.viewer = null;
    expect(await castVote({ caseId, diagnosisId: dx.avn })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("counts 200 distinct concurrent voters exactly once each", async () => {
    const caseId = await unknownCase();
    const voters = await Promise.all(Array.from({ length: 200 }, () => makeUser()));
    const keys = ["tbmes", "avn", "sif", "oom"];
    const results = await Promise.all(voters.map((voter, index) => {
      session.viewer = voter;
      return castVote({ caseId, diagnosisId: dx[keys[index % 4]!] });
    }));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.vote.count({ where: { caseId } })).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "vote.cast", resourceId: caseId } })).toBe(200);
    expect((await getThinking(author, caseId))?.distribution?.items.map((item) => item.count)).toEqual([50, 50, 50, 50]);
  });

  it("sends only the head of each ranked list when asked, with the size of the whole", async () => {
    const caseId = await unknownCase();
    const voters = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    const keys = ["tbmes", "tbmes", "tbmes", "tbmes", "avn", "avn", "avn", "sif", "sif", "oom"];
    for (const [index, voter] of voters.entries()) {
      await as(voter, () => postDifferential({ caseId, entries: [entry(keys[index]!)] }));
      await as(voter, () => castVote({ caseId, diagnosisId: dx[keys[index]!]! }));
    }
    const whole = await getThinking(author, caseId);
    const head = await getThinking(author, caseId, { rows: 2 });
    expect(whole?.group?.map((item) => item.name)).toEqual(["Test TBMES", "Test osteonecrosis", "Test insufficiency fracture", "Test osteomyelitis"]);
    expect(head?.group).toEqual(whole?.group?.slice(0, 2));
    expect([head?.groupSize, whole?.groupSize]).toEqual([4, 4]);
    expect(head?.distribution).toEqual({ total: 10, diagnoses: 4, items: whole?.distribution?.items.slice(0, 2) });
    expect(head?.distribution?.items.map((item) => item.count)).toEqual([4, 3]);
  });

  it("leaves exactly one vote after 50 concurrent changes by one user", async () => {
    const caseId = await unknownCase();
    const voter = await makeUser();
    const keys = ["tbmes", "avn", "sif", "oom"];
    const results = await Promise.all(Array.from({ length: 50 }, (_, index) => {
      session.viewer = voter;
      return castVote({ caseId, diagnosisId: dx[keys[index % 4]!] });
    }));
    expect(results.every((result) => result.ok)).toBe(true);
    const votes = await db.vote.findMany({ where: { caseId } });
    expect(votes).toHaveLength(1);
    expect(Object.values(dx)).toContain(votes[0]!.diagnosisId);
  });

  it("writes the vote before it waits for the case's event lock, so only its event waits (decision 027)", async () => {
    const caseId = await unknownCase();
    const voter = await makeUser();
    const result = await whileEventLockHeld(caseId, () => as(voter, () => castVote({ caseId, diagnosisId: dx.avn })), async (tx, waiter) => {
      expect(waiter.xid).not.toBeNull();
      // Not visible to others until it commits, after the lock.
      expect(await tx.vote.count({ where: { caseId } })).toBe(0);
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.vote.count({ where: { caseId, userId: voter.id } })).toBe(1);
    expect(await db.caseActivity.count({ where: { caseId, kind: "vote_cast" } })).toBe(1);
  });
});

describe("differentials and support", () => {
  it("lands every comment and differential posted at once to one case: their locks are taken in one order", async () => {
    // Both take the case's row lock before its event lock (decision 027), so neither can wait for
    // the other in a cycle, which PostgreSQL would end by failing one of them.
    const caseId = await unknownCase();
    const posters = await Promise.all(Array.from({ length: 40 }, () => makeUser()));
    await db.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date(Date.now() - 60_000) } });
    const results = await Promise.all(posters.map((poster, index) => {
      session.viewer = poster;
      return index % 2 === 0
        ? postComment({ caseId, body: `Comment ${index}: the serial studies favour a stress reaction.` })
        : postDifferential({ caseId, entries: [entry(["tbmes", "avn", "sif", "oom"][index % 4]!)] });
    }));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(await db.comment.count({ where: { caseId } })).toBe(20);
    expect(await db.differentialEntry.count({ where: { caseId } })).toBe(20);
    expect(await db.caseActivity.count({ where: { caseId, kind: { in: ["comment_posted", "differential_posted"] } } })).toBe(40);
  });

  it("rejects more than 5 entries, over-long rationales, duplicates and foreign studies", async () => {
    const caseId = await unknownCase();
    const other = await makeCase(author);
    const foreignStudy = await db.study.findFirstOrThrow({ where: { caseId: other }, select: { id: true } });
    const user = await makeUser();
    const six = ["tbmes", "avn", "sif", "oom", "tbmes", "avn"].map((key) => entry(key));
    for (const entries of [
      six,
      [entry("avn", "x".repeat(2_001))],
      [entry("avn"), entry("avn")],
      [{ ...entry("avn"), studyIds: [foreignStudy.id] }],
      [{ diagnosisId: "nope", rationale: "x" }],
    ]) {
      expect(await as(user, () => postDifferential({ caseId, entries }))).toMatchObject({ ok: false });
    }
    expect(await db.differentialEntry.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps support counts equal to support rows after 500 concurrent toggles", async () => {
    const caseId = await unknownCase();
    const poster = await makeUser();
    await as(poster, () => postDifferential({ caseId, entries: [entry("avn")] }));
    const supporters = await Promise.all(Array.from({ length: 50 }, () => makeUser()));
    const toggles = Array.from({ length: 500 }, (_, index) => ({ user: supporters[index % 50]!, support: Math.floor(index / 50) % 2 === 0 || index % 3 === 0 }));
    const results = await Promise.all(toggles.map(({ user, support }) => {
      session.viewer = user;
      return setSupport({ caseId, diagnosisId: dx.avn, support });
    }));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await db.differentialSupport.count({ where: { caseId, diagnosisId: dx.avn } });
    const shown = (await getThinking(author, caseId))?.group?.find((item) => item.diagnosisId === dx.avn);
    expect(shown?.supporters).toBe(rows + 1); // the poster plus one per support row
    expect(shown?.supportedBy).toHaveLength(rows);
  });
});

describe("reveal", () => {
  it("lets only the author or a case lead reveal, once, and then shows each participant's result", async () => {
    const caseId = await unknownCase();
    const [right, wrong, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    await as(right, () => postDifferential({ caseId, entries: [entry("avn"), entry("sif"), entry("tbmes")] }));
    await as(right, () => castVote({ caseId, diagnosisId: dx.tbmes }));
    await as(wrong, () => castVote({ caseId, diagnosisId: dx.oom }));
    // It replaces the authored answer of the factory's case, so it says so (issue 26 item 2).
    const reveal = { caseId, diagnosisId: dx.tbmes, certainty: "certain", basis: "clinical_course", explanation: "Resolved without treatment.", confirmChanges: true };

    expect(await as(outsider, () => revealCase(reveal))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(author, () => revealCase({ ...reveal, diagnosisId: "nope" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(author, () => revealCase(reveal))).toMatchObject({ ok: true });
    expect(await as(educator, () => revealCase(reveal))).toMatchObject({ ok: false, code: "conflict" });

    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, pollState: true } });
    expect(kase).toEqual({ status: "resolved", pollState: "closed" });
    const mine = await getThinking(right, caseId);
    expect(mine?.results).toEqual([{ userId: right.id, name: right.name, vote: "Test TBMES", voteCorrect: true, inTop3: true }]);
    const theirs = await getThinking(wrong, caseId);
    expect(theirs?.results?.[0]).toMatchObject({ userId: wrong.id, voteCorrect: false, inTop3: false });
    expect((await getThinking(author, caseId))?.results).toHaveLength(2);
    expect(await as(right, () => castVote({ caseId, diagnosisId: dx.avn }))).toMatchObject({ ok: false, code: "forbidden" });

    // The learning record counts it (certain), for the learner and for an admin, not for a peer.
    expect(await getLearningRecord(right, right.id)).toMatchObject({ attempted: 1, counted: 1, voteAccuracy: 100, top3Accuracy: 100 });
    expect(await getLearningRecord(educator, wrong.id)).toMatchObject({ attempted: 1, counted: 1, voteAccuracy: 0, top3Accuracy: 0 });
    expect(await getLearningRecord(wrong, right.id)).toBeNull();
  });
});
