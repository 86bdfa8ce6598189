const STYLES: Record<string, string> = {
  draft: "bg-slate-200 text-slate-700",
  open: "bg-sky-100 text-sky-800",
  unknown: "bg-amber-100 text-amber-900",
  resolved: "bg-emerald-100 text-emerald-800",
  archived: "bg-slate-100 text-slate-500",
};
const LABELS: Record<string, string> = {
  draft: "Draft",
  open: "Open",
  unknown: "Unknown case",
  resolved: "Resolved",
  archived: "Archived",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge shrink-0 whitespace-nowrap ${STYLES[status] ?? STYLES.open}`}>{LABELS[status] ?? status}</span>;
}
