// An MDT outcome as a FHIR R4 CarePlan resource (application/fhir+json). Team members only.
import { getViewer } from "@/lib/auth/session";
import { getOutcomeCarePlan } from "@/lib/conferences/fhir";

export const dynamic = "force-dynamic";

const outcomeIssue = (code: string, diagnostics: string) => ({ resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] });

export async function GET(request: Request, { params }: { params: Promise<{ outcomeId: string }> }) {
  const viewer = await getViewer();
  const headers = { "content-type": "application/fhir+json; charset=utf-8", "cache-control": "private, no-store" };
  if (!viewer) return new Response(JSON.stringify(outcomeIssue("login", "Sign in to export outcomes.")), { status: 401, headers });
  const { outcomeId } = await params;
  const carePlan = await getOutcomeCarePlan(viewer, outcomeId, new URL(request.url).origin);
  if (!carePlan) return new Response(JSON.stringify(outcomeIssue("not-found", "That outcome does not exist or you do not have access to it.")), { status: 404, headers });
  return new Response(JSON.stringify(carePlan, null, 2), { headers });
}
