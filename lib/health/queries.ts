import "server-only";
import { db } from "@/lib/db";

/** One trivial round trip: is the database there, and how fast does it answer? */
export async function databaseLatencyMs(): Promise<number> {
  const started = performance.now();
  await db.$queryRaw`select 1`;
  return Math.round((performance.now() - started) * 10) / 10;
}
