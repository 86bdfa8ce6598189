// The dashboard's assembler: unknown cases awaiting an answer, the viewer's own cases and the
// activity of the cases they follow.
import "server-only";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { accessSelect, displayTitle, librarySelect, toLibraryItem, type LibraryItem } from "@/lib/cases/queries";

export interface DashboardView {
  awaitingAnswer: LibraryItem[];
  myCases: Array<{ id: string; title: string; status: string; updatedAt: string }>;
  activity: Array<{ id: string; caseId: string; caseTitle: string; actorName: string | null; kind: string; at: string }>;
}

export async function getDashboard(viewer: Viewer): Promise<DashboardView> {
  const [unknown, mine, activity] = await Promise.all([
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
    db.caseActivity.findMany({
      where: { case: { AND: [visibleCaseWhere(viewer), { follows: { some: { userId: viewer.id } } }] } },
      orderBy: { id: "desc" },
      take: 10,
      select: {
        id: true, kind: true, createdAt: true, caseId: true,
        actor: { select: { name: true } },
        case: { select: { title: true, presentation: true, ...accessSelect } },
      },
    }),
  ]);
  return {
    awaitingAnswer: unknown.map((row) => toLibraryItem(viewer, row)),
    myCases: mine.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    activity: activity.map((row) => ({
      id: row.id.toString(),
      caseId: row.caseId,
      caseTitle: displayTitle(viewer, row.case).title,
      actorName: row.actor?.name ?? null,
      kind: row.kind,
      at: row.createdAt.toISOString(),
    })),
  };
}
