"use server";
// Discussion mutations: postComment, editComment, deleteComment, removeComment, previewComment.
// Each parses, authorizes against the case derived from the comment (never from the client) and
// writes in one transaction with its live event. No revalidatePath: every viewer's page updates
// from the live event (the poster's too), and revalidating would make each action response carry
// a fresh render of the whole case page.
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit, auditAction, auditTeamId } from "@/lib/audit/write";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { db, type Tx, sql } from "@/lib/core/db";
import type { CaseEventKind } from "@/lib/live/events";
import { caseEventLockSql, notifyCaseEventSql, recordCaseEvent } from "@/lib/live/notify";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields, type FieldFinding } from "@/lib/deidentify/confirm";
import { maskMentions } from "@/lib/deidentify/mask";
import { mentionedUserIds, renderMarkdown } from "./markdown";
import { ancestorPaths, commentInsertSql, newId } from "./write";
import { anchorFactsSql, anchorProblem, type AnchorFacts } from "./anchor-check";
import { maskSliceTokens } from "./anchor";
import { canComment, canDeleteComment, canEditComment, canRemoveComment } from "./policy";
import {
  COMMENTS_PER_MINUTE, deleteCommentInput, editCommentInput, postCommentInput, previewInput, removeCommentInput,
} from "./schema";

const COMMENT_POSTED: CaseEventKind = "comment_posted";

const caseFacts = { id: true, authorId: true, status: true, visibility: true, teamId: true } as const;

type PostResult = { commentId: string; unnotified: string[] };

interface PostFacts extends CaseAccessFacts {
  parent: { path: string; authorId: string } | null;
  studyInCase: boolean;
  anchor: AnchorFacts | null;
  mentioned: Array<{ id: string; name: string; role: Role; teamIds: string[] }>;
}

/**
 * Two statements whatever the thread (decisions 017 and 021): one read of everything the post
 * depends on (the case, the parent's immutable path, the study, the mentioned people), then one
 * write that checks the poster's rate limit and the parent, writes the comment, its ancestors'
 * counts, the case's activity, notifications, the audit entry and the live event, and notifies.
 * One statement commits as soon as it ends: the case's event lock is never held while the server
 * is busy with other requests (as it was between a transaction's last statement and its commit).
 * With the composer's submission key, a double click or a retry stores one comment (decision 032):
 * the twin's insert finds the key taken and writes nothing, and only then is a third statement run.
 */
