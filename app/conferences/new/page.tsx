import type { Metadata } from "next";
import { ScheduleForm } from "@/components/conferences/schedule-form";
import { requireViewer } from "@/lib/auth/session";
import { getSchedulingOptions } from "@/lib/conferences/queries";

export const metadata: Metadata = { title: "Schedule a conference" };

export default async function NewConferencePage() {
  const viewer = await requireViewer("/conferences/new");
  const teams = await getSchedulingOptions(viewer);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Schedule a conference</h1>
        <p className="text-slate-600">A teaching conference steps an audience through cases live; an MDT meeting records a consensus outcome for each case.</p>
      </div>
      <ScheduleForm teams={teams} viewerId={viewer.id} />
    </div>
  );
}
