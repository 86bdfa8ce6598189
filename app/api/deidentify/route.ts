// POST /api/deidentify: the de-identification guard's findings for a form's fields while the
// author types (decision 050). The same findIdentifiers the actions run; they stay authoritative.
import { getViewer } from "@/lib/auth/session";
import { isRareDiagnosis } from "@/lib/diagnoses/rare";
import { scanFields } from "@/lib/deidentify/guard";
import { reidentificationRisks } from "@/lib/deidentify/risk";
import { CHECK_LIMIT_BYTES, checkInput } from "@/lib/deidentify/schema";
import { readTextBody } from "@/lib/http/body";

const noStore = { "cache-control": "no-store" };

export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to check text." }, { status: 401, headers: noStore });
  const body = await readTextBody(request, CHECK_LIMIT_BYTES);
  if (!body.ok) return Response.json({ error: "Too much text to check at once." }, { status: 413, headers: noStore });
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return Response.json({ error: "Send the fields as JSON." }, { status: 400, headers: noStore });
  }
  const parsed = checkInput.safeParse(json);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Send { fields: { name: text } }." }, { status: 400, headers: noStore });
  const { fields, risk } = parsed.data;
  const risks = risk
    ? reidentificationRisks({
        texts: Object.values(fields),
        ageBand: risk.ageBand,
        diagnosisName: risk.diagnosis,
        rareDiagnosis: await isRareDiagnosis(risk.diagnosis),
        visibility: risk.visibility,
        previousVisibility: risk.previousVisibility,
      })
    : [];
  return Response.json({ findings: scanFields(fields), risks }, { headers: noStore });
}
