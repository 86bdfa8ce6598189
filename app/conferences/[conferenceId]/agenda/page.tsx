import { notFound } from "next/navigation";
import { AgendaEditor } from "@/components/conferences/agenda-editor";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ScheduleForm } from "@/components/conferences/schedule-form";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getAgendaEditor, getConferenceHeader } from "@/lib/conferences/queries";

type Props = { params: Promise<{ conferenceId: string }> };

export const generateMetadata = conferencePageMetadata("Agenda");

export default async function AgendaPage({ params }: Props) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/agenda`);
  const [header, view] = await Promise.all([getConferenceHeader(viewer, conferenceId), getAgendaEditor(viewer, conferenceId)]);
  if (!header || !view) notFound();
  const { schedule, members, teamName, ...agenda } = view;

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <ConferenceHeader header={header} current="agenda" />

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
