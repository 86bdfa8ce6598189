// The pages under load: every page once per round, in interleaved rounds (see ROUNDS), so that a
// ratio compares figures taken seconds apart rather than a minute apart on a drifting machine.
import type { BenchContext } from "../lib/context";
import { load, log, settle, type Scenario } from "../lib/measure";

export const ROUNDS = (quick: boolean) => (quick ? 2 : 3);
export const ROUND_SECONDS = (quick: boolean) => (quick ? 2 : 5);

/** Each page's runs, round by round (the ratios are taken within a round). */
export async function pageScenarios(context: BenchContext): Promise<Record<string, Scenario[]>> {
  const { urls, data, viewerCookie, quick, scenarios, pids } = context;
  const rounds_ = ROUNDS(quick);
  const seconds = ROUND_SECONDS(quick);
  const DURATION = quick ? 3 : 10;
  // Warm every route once (compilation caches, connection pools).
  for (const pathname of ["/robots.txt", "/health", "/cases", ...Object.values(data.cases).map((id) => `/cases/${id}`)]) {
    for (let i = 0; i < 3; i++) await fetch(`${urls[0]}${pathname}`, { headers: { cookie: viewerCookie } }).then((r) => r.text());
  }

  const pages: Array<[name: string, pathname: string, cookie?: string]> = [
    ["static", "/robots.txt"],
    ["dynamic_min", "/health"],
    ...Object.entries(data.cases).map(([name, id]): [string, string, string] => [name, `/cases/${id}`, viewerCookie]),
    ["library", "/cases", viewerCookie],
  ];
  // Then each page under load for a moment: with only the fetches above, the first round still
  // ran on code V8 had not optimised yet (`/health` at half the speed of the later rounds).
  for (const [, pathname, cookie] of pages) {
    await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: quick ? 1 : 2, headers: cookie ? { cookie } : {} });
  }
  const rounds: Record<string, Scenario[]> = {};
  for (let round = 1; round <= rounds_; round++) {
    for (const [name, pathname, cookie] of pages) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: seconds, headers: cookie ? { cookie } : {} }, pids[0]);
      (rounds[name] ??= []).push(result);
      log(`${name} (round ${round} of ${rounds_}): ${result.rps} req/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms`);
    }
  }
  // Each page's figures are those of its median round (by throughput): one real run, not a blend.
  for (const [name, runs] of Object.entries(rounds)) scenarios[name] = [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];
  // The floor again at the actions' 50 connections: what their latency budget is up against.
  await settle();
  scenarios.dynamic_min_50 = await load({ url: `${urls[0]}/health`, connections: 50, duration: DURATION }, pids[0]);
  log(`dynamic_min_50: ${JSON.stringify(scenarios.dynamic_min_50)}`);
  return rounds;
}
