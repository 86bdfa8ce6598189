import "server-only";
import { sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** One trivial round trip: is the database there, and how fast does it answer? */
export async function databaseLatencyMs(): Promise<number> {
  const started = performance.now();
  await sql(Prisma.sql`select 1`);
  return Math.round((performance.now() - started) * 10) / 10;
}
