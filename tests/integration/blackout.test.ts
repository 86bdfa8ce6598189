// Burned-in text blacked out on the server (issue 23 item 4): a held-back ultrasound series is
// uploaded through the real routes and ingest job, the author blacks out a box, and the stored
// objects are read back: the de-identified DICOM's pixels under the box are overwritten, the
// displayed PNG is rendered again from them, the old objects are gone from storage, and the images
// are no longer held. Real PostgreSQL and files; only the session is replaced.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import dcmjs from "dcmjs";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { identifyingDicom } from "@/lib/images/test-dicom";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

const folders = useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeUser } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { blackOutRegions } = await import("@/lib/imaging/actions");
const routes = { startUpload, putChunk };

let author: Viewer;
beforeAll(async () => {
  author = await makeUser("resident");
});
beforeEach(() => {
  session.viewer = author;
});

const stored = (key: string) => path.join(folders.imagesDir, key);
const readStored = (key: string) => new Uint8Array(readFileSync(stored(key)));
/** The 4 x 4 fixture's stored values (index * 200), read back from the stored DICOM. */
const storedValues = (key: string) => Array.from(new Uint16Array(dcmjs.data.DicomMessage.readFile(readStored(key).slice().buffer as ArrayBuffer).dict["7FE00010"]!.Value![0] as ArrayBuffer));
const greys = async (key: string) => Array.from(await sharp(readStored(key)).greyscale().raw().toBuffer());

/** A held-back ultrasound series of `count` slices in a new case; returns its images in order. */
async function heldSeries(count: number) {
  const caseId = await makeCase(author);
  const study = await db.study.findFirstOrThrow({ where: { caseId }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  for (let index = 0; index < count; index++) {
    const bytes = identifyingDicom({ modality: "US", burnedIn: "YES", seriesUid: "1.2.826.0.1.3680043.2.1125.88.2", sopUid: `1.2.826.0.1.3680043.2.1125.88.3.${index}`, instanceNumber: index + 1, position: [index * 3, 0, 0] });
    await runIngest(await uploadWhole(routes, study.id, bytes), { final: true });
  }
  const images = await db.image.findMany({ where: { caseId }, orderBy: { position: "asc" }, select: { id: true, seriesId: true, fullKey: true, thumbKey: true, dicomKey: true, needsReview: true } });
  expect(images).toHaveLength(count);
  return { caseId, images };
}

describe("blacking out burned-in text", () => {
  it("overwrites the box in the stored DICOM, renders the image again, removes the old objects and releases the image", async () => {
    const { images } = await heldSeries(1);
    const before = images[0]!;
    expect(before.needsReview).toBe(true);
    expect(storedValues(before.dicomKey!)).toEqual(Array.from({ length: 16 }, (_, index) => index * 200));

    // The top-left 2 x 2 pixels (values 0, 200, 800, 1000) stand for the burned-in text.
    const result = await blackOutRegions({ imageId: before.id, boxes: [{ x: 0, y: 0, width: 2, height: 2 }] });
    expect(result).toEqual({ ok: true, data: { images: 1 } });

    const after = await db.image.findUniqueOrThrow({ where: { id: before.id }, select: { fullKey: true, thumbKey: true, dicomKey: true, needsReview: true } });
    const values = storedValues(after.dicomKey!);
    const box = [0, 1, 4, 5];
    values.forEach((value, index) => expect(value, `pixel ${index}`).toBe(box.includes(index) ? 0 : index * 200));
    // The displayed PNG comes from the new values: the box is one flat grey, the darkest in the image.
    const shown = await greys(after.fullKey);
    const darkest = Math.min(...shown);
    for (const index of box) expect(shown[index]).toBe(darkest);
    expect(shown[2]).toBeGreaterThan(darkest);
    expect((await sharp(readStored(after.thumbKey)).metadata()).format).toBe("webp");

    for (const key of [before.fullKey, before.thumbKey, before.dicomKey!]) {
      expect(Object.values(after)).not.toContain(key);
      expect(existsSync(stored(key)), `old object ${key}`).toBe(false);
    }
    expect(after.needsReview).toBe(false);
    expect(await db.imageSeries.findUniqueOrThrow({ where: { id: (await db.image.findUniqueOrThrow({ where: { id: before.id } })).seriesId }, select: { needsReview: true } })).toEqual({ needsReview: false });
  });

  it("applies the boxes to every slice of the series when asked, and keeps the series held until then", async () => {
    const { images } = await heldSeries(3);
    const [first] = images;
    expect(await blackOutRegions({ imageId: first!.id, boxes: [{ x: 3, y: 3, width: 1, height: 1 }] })).toMatchObject({ ok: true, data: { images: 1 } });
    expect(await db.imageSeries.findUniqueOrThrow({ where: { id: first!.seriesId }, select: { needsReview: true } })).toEqual({ needsReview: true });

    expect(await blackOutRegions({ imageId: first!.id, boxes: [{ x: 3, y: 3, width: 1, height: 1 }], wholeSeries: true })).toMatchObject({ ok: true, data: { images: 3 } });
    const rows = await db.image.findMany({ where: { seriesId: first!.seriesId }, select: { dicomKey: true, needsReview: true } });
    for (const row of rows) {
      expect(row.needsReview).toBe(false);
      expect(storedValues(row.dicomKey!)[15]).toBe(0);
    }
    expect(await db.imageSeries.findUniqueOrThrow({ where: { id: first!.seriesId }, select: { needsReview: true } })).toEqual({ needsReview: false });
  });

  it("is refused to a colleague who only reads the case, and for boxes off the image, changing nothing", async () => {
    const { images } = await heldSeries(1);
    const image = images[0]!;
    session.viewer = await makeUser("clinician");
    expect(await blackOutRegions({ imageId: image.id, boxes: [{ x: 0, y: 0, width: 2, height: 2 }] })).toMatchObject({ ok: false, code: "forbidden" });
    session.viewer = author;
    expect(await blackOutRegions({ imageId: image.id, boxes: [{ x: 4, y: 0, width: 2, height: 2 }] })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await blackOutRegions({ imageId: image.id, boxes: [] })).toMatchObject({ ok: false, code: "invalid_input" });
    const unchanged = await db.image.findUniqueOrThrow({ where: { id: image.id }, select: { fullKey: true, thumbKey: true, dicomKey: true, needsReview: true } });
    expect(unchanged).toEqual({ fullKey: image.fullKey, thumbKey: image.thumbKey, dicomKey: image.dicomKey, needsReview: true });
    expect(existsSync(stored(image.dicomKey!))).toBe(true);
  });
});
