// next-auth v4 configuration: email + password (credentials), JWT sessions.
// Built per request (a function, not a constant) so that `next build` needs no secret.
import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { env } from "@/lib/core/env";
import { accountForSubject, completeClaims, hospitalProvider, OIDC_PROVIDER_ID, UnverifiedEmailError, type OidcClaims } from "./oidc";
import { endSession, sessionHasEnded } from "./ended-sessions";
import { burnVerification, verifyPassword } from "./password";
import { signInInput } from "./schema";
import {
  allowAttemptFrom, isLocked, LOCKED_MESSAGE, recordFailedSignIn, recordFailureFrom, recordSuccessfulSignIn, SLOW_DOWN_MESSAGE,
} from "./throttle";


export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // The token lives for the idle timeout and is re-issued (at most once a minute) whenever the
    // signed-in browser shows activity (components/auth/idle-guard.tsx), so an abandoned session
    // dies on the server even if its tab is gone.
    session: { strategy: "jwt", maxAge: env().SESSION_IDLE_MINUTES * 60, updateAge: 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        // A thrown Error's message reaches the sign-in form (next-auth passes it as `error`).
        async authorize(credentials, request) {
          const parsed = signInInput.safeParse(credentials);
          if (!parsed.success) return null;
          // server.ts sets this header from the socket (or a trusted proxy), never from the client.
          const address = (request?.headers as Record<string, string | undefined> | undefined)?.[CLIENT_ADDRESS_HEADER] || "unknown";
          if (!allowAttemptFrom(address)) throw new Error(SLOW_DOWN_MESSAGE);
          const user = await db.user.findUnique({
            where: { email: parsed.data.email },
            select: { id: true, name: true, email: true, passwordHash: true, lockedUntil: true, sessionVersion: true },
          });
          if (!user?.passwordHash) {
            await burnVerification(parsed.data.password);
            recordFailureFrom(address);
            return null;
          }
          if (isLocked(user)) throw new Error(LOCKED_MESSAGE);
          if (!(await verifyPassword(user.passwordHash, parsed.data.password))) {
            recordFailureFrom(address);
            if (await recordFailedSignIn(user.id)) throw new Error(LOCKED_MESSAGE);
            return null;
          }
          await recordSuccessfulSignIn(user.id);
          return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
        },
      }),
      ...[hospitalProvider()].filter((provider) => provider !== null),
    ],
    events: {
      /** Ends this session on the server too (decision 033), not only in this browser. */
      async signOut({ token }) {
        await endSession(token);
      },
      async signIn({ user, account }) {
        const id = account?.provider === OIDC_PROVIDER_ID
          ? (await db.user.findUnique({ where: { oidcSubject: user.id }, select: { id: true } }))?.id
          : user.id;
        if (id) await audit(db, { actorId: id, action: "auth.sign_in", resourceType: "user", resourceId: id, ip: await requestIp() });
      },
    },
    callbacks: {
      /** Hospital sign-in: link or create the account first; refuse an unverified email. */
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        try {
          await accountForSubject(await completeClaims(profile as OidcClaims, account.access_token));
          return true;
        } catch (error) {
          if (error instanceof UnverifiedEmailError) return "/signin?error=SsoEmail";
          throw error;
        }
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === OIDC_PROVIDER_ID) {
          const mine = await db.user.findUnique({ where: { oidcSubject: user.id }, select: { id: true, sessionVersion: true } });
          if (mine) {
            token.uid = mine.id;
            token.sv = mine.sessionVersion;
          }
        } else if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        if (user) token.sid = randomUUID();
        // A refresh of a signed-out session's token (a replayed cookie) is refused; next-auth then
        // clears the cookie instead of issuing a renewed token.
        else if (await sessionHasEnded(token)) throw new Error("This session has ended.");
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          Object.assign(session.user, { id: token.uid, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
        }
        return session;
      },
    },
  };
}
