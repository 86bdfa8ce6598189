// The image jobs' worker, started by server.ts in the app process (set IMAGE_WORKER=0 to serve
// only). Every instance that runs it takes jobs from the same PostgreSQL queue (decision 040).
import "server-only";
import { env } from "@/lib/core/env";
import { runCleanup } from "./cleanup";
import { runIngest, type IngestJobData } from "./ingest";
import { INGEST_RETRY_LIMIT, jobQueue, QUEUES, stopJobQueue, work } from "./queue";

export { enqueue, enqueueInTransaction, jobQueue, QUEUES, stopJobQueue } from "./queue";
export { runIngest, caseImagingSecret } from "./ingest";
export { runCleanup, deleteCaseImages } from "./cleanup";

/** Two uploads at once per instance: each is CPU-bound (decode, re-encode) on a small machine. */
const INGEST_CONCURRENCY = 2;

/**
 * Registers the image jobs' handlers and the hourly clean-up. Never throws: if the database is not
 * reachable yet, the app still serves and the error is logged (uploads then wait in the queue).
 */
export async function startImageWorker(): Promise<void> {
  if (!env().IMAGE_WORKER) return;
  try {
    await work<IngestJobData>(QUEUES.ingest, INGEST_CONCURRENCY, (job) => runIngest(job.data.uploadId, { final: job.retryCount >= INGEST_RETRY_LIMIT }));
    await work<Record<string, never>>(QUEUES.cleanup, 1, async () => {
      await runCleanup();
    });
    await (await jobQueue()).schedule(QUEUES.cleanup, "17 * * * *");
  } catch (error) {
    console.error("image worker not started:", error instanceof Error ? error.message : error);
  }
}

export const stopImageWorker = stopJobQueue;
