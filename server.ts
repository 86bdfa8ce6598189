// The app's HTTP server: Next.js answers every request except the live event streams, which
// lib/live/http.ts answers on the bare Node response (decision 018: an open stream held inside
// Next.js's request pipeline cost about 200 KB; on the bare response, a few). `npm start`, the
// end-to-end tests and the bench all run this file: `tsx --conditions=react-server server.ts [--dev]`.
import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/core/env";
import { CLIENT_ADDRESS_HEADER, clientAddress, fromTrustedProxy, parseTrustedProxies } from "@/lib/http/client-address";
import { setRequestOrigin } from "@/lib/http/public-origin";
import { answerActionUncompressed, answerUnreadableActionAs400, isActionPost, parseAllowedOrigins, refusalFor, sendRefusal } from "@/lib/http/request-guard";
import { caseLiveStream } from "@/lib/cases/stream";
import { flushTallySignals } from "@/lib/conferences/notify";
import { conferenceLiveStream } from "@/lib/conferences/stream";
import { endLiveStreams, registerLiveStreams, serveLiveStream } from "@/lib/live/http";
import { startImageWorker, stopImageWorker } from "@/lib/jobs";
import { setSecurityHeaders } from "@/lib/http/security-headers";
import { answerKnownOutage, answerOutageInsteadOf5xx } from "@/lib/health/outage";
import { serveHealthJson } from "@/lib/health/http";
import { dictionaries } from "@/lib/deidentify/dictionaries";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev, port, hostname: "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();

registerLiveStreams([caseLiveStream, conferenceLiveStream]);
void startImageWorker();
const trustedProxies = parseTrustedProxies(env().TRUSTED_PROXIES);
const allowedOrigins = parseAllowedOrigins(env().SERVER_ACTIONS_ALLOWED_ORIGINS);

await app.prepare();
// The de-identification guard's word lists (25 MB, read in about a second) load now rather than
// on the first comment or case save, which would otherwise wait for them.
dictionaries();
const server = createServer((request, response) => {
  setSecurityHeaders(response);
  const refusal = refusalFor(request, allowedOrigins);
  if (refusal) return sendRefusal(request, response, refusal);
  // The one address the app believes (sign-in throttle, audit trail): whatever the client sent
  // under this name is overwritten.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  setRequestOrigin(request, fromTrustedProxy(request.socket.remoteAddress, trustedProxies));
  const pathname = (request.url ?? "/").split("?")[0]!;
  if (serveHealthJson(request, response, pathname)) return;
  // While the database is known to be down: 503 at once (pages a human page, APIs and streams
  // JSON), except actions, which answer their typed `unavailable` result (decision 045).
  if (isActionPost(request)) {
    answerUnreadableActionAs400(response);
    answerActionUncompressed(request);
  }
  else if (answerKnownOutage(request, response, pathname)) return;
  if (serveLiveStream(request, response)) return;
  if (!isActionPost(request)) answerOutageInsteadOf5xx(request, response);
  void handle(request, response);
});
server.listen(port, () => console.log(`Rounds ${dev ? "(development) " : ""}listening on http://localhost:${port}`));

// Stop on Ctrl-C or SIGTERM (decision 047): no new connections; open live streams told to
// reconnect (to another instance, or to this one restarted) and ended; requests in flight finish;
// idle keep-alive connections closed; then exit, within 10 s whatever happens.
const DRAIN_LIMIT_MS = 9_000;
let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  // The image worker finishes the jobs it holds (pg-boss's graceful stop, at most 5 s); a job cut
  // anyway is retried by any instance (decision 040).
  const workerStopped = stopImageWorker().catch(() => undefined);
  server.close(() => {
    // The tally signals the last joins and votes gathered go out before the exit (decision 106).
    void Promise.all([workerStopped, flushTallySignals()]).then(() => {
      console.log(`Rounds stopped (${signal}) after ${Date.now() - started} ms: requests in flight finished.`);
      process.exit(0);
    });
  });
  const streams = endLiveStreams();
  server.closeIdleConnections();
  console.log(`Rounds stopping (${signal}): no new connections; ${streams} live stream(s) told to reconnect; finishing requests in flight.`);
  // A keep-alive connection that finishes its request is closed rather than kept for the next.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  sweep.unref();
  setTimeout(() => {
    console.log(`Rounds stopped (${signal}): requests still open after ${DRAIN_LIMIT_MS / 1000} s were cut.`);
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_LIMIT_MS).unref();
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
