"use client";
// The viewer's own ranked differential: up to five catalogue diagnoses with rationale and supporting studies.
import { useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { FormAlert } from "@/components/ui/field";
import { useSubmissionKey } from "@/components/use-submission-key";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { postDifferential } from "@/lib/thinking/actions";
import type { ThinkingView } from "@/lib/thinking/queries";

type Row = { key: number; diagnosis: PickedDiagnosis | null; rationale: string; studyIds: string[] };
let rowKey = 0;

export function MyDifferential({ view, studies, onSaved, onStepped }: { view: ThinkingView; studies: Array<{ id: string; label: string }>; onSaved: () => Promise<void>; onStepped?: () => void }) {
  const [rows, setRows] = useState<Row[]>(() =>
    view.myDifferential.length
      ? view.myDifferential.map((entry) => ({ key: ++rowKey, diagnosis: { id: entry.diagnosisId, name: entry.name }, rationale: entry.rationale, studyIds: entry.studyIds }))
      : [{ key: ++rowKey, diagnosis: null, rationale: "", studyIds: [] }],
  );
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  // Errors of one line, keyed by the line's key so that they follow it when lines move.
  const [lineErrors, setLineErrors] = useState<Record<number, string[]>>({});
  const [pending, setPending] = useState(false);
  const submission = useSubmissionKey();
  // The rationales pass the de-identification guard as they are typed (issue 25), keyed as the action keys them.
  const rationales = Object.fromEntries(rows.map((row, index) => [`entries.${index}.rationale`, row.rationale]));
  const guard = useGuardedText(rationales);
  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, delta: number) =>
    setRows((current) => {
      const next = [...current];
      const target = index + delta;
      if (target < 0 || target >= next.length) return current;
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    // The button is aria-disabled, not disabled, while pending (a disabled button drops the keyboard focus): ignore repeats here.
    if (pending) return;
    const empty = rows.filter((row) => !row.diagnosis);
    if (empty.length) {
      setLineErrors(Object.fromEntries(empty.map((row) => [row.key, ["Choose a diagnosis from the catalogue, or remove this line."]])));
      setMessage({ tone: "error", text: "Some lines of your differential need attention." });
      return;
    }
    setLineErrors({});
    setPending(true);
    const entries = rows.map((row) => ({ diagnosisId: row.diagnosis!.id, rationale: row.rationale, studyIds: row.studyIds }));
    const clientKey = submission.keyFor(entries);
    const result = await postDifferential({ caseId: view.caseId, entries, clientKey, ...guard.state.confirmation });
    setPending(false);
    if (result.ok) submission.done(clientKey);
    const found = findingsOf(result);
    if (found) {
      guard.onRefused(found);
      setMessage(null);
      return;
    }
    if (!result.ok) {
      const { byLine, rest } = splitLineErrors(result.fieldErrors ?? {}, rows);
      setLineErrors(byLine);
      setMessage({ tone: "error", text: [result.message, ...new Set(rest)].join(" ") });
      return;
    }
    setMessage({ tone: "info", text: result.data.stepped && view.stepping?.more ? "Your differential at this step is kept. The next part of the course is above." : "Your differential is saved." });
    // A step-through case: the server now shows more of the timeline (decision 088).
    if (result.data.stepped) onStepped?.();
    await onSaved();
  }

  return (
    <form onSubmit={save} className="card space-y-3 p-4" aria-labelledby="my-differential" data-testid="my-differential">
      <h3 id="my-differential" className="font-semibold">Your differential <span className="text-sm font-normal text-slate-500">(most likely first, up to 5)</span></h3>
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} className={`rounded-md border p-3 ${lineErrors[row.key] ? "border-red-400" : "border-slate-200"}`} aria-label={`Diagnosis ${index + 1}`}>
            <div className="flex items-start gap-2">
              <span className="mt-7 font-semibold text-slate-500">{index + 1}.</span>
              <div className="flex-1 space-y-2">
                <DiagnosisPicker label="Diagnosis" required allowPropose value={row.diagnosis} onChange={(diagnosis) => update(index, { diagnosis })} />
                <label className="block text-sm">
                  <span className="field-label">Rationale <span className="font-normal text-slate-500">(optional, but say why: it is what colleagues learn from)</span></span>
                  <textarea className="field-input" rows={2} maxLength={2000} value={row.rationale} onChange={(e) => update(index, { rationale: e.target.value })} />
                </label>
                {studies.length ? (
                  <fieldset className="text-sm">
                    <legend className="text-slate-600">Supported by</legend>
                    <div className="mt-1 flex flex-wrap gap-3">
                      {studies.map((study) => (
                        <label key={study.id} className="flex items-center gap-1">
                          <input type="checkbox" checked={row.studyIds.includes(study.id)}
                            onChange={(e) => update(index, { studyIds: e.target.checked ? [...row.studyIds, study.id] : row.studyIds.filter((id) => id !== study.id) })} />
                          {study.label}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ) : null}
                {lineErrors[row.key] ? (
                  <p className="field-error" role="alert" data-testid={`line-error-${index + 1}`}>{lineErrors[row.key]!.join(" ")}</p>
                ) : null}
              </div>
              <div className="flex flex-col">
                <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move diagnosis ${index + 1} up`}>↑</button>
                <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, 1)} disabled={index === rows.length - 1} aria-label={`Move diagnosis ${index + 1} down`}>↓</button>
                <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => setRows(rows.filter((_, i) => i !== index))} aria-label={`Remove diagnosis ${index + 1}`}>✕</button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <IdentifierFindings findings={guard.findings} texts={rationales} label={(field) => `Rationale ${Number(field.split(".")[1]) + 1}`} state={guard.state} refused={guard.refused} checking={guard.checking} />
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={rows.length >= 5} onClick={() => setRows([...rows, { key: ++rowKey, diagnosis: null, rationale: "", studyIds: [] }])}>
          + Add diagnosis
        </button>
        <button type="submit" className="btn-primary" disabled={rows.length === 0} aria-disabled={pending}>{pending ? "Saving…" : view.stepping?.more ? "Commit and see what comes next" : view.myDifferential.length ? "Update differential" : "Commit differential"}</button>
      </div>
    </form>
  );
}

/** The action's field errors ("entries.2.rationale") by the key of the line they are about; the rest as text. */
function splitLineErrors(fieldErrors: Record<string, string[]>, rows: Row[]): { byLine: Record<number, string[]>; rest: string[] } {
  const byLine: Record<number, string[]> = {};
  const rest: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const line = /^entries\.(\d+)(\.|$)/.exec(key);
    const row = line ? rows[Number(line[1])] : undefined;
    if (row) (byLine[row.key] ??= []).push(...messages);
    else rest.push(messages.join(" "));
  }
  return { byLine, rest };
}
