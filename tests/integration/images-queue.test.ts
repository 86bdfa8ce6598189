// The real queue: pg-boss in the test database, the worker as server.ts starts it, an upload
// going from its last chunk to "done" with nobody calling the job by hand.
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { identifyingDicom } from "@/lib/images/test-dicom";
import { uploadWhole, useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));

const { db } = await import("@/lib/core/db");
const { makeCase, makeUser } = await import("../support/factories");
const { POST: startUpload } = await import("@/app/api/studies/[studyId]/uploads/route");
const { PUT: putChunk } = await import("@/app/api/uploads/[uploadId]/route");
const { jobQueue, QUEUES, startImageWorker, stopImageWorker } = await import("@/lib/jobs");

afterAll(async () => {
  await stopImageWorker();
});

describe("the image worker", () => {
  it("processes an upload queued by its last chunk", async () => {
    session.viewer = await makeUser("resident");
    const caseId = await makeCase(session.viewer);
    const study = await db.study.findFirstOrThrow({ where: { caseId }, select: { id: true } });
    // Earlier test files (they run one at a time on this database) queued their uploads' jobs and
    // ran them by hand; a worker started now would first work through that backlog, whose chunks
    // are gone with those files' temporary folders.
    await (await jobQueue()).deleteAllJobs(QUEUES.ingest);
    await startImageWorker();
    const uploadId = await uploadWhole({ startUpload, putChunk }, study.id, identifyingDicom());
    await expect
      .poll(async () => (await db.imageUpload.findUniqueOrThrow({ where: { id: uploadId }, select: { status: true } })).status, { timeout: 30_000, interval: 250 })
      .toBe("done");
    expect(await db.image.count({ where: { caseId } })).toBe(1);
    expect(await db.caseActivity.count({ where: { caseId, kind: "images_changed" } })).toBe(1);
  }, 60_000);
});
