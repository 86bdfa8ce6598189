"use client";
// A stack viewer for one series: the mouse wheel, dragging, the arrow keys, a slider and a swipe
// on a phone move through the slices; neighbours are preloaded so scrolling does not stall; zoom,
// pan and full screen. Loaded lazily (next/dynamic) so a case page without images pays nothing.
import { useCallback, useEffect, useRef, useState } from "react";
import { imageAlt, imageUrl, type SeriesView } from "@/lib/imaging/view";

/** Slices fetched ahead and behind the one shown. */
const PRELOAD = 4;
/** Pixels of drag or swipe per slice. */
const DRAG_STEP = 12;

export interface StackViewerProps {
  series: SeriesView;
  initialIndex?: number;
  onClose?: () => void;
}

export default function StackViewer({ series, initialIndex = 0, onClose }: StackViewerProps) {
  const total = series.images.length;
  const [index, setIndex] = useState(Math.min(Math.max(0, initialIndex), total - 1));
  const [zoom, setZoom] = useState(1);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [tool, setTool] = useState<"scroll" | "pan">("scroll");
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; index: number; pan: { x: number; y: number } } | null>(null);
  const wheelRest = useRef(0);
  const cache = useRef(new Map<string, HTMLImageElement>());

  const go = useCallback((next: number) => setIndex(Math.min(total - 1, Math.max(0, next))), [total]);

  // Preload the neighbours (the browser keeps them; the route allows private caching).
  useEffect(() => {
    for (let offset = -PRELOAD; offset <= PRELOAD; offset++) {
      const image = series.images[index + offset];
      if (!image || cache.current.has(image.id)) continue;
      const element = new Image();
      element.decoding = "async";
      element.src = imageUrl(image.id);
      cache.current.set(image.id, element);
    }
  }, [index, series.images]);

  // The wheel needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (event.ctrlKey) {
        setZoom((value) => Math.min(8, Math.max(1, value * (event.deltaY < 0 ? 1.1 : 1 / 1.1))));
        return;
      }
      // A wheel notch (about 100 px) is one slice; a trackpad's small deltas add up first.
      wheelRest.current += event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
      if (Math.abs(wheelRest.current) < 20) return;
      const steps = Math.sign(wheelRest.current) * Math.max(1, Math.round(Math.abs(wheelRest.current) / 100));
      wheelRest.current = 0;
      setIndex((value) => Math.min(total - 1, Math.max(0, value + steps)));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [total]);

  const fullScreen = () => {
    const element = frame.current?.parentElement;
    if (!element) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else void element.requestFullscreen?.();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(index + 1), ArrowRight: () => go(index + 1), PageDown: () => go(index + 10),
      ArrowUp: () => go(index - 1), ArrowLeft: () => go(index - 1), PageUp: () => go(index - 10),
      Home: () => go(0), End: () => go(total - 1),
      "+": () => setZoom((value) => Math.min(8, value * 1.25)), "=": () => setZoom((value) => Math.min(8, value * 1.25)),
      "-": () => setZoom((value) => Math.max(1, value / 1.25)), "0": () => { setZoom(1); setPan({ x: 0, y: 0 }); },
      f: fullScreen, Escape: () => onClose?.(),
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };

  const onPointerDown = (event: React.PointerEvent) => {
    (event.target as Element).setPointerCapture?.(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, index, pan };
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (tool === "pan" && zoom > 1) {
      setPan({ x: start.pan.x + dx, y: start.pan.y + dy });
    } else {
      // Vertical drag with a mouse, either direction with a finger (a swipe).
      const distance = Math.abs(dy) >= Math.abs(dx) ? dy : event.pointerType === "touch" ? -dx : 0;
      go(start.index + Math.trunc(distance / DRAG_STEP));
    }
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  if (total === 0) return <p className="text-sm text-slate-600">This series has no images.</p>;
  const image = series.images[index]!;
  const alt = imageAlt(series, index);

  return (
    <div className="flex flex-col gap-2 rounded-lg bg-slate-950 p-2 text-slate-100" data-testid="stack-viewer">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{series.name}</span>
        <span aria-live="polite" data-testid="slice-counter" className="tabular-nums">slice {index + 1} / {total}</span>
        <div className="ml-auto flex flex-wrap gap-1">
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={tool === "scroll"} onClick={() => setTool("scroll")}>Scroll</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={tool === "pan"} onClick={() => setTool("pan")}>Pan</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom in" onClick={() => setZoom((value) => Math.min(8, value * 1.25))}>+</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom out" onClick={() => setZoom((value) => Math.max(1, value / 1.25))}>−</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={() => { setZoom(1); setPan({ x: 0, y: 0 }); }}>Reset</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={fullScreen}>Full screen</button>
          {onClose ? <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={onClose}>Close</button> : null}
        </div>
      </div>
      <div
        ref={frame}
        role="slider"
        tabIndex={0}
        aria-label={`${series.name}: use the arrow keys or the mouse wheel to move through the slices`}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={`slice ${index + 1} of ${total}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        className="relative flex aspect-square max-h-[80vh] w-full touch-none select-none items-center justify-center overflow-hidden rounded bg-black outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
        data-testid="stack-frame"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private images: no optimizer */}
        <img
          src={imageUrl(image.id)}
          alt={alt}
          width={image.width}
          height={image.height}
          draggable={false}
          data-testid="stack-image"
          data-index={index}
          className="max-h-full max-w-full object-contain"
          style={{ transform: `translate(${pan.x}px, ${pan.y}px) scale(${zoom})`, imageRendering: zoom > 2 ? "pixelated" : undefined }}
        />
        {image.caption ? <p className="absolute bottom-1 left-1 right-1 rounded bg-black/70 px-2 py-1 text-xs">{image.caption}</p> : null}
      </div>
      <label className="flex items-center gap-2 text-xs">
        <span className="sr-only">Slice</span>
        <input type="range" min={1} max={total} value={index + 1} onChange={(event) => go(Number(event.target.value) - 1)} className="w-full" data-testid="slice-slider" />
      </label>
      {series.orderedBy !== "geometry" && total > 1 ? (
        <p className="text-xs text-slate-400">Slices in {series.orderedBy === "instance-number" ? "the scanner's numbering" : "upload order"} (the files carry no position).</p>
      ) : null}
    </div>
  );
}
