// A comment's box drawn from the keyboard (decision 071; issue 24: keyboard for everything a mouse
// does): the arrow keys move the box, Shift with the arrow keys resizes it from its lower-right
// corner, in steps of a fiftieth of the slice, always inside the slice. Pure, shared by the viewer
// and its tests; no server code.
import type { AnchorMark } from "./anchor";

export type BoxMark = Extract<AnchorMark, { kind: "box" }>;

/** One key press moves or resizes by this much of the slice's width or height. */
export const BOX_STEP = 0.02;
/** The smallest box the keys make: one step each way. */
const MIN_SIDE = BOX_STEP;

/** Where a box drawn from the keyboard starts: a fifth of the slice each way, in its centre. */
export const START_BOX: BoxMark = { kind: "box", x: 0.4, y: 0.4, w: 0.2, h: 0.2 };

/** Three decimals, as stored and linked (markParam); also keeps 0.4 + 0.02 from becoming 0.42000000000000004. */
const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The box after one arrow key (`resize`: Shift held), or null for any other key. */
export function nudgeBox(box: BoxMark, key: string, resize: boolean): BoxMark | null {
  const direction = DIRECTIONS[key];
  if (!direction) return null;
  const [dx, dy] = direction;
  if (resize) {
    const w = round(clamp(box.w + dx * BOX_STEP, MIN_SIDE, 1 - box.x));
    const h = round(clamp(box.h + dy * BOX_STEP, MIN_SIDE, 1 - box.y));
    return { ...box, w, h };
  }
  return { ...box, x: round(clamp(box.x + dx * BOX_STEP, 0, 1 - box.w)), y: round(clamp(box.y + dy * BOX_STEP, 0, 1 - box.h)) };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** What a screen reader hears after each key: where the box is and how big, in percent of the slice. */
export function describeBox(box: BoxMark): string {
  return `Box ${percent(box.x)} from the left, ${percent(box.y)} from the top, ${percent(box.w)} wide, ${percent(box.h)} high.`;
}
