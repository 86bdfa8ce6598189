// Every server action runs inside `guarded`: an unexpected exception is logged with a request id
// (never with its input, which may hold patient text) and answered generically, not as a 500.
import "server-only";
import { randomUUID } from "node:crypto";
import { fail, type ActionResult } from "./result";

export async function guarded<T, E>(name: string, body: () => Promise<ActionResult<T, E>>): Promise<ActionResult<T, E>> {
  try {
    return await body();
  } catch (error) {
    // redirect() and notFound() signal by throwing; let Next.js handle them.
    if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) {
      throw error;
    }
    const requestId = randomUUID().slice(0, 8);
    console.error(`[action ${name}] request ${requestId} failed:`, error instanceof Error ? error.stack ?? error.message : "non-error thrown");
    return fail("unexpected", `Something went wrong on our side. Nothing was saved. (Reference ${requestId})`);
  }
}
