// Who may do what in a case's discussion. Reading follows the case (policy.canViewCase).
import type { Viewer } from "@/lib/core/viewer";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";

export interface CommentFacts {
  authorId: string;
  /** When it was deleted or removed (a Date from Prisma, an ISO string from SQL), else null. */
  deletedAt: Date | string | null;
}

export function canComment(viewer: Viewer | null, kase: CaseAccessFacts): boolean {
  return viewer !== null && canViewCase(viewer, kase) && kase.status !== "archived";
}

export function canEditComment(viewer: Viewer | null, comment: CommentFacts): boolean {
  return viewer !== null && viewer.id === comment.authorId && comment.deletedAt === null;
}

export const canDeleteComment = canEditComment;

/** Moderation: the case's author and admins may remove anyone's comment, with a reason. */
export function canRemoveComment(viewer: Viewer | null, kase: CaseAccessFacts, comment: CommentFacts): boolean {
  if (!viewer || comment.deletedAt !== null || !canViewCase(viewer, kase)) return false;
  return viewer.id === kase.authorId || viewer.role === "admin";
}
