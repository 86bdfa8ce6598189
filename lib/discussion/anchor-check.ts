// Posting a comment anchored to a slice (decision 071): what the post's one read fetches about the
// anchor, and the checks on it. The series must be this case's, the slice that series', a study
// sent along the series' own; and the poster must be allowed to see those images now
// (canSeeStudyImages: not a study hidden with an unknown case's answer, not a series awaiting
// review, not a study a live conference has not reached). What the poster may not see is "not
// found", with the same words as a foreign id, so a guessed id learns nothing.
import type { Viewer } from "@/lib/core/viewer";
import type { CaseAccessFacts } from "@/lib/cases/policy";
import { fail, type Failure } from "@/lib/core/result";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeStudyImages } from "@/lib/imaging/policy";
import { gateOf, liveReachedStepSql, seriesFactsJson, type SeriesFacts } from "@/lib/imaging/anchor-sql";
import type { AnchorMark } from "./anchor";

export interface AnchorInput {
  seriesId: string;
  imageId?: string | null;
  mark?: AnchorMark | null;
}

export type AnchorFacts = SeriesFacts & {
  /** The slice asked for is this series' (true when no slice was asked for). */
  imageFound: boolean;
  imageNeedsReview: boolean;
  /** The poster's live-conference gate (liveReachedStepSql). */
  reachedStep: number | null;
};

/** The anchor's facts as one JSON column of the post's read over the "Case" row `c` (null: not this case's). */
export function anchorFactsSql(viewer: Viewer, anchor: AnchorInput | null | undefined): Prisma.Sql {
  if (!anchor) return Prisma.sql`null::json`;
  const imageId = anchor.imageId ?? null;
  return Prisma.sql`(select (${seriesFactsJson})::jsonb || jsonb_build_object(
      'imageFound', ${imageId}::text is null or i.id is not null, 'imageNeedsReview', coalesce(i."needsReview", false),
      'reachedStep', ${liveReachedStepSql(viewer, Prisma.sql`c.id`)})
    from "ImageSeries" s join "Study" st on st.id = s."studyId"
    left join "Image" i on i.id = ${imageId} and i."seriesId" = s.id
    where s.id = ${anchor.seriesId} and s."caseId" = c.id)`;
}

const NOT_SEEN = "That slice is not part of this case, or it is not yours to see (yet): choose a slice in the viewer and try again.";

/** Why the anchor is refused, or the study it belongs to. */
export function anchorProblem(
  viewer: Viewer, kase: CaseAccessFacts, studyId: string | null, facts: AnchorFacts | null,
): { failure: Failure<never> } | { studyId: string } {
  if (!facts || !facts.imageFound) return { failure: fail("not_found", NOT_SEEN, { fieldErrors: { anchor: [NOT_SEEN] } }) };
  const image = { needsReview: facts.needsReview || facts.imageNeedsReview, partOfAnswer: facts.partOfAnswer };
  // Hidden with the answer or awaiting review: as if it did not exist.
  if (!canSeeStudyImages(viewer, kase, image, null)) return { failure: fail("not_found", NOT_SEEN, { fieldErrors: { anchor: [NOT_SEEN] } }) };
  if (!canSeeStudyImages(viewer, kase, image, gateOf(facts.reachedStep, facts.studyStep))) {
    const message = "The conference has not reached that study yet: you can comment on its images once the presenter shows them.";
    return { failure: fail("forbidden", message, { fieldErrors: { anchor: [message] } }) };
  }
  if (studyId && studyId !== facts.studyId) {
    const message = "That series belongs to another study than the one this comment is about.";
    return { failure: fail("invalid_input", message, { fieldErrors: { studyId: [message] } }) };
  }
  return { studyId: facts.studyId };
}
