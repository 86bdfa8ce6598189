import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseForm } from "@/components/cases/case-form";
import { requireViewer } from "@/lib/auth/session";
import { getCaseForEdit } from "@/lib/cases/file";
import { listDiagnosisNames } from "@/lib/diagnoses/queries";
import { listAuthorTeams } from "@/lib/teams/queries";
import { getCaseImagesForEdit } from "@/lib/imaging/queries";
import { ReidentificationRisks } from "@/components/deidentify/reidentification-risks";
import { caseFields } from "@/lib/cases/identifiers";
import { reidentificationRisks } from "@/lib/deidentify/risk";
import { isRareDiagnosis } from "@/lib/diagnoses/rare";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const viewer = await requireViewer(`/cases/${caseId}/edit`);
  const [form, diagnosisNames, teams, images] = await Promise.all([getCaseForEdit(viewer, caseId), listDiagnosisNames(), listAuthorTeams(viewer), getCaseImagesForEdit(viewer, caseId)]);
  if (!form) notFound();
  // A rare diagnosis beside a town, a job or an extreme age band (issue 25 item 7).
  const diagnosis = form.value.resolution.diagnosis;
  const risks = reidentificationRisks({
    texts: Object.values(caseFields(form.value)).filter((text): text is string => Boolean(text)),
    ageBand: form.value.ageBand,
    diagnosisName: diagnosis,
    rareDiagnosis: await isRareDiagnosis(diagnosis),
  });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Edit case</h1>
      <ReidentificationRisks risks={risks} />
      <CaseForm mode="edit" caseId={form.caseId} updatedAt={form.updatedAt} initial={form.value} diagnosisNames={diagnosisNames} teams={teams} images={images ?? undefined} />
    </div>
  );
}
