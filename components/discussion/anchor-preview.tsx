"use client";
// A comment's slice (decision 071): its thumbnail with the point or box drawn on it. As a button,
// it opens the viewer on that series at that slice with the mark (the page's deep link); the
// composer's chip shows the same thumbnail. Loaded only for comments that have an anchor.
import { imageUrl, type ImageRef } from "@/lib/imaging/view";
import { describeAnchor, type AnchorMark, type CommentAnchorView } from "@/lib/discussion/anchor";
import { PinLayer } from "@/components/viewer/slice-pin";
import { openSlice } from "./slice-requests";

/** The anchored slice as its thumbnail's URL needs it, or null for a series as a whole. */
export const anchorImage = (anchor: { imageId: string | null; imageVersion: string | null }): ImageRef | null =>
  anchor.imageId && anchor.imageVersion !== null ? { id: anchor.imageId, version: anchor.imageVersion } : null;

export function SliceThumb({ image, width, height, mark, size = "size-16" }: { image: ImageRef | null; width: number; height: number; mark: AnchorMark | null; size?: string }) {
  return (
    <span className={`relative block shrink-0 overflow-hidden rounded bg-black ${size}`}>
      {image ? (
        // eslint-disable-next-line @next/next/no-img-element -- authorized, private images
        <img src={imageUrl(image, "thumb")} alt="" className="h-full w-full object-contain" loading="lazy" data-testid="anchor-thumb" />
      ) : null}
      {mark ? <PinLayer mark={mark} width={width} height={height} label="" /> : null}
    </span>
  );
}

export default function AnchorPreview({ caseId, anchor }: { caseId: string; anchor: CommentAnchorView }) {
  const description = describeAnchor(anchor);
  return (
    <button
      type="button"
      className="mt-1 flex max-w-full items-center gap-2 rounded border border-slate-200 bg-slate-50 p-1 pr-2 text-left text-xs text-slate-700 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500"
      onClick={() => openSlice(caseId, anchor.seriesId, anchor.slice, anchor.mark)}
      aria-label={`Open ${description} in the viewer`}
      data-testid="anchor-preview"
    >
      <SliceThumb image={anchorImage(anchor)} width={anchor.width} height={anchor.height} mark={anchor.mark} />
      <span className="min-w-0 break-words">{description}</span>
    </button>
  );
}
