// Load generator, run as its own process so that it does not share a CPU budget with the
// server's event loop. Reads one scenario as JSON on argv[2], prints one JSON result line.
//   { url, method?, connections, duration? | amount?, headers?, body?, cookies?: string[], bodies?: string[], usersPerConnection? }
// With `cookies`, each connection signs in as a different user (connection i uses cookies[i]).
// With `usersPerConnection` k, connection i takes turns, request by request, between the users
// cookies[i], cookies[i + connections], ... (k of them): still one user per connection at a time,
// and no user on two connections.
import autocannon from "autocannon";

const scenario = JSON.parse(process.argv[2]);
let nextConnection = 0;

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
        setupRequest(request, context) {
          context.connection ??= nextConnection++ % scenario.connections;
          context.sent = (context.sent ?? -1) + 1;
          const index = (context.connection + scenario.connections * (context.sent % (scenario.usersPerConnection ?? 1))) % scenario.cookies.length;
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
