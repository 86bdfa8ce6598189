"use client";
// The reveal: the form that records the final diagnosis for everyone, and the table of how everyone did.
import { useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { FormAlert } from "@/components/ui/field";
import { BASES, BASIS_LABELS, CERTAINTIES, CERTAINTY_LABELS } from "@/lib/cases/constants";
import { revealCase } from "@/lib/thinking/actions";
import type { ThinkingView } from "@/lib/thinking/queries";

export function RevealForm({ caseId, onRevealed }: { caseId: string; onRevealed: () => void }) {
  const [open, setOpen] = useState(false);
  const [diagnosis, setDiagnosis] = useState<PickedDiagnosis | null>(null);
  const [certainty, setCertainty] = useState("");
  const [basis, setBasis] = useState("");
  const [explanation, setExplanation] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await revealCase({ caseId, diagnosisId: diagnosis?.id ?? "", certainty, basis, explanation });
    if (result.ok) {
      onRevealed();
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setMessage(result.message);
  }

  if (!open) {
    return <button type="button" className="btn-primary" onClick={() => setOpen(true)}>Reveal the answer…</button>;
  }
  return (
    <form onSubmit={submit} className="card space-y-3 border-amber-300 p-4" data-testid="reveal-form">
      <h3 className="font-semibold">Reveal the answer</h3>
      <p className="text-sm text-slate-600">Everyone will see the diagnosis, the teaching points, the final distribution and how they did. This cannot be undone.</p>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <DiagnosisPicker label="Final diagnosis" required value={diagnosis} onChange={setDiagnosis} />
      {errors.diagnosisId ? <p className="field-error">{errors.diagnosisId.join(" ")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Choice label="Certainty" options={CERTAINTIES} labels={CERTAINTY_LABELS} value={certainty} onChange={setCertainty} errors={errors.certainty} />
        <Choice label="Basis" options={BASES} labels={BASIS_LABELS} value={basis} onChange={setBasis} errors={errors.basis} />
      </div>
      <label className="block text-sm"><span className="field-label">Explanation</span>
        <textarea className="field-input" rows={3} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
        {errors.explanation ? <span className="field-error block">{errors.explanation.join(" ")}</span> : null}
      </label>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">Reveal to everyone</button>
        <button type="button" className="btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

/** A labelled select of one closed list (certainty, basis), with its field errors below. */
function Choice<T extends string>({ label, options, labels, value, onChange, errors }: {
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
