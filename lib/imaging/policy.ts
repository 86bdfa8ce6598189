// Who may add, change and see a study's images: pure functions of (viewer, case facts). The image
// route and the upload routes ask here; queries carry the facts.
import type { Viewer } from "@/lib/core/viewer";
import { canEditCase, canSeeTimelineEntry, canViewCase, type CaseAccessFacts, type StepFacts } from "@/lib/cases/policy";
import type { Failure } from "@/lib/core/result";
import { fail, notFound } from "@/lib/core/result";

export type ImagingCaseFacts = CaseAccessFacts & {
  /** An MDT outcome about this case has been signed off: the imaging it was decided on is fixed. */
  locked: boolean;
};

/**
 * Adding or changing images: the case's editors (its author, or an admin who may see it), while
 * the case is neither archived nor locked. A case the viewer may not see is "not found".
 */
export function imageEditProblem(viewer: Viewer | null, kase: ImagingCaseFacts): Failure<never> | null {
  if (!canViewCase(viewer, kase)) return notFound("study");
  if (!canEditCase(viewer, kase)) return fail("forbidden", "Only the case's author can add or change its images.");
  if (kase.status === "archived") return fail("conflict", "This case is archived: its images can no longer change.");
  if (kase.locked) return fail("conflict", "This case is locked: an MDT outcome about it has been signed off, so its images can no longer change.");
  return null;
}

/** Reading one's own uploads' progress: the case's editors, whatever the case's state. */
export function uploadListProblem(viewer: Viewer | null, kase: CaseAccessFacts): Failure<never> | null {
  if (!canViewCase(viewer, kase)) return notFound("study");
  return canEditCase(viewer, kase) ? null : fail("forbidden", "Only the case's author can add or change its images.");
}

/** The live-conference facts that hide a study's images from an audience (see canSeeStudyImages). */
export interface LiveGate {
  /** Of the live conferences presenting this case whose audience the viewer is in, the least reached step. */
  reachedStep: number;
  /** The study's place among the case's studies in timeline order (1-based: conference step k). */
  studyStep: number;
}

/**
 * Seeing a study's images: whoever may see the case sees its studies, and so their images,
 * except an image marked for review (possible burned-in text), which only editors see until it
 * is confirmed, and except during a live conference: its audience sees the images of the studies
 * the presenter has reached and no others (a URL guessed ahead answers 404 like a foreign case).
 * Editors are never gated.
 */
export function canSeeStudyImages(viewer: Viewer | null, kase: CaseAccessFacts & Partial<StepFacts>, image: { needsReview: boolean; partOfAnswer?: boolean; stage?: number }, gate: LiveGate | null): boolean {
  if (!canViewCase(viewer, kase)) return false;
  // A study that is part of the answer (decision 065), or that a learner has not unlocked on a
  // step-through unknown (decision 088), is hidden with it, images and all.
  if (!canSeeTimelineEntry(viewer, kase, { partOfAnswer: image.partOfAnswer ?? false, stage: image.stage })) return false;
  if (canEditCase(viewer, kase)) return true;
  if (image.needsReview) return false;
  return gate === null || gate.reachedStep >= gate.studyStep;
}
