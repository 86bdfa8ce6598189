// Load generator, run as its own process so that it does not share a CPU budget with the
// server's event loop. Reads one scenario as JSON on argv[2], prints one JSON result line.
//   { url, method?, connections, duration? | amount?, headers?, body?, cookies?: string[], bodies?: string[] }
// With `cookies`, requests take turns between the users in order (autocannon resets a
// connection's context before every request here, so a user cannot be tied to a connection): with
// at least as many users as connections, the requests in flight at any moment are distinct users',
// and over `amount` requests each user sends amount / cookies.length of them.
import autocannon from "autocannon";

const scenario = JSON.parse(process.argv[2]);
let sent = 0;

const instance = autocannon({
  url: scenario.url,
  connections: scenario.connections,
  ...(scenario.amount ? { amount: scenario.amount } : { duration: scenario.duration }),
  method: scenario.method ?? "GET",
  headers: scenario.headers ?? {},
  body: scenario.body,
  timeout: 20,
  requests: scenario.cookies
    ? [{
        setupRequest(request) {
          const index = sent++ % scenario.cookies.length;
          const body = scenario.bodies ? scenario.bodies[index % scenario.bodies.length] : request.body;
          return { ...request, body, headers: { ...request.headers, cookie: scenario.cookies[index] } };
        },
      }]
    : undefined,
});

instance.on("done", (result) => {
  process.stdout.write(
    `${JSON.stringify({
      rps: Math.round(result.requests.average * 10) / 10,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      requests: result.requests.total,
    })}\n`,
  );
});
