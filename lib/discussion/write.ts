// Inserting a comment: shared by the postComment action and the demo seed.
import type { Tx } from "@/lib/db";

/** Width of one path segment: 12 digits of the comment_path_seq sequence. */
export const SEGMENT_WIDTH = 12;

/** Collision-free ids for raw inserts, in the same alphabet as Prisma's cuid(). */
function newId(): string {
  return `c${Date.now().toString(36)}${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

/**
 * Writes the comment with its immutable ordering path (parent's path + a fresh sequence value,
 * so concurrent siblings never collide) and bumps every ancestor's descendant count atomically.
 */
export async function insertComment(
  tx: Tx,
  input: { caseId: string; parentId: string | null; parentPath: string; authorId: string; studyId: string | null; body: string; html: string; createdAt?: Date },
): Promise<{ id: string; path: string }> {
  const depth = input.parentPath.length / SEGMENT_WIDTH;
  const createdAt = input.createdAt ?? new Date();
  const [inserted] = await tx.$queryRaw<Array<{ id: string; path: string }>>`
    insert into "Comment" (id, "caseId", "parentId", "authorId", "studyId", depth, path, body, "bodyHtml", "createdAt")
    values (
      ${newId()}, ${input.caseId}, ${input.parentId}, ${input.authorId}, ${input.studyId}, ${depth},
      ${input.parentPath} || lpad(nextval('comment_path_seq')::text, ${SEGMENT_WIDTH}, '0'), ${input.body}, ${input.html}, ${createdAt}
    )
    returning id, path`;
  const ancestorPaths = Array.from({ length: depth }, (_, index) => input.parentPath.slice(0, (index + 1) * SEGMENT_WIDTH));
  if (ancestorPaths.length) {
    await tx.comment.updateMany({ where: { caseId: input.caseId, path: { in: ancestorPaths } }, data: { descendantCount: { increment: 1 } } });
  }
  return inserted!;
}
