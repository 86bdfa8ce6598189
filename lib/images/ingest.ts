// The one entry point for an upload's bytes: what is it, is it within the limits, and its
// de-identified form. An archive is refused or accepted as a whole; its files then succeed or
// fail one by one, so one bad slice never costs the author the others.
import { asImageResult, ImageError, type ImageResult, tooLarge } from "./errors";
import { deidentifyDicom, type DicomCaseContext, type DicomFacts } from "./dicom";
import { DEFAULT_MAX_PIXELS, deidentifyRaster, type RasterContentType } from "./raster";
import { sniffFileType } from "./sniff";
import { DEFAULT_ZIP_LIMITS, extractZip, type ZipLimits } from "./zip";

export type UploadLimits = {
  /** One image file (or one file inside an archive). */
  maxFileBytes: number;
  /** The archive file itself, before unpacking. */
  maxArchiveBytes: number;
  maxPixels: number;
  zip: ZipLimits;
};

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxArchiveBytes: 512 * 1024 * 1024,
  maxPixels: DEFAULT_MAX_PIXELS,
  zip: DEFAULT_ZIP_LIMITS,
};

export type DeidentifiedImage =
  | { kind: "raster"; bytes: Uint8Array; contentType: RasterContentType; width: number; height: number }
  | { kind: "dicom"; bytes: Uint8Array; contentType: "application/dicom"; facts: DicomFacts; needsReview: boolean; reviewReasons: string[] };

export type UploadedFileResult = {
  /** The entry's path inside an archive (null for a single file): for the uploader's per-file
   * messages only, never stored or logged (folder names can carry a patient's name). */
  archivePath: string | null;
  result: ImageResult<DeidentifiedImage>;
};

/** The case and study the upload belongs to; see DicomCaseContext. */
export type UploadContext = DicomCaseContext & { limits?: Partial<UploadLimits> };

async function deidentifyOne(bytes: Uint8Array, context: DicomCaseContext, limits: UploadLimits, inArchive: boolean): Promise<DeidentifiedImage> {
  if (bytes.length > limits.maxFileBytes) throw tooLarge(bytes.length, limits.maxFileBytes);
  const sniffed = sniffFileType(bytes);
  switch (sniffed.type) {
    case "jpeg":
    case "png":
    case "webp":
      return { kind: "raster", ...(await deidentifyRaster(bytes, sniffed.type, { maxPixels: limits.maxPixels })) };
    case "dicom":
      return { kind: "dicom", ...deidentifyDicom(bytes, context) };
    case "zip":
      if (inArchive) throw new ImageError("archive_nested", "archive refused: it contains another archive; upload the images themselves");
      throw new Error("unreachable: archives are unpacked by deidentifyUpload");
    default:
      throw new ImageError("not_an_image", `not an image: ${sniffed.description}; JPEG, PNG, WebP and DICOM are accepted`);
  }
}

/**
 * De-identifies one uploaded file: an image (one result) or a zip of images (one result per
 * file). The outer result fails only when the upload as a whole is refused (too large, an unsafe
 * or damaged archive); the original bytes are never returned or kept.
 */
export async function deidentifyUpload(bytes: Uint8Array, context: UploadContext): Promise<ImageResult<UploadedFileResult[]>> {
  const limits: UploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...context.limits };
  return asImageResult(async () => {
    if (sniffFileType(bytes).type !== "zip") {
      return [{ archivePath: null, result: await asImageResult(() => deidentifyOne(bytes, context, limits, false)) }];
    }
    if (bytes.length > limits.maxArchiveBytes) throw tooLarge(bytes.length, limits.maxArchiveBytes, "archive");
    const entries = await extractZip(bytes, { ...limits.zip, maxEntryBytes: Math.min(limits.zip.maxEntryBytes, limits.maxFileBytes) });
    const results: UploadedFileResult[] = [];
    for (const entry of entries) {
      results.push({ archivePath: entry.path, result: await asImageResult(() => deidentifyOne(entry.bytes, context, limits, true)) });
    }
    return results;
  });
}
