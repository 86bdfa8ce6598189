// JPEG, PNG and WebP: decoded and re-encoded so nothing but pixels survives (decision 034).
// Re-encoding, rather than deleting known metadata blocks, is the point: EXIF, XMP, IPTC, ICC,
// GPS, maker notes, comments and any bytes after the image's end are gone whether or not we know
// their format, because the output is written from decoded pixels alone.
import sharp, { type Metadata } from "sharp";
import { ImageError } from "./errors";
import { hasHiddenMarkup } from "./sniff";

export type RasterType = "jpeg" | "png" | "webp";
export type RasterContentType = "image/jpeg" | "image/png" | "image/webp";

export type DeidentifiedRaster = {
  bytes: Uint8Array;
  contentType: RasterContentType;
  /** After the EXIF orientation has been applied. */
  width: number;
  height: number;
};

/** 64 megapixels: above any phone camera (48 MP is 8064 x 6048), far below a 50,000² bomb. */
export const DEFAULT_MAX_PIXELS = 64_000_000;
/** JPEG quality of the re-encode: visually lossless for photographs and screenshots of images. */
const JPEG_QUALITY = 92;

const formatNumber = (value: number) => value.toLocaleString("en-US");

function tooManyPixels(width: number, height: number, maxPixels: number): ImageError {
  return new ImageError(
    "too_many_pixels",
    `too many pixels: ${formatNumber(width)} x ${formatNumber(height)}, the limit is ${formatNumber(Math.round(maxPixels / 1e6))} megapixels`,
  );
}

/**
 * Re-encodes a raster image, keeping its format (JPEG stays JPEG so photographs do not balloon; PNG
 * stays PNG, lossless, for screenshots and exported slices; WebP stays WebP), with the EXIF
 * orientation applied to the pixels first. Only the first frame of an animated image is kept.
 */
export async function deidentifyRaster(
  bytes: Uint8Array,
  type: RasterType,
  { maxPixels = DEFAULT_MAX_PIXELS }: { maxPixels?: number } = {},
): Promise<DeidentifiedRaster> {
  if (hasHiddenMarkup(bytes, type)) {
    throw new ImageError("markup_in_image", "not accepted: the image hides HTML or script in its metadata or after its end");
  }

  // The header gives the declared size without decoding, so a bomb is refused before any
  // allocation; limitInputPixels below is the decoder's own guard should a header lie.
  let declared: Metadata;
  try {
    declared = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageError("damaged_image", "damaged image: it could not be read");
  }
  if (declared.format !== type) {
    throw new ImageError("damaged_image", "damaged image: its content does not match its type");
  }
  const width = declared.width ?? 0;
  const height = declared.height ?? 0;
  if (width * height > maxPixels) throw tooManyPixels(width, height, maxPixels);

  try {
    const pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" }).rotate();
    const encoded =
      type === "jpeg"
        ? pipeline.jpeg({ quality: JPEG_QUALITY })
        : type === "png"
          ? pipeline.png({ compressionLevel: 6 })
          : pipeline.webp({ quality: JPEG_QUALITY });
    // sharp writes no metadata unless asked (withMetadata/keepExif/keepIccProfile): we never ask.
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      contentType: `image/${type}`,
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(width, height, maxPixels);
    throw new ImageError("damaged_image", "damaged image: it could not be decoded");
  }
}
