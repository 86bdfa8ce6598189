import type { Metadata } from "next";
import { databaseLatencyMs } from "@/lib/health/queries";
import { liveListenerDetail } from "@/lib/health/status";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

/**
 * A public status page: the app answers, the database responds, and live updates listen (also the
 * bench's floor). While the database is down the app's server answers 503 in its place, naming the
 * dependency (lib/health/http.ts); monitors ask for `Accept: application/json`.
 */
export default async function HealthPage() {
  const latency = await databaseLatencyMs();
  const live = liveListenerDetail();
  return (
    <div className="card mx-auto max-w-md p-6 text-center">
      <h1 className="text-xl font-semibold">Rounds is running</h1>
      <p className="mt-2 text-sm text-slate-600" data-testid="db-latency">Database answered in {latency} ms.</p>
      <p className="mt-1 text-sm text-slate-600" data-testid="live-listener">Live updates: {live.detail}.</p>
    </div>
  );
}
