import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { requireViewer } from "@/lib/auth/session";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import { getSchedulingOptions, listConferences, type ConferenceListItem } from "@/lib/conferences/queries";

export const metadata: Metadata = { title: "Conferences" };

const STATUS_BADGE = {
  live: "bg-red-100 text-red-800",
  scheduled: "bg-slate-100 text-slate-700",
  ended: "bg-emerald-50 text-emerald-800",
} as const;

function ConferenceRow({ conference }: { conference: ConferenceListItem }) {
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3" data-testid="conference-row">
      <div className="min-w-0 flex-1">
        <Link href={`/conferences/${conference.id}`} className="font-medium text-brand-800 hover:underline">{conference.title}</Link>
        <p className="text-sm text-slate-600">
          {CONFERENCE_KIND_LABELS[conference.kind]} · {conference.teamName} · <DateTime iso={conference.startsAt} style="datetime" /> · {conference.durationMinutes} min
          {conference.location ? <> · {conference.location}</> : null}
        </p>
        <p className="text-xs text-slate-500">
          Presenter {conference.presenterName} · {conference.caseCount} {conference.caseCount === 1 ? "case" : "cases"}
        </p>
      </div>
      <span className={`badge ${STATUS_BADGE[conference.status]}`}>{conference.status === "live" ? "Live now" : conference.status === "ended" ? "Ended" : "Scheduled"}</span>
      {conference.status === "ended" ? <Link className="btn-ghost" href={`/conferences/${conference.id}/summary`}>Summary</Link> : null}
    </li>
  );
}

export default async function ConferencesPage() {
  const viewer = await requireViewer("/conferences");
  const [{ upcoming, past }, teams] = await Promise.all([listConferences(viewer), getSchedulingOptions(viewer)]);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Conferences</h1>
          <p className="text-slate-600">Teaching conferences and MDT meetings of your teams, and sessions you joined.</p>
        </div>
        <div className="flex gap-2">
          <Link className="btn-ghost" href="/join">Join with a code</Link>
          {teams.length > 0 ? <Link className="btn-primary" href="/conferences/new">Schedule a conference</Link> : null}
        </div>
      </div>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-2 font-semibold">Upcoming and live</h2>
        {upcoming.length === 0 ? (
          <p className="card p-4 text-sm text-slate-600">Nothing scheduled. {teams.length > 0 ? "Schedule a conference to build its agenda from the case library." : "Conferences your teams schedule will appear here."}</p>
        ) : (
          <ul className="card divide-y divide-slate-100">{upcoming.map((conference) => <ConferenceRow key={conference.id} conference={conference} />)}</ul>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past" className="mb-2 font-semibold">Past</h2>
        {past.length === 0 ? (
          <p className="card p-4 text-sm text-slate-600">No past conferences yet.</p>
        ) : (
          <ul className="card divide-y divide-slate-100">{past.map((conference) => <ConferenceRow key={conference.id} conference={conference} />)}</ul>
        )}
      </section>
    </div>
  );
}
