"use server";
// Spaced review (decision 085): the learner grades a due case "got it" or "missed it" and SM-2
// schedules its next review. The case must be one the learner missed and may still see the answer
// of; a case not due yet (a second click, another tab) is refused and its schedule is unchanged.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { canReviewCase } from "./policy";
import { readReviewItem } from "./review";
import { gradeReviewInput } from "./schema";
import { NEW_CARD, review } from "./spaced";

export const gradeReview = action("gradeReview", gradeReviewInput, async ({ viewer, input }): Promise<ActionResult<{ due: string; intervalDays: number }>> => {
  const now = new Date();
  const item = await readReviewItem(viewer, input.caseId, now);
  if (!item || !canReviewCase(viewer, item, { missed: true })) return notFound();
  if (!item.dueNow) return fail("conflict", "This case is not due for review yet: it comes back on your dashboard when it is.");
  const before = item.reviewedAt ? { easiness: item.easiness ?? NEW_CARD.easiness, repetitions: item.repetitions, intervalDays: item.intervalDays, lapses: item.lapses } : NEW_CARD;
  const next = review(before, input.grade, now);
  const data = { easiness: next.easiness, repetitions: next.repetitions, intervalDays: next.intervalDays, lapses: next.lapses, dueAt: next.dueAt, reviewedAt: now };
  // Only the schedule the grade was given on is moved: of two grades at once, the second changes nothing.
  const written = item.reviewedAt
    ? (await db.reviewCard.updateMany({ where: { userId: viewer.id, caseId: input.caseId, reviewedAt: item.reviewedAt }, data })).count
    : (await db.reviewCard.createMany({ data: [{ userId: viewer.id, caseId: input.caseId, ...data }], skipDuplicates: true })).count;
  if (!written) return fail("conflict", "This case was just reviewed (in another tab?): its next review is already scheduled.");
  revalidatePath("/");
  return ok({ due: next.dueAt.toISOString(), intervalDays: next.intervalDays });
});
