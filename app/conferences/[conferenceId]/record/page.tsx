import { notFound } from "next/navigation";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { MeetingRecordView } from "@/components/conferences/meeting-record";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getConferenceHeader } from "@/lib/conferences/queries";
import { getMeetingRecord } from "@/lib/conferences/record-queries";

type Props = { params: Promise<{ conferenceId: string }> };

export const generateMetadata = conferencePageMetadata("Meeting record");

export default async function MeetingRecordPage({ params }: Props) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/record`);
  const [record, header] = await Promise.all([getMeetingRecord(viewer, conferenceId), getConferenceHeader(viewer, conferenceId)]);
  if (!record || !header) notFound();

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <ConferenceHeader header={header} current="record" />
      {record.recordOpen && !record.canRecordOutcome ? (
        <p className="text-sm text-slate-600">The meeting&apos;s organisers, presenter and chair record attendance and outcomes; the chair signs outcomes off.</p>
      ) : null}
      <MeetingRecordView record={record} />
    </div>
  );
}
