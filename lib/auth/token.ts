// The session cookie to the viewer, with no Next.js request around it: pages reach it through
// getViewer (lib/auth/session.ts), the live streams' Node handler (lib/live/http.ts) directly.
import "server-only";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { sql } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { TEAM_LEAD_ROLES } from "./policy";

export interface SessionRead {
  viewer: Viewer;
}

interface SessionRow extends Omit<Viewer, "guestTeamIds" | "leadTeamIds" | "presentedCaseIds"> {
  guestTeamIds: string[];
  leadTeamIds: string[];
  presentedCaseIds: string[];
  sessionVersion: number;
}

/** Seconds of clock skew allowed on a token's expiry, as next-auth's own decode allows. */
const CLOCK_TOLERANCE_S = 15;
/** Distinct session tokens remembered decoded; beyond this the oldest is forgotten. */
const DECODED_TOKENS_MAX = 5_000;
// On globalThis: server.ts (the live streams) and Next.js's compiled pages and actions load this
// module twice, and a phone's stream would otherwise decrypt the token its page just decrypted.
const decodedTokens = ((globalThis as unknown as { roundsDecodedTokens?: Map<string, JWT | null> }).roundsDecodedTokens ??= new Map());

/**
 * next-auth's decode, remembered per token. A signed-in user sends the same cookie with every
 * request, and decrypting it (a key derivation, then AES-GCM) cost about 0.2 ms each time, on
 * every page and every vote. A token's claims never change, so only its expiry needs checking
 * again, on every use; the session version (sign out everywhere) is still checked in the database
 * below on every request.
 */
async function decodeRemembered(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  let claims = decodedTokens.get(token);
  if (claims === undefined) {
    claims = await decode(params);
    if (decodedTokens.size >= DECODED_TOKENS_MAX) decodedTokens.delete(decodedTokens.keys().next().value!);
    decodedTokens.set(token, claims);
  }
  if (claims && typeof claims.exp === "number" && Date.now() / 1000 > claims.exp + CLOCK_TOLERANCE_S) {
    decodedTokens.delete(token);
    return null;
  }
  return claims;
}

/** The token's session id (`sid`, set at sign-in); tokens issued before it existed have none. */
export function sessionIdOf(claims: JWT): string {
  return typeof claims.sid === "string" ? claims.sid : "";
}

/**
 * The viewer, in one statement: the hottest read of the app (every signed-in request), so it is written in SQL (decision 017). `cookies` is the request's cookies
 * by name; null when there is no valid session.
 */
export async function readSessionFromCookies(cookies: Record<string, string>): Promise<SessionRead | null> {
  // Only decode the session cookie: getServerSession would also re-encrypt a refreshed token that
  // a page cannot set anyway (the idle guard refreshes it through /api/auth/session), which
  // doubled the cost of every signed-in page. Same cookie name and checks (expiry, secret).
  // getToken reads only `cookies` (joining a chunked token) and `headers` from the request.
  const request = { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const claims = await getToken({ req: request, secret: env().NEXTAUTH_SECRET, decode: decodeRemembered });
  if (typeof claims?.uid !== "string") return null;
  const [row] = await sql<SessionRow[]>(Prisma.sql`
    with me as (
      select u.id, u.name, u.email, u.role::text as role, u."sessionVersion",
             coalesce(array_agg(m."teamId") filter (where m."teamId" is not null), '{}') as "teamIds",
             coalesce(array_agg(m."teamId") filter (where m.role = 'guest'), '{}') as "guestTeamIds",
             coalesce(array_agg(m."teamId") filter (where m.role::text = any(${[...TEAM_LEAD_ROLES]}::text[])), '{}') as "leadTeamIds"
      from "User" u left join "Membership" m on m."userId" = u.id
      -- A session ended by signing out stays ended (decision 033).
      where u.id = ${claims.uid} and not exists (select 1 from "EndedSession" e where e.id = ${sessionIdOf(claims)})
      group by u.id
    )
    select me.*,
           -- Power from presenting (decision 031): the team cases on the agenda of a conference of
           -- their own team, not yet ended, that the viewer presents as a (non-guest) member.
           coalesce((select array_agg(distinct ai."caseId") from "Conference" cf
                     join "AgendaItem" ai on ai."conferenceId" = cf.id join "Case" c on c.id = ai."caseId"
                     where cf."presenterId" = me.id and cf."endedAt" is null and c.visibility = 'team' and c."teamId" = cf."teamId"
                       and cf."teamId" = any(me."teamIds") and not cf."teamId" = any(me."guestTeamIds")), '{}') as "presentedCaseIds"
    from me`);
  // "Sign out everywhere" bumps the version: older tokens stop working at once.
  if (!row || row.sessionVersion !== (typeof claims.sv === "number" ? claims.sv : 0)) return null;
  const { sessionVersion: _version, ...viewer } = row;
  return { viewer };
}
