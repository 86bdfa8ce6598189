// `npm test`: type check, unit + integration tests (Vitest, real PostgreSQL), then end-to-end
// tests (Playwright, Chromium) against the production build. One throwaway database per run.
//   --only=vitest | --only=e2e     run one part
//   extra arguments after -- go to the runner of a single part
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumExecutable } from "../e2e/support/browser";
import { connect, seedDemo } from "../prisma/seed-runner";
import { projectRoot, run } from "./lib/app-env";
import { buildApp } from "./lib/app-server";
import { testDatabase } from "./lib/test-database";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const passThrough = process.argv.slice(2).filter((arg) => !arg.startsWith("--only="));
const reports = path.resolve(projectRoot, process.env.TEST_RESULTS_DIR ?? "test-results");

interface Tally { passed: number; failed: number; skipped: number }

function vitestTally(): Tally {
  const file = path.join(reports, "vitest.json");
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/**
 * The tests that failed, and those that passed only on a retry (vitest's CI retry), by name with the
 * first line of their error: CI keeps only the log's tail, so they are printed just above the tally.
 */
function vitestProblems(): string[] {
  const file = path.join(reports, "vitest.json");
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, "utf8")) as { testResults: Array<{ name: string; message: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }> };
  const lines: string[] = [];
  for (const result of report.testResults) {
    const where = path.relative(projectRoot, result.name);
    if (result.message && !result.assertionResults.some((test) => test.status === "failed")) lines.push(`failed: ${where}: ${firstLine(result.message)}`);
    for (const test of result.assertionResults) {
      if (test.status === "failed") lines.push(`failed: ${where} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      else if (test.status === "passed" && test.failureMessages.length) lines.push(`flaky (passed on retry): ${where} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
    }
  }
  return lines;
}

function playwrightProblems(): string[] {
  const file = path.join(reports, "playwright.json");
  if (!existsSync(file)) return [];
  type Suite = { title: string; file?: string; suites?: Suite[]; specs?: Array<{ title: string; line: number; file: string; tests: Array<{ projectName: string; status: string; results: Array<{ error?: { message?: string } }> }> }> };
  const lines: string[] = [];
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results.find((result) => result.error)?.error?.message;
        lines.push(`${test.status === "flaky" ? "flaky (passed on retry)" : "failed"}: [${test.projectName}] ${spec.file}:${spec.line} ${spec.title}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of (JSON.parse(readFileSync(file, "utf8")) as { suites: Suite[] }).suites) walk(suite);
  return lines;
}

// eslint-disable-next-line no-control-regex -- terminal colours in error messages
const firstLine = (text: string | undefined) => (text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((line) => line.trim())?.trim().slice(0, 300) ?? "";

function playwrightTally(): Tally {
  const file = path.join(reports, "playwright.json");
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

async function main() {
  rmSync(reports, { recursive: true, force: true });
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!only) await run("npx", ["tsc", "--noEmit"], env);

  const db = await testDatabase();
  // Images of this run's database live in a folder of this run: the hourly clean-up of another
  // server (npm start, a second test run) must never see them as orphans, nor this run's see theirs.
  const imageRoot = mkdtempSync(path.join(tmpdir(), "rounds-test-images-"));
  process.env.IMAGES_DIR ??= path.join(imageRoot, "images");
  process.env.UPLOAD_TMP_DIR ??= path.join(imageRoot, "uploads");
  const testEnv: NodeJS.ProcessEnv = { ...env, IMAGES_DIR: process.env.IMAGES_DIR, UPLOAD_TMP_DIR: process.env.UPLOAD_TMP_DIR, ROUNDS_TEST_DATABASE_URL: db.url };
  let failure: unknown;
  try {
    if (!only || only === "vitest") {
      await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`, ...(only ? passThrough : [])], testEnv).catch(
        (error) => (failure ??= error),
      );
    }
    if (!only || only === "e2e") {
      // Resolved (and unpacked, the first time) once here, so Playwright's workers only read it.
      testEnv.CHROMIUM_PATH = chromiumExecutable();
      const client = connect(db.url);
      await seedDemo(client);
      await client.$disconnect();
      // Build with the test database's URL; pages are dynamic, so nothing of it is baked in.
      await buildApp({ ...testEnv, DATABASE_URL: db.url });
      await run("npx", ["playwright", "test", ...(only ? passThrough : [])], { ...testEnv, DATABASE_URL: db.url }).catch(
        (error) => (failure ??= error),
      );
    }
  } finally {
    await db.dispose();
    rmSync(imageRoot, { recursive: true, force: true });
  }

  const totals = [vitestTally(), playwrightTally()].reduce(
    (sum, tally) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed, skipped: sum.skipped + tally.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const problems = [...vitestProblems(), ...playwrightProblems()];
  if (problems.length) console.log(`\n${problems.join("\n")}`);
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (failure || totals.failed > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
