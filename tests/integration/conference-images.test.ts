// A live conference's images (issue 24 item 5): the audience's view lists the series of the
// studies reached and nothing else; the presenter's slice is stored and sent to the room as a
// signal carrying the position and the presenter's window/level (decision 095), only to those who
// may see the case; the image, thumbnail and pixel routes answer 404 for a study not yet reached.
// Real uploads, real routes, real database.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { identifyingDicom } from "@/lib/images/test-dicom";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeTeam, makeUser, withTeams } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { GET: getImage } = await import("@/app/api/images/[imageId]/route");
const { GET: getPixels } = await import("@/app/api/images/[imageId]/pixels/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { presentSlice } = await import("@/lib/conferences/focus-actions");
const { presenterCommand } = await import("@/lib/conferences/live-actions");
const { getLiveView, getPresenterView } = await import("@/lib/conferences/live-queries");
const { openConferenceStream } = await import("@/lib/conferences/stream");
const { sseStream } = await import("@/lib/live/sse");

let presenter: Viewer;
let member: Viewer;
let guest: Viewer;
let teamId: string;
let conferenceId: string;
let itemId: string;
let caseId: string;
/** Per study, in timeline order: its id, its series' id and its image's id. */
const studies: Array<{ id: string; seriesId: string; imageId: string }> = [];
const aborts: AbortController[] = [];

beforeAll(async () => {
  [presenter, member, guest] = await Promise.all([makeUser("clinician"), makeUser("clinician"), makeUser("clinician")]);
  teamId = await makeTeam([[presenter, "member"], [member, "member"]]);
  [presenter, member] = await Promise.all([withTeams(presenter), withTeams(member)]);
  // The presenter wrote the case (so is never gated); `member` and the code-joined `guest` are the audience.
  caseId = await makeCase(presenter, { status: "unknown" });
  session.viewer = presenter;
  const rows = await db.study.findMany({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true } });
  for (const [index, study] of rows.entries()) {
    const uploadId = await uploadWhole({ startUpload, putChunk }, study.id, identifyingDicom({ seriesUid: `1.9.8.${index}`, sopUid: `1.9.8.${index}.1` }));
    await runIngest(uploadId, { final: true });
    const image = await db.image.findFirstOrThrow({ where: { series: { studyId: study.id } }, select: { id: true, seriesId: true } });
    studies.push({ id: study.id, seriesId: image.seriesId, imageId: image.id });
  }
  const conference = await db.conference.create({
    data: {
      kind: "teaching", teamId, title: "Slice teaching", startsAt: new Date(), durationMinutes: 60, joinCode: `S${Date.now().toString(36).toUpperCase()}`.slice(0, 8),
      presenterId: presenter.id, createdById: presenter.id, startedAt: new Date(), currentStep: 1,
      items: { create: { caseId, position: 0, reachedStep: 1 } },
      participants: { create: [{ userId: member.id }, { userId: guest.id }] },
    },
    select: { id: true, items: { select: { id: true } } },
  });
  conferenceId = conference.id;
  itemId = conference.items[0]!.id;
  await db.conference.update({ where: { id: conferenceId }, data: { currentItemId: itemId } });
});
afterEach(() => aborts.splice(0).forEach((controller) => controller.abort()));

async function as<T>(viewer: Viewer, run: () => Promise<T>): Promise<T> {
  session.viewer = viewer;
  return run();
}

async function status(viewer: Viewer, imageId: string, what: "full" | "thumb" | "pixels"): Promise<number> {
  session.viewer = viewer;
  const params = { params: Promise.resolve({ imageId }) };
  if (what === "pixels") return (await getPixels(new Request(`http://rounds.test/api/images/${imageId}/pixels`), params)).status;
  return (await getImage(new Request(`http://rounds.test/api/images/${imageId}${what === "thumb" ? "?size=thumb" : ""}`), params)).status;
}

/** The conference's SSE frames as parsed data, as a viewer's stream sends them. */
async function listen(viewer: Viewer) {
  const controller = new AbortController();
  aborts.push(controller);
  const source = await openConferenceStream(viewer, conferenceId);
  const reader = sseStream(controller.signal, source!).getReader();
  const frames: Array<Record<string, unknown>> = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = /^data: (.+)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) frames.push(JSON.parse(data) as Record<string, unknown>);
      }
    }
  })();
  // The stream says "state" once it listens: from then on nothing is missed.
  await expect.poll(() => frames.some((frame) => frame.kind === "state")).toBe(true);
  return frames;
}

