// Setting a person's global role, with its audit row in the same transaction. Shared by the admin
// page's action and the `npm run users:set-role` CLI (which has no actor: the audit row says none).
import { audit } from "@/lib/audit/write";
import type { Tx } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleChangeAction, roleChangeProblem } from "./policy";
import type { SetUserRoleInput } from "./schema";

export type SetRoleOutcome =
  | { kind: "changed" | "unchanged"; userId: string; from: Role; to: Role }
  | { kind: "not_found" }
  | { kind: "refused"; message: string };

type Client = Pick<Tx, "user" | "auditEvent" | "$queryRaw">;

export async function setGlobalRole(tx: Client, input: SetUserRoleInput, by: { actorId: string | null; ip?: string | null }): Promise<SetRoleOutcome> {
  // The row is locked, so two admins changing one account apply one after the other, each audited.
  const [user] = await tx.$queryRaw<Array<{ id: string; role: Role }>>`select id, role::text as role from "User" where email = ${input.email} for update`;
  if (!user) return { kind: "not_found" };
  const problem = roleChangeProblem(user, by.actorId);
  if (problem) return { kind: "refused", message: problem };
  if (user.role === input.role) return { kind: "unchanged", userId: user.id, from: user.role, to: input.role };
  await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
  await audit(tx, { actorId: by.actorId, action: roleChangeAction(user.role, input.role), resourceType: "user", resourceId: user.id, ip: by.ip ?? null });
  return { kind: "changed", userId: user.id, from: user.role, to: input.role };
}
