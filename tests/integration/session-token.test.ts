// The session cookie to the viewer (lib/auth/token.ts): decoded tokens are remembered, but expiry
// and "sign out everywhere" still apply on every request.
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { endSession } from "@/lib/auth/ended-sessions";
import { authOptions } from "@/lib/auth/options";
import { readSessionFromCookies } from "@/lib/auth/token";
import { db } from "@/lib/core/db";
import { unreadNotificationCount } from "@/lib/notifications/queries";
import { makeUser } from "../support/factories";

const secret = process.env.NEXTAUTH_SECRET!;
const cookieFor = (token: string) => ({ "next-auth.session-token": token });

afterEach(() => {
  vi.useRealTimers();
});

describe("reading the session cookie", () => {
  it("reads the viewer from a valid token, again and again", async () => {
    const user = await makeUser("educator");
    const token = await encode({ token: { uid: user.id, sv: 0 }, secret, maxAge: 3600 });
    for (let i = 0; i < 3; i++) {
      const session = await readSessionFromCookies(cookieFor(token));
      expect(session?.viewer).toMatchObject({ id: user.id, role: "educator", teamIds: [] });
      // The bell's count is read beside the viewer, not inside the session (no folder cycle).
      expect(await unreadNotificationCount(session!.viewer)).toBe(0);
    }
  });

  it("refuses a token once it has expired, even one read while it was valid", async () => {
    const user = await makeUser();
    const token = await encode({ token: { uid: user.id, sv: 0 }, secret, maxAge: 60 });
    expect((await readSessionFromCookies(cookieFor(token)))?.viewer.id).toBe(user.id);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60_000 + 16_000 });
    expect(await readSessionFromCookies(cookieFor(token))).toBeNull();
  });

  it("refuses a token after sign-out everywhere, even one read before", async () => {
    const user = await makeUser();
    const token = await encode({ token: { uid: user.id, sv: 0 }, secret, maxAge: 3600 });
    expect(await readSessionFromCookies(cookieFor(token))).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await readSessionFromCookies(cookieFor(token))).toBeNull();
  });

  it("refuses a token made with another secret, a tampered token and no token", async () => {
    const user = await makeUser();
    const foreign = await encode({ token: { uid: user.id, sv: 0 }, secret: "another-secret-entirely-0123456789", maxAge: 3600 });
    expect(await readSessionFromCookies(cookieFor(foreign))).toBeNull();
    const token = await encode({ token: { uid: user.id, sv: 0 }, secret, maxAge: 3600 });
    const tampered = `${token.slice(0, -6)}${token.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    expect(await readSessionFromCookies(cookieFor(tampered))).toBeNull();
    expect(await readSessionFromCookies({})).toBeNull();
  });

  it("refuses a token after its session signed out, and will not renew it; other sessions go on", async () => {
    const user = await makeUser();
    const claims = { uid: user.id, sv: 0, sid: crypto.randomUUID(), exp: Math.floor(Date.now() / 1000) + 3600 };
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    const otherDevice = await encode({ token: { ...claims, sid: crypto.randomUUID() }, secret, maxAge: 3600 });
    expect(await readSessionFromCookies(cookieFor(token))).not.toBeNull();

    // What next-auth calls on POST /api/auth/signout.
    await authOptions().events!.signOut!({ token: claims, session: null as never });
    expect(await readSessionFromCookies(cookieFor(token))).toBeNull();
    expect((await readSessionFromCookies(cookieFor(otherDevice)))?.viewer.id).toBe(user.id);

    // The idle guard's refresh (/api/auth/session) runs the jwt callback: it refuses the ended one.
    const jwt = authOptions().callbacks!.jwt!;
    await expect(jwt({ token: claims } as never)).rejects.toThrow(/ended/);
    await expect(jwt({ token: { ...claims, sid: crypto.randomUUID() } } as never)).resolves.toMatchObject({ uid: user.id });
  });

  it("forgets ended sessions whose tokens have expired anyway", async () => {
    const user = await makeUser();
    const stale = { uid: user.id, sid: crypto.randomUUID(), exp: Math.floor(Date.now() / 1000) - 3600 };
    await endSession(stale);
    await endSession({ uid: user.id, sid: crypto.randomUUID(), exp: Math.floor(Date.now() / 1000) + 3600 });
    expect(await db.endedSession.count({ where: { id: stale.sid } })).toBe(0);
  });
});
