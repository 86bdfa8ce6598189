"use client";
// One comment of the discussion tree with its replies: header, body, edit/reply/remove/history and the nested thread.
import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { deleteComment, editComment, removeComment } from "@/lib/discussion/actions";
import { INLINE_DEPTH } from "@/lib/discussion/constants";
import type { CommentView } from "@/lib/discussion/queries";
import type { TreeNode } from "@/lib/discussion/tree";
import { DateTime } from "@/components/ui/date-time";
import { Composer } from "./composer";
import { findingsOf, IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import type { FieldFinding } from "@/components/deidentify/use-identifier-check";
import type { IdentifierConfirmation } from "@/lib/deidentify/reasons";
import type { DraftAnchor } from "@/lib/discussion/anchor";
import { followSliceLink } from "./slice-requests";

/** A comment's slice preview: its code loads only when a comment has an anchor (decision 071). */
const AnchorPreview = dynamic(() => import("./anchor-preview"));

type Node = TreeNode<CommentView>;

export interface ItemContext {
  caseId: string;
  root?: { id: string; path: string; depth: number };
  collapsed: Set<string>;
  newUnder: Record<string, number>;
  highlight: string | null;
  toggle: (id: string) => void;
  refresh: (id: string) => Promise<void>;
  post: (body: string, studyId: string | null, parentId: string | null, clientKey: string, confirmation: IdentifierConfirmation, anchor?: DraftAnchor | null) => Promise<{ ok: boolean; message?: string; notice?: string; findings?: FieldFinding[] }>;
  studyLabel: (id: string | null) => string | null;
  studies: Array<{ id: string; label: string }>;
}

// Comments whose reply, edit or remove form closed a moment ago, and until when their buttons take the focus back.
const focusReturnsUntil = new Map<string, number>();

export function CommentItem({ node, context }: { node: Node; context: ItemContext }) {
  const { comment } = node;
  const [mode, setMode] = useState<"view" | "reply" | "edit" | "remove" | "history">("view");
  const [message, setMessage] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  // The removal reason is shown in the comment's place: checked by the guard like any text (issue 25).
  const removal = useGuardedText({ reason }, { enabled: mode === "remove" });
  const [history, setHistory] = useState<Array<{ id: string; bodyHtml: string; createdAt: string }> | null>(null);
  const isCollapsed = context.collapsed.has(comment.id);
  const relativeDepth = comment.depth - (context.root?.depth ?? 0);
  const fresh = context.newUnder[comment.id] ?? 0;
  const anchor = context.studyLabel(comment.studyId);
  // Closing a reply, edit or remove form unmounts the control that had the focus: give the focus
  // back to this comment's buttons rather than losing it to the page (issue 29).
  // The refresh and the live update that follow a reply may render the thread again and drop the focus a second
  // time, even remounting this comment: for two seconds after the form closed, any render of this comment that
  // finds the focus on the page gives it back (keyed by comment, so a remounted item still knows).
  const buttons = useRef<HTMLDivElement>(null);
  const lastMode = useRef(mode);
  useEffect(() => {
    const closed = lastMode.current !== "view" && mode === "view";
    lastMode.current = mode;
    if (closed) focusReturnsUntil.set(comment.id, Date.now() + 2000);
  }, [mode, comment.id]);
  useEffect(() => {
    const until = focusReturnsUntil.get(comment.id);
    if (until === undefined) return;
    if (Date.now() > until) {
      focusReturnsUntil.delete(comment.id);
      return;
    }
    if (mode === "view" && (!document.activeElement || document.activeElement === document.body)) buttons.current?.querySelector("button")?.focus();
  });

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
        <a href={`#comment-${comment.id}`} className="text-slate-500 hover:underline"><DateTime iso={comment.createdAt} relative /></a>
        {comment.editedAt && comment.state === "visible" ? (
          <button type="button" className="text-xs text-slate-500 underline" onClick={() => void showHistory()}>edited</button>
        ) : null}
        {anchor ? <span className="badge bg-brand-50 text-brand-800">re: {anchor}</span> : null}
        {isCollapsed && fresh ? <span className="badge bg-amber-100 text-amber-900" data-testid="new-replies">{fresh} new {fresh === 1 ? "reply" : "replies"}</span> : null}
      </header>

      {!isCollapsed ? (
        <>
          {comment.state === "visible" && mode !== "edit" ? (
            <>
              {/* Slice links open the viewer on this page: a link's own click (Enter too), caught here. */}
              <div className="prose-comment mt-1 text-sm" data-testid="comment-body" onClick={followSliceLink} dangerouslySetInnerHTML={{ __html: comment.html ?? "" }} />
              {comment.anchor ? <AnchorPreview caseId={context.caseId} anchor={comment.anchor} /> : null}
            </>
          ) : comment.state === "deleted" ? (
            <p className="mt-1 text-sm italic text-slate-500">Comment deleted.</p>
          ) : comment.state === "removed" ? (
            <p className="mt-1 text-sm italic text-slate-500">Comment removed by a moderator{comment.removalReason ? `: ${comment.removalReason}` : "."}</p>
          ) : null}

          {mode === "edit" && comment.body !== null ? (
            <div className="mt-2">
              <Composer caseId={context.caseId} initialBody={comment.body} submitLabel="Save edit" autoFocus onCancel={() => setMode("view")}
                onSubmit={async (body, _studyId, _clientKey, confirmation) => {
                  const result = await editComment({ commentId: comment.id, body, ...confirmation });
                  if (result.ok) { setMode("view"); await context.refresh(comment.id); }
                  return { ok: result.ok, message: result.ok ? undefined : result.message, findings: findingsOf(result) ?? undefined };
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
                      <p className="text-xs text-slate-500">Before <DateTime iso={revision.createdAt} relative /></p>
                      <div className="prose-comment" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
                    </li>
                  ))}
                </ol>
              )}
              <button type="button" className="btn-ghost mt-2 py-1" onClick={() => setMode("view")}>Close</button>
            </div>
          ) : null}

          {mode === "remove" ? (
            <form className="mt-2 flex flex-wrap items-end gap-2" onSubmit={(event) => { event.preventDefault(); void run(async () => { const result = await removeComment({ commentId: comment.id, reason, ...removal.state.confirmation }); const found = findingsOf(result); if (found) removal.onRefused(found); return found ? { ok: false, message: "Not removed: the reason may identify the patient." } : result; }); }}>
              <label className="flex-1 text-sm">
                Reason for removing (shown in its place)
                <input className="field-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />
              </label>
              <button type="submit" className="btn-danger py-1.5">Remove</button>
              <button type="button" className="btn-ghost py-1.5" onClick={() => setMode("view")}>Cancel</button>
              <div className="basis-full"><IdentifierFindings findings={removal.findings} texts={{ reason }} label={() => "Reason"} state={removal.state} refused={removal.refused} checking={removal.checking} /></div>
            </form>
          ) : null}

          {mode === "view" ? (
            <div ref={buttons} className="mt-1 flex flex-wrap gap-1 text-xs">
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
                onSubmit={async (body, studyId, clientKey, confirmation) => {
                  const result = await context.post(body, studyId, comment.id, clientKey, confirmation);
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
