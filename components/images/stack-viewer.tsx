"use client";
// A stack viewer for one series: the mouse wheel, dragging, the arrow keys, a slider and a swipe
// on a phone move through the slices; neighbours are fetched and decoded ahead in a worker, so
// scrolling neither stalls nor loads the page's main thread (decision 112); zoom, pan and full
// screen; window and level on DICOM series (their stored values, on a canvas); the author's marks
// over the slice, shown or hidden. At a live conference the presenter's window goes to the room
// and a following phone shows it (decision 095). Loaded lazily (lazy-stack-viewer.tsx) so a case
// page without images pays nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { imageAlt, imageUrl, type SeriesView } from "@/lib/imaging/view";
import { AnnotationLayer } from "@/components/viewer/annotation-layer";
import { exportSlicePng } from "@/components/viewer/export-png";
import { MarkList, MarkTool, type MarkDraft } from "@/components/viewer/mark-tool";
import { CINE_RATES, useCine } from "@/components/viewer/use-cine";
import { useMarks, type NewMark } from "@/components/viewer/use-marks";
import { FollowedWindow, WindowControls } from "@/components/viewer/window-controls";
import { useSharedWindow } from "@/components/viewer/use-shared-window";
import { WindowedCanvas } from "@/components/viewer/windowed-canvas";
import { SliceCanvas } from "@/components/viewer/slice-canvas";
import { BOX_KEYS, PinBar, PinLayer, useKeyboardBox, useSlicePin } from "@/components/viewer/slice-pin";
import { describeAnchor, type AnchorMark, type DraftAnchor } from "@/lib/discussion/anchor";
import type { ShownWindow } from "@/lib/images/window";

/** Pixels of drag or swipe per slice. */
const DRAG_STEP = 12;

export interface StackViewerProps {
  series: SeriesView;
  initialIndex?: number;
  onClose?: () => void;
  /** Moves the viewer to this slice whenever it changes (a conference audience following its presenter). */
  index?: number;
  /** Told of every slice shown (the presenter's viewer sends it to the room). */
  onIndexChange?: (index: number) => void;
  /**
   * Shows this window whenever it changes (a phone following its presenter); null: the slice as
   * rendered at ingest. Left out, the viewer's window is its own (a phone browsing freely).
   */
  followWindow?: ShownWindow | null;
  /** Told of the window shown by the Window tool, null without it (the presenter's viewer sends it to the room). */
  onWindowChange?: (window: ShownWindow | null) => void;
  /** "vertical": ← and → are left to the page (the presenter's previous and next step). */
  arrowKeys?: "all" | "vertical";
  /** A comment's point or box to show on slice `index` (opened from the comment or a deep link). */
  pin?: { index: number; mark: AnchorMark | null } | null;
  /** Offers "Comment on this slice": the anchor goes to the discussion's composer (decision 071). */
  onCommentOnSlice?: (anchor: DraftAnchor) => void;
  /** Takes the keyboard focus when it opens (from a comment or a link). */
  autoFocus?: boolean;
  /** "near": only slices near the one shown are fetched (a phone following its presenter, in a room of a thousand). */
  fetchAhead?: "series" | "near";
}

/** The canvas showing slice `index` now (windowed, or decoded and drawn), if there is one. */
function shownCanvas(frame: HTMLElement | null, index: number): HTMLCanvasElement | null {
  return frame?.querySelector<HTMLCanvasElement>(`[data-testid="windowed-canvas"], [data-testid="stack-image"][data-index="${index}"]`) ?? null;
}

