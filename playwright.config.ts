import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/support/browser";
import { serverArgs } from "./scripts/lib/app-server";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const RESULTS = process.env.TEST_RESULTS_DIR ?? "test-results";
const baseURL = `http://localhost:${PORT}`;
/** A second app instance on the same database: live updates must cross instances. */
export const SECOND_INSTANCE_URL = `http://localhost:${PORT + 1}`;
/** The OpenID Connect provider the SSO spec starts; the second instance has a wrong secret. */
export const OIDC = { port: PORT + 90, clientId: "rounds-e2e", secret: "e2e-oidc-client-secret" };

function server(port: number, oidcSecret: string) {
  const url = `http://localhost:${port}`;
  return {
    // `npm test` has built the app and prepared the database (DATABASE_URL) before this runs.
    command: ["node", ...serverArgs().map((arg) => JSON.stringify(arg))].join(" "),
    url: `${url}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      OIDC_ISSUER: `http://localhost:${OIDC.port}`,
      OIDC_CLIENT_ID: OIDC.clientId,
      OIDC_CLIENT_SECRET: oidcSecret,
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  outputDir: `${RESULTS}/artifacts`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // In CI a failed test runs once more; a pass then is named as flaky above the tally (decision 099).
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `${RESULTS}/playwright.json` }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [server(PORT, OIDC.secret), server(PORT + 1, "a-wrong-client-secret")],
});
