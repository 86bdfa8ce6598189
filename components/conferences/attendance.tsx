"use client";
// Attendance at an MDT meeting: the quorum, who was present, and the form to add an attendee.
import Link from "next/link";
import { useRef, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { useSubmissionKey } from "@/components/use-submission-key";
import { SPECIALTIES } from "@/lib/conferences/constants";
import { recordAttendee, removeAttendee } from "@/lib/conferences/mdt-actions";
import type { MeetingRecord } from "@/lib/conferences/queries";
import { QuorumStatus } from "./quorum";

export function Attendance({ record }: { record: MeetingRecord }) {
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
            <AttendeeRow key={attendee.id} attendee={attendee} canManage={record.canRecordAttendance} onRemoved={() => headingRef.current?.focus()} />
          ))}
        </ul>
      )}
      {record.canRecordAttendance ? <AddAttendee record={record} /> : null}
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
    const clientKey = submission.keyFor(input);
    const result = await run(() => recordAttendee({ ...input, clientKey }));
    if (result.ok) {
      submission.done(clientKey);
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
