import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { DiagnosisPage } from "@/components/diagnoses/diagnosis-page";
import { requireViewer } from "@/lib/auth/session";
import { getDiagnosisPage } from "@/lib/pages/diagnosis-page";

type Props = { params: Promise<{ diagnosisId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { diagnosisId } = await params;
  const viewer = await requireViewer(`/diagnoses/${diagnosisId}`);
  const view = await getDiagnosisPage(viewer, diagnosisId);
  return { title: view?.name ?? "Diagnosis" };
}

export default async function DiagnosisRoute({ params }: Props) {
  const { diagnosisId } = await params;
  const viewer = await requireViewer(`/diagnoses/${diagnosisId}`);
  const view = await getDiagnosisPage(viewer, diagnosisId);
  if (!view) notFound();
  if (view.mergedIntoId) redirect(`/diagnoses/${view.mergedIntoId}`);
  return <DiagnosisPage view={view} />;
}
