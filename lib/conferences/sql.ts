// The conferences area's part of reads that other areas run as one statement (decision 017).
import type { Viewer } from "@/lib/core/viewer";
import { isoTimestampSql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConferenceKind } from "@/lib/generated/prisma/enums";

export interface CaseConference {
  id: string;
  title: string;
  kind: ConferenceKind;
  /** ISO 8601, UTC. */
  startsAt: string;
  /**
   * The conference has been held: started (live now or ended). Only a held one "discussed" the case
   * (the library's `discussed` filter and its count, caseDiscussedSql); one not yet started shows
   * as "on the agenda of". Started, not scheduled-in-the-past: an MDT records its outcomes only once
   * the chair starts it, and a write (not the clock) changes it, so kept search results stay true.
   */
  held: boolean;
  /** The case's answer was revealed to the room there and the viewer was in it (issue 26 item 9). */
  answerShown: boolean;
}

/**
 * "Discussed at" and "on the agenda of": the conferences that had the case (`caseId`, a column of
 * the outer query) on their agenda and that the viewer may see (their team's meetings, teaching
 * sessions they joined), newest first, as a JSON array of CaseConference (`held` tells them apart).
 */
export function caseConferencesJson(viewer: Viewer | null, caseId: Prisma.Sql): Prisma.Sql {
  if (!viewer) return Prisma.sql`'[]'::json`;
  return Prisma.sql`coalesce((
    select json_agg(json_build_object('id', f.id, 'title', f.title, 'kind', f.kind,
                                      'startsAt', ${isoTimestampSql(Prisma.sql`f."startsAt"`)}, 'held', ${conferenceHeldSql("f")},
                                      'answerShown', f."answerShown") order by f."startsAt" desc)
    from (select f.*, (a."answerReleased" and (f."presenterId" = ${viewer.id}
                        or exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = f.id and p."userId" = ${viewer.id}))) as "answerShown"
          from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
          where a."caseId" = ${caseId} and ${conferenceSeenSql(viewer, "f")}
          order by f."startsAt" desc limit 20) f), '[]'::json)`;
}

/** Which conferences a viewer sees on a case: their team's meetings, teaching sessions they joined. */
function conferenceSeenSql(viewer: Viewer, alias: string): Prisma.Sql {
  const f = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${f}."teamId" = any(${viewer.teamIds}::text[])
    or (${f}.kind = 'teaching' and exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = ${f}.id and p."userId" = ${viewer.id})))`;
}

/** CaseConference.held: the conference `alias` has started (it is live or has ended). */
function conferenceHeldSql(alias: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`"${alias}"`)}."startedAt" is not null)`;
}

/**
 * Whether the case (`caseId`, a column of the outer query) was "discussed at" a conference this
 * viewer sees: one that has been held (CaseConference.held), not one that only has it on the agenda.
 */
export function caseDiscussedSql(viewer: Viewer, caseId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
    where a."caseId" = ${caseId} and ${conferenceHeldSql("f")} and ${conferenceSeenSql(viewer, "f")})`;
}
