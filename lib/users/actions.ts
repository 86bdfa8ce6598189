"use server";
// Administrators set a person's global role (resident, clinician, educator). Audited.
import { revalidatePath } from "next/cache";
import { guarded } from "@/lib/action";
import { requestIp } from "@/lib/audit/request";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { fail, invalid, ok, unauthenticated, type ActionResult } from "@/lib/result";
import { canManageUserRoles } from "./policy";
import { setUserRoleInput } from "./schema";
import { setGlobalRole } from "./write";

export async function setUserRole(payload: unknown): Promise<ActionResult<{ userId: string; role: Role; changed: boolean }>> {
  return guarded("setUserRole", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    // Not an admin: the action does not exist for them, as the page does not.
    if (!canManageUserRoles(viewer)) return fail("not_found", "That page does not exist or you do not have access to it.");
    const parsed = setUserRoleInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const ip = await requestIp();
    const outcome = await db.$transaction((tx) => setGlobalRole(tx, parsed.data, { actorId: viewer.id, ip }));
    if (outcome.kind === "not_found") return fail("not_found", "No account uses that email.", { fieldErrors: { email: ["No account with this email."] } });
    if (outcome.kind === "refused") return fail("forbidden", outcome.message, { fieldErrors: { role: [outcome.message] } });
    revalidatePath("/admin/users");
    return ok({ userId: outcome.userId, role: outcome.to, changed: outcome.kind === "changed" });
  });
}
