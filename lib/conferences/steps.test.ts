import { describe, expect, it } from "vitest";
import { differentialStep, stageLabel, stageOf, visibleTimelineLength } from "./steps";

// The demo talus case: a lab result, MRI, treatment, symptom change, MRI, symptom change, MRI, outcome.
const talus = ["event", "study", "event", "event", "study", "event", "study", "event"] as const;

describe("stages", () => {
  it("numbers presentation, studies, vote and reveal", () => {
    expect(stageOf(0, 3)).toEqual({ kind: "presentation" });
    expect(stageOf(2, 3)).toEqual({ kind: "study", study: 2 });
    expect(stageOf(4, 3)).toEqual({ kind: "vote" });
    expect(stageOf(5, 3)).toEqual({ kind: "reveal" });
    expect(stageLabel(1, 3)).toBe("Study 1 of 3");
  });

  it("files a differential given at the vote under the last study", () => {
    expect(differentialStep(4, 3)).toBe(3);
    expect(differentialStep(0, 3)).toBe(0);
  });
});

describe("visibleTimelineLength", () => {
  it("shows what precedes the first study with the presentation", () => {
    expect(visibleTimelineLength(talus, 0)).toBe(1);
  });
  it("brings each study with the course that led up to it, never the next study", () => {
    expect(visibleTimelineLength(talus, 1)).toBe(2);
    expect(visibleTimelineLength(talus, 2)).toBe(5);
    expect(visibleTimelineLength(talus, 3)).toBe(7);
  });
  it("holds the outcome back until the reveal", () => {
    expect(visibleTimelineLength(talus, 4)).toBe(7);
    expect(visibleTimelineLength(talus, 5)).toBe(8);
  });
  it("copes with a case without studies", () => {
    expect(visibleTimelineLength(["event"], 0)).toBe(0);
    expect(visibleTimelineLength(["event"], 2)).toBe(1);
  });
});
