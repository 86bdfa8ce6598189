import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { caseTitleFor } from "@/lib/cases/policy";
import { ownNotificationsSql, ownNotificationsWhere } from "./policy";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** The bell's count: unread notifications about cases the viewer may still see. */
export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  const [row] = await sql<Array<{ count: number }>>(Prisma.sql`
    select count(*)::int as count from "Notification" n join "Case" c on c.id = n."caseId"
    where n."readAt" is null and ${ownNotificationsSql(viewer)}`);
  return row?.count ?? 0;
}

export interface NotificationView {
  id: string;
  kind: string;
  caseId: string;
  caseTitle: string;
  commentId: string | null;
  actorName: string | null;
  createdAt: string;
  read: boolean;
}

/** Newest first; notifications about cases the viewer can no longer see are left out. */
export async function listNotifications(viewer: Viewer): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: ownNotificationsWhere(viewer),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true, kind: true, caseId: true, commentId: true, actorId: true, createdAt: true, readAt: true,
      case: { select: { title: true, status: true, authorId: true, visibility: true, teamId: true } },
    },
  });
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    // The one title rule (an unknown case's title may name its answer).
    caseTitle: caseTitleFor(viewer, row.case),
    commentId: row.commentId,
    actorName: row.actorId ? (actors.get(row.actorId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}
