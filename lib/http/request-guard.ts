// Requests refused before they reach Next.js, each with a typed JSON answer a person can read,
// instead of the 500 that Next.js (or PostgreSQL, for a NUL byte in an id) would give them:
// an address that cannot be decoded, control characters in the address, a body larger than any
// form sends, and a change (a server action, a POST to our routes) posted from another site.
import type { IncomingMessage, ServerResponse } from "node:http";
import { megabytes } from "./body";

export interface Refusal {
  status: 400 | 403 | 413;
  code: "invalid_input" | "forbidden" | "too_large";
  message: string;
}

/** Routes that read their body with a limit of their own (lib/http/body.ts). */
const OWN_BODY_LIMIT_PATHS = new Set(["/api/cases/import"]);

/** Server actions' own limit (next.config.js serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 5 * 1024 * 1024;

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const FOREIGN_ORIGIN: Refusal = { status: 403, code: "forbidden", message: "This request came from a page that is not part of Rounds, so it was refused." };

export function isActionPost(request: IncomingMessage): boolean {
  return request.method === "POST" && request.headers["next-action"] !== undefined;
}

/**
 * A server action's answer goes out uncompressed. Next.js gzips every streamed response whatever
 * its size (its compression middleware skips small answers only when they carry a Content-Length,
 * which a streamed answer does not), so each action answer, typically a hundred bytes of
 * `{ ok: true, ... }`, paid for a zlib stream of its own: 7% of an instance's CPU while a lecture
 * hall joined (decision 107). Pages, navigations and API answers are compressed as before.
 */
export function answerActionUncompressed(request: IncomingMessage): void {
  delete request.headers["accept-encoding"];
}

/** Origins allowed to post server actions besides the app's own host (SERVER_ACTIONS_ALLOWED_ORIGINS). */
export function parseAllowedOrigins(list: string | undefined): string[] {
  return (list ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
}

function originRefusal(request: IncomingMessage, allowedOrigins: readonly string[]): Refusal | null {
  const origin = request.headers.origin;
  // Browsers always send Origin with a POST; a request without one is not a cross-site form.
  if (!origin) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return FOREIGN_ORIGIN;
  }
  const forwardedHost = request.headers["x-forwarded-host"];
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost)?.split(",")[0]?.trim() || request.headers.host;
  if (originHost === host || allowedOrigins.includes(originHost)) return null;
  return FOREIGN_ORIGIN;
}

export function refusalFor(request: IncomingMessage, allowedOrigins: readonly string[]): Refusal | null {
  const target = request.url ?? "/";
  const queryAt = target.indexOf("?");
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, code: "invalid_input", message: "This address is not valid: it contains a broken percent-encoding." };
  }
  // In the path, control characters are never part of an id or a page. In the query they are
  // ordinary text (a search, a return address the sign-in page sanitises), except NUL, which
  // PostgreSQL cannot hold in text.
  if (CONTROL_CHARACTER.test(decoded) || (queryAt !== -1 && /%00|\u0000/i.test(target.slice(queryAt)))) {
    return { status: 400, code: "invalid_input", message: "This address is not valid: it contains control characters." };
  }
  const length = Number(request.headers["content-length"] ?? 0);
  // The case import reads its own body with its own limit (a case archive with its images can be
  // hundreds of MB: lib/archive/format.ts); everything else stays under the actions' limit.
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT && !OWN_BODY_LIMIT_PATHS.has(pathname)) {
    return { status: 413, code: "too_large", message: `This request is too large (${megabytes(length)}; the limit is ${megabytes(ACTION_BODY_LIMIT)}). Nothing was saved.` };
  }
  // Server actions and our own routes that change things (the case import) answer only pages of
  // this site. next-auth's routes keep their own CSRF token, and a hospital's sign-in page may
  // post its answer to the callback from its own origin.
  if (CHANGING_METHODS.has(request.method ?? "GET") && !pathname.startsWith("/api/auth/")) return originRefusal(request, allowedOrigins);
  return null;
}

/** A refused body is read and dropped (so the sender, still uploading, gets the answer) up to this much. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

export function sendRefusal(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ ok: false, code: refusal.code, message: refusal.message });
  let drained = 0;
  request.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) request.destroy();
  });
  request.resume();
  response.writeHead(refusal.status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Every server action runs inside `guarded` (lib/auth/action.ts), which answers its own failures as
 * typed results; so a 500 on an action post comes from Next.js reading the request (a body it
 * cannot decode, such as a forged `$Q` reference, or one over its limit sent without a length).
 * Those are the sender's fault: answered 400 with a typed body instead.
 */
export function answerUnreadableActionAs400(response: ServerResponse): void {
  const body = JSON.stringify({ ok: false, code: "invalid_input", message: "This request could not be read, so nothing was saved. Reload the page and try again." });
  const { writeHead, write, end } = response;
  let takenOver = false;
  const takeOver = () => {
    if (takenOver) return;
    takenOver = true;
    for (const name of response.getHeaderNames()) if (name.startsWith("content-") || name === "transfer-encoding") response.removeHeader(name);
    writeHead.call(response, 400, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    (end as (chunk: string) => ServerResponse).call(response, body);
  };
  const failing = (status?: number) => !response.headersSent && (status ?? response.statusCode) === 500;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (failing(status)) {
      takeOver();
      return this;
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (failing()) takeOver();
    if (takenOver) return true;
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (failing()) takeOver();
    if (takenOver) return this;
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}
