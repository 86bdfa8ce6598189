// Optimistic sign-in redirect: without a session cookie there is no point rendering an app page.
// The real check is in every page, action and route (requireViewer / getViewer): a stale cookie
// passes here and is sent to sign-in by the page itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // A case's own page (/cases/:id) is not matched: it may be public (teaching cases), so the page
  // itself decides, and the proxy would only have let it through. Leaving it out spares the
  // app's busiest page, and the votes and comments posted to it, a proxy pass on every request.
  // The library (/cases) is left out for the same reason: every search is a view of it, and its
  // page sends a visitor without a session to sign in with the search kept (requireViewer).
  matcher: [
    "/cases/new", "/cases/import", "/cases/:caseId/:rest+",
    "/me/:path*", "/notifications", "/diagnoses", "/teams/:path*", "/invites/:path*", "/admin/:path*", "/account", "/conferences/:path*", "/join",
  ],
};
