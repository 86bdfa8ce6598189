"use client";
// Quorum of an MDT meeting: whether it is quorate, and the team's required specialties.
import Link from "next/link";
import { useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { setRequiredSpecialties } from "@/lib/conferences/actions";
import { SPECIALTIES } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";

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

export function Quorum({ conferenceId, teamId, quorum, canEdit }: { conferenceId: string; teamId: string; quorum: NonNullable<AgendaEditorView["quorum"]>; canEdit: boolean }) {
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