export const postComment = action("postComment", postCommentInput, async ({ viewer, input }): Promise<ActionResult<PostResult, FieldFinding[]>> => {
  const { caseId, body } = input;
  const clientKey = input.clientKey ?? null;
  const parentId = input.parentId ?? null;
  let studyId = input.studyId ?? null;
  const anchor = input.anchor ?? null;
  const mentionedIds = mentionedUserIds(body).filter((id) => id !== viewer.id);

  const [kase] = await sql<PostFacts[]>(Prisma.sql`
    select c."authorId", c.status::text as status, c.visibility::text as visibility, c."teamId",
           (select json_build_object('path', p.path, 'authorId', p."authorId") from "Comment" p where p.id = ${parentId} and p."caseId" = c.id) as parent,
           -- A study that is part of the answer (decision 065) takes comments only after the reveal.
           exists (select 1 from "Study" s where s.id = ${studyId} and s."caseId" = c.id and (not s."partOfAnswer" or c.status = 'resolved')) as "studyInCase",
           ${anchorFactsSql(viewer, anchor)} as anchor,
           coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name, 'role', u.role,
                      'teamIds', (select coalesce(array_agg(m."teamId"), '{}') from "Membership" m where m."userId" = u.id)))
                     from "User" u where u.id = any(${mentionedIds}::text[])), '[]') as mentioned
    from "Case" c where c.id = ${caseId}`);
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (!canComment(viewer, kase)) return fail("forbidden", "This case is closed for discussion.");
  if (parentId && !kase.parent) {
    return fail("invalid_input", "The comment you are replying to is not part of this case.", { fieldErrors: { parentId: ["Not a comment of this case."] } });
  }
  if (anchor) {
    // A slice's comment is about the series' study (decision 071): the study filter finds it.
    const checked = anchorProblem(viewer, kase, studyId, kase.anchor);
    if ("failure" in checked) return checked.failure;
    studyId = checked.studyId;
  } else if (studyId && !kase.studyInCase) {
    return fail("invalid_input", "That study is not part of this case.", { fieldErrors: { studyId: ["Not a study of this case."] } });
  }
  // The de-identification guard (issue 25): flagged text needs the author's confirmation.
  const guard = guardFields({ body: maskSliceTokens(maskMentions(body)) }, input);
  if (!guard.ok) return guard.failure;

  // Mentions of people who may see the case, and the parent's author, get a notification.
  const notify = new Map<string, "mention" | "reply">();
  const unnotified: string[] = [];
  for (const user of kase.mentioned) {
    if (canViewCase(user, kase)) notify.set(user.id, "mention");
    else unnotified.push(user.name);
  }
  const parentAuthorId = kase.parent?.authorId ?? null;
  if (parentAuthorId && parentAuthorId !== viewer.id && !notify.has(parentAuthorId)) notify.set(parentAuthorId, "reply");
  const recipients = [...notify.keys()];

  const parentPath = kase.parent?.path ?? "";
  const insert = commentInsertSql(
    { caseId, parentId, parentPath, authorId: viewer.id, studyId, anchor, body, html: renderMarkdown(body), clientKey },
    Prisma.sql`from allowance`,
  );
  const ip = await requestIp();
  const [written] = await sql<Array<{ parentDeleted: boolean; commentId: string | null; allowed: boolean }>>(Prisma.sql`
    with parent_state as (
      select coalesce((select "deletedAt" is not null from "Comment" where id = ${parentId}), false) as deleted
    ), allowance as (
      -- The rate limit: a post waits for a concurrent post by the same user to commit, then
      -- re-checks that user's row as it now stands, so the count is exact (decision 021).
      insert into "CommentAllowance" as a ("userId", "postedAt")
      select ${viewer.id}, array[now()] from parent_state where not parent_state.deleted
      on conflict ("userId") do update
        set "postedAt" = array(select t from unnest(a."postedAt") t where t > now() - interval '1 minute') || now()
        where cardinality(array(select t from unnest(a."postedAt") t where t > now() - interval '1 minute')) < ${COMMENTS_PER_MINUTE}
      returning a."userId"
    ), inserted as (${insert}
    ), ancestors as (
      update "Comment" set "descendantCount" = "descendantCount" + 1
      where "caseId" = ${caseId} and path = any(${ancestorPaths(parentPath)}::text[]) and exists (select 1 from inserted)
      returning 1
    ), touched as (
      -- To the second: a busy case's posts do not all queue for its row's lock to move it on.
      update "Case" set "lastActivityAt" = now()
      where id = ${caseId} and "lastActivityAt" < now() - interval '1 second' and exists (select 1 from inserted)
      returning 1
    ), notified as (
      insert into "Notification" (id, "userId", kind, "caseId", "commentId", "actorId")
      select n.id, n."userId", n.kind, i."caseId", i.id, ${viewer.id}
      from inserted i
      cross join unnest(${recipients.map(() => newId())}::text[], ${recipients}::text[], ${recipients.map((id) => notify.get(id)!)}::text[]) as n(id, "userId", kind)
      returning 1
    ), audited as (
      insert into "AuditEvent" ("actorId", action, "resourceType", "resourceId", "teamId", ip)
      select ${viewer.id}, ${auditAction("comment.create")}, 'comment', i.id, ${auditTeamId(kase)}, ${ip} from inserted i
      returning 1
    ), overridden as (
      -- Text saved although the guard flagged it: the author's reason, in the same statement.
      insert into "AuditEvent" ("actorId", action, "resourceType", "resourceId", "teamId", ip)
      select ${viewer.id}, ${guard.override}, 'comment', i.id, ${auditTeamId(kase)}, ${ip} from inserted i
      where ${guard.override}::text is not null
      returning 1
    ), event as (
      -- The case's event lock, held until commit, keeps its event ids in commit order
      -- (lib/live/notify.ts). Every other write of the post is done first (the filter is checked
      -- once, before the lock is asked for), so that only the event and the commit wait for it.
      insert into "CaseActivity" ("caseId", "actorId", kind, "subjectId")
      select i."caseId", ${viewer.id}, ${COMMENT_POSTED}, i.id
      from inserted i cross join lateral (select ${caseEventLockSql(caseId)}) as locked
      where (select count(*) from ancestors) + (select count(*) from touched) + (select count(*) from notified) + (select count(*) from audited) >= 0
      returning id, "caseId", "subjectId"
    )
    select (select deleted from parent_state) as "parentDeleted", (select id from inserted) as "commentId",
           exists (select 1 from allowance) as allowed,
           (select e.id::text from event e
            cross join lateral (select ${notifyCaseEventSql("e", COMMENT_POSTED)}) as sent) as "eventId"`);
  if (written?.commentId) return ok({ commentId: written.commentId, unnotified });
  if (clientKey) {
    // Nothing written: this submission may be the twin of one already stored (a double click, a
    // retry). A second statement, on this rare path only, sees what the first one committed.
    const replay = await replayedComment(viewer.id, clientKey, Boolean(written?.allowed));
    if (replay && replay.caseId !== caseId) return fail("conflict", "This submission was already used for a comment on another case. Reload the page and post again.");
    if (replay) return ok({ commentId: replay.id, unnotified });
  }
  if (written?.parentDeleted) return fail("conflict", "That comment was deleted, so it can no longer be replied to. Reply to the thread instead.");
  return fail("rate_limited", "Slow down: you can post up to 10 comments a minute. Your text is still in the box; try again in a moment.");
});

