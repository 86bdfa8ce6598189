// The address people reach the app at, for links that leave the page (calendar files, QR codes):
// the rules are in public-origin.ts (issue 26 item 14, decision 068).
import "server-only";
import { networkInterfaces } from "node:os";
import { headers } from "next/headers";
import { env } from "@/lib/core/env";
import { pickLanAddress, publicOrigin, REQUEST_ORIGIN_HEADER, requestOrigin } from "./public-origin";

export async function appOrigin(): Promise<string> {
  const list = await headers();
  // server.ts sets the header; under another server (none today), the Host header alone.
  const request = list.get(REQUEST_ORIGIN_HEADER) ?? requestOrigin({ host: list.get("host") ?? undefined, viaTrustedProxy: false, encrypted: false });
  return publicOrigin({ configured: env().NEXTAUTH_URL, request, lanAddress: pickLanAddress(networkInterfaces()) });
}
