// The live view as JSON: what the audience may see now (or, with ?as=presenter, the presenter's
// screen). Built from the conference's live state on every request; never cached.
import { getViewer } from "@/lib/auth/session";
import { getLiveView, getPresenterView } from "@/lib/conferences/live-queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ conferenceId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to follow this conference." }, { status: 401 });
  const { conferenceId } = await params;
  const presenter = new URL(request.url).searchParams.get("as") === "presenter";
  const view = presenter ? await getPresenterView(viewer, conferenceId) : await getLiveView(viewer, conferenceId);
  if (!view) return Response.json({ error: "That conference does not exist or you do not have access to it." }, { status: 404 });
  return Response.json(view, { headers: { "cache-control": "no-store" } });
}
