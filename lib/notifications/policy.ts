// Whose notifications are whose: a person reads and marks only their own, and only those about
// cases they may still see (a case made private later drops out of the bell and the list).
import { visibleCaseSql, visibleCaseWhere } from "@/lib/cases/policy";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/** The rule as a Prisma filter on Notification. */
export function ownNotificationsWhere(viewer: Viewer): Prisma.NotificationWhereInput {
  return { userId: viewer.id, case: visibleCaseWhere(viewer) };
}

/** The same rule as SQL over "Notification" `n` joined to its "Case" `c`, for the bell's count. */
export function ownNotificationsSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`n."userId" = ${viewer.id} and ${visibleCaseSql(viewer, "c")}`;
}
