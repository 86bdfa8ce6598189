// Loading a conference together with the viewer's standing in it: the facts every policy
// question needs, in one statement. Queries and actions start here.
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/core/viewer";
import { sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { ConferenceFacts, Standing } from "./policy";

export const conferenceFactsSelect = {
  id: true, kind: true, teamId: true, presenterId: true, chairId: true, createdById: true, title: true,
  startsAt: true, durationMinutes: true, startedAt: true, endedAt: true, currentItemId: true, currentStep: true, liveVersion: true, focusSeq: true,
} as const;

export type LoadedConference = ConferenceFacts & {
  id: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  startedAt: Date | null;
  endedAt: Date | null;
  currentItemId: string | null;
  currentStep: number;
  liveVersion: number;
  /** The presenter's slice counter (decision 074): with liveVersion, where the room stands. */
  focusSeq: number;
};

/**
 * The conference and the viewer's standing, or null if it does not exist. Cached per request: a
 * page's header and its body ask for the same facts.
 */
export const loadConference = cache(async (viewer: Viewer, conferenceId: string): Promise<LoadedWithStanding | null> => {
  // Raw SQL, not Prisma: every request of a live room (a join, the audience page, each stream, each
  // vote) starts here, and Prisma's per-query compile was a tenth of an instance's time in the
  // 1,000-phone bench. The columns are conferenceFactsSelect's.
  const [row] = await sql<Array<LoadedConference & Standing>>(Prisma.sql`
    select ${conferenceColumns(viewer)} from "Conference" f where f.id = ${conferenceId}`);
  return row ? withStanding(row) : null;
});

/** The same, found by its join code: a join by code is one statement, not a lookup and then this. */
export async function loadConferenceByCode(viewer: Viewer, joinCode: string): Promise<LoadedWithStanding | null> {
  const [row] = await sql<Array<LoadedConference & Standing>>(Prisma.sql`
    select ${conferenceColumns(viewer)} from "Conference" f where f."joinCode" = ${joinCode}`);
  return row ? withStanding(row) : null;
}

type LoadedWithStanding = { conference: LoadedConference; standing: Standing };

/** conferenceFactsSelect's columns of the conference `f`, with the viewer's standing in it. */
function conferenceColumns(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`f.id, f.kind::text as kind, f."teamId", f."presenterId", f."chairId", f."createdById", f.title, f."startsAt",
    f."durationMinutes", f."startedAt", f."endedAt", f."currentItemId", f."currentStep", f."liveVersion", f."focusSeq",
    (select m.role::text from "Membership" m where m."teamId" = f."teamId" and m."userId" = ${viewer.id}) as "teamRole",
    exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = f.id and p."userId" = ${viewer.id}) as joined`;
}

function withStanding({ teamRole, joined, ...conference }: LoadedConference & Standing): LoadedWithStanding {
  return { conference, standing: { teamRole, joined } };
}

/** The same, starting from an agenda item (the conference is derived, never taken from the client). */
export async function loadAgendaItem(viewer: Viewer, itemId: string) {
  // One raw statement, the item with its case and its conference: every vote and staged
  // differential starts here (a room of 1,000 voting at once).
  const [row] = await sql<Array<LoadedConference & Standing & {
    itemId: string; conferenceId: string; caseId: string; reachedStep: number; voteState: "not_open" | "open" | "closed";
    caseAuthorId: string; caseStatus: CaseStatus; caseVisibility: Visibility; caseTeamId: string | null; studies: number;
  }>>(Prisma.sql`
    select i.id as "itemId", i."conferenceId", i."caseId", i."reachedStep", i."voteState"::text as "voteState",
           c."authorId" as "caseAuthorId", c.status::text as "caseStatus", c.visibility::text as "caseVisibility", c."teamId" as "caseTeamId",
           (select count(*)::int from "Study" s where s."caseId" = c.id) as studies,
           ${conferenceColumns(viewer)}
    from "AgendaItem" i join "Case" c on c.id = i."caseId" join "Conference" f on f.id = i."conferenceId" where i.id = ${itemId}`);
  if (!row) return null;
  const { itemId: id, conferenceId, caseId, reachedStep, voteState, caseAuthorId, caseStatus, caseVisibility, caseTeamId, studies, ...conferenceRow } = row;
  const item = { id, conferenceId, caseId, reachedStep, voteState, case: { authorId: caseAuthorId, status: caseStatus, visibility: caseVisibility, teamId: caseTeamId, _count: { studies } } };
  return { item, ...withStanding(conferenceRow) };
}

/** "scheduled", "live" or "ended", from the live state (not the clock: meetings overrun). */
export function conferenceStatus(conference: Pick<LoadedConference, "startedAt" | "endedAt">): "scheduled" | "live" | "ended" {
  if (conference.endedAt) return "ended";
  return conference.startedAt ? "live" : "scheduled";
}
