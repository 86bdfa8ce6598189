"use client";
// The composer's anchor (decision 071): which slice the comment will point at, with its mark, a
// button that writes a slice link into the text, and one that removes the anchor.
import { describeAnchor, type DraftAnchor } from "@/lib/discussion/anchor";
import { SliceThumb, anchorImage } from "./anchor-preview";

export default function AnchorChip({ anchor, onInsertLink, onRemove }: { anchor: DraftAnchor; onInsertLink: () => void; onRemove: () => void }) {
  const description = describeAnchor(anchor);
  return (
    <div className="flex max-w-full flex-wrap items-center gap-2 rounded border border-sky-200 bg-sky-50 p-1 pr-2 text-xs text-slate-700" data-testid="anchor-chip">
      <SliceThumb image={anchorImage(anchor)} width={anchor.width} height={anchor.height} mark={anchor.mark} size="size-12" />
      <span className="min-w-0 flex-1 break-words">About {description}</span>
      <button type="button" className="rounded px-2 py-1 underline hover:bg-sky-100" onClick={onInsertLink}>Insert a link</button>
      <button type="button" className="rounded px-2 py-1 hover:bg-sky-100" onClick={onRemove} aria-label={`Remove the anchor to ${description}`}>Remove</button>
    </div>
  );
}
