// GET a series' marks (arrows, circles, labels) by image id, as this viewer may see them
// (lib/annotations/queries.ts); 404 for a series they may not see.
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { listSeriesAnnotations } from "@/lib/annotations/queries";

const params = z.object({ seriesId: z.string().min(1).max(40) });
const notFound = () => Response.json({ ok: false, code: "not_found", message: "That series does not exist or you do not have access to it." }, { status: 404 });

export async function GET(_request: Request, context: { params: Promise<{ seriesId: string }> }) {
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return notFound();
  const data = await listSeriesAnnotations(await getViewer(), parsed.data.seriesId);
  if (!data) return notFound();
  return Response.json({ ok: true, data }, { headers: { "cache-control": "private, no-cache" } });
}
