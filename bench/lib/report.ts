// The budgets every run is held to, and the summary it prints.
import { conferenceBudgets } from "../scenarios/conference";
import { conferenceSliceBudgets } from "../scenarios/conference-slice";
import { median, round, type Scenario } from "./measure";

export function budgets(results: Record<string, unknown>): string[] {
  const r = results as {
    ratios: Record<string, number>; queries: Record<string, number>; scenarios: Record<string, Scenario & { p95_ms?: number; memory_kb_per_connection?: number; rss_kb_per_connection?: number; heap_kb_per_connection?: number; missing?: number }>;
    exactness: Record<string, number>; bundle: { case_page_first_load_kb_gz: number }; lighthouse: { case_page: { performance: number | null; accessibility: number | null } };
  };
  const misses: string[] = [];
  const need = (ok: boolean, message: string) => { if (!ok) misses.push(message); };
  need(r.ratios.case500_vs_dynamic_min! >= 0.4, `ratios.case500_vs_dynamic_min ${r.ratios.case500_vs_dynamic_min} < 0.40`);
  need(r.ratios.growth_5000_vs_500! <= 10, `ratios.growth_5000_vs_500 ${r.ratios.growth_5000_vs_500} > 10`);
  need(r.queries.case_page_5000 === r.queries.case_page_50, `queries.case_page_5000 (${r.queries.case_page_5000}) != queries.case_page_50 (${r.queries.case_page_50})`);
  for (const name of ["vote_action", "comment_action"]) {
    const s = r.scenarios[name]!;
    const bare = r.scenarios.action_floor;
    const context = [
      bare ? `an action that does no work, at the same load: p99 ${bare.p99_ms} ms, ${bare.server_cpu_ms} ms of CPU` : "",
      s.server_cpu_ms ? `server CPU ${s.server_cpu_ms} ms per request, all threads: 50 in flight hold ${Math.round(50 * s.server_cpu_ms)} ms of it` : "",
      s.p99_ms_by_second ? `p99 by second of the run: ${s.p99_ms_by_second.join(", ")} ms` : "",
    ].filter(Boolean);
    need(s.p99_ms <= 150, `${name}.p99_ms ${s.p99_ms} > 150${context.length ? ` (${context.join("; ")})` : ""}`);
    need(s.errors === 0 && s.non2xx === 0, `${name} had ${s.errors} errors and ${s.non2xx} non-2xx`);
  }
  need(r.exactness.votes_rows === r.exactness.votes_users && r.exactness.votes_users === r.exactness.votes_expected_users, `votes not exact: ${JSON.stringify(r.exactness)}`);
  need(r.exactness.comments_rows === r.exactness.comments_expected, `comments not exact: ${r.exactness.comments_rows} of ${r.exactness.comments_expected}`);
  need((r.scenarios.sse!.p95_ms ?? Infinity) <= 250, `sse.p95_ms ${r.scenarios.sse!.p95_ms} > 250`);
  need((r.scenarios.sse!.missing ?? 1) === 0, `sse missed ${r.scenarios.sse!.missing} deliveries`);
  need(r.scenarios.sse!.errors === 0 && r.scenarios.sse!.non2xx === 0, `sse had ${r.scenarios.sse!.errors} errors and ${r.scenarios.sse!.non2xx} non-2xx`);
  need((r.scenarios.sse!.memory_kb_per_connection ?? Infinity) <= 64, `sse.memory_kb_per_connection ${r.scenarios.sse!.memory_kb_per_connection} > 64`);
  misses.push(...conferenceBudgets(r.scenarios), ...conferenceSliceBudgets(r.scenarios));
  need(r.ratios.prisma_vs_raw! <= 2, `ratios.prisma_vs_raw ${r.ratios.prisma_vs_raw} > 2.0`);
  need(r.bundle.case_page_first_load_kb_gz <= 170, `bundle.case_page_first_load_kb_gz ${r.bundle.case_page_first_load_kb_gz} > 170`);
  need((r.lighthouse.case_page.performance ?? 0) >= 90, `lighthouse performance ${r.lighthouse.case_page.performance} < 90`);
  need((r.lighthouse.case_page.accessibility ?? 0) >= 95, `lighthouse accessibility ${r.lighthouse.case_page.accessibility} < 95`);
  return misses;
}

