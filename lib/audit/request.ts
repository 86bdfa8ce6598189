import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

/**
 * The client's address as the app's server decided it (server.ts: the socket's, or what a
 * trusted proxy reports); null outside a request (scripts, tests).
 */
export async function requestIp(): Promise<string | null> {
  try {
    return (await headers()).get(CLIENT_ADDRESS_HEADER) || null;
  } catch {
    return null;
  }
}
