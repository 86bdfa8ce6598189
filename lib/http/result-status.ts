// The HTTP status of a typed result (lib/core/result.ts), for route handlers that answer one as JSON.
import { RETRY_AFTER_SECONDS } from "@/lib/core/availability";
import type { ActionResult, ErrorCode } from "@/lib/core/result";

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  identifiers_found: 422,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
  unexpected: 500,
};

export function resultResponse<T>(result: ActionResult<T, unknown>, successStatus = 200): Response {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (!result.ok && result.code === "unavailable") headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return Response.json(result, { status: result.ok ? successStatus : STATUS[result.code], headers });
}
