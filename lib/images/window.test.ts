import { describe, expect, it } from "vitest";
import { autoWindow, dragWindow, greyOf, renderWindowed, windowPresets, type PixelSlice } from "./window";

const slice = (values: number[], extra: Partial<PixelSlice> = {}): PixelSlice => ({
  rows: 1, columns: values.length, values: Int16Array.from(values), slope: 1, intercept: 0, invert: false, window: null, ...extra,
});

describe("window and level", () => {
  it("maps the window's ends to black and white and its centre to mid grey", () => {
    const window = { center: 40, width: 400 };
    expect(greyOf(-160, window)).toBe(0);
    expect(greyOf(-1000, window)).toBe(0);
    expect(greyOf(240, window)).toBe(255);
    expect(greyOf(3000, window)).toBe(255);
    expect(greyOf(40, window)).toBeGreaterThanOrEqual(127);
    expect(greyOf(40, window)).toBeLessThanOrEqual(128);
  });

  it("applies the rescale slope and intercept before the window (stored values to Hounsfield units)", () => {
    // Stored 1024 with intercept -1024 is water (0 HU): mid grey in a window centred on 0.
    const ct = slice([0, 1024, 2048], { intercept: -1024 });
    const out = new Uint8ClampedArray(12);
    renderWindowed(ct, { center: 0, width: 2000 }, out);
    expect([out[0], out[4], out[8]]).toEqual([0, 128, 255]);
    expect(out[3]).toBe(255);
  });

  it("inverts MONOCHROME1", () => {
    const out = new Uint8ClampedArray(8);
    renderWindowed(slice([0, 100], { invert: true }), { center: 50, width: 100 }, out);
    expect([out[0], out[4]]).toEqual([255, 0]);
  });

  it("finds an automatic window that ignores a few outliers", () => {
    const values = [...Array.from({ length: 1000 }, (_, i) => 100 + (i % 200)), 30000, -30000];
    const window = autoWindow(slice(values));
    expect(window.center).toBeGreaterThan(150);
    expect(window.center).toBeLessThan(250);
    expect(window.width).toBeLessThan(400);
  });

  it("offers CT presets in Hounsfield units, and the file's own window first when it has one", () => {
    const ct = slice([0, 10], { window: { center: 50, width: 350 } });
    const names = windowPresets("CT", ct).map((preset) => preset.name);
    expect(names).toEqual(["As acquired", "Soft tissue", "Bone", "Lung", "Brain", "Auto"]);
    expect(windowPresets("MR", slice([0, 10])).map((preset) => preset.name)).toEqual(["Auto"]);
  });

  it("widens with a drag to the right and raises the level with a drag down, never below width 1", () => {
    expect(dragWindow({ center: 40, width: 400 }, 10, -5, 2)).toEqual({ center: 30, width: 420 });
    expect(dragWindow({ center: 40, width: 10 }, -100, 0, 1).width).toBe(1);
  });
});
