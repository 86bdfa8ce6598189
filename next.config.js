// @ts-check

/** Origins (besides the app's own host) allowed to post server actions, e.g. behind a proxy. */
const allowedOrigins = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS ?? "")
  .split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);

// Security headers are set by the app's server on every response (lib/http/security-headers.ts).
/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build folder lets a benchmark or a second checkout build without disturbing a running app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or engine-loading packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pg-boss", "dcmjs", "yauzl"],
  typedRoutes: false,
  experimental: {
    // A case at its limits (30 studies, 100 events, 20,000 characters a field) stays under this.
    serverActions: { bodySizeLimit: "5mb", allowedOrigins },
  },
};

export default nextConfig;
