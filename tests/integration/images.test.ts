// Images end to end on the server: the upload routes (chunked, resumable), the ingest job against
// real PostgreSQL and real files, and what ends up stored. Only the session is replaced.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { IDENTIFIERS, containsText, identifyingDicom } from "@/lib/images/test-dicom";
import { buildZip } from "@/lib/images/test-zip";
import { deflateSync, crc32 } from "node:zlib";
import { announce, sendChunk, uploadWhole, useTemporaryImageFolders } from "./images-support";

const folders = useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeUser } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk, GET: getUpload } = await import("@/app/api/uploads/[uploadId]/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const routes = { startUpload, putChunk };

let author: Viewer;
beforeAll(async () => {
  author = await makeUser("resident");
});
beforeEach(() => {
  session.viewer = author;
});

async function studiesOf(caseId: string) {
  return db.study.findMany({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true, dayOffset: true } });
}
async function ingest(uploadId: string) {
  await runIngest(uploadId, { final: true });
  return db.imageUpload.findUniqueOrThrow({ where: { id: uploadId }, select: { status: true, error: true, imageCount: true, failedCount: true } });
}
/** Every stored object of a case, as bytes. */
function storedObjects(caseId: string): Array<{ name: string; bytes: Buffer }> {
  const dir = path.join(folders.imagesDir, "cases", caseId);
  return readdirSync(dir).filter((name) => !name.startsWith(".")).map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}
const dicomSlices = (uid: string, date: string, count = 3) =>
  Array.from({ length: count }, (_, index) =>
    identifyingDicom({
      studyUid: `1.2.826.0.1.3680043.2.1125.${uid}`,
      seriesUid: `1.2.826.0.1.3680043.2.1125.${uid}.2`,
      sopUid: `1.2.826.0.1.3680043.2.1125.${uid}.3.${index}`,
      studyDate: date,
      instanceNumber: index + 1, // the scanner's numbers run against the geometry on purpose
      position: [index * 3, -60, 10],
      seriesDescription: "Sag STIR",
      age: "045Y",
    }),
  );

