"use client";
// Permalinks to a comment (#comment-ID): open its thread, expand its ancestors, scroll to it and highlight it.
import { useEffect, useState, type RefObject } from "react";
import { INLINE_DEPTH } from "@/lib/discussion/constants";
import type { CommentView } from "@/lib/discussion/queries";
import { ancestorIds } from "@/lib/discussion/tree";
import type { DiscussionRoot } from "./use-discussion-window";

/**
 * Follows the URL's #comment-ID now and on every hash change; returns the highlighted comment's id.
 * `loadThread` fetches the thread of a comment this window did not include; `reveal` clears what
 * would hide the comment (the study filter, collapsed ancestors).
 */
export function usePermalink(caseId: string, root: DiscussionRoot | undefined, commentsRef: RefObject<CommentView[]>,
  loadThread: (id: string) => Promise<void>, reveal: (id: string, ancestors: string[]) => void) {
  const [highlight, setHighlight] = useState<string | null>(null);
  // Permalinks: #comment-ID expands its ancestors, scrolls to it and highlights it; one that is
  // nested deeper than the inline view continues on its thread's own page.
  useEffect(() => {
    const openPermalink = () => {
      const match = /^#comment-(.+)$/.exec(window.location.hash);
      if (!match) return;
      const id = decodeURIComponent(match[1]!);
      const target = commentsRef.current.find((item) => item.id === id);
      if (!target) {
        // In a thread this window did not include: load that thread, then try again.
        if (!root) void loadThread(id).then(() => {
          if (commentsRef.current.some((item) => item.id === id)) openPermalink();
        });
        return;
      }
      const ancestors = ancestorIds(commentsRef.current, id);
      const baseDepth = root?.depth ?? 0;
      if (target.depth - baseDepth > INLINE_DEPTH) {
        const boundary = commentsRef.current.find((item) => ancestors.includes(item.id) && item.depth - baseDepth === INLINE_DEPTH);
        if (boundary) window.location.assign(`/cases/${caseId}/comments/${boundary.id}#comment-${id}`);
        return;
      }
      reveal(id, ancestors);
      setHighlight(id);
      requestAnimationFrame(() => document.getElementById(`comment-${id}`)?.scrollIntoView({ block: "center" }));
    };
    openPermalink();
    window.addEventListener("hashchange", openPermalink);
    return () => window.removeEventListener("hashchange", openPermalink);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, root]);
  return highlight;
}
