// Who may manage a team. Pure functions of the viewer's role in the team.
import type { TeamRole } from "@/lib/generated/prisma/enums";

export function canManageMembers(role: TeamRole | null): boolean {
  return role === "owner" || role === "coordinator";
}

/** Roles only an owner gives or takes away: ownership, and the team's educator (decision 031). */
const OWNER_ONLY: readonly TeamRole[] = ["owner", "educator"];

/** Only owners hand out or take away ownership and the educator role; coordinators manage everyone else. */
export function canAssignRole(actor: TeamRole | null, from: TeamRole | null, to: TeamRole): boolean {
  if (actor === "owner") return true;
  return actor === "coordinator" && !OWNER_ONLY.includes(from as TeamRole) && !OWNER_ONLY.includes(to);
}

/** The roles this actor may give in a form (the same rule as canAssignRole, for a newcomer). */
export function assignableRoles<R extends TeamRole>(actor: TeamRole | null, roles: readonly R[]): R[] {
  return roles.filter((role) => canAssignRole(actor, null, role));
}
