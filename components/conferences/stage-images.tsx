"use client";
// A live conference's images (issue 24 item 5). The presenter scrolls and windows the series of
// the study on screen in the case page's stack viewer, and each slice change goes to the room
// (use-slice-sender.ts). Phones follow the presenter's series and slice, or browse freely among
// the studies already reached (the server sends nothing else: lib/conferences/stage-images.ts).
// The projector shows the presenter's slice large. The viewer loads only when a study has images.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { newerFocus, type SliceFocus } from "@/lib/conferences/focus";
import type { LiveItemView } from "@/lib/conferences/view";
import { imageAlt, imageUrl, keyImageOf, type SeriesView } from "@/lib/imaging/view";
import { useSliceSender } from "./use-slice-sender";

const StackViewer = dynamic(() => import("@/components/images/stack-viewer"), {
  ssr: false,
  loading: () => <p className="rounded-lg bg-slate-950 p-6 text-sm text-slate-300">Loading the viewer…</p>,
});

type Shown = { series: SeriesView; index: number };

/** The series of the study on screen (at a study stage; none at the others). */
function currentStudySeries(item: LiveItemView): SeriesView[] {
  if (item.stage !== "study" || item.restricted) return [];
  const study = item.timeline.filter((entry) => entry.type === "study")[item.step - 1];
  return study ? (item.images[study.id] ?? []) : [];
}

const findSeries = (item: LiveItemView, seriesId: string) => Object.values(item.images).flat().find((series) => series.id === seriesId);

/** What the presenter shows: their last slice on this step, else the study's key image. */
export function onScreen(item: LiveItemView, slice: SliceFocus | null): Shown | null {
  const focus = newerFocus(item.focus, slice);
  if (focus && focus.itemId === item.itemId && focus.step === item.step) {
    const series = findSeries(item, focus.seriesId);
    if (series && focus.index < series.images.length) return { series, index: focus.index };
  }
  return keyImageOf(currentStudySeries(item));
}

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
      <SeriesPicker label="Series" series={series.map((one) => ({ series: one, group: "" }))} current={shown.series.id} onPick={(picked) => setShown(keyImageOf([picked]))} />
      <StackViewer
        key={shown.series.id}
        series={shown.series}
        index={shown.index}
        arrowKeys="vertical"
        onIndexChange={(index) => {
          setShown((current) => (current && current.index !== index ? { ...current, index } : current));
          send({ conferenceId, itemId: item.itemId, step: item.step, seriesId: shown.series.id, index });
        }}
      />
      <p className="text-xs text-slate-600">The room follows this viewer&apos;s series and slice. ↑ and ↓ move a slice; ← and → the step.</p>
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
  const shown = following ? presenter : (browsed ?? presenter ?? keyImageOf(reached.map((entry) => entry.series)));
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
        <StackViewer key={shown.series.id} series={shown.series} index={following ? shown.index : undefined} initialIndex={shown.index} onIndexChange={following ? undefined : (index) => setBrowsed({ series: shown.series, index })} />
      ) : (
        <p className="text-sm text-slate-600">The presenter is not showing images now. Choose Browse freely to look through the studies shown so far.</p>
      )}
    </section>
  );
}

/** The projector: the presenter's slice, as large as the screen allows, its neighbours preloaded. */
export function ProjectorImages({ item, slice }: { item: LiveItemView; slice: SliceFocus | null }) {
  const shown = onScreen(item, slice);
  // Their URLs joined into one string, so the effect runs only when the neighbours change.
  const neighbours = shown ? [-2, -1, 1, 2].flatMap((offset) => { const near = shown.series.images[shown.index + offset]; return near ? [imageUrl(near)] : []; }).join(" ") : "";
  useEffect(() => {
    for (const url of neighbours.split(" ").filter(Boolean)) new Image().src = url;
  }, [neighbours]);
  if (!shown) return null;
  const image = shown.series.images[shown.index]!;
  return (
    <figure className="flex h-[60vh] flex-col items-center gap-2" data-testid="projector-images">
      {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private images: no optimizer */}
      <img src={imageUrl(image)} alt={imageAlt(shown.series, shown.index)} width={image.width} height={image.height} className="min-h-0 flex-1 rounded bg-black object-contain" data-testid="projector-image" data-index={shown.index} />
      <figcaption className="text-2xl text-slate-700" data-testid="projector-slice">{shown.series.name} · slice {shown.index + 1} / {shown.series.images.length}{image.caption ? ` · ${image.caption}` : ""}</figcaption>
    </figure>
  );
}
