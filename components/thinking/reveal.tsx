"use client";
// After the reveal: the table of how everyone did; and the closed-list select the reveal form uses.
import type { ThinkingView } from "@/lib/thinking/queries";

/** A labelled select of one closed list (certainty, basis), with its field errors below. */
export function Choice<T extends string>({ label, options, labels, value, onChange, errors }: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  return (
    <label className="text-sm"><span className="field-label">{label}</span>
      <select className="field-input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map((option) => <option key={option} value={option}>{labels[option]}</option>)}
      </select>
      {errors ? <span className="field-error block">{errors.join(" ")}</span> : null}
    </label>
  );
}

export function Results({ view }: { view: ThinkingView }) {
  const results = view.results ?? [];
  return (
    <div className="card p-4" data-testid="results">
      <h3 className="font-semibold">How everyone did</h3>
      {results.length === 0 ? <p className="mt-2 text-sm text-slate-600">Nobody voted or posted a differential.</p> : (
        <table className="mt-2 w-full text-left text-sm">
          <thead><tr className="text-slate-500"><th className="py-1">Participant</th><th>Vote</th><th>Vote right</th><th>In top 3</th></tr></thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.userId} className="border-t border-slate-100">
                <td className="py-1">{result.name}</td>
                <td>{result.vote ?? "—"}</td>
                <td>{result.voteCorrect ? "✓ yes" : "✗ no"}</td>
                <td>{result.inTop3 ? "✓ yes" : "✗ no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