describe("ingest of DICOM", () => {
  it("stores no identifying value, keeps UIDs consistent within the case, and keeps the studies' spacing", async () => {
    const caseId = await makeCase(author);
    const [day0, week8] = await studiesOf(caseId);
    const firstBatch = dicomSlices("501", "20240311");
    const laterBatch = dicomSlices("502", "20240506"); // 56 days later, as the studies are
    for (const bytes of firstBatch) expect((await ingest(await uploadWhole(routes, day0!.id, bytes))).status).toBe("done");
    for (const bytes of laterBatch) expect((await ingest(await uploadWhole(routes, week8!.id, bytes))).status).toBe("done");

    const objects = storedObjects(caseId);
    expect(objects.length).toBeGreaterThan(0);
    const originals = ["20240311", "20240506", "1.2.826.0.1.3680043.2.1125.501", "1.2.826.0.1.3680043.2.1125.502", ...Object.values(IDENTIFIERS), "Thistlewood", "HARLEYPACS", "Nurse"];
    for (const object of objects) for (const value of originals) expect(containsText(object.bytes, value), `${value} in ${object.name}`).toBe(false);

    const series = await db.imageSeries.findMany({ where: { caseId }, include: { images: { orderBy: { position: "asc" } } }, orderBy: { createdAt: "asc" } });
    expect(series).toHaveLength(2);
    for (const one of series) {
      expect(one.images).toHaveLength(3);
      expect(one.orderedBy).toBe("geometry");
      // Ordered along the slice normal (row x column cosines = -x here), not by instance number.
      expect(one.images.map((image) => image.positionPatient[0])).toEqual([6, 3, 0]);
    }
    // Three uploads of one series became one series with one replacement UID.
    const dicoms = series.flatMap((one) => one.images.map((image) => readFileSync(path.join(folders.imagesDir, image.dicomKey!))));
    const dcmjs = (await import("dcmjs")).default;
    const read = (bytes: Buffer) => dcmjs.data.DicomMessage.readFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).dict;
    const first = dicoms.slice(0, 3).map(read);
    const second = dicoms.slice(3).map(read);
    expect(new Set(first.map((set) => set["0020000D"]!.Value![0])).size).toBe(1);
    expect(new Set(first.map((set) => set["0020000E"]!.Value![0])).size).toBe(1);
    expect(String(first[0]!["0020000D"]!.Value![0])).toMatch(/^2\.25\.\d+$/);
    const dayOf = (set: Record<string, { Value?: unknown[] }>) => Date.parse(String(set["00080020"]!.Value![0]).replace(/(\d{4})(\d{2})(\d{2})/, "$1-$2-$3"));
    expect((dayOf(second[0]!) - dayOf(first[0]!)) / 86_400_000).toBe(56);
    expect(String(first[0]!["00101010"]!.Value![0])).toBe("045Y");
  });

  it("gives the same original UIDs other replacement UIDs in another case", async () => {
    const uidOf = async () => {
      const caseId = await makeCase(author);
      const [study] = await studiesOf(caseId);
      await ingest(await uploadWhole(routes, study!.id, dicomSlices("601", "20240311", 1)[0]!));
      const image = await db.image.findFirstOrThrow({ where: { caseId }, select: { sopInstanceUid: true } });
      return image.sopInstanceUid;
    };
    const [a, b] = [await uidOf(), await uidOf()];
    expect(a).toMatch(/^2\.25\./);
    expect(a).not.toBe(b);
  });

  it("holds back a file with burned-in annotation for review, and refuses DICOM without pixel data", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const burned = identifyingDicom({ burnedIn: "YES", seriesUid: "1.2.3.4.5.77" });
    expect((await ingest(await uploadWhole(routes, study!.id, burned))).status).toBe("done");
    expect(await db.imageSeries.findFirstOrThrow({ where: { caseId }, select: { needsReview: true } })).toEqual({ needsReview: true });
    const empty = await ingest(await uploadWhole(routes, study!.id, identifyingDicom({ withPixels: false })));
    expect(empty).toMatchObject({ status: "failed", error: "DICOM without pixel data" });
  });
});

describe("ingest of photographs and bad files", () => {
  it("re-encodes a JPEG with GPS, an artist and a description into one with no metadata", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const jpeg = await sharp({ create: { width: 80, height: 40, channels: 3, background: { r: 200, g: 90, b: 40 } } })
      .jpeg()
      .withExif({ IFD0: { Artist: "Dr Samuel Quill", ImageDescription: "Foot of Margaret Thistlewood" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" } })
      .toBuffer();
    expect(await exifr.parse(jpeg, { gps: true })).toMatchObject({ Artist: "Dr Samuel Quill" });
    expect((await ingest(await uploadWhole(routes, study!.id, new Uint8Array(jpeg)))).status).toBe("done");
    const image = await db.image.findFirstOrThrow({ where: { caseId } });
    const stored = readFileSync(path.join(folders.imagesDir, image.fullKey));
    expect(await exifr.parse(stored, { tiff: true, exif: true, gps: true, icc: true, xmp: true, iptc: true, jfif: false })).toBeUndefined();
    expect(containsText(stored, "Thistlewood")).toBe(false);
    expect(image).toMatchObject({ width: 80, height: 40, contentType: "image/jpeg" });
  });

  it.each([
    ["a renamed program", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]), /not an image/],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /not an image/],
    ["a JPEG with HTML after its end", Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]), Buffer.from("<html><script>alert(1)</script></html>")]), /./],
  ])("refuses %s with a message and stores nothing", async (_name, bytes, message) => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const result = await ingest(await uploadWhole(routes, study!.id, new Uint8Array(bytes)));
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(message);
    expect(await db.image.count({ where: { caseId } })).toBe(0);
  });

  it("deletes the temporary chunks once processed, whatever the outcome", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const uploadId = await uploadWhole(routes, study!.id, new Uint8Array(Buffer.from("not an image at all")));
    expect(readdirSync(folders.tmpDir)).toContain(`${uploadId}.part`);
    await ingest(uploadId);
    expect(readdirSync(folders.tmpDir)).not.toContain(`${uploadId}.part`);
  });
});

