import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AgendaEditor } from "@/components/conferences/agenda-editor";
import { LocalTime } from "@/components/conferences/local-time";
import { ScheduleForm } from "@/components/conferences/schedule-form";
import { getViewer, requireViewer } from "@/lib/auth/session";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import { getAgendaEditor, getConferenceHeader } from "@/lib/conferences/queries";

type Props = { params: Promise<{ conferenceId: string }> };

// Shared by generateMetadata and the page within one request.
const loadHeader = cache(getConferenceHeader);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conferenceId } = await params;
  const viewer = await getViewer();
  const header = viewer ? await loadHeader(viewer, conferenceId) : null;
  return { title: header ? `Agenda: ${header.title}` : "Conference not found" };
}

const STATUS = {
  live: { label: "Live now", className: "bg-red-100 text-red-800" },
  scheduled: { label: "Scheduled", className: "bg-slate-100 text-slate-700" },
  ended: { label: "Ended", className: "bg-emerald-50 text-emerald-800" },
} as const;

export default async function AgendaPage({ params }: Props) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/agenda`);
  const [header, view] = await Promise.all([loadHeader(viewer, conferenceId), getAgendaEditor(viewer, conferenceId)]);
  if (!header || !view) notFound();
  const { schedule, members, teamName, ...agenda } = view;
  const base = `/conferences/${header.id}`;
  const status = STATUS[header.status];

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <span>{CONFERENCE_KIND_LABELS[header.kind]}</span>
          <span aria-hidden>·</span>
          {header.isMember ? (
            <Link href={`/teams/${header.team.id}`} className="text-brand-700 underline">{header.team.name}</Link>
          ) : (
            <span>{header.team.name}</span>
          )}
          <span className={`badge ${status.className}`}>{status.label}</span>
        </p>
        <h1 className="text-2xl font-semibold break-words">{header.title}</h1>
        <p className="text-sm text-slate-700">
          <LocalTime iso={header.startsAt} /> · {header.durationMinutes} min
          {header.location ? <> · {header.location}</> : null}
        </p>
        <p className="text-sm text-slate-600">
          Presenter {header.presenterName}
          {header.chairName ? <> · Chair {header.chairName}</> : null}
          {header.joinCode ? <> · Join code <span className="font-mono font-medium tracking-wider text-slate-800">{header.joinCode}</span></> : null}
          {header.videoUrl ? <> · <a href={header.videoUrl} className="text-brand-700 underline" target="_blank" rel="noopener noreferrer">Video link</a></> : null}
        </p>
        <nav aria-label="Conference pages" className="flex flex-wrap gap-2 pt-1">
          <Link className="btn-secondary px-3 py-1.5" href={base}>Audience view</Link>
          {header.canPresent ? <Link className="btn-secondary px-3 py-1.5" href={`${base}/present`}>Present</Link> : null}
          <a className="btn-secondary px-3 py-1.5" href={`${base}/calendar.ics`}>Calendar (.ics)</a>
          {header.kind === "mdt" && header.canReadOutcomes ? (
            <>
              <Link className="btn-secondary px-3 py-1.5" href={`${base}/record`}>Meeting record</Link>
              <Link className="btn-secondary px-3 py-1.5" href={`${base}/minutes`}>Minutes</Link>
            </>
          ) : null}
          <Link className="btn-secondary px-3 py-1.5" href={`${base}/summary`}>Summary</Link>
        </nav>
      </header>

      {agenda.canManage ? (
        <details className="group">
          <summary className="btn-ghost cursor-pointer px-3 select-none">
            <span aria-hidden className="inline-block transition-transform group-open:rotate-90">›</span>
            Edit schedule
          </summary>
          <div className="mt-3 max-w-3xl">
            <ScheduleForm
              viewerId={viewer.id}
              initial={schedule}
              teams={[{ id: schedule.teamId, name: teamName, kinds: [schedule.kind], members }]}
            />
          </div>
        </details>
      ) : null}

      <AgendaEditor
        conferenceId={header.id}
        teamId={schedule.teamId}
        kind={schedule.kind}
        durationMinutes={schedule.durationMinutes}
        agenda={agenda}
      />
    </div>
  );
}
