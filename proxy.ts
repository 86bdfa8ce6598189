// Optimistic sign-in redirect: without a session cookie there is no point rendering an app page.
// The real check is in every page, action and route (requireViewer / getViewer): a stale cookie
// passes here and is sent to sign-in by the page itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** A case's own page may be public (teaching cases): the page itself decides. */
const MAYBE_PUBLIC = /^\/cases\/(?!new$|import$)[^/]+$/;

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  if (MAYBE_PUBLIC.test(request.nextUrl.pathname)) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/cases/:path*", "/me/:path*", "/notifications", "/diagnoses", "/teams/:path*", "/invites/:path*", "/admin/:path*", "/account", "/conferences/:path*", "/join"],
};
