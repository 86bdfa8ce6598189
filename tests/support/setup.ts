import { inject } from "vitest";

// lib/core/env.ts reads these once; set them before any test imports lib/core/db.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only-0123456789";
