// What the app's server (server.ts) answers while the database is unreachable (decision 045):
// pages get a short human page with 503 and Retry-After (it reloads itself), APIs and live
// streams 503 JSON. Next.js 16 lets an App Router page choose no status but 404 (and 401/403
// behind a flag): a render that fails on the database is a 500 with the error boundary. So the
// status is set here, on the Node response: before Next.js while the outage is known, and by
// taking over a 5xx that Next.js was about to send when a probe confirms the database is gone.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { confirmDatabase, DATABASE_UNAVAILABLE_MESSAGE, databaseOutage, outageIsRecent, RETRY_AFTER_SECONDS } from "@/lib/core/availability";
import { setSecurityHeaders } from "@/lib/http/security-headers";

/** Build assets and public files: they need no database, so an outage never touches them. */
export function needsNoDatabase(pathname: string): boolean {
  return pathname.startsWith("/_next/") || /^\/[^/]+\.(ico|png|svg|txt|webmanifest|xml|jpg|webp)$/.test(pathname);
}

function wantsJson(request: IncomingMessage, pathname: string): boolean {
  return pathname.startsWith("/api/") || !(request.headers.accept ?? "").includes("text/html");
}

const PAGE = (title: string, body: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${title} · Rounds</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc;margin:0;display:grid;place-items:center;min-height:100vh}
main{max-width:32rem;margin:1rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem;text-align:center}
h1{font-size:1.25rem;margin:0 0 .5rem}p{color:#475569;margin:.25rem 0}</style></head>
<body><main role="alert">${body}</main></body></html>`;

/** Sends the outage answer (503, Retry-After): the human page, or JSON for APIs and streams. */
export function answerUnavailable(request: IncomingMessage, response: ServerResponse, extra: { detail?: string } = {}): void {
  const pathname = new URL(request.url ?? "/", "http://rounds.invalid").pathname;
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (wantsJson(request, pathname)) {
    const body = JSON.stringify({ ok: false, code: "unavailable", error: DATABASE_UNAVAILABLE_MESSAGE, message: DATABASE_UNAVAILABLE_MESSAGE });
    response.writeHead(503, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    response.end(body);
    return;
  }
  const body = PAGE("Database unreachable", `<h1>${DATABASE_UNAVAILABLE_MESSAGE}</h1>
<p>This page reloads by itself every ${RETRY_AFTER_SECONDS} seconds; nothing you saved before is lost.</p>${extra.detail ? `<p>${extra.detail}</p>` : ""}`);
  response.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

type Write = (...args: unknown[]) => boolean;
type End = (...args: unknown[]) => ServerResponse;
type WriteHead = (...args: unknown[]) => ServerResponse;

/**
 * Holds a 5xx that Next.js starts to send, asks the database (unless an outage is already known),
 * and sends the outage answer instead if it is gone; otherwise lets the original through as it was.
 */
export function answerOutageInsteadOf5xx(request: IncomingMessage, response: ServerResponse): void {
  const original = { writeHead: response.writeHead as WriteHead, write: response.write as Write, end: response.end as End };
  let holding = false;
  let ended = false;
  const held: Array<{ kind: "writeHead" | "write" | "end"; args: unknown[] }> = [];

  const restore = () => {
    response.writeHead = original.writeHead as ServerResponse["writeHead"];
    response.write = original.write as ServerResponse["write"];
    response.end = original.end as ServerResponse["end"];
  };
  const decide = async () => {
    const down = outageIsRecent() || !(await confirmDatabase().catch(() => true));
    restore();
    if (response.destroyed) return;
    if (down) {
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      setSecurityHeaders(response);
      answerUnavailable(request, response);
      // Callbacks the held writes were given still run, as if their chunks went out.
      for (const call of held) for (const arg of call.args) if (typeof arg === "function") (arg as () => void)();
      return;
    }
    for (const call of held) (original[call.kind] as (...args: unknown[]) => unknown).apply(response, call.args);
  };
  const startHolding = () => {
    if (holding) return;
    holding = true;
    void decide();
  };
  const failing = (status?: unknown) => !response.headersSent && Number(status ?? response.statusCode) >= 500;

  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding && failing(args[0])) startHolding();
    if (holding) {
      held.push({ kind: "writeHead", args });
      return this;
    }
    return original.writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding && failing()) startHolding();
    if (holding) {
      held.push({ kind: "write", args });
      return true;
    }
    return original.write.apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!holding && failing()) startHolding();
    if (holding) {
      if (!ended) held.push({ kind: "end", args });
      ended = true;
      return this;
    }
    return original.end.apply(this, args);
  } as ServerResponse["end"];
}

/** True (and answered) when the database is known to be down and this request would need it. */
export function answerKnownOutage(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  if (!databaseOutage() || needsNoDatabase(pathname)) return false;
  answerUnavailable(request, response);
  return true;
}
