// Building and starting the app's server (server.ts): `npm start`, `npm test`, `npm run build`
// and the bench all go through here, so the production server is built and run one way.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { projectRoot, run } from "./app-env";

/** The build folder (NEXT_DIST_DIR, as next.config.js reads it). */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXT_DIST_DIR || ".next";
}

/** server.ts bundled with the app's own modules; packages stay in node_modules. */
export function serverBundle(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(projectRoot, distDir(env), "rounds-server.mjs");
}

/** `next build`, then server.ts into the same build folder. */
export async function buildApp(env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<void> {
  await run(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], { ...env, NODE_ENV: "production" }, options);
  await build({
    entryPoints: [path.join(projectRoot, "server.ts")],
    outfile: serverBundle(env),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // The app's modules import "server-only", which is empty under this condition only.
    conditions: ["react-server"],
    logLevel: "warning",
  });
}

/**
 * V8's young generation, in MB per semi-space (decision 022). A server render allocates a few
 * megabytes of short-lived objects; with 20 requests in flight the default 16 MB nursery filled
 * within a few requests, so objects still in use were copied and promoted to the old generation,
 * and collecting them there cost more: the case page spent 7 ms of CPU per request at 16 MB,
 * 5.6 ms at 64 MB, with about the same resident memory.
 */
export const YOUNG_GENERATION_MB = 64;

/** Node's arguments that run the built server (PORT and the app's environment come from env). */
export function serverArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [`--max-semi-space-size=${YOUNG_GENERATION_MB}`, "--conditions=react-server", serverBundle(env)];
}

/** Newest modification time under the folders a build depends on. */
function newestSource(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stat = statSync(target);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(target)) if (entry !== "generated") visit(path.join(target, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "proxy.ts", "postcss.config.mjs", "server.ts"])
    visit(path.join(projectRoot, entry));
  return newest;
}

/** Whether the build in the build folder is newer than every source it was made from. */
export function buildIsCurrent(env: NodeJS.ProcessEnv = process.env): boolean {
  const buildId = path.join(projectRoot, distDir(env), "BUILD_ID");
  return existsSync(buildId) && existsSync(serverBundle(env)) && statSync(buildId).mtimeMs >= newestSource();
}
