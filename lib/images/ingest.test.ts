// The bad inputs of issue 23, each through the one entry point, each a typed refusal.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { deidentifyUpload, type UploadContext } from "./ingest";
import { containsText, identifyingDicom } from "./test-dicom";
import { buildZip } from "./test-zip";

const context: UploadContext = { caseSecret: "case-ingest-secret-0123456789", originDate: "2000-01-01", dayOffset: 56 };

async function single(bytes: Uint8Array, extra: Partial<UploadContext> = {}) {
  const outcome = await deidentifyUpload(bytes, { ...context, ...extra });
  if (!outcome.ok) throw new Error(`upload refused: ${outcome.message}`);
  expect(outcome.value).toHaveLength(1);
  return outcome.value[0]!.result;
}

describe("deidentifyUpload", () => {
  it("refuses a renamed program, an SVG and an HTML page as not images", async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)]);
    const svg = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = new TextEncoder().encode("<!doctype html><html><body>hi</body></html>");
    expect(await single(exe)).toEqual({ ok: false, code: "not_an_image", message: "not an image: a Windows program; JPEG, PNG, WebP and DICOM are accepted" });
    expect(await single(svg)).toMatchObject({ ok: false, code: "not_an_image", message: expect.stringContaining("SVG") });
    expect(await single(html)).toMatchObject({ ok: false, code: "not_an_image" });
  });

  it("says how large a file is against the limit", async () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(await single(big, { limits: { maxFileBytes: 2 * 1024 * 1024 } })).toEqual({
      ok: false,
      code: "too_large",
      message: "too large: 3 MB, the limit is 2 MB",
    });
  });

  it("de-identifies a DICOM file and a JPEG", async () => {
    const dicom = await single(identifyingDicom());
    expect(dicom.ok && dicom.value.kind).toBe("dicom");
    if (dicom.ok) expect(containsText(dicom.value.bytes, "Thistlewood")).toBe(false);
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).jpeg().toBuffer();
    expect(await single(jpeg)).toMatchObject({ ok: true, value: { kind: "raster", contentType: "image/jpeg" } });
    expect(await single(identifyingDicom({ withPixels: false }))).toEqual({ ok: false, code: "dicom_no_pixel_data", message: "DICOM without pixel data" });
  });

  it("processes an archive file by file, keeping the good ones when one fails", async () => {
    const zip = buildZip([
      { name: "Series 3/IM1", content: identifyingDicom({ instanceNumber: 1, sopUid: "1.2.3.4.5.1" }) },
      { name: "Series 3/notes.txt", content: new TextEncoder().encode("hello") },
      { name: "Series 3/IM2", content: identifyingDicom({ instanceNumber: 2, sopUid: "1.2.3.4.5.2" }) },
    ]);
    const outcome = await deidentifyUpload(zip, context);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.map(({ archivePath, result }) => [archivePath, result.ok ? result.value.kind : result.code])).toEqual([
      ["Series 3/IM1", "dicom"],
      ["Series 3/notes.txt", "not_an_image"],
      ["Series 3/IM2", "dicom"],
    ]);
  });

  it("refuses unsafe archives as a whole", async () => {
    const escaping = buildZip([{ name: "../../IM1", content: identifyingDicom() }]);
    expect(await deidentifyUpload(escaping, context)).toMatchObject({ ok: false, code: "archive_unsafe_path" });
    const nested = buildZip([{ name: "inner.zip", content: buildZip([{ name: "IM1", content: identifyingDicom() }]) }]);
    expect(await deidentifyUpload(nested, context)).toMatchObject({ ok: false, code: "archive_nested" });
  });
});
