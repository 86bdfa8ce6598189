// How the room's leading diagnoses moved from the presentation through each study: one line per
// diagnosis (the top four), the share of that stage's respondents naming it. Plain SVG, with a
// table beside it for screen readers and for exact figures.
import type { StageSeries } from "@/lib/conferences/view";

const COLOURS = ["#0f766e", "#b45309", "#7c3aed", "#be123c"];

export function StageChart({ series, caption = "Share of respondents naming each diagnosis at each stage" }: { series: StageSeries; caption?: string }) {
  const total = series.respondents.reduce((sum, count) => sum + count, 0);
  if (total === 0 || series.diagnoses.length === 0) return <p className="text-sm text-slate-600">No staged differentials were given for this case.</p>;
  const width = 320;
  const height = 140;
  const pad = { left: 34, right: 8, top: 8, bottom: 22 };
  const steps = series.labels.length;
  const x = (step: number) => pad.left + (steps === 1 ? 0 : (step * (width - pad.left - pad.right)) / (steps - 1));
  const y = (share: number) => pad.top + (1 - share) * (height - pad.top - pad.bottom);
  return (
    <figure className="space-y-2" data-testid="stage-chart">
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-md" aria-hidden>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={pad.left - 4} y={y(tick) + 3} fontSize="9" textAnchor="end" fill="#64748b">{tick * 100}%</text>
          </g>
        ))}
        {series.labels.map((label, step) => (
          <text key={label} x={x(step)} y={height - 6} fontSize="9" textAnchor="middle" fill="#64748b">{series.ticks?.[step] ?? (step === 0 ? "Pres." : `S${step}`)}</text>
        ))}
        {series.diagnoses.map((diagnosis, index) => (
          <g key={diagnosis.name}>
            <polyline fill="none" stroke={COLOURS[index]} strokeWidth="2" points={diagnosis.shares.map((share, step) => `${x(step)},${y(share)}`).join(" ")} />
            {diagnosis.shares.map((share, step) => <circle key={step} cx={x(step)} cy={y(share)} r="2.5" fill={COLOURS[index]} />)}
          </g>
        ))}
      </svg>
      <figcaption>
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="text-slate-500"><th className="py-1 font-medium">Diagnosis</th>{series.labels.map((label, step) => <th key={label} className="font-medium">{label} <span className="font-normal">(n={series.respondents[step]})</span></th>)}</tr>
          </thead>
          <tbody>
            {series.diagnoses.map((diagnosis, index) => (
              <tr key={diagnosis.name} className="border-t border-slate-100">
                <td className="py-1"><span aria-hidden className="mr-1 inline-block size-2 rounded-full" style={{ background: COLOURS[index] }} />{diagnosis.name}</td>
                {diagnosis.shares.map((share, step) => <td key={step}>{series.respondents[step] ? `${Math.round(share * 100)}%` : "—"}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
