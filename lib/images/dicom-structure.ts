// A bounds check of a DICOM Part 10 file before any parser trusts it. dcmjs is lenient: a declared
// length past the end of the file is read as "whatever is there" (one 4 GB pixel element came back
// as a 4 GB view). This walk refuses such files with a typed error instead, and finds the pixel
// data and transfer syntax on the way. It reads lengths only, never values.
import { ImageError } from "./errors";

export type DicomStructure = { transferSyntaxUid: string; hasPixelData: boolean };

const IMPLICIT_LITTLE = "1.2.840.10008.1.2";
const UNSUPPORTED: Record<string, string> = {
  "1.2.840.10008.1.2.2": "explicit VR big endian (retired)",
  "1.2.840.10008.1.2.1.99": "deflated explicit VR little endian",
};
/** Every value representation of PS3.5 6.2. Any other pair of letters is refused: parsers disagree
 * on how to read one (dcmjs falls back to UN and a 4-byte length), and a disagreement between this
 * check and the parser is exactly what an attacker would aim at. */
const KNOWN_VRS = new Set("AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split(" "));
/** VRs whose explicit encoding has a 2-byte reserved field and a 4-byte length. */
const LONG_VRS = new Set(["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"]);
const UNDEFINED = 0xffffffff;
const MAX_DEPTH = 16;
const PIXEL_TAGS = new Set(["7FE00010", "7FE00008", "7FE00009"]);

const damaged = (why: string) => new ImageError("dicom_damaged", `damaged DICOM file: ${why}`);

type Walk = {
  bytes: Uint8Array;
  view: DataView;
  explicit: boolean;
  isSequence: (tag: string) => boolean;
  hasPixelData: boolean;
};

const tagAt = (walk: Walk, at: number) =>
  (walk.view.getUint16(at, true).toString(16).padStart(4, "0") + walk.view.getUint16(at + 2, true).toString(16).padStart(4, "0")).toUpperCase();

function need(walk: Walk, at: number, count: number, end: number) {
  if (at + count > end) throw damaged(`it ends in the middle of an element (${end - at} bytes left, ${count} needed)`);
}

/** Walks items of a sequence (or fragments of encapsulated pixel data, `raw`). Returns the end. */
function walkItems(walk: Walk, at: number, end: number, undefinedLength: boolean, depth: number, raw: boolean, explicit: boolean): number {
  if (depth > MAX_DEPTH) throw damaged("sequences nested too deeply");
  while (undefinedLength || at < end) {
    need(walk, at, 8, end);
    const tag = tagAt(walk, at);
    const length = walk.view.getUint32(at + 4, true);
    if (tag === "FFFEE0DD") return at + 8; // sequence delimitation item
    if (tag !== "FFFEE000") throw damaged("a sequence holds something other than items");
    at += 8;
    if (length === UNDEFINED) {
      if (raw) throw damaged("a pixel data fragment has no length");
      at = walkDataset(walk, at, end, depth + 1, true, explicit);
    } else {
      need(walk, at, length, end);
      if (!raw) walkDataset(walk, at, at + length, depth + 1, false, explicit);
      at += length;
    }
  }
  if (at !== end) throw damaged("a sequence's items overrun its length");
  return at;
}

/** Walks elements from `at` to `end` (or to an item delimiter). Returns where it stopped. */
function walkDataset(walk: Walk, at: number, end: number, depth: number, untilDelimiter: boolean, explicit: boolean): number {
  while (at < end) {
    need(walk, at, 8, end);
    const tag = tagAt(walk, at);
    if (tag === "FFFEE00D") {
      if (!untilDelimiter) throw damaged("an item ends where none began");
      return at + 8;
    }
    let vr = "";
    let length: number;
    let header: number;
    if (explicit) {
      vr = String.fromCharCode(walk.bytes[at + 4]!, walk.bytes[at + 5]!);
      if (!KNOWN_VRS.has(vr)) throw damaged("an element has no valid value representation");
      if (LONG_VRS.has(vr)) {
        need(walk, at, 12, end);
        length = walk.view.getUint32(at + 8, true);
        header = 12;
      } else {
        length = walk.view.getUint16(at + 6, true);
        header = 8;
      }
    } else {
      length = walk.view.getUint32(at + 4, true);
      header = 8;
    }
    const valueStart = at + header;
    if (depth === 0 && PIXEL_TAGS.has(tag) && length !== 0) walk.hasPixelData = true;
    if (length === UNDEFINED) {
      const isPixels = PIXEL_TAGS.has(tag);
      if (explicit && !["SQ", "UN", "OB", "OW"].includes(vr)) throw damaged(`a ${vr} element has an undefined length`);
      // An undefined-length UN holds an implicit-VR sequence (PS3.5 6.2.2).
      const innerExplicit = explicit && vr !== "UN";
      at = walkItems(walk, valueStart, end, true, depth, isPixels, innerExplicit);
      continue;
    }
    if (valueStart + length > end) {
      throw damaged(`an element declares ${length.toLocaleString("en-US")} bytes where ${Math.max(0, end - valueStart).toLocaleString("en-US")} remain`);
    }
    const sequence = explicit ? vr === "SQ" : walk.isSequence(tag);
    if (sequence && length > 0) walkItems(walk, valueStart, valueStart + length, false, depth, false, explicit);
    at = valueStart + length;
  }
  if (untilDelimiter) throw damaged("it ends inside a sequence item");
  return at;
}

/**
 * Checks the preamble, the file meta group and every element's declared length against the bytes
 * that are really there. Throws ImageError("dicom_damaged" | "dicom_unsupported").
 */
export function checkDicomStructure(bytes: Uint8Array, isSequence: (tag: string) => boolean): DicomStructure {
  if (bytes.length < 132 || String.fromCharCode(...bytes.subarray(128, 132)) !== "DICM") throw damaged("no DICM marker");
  const walk: Walk = { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), explicit: true, isSequence, hasPixelData: false };
  // The file meta group is always explicit VR little endian; it ends where group 0002 does.
  let at = 132;
  let transferSyntaxUid = "";
  while (at + 8 <= bytes.length && walk.view.getUint16(at, true) === 0x0002) {
    const tag = tagAt(walk, at);
    const vr = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!);
    if (!KNOWN_VRS.has(vr)) throw damaged("the file meta information has no valid value representation");
    const long = LONG_VRS.has(vr);
    if (long) need(walk, at, 12, bytes.length);
    const length = long ? walk.view.getUint32(at + 8, true) : walk.view.getUint16(at + 6, true);
    const valueStart = at + (long ? 12 : 8);
    if (length === UNDEFINED || valueStart + length > bytes.length) throw damaged("the file meta information is cut short");
    if (tag === "00020010") transferSyntaxUid = new TextDecoder().decode(bytes.subarray(valueStart, valueStart + length)).replace(/[\0 ]+$/, "");
    at = valueStart + length;
  }
  if (!transferSyntaxUid) throw damaged("no transfer syntax in the file meta information");
  if (UNSUPPORTED[transferSyntaxUid]) {
    throw new ImageError("dicom_unsupported", `unsupported DICOM encoding: ${UNSUPPORTED[transferSyntaxUid]}`);
  }
  // Every other transfer syntax (the compressed ones included) is explicit VR little endian.
  walk.explicit = transferSyntaxUid !== IMPLICIT_LITTLE;
  walkDataset(walk, at, bytes.length, 0, false, walk.explicit);
  return { transferSyntaxUid, hasPixelData: walk.hasPixelData };
}
