// Where prepared images go: DICOM instances into the study's series by their (replacement) Series
// Instance UID, so a series uploaded in two batches is one series; JPEG/PNG/WebP into the study's
// "Images" series. Each touched series is then renumbered by where its slices lie, never by
// file name. Runs inside the transaction that finishes the upload, under a per-study lock.
import type { Tx } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupIntoSeries } from "@/lib/images/series";
import type { PreparedImage } from "./prepare";

/** The seriesInstanceUid of a study's one series of photographs and screenshots. */
export const RASTER_SERIES_UID = "rounds:uploaded-images";

async function seriesFor(tx: Tx, studyId: string, caseId: string, uid: string | null, fields: { name: string; modality: string | null; orderedBy: string; needsReview: boolean }) {
  const existing = uid ? await tx.imageSeries.findUnique({ where: { studyId_seriesInstanceUid: { studyId, seriesInstanceUid: uid } }, select: { id: true, needsReview: true } }) : null;
  if (existing) {
    if (fields.needsReview && !existing.needsReview) await tx.imageSeries.update({ where: { id: existing.id }, data: { needsReview: true } });
    return existing.id;
  }
  const last = await tx.imageSeries.aggregate({ where: { studyId }, _max: { position: true } });
  const created = await tx.imageSeries.create({
    data: { studyId, caseId, seriesInstanceUid: uid, position: (last._max.position ?? -1) + 1, ...fields },
    select: { id: true },
  });
  return created.id;
}

async function insertImages(tx: Tx, seriesId: string, caseId: string, images: PreparedImage[], baseSortKey: number | null) {
  await tx.image.createMany({
    data: images.map((image, index) => ({
      seriesId, caseId, position: 0,
      sortKey: baseSortKey === null ? image.sortKey : baseSortKey + index,
      fullKey: image.fullKey, thumbKey: image.thumbKey, dicomKey: image.dicomKey, contentType: image.contentType,
      width: image.width, height: image.height, needsReview: image.needsReview,
      sopInstanceUid: image.facts?.sopInstanceUid ?? null,
      positionPatient: image.facts?.imagePositionPatient ?? [],
      orientationPatient: image.facts?.imageOrientationPatient ?? [],
      pixelSpacing: image.facts?.pixelSpacing ?? [],
      windowCenter: image.facts?.windowCenter ?? null,
      windowWidth: image.facts?.windowWidth ?? null,
    })),
  });
  // One order for old and new slices alike: sort key (position along the normal, or instance
  // number, or arrival for photographs), then arrival.
  await tx.$executeRaw`update "Image" i set position = r.n from (
      select id, (row_number() over (order by "sortKey" nulls last, "createdAt", id) - 1)::int as n from "Image" where "seriesId" = ${seriesId}
    ) r where i.id = r.id and i.position is distinct from r.n`;
}

/** Places the prepared images of one upload; returns how many images were added. */
export async function placeImages(tx: Tx, study: { id: string; caseId: string }, images: PreparedImage[]): Promise<number> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`study-images:${study.id}`}))`;
  const rasters = images.filter((image) => image.facts === null);
  const dicoms = images.filter((image): image is PreparedImage & { facts: NonNullable<PreparedImage["facts"]> } => image.facts !== null);

  if (rasters.length > 0) {
    const seriesId = await seriesFor(tx, study.id, study.caseId, RASTER_SERIES_UID, { name: "Images", modality: null, orderedBy: "upload", needsReview: false });
    const count = await tx.image.count({ where: { seriesId } });
    await insertImages(tx, seriesId, study.caseId, rasters, count);
  }
  const groups = groupIntoSeries(dicoms.map((image) => ({ ...image.facts, prepared: image })));
  for (const group of groups) {
    const prepared = group.slices.map((slice) => slice.prepared);
    const name = group.seriesDescription ?? (group.seriesNumber !== null ? `Series ${group.seriesNumber}` : "Series");
    const seriesId = await seriesFor(tx, study.id, study.caseId, group.seriesInstanceUid, {
      name: name.slice(0, 80), modality: group.modality, orderedBy: group.orderedBy, needsReview: prepared.some((image) => image.needsReview),
    });
    // Slices with no geometry and no instance number keep the order groupIntoSeries gave them.
    await insertImages(tx, seriesId, study.caseId, prepared.map((image, index) => (image.sortKey === null ? { ...image, sortKey: 1e9 + index } : image)), null);
  }
  return images.length;
}

/** Keys among `keys` that no image row names (to delete after a failure or for clean-up). */
export async function unreferencedKeys(tx: Pick<Tx, "$queryRaw">, caseId: string, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await tx.$queryRaw<Array<{ key: string }>>(Prisma.sql`
    select k.key from unnest(${keys}::text[]) as k(key)
    where not exists (select 1 from "Image" i where i."caseId" = ${caseId} and (i."fullKey" = k.key or i."thumbKey" = k.key or i."dicomKey" = k.key))`);
  return rows.map((row) => row.key);
}
