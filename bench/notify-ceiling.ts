// `npx tsx bench/notify-ceiling.ts`: how many notifying writes a second PostgreSQL commits, beside
// the same writes without pg_notify, with 2 and with 20 listening connections (one per app
// instance). docs/deploy.md reads it to say when a broker for the live fan-out becomes necessary.
// Each write is one autocommit statement that inserts a row and notifies its id, as the comment
// action does (decision 021). PostgreSQL serialises the commits of transactions that notified
// (they queue their notifications under one lock), so this is where NOTIFY would give out first.
// Uses DATABASE_URL's server, else an embedded PostgreSQL on NOTIFY_PG_PORT (default 54334);
// creates and drops a database of its own.
import path from "node:path";
import pg from "pg";
import { projectRoot } from "../scripts/lib/app-env";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, startDatabase } from "../scripts/lib/database";

const WRITERS = Number(process.env.NOTIFY_WRITERS ?? 16);
const SECONDS = Number(process.env.NOTIFY_SECONDS ?? 6);
const PAYLOAD = JSON.stringify({ id: "123456", caseId: "c".repeat(25), kind: "comment_posted", subjectId: "s".repeat(25) });

async function writes(url: string, notify: boolean): Promise<number> {
  const clients = await Promise.all(Array.from({ length: WRITERS }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  const text = notify
    ? "with row as (insert into notify_bench (payload) values ($1) returning id) select pg_notify('rounds_bench', row.id::text || $1) from row"
    : "with row as (insert into notify_bench (payload) values ($1) returning id) select row.id from row";
  const deadline = Date.now() + SECONDS * 1000;
  let count = 0;
  await Promise.all(clients.map(async (client) => {
    while (Date.now() < deadline) {
      await client.query(text, [PAYLOAD]);
      count++;
    }
  }));
  await Promise.all(clients.map((client) => client.end()));
  return count / SECONDS;
}

async function withListeners<T>(url: string, count: number, work: () => Promise<T>): Promise<{ result: T; received: number }> {
  let received = 0;
  const listeners = await Promise.all(Array.from({ length: count }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on("notification", () => void received++);
    await client.query("LISTEN rounds_bench");
    return client;
  }));
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await Promise.all(listeners.map((client) => client.end()));
  return { result, received };
}

const server = await startDatabase({ port: Number(process.env.NOTIFY_PG_PORT ?? 54334), dataDir: path.join(projectRoot, ".data", "postgres-notify") });
const name = `rounds_notify_${Date.now().toString(36)}`;
try {
  await createDatabaseIfMissing(server.url, name);
  const url = databaseUrl(server.url, name);
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query("create table notify_bench (id bigserial primary key, payload text not null)");
  await setup.end();
  // Interleaved, twice each, so that a noisy neighbour's moment does not fall on one variant only.
  const runs: Record<string, number[]> = { plain: [], notify_2_listeners: [], notify_20_listeners: [] };
  const delivered: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    runs.plain!.push(await writes(url, false));
    for (const listeners of [2, 20]) {
      const { result, received } = await withListeners(url, listeners, () => writes(url, true));
      runs[`notify_${listeners}_listeners`]!.push(result);
      delivered[`notify_${listeners}_listeners`] = received / (result * SECONDS * listeners);
    }
  }
  const best = (list: number[]) => Math.round(Math.max(...list));
  const figures = Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, best(list)]));
  console.log(JSON.stringify({
    writers: WRITERS,
    seconds_per_run: SECONDS,
    writes_per_second: figures,
    notify_vs_plain: Math.round((figures.notify_2_listeners! / figures.plain!) * 100) / 100,
    listeners_20_vs_2: Math.round((figures.notify_20_listeners! / figures.notify_2_listeners!) * 100) / 100,
    delivered_share_last_round: delivered,
  }, null, 2));
} finally {
  await dropDatabase(server.url, name).catch(() => undefined);
  await server.stop();
}
process.exit(0);
