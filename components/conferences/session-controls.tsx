"use client";
// Around the live session: the chair starting an MDT meeting (its record opens then, issue 26
// item 10), and running an ended conference again with the same agenda (item 11).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { useSubmissionKey } from "@/components/use-submission-key";
import { runConferenceAgain, startMeeting } from "@/lib/conferences/session-actions";

export function StartMeeting({ conferenceId, canStart }: { conferenceId: string; canStart: boolean }) {
  const { run, pending, failure } = useAction();
  return (
    <div className="card space-y-2 border-amber-300 bg-amber-50 p-4 text-sm" data-testid="meeting-not-started">
      <p>The meeting has not started. Attendance, outcomes and sign-off open when {canStart ? "you start it" : "the chair starts it"}; the intake forms can be filled in now on the agenda page.</p>
      {failure ? <FormAlert>{failure.message}</FormAlert> : null}
      {canStart ? <button type="button" className="btn-primary" disabled={pending} onClick={() => void run(() => startMeeting({ conferenceId }))}>Start the meeting</button> : null}
    </div>
  );
}

/** "2026-11-28T17:30" in the browser's zone, a week after `iso`. */
function aWeekLater(iso: string): string {
  const date = new Date(new Date(iso).getTime() + 7 * 24 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function RunAgain({ conferenceId, startsAt }: { conferenceId: string; startsAt: string }) {
  const router = useRouter();
  const [local, setLocal] = useState(() => aWeekLater(startsAt));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const clientKey = useSubmissionKey();
  return (
    <form
      className="card space-y-2 p-4 text-left text-sm"
      data-testid="run-again"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const input = { conferenceId, startsAt: local ? new Date(local).toISOString() : "" };
        const key = clientKey.keyFor(input);
        const result = await runConferenceAgain({ ...input, clientKey: key });
        setPending(false);
        if (!result.ok) return setError([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" "));
        clientKey.done(key);
        router.push(`/conferences/${result.data.conferenceId}/agenda`);
      }}
    >
      <h3 className="font-semibold">Run again</h3>
      <p className="text-slate-600">A new conference with the same agenda, people and place; votes, attendance and outcomes start afresh.</p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <label className="block">
        <span className="block font-medium">Starts (your time)</span>
        <input type="datetime-local" className="field-input" value={local} onChange={(event) => setLocal(event.target.value)} required />
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>Schedule it again</button>
        <Link className="btn-ghost" href={`/conferences/${conferenceId}/summary`}>See the summary</Link>
      </div>
    </form>
  );
}
