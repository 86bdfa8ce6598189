"use client";
// One slice of a stack on a canvas, from bitmaps fetched and decoded in a worker (slice-loader.ts,
// decision 112). Moving to another slice draws it in the same frame when it is already decoded
// (its neighbours are fetched ahead), else as soon as it is; meanwhile the last slice stays. The
// canvas says which slice it holds in `data-index` and names it for screen readers (`label`).
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { SliceLoader, type WantedSlice } from "@/components/viewer/slice-loader";

/** `wholeSeries`: fetch the whole series in the background once the reader moves (not for a phone following a presenter). */
export function SliceCanvas({ urls, index, label, className, testId = "stack-image", wholeSeries = true }: { urls: readonly string[]; index: number; label: string; className?: string; testId?: string; wholeSeries?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const show = useRef<((urls: readonly string[], index: number, wholeSeries: boolean) => void) | null>(null);
  const shown = useRef({ urls, index, wholeSeries });
  const [error, setError] = useState<string | null>(null);
  const errorShown = useRef<string | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d", { alpha: false });
    if (!element || !context) return;
    const paint = (slice: WantedSlice) => {
      const failed = "error" in slice ? slice.error : null;
      if (errorShown.current !== failed) {
        errorShown.current = failed;
        setError(failed);
      }
      if ("error" in slice) {
        // Not the previous slice under another slice's number.
        context.fillRect(0, 0, element.width, element.height);
        delete element.dataset.index;
        return;
      }
      const { bitmap } = slice;
      if (element.width !== bitmap.width || element.height !== bitmap.height) {
        element.width = bitmap.width;
        element.height = bitmap.height;
      }
      context.drawImage(bitmap, 0, 0);
      element.dataset.index = String(slice.index);
    };
    // A slice decoded already is drawn at once (the move's own render, before its frame); one that
    // arrives from the worker later is drawn in the next animation frame, the latest of any that
    // arrived meanwhile, so the canvas is drawn at most once a frame.
    let later: WantedSlice | null = null;
    let frame = 0;
    let moving = false;
    const created = new SliceLoader((slice) => {
      if (moving) return paint(slice);
      later = slice;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (later) paint(later);
        later = null;
      });
    });
    show.current = (urls, index, whole) => {
      moving = true;
      later = null;
      created.show(urls, index, whole);
      moving = false;
    };
    show.current(shown.current.urls, shown.current.index, shown.current.wholeSeries);
    return () => {
      cancelAnimationFrame(frame);
      created.close();
      show.current = null;
    };
  }, []);

  // Before the browser paints, so the slice and its number change in the same frame.
  useLayoutEffect(() => {
    shown.current = { urls, index, wholeSeries };
    show.current?.(urls, index, wholeSeries);
  }, [urls, index, wholeSeries]);

  return (
    <>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} className={className} />
      {error ? <p role="status" className="absolute inset-x-2 top-1/2 -translate-y-1/2 text-center text-sm text-slate-200">{error}</p> : null}
    </>
  );
}
