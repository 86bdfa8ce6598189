import type { Metadata } from "next";
import { databaseLatencyMs } from "@/lib/health/queries";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

/** A public status page: the app answers and the database responds (also the bench's floor). */
export default async function HealthPage() {
  const latency = await databaseLatencyMs();
  return (
    <div className="card mx-auto max-w-md p-6 text-center">
      <h1 className="text-xl font-semibold">Rounds is running</h1>
      <p className="mt-2 text-sm text-slate-600" data-testid="db-latency">Database answered in {latency} ms.</p>
    </div>
  );
}
