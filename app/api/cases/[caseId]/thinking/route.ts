// Differentials and votes as this viewer may see them (blind-first rules applied on the server).
import { getViewer } from "@/lib/auth/session";
import { getThinking } from "@/lib/votes/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { caseId } = await params;
  const thinking = await getThinking(viewer, caseId);
  if (!thinking) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  return Response.json(thinking, { headers: { "cache-control": "private, no-store" } });
}
