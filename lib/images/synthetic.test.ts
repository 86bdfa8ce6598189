import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { deidentifyDicom } from "./dicom";
import { groupIntoSeries } from "./series";
import { SYNTHETIC_LABEL, syntheticFootDicomSeries, syntheticFootStack, syntheticSlicePng } from "./synthetic";
import { INTENSITY } from "./synthetic-draw";

const brightPixels = (pixels: Uint16Array) => pixels.filter((value) => value > 1800 && value < INTENSITY.label).length;

describe("synthetic foot MRI", () => {
  it("draws a reproducible stack whose oedema grows with the option", () => {
    const small = syntheticFootStack({ slices: 16, size: 128, oedema: 0.2 });
    const large = syntheticFootStack({ slices: 16, size: 128, oedema: 1 });
    expect(small).toHaveLength(16);
    expect(syntheticFootStack({ slices: 16, size: 128, oedema: 0.2 })[8]!.pixels).toEqual(small[8]!.pixels);
    const total = (stack: typeof small) => stack.reduce((sum, slice) => sum + brightPixels(slice.pixels), 0);
    expect(total(small)).toBeGreaterThan(0);
    expect(total(large)).toBeGreaterThan(total(small) * 2);
    expect(total(syntheticFootStack({ slices: 16, size: 128, oedema: 0 }))).toBe(0);
  });

  it("writes labelled DICOM that goes through de-identification and orders by geometry", () => {
    const files = syntheticFootDicomSeries({ slices: 18, size: 96, oedema: 0.6, seriesDescription: "Sag STIR" });
    expect(files).toHaveLength(18);
    const context = { caseSecret: "synthetic-case-secret-0123", originDate: "2000-01-01", dayOffset: 56 };
    const results = files.map((file) => deidentifyDicom(file, context));
    expect(results.every((result) => !result.needsReview)).toBe(true);
    expect(results[0]!.facts.seriesDescription).toBe(`${SYNTHETIC_LABEL} Sag STIR`);
    // Shuffle, then group: geometry puts the slices back in order.
    const shuffled = results.map((result) => result.facts).reverse();
    const [series] = groupIntoSeries(shuffled);
    expect(series!.orderedBy).toBe("geometry");
    expect(series!.slices.map((facts) => facts.instanceNumber)).toEqual(Array.from({ length: 18 }, (_, index) => index + 1));
  });

  it("renders a slice as PNG with the label burned in", async () => {
    const [slice] = syntheticFootStack({ slices: 1, size: 128 });
    const png = await syntheticSlicePng(slice!);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([128, 128]);
    // The top-left corner holds the white "SYNTHETIC" label.
    let white = 0;
    for (let row = 0; row < 12; row++) for (let column = 0; column < 60; column++) if (data[(row * 128 + column) * info.channels] === 255) white++;
    expect(white).toBeGreaterThan(50);
    if (process.env.SYNTHETIC_PREVIEW_DIR) {
      // Set SYNTHETIC_PREVIEW_DIR to look at the pictures: middle slices of Day 0 and +8 weeks.
      await mkdir(process.env.SYNTHETIC_PREVIEW_DIR, { recursive: true });
      for (const [name, oedema] of [["day0", 0.3], ["week8", 1]] as const) {
        const stack = syntheticFootStack({ slices: 20, size: 256, oedema });
        await writeFile(path.join(process.env.SYNTHETIC_PREVIEW_DIR, `${name}.png`), await syntheticSlicePng(stack[6]!));
      }
    }
  });
});
