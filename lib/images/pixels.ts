// The stored values of a de-identified DICOM slice, for window and level in the browser: the
// full dynamic range (12- or 16-bit), not the 8-bit PNG rendered through one window at ingest.
import dcmjs from "dcmjs";
import type { Window } from "./window";

const { DicomMessage } = dcmjs.data;

/** Uncompressed little-endian syntaxes: their pixel data is the values as they are. */
const NATIVE_SYNTAXES = new Set(["1.2.840.10008.1.2", "1.2.840.10008.1.2.1"]);

/** What the browser needs besides the values (sent as a header beside the raw bytes). */
export interface PixelHeader {
  rows: number;
  columns: number;
  /** "int16" | "uint16" | "int8" | "uint8": how to read the body. */
  type: "int16" | "uint16" | "int8" | "uint8";
  slope: number;
  intercept: number;
  invert: boolean;
  window: Window | null;
  modality: string | null;
}

const numberAt = (dataset: Record<string, { Value?: unknown[] }>, tag: string): number | null => {
  const value = Number(dataset[tag]?.Value?.[0]);
  return dataset[tag]?.Value?.length && Number.isFinite(value) ? value : null;
};

/**
 * The slice's header and its values as little-endian bytes, or null when the file cannot be
 * windowed (colour, compressed, or damaged: the viewer then shows the rendered PNG only).
 */
export function readPixels(bytes: Uint8Array): { header: PixelHeader; body: Uint8Array } | null {
  let message;
  try {
    message = DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);
  } catch {
    return null;
  }
  const dataset = message.dict as Record<string, { Value?: unknown[] }>;
  const syntax = String((message.meta as Record<string, { Value?: unknown[] }>)["00020010"]?.Value?.[0] ?? "");
  const rows = numberAt(dataset, "00280010") ?? 0;
  const columns = numberAt(dataset, "00280011") ?? 0;
  const bits = numberAt(dataset, "00280100") ?? 16;
  const samples = numberAt(dataset, "00280002") ?? 1;
  const pixelData = dataset["7FE00010"]?.Value?.[0];
  if (!NATIVE_SYNTAXES.has(syntax) || samples !== 1 || (bits !== 8 && bits !== 16) || rows < 1 || columns < 1 || !(pixelData instanceof ArrayBuffer)) return null;
  const length = rows * columns * (bits / 8);
  if (pixelData.byteLength < length) return null;
  const signed = numberAt(dataset, "00280103") === 1;
  const center = numberAt(dataset, "00281050");
  const width = numberAt(dataset, "00281051");
  const modality = dataset["00080060"]?.Value?.[0];
  return {
    header: {
      rows, columns,
      type: `${signed ? "int" : "uint"}${bits}` as PixelHeader["type"],
      slope: numberAt(dataset, "00281053") ?? 1,
      intercept: numberAt(dataset, "00281052") ?? 0,
      invert: String(dataset["00280004"]?.Value?.[0] ?? "").toUpperCase() === "MONOCHROME1",
      window: center !== null && width !== null && width > 0 ? { center, width } : null,
      modality: typeof modality === "string" ? modality : null,
    },
    body: new Uint8Array(pixelData, 0, length),
  };
}
