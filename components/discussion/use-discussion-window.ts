"use client";
// The loaded window of a case's discussion: the flat comment list, paging, live merges and which threads are collapsed.
import { useCallback, useRef, useState } from "react";
import type { CommentView, DiscussionView } from "@/lib/discussion/queries";
import { ancestorIds, insertInPathOrder, type ThreadSort } from "@/lib/discussion/tree";

export type DiscussionRoot = { id: string; path: string; depth: number };

/**
 * The comments this page holds (path-ordered), loaded in windows of whole threads and kept current
 * by `refresh` (one comment, merged in place); `collapsed` and the "new replies" counts per thread.
 */
export function useDiscussionWindow(initial: DiscussionView, root: DiscussionRoot | undefined) {
  const caseId = initial.caseId;
  const [comments, setComments] = useState<CommentView[]>(initial.comments);
  const [nextOffset, setNextOffset] = useState<number | null>(initial.nextOffset);
  const [totalThreads, setTotalThreads] = useState(initial.totalThreads);
  const [loading, setLoading] = useState(false);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [newUnder, setNewUnder] = useState<Record<string, number>>({});
  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  const commentsRef = useRef(comments);
  commentsRef.current = comments;

  const merge = useCallback((comment: CommentView) => {
    if (root && !comment.path.startsWith(root.path)) return;
    const current = commentsRef.current;
    const isNew = !current.some((item) => item.id === comment.id);
    // A reply inside a thread this page has not loaded stays there until that thread is opened.
    if (isNew && comment.parentId && !current.some((item) => item.id === comment.parentId)) return;
    let next = insertInPathOrder(current, comment);
    if (isNew) {
      const ancestors = new Set(ancestorIds(next, comment.id));
      next = next.map((item) => (ancestors.has(item.id) ? { ...item, descendantCount: item.descendantCount + 1 } : item));
      // The outermost collapsed ancestor gets the "new replies" marker.
      const hidden = [...ancestors].reverse().find((id) => collapsedRef.current.has(id));
      if (hidden) setNewUnder((counts) => ({ ...counts, [hidden]: (counts[hidden] ?? 0) + 1 }));
    }
    commentsRef.current = next;
    setComments(next);
  }, [root]);

  /** Loads a window of whole threads from the server (sort, study filter, "show more"). */
  const loadingRef = useRef(false);
  const loadWindow = useCallback(async (params: { sort: ThreadSort; study: string | null; offset: number; threadOf?: string }, mode: "replace" | "append") => {
    loadingRef.current = true;
    setLoading(true);
    try {
      const query = new URLSearchParams({ sort: params.sort, offset: String(params.offset) });
      if (params.study) query.set("study", params.study);
      if (params.threadOf) query.set("threadOf", params.threadOf);
      const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/comments?${query}`, { cache: "no-store" });
      if (!response.ok) return;
      const data = (await response.json()) as { comments: CommentView[]; totalThreads: number; nextOffset: number | null };
      const base = mode === "replace" ? [] : commentsRef.current;
      const byId = new Map(base.map((item) => [item.id, item]));
      for (const comment of data.comments) byId.set(comment.id, comment);
      const next = [...byId.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
      commentsRef.current = next;
      setComments(next);
      if (!params.threadOf) {
        setNextOffset(data.nextOffset);
        setTotalThreads(data.totalThreads);
      }
    } finally {
      loadingRef.current = false;
      setLoading(false);
    }
  }, [caseId]);

  const refresh = useCallback(async (commentId: string) => {
    const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/comments/${encodeURIComponent(commentId)}`, { cache: "no-store" });
    if (response.ok) merge((await response.json()) as CommentView);
  }, [caseId, merge]);

  const toggle = (id: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setNewUnder((counts) => {
      const { [id]: _cleared, ...rest } = counts;
      return rest;
    });
  };

  return { comments, commentsRef, nextOffset, totalThreads, loading, loadingRef, loadWindow, refresh, collapsed, setCollapsed, newUnder, toggle };
}
