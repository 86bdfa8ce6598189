"use client";
// The de-identification guard's findings for any form (issue 25 items 3 and 5): each finding
// highlighted in its text, and the explicit "save anyway" confirmation with its reason, which
// the form sends with the save and the server records in the audit trail. The case form has its
// own rendering of the same findings; every other form uses this one.
import { useEffect, useId, useState } from "react";
import type { FieldFinding } from "@/lib/deidentify/confirm";
import { OVERRIDE_REASONS, OVERRIDE_REASON_KEYS, type IdentifierConfirmation, type OverrideReason } from "@/lib/deidentify/reasons";

/** Confirmation state for one form; it resets whenever the flagged text changes. */
export function useIdentifierConfirmation(findings: FieldFinding[]) {
  const [confirmed, setConfirmed] = useState(false);
  const [reason, setReason] = useState<OverrideReason>("not_identifying");
  const signature = findings.map((f) => `${f.field}:${f.text}`).join("|");
  useEffect(() => setConfirmed(false), [signature]);
  const confirmation: IdentifierConfirmation = findings.length > 0 && confirmed ? { identifiersConfirmed: true, identifiersReason: reason } : { identifiersConfirmed: false };
  return { confirmed, setConfirmed, reason, setReason, confirmation, blocked: findings.length > 0 && !confirmed };
}

export type ConfirmationState = ReturnType<typeof useIdentifierConfirmation>;

/** The text around a finding, with the finding marked. */
function Highlighted({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return (
    <>
      {from > 0 ? "…" : ""}
      {text.slice(from, start)}
      <mark className="rounded bg-amber-300 px-0.5 font-semibold text-amber-950">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? "…" : ""}
    </>
  );
}

interface Props {
  findings: FieldFinding[];
  /** The current text of each field, by the names the findings use. */
  texts: Record<string, string>;
  /** How to name a field to the author ("Rationale for line 2"); the field name by default. */
  label?: (field: string) => string;
  state: ConfirmationState;
  /** True once a save was refused for these findings: the wording asks for the decision. */
  refused?: boolean;
  checking?: boolean;
}

export function IdentifierFindings({ findings, texts, label, state, refused = false, checking = false }: Props) {
  const id = useId();
  if (findings.length === 0) return checking ? <p className="sr-only" aria-live="polite">Checking for identifiers…</p> : null;
  return (
    <section className="space-y-2 rounded-lg border-2 border-amber-400 bg-amber-50 p-3 text-sm" role={refused ? "alert" : "status"} aria-labelledby={`${id}-title`} data-testid="identifier-findings">
      <h3 id={`${id}-title`} className="font-semibold text-amber-950">
        {refused ? "Not saved: possible patient identifiers" : "Possible patient identifiers"}
      </h3>
      <p className="text-amber-950">Remove the highlighted details, or confirm below that they do not identify the patient.</p>
      <ul className="space-y-1.5">
        {findings.map((finding, index) => (
          <li key={`${finding.field}-${finding.start}-${index}`} className="rounded bg-white p-2">
            <p className="font-medium text-slate-900">{label ? label(finding.field) : finding.field}: {finding.message}</p>
            <p className="mt-0.5 break-words text-slate-700">
              <Highlighted text={texts[finding.field] ?? finding.text} start={texts[finding.field] !== undefined ? finding.start : 0} end={texts[finding.field] !== undefined ? finding.end : finding.text.length} />
            </p>
          </li>
        ))}
      </ul>
      <label className="flex items-start gap-2 font-medium text-amber-950">
        <input type="checkbox" className="mt-0.5 size-4" checked={state.confirmed} onChange={(event) => state.setConfirmed(event.target.checked)} data-testid="identifiers-confirm" />
        I have checked these: save anyway.
      </label>
      {state.confirmed ? (
        <label className="block text-amber-950">
          <span className="font-medium">Why</span> (recorded in the audit trail)
          <select className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1" value={state.reason} onChange={(event) => state.setReason(event.target.value as OverrideReason)}>
            {OVERRIDE_REASON_KEYS.map((key) => <option key={key} value={key}>{OVERRIDE_REASONS[key]}</option>)}
          </select>
        </label>
      ) : null}
    </section>
  );
}

/** The findings of a refused save, from an action's `identifiers_found` answer. */
export function findingsOf(result: { ok: boolean; code?: string; details?: unknown }): FieldFinding[] | null {
  return !result.ok && result.code === "identifiers_found" ? ((result.details as FieldFinding[] | undefined) ?? []) : null;
}
