"use client";
// A signed-off outcome's amendments: the original wording and each amendment, and the form to record one.
import { useId, useState } from "react";
import { DateTime } from "@/components/ui/date-time";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { useSubmissionKey } from "@/components/use-submission-key";
import { amendOutcome } from "@/lib/conferences/mdt-actions";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import type { OutcomeView } from "@/lib/conferences/queries";
import { OutcomeFields, OutcomeInputs, type OutcomeText } from "./outcome-fields";
import { OUTCOME_LABELS } from "./outcome-form";

export function AmendmentHistory({ outcome }: { outcome: OutcomeView }) {
  return (
    <div className="space-y-3">
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-medium">Original wording, as signed off</summary>
        <div className="mt-2"><OutcomeFields text={outcome.original} compact /></div>
      </details>
      <div>
        <h5 className="text-sm font-semibold">Amendments</h5>
        <ol className="mt-1 space-y-2" data-testid="amendments">
          {outcome.amendments.map((amendment, index) => (
            <li key={amendment.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="text-slate-600">
                {index + 1}. <DateTime iso={amendment.at} style="datetime" /> by {amendment.by}
              </p>
              <p className="break-words whitespace-pre-wrap"><span className="font-medium">Reason:</span> {amendment.reason}</p>
              {index < outcome.amendments.length - 1 ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-700">Wording of this amendment</summary>
                  <div className="mt-2"><OutcomeFields text={amendment} compact /></div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

export function AmendOutcome({ outcome }: { outcome: OutcomeView }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <div className="space-y-3 border-t border-slate-100 pt-3">
      <button type="button" className="btn-secondary" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen((current) => !current)}>
        {open ? "Cancel amendment" : "Amend"}
      </button>
      {/* Mounted only while open: cancelling discards the draft wording. */}
      {open ? <AmendForm id={formId} outcome={outcome} /> : null}
    </div>
  );
}

function AmendForm({ id, outcome }: { id: string; outcome: OutcomeView }) {
  const { pending, failure, run } = useAction();
  const [values, setValues] = useState<OutcomeText>(outcome.current);
  const [reason, setReason] = useState("");
  const guard = useGuardedText({ ...values, reason });
  const submission = useSubmissionKey();
  const errors = failure?.fieldErrors ?? {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // On success the refreshed page remounts the section (keyed by the amendment count), closed.
    const input = { outcomeId: outcome.id, ...values, reason };
    const clientKey = submission.keyFor(input);
    const result = await run(() => amendOutcome({ ...input, clientKey, ...guard.state.confirmation }));
    const found = findingsOf(result);
    if (found) guard.onRefused(found);
    if (result.ok) submission.done(clientKey);
  }

  return (
    <form id={id} onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">The signed-off wording is kept; the amendment records the new wording, why, by whom and when.</p>
      {failure && !guard.refused ? <FormAlert>{failure.message}</FormAlert> : null}
      <OutcomeInputs values={values} errors={errors} onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))} />
      <Field label="Reason for amendment" errors={errors.reason}>
        {(props) => <textarea {...props} rows={2} maxLength={1000} className="field-input" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <IdentifierFindings findings={guard.findings} texts={{ ...values, reason }} label={(field) => OUTCOME_LABELS[field] ?? field} state={guard.state} refused={guard.refused} checking={guard.checking} />
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Recording…" : "Record amendment"}</button>
    </form>
  );
}
