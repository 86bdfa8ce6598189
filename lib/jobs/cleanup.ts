// The clean-up job: stored objects that no image row names (a job that died between writing
// objects and committing rows; a deleted case), temporary chunks of abandoned uploads, and
// uploads that never finished. Runs hourly on whichever instance picks it up.
import "server-only";
import { db } from "@/lib/core/db";
import { casePrefix } from "@/lib/storage/keys";
import { imageStorage, tempUploads } from "@/lib/storage/runtime";
import { unreferencedKeys } from "./place";

const HOUR = 3600_000;
/** An upload still receiving chunks after this long is abandoned. */
const ABANDONED_AFTER = 24 * HOUR;
/** A queued or processing upload untouched this long will not finish (its jobs have expired). */
const STUCK_AFTER = 2 * HOUR;

export type CleanupReport = { objectsDeleted: number; casesEmptied: number; uploadsAbandoned: number; uploadsFailed: number; tempFilesDeleted: number };

export async function runCleanup(now = new Date()): Promise<CleanupReport> {
  const storage = imageStorage();
  const temp = tempUploads();
  const report: CleanupReport = { objectsDeleted: 0, casesEmptied: 0, uploadsAbandoned: 0, uploadsFailed: 0, tempFilesDeleted: 0 };

  const stuck = await db.imageUpload.updateMany({
    where: { status: { in: ["queued", "processing"] }, updatedAt: { lt: new Date(now.getTime() - STUCK_AFTER) } },
    data: { status: "failed", error: "Processing did not finish, so this file was not added. Upload it again." },
  });
  report.uploadsFailed = stuck.count;
  const abandoned = await db.imageUpload.findMany({ where: { status: "uploading", updatedAt: { lt: new Date(now.getTime() - ABANDONED_AFTER) } }, select: { id: true } });
  for (const { id } of abandoned) await temp.remove(id);
  report.uploadsAbandoned = (await db.imageUpload.deleteMany({ where: { id: { in: abandoned.map((row) => row.id) } } })).count;
  const known = new Set((await db.imageUpload.findMany({ where: { status: { in: ["uploading", "queued", "processing"] } }, select: { id: true } })).map((row) => row.id));
  for (const id of await temp.stale(new Date(now.getTime() - ABANDONED_AFTER))) {
    if (known.has(id)) continue;
    await temp.remove(id);
    report.tempFilesDeleted++;
  }

  // Objects, case by case. A case with an upload in flight is skipped: its job may have written
  // objects whose rows are not committed yet.
  const keys = await storage.list("cases/");
  const byCase = new Map<string, string[]>();
  for (const key of keys) {
    const caseId = key.split("/")[1];
    if (caseId) byCase.set(caseId, [...(byCase.get(caseId) ?? []), key]);
  }
  const caseIds = [...byCase.keys()];
  const [existing, busy] = await Promise.all([
    db.case.findMany({ where: { id: { in: caseIds } }, select: { id: true } }),
    db.imageUpload.findMany({ where: { caseId: { in: caseIds }, status: { in: ["queued", "processing"] } }, select: { caseId: true } }),
  ]);
  const alive = new Set(existing.map((row) => row.id));
  const inFlight = new Set(busy.map((row) => row.caseId));
  for (const [caseId, caseKeys] of byCase) {
    if (!alive.has(caseId)) {
      report.objectsDeleted += await storage.deletePrefix(casePrefix(caseId));
      report.casesEmptied++;
      continue;
    }
    if (inFlight.has(caseId)) continue;
    for (const key of await unreferencedKeys(db, caseId, caseKeys)) {
      await storage.delete(key);
      report.objectsDeleted++;
    }
  }
  return report;
}

/** Deleting a case: its rows cascade; its objects go at once (and the clean-up catches any left). */
export async function deleteCaseImages(caseId: string): Promise<number> {
  return imageStorage().deletePrefix(casePrefix(caseId));
}
