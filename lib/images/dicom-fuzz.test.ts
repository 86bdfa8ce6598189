// Damaged DICOM never crashes de-identification: a few hundred seeded mutations of a real file
// (flipped bytes, overwritten lengths, cuts) each end in a result or a typed ImageError, quickly.
import { describe, expect, it } from "vitest";
import { deidentifyDicom } from "./dicom";
import { ImageError } from "./errors";
import { seededRandom } from "./synthetic-draw";
import { identifyingDicom } from "./test-dicom";

const context = { caseSecret: "fuzz-case-secret-0123456789", originDate: "2000-01-01", dayOffset: 0 };

function mutate(original: Uint8Array, random: () => number): Uint8Array {
  const bytes = original.slice();
  const at = () => 132 + Math.floor(random() * (bytes.length - 136));
  switch (Math.floor(random() * 4)) {
    case 0: // a few random bytes
      for (let count = 0; count < 1 + random() * 4; count++) bytes[at()] = Math.floor(random() * 256);
      return bytes;
    case 1: {
      // a 32-bit value that looks like a huge or undefined length
      const position = at();
      new DataView(bytes.buffer).setUint32(position, [0xffffffff, 0xfffffff0, 0x7fffffff, 0x10000][Math.floor(random() * 4)]!, true);
      return bytes;
    }
    case 2: // cut anywhere
      return bytes.subarray(0, at());
    default: {
      // a 16-bit length grown
      const position = at();
      new DataView(bytes.buffer).setUint16(position, 0xfff0, true);
      return bytes;
    }
  }
}

describe("deidentifyDicom on damaged input", () => {
  it("answers every mutation with a result or a typed error", () => {
    const original = identifyingDicom();
    const random = seededRandom("dicom-fuzz");
    const outcomes = new Map<string, number>();
    const started = Date.now();
    for (let round = 0; round < 400; round++) {
      const input = mutate(original, random);
      let outcome: string;
      try {
        const result = deidentifyDicom(input, context);
        expect(result.bytes.length).toBeGreaterThan(132);
        outcome = "accepted";
      } catch (error) {
        if (!(error instanceof ImageError)) throw new Error(`round ${round}: ${String(error)}`);
        outcome = error.code;
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get("dicom_damaged")).toBeGreaterThan(50);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
