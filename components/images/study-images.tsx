"use client";
// A study's images on the timeline: its key image's thumbnail, how many series it has, and a
// button per series that opens the stack viewer (loaded only then, so the case page stays light).
import dynamic from "next/dynamic";
import { useState } from "react";
import { imageAlt, imageUrl, keyImageOf, type SeriesView } from "@/lib/imaging/view";

const StackViewer = dynamic(() => import("./stack-viewer"), {
  ssr: false,
  loading: () => <p className="rounded-lg bg-slate-950 p-6 text-sm text-slate-300">Loading the viewer…</p>,
});

export function StudyImages({ series, label }: { series: SeriesView[]; label: string }) {
  const [open, setOpen] = useState<{ seriesId: string; index: number } | null>(null);
  const key = keyImageOf(series);
  if (!key) return null;
  const opened = open ? series.find((one) => one.id === open.seriesId) : null;
  const count = series.length;
  return (
    <section className="mt-3 space-y-2" aria-label={`Images of ${label}`} data-testid="study-images">
      <div className="flex flex-wrap items-start gap-3">
        <button
          type="button"
          className="overflow-hidden rounded border border-slate-200 bg-black"
          onClick={() => setOpen({ seriesId: key.series.id, index: key.index })}
          aria-label={`Open ${key.series.name} at ${key.series.images[key.index]?.isKey ? "the key image" : "the first slice"}`}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private images */}
          <img src={imageUrl(key.series.images[key.index]!.id, "thumb")} alt={imageAlt(key.series, key.index)} className="size-28 object-contain" loading="lazy" data-testid="key-image" />
        </button>
        <div className="min-w-0 flex-1 text-sm">
          <p className="font-medium text-slate-700" data-testid="series-count">{count === 1 ? "1 series" : `${count} series`}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {series.map((one) => (
              <li key={one.id} className="max-w-full">
                <button type="button" className="btn-ghost max-w-full px-2 py-1 text-left text-sm" onClick={() => setOpen({ seriesId: one.id, index: 0 })} data-testid="open-series">
                  {one.name} <span className="text-slate-500">({one.images.length})</span>
                </button>
              </li>
            ))}
          </ul>
          {key.series.images[key.index]?.caption ? <p className="mt-1 text-slate-600">{key.series.images[key.index]!.caption}</p> : null}
        </div>
      </div>
      {opened ? <StackViewer key={opened.id} series={opened} initialIndex={open!.index} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}
