// The dashboard's assembler: unknown cases awaiting an answer, the viewer's own cases, the activity
// of the cases around them, their teams' upcoming conferences (issue 26 item 17) and the missed
// cases due for spaced review (issue 27 item 7): five statements, run together, whatever the data.
import "server-only";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { accessSelect, displayTitle, librarySelect, toLibraryItem, type LibraryItem } from "@/lib/cases/queries";
import { conferenceStatus } from "@/lib/conferences/access";
import type { ConferenceKind } from "@/lib/generated/prisma/enums";
import { readReviewQueue, toReviewQueue, type ReviewQueue } from "@/lib/learning/review";

/** What the feed shows; edits, support changes and poll settings are noise there. */
export const FEED_KINDS = ["case_created", "case_revealed", "comment_posted", "differential_posted", "vote_cast", "poll_opened", "poll_closed"] as const;
/** Thinking on a case still unknown is blind (decision 031): who did it is not named to others. */
const BLIND_KINDS = new Set<string>(["differential_posted", "vote_cast"]);

export interface DashboardView {
  awaitingAnswer: LibraryItem[];
  myCases: Array<{ id: string; title: string; status: string; updatedAt: string }>;
  activity: Array<{ id: string; caseId: string; caseTitle: string; actorName: string | null; kind: string; at: string }>;
  upcoming: Array<{ id: string; title: string; kind: ConferenceKind; startsAt: string; live: boolean }>;
  review: ReviewQueue;
}

export async function getDashboard(viewer: Viewer, now = new Date()): Promise<DashboardView> {
  const [unknown, mine, activity, conferences, review] = await Promise.all([
    db.case.findMany({
      where: { AND: [visibleCaseWhere(viewer), { status: "unknown", authorId: { not: viewer.id } }] },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: 5,
      select: librarySelect,
    }),
    db.case.findMany({
      where: { authorId: viewer.id },
      orderBy: { updatedAt: "desc" },
      take: 8,
      select: { id: true, title: true, status: true, updatedAt: true },
    }),
    // Cases the viewer follows, their teams' cases and cases they took part in: only those they may see.
    db.caseActivity.findMany({
      where: {
        kind: { in: [...FEED_KINDS] },
        case: { AND: [visibleCaseWhere(viewer), { status: { not: "draft" } }, { OR: [{ follows: { some: { userId: viewer.id } } }, { teamId: { in: viewer.teamIds } }, { activities: { some: { actorId: viewer.id } } }] }] },
      },
      orderBy: { id: "desc" },
      take: 12,
      select: {
        id: true, kind: true, createdAt: true, caseId: true, actorId: true,
        actor: { select: { name: true } },
        case: { select: { title: true, presentation: true, ...accessSelect } },
      },
    }),
    db.conference.findMany({
      where: { teamId: { in: viewer.teamIds }, endedAt: null, startsAt: { gte: new Date(Date.now() - 12 * 3600_000) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, title: true, kind: true, startsAt: true, startedAt: true, endedAt: true },
    }),
    // Its own statement: the missed cases come from quiz answers, first commits and votes, not from the reads above.
    readReviewQueue(viewer, now),
  ]);
  return {
    awaitingAnswer: unknown.map((row) => toLibraryItem(viewer, row)),
    myCases: mine.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    activity: activity.map((row) => {
      const blind = BLIND_KINDS.has(row.kind) && row.case.status !== "resolved" && row.actorId !== viewer.id && row.case.authorId !== viewer.id;
      return {
        id: row.id.toString(),
        caseId: row.caseId,
        caseTitle: displayTitle(viewer, row.case).title,
        actorName: blind ? null : (row.actor?.name ?? null),
        kind: row.kind,
        at: row.createdAt.toISOString(),
      };
    }),
    upcoming: conferences.map((row) => ({ id: row.id, title: row.title, kind: row.kind, startsAt: row.startsAt.toISOString(), live: conferenceStatus(row) === "live" })),
    review: toReviewQueue(viewer, review),
  };
}
