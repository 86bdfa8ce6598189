// Who may manage a team. Pure functions of the viewer's role in the team.
import type { TeamRole } from "@/lib/generated/prisma/enums";

export function canManageMembers(role: TeamRole | null): boolean {
  return role === "owner" || role === "coordinator";
}

/** Only owners hand out or take away ownership; coordinators manage everyone else. */
export function canAssignRole(actor: TeamRole | null, from: TeamRole | null, to: TeamRole): boolean {
  if (actor === "owner") return true;
  return actor === "coordinator" && from !== "owner" && to !== "owner";
}
