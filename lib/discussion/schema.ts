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

/** 0..1 of the slice's width or height. */
const unit = z.number({ message: "A mark is given in 0..1 of the slice." }).finite().min(0, "A mark must lie on the slice.").max(1, "A mark must lie on the slice.");
const side = z.number().finite().min(0.005, "Drag a larger box.").max(1, "A mark must lie on the slice.");

/** A point or a box on the anchored slice (decision 071). */
export const anchorMark = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("point"), x: unit, y: unit }),
  z.object({ kind: z.literal("box"), x: unit, y: unit, w: side, h: side })
    .refine((box) => box.x + box.w <= 1.0005 && box.y + box.h <= 1.0005, "The box must lie on the slice."),
], { message: "A mark is a point or a box." });

/**
 * What a comment points at below its study: a series, optionally one of its slices (an image id),
 * and on that slice optionally a point or a box. The study and the case are derived from the
 * series on the server; a study sent along must be the series' own.
 */
export const sliceAnchor = z
  .object({ seriesId: id, imageId: id.nullish(), mark: anchorMark.nullish() })
  .refine((anchor) => !anchor.mark || anchor.imageId, { message: "A point or a box needs its slice.", path: ["mark"] });

export const postCommentInput = z.object({
  caseId: id,
  parentId: id.nullish(),
  studyId: id.nullish(),
  anchor: sliceAnchor.nullish(),
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
  /** The moderator's answer to the de-identification guard on the reason (shown on the tombstone). */
  ...identifierConfirmation,
});
export const previewInput = z.object({ body: z.string().max(COMMENT_MAX_LENGTH, "A comment can be at most 20,000 characters.") });

export const DISCUSSION_SORTS = ["oldest", "newest", "replies"] as const;
