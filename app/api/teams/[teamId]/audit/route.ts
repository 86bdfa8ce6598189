// The team's audit trail as CSV, for its owners (and admins).
import { auditFilter, listAudit, toCsv } from "@/lib/audit/queries";
import { getViewer } from "@/lib/auth/session";

export async function GET(request: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { teamId } = await params;
  const filter = auditFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filter.success) return Response.json({ error: "Invalid filter." }, { status: 400 });
  const rows = await listAudit(viewer, teamId, filter.data, 50_000);
  if (!rows) return Response.json({ error: "That team does not exist or you cannot read its trail." }, { status: 404 });
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${teamId}.csv"`, "cache-control": "private, no-store" },
  });
}
