// Runs the search bench step alone (bench/scenarios/search.ts): its own database on
// EMBEDDED_PG_BENCH_PORT, the base bench data, one app instance from the build in NEXT_DIST_DIR
// (built when missing) on PORT, then the step. Writes bench/results/search-latest.json.
//   BENCH_SEARCH_CASES=100000 EMBEDDED_PG_BENCH_PORT=... PORT=... NEXT_DIST_DIR=... npx tsx --conditions=react-server bench/search-main.ts [--quick]
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connect } from "../prisma/seed-runner";
import { exitOnError, migrate, projectRoot } from "../scripts/lib/app-env";
import { buildApp, serverArgs } from "../scripts/lib/app-server";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, startDatabase } from "../scripts/lib/database";
import { generate } from "./data";
import type { BenchContext } from "./lib/context";
import { log, signIn, waitFor } from "./lib/measure";
import { searchScenario } from "./scenarios/search";

async function main() {
  const quick = process.argv.includes("--quick");
  const dist = process.env.NEXT_DIST_DIR ?? ".next-bench";
  const port = Number(process.env.PORT ?? 3500);
  const url0 = `http://127.0.0.1:${port}`;
  const secret = randomBytes(24).toString("hex");
  if (!existsSync(path.join(projectRoot, dist, "BUILD_ID"))) await buildApp({ ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" }, { quiet: true });
  const server = await startDatabase({ port: Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54331), dataDir: path.join(projectRoot, ".data", `postgres-bench-search`) });
  const dbName = `rounds_search_bench_${Date.now().toString(36)}`;
  let app: ChildProcess | null = null;
  try {
    await createDatabaseIfMissing(server.url, dbName);
    const url = databaseUrl(server.url, dbName);
    await migrate(url);
    const client = connect(url);
    const data = await generate(client, { libraryCases: 200, largeThread: 50 });
    await client.$disconnect();
    const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1", DB_POOL_SIZE: "10" };
    const appLog = openSync(process.env.BENCH_APP_LOG ?? "/dev/null", "a");
    app = spawn(process.execPath, serverArgs(env), { cwd: projectRoot, env: { ...env, PORT: String(port), NEXTAUTH_URL: url0 }, stdio: ["ignore", appLog, appLog] });
    app.on("exit", (code, signal) => log(`app server exited (${code ?? signal})`));
    await waitFor(`${url0}/robots.txt`);
    const check = new pg.Client({ connectionString: url });
    check.on("error", () => undefined);
    await check.connect();
    const results: Record<string, unknown> = { machine: { cores: (await import("node:os")).cpus().length, quick } };
    const context: BenchContext = {
      quick, urls: [url0], pids: [app.pid!], databaseUrl: url, secret, data, viewerCookie: await signIn(url0, data.viewer.email),
      actorCookies: [], browserPath: "", check, results, scenarios: {},
    };
    await searchScenario(context);
    await check.end();
    mkdirSync(path.join(projectRoot, "bench/results"), { recursive: true });
    writeFileSync(path.join(projectRoot, "bench/results/search-latest.json"), `${JSON.stringify(results, null, 2)}\n`);
    log(JSON.stringify(results.search, null, 2));
  } finally {
    app?.kill();
    await dropDatabase(server.url, dbName).catch(() => undefined);
    await server.stop();
  }
  process.exit(0);
}

main().catch(exitOnError);
