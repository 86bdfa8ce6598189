const CHANGE: Record<string, { label: string; className: string }> = {
  progression: { label: "Progression", className: "bg-red-100 text-red-800" },
  stable: { label: "Stable", className: "bg-slate-200 text-slate-800" },
  resolution: { label: "Resolution", className: "bg-emerald-100 text-emerald-800" },
  mixed: { label: "Mixed change", className: "bg-violet-100 text-violet-800" },
};

export function ChangeBadge({ change }: { change: string | null }) {
  if (!change) return null;
  const style = CHANGE[change];
  if (!style) return null;
  return (
    <span className={`badge ${style.className}`} title="The author's reading compared with the previous study">
      {style.label}
    </span>
  );
}
