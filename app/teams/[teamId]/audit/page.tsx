import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/audit-table";
import { auditFilter, listAudit, type AuditFilter } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit trail" };

export default async function TeamAuditPage({ params, searchParams }: { params: Promise<{ teamId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { teamId } = await params;
  const viewer = await requireViewer(`/teams/${teamId}/audit`);
  const filter = auditFilter.safeParse(await searchParams);
  const query: AuditFilter = filter.success ? filter.data : { action: undefined, actor: undefined };
  const rows = await listAudit(viewer, teamId, query);
  if (!rows) notFound();
  const csv = `/api/teams/${teamId}/audit?${new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit trail</h1>
      <p className="text-slate-600">Every change, export, sign-in and view of this team's cases. The trail cannot be edited.</p>
      <AuditTable rows={rows} csvHref={csv} filter={query} />
    </div>
  );
}
