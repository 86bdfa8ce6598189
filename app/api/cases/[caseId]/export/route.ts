import { auditAccess } from "@/lib/audit/access";
import { getViewer } from "@/lib/auth/session";
import { getCaseFile } from "@/lib/cases/file";

export async function GET(_request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to export cases." }, { status: 401 });
  const { caseId } = await params;
  const file = await getCaseFile(viewer, caseId);
  if (!file) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
  await auditAccess(viewer, "case.export", caseId, { visibility: file.case.visibility, teamId: file.case.teamId ?? null });
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="rounds-case-${caseId}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
