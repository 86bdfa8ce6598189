import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canManageMembers } from "./policy";

export async function listMyTeams(viewer: Viewer) {
  return db.membership.findMany({
    where: { userId: viewer.id },
    orderBy: { team: { name: "asc" } },
    select: { role: true, team: { select: { id: true, name: true, _count: { select: { memberships: true, cases: true } } } } },
  });
}

/** A team's page; null (a 404) for anyone who is not a member. */
export async function getTeam(viewer: Viewer, teamId: string) {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId: viewer.id } }, select: { role: true } });
  if (!membership) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true, name: true,
      memberships: { orderBy: { user: { name: "asc" } }, select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      invites: { where: { acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, select: { id: true, email: true, role: true, expiresAt: true } },
    },
  });
  if (!team) return null;
  const manage = canManageMembers(membership.role);
  return { ...team, invites: manage ? team.invites : [], myRole: membership.role, canManage: manage };
}
