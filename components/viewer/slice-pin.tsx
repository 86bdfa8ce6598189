"use client";
// A comment's point or box on a slice (decision 071): drawn over the slice in 0..1 of its size, and
// picked in the viewer's "Comment on this slice" mode: a click is a point, a drag a box; the bar's
// buttons do the same from a keyboard (the whole slice, or a point at its centre).
import { useRef, useState } from "react";
import type { AnchorMark } from "@/lib/discussion/anchor";

const PIN = "#38bdf8";

/** The mark over a slice of `width` x `height` pixels (same box as the image: contained, centred); no label: decorative. */
export function PinLayer({ mark, width, height, label }: { mark: AnchorMark; width: number; height: number; label: string }) {
  const unit = Math.max(width, height) / 128;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" className="pointer-events-none absolute inset-0 h-full w-full" {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })} data-testid="slice-pin" data-kind={mark.kind}>
      {mark.kind === "point" ? (
        <>
          <circle cx={mark.x * width} cy={mark.y * height} r={4 * unit} fill="none" stroke="#000" strokeWidth={2 * unit} />
          <circle cx={mark.x * width} cy={mark.y * height} r={4 * unit} fill="none" stroke={PIN} strokeWidth={unit} />
          <circle cx={mark.x * width} cy={mark.y * height} r={0.8 * unit} fill={PIN} />
        </>
      ) : (
        <rect x={mark.x * width} y={mark.y * height} width={mark.w * width} height={mark.h * height} fill="none" stroke={PIN} strokeWidth={unit} strokeDasharray={`${3 * unit} ${1.5 * unit}`} />
      )}
    </svg>
  );
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const rounded = (value: number) => Math.round(clamp(value) * 1000) / 1000;

/** A point, or the box between two points (null when the drag was too small to be a box). */
export function markBetween(from: { x: number; y: number }, to: { x: number; y: number }): AnchorMark {
  const w = Math.abs(to.x - from.x);
  const h = Math.abs(to.y - from.y);
  if (w < 0.01 && h < 0.01) return { kind: "point", x: rounded(from.x), y: rounded(from.y) };
  const x = rounded(Math.min(from.x, to.x));
  const y = rounded(Math.min(from.y, to.y));
  return { kind: "box", x, y, w: Math.max(0.005, Math.min(rounded(w), 1 - x)), h: Math.max(0.005, Math.min(rounded(h), 1 - y)) };
}

/** The press-drag-release of the pin mode, in 0..1 coordinates; `onPick` gets the point or box. */
export function useSlicePin(onPick: (mark: AnchorMark) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<AnchorMark | null>(null);
  return {
    draft,
    down(at: { x: number; y: number }) {
      start.current = at;
      setDraft({ kind: "point", ...at });
    },
    move(at: { x: number; y: number }) {
      if (start.current) setDraft(markBetween(start.current, at));
    },
    up(at: { x: number; y: number } | null) {
      const from = start.current;
      start.current = null;
      setDraft(null);
      if (from && at) onPick(markBetween(from, at));
    },
  };
}

export function PinBar({ onWhole, onCentre, onCancel }: { onWhole: () => void; onCentre: () => void; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-200" data-testid="pin-bar" role="group" aria-label="Comment on this slice">
      <p className="w-full sm:w-auto">Click a point or drag a box on the slice, or:</p>
      <button type="button" className="rounded bg-slate-800 px-2 py-1 hover:bg-slate-700" onClick={onWhole}>The whole slice</button>
      <button type="button" className="rounded bg-slate-800 px-2 py-1 hover:bg-slate-700" onClick={onCentre}>A point at the centre</button>
      <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={onCancel}>Cancel</button>
    </div>
  );
}
