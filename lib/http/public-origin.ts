// The app's public address for links that leave the screen (the QR code and join link a phone
// opens, calendar files), decided without trusting what any client says (issue 26 item 14):
// 1. NEXTAUTH_URL when it names a real host (not localhost);
// 2. else the address the request came to: its Host header, or X-Forwarded-Host/-Proto when the
//    request came through a proxy named in TRUSTED_PROXIES (server.ts decides and hands it on in
//    one header of our own, as for the client's address);
// 3. a loopback address (the presenter's laptop opened http://localhost:3000) is useless to a
//    phone: the machine's own network address with the same port is used instead.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { TLSSocket } from "node:tls";

/** Set by server.ts on every request (any value the client sent under this name is replaced). */
export const REQUEST_ORIGIN_HEADER = "x-rounds-request-origin";

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(",")[0]?.trim() || undefined;
}

/** The origin a request was addressed to, or null when its host is missing or malformed. */
export function requestOrigin(input: { host?: string; forwardedHost?: string; forwardedProto?: string; viaTrustedProxy: boolean; encrypted: boolean }): string | null {
  const host = (input.viaTrustedProxy ? input.forwardedHost ?? input.host : input.host)?.trim().toLowerCase();
  if (!host || !HOST.test(host)) return null;
  const forwarded = input.viaTrustedProxy ? input.forwardedProto?.trim().toLowerCase() : undefined;
  const proto = forwarded === "https" || forwarded === "http" ? forwarded : input.encrypted ? "https" : "http";
  return `${proto}://${host}`;
}

/** Sets (or clears) REQUEST_ORIGIN_HEADER on a request arriving at server.ts. */
export function setRequestOrigin(request: IncomingMessage, viaTrustedProxy: boolean): void {
  const origin = requestOrigin({
    host: first(request.headers.host),
    forwardedHost: first(request.headers["x-forwarded-host"]),
    forwardedProto: first(request.headers["x-forwarded-proto"]),
    viaTrustedProxy,
    encrypted: Boolean((request.socket as TLSSocket).encrypted),
  });
  if (origin) request.headers[REQUEST_ORIGIN_HEADER] = origin;
  else delete request.headers[REQUEST_ORIGIN_HEADER];
}

export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare.endsWith(".localhost") || bare === "::1" || bare === "0.0.0.0" || bare === "::" || (isIP(bare) === 4 && bare.startsWith("127."));
}

/**
 * The machine's address on its network for a phone to reach: a private IPv4 address (10/8,
 * 172.16/12, 192.168/16) first, else any non-internal IPv4 address, else null.
 */
export function pickLanAddress(interfaces: Record<string, Array<{ address: string; family: string | number; internal: boolean }> | undefined>): string | null {
  const candidates = Object.values(interfaces).flatMap((list) => list ?? []).filter((entry) => !entry.internal && (entry.family === "IPv4" || entry.family === 4)).map((entry) => entry.address);
  const isPrivate = (address: string) => /^10\./.test(address) || /^192\.168\./.test(address) || /^172\.(1[6-9]|2\d|3[01])\./.test(address);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

/** The public origin from the configured URL, the request's origin and the machine's network address. */
export function publicOrigin(input: { configured?: string; request: string | null; lanAddress: string | null }): string {
  if (input.configured) {
    const configured = new URL(input.configured);
    if (!isLoopbackHost(configured.hostname)) return configured.origin;
  }
  const fromRequest = input.request ? new URL(input.request) : input.configured ? new URL(input.configured) : new URL("http://localhost:3000");
  if (!isLoopbackHost(fromRequest.hostname) || !input.lanAddress) return fromRequest.origin;
  fromRequest.hostname = input.lanAddress;
  return fromRequest.origin;
}
