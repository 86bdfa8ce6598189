// One Prisma client per process, over node-postgres. Created on first use (so `next build`
// needs no database) and cached on globalThis (so development hot reloads reuse the pool).
import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/core/env";

type QueryListener = (event: { query: string; duration: number }) => void;

/**
 * Query events cost a production server a fifth of each small statement's client time (building
 * the event); only tests, the bench's statement count and LOG_QUERIES listen to them.
 */
function queryEventsOn(): boolean {
  const config = env();
  return config.NODE_ENV !== "production" || config.LOG_QUERIES;
}

/** How long a pooled connection may sit idle before it is closed. */
const IDLE_CONNECTION_MS = 5 * 60_000;

/** Distinct statements prepared on one connection at most; later new ones run unprepared. */
const PREPARED_PER_CONNECTION = 500;

/**
 * A connection that prepares each distinct statement once (a named statement) instead of having
 * PostgreSQL parse and plan it again on every call. A case page's four statements spent 2.5 of
 * their 4 ms in the database parsing and planning; prepared, PostgreSQL plans them a few times
 * and then reuses the plan (decision 019). The name is a digest of the text, so one text always
 * has one name; statements with many parameters (long IN lists, bulk inserts) vary in text, so
 * the number prepared per connection is capped.
 */
class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const query = config as { text?: unknown; name?: unknown; submit?: unknown; prepare?: unknown } | null;
    if (query && typeof query === "object" && typeof query.text === "string" && query.name === undefined && query.submit === undefined && query.prepare !== false) {
      const name = `r${createHash("sha1").update(query.text).digest("base64url")}`;
      if (this.prepared.has(name) || this.prepared.size < PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        config = { ...query, name };
      }
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}

function createClient(listeners: Set<QueryListener>) {
  const config = env();
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.DB_POOL_SIZE,
    // Idle connections are kept for minutes, not node-postgres's 10 s: a live conference is quiet
    // while a case is presented, then everyone votes at once, and a burst on closed connections
    // first opens them (authentication) and prepares and plans every statement again (decision 028).
    // An idle pool does not keep a script's process alive.
    idleTimeoutMillis: IDLE_CONNECTION_MS,
    allowExitOnIdle: true,
    ...(config.DB_PREPARED_STATEMENTS ? { Client: PreparingClient } : {}),
  });
  // An idle pooled connection that the database closes (a restart, a failover) is reported
  // here. Unheard, node-postgres's error event ends the process, and Prisma's adapter listens
  // only once Prisma itself has connected, while `sql` uses the pool from the first request. The
  // pool has already discarded that connection and opens a new one on the next query.
  pool.on("error", (error) => console.error(`[db] an idle connection was closed by the database: ${error.message}`));
  cache.roundsPool = pool;
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const queryEvents = queryEventsOn();
  const client = new PrismaClient({
    adapter,
    // The password hash never leaves the database layer unless a query asks for it by name.
    omit: { user: { passwordHash: true } },
    log: queryEvents ? [{ emit: "event", level: "query" }] : [],
    // Under a burst, interactive transactions queue for a pooled connection; wait for one
    // rather than failing after Prisma's default 2 s.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  if (queryEvents) {
    client.$on("query", (event) => {
      for (const listener of listeners) listener(event);
    });
  }
  if (config.LOG_QUERIES) {
    // Statement and duration only: parameters may carry patient text.
    listeners.add((event) => console.log(`[sql ${event.duration}ms] ${event.query.slice(0, 300)}`));
  }
  return client;
}

type Client = ReturnType<typeof createClient>;
const cache = globalThis as unknown as { roundsPrisma?: Client; roundsPool?: pg.Pool; roundsQueryListeners?: Set<QueryListener> };
const listeners = (cache.roundsQueryListeners ??= new Set());

function client(): Client {
  return (cache.roundsPrisma ??= createClient(listeners));
}

/** The pool Prisma's adapter runs on, created with the client. */
function pool(): pg.Pool {
  client();
  return cache.roundsPool!;
}

/** The Prisma client. A lazy view of the one instance: nothing connects until first use. */
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/**
 * Result types as Prisma's $queryRaw gives them, so a statement reads the same either way: a
 * timestamp without time zone (how Prisma stores every date) is UTC, and a bigint is a BigInt.
 * Everything else (json, arrays, booleans, integers) as node-postgres parses it.
 */
const RESULT_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === pg.types.builtins.INT8) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

/** Parameters as Prisma sends them: a Date as its UTC instant, a BigInt as its digits. */
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

interface SqlOptions {
  /**
   * `false`: never prepare this statement (decision 101). A prepared statement is planned for its
   * values five times, then PostgreSQL may keep one generic plan for any values; for a statement
   * whose best plan depends on its values (a search: how common its words are), that plan ran the
   * library search 3 to 5 times slower. Unprepared, each call is planned for its own values.
   */
  prepare?: boolean;
}

/**
 * Runs a hand-written statement (a `Prisma.sql` template) on the app's pool with node-postgres
 * directly, prepared like every statement unless told otherwise. For the hottest reads and
 * single-statement writes (decision 020): Prisma's $queryRaw spent 0.1 ms of CPU more than this on a one-row read and
 * 0.45 ms more on the vote panel's read (its request pipeline and result decoding), on every
 * page. Not for statements inside a transaction, which run on the transaction's own connection.
 */
export async function sql<T extends unknown[] = unknown[]>(query: Prisma.Sql, { prepare = true }: SqlOptions = {}): Promise<T> {
  const emit = listeners.size > 0 && queryEventsOn();
  const started = emit ? performance.now() : 0;
  const result = await pool().query({ text: query.text, values: query.values.map(toParameter), types: RESULT_TYPES, prepare } as pg.QueryConfig);
  if (emit) {
    for (const listener of listeners) listener({ query: query.text, duration: performance.now() - started });
  }
  return result.rows as T;
}

/**
 * Counts statements (tests and the bench use it to prove a page's query count is bounded).
 * Outside production only, or with LOG_QUERIES: a production server emits no query events.
 */
export function onQuery(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ends Prisma's client and the pool under it (scripts that use the app's modules in-process). */
export async function closeDb(): Promise<void> {
  const instance = cache.roundsPrisma;
  const openPool = cache.roundsPool;
  cache.roundsPrisma = undefined;
  cache.roundsPool = undefined;
  await instance?.$disconnect();
  // Prisma disposes the pool only when it had connected through it; `sql` uses it directly.
  if (openPool && !openPool.ended) await openPool.end();
}

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/**
 * A timestamp column (stored as UTC without a zone) as an ISO 8601 string, for statements that
 * build JSON: the same text `Date#toISOString` gives, so views need no conversion.
 */
export function isoTimestampSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
