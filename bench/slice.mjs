// The presenter's slice to 200 phones, as its own process: the phones' conference streams spread
// over the app instances; then the presenter sends slice changes one at a time (every 100 ms, the
// browser's own pace when scrolling fast), and for each the time from sending it to its arrival on
// every phone. Argv[2]: { urls, conferenceId, itemId, seriesId, slices, cookies, changes, presenterCookie, actionId }
const config = JSON.parse(process.argv[2]);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const arrivals = new Map(); // slice index -> arrival times
let listening = 0;
let errors = 0;
let non2xx = 0;
const controllers = [];

async function subscribe(index) {
  const controller = new AbortController();
  controllers.push(controller);
  const base = config.urls[index % config.urls.length];
  const response = await fetch(`${base}/api/conferences/${config.conferenceId}/events`, {
    headers: { cookie: config.cookies[index], accept: "text/event-stream" },
    signal: controller.signal,
  }).catch(() => null);
  if (!response) return void (controller.signal.aborted || errors++);
  if (!response.ok) return void non2xx++;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let counted = false;
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true }));
    if (done) return void (controller.signal.aborted || errors++);
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const data = /^data: (.+)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (!data) continue;
      const signal = JSON.parse(data);
      // The stream's first "state" says it listens: nothing after it is missed.
      if (signal.kind === "state" && !counted) {
        counted = true;
        listening++;
      }
      if (signal.kind !== "slice" || signal.seriesId !== config.seriesId) continue;
      const list = arrivals.get(signal.index) ?? [];
      list.push(performance.now());
      arrivals.set(signal.index, list);
    }
  }
}

const phones = config.cookies.length;
for (let index = 0; index < phones; index++) void subscribe(index);
const started = Date.now();
while (listening < phones) {
  if (errors || non2xx) throw new Error(`subscribing failed: ${non2xx} non-2xx, ${errors} errors`);
  if (Date.now() - started > 30_000) throw new Error(`only ${listening} of ${phones} phones listening`);
  await pause(50);
}

async function send(index) {
  const response = await fetch(`${config.urls[0]}/conferences/${config.conferenceId}/present`, {
    method: "POST",
    headers: { "next-action": config.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: config.presenterCookie },
    body: JSON.stringify([{ conferenceId: config.conferenceId, itemId: config.itemId, step: 1, seriesId: config.seriesId, index }]),
  });
  const text = await response.text();
  if (!response.ok || !text.includes('"ok":true')) throw new Error(`the slice was refused (${response.status}): ${text.slice(0, 200)}`);
}

// Warm the action and the route once (not measured).
await send(config.slices - 1);
await pause(500);
const latencies = [];
// The action's own round trip (its answer can come after the phones already have the slice):
// what of the latency is the presenter's request rather than the fan-out.
const answered = [];
let missing = 0;
for (let change = 0; change < config.changes; change++) {
  const index = change % (config.slices - 1);
  const sentAt = performance.now();
  await send(index);
  answered.push(performance.now() - sentAt);
  const waitUntil = performance.now() + 5_000;
  while ((arrivals.get(index)?.length ?? 0) < phones && performance.now() < waitUntil) await pause(2);
  const got = arrivals.get(index) ?? [];
  missing += phones - got.length;
  for (const at of got) latencies.push(at - sentAt);
  arrivals.delete(index);
  await pause(100);
}
for (const controller of controllers) controller.abort();
latencies.sort((a, b) => a - b);
answered.sort((a, b) => a - b);
const percentile = (p, values = latencies) => (values.length ? Math.round(values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] * 10) / 10 : null);
process.stdout.write(`${JSON.stringify({ phones, changes: config.changes, p50_ms: percentile(50), p95_ms: percentile(95), p99_ms: percentile(99), action_p50_ms: percentile(50, answered), action_p95_ms: percentile(95, answered), missing, errors, non2xx })}\n`);
process.exit(0);
