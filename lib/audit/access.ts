// Reads that must be attributable: every export, and every view of a team-only case.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { requestIp } from "./request";
import { audit, auditTeamId } from "./write";

export async function auditAccess(
  viewer: Viewer,
  action: "case.export" | "case.view",
  caseId: string,
  known?: { visibility: string; teamId: string | null },
): Promise<void> {
  const kase = known ?? (await db.case.findUnique({ where: { id: caseId }, select: { visibility: true, teamId: true } }));
  if (!kase) return;
  const teamId = auditTeamId(kase);
  if (action === "case.view" && !teamId) return; // only team-only cases' views are recorded
  await audit(db, { actorId: viewer.id, action, resourceType: "case", resourceId: caseId, teamId, ip: await requestIp() });
}
