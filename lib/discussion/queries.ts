// Reads of a case's discussion. The whole thread is one indexed query in path order; the
// tree is built in memory (tree.ts). Deleted comments come back as tombstones without text.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { formatOffset } from "@/lib/cases/timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canComment, canDeleteComment, canEditComment, canRemoveComment } from "./policy";

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
}

const commentSelect = {
  id: true, parentId: true, path: true, depth: true, authorId: true, studyId: true, body: true, bodyHtml: true,
  deletedAt: true, removedById: true, removalReason: true, createdAt: true, editedAt: true, descendantCount: true,
  author: { select: { name: true } },
} as const satisfies Prisma.CommentSelect;
type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

function toView(viewer: Viewer, kase: CaseAccessFacts, row: CommentRow): CommentView {
  const state = row.deletedAt ? (row.removedById ? "removed" : "deleted") : "visible";
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    authorId: row.authorId,
    authorName: row.author.name,
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

/**
 * The discussion of a case, or of one subtree ("continue this thread"). A bounded number of
 * queries whatever the number of comments: case check, comments, studies, last event id.
 */
export async function getDiscussion(viewer: Viewer, caseId: string, rootId?: string): Promise<DiscussionView | null> {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  let pathPrefix: string | undefined;
  if (rootId) {
    const root = await db.comment.findFirst({ where: { id: rootId, caseId }, select: { path: true } });
    if (!root) return null;
    pathPrefix = root.path;
  }
  const [rows, studies, lastEvent] = await Promise.all([
    db.comment.findMany({
      where: { caseId, ...(pathPrefix ? { path: { startsWith: pathPrefix } } : {}) },
      orderBy: { path: "asc" },
      select: commentSelect,
    }),
    db.study.findMany({
      where: { caseId },
      orderBy: [{ dayOffset: "asc" }, { position: "asc" }],
      select: { id: true, dayOffset: true, label: true, modality: true, _count: { select: { comments: { where: { deletedAt: null } } } } },
    }),
    db.caseActivity.findFirst({ where: { caseId }, orderBy: { id: "desc" }, select: { id: true } }),
  ]);
  return {
    caseId,
    comments: rows.map((row) => toView(viewer, kase, row)),
    studies: studies.map((study) => ({
      id: study.id,
      label: `${study.modality} ${study.label ?? formatOffset(study.dayOffset)}`,
      commentCount: study._count.comments,
    })),
    canComment: canComment(viewer, kase),
    lastEventId: lastEvent?.id.toString() ?? "0",
  };
}

/** One comment as the live client needs it after an event; null if not visible. */
export async function getComment(viewer: Viewer, caseId: string, commentId: string): Promise<CommentView | null> {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const row = await db.comment.findFirst({ where: { id: commentId, caseId }, select: commentSelect });
  return row ? toView(viewer, kase, row) : null;
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
