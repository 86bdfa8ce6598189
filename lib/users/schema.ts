import { z } from "zod";
import { email } from "@/lib/auth/schema";

import { GRANTABLE_ROLES } from "./policy";

export const setUserRoleInput = z.object({
  email,
  role: z.enum(GRANTABLE_ROLES, { message: "Choose resident, clinician or educator." }),
});
export type SetUserRoleInput = z.infer<typeof setUserRoleInput>;

/** The admin page's search: the start of an email address. */
export const userSearchInput = z.object({
  email: z.string().trim().toLowerCase().max(254).optional().transform((value) => value || undefined),
});
