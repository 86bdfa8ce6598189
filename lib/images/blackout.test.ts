// Black-out of burned-in text, read back from the written bytes: every pixel under a box is
// overwritten (no trace of the "text" values left in the file), every pixel outside is unchanged.
import dcmjs, { type DicomDataset } from "dcmjs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { blackOutDicom, blackOutRaster, clampBoxes } from "./blackout";
import { renderDicom } from "./render";

const TEXT = 4000; // the "burned-in text": a value that appears nowhere else in the image
const read = (bytes: Uint8Array) => dcmjs.data.DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);

function instance(syntax: string, fields: DicomDataset): Uint8Array {
  const dict = new dcmjs.data.DicomDict({
    "00020001": { vr: "OB", Value: [new Uint8Array([0, 1]).buffer] },
    "00020002": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.6.1"] },
    "00020003": { vr: "UI", Value: ["1.2.826.0.1.3680043.9.77"] },
    "00020010": { vr: "UI", Value: [syntax] },
  });
  dict.dict = { "00080016": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.6.1"] }, "00080060": { vr: "CS", Value: ["US"] }, "00280301": { vr: "CS", Value: ["YES"] }, ...fields };
  return new Uint8Array(dict.write());
}

/** 16-bit greyscale, `frames` frames of 8 x 6: a ramp from 100, with "text" in the top-left 3 x 2. */
function greyscale(frames = 1, signed = false) {
  const columns = 8;
  const rows = 6;
  const values = new Int32Array(frames * rows * columns);
  for (let frame = 0; frame < frames; frame++) {
    for (let y = 0; y < rows; y++) for (let x = 0; x < columns; x++) values[frame * rows * columns + y * columns + x] = x < 3 && y < 2 ? TEXT : 100 + y * columns + x + frame;
  }
  const data = signed ? Int16Array.from(values) : Uint16Array.from(values);
  return {
    values,
    bytes: instance("1.2.840.10008.1.2.1", {
      "00280002": { vr: "US", Value: [1] }, "00280004": { vr: "CS", Value: ["MONOCHROME2"] }, "00280008": { vr: "IS", Value: [frames] },
      "00280010": { vr: "US", Value: [rows] }, "00280011": { vr: "US", Value: [columns] }, "00280100": { vr: "US", Value: [16] },
      "00280101": { vr: "US", Value: [16] }, "00280102": { vr: "US", Value: [15] }, "00280103": { vr: "US", Value: [signed ? 1 : 0] },
      "7FE00010": { vr: "OW", Value: [data.buffer] },
    }),
  };
}

const samplesOf = (bytes: Uint8Array, signed = false) => {
  const buffer = read(bytes).dict["7FE00010"]!.Value![0] as ArrayBuffer;
  return Array.from(signed ? new Int16Array(buffer) : new Uint16Array(buffer));
};

describe("blackOutDicom", () => {
  it("overwrites the box in every frame with the frame's darkest value and leaves the rest as it was", async () => {
    const { values, bytes } = greyscale(2);
    const out = await blackOutDicom(bytes, [{ x: 0, y: 0, width: 3, height: 2 }]);
    expect(out.transferSyntaxUid).toBe("1.2.840.10008.1.2.1");
    const samples = samplesOf(out.bytes);
    expect(samples).toHaveLength(values.length);
    expect(samples).not.toContain(TEXT);
    for (let index = 0; index < samples.length; index++) {
      const frame = Math.floor(index / 48);
      const x = index % 8;
      const y = Math.floor((index % 48) / 8);
      expect(samples[index], `pixel ${x},${y} of frame ${frame}`).toBe(x < 3 && y < 2 ? 100 + 3 + frame : values[index]);
    }
    // The file's other elements survive (it is still the burned-in US instance, now without its text).
    expect(read(out.bytes).dict["00080060"]?.Value).toEqual(["US"]);
    await expect(renderDicom(out.bytes, out.transferSyntaxUid, 1_000_000)).resolves.toMatchObject({ width: 8, height: 6 });
  });

  it("handles signed pixels, clamps boxes to the image and ignores boxes outside it", async () => {
    const { bytes } = greyscale(1, true);
    const out = await blackOutDicom(bytes, [{ x: -5, y: -5, width: 8.5, height: 7 }, { x: 100, y: 100, width: 5, height: 5 }]);
    const samples = samplesOf(out.bytes, true);
    expect(samples).not.toContain(TEXT);
    expect(samples.slice(0, 4)).toEqual([103, 103, 103, 103]);
    expect(clampBoxes([{ x: 6.5, y: 5, width: 10, height: 10 }, { x: 9, y: 0, width: 1, height: 1 }], 8, 6)).toEqual([{ x: 6, y: 5, width: 2, height: 1 }]);
  });

  it("blacks out RGB pixels, interleaved or planar", async () => {
    for (const planar of [0, 1]) {
      const rgb = new Uint8Array(4 * 4 * 3).fill(200);
      const bytes = instance("1.2.840.10008.1.2.1", {
        "00280002": { vr: "US", Value: [3] }, "00280004": { vr: "CS", Value: ["RGB"] }, "00280006": { vr: "US", Value: [planar] },
        "00280010": { vr: "US", Value: [4] }, "00280011": { vr: "US", Value: [4] }, "00280100": { vr: "US", Value: [8] },
        "00280101": { vr: "US", Value: [8] }, "00280102": { vr: "US", Value: [7] }, "00280103": { vr: "US", Value: [0] },
        "7FE00010": { vr: "OB", Value: [rgb.buffer] },
      });
      const out = await blackOutDicom(bytes, [{ x: 1, y: 1, width: 2, height: 2 }]);
      const shown = await sharp((await renderDicom(out.bytes, out.transferSyntaxUid, 1_000_000)).bytes).raw().toBuffer();
      const black = [5, 6, 9, 10];
      for (let pixel = 0; pixel < 16; pixel++) expect(Array.from(shown.subarray(pixel * 3, pixel * 3 + 3)), `pixel ${pixel}, planar ${planar}`).toEqual(black.includes(pixel) ? [0, 0, 0] : [200, 200, 200]);
    }
  });

  it("decodes a JPEG instance and writes it back uncompressed, blacked out", async () => {
    const jpeg = await sharp({ create: { width: 16, height: 8, channels: 3, background: "#ffffff" } }).jpeg({ quality: 100 }).toBuffer();
    const bytes = instance("1.2.840.10008.1.2.4.50", {
      "00280002": { vr: "US", Value: [3] }, "00280004": { vr: "CS", Value: ["YBR_FULL_422"] }, "00280010": { vr: "US", Value: [8] }, "00280011": { vr: "US", Value: [16] },
      "00280100": { vr: "US", Value: [8] }, "7FE00010": { vr: "OB", Value: [new Uint8Array(jpeg).buffer] },
    });
    const out = await blackOutDicom(bytes, [{ x: 0, y: 0, width: 8, height: 8 }]);
    expect(out.transferSyntaxUid).toBe("1.2.840.10008.1.2.1");
    const file = read(out.bytes);
    expect(file.meta["00020010"]?.Value).toEqual(["1.2.840.10008.1.2.1"]);
    expect(file.dict["00280004"]?.Value).toEqual(["RGB"]);
    const pixels = new Uint8Array(file.dict["7FE00010"]!.Value![0] as ArrayBuffer);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 16; x++) {
        const red = pixels[(y * 16 + x) * 3]!;
        if (x < 8) expect(red, `${x},${y}`).toBe(0);
        else expect(red, `${x},${y}`).toBeGreaterThan(240);
      }
    }
  });

  it("refuses a compression it cannot rewrite, with a typed error", async () => {
    const bytes = instance("1.2.840.10008.1.2.4.90", { "00280010": { vr: "US", Value: [2] }, "00280011": { vr: "US", Value: [2] }, "7FE00010": { vr: "OB", Value: [new Uint8Array(8).buffer] } });
    await expect(blackOutDicom(bytes, [{ x: 0, y: 0, width: 1, height: 1 }])).rejects.toMatchObject({ code: "dicom_unsupported" });
  });
});

describe("blackOutRaster", () => {
  it("paints the boxes black in a PNG and keeps the rest", async () => {
    const png = await sharp({ create: { width: 10, height: 4, channels: 3, background: "#ffffff" } }).png().toBuffer();
    const out = await blackOutRaster(new Uint8Array(png), "image/png", [{ x: 2, y: 1, width: 3, height: 2 }]);
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 10, height: 4, format: "raw" });
    for (let y = 0; y < 4; y++) for (let x = 0; x < 10; x++) expect(data[(y * 10 + x) * info.channels], `${x},${y}`).toBe(x >= 2 && x < 5 && y >= 1 && y < 3 ? 0 : 255);
  });
});
