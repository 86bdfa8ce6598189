import { DateTime } from "@/components/ui/date-time";
import type { AuditRow } from "@/lib/audit/queries";

export function AuditTable({ rows, csvHref, filter }: { rows: AuditRow[]; csvHref?: string; filter: { action?: string; actor?: string } }) {
  return (
    <div className="space-y-3">
      <form className="flex flex-wrap items-end gap-2" method="get">
        <label className="text-sm"><span className="field-label">Action starts with</span>
          <input className="field-input" name="action" defaultValue={filter.action ?? ""} placeholder="case." />
        </label>
        <label className="text-sm"><span className="field-label">Who (email or name)</span>
          <input className="field-input" name="actor" defaultValue={filter.actor ?? ""} />
        </label>
        <button type="submit" className="btn-secondary">Filter</button>
        {csvHref ? <a className="btn-ghost" href={csvHref}>Export CSV</a> : null}
      </form>
      {rows.length === 0 ? <p className="card p-4 text-sm text-slate-600">No events match.</p> : (
        <div className="card overflow-x-auto" tabIndex={0} role="region" aria-label="Audit events (scrolls sideways on narrow screens)">
          <table className="w-full text-left text-sm" data-testid="audit">
            <thead><tr className="text-slate-500"><th className="px-3 py-2">When</th><th>Who</th><th>Action</th><th>Resource</th><th>From</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100">
                  <td className="px-3 py-1 whitespace-nowrap"><DateTime iso={row.at} style="datetime" /></td>
                  <td>{row.actor ?? "—"}</td>
                  <td><code>{row.action}</code></td>
                  <td>{row.resourceType} <code className="text-xs">{row.resourceId}</code></td>
                  <td>{row.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