export default function StackViewer({ series, initialIndex = 0, onClose, index: shownIndex, onIndexChange, followWindow, onWindowChange, arrowKeys = "all", pin = null, onCommentOnSlice, autoFocus, fetchAhead = "series" }: StackViewerProps) {
  const total = series.images.length;
  const [index, setIndex] = useState(Math.min(Math.max(0, shownIndex ?? initialIndex), total - 1));
  useEffect(() => {
    if (shownIndex !== undefined) setIndex(Math.min(Math.max(0, shownIndex), total - 1));
  }, [shownIndex, total]);
  const reportIndex = useRef(onIndexChange);
  reportIndex.current = onIndexChange;
  useEffect(() => reportIndex.current?.(index), [index]);
  const [zoom, setZoom] = useState(1);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [tool, setTool] = useState<"scroll" | "pan" | "window" | "mark" | "pin">("scroll");
  const [showMarks, setShowMarks] = useState(true);
  const [draft, setDraft] = useState<MarkDraft>({ kind: "arrow", text: "", secret: false, confirmed: false });
  // A series from DICOM carries its modality; only those have stored values to window.
  const windowable = series.modality !== null;
  // A presenter's window shows on the canvas whatever this viewer's own tool is.
  const { level, followed, windowed } = useSharedWindow(series.images, index, series.modality, tool === "window", followWindow, onWindowChange);
  const marks = useMarks(series.id);
  const markStart = useRef<{ x: number; y: number } | null>(null);
  const cine = useCine(total, setIndex);
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; index: number; pan: { x: number; y: number } } | null>(null);
  const wheelRest = useRef(0);
  const urls = useMemo(() => series.images.map((image) => imageUrl(image)), [series.images]);

  const commentOn = (mark: AnchorMark | null) => {
    const shown = series.images[index]!;
    onCommentOnSlice?.({ seriesId: series.id, seriesName: series.name, imageId: shown.id, imageVersion: shown.version, slice: index + 1, width: shown.width, height: shown.height, mark });
    setTool("scroll");
  };
  const pinTool = useSlicePin(commentOn);
  const keyboardBox = useKeyboardBox(commentOn);
  const drawingBox = tool === "pin" ? keyboardBox.box : null;
  useEffect(() => {
    if (autoFocus) frame.current?.focus();
  }, [autoFocus]);

  const go = useCallback((next: number) => setIndex(Math.min(total - 1, Math.max(0, next))), [total]);

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
    // A box being drawn takes the arrows, Enter and Escape (slices stay on Page Up/Down, Home, End).
    if (drawingBox && keyboardBox.key(event)) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(index + 1), ArrowRight: () => go(index + 1), PageDown: () => go(index + 10),
      ArrowUp: () => go(index - 1), ArrowLeft: () => go(index - 1), PageUp: () => go(index - 10),
      Home: () => go(0), End: () => go(total - 1),
      Enter: () => { if (tool === "mark") void placeMark(centreMark()); else if (tool === "pin") commentOn({ kind: "point", x: 0.5, y: 0.5 }); },
      "+": () => setZoom((value) => Math.min(8, value * 1.25)), "=": () => setZoom((value) => Math.min(8, value * 1.25)),
      "-": () => setZoom((value) => Math.max(1, value / 1.25)), "0": () => { setZoom(1); setPan({ x: 0, y: 0 }); },
      f: fullScreen, Escape: () => onClose?.(), p: cine.toggle,
    };
    if (arrowKeys === "vertical" && (event.key === "ArrowLeft" || event.key === "ArrowRight") && !event.shiftKey) return;
    if (tool === "window" && event.shiftKey && event.key.startsWith("Arrow")) {
      event.preventDefault();
      const nudges: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const [width, levelStep] = nudges[event.key] ?? [0, 0];
      level.nudge(width, levelStep);
      return;
    }
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };

  /** A point on the screen in the slice's own pixels (the image is contained, then zoomed and panned). */
  const toImage = (clientX: number, clientY: number) => {
    const rect = frame.current!.getBoundingClientRect();
    const shown = series.images[index]!;
    const scale = Math.min(rect.width / shown.width, rect.height / shown.height) * zoom;
    const x = (clientX - rect.left - rect.width / 2 - pan.x) / scale + shown.width / 2;
    const y = (clientY - rect.top - rect.height / 2 - pan.y) / scale + shown.height / 2;
    return { x: Math.round(Math.min(shown.width, Math.max(0, x))), y: Math.round(Math.min(shown.height, Math.max(0, y))) };
  };
  /** The same point in 0..1 of the slice (a comment's pin). */
  const toUnit = (clientX: number, clientY: number) => {
    const shown = series.images[index]!;
    const { x, y } = toImage(clientX, clientY);
    return { x: x / shown.width, y: y / shown.height };
  };
  const placeMark = async (mark: NewMark) => {
    const placed = await marks.place(series.images[index]!.id, mark, draft);
    if (placed) setDraft({ ...draft, text: "", confirmed: false });
  };
  const centreMark = (): NewMark => {
    const shown = series.images[index]!;
    const [cx, cy] = [Math.round(shown.width / 2), Math.round(shown.height / 2)];
    if (draft.kind === "circle") return { kind: "circle", geometry: { cx, cy, r: Math.max(1, Math.round(shown.width / 10)) } };
    if (draft.kind === "label") return { kind: "label", geometry: { x: cx, y: cy } };
    return { kind: "arrow", geometry: { x1: Math.round(cx - shown.width / 6), y1: Math.round(cy - shown.height / 6), x2: cx, y2: cy } };
  };

  const onPointerDown = (event: React.PointerEvent) => {
    (event.target as Element).setPointerCapture?.(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, index, pan };
    if (tool === "window") level.begin();
    if (tool === "mark") markStart.current = toImage(event.clientX, event.clientY);
    if (tool === "pin") {
      keyboardBox.drop();
      pinTool.down(toUnit(event.clientX, event.clientY));
    }
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (tool === "window") {
      level.move(dx, dy);
    } else if (tool === "pin") {
      pinTool.move(toUnit(event.clientX, event.clientY));
    } else if (tool === "mark") {
      // Placed on release.
    } else if (tool === "pan" && zoom > 1) {
      setPan({ x: start.pan.x + dx, y: start.pan.y + dy });
    } else {
      // Vertical drag with a mouse, either direction with a finger (a swipe).
      const distance = Math.abs(dy) >= Math.abs(dx) ? dy : event.pointerType === "touch" ? -dx : 0;
      go(start.index + Math.trunc(distance / DRAG_STEP));
    }
  };
  const onPointerUp = (event: React.PointerEvent) => {
    drag.current = null;
    if (tool === "pin") pinTool.up(event.type === "pointercancel" ? null : toUnit(event.clientX, event.clientY));
    const from = markStart.current;
    markStart.current = null;
    if (tool !== "mark" || !from || event.type === "pointercancel") return;
    const to = toImage(event.clientX, event.clientY);
    if (draft.kind === "label") void placeMark({ kind: "label", geometry: from });
    else if (draft.kind === "circle") void placeMark({ kind: "circle", geometry: { cx: from.x, cy: from.y, r: Math.max(1, Math.round(Math.hypot(to.x - from.x, to.y - from.y))) } });
    else if (Math.hypot(to.x - from.x, to.y - from.y) >= 3) void placeMark({ kind: "arrow", geometry: { x1: from.x, y1: from.y, x2: to.x, y2: to.y } });
  };

  if (total === 0) return <p className="text-sm text-slate-600">This series has no images.</p>;
  const image = series.images[index]!;
  const alt = imageAlt(series, index);
  const sliceMarks = marks.byImage[image.id] ?? [];
  const toolButton = (name: typeof tool, label: string) => (
    <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={tool === name} onClick={() => { keyboardBox.drop(); setTool(name); }}>{label}</button>
  );

  return (
    <div className="flex flex-col gap-2 rounded-lg bg-slate-950 p-2 text-slate-100" data-testid="stack-viewer">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{series.name}</span>
        <span aria-live="polite" data-testid="slice-counter" className="tabular-nums">slice {index + 1} / {total}</span>
        <div className="ml-auto flex flex-wrap gap-1">
          {toolButton("scroll", "Scroll")}
          {toolButton("pan", "Pan")}
          {windowable ? toolButton("window", "Window") : null}
          {marks.canAnnotate ? toolButton("mark", "Mark") : null}
          {onCommentOnSlice ? toolButton("pin", "Comment on this slice") : null}
          {Object.keys(marks.byImage).length ? (
            <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={showMarks} onClick={() => setShowMarks((value) => !value)}>Marks</button>
          ) : null}
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom in" onClick={() => setZoom((value) => Math.min(8, value * 1.25))}>+</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom out" onClick={() => setZoom((value) => Math.max(1, value / 1.25))}>−</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={() => { setZoom(1); setPan({ x: 0, y: 0 }); }}>Reset</button>
          {total > 1 ? (
            <>
              <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={cine.playing} onClick={cine.toggle} aria-keyshortcuts="p">{cine.playing ? "Pause" : "Play"}</button>
              <label className="flex items-center gap-1 text-xs"><span className="sr-only">Frames a second</span>
                <select className="rounded bg-slate-800 px-1 py-1" value={cine.fps} onChange={(event) => cine.setFps(Number(event.target.value))}>
                  {CINE_RATES.map((rate) => <option key={rate} value={rate}>{rate} fps</option>)}
                </select>
              </label>
            </>
          ) : null}
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={() => void exportSlicePng(shownCanvas(frame.current, index) ?? imageUrl(image), image, showMarks ? sliceMarks : [], `${series.name}-slice-${index + 1}.png`.replace(/[^\w.-]+/g, "-"))}>Save PNG</button>
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={fullScreen}>Full screen</button>
          {onClose ? <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" onClick={onClose}>Close</button> : null}
        </div>
      </div>
      <div
        ref={frame}
        role="slider"
        tabIndex={0}
        aria-label={drawingBox ? `Drawing a box on ${series.name}, slice ${index + 1}. ${BOX_KEYS}` : `${series.name}: use the arrow keys or the mouse wheel to move through the slices`}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={`slice ${index + 1} of ${total}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        className={`relative flex aspect-square max-h-[80vh] w-full touch-none select-none items-center justify-center overflow-hidden rounded bg-black outline-none focus-visible:ring-2 focus-visible:ring-sky-400 ${drawingBox ? "focus:ring-4 focus:ring-sky-400" : ""}`}
        data-testid="stack-frame"
        data-drawing-box={drawingBox ? "" : undefined}
      >
        <div className="absolute inset-0" style={{ transform: `translate(${pan.x}px, ${pan.y}px) scale(${zoom})`, imageRendering: zoom > 2 ? "pixelated" : undefined }}>
          {windowed && level.slice && level.window ? (
            <WindowedCanvas slice={level.slice} window={level.window} label={alt} className="h-full w-full object-contain" />
          ) : (
            <SliceCanvas urls={urls} index={index} label={alt} className="h-full w-full object-contain" wholeSeries={fetchAhead === "series"} />
          )}
          {showMarks && sliceMarks.length ? <AnnotationLayer marks={sliceMarks} width={image.width} height={image.height} /> : null}
          {pin?.mark && pin.index === index ? <PinLayer mark={pin.mark} width={image.width} height={image.height} label={describeAnchor({ seriesName: series.name, slice: index + 1, mark: pin.mark })} /> : null}
          {pinTool.draft ? <PinLayer mark={pinTool.draft} width={image.width} height={image.height} label="The mark being drawn" /> : null}
          {drawingBox ? <PinLayer mark={drawingBox} width={image.width} height={image.height} label="The box being drawn" handles /> : null}
        </div>
        {image.caption ? <p className="absolute bottom-1 left-1 right-1 rounded bg-black/70 px-2 py-1 text-xs">{image.caption}</p> : null}
      </div>
      {tool === "window" ? (
        level.window ? <WindowControls presets={level.presets} window={level.window} onChange={level.setWindow} onReset={level.reset} />
        : <p className="text-xs text-slate-400">{level.state === "unavailable" ? "This slice has no stored values to window (colour or compressed DICOM)." : "Loading the slice's values…"}</p>
      ) : null}
      {followed ? <FollowedWindow window={followed} unavailable={level.state === "unavailable"} /> : null}
      {tool === "pin" ? (
        <PinBar onWhole={() => commentOn(null)} onCentre={() => commentOn({ kind: "point", x: 0.5, y: 0.5 })} box={keyboardBox} onFocusFrame={() => frame.current?.focus()} onCancel={() => setTool("scroll")} />
      ) : null}
      <MarkTool draft={draft} onDraft={setDraft} error={marks.error} editing={tool === "mark"} />
      {showMarks ? <MarkList marks={sliceMarks} canRemove={marks.canAnnotate} onRemove={(id) => void marks.remove(id)} /> : null}
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
