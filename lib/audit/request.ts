import "server-only";
import { headers } from "next/headers";

/** The client's address as the proxy reports it; null outside a request (scripts, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    const list = await headers();
    return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || null;
  } catch {
    return null;
  }
}
