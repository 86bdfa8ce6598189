// Load generator, run as its own process so that it does not share a CPU budget with the
// server's event loop. Reads one scenario as JSON on stdin (400 users' session cookies are more
// than one argument may hold), prints one JSON result line.
//   { url, method?, connections, duration? | amount?, headers?, body?, cookies?: string[], bodies?: string[], paths?: string[] }
// With `cookies`, requests take turns between the users in order (autocannon resets a
// connection's context before every request here, so a user cannot be tied to a connection): with
// at least as many users as connections, the requests in flight at any moment are distinct users',
// and over `amount` requests each user sends amount / cookies.length of them. With `paths`, the
// requests take turns between those paths of `url`'s server in the same way.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const scenario = JSON.parse(readFileSync(0, "utf8"));
let sent = 0;

const instance = autocannon({
  url: scenario.url,
  connections: scenario.connections,
  ...(scenario.amount ? { amount: scenario.amount } : { duration: scenario.duration }),
  method: scenario.method ?? "GET",
  headers: scenario.headers ?? {},
  body: scenario.body,
  timeout: 20,
  requests: scenario.cookies || scenario.paths
    ? [{
        setupRequest(request) {
          const turn = sent++;
          const next = { ...request };
          if (scenario.paths) next.path = scenario.paths[turn % scenario.paths.length];
          if (scenario.cookies) {
            const index = turn % scenario.cookies.length;
            next.body = scenario.bodies ? scenario.bodies[index % scenario.bodies.length] : request.body;
            next.headers = { ...request.headers, cookie: scenario.cookies[index] };
          }
          return next;
        },
      }]
    : undefined,
});

// Each response's latency by the second it ended in: whether a run's tail is spread over the run
// or gathered in one moment (its start, a pause), which the overall percentiles cannot tell.
const started = Date.now();
const bySecond = [];
instance.on("response", (_client, _status, _bytes, latency) => {
  (bySecond[Math.floor((Date.now() - started) / 1000)] ??= []).push(latency);
});
const p99 = (latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]);
};

instance.on("done", (result) => {
  process.stdout.write(
    `${JSON.stringify({
      rps: Math.round(result.requests.average * 10) / 10,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      // autocannon reports no 95th percentile: taken from every response's latency.
      p95_ms: (() => {
        const all = bySecond.flatMap((latencies) => latencies ?? []).sort((a, b) => a - b);
        return all.length ? Math.round(all[Math.min(all.length - 1, Math.floor(all.length * 0.95))]) : null;
      })(),
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      requests: result.requests.total,
      p99_ms_by_second: bySecond.map((latencies) => (latencies ? p99(latencies) : null)),
    })}\n`,
  );
});
