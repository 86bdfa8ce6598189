import { describe, expect, it } from "vitest";
import { firstDue, MIN_EASINESS, NEW_CARD, review, type ReviewGrade, type ReviewState } from "./spaced";

const now = new Date("2026-12-06T08:00:00Z");
const days = (date: Date) => Math.round((date.getTime() - now.getTime()) / 86_400_000);

function run(grades: ReviewGrade[]): ReviewState & { dueAt: Date } {
  let state: ReviewState & { dueAt: Date } = { ...NEW_CARD, dueAt: now };
  for (const grade of grades) state = review(state, grade, now);
  return state;
}

describe("SM-2 spaced review", () => {
  it("spaces 'got it' at 1, 6, then interval times the easiness (rounded up) days", () => {
    expect(run(["got"]).intervalDays).toBe(1);
    expect(run(["got", "got"]).intervalDays).toBe(6);
    expect(run(["got", "got", "got"]).intervalDays).toBe(15); // ceil(6 * 2.5)
    expect(run(["got", "got", "got", "got"]).intervalDays).toBe(38); // ceil(15 * 2.5)
    expect(days(run(["got", "got"]).dueAt)).toBe(6);
  });

  it("keeps the easiness on 'got it' (quality 4) and lowers it by 0.54 on 'missed it' (quality 1), never under 1.3", () => {
    expect(run(["got"]).easiness).toBe(2.5);
    expect(run(["missed"]).easiness).toBe(1.96);
    expect(run(["missed", "missed"]).easiness).toBe(1.42);
    expect(run(["missed", "missed", "missed", "missed"]).easiness).toBe(MIN_EASINESS);
  });

  it("starts the repetitions again after a miss: due tomorrow, one more lapse, shorter intervals afterwards", () => {
    const lapsed = run(["got", "got", "got", "missed"]);
    expect(lapsed).toMatchObject({ repetitions: 0, intervalDays: 1, lapses: 1 });
    expect(days(lapsed.dueAt)).toBe(1);
    // Back to 1 and 6 days, then a shorter step than before because the case proved harder.
    expect(run(["got", "got", "got", "missed", "got", "got", "got"]).intervalDays).toBe(12); // ceil(6 * 1.96)
  });

  it("brings a case missed at its reveal back a day after it was seen", () => {
    expect(firstDue(now).toISOString()).toBe("2026-12-07T08:00:00.000Z");
  });
});
