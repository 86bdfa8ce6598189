import Link from "next/link";
import { notFound } from "next/navigation";
import { DateTime } from "@/components/ui/date-time";
import { PrintButton } from "@/components/conferences/print-button";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getMeetingRecord, type MeetingRecord, type OutcomeView } from "@/lib/conferences/record-queries";

type Props = { params: Promise<{ conferenceId: string }> };

export const generateMetadata = conferencePageMetadata("Minutes");


function Entry({ label, value, empty = "Not recorded" }: { label: string; value: string; empty?: string }) {
  return (
    <div className="break-inside-avoid">
      <dt className="font-medium text-slate-800">{label}</dt>
      <dd className="break-words whitespace-pre-wrap text-slate-700">{value.trim() ? value : <span className="text-slate-500">{empty}</span>}</dd>
    </div>
  );
}

function OutcomeMinutes({ outcome }: { outcome: OutcomeView | null }) {
  if (!outcome) return <p className="text-sm font-medium text-slate-700">No outcome recorded.</p>;
  return (
    <div className="space-y-3">
      <dl className="space-y-2 text-sm">
        <Entry label="Consensus recommendation" value={outcome.current.recommendation} />
        <Entry label="Management plan" value={outcome.current.managementPlan} />
        <Entry label="Follow-up" value={outcome.current.followUp} />
        <Entry label="Dissent noted" value={outcome.current.dissent} empty="None noted" />
      </dl>
      <p className="text-sm font-medium">
        {outcome.signedOff ? <>Signed off by {outcome.signedOff.by} on <DateTime iso={outcome.signedOff.at} />.</> : "Not signed off — draft."}
      </p>
      {outcome.amendments.length > 0 ? (
        <div className="space-y-2 text-sm">
          <p className="font-medium">
            Amended after sign-off ({outcome.amendments.length} {outcome.amendments.length === 1 ? "amendment" : "amendments"}); the text above is the current wording.
          </p>
          <ol className="list-decimal space-y-1 pl-5">
            {outcome.amendments.map((amendment) => (
              <li key={amendment.id} className="break-words">
                <DateTime iso={amendment.at} />, {amendment.by}: {amendment.reason}
              </li>
            ))}
          </ol>
          <div className="rounded-md border border-slate-200 p-3">
            <p className="font-medium">Original wording, as signed off</p>
            <dl className="mt-1 space-y-2">
              <Entry label="Consensus recommendation" value={outcome.original.recommendation} />
              <Entry label="Management plan" value={outcome.original.managementPlan} />
              <Entry label="Follow-up" value={outcome.original.followUp} />
              <Entry label="Dissent noted" value={outcome.original.dissent} empty="None noted" />
            </dl>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function QuorumLine({ quorum }: { quorum: MeetingRecord["quorum"] }) {
  if (quorum.required.length === 0) return <p className="text-sm">Quorum: no specialties are required for this team.</p>;
  return quorum.missing.length > 0 ? (
    <p className="text-sm font-medium" data-testid="quorum-warning">Quorum missing: no {quorum.missing.join(", ")} present (required: {quorum.required.join(", ")}).</p>
  ) : (
    <p className="text-sm">Quorate: {quorum.required.join(", ")} present.</p>
  );
}

export default async function MinutesPage({ params }: Props) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/minutes`);
  const record = await getMeetingRecord(viewer, conferenceId);
  if (!record) notFound();

  return (
    <article className="card mx-auto max-w-3xl space-y-8 p-4 sm:p-8" data-testid="minutes">
      <div className="flex flex-wrap items-center justify-between gap-2" data-print-hide>
        <Link href={`/conferences/${record.id}/record`} className="text-sm text-brand-700 underline">Back to the meeting record</Link>
        <PrintButton label="Print minutes" />
      </div>

      <header className="space-y-1">
        <p className="text-sm text-slate-600">{record.teamName}</p>
        <h1 className="text-2xl font-semibold break-words">Minutes: {record.title}</h1>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Date</dt>
          <dd>
            <DateTime iso={record.startsAt} style="long-datetime" />
          </dd>
          <dt className="font-medium">Location</dt>
          <dd className="break-words">{record.location || "Not recorded"}</dd>
          <dt className="font-medium">Chair</dt>
          <dd>{record.chairName ?? "Not set"}</dd>
          <dt className="font-medium">Presenter</dt>
          <dd>{record.presenterName}</dd>
        </dl>
      </header>

      <section aria-labelledby="present-heading" className="space-y-2">
        <h2 id="present-heading" className="text-lg font-semibold">Present</h2>
        {record.attendees.length === 0 ? (
          <p className="text-sm">No attendance recorded.</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Attendance (scrolls sideways on narrow screens)">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1.5 pr-4 font-medium">Name</th>
                  <th scope="col" className="py-1.5 font-medium">Specialty</th>
                </tr>
              </thead>
              <tbody>
                {record.attendees.map((attendee) => (
                  <tr key={attendee.id} className="border-b border-slate-100">
                    <td className="py-1.5 pr-4 break-words">{attendee.name}{attendee.userId === null ? " (visitor)" : ""}</td>
                    <td className="py-1.5">{attendee.specialty}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <QuorumLine quorum={record.quorum} />
      </section>

      {record.items.length === 0 ? (
        <p className="text-sm">No cases were on the agenda.</p>
      ) : (
        <div className="space-y-8">
          {record.items.map((item) => (
            <section key={item.itemId} aria-labelledby={`case-${item.itemId}`} className="minutes-case space-y-3 border-t border-slate-200 pt-6" data-testid="minutes-case">
              <div>
                <h2 id={`case-${item.itemId}`} className="text-lg font-semibold break-words">Case {item.position}: {item.title}</h2>
                <p className="text-sm text-slate-600">{item.patient}</p>
              </div>
              <dl className="space-y-2 text-sm">
                <Entry label="Clinical question" value={item.intake.clinicalQuestion} />
                <Entry label="Presenting clinician" value={item.intake.presentingClinician} />
              </dl>
              <h3 className="font-semibold">Outcome</h3>
              <OutcomeMinutes outcome={item.outcome} />
            </section>
          ))}
        </div>
      )}
    </article>
  );
}
