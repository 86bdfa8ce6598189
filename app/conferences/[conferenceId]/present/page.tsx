import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { Presenter } from "@/components/conferences/presenter";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getPresenterView } from "@/lib/conferences/live-queries";
import { appOrigin } from "@/lib/http/origin";

export const generateMetadata = conferencePageMetadata("Presenter");

export default async function PresentPage({ params }: { params: Promise<{ conferenceId: string }> }) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/present`);
  const view = await getPresenterView(viewer, conferenceId);
  // Anyone but the presenter: as if the page did not exist.
  if (!view) notFound();
  const joinUrl = `${await appOrigin()}/join?code=${view.joinCode}`;
  const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold text-slate-700">{view.title} <span className="font-normal text-slate-500">· presenter</span></h1>
      <Presenter initial={view} qrSvg={qrSvg} joinUrl={joinUrl} />
    </div>
  );
}
