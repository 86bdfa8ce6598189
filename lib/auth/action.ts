// The one preamble of every server action. `action(name, schema, body)` runs `body` with the
// signed-in viewer and the parsed input, so that each action reads authorize -> write -> notify ->
// result; a signed-out caller gets `unauthenticated`, input the schema refuses gets
// `invalid_input` with the field errors, and an unexpected exception is logged with a request id
// (never with its input, which may hold patient text) and answered generically, not as a 500.
// Every action is a public HTTP endpoint: this is what makes each one safe to call directly.
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getViewer, type Viewer } from "./session";
import { noteDatabaseFailure } from "@/lib/core/availability";
import { fail, invalid, unauthenticated, unavailable, type ActionResult, type Failure } from "@/lib/core/result";

interface ActionOptions {
  /** The message above the field errors when the input is refused ("Some fields need attention."). */
  invalidMessage?: string;
  /**
   * For actions that exist only for some people (reviewing the catalogue, granting roles): asked
   * before the input is read, so anyone else learns nothing from validation messages.
   */
  gate?: (viewer: Viewer) => Failure<never> | null;
}

/** A server action for signed-in people. */
export function action<Schema extends z.ZodType, T, E = never>(
  name: string,
  schema: Schema,
  body: (context: { viewer: Viewer; input: z.output<Schema> }) => Promise<ActionResult<T, E>>,
  options: ActionOptions = {},
): (payload?: unknown) => Promise<ActionResult<T, E>> {
  return (payload) =>
    guarded(name, async () => {
      const viewer = await getViewer();
      if (!viewer) return unauthenticated();
      const refused = options.gate?.(viewer);
      if (refused) return refused;
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return invalid(parsed.error, options.invalidMessage);
      return body({ viewer, input: parsed.data });
    });
}

/** A server action anyone may call (registration); `viewer` is null when signed out. */
export function publicAction<Schema extends z.ZodType, T, E = never>(
  name: string,
  schema: Schema,
  body: (context: { viewer: Viewer | null; input: z.output<Schema> }) => Promise<ActionResult<T, E>>,
  options: ActionOptions = {},
): (payload?: unknown) => Promise<ActionResult<T, E>> {
  return (payload) =>
    guarded(name, async () => {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return invalid(parsed.error, options.invalidMessage);
      return body({ viewer: await getViewer(), input: parsed.data });
    });
}

export async function guarded<T, E>(name: string, body: () => Promise<ActionResult<T, E>>): Promise<ActionResult<T, E>> {
  try {
    return await body();
  } catch (error) {
    // redirect() and notFound() signal by throwing; let Next.js handle them.
    if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) {
      throw error;
    }
    // The database is down or restarting: a typed answer the form shows, not "something went wrong".
    if (noteDatabaseFailure(error)) return unavailable();
    if (isTextThePostgresRefuses(error)) {
      return fail("invalid_input", "The text contains a NUL character (\\0), which cannot be stored. Remove it and try again; nothing was saved.");
    }
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${name}] request ${requestId} failed:`, error instanceof Error ? error.stack ?? error.message : "non-error thrown");
    return fail("unexpected", `Something went wrong on our side. Nothing was saved. (Reference ${requestId})`);
  }
}

/**
 * PostgreSQL refuses a NUL character in text (22021) and in JSON (22P05, "unsupported Unicode
 * escape sequence"). Whatever field carried it (a comment, a diagnosis name, an id), the statement
 * failed and its transaction rolled back, so the sender gets a typed error and nothing is stored.
 * Checked here, where every action's failures pass, rather than in each of forty string schemas.
 */
function isTextThePostgresRefuses(error: unknown): boolean {
  const refused = (value: unknown) => value === "22021" || value === "22P05";
  // node-postgres puts the code on the error; Prisma under `cause` (DriverAdapterError) or, on
  // its own errors, under `meta.driverAdapterError.cause`.
  const seen = [error];
  for (let index = 0; index < seen.length && index < 10; index++) {
    const current = seen[index];
    if (!current || typeof current !== "object") continue;
    const { code, originalCode, cause, meta } = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (refused(code) || refused(originalCode)) return true;
    seen.push(cause, meta?.driverAdapterError);
  }
  return false;
}
