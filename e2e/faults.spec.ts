// Faults (issue 28): the database stopped and started under a running app, an instance stopped
// with SIGTERM while a request is in flight, and `npm start`'s app server killed. Runs against a
// PostgreSQL and app instances of its own, so stopping them disturbs no other spec.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { connect } from "../prisma/seed-runner";
import { projectRoot } from "../scripts/lib/app-env";
import { expect, signIn, test } from "./support/fixtures";
import {
  eventWriter, FAULT_APP_PORTS, FAULT_PG_PORT, faultDatabase, portIsFree, resilientReader, sessionCookie, startApp, waitFor, type AppInstance,
} from "./support/faults";

test.describe.configure({ mode: "serial" });

const PASSWORD = "fault-password-2026";
const MESSAGE = "Rounds cannot reach its database. It will retry on its own.";

let fault: Awaited<ReturnType<typeof faultDatabase>> | undefined;
let app: AppInstance | undefined;
let caseId = "";
const people = { alice: "alice@fault.test", bob: "bob@fault.test" };

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fault = await faultDatabase();
  const client = connect(fault.url);
  const passwordHash = await hashPassword(PASSWORD);
  const alice = await client.user.create({ data: { email: people.alice, name: "Dr Alice Fault", role: "clinician", passwordHash }, select: { id: true } });
  await client.user.create({ data: { email: people.bob, name: "Dr Bob Fault", role: "clinician", passwordHash } });
  const kase = await client.case.create({
    data: {
      title: "Outage case", presentation: "Forefoot pain for three weeks.", ageBand: "30–34", sex: "female", region: "Foot", status: "open", authorId: alice.id,
      studies: { create: [{ position: 0, dayOffset: 0, modality: "MRI", region: "Foot", findings: "Marrow oedema of the second metatarsal." }] },
    },
    select: { id: true },
  });
  caseId = kase.id;
  await client.$disconnect();
  app = await startApp(FAULT_APP_PORTS[0], fault.url);
});

test.afterAll(async () => {
  app?.process.kill("SIGKILL");
  await fault?.dispose();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: app!.url });
  await signIn(context.request, email, PASSWORD);
  return context.newPage();
}

const composer = (page: Page) => page.getByTestId("composer").first().getByRole("combobox", { name: "Comment (Markdown)" });
const status = (page: Page) => page.getByTestId("live-status");

async function eventIds(): Promise<string[]> {
  const client = connect(fault!.url);
  try {
    const rows = await client.caseActivity.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true } });
    return rows.map((row) => row.id.toString());
  } finally {
    await client.$disconnect();
  }
}

