// Issue 25 item 4: every free text that can hold patient information passes the guard before it
// is saved. Flagged text is refused with its findings; saved with confirmation, the author's reason
// is in the audit trail in the same write. Real database; only the session and revalidatePath
// are replaced (as in discussion.test.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { makeCase, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postComment, editComment } = await import("@/lib/discussion/actions");
const { postDifferential } = await import("@/lib/thinking/actions");
const { importCaseFile } = await import("@/lib/cases/import");

let author: Viewer;
let alice: Viewer;
let caseId: string;
let diagnosisId: string;

beforeAll(async () => {
  [author, alice] = await Promise.all([makeUser("resident"), makeUser("clinician")]);
  caseId = await makeCase(author);
  diagnosisId = (await db.diagnosis.upsert({ where: { slug: "test-deid-sif" }, create: { slug: "test-deid-sif", name: "Test stress fracture", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
});

const overrides = (resourceId: string) =>
  db.auditEvent.findMany({ where: { resourceId, action: { startsWith: "identifiers." } }, select: { action: true, resourceType: true, actorId: true } });

describe("comments", () => {
  it("refuses a comment naming the patient, with the findings, and stores nothing", async () => {
    session.viewer = alice;
    const before = await db.comment.count({ where: { caseId } });
    const result = await postComment({ caseId, body: "John Smith was seen on 7/22 at Fairview General Hospital." });
    expect(result).toMatchObject({ ok: false, code: "identifiers_found" });
    const details = (result as { details: Array<{ field: string; kind: string; text: string }> }).details;
    expect(details.map((d) => [d.field, d.text])).toEqual([["body", "John Smith"], ["body", "7/22"], ["body", "Fairview General Hospital"]]);
    expect(await db.comment.count({ where: { caseId } })).toBe(before);
  });

  it("saves it with confirmation and records the reason in the trail", async () => {
    session.viewer = alice;
    const result = await postComment({ caseId, body: "Compare Dr Lisfranc's original 1815 description.", identifiersConfirmed: true, identifiersReason: "public_source" });
    if (!result.ok) throw new Error(result.message);
    expect(await overrides(result.data.commentId)).toEqual([{ action: "identifiers.override_public_source", resourceType: "comment", actorId: alice.id }]);
  });

  it("lets clinical language through without a confirmation or an override entry", async () => {
    session.viewer = alice;
    const result = await postComment({ caseId, body: "Lisfranc injury? T1 low signal at the 2nd metatarsal base, C5-C6 normal, review in 4 weeks." });
    if (!result.ok) throw new Error(result.message);
    expect(await overrides(result.data.commentId)).toEqual([]);
  });

  it("checks edits too", async () => {
    session.viewer = alice;
    const posted = await postComment({ caseId, body: "Marrow oedema of the talus." });
    if (!posted.ok) throw new Error(posted.message);
    const edit = await editComment({ commentId: posted.data.commentId, body: "Marrow oedema of the talus; her daughter Priyanka called." });
    expect(edit).toMatchObject({ ok: false, code: "identifiers_found" });
    const confirmed = await editComment({ commentId: posted.data.commentId, body: "Marrow oedema of the talus; her daughter Priyanka called.", identifiersConfirmed: true, identifiersReason: "consent" });
    expect(confirmed.ok).toBe(true);
    expect(await overrides(posted.data.commentId)).toEqual([{ action: "identifiers.override_consent", resourceType: "comment", actorId: alice.id }]);
  });
});

describe("differential rationales", () => {
  it("flags a rationale by its line and accepts it once confirmed", async () => {
    session.viewer = alice;
    const entries = [{ diagnosisId, rationale: "Same picture as Mrs Okonkwo last March 3rd", studyIds: [] }];
    const refused = await postDifferential({ caseId, entries });
    expect(refused).toMatchObject({ ok: false, code: "identifiers_found" });
    expect((refused as { details: Array<{ field: string }> }).details.map((d) => d.field)).toContain("entries.0.rationale");
    const saved = await postDifferential({ caseId, entries, identifiersConfirmed: true, identifiersReason: "not_identifying" });
    expect(saved.ok).toBe(true);
    expect(await db.auditEvent.count({ where: { resourceId: caseId, resourceType: "differential", action: "identifiers.override_not_identifying" } })).toBe(1);
  });
});

describe("imported cases", () => {
  it("records an import confirmed over findings", async () => {
    const { caseDraft } = await import("../support/factories");
    const { CASE_FILE_FORMAT } = await import("@/lib/cases/schema");
    const file = JSON.stringify({ format: CASE_FILE_FORMAT, version: 1, case: caseDraft({ presentation: "Patient Jane Doe, a runner, with midfoot pain." }) });
    const refused = await importCaseFile(author, file, false, null);
    expect(refused).toMatchObject({ ok: false, code: "identifiers_found" });
    const imported = await importCaseFile(author, file, true, null);
    if (!imported.ok) throw new Error(imported.message);
    expect(await overrides(imported.data.caseId)).toEqual([{ action: "identifiers.override_not_identifying", resourceType: "case", actorId: author.id }]);
  });
});