export function markdown(results: Record<string, unknown>): string {
  const scenarios = results.scenarios as Record<string, Record<string, number>>;
  const lines = ["| scenario | req/s | p50 ms | p99 ms | errors | non-2xx | server CPU ms/req |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const [name, s] of Object.entries(scenarios)) {
    if (name === "sse" || name === "conference_1000" || name === "conference_slice") continue;
    lines.push(`| ${name} | ${s.rps} | ${s.p50_ms} | ${s.p99_ms} | ${s.errors} | ${s.non2xx} | ${s.server_cpu_ms ?? ""} |`);
  }
  const rounds = results.rounds as { count: number; seconds: number; case500_vs_dynamic_min: number[] };
  lines.push("", `Pages: ${rounds.count} interleaved rounds of ${rounds.seconds} s each; figures from each page's median round; case500/dynamic_min per round: ${rounds.case500_vs_dynamic_min.join(", ")}`);
  const sse = scenarios.sse!;
  lines.push("", `SSE: ${sse.subscribers} subscribers on 2 instances, p50 ${sse.p50_ms} ms, p95 ${sse.p95_ms} ms, p99 ${sse.p99_ms} ms, ${sse.memory_kb_per_connection} KB per connection (resident ${sse.rss_kb_per_connection}, live heap ${sse.heap_kb_per_connection}; on the streams' first connection ${sse.first_rss_kb_per_connection} and ${sse.first_heap_kb_per_connection}), ${sse.missing} missed, ${sse.errors} errors, ${sse.non2xx} non-2xx, ${sse.rps} deliveries a second`);
  const hall = scenarios.conference_1000 as unknown as Record<string, Record<string, number>> | undefined;
  if (hall) lines.push("", `Lecture hall: ${hall.phones} phones, all joined in ${hall.join!.all_joined_s} s, stage change p95 ${hall.stage!.p95_ms} ms, ${hall.vote!.votes} votes in ${hall.vote!.all_voted_s} s, distribution on every phone within ${hall.close!.max_ms} ms of the close, ${hall.memory_kb_per_connection} KB per audience stream`);
  const slice = scenarios.conference_slice;
  if (slice) lines.push("", `Presenter's slice: ${slice.phones} phones on 2 instances, ${slice.changes} changes, send-to-arrival p50 ${slice.p50_ms} ms, p95 ${slice.p95_ms} ms, p99 ${slice.p99_ms} ms, ${slice.missing} missed`);
  lines.push("", "```json", JSON.stringify({ ratios: results.ratios, queries: results.queries, prisma: results.prisma, raw_sql: results.raw_sql, bundle: results.bundle, lighthouse: results.lighthouse, memory: results.memory, exactness: results.exactness }, null, 2), "```");
  return lines.join("\n");
}


/** The headline ratios of the core scenarios; a page ratio is the median of the ratios within each round. */
export function coreRatios(results: Record<string, unknown>, rounds: Record<string, Scenario[]>, count: number, seconds: number): Record<string, number> {
  const s = results.scenarios as Record<string, Scenario>;
  const perRound = (a: string, b: string, ratio: (x: Scenario, y: Scenario) => number) => rounds[a]!.map((run, index) => round(ratio(run, rounds[b]![index]!)));
  const caseVsFloor = perRound("case_page_500", "dynamic_min", (x, y) => x.rps / y.rps);
  const growth = perRound("case_page_5000", "case_page_500", (x, y) => x.p50_ms / Math.max(y.p50_ms, 0.1));
  results.rounds = { count, seconds, case500_vs_dynamic_min: caseVsFloor, growth_5000_vs_500: growth };
  return {
    case500_vs_dynamic_min: median(caseVsFloor),
    growth_5000_vs_500: median(growth),
    prisma_vs_raw: round((results.prisma as { case_page_500_ms: number }).case_page_500_ms / (results.raw_sql as { case_page_500_ms: number }).case_page_500_ms),
    vote_vs_dynamic_min: round(s.vote_action!.rps / s.dynamic_min!.rps),
    vote_vs_action_floor: round(s.vote_action!.rps / s.action_floor!.rps),
    case500_vs_static: Math.round((s.case_page_500!.rps / s.static!.rps) * 1000) / 1000,
  };
}
