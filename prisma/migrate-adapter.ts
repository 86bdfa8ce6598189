// Driver adapter for Prisma's WASM schema engine (migrate dev/deploy/diff), dev tooling only.
// Works around two defects of Prisma 6.19's early-access path, see docs/decisions/002-prisma-6-19-wasm-engine.md:
// 1. The engine cannot deserialize the catalog types "char" (OID 18) and name (OID 19): present them as text.
// 2. adapter-pg's shadow database reuses the main database when built from a URL and drops it
//    while its own pool is still open: create, point at, and force-drop the shadow database here.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19]);

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> } | undefined;

function presentCatalogTypesAsText<T extends QueryResultLike>(result: T): T {
  for (const field of result?.fields ?? []) {
    if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/** pg.Pool#query calls client.query with a callback, the adapter with a promise: handle both. */
function patchClient(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const callbackIndex = args.findIndex((arg) => typeof arg === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as (error: unknown, result: QueryResultLike) => void;
      args[callbackIndex] = (error: unknown, result: QueryResultLike) =>
        callback(error, error ? result : presentCatalogTypesAsText(result));
      return original(...args);
    }
    const returned = original(...args);
    if (returned && typeof (returned as Promise<unknown>).then === "function") {
      return (returned as Promise<QueryResultLike>).then(presentCatalogTypesAsText);
    }
    return returned;
  };
}

function patchedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on("connect", patchClient);
  return pool;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * adapter-pg runs a migration script by splitting it on every ";", which breaks dollar-quoted
 * bodies (plpgsql functions, triggers). PostgreSQL runs a multi-statement script in one simple
 * query itself, so send it whole.
 */
function runScriptsWhole<T extends { executeScript(script: string): Promise<void>; underlyingDriver(): pg.Pool }>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export function migrationAdapter(connectionString: string) {
  const main = new PrismaPg(patchedPool(connectionString));
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: async () => runScriptsWhole(await main.connect()),
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const adapter = runScriptsWhole(
        await new PrismaPg(patchedPool(withDatabase(connectionString, name)), { disposeExternalPool: true }).connect(),
      );
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  };
}
