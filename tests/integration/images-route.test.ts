// The image route: who may fetch a study's image now, with which headers, and the audit trail;
// the live-conference gate; the demo seed's synthetic stacks; the clean-up of orphaned objects.
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { identifyingDicom } from "@/lib/images/test-dicom";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

const folders = useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeTeam, makeUser, withTeams } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { GET: getImage } = await import("@/app/api/images/[imageId]/route");
const { runIngest } = await import("@/lib/jobs/ingest");
const { runCleanup } = await import("@/lib/jobs/cleanup");
const routes = { startUpload, putChunk };

let author: Viewer;
let member: Viewer;
let outsider: Viewer;
let teamId: string;
beforeAll(async () => {
  [author, member, outsider] = await Promise.all([makeUser("resident"), makeUser("clinician"), makeUser("clinician")]);
  teamId = await makeTeam([[author, "member"], [member, "member"]]);
  [author, member] = await Promise.all([withTeams(author), withTeams(member)]);
});

async function fetchImage(viewer: Viewer | null, imageId: string, size?: string) {
  session.viewer = viewer;
  return getImage(new Request(`http://rounds.test/api/images/${imageId}${size ? `?size=${size}` : ""}`), { params: Promise.resolve({ imageId }) });
}

/** A case with one image in each of its two studies; returns the image ids by study order. */
async function caseWithImages(overrides: Parameters<typeof makeCase>[1] = {}) {
  const caseId = await makeCase(author, overrides);
  const studies = await db.study.findMany({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true } });
  session.viewer = author;
  const imageIds: string[] = [];
  for (const [index, study] of studies.entries()) {
    const uploadId = await uploadWhole(routes, study.id, identifyingDicom({ seriesUid: `1.2.3.${index}`, sopUid: `1.2.3.${index}.1` }));
    await runIngest(uploadId, { final: true });
    imageIds.push((await db.image.findFirstOrThrow({ where: { series: { studyId: study.id } }, select: { id: true } })).id);
  }
  return { caseId, imageIds };
}

describe("the image route", () => {
  it("serves a PNG privately with nosniff, a WebP thumbnail, and 404 to a signed-out reader of a non-public case", async () => {
    const { imageIds } = await caseWithImages();
    const full = await fetchImage(outsider, imageIds[0]!);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("image/png");
    expect(full.headers.get("cache-control")).toMatch(/^private/);
    expect(full.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await full.arrayBuffer()).subarray(1, 4)).toEqual(new TextEncoder().encode("PNG"));
    const thumb = await fetchImage(outsider, imageIds[0]!, "thumb");
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect((await fetchImage(null, imageIds[0]!)).status).toBe(404);
    expect((await fetchImage(outsider, "nosuchimage")).status).toBe(404);
    expect((await fetchImage(outsider, "../../etc/passwd")).status).toBe(404);
  });

  it("shows a team case's images to its members only, and audits their views", async () => {
    const { caseId, imageIds } = await caseWithImages({ visibility: "team", teamId });
    expect((await fetchImage(outsider, imageIds[0]!)).status).toBe(404);
    expect((await fetchImage(member, imageIds[0]!)).status).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "image.view", actorId: member.id, teamId } })).toBe(1);
    expect(caseId).toBeTruthy();
  });

  it("hides a draft's images from everyone but its author, and images held for review from readers", async () => {
    const draft = await caseWithImages({ status: "draft" });
    expect((await fetchImage(outsider, draft.imageIds[0]!)).status).toBe(404);
    expect((await fetchImage(author, draft.imageIds[0]!)).status).toBe(200);
    const open = await caseWithImages();
    await db.image.update({ where: { id: open.imageIds[0]! }, data: { needsReview: true } });
    expect((await fetchImage(outsider, open.imageIds[0]!)).status).toBe(404);
    expect((await fetchImage(author, open.imageIds[0]!)).status).toBe(200);
  });

  it("answers 404 to a live conference's audience for a study the presenter has not reached", async () => {
    const { caseId, imageIds } = await caseWithImages({ status: "unknown" });
    const presenter = await makeUser("educator");
    const conference = await db.conference.create({
      data: {
        kind: "teaching", teamId, title: "Foot teaching", startsAt: new Date(), durationMinutes: 60, joinCode: `T${Date.now().toString(36).toUpperCase()}`,
        presenterId: presenter.id, createdById: presenter.id, startedAt: new Date(),
        items: { create: { caseId, position: 0, reachedStep: 1 } },
        participants: { create: { userId: outsider.id } },
      },
      select: { id: true },
    });
    expect((await fetchImage(outsider, imageIds[0]!)).status).toBe(200); // study 1: reached
    expect((await fetchImage(outsider, imageIds[1]!)).status).toBe(404); // study 2: not yet
    expect((await fetchImage(author, imageIds[1]!)).status).toBe(200); // the case's author is never gated
    await db.agendaItem.updateMany({ where: { conferenceId: conference.id }, data: { reachedStep: 2 } });
    expect((await fetchImage(outsider, imageIds[1]!)).status).toBe(200);
    await db.agendaItem.updateMany({ where: { conferenceId: conference.id }, data: { reachedStep: 1 } });
    await db.conference.update({ where: { id: conference.id }, data: { endedAt: new Date() } });
    expect((await fetchImage(outsider, imageIds[1]!)).status).toBe(200); // the session is over
  });
});

describe("the clean-up job", () => {
  it("removes stored objects no row names and the objects of deleted cases", async () => {
    const { caseId } = await caseWithImages();
    const stray = `cases/${caseId}/${"a".repeat(64)}.png`;
    const gone = `cases/nosuchcase0000/${"b".repeat(64)}.png`;
    for (const key of [stray, gone]) {
      mkdirSync(path.dirname(path.join(folders.imagesDir, key)), { recursive: true });
      writeFileSync(path.join(folders.imagesDir, key), "x");
    }
    const report = await runCleanup();
    expect(report.objectsDeleted).toBeGreaterThanOrEqual(2);
    expect(existsSync(path.join(folders.imagesDir, stray))).toBe(false);
    expect(existsSync(path.join(folders.imagesDir, gone))).toBe(false);
    const kept = await db.image.findFirstOrThrow({ where: { caseId }, select: { fullKey: true } });
    expect(existsSync(path.join(folders.imagesDir, kept.fullKey))).toBe(true);
  });
});

describe("demo images", () => {
  it("gives the demo MRI studies synthetic stacks through the ingest path, once", async () => {
    const { connect, seedDemo } = await import("@/prisma/seed-runner");
    const { seedDemoImages } = await import("@/lib/demo/images");
    const { storageFromConfig } = await import("@/lib/storage/config");
    const client = connect(inject("databaseUrl"));
    try {
      await seedDemo(client);
      const series = await client.imageSeries.findMany({ where: { caseId: "demo-runner-metatarsal" }, select: { name: true, orderedBy: true, _count: { select: { images: true } } } });
      expect(series).toHaveLength(2);
      for (const one of series) expect(one).toMatchObject({ name: expect.stringContaining("SYNTHETIC"), orderedBy: "geometry", _count: { images: 16 } });
      expect(await client.image.count({ where: { caseId: "demo-runner-metatarsal", isKey: true } })).toBe(2);
      expect(await seedDemoImages(client, storageFromConfig({ IMAGES_DIR: folders.imagesDir }))).toBe(0);
    } finally {
      await client.$disconnect();
    }
  }, 120_000);
});
