// @ts-check
// Security headers for every response, from Next.js (next.config.js) and from the live streams'
// Node handler (lib/live/http.ts): a Content-Security-Policy without 'unsafe-eval' in
// production ('unsafe-inline' scripts remain: Next.js inlines its RSC bootstrap), no framing,
// no MIME sniffing, a strict referrer, and HSTS when the public URL is HTTPS.
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

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

