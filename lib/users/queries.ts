import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { canManageUserRoles } from "./policy";

export interface UserRoleRow {
  id: string;
  name: string;
  email: string;
  role: string;
}

/**
 * Accounts for the admin page: those whose email starts with `email`, else the current educators
 * and administrators. null when the viewer is not an admin (the page is then a 404).
 */
export async function listUsersForRoles(viewer: Viewer, email: string | undefined): Promise<UserRoleRow[] | null> {
  if (!canManageUserRoles(viewer)) return null;
  return db.user.findMany({
    where: email ? { email: { startsWith: email, mode: "insensitive" } } : { role: { in: ["educator", "admin"] } },
    orderBy: { email: "asc" },
    take: 50,
    select: { id: true, name: true, email: true, role: true },
  });
}
