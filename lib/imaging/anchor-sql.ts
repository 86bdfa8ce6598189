// SQL pieces of the imaging rules for reads written in SQL (the discussion's anchored comments,
// decision 071): a series' facts as the policy needs them, and a viewer's live-conference gate.
// The rule itself stays canSeeStudyImages (policy.ts); loadImageForView reads the same gate.
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LiveGate } from "./policy";

/** What canSeeStudyImages needs to know about a series (and, with an image, that slice). */
export interface SeriesFacts {
  id: string;
  name: string;
  studyId: string;
  partOfAnswer: boolean;
  needsReview: boolean;
  /** The study's place among the case's studies in timeline order (1-based: conference step k). */
  studyStep: number;
}

/** `SeriesFacts` as a JSON object for the "ImageSeries" row `s` joined to its "Study" `st`. */
export const seriesFactsJson = Prisma.sql`json_build_object('id', s.id, 'name', s.name, 'studyId', s."studyId", 'partOfAnswer', st."partOfAnswer",
  'needsReview', s."needsReview", 'studyStep', (select count(*)::int from "Study" o where o."caseId" = st."caseId"
    and (o."dayOffset" < st."dayOffset" or (o."dayOffset" = st."dayOffset" and o.position <= st.position))))`;

/**
 * The least step reached among the live conferences presenting the case whose audience the viewer
 * is in (joined, or a member of the conference's team) and which the viewer neither presents nor
 * chairs; null when there is none (no gate). `caseColumn` is the case id's SQL expression.
 */
export function liveReachedStepSql(viewer: Pick<Viewer, "id" | "teamIds">, caseColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(select min(a."reachedStep") from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
    where a."caseId" = ${caseColumn} and f."startedAt" is not null and f."endedAt" is null
      and f."presenterId" <> ${viewer.id} and (f."chairId" is null or f."chairId" <> ${viewer.id})
      and (f."teamId" = any(${viewer.teamIds}::text[])
           or exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = f.id and p."userId" = ${viewer.id})))`;
}

/** The gate for one study from the viewer's least reached step (null: not in a live audience). */
export function gateOf(reachedStep: number | null | undefined, studyStep: number): LiveGate | null {
  return reachedStep === null || reachedStep === undefined ? null : { reachedStep, studyStep };
}
