// Who is asking. The JWT says which user; the database says who that user is now (role changes
// and deleted accounts take effect at once). Cached per request.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Teams the viewer belongs to; policy decisions need them without another query. */
  teamIds: string[];
  /** Of those, the teams where the viewer is only a guest (reads and comments, never votes). */
  guestTeamIds?: string[];
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Everything that asks who the viewer is renders per request, never at build time.
  await connection();
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!claims?.id) return null;
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, memberships: { select: { teamId: true, role: true } } },
  });
  // "Sign out everywhere" bumps the version: older tokens stop working at once.
  if (!user || user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;
  const { memberships, sessionVersion: _version, ...rest } = user;
  return {
    ...rest,
    teamIds: memberships.map((membership) => membership.teamId),
    guestTeamIds: memberships.filter((membership) => membership.role === "guest").map((membership) => membership.teamId),
  };
});

/** For pages: no viewer means a trip to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
