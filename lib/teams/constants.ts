// Team vocabulary shared by server and client (no zod here: it would ship to the browser).
export const TEAM_ROLES = ["owner", "coordinator", "educator", "member", "guest"] as const;
export const TEAM_ROLE_LABELS: Record<(typeof TEAM_ROLES)[number], string> = {
  owner: "Owner", coordinator: "Coordinator", educator: "Educator", member: "Member", guest: "Guest",
};
export const INVITE_DAYS = 7;
