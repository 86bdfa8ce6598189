import { deflateSync, crc32 } from "node:zlib";
import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageError } from "./errors";
import { deidentifyRaster } from "./raster";
import { hasHiddenMarkup, sniffFileType } from "./sniff";

const PATIENT = "Margaret Thistlewood";

/** A photograph-like JPEG carrying what a phone or a PACS export would: GPS, artist, a description. */
async function identifyingJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: "Dr Samuel Quill", ImageDescription: `Foot MRI of ${PATIENT} MRN 99887766` },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .withIccProfile("p3")
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG whose header declares 50,000 x 50,000 pixels: 2.5 gigapixels once decoded. */
function bombPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(50_000, 0);
  header.writeUInt32BE(50_000, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(Buffer.alloc(6251 * 64))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("deidentifyRaster", () => {
  it("drops EXIF, GPS, ICC and the description, applying the orientation first", async () => {
    const input = await identifyingJpeg();
    // The fixture really carries the metadata, as an independent reader sees it.
    const before = await exifr.parse(input, { gps: true, icc: true, xmp: true, iptc: true });
    expect(before.Artist).toBe("Dr Samuel Quill");
    expect(before.latitude).toBeCloseTo(51.5);
    expect(before.Orientation).toBe("Rotate 90 CW");
    expect(input.includes(Buffer.from(PATIENT))).toBe(true);

    const output = await deidentifyRaster(input, "jpeg");
    expect(output.contentType).toBe("image/jpeg");
    // Orientation 6 (rotate 90° clockwise) turned 64 x 32 into 32 x 64.
    expect([output.width, output.height]).toEqual([32, 64]);
    const after = await exifr.parse(Buffer.from(output.bytes), { tiff: true, exif: true, gps: true, icc: true, xmp: true, iptc: true, jfif: false, ihdr: false });
    expect(after).toBeUndefined();
    const outputBuffer = Buffer.from(output.bytes);
    for (const text of [PATIENT, "Thistlewood", "Samuel Quill", "99887766", "Exif"]) {
      expect(outputBuffer.includes(Buffer.from(text))).toBe(false);
    }
  });

  it("re-encodes PNG and WebP in their own format", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 4, background: "#336699" } });
    const png = await base.clone().png().withMetadata().toBuffer();
    const webp = await base.clone().webp().withExif({ IFD0: { Artist: PATIENT } }).toBuffer();
    expect((await deidentifyRaster(png, "png")).contentType).toBe("image/png");
    const webpOut = await deidentifyRaster(webp, "webp");
    expect(webpOut.contentType).toBe("image/webp");
    expect(Buffer.from(webpOut.bytes).includes(Buffer.from(PATIENT))).toBe(false);
  });

  it("refuses a decompression bomb before decoding it", async () => {
    const bomb = bombPng();
    expect(sniffFileType(bomb)).toEqual({ type: "png" });
    await expect(deidentifyRaster(bomb, "png")).rejects.toMatchObject({
      code: "too_many_pixels",
      message: "too many pixels: 50,000 x 50,000, the limit is 64 megapixels",
    });
  });

  it("refuses a JPEG that is also an HTML page (polyglot), in a comment or after its end", async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).jpeg().toBuffer();
    const html = Buffer.from("<html><body><script>alert(document.cookie)</script></body></html>");
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, (html.length + 2) >> 8, (html.length + 2) & 0xff]), html]);
    const inComment = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
    const afterEnd = Buffer.concat([jpeg, html]);
    for (const polyglot of [inComment, afterEnd]) {
      expect(sniffFileType(polyglot)).toEqual({ type: "jpeg" });
      expect(hasHiddenMarkup(polyglot, "jpeg")).toBe(true);
      await expect(deidentifyRaster(polyglot, "jpeg")).rejects.toMatchObject({ code: "markup_in_image" });
    }
    expect(hasHiddenMarkup(jpeg, "jpeg")).toBe(false);
  });

  it("refuses a damaged image with a typed error", async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).jpeg().toBuffer();
    const error = await deidentifyRaster(jpeg.subarray(0, 40), "jpeg").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageError);
    expect((error as ImageError).code).toBe("damaged_image");
  });
});
