// Loading a conference together with the viewer's standing in it: the facts every policy
// question needs, in one query. Queries and actions start here.
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { ConferenceFacts, Standing } from "./policy";

export const conferenceFactsSelect = {
  id: true, kind: true, teamId: true, presenterId: true, chairId: true, createdById: true, title: true,
  startsAt: true, durationMinutes: true, startedAt: true, endedAt: true, currentItemId: true, currentStep: true, liveVersion: true,
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
};

/**
 * The conference and the viewer's standing, or null if it does not exist. Cached per request: a
 * page's header and its body ask for the same facts.
 */
export const loadConference = cache(async (viewer: Viewer, conferenceId: string): Promise<{ conference: LoadedConference; standing: Standing } | null> => {
  const row = await db.conference.findUnique({
    where: { id: conferenceId },
    select: {
      ...conferenceFactsSelect,
      team: { select: { memberships: { where: { userId: viewer.id }, select: { role: true } } } },
      participants: { where: { userId: viewer.id }, select: { userId: true } },
    },
  });
  if (!row) return null;
  const { team, participants, ...conference } = row;
  return { conference, standing: { teamRole: team.memberships[0]?.role ?? null, joined: participants.length > 0 } };
});

/** The same, starting from an agenda item (the conference is derived, never taken from the client). */
export async function loadAgendaItem(viewer: Viewer, itemId: string) {
  const item = await db.agendaItem.findUnique({
    where: { id: itemId },
    select: {
      id: true, conferenceId: true, caseId: true, reachedStep: true, voteState: true,
      case: { select: { authorId: true, status: true, visibility: true, teamId: true, _count: { select: { studies: true } } } },
    },
  });
  if (!item) return null;
  const loaded = await loadConference(viewer, item.conferenceId);
  return loaded ? { item, ...loaded } : null;
}

/** "scheduled", "live" or "ended", from the live state (not the clock: meetings overrun). */
export function conferenceStatus(conference: Pick<LoadedConference, "startedAt" | "endedAt">): "scheduled" | "live" | "ended" {
  if (conference.endedAt) return "ended";
  return conference.startedAt ? "live" : "scheduled";
}
