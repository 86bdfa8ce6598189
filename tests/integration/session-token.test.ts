// The session cookie to the viewer (lib/auth/token.ts): decoded tokens are remembered, but expiry
// and "sign out everywhere" still apply on every request.
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionFromCookies } from "@/lib/auth/token";
import { db } from "@/lib/db";
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
      expect(session?.unreadNotifications).toBe(0);
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
});
