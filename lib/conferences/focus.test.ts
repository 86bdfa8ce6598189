import { describe, expect, it } from "vitest";
import { newerFocus } from "./focus";
import { sliceProblem } from "./policy";
import { presentSliceInput } from "./schema";

const at = (seq: number, index = seq) => ({ itemId: "item", step: 1, seriesId: "series", index, window: null, seq });

describe("the presenter's slice", () => {
  it("keeps the newest position, whichever way it arrived (a signal or the live view)", () => {
    expect(newerFocus(at(3), at(5))).toEqual(at(5));
    expect(newerFocus(at(5), at(3))).toEqual(at(5));
    expect(newerFocus(null, at(2))).toEqual(at(2));
    expect(newerFocus(at(2), undefined)).toEqual(at(2));
    expect(newerFocus(null, null)).toBeNull();
  });

  it("is a slice of the study on screen, in a series the room may see", () => {
    const series = { studyStep: 2, partOfAnswer: false, needsReview: false, imageCount: 24 };
    expect(sliceProblem(series, 2, 0)).toBeNull();
    expect(sliceProblem(series, 2, 23)).toBeNull();
    expect(sliceProblem(series, 2, 24)).toMatch(/not in the series/);
    expect(sliceProblem(series, 1, 0)).toMatch(/not part of the study on screen/);
    expect(sliceProblem(series, 3, 0)).toMatch(/not part of the study on screen/);
    expect(sliceProblem({ ...series, needsReview: true }, 2, 0)).not.toBeNull();
    expect(sliceProblem({ ...series, partOfAnswer: true }, 2, 0)).not.toBeNull();
  });

  it("carries a window of finite values in range with a known preset, or none (decision 095)", () => {
    const slice = { conferenceId: "c", itemId: "i", step: 1, seriesId: "s", index: 0 };
    const parse = (window: unknown) => presentSliceInput.safeParse({ ...slice, window });
    expect(presentSliceInput.parse(slice).window).toBeNull();
    expect(parse(null).success).toBe(true);
    expect(parse({ center: 400, width: 1800, preset: "Bone" }).data?.window).toEqual({ center: 400, width: 1800, preset: "Bone" });
    expect(parse({ center: -12.5, width: 1, preset: null }).success).toBe(true);
    for (const bad of [
      { center: Number.NaN, width: 400, preset: null },
      { center: 40, width: Number.POSITIVE_INFINITY, preset: null },
      { center: 40, width: 0, preset: null },
      { center: 1e9, width: 400, preset: null },
      { center: 40, width: 400, preset: "Liver" },
      { center: "40", width: 400, preset: null },
      { center: 40, width: 400 },
      { center: 40, width: 400, preset: null, extra: 1 },
    ]) expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
