"use client";
// The head of a long ranked list and the "Show N more" button that fetches the rest.
import { useState } from "react";
import { THINKING_PREVIEW_ROWS } from "@/lib/thinking/constants";
import type { ThinkingView } from "@/lib/thinking/queries";

/**
 * Long ranked lists show their head first (all the page sends); the rest is fetched on the click.
 * If that fetch fails the button stays, to try again.
 */
function ShowAll({ hidden, onShow }: { hidden: number; onShow: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  if (hidden <= 0) return null;
  return (
    <button type="button" className="btn-ghost w-full py-1 text-sm" disabled={pending} aria-busy={pending}
      onClick={() => {
        setPending(true);
        void onShow().finally(() => setPending(false));
      }}>
      {pending ? "Loading…" : `Show ${hidden} more`}
    </button>
  );
}

export type ListProps = { view: ThinkingView; onChanged: () => Promise<void>; onShowAll: () => Promise<void> };

/** A ranked list's head, and the button that fetches and shows the rest of its `size` rows. */
export function useListHead<T>(items: T[], size: number, onShowAll: () => Promise<void>) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, THINKING_PREVIEW_ROWS);
  const showMore = <ShowAll hidden={size - shown.length} onShow={() => onShowAll().then(() => setExpanded(true))} />;
  return { shown, showMore };
}
