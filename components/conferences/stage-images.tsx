"use client";
// A live conference's images (issue 24 item 5). The presenter scrolls and windows the series of
// the study on screen in the case page's stack viewer, and each slice change goes to the room
// with the presenter's window (use-slice-sender.ts, decision 095). Phones follow the presenter's
// series, slice and window, or browse freely among the studies already reached with a window of
// their own (the server sends nothing else: lib/conferences/stage-images.ts). The projector shows
// the presenter's slice large, through the presenter's window. The viewer loads only when a study
// has images.
import { useEffect, useRef, useState } from "react";
import { LazyStackViewer as StackViewer } from "@/components/images/lazy-stack-viewer";
import { WindowedCanvas } from "@/components/viewer/windowed-canvas";
import { loadSlice, usePixelSlice } from "@/components/viewer/use-pixel-slice";
import { newerFocus, type SliceFocus, type SliceWindow } from "@/lib/conferences/focus";
import type { LiveItemView } from "@/lib/conferences/view";
import { imageAlt, imageUrl, keyImageOf, type SeriesView } from "@/lib/imaging/view";
import { useSliceSender } from "./use-slice-sender";


type Shown = { series: SeriesView; index: number };
/** What the presenter shows: a slice, and the window on it (null: as rendered at ingest). */
type OnScreen = Shown & { window: SliceWindow | null };

/** The series of the study on screen (at a study stage; none at the others). */
function currentStudySeries(item: LiveItemView): SeriesView[] {
  if (item.stage !== "study" || item.restricted) return [];
  const study = item.timeline.filter((entry) => entry.type === "study")[item.step - 1];
  return study ? (item.images[study.id] ?? []) : [];
}

const findSeries = (item: LiveItemView, seriesId: string) => Object.values(item.images).flat().find((series) => series.id === seriesId);

/** What the presenter shows: their last slice on this step, else the study's key image. */
export function onScreen(item: LiveItemView, slice: SliceFocus | null): OnScreen | null {
  const focus = newerFocus(item.focus, slice);
  if (focus && focus.itemId === item.itemId && focus.step === item.step) {
    const series = findSeries(item, focus.seriesId);
    if (series && focus.index < series.images.length) return { series, index: focus.index, window: focus.window };
  }
  const key = keyImageOf(currentStudySeries(item));
  return key ? { ...key, window: null } : null;
}

const windowWords = (window: SliceWindow) => `${window.preset ?? "custom"} window, W ${Math.round(window.width)} / L ${Math.round(window.center)}`;

function SeriesPicker({ series, current, onPick, label }: { series: Array<{ series: SeriesView; group: string }>; current: string; onPick: (series: SeriesView) => void; label: string }) {
  if (series.length < 2) return null;
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{label}</span>
      <select className="input w-auto max-w-full" value={current} onChange={(event) => { const picked = series.find((entry) => entry.series.id === event.target.value); if (picked) onPick(picked.series); }} data-testid="stage-series">
        {series.map((entry) => <option key={entry.series.id} value={entry.series.id}>{entry.group}{entry.series.name} ({entry.series.images.length})</option>)}
      </select>
    </label>
  );
}

/**
 * The presenter's viewer: the study on screen, its key image first. ↑ and ↓ anywhere on the page
 * move a slice (← and → stay the previous and next step, also inside the viewer).
 */
