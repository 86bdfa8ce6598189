import { inject } from "vitest";

// lib/core/env.ts reads these once; set them before any test imports lib/core/db.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only-0123456789";
// Test files run in parallel processes on one database, each with its own temporary image folders:
// a queue of their own, so that a process's image worker only ever takes the jobs it can read.
process.env.JOB_QUEUE_SCHEMA ??= `pgboss_test_${process.env.VITEST_POOL_ID ?? process.pid}`;
