"use client";
// The case discussion: a tree built from the flat, path-ordered list (lib/discussion/tree.ts),
// kept current by the live event stream. What the user is typing lives in local state that
// live updates never touch.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { postComment } from "@/lib/discussion/actions";
import type { CommentView, DiscussionView } from "@/lib/discussion/queries";
import { buildTree, sortThreads, type ThreadSort, type TreeNode } from "@/lib/discussion/tree";
import { Composer } from "./composer";
import { findingsOf } from "@/components/deidentify/identifier-findings";
import type { IdentifierConfirmation } from "@/lib/deidentify/reasons";
import { useCaseLive } from "@/components/live/case-live";
import { LiveIndicator } from "@/components/live/live-indicator";
import { DISCUSSION_EVENT_KINDS } from "@/lib/live/events";
import { CommentItem, type ItemContext } from "./comment-item";
import { useDiscussionWindow, type DiscussionRoot } from "./use-discussion-window";
import { usePermalink } from "./use-permalink";
import { onSliceCommentRequest } from "./slice-requests";
import type { DraftAnchor } from "@/lib/discussion/anchor";

type Node = TreeNode<CommentView>;

interface Props {
  initial: DiscussionView;
  /** Set on a "continue this thread" page: only this subtree is shown. */
  root?: DiscussionRoot;
  initialStudyFilter?: string | null;
}

const COMMENT_KINDS = DISCUSSION_EVENT_KINDS;

export function Discussion({ initial, root, initialStudyFilter = null }: Props) {
  const caseId = initial.caseId;
  const { comments, commentsRef, nextOffset, totalThreads, loading, loadingRef, loadWindow, refresh, collapsed, setCollapsed, newUnder, toggle } =
    useDiscussionWindow(initial, root);
  const [sort, setSort] = useState<ThreadSort>("oldest");
  const [studyFilter, setStudyFilter] = useState<string | null>(initialStudyFilter);

  const changeView = (nextSort: ThreadSort, nextStudy: string | null) => {
    setSort(nextSort);
    setStudyFilter(nextStudy);
    if (!root && (initial.nextOffset !== null || nextOffset !== null || nextStudy !== studyFilter)) {
      void loadWindow({ sort: nextSort, study: nextStudy, offset: 0 }, "replace");
    }
  };

  // The whole discussion's count (most threads may not be loaded), kept current by the events.
  const [caseTotal, setCaseTotal] = useState(initial.commentCount);
  const status = useCaseLive((event) => {
    if (COMMENT_KINDS.has(event.kind) && event.subjectId) void refresh(event.subjectId);
    if (event.kind === "comment_posted") setCaseTotal((count) => count + 1);
    if (event.kind === "comment_deleted" || event.kind === "comment_removed") setCaseTotal((count) => Math.max(0, count - 1));
  });

  const highlight = usePermalink(caseId, root, commentsRef,
    (id) => loadWindow({ sort, study: null, offset: 0, threadOf: id }, "append"),
    (id, ancestors) => {
      setStudyFilter(null);
      setCollapsed((current) => new Set([...current].filter((item) => !ancestors.includes(item) && item !== id)));
    });

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

  // "Comment on this slice" in a viewer on this page prefills the composer with that slice.
  const [anchorRequest, setAnchorRequest] = useState<{ anchor: DraftAnchor; nonce: number } | null>(null);
  const canComment = initial.canComment && !root;
  useEffect(() => (canComment ? onSliceCommentRequest((anchor) => setAnchorRequest({ anchor, nonce: Date.now() })) : undefined), [canComment]);

  const studyLabel = useCallback((id: string | null) => initial.studies.find((study) => study.id === id)?.label ?? null, [initial.studies]);

  async function post(body: string, studyId: string | null, parentId: string | null, clientKey: string, confirmation: IdentifierConfirmation, anchor: DraftAnchor | null = null) {
    const sliceAnchor = anchor ? { seriesId: anchor.seriesId, imageId: anchor.imageId, mark: anchor.mark } : null;
    const result = await postComment({ caseId, body, studyId, parentId, clientKey, anchor: sliceAnchor, ...confirmation });
    if (!result.ok) return { ok: false, message: result.message, findings: findingsOf(result) ?? undefined };
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
          <Composer caseId={caseId} submitLabel="Post comment" studies={initial.studies} initialStudyId={studyFilter} anchorRequest={anchorRequest}
            onSubmit={(body, studyId, clientKey, confirmation, anchor) => post(body, studyId, null, clientKey, confirmation, anchor)} />
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
