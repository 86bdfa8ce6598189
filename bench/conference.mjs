// The lecture hall (issue 28 item 4), as its own process: 1,000 audience phones spread over the
// app instances join a live teaching conference by its code, follow the presenter's stage changes,
// all vote, and see the distribution when the presenter closes the vote. Each phone does what the
// browser's audience view does: it joins with the code (the answer carries the view the join form
// draws), keeps the conference's live stream open, and
// when a signal comes without the view in it, fetches the view (GET .../state), at most one fetch
// in flight and one more queued, as components/conferences/use-live-view.ts does. A phone that
// never saw a view in an event also refetches after its vote (the client before the views came in
// the events did). Then the servers' memory per audience stream, as bench/sse.mjs measures it.
// Standard input: { urls, conferenceId, code, cookies, presenterCookie, actions: { join, vote, command },
//            choices, steps, joinSpreadMs, voteSpreadMs, pids, memoryDir }
import { readFileSync } from "node:fs";
import { pause, perConnection, sampleMemory as sampleAll } from "./memory.mjs";
import { eachFrame } from "./sse-frames.mjs";

// On standard input: 1,000 cookies are too long for a command line.
const config = JSON.parse(readFileSync(0, "utf8"));
const PHONES = config.cookies.length;
const WARM_UP = 20;
/** How long a phone waits for a step before the run gives up: long, so that a slow server is measured rather than cut off. */
const SLOW_MS = 120_000;
const sampleMemory = () => sampleAll(config.pids, config.memoryDir);
const now = () => performance.now();

const failures = { errors: 0, non2xx: 0, retried: 0, refused: 0 };

/**
 * A request, sent again (at most twice) when the connection fails before an answer: with 1,000
 * clients a reused keep-alive connection is now and then closed by the server as it is reused
 * (ECONNRESET), and a phone would try again. Each retry is counted.
 */
async function request(url, init) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 2) throw error;
      failures.retried++;
      await pause(50);
    }
  }
}
let sawViewInEvent = false;
let viewsFetched = 0;
let eventBytes = 0;
let events = 0;

/** One phone: its stream, the newest view it holds and when each version first reached it. */
function phone(index) {
  return { index, base: config.urls[index % config.urls.length], cookie: config.cookies[index], version: -1, view: null, arrivals: [], fetching: false, again: false, controller: null, connected: false };
}
const phones = Array.from({ length: PHONES }, (_, index) => phone(index));

function apply(p, view) {
  if (!view || view.version < p.version) return;
  if (view.version > p.version || !p.view) p.arrivals.push({ version: view.version, at: now(), closed: view.item?.vote?.tally?.total ?? null });
  p.version = view.version;
  p.view = view;
}

async function refetch(p) {
  if (p.fetching) return void (p.again = true);
  p.fetching = true;
  try {
    do {
      p.again = false;
      const response = await request(`${p.base}/api/conferences/${config.conferenceId}/state`, { headers: { cookie: p.cookie } });
      viewsFetched++;
      if (!response.ok) failures.non2xx++;
      else apply(p, await response.json());
    } while (p.again);
  } catch {
    failures.errors++;
  } finally {
    p.fetching = false;
  }
}

async function listen(p) {
  const controller = new AbortController();
  p.controller = controller;
  const response = await request(`${p.base}/api/conferences/${config.conferenceId}/events`, { headers: { cookie: p.cookie, accept: "text/event-stream" }, signal: controller.signal }).catch(() => null);
  if (!response) return void (controller.signal.aborted || failures.errors++);
  if (!response.ok) return void failures.non2xx++;
  p.connected = true;
  await eachFrame(response.body, (frame) => {
    if (!frame.startsWith("event: conference")) return;
    const data = /^data: (.+)$/m.exec(frame)?.[1];
    if (!data) return;
    events++;
    eventBytes += data.length;
    const signal = JSON.parse(data);
    if (signal.view) {
      sawViewInEvent = true;
      apply(p, signal.view);
    } else if (signal.kind === "state") void refetch(p);
  });
  p.connected = false;
  if (!controller.signal.aborted) failures.errors++;
}

/**
 * An action that must succeed (a join, a vote): one the server answers with an error is counted in
 * `refused` and sent again, at most twice, as a person would press the button again.
 */
async function mustAct(p, path, id, args, what) {
  for (let attempt = 0; ; attempt++) {
    const text = await action(p, path, id, args);
    if (text.includes('"ok":true')) return text;
    failures.refused++;
    if (attempt >= 2) throw new Error(`${what} failed: ${text.slice(0, 300)}`);
  }
}

async function action(p, path, id, args, cookie = p.cookie) {
  const response = await request(`${p.base}${path}`, {
    method: "POST",
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie },
    body: JSON.stringify([args]),
  });
  const text = await response.text();
  if (!response.ok) failures.non2xx++;
  return text;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : null;
};
const summary = (values) => ({ p50_ms: percentile(values, 50), p95_ms: percentile(values, 95), p99_ms: percentile(values, 99), max_ms: percentile(values, 100) });

