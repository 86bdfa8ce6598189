// The ingest job: one upload's temporary bytes -> de-identified (lib/images) -> rendered and stored
// (lib/storage) -> series rows, in one transaction with the upload's "done" and a case event.
// Progress goes to the author's page as unlogged signals on the case stream. The temporary file is
// deleted once the upload is done or has finally failed; the original bytes never go anywhere else.
import "server-only";
import { db } from "@/lib/core/db";
import { deidentifyUpload, type UploadedFileResult } from "@/lib/images/ingest";
import { ImageError } from "@/lib/images/errors";
import { recordCaseEvent, signalCase } from "@/lib/live/notify";
import { imageStorage, tempUploads } from "@/lib/storage/runtime";
import { caseImagingFor } from "./ingest-files";
import { placeImages, unreferencedKeys } from "./place";
import { prepareImage, type PreparedImage } from "./prepare";

export type IngestJobData = { uploadId: string };
/** The case's secret and origin (see ingest-files.ts). */
export const caseImagingSecret = (caseId: string) => caseImagingFor(db, caseId);

async function progress(upload: { id: string; caseId: string }, data: { status?: "queued" | "processing" | "done" | "failed"; progress?: number; error?: string | null }) {
  await db.imageUpload.update({ where: { id: upload.id }, data });
  await signalCase(db, upload.caseId, "upload_progress", upload.id);
}

/** "3 of 250 files failed: DICOM without pixel data (2); not an image ... (1)". */
function failureSummary(failed: string[], total: number): string {
  const counts = new Map<string, number>();
  for (const message of failed) counts.set(message, (counts.get(message) ?? 0) + 1);
  const reasons = [...counts].map(([message, count]) => (total > 1 ? `${message} (${count})` : message)).join("; ");
  return total > 1 ? `${failed.length} of ${total} files failed: ${reasons}` : reasons;
}

/**
 * Runs one attempt. Returns normally when the upload is finished (done, or failed for a reason
 * the author can act on); throws for anything unexpected, so the queue retries.
 */
export async function runIngest(uploadId: string, attempt: { final: boolean }): Promise<void> {
  const upload = await db.imageUpload.findUnique({ where: { id: uploadId }, select: { id: true, caseId: true, status: true, study: { select: { id: true, caseId: true, dayOffset: true } } } });
  const temp = tempUploads();
  if (!upload || upload.status === "done" || upload.status === "failed") {
    await temp.remove(uploadId);
    return;
  }
  const storage = imageStorage();
  const written: string[] = [];
  try {
    await db.imageUpload.update({ where: { id: upload.id }, data: { status: "processing", progress: 2, attempts: { increment: 1 } } });
    await signalCase(db, upload.caseId, "upload_progress", upload.id);
    const imaging = await caseImagingSecret(upload.caseId);
    let bytes: Buffer | null = await temp.read(upload.id).catch(() => null);
    if (!bytes) {
      await progress(upload, { status: "failed", error: "The file did not arrive completely; upload it again." });
      return;
    }
    const result = await deidentifyUpload(bytes, { caseSecret: imaging.secret, originDate: imaging.originDate, dayOffset: upload.study.dayOffset });
    bytes = null;
    if (!result.ok) {
      await progress(upload, { status: "failed", error: result.message });
      await temp.remove(upload.id);
      return;
    }
    const files: UploadedFileResult[] = result.value;
    const prepared: PreparedImage[] = [];
    const failed: string[] = [];
    let lastShown = 0;
    for (const [index, file] of files.entries()) {
      if (!file.result.ok) {
        failed.push(file.result.message);
      } else {
        try {
          prepared.push(await prepareImage(storage, upload.caseId, file.result.value, written));
        } catch (error) {
          if (!(error instanceof ImageError)) throw error;
          failed.push(error.message);
        }
      }
      const percent = Math.floor(5 + (90 * (index + 1)) / files.length);
      if (percent - lastShown >= 10) {
        lastShown = percent;
        await progress(upload, { progress: percent });
      }
    }
    if (prepared.length === 0) {
      await progress(upload, { status: "failed", progress: 100, error: failureSummary(failed, files.length) });
      await temp.remove(upload.id);
      return;
    }
    await db.$transaction(async (tx) => {
      const added = await placeImages(tx, upload.study, prepared);
      await tx.imageUpload.update({
        where: { id: upload.id },
        data: { status: "done", progress: 100, imageCount: added, failedCount: failed.length, error: failed.length ? failureSummary(failed, files.length) : null },
      });
      await recordCaseEvent(tx, { caseId: upload.caseId, actorId: null, kind: "images_changed", subjectId: upload.study.id });
    }, { timeout: 60_000 });
    await temp.remove(upload.id);
  } catch (error) {
    // Objects this attempt wrote that no row names are removed (a retry writes them again).
    const orphans = await unreferencedKeys(db, upload.caseId, [...new Set(written)]).catch(() => []);
    await Promise.all(orphans.map((key) => storage.delete(key).catch(() => undefined)));
    if (attempt.final) {
      await progress(upload, { status: "failed", error: "Processing failed several times, so this file was not added. Try uploading it again; if it fails again, the file may be unusual." }).catch(() => undefined);
      await temp.remove(upload.id);
    } else {
      await progress(upload, { status: "queued", progress: 0 }).catch(() => undefined);
    }
    throw error;
  }
}
