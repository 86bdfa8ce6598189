// The spaced review's reads as SQL (decision 085): which cases a learner missed, and when each is
// due. "Missed" follows the learning record: a quiz case scored wrong (the learner saw its answer
// with the commit), or a revealed unknown (certain or almost certain) whose answer is not in the
// learner's first committed top 3 (the current list for lists older than first commits; with no
// list, their vote). A case comes back only while the learner may still see its answer.
import { answerVisibleSql, visibleCaseSql } from "@/lib/cases/policy";
import { isoTimestampSql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { FIRST_REVIEW_DAYS } from "./spaced";

/** (caseId, seen): the cases `userId` missed and when they first saw the answer. */
function missedSql(userId: string, caseId: string | null): Prisma.Sql {
  const onlyCase = (column: string) => (caseId ? Prisma.sql`and ${Prisma.raw(column)} = ${caseId}` : Prisma.empty);
  // The learner's guesses at case c: the first commit's top 3, else the current top 3, else the vote.
  const guesses = Prisma.sql`
    select f."diagnosisId" from "FirstDifferentialEntry" f where f."caseId" = c.id and f."userId" = ${userId} and f.rank <= 3
    union all
    select d."diagnosisId" from "DifferentialEntry" d where d."caseId" = c.id and d."userId" = ${userId} and d.rank <= 3
      and not exists (select 1 from "FirstDifferentialEntry" f where f."caseId" = c.id and f."userId" = ${userId})
    union all
    select v."diagnosisId" from "Vote" v where v."caseId" = c.id and v."userId" = ${userId}
      and not exists (select 1 from "FirstDifferentialEntry" f where f."caseId" = c.id and f."userId" = ${userId})
      and not exists (select 1 from "DifferentialEntry" d where d."caseId" = c.id and d."userId" = ${userId} and d.rank <= 3)`;
  return Prisma.sql`
    select q."caseId", min(q."committedAt") as seen from "QuizAnswer" q
    where q."userId" = ${userId} and q.correct = false ${onlyCase(`q."caseId"`)} group by q."caseId"
    union all
    select c.id, r."revealedAt" from "Case" c join "Resolution" r on r."caseId" = c.id
    where c.id in (select "caseId" from "FirstDifferentialEntry" where "userId" = ${userId} ${onlyCase(`"caseId"`)}
                   union select "caseId" from "Vote" where "userId" = ${userId} ${onlyCase(`"caseId"`)}
                   union select "caseId" from "DifferentialEntry" where "userId" = ${userId} ${onlyCase(`"caseId"`)})
      and c."postedAsUnknown" and c.status = 'resolved' and c."authorId" <> ${userId}
      and r."diagnosisId" is not null and r."revealedAt" is not null and r.certainty in ('certain', 'almost_certain')
      and not exists (select 1 from (${guesses}) g
                      where g."diagnosisId" = r."diagnosisId"
                         or g."diagnosisId" in (select x."diagnosisId" from "FinalDiagnosis" x where x."caseId" = c.id and x."scoresVotes"))`;
}

/**
 * The viewer's missed cases they may still see with the answer, with their schedule: `due` is the
 * card's, or a day after the answer was seen for a case never reviewed. Columns: caseId, title,
 * presentation, region, ageBand, sex, answer, seen, due (ISO), dueNow, repetitions, lapses,
 * reviewedAt, the case's access facts and `dueCount` (all due now, whatever the limit).
 */
export function reviewQueueSql(viewer: Viewer, options: { caseId?: string; limit: number; dueOnly: boolean; now: Date }): Prisma.Sql {
  const due = Prisma.sql`coalesce(rc."dueAt", m.seen + ${`${FIRST_REVIEW_DAYS} days`}::interval)`;
  // Columns are UTC without a zone: "now" goes in the same way (the zone of the ISO text is ignored).
  const now = Prisma.sql`${options.now.toISOString()}::timestamp`;
  return Prisma.sql`
    select m."caseId", c.title, c.presentation, c.region, c."ageBand", c.sex::text as sex,
           c."authorId", c.status::text as status, c.visibility::text as visibility, c."teamId",
           coalesce(dx.name, r."diagnosisText") as answer, ${isoTimestampSql(due)} as due, ${due} <= ${now} as "dueNow",
           rc.easiness, coalesce(rc.repetitions, 0) as repetitions, coalesce(rc."intervalDays", 1) as "intervalDays",
           coalesce(rc.lapses, 0) as lapses, rc."reviewedAt",
           count(*) filter (where ${due} <= ${now}) over () as "dueCount"
    from (select "caseId", min(seen) as seen from (${missedSql(viewer.id, options.caseId ?? null)}) x group by "caseId") m
    join "Case" c on c.id = m."caseId"
    left join "Resolution" r on r."caseId" = c.id
    left join "Diagnosis" dx on dx.id = r."diagnosisId"
    left join "ReviewCard" rc on rc."userId" = ${viewer.id} and rc."caseId" = m."caseId"
    where ${visibleCaseSql(viewer, "c")} and ${answerVisibleSql(viewer, "c")} and c."authorId" <> ${viewer.id}
    ${options.dueOnly ? Prisma.sql`and ${due} <= ${now}` : Prisma.empty}
    order by ${due}, m."caseId"
    limit ${options.limit}`;
}
