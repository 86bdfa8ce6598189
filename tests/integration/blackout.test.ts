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
const { GET: getImage } = await import("@/app/api/images/[imageId]/route");
const { GET: getPixels } = await import("@/app/api/images/[imageId]/pixels/route");
const { getCaseImagesForEdit } = await import("@/lib/imaging/queries");
const { loadCasePage } = await import("@/lib/pages/case-page");
const { imageUrl } = await import("@/lib/imaging/view");
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

describe("versioned image URLs (decision 094)", () => {
  /** A URL handed out by the app, through the route handler it names, as `viewer`. */
  async function fetchUrl(viewer: Viewer | null, url: string, headers: Record<string, string> = {}) {
    session.viewer = viewer;
    const imageId = url.split("/")[3]!.split("?")[0]!;
    const request = new Request(`http://rounds.test${url}`, { headers });
    return (url.includes("/pixels") ? getPixels : getImage)(request, { params: Promise.resolve({ imageId }) });
  }

  /** The image's URLs as the case page (one SQL read) and the authoring form (Prisma) hand them out; both must agree. */
  async function urlsOf(caseId: string, imageId: string) {
    session.viewer = author;
    const page = await loadCasePage(author, caseId);
    const edit = await getCaseImagesForEdit(author, caseId);
    const onPage = Object.values(page.images).flat().flatMap((series) => series.images).find((image) => image.id === imageId)!;
    const onForm = Object.values(edit!.byStudy).flat().flatMap((series) => series.images).find((image) => image.id === imageId)!;
    expect(onForm.version).toBe(onPage.version);
    expect(JSON.stringify([page.images, edit])).not.toMatch(/cases\//); // no storage key reaches a client
    return { full: imageUrl(onPage), thumb: imageUrl(onPage, "thumb"), pixels: imageUrl(onPage, "pixels") };
  }

  it("hands out new URLs after a black-out: the old ones redirect to them uncached, the new ones are immutable", async () => {
    const { caseId, images } = await heldSeries(1);
    const image = images[0]!;
    const reader = await makeUser("clinician");
    const before = await urlsOf(caseId, image.id);
    expect(before.full).toMatch(new RegExp(`^/api/images/${image.id}\\?v=[A-Za-z0-9_-]{16}$`));

    // Held back: a reader gets 404 for every URL (no redirect telling them the image exists).
    for (const url of Object.values(before)) expect((await fetchUrl(reader, url)).status, url).toBe(404);
    const cached = await fetchUrl(author, before.full);
    expect(cached.status).toBe(200);
    expect(cached.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(new Uint8Array(await cached.arrayBuffer())).toEqual(readStored(image.fullKey));

    expect(await blackOutRegions({ imageId: image.id, boxes: [{ x: 0, y: 0, width: 2, height: 2 }] })).toMatchObject({ ok: true });
    const after = await urlsOf(caseId, image.id);
    const now = await db.image.findUniqueOrThrow({ where: { id: image.id }, select: { fullKey: true, thumbKey: true, dicomKey: true } });

    for (const kind of ["full", "thumb", "pixels"] as const) {
      expect(after[kind], kind).not.toBe(before[kind]);
      // The old URL never answers with the new pixels under a long cache: it points at the new URL.
      for (const viewer of [author, reader]) {
        const stale = await fetchUrl(viewer, before[kind]);
        expect(stale.status, `${kind} stale`).toBe(307);
        expect(stale.headers.get("location")).toBe(after[kind]);
        expect(stale.headers.get("cache-control")).toBe("no-store");
        expect(await stale.text()).toBe("");
      }
      // Signed out, a case that is not public is not theirs: 404, not a redirect.
      expect((await fetchUrl(null, before[kind])).status).toBe(404);

      const fresh = await fetchUrl(reader, after[kind]);
      expect(fresh.status, `${kind} fresh`).toBe(200);
      expect(fresh.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
      expect(fresh.headers.get("x-content-type-options")).toBe("nosniff");
      const body = new Uint8Array(await fresh.arrayBuffer());
      if (kind === "full") expect(body).toEqual(readStored(now.fullKey));
      if (kind === "thumb") expect(body).toEqual(readStored(now.thumbKey));
      if (kind === "pixels") expect(Array.from(new Uint16Array(body.buffer, body.byteOffset, body.byteLength / 2))).toEqual(storedValues(now.dicomKey!));
    }

    // Unversioned (a URL from before versions): the current bytes, revalidated every time.
    const bare = await fetchUrl(reader, `/api/images/${image.id}`);
    expect(bare.status).toBe(200);
    expect(bare.headers.get("cache-control")).toBe("private, no-cache");
    const etag = bare.headers.get("etag")!;
    expect(new Uint8Array(await bare.arrayBuffer())).toEqual(readStored(now.fullKey));
    const unchanged = await fetchUrl(reader, `/api/images/${image.id}`, { "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("cache-control")).toBe("private, no-cache");
    expect((await fetchUrl(reader, `/api/images/${image.id}`, { "if-none-match": `"${"x".repeat(16)}.full"` })).status).toBe(200);
  });
});
