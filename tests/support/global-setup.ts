// One database per test run, created from the migrations on DATABASE_URL's server or on the
// embedded PostgreSQL, and dropped afterwards. Refuses to touch a non-local server.
import type { TestProject } from "vitest/node";
import { testDatabase } from "../../scripts/lib/test-database";

export default async function setup(project: TestProject) {
  // `npm test` prepares the database once for all runners and passes it down.
  if (process.env.ROUNDS_TEST_DATABASE_URL) {
    project.provide("databaseUrl", process.env.ROUNDS_TEST_DATABASE_URL);
    return;
  }
  const db = await testDatabase();
  project.provide("databaseUrl", db.url);
  return async () => db.dispose();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
