import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { MeetingRecordView } from "@/components/conferences/meeting-record";
import { getViewer, requireViewer } from "@/lib/auth/session";
import { getConferenceHeader, getMeetingRecord } from "@/lib/conferences/queries";

type Props = { params: Promise<{ conferenceId: string }> };

// Shared by generateMetadata and the page within one request.
const loadRecord = cache(getMeetingRecord);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conferenceId } = await params;
  const viewer = await getViewer();
  const record = viewer ? await loadRecord(viewer, conferenceId) : null;
  return { title: record ? `Meeting record: ${record.title}` : "Meeting record not found" };
}

export default async function MeetingRecordPage({ params }: Props) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/record`);
  const [record, header] = await Promise.all([loadRecord(viewer, conferenceId), getConferenceHeader(viewer, conferenceId)]);
  if (!record || !header) notFound();

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <ConferenceHeader header={header} current="record" />
      {!record.canRecordOutcome ? (
        <p className="text-sm text-slate-600">The meeting&apos;s organisers, presenter and chair record attendance and outcomes; the chair signs outcomes off.</p>
      ) : null}
      <MeetingRecordView record={record} />
    </div>
  );
}
