"use client";
// The de-identification guard's findings, each shown in the text it was found in, with the
// author's confirmation that they identify no one.
import type { CaseIdentifierFinding } from "@/lib/cases/identifiers";
import { describeField, fieldText, type Draft } from "./case-form-draft";

function Highlighted({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return (
    <span>
      {from > 0 ? "…" : ""}
      {text.slice(from, start)}
      <mark className="rounded bg-amber-200 px-0.5 font-semibold text-amber-950">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? "…" : ""}
    </span>
  );
}

export function IdentifierWarning({ formId, message, findings, draft, confirmed, setConfirmed }: {
  formId: string; message: string | null; findings: CaseIdentifierFinding[]; draft: Draft; confirmed: boolean; setConfirmed: (value: boolean) => void;
}) {
  return (
    <section className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-5" role="alert" aria-labelledby={`${formId}-identifiers`} data-testid="identifier-warning">
      <h2 id={`${formId}-identifiers`} className="text-lg font-semibold text-amber-950">Possible patient identifiers</h2>
      <p className="text-sm text-amber-950">{message}</p>
      <ul className="space-y-2 text-sm">
        {findings.map((finding, index) => (
          <li key={`${finding.field}-${finding.start}-${index}`} className="rounded bg-white p-2">
            <p className="font-medium">{describeField(finding.field, draft)}: {finding.message}</p>
            <p className="mt-1 text-slate-700"><Highlighted text={fieldText(draft, finding.field)} start={finding.start} end={finding.end} /></p>
          </li>
        ))}
      </ul>
      <label className="flex items-start gap-2 text-sm font-medium text-amber-950">
        <input type="checkbox" className="mt-0.5 size-4" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        I have checked these: they do not identify the patient, save anyway.
      </label>
    </section>
  );
}
