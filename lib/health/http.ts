// GET /health as answered by the app's server (server.ts) without Next.js: JSON for monitors and
// load balancers (`Accept: application/json` or `?format=json`), 200 when every dependency
// answers and 503 naming the one that does not; and, for people, the 503 page while the database
// is down (the status page in app/health renders when it is up).
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseOutage, RETRY_AFTER_SECONDS } from "@/lib/core/availability";
import { answerUnavailable } from "./outage";
import { healthReport } from "./status";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function serveHealthJson(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  if (pathname !== "/health" || (request.method !== "GET" && request.method !== "HEAD")) return false;
  const json = (request.headers.accept ?? "").includes("application/json") || (request.url ?? "").includes("format=json");
  if (!json && !databaseOutage()) return false;
  void healthReport().then(
    (report) => {
      if (!json) {
        const lines = Object.entries(report.dependencies).map(([name, status]) => `${name}: ${status.ok ? "ok" : "DOWN"}, ${status.detail}`);
        return answerUnavailable(request, response, { detail: lines.map(escapeHtml).join("<br>") });
      }
      const body = JSON.stringify(report);
      response.writeHead(report.ok ? 200 : 503, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        ...(report.ok ? {} : { "retry-after": String(RETRY_AFTER_SECONDS) }),
      });
      response.end(body);
    },
    () => {
      if (!response.headersSent) response.writeHead(500).end();
    },
  );
  return true;
}
