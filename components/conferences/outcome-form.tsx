"use client";
// A draft outcome: the form that saves it, and the chair's two-step sign-off that locks it.
import { useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { useSubmissionKey } from "@/components/use-submission-key";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { saveOutcome, signOffOutcome } from "@/lib/conferences/mdt-actions";
import { OutcomeInputs, type OutcomeText } from "./outcome-fields";

export const OUTCOME_LABELS: Record<string, string> = { recommendation: "Recommendation", managementPlan: "Management plan", followUp: "Follow-up", dissent: "Dissent", reason: "Reason" };

const sameText = (a: OutcomeText, b: OutcomeText) =>
  a.recommendation === b.recommendation && a.managementPlan === b.managementPlan && a.followUp === b.followUp && a.dissent === b.dissent;

export function OutcomeForm({ itemId, version, initial, signOff }: {
  itemId: string;
  version: number;
  initial: OutcomeText;
  signOff?: { outcomeId: string; version: number };
}) {
  const { pending, failure, run } = useAction();
  const [values, setValues] = useState<OutcomeText>(initial);
  const [saved, setSaved] = useState(false);
  const submission = useSubmissionKey();
  const dirty = !sameText(values, initial);
  const guard = useGuardedText({ ...values });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { itemId, version, ...values };
    // The first save creates the outcome: one per submission (decision 032); later saves are edits.
    const clientKey = version === 0 ? submission.keyFor(input) : null;
    const result = await run(() => saveOutcome({ ...(clientKey ? { ...input, clientKey } : input), ...guard.state.confirmation }));
    if (result.ok && clientKey) submission.done(clientKey);
    const found = findingsOf(result);
    if (found) guard.onRefused(found);
    setSaved(result.ok);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3" noValidate>
        {failure && !guard.refused ? <FormAlert>{failure.message}</FormAlert> : null}
        {saved && !dirty ? <FormAlert tone="info">Outcome saved as a draft.</FormAlert> : null}
        <OutcomeInputs values={values} errors={failure?.fieldErrors ?? {}} onChange={(key, value) => {
          setSaved(false);
          setValues((current) => ({ ...current, [key]: value }));
        }} />
        <IdentifierFindings findings={guard.findings} texts={{ ...values }} label={(field) => OUTCOME_LABELS[field] ?? field} state={guard.state} refused={guard.refused} checking={guard.checking} />
        <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : "Save outcome"}</button>
      </form>
      {signOff ? <SignOff outcomeId={signOff.outcomeId} version={signOff.version} dirty={dirty} /> : null}
    </div>
  );
}

export function SignOff({ outcomeId, version, dirty }: { outcomeId: string; version: number; dirty: boolean }) {
  const { pending, failure, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="space-y-2 border-t border-slate-100 pt-3">
        {failure ? <FormAlert>{failure.message}</FormAlert> : null}
        <button ref={startRef} type="button" className="btn-secondary" disabled={dirty} aria-describedby={dirty ? hintId : undefined} onClick={() => setConfirming(true)}>
          Sign off and lock
        </button>
        {dirty ? <p id={hintId} className="text-xs text-slate-500">Save your changes first: sign-off applies to the saved text.</p> : null}
      </div>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3" role="group" aria-label="Confirm sign-off">
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
      <p className="text-sm text-amber-900">
        Sign off the saved outcome as chair? It will be locked: any later change is recorded as an amendment with a reason, and the original wording is kept.
      </p>
      <div className="flex flex-wrap gap-2">
        <button ref={confirmRef} type="button" className="btn-primary" disabled={pending} onClick={async () => {
          const result = await run(() => signOffOutcome({ outcomeId, version }));
          if (!result.ok) setConfirming(false);
        }}>
          {pending ? "Signing off…" : "Confirm sign-off"}
        </button>
        <button type="button" className="btn-ghost" disabled={pending} onClick={() => {
          setConfirming(false);
          requestAnimationFrame(() => startRef.current?.focus());
        }}>
          Cancel
        </button>
      </div>
    </div>
  );
}
