// Server-Sent Events for one conference: "state" (refetch the live view) and "tally" (counts).
import { getViewer } from "@/lib/auth/session";
import { openConferenceStream } from "@/lib/conferences/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conferenceId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to follow this conference." }, { status: 401 });
  const { conferenceId } = await params;
  const stream = await openConferenceStream(viewer, conferenceId, request.signal);
  if (!stream) return Response.json({ error: "That conference does not exist or you do not have access to it." }, { status: 404 });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
