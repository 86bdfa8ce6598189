// A throwaway database for one test run: created on the configured server (DATABASE_URL, or the
// embedded PostgreSQL on its own port and data folder), migrated, and dropped when done.
import { randomBytes } from "node:crypto";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, startDatabase } from "./database";
import { migrate, projectRoot } from "./app-env";
import path from "node:path";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** `port`: the embedded server's (default EMBEDDED_PG_TEST_PORT, else 54330); data in .data/postgres-test-PORT. */
export async function testDatabase(options: { port?: number } = {}): Promise<{ url: string; dispose: () => Promise<void> }> {
  const external = process.env.DATABASE_URL;
  if (external && !LOCAL_HOSTS.has(new URL(external).hostname) && process.env.ROUNDS_ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(
      `Refusing to run tests against ${new URL(external).hostname}: tests create and drop databases. Use a local server, or set ROUNDS_ALLOW_REMOTE_TEST_DB=1.`,
    );
  }
  // The test server is separate from the one `npm start` uses, so tests can run while the app does.
  const port = options.port ?? Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330);
  const server = await startDatabase({ port, dataDir: path.join(projectRoot, ".data", `postgres-test-${port}`) });
  const name = `rounds_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await createDatabaseIfMissing(server.url, name);
  const url = databaseUrl(server.url, name);
  await migrate(url);
  return {
    url,
    dispose: async () => {
      await dropDatabase(server.url, name);
      await server.stop();
    },
  };
}
