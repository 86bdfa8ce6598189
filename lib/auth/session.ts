// Who is asking. The JWT says which user; the database says who that user is now (role changes
// and deleted accounts take effect at once). Cached per request.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { unreadCountSql } from "@/lib/notifications/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";

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

interface SessionRow extends Omit<Viewer, "guestTeamIds"> {
  guestTeamIds: string[];
  sessionVersion: number;
  unreadNotifications: number;
}

/**
 * The viewer and the bell's unread count, in one statement: the hottest read of the app (every
 * signed-in request), so it is written in SQL (decision 017). Cached per request.
 */
const readSession = cache(async (): Promise<{ viewer: Viewer; unreadNotifications: number } | null> => {
  // Everything that asks who the viewer is renders per request, never at build time.
  await connection();
  // Only decode the session cookie: getServerSession would also re-encrypt a refreshed token that
  // a page cannot set anyway (the idle guard refreshes it through /api/auth/session), which
  // doubled the cost of every signed-in page. Same cookie name and checks (expiry, secret).
  const jar = Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
  // getToken reads only `cookies` (joining a chunked token) and `headers` from the request.
  const request = { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const claims = await getToken({ req: request, secret: env().NEXTAUTH_SECRET });
  if (typeof claims?.uid !== "string") return null;
  const [row] = await db.$queryRaw<SessionRow[]>`
    with me as (
      select u.id, u.name, u.email, u.role::text as role, u."sessionVersion",
             coalesce(array_agg(m."teamId") filter (where m."teamId" is not null), '{}') as "teamIds",
             coalesce(array_agg(m."teamId") filter (where m.role = 'guest'), '{}') as "guestTeamIds"
      from "User" u left join "Membership" m on m."userId" = u.id
      where u.id = ${claims.uid}
      group by u.id
    )
    select me.*, ${unreadCountSql(Prisma.sql`me.id`, Prisma.sql`me."teamIds"`)} as "unreadNotifications" from me`;
  // "Sign out everywhere" bumps the version: older tokens stop working at once.
  if (!row || row.sessionVersion !== (typeof claims.sv === "number" ? claims.sv : 0)) return null;
  const { sessionVersion: _version, unreadNotifications, ...viewer } = row;
  return { viewer, unreadNotifications };
});

export const getViewer = cache(async (): Promise<Viewer | null> => (await readSession())?.viewer ?? null);

/** The bell's count of unread notifications, read with the viewer (0 when signed out). */
export async function getUnreadNotificationCount(): Promise<number> {
  return (await readSession())?.unreadNotifications ?? 0;
}

/** For pages: no viewer means a trip to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
