// Comments anchored to a slice (issue 24 item 4, decision 071): validation of the anchor, who may
// post one, and the secrecy of what it points at: a reader who may not see a series' images (part
// of an unknown case's answer, awaiting review, a conference stage not reached) gets no id, no
// image URL, no series name, neither from the anchor nor from a slice link in the text.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, makeCase, makeTeam, makeUser, withTeams } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postComment, editComment } = await import("@/lib/discussion/actions");
const { getDiscussion, getComment, getCommentHistory } = await import("@/lib/discussion/queries");
const { loadCasePage } = await import("@/lib/pages/case-page");

let author: Viewer;
let peer: Viewer;
const as = actAs(session);
const HIDDEN_SERIES = "Healed STIR sagittal";
const HIDDEN_CAPTION = "Complete resolution of the oedema";

/** A series of `slices` images on a study, written directly (the upload path has its own tests). */
async function addSeries(caseId: string, studyId: string, name: string, slices = 3, caption = "") {
  return db.imageSeries.create({
    data: {
      studyId, caseId, name, position: 0,
      images: { create: Array.from({ length: slices }, (_, position) => ({ caseId, position, fullKey: `k/${name}/${position}`, thumbKey: `t/${name}/${position}`, contentType: "image/png", width: 200, height: 100, caption })) },
    },
    select: { id: true, studyId: true, images: { orderBy: { position: "asc" }, select: { id: true } } },
  });
}

