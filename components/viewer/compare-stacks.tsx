"use client";
// Two studies' series side by side, scrolled together: a slice change on either side moves the
// other to the same place (lib/images/stack-sync.ts); zoom and, on DICOM series, the window are
// linked. Each side can switch to another series of its study. On a phone the sides stack and a
// toggle flips between them. Loaded lazily with the Compare section.
import { useEffect, useMemo, useRef, useState } from "react";
import { matchingIndex } from "@/lib/images/stack-sync";
import { dragWindow, windowPresets, type Window } from "@/lib/images/window";
import { imageAlt, imageUrl, type SeriesView } from "@/lib/imaging/view";
import { usePixelSlice } from "./use-pixel-slice";
import { WindowControls } from "./window-controls";
import { SliceCanvas } from "./slice-canvas";
import { WindowedCanvas } from "./windowed-canvas";

export interface CompareSide {
  label: string;
  series: SeriesView[];
}

function Panel({ side, series, onSeries, index, onIndex, zoom, windowing, window, onWindowDrag, visible }: {
  side: CompareSide; series: SeriesView; onSeries: (id: string) => void; index: number; onIndex: (index: number) => void; zoom: number;
  windowing: boolean; window: Window | null; onWindowDrag: (dx: number, dy: number, phase: "start" | "move") => void; visible: boolean;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ y: number; x: number; index: number } | null>(null);
  const image = series.images[index]!;
  const urls = useMemo(() => series.images.map((one) => imageUrl(one)), [series.images]);
  const { slice } = usePixelSlice(image, windowing);
  const total = series.images.length;
  const go = (next: number) => onIndex(Math.min(total - 1, Math.max(0, next)));
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      go(index + Math.sign(event.deltaY));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  });
  return (
    <section className={`min-w-0 flex-1 flex-col gap-1 ${visible ? "flex" : "hidden md:flex"}`} aria-label={side.label} data-testid="compare-panel">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold">{side.label}</span>
        <label className="flex items-center gap-1">
          <span className="sr-only">Series</span>
          <select className="rounded bg-slate-800 px-1 py-0.5" value={series.id} onChange={(event) => onSeries(event.target.value)}>
            {side.series.map((one) => <option key={one.id} value={one.id}>{one.name}</option>)}
          </select>
        </label>
        <span className="tabular-nums" data-testid="compare-counter">slice {index + 1} / {total}</span>
      </div>
      <div
        ref={frame}
        role="slider"
        tabIndex={0}
        aria-label={`${side.label}, ${series.name}: the arrow keys move both studies`}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        onKeyDown={(event) => {
          const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          go(index + step);
        }}
        onPointerDown={(event) => {
          (event.target as Element).setPointerCapture?.(event.pointerId);
          drag.current = { x: event.clientX, y: event.clientY, index };
          if (windowing) onWindowDrag(0, 0, "start");
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start) return;
          if (windowing) onWindowDrag(event.clientX - start.x, event.clientY - start.y, "move");
          else go(start.index + Math.trunc((event.clientY - start.y) / 12));
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        className="relative aspect-square w-full touch-none select-none overflow-hidden rounded bg-black outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        <div className="absolute inset-0" style={{ transform: `scale(${zoom})` }}>
          {windowing && slice && window ? (
            <WindowedCanvas slice={slice} window={window} label={imageAlt(series, index)} className="h-full w-full object-contain" />
          ) : (
            <SliceCanvas urls={urls} index={index} label={imageAlt(series, index)} className="h-full w-full object-contain" testId="compare-image" />
          )}
        </div>
      </div>
    </section>
  );
}

export default function CompareStacks({ earlier, later }: { earlier: CompareSide; later: CompareSide }) {
  const [seriesIds, setSeriesIds] = useState([earlier.series[0]!.id, later.series[0]!.id]);
  const sides = [earlier, later];
  const chosen = sides.map((side, at) => side.series.find((one) => one.id === seriesIds[at]) ?? side.series[0]!);
  const [indices, setIndices] = useState([0, 0]);
  const [linked, setLinked] = useState(true);
  const [zoom, setZoom] = useState(1);
  const [shown, setShown] = useState(0);
  const windowable = chosen.every((series) => series.modality !== null);
  const [windowing, setWindowing] = useState(false);
  const [window, setWindow] = useState<Window | null>(null);
  const dragStart = useRef<Window | null>(null);
  const { slice: first } = usePixelSlice(chosen[0]!.images[indices[0]!] ?? null, windowing);
  const presets = first ? windowPresets(chosen[0]!.modality, first) : [];
  useEffect(() => {
    if (windowing && !window && presets[0]) setWindow({ center: presets[0].center, width: presets[0].width });
  }, [windowing, window, presets]);

  const setIndex = (at: number, index: number) => {
    const other = 1 - at;
    const next = [...indices];
    next[at] = index;
    if (linked) next[other] = matchingIndex(chosen[at]!, chosen[other]!, index);
    setIndices(next);
  };
  const onWindowDrag = (dx: number, dy: number, phase: "start" | "move") => {
    if (phase === "start") dragStart.current = window;
    else if (dragStart.current) setWindow(dragWindow(dragStart.current, dx, dy, Math.max(0.5, dragStart.current.width / 128)));
  };

  return (
    <div className="space-y-2 rounded-lg bg-slate-950 p-2 text-slate-100" data-testid="compare-stacks">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label className="flex items-center gap-1"><input type="checkbox" checked={linked} onChange={(event) => setLinked(event.target.checked)} /> Scroll together</label>
        <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom both in" onClick={() => setZoom((value) => Math.min(8, value * 1.25))}>+</button>
        <button type="button" className="rounded px-2 py-1 hover:bg-slate-800" aria-label="Zoom both out" onClick={() => setZoom((value) => Math.max(1, value / 1.25))}>−</button>
        {windowable ? (
          <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 aria-pressed:bg-slate-700" aria-pressed={windowing} onClick={() => setWindowing((value) => !value)}>Window both</button>
        ) : null}
        <button type="button" className="rounded px-2 py-1 hover:bg-slate-800 md:hidden" onClick={() => setShown(1 - shown)}>
          Show {shown === 0 ? later.label : earlier.label}
        </button>
      </div>
      {windowing && window ? <WindowControls presets={presets} window={window} onChange={setWindow} onReset={() => setWindow(presets[0] ? { center: presets[0].center, width: presets[0].width } : null)} /> : null}
      <div className="flex flex-col gap-2 md:flex-row">
        {sides.map((side, at) => (
          <Panel
            key={at}
            side={side}
            series={chosen[at]!}
            onSeries={(id) => {
              setSeriesIds(seriesIds.map((value, position) => (position === at ? id : value)));
              setIndices(indices.map((value, position) => (position === at ? 0 : value)));
            }}
            index={Math.min(indices[at]!, chosen[at]!.images.length - 1)}
            onIndex={(index) => setIndex(at, index)}
            zoom={zoom}
            windowing={windowing}
            window={window}
            onWindowDrag={onWindowDrag}
            visible={shown === at}
          />
        ))}
      </div>
    </div>
  );
}