async function until(predicate, timeoutMs, what) {
  const started = now();
  while (!predicate()) {
    if (now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await pause(5);
  }
}

const presenter = { base: config.urls[0], cookie: config.presenterCookie };
async function command(name) {
  const sentAt = now();
  const text = await action(presenter, `/conferences/${config.conferenceId}/present`, config.actions.command, { conferenceId: config.conferenceId, command: name });
  const version = Number(/"version":(\d+)/.exec(text)?.[1]);
  if (!Number.isFinite(version)) throw new Error(`presenter command ${name} failed: ${text.slice(0, 200)}`);
  return { sentAt, version };
}
await command("start");

// 1. Joins: phones arrive evenly over joinSpreadMs; each joins by the code (the action, whose
// answer carries the audience view the join form draws at once: decision 114), opens the stream as
// the audience view does, and is done when the stream holds the live case's view. (Opening /join
// from the QR code, before pressing Join, is not part of the join.)
const joinTimes = [];
/** Where a join's time goes: the join action, then the stream's first view. */
const joinParts = { action: [], stream: [] };
const joinStarted = now();
/** The first phone's join answer: its size, and that it carries the live case's view. */
let joinAnswer = null;
await Promise.all(phones.map(async (p) => {
  await pause((p.index / PHONES) * config.joinSpreadMs);
  const started = now();
  const answer = await mustAct(p, "/join", config.actions.join, { code: config.code }, "join");
  if (p.index === 0) joinAnswer = { bytes: answer.length, has_view: answer.includes(`"conferenceId":"${config.conferenceId}"`) && answer.includes('"joined":true') && answer.includes('"itemId"') };
  const acted = now();
  void listen(p);
  await until(() => p.view?.joined && p.view.item, SLOW_MS, `phone ${p.index} joining`);
  joinTimes.push(now() - started);
  joinParts.action.push(acted - started);
  joinParts.stream.push(now() - acted);
}));
const allJoinedMs = now() - joinStarted;

// 2. Stage changes: the presenter's "next" from the presentation to the vote, one at a time.
const reached = (p, version, test = () => true) => p.arrivals.find((arrival) => arrival.version >= version && test(arrival));
const stageLatencies = [];
const stageP95s = [];
for (let step = 0; step < config.steps; step++) {
  const { sentAt, version } = await command("next");
  await until(() => phones.every((p) => reached(p, version)), SLOW_MS, `stage ${step + 1} on every phone`);
  const latencies = phones.map((p) => reached(p, version).at - sentAt);
  stageLatencies.push(...latencies);
  stageP95s.push(percentile(latencies, 95));
  await pause(500);
}
const itemId = phones[0].view.item.itemId;
if (phones.some((p) => p.view.item.vote.state !== "open")) throw new Error("the vote is not open on every phone");

// 3. The vote: every phone votes, spread evenly over voteSpreadMs from the moment the vote opened.
const expected = new Map();
const voteTimes = [];
const voteStarted = now();
let counted = 0;
await Promise.all(phones.map(async (p) => {
  await pause((p.index / PHONES) * config.voteSpreadMs);
  const diagnosisId = config.choices[p.index % config.choices.length];
  const started = now();
  await mustAct(p, `/conferences/${config.conferenceId}`, config.actions.vote, { itemId, diagnosisId }, "vote");
  counted++;
  expected.set(diagnosisId, (expected.get(diagnosisId) ?? 0) + 1);
  voteTimes.push(now() - started);
  if (!sawViewInEvent) await refetch(p);
}));
const allVotedMs = now() - voteStarted;

// 4. The close: the presenter's "next" at the vote closes it; every phone must show all the votes.
await pause(500);
const close = await command("next");
await until(() => phones.every((p) => reached(p, close.version, (arrival) => arrival.closed === PHONES)), SLOW_MS, "the distribution on every phone");
const closeLatencies = phones.map((p) => reached(p, close.version, (arrival) => arrival.closed === PHONES).at - close.sentAt);
const shown = phones[0].view.item.vote.tally.rows;
const distributionExact = shown.length === expected.size && shown.every((row) => expected.get(row.diagnosisId) === row.count);

// 5. Memory per audience stream: all connected, then all but the first few, then all again (the
// second connection of the same streams, on servers whose allocators have held them once).
const streamsOnly = async (from) => {
  for (const p of phones.slice(from)) {
    p.view = null;
    p.arrivals = [];
    void listen(p);
  }
  await until(() => phones.every((p) => p.connected && p.view), 60_000, "streams reconnected");
};
const dropTo = async (count) => {
  for (const p of phones.slice(count)) p.controller.abort();
  await until(() => phones.slice(count).every((p) => !p.connected), 30_000, "streams closed");
};
await dropTo(WARM_UP);
const warm = await sampleMemory();
await streamsOnly(WARM_UP);
const full = await sampleMemory();
const memory = perConnection(warm, full, PHONES - WARM_UP);
for (const p of phones) p.controller.abort();

process.stdout.write(`${JSON.stringify({
  phones: PHONES,
  instances: config.urls.length,
  views_in_events: sawViewInEvent,
  join: { spread_ms: config.joinSpreadMs, all_joined_s: Math.round(allJoinedMs / 100) / 10, ...summary(joinTimes), parts_p50_ms: Object.fromEntries(Object.entries(joinParts).map(([part, values]) => [part, percentile(values, 50)])), answer: joinAnswer },
  stage: { changes: config.steps, ...summary(stageLatencies), p95_ms_by_change: stageP95s },
  vote: { spread_ms: config.voteSpreadMs, votes: counted, all_voted_s: Math.round(allVotedMs / 100) / 10, ...summary(voteTimes) },
  close: { ...summary(closeLatencies), distribution_exact: distributionExact },
  views_fetched: viewsFetched,
  events_per_phone: Math.round(events / PHONES),
  event_kb_per_phone: Math.round(eventBytes / PHONES / 102.4) / 10,
  errors: failures.errors,
  non2xx: failures.non2xx,
  retried: failures.retried,
  refused: failures.refused,
  memory_kb_per_connection: Math.max(memory.rss, memory.heap),
  rss_kb_per_connection: memory.rss, heap_kb_per_connection: memory.heap, raw_rss_kb_per_connection: memory.raw_rss,
})}\n`);
process.exit(0);
