// A conference reveal that resolves its case, when the case's author chose so when consenting
// (issue 26 item 9): the authored answer becomes the case's, as if the author had revealed it.
import "server-only";
import { audit, auditTeamId } from "@/lib/audit/write";
import type { CaseAccessFacts } from "@/lib/cases/policy";
import type { Tx } from "@/lib/core/db";
import { recordCaseEvent } from "@/lib/live/notify";

/** Inside the presenter's transaction, as its last writes (the case's event lock, decision 027). */
export async function resolveAtReveal(tx: Tx, kase: CaseAccessFacts & { id: string }, actorId: string, ip: string | null): Promise<boolean> {
  const answer = await tx.resolution.findUnique({ where: { caseId: kase.id }, select: { diagnosisId: true, diagnosisText: true } });
  if (!answer || (!answer.diagnosisId && !answer.diagnosisText)) return false;
  const changed = await tx.case.updateMany({ where: { id: kase.id, status: "unknown" }, data: { status: "resolved", pollState: "closed", lastActivityAt: new Date() } });
  if (changed.count === 0) return false;
  await tx.resolution.update({ where: { caseId: kase.id }, data: { revealedAt: new Date() } });
  await audit(tx, { actorId, action: "case.reveal", resourceType: "case", resourceId: kase.id, teamId: auditTeamId(kase), ip });
  await recordCaseEvent(tx, { caseId: kase.id, actorId, kind: "case_revealed" });
  return true;
}
