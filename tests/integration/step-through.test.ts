// Step-through unknowns (issue 26 item 1, decision 088): a learner sees the presentation and the
// first study, and each next study (with the events before it) only after committing a
// differential at the current step; each step's list is kept; one learner's progress unlocks
// nothing for anyone else; the case page stays a bounded number of statements.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import type { ActionResult } from "@/lib/core/result";
import type { CaseInput } from "@/lib/cases/schema";
import { identifyingDicom } from "@/lib/images/test-dicom";
import { statementsContaining } from "../support/statements";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { actAs, makeCase, makeTeam, makeUser, withTeamRoles } = await import("../support/factories");
const { postDifferential, revealCase } = await import("@/lib/thinking/actions");
const { postComment } = await import("@/lib/discussion/actions");
const { getComment, getDiscussion } = await import("@/lib/discussion/queries");
const { getCasePage, librarySelect, toLibraryItem } = await import("@/lib/cases/queries");
const { caseInput } = await import("@/lib/cases/schema");
const { getCaseFile } = await import("@/lib/cases/file");
const { loadCasePage } = await import("@/lib/pages/case-page");
const { getThinking } = await import("@/lib/thinking/queries");
const { searchCases } = await import("@/lib/search/queries");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { GET: getImage } = await import("@/app/api/images/[imageId]/route");
const { GET: getPixels } = await import("@/app/api/images/[imageId]/pixels/route");
const { GET: getThinkingRoute } = await import("@/app/api/cases/[caseId]/thinking/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { scheduleConference, addAgendaItem } = await import("@/lib/conferences/actions");
const { presenterCommand, joinConference } = await import("@/lib/conferences/live-actions");
const { setRevealConsent } = await import("@/lib/conferences/session-actions");
const { listSeriesAnnotations } = await import("@/lib/annotations/queries");
const { buildCaseArchive } = await import("@/lib/archive/export");
const { extractZip } = await import("@/lib/images/zip");

const as = actAs(session);
let author: Viewer;
let learner: Viewer;
let other: Viewer;

const FIRST = "Zqmarlin talar marrow oedema";
const BETWEEN = "Offloading in a boot, wqgiraffe";
const SECOND = "Xkpelican oedema now in the distal tibia";
const THIRD = "Vjotterhound marrow normal again";
const AFTER = "Pain-free at a year, ybsalamander";

/** A step-through unknown: three studies, an event between the first two, one after the last (then `more`). */
async function stepThroughCase(more: { timeline?: CaseInput["timeline"]; resolution?: CaseInput["resolution"] } = {}): Promise<{ caseId: string; studyIds: string[] }> {
  const caseId = await makeCase(author, {
    status: "unknown",
    stepThrough: true,
    timeline: [
      { type: "study", dayOffset: 0, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: FIRST, impression: "", change: null },
      { type: "event", dayOffset: 30, label: null, kind: "treatment", description: BETWEEN },
      { type: "study", dayOffset: 120, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: SECOND, impression: "", change: "progression" },
      { type: "study", dayOffset: 183, label: null, modality: "CT", region: "Ankle", technique: "", contrast: false, findings: THIRD, impression: "", change: "resolution" },
      { type: "event", dayOffset: 365, label: null, kind: "outcome", description: AFTER },
      ...(more.timeline ?? []),
    ],
    ...(more.resolution ? { resolution: more.resolution } : {}),
  });
  const studies = await db.study.findMany({ where: { caseId }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  return { caseId, studyIds: studies.map((study) => study.id) };
}

async function diagnosis(slug: string): Promise<string> {
  return (await db.diagnosis.upsert({ where: { slug }, create: { slug, name: `Test ${slug}`, synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
}

const commit = (viewer: Viewer, caseId: string, ...diagnosisIds: string[]) =>
  as(viewer, () => postDifferential({ caseId, entries: diagnosisIds.map((diagnosisId) => ({ diagnosisId })) }));

/** Everything a learner's browser gets of the case page: what the page renders and sends as RSC props. */
async function pageText(viewer: Viewer, caseId: string): Promise<string> {
  return JSON.stringify(await loadCasePage(viewer, caseId));
}

async function fetchImage(viewer: Viewer, imageId: string) {
  session.viewer = viewer;
  return getImage(new Request(`http://rounds.test/api/images/${imageId}`), { params: Promise.resolve({ imageId }) });
}
async function fetchPixels(viewer: Viewer, imageId: string) {
  session.viewer = viewer;
  return getPixels(new Request(`http://rounds.test/api/images/${imageId}/pixels`), { params: Promise.resolve({ imageId }) });
}

beforeAll(async () => {
  [author, learner, other] = await Promise.all([makeUser("resident"), makeUser(), makeUser()]);
});
beforeEach(() => {
  session.viewer = null;
});

describe("a step-through unknown", () => {
  it("shows a learner the presentation and the first study, then each next study with the events before it after each commit", async () => {
    const { caseId, studyIds } = await stepThroughCase();
    const [a, b, c] = await Promise.all([diagnosis("step-a"), diagnosis("step-b"), diagnosis("step-c")]);

    let text = await pageText(learner, caseId);
    expect(text).toContain(FIRST);
    for (const hidden of [BETWEEN, SECOND, THIRD, AFTER, studyIds[1]!, studyIds[2]!]) expect(text).not.toContain(hidden);
    expect((await getCasePage(learner, caseId))?.steps).toEqual({ step: 0, steps: 3, more: true });

    expect(await commit(learner, caseId, a, b)).toMatchObject({ ok: true, data: { stepped: true } });
    text = await pageText(learner, caseId);
    for (const shown of [FIRST, BETWEEN, SECOND]) expect(text).toContain(shown);
    for (const hidden of [THIRD, AFTER, studyIds[2]!]) expect(text).not.toContain(hidden);

    expect(await commit(learner, caseId, b, a)).toMatchObject({ ok: true, data: { stepped: true } });
    text = await pageText(learner, caseId);
    expect(text).toContain(THIRD);
    expect(text).not.toContain(AFTER);

    // At the last study: the commit unlocks the rest of the course.
    expect(await commit(learner, caseId, c)).toMatchObject({ ok: true, data: { stepped: true } });
    const page = await getCasePage(learner, caseId);
    expect(page?.timeline.map((entry) => entry.type)).toEqual(["study", "event", "study", "study", "event"]);
    expect(page?.steps).toEqual({ step: 3, steps: 3, more: false });

    // Each step's list is kept as committed, in rank order; later posts keep the last step as it was.
    expect(await commit(learner, caseId, a)).toMatchObject({ ok: true, data: { stepped: true } });
    expect(await commit(learner, caseId, b)).toMatchObject({ ok: true, data: { stepped: false } });
    const kept = await db.stepDifferential.findMany({ where: { caseId, userId: learner.id }, orderBy: { step: "asc" }, select: { step: true, diagnosisIds: true } });
    expect(kept).toEqual([{ step: 0, diagnosisIds: [a, b] }, { step: 1, diagnosisIds: [b, a] }, { step: 2, diagnosisIds: [c] }, { step: 3, diagnosisIds: [a] }]);

    // Having seen the whole course, the learner sees how their thinking moved.
    const thinking = await getThinking(learner, caseId);
    expect(thinking?.mySteps?.map((step) => [step.label, step.names])).toEqual([
      ["Study 1", ["Test step-a", "Test step-b"]], ["Study 2", ["Test step-b", "Test step-a"]], ["Study 3", ["Test step-c"]], ["Whole course", ["Test step-a"]],
    ]);
    expect(thinking?.mySteps?.[2]).toMatchObject({ added: ["Test step-c"], dropped: ["Test step-b", "Test step-a"] });
  });

  it("keeps the next study out of the export, the thinking API, search and the library card, and cannot be cited ahead", async () => {
    const { caseId, studyIds } = await stepThroughCase();
    const a = await diagnosis("step-a");
    const exported = JSON.stringify(await getCaseFile(learner, caseId));
    expect(exported).toContain(FIRST);
    expect(exported).not.toContain(SECOND);
    session.viewer = learner;
    const api = await (await getThinkingRoute(new Request(`http://rounds.test/api/cases/${caseId}/thinking`), { params: Promise.resolve({ caseId }) })).text();
    expect(api).not.toContain(studyIds[1]!);
    const found = async (viewer: Viewer, q: string) => (await searchCases(viewer, { q }, { facets: false })).items.filter((item) => item.id === caseId).length;
    expect(await found(learner, "xkpelican")).toBe(0);
    expect(await found(learner, "zqmarlin")).toBe(1);
    expect(await found(author, "xkpelican")).toBe(1);
    const card = toLibraryItem(learner, await db.case.findUniqueOrThrow({ where: { id: caseId }, select: librarySelect }));
    expect([card.studyCount, card.modalities]).toEqual([1, ["MRI"]]);
    expect(await as(learner, () => postDifferential({ caseId, entries: [{ diagnosisId: a, studyIds: [studyIds[1]!] }] }))).toMatchObject({
      ok: false, fieldErrors: { "entries.0.studyIds": [expect.any(String)] },
    });
  });

  it("serves the next study's images and pixels only after the commit", async () => {
    const { caseId, studyIds } = await stepThroughCase();
    session.viewer = author;
    const imageIds: string[] = [];
    for (const [index, studyId] of studyIds.slice(0, 2).entries()) {
      const uploadId = await uploadWhole({ startUpload, putChunk }, studyId, identifyingDicom({ seriesUid: `9.8.7.${index}`, sopUid: `9.8.7.${index}.1` }));
      await runIngest(uploadId, { final: true });
      imageIds.push((await db.image.findFirstOrThrow({ where: { series: { studyId } }, select: { id: true } })).id);
    }
    expect((await fetchImage(learner, imageIds[0]!)).status).toBe(200);
    expect((await fetchImage(learner, imageIds[1]!)).status).toBe(404);
    expect((await fetchPixels(learner, imageIds[1]!)).status).toBe(404);
    expect(Object.keys((await loadCasePage(learner, caseId)).images)).toEqual([studyIds[0]]);
    expect((await fetchImage(author, imageIds[1]!)).status).toBe(200);

    await commit(learner, caseId, await diagnosis("step-a"));
    expect((await fetchImage(learner, imageIds[1]!)).status).toBe(200);
    expect((await fetchPixels(learner, imageIds[1]!)).status).toBe(200);
    expect(Object.keys((await loadCasePage(learner, caseId)).images).sort()).toEqual(studyIds.slice(0, 2).sort());
    // Another learner's commit unlocked nothing for them.
    expect((await fetchImage(other, imageIds[1]!)).status).toBe(404);
  });

  it("unlocks nothing for anyone else: each learner's progress is their own, and others' thinking stays hidden until the end", async () => {
    const { caseId } = await stepThroughCase();
    const a = await diagnosis("step-a");
    await commit(learner, caseId, a);
    await commit(learner, caseId, a);
    expect((await getCasePage(learner, caseId))?.steps?.step).toBe(2);
    const otherPage = await pageText(other, caseId);
    expect(otherPage).not.toContain(SECOND);
    expect((await getCasePage(other, caseId))?.steps).toEqual({ step: 0, steps: 3, more: true });
    // Committed but not through the course: still blind to colleagues.
    expect((await getThinking(learner, caseId))?.blind).toBe(true);
    // The author is no learner: the whole timeline, no steps.
    const own = await getCasePage(author, caseId);
    expect(own?.steps).toBeNull();
    expect(own?.timeline).toHaveLength(5);
  });

  it("after the reveal shows everyone everything, and the group's steps in the summary", async () => {
    const { caseId } = await stepThroughCase();
    const [a, b] = await Promise.all([diagnosis("step-a"), diagnosis("step-b")]);
    await commit(learner, caseId, a);
    await commit(other, caseId, b);
    await commit(other, caseId, a);
    expect(await as(author, () => revealCase({ caseId, diagnosisId: a, certainty: "certain", basis: "clinical_course", explanation: "Settled.", confirmChanges: true }))).toMatchObject({ ok: true });
    expect((await getCasePage(other, caseId))?.timeline).toHaveLength(5);
    const thinking = await getThinking(learner, caseId);
    expect(thinking?.mySteps?.map((step) => step.label)).toEqual(["Study 1"]);
    expect(thinking?.groupSteps).toMatchObject({ labels: ["Study 1", "Study 2"], respondents: [2, 1] });
    expect(thinking?.groupSteps?.diagnoses.find((row) => row.name === "Test step-a")?.shares).toEqual([0.5, 1]);
  });

  it("withholds a comment about a study the learner has not unlocked: its words, its study and its slice, on the page and live", async () => {
    const { caseId, studyIds } = await stepThroughCase();
    const a = await diagnosis("step-a");
    const words = "Qzflamingo: the second MRI shows the oedema moving into the tibia";
    const posted = await as(author, () => postComment({ caseId, body: words, studyId: studyIds[1] }));
    expect(posted).toMatchObject({ ok: true });
    const commentId = (posted as { data: { commentId: string } }).data.commentId;
    const seen = async () => {
      const discussion = await getDiscussion(learner, caseId);
      const live = await getComment(learner, caseId, commentId);
      return { text: JSON.stringify({ discussion, live }), comment: discussion?.comments.find((comment) => comment.id === commentId), live };
    };
    const before = await seen();
    expect(before.text).not.toContain("Qzflamingo");
    expect(before.text).not.toContain(studyIds[1]);
    expect(before.comment).toMatchObject({ studyId: null, anchor: null, body: null });
    expect(before.comment?.html).toContain("cannot see yet");
    expect(before.live?.html).toContain("cannot see yet");
    // The author of the comment, and the learner once they unlock the study, read it.
    expect(JSON.stringify(await getDiscussion(author, caseId))).toContain("Qzflamingo");
    await commit(learner, caseId, a);
    const after = await seen();
    expect(after.comment?.html).toContain("Qzflamingo");
    expect(after.live?.studyId).toBe(studyIds[1]);
  });

  it("shows a learner the slice a comment points at once they have unlocked its study, on the page and live", async () => {
    const { caseId, studyIds } = await stepThroughCase();
    session.viewer = author;
    const uploadId = await uploadWhole({ startUpload, putChunk }, studyIds[1]!, identifyingDicom({ seriesUid: "9.8.5.1", sopUid: "9.8.5.1.1" }));
    await runIngest(uploadId, { final: true });
    const image = await db.image.findFirstOrThrow({ where: { series: { studyId: studyIds[1]! } }, select: { id: true, seriesId: true } });
    const posted = await as(author, () => postComment({ caseId, body: "Rtnewt: the line is here", anchor: { seriesId: image.seriesId, imageId: image.id, mark: { kind: "point", x: 0.5, y: 0.5 } } }));
    const commentId = (posted as { ok: true; data: { commentId: string } }).data.commentId;
    const anchorOf = async () => ({ page: (await getDiscussion(learner, caseId))?.comments.find((comment) => comment.id === commentId)?.anchor ?? null, live: (await getComment(learner, caseId, commentId))?.anchor ?? null });
    expect(await anchorOf()).toEqual({ page: null, live: null });
    await commit(learner, caseId, await diagnosis("step-a"));
    expect(await anchorOf()).toEqual({ page: expect.objectContaining({ seriesId: image.seriesId, imageId: image.id }), live: expect.objectContaining({ seriesId: image.seriesId, imageId: image.id }) });
  });

  it("keeps the case page's statements bounded however many steps learners have committed", async () => {
    const { caseId } = await stepThroughCase();
    const a = await diagnosis("step-a");
    const count = () => statementsContaining("", () => loadCasePage(learner, caseId));
    const before = await count();
    for (let step = 0; step < 4; step++) await commit(learner, caseId, a);
    for (let step = 0; step < 3; step++) await commit(other, caseId, a);
    expect(await count()).toBeLessThanOrEqual(before + 1);
    expect(before).toBeLessThanOrEqual(6);
  });

  it("is a setting of unknown cases only, with at least two studies to step through", () => {
    const base = { title: "Ankle pain", presentation: "Pain.", ageBand: "30–34", sex: "female", region: "Ankle", resolution: { diagnosis: "Something" } };
    const study = (partOfAnswer = false) => ({ type: "study", dayOffset: 0, modality: "MRI", region: "Ankle", findings: "Oedema.", partOfAnswer });
    expect(caseInput.safeParse({ ...base, status: "open", stepThrough: true, timeline: [study(), study()] }).error?.issues[0]?.path).toEqual(["stepThrough"]);
    expect(caseInput.safeParse({ ...base, status: "unknown", stepThrough: true, timeline: [study(), study(true)] }).error?.issues[0]?.path).toEqual(["stepThrough"]);
    expect(caseInput.safeParse({ ...base, status: "unknown", stepThrough: true, timeline: [study(), study()] }).success).toBe(true);
  });
});

// Decision 093: a conference's reveal shows its attendees the answer (issue 26 item 9, decision
// 068), and with it the whole course: the one rule unlocks every step and every answer entry for
// them, on every read that applies it. Nobody else's view moves.
describe("a step-through unknown revealed at a conference", () => {
  const ANSWER_STUDY = "Ubkestrel biopsy shows a reparative marrow pattern";
  const ANSWER_EVENT = "Qrwombat settled without surgery";
  const EXPLANATION = "Jnmoose: the oedema migrated, then resolved on its own";

  function unwrap<T>(result: ActionResult<T>): T {
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    return result.data;
  }

  /**
   * The case with a study and an event that are part of the answer, on a teaching conference's
   * agenda with its author's `consent`; the attendee joins. People: the presenter, the attendee,
   * a team member who did not join (absent), and `other`, a learner from outside the team.
   */
  async function onAgenda(consent: "none" | "room") {
    const people = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const teamId = await makeTeam([[people[0]!, "coordinator"], [people[1]!, "member"], [people[2]!, "member"], [people[3]!, "member"]]);
    const [coordinator, presenter, attendee, absent] = await Promise.all(people.map(withTeamRoles));
    const { caseId, studyIds } = await stepThroughCase({
      timeline: [
        { type: "study", dayOffset: 400, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: ANSWER_STUDY, impression: "", change: null, partOfAnswer: true },
        { type: "event", dayOffset: 420, label: null, kind: "outcome", description: ANSWER_EVENT, partOfAnswer: true },
      ],
      resolution: { diagnosis: "Transient bone marrow oedema", certainty: "certain", basis: "clinical_course", explanation: EXPLANATION, teachingPoints: "" },
    });
    const conferenceId = unwrap(await as(coordinator!, () => scheduleConference({
      kind: "teaching", teamId, title: "Step-through rounds", startsAt: "2030-03-01T09:00:00Z", durationMinutes: 60,
      location: "", videoUrl: "", presenterId: presenter!.id, chairId: "",
    }))).conferenceId;
    const itemId = unwrap(await as(coordinator!, () => addAgendaItem({ conferenceId, caseId, revealConsent: "none" }))).itemId;
    if (consent !== "none") unwrap(await as(author, () => setRevealConsent({ itemId, revealConsent: consent })));
    unwrap(await as(attendee!, () => joinConference({ conferenceId })));
    const command = (name: "start" | "reveal" | "end") => as(presenter!, () => presenterCommand({ conferenceId, command: name })).then(unwrap);
    return { caseId, studyIds, conferenceId, presenter: presenter!, attendee: attendee!, absent: absent!, command };
  }

  /** One image on each of the second study (a later step) and the answer study, and the series of the first. */
  async function imagesOf(studyIds: string[]) {
    session.viewer = author;
    const ids: string[] = [];
    for (const [index, studyId] of [studyIds[1]!, studyIds[3]!].entries()) {
      const uploadId = await uploadWhole({ startUpload, putChunk }, studyId, identifyingDicom({ seriesUid: `9.8.6.${index}`, sopUid: `9.8.6.${index}.1` }));
      await runIngest(uploadId, { final: true });
      ids.push((await db.image.findFirstOrThrow({ where: { series: { studyId } }, select: { id: true } })).id);
    }
    const [later, answer] = ids as [string, string];
    return { later, answer };
  }

  const stepOf = async (viewer: Viewer, caseId: string) => (await getCasePage(viewer, caseId))?.steps ?? null;
  const LOCKED = [BETWEEN, SECOND, THIRD, AFTER, ANSWER_STUDY, ANSWER_EVENT, EXPLANATION];

  it("shows its attendees every study and the answer's entries on the case page, and serves them its images; nobody else", async () => {
    const room = await onAgenda("room");
    const { caseId, studyIds } = room;
    const images = await imagesOf(studyIds);
    const answerStudy = studyIds[3]!;
    expect(await stepOf(room.attendee, caseId)).toEqual({ step: 0, steps: 3, more: true });
    const count = (viewer: Viewer) => statementsContaining("", () => loadCasePage(viewer, caseId));
    const absentBefore = await count(room.absent);

    await room.command("start");
    await room.command("reveal");

    // The attendee (a joined participant) and the presenter: the whole course, the answer, no steps.
    for (const viewer of [room.attendee, room.presenter]) {
      const text = await pageText(viewer, caseId);
      for (const shown of [FIRST, ...LOCKED]) expect(text).toContain(shown);
      const page = await loadCasePage(viewer, caseId);
      expect(page.kase?.steps).toBeNull();
      expect(page.kase?.timeline).toHaveLength(7);
      expect(page.kase).toMatchObject({ answerHidden: false, answer: { explanation: EXPLANATION } });
      expect(Object.keys(page.images).sort()).toEqual([studyIds[1]!, answerStudy].sort());
      expect((await fetchImage(viewer, images.later)).status).toBe(200);
      expect((await fetchPixels(viewer, images.later)).status).toBe(200);
      expect((await fetchPixels(viewer, images.answer)).status).toBe(200);
    }
    // The case stays unknown; a team member who did not attend, and a learner from outside, are where they were.
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })).toEqual({ status: "unknown" });
    for (const viewer of [room.absent, other]) {
      const text = await pageText(viewer, caseId);
      expect(text).toContain(FIRST);
      for (const hidden of [...LOCKED, studyIds[1]!, answerStudy]) expect(text).not.toContain(hidden);
      expect(await stepOf(viewer, caseId)).toEqual({ step: 0, steps: 3, more: true });
      expect(Object.keys((await loadCasePage(viewer, caseId)).images)).toEqual([]);
      expect((await fetchImage(viewer, images.later)).status).toBe(404);
      expect((await fetchPixels(viewer, images.later)).status).toBe(404);
      expect((await fetchPixels(viewer, images.answer)).status).toBe(404);
    }

    // The fact rides in the case page's one read: no statement more for anyone (the attendee's
    // answer is the one read the page always makes for a viewer who may see it).
    expect(await count(room.absent)).toBeLessThanOrEqual(absentBefore);
    expect(await count(room.attendee)).toBeLessThanOrEqual(absentBefore + 1);
    expect(await statementsContaining('as "answerShown"', () => loadCasePage(room.attendee, caseId))).toBe(1);

    // Once the conference has ended, the room still saw what it saw.
    await room.command("end");
    expect((await fetchPixels(room.attendee, images.later)).status).toBe(200);
    expect(await stepOf(room.attendee, caseId)).toBeNull();
  });

  it("unlocks the thinking API, the export, the archive, comments and secret marks for its attendees only", async () => {
    const room = await onAgenda("room");
    const { caseId, studyIds } = room;
    const images = await imagesOf(studyIds);
    const series = await db.image.findUniqueOrThrow({ where: { id: images.later }, select: { seriesId: true } });
    await db.imageAnnotation.create({ data: { imageId: images.later, caseId, authorId: author.id, kind: "label", geometry: { x: 0.5, y: 0.5 }, text: "Zvbadger secret mark", secret: true } });
    const words = "Pqlynx: the third study shows it settling";
    const commentId = unwrap(await as(author, () => postComment({ caseId, body: words, studyId: studyIds[2] }))).commentId;
    // The attendee had taken a step before the session: their list comes back to them with the course.
    await commit(room.attendee, caseId, await diagnosis("step-a"));
    await room.command("start");
    await room.command("reveal");

    const thinking = async (viewer: Viewer) => {
      session.viewer = viewer;
      return (await (await getThinkingRoute(new Request(`http://rounds.test/api/cases/${caseId}/thinking`), { params: Promise.resolve({ caseId }) })).json()) as Record<string, unknown>;
    };
    expect(await thinking(room.attendee)).toMatchObject({ stepping: null, knowsAnswer: true, canPostDifferential: false, mySteps: [{ label: "Study 1", names: ["Test step-a"] }] });
    expect(await thinking(room.absent)).toMatchObject({ stepping: { step: 0, steps: 3, more: true }, knowsAnswer: false, canPostDifferential: true });

    const exported = JSON.stringify(await getCaseFile(room.attendee, caseId));
    for (const shown of [THIRD, ANSWER_STUDY, ANSWER_EVENT, EXPLANATION]) expect(exported).toContain(shown);
    const elsewhere = JSON.stringify(await getCaseFile(room.absent, caseId));
    for (const hidden of [SECOND, ANSWER_STUDY, EXPLANATION]) expect(elsewhere).not.toContain(hidden);

    // The archive carries the images of the studies its file carries: the answer study's too.
    const manifestOf = async (viewer: Viewer) => {
      const archive = await buildCaseArchive(viewer, caseId);
      const entry = (await extractZip(archive!.zip)).find((file) => file.path === "images.json")!;
      return JSON.parse(Buffer.from(entry.bytes).toString()) as { studies: Array<{ timelineIndex: number; series: Array<{ images: Array<{ annotations: Array<{ text: string }> }> }> }> };
    };
    const manifest = await manifestOf(room.attendee);
    expect(manifest.studies).toHaveLength(2);
    expect(JSON.stringify(manifest)).toContain("Zvbadger");
    expect((await manifestOf(room.absent)).studies).toHaveLength(0);

    const discussion = async (viewer: Viewer) => JSON.stringify({ page: await getDiscussion(viewer, caseId), live: await getComment(viewer, caseId, commentId) });
    expect(await discussion(room.attendee)).toContain("Pqlynx");
    expect((await getComment(room.attendee, caseId, commentId))?.studyId).toBe(studyIds[2]);
    expect(await discussion(room.absent)).not.toContain("Pqlynx");

    expect(JSON.stringify(await listSeriesAnnotations(room.attendee, series.seriesId))).toContain("Zvbadger");
    expect(await listSeriesAnnotations(room.absent, series.seriesId)).toBeNull();
  });

  it("unlocks nothing where the author did not allow the answer to the room: the attendee still steps", async () => {
    const room = await onAgenda("none");
    const { caseId, studyIds } = room;
    await room.command("start");
    await room.command("reveal");
    expect(await db.agendaItem.findFirstOrThrow({ where: { conferenceId: room.conferenceId }, select: { answerReleased: true } })).toEqual({ answerReleased: false });
    await room.command("end");
    const text = await pageText(room.attendee, caseId);
    for (const hidden of [...LOCKED, studyIds[1]!, studyIds[3]!]) expect(text).not.toContain(hidden);
    expect(await stepOf(room.attendee, caseId)).toEqual({ step: 0, steps: 3, more: true });
    expect(JSON.stringify(await getCaseFile(room.attendee, caseId))).not.toContain(THIRD);
  });
});
