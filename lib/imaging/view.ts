// The shapes image components receive: ids, sizes and text, never storage keys. Types only, so
// client components can import them.
export type ImageView = {
  id: string;
  /** Changes whenever the stored objects do (lib/imaging/version.ts); every URL carries it. */
  version: string;
  position: number; width: number; height: number; isKey: boolean; caption: string; needsReview: boolean;
  /** Where the slice lies along the series' normal (mm), when known: compare scrolls by it. */
  sortKey?: number | null;
};
export type SeriesView = {
  id: string; name: string; position: number; modality: string | null; orderedBy: string; needsReview: boolean; images: ImageView[];
};
/** Series of each study, by study id. */
export type StudyImages = Record<string, SeriesView[]>;
export type UploadView = {
  id: string; studyId: string; size: number; received: number; status: "uploading" | "queued" | "processing" | "done" | "failed";
  progress: number; error: string | null; imageCount: number; failedCount: number;
};

/** What an image URL is built from: the id and the version of its stored objects. */
export type ImageRef = Pick<ImageView, "id" | "version">;

/**
 * The one builder of image URLs: the full image, its thumbnail, or its stored values for window
 * and level (GET /api/images/[id]/pixels). The version makes the URL change when the pixels do, so
 * the route lets the browser keep a response for good (decision 094).
 */
export function imageUrl(image: ImageRef, kind: "full" | "thumb" | "pixels" = "full"): string {
  const id = encodeURIComponent(image.id);
  const version = `v=${encodeURIComponent(image.version)}`;
  if (kind === "pixels") return `/api/images/${id}/pixels?${version}`;
  return `/api/images/${id}?${kind === "thumb" ? "size=thumb&" : ""}${version}`;
}

/** The text alternative of a slice: its caption, or the series and the slice's place. */
export function imageAlt(series: Pick<SeriesView, "name" | "images">, index: number): string {
  const image = series.images[index];
  if (image?.caption) return image.caption;
  return `${series.name}, slice ${index + 1} of ${series.images.length}`;
}

/** The image a study is shown by: its first key image, else the first image of its first series. */
export function keyImageOf(series: SeriesView[]): { series: SeriesView; index: number } | null {
  for (const one of series) {
    const index = one.images.findIndex((image) => image.isKey);
    if (index >= 0) return { series: one, index };
  }
  const first = series.find((one) => one.images.length > 0);
  return first ? { series: first, index: 0 } : null;
}
