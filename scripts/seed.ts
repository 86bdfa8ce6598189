// `npm run db:seed`: load (or complete) the demo data. Safe to run again: it changes nothing.
import { connect, seedDemo } from "../prisma/seed-runner";
import { createDatabaseIfMissing, databaseUrl, SetupError, startDatabase } from "./lib/database";
import { migrate } from "./lib/app-env";

async function main() {
  const server = await startDatabase();
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      await createDatabaseIfMissing(server.url, "rounds");
      url = databaseUrl(server.url, "rounds");
    }
    await migrate(url);
    const client = connect(url);
    const { users, cases } = await seedDemo(client);
    await client.$disconnect();
    console.log(`Demo data: ${users} users and ${cases} cases added (existing rows left as they were).`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
