import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { Projector } from "@/components/conferences/projector";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getPresenterView } from "@/lib/conferences/live-queries";
import { appOrigin } from "@/lib/http/origin";

export const generateMetadata = conferencePageMetadata("Projector");

/** The presenter's second screen (issue 26 item 13): what the room sees, nothing to press. */
export default async function ProjectorPage({ params }: { params: Promise<{ conferenceId: string }> }) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/project`);
  const view = await getPresenterView(viewer, conferenceId);
  if (!view) notFound();
  const joinUrl = `${await appOrigin()}/join?code=${view.joinCode}`;
  const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return <Projector initial={view} qrSvg={qrSvg} joinUrl={joinUrl} />;
}
