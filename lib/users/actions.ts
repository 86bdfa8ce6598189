"use server";
// Administrators set a person's global role (resident, clinician, educator). Audited.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { fail, ok, type ActionResult } from "@/lib/core/result";
import { canManageUserRoles } from "./policy";
import { setUserRoleInput } from "./schema";
import { setGlobalRole } from "./write";

export const setUserRole = action("setUserRole", setUserRoleInput, async ({ viewer, input }): Promise<ActionResult<{ userId: string; role: Role; changed: boolean }>> => {
  const ip = await requestIp();
  const outcome = await db.$transaction((tx) => setGlobalRole(tx, input, { actorId: viewer.id, ip }));
  if (outcome.kind === "not_found") return fail("not_found", "No account uses that email.", { fieldErrors: { email: ["No account with this email."] } });
  if (outcome.kind === "refused") return fail("forbidden", outcome.message, { fieldErrors: { role: [outcome.message] } });
  revalidatePath("/admin/users");
  return ok({ userId: outcome.userId, role: outcome.to, changed: outcome.kind === "changed" });
}, {
  // Not an admin: the action does not exist for them, as the page does not.
  gate: (viewer) => (canManageUserRoles(viewer) ? null : fail("not_found", "That page does not exist or you do not have access to it.")),
});
