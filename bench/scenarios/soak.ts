// `npm run bench -- --soak[=MINUTES]` (default 10): mixed load held for minutes instead of
// seconds: the case page read, votes, comments (within the product's 10 a minute per user) and
// live streams open on both instances throughout. Measured in slices of 30 s: each load's p99 per
// slice, the instances' resident memory after each slice, errors. Reported: memory growth after
// the first minute (budget <= 10 %), p99 drift (the last slice against the first minute's), and
// errors (budget: none), with every acknowledged comment stored exactly once.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/app-env";
import type { BenchContext } from "../lib/context";
import { actionId, log, rssMb, signIn, type Scenario } from "../lib/measure";
import { CORE_USERS } from "../data";

const SUBSCRIBERS = 100;
/** Comments per user per minute: inside the product's limit of 10. */
const COMMENTS_PER_USER_PER_MINUTE = 8;
const COMMENTERS = 40;

/** One load run in its own process, without blocking this one (the slice's loads run together). */
function loadAsync(config: Record<string, unknown>): Promise<Scenario> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "bench/load.mjs")], { stdio: ["pipe", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output.trim().split("\n").at(-1)!) as Scenario) : reject(new Error(`load.mjs exited with ${code}`))));
    child.stdin.end(JSON.stringify(config));
  });
}

/** Live streams held open for the whole soak; a stream that ends or fails is counted and reopened. */
function holdStreams(urls: string[], caseId: string, cookies: string[], after: string) {
  const tally = { events: 0, drops: 0, non2xx: 0 };
  let stopped = false;
  const requests = new Set<http.ClientRequest>();
  const open = (index: number, from: string) => {
    if (stopped) return;
    let last = from;
    const target = new URL(`${urls[index % urls.length]}/api/cases/${caseId}/events`);
    target.searchParams.set("after", last);
    const request = http.get(target, { headers: { cookie: cookies[index % cookies.length]!, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) tally.non2xx++;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        for (const match of chunk.matchAll(/^id: (\d+)$/gm)) {
          tally.events++;
          last = match[1]!;
        }
      });
      response.once("close", () => {
        requests.delete(request);
        if (stopped) return;
        tally.drops++;
        setTimeout(() => open(index, last), 500);
      });
    });
    request.on("error", () => undefined);
    requests.add(request);
  };
  for (let index = 0; index < SUBSCRIBERS; index++) open(index, after);
  return { tally, stop: () => ((stopped = true), requests.forEach((request) => request.destroy())) };
}

const pct = (value: number) => Math.round(value * 1000) / 10;

