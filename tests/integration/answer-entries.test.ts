// Timeline entries that are part of the answer (issue 26 item 1, decision 065): hidden until the
// reveal from everyone who may not see the answer, in every read that carries a case's timeline.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, makeCase, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postDifferential, revealCase } = await import("@/lib/thinking/actions");
const { postComment } = await import("@/lib/discussion/actions");
const { getCasePage, librarySelect, toLibraryItem } = await import("@/lib/cases/queries");
const { getCaseFile, getCaseForEdit } = await import("@/lib/cases/file");
const { readCasePage, loadCasePage, loadPublicCasePage } = await import("@/lib/pages/case-page");
const { getDiscussion } = await import("@/lib/discussion/queries");
const { getCaseImages } = await import("@/lib/imaging/queries");
const { canSeeStudyImages } = await import("@/lib/imaging/policy");
const { openCaseStream } = await import("@/lib/cases/stream");
const { sseStream } = await import("@/lib/live/sse");

/** The replayed events' subjects a viewer's stream sends for a case, read for a moment. */
async function streamedSubjects(viewer: Viewer, caseId: string): Promise<Array<string | null>> {
  const controller = new AbortController();
  const source = await openCaseStream(viewer, caseId, "0");
  const reader = sseStream(controller.signal, source!).getReader();
  let text = "";
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline && !text.includes("images_changed")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  await reader.cancel().catch(() => undefined);
  return [...text.matchAll(/^data: (.+)$/gm)].map((match) => JSON.parse(match[1]!) as { kind: string; subjectId: string | null })
    .filter((event) => event.kind === "images_changed").map((event) => event.subjectId);
}

let author: Viewer;
let peer: Viewer;
const as = actAs(session);
const SECRET_STUDY = "Marrow signal normal again: complete resolution";
const SECRET_EVENT = "Pain-free at twelve months";

