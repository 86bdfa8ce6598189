"use client";
// Scheduling a conference, or editing its schedule. Every rule is enforced by the action; this
// collects input, converts the local start time to an ISO instant, and shows the action's errors.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { scheduleConference } from "@/lib/conferences/actions";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { useSubmissionKey } from "@/components/use-submission-key";
import { CONFERENCE_KIND_LABELS, type ConferenceKindName } from "@/lib/conferences/constants";

export interface SchedulingTeam {
  id: string;
  name: string;
  kinds: ConferenceKindName[];
  members: Array<{ id: string; name: string }>;
}

export interface ScheduleValues {
  conferenceId?: string;
  kind: ConferenceKindName;
  teamId: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  location: string;
  videoUrl: string;
  presenterId: string;
  chairId: string;
}

/** "2026-11-28T17:30" in the browser's zone, for <input type="datetime-local">. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function ScheduleForm({ teams, initial, viewerId }: { teams: SchedulingTeam[]; initial?: ScheduleValues; viewerId: string }) {
  const router = useRouter();
  const editing = Boolean(initial?.conferenceId);
  const [values, setValues] = useState<ScheduleValues>(
    initial ?? {
      kind: teams[0]?.kinds[0] ?? "teaching",
      teamId: teams[0]?.id ?? "",
      title: "",
      startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 11) + "17:00:00.000Z",
      durationMinutes: 60,
      location: "",
      videoUrl: "",
      presenterId: viewerId,
      chairId: "",
    },
  );
  const [local, setLocal] = useState(() => toLocalInput(values.startsAt));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submission = useSubmissionKey();
  const guard = useGuardedText({ title: values.title });
  const team = teams.find((candidate) => candidate.id === values.teamId);
  const kinds = useMemo(() => (editing ? [values.kind] : (team?.kinds ?? [])), [editing, team, values.kind]);
  const set = <K extends keyof ScheduleValues>(key: K, value: ScheduleValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const startsAt = local ? new Date(local).toISOString() : "";
    const input = { ...values, startsAt };
    // A new conference: one per submission, however often it is sent (decision 032).
    const clientKey = editing ? null : submission.keyFor(input);
    const result = await scheduleConference({ ...(clientKey ? { ...input, clientKey } : input), ...guard.state.confirmation });
    setPending(false);
    if (result.ok && clientKey) submission.done(clientKey);
    const found = findingsOf(result);
    if (found) {
      guard.onRefused(found);
      setMessage(null);
      return;
    }
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    if (editing) router.refresh();
    else router.push(`/conferences/${result.data.conferenceId}/agenda`);
  }

  if (teams.length === 0) {
    return (
      <FormAlert tone="info">
        You can schedule a conference for a team you own or coordinate (or, as a team's educator, a teaching conference for that team).
        Create a team first on the Teams page.
      </FormAlert>
    );
  }

  return (
    <form onSubmit={submit} className="card space-y-4 p-4 sm:p-6" noValidate>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Team" errors={errors.teamId}>
          {(props) => (
            <select {...props} className="field-input" value={values.teamId} disabled={editing} onChange={(e) => {
              const next = teams.find((candidate) => candidate.id === e.target.value);
              setValues((current) => ({ ...current, teamId: e.target.value, kind: next?.kinds.includes(current.kind) ? current.kind : (next?.kinds[0] ?? current.kind), chairId: "" }));
            }}>
              {teams.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Kind" errors={errors.kind}>
          {(props) => (
            <select {...props} className="field-input" value={values.kind} disabled={editing} onChange={(e) => set("kind", e.target.value as ConferenceKindName)}>
              {kinds.map((kind) => <option key={kind} value={kind}>{CONFERENCE_KIND_LABELS[kind]}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label="Title" errors={errors.title}>
        {(props) => <input {...props} className="field-input" value={values.title} placeholder={values.kind === "mdt" ? "Foot and ankle MDT" : "Thursday imaging rounds"} onChange={(e) => set("title", e.target.value)} />}
      </Field>
      <IdentifierFindings findings={guard.findings} texts={{ title: values.title }} label={() => "Title"} state={guard.state} refused={guard.refused} checking={guard.checking} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Starts" hint="In your time zone." errors={errors.startsAt}>
          {(props) => <input {...props} type="datetime-local" className="field-input" value={local} onChange={(e) => setLocal(e.target.value)} />}
        </Field>
        <Field label="Duration (minutes)" errors={errors.durationMinutes}>
          {(props) => <input {...props} type="number" min={10} max={600} step={5} className="field-input" value={values.durationMinutes} onChange={(e) => set("durationMinutes", Number(e.target.value))} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Location" errors={errors.location}>
          {(props) => <input {...props} className="field-input" value={values.location} placeholder="Seminar room 2, level 4" onChange={(e) => set("location", e.target.value)} />}
        </Field>
        <Field label="Video link (optional)" errors={errors.videoUrl}>
          {(props) => <input {...props} type="url" className="field-input" value={values.videoUrl} placeholder="https://" onChange={(e) => set("videoUrl", e.target.value)} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Presenter" errors={errors.presenterId}>
          {(props) => (
            <select {...props} className="field-input" value={values.presenterId} onChange={(e) => set("presenterId", e.target.value)}>
              <option value="">Choose…</option>
              {team?.members.map((member) => <option key={member.id} value={member.id}>{member.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={values.kind === "mdt" ? "Chair (signs outcomes off)" : "Chair (optional)"} errors={errors.chairId}>
          {(props) => (
            <select {...props} className="field-input" value={values.chairId} onChange={(e) => set("chairId", e.target.value)}>
              <option value="">{values.kind === "mdt" ? "Choose…" : "None"}</option>
              {team?.members.map((member) => <option key={member.id} value={member.id}>{member.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : editing ? "Save schedule" : "Schedule and build the agenda"}</button>
    </form>
  );
}
