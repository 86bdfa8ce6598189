// Collections: who may open and change them, that they never widen a case's reach, ordering, the
// share link, and quizzes: nothing of the answer before the learner commits, scored after.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { forgetSearchCatalogue } from "@/lib/search/catalogue";
import { makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/lib/collections/actions");
const { getCollection, getQuizStep, listCollections } = await import("@/lib/collections/queries");

function as<T>(viewer: Viewer, run: () => Promise<T>): Promise<T> {
  session.viewer = viewer;
  return run();
}

async function create(owner: Viewer, data: Record<string, unknown> = {}) {
  const result = await as(owner, () => actions.createCollection({ title: "Foot and ankle unknowns", ...data }));
  if (!result.ok) throw new Error(result.message);
  return result.data.collectionId;
}

let owner: Viewer;
let learner: Viewer;
let dxName: string;

beforeAll(async () => {
  [owner, learner] = await Promise.all([makeUser("educator"), makeUser("resident")]);
  // Letters only: a suffix of digits ("903574") is a record number to the de-identification guard,
  // which refuses the collection note that names the entity.
  dxName = `Quiz entity ${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;
  await db.diagnosis.create({ data: { slug: `test-${dxName.replace(/ /g, "-")}`, name: dxName, synonyms: [`${dxName} alias`], category: "test" } });
  await db.diagnosis.create({ data: { slug: `test-wrong-${dxName.replace(/ /g, "-")}`, name: `Wrong ${dxName}`, synonyms: [], category: "test" } });
  forgetSearchCatalogue();
});

describe("collections", () => {
  it("are private by default, open to the team or everyone when shared, and by link", async () => {
    const member = await makeUser();
    const teamId = await makeTeam([[owner, "educator"], [member, "member"]]);
    const [ownerT, memberT] = await Promise.all([withTeamRoles(owner), withTeamRoles(member)]);
    const id = await create(ownerT);
    expect(await getCollection(learner, id)).toBeNull();
    expect(await getCollection(memberT, id)).toBeNull();

    expect((await as(ownerT, () => actions.updateCollection({ collectionId: id, title: "Team set", visibility: "team", teamId }))).ok).toBe(true);
    expect(await getCollection(memberT, id)).not.toBeNull();
    expect(await getCollection(learner, id)).toBeNull();
    expect((await listCollections(memberT)).map((entry) => entry.id)).toContain(id);

    const shared = await as(ownerT, () => actions.setShareLink({ collectionId: id, enabled: true }));
    const key = shared.ok ? shared.data.shareKey : null;
    expect(key).toBeTruthy();
    expect(await getCollection(learner, id, key)).not.toBeNull();
    expect((await getCollection(learner, id, key))?.shareKey).toBeNull();
    expect(await getCollection(learner, id, "wrong")).toBeNull();
    await as(ownerT, () => actions.setShareLink({ collectionId: id, enabled: false }));
    expect(await getCollection(learner, id, key)).toBeNull();

    // Only the owner changes it; a team outside the owner's is refused.
    expect((await as(memberT, () => actions.updateCollection({ collectionId: id, title: "Mine now", visibility: "public" }))).ok).toBe(false);
    const foreign = await as(learner, () => actions.createCollection({ title: "x", visibility: "team", teamId }));
    expect(foreign.ok ? null : foreign.code).toBe("invalid_input");
  });

  it("never shows a case beyond its own visibility, and keeps the owner's order", async () => {
    const member = await makeUser();
    const teamId = await makeTeam([[owner, "owner"], [member, "member"]]);
    const ownerT = await withTeamRoles(owner);
    const open = await makeCase(owner, { title: "Open case" });
    const teamCase = await makeCase(owner, { title: "Team case", visibility: "team", teamId });
    const unknown = await makeCase(owner, { title: "Secret title", status: "unknown" });
    const id = await create(ownerT, { visibility: "public", caseId: open });
    for (const caseId of [teamCase, unknown]) expect((await as(ownerT, () => actions.addToCollection({ collectionId: id, caseId }))).ok).toBe(true);
    // A case the adder may not see cannot be added.
    const hidden = await makeCase(member, { visibility: "team", teamId: await makeTeam([[member, "owner"]]) });
    expect((await as(ownerT, () => actions.addToCollection({ collectionId: id, caseId: hidden }))).ok).toBe(false);

    const seen = await getCollection(learner, id);
    expect(seen?.items.map((item) => item.title)).toEqual(["Open case", "Unknown case"]);
    expect(JSON.stringify(seen)).not.toContain("Team case");
    expect(JSON.stringify(seen)).not.toContain("Secret title");

    expect((await as(ownerT, () => actions.reorderCollection({ collectionId: id, caseIds: [unknown, teamCase, open] }))).ok).toBe(true);
    expect((await getCollection(ownerT, id))?.items.map((item) => item.caseId)).toEqual([unknown, teamCase, open]);
    expect((await as(ownerT, () => actions.reorderCollection({ collectionId: id, caseIds: [open, hidden] }))).ok).toBe(false);
    expect((await as(learner, () => actions.reorderCollection({ collectionId: id, caseIds: [open] }))).ok).toBe(false);
    await as(ownerT, () => actions.setCollectionNote({ collectionId: id, caseId: open, note: "Look at the talus" }));
    expect((await getCollection(learner, id))?.items.find((item) => item.caseId === open)?.note).toBe("Look at the talus");
  });
});

describe("a collection played as a quiz", () => {
  it("shows a resolved case as an unknown until the learner commits, then reveals and scores it", async () => {
    const resolved = await makeCase(owner, {
      title: "Title naming the answer", tags: ["giveaway"], status: "resolved",
      resolution: { diagnosis: dxName, certainty: "certain", basis: null, explanation: "Because.", teachingPoints: "Point zqteach." },
    });
    await db.study.create({ data: { caseId: resolved, position: 50, dayOffset: 90, modality: "CT", region: "Foot", findings: "Zqanswerstudy findings.", partOfAnswer: true } });
    const id = await create(owner, { visibility: "public", caseId: resolved });
    await as(owner, () => actions.setCollectionNote({ collectionId: id, caseId: resolved, note: `Classic ${dxName}` }));

    const before = await getQuizStep(learner, id, 0);
    const text = JSON.stringify(before);
    for (const secret of [dxName, "Title naming the answer", "giveaway", "zqteach", "Zqanswerstudy", "Because."]) expect(text).not.toContain(secret);
    expect(before?.committed).toBeNull();
    expect(before?.presentation).toBeTruthy();

    const refused = await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: resolved, final: "Not a diagnosis at all" }));
    expect(refused.ok).toBe(false);
    const answered = await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: resolved, final: `${dxName} alias`, differential: [`Wrong ${dxName}`] }));
    expect(answered).toEqual({ ok: true, data: { correct: true } });
    // A second commit changes nothing.
    await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: resolved, final: `Wrong ${dxName}` }));
    const after = await getQuizStep(learner, id, 0);
    expect(after?.committed).toMatchObject({ final: dxName, differential: [`Wrong ${dxName}`], correct: true });
    expect(after?.committed?.answer?.diagnosis).toBe(dxName);
    expect(after?.note).toBe(`Classic ${dxName}`);
    const { getLearningRecord } = await import("@/lib/learning/queries");
    expect((await getLearningRecord(learner, learner.id))?.quiz).toEqual({ answered: 1, scored: 1, correct: 1 });
  });

  it("never reveals or scores an unknown case the learner may not see the answer of", async () => {
    const unknown = await makeCase(owner, { status: "unknown", resolution: { diagnosis: dxName, certainty: "certain", basis: null, explanation: "", teachingPoints: "" } });
    const id = await create(owner, { visibility: "public", caseId: unknown });
    const answered = await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: unknown, final: dxName }));
    expect(answered).toEqual({ ok: true, data: { correct: null } });
    const step = await getQuizStep(learner, id, 0);
    expect(step?.committed?.answer).toBeNull();
    expect(JSON.stringify(step?.committed?.answer ?? null)).not.toContain("certain");
    // A private collection is not playable by others, whatever they post.
    const privateId = await create(owner, { caseId: unknown });
    expect((await as(learner, () => actions.commitQuizAnswer({ collectionId: privateId, caseId: unknown, final: dxName }))).ok).toBe(false);
    expect(await getQuizStep(learner, privateId, 0)).toBeNull();
  });
});
