// @ts-check
// Security headers for every response: a Content-Security-Policy without 'unsafe-eval' in
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

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** Origins (besides the app's own host) allowed to post server actions, e.g. behind a proxy. */
const allowedOrigins = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS ?? "")
  .split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build folder lets a benchmark or a second checkout build without disturbing a running app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or engine-loading packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  experimental: {
    // A case at its limits (30 studies, 100 events, 20,000 characters a field) stays under this.
    serverActions: { bodySizeLimit: "5mb", allowedOrigins },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
