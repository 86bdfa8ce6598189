// Who may change a person's global role: administrators only. Nobody changes their own, and an
// administrator's account is changed with the CLI, not here, so no one locks the institution out.
import type { Viewer } from "@/lib/core/viewer";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Global roles an administrator sets on an account (/admin/users, `npm run users:set-role`).
 * Educator is granted here and nowhere else; admin stays with `npm run users:create-admin`.
 */
export const GRANTABLE_ROLES = ["resident", "clinician", "educator"] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** The accounts the admin page lists before any search: those holding a role above the default. */
export const ELEVATED_ROLES = ["educator", "admin"] as const satisfies readonly Role[];

export function canManageUserRoles(viewer: Viewer | null): boolean {
  return viewer?.role === "admin";
}

/** Why this account's role may not be set here, or null when it may. */
export function roleChangeProblem(target: { id: string; role: Role }, actorId: string | null): string | null {
  if (target.id === actorId) return "You cannot change your own role.";
  if (target.role === "admin") return "An administrator's role is not changed here: use npm run users:create-admin for administrators.";
  return null;
}

/** The audit action for a change of global role: granting and revoking educator are named as such. */
export function roleChangeAction(from: Role, to: Role): "user.educator_grant" | "user.educator_revoke" | "user.role_change" {
  if (to === "educator") return "user.educator_grant";
  if (from === "educator") return "user.educator_revoke";
  return "user.role_change";
}
