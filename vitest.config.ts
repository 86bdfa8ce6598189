import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server environment; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // Integration tests share one database per run; files run one at a time to keep counts exact.
    fileParallelism: false,
    testTimeout: 30_000,
    // In CI a failed test runs once more; one that passes then is counted passed but named as
    // flaky above the tally (scripts/test.ts), so it is seen and fixed rather than hidden (decision 099).
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 120_000,
  },
});
