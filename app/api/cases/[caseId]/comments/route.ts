// A window of whole threads: the discussion's "show more threads", its sort and study filter,
// and permalinks into a thread the page did not load.
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { getDiscussion } from "@/lib/discussion/queries";
import { DISCUSSION_SORTS } from "@/lib/discussion/schema";

const windowQuery = z.object({
  sort: z.enum(DISCUSSION_SORTS).default("oldest"),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  study: z.string().max(40).optional(),
  threadOf: z.string().max(40).optional(),
});

export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to read the discussion." }, { status: 401 });
  const parsed = windowQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Invalid sort, offset or filter." }, { status: 400 });
  const { caseId } = await params;
  const { sort, offset, study, threadOf } = parsed.data;
  const discussion = await getDiscussion(viewer, caseId, { sort, threadOffset: offset, studyId: study ?? null, threadOf });
  if (!discussion) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  const { comments, totalThreads, nextOffset } = discussion;
  return Response.json({ comments, totalThreads, nextOffset }, { headers: { "cache-control": "private, no-store" } });
}
