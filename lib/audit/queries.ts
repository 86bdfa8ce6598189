// Reading the trail: a team's owners see their team's events; admins see everything.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { canReadAuditTrail } from "./policy";
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditFilter = z.object({
  action: z.string().trim().max(60).optional().transform((value) => value || undefined),
  actor: z.string().trim().max(254).optional().transform((value) => value || undefined),
});
export type AuditFilter = z.infer<typeof auditFilter>;

export interface AuditRow {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  teamId: string | null;
  ip: string | null;
}

export async function canReadTeamAudit(viewer: Viewer, teamId: string): Promise<boolean> {
  // The role is read here, not through lib/teams: teams write audit events, so audit sits below them.
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId: viewer.id } }, select: { role: true } });
  return canReadAuditTrail(viewer, teamId, membership?.role ?? null);
}

/** null when the viewer may not read this trail (teamId null: the whole trail, admins only). */
export async function listAudit(viewer: Viewer, teamId: string | null, filter: AuditFilter, limit = 500): Promise<AuditRow[] | null> {
  if (!(teamId ? await canReadTeamAudit(viewer, teamId) : canReadAuditTrail(viewer, null, null))) return null;
  const actorIds = filter.actor
    ? (await db.user.findMany({ where: { OR: [{ email: { startsWith: filter.actor, mode: "insensitive" } }, { name: { contains: filter.actor, mode: "insensitive" } }] }, select: { id: true } })).map((u) => u.id)
    : undefined;
  const where: Prisma.AuditEventWhereInput = {
    ...(teamId ? { teamId } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(actorIds ? { actorId: { in: actorIds } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: limit });
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.actorId).filter((id): id is string => Boolean(id)))] } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at.toISOString(),
    actor: row.actorId ? (names.get(row.actorId) ?? row.actorId) : null,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    teamId: row.teamId,
    ip: row.ip,
  }));
}

/** RFC 4180 CSV; fields that spreadsheets would execute as formulas are neutralised. */
export function toCsv(rows: AuditRow[]): string {
  const cell = (value: string | null) => {
    let text = value ?? "";
    if (/^[=+\-@]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const header = "id,at,actor,action,resource_type,resource_id,team_id,ip";
  return [header, ...rows.map((r) => [r.id, r.at, r.actor, r.action, r.resourceType, r.resourceId, r.teamId, r.ip].map(cell).join(","))].join("\r\n") + "\r\n";
}
