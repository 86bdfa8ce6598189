import "server-only";
import { db } from "@/lib/core/db";

/** The sign-in page lists the demo accounts only on an installation that has them. */
export async function hasDemoAccounts(): Promise<boolean> {
  return (await db.user.count({ where: { demo: true } })) > 0;
}
