// The session cookie to the viewer, with no Next.js request around it: pages reach it through
// getViewer (lib/auth/session.ts), the live streams' Node handler (lib/live/http.ts) directly.
import "server-only";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { unreadCountSql } from "@/lib/notifications/queries";
import type { Viewer } from "./session";

export interface SessionRead {
  viewer: Viewer;
  unreadNotifications: number;
}

interface SessionRow extends Omit<Viewer, "guestTeamIds"> {
  guestTeamIds: string[];
  sessionVersion: number;
  unreadNotifications: number;
}

/**
 * The viewer and the bell's unread count, in one statement: the hottest read of the app (every
 * signed-in request), so it is written in SQL (decision 017). `cookies` is the request's cookies
 * by name; null when there is no valid session.
 */
export async function readSessionFromCookies(cookies: Record<string, string>): Promise<SessionRead | null> {
  // Only decode the session cookie: getServerSession would also re-encrypt a refreshed token that
  // a page cannot set anyway (the idle guard refreshes it through /api/auth/session), which
  // doubled the cost of every signed-in page. Same cookie name and checks (expiry, secret).
  // getToken reads only `cookies` (joining a chunked token) and `headers` from the request.
  const request = { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
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
}
