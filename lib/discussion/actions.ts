"use server";
// Discussion mutations: postComment, editComment, deleteComment, removeComment, previewComment.
// Each parses, authorizes against the case derived from the comment (never from the client) and
// writes in one transaction with its live event. No revalidatePath: every viewer's page updates
// from the live event (the poster's too), and revalidating would make each action response carry
// a fresh render of the whole case page.
import { guarded } from "@/lib/action";
import { requestIp } from "@/lib/audit/request";
import { audit, auditTeamId } from "@/lib/audit/write";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { getViewer } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { recordCaseEvent } from "@/lib/live/notify";
import { fail, invalid, notFound, ok, unauthenticated, type ActionResult } from "@/lib/result";
import { mentionedUserIds, renderMarkdown } from "./markdown";
import { insertComment } from "./write";
import { canComment, canDeleteComment, canEditComment, canRemoveComment } from "./policy";
import {
  COMMENTS_PER_MINUTE, deleteCommentInput, editCommentInput, postCommentInput, previewInput, removeCommentInput,
} from "./schema";

const caseFacts = { id: true, authorId: true, status: true, visibility: true, teamId: true } as const;

type PostResult = { commentId: string; unnotified: string[] };

export async function postComment(payload: unknown): Promise<ActionResult<PostResult>> {
  return guarded("postComment", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = postCommentInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const { caseId, parentId, studyId, body } = parsed.data;

    const kase = await db.case.findUnique({ where: { id: caseId }, select: caseFacts });
    if (!kase || !canViewCase(viewer, kase)) return notFound();
    if (!canComment(viewer, kase)) return fail("forbidden", "This case is closed for discussion.");

    const html = renderMarkdown(body);
    const mentioned = mentionedUserIds(body).filter((id) => id !== viewer.id);

    const ip = await requestIp();
    const result = await db.$transaction(async (tx) => {
      // One writer per user at a time makes the rate limit exact under concurrent posts.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`comment-rate:${viewer.id}`}))`;
      const recent = await tx.comment.count({ where: { authorId: viewer.id, createdAt: { gt: new Date(Date.now() - 60_000) } } });
      if (recent >= COMMENTS_PER_MINUTE) {
        return fail("rate_limited", "Slow down: you can post up to 10 comments a minute. Your text is still in the box; try again in a moment.");
      }

      let parentPath = "";
      let parentAuthorId: string | null = null;
      if (parentId) {
        const parent = await tx.comment.findUnique({ where: { id: parentId }, select: { caseId: true, path: true, authorId: true, deletedAt: true } });
        if (!parent || parent.caseId !== caseId) {
          return fail("invalid_input", "The comment you are replying to is not part of this case.", { fieldErrors: { parentId: ["Not a comment of this case."] } });
        }
        if (parent.deletedAt) return fail("conflict", "That comment was deleted, so it can no longer be replied to. Reply to the thread instead.");
        parentPath = parent.path;
        parentAuthorId = parent.authorId;
      }
      if (studyId) {
        const study = await tx.study.findUnique({ where: { id: studyId }, select: { caseId: true } });
        if (!study || study.caseId !== caseId) {
          return fail("invalid_input", "That study is not part of this case.", { fieldErrors: { studyId: ["Not a study of this case."] } });
        }
      }

      const comment = await insertComment(tx, { caseId, parentId: parentId ?? null, parentPath, authorId: viewer.id, studyId: studyId ?? null, body, html });
      await tx.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date() } });

      const unnotified = await notifyOnComment(tx, { caseId, commentId: comment.id, actorId: viewer.id, mentioned, parentAuthorId, kase });
      await audit(tx, { actorId: viewer.id, action: "comment.create", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(kase), ip });
      await recordCaseEvent(tx, { caseId, actorId: viewer.id, kind: "comment_posted", subjectId: comment.id });
      return ok({ commentId: comment.id, unnotified });
    });
    return result;
  });
}

