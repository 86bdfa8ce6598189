// Series archives (.zip): entries read one by one with yauzl, with every limit checked before an
// entry is inflated. Refused as a whole (nothing from the archive is used): "../" or absolute
// names, too many entries, more uncompressed bytes than allowed (zip bombs), sizes that lie
// (yauzl checks each entry's real size against the declared one), nested archives, encryption.
import { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ImageError, formatMegabytes } from "./errors";

export type ZipLimits = {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Sum of the files' uncompressed sizes. */
  maxTotalBytes: number;
  /** One file's uncompressed size (the single-upload limit). */
  maxEntryBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntryBytes: 50 * 1024 * 1024,
};

export type ZipEntryFile = {
  /** The entry's path inside the archive: for per-file messages to the uploader only. It is user
   * text (folder names may hold a patient's name), so it must never be stored or logged. */
  path: string;
  bytes: Uint8Array;
};

/** Operating-system litter that archives carry; skipped silently. DICOMDIR is a CD's index, not an image. */
const IGNORED = [/(^|\/)__MACOSX\//, /(^|\/)\.DS_Store$/, /(^|\/)Thumbs\.db$/i, /(^|\/)desktop\.ini$/i, /(^|\/)DICOMDIR$/i];

const ARCHIVE_SIGNATURES: { offset: number; bytes: number[] }[] = [
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // zip
  { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty zip
  { offset: 0, bytes: [0x1f, 0x8b] }, // gzip
  { offset: 0, bytes: [0x42, 0x5a, 0x68] }, // bzip2
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] }, // xz
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }, // 7z
  { offset: 0, bytes: [0x52, 0x61, 0x72, 0x21] }, // rar
  { offset: 257, bytes: [0x75, 0x73, 0x74, 0x61, 0x72] }, // tar ("ustar")
];

export function isArchive(bytes: Uint8Array): boolean {
  return ARCHIVE_SIGNATURES.some(({ offset, bytes: signature }) => signature.every((value, index) => bytes[offset + index] === value));
}

/** Entry names are decoded by us (yauzl's decodeStrings is off) so an unsafe one is our typed error. */
function entryPath(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
  return raw.toString(utf8 ? "utf8" : "latin1").replace(/\\/g, "/");
}

function assertSafePath(path: string) {
  const unsafe = path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.split("/").some((segment) => segment === "..") || path.includes("\0");
  if (unsafe) throw new ImageError("archive_unsafe_path", "archive refused: an entry's path leaves the archive (\"../\" or an absolute path)");
}

const open = (buffer: Buffer) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );

async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Uint8Array> {
  const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, result) => (error ? reject(error) : resolve(result))));
  const chunks: Buffer[] = [];
  let size = 0;
  const liar = () => new ImageError("archive_too_large", "archive refused: an entry inflates past its declared size");
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // yauzl already stops an entry that inflates past its declared size; this is the second lock.
      if (size > maxBytes) {
        stream.destroy();
        throw liar();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ImageError) throw error;
    if (error instanceof Error && /too many bytes/i.test(error.message)) throw liar();
    throw error;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Reads every file of a zip archive into memory, or throws a typed ImageError. */
export async function extractZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Promise<ZipEntryFile[]> {
  const { maxEntries, maxTotalBytes, maxEntryBytes } = { ...DEFAULT_ZIP_LIMITS, ...limits };
  let zip: ZipFile;
  try {
    zip = await open(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new ImageError("archive_damaged", "damaged archive: it could not be read as a zip file");
  }
  // The end-of-central-directory record says how many entries follow: refuse before reading them.
  if (zip.entryCount > maxEntries) {
    zip.close();
    throw new ImageError("archive_too_many_files", `too many files: ${zip.entryCount.toLocaleString("en-US")} in the archive, the limit is ${maxEntries.toLocaleString("en-US")}`);
  }
  const files: ZipEntryFile[] = [];
  let declaredTotal = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const next = () => zip.readEntry();
      zip.on("error", (error) => reject(error));
      zip.on("end", () => resolve());
      zip.on("entry", (entry: Entry) => {
        const work = async () => {
          const path = entryPath(entry);
          assertSafePath(path);
          if (path.endsWith("/") || IGNORED.some((pattern) => pattern.test(path))) return;
          if (entry.isEncrypted()) throw new ImageError("archive_damaged", "archive refused: it is encrypted");
          if (entry.uncompressedSize > maxEntryBytes) {
            throw new ImageError("archive_too_large", `archive refused: one file is ${formatMegabytes(entry.uncompressedSize)}, the limit is ${formatMegabytes(maxEntryBytes)}`);
          }
          declaredTotal += entry.uncompressedSize;
          if (declaredTotal > maxTotalBytes) {
            throw new ImageError("archive_too_large", `archive refused: its files unpack to more than ${formatMegabytes(maxTotalBytes)}`);
          }
          const content = await readEntry(zip, entry, entry.uncompressedSize);
          if (isArchive(content)) throw new ImageError("archive_nested", "archive refused: it contains another archive; upload the images themselves");
          files.push({ path, bytes: content });
        };
        work().then(next, reject);
      });
      next();
    });
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw new ImageError("archive_damaged", "damaged archive: an entry could not be read");
  } finally {
    zip.close();
  }
  return files;
}
