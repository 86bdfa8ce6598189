// The case's series and slices as JSON for the case page's one read (lib/pages/case-page.ts):
// every series with its images in order; visibleSeries (queries.ts) keeps what a viewer may see.
import { Prisma } from "@/lib/generated/prisma/client";
import type { StoredObjects } from "./version";
import type { ImageView, SeriesView } from "./view";

/** An image as the reads return it: its storage keys, which visibleSeries turns into the URL version. */
export type ImageRow = Omit<ImageView, "version"> & StoredObjects;

/** A series of the case as the read returns it, before the viewer's rules. */
export type SeriesRow = Omit<SeriesView, "images"> & { studyId: string; images: ImageRow[] };

/** Every series of the case `caseColumn`, by study and position, each with its slices in order. */
export function caseSeriesJson(caseColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((select json_agg(json_build_object(
      'id', s.id, 'studyId', s."studyId", 'name', s.name, 'position', s.position, 'modality', s.modality,
      'orderedBy', s."orderedBy", 'needsReview', s."needsReview",
      'images', coalesce((select json_agg(json_build_object(
        'id', i.id, 'position', i.position, 'sortKey', i."sortKey", 'width', i.width, 'height', i.height,
        'isKey', i."isKey", 'caption', i.caption, 'needsReview', i."needsReview",
        'fullKey', i."fullKey", 'thumbKey', i."thumbKey", 'dicomKey', i."dicomKey") order by i.position, i.id)
        from "Image" i where i."seriesId" = s.id), '[]'))
      order by s."studyId", s.position, s.id)
    from "ImageSeries" s where s."caseId" = ${caseColumn}), '[]')`;
}
