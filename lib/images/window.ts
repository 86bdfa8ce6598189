// Window and level (DICOM PS3.3 C.11.2.1.2): which stored values map to which grey. Pure and
// dependency-free, so the viewer in the browser and the tests use the same arithmetic.

/** A window: values in [center - width/2, center + width/2] spread over black to white. */
export interface Window {
  center: number;
  width: number;
}

/** Every preset the viewer may offer: the file's own, the CT windows, and the histogram's. */
export const WINDOW_PRESET_NAMES = ["As acquired", "Soft tissue", "Bone", "Lung", "Brain", "Auto"] as const;
export type WindowPresetName = (typeof WINDOW_PRESET_NAMES)[number];

export interface WindowPreset extends Window {
  name: WindowPresetName;
}

/** The window a viewer shows, with the preset it is (null: a custom window). */
export interface ShownWindow extends Window {
  preset: WindowPresetName | null;
}

/**
 * The widest values a window may take. Stored values are at most 16 bits, so any real window fits;
 * the viewer keeps a drag inside them, and a conference refuses anything beyond (decision 095).
 */
export const WINDOW_LIMITS = { center: 100_000, width: 200_000 } as const;

/** A window kept inside WINDOW_LIMITS (a width of at least 1, as greyOf needs). */
export function clampWindow({ center, width }: Window): Window {
  return {
    center: Math.min(WINDOW_LIMITS.center, Math.max(-WINDOW_LIMITS.center, center)),
    width: Math.min(WINDOW_LIMITS.width, Math.max(1, width)),
  };
}

/** The preset a window is (to the nearest unit), if any: "Bone" rather than "W 1800 / L 400". */
export function presetOf(presets: WindowPreset[], window: Window): WindowPreset | undefined {
  return presets.find((preset) => Math.round(preset.center) === Math.round(window.center) && Math.round(preset.width) === Math.round(window.width));
}

/** The slice's pixels as stored, with what turns them into modality values (e.g. Hounsfield units). */
export interface PixelSlice {
  rows: number;
  columns: number;
  /** Stored values, one per pixel, row by row. */
  values: Int16Array | Uint16Array | Uint8Array | Int8Array;
  slope: number;
  intercept: number;
  /** MONOCHROME1: the lowest value is white. */
  invert: boolean;
  /** The window the file itself suggests, if any. */
  window: Window | null;
}

/** Common CT windows (Hounsfield units), as radiology teaching uses them. */
const CT_PRESETS: WindowPreset[] = [
  { name: "Soft tissue", center: 40, width: 400 },
  { name: "Bone", center: 400, width: 1800 },
  { name: "Lung", center: -600, width: 1500 },
  { name: "Brain", center: 40, width: 80 },
];

/**
 * The presets the viewer offers for a modality. CT has fixed windows in Hounsfield units; other
 * modalities (MR, and anything else) have no absolute scale, so their one preset is computed from
 * the slice's own histogram (autoWindow).
 */
export function windowPresets(modality: string | null, slice: PixelSlice): WindowPreset[] {
  const auto: WindowPreset = { name: "Auto", ...autoWindow(slice) };
  const presets = (modality ?? "").toUpperCase() === "CT" ? CT_PRESETS : [];
  return slice.window ? [{ name: "As acquired", ...slice.window }, ...presets, auto] : [...presets, auto];
}

/**
 * A window from the slice's histogram: from the 1st to the 99th percentile of its modality values,
 * so a few very bright or dark pixels (a marker, the air around a limb) do not flatten the rest.
 */
export function autoWindow(slice: PixelSlice, lowPercentile = 0.01, highPercentile = 0.99): Window {
  const { values, slope, intercept } = slice;
  if (values.length === 0) return { center: 0, width: 1 };
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === max) return { center: min * slope + intercept, width: 1 };
  // A histogram over the stored range (at most 4,096 bins): O(n), no sort of 250,000 values.
  const bins = Math.min(4096, max - min + 1);
  const counts = new Uint32Array(bins);
  const scale = (bins - 1) / (max - min);
  for (const value of values) counts[Math.round((value - min) * scale)]!++;
  const at = (fraction: number) => {
    const target = fraction * values.length;
    let seen = 0;
    for (let bin = 0; bin < bins; bin++) {
      seen += counts[bin]!;
      if (seen >= target) return min + bin / scale;
    }
    return max;
  };
  const low = at(lowPercentile) * slope + intercept;
  const high = at(highPercentile) * slope + intercept;
  return { center: (low + high) / 2, width: Math.max(1, high - low) };
}

/** The grey (0-255) of one modality value through a window: the linear function of PS3.3 C.11.2.1.2. */
export function greyOf(value: number, { center, width }: Window): number {
  const c = center - 0.5;
  const w = Math.max(1, width) - 1;
  if (value <= c - w / 2) return 0;
  if (value > c + w / 2) return 255;
  return Math.round(((value - c) / Math.max(w, 1e-9) + 0.5) * 255);
}

/**
 * The slice through a window into RGBA pixels for a canvas (`out` is reused between frames: a drag
 * repaints 60 times a second without allocating). A lookup table over the stored range makes each
 * frame one array read per pixel.
 */
export function renderWindowed(slice: PixelSlice, window: Window, out: Uint8ClampedArray): void {
  const { values, slope, intercept, invert } = slice;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!Number.isFinite(min)) return;
  const table = new Uint8Array(max - min + 1);
  for (let stored = min; stored <= max; stored++) {
    const grey = greyOf(stored * slope + intercept, window);
    table[stored - min] = invert ? 255 - grey : grey;
  }
  for (let index = 0, pixel = 0; index < values.length; index++, pixel += 4) {
    const grey = table[values[index]! - min]!;
    out[pixel] = grey;
    out[pixel + 1] = grey;
    out[pixel + 2] = grey;
    out[pixel + 3] = 255;
  }
}

/** A drag of (dx, dy) screen pixels: right widens the window, down raises the level (the usual convention). */
export function dragWindow(start: Window, dx: number, dy: number, sensitivity: number): Window {
  return clampWindow({ center: start.center + dy * sensitivity, width: start.width + dx * sensitivity });
}
