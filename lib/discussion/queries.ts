// Reads of a case's discussion. The whole thread is one indexed query in path order; the
// tree is built in memory (tree.ts). Deleted comments come back as tombstones without text.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { formatOffset } from "@/lib/cases/timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canComment, canDeleteComment, canEditComment, canRemoveComment } from "./policy";
import { INLINE_DEPTH } from "./constants";
import type { ThreadSort } from "./tree";

export interface CommentView {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  authorId: string;
  authorName: string;
  studyId: string | null;
  /** Sanitized at write time; null for a tombstone. */
  html: string | null;
  /** The markdown source, only for the comment's own author (to edit it). */
  body: string | null;
  state: "visible" | "deleted" | "removed";
  removalReason: string | null;
  createdAt: string;
  editedAt: string | null;
  descendantCount: number;
  canEdit: boolean;
  canDelete: boolean;
  canRemove: boolean;
}

export interface DiscussionView {
  caseId: string;
  comments: CommentView[];
  studies: Array<{ id: string; label: string; commentCount: number }>;
  canComment: boolean;
  /** Newest event id at render time: the live stream resumes from here. */
  lastEventId: string;
  /** Threads matching the window's filter, and where the next window starts (null: no more). */
  totalThreads: number;
  nextOffset: number | null;
}

const commentSelect = {
  id: true, parentId: true, path: true, depth: true, authorId: true, studyId: true, body: true, bodyHtml: true,
  deletedAt: true, removedById: true, removalReason: true, createdAt: true, editedAt: true, descendantCount: true,
  author: { select: { name: true } },
} as const satisfies Prisma.CommentSelect;

interface CommentRow {
  id: string; parentId: string | null; path: string; depth: number; authorId: string; studyId: string | null;
  body: string | null; bodyHtml: string | null; deletedAt: Date | null; removedById: string | null; removalReason: string | null;
  createdAt: Date; editedAt: Date | null; descendantCount: number; authorName: string;
}

function flatten(row: Prisma.CommentGetPayload<{ select: typeof commentSelect }>): CommentRow {
  const { author, ...rest } = row;
  return { ...rest, authorName: author.name };
}

function toView(viewer: Viewer, kase: CaseAccessFacts, row: CommentRow): CommentView {
  const state = row.deletedAt ? (row.removedById ? "removed" : "deleted") : "visible";
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    authorId: row.authorId,
    authorName: row.authorName,
    studyId: row.studyId,
    html: state === "visible" ? row.bodyHtml : null,
    body: state === "visible" && row.authorId === viewer.id ? row.body : null,
    state,
    removalReason: state === "removed" ? row.removalReason : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    descendantCount: row.descendantCount,
    canEdit: canEditComment(viewer, row),
    canDelete: canDeleteComment(viewer, row),
    canRemove: canRemoveComment(viewer, kase, row),
  };
}

const caseAccess = { id: true, authorId: true, status: true, visibility: true, teamId: true } as const;

async function visibleCase(viewer: Viewer, caseId: string) {
  return db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: caseAccess });
}

/** Comments sent with a page at most (whole threads); the rest load on demand. */
export const COMMENT_WINDOW = 200;

export interface DiscussionOptions {
  /** A "continue this thread" page: only this comment's subtree. */
  rootId?: string;
  sort?: ThreadSort;
  /** Top-level threads to skip (the "show more threads" button). */
  threadOffset?: number;
  /** Only threads with a comment anchored to this study. */
  studyId?: string | null;
  /** Only the thread that contains this comment (a permalink into an unloaded thread). */
  threadOf?: string;
}

/**
 * The discussion of a case as one window of whole threads. A bounded number of queries whatever
 * the number of comments (case check, comments, studies, last event id); the comments are one
 * indexed query in path order, and only a window of at most COMMENT_WINDOW comments (whole
 * threads) is sent, so the page costs the same at 500 or 5,000 comments.
 */
