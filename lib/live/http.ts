// The live streams' endpoints, answered by the app's Node server before Next.js sees the request
// (server.ts, decision 018): an open stream then costs a socket and a subscription, not a whole
// Next.js request held open. 401 without a session, 404 for what the viewer may not see (checked
// when subscribing), 405 for anything but GET. Each area defines its stream (GET
// /api/<area>/:id/events) and server.ts registers it: this module knows no domain area.
import "server-only";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies } from "cookie";
import { readSessionFromCookies } from "@/lib/auth/token";
import type { Viewer } from "@/lib/core/viewer";
import { noteDatabaseFailure, RETRY_AFTER_SECONDS } from "@/lib/core/availability";
import { RECONNECT_EVENT } from "./events";
import { liveStreamInput } from "./schema";
import { pipeSse, type SseSource } from "./sse";

/** One area's live stream: GET /api/<area>/:id/events. */
export interface LiveStreamDefinition {
  area: string;
  /** What a signed-out caller, and one asking for something they may not see, are told. */
  messages: { signIn: string; missing: string };
  /** The stream's source, or null when the viewer may not see `id` (checked once, when subscribing). */
  open: (viewer: Viewer, id: string, after: string | null) => Promise<SseSource | null>;
}

const streams = new Map<string, LiveStreamDefinition>();

/** Called once by server.ts for each area's stream. */
export function registerLiveStreams(definitions: readonly LiveStreamDefinition[]): void {
  for (const definition of definitions) streams.set(definition.area, definition);
}

/** Open streams, so that a stopping server can end them (their browsers reconnect elsewhere). */
const openStreams = new Set<ServerResponse>();

/**
 * The server is stopping: every open stream is told to reconnect (the `reconnect` event; the
 * browser reopens after a short random wait, through the load balancer, to another instance or
 * to this one restarted) and ended. Returns how many streams were open.
 */
export function endLiveStreams(): number {
  const count = openStreams.size;
  for (const response of openStreams) {
    response.write(`event: ${RECONNECT_EVENT}\ndata: {"reason":"server stopping"}\n\n`);
    response.end();
  }
  return count;
}

const LIVE_PATH = /^\/api\/([a-z-]+)\/([^/]+)\/events$/;

function answer(response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  response.end(JSON.stringify({ error }));
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Answers the request if it is a live stream's and returns true; otherwise false (Next.js answers). */
export function serveLiveStream(request: IncomingMessage, response: ServerResponse): boolean {
  const url = new URL(request.url ?? "/", "http://rounds.invalid");
  const match = LIVE_PATH.exec(url.pathname);
  const stream = match ? streams.get(match[1]!) : undefined;
  if (!match || !stream) return false;
  void open(request, response, stream, match[2]!, url).catch((error: unknown) => {
    // The database is down or restarting: 503 JSON; the page reconnects with backoff and resumes.
    if (noteDatabaseFailure(error)) {
      if (!response.headersSent) {
        return answer(response, 503, "Rounds cannot reach its database. The live stream reconnects on its own.", { "retry-after": String(RETRY_AFTER_SECONDS) });
      }
      return response.end();
    }
    // Ids and stack only: no request body or patient text reaches the log.
    const requestId = randomUUID().slice(0, 8);
    console.error(`[live] request ${requestId} failed:`, error instanceof Error ? error.stack ?? error.message : "non-error thrown");
    if (!response.headersSent) answer(response, 500, `The live stream could not be opened; the page retries by itself. (Reference ${requestId})`);
    else response.end();
  });
  return true;
}

async function open(request: IncomingMessage, response: ServerResponse, stream: LiveStreamDefinition, segment: string, url: URL) {
  if (request.method !== "GET") return answer(response, 405, "Live streams are read with GET.", { allow: "GET" });
  const { messages } = stream;
  const input = liveStreamInput.safeParse({
    id: decoded(segment),
    after: request.headers["last-event-id"] ?? url.searchParams.get("after"),
  });
  const session = await readSessionFromCookies(parseCookies(request.headers.cookie ?? "") as Record<string, string>);
  if (!session) return answer(response, 401, messages.signIn);
  if (!input.success) return answer(response, 404, messages.missing);
  const { id, after } = input.data;
  const source = await stream.open(session.viewer, id, after);
  if (!source) return answer(response, 404, messages.missing);
  // The client may have gone while the checks ran.
  if (request.destroyed) return;
  openStreams.add(response);
  response.once("close", () => openStreams.delete(response));
  pipeSse(response, source);
}
