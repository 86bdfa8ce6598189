import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseForm } from "@/components/cases/case-form";
import { requireViewer } from "@/lib/auth/session";
import { getCaseForEdit } from "@/lib/cases/file";
import { listDiagnosisNames } from "@/lib/diagnoses/queries";
import { listAuthorTeams } from "@/lib/teams/queries";
import { getCaseImagesForEdit } from "@/lib/imaging/queries";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const viewer = await requireViewer(`/cases/${caseId}/edit`);
  const [form, diagnosisNames, teams, images] = await Promise.all([getCaseForEdit(viewer, caseId), listDiagnosisNames(), listAuthorTeams(viewer), getCaseImagesForEdit(viewer, caseId)]);
  if (!form) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Edit case</h1>
      <CaseForm mode="edit" caseId={form.caseId} updatedAt={form.updatedAt} initial={form.value} diagnosisNames={diagnosisNames} teams={teams} images={images ?? undefined} />
    </div>
  );
}
