"use client";
// Adding a case from the library to the agenda: a filter, the case, its minutes.
import { useId, useMemo, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { addAgendaItem } from "@/lib/conferences/actions";
import { filterCases } from "@/lib/conferences/case-filter";
import { MAX_AGENDA_ITEMS, REVEAL_CONSENT_LABELS, REVEAL_CONSENTS, type RevealConsentName } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";

export function AddCase({ conferenceId, candidates, full }: { conferenceId: string; candidates: AgendaEditorView["candidates"]; full: boolean }) {
  const { pending, failure, run, clear } = useAction();
  const [filter, setFilter] = useState("");
  const [caseId, setCaseId] = useState("");
  const [estimate, setEstimate] = useState("10");
  const [added, setAdded] = useState<string | null>(null);
  const countId = useId();

  const [consent, setConsent] = useState<RevealConsentName>("room");
  const matches = useMemo(() => filterCases(candidates, filter), [candidates, filter]);
  const selected = matches.some((kase) => kase.id === caseId) ? caseId : (matches[0]?.id ?? "");
  const mine = candidates.find((kase) => kase.id === selected)?.mine ?? false;
  const errors = failure?.fieldErrors ?? {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!selected) return;
    const title = candidates.find((kase) => kase.id === selected)?.title ?? "The case";
    const result = await run(() => addAgendaItem({ conferenceId, caseId: selected, estimatedMinutes: estimate === "" ? "" : Number(estimate), revealConsent: mine ? consent : "none" }));
    if (result.ok) {
      setAdded(`${title} was added to the agenda.`);
      setCaseId("");
    } else setAdded(null);
  }

  return (
    <section aria-labelledby="add-case-heading" className="card space-y-3 p-4" data-testid="add-case">
      <h2 id="add-case-heading" className="font-semibold">Add a case from the library</h2>
      {full ? (
        <FormAlert tone="info">The agenda is full: a meeting holds at most {MAX_AGENDA_ITEMS} cases. Remove one to add another.</FormAlert>
      ) : null}
      {added ? <FormAlert tone="info">{added}</FormAlert> : null}
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="no-candidates">
          No cases available to add. Cases that are not drafts, that you can see, and that belong to this team (or to no team) appear here;
          an MDT meeting does not take public cases.
        </p>
      ) : (
        <form onSubmit={submit} className="space-y-3" noValidate>
          {failure ? <FormAlert>{failure.message}</FormAlert> : null}
          <Field label="Filter cases" hint="Words from the title, region, tags, presentation or author.">
            {(props) => (
              <input
                {...props}
                type="search"
                className="field-input"
                value={filter}
                placeholder="e.g. metatarsal, ankle"
                onChange={(e) => {
                  setFilter(e.target.value);
                  setAdded(null);
                  clear();
                }}
              />
            )}
          </Field>
          <p id={countId} className="text-xs text-slate-500" aria-live="polite">
            {matches.length === candidates.length ? `${candidates.length} ${candidates.length === 1 ? "case" : "cases"} available` : `${matches.length} of ${candidates.length} cases match`}
          </p>
          {matches.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="no-match">No case matches “{filter.trim()}”. Try fewer or shorter words.</p>
          ) : (
            <Field label="Case" errors={errors.caseId}>
              {(props) => (
                <select {...props} className="field-input" value={selected} disabled={full} onChange={(e) => setCaseId(e.target.value)}>
                  {matches.map((kase) => (
                    <option key={kase.id} value={kase.id}>{optionLabel(kase)}</option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {mine ? (
            <Field label="Your answer at this conference" hint="Your case: only you decide whether the presenter may reveal its answer.">
              {(props) => (
                <select {...props} className="field-input" value={consent} onChange={(e) => setConsent(e.target.value as RevealConsentName)}>
                  {REVEAL_CONSENTS.map((value) => <option key={value} value={value}>{REVEAL_CONSENT_LABELS[value]}</option>)}
                </select>
              )}
            </Field>
          ) : null}
          <div className="flex flex-wrap items-end gap-3">
            <Field label="Minutes" className="w-28" errors={errors.estimatedMinutes}>
              {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={120} className="field-input" value={estimate} disabled={full} onChange={(e) => setEstimate(e.target.value)} />}
            </Field>
            <button type="submit" className="btn-primary" disabled={pending || full || !selected}>{pending ? "Adding…" : "Add to agenda"}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** "Unknown case: Runner with forefoot pain… (Foot, Dr A)": unknown cases told apart by teaser and author. */
function optionLabel(kase: AgendaEditorView["candidates"][number]): string {
  const detail = [kase.region, kase.authorName].filter(Boolean).join(", ");
  const teaser = kase.teaser ? `: ${kase.teaser.length > 60 ? `${kase.teaser.slice(0, 59)}…` : kase.teaser}` : "";
  return `${kase.title}${kase.title === "Unknown case" ? teaser : ""}${detail ? ` (${detail})` : ""}`;
}
