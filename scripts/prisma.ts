// Runs the Prisma CLI against the right database: DATABASE_URL's server, or the embedded one
// (started for the duration of the command). `npm run db:migrate -- --name add_x` etc.
import { spawn } from "node:child_process";
import { createDatabaseIfMissing, databaseUrl, SetupError, startDatabase } from "./lib/database";

const APP_DATABASE = "rounds";

async function main() {
  const db = await startDatabase();
  let url = process.env.DATABASE_URL;
  if (!url) {
    await createDatabaseIfMissing(db.url, APP_DATABASE);
    url = databaseUrl(db.url, APP_DATABASE);
  }
  const args = process.argv.slice(2);
  const code = await new Promise<number>((resolve) => {
    const child = spawn("npx", ["prisma", ...args], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
    child.on("exit", (status) => resolve(status ?? 1));
  });
  await db.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
