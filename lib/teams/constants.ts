// Team vocabulary shared by server and client (no zod here: it would ship to the browser).
import type { TeamRole } from "@/lib/generated/prisma/enums";

/** The team roles in the order forms list them, with their labels; what each may do is in policy.ts. */
export const TEAM_ROLE_LABELS = {
  owner: "Owner", coordinator: "Coordinator", educator: "Educator", member: "Member", guest: "Guest",
} as const satisfies Record<TeamRole, string>;
export const TEAM_ROLES = Object.keys(TEAM_ROLE_LABELS) as [TeamRole, ...TeamRole[]];
export const INVITE_DAYS = 7;
