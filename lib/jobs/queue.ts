// The job queue: pg-boss on the app's own PostgreSQL (decision 040), so no new server is needed and
// two app instances share one queue. Jobs are sent inside the transaction that makes them
// necessary (fromPrisma), so an upload is never "queued" without its job, nor the reverse.
import "server-only";
import { fromPrisma, PgBoss, type Job, type SendOptions } from "pg-boss";
import type { Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";

export const QUEUES = {
  /** De-identify, render and store one upload (lib/jobs/ingest.ts). */
  ingest: "image-ingest",
  /** Remove stored objects no row names, stale temporary chunks, uploads that never finished. */
  cleanup: "image-cleanup",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Retries: an attempt that throws, or whose process dies (no heartbeat for 30 s), is retried
 * twice more after a pause; the third failure is final and the handler itself writes the
 * upload's message (it knows the attempt is the last from `retryCount`).
 */
export const INGEST_RETRY_LIMIT = 2;
const QUEUE_OPTIONS = {
  [QUEUES.ingest]: { retryLimit: INGEST_RETRY_LIMIT, retryDelay: 5, retryBackoff: true, heartbeatSeconds: 30, expireInSeconds: 15 * 60, deleteAfterSeconds: 24 * 3600 },
  [QUEUES.cleanup]: { retryLimit: 1, expireInSeconds: 10 * 60, deleteAfterSeconds: 24 * 3600 },
} as const;

type Holder = { boss?: Promise<PgBoss> };
// Next.js bundles route handlers apart from server.ts: one instance per process through globalThis.
const holder = globalThis as unknown as { roundsJobQueue?: Holder };
const state: Holder = (holder.roundsJobQueue ??= {});

async function startBoss(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 4, application_name: "rounds-jobs" });
  boss.on("error", (error: unknown) => console.error("job queue:", error instanceof Error ? error.message : error));
  await boss.start();
  for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
  }
  return boss;
}

/** The started queue (schema installed or migrated on first use; pg-boss locks that itself). */
export function jobQueue(): Promise<PgBoss> {
  state.boss ??= startBoss().catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

/** Sends a job inside `tx`: it exists if and only if the transaction commits. */
export async function enqueueInTransaction(tx: Tx, name: QueueName, data: object, options: SendOptions = {}): Promise<string | null> {
  const boss = await jobQueue();
  return boss.send(name, data, { ...options, db: fromPrisma(tx) });
}

export async function enqueue(name: QueueName, data: object, options: SendOptions = {}): Promise<string | null> {
  return (await jobQueue()).send(name, data, options);
}

/** Registers a handler for one job at a time per call, `concurrency` calls in this process. */
export async function work<T>(name: QueueName, concurrency: number, handler: (job: Job<T>) => Promise<void>): Promise<void> {
  const boss = await jobQueue();
  await boss.work<T>(name, { batchSize: 1, localConcurrency: concurrency, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job);
  });
}

export async function stopJobQueue(): Promise<void> {
  const boss = state.boss;
  state.boss = undefined;
  if (boss) await (await boss).stop({ graceful: true, timeout: 5_000 });
}

export { QUEUE_OPTIONS };
