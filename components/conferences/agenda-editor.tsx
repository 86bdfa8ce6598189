"use client";
// The organiser's agenda: order, timing, intake forms, cases to add from the library and, for an
// MDT meeting, the quorum. Every rule is enforced by the actions; this collects input, shows what
// the query says the viewer may do, and renders the actions' errors beside the controls.
import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, saveIntake, setRequiredSpecialties } from "@/lib/conferences/actions";
import { MAX_AGENDA_ITEMS, SPECIALTIES, type ConferenceKindName } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";

type Agenda = Omit<AgendaEditorView, "schedule" | "members" | "teamName">;
type Item = Agenda["items"][number];
type Intake = NonNullable<Item["intake"]>;

const INTAKE_LABELS: Record<string, string> = {
  clinicalQuestion: "clinical question",
  relevantHistory: "relevant history",
  imagingToReview: "imaging to review",
  presentingClinician: "presenting clinician",
};

const minutes = (n: number) => `${n} min`;

export function AgendaEditor({ conferenceId, teamId, kind, durationMinutes, agenda }: {
  conferenceId: string;
  teamId: string;
  kind: ConferenceKindName;
  durationMinutes: number;
  agenda: Agenda;
}) {
  const showSide = agenda.canManage || agenda.quorum !== null;
  return (
    <div className={showSide ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" : ""}>
      <AgendaList kind={kind} durationMinutes={durationMinutes} agenda={agenda} />
      {showSide ? (
        <div className="min-w-0 space-y-6">
          {agenda.canManage ? <AddCase conferenceId={conferenceId} candidates={agenda.candidates} full={agenda.full} /> : null}
          {agenda.quorum ? <Quorum conferenceId={conferenceId} teamId={teamId} quorum={agenda.quorum} canEdit={agenda.canSetQuorum} /> : null}
        </div>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The agenda itself
// ---------------------------------------------------------------------------------------------

function AgendaList({ kind, durationMinutes, agenda }: { kind: ConferenceKindName; durationMinutes: number; agenda: Agenda }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { items, totalMinutes } = agenda;
  const over = totalMinutes - durationMinutes;
  return (
    <section aria-labelledby="agenda-heading" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="agenda-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Agenda
        </h2>
        <p className="text-sm text-slate-600" data-testid="agenda-total">
          {items.length} {items.length === 1 ? "case" : "cases"} · {totalMinutes} of {durationMinutes} minutes planned
          {over > 0 ? <span className="ml-1 font-medium text-amber-800">({over} min over the scheduled time)</span> : null}
        </p>
      </div>
      {!agenda.canManage ? (
        <p className="text-sm text-slate-600">The organisers, presenter and chair arrange the agenda. You are viewing it read-only.</p>
      ) : null}
      {items.length === 0 ? (
        <p className="card p-4 text-sm text-slate-600">
          No cases on the agenda yet.{agenda.canManage ? " Add one from the library." : ""}
        </p>
      ) : (
        <ol className="card divide-y divide-slate-100">
          {items.map((item, index) => (
            <AgendaRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              kind={kind}
              canManage={agenda.canManage}
              onRemoved={() => headingRef.current?.focus()}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function AgendaRow({ item, index, count, kind, canManage, onRemoved }: {
  item: Item;
  index: number;
  count: number;
  kind: ConferenceKindName;
  canManage: boolean;
  onRemoved: () => void;
}) {
  const { pending, failure, run } = useAction();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const moved = useRef<"up" | "down" | null>(null);
  const [open, setOpen] = useState(false);
  const lockId = useId();
  const first = index === 0;
  const last = index === count - 1;
  const locked = item.hasOutcome ? "It has a recorded outcome, so it stays on the agenda." : item.presented ? "It has been presented, so it stays on the agenda." : null;

  // Reordering moves this row in the DOM, which drops focus: put it back on the button used.
  useEffect(() => {
    const direction = moved.current;
    if (!direction) return;
    moved.current = null;
    const preferred = direction === "up" ? upRef.current : downRef.current;
    const other = direction === "up" ? downRef.current : upRef.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [index]);

  async function move(direction: "up" | "down") {
    moved.current = direction;
    const result = await run(() => moveAgendaItem({ itemId: item.id, direction }));
    if (!result.ok) moved.current = null;
  }

  async function remove() {
    const result = await run(() => removeAgendaItem({ itemId: item.id }));
    if (result.ok) onRemoved();
  }

  return (
    <li className="space-y-2 px-3 py-3 sm:px-4" data-testid="agenda-item">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <span className="mt-0.5 w-6 shrink-0 text-right font-mono text-sm text-slate-500">{index + 1}.</span>
        <div className="min-w-0 flex-1">
          {item.caseId ? <Link href={`/cases/${item.caseId}`} className="font-medium break-words text-brand-800 hover:underline">{item.title}</Link> : <span className="font-medium break-words text-slate-700">{item.title}</span>}
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{minutes(item.estimatedMinutes)}</span>
            {item.presented ? <span className="badge bg-sky-100 text-sky-800">Presented</span> : null}
            {item.hasOutcome ? <span className="badge bg-emerald-100 text-emerald-800">Outcome recorded</span> : null}
          </p>
        </div>
        {canManage ? (
          <div className="flex shrink-0 items-center gap-1">
            <button ref={upRef} type="button" className="btn-ghost px-2.5 py-1.5" aria-label={`Move ${item.title} up`} disabled={pending || first} onClick={() => void move("up")}>
              <span aria-hidden>↑</span>
            </button>
            <button ref={downRef} type="button" className="btn-ghost px-2.5 py-1.5" aria-label={`Move ${item.title} down`} disabled={pending || last} onClick={() => void move("down")}>
              <span aria-hidden>↓</span>
            </button>
            <button
              type="button"
              className="btn-ghost px-2.5 py-1.5 text-red-700"
              aria-label={`Remove ${item.title}`}
              aria-describedby={locked ? lockId : undefined}
              disabled={pending || locked !== null}
              onClick={() => void remove()}
            >
              Remove
            </button>
          </div>
        ) : null}
      </div>
      {canManage && locked ? <p id={lockId} className="pl-9 text-xs text-slate-500">{locked}</p> : null}
      {kind === "mdt" && item.missingIntake.length > 0 ? (
        <p className="ml-9 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900" data-testid="intake-missing">
          Intake incomplete: {item.missingIntake.map((field) => INTAKE_LABELS[field] ?? field).join(", ")}
        </p>
      ) : null}
      {failure ? <div className="pl-9"><FormAlert>{failure.message}</FormAlert></div> : null}
      {item.intake ? (
        // The form is mounted only while open: thirty closed items do not hold thirty forms.
        <details className="pl-9" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 select-none hover:underline">
            {item.mayEditIntake ? (kind === "mdt" ? "Intake form" : "Timing and notes") : kind === "mdt" ? "Intake" : "Notes"}
            <span className="sr-only"> for {item.title}</span>
          </summary>
          {open ? (
            <div className="mt-3">
              {item.mayEditIntake ? <IntakeForm item={item} intake={item.intake} kind={kind} /> : <IntakeText intake={item.intake} />}
            </div>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}

function IntakeText({ intake }: { intake: Intake }) {
  const rows: Array<[string, string]> = [
    ["Clinical question", intake.clinicalQuestion],
    ["Relevant history", intake.relevantHistory],
    ["Imaging to review", intake.imagingToReview],
    ["Presenting clinician", intake.presentingClinician],
  ];
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="font-medium text-slate-800">{label}</dt>
          <dd className="break-words whitespace-pre-wrap text-slate-700">{value.trim() ? value : <span className="text-slate-400">Not given</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function IntakeForm({ item, intake, kind }: { item: Item; intake: Intake; kind: ConferenceKindName }) {
  const { pending, failure, run } = useAction();
  const [values, setValues] = useState({ estimatedMinutes: String(item.estimatedMinutes), ...intake });
  const [saved, setSaved] = useState(false);
  const errors = failure?.fieldErrors ?? {};
  const set = (key: keyof typeof values, value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await run(() => saveIntake({ itemId: item.id, ...values, estimatedMinutes: values.estimatedMinutes === "" ? "" : Number(values.estimatedMinutes) }));
    setSaved(result.ok);
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
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
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : kind === "mdt" ? "Save intake" : "Save"}</button>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Adding a case from the library
// ---------------------------------------------------------------------------------------------

function AddCase({ conferenceId, candidates, full }: { conferenceId: string; candidates: Agenda["candidates"]; full: boolean }) {
  const { pending, failure, run, clear } = useAction();
  const [filter, setFilter] = useState("");
  const [caseId, setCaseId] = useState("");
  const [estimate, setEstimate] = useState("10");
  const [added, setAdded] = useState<string | null>(null);
  const countId = useId();

  const matches = useMemo(() => {
    const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return candidates;
    return candidates.filter((kase) => {
      const haystack = `${kase.title} ${kase.region}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [candidates, filter]);
  const selected = matches.some((kase) => kase.id === caseId) ? caseId : (matches[0]?.id ?? "");
  const errors = failure?.fieldErrors ?? {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!selected) return;
    const title = candidates.find((kase) => kase.id === selected)?.title ?? "The case";
    const result = await run(() => addAgendaItem({ conferenceId, caseId: selected, estimatedMinutes: estimate === "" ? "" : Number(estimate) }));
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
          <Field label="Filter cases" hint="By title or body region.">
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
            <p className="text-sm text-slate-600">No case matches “{filter.trim()}”.</p>
          ) : (
            <Field label="Case" errors={errors.caseId}>
              {(props) => (
                <select {...props} className="field-input" value={selected} disabled={full} onChange={(e) => setCaseId(e.target.value)}>
                  {matches.map((kase) => (
                    <option key={kase.id} value={kase.id}>{kase.region ? `${kase.title} (${kase.region})` : kase.title}</option>
                  ))}
                </select>
              )}
            </Field>
          )}
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

// ---------------------------------------------------------------------------------------------
// Quorum (MDT meetings)
// ---------------------------------------------------------------------------------------------

export function QuorumStatus({ missing, required }: { missing: string[]; required: string[] }) {
  if (missing.length > 0) {
    return (
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900" data-testid="quorum-warning">
        Quorum missing: no {missing.join(", ")} present
      </p>
    );
  }
  return (
    <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900" data-testid="quorate">
      Quorate{required.length === 0 ? " (no specialties are required)" : ""}
    </p>
  );
}

function Quorum({ conferenceId, teamId, quorum, canEdit }: { conferenceId: string; teamId: string; quorum: NonNullable<Agenda["quorum"]>; canEdit: boolean }) {
  const { pending, failure, run } = useAction();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(quorum.required));
  const [saved, setSaved] = useState(false);
  const changed = chosen.size !== quorum.required.length || quorum.required.some((specialty) => !chosen.has(specialty));

  function toggle(specialty: string, on: boolean) {
    setSaved(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(specialty);
      else next.delete(specialty);
      return next;
    });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // Keep the list's order, whatever order the boxes were ticked in.
    const specialties = SPECIALTIES.filter((specialty) => chosen.has(specialty));
    const result = await run(() => setRequiredSpecialties({ teamId, specialties }));
    setSaved(result.ok);
  }

  return (
    <section aria-labelledby="quorum-heading" className="card space-y-3 p-4" data-testid="quorum">
      <h2 id="quorum-heading" className="font-semibold">Quorum</h2>
      <QuorumStatus missing={quorum.missing} required={quorum.required} />
      <p className="text-sm text-slate-600">
        {quorum.recorded === 0 ? "No attendance recorded yet." : `${quorum.recorded} ${quorum.recorded === 1 ? "attendee" : "attendees"} recorded.`}{" "}
        <Link href={`/conferences/${conferenceId}/record`} className="text-brand-700 underline">{canEdit ? "Record attendance" : "Meeting record"}</Link>
      </p>
      {canEdit ? (
        <form onSubmit={submit} className="space-y-3">
          {failure ? <FormAlert>{failure.message}</FormAlert> : null}
          {saved ? <FormAlert tone="info">Required specialties saved for the team.</FormAlert> : null}
          <fieldset>
            <legend className="field-label">Specialties required for quorum</legend>
            <p className="mt-0.5 text-xs text-slate-500">Set for the team: it applies to all its MDT meetings.</p>
            <div className="mt-2 grid gap-1.5 sm:grid-cols-2 lg:grid-cols-1">
              {SPECIALTIES.map((specialty) => (
                <label key={specialty} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
                    checked={chosen.has(specialty)}
                    onChange={(e) => toggle(specialty, e.target.checked)}
                  />
                  <span>{specialty}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="btn-secondary" disabled={pending || !changed}>{pending ? "Saving…" : "Save required specialties"}</button>
        </form>
      ) : (
        <p className="text-sm text-slate-700">
          Required for quorum: {quorum.required.length ? quorum.required.join(", ") : "none set"}.
        </p>
      )}
    </section>
  );
}
