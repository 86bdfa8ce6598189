// One de-identified file becomes stored objects: the displayable image, its thumbnail and, for
// DICOM, the de-identified instance itself. Keys are content-addressed under the case's prefix,
// so a retried job writes the same keys; every key written is reported so a failure can remove
// what no row names.
import type { DeidentifiedImage, DicomFacts } from "@/lib/images";
import { DEFAULT_MAX_PIXELS } from "@/lib/images/raster";
import { renderDicom, renderThumbnail } from "@/lib/images/render";
import { imageKey } from "@/lib/storage/keys";
import type { ObjectStorage } from "@/lib/storage/types";

export type PreparedImage = {
  fullKey: string;
  thumbKey: string;
  dicomKey: string | null;
  contentType: string;
  width: number;
  height: number;
  needsReview: boolean;
  facts: DicomFacts | null;
  /** Where the slice lies along its series' normal (mm), else its instance number, else null. */
  sortKey: number | null;
};

function sortKeyOf(facts: DicomFacts): number | null {
  const position = facts.imagePositionPatient;
  const orientation = facts.imageOrientationPatient;
  if (position && orientation) {
    const [a, b, c, d, e, f] = orientation;
    const normal = [b * f - c * e, c * d - a * f, a * e - b * d];
    return position[0] * normal[0]! + position[1] * normal[1]! + position[2] * normal[2]!;
  }
  return facts.instanceNumber;
}

export async function prepareImage(storage: ObjectStorage, caseId: string, image: DeidentifiedImage, written: string[]): Promise<PreparedImage> {
  const put = async (bytes: Uint8Array, contentType: "image/png" | "image/jpeg" | "image/webp" | "application/dicom") => {
    const key = imageKey(caseId, bytes, contentType);
    written.push(key);
    await storage.put(key, bytes, contentType);
    return key;
  };
  if (image.kind === "raster") {
    const thumb = await renderThumbnail(image.bytes);
    return {
      fullKey: await put(image.bytes, image.contentType),
      thumbKey: await put(thumb, "image/webp"),
      dicomKey: null,
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      needsReview: false,
      facts: null,
      sortKey: null,
    };
  }
  const rendered = await renderDicom(image.bytes, image.facts.transferSyntaxUid, DEFAULT_MAX_PIXELS);
  const thumb = await renderThumbnail(rendered.bytes);
  return {
    fullKey: await put(rendered.bytes, rendered.contentType),
    thumbKey: await put(thumb, "image/webp"),
    dicomKey: await put(image.bytes, "application/dicom"),
    contentType: rendered.contentType,
    width: rendered.width,
    height: rendered.height,
    needsReview: image.needsReview,
    facts: image.facts,
    sortKey: sortKeyOf(image.facts),
  };
}
