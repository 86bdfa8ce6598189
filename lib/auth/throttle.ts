// Brute-force defences for password sign-in: five failed passwords lock the account's password
// sign-in for 15 minutes (counted atomically in the database, so every instance agrees), and each
// instance slows a single address that tries too many passwords.
import "server-only";
import { db } from "@/lib/core/db";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
export const LOCKED_MESSAGE = `Too many failed passwords: sign-in for this account is locked for ${LOCK_MINUTES} minutes. Try again later or ask an administrator.`;
export const SLOW_DOWN_MESSAGE = "Too many sign-in attempts from your network. Wait a few minutes and try again.";

const IP_WINDOW_MS = 10 * 60_000;
const IP_MAX_FAILURES = 30;
const failuresByAddress = new Map<string, number[]>();

function recentFailures(address: string, now: number): number[] {
  const recent = (failuresByAddress.get(address) ?? []).filter((at) => now - at < IP_WINDOW_MS);
  failuresByAddress.set(address, recent);
  return recent;
}

/** False once `address` has failed too many times recently (successful sign-ins do not count). */
export function allowAttemptFrom(address: string, now = Date.now()): boolean {
  return recentFailures(address, now).length < IP_MAX_FAILURES;
}

export function recordFailureFrom(address: string, now = Date.now()): void {
  recentFailures(address, now).push(now);
  // Bounded memory: forget the oldest address when too many are tracked.
  if (failuresByAddress.size > 10_000) failuresByAddress.delete(failuresByAddress.keys().next().value!);
}

export function isLocked(user: { lockedUntil: Date | null }, now = new Date()): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}

/** Counts a failed password in one statement; returns true when this failure locked the account. */
export async function recordFailedSignIn(userId: string): Promise<boolean> {
  // An expired lock starts a fresh count; the row lock of the UPDATE makes concurrent failures exact.
  const [row] = await db.$queryRaw<Array<{ locked: boolean | null }>>`
    update "User" set
      "failedSignIns" = case when "lockedUntil" <= now() then 1 else "failedSignIns" + 1 end,
      "lockedUntil" = case
        when (case when "lockedUntil" <= now() then 1 else "failedSignIns" + 1 end) >= ${MAX_FAILED_SIGN_INS}
          then now() + make_interval(mins => ${LOCK_MINUTES})
        when "lockedUntil" <= now() then null
        else "lockedUntil" end
    where id = ${userId}
    returning "lockedUntil" > now() as locked`;
  return row?.locked === true;
}

export async function recordSuccessfulSignIn(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, OR: [{ failedSignIns: { gt: 0 } }, { lockedUntil: { not: null } }] }, data: { failedSignIns: 0, lockedUntil: null } });
}
