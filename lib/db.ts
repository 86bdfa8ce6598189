// One Prisma client per process, over node-postgres. Created on first use (so `next build`
// needs no database) and cached on globalThis (so development hot reloads reuse the pool).
import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

type QueryListener = (event: { query: string; duration: number }) => void;

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
    const query = config as { text?: unknown; name?: unknown; submit?: unknown } | null;
    if (query && typeof query === "object" && typeof query.text === "string" && query.name === undefined && query.submit === undefined) {
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
    ...(config.DB_PREPARED_STATEMENTS ? { Client: PreparingClient } : {}),
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Query events cost a production server a fifth of each small statement's client time (building
  // the event); only tests, the bench's statement count and LOG_QUERIES listen to them.
  const queryEvents = config.NODE_ENV !== "production" || config.LOG_QUERIES;
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
const cache = globalThis as unknown as { roundsPrisma?: Client; roundsQueryListeners?: Set<QueryListener> };
const listeners = (cache.roundsQueryListeners ??= new Set());

function client(): Client {
  return (cache.roundsPrisma ??= createClient(listeners));
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
 * Counts statements (tests and the bench use it to prove a page's query count is bounded).
 * Outside production only, or with LOG_QUERIES: a production server emits no query events.
 */
export function onQuery(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
