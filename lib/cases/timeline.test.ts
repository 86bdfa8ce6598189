import { describe, expect, it } from "vitest";
import { byTimeline, formatDuration, formatOffset, formatStudySpan } from "./timeline";

describe("formatOffset", () => {
  it.each([
    [0, "Day 0"],
    [1, "+1 day"],
    [10, "+10 days"],
    [14, "+2 weeks"],
    [28, "+4 weeks"],
    [56, "+8 weeks"],
    [120, "+4 months"],
    [122, "+4 months"],
    [183, "+6 months"],
    [365, "+12 months"],
    [730, "+2 years"],
    [-3, "−3 days"],
    [-21, "−3 weeks"],
  ])("%i days → %s", (days, label) => {
    expect(formatOffset(days)).toBe(label);
  });
});

describe("formatStudySpan", () => {
  it("counts and spans the studies", () => {
    expect(formatStudySpan([])).toBe("No studies");
    expect(formatStudySpan([0])).toBe("1 study");
    expect(formatStudySpan([0, 0])).toBe("2 studies on one day");
    expect(formatStudySpan([0, 122, 183])).toBe("3 studies over 6 months");
    expect(formatStudySpan([0, 56])).toBe("2 studies over 8 weeks");
  });
  it("is a duration, not a sum", () => {
    expect(formatDuration(45)).toBe("6 weeks");
  });
});

describe("byTimeline", () => {
  it("orders by day, then by the author's position", () => {
    const items = [
      { id: "c", dayOffset: 28, position: 0 },
      { id: "b", dayOffset: 0, position: 2 },
      { id: "a", dayOffset: 0, position: 1 },
    ];
    expect(items.sort(byTimeline).map((item) => item.id)).toEqual(["a", "b", "c"]);
  });
});
