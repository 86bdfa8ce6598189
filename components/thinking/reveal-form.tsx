"use client";
// The reveal form, prefilled with the answer the author wrote (issue 26 item 2). Revealing as
// authored changes nothing; a field that would replace what the author wrote is listed (before and
// after) and needs a second, explicit confirmation: the server refuses it otherwise.
import { useState } from "react";
import { findingsOf, IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { FinalDiagnoses, secondaryInput, secondaryRow, type FinalDiagnosesValue } from "@/components/diagnoses/final-diagnoses";
import { FormAlert } from "@/components/ui/field";
import { BASES, BASIS_LABELS, CERTAINTIES, CERTAINTY_LABELS } from "@/lib/cases/constants";
import { revealCase } from "@/lib/thinking/actions";
import type { AuthoredAnswer, RevealChange } from "@/lib/thinking/reveal";
import { Choice } from "./reveal";

export function RevealForm({ caseId, authored, onRevealed }: { caseId: string; authored: AuthoredAnswer | null; onRevealed: () => void }) {
  const [open, setOpen] = useState(false);
  const [diagnoses, setDiagnoses] = useState<FinalDiagnosesValue>(() => ({
    primary: authored?.diagnosisId && authored.diagnosis ? { id: authored.diagnosisId, name: authored.diagnosis } : null,
    secondary: (authored?.secondary ?? []).map((item) => secondaryRow({ id: item.diagnosisId, name: item.name }, item.scoresVotes)),
  }));
  const [certainty, setCertainty] = useState(authored?.certainty ?? "");
  const [basis, setBasis] = useState(authored?.basis ?? "");
  const [explanation, setExplanation] = useState(authored?.explanation ?? "");
  const [teachingPoints, setTeachingPoints] = useState(authored?.teachingPoints ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [changes, setChanges] = useState<RevealChange[] | null>(null);
  const [pending, setPending] = useState(false);
  // What is typed here is published to everyone: the guard checks it as it is typed and on reveal.
  const guard = useGuardedText({ explanation, teachingPoints }, { enabled: open });

  async function send(confirmChanges: boolean) {
    setPending(true);
    // What the revealer left empty is not sent: the server keeps the authored value.
    const result = await revealCase({
      caseId,
      diagnosisId: diagnoses.primary?.id,
      certainty: certainty || undefined,
      basis: basis || undefined,
      explanation: authored || explanation.trim() ? explanation : undefined,
      teachingPoints: authored || teachingPoints.trim() ? teachingPoints : undefined,
      secondary: authored || diagnoses.secondary.length ? secondaryInput(diagnoses) : undefined,
      confirmChanges,
      ...guard.state.confirmation,
    });
    setPending(false);
    if (result.ok) {
      onRevealed();
      return;
    }
    const found = findingsOf(result);
    if (found) {
      guard.onRefused(found);
      setMessage(null);
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setMessage(result.message);
    setChanges(result.details && "changes" in result.details ? result.details.changes : null);
  }
  const edited = () => setChanges(null); // an edit after the list was shown needs a fresh check

  if (!open) {
    return <button type="button" className="btn-primary" onClick={() => setOpen(true)}>Reveal the answer…</button>;
  }
  return (
    <form onSubmit={(event) => { event.preventDefault(); void send(false); }} className="card space-y-3 border-amber-300 p-4" data-testid="reveal-form">
      <h3 className="font-semibold">Reveal the answer</h3>
      <p className="text-sm text-slate-600">
        {authored
          ? "The form holds the answer as the author wrote it. Reveal it as it is, or edit it: you will see what changes before anything is replaced."
          : "Leave a field empty to reveal what the author recorded."}{" "}
        Everyone will see the diagnosis, the teaching points, the final distribution and how they did. This cannot be undone.
      </p>
      {message && !changes ? <FormAlert>{message}</FormAlert> : null}
      <FinalDiagnoses value={diagnoses} onChange={(value) => { setDiagnoses(value); edited(); }} errors={errors} required={!authored} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Choice label="Certainty" options={CERTAINTIES} labels={CERTAINTY_LABELS} value={certainty} onChange={(value) => { setCertainty(value); edited(); }} errors={errors.certainty} />
        <Choice label="Basis" options={BASES} labels={BASIS_LABELS} value={basis} onChange={(value) => { setBasis(value); edited(); }} errors={errors.basis} />
      </div>
      <label className="block text-sm"><span className="field-label">Explanation</span>
        <textarea className="field-input" rows={4} value={explanation} onChange={(e) => { setExplanation(e.target.value); edited(); }} />
        {errors.explanation ? <span className="field-error block">{errors.explanation.join(" ")}</span> : null}
      </label>
      <label className="block text-sm"><span className="field-label">Teaching points <span className="font-normal text-slate-500">(Markdown: &quot;- &quot; for a list)</span></span>
        <textarea className="field-input" rows={4} value={teachingPoints} onChange={(e) => { setTeachingPoints(e.target.value); edited(); }} />
        {errors.teachingPoints ? <span className="field-error block">{errors.teachingPoints.join(" ")}</span> : null}
      </label>
      <IdentifierFindings findings={guard.findings} texts={{ explanation, teachingPoints }} label={(field) => (field === "explanation" ? "Explanation" : "Teaching points")} state={guard.state} refused={guard.refused} checking={guard.checking} />
      {changes ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="alert" data-testid="reveal-changes">
          <p className="font-semibold">{message}</p>
          <ul className="mt-2 space-y-2">
            {changes.map((change) => (
              <li key={change.field}>
                <strong>{change.label}</strong>
                {change.from || change.to ? (
                  <div className="mt-1 grid gap-1 sm:grid-cols-2">
                    <p className="whitespace-pre-wrap rounded bg-white p-2"><span className="block text-xs text-slate-500">Author wrote</span><del>{change.from}</del></p>
                    <p className="whitespace-pre-wrap rounded bg-white p-2"><span className="block text-xs text-slate-500">Will be revealed</span><ins>{change.to || "(empty)"}</ins></p>
                  </div>
                ) : <span> differs from what the author recorded.</span>}
              </li>
            ))}
          </ul>
          <button type="button" className="btn-primary mt-3" disabled={pending} onClick={() => void send(true)}>Confirm these changes and reveal</button>
        </div>
      ) : null}
      <div className="flex gap-2">
        {changes ? null : <button type="submit" className="btn-primary" disabled={pending}>Reveal to everyone</button>}
        <button type="button" className="btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
