// Holding a case's event lock (lib/live/notify.ts) while a mutation runs, to see what it has done
// by the time it waits for the lock: the work it does before the lock runs beside other writers'.
import { db, type Tx } from "@/lib/core/db";
import { caseEventLockKey } from "@/lib/live/notify";

export interface LockWaiter {
  /** The waiting transaction's id: null until it has written something. */
  xid: string | null;
}

/**
 * Takes the case's event lock, starts `mutation`, waits until a statement waits for that lock,
 * runs `inspect` inside the lock holder's transaction, then lets the mutation finish.
 */
export async function whileEventLockHeld<T>(
  caseId: string,
  mutation: () => Promise<T>,
  inspect: (tx: Tx, waiter: LockWaiter) => Promise<void>,
): Promise<T> {
  const key = caseEventLockKey(caseId);
  let running: Promise<T> | undefined;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${key}))`;
    running = mutation();
    running.catch(() => undefined);
    const deadline = Date.now() + 5_000;
    for (;;) {
      // Asked outside the holder's transaction: within one, pg_stat_activity stays as first read.
      // An advisory lock on a bigint key is shown as its two halves: the low 32 bits in objid.
      const [waiter] = await db.$queryRaw<LockWaiter[]>`
        select a.backend_xid::text as xid from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and not l.granted and l.database = (select oid from pg_database where datname = current_database())
          and l.objid = (hashtext(${key})::bigint & 4294967295)::oid`;
      if (waiter) return inspect(tx, waiter);
      if (Date.now() > deadline) throw new Error("the mutation never waited for the case's event lock");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return running!;
}