export async function soakScenario(context: BenchContext, minutes: number): Promise<string[]> {
  const { urls, data, viewerCookie, actorCookies, pids, check, results } = context;
  const sliceSeconds = minutes >= 2 ? 30 : 10;
  const slices = Math.max(2, Math.round((minutes * 60) / sliceSeconds));
  log(`soak: ${slices} slices of ${sliceSeconds} s (${minutes} min) of reads, votes, comments and ${SUBSCRIBERS} live streams`);

  const voteId = actionId("lib/thinking/actions.ts", "castVote");
  const commentId = actionId("lib/discussion/actions.ts", "postComment");
  const actionHeaders = (id: string) => ({ "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" });
  const commenters = await Promise.all(data.users.slice(CORE_USERS - COMMENTERS, CORE_USERS).map((user) => signIn(urls[0]!, user.email)));
  const commentsBefore = (await check.query(`select count(*)::int as n from "Comment" where "caseId" = $1`, [data.commentCaseId])).rows[0].n as number;
  const lastEvent = (await check.query(`select coalesce(max(id), 0)::text as id from "CaseActivity"`)).rows[0].id as string;
  const streams = holdStreams(urls, data.commentCaseId, actorCookies, lastEvent);

  const reads = { url: `${urls[0]}/cases/${data.cases.case_page_50}`, connections: 8, headers: { cookie: viewerCookie } };
  const votes = {
    url: `${urls[1] ?? urls[0]}/cases/${data.votingCaseId}`, method: "POST", connections: 8, headers: actionHeaders(voteId), cookies: actorCookies,
    bodies: actorCookies.map((_, index) => JSON.stringify([{ caseId: data.votingCaseId, diagnosisId: data.diagnosisIds[index % data.diagnosisIds.length] }])),
  };
  const comments = {
    url: `${urls[0]}/cases/${data.commentCaseId}`, method: "POST", connections: 2,
    amount: COMMENTERS * Math.max(1, Math.floor((COMMENTS_PER_USER_PER_MINUTE * sliceSeconds) / 60)), headers: actionHeaders(commentId), cookies: commenters,
    bodies: [JSON.stringify([{ caseId: data.commentCaseId, body: "Soak comment: follow-up imaging in six weeks." }])],
  };

  const samples: Array<{ at_s: number; rss_mb: number[]; reads_p99_ms: number; votes_p99_ms: number; comments_p99_ms: number; reads_rps: number; errors: number }> = [];
  let errors = 0;
  let commentsAcknowledged = 0;
  const started = Date.now();
  for (let slice = 0; slice < slices; slice++) {
    const sliceStarted = Date.now();
    const [read, vote, comment] = await Promise.all([
      loadAsync({ ...reads, duration: sliceSeconds }),
      loadAsync({ ...votes, duration: sliceSeconds }),
      loadAsync(comments),
    ]);
    // Comments are few and finish early: the slice lasts as long as the reads and votes.
    const rest = sliceSeconds * 1000 - (Date.now() - sliceStarted);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    const sliceErrors = [read, vote, comment].reduce((sum, run) => sum + run.errors + run.non2xx, 0);
    errors += sliceErrors;
    commentsAcknowledged += (comment.requests ?? 0) - comment.errors - comment.non2xx;
    samples.push({
      at_s: Math.round((Date.now() - started) / 1000), rss_mb: pids.map(rssMb), reads_p99_ms: read.p99_ms, votes_p99_ms: vote.p99_ms, comments_p99_ms: comment.p99_ms, reads_rps: read.rps, errors: sliceErrors,
    });
    log(`soak slice ${slice + 1}/${slices}: ${JSON.stringify(samples.at(-1))}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // the last events reach the streams
  streams.stop();

  const firstMinute = samples.find((sample) => sample.at_s >= 60) ?? samples[0]!;
  const last = samples.at(-1)!;
  const total = (sample: { rss_mb: number[] }) => sample.rss_mb.reduce((sum, value) => sum + value, 0);
  const growth = (total(last) - total(firstMinute)) / total(firstMinute);
  const drift = (key: "reads_p99_ms" | "votes_p99_ms" | "comments_p99_ms") => Math.round((last[key] / Math.max(firstMinute[key], 1)) * 100) / 100;
  const commentsStored = ((await check.query(`select count(*)::int as n from "Comment" where "caseId" = $1`, [data.commentCaseId])).rows[0].n as number) - commentsBefore;
  const soak = {
    minutes, slice_seconds: sliceSeconds, subscribers: SUBSCRIBERS,
    rss_mb_after_first_minute: firstMinute.rss_mb, rss_mb_at_end: last.rss_mb, rss_growth_after_first_minute_pct: pct(growth),
    p99_drift: { reads: drift("reads_p99_ms"), votes: drift("votes_p99_ms"), comments: drift("comments_p99_ms") },
    errors, stream_drops: streams.tally.drops, stream_non2xx: streams.tally.non2xx, stream_events: streams.tally.events,
    comments_acknowledged: commentsAcknowledged, comments_stored: commentsStored,
    samples,
  };
  results.soak = soak;
  const misses: string[] = [];
  if (growth > 0.1) misses.push(`soak: resident memory grew ${pct(growth)} % after the first minute (budget 10 %)`);
  if (errors + streams.tally.drops + streams.tally.non2xx > 0) misses.push(`soak: ${errors} request errors or non-2xx, ${streams.tally.drops} dropped and ${streams.tally.non2xx} refused streams (budget: none)`);
  if (commentsStored !== commentsAcknowledged) misses.push(`soak: ${commentsAcknowledged} comments acknowledged, ${commentsStored} stored`);
  log(`soak: ${JSON.stringify({ ...soak, samples: undefined })}`);
  return misses;
}
