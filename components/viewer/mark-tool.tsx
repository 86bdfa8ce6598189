"use client";
// The author's marking bar: which mark to place, its text, whether it is part of an unknown case's
// secret, and the list of the slice's marks with a remove button each (the marks' text equivalent,
// reachable by keyboard). Placing is a press and drag on the image, or Enter for the image's centre.
import type { AnnotationView } from "@/lib/annotations/view";
import { describeMark } from "./annotation-layer";

export type MarkKind = "arrow" | "circle" | "label";
export interface MarkDraft {
  kind: MarkKind;
  text: string;
  secret: boolean;
  confirmed: boolean;
}

export function MarkTool({ draft, onDraft, error, editing }: { draft: MarkDraft; onDraft: (draft: MarkDraft) => void; error: { message: string; identifiers: boolean } | null; editing: boolean }) {
  if (!editing) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-200" data-testid="mark-tool">
      <label className="flex items-center gap-1">
        <span>Mark</span>
        <select className="rounded bg-slate-800 px-1 py-0.5" value={draft.kind} onChange={(event) => onDraft({ ...draft, kind: event.target.value as MarkKind })}>
          <option value="arrow">Arrow (drag from tail to tip)</option>
          <option value="circle">Circle (drag from centre)</option>
          <option value="label">Label (click)</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span>Text</span>
        <input className="w-40 rounded bg-slate-800 px-1 py-0.5" maxLength={80} value={draft.text} onChange={(event) => onDraft({ ...draft, text: event.target.value, confirmed: false })} />
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={draft.secret} onChange={(event) => onDraft({ ...draft, secret: event.target.checked })} />
        <span>Part of the answer (hidden until the reveal)</span>
      </label>
      {error ? (
        <p role="alert" className="w-full rounded bg-red-950 px-2 py-1 text-red-100">
          {error.message}
          {error.identifiers ? (
            <label className="ml-2 inline-flex items-center gap-1">
              <input type="checkbox" checked={draft.confirmed} onChange={(event) => onDraft({ ...draft, confirmed: event.target.checked })} />
              <span>These are not identifiers: place it anyway</span>
            </label>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

export function MarkList({ marks, canRemove, onRemove }: { marks: AnnotationView[]; canRemove: boolean; onRemove: (id: string) => void }) {
  if (marks.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1 text-xs text-slate-300" aria-label="Marks on this slice">
      {marks.map((mark) => (
        <li key={mark.id} className="flex items-center gap-1 rounded bg-slate-800 px-2 py-0.5">
          <span>{describeMark(mark)}{mark.secret ? " (hidden until the reveal)" : ""}</span>
          {canRemove ? (
            <button type="button" className="underline" onClick={() => onRemove(mark.id)} aria-label={`Remove ${describeMark(mark)}`}>
              remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