export function PresenterImages({ item, conferenceId }: { item: LiveItemView; conferenceId: string }) {
  const series = currentStudySeries(item);
  const [shown, setShown] = useState<Shown | null>(() => onScreen(item, null));
  const send = useSliceSender();
  // The window the viewer's Window tool shows: sent with every slice, and alone when it changes.
  const shownWindow = useRef<SliceWindow | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const delta = { ArrowUp: -1, ArrowDown: 1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      setShown((current) => (current ? { ...current, index: Math.min(current.series.images.length - 1, Math.max(0, current.index + delta)) } : current));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  if (!shown || series.length === 0) return null;
  return (
    <section className="space-y-2" aria-label="Images on screen" data-testid="presenter-images">
      <SeriesPicker
        label="Series"
        series={series.map((one) => ({ series: one, group: "" }))}
        current={shown.series.id}
        onPick={(picked) => {
          // A new series opens a new viewer, without a window until the presenter sets one.
          shownWindow.current = null;
          setShown(keyImageOf([picked]));
        }}
      />
      <StackViewer
        key={shown.series.id}
        series={shown.series}
        index={shown.index}
        arrowKeys="vertical"
        onIndexChange={(index) => {
          setShown((current) => (current && current.index !== index ? { ...current, index } : current));
          send({ conferenceId, itemId: item.itemId, step: item.step, seriesId: shown.series.id, index, window: shownWindow.current });
        }}
        onWindowChange={(window) => {
          shownWindow.current = window;
          send({ conferenceId, itemId: item.itemId, step: item.step, seriesId: shown.series.id, index: shown.index, window });
        }}
      />
      <p className="text-xs text-slate-600">The room follows this viewer&apos;s series, slice and window. ↑ and ↓ move a slice; ← and → the step.</p>
    </section>
  );
}

/** An audience phone: follows the presenter, or browses the studies reached so far. */
export function AudienceImages({ item, slice }: { item: LiveItemView; slice: SliceFocus | null }) {
  const [following, setFollowing] = useState(true);
  const [browsed, setBrowsed] = useState<Shown | null>(null);
  const presenter = onScreen(item, slice);
  const reached = item.timeline.flatMap((entry) => (entry.type === "study" ? (item.images[entry.id] ?? []).map((series) => ({ series, group: `${entry.when} · ` })) : []));
  if (item.restricted || reached.length === 0) return null;
  const shown: Shown | null = following ? presenter : (browsed ?? presenter ?? keyImageOf(reached.map((entry) => entry.series)));
  const choose = (follow: boolean) => {
    if (!follow) setBrowsed(shown);
    setFollowing(follow);
  };
  return (
    <section className="card space-y-3 p-3" aria-labelledby="stage-images-heading" data-testid="audience-images" data-following={following}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="stage-images-heading" className="font-semibold">Images</h3>
        <div className="flex rounded border border-slate-300" role="group" aria-label="How this screen shows the images">
          <button type="button" className="min-h-11 px-3 text-sm aria-pressed:bg-brand-700 aria-pressed:text-white" aria-pressed={following} onClick={() => choose(true)} data-testid="follow-presenter">Follow presenter</button>
          <button type="button" className="min-h-11 px-3 text-sm aria-pressed:bg-brand-700 aria-pressed:text-white" aria-pressed={!following} onClick={() => choose(false)} data-testid="browse-freely">Browse freely</button>
        </div>
      </div>
      {following ? null : <SeriesPicker label="Series" series={reached} current={shown?.series.id ?? ""} onPick={(picked) => setBrowsed(keyImageOf([picked]))} />}
      {shown ? (
        <StackViewer
          key={shown.series.id}
          series={shown.series}
          index={following ? shown.index : undefined}
          initialIndex={shown.index}
          onIndexChange={following ? undefined : (index) => setBrowsed({ series: shown.series, index })}
          // Following: the presenter's window (or none). Browsing freely: this phone's own.
          followWindow={following ? (presenter?.window ?? null) : undefined}
          // A thousand phones following must not each fetch whole series the presenter may never show.
          fetchAhead={following ? "near" : "series"}
        />
      ) : (
        <p className="text-sm text-slate-600">The presenter is not showing images now. Choose Browse freely to look through the studies shown so far.</p>
      )}
    </section>
  );
}

/**
 * The projector: the presenter's slice, as large as the screen allows, its neighbours preloaded;
 * through the presenter's window when there is one (its stored values on a canvas, decision 095).
 */
export function ProjectorImages({ item, slice }: { item: LiveItemView; slice: SliceFocus | null }) {
  const shown = onScreen(item, slice);
  const presenterWindow = shown?.window ?? null;
  const values = usePixelSlice(shown ? shown.series.images[shown.index]! : null, presenterWindow !== null);
  // Their URLs joined into one string, so the effect runs only when the neighbours change.
  const neighbours = shown ? [-2, -1, 1, 2].flatMap((offset) => { const near = shown.series.images[shown.index + offset]; return near ? [imageUrl(near)] : []; }).join(" ") : "";
  useEffect(() => {
    for (const url of neighbours.split(" ").filter(Boolean)) new Image().src = url;
  }, [neighbours]);
  // Windowed, the neighbours' stored values too (as one string, for the same reason), so that the
  // presenter's scroll does not wait for them.
  const windowedNeighbours = shown && presenterWindow ? JSON.stringify([-2, -1, 1, 2].flatMap((offset) => { const near = shown.series.images[shown.index + offset]; return near ? [{ id: near.id, version: near.version }] : []; })) : "[]";
  useEffect(() => {
    for (const near of JSON.parse(windowedNeighbours) as Array<{ id: string; version: string }>) void loadSlice(near);
  }, [windowedNeighbours]);
  if (!shown) return null;
  const image = shown.series.images[shown.index]!;
  return (
    <figure className="flex h-[60vh] flex-col items-center gap-2" data-testid="projector-images">
      {presenterWindow && values.slice ? (
        <WindowedCanvas slice={values.slice} window={presenterWindow} label={imageAlt(shown.series, shown.index)} className="min-h-0 w-full flex-1 rounded bg-black object-contain" />
      ) : (
        /* eslint-disable-next-line @next/next/no-img-element -- authorized, private images: no optimizer */
        <img src={imageUrl(image)} alt={imageAlt(shown.series, shown.index)} width={image.width} height={image.height} className="min-h-0 flex-1 rounded bg-black object-contain" data-testid="projector-image" data-index={shown.index} />
      )}
      <figcaption className="text-2xl text-slate-700" data-testid="projector-slice">
        {shown.series.name} · slice {shown.index + 1} / {shown.series.images.length}{image.caption ? ` · ${image.caption}` : ""}
        {presenterWindow ? <span data-testid="projector-window"> · {windowWords(presenterWindow)}</span> : null}
      </figcaption>
    </figure>
  );
}
