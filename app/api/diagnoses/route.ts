import { getViewer } from "@/lib/auth/session";
import { searchCatalogue } from "@/lib/diagnoses/queries";

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in first." }, { status: 401 });
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return Response.json(await searchCatalogue(viewer, query), { headers: { "cache-control": "private, max-age=30" } });
}
