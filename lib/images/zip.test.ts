import { describe, expect, it } from "vitest";
import { ImageError } from "./errors";
import { buildZip } from "./test-zip";
import { extractZip } from "./zip";

const text = (value: string) => new TextEncoder().encode(value);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "accepted";
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    return error.code;
  }
}

describe("extractZip", () => {
  it("reads the files of a series archive, skipping folders and operating-system litter", async () => {
    const zip = buildZip([
      { name: "series/", content: new Uint8Array() },
      { name: "series/IM0001", content: text("first") },
      { name: "series/IM0002", content: text("second") },
      { name: "__MACOSX/series/._IM0001", content: text("apple double") },
      { name: "DICOMDIR", content: text("index") },
    ]);
    const files = await extractZip(zip);
    expect(files.map((file) => [file.path, new TextDecoder().decode(file.bytes)])).toEqual([
      ["series/IM0001", "first"],
      ["series/IM0002", "second"],
    ]);
  });

  it("refuses entries that leave the archive", async () => {
    for (const name of ["../evil.dcm", "series/../../evil.dcm", "/etc/passwd", "C:/Windows/evil.dcm", "series\\..\\evil.dcm"]) {
      expect(await codeOf(extractZip(buildZip([{ name, content: text("x") }]))), name).toBe("archive_unsafe_path");
    }
  });

  it("refuses a zip bomb by its declared sizes, before inflating it", async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = buildZip(Array.from({ length: 3 }, (_, index) => ({ name: `slice${index}`, content: zeros })));
    expect(bomb.length).toBeLessThan(100_000);
    const error = await extractZip(bomb, { maxTotalBytes: 20 * 1024 * 1024 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "archive_too_large", message: "archive refused: its files unpack to more than 20 MB" });
  });

  it("refuses an entry that inflates past the size it declares", async () => {
    const liar = buildZip([{ name: "slice", content: new Uint8Array(5 * 1024 * 1024), declaredSize: 1000 }]);
    expect(await codeOf(extractZip(liar))).toBe("archive_too_large");
  });

  it("refuses too many files, nested archives and damaged archives", async () => {
    const many = buildZip(Array.from({ length: 11 }, (_, index) => ({ name: `f${index}`, content: text("x") })));
    const error = await extractZip(many, { maxEntries: 10 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "archive_too_many_files", message: "too many files: 11 in the archive, the limit is 10" });

    const inner = buildZip([{ name: "a", content: text("a") }]);
    expect(await codeOf(extractZip(buildZip([{ name: "inner.bin", content: inner }])))).toBe("archive_nested");
    expect(await codeOf(extractZip(inner.subarray(0, inner.length - 30)))).toBe("archive_damaged");
  });
});
