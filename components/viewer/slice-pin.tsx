"use client";
// A comment's point or box on a slice (decision 071): drawn over the slice in 0..1 of its size, and
// picked in the viewer's "Comment on this slice" mode: a click is a point, a drag a box; the bar's
// buttons do the same from a keyboard (the whole slice, a point at its centre, or a box drawn with
// the arrow keys: lib/discussion/anchor-box.ts), each step said in the bar's live region.
import { useRef, useState, type KeyboardEvent } from "react";
import type { AnchorMark } from "@/lib/discussion/anchor";
import { describeBox, nudgeBox, START_BOX, type BoxMark } from "@/lib/discussion/anchor-box";

const PIN = "#38bdf8";

/** The mark over a slice of `width` x `height` pixels (same box as the image: contained, centred); no label: decorative. */
export function PinLayer({ mark, width, height, label, handles = false }: { mark: AnchorMark; width: number; height: number; label: string; handles?: boolean }) {
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
        <>
          <rect x={mark.x * width} y={mark.y * height} width={mark.w * width} height={mark.h * height} fill="none" stroke={PIN} strokeWidth={unit} strokeDasharray={`${3 * unit} ${1.5 * unit}`} />
          {/* A box drawn with the keys: its two corners, the one the arrows move and the one Shift moves. */}
          {handles
            ? [[mark.x, mark.y], [mark.x + mark.w, mark.y + mark.h]].map(([x, y]) => (
                <rect key={`${x},${y}`} x={x! * width - 2 * unit} y={y! * height - 2 * unit} width={4 * unit} height={4 * unit} fill={PIN} stroke="#000" strokeWidth={0.5 * unit} />
              ))
            : null}
        </>
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

/** The keys the viewer's frame answers while a box is being drawn, as the bar and the frame's name say them. */
export const BOX_KEYS = "The arrow keys move it, Shift with the arrow keys resizes it, Enter confirms, Escape cancels.";

/**
 * A box drawn from the keyboard: `start` puts one in the middle of the slice, `key` applies a key
 * press (true when it was the box's), Enter hands the box to `onPick`. `said` is the bar's live
 * region text: the box after every step, and what became of it.
 */
export function useKeyboardBox(onPick: (mark: BoxMark) => void) {
  const [box, setBox] = useState<BoxMark | null>(null);
  const [said, setSaid] = useState("");
  const stop = (words: string) => {
    setBox(null);
    setSaid(words);
  };
  const start = () => {
    setBox(START_BOX);
    setSaid(`Drawing a box. ${describeBox(START_BOX)} ${BOX_KEYS}`);
  };
  const confirm = () => {
    if (!box) return;
    stop("Box marked.");
    onPick(box);
  };
  const cancel = () => {
    if (box) stop("Box cancelled.");
  };
  /** A key press on the frame: true (and the key's default and bubbling stopped) when it was the box's. */
  const key = (event: KeyboardEvent): boolean => {
    if (!box || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === "Enter") confirm();
    else if (event.key === "Escape") cancel();
    else {
      const next = nudgeBox(box, event.key, event.shiftKey);
      if (!next) return false;
      setBox(next);
      setSaid(describeBox(next));
    }
    // Not the viewer's slice keys, nor the page's (the presenter's step keys listen on window).
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  /** Drops the box without a word (a box drawn with the pointer replaces it). */
  const drop = () => setBox(null);
  return { box, said, start, confirm, cancel, key, drop };
}

export function PinBar({ onWhole, onCentre, box, onFocusFrame, onCancel }: {
  onWhole: () => void;
  onCentre: () => void;
  /** The box drawn with the keys; the frame takes the focus when one starts or is cancelled. */
  box: ReturnType<typeof useKeyboardBox>;
  onFocusFrame: () => void;
  onCancel: () => void;
}) {
  const button = "rounded bg-slate-800 px-2 py-1 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-sky-400";
  const focusing = (run: () => void) => () => {
    run();
    onFocusFrame();
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-200" data-testid="pin-bar" role="group" aria-label="Comment on this slice">
      {box.box ? (
        <>
          <button type="button" className={button} onClick={box.confirm}>Use this box</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={focusing(box.cancel)}>Cancel the box</button>
        </>
      ) : (
        <>
          <p className="w-full sm:w-auto">Click a point or drag a box on the slice, or:</p>
          <button type="button" className={button} onClick={onWhole}>The whole slice</button>
          <button type="button" className={button} onClick={onCentre}>A point at the centre</button>
          <button type="button" className={button} onClick={focusing(box.start)} data-testid="draw-box">Draw a box with the keys</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={onCancel}>Cancel</button>
        </>
      )}
      {/* Always rendered while the bar is, so that each change is announced (a region added with its text is not). */}
      <p className="w-full" aria-live="polite" data-testid="box-status">{box.said}</p>
    </div>
  );
}
