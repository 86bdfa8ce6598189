import { getViewer } from "@/lib/auth/session";
import { getMentionCandidates } from "@/lib/discussion/queries";

export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { caseId } = await params;
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const users = await getMentionCandidates(viewer, caseId, query);
  if (!users) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  return Response.json(users, { headers: { "cache-control": "private, no-store" } });
}
