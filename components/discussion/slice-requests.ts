"use client";
// Between the viewer and the discussion (decision 071), which live in different parts of the case
// page: "Comment on this slice" in the viewer hands its anchor to the discussion's composer, and
// a comment's preview or slice link opens the viewer by changing the page's URL (?series=&slice=),
// which the study's images read, with no navigation and no server round trip.
import type { AnchorMark, DraftAnchor } from "@/lib/discussion/anchor";
import { sliceHref } from "@/lib/discussion/anchor";

const EVENT = "rounds:comment-on-slice";
let composers = 0;

/** Whether a composer on this page takes slice anchors (the viewer offers the button only then). */
export const hasSliceComposer = () => composers > 0;

export function requestSliceComment(anchor: DraftAnchor): void {
  window.dispatchEvent(new CustomEvent<DraftAnchor>(EVENT, { detail: anchor }));
}

/** Subscribes a composer; returns the unsubscribe for an effect's clean-up. */
export function onSliceCommentRequest(handler: (anchor: DraftAnchor) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<DraftAnchor>).detail);
  composers += 1;
  window.addEventListener(EVENT, listener);
  return () => {
    composers -= 1;
    window.removeEventListener(EVENT, listener);
  };
}

/** Opens the viewer at a slice: the deep link, pushed onto the history (Back closes it again). */
export function openSlice(caseId: string, seriesId: string, slice: number, mark?: AnchorMark | null): void {
  window.history.pushState(null, "", sliceHref(caseId, seriesId, slice, mark));
}

/** Follows a slice link inside a comment's HTML without leaving the page. */
export function followSliceLink(event: React.MouseEvent): void {
  const link = (event.target as Element).closest?.("a[data-slice-link]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  window.history.pushState(null, "", link.getAttribute("href"));
}

/** Leaves the deep link when the viewer it opened is closed. */
export function closeSlice(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("series")) return;
  for (const name of ["series", "slice", "mark"]) url.searchParams.delete(name);
  window.history.replaceState(null, "", `${url.pathname}${url.search}`);
}
