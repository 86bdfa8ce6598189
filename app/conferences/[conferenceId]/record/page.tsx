import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LocalTime } from "@/components/conferences/local-time";
import { MeetingRecordView } from "@/components/conferences/meeting-record";
import { getViewer, requireViewer } from "@/lib/auth/session";
import { getMeetingRecord } from "@/lib/conferences/queries";

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
  const record = await loadRecord(viewer, conferenceId);
  if (!record) notFound();
  const base = `/conferences/${record.id}`;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">MDT meeting record · {record.teamName}</p>
        <h1 className="text-2xl font-semibold break-words">{record.title}</h1>
        <p className="text-sm text-slate-700">
          <LocalTime iso={record.startsAt} /> · {record.durationMinutes} min
          {record.location ? <> · {record.location}</> : null}
        </p>
        <p className="text-sm text-slate-600">
          Chair {record.chairName ?? "not set"} · Presenter {record.presenterName}
        </p>
        <nav aria-label="Conference pages" className="flex flex-wrap gap-2 pt-1">
          <Link className="btn-secondary px-3 py-1.5" href={`${base}/agenda`}>Agenda</Link>
          <Link className="btn-secondary px-3 py-1.5" href={`${base}/minutes`}>Minutes</Link>
          <Link className="btn-secondary px-3 py-1.5" href={base}>Audience view</Link>
        </nav>
        {!record.canRecordOutcome ? (
          <p className="text-sm text-slate-600">The meeting&apos;s organisers, presenter and chair record attendance and outcomes; the chair signs outcomes off.</p>
        ) : null}
      </header>
      <MeetingRecordView record={record} />
    </div>
  );
}