/** A case with an open first study and a last study that is part of the answer, each with a series. */
async function caseWithSeries(status: "open" | "unknown" = "unknown") {
  const caseId = await makeCase(author, {
    status,
    timeline: [
      { type: "study", dayOffset: 0, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: "Talar marrow oedema.", impression: "", change: null },
      { type: "study", dayOffset: 183, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: "Normal again.", impression: "", change: "resolution", partOfAnswer: true },
    ],
  });
  const [first, last] = await db.study.findMany({ where: { caseId }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  const open = await addSeries(caseId, first!.id, "STIR sagittal");
  const hidden = await addSeries(caseId, last!.id, HIDDEN_SERIES, 2, HIDDEN_CAPTION);
  return { caseId, open, hidden };
}

const post = (viewer: Viewer, caseId: string, body: string, anchor: unknown, extra: Record<string, unknown> = {}) =>
  as(viewer, () => postComment({ caseId, body, anchor, ...extra }));

beforeAll(async () => {
  [author, peer] = await Promise.all([makeUser("resident"), makeUser()]);
});
beforeEach(() => {
  session.viewer = null;
});

describe("posting a comment anchored to a slice", () => {
  it("stores the series, the slice and a point; the study is the series' own, so the study filter finds it", async () => {
    const { caseId, open } = await caseWithSeries("open");
    const posted = await post(peer, caseId, "The subchondral line here.", { seriesId: open.id, imageId: open.images[1]!.id, mark: { kind: "point", x: 0.4, y: 0.25 } });
    expect(posted.ok).toBe(true);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: posted.ok ? posted.data.commentId : "" }, select: { studyId: true, seriesId: true, imageId: true, anchorMark: true } });
    expect(stored).toEqual({ studyId: open.studyId, seriesId: open.id, imageId: open.images[1]!.id, anchorMark: { kind: "point", x: 0.4, y: 0.25 } });
    await post(peer, caseId, "Not anchored.", null);

    const filtered = await getDiscussion(peer, caseId, { studyId: open.studyId });
    expect(filtered?.comments.map((comment) => comment.anchor)).toEqual([
      { seriesId: open.id, seriesName: "STIR sagittal", imageId: open.images[1]!.id, imageVersion: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/), slice: 2, width: 200, height: 100, mark: { kind: "point", x: 0.4, y: 0.25 } },
    ]);
    expect(filtered?.studies.find((study) => study.id === open.studyId)?.commentCount).toBe(1);
  });

  it("refuses a mark off the slice, a mark without its slice, and a study that is not the series' own", async () => {
    const { caseId, open } = await caseWithSeries("open");
    const imageId = open.images[0]!.id;
    for (const mark of [{ kind: "point", x: 1.2, y: 0.5 }, { kind: "box", x: 0.8, y: 0.1, w: 0.5, h: 0.2 }, { kind: "circle", x: 0.5, y: 0.5 }]) {
      expect(await post(peer, caseId, "Here.", { seriesId: open.id, imageId, mark })).toMatchObject({ ok: false, code: "invalid_input" });
    }
    expect(await post(peer, caseId, "Here.", { seriesId: open.id, mark: { kind: "point", x: 0.5, y: 0.5 } })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { "anchor.mark": ["A point or a box needs its slice."] } });
    const otherStudy = await db.study.create({ data: { caseId, position: 9, dayOffset: 20, modality: "CT", region: "Ankle" }, select: { id: true } });
    expect(await post(peer, caseId, "Here.", { seriesId: open.id, imageId }, { studyId: otherStudy.id })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { studyId: ["That series belongs to another study than the one this comment is about."] } });
    expect(await db.comment.count({ where: { caseId } })).toBe(0);
  });

  it("answers a series or slice of another case as not found, and a slice of another series too", async () => {
    const { caseId, open } = await caseWithSeries("open");
    const other = await caseWithSeries("open");
    expect(await post(peer, caseId, "Here.", { seriesId: other.open.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await post(peer, caseId, "Here.", { seriesId: open.id, imageId: other.open.images[0]!.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses an anchor to a study hidden with the unknown case's answer, with the words of a foreign id; its author may anchor it", async () => {
    const { caseId, hidden, open } = await caseWithSeries("unknown");
    const refused = await post(peer, caseId, "Look at this.", { seriesId: hidden.id, imageId: hidden.images[0]!.id });
    const foreign = await post(peer, caseId, "Look at this.", { seriesId: "cnotaseriesofthiscase" });
    expect(refused).toMatchObject({ ok: false, code: "not_found" });
    expect(refused.ok ? "" : refused.message).toBe(foreign.ok ? "" : foreign.message);
    expect(refused.ok ? "" : refused.message).toMatch(/not yours to see/);
    // Awaiting review: the same for anyone but the case's editors.
    await db.image.update({ where: { id: open.images[2]!.id }, data: { needsReview: true } });
    expect(await post(peer, caseId, "Here.", { seriesId: open.id, imageId: open.images[2]!.id })).toMatchObject({ ok: false, code: "not_found" });
    expect((await post(author, caseId, "The answer's study, for later.", { seriesId: hidden.id, imageId: hidden.images[1]!.id, mark: { kind: "box", x: 0.1, y: 0.1, w: 0.3, h: 0.3 } })).ok).toBe(true);
  });
});

describe("what a reader gets of an anchor", () => {
  it("never leaks a hidden study's series, slice or caption to a reader who may not see it: not in the discussion, the live comment, the page or a slice link", async () => {
    const { caseId, hidden, open } = await caseWithSeries("unknown");
    const body = `Compare [[slice:${open.id}/2]] with [[slice:${hidden.id}/1]].`;
    const posted = await post(author, caseId, body, { seriesId: hidden.id, imageId: hidden.images[0]!.id, mark: { kind: "point", x: 0.5, y: 0.5 } });
    expect(posted.ok).toBe(true);
    const commentId = posted.ok ? posted.data.commentId : "";

    const shown = [await getDiscussion(peer, caseId), await getComment(peer, caseId, commentId), (await loadCasePage(peer, caseId)).discussion,
      await getDiscussion(peer, caseId, { studyId: hidden.studyId })];
    for (const view of shown) {
      const text = JSON.stringify(view);
      for (const secret of [hidden.id, hidden.studyId, ...hidden.images.map((image) => image.id), HIDDEN_SERIES, HIDDEN_CAPTION]) expect(text).not.toContain(secret);
    }
    const seen = await getComment(peer, caseId, commentId);
    expect(seen?.anchor).toBeNull();
    expect(seen?.studyId).toBeNull();
    // A comment about a study the reader may not see is withheld whole: it is part of the answer too.
    expect(seen?.html).toContain("cannot see yet");
    expect(seen?.html).not.toContain("Compare");

    const authors = await getComment(author, caseId, commentId);
    expect(authors?.anchor).toMatchObject({ seriesId: hidden.id, imageId: hidden.images[0]!.id, slice: 1, seriesName: HIDDEN_SERIES });
    expect(authors?.html).toContain(`?series=${hidden.id}&amp;slice=1`);

    // After the reveal the reader sees it all.
    await db.case.update({ where: { id: caseId }, data: { status: "resolved" } });
    expect((await getComment(peer, caseId, commentId))?.anchor?.seriesId).toBe(hidden.id);
  });

  it("drops an anchor from the reader once its series goes back to review, and counts slices as the reader sees them", async () => {
    const { caseId, open } = await caseWithSeries("open");
    await db.image.update({ where: { id: open.images[0]!.id }, data: { needsReview: true } });
    const posted = await post(author, caseId, "Third slice.", { seriesId: open.id, imageId: open.images[2]!.id });
    const commentId = posted.ok ? posted.data.commentId : "";
    expect((await getComment(author, caseId, commentId))?.anchor?.slice).toBe(3);
    expect((await getComment(peer, caseId, commentId))?.anchor?.slice).toBe(2);
    await db.imageSeries.update({ where: { id: open.id }, data: { needsReview: true } });
    expect((await getComment(peer, caseId, commentId))?.anchor).toBeNull();
    expect(JSON.stringify(await getDiscussion(peer, caseId))).not.toContain(open.id);
  });

  it("keeps a slice link plain in the edit history", async () => {
    const { caseId, open } = await caseWithSeries("open");
    const posted = await post(peer, caseId, `See [[slice:${open.id}/3]].`, null);
    const commentId = posted.ok ? posted.data.commentId : "";
    expect((await as(peer, () => editComment({ commentId, body: "Changed my mind." }))).ok).toBe(true);
    const history = await getCommentHistory(peer, caseId, commentId);
    expect(history?.[0]?.bodyHtml).toBe("<p>See slice 3.</p>");
  });
});

describe("a live conference's audience", () => {
  it("may not anchor to, nor see anchors on, a study the presenter has not reached", async () => {
    const presenter = await makeUser("educator");
    const teamId = await makeTeam([[author, "owner"], [peer, "member"]], { name: "Anchor teaching" });
    const { caseId, open } = await caseWithSeries("open");
    const second = await db.study.findFirstOrThrow({ where: { caseId, partOfAnswer: true }, select: { id: true } });
    await db.study.update({ where: { id: second.id }, data: { partOfAnswer: false } });
    const later = await addSeries(caseId, second.id, "Follow-up STIR");
    const attendee = await withTeams(peer);
    const conference = await db.conference.create({
      data: {
        kind: "teaching", teamId, title: "Ankle teaching", startsAt: new Date(), durationMinutes: 60, joinCode: `A${Date.now().toString(36).toUpperCase()}`,
        presenterId: presenter.id, createdById: presenter.id, startedAt: new Date(), items: { create: { caseId, position: 0, reachedStep: 1 } },
      },
      select: { id: true },
    });
    const refused = await post(attendee, caseId, "Next study?", { seriesId: later.id, imageId: later.images[0]!.id });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(refused.ok ? "" : refused.message).toMatch(/conference has not reached/);
    expect((await post(attendee, caseId, "First study.", { seriesId: open.id, imageId: open.images[0]!.id })).ok).toBe(true);

    const ahead = await post(author, caseId, `Wait for [[slice:${later.id}/1]].`, { seriesId: later.id, imageId: later.images[0]!.id });
    const aheadId = ahead.ok ? ahead.data.commentId : "";
    const text = JSON.stringify(await getDiscussion(attendee, caseId));
    expect(text).not.toContain(later.id);
    expect(text).not.toContain(later.images[0]!.id);
    expect((await getComment(attendee, caseId, aheadId))?.html).toBe("<p>Wait for slice 1.</p>");

    await db.agendaItem.updateMany({ where: { conferenceId: conference.id }, data: { reachedStep: 2 } });
    expect((await getComment(attendee, caseId, aheadId))?.anchor?.seriesId).toBe(later.id);
    await db.conference.update({ where: { id: conference.id }, data: { endedAt: new Date() } });
  });
});

describe("the case page's reads", () => {
  it("stay bounded with anchored comments: no statement more, whatever their number (the page's read carries the reader's conference gate)", async () => {
    const { onQuery } = await import("@/lib/core/db");
    const statements = async (viewer: Viewer, caseId: string) => {
      let queries = 0;
      const stop = onQuery(() => queries++);
      await loadCasePage(viewer, caseId);
      stop();
      return queries;
    };
    const few = await caseWithSeries("open");
    const many = await caseWithSeries("open");
    await post(peer, few.caseId, `One [[slice:${few.open.id}/1]].`, { seriesId: few.open.id, imageId: few.open.images[0]!.id });
    for (let i = 0; i < 9; i++) {
      await post(author, many.caseId, `Slice ${i} [[slice:${many.open.id}/2]].`, { seriesId: many.open.id, imageId: many.open.images[i % 3]!.id, mark: { kind: "point", x: 0.1 * i, y: 0.5 } });
    }
    const plain = await statements(peer, (await caseWithSeries("open")).caseId);
    expect(await statements(peer, few.caseId)).toBe(plain);
    expect(await statements(peer, many.caseId)).toBe(plain);
    // The case's author is never gated: no statement more either.
    expect(await statements(author, many.caseId)).toBeLessThanOrEqual(plain + 1);
  });
});
