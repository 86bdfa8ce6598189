// Inputs of the image routes and actions (zod). Sizes and counts are checked here once.
import { z } from "zod";
import { identifierConfirmation } from "@/lib/deidentify/schema";
import { DEFAULT_UPLOAD_LIMITS } from "@/lib/images/ingest";

export const IMAGE_LIMITS = {
  /** One image file; an archive (.zip of a series) may be larger, up to maxArchiveBytes. */
  maxFileBytes: DEFAULT_UPLOAD_LIMITS.maxFileBytes,
  maxArchiveBytes: DEFAULT_UPLOAD_LIMITS.maxArchiveBytes,
  /** Files the author may pick at once (a series of single DICOM files); a zip counts as one. */
  maxFilesPerUpload: 1_000,
  /** One chunk, below the server's 5 MB request limit (lib/http/request-guard.ts). */
  chunkBytes: 4 * 1024 * 1024,
  seriesName: 80,
  caption: 300,
  /** Boxes of one black-out. */
  blackOutBoxes: 20,
} as const;

const id = z.string().min(1).max(40).regex(/^[a-z0-9]+$/, "not an id");

export const startUploadInput = z.object({
  studyId: id,
  files: z
    .array(z.object({ size: z.number().int().min(1), archive: z.boolean().default(false) }))
    .min(1, "Choose at least one file.")
    .max(IMAGE_LIMITS.maxFilesPerUpload, `At most ${IMAGE_LIMITS.maxFilesPerUpload.toLocaleString("en")} files at once: put a long series in a .zip.`),
});

export const chunkInput = z.object({
  uploadId: id,
  offset: z.coerce.number().int().min(0),
});

export const imageRequestInput = z.object({
  imageId: id,
  size: z.enum(["full", "thumb"]).catch("full"),
  /** The version the URL carries (lib/imaging/version.ts); absent on an unversioned URL, and anything malformed is simply stale. */
  version: z.string().max(64).optional().catch(""),
});

export const renameSeriesInput = z.object({
  seriesId: id,
  name: z.string().trim().min(1, "Name the series.").max(IMAGE_LIMITS.seriesName),
  /** The author's answer to the de-identification guard. */
  ...identifierConfirmation,
});
export const moveSeriesInput = z.object({ seriesId: id, direction: z.enum(["up", "down"]) });
export const keyImageInput = z.object({
  imageId: id,
  isKey: z.boolean(),
  caption: z.string().trim().max(IMAGE_LIMITS.caption).default(""),
  /** The author's answer to the de-identification guard. */
  ...identifierConfirmation,
});
/** Boxes in the image's own pixel coordinates (its width x height), drawn over burned-in text. */
const blackOutBox = z.object({
  x: z.number().finite().min(0, "A box must lie on the image."),
  y: z.number().finite().min(0, "A box must lie on the image."),
  width: z.number().finite().min(1, "A box is at least one pixel wide."),
  height: z.number().finite().min(1, "A box is at least one pixel high."),
});
export const blackOutInput = z.object({
  imageId: id,
  boxes: z.array(blackOutBox).min(1, "Draw at least one box over the text.").max(IMAGE_LIMITS.blackOutBoxes, `At most ${IMAGE_LIMITS.blackOutBoxes} boxes at once.`),
  /** The same boxes on every slice of the series that has this image's size (ultrasound text sits in the same place). */
  wholeSeries: z.boolean().default(false),
});
export const deleteImageInput = z.object({ imageId: id });
export const deleteSeriesInput = z.object({ seriesId: id });
export const confirmReviewInput = z.object({ seriesId: id });
export const studyUploadsInput = z.object({ studyId: id });
