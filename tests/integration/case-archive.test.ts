// A case exported with its images and imported on another server (issue 24 item 7): series, key
// images, captions and marks come back, every image is de-identified again, the pixels are the
// same, attribution is kept, and a bad archive changes nothing. Real PostgreSQL and real files.
import yazl from "yazl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { syntheticFootDicomSeries } from "@/lib/images/synthetic";
import { readPixels } from "@/lib/images/pixels";
import { extractZip } from "@/lib/images/zip";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeUser } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { GET: exportCase } = await import("@/app/api/cases/[caseId]/export/route");
const { POST: importCase } = await import("@/app/api/cases/import/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { addAnnotation } = await import("@/lib/annotations/actions");
const { imageStorage } = await import("@/lib/storage/runtime");
const routes = { startUpload, putChunk };

let author: Viewer;
let importer: Viewer;
beforeAll(async () => {
  author = await makeUser("resident");
  importer = await makeUser("clinician");
});
beforeEach(() => {
  session.viewer = author;
});

async function exportZip(caseId: string): Promise<Uint8Array> {
  const response = await exportCase(new Request(`http://rounds.test/api/cases/${caseId}/export?format=zip`), { params: Promise.resolve({ caseId }) });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  return new Uint8Array(await response.arrayBuffer());
}
async function importZip(bytes: Uint8Array) {
  const response = await importCase(new Request("http://rounds.test/api/cases/import", { method: "POST", body: new Uint8Array(bytes), headers: { "content-type": "application/zip" } }));
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string; data?: { caseId: string; images: number } } };
}
async function pixelsOf(caseId: string) {
  const images = await db.image.findMany({ where: { caseId }, orderBy: [{ series: { position: "asc" } }, { position: "asc" }], select: { dicomKey: true, sopInstanceUid: true, isKey: true, caption: true } });
  return Promise.all(images.map(async (image) => ({ ...image, values: Buffer.from(readPixels((await imageStorage().get(image.dicomKey!))!)!.body).toString("base64") })));
}
async function zipOf(entries: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The same archive with an entry renamed "../evil.dcm" (zip writers refuse to write such a name). */
function withTraversal(zip: Uint8Array): Uint8Array {
  const bytes = Buffer.from(zip);
  const [from, to] = [Buffer.from("zz/evil.dcm"), Buffer.from("../evil.dcm")];
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  return new Uint8Array(bytes);
}

describe("a case archive with images", () => {
  it("round-trips series, key images, captions and marks; pixels identical, UIDs new, attribution kept", async () => {
    const caseId = await makeCase(author, { title: "Archive round trip" });
    const study = await db.study.findFirstOrThrow({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true } });
    for (const slice of syntheticFootDicomSeries({ slices: 3, size: 64, seed: `archive-${caseId}` })) await runIngest(await uploadWhole(routes, study.id, slice), { final: true });
    const series = await db.imageSeries.findFirstOrThrow({ where: { caseId }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });
    await db.imageSeries.update({ where: { id: series.id }, data: { name: "Sagittal STIR" } });
    await db.image.update({ where: { id: series.images[1]!.id }, data: { isKey: true, caption: "Oedema of the second metatarsal" } });
    expect((await addAnnotation({ imageId: series.images[1]!.id, kind: "arrow", geometry: { x1: 4, y1: 4, x2: 30, y2: 30 }, text: "stress line" })).ok).toBe(true);

    const zip = await exportZip(caseId);
    session.viewer = importer;
    const imported = await importZip(zip);
    expect(imported.status).toBe(201);
    const newId = imported.body.data!.caseId;
    expect(imported.body.data!.images).toBe(3);

    const [before, after] = await Promise.all([pixelsOf(caseId), pixelsOf(newId)]);
    expect(after.map((image) => image.values)).toEqual(before.map((image) => image.values));
    expect(after.map((image) => [image.isKey, image.caption])).toEqual(before.map((image) => [image.isKey, image.caption]));
    // De-identified again under the new case's secret: no UID carried over.
    for (const [index, image] of after.entries()) expect(image.sopInstanceUid).not.toBe(before[index]!.sopInstanceUid);
    expect((await db.imageSeries.findFirstOrThrow({ where: { caseId: newId }, select: { name: true } })).name).toBe("Sagittal STIR");
    const marks = await db.imageAnnotation.findMany({ where: { caseId: newId }, select: { kind: true, text: true, geometry: true } });
    expect(marks).toEqual([{ kind: "arrow", text: "stress line", geometry: { x1: 4, y1: 4, x2: 30, y2: 30 } }]);
    expect((await db.case.findUniqueOrThrow({ where: { id: newId }, select: { originalAuthorName: true } })).originalAuthorName).toBe(author.name);
  });

  it("changes nothing for a bad archive: not a zip, no case.json, a missing image, images on an event, a traversal name", async () => {
    session.viewer = importer;
    const count = () => db.case.count({ where: { authorId: importer.id } });
    const start = await count();
    const caseId = await makeCase(author, { title: "Source" });
    session.viewer = author;
    const good = await exportZip(caseId);
    session.viewer = importer;
    const caseJson = Buffer.from((await extractZip(good)).find((entry) => entry.path === "case.json")!.bytes).toString("utf8");
    const timeline = (JSON.parse(caseJson) as { case: { timeline: Array<{ type: string }> } }).case.timeline;
    const eventIndex = timeline.findIndex((item) => item.type === "event");
    expect(eventIndex).toBeGreaterThanOrEqual(0);
    const manifest = (timelineIndex: number) =>
      JSON.stringify({ format: "rounds-case-images", version: 1, studies: [{ timelineIndex, series: [{ name: "S", modality: "MR", images: [{ file: "images/0-0-0.dcm", isKey: false, caption: "" }] }] }] });
    const dicom = syntheticFootDicomSeries({ slices: 1, size: 64 })[0]!;
    const cases = [
      await importZip(new TextEncoder().encode("not a zip at all")),
      await importZip(await zipOf({ "readme.txt": "hello" })),
      await importZip(await zipOf({ "case.json": caseJson, "images.json": manifest(0) })),
      await importZip(await zipOf({ "case.json": caseJson, "images.json": manifest(eventIndex), "images/0-0-0.dcm": dicom })),
      await importZip(withTraversal(await zipOf({ "case.json": caseJson, "zz/evil.dcm": dicom }))),
      await importZip(await zipOf({ "case.json": "{ not json" })),
    ];
    for (const result of cases) {
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expect(result.body.message).toMatch(/[Nn]othing was imported|problems|not valid JSON/);
    }
    expect(await count()).toBe(start);
  });
});
