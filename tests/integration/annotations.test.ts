// The radiologist's layer over ingested images (issue 24): window/level values served under the
// image route's authorization, and marks on images with the unknown case's secret kept. Real
// PostgreSQL, real files through the real upload and ingest path; only the session is replaced.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { syntheticFootDicomSeries, SYNTHETIC_WINDOW } from "@/lib/images/synthetic";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeUser, withTeams, makeTeam } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { GET: getPixels } = await import("@/app/api/images/[imageId]/pixels/route");
const { GET: getAnnotations } = await import("@/app/api/series/[seriesId]/annotations/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { addAnnotation, deleteAnnotation } = await import("@/lib/annotations/actions");
const routes = { startUpload, putChunk };

let author: Viewer;
let colleague: Viewer;

beforeAll(async () => {
  author = await makeUser("resident");
  colleague = await makeUser("clinician");
});
beforeEach(() => {
  session.viewer = author;
});

/** A case whose first study holds a synthetic 3-slice DICOM series; its series and image ids. */
async function caseWithSeries(overrides: Parameters<typeof makeCase>[1] = {}) {
  const caseId = await makeCase(author, overrides);
  const study = await db.study.findFirstOrThrow({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true } });
  for (const slice of syntheticFootDicomSeries({ slices: 3, size: 64 })) await runIngest(await uploadWhole(routes, study.id, slice), { final: true });
  const series = await db.imageSeries.findFirstOrThrow({ where: { studyId: study.id }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });
  return { caseId, seriesId: series.id, imageIds: series.images.map((image) => image.id) };
}

const pixels = (imageId: string) => getPixels(new Request(`http://rounds.test/api/images/${imageId}/pixels`), { params: Promise.resolve({ imageId }) });
const annotations = async (seriesId: string) => {
  const response = await getAnnotations(new Request(`http://rounds.test/api/series/${seriesId}/annotations`), { params: Promise.resolve({ seriesId }) });
  return { status: response.status, body: (await response.json()) as { ok: boolean; data?: { canAnnotate: boolean; marks: Record<string, Array<{ kind: string; text: string; secret: boolean }>> } } };
};

describe("window and level values", () => {
  it("serves a slice's stored 16-bit values with its size, rescale and window, privately and never sniffed", async () => {
    const { imageIds } = await caseWithSeries();
    const response = await pixels(imageIds[0]!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("cache-control")).toContain("private");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const header = JSON.parse(response.headers.get("x-rounds-pixels")!);
    expect(header).toMatchObject({ rows: 64, columns: 64, type: "uint16", window: SYNTHETIC_WINDOW });
    const raw = Buffer.from(await response.arrayBuffer());
    const values = new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    expect(values.length).toBe(64 * 64);
    expect(Math.max(...values)).toBeGreaterThan(255);
  });

  it("answers 404, like a foreign case, to someone who may not see the study", async () => {
    const team = await makeTeam([[author, "owner"]], { name: "Private MSK team" });
    const { imageIds } = await caseWithSeries({ visibility: "team", teamId: team });
    session.viewer = await withTeams(colleague);
    expect((await pixels(imageIds[0]!)).status).toBe(404);
    session.viewer = await withTeams(author);
    expect((await pixels(imageIds[0]!)).status).toBe(200);
  });
});

