// The spaced review queue (issue 27 item 7, decision 085): the cases the viewer missed that are
// due, as cards. Read by the dashboard in one statement; a card carries the case's answer, which
// its learner may see (they saw it at the reveal or with their quiz answer) and the page shows
// only when they ask for it.
import "server-only";
import { caseTitleFor, type CaseAccessFacts } from "@/lib/cases/policy";
import { sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { reviewQueueSql } from "./review-sql";

export const REVIEW_QUEUE_SIZE = 5;

export type ReviewRow = CaseAccessFacts & {
  caseId: string; title: string; presentation: string; region: string; ageBand: string; sex: string; answer: string | null;
  due: string; dueNow: boolean; easiness: number | null; repetitions: number; intervalDays: number; lapses: number; reviewedAt: Date | null; dueCount: bigint;
};

export interface ReviewCardView {
  caseId: string;
  title: string;
  presentation: string;
  region: string;
  ageBand: string;
  sex: string;
  answer: string;
  /** ISO 8601: when the case came due. */
  due: string;
  /** Times reviewed "got it" in a row; 0 for a case not yet reviewed or just missed again. */
  repetitions: number;
}

export interface ReviewQueue {
  cards: ReviewCardView[];
  /** Every case due now, beyond the cards shown. */
  dueCount: number;
}

export function toReviewQueue(viewer: Viewer, rows: ReviewRow[]): ReviewQueue {
  return {
    cards: rows.map((row) => ({
      caseId: row.caseId, title: caseTitleFor(viewer, row), presentation: row.presentation.slice(0, 400), region: row.region,
      ageBand: row.ageBand, sex: row.sex, answer: row.answer ?? "", due: row.due, repetitions: row.repetitions,
    })),
    dueCount: Number(rows[0]?.dueCount ?? 0),
  };
}

/** The statement the dashboard runs beside its others. */
export function readReviewQueue(viewer: Viewer, now = new Date()): Promise<ReviewRow[]> {
  return sql<ReviewRow[]>(reviewQueueSql(viewer, { limit: REVIEW_QUEUE_SIZE, dueOnly: true, now }));
}

/** One missed case of the viewer's with its schedule (due or not), or null when it is not theirs to review. */
export async function readReviewItem(viewer: Viewer, caseId: string, now = new Date()): Promise<ReviewRow | null> {
  const [row] = await sql<ReviewRow[]>(reviewQueueSql(viewer, { caseId, limit: 1, dueOnly: false, now }));
  return row ?? null;
}
