import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { canManageMembers } from "./policy";

/** A person's role in a team, or null if they are not in it. */
export async function teamRoleOf(teamId: string, userId: string): Promise<TeamRole | null> {
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true } });
  return membership?.role ?? null;
}

/** Teams the viewer may post cases to (every team they are in, except as a guest), by name. */
export async function listAuthorTeams(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  const memberships = await db.membership.findMany({
    where: { userId: viewer.id, role: { not: "guest" } },
    orderBy: { team: { name: "asc" } },
    select: { team: { select: { id: true, name: true } } },
  });
  return memberships.map((membership) => membership.team);
}

export async function listMyTeams(viewer: Viewer) {
  return db.membership.findMany({
    where: { userId: viewer.id },
    orderBy: { team: { name: "asc" } },
    select: { role: true, team: { select: { id: true, name: true, _count: { select: { memberships: true, cases: true } } } } },
  });
}

/** A team's page; null (a 404) for anyone who is not a member. */
export async function getTeam(viewer: Viewer, teamId: string) {
  const myRole = await teamRoleOf(teamId, viewer.id);
  if (!myRole) return null;
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true, name: true,
      memberships: { orderBy: { user: { name: "asc" } }, select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      invites: { where: { acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, select: { id: true, email: true, role: true, expiresAt: true } },
    },
  });
  if (!team) return null;
  const manage = canManageMembers(myRole);
  return { ...team, invites: manage ? team.invites : [], myRole, canManage: manage };
}