/** Mentions of people who may see the case, and the parent's author, get a notification. */
async function notifyOnComment(
  tx: Tx,
  input: {
    caseId: string; commentId: string; actorId: string; mentioned: string[]; parentAuthorId: string | null;
    kase: CaseAccessFacts;
  },
): Promise<string[]> {
  const users = input.mentioned.length
    ? await tx.user.findMany({
        where: { id: { in: input.mentioned } },
        select: { id: true, name: true, role: true, memberships: { select: { teamId: true } } },
      })
    : [];
  const allowed: string[] = [];
  const unnotified: string[] = [];
  for (const user of users) {
    const canSee = canViewCase({ id: user.id, role: user.role, teamIds: user.memberships.map((m) => m.teamId) }, input.kase);
    if (canSee) allowed.push(user.id);
    else unnotified.push(user.name);
  }
  const rows = allowed.map((userId) => ({ userId, kind: "mention", caseId: input.caseId, commentId: input.commentId, actorId: input.actorId }));
  if (input.parentAuthorId && input.parentAuthorId !== input.actorId && !allowed.includes(input.parentAuthorId)) {
    rows.push({ userId: input.parentAuthorId, kind: "reply", caseId: input.caseId, commentId: input.commentId, actorId: input.actorId });
  }
  if (rows.length) await tx.notification.createMany({ data: rows });
  return unnotified;
}

async function loadOwnComment(commentId: string) {
  return db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, caseId: true, authorId: true, deletedAt: true, body: true, bodyHtml: true, case: { select: caseFacts } },
  });
}

export async function editComment(payload: unknown): Promise<ActionResult<{ commentId: string }>> {
  return guarded("editComment", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = editCommentInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const comment = await loadOwnComment(parsed.data.commentId);
    if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
    if (!canEditComment(viewer, comment)) {
      return fail("forbidden", comment.deletedAt ? "A deleted comment cannot be edited." : "You can only edit your own comments.");
    }
    if (comment.body === parsed.data.body) return ok({ commentId: comment.id });
    await db.$transaction(async (tx) => {
      await tx.commentRevision.create({ data: { commentId: comment.id, body: comment.body ?? "", bodyHtml: comment.bodyHtml ?? "" } });
      await tx.comment.update({
        where: { id: comment.id },
        data: { body: parsed.data.body, bodyHtml: renderMarkdown(parsed.data.body), editedAt: new Date() },
      });
      await audit(tx, { actorId: viewer.id, action: "comment.update", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip: await requestIp() });
      await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_edited", subjectId: comment.id });
    });
    return ok({ commentId: comment.id });
  });
}

/** Tombstone: the row stays so replies keep their place; its text and history are erased. */
async function erase(tx: Tx, commentId: string, moderation?: { removedById: string; reason: string }) {
  await tx.commentRevision.deleteMany({ where: { commentId } });
  await tx.comment.update({
    where: { id: commentId },
    data: {
      body: null,
      bodyHtml: null,
      deletedAt: new Date(),
      removedById: moderation?.removedById ?? null,
      removalReason: moderation?.reason ?? null,
    },
  });
}

export async function deleteComment(payload: unknown): Promise<ActionResult<{ commentId: string }>> {
  return guarded("deleteComment", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = deleteCommentInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const comment = await loadOwnComment(parsed.data.commentId);
    if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
    if (!canDeleteComment(viewer, comment)) {
      return fail("forbidden", comment.deletedAt ? "That comment is already deleted." : "You can only delete your own comments.");
    }
    await db.$transaction(async (tx) => {
      await erase(tx, comment.id);
      await audit(tx, { actorId: viewer.id, action: "comment.delete", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip: await requestIp() });
      await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_deleted", subjectId: comment.id });
    });
    return ok({ commentId: comment.id });
  });
}

export async function removeComment(payload: unknown): Promise<ActionResult<{ commentId: string }>> {
  return guarded("removeComment", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = removeCommentInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const comment = await loadOwnComment(parsed.data.commentId);
    if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
    if (!canRemoveComment(viewer, comment.case, comment)) {
      return fail("forbidden", comment.deletedAt ? "That comment is already gone." : "Only the case's author or an administrator can remove comments.");
    }
    await db.$transaction(async (tx) => {
      await erase(tx, comment.id, { removedById: viewer.id, reason: parsed.data.reason });
      await audit(tx, { actorId: viewer.id, action: "comment.remove", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip: await requestIp() });
      await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_removed", subjectId: comment.id });
    });
    return ok({ commentId: comment.id });
  });
}

/** The composer's preview goes through the same pipeline as a saved comment. */
export async function previewComment(payload: unknown): Promise<ActionResult<{ html: string }>> {
  return guarded("previewComment", async () => {
    if (!(await getViewer())) return unauthenticated();
    const parsed = previewInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    return ok({ html: renderMarkdown(parsed.data.body) });
  });
}
