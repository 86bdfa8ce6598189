import { auditAccess } from "@/lib/audit/access";
import { getViewer } from "@/lib/auth/session";
import { getCaseFile } from "@/lib/cases/file";
import { buildCaseArchive } from "@/lib/archive/export";

/** `?format=zip`: the case with its images as one archive (lib/archive/export.ts); else the case file's JSON. */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to export cases." }, { status: 401 });
  const { caseId } = await params;
  if (new URL(request.url).searchParams.get("format") === "zip") {
    const archive = await buildCaseArchive(viewer, caseId);
    if (!archive) return Response.json({ error: "That case does not exist or you do not have access to it." }, { status: 404 });
    await auditAccess(viewer, "case.export", caseId, { visibility: archive.file.case.visibility, teamId: archive.file.case.teamId ?? null });
    return new Response(new Uint8Array(archive.zip), {
      headers: {
        "content-type": "application/zip",
        "content-length": String(archive.zip.byteLength),
        "content-disposition": `attachment; filename="rounds-case-${caseId}.zip"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  }
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
