import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { canManageUserRoles, ELEVATED_ROLES } from "./policy";

export interface UserRoleRow {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/**
 * Accounts for the admin page: those whose email starts with `email`, else the current educators
 * and administrators. null when the viewer is not an admin (the page is then a 404).
 */
export async function listUsersForRoles(viewer: Viewer, email: string | undefined): Promise<UserRoleRow[] | null> {
  if (!canManageUserRoles(viewer)) return null;
  return db.user.findMany({
    where: email ? { email: { startsWith: email, mode: "insensitive" } } : { role: { in: [...ELEVATED_ROLES] } },
    orderBy: { email: "asc" },
    take: 50,
    select: { id: true, name: true, email: true, role: true },
  });
}
