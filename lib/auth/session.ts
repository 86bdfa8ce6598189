// Who is asking. The JWT says which user; the database says who that user is now (role changes
// and deleted accounts take effect at once). Cached per request.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { readSessionFromCookies, type SessionRead } from "./token";
import type { Viewer } from "@/lib/core/viewer";

export type { Viewer } from "@/lib/core/viewer";

/** The viewer (lib/auth/token.ts). Cached per request. */
const readSession = cache(async (): Promise<SessionRead | null> => {
  // Everything that asks who the viewer is renders per request, never at build time.
  await connection();
  return readSessionFromCookies(Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value])));
});

export const getViewer = cache(async (): Promise<Viewer | null> => (await readSession())?.viewer ?? null);

/** For pages: no viewer means a trip to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
