"use client";
// The authoring form's answer: final diagnosis, certainty, basis, explanation and teaching points.
import { Field } from "@/components/ui/field";
import { BASES, BASIS_LABELS, CERTAINTIES, CERTAINTY_LABELS } from "@/lib/cases/constants";
import type { Draft } from "./case-form-draft";
import { FinalDiagnosisField } from "./case-form-final-diagnosis";

export function AnswerSection({ formId, draft, setResolution, setFinalDiagnoses, errorsFor, warn }: {
  formId: string; draft: Draft;
  /** No longer used: the final diagnosis is picked from the catalogue (case-form-final-diagnosis.tsx). */
  diagnosisNames?: string[];
  setResolution: (key: keyof Draft["resolution"], value: string) => void;
  setFinalDiagnoses: (value: Draft["finalDiagnoses"]) => void;
  errorsFor: (path: string) => string[] | undefined; warn: (path: string) => string;
}) {
  return (
    <section className="card space-y-4 p-5" aria-labelledby={`${formId}-answer`}>
      <div>
        <h2 id={`${formId}-answer`} className="text-lg font-semibold">Diagnosis (hidden until resolved)</h2>
        <p className="text-sm text-slate-600">Only you see this while the case is open or unknown.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <FinalDiagnosisField value={draft.finalDiagnoses} freeText={draft.resolution.diagnosis} onChange={setFinalDiagnoses} errorsFor={errorsFor} />
        </div>
        <Field label="Certainty" errors={errorsFor("resolution.certainty")}>
          {(props) => (
            <select {...props} className="field-input" value={draft.resolution.certainty} onChange={(e) => setResolution("certainty", e.target.value)}>
              <option value="">Not stated</option>
              {CERTAINTIES.map((c) => <option key={c} value={c}>{CERTAINTY_LABELS[c]}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label="Basis" errors={errorsFor("resolution.basis")}>
        {(props) => (
          <select {...props} className="field-input sm:max-w-xs" value={draft.resolution.basis} onChange={(e) => setResolution("basis", e.target.value)}>
            <option value="">Not stated</option>
            {BASES.map((b) => <option key={b} value={b}>{BASIS_LABELS[b]}</option>)}
          </select>
        )}
      </Field>
      <Field label="Explanation" errors={errorsFor("resolution.explanation")}>
        {(props) => <textarea {...props} rows={3} className={`field-input ${warn("resolution.explanation")}`} value={draft.resolution.explanation} onChange={(e) => setResolution("explanation", e.target.value)} />}
      </Field>
      <Field label="Teaching points" errors={errorsFor("resolution.teachingPoints")}>
        {(props) => <textarea {...props} rows={4} className={`field-input ${warn("resolution.teachingPoints")}`} value={draft.resolution.teachingPoints} onChange={(e) => setResolution("teachingPoints", e.target.value)} />}
      </Field>
    </section>
  );
}
