// Blacking out burned-in text (issue 23 item 4): boxes in the image's own pixel coordinates are
// overwritten in the pixels themselves, so nothing of what was under them survives in the stored
// file. DICOM: every frame of an uncompressed instance (greyscale boxes take the frame's darkest
// stored value, RGB boxes become black); a baseline JPEG instance is decoded and written back
// uncompressed (explicit VR little endian). Photographs and screenshots: re-encoded by sharp in
// their own format, still without metadata. Input is always already de-identified bytes.
import dcmjs, { type DicomDataset } from "dcmjs";
import sharp from "sharp";
import { ImageError } from "./errors";

const { DicomMessage } = dcmjs.data;

export interface Box { x: number; y: number; width: number; height: number }

const EXPLICIT_LITTLE = "1.2.840.10008.1.2.1";
const NATIVE_SYNTAXES = new Set(["1.2.840.10008.1.2", EXPLICIT_LITTLE]);
const JPEG_SYNTAXES = new Set(["1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"]);

const numberAt = (dataset: DicomDataset, tag: string): number | null => {
  const value = Number(dataset[tag]?.Value?.[0]);
  return dataset[tag]?.Value?.length && Number.isFinite(value) ? value : null;
};

/** The boxes as whole pixels inside a columns x rows image; boxes wholly outside are dropped. */
export function clampBoxes(boxes: Box[], columns: number, rows: number): Box[] {
  return boxes.flatMap((box) => {
    const x0 = Math.max(0, Math.floor(box.x));
    const y0 = Math.max(0, Math.floor(box.y));
    const x1 = Math.min(columns, Math.ceil(box.x + box.width));
    const y1 = Math.min(rows, Math.ceil(box.y + box.height));
    return x1 > x0 && y1 > y0 ? [{ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }] : [];
  });
}

type Layout = { rows: number; columns: number; samples: number; bytesPerSample: 1 | 2; signed: boolean; planar: boolean; inverted: boolean };

/** Overwrites the boxes in one frame starting at `offset` (bytes) of `view`. */
function blackOutFrame(view: DataView, offset: number, layout: Layout, boxes: Box[]) {
  const { rows, columns, samples, bytesPerSample, signed, planar } = layout;
  const plane = rows * columns;
  const read = (index: number) => {
    const at = offset + index * bytesPerSample;
    return bytesPerSample === 2 ? (signed ? view.getInt16(at, true) : view.getUint16(at, true)) : signed ? view.getInt8(at) : view.getUint8(at);
  };
  const write = (index: number, value: number) => {
    const at = offset + index * bytesPerSample;
    if (bytesPerSample === 2) {
      if (signed) view.setInt16(at, value, true);
      else view.setUint16(at, value, true);
    } else if (signed) view.setInt8(at, value);
    else view.setUint8(at, value);
  };
  let fill = 0;
  if (samples === 1) {
    // The darkest value the frame holds (the brightest for MONOCHROME1, which is shown inverted).
    fill = read(0);
    for (let index = 1; index < plane; index++) {
      const value = read(index);
      if (layout.inverted ? value > fill : value < fill) fill = value;
    }
  }
  for (const box of boxes) {
    for (let y = box.y; y < box.y + box.height; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const pixel = y * columns + x;
        for (let sample = 0; sample < samples; sample++) write(planar ? sample * plane + pixel : pixel * samples + sample, fill);
      }
    }
  }
}

