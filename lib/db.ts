// One Prisma client per process, over node-postgres. Created on first use (so `next build`
// needs no database) and cached on globalThis (so development hot reloads reuse the pool).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

type QueryListener = (event: { query: string; duration: number }) => void;

function createClient(listeners: Set<QueryListener>) {
  const config = env();
  const adapter = new PrismaPg({ connectionString: config.DATABASE_URL, max: config.DB_POOL_SIZE });
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
