// Password sign-in through next-auth's real authorize function: lockout after five failures.
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { LOCKED_MESSAGE } from "@/lib/auth/throttle";
import { db } from "@/lib/core/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function user(password: string) {
  return db.user.create({
    data: { email: `lock-${crypto.randomUUID()}@example.test`, name: "Dr Lock", passwordHash: await hashPassword(password) },
    select: { id: true, email: true },
  });
}

const attempt = (email: string, password: string, ip = `10.0.0.${Math.floor(Math.random() * 250)}`) =>
  authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: ip } });

describe("password sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown email", async () => {
    const account = await user("correct horse battery");
    expect(await attempt(account.email, "correct horse battery")).toMatchObject({ id: account.id });
    expect(await attempt(account.email, "wrong password")).toBeNull();
    expect(await attempt("nobody@example.test", "whatever")).toBeNull();
  });

  it("locks password sign-in for 15 minutes after five failures, even with the right password", async () => {
    const account = await user("correct horse battery");
    for (let i = 0; i < 4; i++) expect(await attempt(account.email, `wrong ${i}`)).toBeNull();
    await expect(attempt(account.email, "wrong 5")).rejects.toThrow(LOCKED_MESSAGE);
    await expect(attempt(account.email, "correct horse battery")).rejects.toThrow(LOCKED_MESSAGE);
    const locked = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // When the lock expires, the right password works and the count starts again.
    await db.user.update({ where: { id: account.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await attempt(account.email, "correct horse battery")).toMatchObject({ id: account.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it("counts concurrent failures exactly", async () => {
    const account = await user("correct horse battery");
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => attempt(account.email, `wrong ${i}`)));
    expect(results.filter((r) => r.status === "rejected")).not.toHaveLength(0);
    const row = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.lockedUntil).not.toBeNull();
  });

  it("slows down one address that fails too many times, and only that address", async () => {
    const account = await user("correct horse battery");
    const outcomes = [];
    for (let i = 0; i < 31; i++) outcomes.push(await attempt(`nobody-${i}@example.test`, "x", "192.0.2.77").then(() => "ok", (e: Error) => e.message));
    expect(outcomes.slice(0, 30).every((o) => o === "ok")).toBe(true);
    expect(outcomes[30]).toMatch(/Too many sign-in attempts/);
    // Other addresses are unaffected.
    expect(await attempt(account.email, "correct horse battery", "192.0.2.78")).toMatchObject({ id: account.id });
  });
});
