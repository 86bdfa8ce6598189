import type { Metadata } from "next";
import { ImportForm } from "@/components/cases/import-form";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import a case" };

export default async function ImportPage() {
  await requireViewer("/cases/import");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">Import a case</h1>
      <p className="text-slate-600">
        Import a file made by <strong>Export JSON</strong> on a case page (here or on another Rounds installation). The whole file is checked
        first: if anything is wrong you get the list, and nothing is imported. The imported case is yours.
      </p>
      <div className="card p-5"><ImportForm /></div>
    </div>
  );
}
