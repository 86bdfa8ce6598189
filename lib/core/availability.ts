// Is the database reachable? The one place that tells an outage (connection refused, connection
// terminated, the server shutting down or starting up) from any other failure (decision 045), and
// the instance's view of it: a failure that classifies as an outage marks the database down and
// starts a probe (`select 1` every second on a connection of its own) that marks it up again.
// server.ts answers 503 while it is down; actions answer `unavailable`; /health reports it.
// The state lives on globalThis: server.ts and Next.js's compiled routes load this module twice.
import "server-only";
import pg from "pg";
import { env } from "./env";

export const DATABASE_UNAVAILABLE_MESSAGE = "Rounds cannot reach its database. It will retry on its own.";
/** What a 503 tells clients to wait before trying again (seconds). */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that cannot be made or was lost. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNABORTED"]);
/**
 * SQLSTATEs of a server that is going away or not there yet: 57P01 admin shutdown (a fast stop
 * terminates every session), 57P02 crash shutdown, 57P03 "the database system is starting up" or
 * "shutting down", 53300 too many connections; class 08 is "connection exception".
 */
const SERVER_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** Prisma's codes for the same (P1001 can't reach, P1002 timed out, P1008 socket timeout, P1017 closed). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** The driver adapter's kinds (cause of a DriverAdapterError). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** node-postgres's own messages, which carry no code. */
const MESSAGES = [
  /Connection terminated/i, // "Connection terminated unexpectedly", "... due to connection timeout"
  /connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/**
 * Whether `error` (from node-postgres, Prisma, or Prisma's adapter, however nested) means the
 * database cannot be reached, rather than that a statement failed.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen: unknown[] = [error];
  for (let index = 0; index < seen.length && index < 20; index++) {
    const current = seen[index];
    if (!current || typeof current !== "object") continue;
    const { code, originalCode, kind, message, cause, meta, errors } = current as {
      code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown;
      meta?: { driverAdapterError?: unknown }; errors?: unknown;
    };
    for (const value of [code, originalCode]) {
      if (typeof value !== "string") continue;
      if (SOCKET_CODES.has(value) || SERVER_CODES.has(value) || PRISMA_CODES.has(value) || /^08[0-9A-Z]{3}$/.test(value)) return true;
    }
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) return true;
    seen.push(cause, meta?.driverAdapterError);
    if (Array.isArray(errors)) seen.push(...errors); // AggregateError: one per address tried
  }
  return false;
}

/** A short reason for logs and /health: the first code or message found, never statement text. */
function reasonOf(error: unknown): string {
  const seen: unknown[] = [error];
  for (let index = 0; index < seen.length && index < 20; index++) {
    const current = seen[index] as { code?: unknown; kind?: unknown; cause?: unknown; errors?: unknown } | null;
    if (!current || typeof current !== "object") continue;
    if (typeof current.code === "string" && (SOCKET_CODES.has(current.code) || SERVER_CODES.has(current.code))) return current.code;
    if (typeof current.kind === "string" && ADAPTER_KINDS.has(current.kind)) return current.kind;
    seen.push(current.cause);
    if (Array.isArray(current.errors)) seen.push(...current.errors);
  }
  const message = error instanceof Error ? error.message : "";
  return /terminat|closed/i.test(message) ? "connection lost" : "unreachable";
}

export interface Outage {
  since: Date;
  reason: string;
}

interface State {
  outage: Outage | null;
  probing: boolean;
  /** When a probe or a failure last said "down" (ms): a 5xx shortly after is the outage's too. */
  lastFailureAt: number;
}

const cache = globalThis as unknown as { roundsAvailability?: State };
const state: State = (cache.roundsAvailability ??= { outage: null, probing: false, lastFailureAt: 0 });

/** The current outage, or null while the database is believed reachable. */
export function databaseOutage(): Outage | null {
  return state.outage;
}

/** Whether a failure that just happened is likely the outage's (down now, or down moments ago). */
export function outageIsRecent(withinMs = 3_000): boolean {
  return state.outage !== null || Date.now() - state.lastFailureAt < withinMs;
}

const PROBE_INTERVAL_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

/**
 * One `select 1` on a connection of its own (the pool may be full or holding dead connections);
 * its answer updates the instance's view (down, or up again).
 */
export async function probeDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => undefined);
  const started = performance.now();
  try {
    await client.connect();
    await client.query("select 1");
    markUp();
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    const reason = reasonOf(error);
    markDown(reason);
    return { ok: false, reason };
  } finally {
    client.end().catch(() => undefined);
  }
}

function markUp(): void {
  if (!state.outage) return;
  const seconds = ((Date.now() - state.outage.since.getTime()) / 1000).toFixed(1);
  console.error(`[db] the database is back after ${seconds} s`);
  state.outage = null;
}

function markDown(reason: string): void {
  state.lastFailureAt = Date.now();
  if (!state.outage) {
    state.outage = { since: new Date(), reason };
    console.error(`[db] the database is unreachable (${reason}); answering 503 until it returns`);
  }
  if (state.probing) return;
  state.probing = true;
  const probe = async () => {
    if (!state.outage) {
      state.probing = false;
      return;
    }
    const result = await probeDatabase();
    if (result.ok) {
      state.probing = false;
      return;
    }
    setTimeout(() => void probe(), PROBE_INTERVAL_MS).unref?.();
  };
  setTimeout(() => void probe(), PROBE_INTERVAL_MS).unref?.();
}

/**
 * Call with any failure: if it means the database is unreachable, the instance marks it down
 * (and starts probing) and this returns true; otherwise false and nothing changes.
 */
export function noteDatabaseFailure(error: unknown): boolean {
  if (!isDatabaseUnreachable(error)) return false;
  markDown(reasonOf(error));
  return true;
}

/** Checks now (after an unexplained 5xx): true if the database answers (else it is marked down). */
export async function confirmDatabase(): Promise<boolean> {
  return (await probeDatabase()).ok;
}
