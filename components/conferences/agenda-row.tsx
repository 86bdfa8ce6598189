"use client";
// One agenda row: its case, timing and badges, the organiser's move/remove buttons and the intake section.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { moveAgendaItem, removeAgendaItem } from "@/lib/conferences/actions";
import type { ConferenceKindName } from "@/lib/conferences/constants";
import type { AgendaEditorView } from "@/lib/conferences/queries";
import { IntakeDetails } from "./intake-details";
import { IntakeForm } from "./intake-form";

type Item = AgendaEditorView["items"][number];

const INTAKE_LABELS: Record<string, string> = {
  clinicalQuestion: "clinical question",
  relevantHistory: "relevant history",
  imagingToReview: "imaging to review",
  presentingClinician: "presenting clinician",
};

const minutes = (n: number) => `${n} min`;

export function AgendaRow({ item, index, count, kind, canManage, onRemoved }: {
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
              {item.mayEditIntake ? <IntakeForm item={item} intake={item.intake} kind={kind} /> : <IntakeDetails intake={item.intake} />}
            </div>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}
