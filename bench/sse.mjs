// SSE fan-out latency, as its own process: N subscribers spread over the app instances, then
// comments posted one at a time; for each, the time from posting to its event reaching every
// subscriber. Also the servers' memory per open stream, after a full garbage collection: a first
// batch of subscribers warms the route and the listener, the rest connect, disconnect and connect
// again, and the figure is the difference between the last two states (all connected, and only the
// first batch), so that it describes streams opened on a server whose allocators have already
// grown to hold them once. Resident memory and live heap are both reported; the larger is
// memory_kb_per_connection.
// Argv[2]: { urls, caseId, cookies, postUrl, actionId, posterCookies, count, after, pids, memoryDir }
import { pause, sampleMemory as sampleAll } from "./memory.mjs";
import { eachFrame } from "./sse-frames.mjs";

const config = JSON.parse(process.argv[2]);
const WARM_UP = 20;

const sampleMemory = () => sampleAll(config.pids, config.memoryDir);

const arrivals = new Map(); // commentId -> array of arrival times
let connected = 0;
// Subscriptions (and posts) answered with a status other than 2xx; subscriptions that failed to
// connect or whose stream ended without being closed by this script.
let non2xx = 0;
let errors = 0;
const aborts = new Map(); // subscriber index -> AbortController

async function subscribe(index) {
  const base = config.urls[index % config.urls.length];
  const controller = new AbortController();
  aborts.set(index, controller);
  const response = await fetch(`${base}/api/cases/${config.caseId}/events?after=${config.after}`, {
    headers: { cookie: config.cookies[index % config.cookies.length], accept: "text/event-stream" },
    signal: controller.signal,
  }).catch(() => null);
  if (!response) {
    if (!controller.signal.aborted) errors++;
    return;
  }
  if (!response.ok) {
    non2xx++;
    return;
  }
  connected++;
  await eachFrame(response.body, (frame) => {
    const data = /^data: (.+)$/m.exec(frame)?.[1];
    if (!data) return;
    const event = JSON.parse(data);
    if (event.kind !== "comment_posted") return;
    const list = arrivals.get(event.subjectId) ?? [];
    list.push(performance.now());
    arrivals.set(event.subjectId, list);
  });
  connected--;
  if (!controller.signal.aborted) errors++;
}

async function connectUpTo(count) {
  const started = Date.now();
  while (connected < count) {
    if (errors || non2xx) throw new Error(`subscribing failed: ${non2xx} answered non-2xx, ${errors} did not connect or were dropped`);
    if (Date.now() - started > 30_000) throw new Error(`only ${connected} of ${count} subscribers connected`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
async function disconnectDownTo(count) {
  for (let index = count; index < config.subscribers; index++) aborts.get(index)?.abort();
  const started = Date.now();
  while (connected > count) {
    if (Date.now() - started > 30_000) throw new Error(`${connected} subscribers still connected`);
    await pause(50);
  }
}
async function connectRest() {
  for (let index = WARM_UP; index < config.subscribers; index++) void subscribe(index);
  await connectUpTo(config.subscribers);
}
for (let index = 0; index < WARM_UP; index++) void subscribe(index);
await connectUpTo(WARM_UP);
const first = await sampleMemory();
await connectRest();
const firstFull = await sampleMemory();
await disconnectDownTo(WARM_UP);
const warm = await sampleMemory();
await connectRest();
const full = await sampleMemory();
const added = config.subscribers - WARM_UP;
const perConnection = (key, from = warm, to = full) => Math.round((to[key] - from[key]) / added);
// Resident memory is the budget's measure, less V8's resident heap pages that hold nothing after
// the collection: V8 sizes its nursery and old-space reserve by the recent allocation rate
// (connecting 180 streams in a burst grew the nursery by 8 MB in one run, 45 of a raw 77 KB per
// stream), and nothing a stream holds lives in those empty pages. What remains is memory outside
// V8's heap (sockets, buffers, native state) plus V8's live objects. Measured on the second
// connection of the same streams, once the process's own allocators have grown to hold them; the
// first connection's figure and the raw resident difference are reported beside it.
const heldResident = (from, to) => Math.round((to.rss - to.slack - (from.rss - from.slack)) / added);
const memory = {
  rss_kb_per_connection: heldResident(warm, full),
  heap_kb_per_connection: perConnection("heap"),
  raw_rss_kb_per_connection: perConnection("rss"),
  slack_kb_per_connection: perConnection("slack"),
  // The first connection of the same streams, before the servers had ever held them.
  first_rss_kb_per_connection: heldResident(first, firstFull),
  first_heap_kb_per_connection: perConnection("heap", first, firstFull),
};

const latencies = [];
let missing = 0;
const postingStarted = performance.now();
for (let i = 0; i < config.count; i++) {
  // Measured from sending the action (an upper bound on commit-to-arrival: the commit happens
  // inside the request, and the event can arrive before the action's response does).
  const sentAt = performance.now();
  const response = await fetch(config.postUrl, {
    method: "POST",
    headers: { "next-action": config.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: config.posterCookies[i % config.posterCookies.length] },
    body: JSON.stringify([{ caseId: config.caseId, body: `SSE bench comment ${i}` }]),
  });
  if (!response.ok) non2xx++;
  const text = await response.text();
  const id = /"commentId":"([^"]+)"/.exec(text)?.[1];
  if (!id) throw new Error(`posting failed: ${text.slice(0, 200)}`);
  const waitUntil = performance.now() + 5_000;
  while ((arrivals.get(id)?.length ?? 0) < config.subscribers && performance.now() < waitUntil) await new Promise((r) => setTimeout(r, 5));
  const got = arrivals.get(id) ?? [];
  missing += config.subscribers - got.length;
  for (const at of got) latencies.push(at - sentAt);
  await new Promise((resolve) => setTimeout(resolve, 150));
}
// Deliveries per second while the comments were posted, one at a time (a paced rate, not a ceiling).
const rps = Math.round((latencies.length / ((performance.now() - postingStarted) / 1000)) * 10) / 10;
latencies.sort((a, b) => a - b);
const percentile = (p) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 10) / 10 : null);
process.stdout.write(`${JSON.stringify({ subscribers: config.subscribers, comments: config.count, rps, errors, non2xx, p50_ms: percentile(50), p95_ms: percentile(95), p99_ms: percentile(99), missing, memory_kb_per_connection: Math.max(memory.rss_kb_per_connection, memory.heap_kb_per_connection), ...memory })}\n`);
process.exit(0);
