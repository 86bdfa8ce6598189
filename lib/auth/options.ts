// next-auth v4 configuration: email + password (credentials), JWT sessions.
// Built per request (a function, not a constant) so that `next build` needs no secret.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { burnVerification, verifyPassword } from "./password";
import { signInInput } from "./schema";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = signInInput.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await db.user.findUnique({
            where: { email: parsed.data.email },
            select: { id: true, name: true, email: true, passwordHash: true },
          });
          if (!user?.passwordHash) {
            await burnVerification(parsed.data.password);
            return null;
          }
          if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
          return { id: user.id, name: user.name, email: user.email };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
  };
}
