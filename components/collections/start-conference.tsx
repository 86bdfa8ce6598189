"use client";
// "Start a conference" on a collection (issue 27 item 6): a teaching conference for one of the
// educator's teams, with the collection's cases as its agenda in order (the action keeps only those
// they may present there). Opens on the new conference's agenda.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { IdentifierFindings, findingsOf } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { Field, FormAlert } from "@/components/ui/field";
import { useSubmissionKey } from "@/components/use-submission-key";
import { startConferenceFromCollection } from "@/lib/collections/conference-actions";

/** Now, to the minute, in the browser's zone, for <input type="datetime-local">. */
function localNow(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function StartConference({ collectionId, collectionTitle, shareKey, teams }: { collectionId: string; collectionTitle: string; shareKey: string | null; teams: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const submission = useSubmissionKey();
  const [values, setValues] = useState({ teamId: teams[0]?.id ?? "", title: collectionTitle.slice(0, 150), durationMinutes: 60 });
  const [local, setLocal] = useState(localNow);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const guard = useGuardedText({ title: values.title });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const input = { ...values, collectionId, ...(shareKey ? { key: shareKey } : {}), startsAt: local ? new Date(local).toISOString() : "" };
    const clientKey = submission.keyFor(input);
    const result = await startConferenceFromCollection({ ...input, clientKey, ...guard.state.confirmation });
    setPending(false);
    const found = findingsOf(result);
    if (found) return guard.onRefused(found);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    submission.done(clientKey);
    router.push(`/conferences/${result.data.conferenceId}/agenda`);
  }

  return (
    <details className="card p-4 text-sm" data-testid="start-conference">
      <summary className="cursor-pointer font-medium">Start a conference from this collection</summary>
      <form onSubmit={submit} className="mt-3 space-y-3" noValidate>
        <p className="text-slate-700">A teaching conference you present, with this collection&apos;s cases as its agenda in this order. Drafts and other teams&apos; cases are left out.</p>
        {message ? <FormAlert>{message}</FormAlert> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Team" errors={errors.teamId}>
            {(props) => (
              <select {...props} className="field-input" value={values.teamId} onChange={(e) => setValues({ ...values, teamId: e.target.value })}>
                {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
              </select>
            )}
          </Field>
          <Field label="Title" errors={errors.title}>
            {(props) => <input {...props} className="field-input" value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />}
          </Field>
          <Field label="Starts" hint="In your time zone." errors={errors.startsAt}>
            {(props) => <input {...props} type="datetime-local" className="field-input" value={local} onChange={(e) => setLocal(e.target.value)} />}
          </Field>
          <Field label="Duration (minutes)" errors={errors.durationMinutes}>
            {(props) => <input {...props} type="number" min={10} max={600} step={5} className="field-input" value={values.durationMinutes} onChange={(e) => setValues({ ...values, durationMinutes: Number(e.target.value) })} />}
          </Field>
        </div>
        <IdentifierFindings findings={guard.findings} texts={{ title: values.title }} label={() => "Title"} state={guard.state} refused={guard.refused} checking={guard.checking} />
        <button type="submit" className="btn-primary" disabled={pending || guard.state.blocked}>{pending ? "Starting…" : "Create the conference"}</button>
      </form>
    </details>
  );
}
