// The shapes image components receive: ids, sizes and text, never storage keys. Types only, so
// client components can import them.
export type ImageView = {
  id: string; position: number; width: number; height: number; isKey: boolean; caption: string; needsReview: boolean;
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

export const imageUrl = (imageId: string, size: "full" | "thumb" = "full") => `/api/images/${imageId}${size === "thumb" ? "?size=thumb" : ""}`;

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
