"use client";
// The final diagnoses of a case, picked from the catalogue (with a proposal for a missing entity):
// the primary and up to four secondary ones, each saying whether a vote for it counts as right
// (decision 067). One component for the authoring form and the reveal (issue 26 item 6).
import { DiagnosisPicker, type PickedDiagnosis } from "./diagnosis-picker";

export const MAX_SECONDARY = 4;

export interface FinalDiagnosesValue {
  primary: PickedDiagnosis | null;
  secondary: Array<{ key: number; diagnosis: PickedDiagnosis | null; scoresVotes: boolean }>;
}

let secondaryKey = 0;
export const secondaryRow = (diagnosis: PickedDiagnosis | null = null, scoresVotes = true) => ({ key: ++secondaryKey, diagnosis, scoresVotes });

/** The value as the actions take it: picked secondary lines only. */
export function secondaryInput(value: FinalDiagnosesValue): Array<{ diagnosisId: string; scoresVotes: boolean }> {
  return value.secondary.flatMap((row) => (row.diagnosis ? [{ diagnosisId: row.diagnosis.id, scoresVotes: row.scoresVotes }] : []));
}

export function FinalDiagnoses({ value, onChange, errors = {}, required = false, primaryLabel = "Final diagnosis", hint }: {
  value: FinalDiagnosesValue;
  onChange: (value: FinalDiagnosesValue) => void;
  /** Field errors keyed "diagnosisId" (the primary) and "secondary.<index>.diagnosisId". */
  errors?: Record<string, string[] | undefined>;
  required?: boolean;
  primaryLabel?: string;
  hint?: React.ReactNode;
}) {
  const setSecondary = (secondary: FinalDiagnosesValue["secondary"]) => onChange({ ...value, secondary });
  const update = (index: number, patch: Partial<FinalDiagnosesValue["secondary"][number]>) =>
    setSecondary(value.secondary.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-2" data-testid="final-diagnoses">
      <legend className="sr-only">Final diagnoses</legend>
      <DiagnosisPicker label={primaryLabel} required={required} allowPropose value={value.primary} onChange={(primary) => onChange({ ...value, primary })} />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {errors.diagnosisId ? <p className="field-error" role="alert">{errors.diagnosisId.join(" ")}</p> : null}
      {value.secondary.map((row, index) => (
        <div key={row.key} className="ml-4 space-y-1 border-l-2 border-slate-200 pl-3" data-testid={`secondary-diagnosis-${index + 1}`}>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <DiagnosisPicker label={`Secondary diagnosis ${index + 1}`} allowPropose value={row.diagnosis} onChange={(diagnosis) => update(index, { diagnosis })} />
            </div>
            <button type="button" className="btn-ghost px-2 py-1 text-red-700" aria-label={`Remove secondary diagnosis ${index + 1}`}
              onClick={() => setSecondary(value.secondary.filter((_, i) => i !== index))}>✕</button>
          </div>
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" checked={row.scoresVotes} onChange={(e) => update(index, { scoresVotes: e.target.checked })} />
            A vote for it counts as right
          </label>
          {errors[`secondary.${index}.diagnosisId`] ? <p className="field-error" role="alert">{errors[`secondary.${index}.diagnosisId`]!.join(" ")}</p> : null}
        </div>
      ))}
      {value.secondary.length < MAX_SECONDARY ? (
        <button type="button" className="btn-secondary px-3 py-1 text-sm" onClick={() => setSecondary([...value.secondary, secondaryRow()])}>
          + Secondary diagnosis
        </button>
      ) : null}
    </fieldset>
  );
}
