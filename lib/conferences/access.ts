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
export const loadConference = cache(async (viewer: Viewer, conferenceId: string): Promise<{ conference: LoadedConference; standing: Standing } | null> => {
  // Raw SQL, not Prisma: every request of a live room (a join, the audience page, each stream, each
  // vote) starts here, and Prisma's per-query compile was a tenth of an instance's time in the
  // 1,000-phone bench. The columns are conferenceFactsSelect's.
  const [row] = await sql<Array<LoadedConference & Standing>>(Prisma.sql`
    select f.id, f.kind::text as kind, f."teamId", f."presenterId", f."chairId", f."createdById", f.title, f."startsAt",
           f."durationMinutes", f."startedAt", f."endedAt", f."currentItemId", f."currentStep", f."liveVersion", f."focusSeq",
           (select m.role::text from "Membership" m where m."teamId" = f."teamId" and m."userId" = ${viewer.id}) as "teamRole",
           exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = f.id and p."userId" = ${viewer.id}) as joined
    from "Conference" f where f.id = ${conferenceId}`);
  if (!row) return null;
  const { teamRole, joined, ...conference } = row;
  return { conference, standing: { teamRole, joined } };
});

/** The same, starting from an agenda item (the conference is derived, never taken from the client). */
export async function loadAgendaItem(viewer: Viewer, itemId: string) {
  // Raw SQL for the same reason as loadConference: every vote and staged differential starts here.
  const [row] = await sql<Array<{
    id: string; conferenceId: string; caseId: string; reachedStep: number; voteState: "not_open" | "open" | "closed";
    authorId: string; status: CaseStatus; visibility: Visibility; teamId: string | null; studies: number;
  }>>(Prisma.sql`
    select i.id, i."conferenceId", i."caseId", i."reachedStep", i."voteState"::text as "voteState",
           c."authorId", c.status::text as status, c.visibility::text as visibility, c."teamId",
           (select count(*)::int from "Study" s where s."caseId" = c.id) as studies
    from "AgendaItem" i join "Case" c on c.id = i."caseId" where i.id = ${itemId}`);
  if (!row) return null;
  const { authorId, status, visibility, teamId, studies, ...fields } = row;
  const item = { ...fields, case: { authorId, status, visibility, teamId, _count: { studies } } };
  const loaded = await loadConference(viewer, item.conferenceId);
  return loaded ? { item, ...loaded } : null;
}

/** "scheduled", "live" or "ended", from the live state (not the clock: meetings overrun). */
export function conferenceStatus(conference: Pick<LoadedConference, "startedAt" | "endedAt">): "scheduled" | "live" | "ended" {
  if (conference.endedAt) return "ended";
  return conference.startedAt ? "live" : "scheduled";
}
