// The live conference's images (issue 24 item 5): the series of the studies the presenter has
// reached, and the presenter's slice. What the room sees is the same for everyone who may see the
// case (the presenter included), so that a slice's index means the same image on every screen:
// images held back for review and studies that are part of the answer stay out, as on the image
// route (lib/imaging/policy.ts), which answers 404 for anything else anyway.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { canSeeTimelineEntry, type CaseAccessFacts } from "@/lib/cases/policy";
import { db } from "@/lib/core/db";
import { storedObjectsSelect, withVersion } from "@/lib/imaging/version";
import type { SeriesView, StudyImages } from "@/lib/imaging/view";
import { WINDOW_PRESET_NAMES, type WindowPresetName } from "@/lib/images/window";
import type { SliceFocus, SliceWindow } from "./focus";

const seriesSelect = {
  id: true, studyId: true, name: true, position: true, modality: true, orderedBy: true, needsReview: true,
  study: { select: { partOfAnswer: true } },
  images: {
    where: { needsReview: false },
    orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
    select: { id: true, position: true, sortKey: true, width: true, height: true, isKey: true, caption: true, needsReview: true, ...storedObjectsSelect },
  },
};

/**
 * The series of `studyIds` (the studies already shown: the caller cut them to the stages
 * reached) and the presenter's slice if it is on `itemId` at `step`. Two statements, whatever the
 * number of series and images.
 */
export async function stageImages(
  viewer: Viewer,
  kase: CaseAccessFacts & { id: string },
  studyIds: string[],
  at: { conferenceId: string; itemId: string; step: number },
): Promise<{ images: StudyImages; focus: SliceFocus | null }> {
  const [rows, conference] = await Promise.all([
    studyIds.length === 0
      ? Promise.resolve([])
      : db.imageSeries.findMany({
          where: { caseId: kase.id, studyId: { in: studyIds }, needsReview: false },
          orderBy: [{ studyId: "asc" }, { position: "asc" }, { id: "asc" }],
          select: seriesSelect,
        }),
    db.conference.findUnique({
      where: { id: at.conferenceId },
      select: {
        focusItemId: true, focusStep: true, focusSeriesId: true, focusIndex: true, focusSeq: true,
        focusWindowCenter: true, focusWindowWidth: true, focusWindowPreset: true,
      },
    }),
  ]);
  const images: StudyImages = {};
  for (const { study, studyId, images: slices, ...series } of rows) {
    if (slices.length === 0 || !canSeeTimelineEntry(viewer, kase, study)) continue;
    (images[studyId] ??= []).push({ ...series, images: slices.map(withVersion) } satisfies SeriesView);
  }
  let focus: SliceFocus | null = null;
  if (conference?.focusSeriesId && conference.focusItemId === at.itemId && conference.focusStep === at.step) {
    const series = Object.values(images).flat().find((one) => one.id === conference.focusSeriesId);
    if (series && conference.focusIndex < series.images.length) {
      focus = { itemId: at.itemId, step: at.step, seriesId: series.id, index: conference.focusIndex, window: storedWindow(conference), seq: conference.focusSeq };
    }
  }
  return { images, focus };
}

/** The stored window (decision 095), as the action validated it; a half-written one is none. */
function storedWindow(row: { focusWindowCenter: number | null; focusWindowWidth: number | null; focusWindowPreset: string | null }): SliceWindow | null {
  const { focusWindowCenter: center, focusWindowWidth: width, focusWindowPreset: name } = row;
  if (center === null || width === null) return null;
  const preset: WindowPresetName | null = WINDOW_PRESET_NAMES.find((known) => known === name) ?? null;
  return { center, width, preset };
}
