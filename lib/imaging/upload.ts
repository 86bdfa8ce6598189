// The upload protocol (decision 041): the browser announces its files, then sends each in chunks
// with the offset it starts at; the server appends a chunk only at the end of what it has, so a
// dropped connection resumes where the server stopped (the client asks for `received`). The
// bytes go to the temporary area only; the last chunk queues the ingest job in the same
// transaction that marks the upload queued.
import "server-only";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import type { Viewer } from "@/lib/core/viewer";
import { formatMegabytes } from "@/lib/images/errors";
import { enqueueInTransaction, jobQueue, QUEUES } from "@/lib/jobs/queue";
import { signalCase } from "@/lib/live/notify";
import { tempUploads } from "@/lib/storage/runtime";
import { imageEditProblem } from "./policy";
import { loadStudyForImages, uploadStatusSelect } from "./queries";
import { IMAGE_LIMITS, type chunkInput, type startUploadInput } from "./schema";
import type { z } from "zod";

export type UploadStatusView = Awaited<ReturnType<typeof readUpload>>;
export type StartedFile = { ok: true; uploadId: string; chunkBytes: number } | { ok: false; code: "too_large"; message: string };

const readUpload = (id: string) => db.imageUpload.findUniqueOrThrow({ where: { id }, select: uploadStatusSelect });

/** Announces files for a study: one upload row each, or a per-file refusal ("too large: 60 MB..."). */
export async function startUpload(viewer: Viewer, input: z.output<typeof startUploadInput>): Promise<ActionResult<{ files: StartedFile[] }>> {
  const study = await loadStudyForImages(input.studyId);
  if (!study) return notFound("study");
  const problem = imageEditProblem(viewer, study.kase);
  if (problem) return problem;
  const files: StartedFile[] = [];
  for (const file of input.files) {
    const limit = file.archive ? IMAGE_LIMITS.maxArchiveBytes : IMAGE_LIMITS.maxFileBytes;
    if (file.size > limit) {
      files.push({ ok: false, code: "too_large", message: `too large: ${formatMegabytes(file.size)}, the limit is ${formatMegabytes(limit)}` });
      continue;
    }
    const row = await db.imageUpload.create({
      data: { studyId: study.id, caseId: study.caseId, uploaderId: viewer.id, size: file.size },
      select: { id: true },
    });
    files.push({ ok: true, uploadId: row.id, chunkBytes: IMAGE_LIMITS.chunkBytes });
  }
  return ok({ files });
}

/** The upload if it is the viewer's own (anyone else's is "not found", like a foreign case). */
async function ownUpload(viewer: Viewer, uploadId: string) {
  const upload = await db.imageUpload.findUnique({ where: { id: uploadId }, select: { ...uploadStatusSelect, uploaderId: true, caseId: true } });
  return upload && upload.uploaderId === viewer.id ? upload : null;
}

export async function uploadStatus(viewer: Viewer, uploadId: string): Promise<ActionResult<UploadStatusView>> {
  const upload = await ownUpload(viewer, uploadId);
  if (!upload) return notFound("upload");
  const { uploaderId: _uploader, caseId: _case, ...view } = upload;
  return ok(view);
}

/**
 * Appends one chunk. A chunk at the wrong offset answers 409 with what the server has, so the
 * client continues from there; the last byte queues the job.
 */
export async function receiveChunk(
  viewer: Viewer,
  input: z.output<typeof chunkInput>,
  bytes: Uint8Array,
): Promise<ActionResult<UploadStatusView, { received: number }>> {
  const upload = await ownUpload(viewer, input.uploadId);
  if (!upload) return notFound("upload");
  if (upload.status !== "uploading") return fail("conflict", "This file has already been received.", { details: { received: upload.received } });
  const study = await loadStudyForImages(upload.studyId);
  if (!study) return notFound("study");
  const problem = imageEditProblem(viewer, study.kase);
  if (problem) return problem;
  if (bytes.length === 0 || bytes.length > IMAGE_LIMITS.chunkBytes) {
    return fail("invalid_input", `A chunk holds 1 byte to ${formatMegabytes(IMAGE_LIMITS.chunkBytes)}.`);
  }
  if (input.offset + bytes.length > upload.size) {
    return fail("invalid_input", `This chunk goes past the file's announced size (${formatMegabytes(upload.size)}).`);
  }
  const temp = tempUploads();
  const received = await temp.append(upload.id, input.offset, bytes);
  if (received === null) {
    const have = await temp.size(upload.id);
    return fail("conflict", `The server has ${have} bytes of this file; continue from there.`, { details: { received: have } });
  }
  if (received < upload.size) {
    await db.imageUpload.update({ where: { id: upload.id }, data: { received } });
    return ok(await readUpload(upload.id));
  }
  await jobQueue(); // started before the transaction (the first start installs pg-boss's schema)
  await db.$transaction(async (tx) => {
    await tx.imageUpload.update({ where: { id: upload.id }, data: { received, status: "queued" } });
    await enqueueInTransaction(tx, QUEUES.ingest, { uploadId: upload.id }, { singletonKey: upload.id });
    await signalCase(tx, upload.caseId, "upload_progress", upload.id);
  });
  return ok(await readUpload(upload.id));
}