/** An unknown case whose last study and last event are part of the answer. */
async function caseWithAnswerEntries(): Promise<{ caseId: string; hiddenStudyId: string; openStudyId: string }> {
  const caseId = await makeCase(author, {
    status: "unknown",
    timeline: [
      { type: "study", dayOffset: 0, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: "Talar marrow oedema.", impression: "", change: null },
      { type: "study", dayOffset: 183, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: SECRET_STUDY, impression: "", change: "resolution", partOfAnswer: true },
      { type: "event", dayOffset: 365, label: "+12 months", kind: "outcome", description: SECRET_EVENT, partOfAnswer: true },
    ],
  });
  const studies = await db.study.findMany({ where: { caseId }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  return { caseId, openStudyId: studies[0]!.id, hiddenStudyId: studies[1]!.id };
}

beforeAll(async () => {
  [author, peer] = await Promise.all([makeUser("resident"), makeUser()]);
});
beforeEach(() => {
  session.viewer = null;
});

describe("timeline entries that are part of the answer", () => {
  it("are absent from every read a participant gets (page, page assembler, export, comments and thinking views), and present for the author, marked", async () => {
    const { caseId, hiddenStudyId } = await caseWithAnswerEntries();
    const page = await getCasePage(peer, caseId);
    expect(page?.timeline.map((entry) => entry.type)).toEqual(["study"]);
    const assembled = await loadCasePage(peer, caseId);
    const exported = await getCaseFile(peer, caseId);
    for (const shown of [page, await readCasePage(peer, caseId), assembled, exported, await getDiscussion(peer, caseId)]) {
      const text = JSON.stringify(shown);
      expect(text).not.toContain(SECRET_STUDY);
      expect(text).not.toContain(SECRET_EVENT);
      expect(text).not.toContain(hiddenStudyId);
    }
    expect(exported?.case.timeline).toHaveLength(1);

    const own = await getCasePage(author, caseId);
    expect(own?.timeline.map((entry) => [entry.type, entry.partOfAnswer])).toEqual([["study", false], ["study", true], ["event", true]]);
    expect((await getCaseFile(author, caseId))?.case.timeline.filter((entry) => entry.partOfAnswer)).toHaveLength(2);
    // The edit form keeps the marks, so saving it again does not un-hide anything.
    expect((await getCaseForEdit(author, caseId))?.value.timeline.map((entry) => entry.partOfAnswer)).toEqual([false, true, true]);
  });

  it("cannot be cited before the reveal: a differential's supporting study or a comment's anchor", async () => {
    const { caseId, hiddenStudyId, openStudyId } = await caseWithAnswerEntries();
    const diagnosisId = await anyDiagnosis();
    expect(await as(peer, () => postDifferential({ caseId, entries: [{ diagnosisId, studyIds: [hiddenStudyId] }] }))).toMatchObject({
      ok: false, fieldErrors: { "entries.0.studyIds": [expect.any(String)] },
    });
    expect(await as(peer, () => postDifferential({ caseId, entries: [{ diagnosisId, studyIds: [openStudyId] }] }))).toMatchObject({ ok: true });
    expect(await as(peer, () => postComment({ caseId, body: "What does the later MRI show?", studyId: hiddenStudyId }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(author, () => postComment({ caseId, body: "Look at this one.", studyId: hiddenStudyId }))).toMatchObject({ ok: false, code: "invalid_input" });
  });

  it("hide their images: the case page's series and the image route's rule", async () => {
    const { caseId, hiddenStudyId, openStudyId } = await caseWithAnswerEntries();
    for (const studyId of [openStudyId, hiddenStudyId]) {
      await db.imageSeries.create({
        data: { studyId, caseId, name: `Series of ${studyId}`, position: 0, images: { create: { caseId, position: 0, fullKey: `test/${studyId}`, thumbKey: `test/${studyId}-t`, contentType: "image/png", width: 1, height: 1 } } },
      });
    }
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true } });
    expect(Object.keys(await getCaseImages(peer, kase))).toEqual([openStudyId]);
    expect(Object.keys(await getCaseImages(author, kase)).sort()).toEqual([openStudyId, hiddenStudyId].sort());
    // The case page reads its series in its one statement and keeps the same ones.
    expect(Object.keys((await loadCasePage(peer, caseId)).images)).toEqual([openStudyId]);
    expect(Object.keys((await loadCasePage(author, caseId)).images).sort()).toEqual([openStudyId, hiddenStudyId].sort());
    // Signed out, a public case shows the same images as to a peer; any other case shows none.
    expect(await loadPublicCasePage(caseId)).toBeNull();
    await db.case.update({ where: { id: caseId }, data: { visibility: "public" } });
    const publicPage = await loadPublicCasePage(caseId);
    expect(Object.keys(publicPage!.images)).toEqual([openStudyId]);
    expect(JSON.stringify(publicPage)).not.toContain(hiddenStudyId);
    expect(canSeeStudyImages(peer, kase, { needsReview: false, partOfAnswer: true }, null)).toBe(false);
    expect(canSeeStudyImages(author, kase, { needsReview: false, partOfAnswer: true }, null)).toBe(true);
    expect(canSeeStudyImages(peer, { ...kase, status: "resolved" }, { needsReview: false, partOfAnswer: true }, null)).toBe(true);
  });

  it("lose their id from the live stream's events for a participant", async () => {
    const { caseId, hiddenStudyId } = await caseWithAnswerEntries();
    await db.caseActivity.create({ data: { caseId, kind: "images_changed", subjectId: hiddenStudyId } });
    expect(await streamedSubjects(peer, caseId)).toEqual([null]);
    expect(await streamedSubjects(author, caseId)).toEqual([hiddenStudyId]);
  });

  it("leave the library card's study count and span until the reveal", async () => {
    const { caseId } = await caseWithAnswerEntries();
    // The library's own select and card, for this one case.
    const card = async () => toLibraryItem(peer, await db.case.findUniqueOrThrow({ where: { id: caseId }, select: librarySelect }));
    expect((await card())?.studyCount).toBe(1);
    await db.case.update({ where: { id: caseId }, data: { status: "resolved" } });
    expect((await card())?.studyCount).toBe(2);
  });

  it("appear for everyone once the case is revealed", async () => {
    const { caseId } = await caseWithAnswerEntries();
    const diagnosisId = await anyDiagnosis();
    const hidden = await db.study.findFirstOrThrow({ where: { caseId, partOfAnswer: true } });
    expect(await as(author, () => revealCase({ caseId, diagnosisId, certainty: "certain", basis: "clinical_course", explanation: "Settled.", confirmChanges: true }))).toMatchObject({ ok: true });
    const page = await getCasePage(peer, caseId);
    expect(JSON.stringify(page)).toContain(SECRET_STUDY);
    expect(page?.timeline).toHaveLength(3);
    expect(await as(peer, () => postComment({ caseId, body: "So that is what it was.", studyId: hidden.id }))).toMatchObject({ ok: true });
  });
});

async function anyDiagnosis(): Promise<string> {
  const row = await db.diagnosis.upsert({ where: { slug: "test-answer-entries" }, create: { slug: "test-answer-entries", name: "Test answer entries", synonyms: [], category: "Other" }, update: {}, select: { id: true } });
  return row.id;
}
