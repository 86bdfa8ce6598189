// The typed answer of every server action. Errors a user can cause come back as data and are
// rendered beside the form; only unexpected failures throw (and are logged with a request id).
import type { ZodError } from "zod";

export type ErrorCode =
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "identifiers_found"
  | "rate_limited"
  | "too_large"
  /** The database cannot be reached right now; nothing was saved; trying again later works. */
  | "unavailable"
  | "unexpected";

export type Failure<Extra = unknown> = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Extra;
};
export type Success<T> = { ok: true; data: T };
export type ActionResult<T = null, Extra = unknown> = Success<T> | Failure<Extra>;

export const ok = <T>(data: T): Success<T> => ({ ok: true, data });

export function fail<Extra = never>(
  code: ErrorCode,
  message: string,
  extra: { fieldErrors?: Record<string, string[]>; details?: Extra } = {},
): Failure<Extra> {
  return { ok: false, code, message, ...extra };
}

/** Flattens zod issues to "studies.1.findings" → messages, the shape forms render. */
export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function invalid(error: ZodError, message = "Some fields need attention."): Failure<never> {
  return fail("invalid_input", message, { fieldErrors: fieldErrorsOf(error) });
}

/** A resource the viewer may not see is answered as missing, so existence does not leak. */
export const notFound = (what = "case") => fail("not_found", `That ${what} does not exist or you do not have access to it.`);
export const unauthenticated = () => fail("unauthenticated", "Your session has ended. Sign in again to continue.");

/** The database is unreachable (lib/core/availability.ts decides): nothing was saved. */
export const unavailable = () =>
  fail("unavailable", "Rounds cannot reach its database right now, so nothing was saved. It will retry on its own: try again in a few seconds.");
