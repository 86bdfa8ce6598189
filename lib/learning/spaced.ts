// SM-2 (Wozniak, 1987; decision 085) for the spaced review of missed cases, with the two grades a
// learner gives a case ("got it", "missed it") mapped onto SM-2's 0-5 quality scale. Pure: the
// schedule is a function of the card's state, the grade and the time of the review.

export type ReviewGrade = "got" | "missed";

export interface ReviewState {
  /** SM-2's E-Factor: how easy the case is for this learner (1.3 and up, 2.5 to start). */
  easiness: number;
  /** "Got it" reviews in a row since the last miss. */
  repetitions: number;
  /** Days from this review to the next. */
  intervalDays: number;
  /** How many times the learner missed it in review. */
  lapses: number;
}

/** A case just missed (an unknown's reveal, a quiz answer): first review a day after it was seen. */
export const NEW_CARD: ReviewState = { easiness: 2.5, repetitions: 0, intervalDays: 1, lapses: 0 };
export const FIRST_REVIEW_DAYS = NEW_CARD.intervalDays;
export const MIN_EASINESS = 1.3;

/** "Got it" is a correct recall after some thought (4); "missed it" an incorrect one that was familiar on seeing the answer (1). */
export const GRADE_QUALITY: Record<ReviewGrade, number> = { got: 4, missed: 1 };

const DAY_MS = 86_400_000;

/**
 * The card after a review. SM-2: the E-Factor moves by 0.1 - (5 - q)(0.08 + (5 - q)0.02), never
 * below 1.3; a quality under 3 starts the repetitions again (interval 1 day); otherwise the
 * intervals are 1 day, 6 days, then the previous interval times the E-Factor, rounded up.
 */
export function review(state: ReviewState, grade: ReviewGrade, now: Date): ReviewState & { dueAt: Date } {
  const q = GRADE_QUALITY[grade];
  const easiness = Math.max(MIN_EASINESS, round2(state.easiness + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))));
  let next: ReviewState;
  if (q < 3) {
    next = { easiness, repetitions: 0, intervalDays: 1, lapses: state.lapses + 1 };
  } else {
    const repetitions = state.repetitions + 1;
    const intervalDays = repetitions === 1 ? 1 : repetitions === 2 ? 6 : Math.ceil(state.intervalDays * easiness);
    next = { easiness, repetitions, intervalDays, lapses: state.lapses };
  }
  return { ...next, dueAt: new Date(now.getTime() + next.intervalDays * DAY_MS) };
}

/** When a missed case without a card comes up first: a day after the learner saw its answer. */
export function firstDue(seenAt: Date): Date {
  return new Date(seenAt.getTime() + FIRST_REVIEW_DAYS * DAY_MS);
}

// Two decimals, so the stored factor does not drift by float error over hundreds of reviews.
const round2 = (value: number) => Math.round(value * 100) / 100;
