// Counting the SQL statements a read issues, for tests of reads shared between requests.
import { onQuery } from "@/lib/core/db";

/** How many statements containing `fragment` run while `read` does. */
export async function statementsContaining(fragment: string, read: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const stop = onQuery(({ query }) => {
    if (query.includes(fragment)) count++;
  });
  try {
    await read();
  } finally {
    stop();
  }
  return count;
}
