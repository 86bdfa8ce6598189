// Signing out ends that session on the server (decision 033). Session tokens are JWTs, valid by
// themselves until they expire; each carries a random session id (`sid`) from sign-in, and signing
// out records that id until the token's expiry. readSessionFromCookies refuses a token whose id is
// recorded, and the token refresh (jwt callback) refuses to extend one, so a copied cookie replayed
// after sign-out opens nothing and cannot be renewed past the recorded expiry.
import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/core/db";
import { sessionIdOf } from "./token";

/** Grace beyond the token's expiry: the token decoder tolerates this much clock skew. */
const SKEW_MS = 60_000;

export async function endSession(claims: JWT | null | undefined): Promise<void> {
  const id = claims ? sessionIdOf(claims) : "";
  if (!id) return;
  const expiresAt = new Date((typeof claims?.exp === "number" ? claims.exp * 1000 : Date.now() + 24 * 3600_000) + SKEW_MS);
  await db.$transaction([
    db.endedSession.upsert({ where: { id }, create: { id, expiresAt }, update: { expiresAt } }),
    // Rows whose tokens have expired anyway protect nothing.
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
  ]);
}

export async function sessionHasEnded(claims: JWT): Promise<boolean> {
  const id = sessionIdOf(claims);
  if (!id) return false;
  return (await db.endedSession.count({ where: { id } })) > 0;
}
