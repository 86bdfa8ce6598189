// Inserting a comment: shared by the postComment action and the demo seed.
import type { Tx } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorMark } from "./anchor";

/** Width of one path segment: 12 digits of the comment_path_seq sequence. */
export const SEGMENT_WIDTH = 12;

/** Collision-free ids for raw inserts, in the same alphabet as Prisma's cuid(). */
export function newId(): string {
  return `c${Date.now().toString(36)}${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

export interface CommentInsert {
  caseId: string; parentId: string | null; parentPath: string; authorId: string; studyId: string | null; body: string; html: string; createdAt?: Date;
  /** A slice anchor (decision 071), checked by the caller: the series, the slice, a point or a box. */
  anchor?: { seriesId: string; imageId?: string | null; mark?: AnchorMark | null } | null;
  /** The submission's key (decision 032): with one, a second insert with the same key writes nothing. */
  clientKey?: string | null;
}

/** The paths of a new reply's ancestors, outermost first: their descendant counts go up by one. */
export function ancestorPaths(parentPath: string): string[] {
  const depth = parentPath.length / SEGMENT_WIDTH;
  return Array.from({ length: depth }, (_, index) => parentPath.slice(0, (index + 1) * SEGMENT_WIDTH));
}

/**
 * `insert into "Comment" ... returning id, path, "caseId"` with its immutable ordering path (the
 * parent's path + a fresh sequence value, so concurrent siblings never collide). `guard` is a
 * FROM/WHERE clause that decides whether the row is written at all (empty: always). With a client
 * key, an insert whose key its author already used returns no row (the unique index decides, so
 * a concurrent twin waits for the first to commit and then writes nothing).
 */
export function commentInsertSql(input: CommentInsert, guard: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const depth = input.parentPath.length / SEGMENT_WIDTH;
  return Prisma.sql`
    insert into "Comment" (id, "caseId", "parentId", "authorId", "studyId", "seriesId", "imageId", "anchorMark", depth, path, body, "bodyHtml", "createdAt", "clientKey")
    select ${newId()}, ${input.caseId}, ${input.parentId}, ${input.authorId}, ${input.studyId},
           ${input.anchor?.seriesId ?? null}, ${input.anchor?.imageId ?? null}, ${input.anchor?.mark ? JSON.stringify(input.anchor.mark) : null}::jsonb, ${depth},
           ${input.parentPath} || lpad(nextval('comment_path_seq')::text, ${SEGMENT_WIDTH}, '0'), ${input.body}, ${input.html},
           ${input.createdAt ?? new Date()}, ${input.clientKey ?? null}
    ${guard}
    ${input.clientKey ? Prisma.sql`on conflict ("authorId", "clientKey") do nothing` : Prisma.empty}
    returning id, path, "caseId"`;
}

/** Writes the comment and bumps every ancestor's descendant count atomically (the seed's path). */
export async function insertComment(tx: Tx, input: CommentInsert): Promise<{ id: string; path: string }> {
  const [inserted] = await tx.$queryRaw<Array<{ id: string; path: string }>>(commentInsertSql(input));
  const ancestors = ancestorPaths(input.parentPath);
  if (ancestors.length) {
    await tx.comment.updateMany({ where: { caseId: input.caseId, path: { in: ancestors } }, data: { descendantCount: { increment: 1 } } });
  }
  return inserted!;
}
