import { describe, expect, it } from "vitest";
import { matchingIndex } from "./stack-sync";

const series = (orderedBy: string, keys: Array<number | null>) => ({ orderedBy, images: keys.map((sortKey) => ({ sortKey })) });

describe("synchronized scrolling", () => {
  it("follows the body position when both series are ordered by geometry", () => {
    const a = series("geometry", [-20, -16, -12, -8, -4, 0, 4, 8, 12, 16, 20]);
    const b = series("geometry", [-18, -9, 0, 9, 18]);
    expect(matchingIndex(a, b, 0)).toBe(0);
    expect(matchingIndex(a, b, 5)).toBe(2);
    expect(matchingIndex(a, b, 8)).toBe(3);
    expect(matchingIndex(b, a, 3)).toBe(7);
  });

  it("falls back to the same fraction of the stack", () => {
    const a = series("upload", [null, null, null, null, null]);
    const b = series("geometry", [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(matchingIndex(a, b, 0)).toBe(0);
    expect(matchingIndex(a, b, 2)).toBe(4);
    expect(matchingIndex(a, b, 4)).toBe(8);
    expect(matchingIndex(a, series("upload", [null]), 3)).toBe(0);
  });
});
