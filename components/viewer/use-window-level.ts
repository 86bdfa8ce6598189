"use client";
// Window and level for a series: one window for the whole stack (as on a PACS), the presets of its
// modality, a drag that changes it, and the slices around the shown one loaded ahead.
import { useEffect, useMemo, useRef, useState } from "react";
import { clampWindow, dragWindow, windowPresets, type Window } from "@/lib/images/window";
import type { ImageRef } from "@/lib/imaging/view";
import { loadSlice, usePixelSlice } from "./use-pixel-slice";

/** Slices loaded ahead and behind while windowing. */
const AHEAD = 2;

export function useWindowLevel(images: ImageRef[], index: number, active: boolean, modality: string | null) {
  const { slice, state } = usePixelSlice(images[index] ?? null, active);
  const [window, setWindow] = useState<Window | null>(null);
  const start = useRef<Window | null>(null);
  const presets = useMemo(() => (slice ? windowPresets(modality ?? slice.modality, slice) : []), [slice, modality]);

  // The first slice loaded sets the starting window: the file's own, else the first preset.
  useEffect(() => {
    if (!window && presets[0]) setWindow({ center: presets[0].center, width: presets[0].width });
  }, [presets, window]);

  useEffect(() => {
    if (!active) return;
    for (let offset = -AHEAD; offset <= AHEAD; offset++) {
      const image = images[index + offset];
      if (image && offset !== 0) void loadSlice(image);
    }
  }, [active, images, index]);

  const reset = () => setWindow(presets[0] ? { center: presets[0].center, width: presets[0].width } : null);
  return {
    slice: state === "ready" ? slice : null,
    state,
    window,
    presets,
    setWindow,
    reset,
    /** Pointer drags: `begin` at the press, `move` with the distance from it. */
    begin: () => {
      start.current = window;
    },
    move: (dx: number, dy: number) => {
      if (!start.current) return;
      // A full-width drag spans about four times the starting window.
      setWindow(dragWindow(start.current, dx, dy, Math.max(0.5, start.current.width / 128)));
    },
    /** Keyboard: Shift+arrows narrow/widen the window and lower/raise the level by a step. */
    nudge: (widthSteps: number, levelSteps: number) => {
      if (!window) return;
      const step = Math.max(1, window.width / 32);
      setWindow(clampWindow({ center: window.center + levelSteps * step, width: window.width + widthSteps * step }));
    },
  };
}
