// What a file is, from its bytes alone (never its name or the browser's MIME type), and whether an
// image carries markup where a browser or a careless viewer might execute it.

export type AcceptedFileType = "jpeg" | "png" | "webp" | "dicom" | "zip";
export type SniffedFileType = { type: AcceptedFileType } | { type: "unknown"; description: string };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((value, index) => bytes[offset + index] === value);
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

/** Names a refused kind for the message ("an SVG drawing"), so the author knows what happened. */
function describeUnknown(bytes: Uint8Array): string {
  if (startsWith(bytes, ascii("MZ"))) return "a Windows program";
  if (startsWith(bytes, [0x7f, ...ascii("ELF")])) return "a Linux program";
  if (startsWith(bytes, ascii("%PDF"))) return "a PDF document";
  if (startsWith(bytes, [0x1f, 0x8b])) return "a gzip archive";
  if (startsWith(bytes, ascii("GIF8"))) return "a GIF image (not accepted)";
  if (startsWith(bytes, ascii("II*\0")) || startsWith(bytes, ascii("MM\0*"))) return "a TIFF image (not accepted)";
  // UTF-8 decoding drops a byte-order mark, which would otherwise hide a leading "<".
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "an SVG drawing (not accepted)";
  if (head.startsWith("<")) return "an HTML or XML document";
  return "an unrecognised file";
}

export function sniffFileType(bytes: Uint8Array): SniffedFileType {
  // DICOM first: its 128-byte preamble is free-form and may itself look like another format; we
  // always rewrite the preamble as zeros, so treating such a file as DICOM neutralises it.
  if (startsWith(bytes, ascii("DICM"), 128)) return { type: "dicom" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: "jpeg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: "png" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { type: "webp" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { type: "zip" };
  return { type: "unknown", description: describeUnknown(bytes) };
}

/** Markers of active content. Only looked for outside compressed pixel data, so chance matches in
 * entropy-coded bytes cannot refuse a genuine image. */
const MARKUP = ["<script", "<html", "<svg", "<iframe", "<!doctype", "<body", "<object", "<embed", "<?php", "<meta", "javascript:", "onerror=", "onload="];

function containsMarkup(region: Uint8Array): boolean {
  if (region.length === 0) return false;
  const text = Buffer.from(region.buffer, region.byteOffset, region.byteLength).toString("latin1").toLowerCase();
  return MARKUP.some((marker) => text.includes(marker));
}

const u16be = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32be = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
const u32le = (bytes: Uint8Array, at: number) => bytes[at]! + (bytes[at + 1]! << 8) + (bytes[at + 2]! << 16) + ((bytes[at + 3]! << 24) >>> 0);

/** JPEG: every marker segment's payload (APPn, COM, ...) and anything after the end-of-image marker. */
function jpegTextRegions(bytes: Uint8Array): Uint8Array[] {
  const regions: Uint8Array[] = [];
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return [...regions, bytes.subarray(at)]; // lost sync: scan the rest
    const marker = bytes[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xd9) return [...regions, bytes.subarray(at + 2)]; // end of image: the trailer
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { at += 2; continue; }
    if (at + 3 >= bytes.length) break;
    const end = at + 2 + u16be(bytes, at + 2);
    if (end > bytes.length) return [...regions, bytes.subarray(at)];
    regions.push(bytes.subarray(at + 4, end));
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs until a marker that is neither a stuffed 0xFF00 nor a restart marker.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7))) at += 1;
    }
  }
  return regions;
}

/** PNG: every chunk but the compressed image data, and anything after IEND. */
function pngTextRegions(bytes: Uint8Array): Uint8Array[] {
  const regions: Uint8Array[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = u32be(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) return [...regions, bytes.subarray(at)];
    if (type !== "IDAT" && type !== "fdAT") regions.push(bytes.subarray(at + 8, at + 8 + length));
    at = end;
    if (type === "IEND") return [...regions, bytes.subarray(at)];
  }
  return regions;
}

/** WebP: every RIFF chunk but the bitstreams, and anything after the RIFF's declared end. */
function webpTextRegions(bytes: Uint8Array): Uint8Array[] {
  const regions: Uint8Array[] = [];
  const riffEnd = Math.min(bytes.length, 8 + u32le(bytes, 4));
  let at = 12;
  while (at + 8 <= riffEnd) {
    const fourcc = String.fromCharCode(...bytes.subarray(at, at + 4));
    const length = u32le(bytes, at + 4);
    const end = at + 8 + length + (length % 2);
    if (end > riffEnd + 1) return [...regions, bytes.subarray(at)];
    if (!["VP8 ", "VP8L", "ALPH", "ANMF"].includes(fourcc)) regions.push(bytes.subarray(at + 8, at + 8 + length));
    at = end;
  }
  regions.push(bytes.subarray(riffEnd));
  return regions;
}

/** True when HTML, SVG or script appears in an image's metadata or trailer (a polyglot file). */
export function hasHiddenMarkup(bytes: Uint8Array, type: "jpeg" | "png" | "webp"): boolean {
  const regions = type === "jpeg" ? jpegTextRegions(bytes) : type === "png" ? pngTextRegions(bytes) : webpTextRegions(bytes);
  return regions.some(containsMarkup);
}