/**
 * The comment the author already stored with this key, if any. A twin that got through the rate
 * limit (it waited for the first post's allowance row, then found its comment's key taken) gives
 * its slot back: one submission counts once.
 */
async function replayedComment(authorId: string, clientKey: string, consumedSlot: boolean): Promise<{ id: string; caseId: string } | null> {
  const [existing] = await sql<Array<{ id: string; caseId: string }>>(Prisma.sql`
    with existing as (
      select id, "caseId" from "Comment" where "authorId" = ${authorId} and "clientKey" = ${clientKey}
    ), refund as (
      update "CommentAllowance" set "postedAt" = "postedAt"[1:cardinality("postedAt") - 1]
      where "userId" = ${authorId} and ${consumedSlot} and exists (select 1 from existing)
      returning 1
    )
    select id, "caseId" from existing where (select count(*) from refund) >= 0`);
  return existing ?? null;
}

async function loadOwnComment(commentId: string) {
  return db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, caseId: true, authorId: true, deletedAt: true, body: true, bodyHtml: true, case: { select: caseFacts } },
  });
}

export const editComment = action("editComment", editCommentInput, async ({ viewer, input }): Promise<ActionResult<{ commentId: string }, FieldFinding[]>> => {
  const comment = await loadOwnComment(input.commentId);
  if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
  if (!canEditComment(viewer, comment)) {
    return fail("forbidden", comment.deletedAt ? "A deleted comment cannot be edited." : "You can only edit your own comments.");
  }
  if (comment.body === input.body) return ok({ commentId: comment.id });
  const guard = guardFields({ body: maskSliceTokens(maskMentions(input.body)) }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  const saved = await db.$transaction(async (tx) => {
    // The row as it stands now, locked (before the case's event lock, decision 027): a deletion
    // or another edit that got there first has committed, and this edit builds on what it left.
    // Read before the lock, a deleted comment got its text back and an edit's history lost a version.
    const [current] = await tx.$queryRaw<Array<{ body: string | null; bodyHtml: string | null; deleted: boolean }>>`
      select body, "bodyHtml", "deletedAt" is not null as deleted from "Comment" where id = ${comment.id} for update`;
    if (!current || current.deleted) return false;
    if (current.body === input.body) return true;
    await tx.commentRevision.create({ data: { commentId: comment.id, body: current.body ?? "", bodyHtml: current.bodyHtml ?? "" } });
    await tx.comment.update({
      where: { id: comment.id },
      data: { body: input.body, bodyHtml: renderMarkdown(input.body), editedAt: new Date() },
    });
    await audit(tx, { actorId: viewer.id, action: "comment.update", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip });
    await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_edited", subjectId: comment.id });
    return true;
  });
  if (!saved) return fail("conflict", "That comment was deleted while you were editing it.");
  return ok({ commentId: comment.id });
});

/**
 * Tombstone: the row stays so replies keep their place; its text and history are erased. Only
 * once: false when a concurrent deletion or removal got there first (the update waits for it).
 */
async function erase(tx: Tx, commentId: string, moderation?: { removedById: string; reason: string }): Promise<boolean> {
  const erased = await tx.comment.updateMany({
    where: { id: commentId, deletedAt: null },
    data: {
      body: null,
      bodyHtml: null,
      deletedAt: new Date(),
      removedById: moderation?.removedById ?? null,
      removalReason: moderation?.reason ?? null,
    },
  });
  if (erased.count === 0) return false;
  await tx.commentRevision.deleteMany({ where: { commentId } });
  return true;
}

export const deleteComment = action("deleteComment", deleteCommentInput, async ({ viewer, input }): Promise<ActionResult<{ commentId: string }>> => {
  const comment = await loadOwnComment(input.commentId);
  if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
  if (!canDeleteComment(viewer, comment)) {
    return fail("forbidden", comment.deletedAt ? "That comment is already deleted." : "You can only delete your own comments.");
  }
  const ip = await requestIp();
  const erased = await db.$transaction(async (tx) => {
    if (!(await erase(tx, comment.id))) return false;
    await audit(tx, { actorId: viewer.id, action: "comment.delete", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip });
    await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_deleted", subjectId: comment.id });
    return true;
  });
  if (!erased) return fail("conflict", "That comment is already deleted.");
  return ok({ commentId: comment.id });
});

export const removeComment = action("removeComment", removeCommentInput, async ({ viewer, input }): Promise<ActionResult<{ commentId: string }, FieldFinding[]>> => {
  const comment = await loadOwnComment(input.commentId);
  if (!comment || !canViewCase(viewer, comment.case)) return notFound("comment");
  if (!canRemoveComment(viewer, comment.case, comment)) {
    return fail("forbidden", comment.deletedAt ? "That comment is already gone." : "Only the case's author or an administrator can remove comments.");
  }
  const guard = guardFields({ reason: input.reason }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  const erased = await db.$transaction(async (tx) => {
    if (!(await erase(tx, comment.id, { removedById: viewer.id, reason: input.reason }))) return false;
    await audit(tx, { actorId: viewer.id, action: "comment.remove", resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "comment", resourceId: comment.id, teamId: auditTeamId(comment.case), ip });
    await recordCaseEvent(tx, { caseId: comment.caseId, actorId: viewer.id, kind: "comment_removed", subjectId: comment.id });
    return true;
  });
  if (!erased) return fail("conflict", "That comment is already gone.");
  return ok({ commentId: comment.id });
});

/** The composer's preview goes through the same pipeline as a saved comment. */
export const previewComment = action("previewComment", previewInput, async ({ input }): Promise<ActionResult<{ html: string }>> => {
  return ok({ html: renderMarkdown(input.body) });
});
