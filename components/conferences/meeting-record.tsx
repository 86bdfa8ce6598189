"use client";
// The MDT meeting record: who was present (and whether the meeting is quorate), and each case's
// consensus outcome. An outcome is a draft until the chair signs it off; then it is locked and a
// change is an amendment with a reason, the original wording kept beside it. The actions enforce
// all of this; the view only offers what the query says the viewer may do.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { QuorumStatus } from "@/components/conferences/quorum";
import { LocalTime } from "@/components/conferences/local-time";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { amendOutcome, recordAttendee, removeAttendee, saveOutcome, signOffOutcome } from "@/lib/conferences/mdt-actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import { SPECIALTIES } from "@/lib/conferences/constants";
import type { MeetingRecord, OutcomeView } from "@/lib/conferences/queries";

type Item = MeetingRecord["items"][number];
type OutcomeText = OutcomeView["current"];

const EMPTY_OUTCOME: OutcomeText = { recommendation: "", managementPlan: "", followUp: "", dissent: "" };

export function MeetingRecordView({ record }: { record: MeetingRecord }) {
  return (
    <div className="space-y-8">
      <Attendance record={record} />
      <section aria-labelledby="cases-heading" className="space-y-4">
        <h2 id="cases-heading" className="text-lg font-semibold">Cases and outcomes</h2>
        {record.items.length === 0 ? (
          <p className="card p-4 text-sm text-slate-600">No cases on the agenda.</p>
        ) : (
          record.items.map((item) => <CaseRecord key={item.itemId} item={item} record={record} />)
        )}
      </section>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Attendance
// ---------------------------------------------------------------------------------------------

function Attendance({ record }: { record: MeetingRecord }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="attendance-heading" className="card space-y-4 p-4 sm:p-6">
      <h2 id="attendance-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">Attendance</h2>
      <QuorumStatus missing={record.quorum.missing} required={record.quorum.required} />
      <p className="text-sm text-slate-600">
        Required for quorum: {record.quorum.required.length ? record.quorum.required.join(", ") : "none set"}
        {record.canManage ? <> (<Link href={`/conferences/${record.id}/agenda`} className="text-brand-700 underline">change on the agenda page</Link>)</> : null}.
      </p>
      {record.attendees.length === 0 ? (
        <p className="text-sm text-slate-600">No attendance recorded yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="attendees">
          {record.attendees.map((attendee) => (
            <AttendeeRow key={attendee.id} attendee={attendee} canManage={record.canManage} onRemoved={() => headingRef.current?.focus()} />
          ))}
        </ul>
      )}
      {record.canManage ? <AddAttendee record={record} /> : null}
    </section>
  );
}

function AttendeeRow({ attendee, canManage, onRemoved }: { attendee: MeetingRecord["attendees"][number]; canManage: boolean; onRemoved: () => void }) {
  const { pending, failure, run } = useAction();
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="attendee">
      <span className="min-w-0 font-medium break-words">{attendee.name}</span>
      <span className="text-slate-600">{attendee.specialty}</span>
      {attendee.userId === null ? <span className="badge bg-slate-100 text-slate-600">Visitor</span> : null}
      {canManage ? (
        <button
          type="button"
          className="btn-ghost ml-auto px-2 py-1 text-red-700"
          aria-label={`Remove ${attendee.name} from the attendance list`}
          disabled={pending}
          onClick={async () => {
            const result = await run(() => removeAttendee({ attendeeId: attendee.id }));
            if (result.ok) onRemoved();
          }}
        >
          Remove
        </button>
      ) : null}
      {failure ? <p className="field-error w-full" role="alert">{failure.message}</p> : null}
    </li>
  );
}

