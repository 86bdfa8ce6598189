// Who sees and who places marks on images. Pure functions of (viewer, case facts, the mark).
import type { Viewer } from "@/lib/core/viewer";
import { answerShownTo, type CaseAccessFacts, type StepFacts } from "@/lib/cases/policy";
import { canSeeStudyImages, type LiveGate } from "@/lib/imaging/policy";

/**
 * A mark is seen by whoever sees its image, except a mark the author made part of an unknown
 * case's secret: that one only by those the answer has been shown to (the author, editors, everyone
 * after the reveal, a conference's attendees after its reveal: answerShownTo).
 */
export function canSeeAnnotation(viewer: Viewer | null, kase: CaseAccessFacts & Partial<StepFacts> & { id: string }, image: { needsReview: boolean; partOfAnswer?: boolean; stage?: number }, gate: LiveGate | null, annotation: { secret: boolean }): boolean {
  if (!canSeeStudyImages(viewer, kase, image, gate)) return false;
  return !annotation.secret || answerShownTo(viewer, kase);
}
