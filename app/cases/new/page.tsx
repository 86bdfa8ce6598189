import type { Metadata } from "next";
import { CaseForm } from "@/components/cases/case-form";
import { requireViewer } from "@/lib/auth/session";
import { listDiagnosisNames } from "@/lib/diagnoses/queries";
import { listAuthorTeams } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { team } = await searchParams;
  const viewer = await requireViewer("/cases/new");
  const [diagnosisNames, teams] = await Promise.all([listDiagnosisNames(), listAuthorTeams(viewer)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New case</h1>
        <p className="text-slate-600">Tell the story in order: presentation, each study with its findings, what happened in between, and the answer.</p>
      </div>
      <CaseForm mode="create" diagnosisNames={diagnosisNames} teams={teams} defaultTeamId={teams.find((t) => t.id === team)?.id ?? null} />
    </div>
  );
}
