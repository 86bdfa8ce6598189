// Appending to the audit trail. Callers pass their transaction so that the row commits (or not)
// with the change it records. Ids and action names only: never patient text.
import type { Tx } from "@/lib/core/db";
import type { AuditAction } from "./vocabulary";

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  resourceType: string;
  resourceId: string;
  teamId?: string | null;
  ip?: string | null;
}

/** For the single-statement writes that insert their audit row in SQL: the name, checked. */
export const auditAction = (action: AuditAction): AuditAction => action;

export async function audit(tx: Pick<Tx, "auditEvent">, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, teamId: entry.teamId ?? null, ip: entry.ip ?? null } });
}

/** Whose trail a case's events belong to: its team's, while the case is team-only. */
export function auditTeamId(kase: { visibility: string; teamId: string | null }): string | null {
  return kase.visibility === "team" ? kase.teamId : null;
}
