// Why an upload was refused, as data. Each code has one plain message a user can act on; messages
// never quote the file's content (it may hold patient data), only sizes, counts and kinds.

export type ImageErrorCode =
  | "not_an_image" // unknown bytes, an executable, SVG, HTML, PDF...
  | "too_large" // the file (or an archive's contents) exceeds a byte limit
  | "too_many_pixels" // decoded size over the pixel cap: decompression bombs
  | "markup_in_image" // HTML/script/SVG hidden in an image's metadata or after its end (polyglots)
  | "damaged_image" // a raster the decoder could not read
  | "dicom_no_pixel_data"
  | "dicom_damaged" // truncated, absurd declared lengths, nesting too deep
  | "dicom_unsupported" // a transfer syntax we do not handle (big endian, deflated)
  | "archive_unsafe_path" // "../" or absolute entry names
  | "archive_too_many_files"
  | "archive_too_large" // zip bombs: total uncompressed bytes over the cap, or sizes that lie
  | "archive_nested" // an archive inside the archive
  | "archive_damaged"; // unreadable or encrypted zip

export class ImageError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImageError";
  }
}

export type ImageResult<T> = { ok: true; value: T } | { ok: false; code: ImageErrorCode; message: string };

/** Runs `work` and turns an ImageError into a typed failure; anything else is a bug and rethrows. */
export async function asImageResult<T>(work: () => Promise<T> | T): Promise<ImageResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ImageError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** "60 MB" for 60 * 1024 * 1024 bytes; one decimal below 10 MB so small limits still read right. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  const shown = megabytes < 10 ? Math.round(megabytes * 10) / 10 : Math.round(megabytes);
  return `${shown} MB`;
}

export function tooLarge(size: number, limit: number, what = ""): ImageError {
  return new ImageError("too_large", `too large${what ? ` (${what})` : ""}: ${formatMegabytes(size)}, the limit is ${formatMegabytes(limit)}`);
}