describe("a live conference's images", () => {
  it("lists the series of the studies reached only: no id of the next study reaches the audience", async () => {
    const view = await as(member, () => getLiveView(member, conferenceId));
    expect(Object.keys(view!.item!.images)).toEqual([studies[0]!.id]);
    expect(view!.item!.images[studies[0]!.id]![0]!.images.map((image) => image.id)).toEqual([studies[0]!.imageId]);
    const json = JSON.stringify(view);
    for (const id of Object.values(studies[1]!)) expect(json).not.toContain(id);
  });

  it("answers 404 for the next study's image, thumbnail and pixels, 200 for the study reached", async () => {
    for (const what of ["full", "thumb", "pixels"] as const) {
      expect(await status(member, studies[0]!.imageId, what)).toBe(200);
      expect(await status(member, studies[1]!.imageId, what)).toBe(404);
      expect(await status(guest, studies[1]!.imageId, what)).toBe(404);
      expect(await status(presenter, studies[1]!.imageId, what)).toBe(200);
    }
  });

  it("takes the presenter's slice of the study on screen only, and refuses everyone else", async () => {
    const slice = { conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 };
    expect(await as(member, () => presentSlice(slice))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(presenter, () => presentSlice({ ...slice, seriesId: studies[1]!.seriesId }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(presenter, () => presentSlice({ ...slice, index: 1 }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await as(presenter, () => presentSlice({ ...slice, step: 2, seriesId: studies[1]!.seriesId }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(presenter, () => presentSlice({ ...slice, seriesId: "no-such-series" }))).toMatchObject({ ok: false, code: "not_found" });
    const stranger = await makeUser("clinician");
    expect(await as(stranger, () => presentSlice(slice))).toMatchObject({ ok: false, code: "not_found" });
  });

  it("sends the slice to the room with its position and keeps it for late arrivals", async () => {
    const frames = await listen(member);
    const sent = await as(presenter, () => presentSlice({ conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 }));
    expect(sent.ok).toBe(true);
    const seq = sent.ok ? sent.data.seq : 0;
    await expect.poll(() => frames.find((frame) => frame.kind === "slice")).toEqual({ kind: "slice", version: String(seq), itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0, window: null });
    // The signal carries no case facts (the stream uses them to filter, then drops them).
    expect(JSON.stringify(frames)).not.toContain(presenter.id);
    const view = await as(member, () => getLiveView(member, conferenceId));
    expect(view!.item!.focus).toEqual({ itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0, window: null, seq });
    // The presenter's own screen reads it too (a reload keeps the slice).
    expect((await as(presenter, () => getPresenterView(presenter, conferenceId)))!.item!.focus?.seq).toBe(seq);
  });

  it("sends the presenter's window with the slice, stores it for a late joiner and the projector, and drops it when the presenter does", async () => {
    const frames = await listen(member);
    const slice = { conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 };
    const custom = { center: 312.5, width: 1_250, preset: null };
    const sent = await as(presenter, () => presentSlice({ ...slice, window: custom }));
    expect(sent).toMatchObject({ ok: true });
    const seq = sent.ok ? sent.data.seq : 0;
    await expect.poll(() => frames.find((frame) => frame.kind === "slice" && frame.version === String(seq))).toMatchObject({ index: 0, window: custom });

    // A preset by name, a moment later: the last one wins, in the stream and in the store.
    const bone = { center: 400, width: 1_800, preset: "Bone" as const };
    const again = await as(presenter, () => presentSlice({ ...slice, window: bone }));
    const boneSeq = again.ok ? again.data.seq : 0;
    expect(boneSeq).toBeGreaterThan(seq);
    await expect.poll(() => frames.find((frame) => frame.kind === "slice" && frame.version === String(boneSeq))?.window).toEqual(bone);

    // A phone that joins now: its stream's first view and its fetched view both carry the window.
    const late = await listen(guest);
    const first = late.find((frame) => frame.kind === "state") as { view?: { item?: { focus?: unknown } } };
    expect(first.view?.item?.focus).toEqual({ itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0, window: bone, seq: boneSeq });
    expect((await as(guest, () => getLiveView(guest, conferenceId)))!.item!.focus?.window).toEqual(bone);
    // The projector reads the presenter's view.
    expect((await as(presenter, () => getPresenterView(presenter, conferenceId)))!.item!.focus?.window).toEqual(bone);

    // The presenter leaves the Window tool: the room goes back to the slice as rendered.
    const plain = await as(presenter, () => presentSlice(slice));
    expect(plain).toMatchObject({ ok: true });
    expect((await as(member, () => getLiveView(member, conferenceId)))!.item!.focus?.window).toBeNull();
  });

  it("refuses a window that is not finite, out of range or not a known preset, with a typed error, and keeps the stored one", async () => {
    const slice = { conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 };
    const kept = { center: 40, width: 400, preset: "Soft tissue" as const };
    expect(await as(presenter, () => presentSlice({ ...slice, window: kept }))).toMatchObject({ ok: true });
    const before = await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { focusSeq: true, focusWindowCenter: true, focusWindowWidth: true, focusWindowPreset: true } });
    const refused: Array<[unknown, string]> = [
      [{ center: Number.NaN, width: 400, preset: null }, "window.center"],
      [{ center: 40, width: Number.POSITIVE_INFINITY, preset: null }, "window.width"],
      [{ center: Number.NEGATIVE_INFINITY, width: 400, preset: null }, "window.center"],
      [{ center: 40, width: 0, preset: null }, "window.width"],
      [{ center: 40, width: -400, preset: null }, "window.width"],
      [{ center: 5e6, width: 400, preset: null }, "window.center"],
      [{ center: 40, width: 400, preset: "Liver" }, "window.preset"],
      [{ center: 40, width: 400, preset: "<img src=x>" }, "window.preset"],
      [{ center: "40", width: 400, preset: null }, "window.center"],
      [{ center: 40, width: 400, preset: null, note: "extra" }, "window"],
    ];
    for (const [window, field] of refused) {
      const result = await as(presenter, () => presentSlice({ ...slice, window }));
      expect(result, JSON.stringify(window)).toMatchObject({ ok: false, code: "invalid_input" });
      expect(Object.keys((!result.ok && result.fieldErrors) || {}), JSON.stringify(window)).toContain(field);
    }
    const after = await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { focusSeq: true, focusWindowCenter: true, focusWindowWidth: true, focusWindowPreset: true } });
    expect(after).toEqual(before);
    expect(after).toMatchObject({ focusWindowCenter: 40, focusWindowWidth: 400, focusWindowPreset: "Soft tissue" });
  });

  it("sends nothing of a team case's images to an audience member outside the team", async () => {
    await db.case.update({ where: { id: caseId }, data: { visibility: "team", teamId } });
    try {
      const [inside, outside] = await Promise.all([listen(member), listen(guest)]);
      const sent = await as(presenter, () => presentSlice({ conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 }));
      expect(sent.ok).toBe(true);
      await expect.poll(() => inside.some((frame) => frame.kind === "slice")).toBe(true);
      expect(outside.some((frame) => frame.kind === "slice")).toBe(false);
      const view = await as(guest, () => getLiveView(guest, conferenceId));
      expect(view!.item!.restricted).toBe(true);
      expect(JSON.stringify(view)).not.toContain(studies[0]!.seriesId);
    } finally {
      await db.case.update({ where: { id: caseId }, data: { visibility: "institution", teamId: null } });
    }
  });

  it("opens the next study's images when the presenter reaches it, and drops a slice of the previous step", async () => {
    expect(await as(presenter, () => presenterCommand({ conferenceId, command: "next" }))).toMatchObject({ ok: true });
    expect(await status(member, studies[1]!.imageId, "full")).toBe(200);
    const view = await as(member, () => getLiveView(member, conferenceId));
    expect(Object.keys(view!.item!.images).sort()).toEqual([studies[0]!.id, studies[1]!.id].sort());
    // The slice stored at step 1 no longer describes the screen at step 2.
    expect(view!.item!.focus).toBeNull();
    expect(await as(presenter, () => presentSlice({ conferenceId, itemId, step: 1, seriesId: studies[0]!.seriesId, index: 0 }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(presenter, () => presentSlice({ conferenceId, itemId, step: 2, seriesId: studies[1]!.seriesId, index: 0 }))).toMatchObject({ ok: true });
  });
});