function AddAttendee({ record }: { record: MeetingRecord }) {
  const { pending, failure, run } = useAction();
  const [userId, setUserId] = useState("");
  const [name, setName] = useState("");
  const [specialty, setSpecialty] = useState("");
  const submission = useSubmissionKey();
  const present = new Set(record.attendees.map((attendee) => attendee.userId).filter(Boolean));
  const available = record.members.filter((member) => !present.has(member.id));
  const errors = failure?.fieldErrors ?? {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { conferenceId: record.id, userId, name: userId ? "" : name, specialty };
    const result = await run(() => recordAttendee({ ...input, clientKey: submission.keyFor(input) }));
    if (result.ok) {
      submission.done();
      setUserId("");
      setName("");
      setSpecialty("");
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 border-t border-slate-100 pt-4" noValidate>
      <h3 className="font-medium">Add an attendee</h3>
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Attendee" hint="A member of the team." errors={errors.userId}>
          {(props) => (
            <select {...props} className="field-input" value={userId} onChange={(e) => {
              setUserId(e.target.value);
              if (e.target.value) setName("");
            }}>
              <option value="">Visitor (type the name)</option>
              {available.map((member) => <option key={member.id} value={member.id}>{member.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Visitor name" hint="Someone without an account in the team." errors={errors.name}>
          {(props) => (
            <input {...props} className="field-input" maxLength={120} autoComplete="off" value={name} onChange={(e) => {
              setName(e.target.value);
              if (e.target.value) setUserId("");
            }} />
          )}
        </Field>
        <Field label="Specialty" errors={errors.specialty}>
          {(props) => (
            <select {...props} className="field-input" value={specialty} onChange={(e) => setSpecialty(e.target.value)}>
              <option value="">Choose…</option>
              {SPECIALTIES.map((option) => <option key={option} value={option}>{option}</option>)}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Adding…" : "Add attendee"}</button>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// One case: intake and outcome
// ---------------------------------------------------------------------------------------------

function CaseRecord({ item, record }: { item: Item; record: MeetingRecord }) {
  const headingId = useId();
  const intake: Array<[string, string]> = [
    ["Clinical question", item.intake.clinicalQuestion],
    ["Relevant history", item.intake.relevantHistory],
    ["Imaging to review", item.intake.imagingToReview],
    ["Presenting clinician", item.intake.presentingClinician],
  ];
  return (
    <section aria-labelledby={headingId} className="card space-y-4 p-4 sm:p-6" data-testid="record-item">
      <div>
        <h3 id={headingId} className="text-base font-semibold break-words">
          <span className="text-slate-500">{item.position}. </span>
          <Link href={`/cases/${item.caseId}`} className="text-brand-800 hover:underline">{item.title}</Link>
        </h3>
        <p className="text-sm text-slate-600">{item.patient}</p>
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {intake.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="break-words whitespace-pre-wrap text-slate-700">{value.trim() ? value : <span className="text-slate-400">Not given</span>}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-3 border-t border-slate-100 pt-4">
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="font-semibold">Outcome</h4>
          {item.outcome && !item.outcome.signedOff ? <span className="badge bg-amber-100 text-amber-900" data-testid="outcome-draft">Draft: not signed off</span> : null}
          {item.outcome?.signedOff ? <span className="badge bg-emerald-100 text-emerald-800">Signed off</span> : null}
          {item.outcome ? (
            <a href={`/api/outcomes/${item.outcome.id}/fhir`} className="ml-auto text-sm text-brand-700 underline">FHIR CarePlan</a>
          ) : null}
        </div>
        <Outcome item={item} record={record} />
      </div>
    </section>
  );
}

function Outcome({ item, record }: { item: Item; record: MeetingRecord }) {
  const outcome = item.outcome;
  if (!outcome) {
    return record.canRecordOutcome
      ? <OutcomeForm itemId={item.itemId} version={0} initial={EMPTY_OUTCOME} />
      : <p className="text-sm text-slate-600">No outcome recorded yet.</p>;
  }
  if (!outcome.signedOff) {
    const signOff = record.canSignOff ? { outcomeId: outcome.id, version: outcome.version } : undefined;
    return record.canRecordOutcome ? (
      // Remounted when the saved version changes, so the form starts from what was saved.
      <OutcomeForm key={outcome.version} itemId={item.itemId} version={outcome.version} initial={outcome.current} signOff={signOff} />
    ) : (
      <div className="space-y-3">
        <OutcomeFields text={outcome.current} />
        {signOff ? <SignOff {...signOff} dirty={false} /> : null}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="outcome-locked">
        Signed off by {outcome.signedOff.by} on <LocalTime iso={outcome.signedOff.at} />. Locked: changes are recorded as amendments.
      </p>
      <OutcomeFields text={outcome.current} />
      {outcome.amendments.length > 0 ? <AmendmentHistory outcome={outcome} /> : null}
      {record.canRecordOutcome ? <AmendOutcome key={outcome.amendments.length} outcome={outcome} /> : null}
    </div>
  );
}

function OutcomeFields({ text, compact = false }: { text: OutcomeText; compact?: boolean }) {
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

function OutcomeInputs({ values, errors, onChange }: {
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

const sameText = (a: OutcomeText, b: OutcomeText) =>
  a.recommendation === b.recommendation && a.managementPlan === b.managementPlan && a.followUp === b.followUp && a.dissent === b.dissent;

function OutcomeForm({ itemId, version, initial, signOff }: {
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

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { itemId, version, ...values };
    // The first save creates the outcome: one per submission (decision 032); later saves are edits.
    const result = await run(() => saveOutcome(version === 0 ? { ...input, clientKey: submission.keyFor(input) } : input));
    if (result.ok) submission.done();
    setSaved(result.ok);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3" noValidate>
        {failure ? <FormAlert>{failure.message}</FormAlert> : null}
        {saved && !dirty ? <FormAlert tone="info">Outcome saved as a draft.</FormAlert> : null}
        <OutcomeInputs values={values} errors={failure?.fieldErrors ?? {}} onChange={(key, value) => {
          setSaved(false);
          setValues((current) => ({ ...current, [key]: value }));
        }} />
        <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : "Save outcome"}</button>
      </form>
      {signOff ? <SignOff outcomeId={signOff.outcomeId} version={signOff.version} dirty={dirty} /> : null}
    </div>
  );
}

function SignOff({ outcomeId, version, dirty }: { outcomeId: string; version: number; dirty: boolean }) {
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

function AmendmentHistory({ outcome }: { outcome: OutcomeView }) {
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
                {index + 1}. <LocalTime iso={amendment.at} /> by {amendment.by}
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

function AmendOutcome({ outcome }: { outcome: OutcomeView }) {
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
  const submission = useSubmissionKey();
  const errors = failure?.fieldErrors ?? {};

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // On success the refreshed page remounts the section (keyed by the amendment count), closed.
    const input = { outcomeId: outcome.id, ...values, reason };
    const result = await run(() => amendOutcome({ ...input, clientKey: submission.keyFor(input) }));
    if (result.ok) submission.done();
  }

  return (
    <form id={id} onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">The signed-off wording is kept; the amendment records the new wording, why, by whom and when.</p>
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
      <OutcomeInputs values={values} errors={errors} onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))} />
      <Field label="Reason for amendment" errors={errors.reason}>
        {(props) => <textarea {...props} rows={2} maxLength={1000} className="field-input" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Recording…" : "Record amendment"}</button>
    </form>
  );
}
