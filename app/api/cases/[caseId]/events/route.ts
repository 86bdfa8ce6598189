// Server-Sent Events for one case. 401 without a session, 404 for a case the viewer may not see
// (checked when subscribing). Each event carries its log id, so the browser's automatic
// reconnect (Last-Event-ID) or `?after=` replays exactly what was missed.
import { getViewer } from "@/lib/auth/session";
import { openCaseStream } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to follow this case live." }, { status: 401 });
  const { caseId } = await params;
  const after = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  const stream = await openCaseStream(viewer, caseId, after, request.signal);
  if (!stream) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
