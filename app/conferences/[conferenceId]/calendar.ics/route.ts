// The conference as a calendar file (.ics) for Outlook, Google Calendar or Apple Calendar.
import { getViewer } from "@/lib/auth/session";
import { getCalendarFile } from "@/lib/conferences/ics";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conferenceId: string }> }) {
  const viewer = await getViewer();
  const { conferenceId } = await params;
  if (!viewer) return Response.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(`/conferences/${conferenceId}/calendar.ics`)}`, request.url), 303);
  const file = await getCalendarFile(viewer, conferenceId, new URL(request.url).origin);
  if (!file) return new Response("That conference does not exist or you do not have access to it.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(file.body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
