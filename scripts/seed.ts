// `npm run db:seed`: load (or complete) the demo data. Safe to run again: it changes nothing.
import { connect, seedDemo } from "../prisma/seed-runner";
import { exitOnError, withAppDatabase } from "./lib/app-env";

withAppDatabase(async (url) => {
  const client = connect(url);
  try {
    const { users, cases } = await seedDemo(client);
    console.log(`Demo data: ${users} users and ${cases} cases added (existing rows left as they were).`);
  } finally {
    await client.$disconnect();
  }
}).catch(exitOnError);
