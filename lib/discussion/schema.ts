import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";
import { identifierConfirmation } from "@/lib/deidentify/confirm";

export const COMMENT_MAX_LENGTH = 20_000;
export const COMMENTS_PER_MINUTE = 10;

const id = z.string().min(1).max(40);

export const commentBody = z
  .string({ message: "Write something first." })
  .max(COMMENT_MAX_LENGTH, "A comment can be at most 20,000 characters.")
  .refine((body) => body.trim().length > 0, "Write something first: the comment is empty.");

export const postCommentInput = z.object({
  caseId: id,
  parentId: id.nullish(),
  studyId: id.nullish(),
  body: commentBody,
  /** The composer's key for this submission: a double click or a retry stores one comment. */
  clientKey,
  /** The author's answer to the de-identification guard (issue 25). */
  ...identifierConfirmation,
});

export const editCommentInput = z.object({ commentId: id, body: commentBody, ...identifierConfirmation });
export const deleteCommentInput = z.object({ commentId: id });
export const removeCommentInput = z.object({
  commentId: id,
  reason: z
    .string({ message: "Give a reason for removing the comment." })
    .trim()
    .min(3, "Give a reason for removing the comment (at least 3 characters).")
    .max(500, "Keep the reason under 500 characters."),
});
export const previewInput = z.object({ body: z.string().max(COMMENT_MAX_LENGTH, "A comment can be at most 20,000 characters.") });

export const DISCUSSION_SORTS = ["oldest", "newest", "replies"] as const;
  /** The moderator's answer to the de-identification guard on the reason (shown on the tombstone). */
  ...identifierConfirmation,
