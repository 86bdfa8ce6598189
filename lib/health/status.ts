// What /health reports: each dependency the app needs and whether it answers now. JSON for load
// balancers and monitors (server.ts answers `GET /health` with `Accept: application/json` itself,
// without Next.js), the status page for people.
import "server-only";
import { databaseOutage, probeDatabase } from "@/lib/core/availability";
import { liveHub } from "@/lib/live/hub";

export interface DependencyStatus {
  ok: boolean;
  /** Human-readable: "answered in 1.2 ms", "unreachable since 06:01:02 (ECONNREFUSED)". */
  detail: string;
}

export interface HealthReport {
  ok: boolean;
  dependencies: { database: DependencyStatus; live: DependencyStatus };
}

export async function healthReport(): Promise<HealthReport> {
  const probe = await probeDatabase();
  const outage = databaseOutage();
  const database: DependencyStatus = probe.ok
    ? { ok: true, detail: `answered in ${probe.latencyMs} ms` }
    : { ok: false, detail: `unreachable${outage ? ` since ${outage.since.toISOString()}` : ""} (${probe.ok ? "" : probe.reason})` };
  const live = liveListenerDetail();
  return { ok: database.ok && live.ok, dependencies: { database, live } };
}

/** The LISTEN connection that feeds this instance's live streams. */
export function liveListenerDetail(): DependencyStatus {
  const listening = liveHub.state();
  if (listening === "listening") return { ok: true, detail: "listening for events" };
  if (listening === "idle") return { ok: true, detail: "not listening yet (starts with the first stream or search)" };
  return { ok: false, detail: "reconnecting to the database; open streams catch up when it returns" };
}