describe("marks on images", () => {
  it("stores arrows, circles and labels as geometry, refuses a mark off the image, and lets only the author place them", async () => {
    const { seriesId, imageIds } = await caseWithSeries();
    const arrow = await addAnnotation({ imageId: imageIds[1]!, kind: "arrow", geometry: { x1: 5, y1: 5, x2: 30, y2: 30 }, text: "subchondral line" });
    expect(arrow.ok).toBe(true);
    expect((await addAnnotation({ imageId: imageIds[1]!, kind: "circle", geometry: { cx: 32, cy: 32, r: 8 } })).ok).toBe(true);
    const off = await addAnnotation({ imageId: imageIds[1]!, kind: "label", geometry: { x: 500, y: 5 }, text: "here" });
    expect(off).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await addAnnotation({ imageId: imageIds[1]!, kind: "label", geometry: { x: 5, y: 5 }, text: "" })).toMatchObject({ ok: false, code: "invalid_input" });

    session.viewer = colleague;
    expect(await addAnnotation({ imageId: imageIds[1]!, kind: "label", geometry: { x: 5, y: 5 }, text: "mine" })).toMatchObject({ ok: false, code: "forbidden" });
    const seen = await annotations(seriesId);
    expect(seen.status).toBe(200);
    expect(seen.body.data?.canAnnotate).toBe(false);
    expect(seen.body.data?.marks[imageIds[1]!]?.map((mark) => mark.kind)).toEqual(["arrow", "circle"]);
    expect(seen.body.data?.marks[imageIds[0]!]).toBeUndefined();

    session.viewer = author;
    expect((await deleteAnnotation({ annotationId: arrow.ok ? arrow.data.annotationId : "" })).ok).toBe(true);
    expect((await annotations(seriesId)).body.data?.marks[imageIds[1]!]?.map((mark) => mark.kind)).toEqual(["circle"]);
  });

  it("keeps a secret mark of an unknown case from everyone who may not see its answer", async () => {
    const { seriesId, imageIds } = await caseWithSeries({ status: "unknown" });
    expect((await addAnnotation({ imageId: imageIds[0]!, kind: "label", geometry: { x: 10, y: 10 }, text: "fracture line", secret: true })).ok).toBe(true);
    expect((await addAnnotation({ imageId: imageIds[0]!, kind: "circle", geometry: { cx: 20, cy: 20, r: 4 } })).ok).toBe(true);
    session.viewer = colleague;
    const seen = await annotations(seriesId);
    expect(seen.body.data?.marks[imageIds[0]!]?.map((mark) => mark.kind)).toEqual(["circle"]);
    expect(JSON.stringify(seen.body)).not.toContain("fracture line");
    session.viewer = author;
    expect((await annotations(seriesId)).body.data?.marks[imageIds[0]!]?.map((mark) => mark.text)).toEqual(["fracture line", ""]);
  });

  it("hides the marks of a study that is part of the answer, with its images", async () => {
    const { seriesId, imageIds } = await caseWithSeries({ status: "unknown" });
    expect((await addAnnotation({ imageId: imageIds[0]!, kind: "label", geometry: { x: 10, y: 10 }, text: "healed" })).ok).toBe(true);
    const series = await db.imageSeries.findUniqueOrThrow({ where: { id: seriesId }, select: { studyId: true } });
    await db.study.update({ where: { id: series.studyId }, data: { partOfAnswer: true } });
    session.viewer = colleague;
    expect((await annotations(seriesId)).status).toBe(404);
    session.viewer = author;
    expect((await annotations(seriesId)).body.data?.marks[imageIds[0]!]?.map((mark) => mark.text)).toEqual(["healed"]);
  });

  it("refuses a mark whose text may identify the patient unless the author confirms it", async () => {
    const { imageIds } = await caseWithSeries();
    const flagged = await addAnnotation({ imageId: imageIds[0]!, kind: "label", geometry: { x: 10, y: 10 }, text: "Call Dr John Smith 555-123-4567" });
    expect(flagged).toMatchObject({ ok: false, code: "identifiers_found" });
    expect(await db.imageAnnotation.count({ where: { imageId: imageIds[0]! } })).toBe(0);
    const confirmed = await addAnnotation({ imageId: imageIds[0]!, kind: "label", geometry: { x: 10, y: 10 }, text: "Call Dr John Smith 555-123-4567", identifiersConfirmed: true, identifiersReason: "not_identifying" });
    expect(confirmed.ok).toBe(true);
  });
});
