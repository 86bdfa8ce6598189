import { describe, expect, it } from "vitest";
import { readPixels } from "./pixels";
import { syntheticFootDicomSeries, syntheticFootStack, SYNTHETIC_WINDOW } from "./synthetic";
import { identifyingDicom } from "./test-dicom";
import { autoWindow, renderWindowed, type PixelSlice } from "./window";

const view = (header: NonNullable<ReturnType<typeof readPixels>>["header"], body: Uint8Array): PixelSlice => {
  const buffer = body.slice().buffer;
  const values = header.type === "int16" ? new Int16Array(buffer) : header.type === "uint16" ? new Uint16Array(buffer) : header.type === "int8" ? new Int8Array(buffer) : new Uint8Array(buffer);
  return { rows: header.rows, columns: header.columns, values, slope: header.slope, intercept: header.intercept, invert: header.invert, window: header.window };
};

describe("a DICOM slice's stored values for window and level", () => {
  it("reads the full 16-bit range of a synthetic MR slice, with its size, window and modality", () => {
    const [first] = syntheticFootDicomSeries({ slices: 3, size: 64 });
    const read = readPixels(first!);
    expect(read).not.toBeNull();
    const { header, body } = read!;
    expect(header).toMatchObject({ rows: 64, columns: 64, modality: "MR", invert: false, window: SYNTHETIC_WINDOW });
    expect(body.byteLength).toBe(64 * 64 * 2);
    const slice = view(header, body);
    // A range wider than 256 steps: what an 8-bit PNG could not carry.
    expect(Math.max(...slice.values) - Math.min(...slice.values)).toBeGreaterThan(255);
    // The same pixels as the generator drew them.
    const drawn = syntheticFootStack({ slices: 3, size: 64 })[0]!;
    expect(Array.from(slice.values.slice(0, 64))).toEqual(Array.from(drawn.pixels.slice(0, 64)));
  });

  it("changes the canvas pixels as the window changes", () => {
    const [first] = syntheticFootDicomSeries({ slices: 3, size: 64 });
    const slice = view(readPixels(first!)!.header, readPixels(first!)!.body);
    const narrow = new Uint8ClampedArray(64 * 64 * 4);
    const wide = new Uint8ClampedArray(64 * 64 * 4);
    const auto = autoWindow(slice);
    renderWindowed(slice, { center: auto.center, width: auto.width / 8 }, narrow);
    renderWindowed(slice, { center: auto.center, width: auto.width * 4 }, wide);
    const extremes = (out: Uint8ClampedArray) => out.filter((value, index) => index % 4 === 0 && (value === 0 || value === 255)).length;
    expect(extremes(narrow)).toBeGreaterThan(extremes(wide));
  });

  it("answers null for a DICOM without pixel data", () => {
    expect(readPixels(identifyingDicom({ withPixels: false }))).toBeNull();
    expect(readPixels(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
