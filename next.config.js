// @ts-check
import { securityHeaders } from "./lib/security-headers.mjs";

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
