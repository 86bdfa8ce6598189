// Issue 25 item 4, the texts guarded last: the reveal's explanation and teaching points, a
// collection's title, description and notes, a moderator's removal reason, series names and key
// image captions, and the case form with a reason. Each refuses flagged text with its findings and
// stores nothing; confirmed, it saves and the trail names the author's reason. Real database; only
// the session and revalidatePath are replaced. tests/architecture/guarded-texts.test.ts checks
// that no action stores text outside the gate.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, caseDraft, makeCase, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { revealCase } = await import("@/lib/thinking/actions");
const collections = await import("@/lib/collections/actions");
const { postComment, removeComment } = await import("@/lib/discussion/actions");
const { renameSeries, setKeyImage } = await import("@/lib/imaging/actions");
const { saveCase } = await import("@/lib/cases/actions");
const as = actAs(session);

const FLAGGED = "As Mrs Okonkwo told us at St Mary's Hospital on 7/22.";
const overrides = (resourceId: string) =>
  db.auditEvent.findMany({ where: { resourceId, action: { startsWith: "identifiers." } }, select: { action: true, resourceType: true } });
const refusedFields = (result: unknown) => {
  expect(result).toMatchObject({ ok: false, code: "identifiers_found" });
  return [...new Set((result as { details: Array<{ field: string }> }).details.map((finding) => finding.field))];
};

let author: Viewer;
let diagnosisId: string;
beforeAll(async () => {
  author = await makeUser("resident");
  diagnosisId = (await db.diagnosis.upsert({ where: { slug: "test-guarded-texts" }, create: { slug: "test-guarded-texts", name: "Test guarded texts entity", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
});

describe("the reveal", () => {
  it("checks the explanation and teaching points before anything is revealed", async () => {
    const caseId = await makeCase(author, { status: "unknown" });
    const reveal = { caseId, diagnosisId, certainty: "certain", basis: "histology", explanation: FLAGGED, teachingPoints: "- Callus at 6 weeks", confirmChanges: true } as const;
    expect(refusedFields(await as(author, () => revealCase(reveal)))).toEqual(["explanation"]);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).status).toBe("unknown");
    const saved = await as(author, () => revealCase({ ...reveal, identifiersConfirmed: true, identifiersReason: "consent" }));
    expect(saved).toMatchObject({ ok: true });
    expect(await overrides(caseId)).toEqual([{ action: "identifiers.override_consent", resourceType: "case" }]);
  });
});

describe("collections", () => {
  it("checks the title and description, and records a confirmed save", async () => {
    const refused = await as(author, () => collections.createCollection({ title: "Cases from Fairview General Hospital", description: FLAGGED }));
    expect(refusedFields(refused)).toEqual(["title", "description"]);
    expect(await db.collection.count({ where: { ownerId: author.id } })).toBe(0);
    const created = await as(author, () => collections.createCollection({ title: "Cases from Fairview General Hospital", identifiersConfirmed: true, identifiersReason: "not_identifying" }));
    if (!created.ok) throw new Error(created.message);
    const collectionId = created.data.collectionId;
    expect(await overrides(collectionId)).toEqual([{ action: "identifiers.override_not_identifying", resourceType: "collection" }]);

    const update = { collectionId, title: "Foot unknowns", description: FLAGGED, visibility: "private" } as const;
    expect(refusedFields(await as(author, () => collections.updateCollection(update)))).toEqual(["description"]);
    expect((await db.collection.findUniqueOrThrow({ where: { id: collectionId }, select: { description: true } })).description).toBe("");
    expect(await as(author, () => collections.updateCollection({ ...update, identifiersConfirmed: true, identifiersReason: "public_source" }))).toMatchObject({ ok: true });
    expect((await overrides(collectionId)).map((row) => row.action)).toContain("identifiers.override_public_source");
  });

  it("checks each case's note", async () => {
    const created = await as(author, () => collections.createCollection({ title: "Talus cases" }));
    if (!created.ok) throw new Error(created.message);
    const caseId = await makeCase(author);
    expect(await as(author, () => collections.addToCollection({ collectionId: created.data.collectionId, caseId }))).toMatchObject({ ok: true });
    const note = { collectionId: created.data.collectionId, caseId, note: "Ask John Smith about this one." };
    expect(refusedFields(await as(author, () => collections.setCollectionNote(note)))).toEqual(["note"]);
    expect((await db.collectionItem.findFirstOrThrow({ where: { collectionId: note.collectionId, caseId } })).note).toBe("");
    expect(await as(author, () => collections.setCollectionNote({ ...note, note: "Compare the talus with study 2." }))).toMatchObject({ ok: true });
    expect(await overrides(note.collectionId)).toEqual([]);
  });
});

describe("a moderator's removal reason", () => {
  it("is checked before the comment is removed", async () => {
    const caseId = await makeCase(author);
    const peer = await makeUser("clinician");
    const posted = await as(peer, () => postComment({ caseId, body: "Marrow oedema of the talus." }));
    if (!posted.ok) throw new Error(posted.message);
    const commentId = posted.data.commentId;
    expect(refusedFields(await as(author, () => removeComment({ commentId, reason: "Names the patient, Jane Doe" })))).toEqual(["reason"]);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { deletedAt: true } })).deletedAt).toBeNull();
    expect(await as(author, () => removeComment({ commentId, reason: "Off topic for this case" }))).toMatchObject({ ok: true });
  });
});

describe("series names and key image captions", () => {
  it("record the reason of a confirmed save in the trail", async () => {
    const caseId = await makeCase(author);
    const study = await db.study.findFirstOrThrow({ where: { caseId }, select: { id: true } });
    const series = await db.imageSeries.create({
      data: { studyId: study.id, caseId, name: "Sagittal STIR", position: 0, images: { create: { caseId, position: 0, fullKey: `test/${caseId}`, thumbKey: `test/${caseId}-t`, contentType: "image/png", width: 1, height: 1 } } },
      select: { id: true, images: { select: { id: true } } },
    });
    const imageId = series.images[0]!.id;
    expect(refusedFields(await as(author, () => renameSeries({ seriesId: series.id, name: "Smith, John 7/22" })))).toEqual(["name"]);
    expect(await as(author, () => renameSeries({ seriesId: series.id, name: "Smith, John 7/22", identifiersConfirmed: true, identifiersReason: "clinical_term" }))).toMatchObject({ ok: true });
    expect(await overrides(series.id)).toEqual([{ action: "identifiers.override_clinical_term", resourceType: "series" }]);
    expect(refusedFields(await as(author, () => setKeyImage({ imageId, isKey: true, caption: "Seen at Fairview General Hospital" })))).toEqual(["caption"]);
    expect(await as(author, () => setKeyImage({ imageId, isKey: true, caption: "Seen at Fairview General Hospital", identifiersConfirmed: true }))).toMatchObject({ ok: true });
    expect(await overrides(imageId)).toEqual([{ action: "identifiers.override_not_identifying", resourceType: "image" }]);
  });
});

describe("the case form", () => {
  it("records the author's chosen reason, not always 'not identifying'", async () => {
    const payload = caseDraft({ presentation: "Referred by Dr Lisfranc-Moreau with midfoot pain." });
    expect(await as(author, () => saveCase({ case: payload }))).toMatchObject({ ok: false, code: "identifiers_found" });
    const saved = await as(author, () => saveCase({ case: payload, identifiersConfirmed: true, identifiersReason: "public_source" }));
    if (!saved.ok) throw new Error(saved.message);
    expect(await overrides(saved.data.caseId)).toEqual([{ action: "identifiers.override_public_source", resourceType: "case" }]);
  });
});
