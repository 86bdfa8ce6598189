"use client";
// One slice drawn through a window on a canvas, from its stored values (not the 8-bit PNG): what
// the radiologist sees change as they drag. Repaints reuse one ImageData.
import { useEffect, useRef } from "react";
import { renderWindowed, type PixelSlice, type Window } from "@/lib/images/window";

export function WindowedCanvas({ slice, window, label, className }: { slice: PixelSlice; window: Window; label: string; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<ImageData | null>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context) return;
    if (element.width !== slice.columns || element.height !== slice.rows) {
      element.width = slice.columns;
      element.height = slice.rows;
      frame.current = null;
    }
    frame.current ??= context.createImageData(slice.columns, slice.rows);
    renderWindowed(slice, window, frame.current.data);
    context.putImageData(frame.current, 0, 0);
  }, [slice, window]);
  return <canvas ref={canvas} role="img" aria-label={label} data-testid="windowed-canvas" className={className} />;
}
