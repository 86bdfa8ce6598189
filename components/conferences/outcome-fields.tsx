// The four texts of an MDT outcome: shown read-only (OutcomeFields) and as inputs (OutcomeInputs).
import { Field } from "@/components/ui/field";
import type { OutcomeView } from "@/lib/conferences/queries";

export type OutcomeText = OutcomeView["current"];

export function OutcomeFields({ text, compact = false }: { text: OutcomeText; compact?: boolean }) {
  const rows: Array<[string, string, string]> = [
    ["Consensus recommendation", text.recommendation, ""],
    ["Management plan", text.managementPlan, ""],
    ["Follow-up", text.followUp, ""],
    ["Dissent noted", text.dissent, "None noted"],
  ];
  return (
    <dl className={compact ? "space-y-2 text-sm" : "space-y-3 text-sm"}>
      {rows.map(([label, value, empty]) => (
        <div key={label}>
          <dt className="font-medium text-slate-800">{label}</dt>
          <dd className="break-words whitespace-pre-wrap text-slate-700">{value.trim() ? value : <span className="text-slate-500">{empty || "Not given"}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export function OutcomeInputs({ values, errors, onChange }: {
  values: OutcomeText;
  errors: Record<string, string[]>;
  onChange: (key: keyof OutcomeText, value: string) => void;
}) {
  return (
    <>
      <Field label="Consensus recommendation" errors={errors.recommendation}>
        {(props) => <textarea {...props} rows={3} maxLength={5000} className="field-input" value={values.recommendation} onChange={(e) => onChange("recommendation", e.target.value)} />}
      </Field>
      <Field label="Management plan" errors={errors.managementPlan}>
        {(props) => <textarea {...props} rows={3} maxLength={5000} className="field-input" value={values.managementPlan} onChange={(e) => onChange("managementPlan", e.target.value)} />}
      </Field>
      <Field label="Follow-up" hint="When and how the patient is followed up, or “none”." errors={errors.followUp}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} className="field-input" value={values.followUp} onChange={(e) => onChange("followUp", e.target.value)} />}
      </Field>
      <Field label="Dissent noted" hint="Any dissenting view, and whose. Leave empty if none." errors={errors.dissent}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} className="field-input" value={values.dissent} onChange={(e) => onChange("dissent", e.target.value)} />}
      </Field>
    </>
  );
}
