// What the session derives from a person's memberships. Pure; the session's SQL (token.ts) uses it.
import type { TeamRole } from "@/lib/generated/prisma/enums";

/** Team roles that lead a team's cases (decision 031): the session loads `leadTeamIds` from them. */
export const TEAM_LEAD_ROLES = ["owner", "coordinator", "educator"] as const satisfies readonly TeamRole[];
