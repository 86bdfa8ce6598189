// Hospital single sign-on. The first sign-in links to an existing account when the identity
// provider vouches for the email (email_verified), or creates one; later sign-ins find the
// account by the provider's subject.
import "server-only";
import type { Provider } from "next-auth/providers/index";
import { audit } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { oidcConfig } from "@/lib/core/env";

export const OIDC_PROVIDER_ID = "hospital";

export function hospitalProvider(): Provider | null {
  const config = oidcConfig();
  if (!config) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: "Hospital sign-in",
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string }) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? "Hospital user" };
    },
  } as Provider;
}

export class UnverifiedEmailError extends Error {}

export type OidcClaims = { sub: string; email?: string; email_verified?: boolean; name?: string };

/**
 * The ID token may carry only `sub` (the OpenID default puts email in the userinfo response):
 * complete the claims from the userinfo endpoint when email is missing.
 */
export async function completeClaims(claims: OidcClaims, accessToken: string | undefined): Promise<OidcClaims> {
  const config = oidcConfig();
  if (claims.email || !accessToken || !config) return claims;
  const discovery = (await (await fetch(`${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`)).json()) as { userinfo_endpoint?: string };
  if (!discovery.userinfo_endpoint) return claims;
  const response = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) return claims;
  const userinfo = (await response.json()) as Partial<OidcClaims>;
  // The userinfo subject must be the ID token's subject (OpenID Connect Core, 5.3.2).
  return userinfo.sub === claims.sub ? { ...claims, ...userinfo, sub: claims.sub } : claims;
}

/** Our account for a provider subject: found, linked by verified email, or created. */
export async function accountForSubject(claims: OidcClaims) {
  const bySubject = await db.user.findUnique({ where: { oidcSubject: claims.sub }, select: { id: true, sessionVersion: true } });
  if (bySubject) return bySubject;
  const email = claims.email?.trim().toLowerCase();
  if (!email || claims.email_verified !== true) throw new UnverifiedEmailError("The hospital sign-in did not confirm your email address.");
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true, oidcSubject: true } });
    if (existing) {
      if (existing.oidcSubject && existing.oidcSubject !== claims.sub) throw new UnverifiedEmailError("That email is already linked to another hospital identity.");
      await tx.user.update({ where: { id: existing.id }, data: { oidcSubject: claims.sub } });
      await audit(tx, { actorId: existing.id, action: "auth.sso_link", resourceType: "user", resourceId: existing.id });
      return { id: existing.id, sessionVersion: existing.sessionVersion };
    }
    const created = await tx.user.create({
      // No password: this account signs in through the hospital. A random name is never shown.
      data: { email, name: claims.name?.trim() || email, role: "clinician", oidcSubject: claims.sub, passwordHash: null },
      select: { id: true, sessionVersion: true },
    });
    await audit(tx, { actorId: created.id, action: "auth.sso_create", resourceType: "user", resourceId: created.id });
    return created;
  });
}
