"use client";
// The case discussion: a tree built from the flat, path-ordered list (lib/discussion/tree.ts),
// kept current by the live event stream. What the user is typing lives in local state that
// live updates never touch.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { deleteComment, editComment, postComment, removeComment } from "@/lib/discussion/actions";
import { INLINE_DEPTH } from "@/lib/discussion/constants";
import type { CommentView, DiscussionView } from "@/lib/discussion/queries";
import { ancestorIds, buildTree, insertInPathOrder, sortThreads, type ThreadSort, type TreeNode } from "@/lib/discussion/tree";
import { Composer } from "./composer";
import { useCaseLive } from "@/components/live/case-live";
import { LiveIndicator } from "@/components/live/live-indicator";
import { timeAgo } from "@/lib/format/dates";
import { DISCUSSION_EVENT_KINDS } from "@/lib/live/events";


type Node = TreeNode<CommentView>;

interface Props {
  initial: DiscussionView;
  /** Set on a "continue this thread" page: only this subtree is shown. */
  root?: { id: string; path: string; depth: number };
  initialStudyFilter?: string | null;
}

const COMMENT_KINDS = DISCUSSION_EVENT_KINDS;

export function Discussion({ initial, root, initialStudyFilter = null }: Props) {
  const caseId = initial.caseId;
  const [comments, setComments] = useState<CommentView[]>(initial.comments);
  const [nextOffset, setNextOffset] = useState<number | null>(initial.nextOffset);
  const [totalThreads, setTotalThreads] = useState(initial.totalThreads);
  const [loading, setLoading] = useState(false);
  const [sort, setSort] = useState<ThreadSort>("oldest");
  const [studyFilter, setStudyFilter] = useState<string | null>(initialStudyFilter);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [newUnder, setNewUnder] = useState<Record<string, number>>({});
  const [highlight, setHighlight] = useState<string | null>(null);
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

  const changeView = (nextSort: ThreadSort, nextStudy: string | null) => {
    setSort(nextSort);
    setStudyFilter(nextStudy);
    if (!root && (initial.nextOffset !== null || nextOffset !== null || nextStudy !== studyFilter)) {
      void loadWindow({ sort: nextSort, study: nextStudy, offset: 0 }, "replace");
    }
  };

  const refresh = useCallback(async (commentId: string) => {
    const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/comments/${encodeURIComponent(commentId)}`, { cache: "no-store" });
    if (response.ok) merge((await response.json()) as CommentView);
  }, [caseId, merge]);

  // The whole discussion's count (most threads may not be loaded), kept current by the events.
  const [caseTotal, setCaseTotal] = useState(initial.commentCount);
  const status = useCaseLive((event) => {
    if (COMMENT_KINDS.has(event.kind) && event.subjectId) void refresh(event.subjectId);
    if (event.kind === "comment_posted") setCaseTotal((count) => count + 1);
    if (event.kind === "comment_deleted" || event.kind === "comment_removed") setCaseTotal((count) => Math.max(0, count - 1));
  });

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
        if (!root) void loadWindow({ sort, study: null, offset: 0, threadOf: id }, "append").then(() => {
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
      setStudyFilter(null);
      setCollapsed((current) => new Set([...current].filter((item) => !ancestors.includes(item) && item !== id)));
      setHighlight(id);
      requestAnimationFrame(() => document.getElementById(`comment-${id}`)?.scrollIntoView({ block: "center" }));
    };
    openPermalink();
    window.addEventListener("hashchange", openPermalink);
    return () => window.removeEventListener("hashchange", openPermalink);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, root]);

  const threads = useMemo(() => {
    let roots = sortThreads(buildTree(comments), sort);
    if (studyFilter) {
      const anchored = (node: Node): boolean => node.comment.studyId === studyFilter || node.children.some(anchored);
      roots = roots.filter(anchored);
    }
    return roots;
  }, [comments, sort, studyFilter]);

  const studyCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const comment of comments) if (comment.studyId && comment.state === "visible") counts[comment.studyId] = (counts[comment.studyId] ?? 0) + 1;
    return counts;
  }, [comments]);

  const studyLabel = useCallback((id: string | null) => initial.studies.find((study) => study.id === id)?.label ?? null, [initial.studies]);

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

  async function post(body: string, studyId: string | null, parentId: string | null, clientKey: string) {
    const result = await postComment({ caseId, body, studyId, parentId, clientKey });
    if (!result.ok) return { ok: false, message: result.message };
    await refresh(result.data.commentId);
    const notice = result.data.unnotified.length
      ? `${result.data.unnotified.join(", ")} cannot see this case and ${result.data.unnotified.length === 1 ? "was" : "were"} not notified.`
      : undefined;
    return { ok: true, notice };
  }

  // Further threads load as the reader scrolls towards the end (the button stays for keyboards).
  const moreButton = useRef<HTMLButtonElement>(null);
  const loadMore = useCallback(() => {
    if (nextOffset !== null && !loadingRef.current) void loadWindow({ sort, study: studyFilter, offset: nextOffset }, "append");
  }, [loadWindow, nextOffset, sort, studyFilter]);
  useEffect(() => {
    const button = moreButton.current;
    if (!button || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    }, { rootMargin: "600px 0px" });
    observer.observe(button);
    return () => observer.disconnect();
  }, [loadMore]);

  const context: ItemContext = { caseId, root, collapsed, newUnder, highlight, toggle, refresh, post, studyLabel, studies: initial.studies };
  const total = root ? comments.filter((comment) => comment.state === "visible").length : caseTotal;

  return (
    <section id="discussion" aria-labelledby="discussion-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="discussion-heading" className="text-lg font-semibold">
          Discussion <span className="text-sm font-normal text-slate-500">({total} {total === 1 ? "comment" : "comments"})</span>
        </h2>
        <LiveIndicator status={status} />
      </div>

      {root ? (
        <p className="text-sm">
          <Link href={`/cases/${caseId}#comment-${root.id}`} className="text-brand-700 underline">← Back to the whole discussion</Link>
        </p>
      ) : initial.canComment ? (
        <div className="card p-4">
          <Composer caseId={caseId} submitLabel="Post comment" studies={initial.studies} initialStudyId={studyFilter} onSubmit={(body, studyId, clientKey) => post(body, studyId, null, clientKey)} />
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          Sort threads
          <select className="rounded border border-slate-300 bg-white px-2 py-1" value={sort} onChange={(e) => changeView(e.target.value as ThreadSort, studyFilter)}>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
            <option value="replies">Most replies</option>
          </select>
        </label>
        {initial.studies.length ? (
          <label className="flex items-center gap-2">
            Study
            <select className="rounded border border-slate-300 bg-white px-2 py-1" value={studyFilter ?? ""} onChange={(e) => changeView(sort, e.target.value || null)}>
              <option value="">All comments</option>
              {initial.studies.map((study) => (
                <option key={study.id} value={study.id}>{study.label} ({studyCounts[study.id] ?? 0})</option>
              ))}
            </select>
          </label>
        ) : null}
      </div>

      {threads.length ? (
        <ol className="space-y-3" aria-label="Threads">
          {threads.map((node) => (
            <li key={node.comment.id} className="card p-3 sm:p-4">
              <CommentItem node={node} context={context} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="card p-4 text-sm text-slate-600">
          {loading ? "Loading…" : studyFilter ? "No comments about this study yet." : "No comments yet. Start the discussion: what do you see, and what would you do next?"}
        </p>
      )}
      {nextOffset !== null && !root ? (
        <button ref={moreButton} type="button" className="btn-secondary w-full" disabled={loading} onClick={loadMore}>
          {loading ? "Loading…" : `Show more threads (${totalThreads - nextOffset} more)`}
        </button>
      ) : null}
    </section>
  );
}

interface ItemContext {
  caseId: string;
  root?: { id: string; path: string; depth: number };
  collapsed: Set<string>;
  newUnder: Record<string, number>;
  highlight: string | null;
  toggle: (id: string) => void;
  refresh: (id: string) => Promise<void>;
  post: (body: string, studyId: string | null, parentId: string | null, clientKey: string) => Promise<{ ok: boolean; message?: string; notice?: string }>;
  studyLabel: (id: string | null) => string | null;
  studies: Array<{ id: string; label: string }>;
}

function CommentItem({ node, context }: { node: Node; context: ItemContext }) {
  const { comment } = node;
  const [mode, setMode] = useState<"view" | "reply" | "edit" | "remove" | "history">("view");
  const [message, setMessage] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [history, setHistory] = useState<Array<{ id: string; bodyHtml: string; createdAt: string }> | null>(null);
  const isCollapsed = context.collapsed.has(comment.id);
  const relativeDepth = comment.depth - (context.root?.depth ?? 0);
  const fresh = context.newUnder[comment.id] ?? 0;
  const anchor = context.studyLabel(comment.studyId);

  async function run(action: () => Promise<{ ok: boolean; message?: string }>) {
    setMessage(null);
    const result = await action();
    if (!result.ok) setMessage(result.message ?? "That did not work.");
    else {
      setMode("view");
      await context.refresh(comment.id);
    }
  }

  async function showHistory() {
    setMode("history");
    const response = await fetch(`/api/cases/${context.caseId}/comments/${comment.id}/history`);
    setHistory(response.ok ? await response.json() : []);
  }

  return (
    <article
      id={`comment-${comment.id}`}
      aria-label={`Comment by ${comment.authorName}`}
      data-testid="comment"
      className={`scroll-mt-24 rounded ${context.highlight === comment.id ? "bg-amber-50 ring-2 ring-amber-300" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <button
          type="button"
          className="rounded px-1 font-mono text-xs text-slate-500 hover:bg-slate-100"
          onClick={() => context.toggle(comment.id)}
          aria-expanded={!isCollapsed}
          aria-label={isCollapsed ? `Expand thread (${comment.descendantCount} replies)` : "Collapse thread"}
        >
          {isCollapsed ? `[+${comment.descendantCount}]` : "[–]"}
        </button>
        {comment.state === "visible" ? <span className="font-semibold">{comment.authorName}</span> : <span className="italic text-slate-500">{comment.state === "removed" ? "removed" : "deleted"}</span>}
        <a href={`#comment-${comment.id}`} className="text-slate-500 hover:underline"><time dateTime={comment.createdAt}>{timeAgo(comment.createdAt)}</time></a>
        {comment.editedAt && comment.state === "visible" ? (
          <button type="button" className="text-xs text-slate-500 underline" onClick={() => void showHistory()}>edited</button>
        ) : null}
        {anchor ? <span className="badge bg-brand-50 text-brand-800">re: {anchor}</span> : null}
        {isCollapsed && fresh ? <span className="badge bg-amber-100 text-amber-900" data-testid="new-replies">{fresh} new {fresh === 1 ? "reply" : "replies"}</span> : null}
      </header>

      {!isCollapsed ? (
        <>
          {comment.state === "visible" && mode !== "edit" ? (
            <div className="prose-comment mt-1 text-sm" data-testid="comment-body" dangerouslySetInnerHTML={{ __html: comment.html ?? "" }} />
          ) : comment.state === "deleted" ? (
            <p className="mt-1 text-sm italic text-slate-500">Comment deleted.</p>
          ) : comment.state === "removed" ? (
            <p className="mt-1 text-sm italic text-slate-500">Comment removed by a moderator{comment.removalReason ? `: ${comment.removalReason}` : "."}</p>
          ) : null}

          {mode === "edit" && comment.body !== null ? (
            <div className="mt-2">
              <Composer caseId={context.caseId} initialBody={comment.body} submitLabel="Save edit" autoFocus onCancel={() => setMode("view")}
                onSubmit={async (body) => {
                  const result = await editComment({ commentId: comment.id, body });
                  if (result.ok) { setMode("view"); await context.refresh(comment.id); }
                  return { ok: result.ok, message: result.ok ? undefined : result.message };
                }} />
            </div>
          ) : null}

          {mode === "history" ? (
            <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
              <p className="font-medium">Earlier versions</p>
              {history === null ? <p>Loading…</p> : history.length === 0 ? <p>No earlier versions.</p> : (
                <ol className="mt-2 space-y-2">
                  {history.map((revision) => (
                    <li key={revision.id} className="rounded bg-white p-2">
                      <p className="text-xs text-slate-500">Before {timeAgo(revision.createdAt)}</p>
                      <div className="prose-comment" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
                    </li>
                  ))}
                </ol>
              )}
              <button type="button" className="btn-ghost mt-2 py-1" onClick={() => setMode("view")}>Close</button>
            </div>
          ) : null}

          {mode === "remove" ? (
            <form className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(event) => { event.preventDefault(); void run(() => removeComment({ commentId: comment.id, reason })); }}>
              <label className="flex-1 text-sm">
                Reason for removing (shown in its place)
                <input className="field-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />
              </label>
              <button type="submit" className="btn-danger py-1.5">Remove</button>
              <button type="button" className="btn-ghost py-1.5" onClick={() => setMode("view")}>Cancel</button>
            </form>
          ) : null}

          {mode === "view" ? (
            <div className="mt-1 flex flex-wrap gap-1 text-xs">
              {comment.state === "visible" ? (
                <button type="button" className="btn-ghost px-2 py-1" onClick={() => setMode("reply")}>Reply</button>
              ) : null}
              {comment.canEdit ? <button type="button" className="btn-ghost px-2 py-1" onClick={() => setMode("edit")}>Edit</button> : null}
              {comment.canDelete ? (
                <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => { if (window.confirm("Delete this comment? Replies stay; your text is erased.")) void run(() => deleteComment({ commentId: comment.id })); }}>
                  Delete
                </button>
              ) : null}
              {comment.canRemove && !comment.canDelete ? <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => setMode("remove")}>Remove</button> : null}
            </div>
          ) : null}
          {message ? <p className="field-error" role="alert">{message}</p> : null}

          {mode === "reply" ? (
            <div className="mt-2 border-l-2 border-brand-100 pl-3">
              <Composer caseId={context.caseId} submitLabel="Reply" autoFocus placeholder={`Reply to ${comment.authorName}`} onCancel={() => setMode("view")}
                studies={context.studies} initialStudyId={comment.studyId}
                onSubmit={async (body, studyId, clientKey) => {
                  const result = await context.post(body, studyId, comment.id, clientKey);
                  if (result.ok && !result.notice) setMode("view");
                  return result;
                }} />
            </div>
          ) : null}

          {node.children.length || (relativeDepth >= INLINE_DEPTH && comment.descendantCount > 0) ? (
            relativeDepth >= INLINE_DEPTH ? (
              <p className="mt-2 text-sm">
                <Link href={`/cases/${context.caseId}/comments/${comment.id}`} className="font-medium text-brand-700 underline">
                  Continue this thread ({comment.descendantCount} more {comment.descendantCount === 1 ? "reply" : "replies"}) →
                </Link>
              </p>
            ) : (
              <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-2 sm:pl-4">
                {node.children.map((child) => (
                  <li key={child.comment.id}><CommentItem node={child} context={context} /></li>
                ))}
              </ol>
            )
          ) : null}
        </>
      ) : null}
    </article>
  );
}
