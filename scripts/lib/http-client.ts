// What scripts that drive a running app over HTTP share (the bench, `npm run test:deploy`):
// next-auth's credentials sign-in, and a server action's id from a build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./app-env";

/** next-auth credentials sign-in over HTTP; returns the Cookie header for the session. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

/** The id under which the build in `distDir` serves the server action `name` of `file`. */
export function serverActionId(distDir: string, file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, value]) => value.filename === file && value.exportedName === name);
  if (!entry) throw new Error(`no server action ${file}#${name} in the build`);
  return entry[0];
}
