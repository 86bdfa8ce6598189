// `generateMetadata` for a conference page: "Agenda: Foot and ankle MDT". Kept apart from the
// queries so that they do not depend on the request's session module (scripts import them).
import "server-only";
import { getViewer } from "@/lib/auth/session";
import { getConferenceHeader } from "./queries";

export function conferencePageMetadata(page: string) {
  return async ({ params }: { params: Promise<{ conferenceId: string }> }) => {
    const { conferenceId } = await params;
    const viewer = await getViewer();
    const header = viewer ? await getConferenceHeader(viewer, conferenceId) : null;
    return { title: header ? `${page}: ${header.title}` : "Conference not found" };
  };
}
