// The presenter's slice (issue 24 item 5): which slice of which series the presenter shows, sent
// to the room as a live signal of its own ("slice") that carries the position itself, so that
// phones move without refetching anything. Shared by the server and the browser: no server code.
import type { ShownWindow } from "@/lib/images/window";

/** The conference signal that carries the presenter's slice (beside "state" and "tally"). */
export const SLICE_SIGNAL = "slice";

/** The presenter's browser sends at most one slice change per this interval; the last one wins. */
export const SLICE_SEND_INTERVAL_MS = 100;

/**
 * The presenter's window/level on that slice (decision 095), in the modality's values (Hounsfield
 * units for CT); `preset` names the viewer's preset it is, null for a custom window.
 */
export type SliceWindow = ShownWindow;

/**
 * The slice on the presenter's screen: valid only while the conference is still on that agenda
 * item and step. `seq` grows with every change, so a browser keeps the newest of what it heard
 * (a signal, or the position read with the live view).
 */
export interface SliceFocus {
  itemId: string;
  step: number;
  seriesId: string;
  /** Place of the slice among the series' images as the room sees them (0-based). */
  index: number;
  /** Null while the presenter shows the slice as rendered at ingest (no Window tool). */
  window: SliceWindow | null;
  seq: number;
}

/** The newer of two positions (either may be missing). */
export function newerFocus(a: SliceFocus | null | undefined, b: SliceFocus | null | undefined): SliceFocus | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.seq > a.seq ? b : a;
}

/** Two windows that draw the same picture (either may be missing). */
export const sameWindow = (a: SliceWindow | null, b: SliceWindow | null) =>
  a === b || (a !== null && b !== null && a.center === b.center && a.width === b.width && a.preset === b.preset);
