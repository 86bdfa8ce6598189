// The server actions in the production build, by exported name, and a way to post one directly
// over HTTP with its Next-Action header (never through the UI): actions are public endpoints.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

interface ManifestEntry { filename: string; exportedName: string; workers: Record<string, unknown> }

function readActions(): Map<string, { id: string; url: string }> {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0]!;
      const url = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "x") || "/";
      return [entry.exportedName, { id, url }];
    }),
  );
}

export const actions = readActions();

/** Posts the raw body `body` to action `name` (for malformed bodies); see postAction for arguments. */
export async function postActionBody(request: APIRequestContext, name: string, body: string | Buffer): Promise<{ status: number; body: string }> {
  const action = actions.get(name);
  if (!action) throw new Error(`no server action ${name} in the build`);
  const response = await request.post(action.url, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: body,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

/** Calls action `name` with one argument, as the client does. */
export function postAction(request: APIRequestContext, name: string, args: unknown): Promise<{ status: number; body: string }> {
  return postActionBody(request, name, JSON.stringify([args]));
}
