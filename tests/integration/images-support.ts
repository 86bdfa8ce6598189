// Helpers for the image tests (not a test file): a private storage and temporary folder per test
// file, and the upload protocol driven through the real route handlers.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Call before importing anything that reads lib/core/env.ts. */
export function useTemporaryImageFolders(): { imagesDir: string; tmpDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "rounds-images-test-"));
  const imagesDir = path.join(root, "images");
  const tmpDir = path.join(root, "uploads");
  process.env.IMAGES_DIR = imagesDir;
  process.env.UPLOAD_TMP_DIR = tmpDir;
  return { imagesDir, tmpDir };
}

type Routes = {
  startUpload: (request: Request, context: { params: Promise<{ studyId: string }> }) => Promise<Response>;
  putChunk: (request: Request, context: { params: Promise<{ uploadId: string }> }) => Promise<Response>;
};

export async function announce(routes: Routes, studyId: string, files: Array<{ size: number; archive?: boolean }>) {
  const response = await routes.startUpload(
    new Request(`http://rounds.test/api/studies/${studyId}/uploads`, { method: "POST", body: JSON.stringify({ files }) }),
    { params: Promise.resolve({ studyId }) },
  );
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string; data?: { files: Array<{ ok: boolean; uploadId?: string; message?: string }> } } };
}

export async function sendChunk(routes: Routes, uploadId: string, offset: number, bytes: Uint8Array) {
  const response = await routes.putChunk(new Request(`http://rounds.test/api/uploads/${uploadId}?offset=${offset}`, { method: "PUT", body: new Uint8Array(bytes) }), {
    params: Promise.resolve({ uploadId }),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; code?: string; message?: string; data?: { received: number; status: string }; details?: { received: number } } };
}

/** Announces one file and sends it in chunks; returns the upload id. */
export async function uploadWhole(routes: Routes, studyId: string, bytes: Uint8Array, chunk = 4 * 1024 * 1024, archive = false): Promise<string> {
  const started = await announce(routes, studyId, [{ size: bytes.length, archive }]);
  const uploadId = started.body.data?.files[0]?.uploadId;
  if (!uploadId) throw new Error(`upload refused: ${JSON.stringify(started.body)}`);
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const sent = await sendChunk(routes, uploadId, offset, bytes.subarray(offset, offset + chunk));
    if (sent.status !== 200) throw new Error(`chunk refused: ${JSON.stringify(sent.body)}`);
  }
  return uploadId;
}
