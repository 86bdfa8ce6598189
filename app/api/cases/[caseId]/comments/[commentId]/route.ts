// One comment as the viewer may see it: what the live client fetches after an event.
import { getViewer } from "@/lib/auth/session";
import { getComment } from "@/lib/discussion/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string; commentId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to read the discussion." }, { status: 401 });
  const { caseId, commentId } = await params;
  const comment = await getComment(viewer, caseId, commentId);
  if (!comment) return Response.json({ error: "That comment does not exist or you do not have access to it." }, { status: 404 });
  return Response.json(comment, { headers: { "cache-control": "private, no-store" } });
}
