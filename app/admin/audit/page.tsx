import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/audit-table";
import { auditFilter, listAudit, type AuditFilter } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit trail" };

/** The whole trail, for administrators. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/admin/audit");
  const filter = auditFilter.safeParse(await searchParams);
  const query: AuditFilter = filter.success ? filter.data : { action: undefined, actor: undefined };
  const rows = await listAudit(viewer, null, query);
  if (!rows) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Audit trail (all teams)</h1>
        <Link className="text-brand-700 underline" href="/admin/users">People and roles</Link>
      </div>
      <AuditTable rows={rows} filter={query} />
    </div>
  );
}
