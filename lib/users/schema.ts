import { z } from "zod";
import { email } from "@/lib/auth/schema";

/**
 * Global roles an administrator sets on an account (/admin/users, `npm run users:set-role`).
 * Educator is granted here and nowhere else; admin stays with `npm run users:create-admin`.
 */
export const GRANTABLE_ROLES = ["resident", "clinician", "educator"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const setUserRoleInput = z.object({
  email,
  role: z.enum(GRANTABLE_ROLES, { message: "Choose resident, clinician or educator." }),
});
export type SetUserRoleInput = z.infer<typeof setUserRoleInput>;

/** The admin page's search: the start of an email address. */
export const userSearchInput = z.object({
  email: z.string().trim().toLowerCase().max(254).optional().transform((value) => value || undefined),
});
