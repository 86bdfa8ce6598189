// Synthetic demo images: an illustrative sagittal foot MRI stack (STIR-like, 16-bit), generated in
// code and labelled "SYNTHETIC" in the pixels and in the DICOM header. Two studies of one case
// differ by the size of a marrow-oedema region in the 2nd metatarsal (e.g. Day 0 and +8 weeks).
// Not anatomy to learn from: a stand-in so the demo cases have stacks to scroll.
import dcmjs, { type DicomDataset } from "dcmjs";
import sharp from "sharp";
import { z } from "zod";
import { caseUid } from "./dicom-rules";
import { burnText, footSlice, INTENSITY, seededRandom } from "./synthetic-draw";

const { DicomDict } = dcmjs.data;

export const syntheticFootOptionsSchema = z.object({
  /** Slices in the stack, medial to lateral (up to 300, so the bench can ask for a 250-slice series). */
  slices: z.number().int().min(1).max(300).default(20),
  /** Rows and columns of each slice. */
  size: z.number().int().min(64).max(1024).default(256),
  /** Size of the bright marrow-oedema region, 0 (none) to 1 (largest). */
  oedema: z.number().min(0).max(1).default(0.5),
  /** Same seed, same pixels and UIDs: demo data is reproducible. */
  seed: z.string().min(1).default("rounds-synthetic-foot"),
  /** Study date written in the DICOM header (YYYYMMDD); pass the case's origin + the study's offset. */
  studyDate: z.string().regex(/^\d{8}$/).default("20000101"),
  seriesDescription: z.string().max(40).default("Sag STIR"),
});
export type SyntheticFootOptions = z.input<typeof syntheticFootOptionsSchema>;

export type SyntheticSlice = {
  index: number;
  width: number;
  height: number;
  /** 16-bit unsigned intensities, row by row. */
  pixels: Uint16Array;
  /** Image Position (Patient) of the first pixel, in mm. */
  positionMm: [number, number, number];
  /** Distance between neighbouring slices (and each slice's thickness), in mm. */
  spacingMm: number;
};

export const SYNTHETIC_LABEL = "SYNTHETIC";
/** Display window that shows the stack well (centre, width). */
export const SYNTHETIC_WINDOW = { center: 1200, width: 2600 } as const;
const FIELD_OF_VIEW_MM = 200;
/** The slices cover about 90 mm across the foot, at most 4 mm apart. */
const sliceSpacingMm = (slices: number) => Math.min(4, 90 / Math.max(1, slices - 1));
/** Sagittal: rows run anterior (-y in LPS), columns run inferior (-z); the normal is +x. */
const ORIENTATION = [0, -1, 0, 0, 0, -1];

export function syntheticFootStack(options: SyntheticFootOptions = {}): SyntheticSlice[] {
  const { slices, size, oedema, seed } = syntheticFootOptionsSchema.parse(options);
  const random = seededRandom(`${seed}:${oedema}`);
  return Array.from({ length: slices }, (_, index) => {
    // Spread the slices across the foot, keeping away from the very edges where nothing is left.
    const t = slices === 1 ? 0 : -0.9 + (1.8 * index) / (slices - 1);
    const pixels = new Uint16Array(size * size);
    const intensity = footSlice(t, oedema);
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) {
        const value = intensity((column + 0.5) / size, (row + 0.5) / size);
        const noise = (random() - 0.5) * 2 * INTENSITY.noise;
        pixels[row * size + column] = Math.max(0, Math.min(4095, Math.round(value + noise + INTENSITY.noise)));
      }
    }
    const scale = Math.max(1, Math.round(size / 128));
    burnText(pixels, size, SYNTHETIC_LABEL, 4 * scale, 4 * scale, scale, INTENSITY.label);
    const spacingMm = sliceSpacingMm(slices);
    // DS values hold at most 16 characters: keep positions to 4 decimals.
    const offsetMm = Number(((index - (slices - 1) / 2) * spacingMm).toFixed(4));
    return { index, width: size, height: size, pixels, positionMm: [offsetMm, FIELD_OF_VIEW_MM / 2, FIELD_OF_VIEW_MM / 2], spacingMm };
  });
}