describe("the upload protocol", () => {
  it("resumes after a dropped chunk: a wrong offset answers 409 with what the server has", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const bytes = dicomSlices("701", "20240311", 1)[0]!;
    const started = await announce(routes, study!.id, [{ size: bytes.length }]);
    const uploadId = started.body.data!.files[0]!.uploadId!;
    const half = Math.floor(bytes.length / 2);
    expect((await sendChunk(routes, uploadId, 0, bytes.subarray(0, half))).body.data).toMatchObject({ received: half, status: "uploading" });
    // The client lost the answer and sends the first chunk again: refused, told where to go on.
    const again = await sendChunk(routes, uploadId, 0, bytes.subarray(0, half));
    expect(again).toMatchObject({ status: 409, body: { code: "conflict", details: { received: half } } });
    const status = await getUpload(new Request(`http://rounds.test/api/uploads/${uploadId}`), { params: Promise.resolve({ uploadId }) });
    expect((await status.json()).data).toMatchObject({ received: half });
    expect((await sendChunk(routes, uploadId, half, bytes.subarray(half))).body.data).toMatchObject({ received: bytes.length, status: "queued" });
    expect((await ingest(uploadId)).status).toBe("done");
  });

  it("refuses a 60 MB file by name of its size, and a chunk past the announced size", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const started = await announce(routes, study!.id, [{ size: 60 * 1024 * 1024 }, { size: 10 }]);
    expect(started.status).toBe(201);
    expect(started.body.data!.files[0]).toEqual({ ok: false, code: "too_large", message: "too large: 60 MB, the limit is 50 MB" });
    const uploadId = started.body.data!.files[1]!.uploadId!;
    expect((await sendChunk(routes, uploadId, 0, new Uint8Array(11))).status).toBe(400);
  });

  it("refuses too many files at once", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const started = await announce(routes, study!.id, Array.from({ length: 10_000 }, () => ({ size: 1000 })));
    expect(started.status).toBe(400);
    expect(started.body.message).toMatch(/At most 1,000 files/);
    expect(await db.imageUpload.count({ where: { studyId: study!.id } })).toBe(0);
  });

  it("answers 404 for someone else's study and upload, 403 to a reader, 409 for an archived case", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const other = await makeUser("clinician");
    session.viewer = other;
    expect((await announce(routes, study!.id, [{ size: 10 }])).status).toBe(403); // may read the case, may not edit it
    const draftId = await makeCase(author, { status: "draft" });
    const [draftStudy] = await studiesOf(draftId);
    expect((await announce(routes, draftStudy!.id, [{ size: 10 }])).status).toBe(404);
    expect((await announce(routes, "nosuchstudy", [{ size: 10 }])).status).toBe(404);
    session.viewer = author;
    const uploadId = (await announce(routes, study!.id, [{ size: 10 }])).body.data!.files[0]!.uploadId!;
    session.viewer = other;
    expect((await sendChunk(routes, uploadId, 0, new Uint8Array(10))).status).toBe(404);
    session.viewer = author;
    await db.case.update({ where: { id: caseId }, data: { status: "archived" } });
    const archived = await announce(routes, study!.id, [{ size: 10 }]);
    expect(archived).toMatchObject({ status: 409, body: { code: "conflict" } });
    expect((await sendChunk(routes, uploadId, 0, new Uint8Array(10))).status).toBe(409);
  });
});

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

