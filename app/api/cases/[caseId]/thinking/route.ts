// Differentials and votes as this viewer may see them (blind-first rules applied on the server).
// `?rows=N` returns the first N rows of each ranked list, as the case page's preview does.
import { getViewer } from "@/lib/auth/session";
import { getThinking } from "@/lib/thinking/queries";
import { thinkingQuery } from "@/lib/thinking/schema";

export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in first." }, { status: 401 });
  const parsed = thinkingQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid query." }, { status: 400 });
  const { caseId } = await params;
  const thinking = await getThinking(viewer, caseId, { rows: parsed.data.rows });
  if (!thinking) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  return Response.json(thinking, { headers: { "cache-control": "private, no-store" } });
}
