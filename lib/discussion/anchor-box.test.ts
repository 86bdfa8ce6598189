import { describe, expect, it } from "vitest";
import { describeBox, nudgeBox, START_BOX, type BoxMark } from "./anchor-box";

const press = (box: BoxMark, ...keys: Array<[string, boolean?]>) => keys.reduce((current, [key, shift]) => nudgeBox(current, key, shift ?? false) ?? current, box);

describe("a comment's box drawn with the keys", () => {
  it("moves with the arrow keys and resizes with Shift, in steps of 2% kept to three decimals", () => {
    expect(press(START_BOX, ["ArrowRight"], ["ArrowRight"], ["ArrowDown"])).toEqual({ kind: "box", x: 0.44, y: 0.42, w: 0.2, h: 0.2 });
    expect(press(START_BOX, ["ArrowRight", true], ["ArrowUp", true], ["ArrowUp", true])).toEqual({ kind: "box", x: 0.4, y: 0.4, w: 0.22, h: 0.16 });
  });

  it("stays inside the slice and never shrinks to nothing", () => {
    const right = press(START_BOX, ...Array.from({ length: 60 }, () => ["ArrowRight"] as [string]));
    expect(right).toMatchObject({ x: 0.8, w: 0.2 });
    const up = press(START_BOX, ...Array.from({ length: 60 }, () => ["ArrowUp"] as [string]));
    expect(up).toMatchObject({ y: 0, h: 0.2 });
    const wide = press(START_BOX, ...Array.from({ length: 60 }, () => ["ArrowRight", true] as [string, boolean]));
    expect(wide.x + wide.w).toBeCloseTo(1, 6);
    const thin = press(START_BOX, ...Array.from({ length: 60 }, () => ["ArrowLeft", true] as [string, boolean]));
    expect(thin.w).toBe(0.02);
  });

  it("ignores other keys and says where the box is", () => {
    expect(nudgeBox(START_BOX, "Enter", false)).toBeNull();
    expect(describeBox(START_BOX)).toBe("Box 40% from the left, 40% from the top, 20% wide, 20% high.");
  });
});
