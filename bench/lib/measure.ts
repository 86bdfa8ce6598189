// What every bench scenario measures with: load runs from a process of their own, the server's CPU
// time and memory, sign-in over HTTP, server action ids from the build, medians.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/app-env";
import { serverActionId, signInOverHttp } from "../../scripts/lib/http-client";
import { BENCH_PASSWORD } from "../data";

/** The bench's own build folder (BENCH_DIST_DIR: another, so that two benches never share one). */
export const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";

export type Scenario = { rps: number; p50_ms: number; p99_ms: number; errors: number; non2xx: number; requests?: number; server_cpu_ms?: number; p99_ms_by_second?: Array<number | null> };

export const benchStarted = Date.now();
/** A progress line with the seconds since the bench started (where a run spends its time). */
export function log(message: string) {
  console.log(`bench [${Math.round((Date.now() - benchStarted) / 1000)} s]: ${message}`);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, all threads) a process has used so far, in ms. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * One load run from its own process. With the loaded server's pid, also the server's CPU time
 * per request (`server_cpu_ms`): what a request costs whatever the machine's speed, and, for the
 * actions, a floor under their latency (50 requests in flight on one event loop wait, on average,
 * for 50 times it).
 */
export async function load(config: Record<string, unknown>, serverPid?: number): Promise<Scenario> {
  const before = serverPid ? cpuMs(serverPid) : 0;
  const output = execFileSync(process.execPath, [path.join(projectRoot, "bench/load.mjs")], { input: JSON.stringify(config), encoding: "utf8", maxBuffer: 1 << 24 });
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as Scenario;
  if (serverPid && result.requests) result.server_cpu_ms = round((cpuMs(serverPid) - before) / result.requests);
  return result;
}

export async function waitFor(url: string, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** next-auth credentials sign-in over HTTP with the bench's password; returns the session's Cookie header. */
export function signIn(base: string, email: string): Promise<string> {
  return signInOverHttp(base, email, BENCH_PASSWORD);
}

export function actionId(file: string, name: string): string {
  return serverActionId(DIST, file, name);
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
  return Math.round(value * 100) / 100;
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** A second's pause between runs, so one run's tail does not fall into the next. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));
