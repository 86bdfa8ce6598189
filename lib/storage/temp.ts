// The temporary area an upload's chunks land in before the ingest job reads them: a folder on
// the local disk (UPLOAD_TMP_DIR, default the system's temporary folder), never the permanent
// store, the database or a log. One file per upload, named by the upload's id; deleted once the
// job is done with it, and by the clean-up job when an upload is abandoned.
import { mkdir, open, readFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

const UPLOAD_ID = /^[a-z0-9]{8,40}$/;

export class TempUploads {
  constructor(readonly dir: string) {}

  private file(uploadId: string): string {
    // Ids are ours (cuid), but the path is built from it: refuse anything else outright.
    if (!UPLOAD_ID.test(uploadId)) throw new Error("invalid upload id for the temporary area");
    return path.join(this.dir, `${uploadId}.part`);
  }

  /** Bytes received so far (0 when nothing was written yet). */
  async size(uploadId: string): Promise<number> {
    try {
      return (await stat(this.file(uploadId))).size;
    } catch {
      return 0;
    }
  }

  /**
   * Writes `bytes` at `offset`, which must be where the file ends now (the client asks for the
   * size and resumes from there). Returns the new size, or null when the offset does not match.
   */
  async append(uploadId: string, offset: number, bytes: Uint8Array): Promise<number | null> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const handle = await open(this.file(uploadId), "a+", 0o600);
    try {
      const { size } = await handle.stat();
      if (size !== offset) return null;
      await handle.write(bytes, 0, bytes.length, offset);
      return size + bytes.length;
    } finally {
      await handle.close();
    }
  }

  read(uploadId: string): Promise<Buffer> {
    return readFile(this.file(uploadId));
  }

  async remove(uploadId: string): Promise<void> {
    await rm(this.file(uploadId), { force: true });
  }

  /** Ids of uploads whose temporary file was last written before `before`. */
  async stale(before: Date): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const ids: string[] = [];
    for (const name of names) {
      if (!name.endsWith(".part")) continue;
      const id = name.slice(0, -".part".length);
      if (!UPLOAD_ID.test(id)) continue;
      const info = await stat(path.join(this.dir, name)).catch(() => null);
      if (info && info.mtime < before) ids.push(id);
    }
    return ids;
  }
}
