// Reads of a case's discussion, in SQL (decision 017). The thread's shape (ids, paths, depths)
// is one indexed query in path order; the window to send is chosen in memory, and only its
// comments' text is read. Deleted comments come back as tombstones without text.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { visibleCaseSql, visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { getCaseFacts, type CaseRow } from "@/lib/cases/queries";
import { formatOffset } from "@/lib/cases/timeline";
import { Prisma } from "@/lib/generated/prisma/client";
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
  /** Visible (not deleted) comments in the whole discussion, loaded or not. */
  commentCount: number;
  /** Threads matching the window's filter, and where the next window starts (null: no more). */
  totalThreads: number;
  nextOffset: number | null;
}

/** A comment's place in the tree: read for every comment of the case, so kept narrow. */
interface ShapeRow {
  id: string; parentId: string | null; path: string; depth: number; studyId: string | null; descendantCount: number; deleted: boolean;
}

interface CommentRow extends Omit<ShapeRow, "deleted"> {
  authorId: string; body: string | null; bodyHtml: string | null; deletedAt: Date | null; removedById: string | null;
  removalReason: string | null; createdAt: Date; editedAt: Date | null; authorName: string;
}

const commentColumns = Prisma.sql`c.id, c."parentId", c.path, c.depth, c."authorId", c."studyId", c.body, c."bodyHtml", c."deletedAt",
  c."removedById", c."removalReason", c."createdAt", c."editedAt", c."descendantCount", u.name as "authorName"`;

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

async function visibleCase(viewer: Viewer, caseId: string) {
  return db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true } });
}

/**
 * Comments in the case page's first window at most (whole threads): what a reader sees first,
 * below the case itself. Further windows (scrolling, "show more threads") are larger.
 */
export const FIRST_WINDOW = 30;
/** Comments in each further window at most (whole threads). */
export const COMMENT_WINDOW = 100;

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
  /** Comments in the window at most (whole threads); COMMENT_WINDOW by default. */
  window?: number;
  /** The case read already under way for this request (see readCase). */
  read?: Promise<CaseRow | null>;
}

/**
 * The discussion of a case as one window of whole threads. Three statements whatever the number of
 * comments (the case with its studies, shared with the page; the thread's shape; the window's text);
 * only a window of at most COMMENT_WINDOW comments (whole threads) is sent, so the page costs
 * nearly the same at 500 or 5,000 comments.
 */
export async function getDiscussion(viewer: Viewer, caseId: string, options: DiscussionOptions = {}): Promise<DiscussionView | null> {
  // The shape is read alongside the case check and discarded if that fails.
  const [kase, rows] = await Promise.all([
    getCaseFacts(viewer, caseId, options.read),
    db.$queryRaw<ShapeRow[]>`
      select id, "parentId", path, depth, "studyId", "descendantCount", "deletedAt" is not null as deleted
      from "Comment" where "caseId" = ${caseId} order by path`,
  ]);
  if (!kase) return null;

  let selected: ShapeRow[] = rows;
  let totalThreads = 0;
  let nextOffset: number | null = null;
  if (options.rootId) {
    const root = rows.find((row) => row.id === options.rootId);
    if (!root) return null;
    selected = rows.filter((row) => row.path.startsWith(root.path));
  } else {
    // Whole threads: the contiguous runs of the path-ordered list that start at a root.
    let threads: ShapeRow[][] = [];
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
    const limit = options.window ?? COMMENT_WINDOW;
    selected = [];
    let index = offset;
    for (; index < threads.length; index++) {
      const thread = threads[index]!;
      if (selected.length > 0 && selected.length + thread.length > limit) break;
      selected.push(...thread);
    }
    nextOffset = index < threads.length ? index : null;
  }

  const ids = selected.map((row) => row.id);
  const comments = ids.length
    ? await db.$queryRaw<CommentRow[]>`
        select ${commentColumns} from "Comment" c join "User" u on u.id = c."authorId"
        where c.id = any(${ids}::text[]) order by c.path`
    : [];

  const commentCounts = new Map<string, number>();
  let commentCount = 0;
  for (const row of rows) {
    if (row.deleted) continue;
    commentCount++;
    if (row.studyId) commentCounts.set(row.studyId, (commentCounts.get(row.studyId) ?? 0) + 1);
  }
  return {
    caseId,
    // The client builds its tree from path order.
    comments: comments.map((row) => toView(viewer, kase, row)),
    studies: kase.studies.map((study) => ({
      id: study.id,
      label: `${study.modality} ${study.label ?? formatOffset(study.dayOffset)}`,
      commentCount: commentCounts.get(study.id) ?? 0,
    })),
    canComment: canComment(viewer, kase),
    lastEventId: kase.lastEventId,
    commentCount,
    totalThreads,
    nextOffset,
  };
}

/** One comment as the live client needs it after an event; null if not visible. */
export async function getComment(viewer: Viewer, caseId: string, commentId: string): Promise<CommentView | null> {
  // Every open page asks for each new comment: the comment, its author and the case check in
  // one statement.
  const [row] = await db.$queryRaw<Array<CommentRow & { case: CaseAccessFacts }>>`
    select ${commentColumns},
           json_build_object('authorId', k."authorId", 'status', k.status, 'visibility', k.visibility, 'teamId', k."teamId") as case
    from "Comment" c join "User" u on u.id = c."authorId" join "Case" k on k.id = c."caseId"
    where c.id = ${commentId} and c."caseId" = ${caseId} and ${visibleCaseSql(viewer, "k")}`;
  return row ? toView(viewer, row.case, row) : null;
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
