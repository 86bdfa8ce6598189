// The app's HTTP server: Next.js answers every request except the live event streams, which
// lib/live/http.ts answers on the bare Node response (decision 018: an open stream held inside
// Next.js's request pipeline cost about 200 KB; on the bare response, a few). `npm start`, the
// end-to-end tests and the bench all run this file: `tsx --conditions=react-server server.ts [--dev]`.
import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/core/env";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "@/lib/http/client-address";
import { answerUnreadableActionAs400, isActionPost, parseAllowedOrigins, refusalFor, sendRefusal } from "@/lib/http/request-guard";
import { caseLiveStream } from "@/lib/cases/stream";
import { conferenceLiveStream } from "@/lib/conferences/stream";
import { endLiveStreams, registerLiveStreams, serveLiveStream } from "@/lib/live/http";
import { setSecurityHeaders } from "@/lib/http/security-headers";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev, port, hostname: "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();

registerLiveStreams([caseLiveStream, conferenceLiveStream]);
const trustedProxies = parseTrustedProxies(env().TRUSTED_PROXIES);
const allowedOrigins = parseAllowedOrigins(env().SERVER_ACTIONS_ALLOWED_ORIGINS);

await app.prepare();
const server = createServer((request, response) => {
  setSecurityHeaders(response);
  const refusal = refusalFor(request, allowedOrigins);
  if (refusal) return sendRefusal(request, response, refusal);
  // The one address the app believes (sign-in throttle, audit trail): whatever the client sent
  // under this name is overwritten.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  if (serveLiveStream(request, response)) return;
  if (isActionPost(request)) answerUnreadableActionAs400(response);
  void handle(request, response);
});
server.listen(port, () => console.log(`Rounds ${dev ? "(development) " : ""}listening on http://localhost:${port}`));

// Stop on Ctrl-C or SIGTERM: no new connections, open streams ended (browsers reconnect to
// another instance), then exit once in-flight requests are done, or after five seconds.
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => process.exit(0));
  endLiveStreams();
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
