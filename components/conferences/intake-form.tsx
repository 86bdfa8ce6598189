"use client";
// The editable intake of one agenda item (an MDT's intake form, or a teaching meeting's timing and notes).
import { useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { saveIntake } from "@/lib/conferences/actions";
import type { ConferenceKindName } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";

type Item = AgendaEditorView["items"][number];
type Intake = NonNullable<Item["intake"]>;
const INTAKE_LABELS: Record<string, string> = { clinicalQuestion: "Clinical question", relevantHistory: "Relevant history", imagingToReview: "Imaging to review" };

export function IntakeForm({ item, intake, kind }: { item: Item; intake: Intake; kind: ConferenceKindName }) {
  const { pending, failure, run } = useAction();
  const [values, setValues] = useState({ estimatedMinutes: String(item.estimatedMinutes), ...intake });
  const [saved, setSaved] = useState(false);
  const errors = failure?.fieldErrors ?? {};
  const texts = { clinicalQuestion: values.clinicalQuestion, relevantHistory: values.relevantHistory, imagingToReview: values.imagingToReview };
  const guard = useGuardedText(texts);
  const set = (key: keyof typeof values, value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await run(() => saveIntake({ itemId: item.id, ...values, estimatedMinutes: values.estimatedMinutes === "" ? "" : Number(values.estimatedMinutes), ...guard.state.confirmation }));
    const found = findingsOf(result);
    if (found) guard.onRefused(found);
    setSaved(result.ok);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {failure && !guard.refused ? <FormAlert>{failure.message}</FormAlert> : null}
      {saved ? <FormAlert tone="info">{kind === "mdt" ? "Intake saved." : "Saved."}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <Field label="Estimated minutes" errors={errors.estimatedMinutes}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={120} className="field-input" value={values.estimatedMinutes} onChange={(e) => set("estimatedMinutes", e.target.value)} />}
        </Field>
        <Field label="Presenting clinician" hint="Who presents the case at the meeting." errors={errors.presentingClinician}>
          {(props) => <input {...props} className="field-input" maxLength={200} value={values.presentingClinician} onChange={(e) => set("presentingClinician", e.target.value)} />}
        </Field>
      </div>
      <Field label="Clinical question" hint="What the team is asked to decide." errors={errors.clinicalQuestion}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} className="field-input" value={values.clinicalQuestion} onChange={(e) => set("clinicalQuestion", e.target.value)} />}
      </Field>
      <Field label="Relevant history" errors={errors.relevantHistory}>
        {(props) => <textarea {...props} rows={3} maxLength={5000} className="field-input" value={values.relevantHistory} onChange={(e) => set("relevantHistory", e.target.value)} />}
      </Field>
      <Field label="Imaging to review" hint="Studies and series to put on screen." errors={errors.imagingToReview}>
        {(props) => <textarea {...props} rows={2} maxLength={2000} className="field-input" value={values.imagingToReview} onChange={(e) => set("imagingToReview", e.target.value)} />}
      </Field>
      <IdentifierFindings findings={guard.findings} texts={texts} label={(field) => INTAKE_LABELS[field] ?? field} state={guard.state} refused={guard.refused} checking={guard.checking} />
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : kind === "mdt" ? "Save intake" : "Save"}</button>
    </form>
  );
}
