import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hasHiddenMarkup, sniffFileType } from "./sniff";
import { identifyingDicom } from "./test-dicom";
import { buildZip } from "./test-zip";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffFileType", () => {
  it("knows the accepted types by their bytes alone", async () => {
    const base = sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } });
    expect(sniffFileType(await base.clone().jpeg().toBuffer())).toEqual({ type: "jpeg" });
    expect(sniffFileType(await base.clone().png().toBuffer())).toEqual({ type: "png" });
    expect(sniffFileType(await base.clone().webp().toBuffer())).toEqual({ type: "webp" });
    expect(sniffFileType(identifyingDicom())).toEqual({ type: "dicom" });
    expect(sniffFileType(buildZip([{ name: "a", content: bytes("a") }]))).toEqual({ type: "zip" });
  });

  it("names what it refuses", () => {
    expect(sniffFileType(bytes("%PDF-1.7 ..."))).toEqual({ type: "unknown", description: "a PDF document" });
    expect(sniffFileType(bytes("\uFEFF  <svg xmlns='http://www.w3.org/2000/svg'/>"))).toMatchObject({ description: "an SVG drawing (not accepted)" });
    expect(sniffFileType(bytes("GIF89a"))).toMatchObject({ description: "a GIF image (not accepted)" });
    expect(sniffFileType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toMatchObject({ description: "a Linux program" });
    expect(sniffFileType(new Uint8Array(10))).toMatchObject({ description: "an unrecognised file" });
  });

  it("finds markup in a PNG text chunk but not in ordinary metadata", async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } }).png().withMetadata().toBuffer();
    expect(hasHiddenMarkup(png, "png")).toBe(false);
    const withTrailer = Buffer.concat([png, Buffer.from("<script>alert(1)</script>")]);
    expect(hasHiddenMarkup(withTrailer, "png")).toBe(true);
  });
});