/** The stack as DICOM Part 10 files (MR Image Storage, explicit VR little endian), one per slice. */
export function syntheticFootDicomSeries(options: SyntheticFootOptions = {}): Uint8Array[] {
  const parsed = syntheticFootOptionsSchema.parse(options);
  const stack = syntheticFootStack(parsed);
  const uid = (name: string) => caseUid(`synthetic:${parsed.seed}`, `${name}:${parsed.oedema}:${parsed.studyDate}`);
  const studyUid = uid("study");
  const seriesUid = uid("series");
  const frameOfReferenceUid = uid("frame");
  const pixelMm = Number((FIELD_OF_VIEW_MM / parsed.size).toFixed(6));
  return stack.map((slice) => {
    const sopUid = uid(`instance:${slice.index}`);
    const dict = new DicomDict({
      "00020001": { vr: "OB", Value: [new Uint8Array([0, 1]).buffer] },
      "00020002": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.4"] },
      "00020003": { vr: "UI", Value: [sopUid] },
      "00020010": { vr: "UI", Value: ["1.2.840.10008.1.2.1"] },
    });
    const dataset: DicomDataset = {
      "00080008": { vr: "CS", Value: ["DERIVED", "SECONDARY"] },
      "00080016": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.4"] },
      "00080018": { vr: "UI", Value: [sopUid] },
      "00080020": { vr: "DA", Value: [parsed.studyDate] },
      "00080060": { vr: "CS", Value: ["MR"] },
      "00080070": { vr: "LO", Value: ["Rounds synthetic generator"] },
      "0008103E": { vr: "LO", Value: [`${SYNTHETIC_LABEL} ${parsed.seriesDescription}`] },
      "00100010": { vr: "PN", Value: [{ Alphabetic: "SYNTHETIC^DEMO" }] },
      "00180015": { vr: "CS", Value: ["FOOT"] },
      "00180050": { vr: "DS", Value: [Number(slice.spacingMm.toFixed(3))] },
      "00180088": { vr: "DS", Value: [Number(slice.spacingMm.toFixed(3))] },
      "0020000D": { vr: "UI", Value: [studyUid] },
      "0020000E": { vr: "UI", Value: [seriesUid] },
      "00200011": { vr: "IS", Value: [1] },
      "00200013": { vr: "IS", Value: [slice.index + 1] },
      "00200032": { vr: "DS", Value: slice.positionMm },
      "00200037": { vr: "DS", Value: ORIENTATION },
      "00200052": { vr: "UI", Value: [frameOfReferenceUid] },
      "00204000": { vr: "LT", Value: [`${SYNTHETIC_LABEL}: an illustration generated by Rounds, not a patient's image`] },
      "00280002": { vr: "US", Value: [1] },
      "00280004": { vr: "CS", Value: ["MONOCHROME2"] },
      "00280010": { vr: "US", Value: [slice.height] },
      "00280011": { vr: "US", Value: [slice.width] },
      "00280030": { vr: "DS", Value: [pixelMm, pixelMm] },
      "00280100": { vr: "US", Value: [16] },
      "00280101": { vr: "US", Value: [12] },
      "00280102": { vr: "US", Value: [11] },
      "00280103": { vr: "US", Value: [0] },
      // The burned-in label identifies no one (PS3.3: this attribute is about identifying text).
      "00280301": { vr: "CS", Value: ["NO"] },
      "00281050": { vr: "DS", Value: [SYNTHETIC_WINDOW.center] },
      "00281051": { vr: "DS", Value: [SYNTHETIC_WINDOW.width] },
      "7FE00010": { vr: "OW", Value: [slice.pixels.slice().buffer] },
    };
    dict.dict = dataset;
    return new Uint8Array(dict.write());
  });
}

/** One slice as an 8-bit greyscale PNG through a window (default SYNTHETIC_WINDOW). */
export async function syntheticSlicePng(slice: SyntheticSlice, window: { center: number; width: number } = SYNTHETIC_WINDOW): Promise<Uint8Array> {
  const low = window.center - window.width / 2;
  const grey = new Uint8Array(slice.pixels.length);
  for (let index = 0; index < grey.length; index++) {
    grey[index] = Math.max(0, Math.min(255, Math.round(((slice.pixels[index]! - low) / window.width) * 255)));
  }
  const png = await sharp(grey, { raw: { width: slice.width, height: slice.height, channels: 1 } }).png().toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