export async function getDiscussion(viewer: Viewer, caseId: string, options: DiscussionOptions = {}): Promise<DiscussionView | null> {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const [rows, studies, lastEvent] = await Promise.all([
    // Hand-written SQL: one statement with the author's name joined in (Prisma would add a
    // second query for the authors; this is the hottest read of the case page).
    db.$queryRaw<CommentRow[]>`
      select c.id, c."parentId", c.path, c.depth, c."authorId", c."studyId", c.body, c."bodyHtml", c."deletedAt",
             c."removedById", c."removalReason", c."createdAt", c."editedAt", c."descendantCount", u.name as "authorName"
      from "Comment" c join "User" u on u.id = c."authorId"
      where c."caseId" = ${caseId}
      order by c.path`,
    db.study.findMany({
      where: { caseId },
      orderBy: [{ dayOffset: "asc" }, { position: "asc" }],
      select: { id: true, dayOffset: true, label: true, modality: true, _count: { select: { comments: { where: { deletedAt: null } } } } },
    }),
    db.caseActivity.findFirst({ where: { caseId }, orderBy: { id: "desc" }, select: { id: true } }),
  ]);

  let selected: CommentRow[] = rows;
  let totalThreads = 0;
  let nextOffset: number | null = null;
  if (options.rootId) {
    const root = rows.find((row) => row.id === options.rootId);
    if (!root) return null;
    selected = rows.filter((row) => row.path.startsWith(root.path));
  } else {
    // Whole threads: the contiguous runs of the path-ordered list that start at a root.
    let threads: CommentRow[][] = [];
    for (const row of rows) {
      if (row.depth === 0 || threads.length === 0) threads.push([row]);
      else threads.at(-1)!.push(row);
    }
    // Below the inline depth, replies live on their thread's own page: not in the window.
    if (!options.threadOf) threads = threads.map((thread) => thread.filter((row) => row.depth <= INLINE_DEPTH));
    if (options.threadOf) {
      const target = rows.find((row) => row.id === options.threadOf);
      threads = target ? threads.filter((thread) => target.path.startsWith(thread[0]!.path)) : [];
    }
    if (options.studyId) threads = threads.filter((thread) => thread.some((row) => row.studyId === options.studyId));
    const sort = options.sort ?? "oldest";
    if (sort === "newest") threads.reverse();
    if (sort === "replies") threads.sort((a, b) => b[0]!.descendantCount - a[0]!.descendantCount || a[0]!.path.localeCompare(b[0]!.path));
    totalThreads = threads.length;
    const offset = Math.max(0, options.threadOffset ?? 0);
    selected = [];
    let index = offset;
    for (; index < threads.length; index++) {
      const thread = threads[index]!;
      if (selected.length > 0 && selected.length + thread.length > COMMENT_WINDOW) break;
      selected.push(...thread);
    }
    nextOffset = index < threads.length ? index : null;
    // The client builds its tree from path order.
    selected.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  return {
    caseId,
    comments: selected.map((row) => toView(viewer, kase, row)),
    studies: studies.map((study) => ({
      id: study.id,
      label: `${study.modality} ${study.label ?? formatOffset(study.dayOffset)}`,
      commentCount: study._count.comments,
    })),
    canComment: canComment(viewer, kase),
    lastEventId: lastEvent?.id.toString() ?? "0",
    totalThreads,
    nextOffset,
  };
}

/** One comment as the live client needs it after an event; null if not visible. */
export async function getComment(viewer: Viewer, caseId: string, commentId: string): Promise<CommentView | null> {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const row = await db.comment.findFirst({ where: { id: commentId, caseId }, select: commentSelect });
  return row ? toView(viewer, kase, flatten(row)) : null;
}

/** Earlier versions of an edited comment, newest first. Empty once the comment is deleted. */
export async function getCommentHistory(viewer: Viewer, caseId: string, commentId: string) {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const comment = await db.comment.findFirst({
    where: { id: commentId, caseId },
    select: { deletedAt: true, revisions: { orderBy: { createdAt: "desc" }, select: { id: true, bodyHtml: true, createdAt: true } } },
  });
  if (!comment) return null;
  return comment.deletedAt ? [] : comment.revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() }));
}

/** Typeahead for @mentions: only people who may see the case. */
export async function getMentionCandidates(viewer: Viewer, caseId: string, query: string) {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const audience: Prisma.UserWhereInput =
    kase.status === "draft"
      ? { id: kase.authorId }
      : kase.visibility === "team"
        ? { OR: [{ id: kase.authorId }, { memberships: { some: { teamId: kase.teamId ?? "" } } }] }
        : {};
  const text = query.trim().slice(0, 50);
  return db.user.findMany({
    where: {
      AND: [
        audience,
        { id: { not: viewer.id } },
        text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { startsWith: text, mode: "insensitive" } }] } : {},
      ],
    },
    orderBy: { name: "asc" },
    take: 8,
    select: { id: true, name: true, role: true },
  });
}
