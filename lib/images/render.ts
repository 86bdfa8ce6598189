// What a browser is sent: DICOM pixels rendered to an 8-bit PNG through the file's own window,
// and a small WebP thumbnail of any image. Input is always already de-identified bytes.
import dcmjs, { type DicomDataset } from "dcmjs";
import sharp from "sharp";
import { ImageError } from "./errors";

const { DicomMessage } = dcmjs.data;

export const THUMBNAIL_SIZE = 192;

/** Uncompressed transfer syntaxes whose pixels we read directly (little endian; big endian is refused earlier). */
const NATIVE_SYNTAXES = new Set(["1.2.840.10008.1.2", "1.2.840.10008.1.2.1"]);
/** Baseline and extended JPEG: the fragment is an ordinary JPEG that sharp decodes. */
const JPEG_SYNTAXES = new Set(["1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"]);

export type RenderedImage = { bytes: Uint8Array; contentType: "image/png" | "image/jpeg"; width: number; height: number };

const first = (dataset: DicomDataset, tag: string): unknown => dataset[tag]?.Value?.[0];
const numberAt = (dataset: DicomDataset, tag: string): number | null => {
  const value = Number(first(dataset, tag));
  return dataset[tag]?.Value?.length && Number.isFinite(value) ? value : null;
};
const asBytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

function readSamples(pixelData: ArrayBuffer, bits: number, signed: boolean, count: number): Float64Array {
  const samples = new Float64Array(count);
  const view = new DataView(pixelData);
  const bytes = bits === 16 ? 2 : 1;
  if (view.byteLength < count * bytes) throw new ImageError("dicom_damaged", "damaged DICOM file: fewer pixels than its size says");
  for (let index = 0; index < count; index++) {
    samples[index] = bits === 16 ? (signed ? view.getInt16(index * 2, true) : view.getUint16(index * 2, true)) : signed ? view.getInt8(index) : view.getUint8(index);
  }
  return samples;
}

function windowed(samples: Float64Array, dataset: DicomDataset): Uint8Array {
  const slope = numberAt(dataset, "00281053") ?? 1;
  const intercept = numberAt(dataset, "00281052") ?? 0;
  let center = numberAt(dataset, "00281050");
  let width = numberAt(dataset, "00281051");
  if (center === null || width === null || width <= 0) {
    let low = Infinity;
    let high = -Infinity;
    for (const value of samples) {
      const scaled = value * slope + intercept;
      if (scaled < low) low = scaled;
      if (scaled > high) high = scaled;
    }
    center = (low + high) / 2;
    width = Math.max(1, high - low);
  }
  const invert = String(first(dataset, "00280004") ?? "").toUpperCase() === "MONOCHROME1";
  const low = center - width / 2;
  const grey = new Uint8Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const level = Math.max(0, Math.min(255, Math.round(((samples[index]! * slope + intercept - low) / width) * 255)));
    grey[index] = invert ? 255 - level : level;
  }
  return grey;
}

/**
 * The first frame of a de-identified DICOM instance as a PNG a browser can show: greyscale through
 * the file's window (or its full range), or RGB as it is. Encapsulated JPEG is passed to sharp;
 * other compressions are refused with a message (the file still counts as a failed slice).
 */
export async function renderDicom(bytes: Uint8Array, transferSyntaxUid: string, maxPixels: number): Promise<RenderedImage> {
  const dataset = DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer).dict;
  const rows = numberAt(dataset, "00280010") ?? 0;
  const columns = numberAt(dataset, "00280011") ?? 0;
  if (rows < 1 || columns < 1) throw new ImageError("dicom_damaged", "damaged DICOM file: it has no image size");
  if (rows * columns > maxPixels) throw new ImageError("too_many_pixels", `too many pixels: ${columns.toLocaleString("en")} x ${rows.toLocaleString("en")}`);
  const pixelData = dataset["7FE00010"]?.Value?.[0];
  if (!(pixelData instanceof ArrayBuffer)) throw new ImageError("dicom_no_pixel_data", "DICOM without pixel data");

  if (JPEG_SYNTAXES.has(transferSyntaxUid)) {
    const output = await sharp(new Uint8Array(pixelData), { limitInputPixels: maxPixels }).png().toBuffer({ resolveWithObject: true });
    return { bytes: asBytes(output.data), contentType: "image/png", width: output.info.width, height: output.info.height };
  }
  if (!NATIVE_SYNTAXES.has(transferSyntaxUid)) {
    throw new ImageError("dicom_unsupported", "this DICOM compression cannot be shown yet; export the series uncompressed");
  }
  const samplesPerPixel = numberAt(dataset, "00280002") ?? 1;
  const bits = numberAt(dataset, "00280100") ?? 16;
  if (bits !== 8 && bits !== 16) throw new ImageError("dicom_unsupported", `DICOM with ${bits}-bit pixels cannot be shown yet`);
  if (samplesPerPixel === 3 && bits === 8) {
    const planar = numberAt(dataset, "00280006") === 1;
    let rgb = new Uint8Array(pixelData, 0, Math.min(pixelData.byteLength, rows * columns * 3));
    if (rgb.length < rows * columns * 3) throw new ImageError("dicom_damaged", "damaged DICOM file: fewer pixels than its size says");
    if (planar) {
      const interleaved = new Uint8Array(rows * columns * 3);
      const plane = rows * columns;
      for (let index = 0; index < plane; index++) for (let channel = 0; channel < 3; channel++) interleaved[index * 3 + channel] = rgb[channel * plane + index]!;
      rgb = interleaved;
    }
    const png = await sharp(rgb, { raw: { width: columns, height: rows, channels: 3 } }).png().toBuffer();
    return { bytes: asBytes(png), contentType: "image/png", width: columns, height: rows };
  }
  if (samplesPerPixel !== 1) throw new ImageError("dicom_unsupported", "this DICOM colour layout cannot be shown yet");
  const signed = numberAt(dataset, "00280103") === 1;
  const grey = windowed(readSamples(pixelData, bits, signed, rows * columns), dataset);
  const png = await sharp(grey, { raw: { width: columns, height: rows, channels: 1 } }).png({ compressionLevel: 6 }).toBuffer();
  return { bytes: asBytes(png), contentType: "image/png", width: columns, height: rows };
}

/** A WebP thumbnail that fits THUMBNAIL_SIZE on its longer side (no metadata: sharp writes none). */
export async function renderThumbnail(displayBytes: Uint8Array): Promise<Uint8Array> {
  const output = await sharp(displayBytes).resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
  return asBytes(output);
}
