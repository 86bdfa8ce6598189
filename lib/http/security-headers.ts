// Security headers for every response the app's server sends (server.ts sets them before Next.js
// or a live stream answers): a Content-Security-Policy without 'unsafe-eval' in production
// ('unsafe-inline' scripts remain: Next.js inlines its RSC bootstrap), no framing, no MIME
// sniffing, a strict referrer, and HSTS when the public URL is HTTPS. Set on the Node response
// rather than through next.config.js's headers() (decision 024): Next.js matched and compiled
// that rule for every request, about a twelfth of a vote's CPU time.
import type { ServerResponse } from "node:http";

const production = process.env.NODE_ENV === "production";
const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders: ReadonlyArray<readonly [name: string, value: string]> = [
  ["Content-Security-Policy", contentSecurityPolicy],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ...(https ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as const] : []),
];

/** Headers given to the response now are kept by whatever answers it (writeHead merges them). */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of securityHeaders) response.setHeader(name, value);
}
