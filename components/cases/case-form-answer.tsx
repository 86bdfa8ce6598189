"use client";
// The authoring form's answer: final diagnosis, certainty, basis, explanation and teaching points.
import { Field } from "@/components/ui/field";
import { BASES, BASIS_LABELS, CERTAINTIES, CERTAINTY_LABELS } from "@/lib/cases/constants";
import type { Draft } from "./case-form-draft";

export function AnswerSection({ formId, draft, diagnosisNames, setResolution, errorsFor, warn }: {
  formId: string; draft: Draft; diagnosisNames: string[];
  setResolution: (key: keyof Draft["resolution"], value: string) => void;
  errorsFor: (path: string) => string[] | undefined; warn: (path: string) => string;
}) {
  return (
    <section className="card space-y-4 p-5" aria-labelledby={`${formId}-answer`}>
      <div>
        <h2 id={`${formId}-answer`} className="text-lg font-semibold">Diagnosis (hidden until resolved)</h2>
        <p className="text-sm text-slate-600">Only you see this while the case is open or unknown.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field className="sm:col-span-2" label="Final diagnosis" errors={errorsFor("resolution.diagnosis")} hint="Choose from the catalogue so answers aggregate; free text is allowed.">
          {(props) => (
            <>
              <input {...props} list={`${formId}-diagnoses`} className={`field-input ${warn("resolution.diagnosis")}`} value={draft.resolution.diagnosis} onChange={(e) => setResolution("diagnosis", e.target.value)} />
              <datalist id={`${formId}-diagnoses`}>{diagnosisNames.map((name) => <option key={name} value={name} />)}</datalist>
            </>
          )}
        </Field>
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
