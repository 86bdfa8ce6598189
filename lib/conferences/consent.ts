// The case author's view of their case's reveal at conferences (issue 26 item 9): each conference
// not yet ended that has the case on its agenda, and what the author allowed there. The author
// sees these even for a conference of a team they are not in: it is their case being shown.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { answerShownAtConferenceSql } from "@/lib/cases/policy";
import type { RevealConsentName } from "./constants";
import { canConsentToReveal } from "./policy";
import { revealStep } from "./steps";

export interface RevealConsentItem {
  itemId: string;
  conferenceTitle: string;
  teamName: string;
  presenterName: string;
  startsAt: string;
  consent: RevealConsentName;
  /** Already revealed there: the choice can no longer change. */
  revealed: boolean;
}

export async function getRevealConsents(viewer: Viewer, kase: { id: string; authorId: string }): Promise<RevealConsentItem[]> {
  if (!canConsentToReveal(viewer, kase)) return [];
  const rows = await db.agendaItem.findMany({
    where: { caseId: kase.id, conference: { endedAt: null } },
    orderBy: { conference: { startsAt: "asc" } },
    take: 20,
    select: {
      id: true, revealConsent: true, reachedStep: true,
      case: { select: { _count: { select: { studies: true } } } },
      conference: { select: { title: true, startsAt: true, presenterId: true, team: { select: { name: true } }, presenter: { select: { name: true } } } },
    },
  });
  // A conference the author presents needs no consent (they reveal their own case).
  return rows.filter((row) => row.conference.presenterId !== viewer.id).map((row) => ({
    itemId: row.id,
    conferenceTitle: row.conference.title,
    teamName: row.conference.team.name,
    presenterName: row.conference.presenter.name,
    startsAt: row.conference.startsAt.toISOString(),
    consent: row.revealConsent,
    revealed: row.reachedStep >= revealStep(row.case._count.studies),
  }));
}

/**
 * Whether the case's answer was revealed to a room the viewer was in (a joined participant or the
 * presenter of a conference that released it): they know the answer now, so they no longer vote
 * or post differentials on the case while it is unknown (issue 26 items 3 and 9).
 */
export async function answerShownAtConference(viewerId: string, caseId: string): Promise<boolean> {
  const [row] = await sql<Array<{ shown: boolean }>>(Prisma.sql`select ${answerShownAtConferenceSql(viewerId, Prisma.sql`${caseId}`)} as shown`);
  return row?.shown ?? false;
}

/** The same rule as a SQL condition on the case `caseId` (a column or value), for a larger read. It
 * lives with the case policy: the case read carries it too, and a viewer it holds for sees the whole
 * timeline (StepFacts.answerShown, decision 093). */
export { answerShownAtConferenceSql };