test("while the database is down: 503 pages, APIs, streams and /health, a typed unavailable action; then everything recovers and the live stream catches up with no gap and no duplicate", async ({ browser }) => {
  test.setTimeout(180_000);
  const base = app!.url;
  const alice = await signedIn(browser, people.alice);
  const bob = await signedIn(browser, people.bob);
  await alice.goto(`/cases/${caseId}`);
  await bob.goto(`/cases/${caseId}`);
  await expect(status(alice)).toHaveAttribute("data-status", "live");
  await expect(status(bob)).toHaveAttribute("data-status", "live");
  const cookie = await sessionCookie(base, people.alice, PASSWORD);
  const reader = resilientReader(`${base}/api/cases/${caseId}/events`, cookie, "0");

  await composer(alice).fill("Posted before the outage");
  await alice.getByRole("button", { name: "Post comment" }).click();
  await expect(bob.getByTestId("comment").filter({ hasText: "Posted before the outage" })).toBeVisible();

  const eventIdsBeforeOutage = eventIds().then((ids) => ids.slice(-1));
  await eventIdsBeforeOutage;
  await fault!.stop();
  const stoppedAt = Date.now();

  // A page: the short human page, 503, Retry-After (the first request finds out, then all know).
  const page = await fetch(`${base}/cases/${caseId}`, { headers: { cookie, accept: "text/html" } });
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");
  expect(await page.text()).toContain(MESSAGE);
  // An API and a live stream: 503 JSON.
  const api = await fetch(`${base}/api/cases/${caseId}/comments`, { headers: { cookie } });
  expect(api.status).toBe(503);
  expect(await api.json()).toMatchObject({ code: "unavailable", error: MESSAGE });
  const stream = await fetch(`${base}/api/cases/${caseId}/events`, { headers: { cookie, accept: "text/event-stream" } });
  expect(stream.status).toBe(503);
  expect(stream.headers.get("content-type")).toContain("application/json");
  expect(stream.headers.get("retry-after")).toBe("5");
  await stream.body?.cancel();
  // /health names the dependency that is down, for monitors and for people.
  const health = await fetch(`${base}/health`, { headers: { accept: "application/json" } });
  expect(health.status).toBe(503);
  const report = (await health.json()) as { ok: boolean; dependencies: { database: { ok: boolean; detail: string } } };
  expect(report.ok).toBe(false);
  expect(report.dependencies.database.ok).toBe(false);
  expect(report.dependencies.database.detail).toMatch(/^unreachable/);
  const healthPage = await fetch(`${base}/health`, { headers: { accept: "text/html" } });
  expect(healthPage.status).toBe(503);
  expect(await healthPage.text()).toMatch(/database: DOWN, unreachable/);

  // An action: the form shows the typed answer; nothing is saved.
  await composer(alice).fill("Posted during the outage");
  await alice.getByRole("button", { name: "Post comment" }).click();
  await expect(alice.getByText("Rounds cannot reach its database right now, so nothing was saved.")).toBeVisible();

  // Bob's phone changes network during the outage: its stream reconnects and is answered 503.
  await bob.context().setOffline(true);
  await expect(status(bob)).toHaveAttribute("data-status", "reconnecting");
  await bob.context().setOffline(false);
  // A client that connects during the outage is answered 503 until it returns, then resumes.
  const [lastBefore] = await eventIdsBeforeOutage;
  const latecomer = resilientReader(`${base}/api/cases/${caseId}/events`, cookie, lastBefore!);
  await waitFor("a 503 to the latecomer", async () => latecomer.statuses.includes(503));
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // a few backoff rounds against 503
  await expect(status(bob)).toHaveAttribute("data-status", "reconnecting");

  await fault!.start();
  const startedAt = Date.now();
  await waitFor("the case page to answer 200", async () => (await fetch(`${base}/cases/${caseId}`, { headers: { cookie } })).status === 200, 30_000, 100);
  const recoveryMs = Date.now() - startedAt;
  console.log(`[faults] database down ${((startedAt - stoppedAt) / 1000).toFixed(1)} s; pages answered 200 again ${recoveryMs} ms after it returned`);
  expect(recoveryMs).toBeLessThan(5_000);

  // Bob's stream comes back by itself (backoff, never giving up) and receives the next comment live.
  await expect(status(bob)).toHaveAttribute("data-status", "live", { timeout: 40_000 });
  await composer(alice).fill("Posted after the outage");
  await alice.getByRole("button", { name: "Post comment" }).click();
  await expect(bob.getByTestId("comment").filter({ hasText: "Posted after the outage" })).toBeVisible({ timeout: 10_000 });
  await expect(bob.getByTestId("comment").filter({ hasText: "Posted during the outage" })).toHaveCount(0);

  // Every event in the log reached each reader once, in order: the one whose stream stayed open
  // through the outage (its instance's listener reconnected and replayed), and the latecomer.
  const logged = await eventIds();
  expect(logged.length).toBe(2);
  await waitFor("the readers to catch up", async () => reader.ids().length >= logged.length && latecomer.ids().length >= 1, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(reader.ids()).toEqual(logged);
  expect(latecomer.ids()).toEqual(logged.slice(1));
  expect(latecomer.statuses.at(-1)).toBe(200);
  reader.stop();
  latecomer.stop();
  await alice.context().close();
  await bob.context().close();
});

test("SIGTERM: a request in flight finishes, open streams are told to reconnect and move to the other instance without losing an event, new connections are refused, and the instance exits within 10 s", async () => {
  test.setTimeout(120_000);
  const second = await startApp(FAULT_APP_PORTS[1], fault!.url);
  const cookie = await sessionCookie(second.url, people.alice, PASSWORD);
  const target = new URL(second.url);

  // An open live stream.
  const streamText: string[] = [];
  const streamEnded = new Promise<void>((resolve) => {
    http.get(`${second.url}/api/cases/${caseId}/events`, { headers: { cookie } }, (response) => {
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => streamText.push(chunk));
      response.once("end", () => resolve());
    });
  });
  await waitFor("the stream to open", async () => streamText.join("").includes(": connected"));

  // A rolling restart under writes: a reader on this instance moves to the other one, and every
  // event committed before, during and after reaches it once, in order.
  const [lastBefore] = (await eventIds()).slice(-1);
  const follower = resilientReader([`${second.url}/api/cases/${caseId}/events`, `${app!.url}/api/cases/${caseId}/events`], cookie, lastBefore!);
  await waitFor("the follower to open", async () => follower.statuses.includes(200));
  const writer = eventWriter(fault!.url, caseId, 40);
  await new Promise((resolve) => setTimeout(resolve, 500));

  // A request in flight: an upload whose body is still arriving.
  const body = "          "; // blank: answered 400 once read
  let answer = "";
  const inFlight = new Promise<number>((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: "/api/cases/import", method: "POST", headers: { cookie, "content-type": "application/json", "content-length": body.length } },
      (response) => {
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (answer += chunk));
        response.once("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.write(body.slice(0, 5));
    setTimeout(() => request.end(body.slice(5)), 1_500);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));

  const signalledAt = Date.now();
  second.process.kill("SIGTERM");
  await streamEnded;
  expect(streamText.join("")).toContain("event: reconnect");
  await waitFor("new connections to be refused", async () => !(await fetch(`${second.url}/signin`).then(() => true, () => false)), 3_000, 50);

  expect(await inFlight).toBe(400);
  expect(JSON.parse(answer)).toMatchObject({ ok: false, code: "invalid_input" });
  const { code } = await second.exited;
  const took = Date.now() - signalledAt;
  console.log(`[faults] SIGTERM to exit: ${took} ms (a request in flight for about 1.2 s of it)`);
  expect(took).toBeGreaterThan(1_000); // it waited for the request in flight
  expect(code).toBe(0);
  expect(took).toBeLessThan(10_000);
  expect(second.output()).toContain("2 live stream(s) told to reconnect");

  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await writer.stop();
  await waitFor("the follower to catch up", async () => follower.ids().length >= writer.committed.length, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(follower.frames.some((frame) => frame.event === "reconnect")).toBe(true);
  expect(follower.ids()).toEqual(writer.committed);
  console.log(`[faults] rolling restart: ${writer.committed.length} events written across it, all delivered once, in order`);
  follower.stop();
});

/** Every `npm start` a test began, so that a failed test leaves no server behind on the machine. */
const started: Array<{ child: ChildProcess; pids: () => number[] }> = [];

function stopStarted() {
  for (const { child, pids } of started.splice(0)) {
    for (const pid of [child.pid, ...pids()]) {
      try {
        if (pid) process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

/** `npm start` as a user runs it (tsx in-process, so the pid is the supervisor's own). */
function npmStart(env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pids = () => [...output.matchAll(/App server started \(pid (\d+)\)/g)].map((match) => Number(match[1]));
  started.push({ child, pids });
  return { child, output: () => output, exited, pids };
}

test("npm start restarts a killed app server, stops everything when it keeps dying, clears what a crash left, and one Ctrl-C stops both", async () => {
  test.setTimeout(300_000);
  // This test's `npm start` runs its own embedded PostgreSQL on the fault port.
  app?.process.kill("SIGKILL");
  await fault!.stop();
  const port = FAULT_APP_PORTS[2];
  const dataDir = path.join(projectRoot, ".data", `postgres-start-${FAULT_PG_PORT}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env = { PORT: String(port), EMBEDDED_PG_PORT: String(FAULT_PG_PORT), EMBEDDED_PG_DIR: dataDir, NEXTAUTH_SECRET: "start-secret-0123456789abcdef0123456789" };
  const answers = async () => (await fetch(`http://localhost:${port}/signin`)).ok;

  try {
    // 1. Killed: restarted after a backoff, with a line saying so. Then one Ctrl-C stops both.
    const first = npmStart(env);
    await waitFor("npm start to serve", async () => first.pids().length === 1 && (await answers()), 180_000, 250)
      .catch((error: Error) => Promise.reject(new Error(`${error.message}; npm start said:\n${first.output().slice(-2000)}`)));
    if (first.output().includes("Building the production app")) throw new Error("npm start rebuilt the app: the build is older than the sources");
    process.kill(first.pids()[0]!, "SIGKILL");
    await waitFor("a restart", async () => first.pids().length === 2 && (await answers()), 30_000, 100);
    expect(first.output()).toMatch(/App server was killed by SIGKILL; restarting it in 1 s \(exit 1 of 5 allowed within 60 s\)\./);
    const ctrlC = Date.now();
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    console.log(`[faults] npm start stopped by one SIGINT in ${Date.now() - ctrlC} ms`);
    expect(await portIsFree(port)).toBe(true);
    expect(await portIsFree(FAULT_PG_PORT)).toBe(true);

    // 2. A crash of npm start itself leaves its PostgreSQL running, with its postmaster.pid.
    const second = npmStart(env);
    await waitFor("npm start to serve again", async () => second.pids().length === 1 && (await answers()), 120_000, 250);
    second.child.kill("SIGKILL");
    process.kill(second.pids()[0]!, "SIGKILL");
    await second.exited;
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);
    expect(await portIsFree(FAULT_PG_PORT)).toBe(false);

    // 3. The next start clears that, and an app server that dies at every start (here: a session
    // secret too short to run with) makes it stop everything, the database included.
    const third = npmStart({ ...env, NEXTAUTH_SECRET: "too-short" });
    expect(await third.exited).toBe(1);
    expect(third.output()).toMatch(/Stopping the embedded PostgreSQL \(pid \d+\) left running by an earlier start/);
    expect(third.output()).toMatch(/it exited 5 times within 60 s, so Rounds is stopping \(and its embedded database\)/);
    expect(third.pids()).toHaveLength(5);
    expect(await portIsFree(FAULT_PG_PORT)).toBe(true);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  } finally {
    stopStarted();
    // The embedded PostgreSQL a failure may have left running, before its folder goes.
    const postmaster = path.join(dataDir, "postmaster.pid");
    if (existsSync(postmaster)) {
      try {
        process.kill(Number(readFileSync(postmaster, "utf8").split("\n")[0]), "SIGQUIT");
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
