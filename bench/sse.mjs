// SSE fan-out latency, as its own process: N subscribers spread over the app instances, then
// comments posted one at a time; for each, the time from posting to its event reaching every
// subscriber. Also the servers' memory per open stream: resident memory after a first batch of
// subscribers (the route, the listener and their code warmed up) against after all of them, while
// they are connected and before anything is posted; both after a full garbage collection. Resident
// (less the young generation's resizing, see below) and live heap are both reported; the larger is
// memory_kb_per_connection.
// Argv[2]: { urls, caseId, cookies, postUrl, actionId, posterCookies, count, after, pids, memoryDir }
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

const config = JSON.parse(process.argv[2]);
const WARM_UP = 20;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each server collects its garbage and reports its memory (bench/gc-on-signal.cjs); summed, in KB. */
async function readMemory() {
  for (const pid of config.pids) process.kill(pid, "SIGUSR2");
  await pause(700);
  const usages = config.pids.map((pid) => {
    const file = path.join(config.memoryDir, `memory-${pid}.json`);
    const usage = JSON.parse(readFileSync(file, "utf8"));
    rmSync(file);
    return usage;
  });
  return {
    rss: usages.reduce((sum, usage) => sum + usage.rss, 0) / 1024,
    heap: usages.reduce((sum, usage) => sum + usage.heapUsed + usage.external, 0) / 1024,
    young: usages.reduce((sum, usage) => sum + usage.youngPhysical, 0) / 1024,
  };
}

/**
 * Memory once it is steady: after the load scenarios, resident memory keeps falling for seconds
 * as freed pages go back to the system, so samples repeat until two in a row agree within 1 MB.
 */
async function sampleMemory() {
  let previous = await readMemory();
  for (let round = 0; round < 15; round++) {
    await pause(1_000);
    const next = await readMemory();
    if (Math.abs(next.rss - previous.rss) < 1024) return next;
    previous = next;
  }
  return previous;
}
const arrivals = new Map(); // commentId -> array of arrival times
let connected = 0;

async function subscribe(index) {
  const base = config.urls[index % config.urls.length];
  const response = await fetch(`${base}/api/cases/${config.caseId}/events?after=${config.after}`, {
    headers: { cookie: config.cookies[index % config.cookies.length], accept: "text/event-stream" },
  });
  if (!response.ok) throw new Error(`subscriber ${index}: HTTP ${response.status}`);
  connected++;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true }));
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (!data) continue;
      const event = JSON.parse(data);
      if (event.kind !== "comment_posted") continue;
      const list = arrivals.get(event.subjectId) ?? [];
      list.push(performance.now());
      arrivals.set(event.subjectId, list);
    }
  }
}

async function connectUpTo(count) {
  const started = Date.now();
  while (connected < count) {
    if (Date.now() - started > 30_000) throw new Error(`only ${connected} of ${count} subscribers connected`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const subscribers = Array.from({ length: WARM_UP }, (_, index) => subscribe(index));
await connectUpTo(WARM_UP);
const warm = await sampleMemory();
for (let index = WARM_UP; index < config.subscribers; index++) subscribers.push(subscribe(index));
await connectUpTo(config.subscribers);
const full = await sampleMemory();
const perConnection = (key) => Math.round((full[key] - warm[key]) / (config.subscribers - WARM_UP));
// Resident memory is the budget's measure, less the young generation's own resizing: V8 sizes
// its nursery by the recent allocation rate, and connecting 180 streams in a burst grew it by
// 8 MB (45 of 77 KB per stream in one run) though nothing a stream holds lives there after a
// collection. After a collection resident memory can also shrink between samples (pages freed
// after the load scenarios return late); the live heap is the floor that stays.
const rssBeyondYoung = { ...full, rss: full.rss - (full.young - warm.young) };
const memory = {
  rss_kb_per_connection: Math.round((rssBeyondYoung.rss - warm.rss) / (config.subscribers - WARM_UP)),
  heap_kb_per_connection: perConnection("heap"),
  raw_rss_kb_per_connection: perConnection("rss"),
  young_kb_per_connection: perConnection("young"),
};

const latencies = [];
let missing = 0;
for (let i = 0; i < config.count; i++) {
  // Measured from sending the action (an upper bound on commit-to-arrival: the commit happens
  // inside the request, and the event can arrive before the action's response does).
  const sentAt = performance.now();
  const response = await fetch(config.postUrl, {
    method: "POST",
    headers: { "next-action": config.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: config.posterCookies[i % config.posterCookies.length] },
    body: JSON.stringify([{ caseId: config.caseId, body: `SSE bench comment ${i}` }]),
  });
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
latencies.sort((a, b) => a - b);
const percentile = (p) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 10) / 10 : null);
process.stdout.write(`${JSON.stringify({ subscribers: config.subscribers, comments: config.count, p50_ms: percentile(50), p95_ms: percentile(95), p99_ms: percentile(99), missing, memory_kb_per_connection: Math.max(memory.rss_kb_per_connection, memory.heap_kb_per_connection), ...memory })}\n`);
process.exit(0);
void subscribers;
