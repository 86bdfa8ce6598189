// Which address a request came from, decided once by the app's server (server.ts) and handed to
// the app in one header of our own. X-Forwarded-For is written by whoever sends the request, so it
// is believed only from a proxy the operator names in TRUSTED_PROXIES; otherwise the socket's
// address is the client. Used by the sign-in throttle and the audit trail.
import { BlockList, isIP } from "node:net";

/** Set by server.ts on every request (any value the client sent under this name is replaced). */
export const CLIENT_ADDRESS_HEADER = "x-rounds-client-address";

/** Parses TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("10.0.0.0/8, ::1"). */
export function parseTrustedProxies(list: string | undefined): BlockList {
  const trusted = new BlockList();
  for (const entry of (list ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) trusted.addAddress(address!, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length.`);
      trusted.addSubnet(address!, prefix, type);
    }
  }
  return trusted;
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** Whether the request's socket is one of the operator's trusted proxies (whose X-Forwarded-* headers count). */
export function fromTrustedProxy(socketAddress: string | undefined, trusted: BlockList): boolean {
  return isTrusted(trusted, normalise(socketAddress ?? "unknown"));
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For
 * is read from the right (each proxy appends the address it saw), skipping trusted proxies, and the
 * first address no trusted proxy vouches for is the client.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string {
  let client = normalise(socketAddress ?? "unknown");
  if (!isTrusted(trusted, client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",").map((hop) => normalise(hop.trim())).filter((hop) => isIP(hop) !== 0);
  for (let index = hops.length - 1; index >= 0; index--) {
    client = hops[index]!;
    if (!isTrusted(trusted, client)) return client;
  }
  return client;
}