describe("bombs, archives and locked cases", () => {
  it("refuses a 50,000 x 50,000 PNG by its declared pixels", async () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(50_000, 0);
    header.writeUInt32BE(50_000, 4);
    header.set([1, 0, 0, 0, 0], 8);
    const bomb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(Buffer.alloc(6251 * 64))), pngChunk("IEND", Buffer.alloc(0))]);
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    expect(await ingest(await uploadWhole(routes, study!.id, new Uint8Array(bomb)))).toMatchObject({ status: "failed", error: expect.stringMatching(/too many pixels: 50,000 x 50,000/) });
  });

  it("refuses a zip bomb and an archive with ../ entries as a whole, and keeps the good files of a mixed archive", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    // Small on the wire, 1.2 GB by its declared sizes: refused before anything is inflated.
    const bomb = buildZip(Array.from({ length: 2 }, (_, index) => ({ name: `slice${index}.dcm`, content: new Uint8Array(1024), declaredSize: 600 * 1024 * 1024 })));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await ingest(await uploadWhole(routes, study!.id, bomb, 4 * 1024 * 1024, true))).toMatchObject({ status: "failed", error: expect.stringMatching(/too large|archive/) });
    const escaping = buildZip([{ name: "../../IM1", content: identifyingDicom() }]);
    expect(await ingest(await uploadWhole(routes, study!.id, escaping, 4 * 1024 * 1024, true))).toMatchObject({ status: "failed" });
    expect(await db.image.count({ where: { caseId } })).toBe(0);
    const mixed = buildZip([
      ...dicomSlices("801", "20240311", 2).map((content, index) => ({ name: `series/IM${index}`, content })),
      { name: "series/readme.txt", content: new TextEncoder().encode("hello") },
    ]);
    const done = await ingest(await uploadWhole(routes, study!.id, mixed, 4 * 1024 * 1024, true));
    expect(done).toMatchObject({ status: "done", imageCount: 2, failedCount: 1, error: expect.stringMatching(/^1 of 3 files failed: not an image/) });
  });

  it("refuses uploads to a case locked by a signed-off MDT outcome", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const team = await db.team.create({ data: { name: `Lock ${caseId}`, slug: `lock-${caseId}` }, select: { id: true } });
    await db.conference.create({
      data: {
        kind: "mdt", teamId: team.id, title: "MDT", startsAt: new Date(), durationMinutes: 60, joinCode: `L${caseId.slice(-8).toUpperCase()}`, presenterId: author.id, createdById: author.id,
        items: { create: { caseId, position: 0, outcome: { create: { recommendation: "Boot", managementPlan: "Review", followUp: "6 weeks", recordedById: author.id, signedOffById: author.id, signedOffAt: new Date() } } } },
      },
    });
    const refused = await announce(routes, study!.id, [{ size: 10 }]);
    expect(refused).toMatchObject({ status: 409, body: { code: "conflict", message: expect.stringMatching(/locked/) } });
  });
});

describe("a job that keeps failing", () => {
  it("goes back to the queue after an attempt that throws, and ends with a clear message after the last", async () => {
    const caseId = await makeCase(author);
    const [study] = await studiesOf(caseId);
    const uploadId = await uploadWhole(routes, study!.id, dicomSlices("901", "20240311", 1)[0]!);
    // The storage fails underneath the job: an unexpected error, not a refusal of the file.
    const runtime = await import("@/lib/storage/runtime");
    const storage = runtime.imageStorage();
    const put = storage.put;
    storage.put = async () => { throw new Error("disk unavailable"); };
    try {
      await expect(runIngest(uploadId, { final: false })).rejects.toThrow("disk unavailable");
      expect(await db.imageUpload.findUniqueOrThrow({ where: { id: uploadId }, select: { status: true, attempts: true } })).toEqual({ status: "queued", attempts: 1 });
      expect(readdirSync(folders.tmpDir)).toContain(`${uploadId}.part`); // kept for the retry
      await expect(runIngest(uploadId, { final: true })).rejects.toThrow("disk unavailable");
    } finally {
      storage.put = put;
    }
    const failed = await db.imageUpload.findUniqueOrThrow({ where: { id: uploadId }, select: { status: true, error: true, attempts: true } });
    expect(failed).toMatchObject({ status: "failed", attempts: 2, error: expect.stringMatching(/Processing failed several times/) });
    expect(failed.error).not.toContain("disk unavailable");
    expect(readdirSync(folders.tmpDir)).not.toContain(`${uploadId}.part`);
  });
});
