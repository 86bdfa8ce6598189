// Who reads which audit trail: a team's owners read their team's, admins every trail (and the whole
// one). Pure: the caller passes the viewer's role in the team.
import type { Viewer } from "@/lib/core/viewer";
import type { TeamRole } from "@/lib/generated/prisma/enums";

/** `teamId` null: the whole trail. `teamRole`: the viewer's role in that team (null if none). */
export function canReadAuditTrail(viewer: Viewer, teamId: string | null, teamRole: TeamRole | null): boolean {
  if (viewer.role === "admin") return true;
  return teamId !== null && teamRole === "owner";
}