/** The instance with the boxes overwritten in every frame, and the transfer syntax it now has. */
export async function blackOutDicom(bytes: Uint8Array, boxes: Box[]): Promise<{ bytes: Uint8Array; transferSyntaxUid: string }> {
  const file = DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);
  const dataset = file.dict;
  const syntax = String(file.meta["00020010"]?.Value?.[0] ?? EXPLICIT_LITTLE);
  const rows = numberAt(dataset, "00280010") ?? 0;
  const columns = numberAt(dataset, "00280011") ?? 0;
  const pixels = dataset["7FE00010"]?.Value;
  if (rows < 1 || columns < 1 || !pixels?.length || !(pixels[0] instanceof ArrayBuffer)) throw new ImageError("dicom_no_pixel_data", "DICOM without pixel data");
  const inside = clampBoxes(boxes, columns, rows);

  if (JPEG_SYNTAXES.has(syntax)) {
    if (pixels.length !== 1) throw new ImageError("dicom_unsupported", "a multi-frame JPEG DICOM cannot be blacked out yet; delete it instead");
    const decoded = await sharp(new Uint8Array(pixels[0]), { limitInputPixels: rows * columns }).raw().toBuffer({ resolveWithObject: true });
    const channels = decoded.info.channels >= 3 ? 3 : 1;
    const raw = channels === decoded.info.channels ? decoded.data : await sharp(decoded.data, { raw: decoded.info }).removeAlpha().toColourspace(channels === 3 ? "srgb" : "b-w").raw().toBuffer();
    const frame = new Uint8Array(raw);
    blackOutFrame(new DataView(frame.buffer), 0, { rows, columns, samples: channels, bytesPerSample: 1, signed: false, planar: false, inverted: false }, inside);
    dataset["7FE00010"] = { vr: "OB", Value: [frame.buffer] };
    Object.assign(dataset, {
      "00280002": { vr: "US", Value: [channels] },
      "00280004": { vr: "CS", Value: [channels === 3 ? "RGB" : "MONOCHROME2"] },
      "00280100": { vr: "US", Value: [8] },
      "00280101": { vr: "US", Value: [8] },
      "00280102": { vr: "US", Value: [7] },
      "00280103": { vr: "US", Value: [0] },
    });
    if (channels === 3) dataset["00280006"] = { vr: "US", Value: [0] };
    else delete dataset["00280006"];
    delete dataset["00282110"]; // Lossy Image Compression stays true of the pixels; its method no longer describes the encoding
    file.meta["00020010"] = { vr: "UI", Value: [EXPLICIT_LITTLE] };
    return { bytes: new Uint8Array(file.write()), transferSyntaxUid: EXPLICIT_LITTLE };
  }
  if (!NATIVE_SYNTAXES.has(syntax)) throw new ImageError("dicom_unsupported", "this DICOM compression cannot be blacked out yet; delete the image instead");

  const samples = numberAt(dataset, "00280002") ?? 1;
  const bits = numberAt(dataset, "00280100") ?? 16;
  if ((bits !== 8 && bits !== 16) || (samples !== 1 && samples !== 3)) throw new ImageError("dicom_unsupported", "this DICOM pixel layout cannot be blacked out yet; delete the image instead");
  const layout: Layout = {
    rows, columns, samples, bytesPerSample: bits === 16 ? 2 : 1,
    signed: numberAt(dataset, "00280103") === 1,
    planar: samples === 3 && numberAt(dataset, "00280006") === 1,
    inverted: String(dataset["00280004"]?.Value?.[0] ?? "").toUpperCase() === "MONOCHROME1",
  };
  const frames = Math.max(1, numberAt(dataset, "00280008") ?? 1);
  const frameBytes = rows * columns * samples * layout.bytesPerSample;
  const data = new Uint8Array(pixels[0].slice(0));
  if (data.byteLength < frames * frameBytes) throw new ImageError("dicom_damaged", "damaged DICOM file: fewer pixels than its size says");
  const view = new DataView(data.buffer);
  for (let frame = 0; frame < frames; frame++) blackOutFrame(view, frame * frameBytes, layout, inside);
  dataset["7FE00010"] = { ...dataset["7FE00010"]!, Value: [data.buffer] };
  return { bytes: new Uint8Array(file.write()), transferSyntaxUid: syntax };
}

/** A photograph or screenshot with the boxes painted black, re-encoded in its own format. */
export async function blackOutRaster(bytes: Uint8Array, contentType: string, boxes: Box[]): Promise<Uint8Array> {
  const image = sharp(bytes);
  const { width = 0, height = 0 } = await image.metadata();
  const inside = clampBoxes(boxes, width, height);
  const painted = image.composite(inside.map((box) => ({ input: { create: { width: box.width, height: box.height, channels: 3 as const, background: "#000000" } }, left: box.x, top: box.y })));
  const encoded = contentType === "image/png" ? painted.png() : contentType === "image/webp" ? painted.webp({ quality: 90 }) : painted.jpeg({ quality: 90 });
  const output = await encoded.toBuffer();
  return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
}
