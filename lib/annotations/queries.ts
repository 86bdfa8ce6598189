// Reads of image annotations: a series' marks in one read, cut to what this viewer may see.
import "server-only";
import { canEditCase } from "@/lib/cases/policy";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { loadImageForView } from "@/lib/imaging/queries";
import { canSeeAnnotation } from "./policy";
import type { AnnotationView } from "./view";

export interface SeriesMarks {
  /** The marks of each image the viewer may see, by image id (images without marks are absent). */
  marks: Record<string, AnnotationView[]>;
  /** Whether the viewer edits the case, and so may place marks (the action checks again). */
  canAnnotate: boolean;
}

/** A series' marks as this viewer may see them; null when the series is not theirs to see. */
export async function listSeriesAnnotations(viewer: Viewer | null, seriesId: string): Promise<SeriesMarks | null> {
  const series = await db.imageSeries.findUnique({
    where: { id: seriesId },
    select: {
      images: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, needsReview: true, annotations: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, geometry: true, text: true, secret: true } } },
      },
    },
  });
  const first = series?.images[0];
  if (!series || !first) return null;
  // The case's facts and this viewer's live-conference gate are those of the series' study.
  const view = await loadImageForView(viewer, first.id);
  if (!view) return null;
  const kase = { ...view.kase, id: view.caseId };
  const byImage: Record<string, AnnotationView[]> = {};
  let visible = false;
  for (const row of series.images) {
    // The series' study may be part of the answer: its images, and so their marks, hidden with it.
    const image = { ...row, partOfAnswer: view.partOfAnswer, stage: view.stage };
    if (!canSeeAnnotation(viewer, kase, image, view.gate, { secret: false })) continue;
    visible = true;
    const marks = image.annotations.filter((annotation) => canSeeAnnotation(viewer, kase, image, view.gate, annotation));
    if (marks.length) byImage[image.id] = marks.map(({ geometry, ...mark }) => ({ ...mark, geometry: geometry as AnnotationView["geometry"] }));
  }
  return visible ? { marks: byImage, canAnnotate: canEditCase(viewer, kase) } : null;
}
