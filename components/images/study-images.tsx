"use client";
// A study's images on the timeline: its key image's thumbnail, how many series it has, and a
// button per series that opens the stack viewer (its code fetched when the reader points at or
// focuses a button, so the case page stays light).
// The page's URL can open it too (decision 071): ?series=<id>&slice=<n>[&mark=x,y[,w,h]], the deep
// link a comment's preview or slice link sets; and the viewer's "Comment on this slice" hands the
// slice to the discussion's composer.
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { imageAlt, imageUrl, keyImageOf, type SeriesView } from "@/lib/imaging/view";
import { parseMarkParam, type AnchorMark } from "@/lib/discussion/anchor";
import { closeSlice, hasSliceComposer, requestSliceComment } from "@/components/discussion/slice-requests";
import { LazyStackViewer as StackViewer, preloadStackViewer } from "./lazy-stack-viewer";


export function StudyImages({ series, label }: { series: SeriesView[]; label: string }) {
  const [open, setOpen] = useState<{ seriesId: string; index: number; mark?: AnchorMark | null; linked?: boolean } | null>(null);
  const section = useRef<HTMLElement>(null);
  // A deep link to one of this study's series: open it there, with its mark, and bring it into view.
  const params = useSearchParams();
  const linked = params.get("series");
  const linkedSlice = params.get("slice");
  const linkedMark = params.get("mark");
  useEffect(() => {
    const target = series.find((one) => one.id === linked);
    if (!target) return;
    const index = Math.min(Math.max(0, Math.trunc(Number(linkedSlice) || 1) - 1), Math.max(0, target.images.length - 1));
    setOpen({ seriesId: target.id, index, mark: parseMarkParam(linkedMark), linked: true });
    section.current?.scrollIntoView({ block: "start" });
  }, [series, linked, linkedSlice, linkedMark]);
  const close = () => {
    if (open?.linked) closeSlice();
    setOpen(null);
  };
  const key = keyImageOf(series);
  if (!key) return null;
  const opened = open ? series.find((one) => one.id === open.seriesId) : null;
  const count = series.length;
  return (
    <section ref={section} className="mt-3 scroll-mt-20 space-y-2" aria-label={`Images of ${label}`} data-testid="study-images">
      <div className="flex flex-wrap items-start gap-3">
        <button
          type="button"
          className="overflow-hidden rounded border border-slate-200 bg-black"
          onClick={() => setOpen({ seriesId: key.series.id, index: key.index })}
          aria-label={`Open ${key.series.name} at ${key.series.images[key.index]?.isKey ? "the key image" : "the first slice"}`}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private images */}
          <img src={imageUrl(key.series.images[key.index]!, "thumb")} alt={imageAlt(key.series, key.index)} className="size-28 object-contain" loading="lazy" data-testid="key-image" />
        </button>
        <div className="min-w-0 flex-1 text-sm">
          <p className="font-medium text-slate-700" data-testid="series-count">{count === 1 ? "1 series" : `${count} series`}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {series.map((one) => (
              <li key={one.id} className="max-w-full">
                <button type="button" className="btn-ghost max-w-full px-2 py-1 text-left text-sm" onClick={() => setOpen({ seriesId: one.id, index: 0 })} onPointerEnter={preloadStackViewer} onFocus={preloadStackViewer} data-testid="open-series">
                  {one.name} <span className="text-slate-500">({one.images.length})</span>
                </button>
              </li>
            ))}
          </ul>
          {key.series.images[key.index]?.caption ? <p className="mt-1 text-slate-600">{key.series.images[key.index]!.caption}</p> : null}
        </div>
      </div>
      {opened ? (
        <StackViewer
          key={`${opened.id}-${open!.index}-${open!.linked ? "linked" : ""}`}
          series={opened}
          initialIndex={open!.index}
          onClose={close}
          pin={open!.linked ? { index: open!.index, mark: open!.mark ?? null } : null}
          autoFocus={open!.linked}
          onCommentOnSlice={hasSliceComposer() ? requestSliceComment : undefined}
        />
      ) : null}
    </section>
  );
}
