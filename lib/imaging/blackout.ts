// Blacking out regions of stored images on the server (issue 23 item 4, decision 092): the boxes
// are burned into new objects (the de-identified DICOM and its rendered PNG and thumbnail, or the
// photograph and its thumbnail), the rows are pointed at them in one transaction, and the old
// objects, which still hold the text, are removed at once once no row names them.
import "server-only";
import { db, type Tx } from "@/lib/core/db";
import { blackOutDicom, blackOutRaster, type Box } from "@/lib/images/blackout";
import { ImageError } from "@/lib/images/errors";
import { DEFAULT_MAX_PIXELS } from "@/lib/images/raster";
import { renderDicom, renderThumbnail } from "@/lib/images/render";
import { unreferencedKeys } from "@/lib/jobs/place";
import { imageKey, type StoredContentType } from "@/lib/storage/keys";
import { imageStorage } from "@/lib/storage/runtime";

const objectFields = { id: true, caseId: true, seriesId: true, fullKey: true, thumbKey: true, dicomKey: true, contentType: true, width: true, height: true } as const;
type StoredImage = { id: string; caseId: string; seriesId: string; fullKey: string; thumbKey: string; dicomKey: string | null; contentType: string; width: number; height: number };
type Replacement = { fullKey: string; thumbKey: string; dicomKey: string | null; contentType: string; width: number; height: number };

/** The images a black-out applies to: the one chosen, or every slice of its series of the same size. */
export async function blackOutTargets(imageId: string, wholeSeries: boolean): Promise<StoredImage[]> {
  const image = await db.image.findUnique({ where: { id: imageId }, select: objectFields });
  if (!image) return [];
  if (!wholeSeries) return [image];
  return db.image.findMany({ where: { seriesId: image.seriesId, width: image.width, height: image.height }, orderBy: [{ position: "asc" }, { id: "asc" }], select: objectFields });
}

async function replacementFor(image: StoredImage, boxes: Box[], written: string[]): Promise<Replacement> {
  const storage = imageStorage();
  const put = async (bytes: Uint8Array, contentType: StoredContentType) => {
    const key = imageKey(image.caseId, bytes, contentType);
    written.push(key);
    await storage.put(key, bytes, contentType);
    return key;
  };
  const source = await storage.get(image.dicomKey ?? image.fullKey);
  if (!source) throw new ImageError("dicom_damaged", "the stored image is missing");
  if (image.dicomKey) {
    const dicom = await blackOutDicom(source, boxes);
    const rendered = await renderDicom(dicom.bytes, dicom.transferSyntaxUid, DEFAULT_MAX_PIXELS);
    return {
      dicomKey: await put(dicom.bytes, "application/dicom"),
      fullKey: await put(rendered.bytes, rendered.contentType),
      thumbKey: await put(await renderThumbnail(rendered.bytes), "image/webp"),
      contentType: rendered.contentType, width: rendered.width, height: rendered.height,
    };
  }
  const contentType = image.contentType as StoredContentType;
  const painted = await blackOutRaster(source, contentType, boxes);
  return {
    dicomKey: null,
    fullKey: await put(painted, contentType),
    thumbKey: await put(await renderThumbnail(painted), "image/webp"),
    contentType, width: image.width, height: image.height,
  };
}

/** Removes `keys` of the case that no image row names any more. */
async function removeUnnamed(caseId: string, keys: string[]): Promise<void> {
  const storage = imageStorage();
  for (const key of await unreferencedKeys(db, caseId, [...new Set(keys)])) await storage.delete(key);
}

/**
 * Blacks out `boxes` on each image and marks it reviewed; the series stays held while any of its
 * images is. `onCommit(tx)` runs in the transaction (the case event). Returns how many images
 * changed; 0 when another save changed them meanwhile (their new objects are removed again).
 */
export async function blackOutImages(
  images: StoredImage[],
  boxes: Box[],
  onCommit: (tx: Tx) => Promise<void>,
): Promise<number> {
  const written: string[] = [];
  const replaced: Array<{ image: StoredImage; next: Replacement }> = [];
  try {
    for (const image of images) replaced.push({ image, next: await replacementFor(image, boxes, written) });
    const changed = await db.$transaction(async (tx) => {
      let count = 0;
      for (const { image, next } of replaced) {
        // Only the version read above: a concurrent black-out of the same image wins, this one stops.
        const updated = await tx.image.updateMany({ where: { id: image.id, fullKey: image.fullKey }, data: { ...next, needsReview: false } });
        count += updated.count;
      }
      if (count !== replaced.length) throw new ConcurrentChange();
      const seriesId = images[0]!.seriesId;
      const held = await tx.image.count({ where: { seriesId, needsReview: true } });
      await tx.imageSeries.update({ where: { id: seriesId }, data: { needsReview: held > 0 } });
      await onCommit(tx);
      return count;
    });
    await removeUnnamed(images[0]!.caseId, replaced.flatMap(({ image }) => [image.fullKey, image.thumbKey, ...(image.dicomKey ? [image.dicomKey] : [])]));
    return changed;
  } catch (error) {
    await removeUnnamed(images[0]!.caseId, written);
    if (error instanceof ConcurrentChange) return 0;
    throw error;
  }
}

class ConcurrentChange extends Error {}
