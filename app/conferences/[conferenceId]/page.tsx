import { notFound } from "next/navigation";
import { Audience } from "@/components/conferences/audience";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { RunAgain } from "@/components/conferences/session-controls";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getConferenceHeader } from "@/lib/conferences/queries";
import { audienceView } from "@/lib/conferences/room";

export const generateMetadata = conferencePageMetadata("Live");

/** Audience mode: whoever may see the conference lands at the stage the presenter has reached. */
export default async function ConferencePage({ params }: { params: Promise<{ conferenceId: string }> }) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}`);
  const [header, live] = await Promise.all([getConferenceHeader(viewer, conferenceId), audienceView(viewer, conferenceId)]);
  if (!header || !live) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ConferenceHeader header={header} current="audience" />
      <Audience initial={live} />
      {header.status === "ended" && header.canManage ? <RunAgain conferenceId={header.id} startsAt={header.startsAt} /> : null}
    </div>
  );
}
