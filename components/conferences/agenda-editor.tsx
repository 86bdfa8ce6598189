"use client";
// The organiser's agenda: order, timing, intake forms, cases to add from the library and, for an
// MDT meeting, the quorum. Every rule is enforced by the actions; this collects input, shows what
// the query says the viewer may do, and renders the actions' errors beside the controls.
import { useRef } from "react";
import type { ConferenceKindName } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";
import { AddCase } from "./add-case";
import { AgendaRow } from "./agenda-row";
import { Quorum } from "./quorum";

type Agenda = Omit<AgendaEditorView, "schedule" | "members" | "teamName">;

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
