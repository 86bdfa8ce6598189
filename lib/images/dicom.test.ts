import dcmjs from "dcmjs";
import { describe, expect, it } from "vitest";
import { deidentifyDicom } from "./dicom";
import { DICOM_PROFILE_ROWS } from "./dicom-profile";
import { capPatientAge, caseUid, cleanDescriptor, parseDicomDate } from "./dicom-rules";
import { ImageError } from "./errors";
import { containsText, IDENTIFIERS, identifyingDicom } from "./test-dicom";

const CASE_A = { caseSecret: "case-a-secret-0123456789abcdef", originDate: "2000-01-01" };
const CASE_B = { caseSecret: "case-b-secret-0123456789abcdef", originDate: "2000-01-01" };
const ORIGINAL_UIDS = ["1.2.826.0.1.3680043.2.1125.777.1", "1.2.826.0.1.3680043.2.1125.777.1.2", "1.2.826.0.1.3680043.2.1125.777.1.3.1"];

function read(bytes: Uint8Array) {
  return dcmjs.data.DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);
}
const dayNumber = (date: string) => parseDicomDate(date)!;

describe("deidentifyDicom", () => {
  it("leaves none of the identifying values anywhere in the output bytes", () => {
    const input = identifyingDicom();
    const identifying = [...Object.values(IDENTIFIERS), "Thistlewood", "Margaret", "Quill", "Nelly", "20240311", "HARLEYPACS", ...ORIGINAL_UIDS];
    // The fixture really carries them all.
    for (const value of identifying) expect(containsText(input, value), value).toBe(true);

    const { bytes } = deidentifyDicom(input, { ...CASE_A, dayOffset: 0 });
    for (const value of identifying) expect(containsText(bytes, value), value).toBe(false);
  });

  it("marks the file as de-identified and keeps what a viewer needs", () => {
    const result = deidentifyDicom(identifyingDicom(), { ...CASE_A, dayOffset: 120 });
    const { dict, meta } = read(result.bytes);
    expect(dict["00120062"]?.Value).toEqual(["YES"]);
    expect(String(dict["00120063"]?.Value?.[0])).toMatch(/PS3\.15 Basic Profile/);
    expect(dict["00280303"]?.Value).toEqual(["MODIFIED"]);
    expect(dict["00100040"]?.Value).toEqual(["F"]);
    expect(Object.keys(dict).some((tag) => parseInt(tag.slice(0, 4), 16) % 2 === 1)).toBe(false);
    expect(dict["60003000"]).toBeUndefined();
    expect(dict["00080000"]).toBeUndefined();
    expect(meta["00020003"]?.Value).toEqual(dict["00080018"]?.Value);
    expect(result.facts).toMatchObject({
      modality: "MR",
      seriesDescription: "Sag STIR",
      instanceNumber: 1,
      rows: 4,
      columns: 4,
      numberOfFrames: 1,
      imagePositionPatient: [-40, -60, 10],
      imageOrientationPatient: [0, 1, 0, 0, 0, -1],
      windowCenter: 300,
      windowWidth: 800,
      studyDate: "20000430",
    });
    expect(result.facts.seriesInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect(result.needsReview).toBe(false);
  });

  it("replaces UIDs consistently within a case and differently across cases", () => {
    const first = deidentifyDicom(identifyingDicom({ instanceNumber: 1 }), { ...CASE_A, dayOffset: 0 }).facts;
    const second = deidentifyDicom(
      identifyingDicom({ instanceNumber: 2, sopUid: "1.2.826.0.1.3680043.2.1125.777.1.3.2" }),
      { ...CASE_A, dayOffset: 0 },
    ).facts;
    const otherCase = deidentifyDicom(identifyingDicom({ instanceNumber: 1 }), { ...CASE_B, dayOffset: 0 }).facts;
    expect(second.studyInstanceUid).toBe(first.studyInstanceUid);
    expect(second.seriesInstanceUid).toBe(first.seriesInstanceUid);
    expect(second.sopInstanceUid).not.toBe(first.sopInstanceUid);
    expect(otherCase.studyInstanceUid).not.toBe(first.studyInstanceUid);
    expect(otherCase.seriesInstanceUid).not.toBe(first.seriesInstanceUid);
    expect(caseUid(CASE_A.caseSecret, ORIGINAL_UIDS[0]!)).toBe(first.studyInstanceUid);
    expect(first.studyInstanceUid!.length).toBeLessThanOrEqual(64);
  });

  it("keeps the studies' spacing: day 0 and day 120 land 120 days apart, whatever the real dates", () => {
    const day0 = deidentifyDicom(identifyingDicom({ studyDate: "20240311" }), { ...CASE_A, dayOffset: 0 });
    const day120 = deidentifyDicom(identifyingDicom({ studyDate: "20240709" }), { ...CASE_A, dayOffset: 120 });
    expect(day0.facts.studyDate).toBe("20000101");
    expect(dayNumber(day120.facts.studyDate!) - dayNumber(day0.facts.studyDate!)).toBe(120);
    const dict = read(day120.bytes).dict;
    for (const tag of ["00080021", "00080022", "00080023"]) expect(dict[tag]?.Value).toEqual(["20000430"]);
    expect(dict["0008002A"]?.Value).toEqual(["20000430101702.123"]); // time kept, UTC offset gone
    expect(dict["00080030"]?.Value).toEqual(["101530"]);
    const radiopharmaceutical = dict["00540016"]?.Value?.[0] as Record<string, { Value?: unknown[] }>;
    expect(radiopharmaceutical["00181078"]?.Value).toEqual(["20000430093000"]);
    expect(radiopharmaceutical["00181072"]?.Value).toEqual(["093000"]);
    expect((dict["00100030"]?.Value ?? []).filter(Boolean)).toEqual([]); // birth date emptied, never shifted
  });

  it("writes ages over 89 as 090Y", () => {
    expect(read(deidentifyDicom(identifyingDicom({ age: "092Y" }), { ...CASE_A, dayOffset: 0 }).bytes).dict["00101010"]?.Value).toEqual(["090Y"]);
    expect(read(deidentifyDicom(identifyingDicom({ age: "045Y" }), { ...CASE_A, dayOffset: 0 }).bytes).dict["00101010"]?.Value).toEqual(["045Y"]);
    expect(capPatientAge("089Y")).toBe("089Y");
    expect(capPatientAge("090Y")).toBe("090Y");
    expect(capPatientAge("1100M")).toBeNull();
    expect(capPatientAge("999M")).toBe("999M"); // 83 years
    expect(capPatientAge("5000D")).toBeNull();
  });

  it("flags burned-in annotation and modalities that usually carry it for review", () => {
    expect(deidentifyDicom(identifyingDicom({ burnedIn: "YES" }), { ...CASE_A, dayOffset: 0 }).needsReview).toBe(true);
    const ultrasound = deidentifyDicom(identifyingDicom({ modality: "US" }), { ...CASE_A, dayOffset: 0 });
    expect(ultrasound.needsReview).toBe(true);
    expect(ultrasound.reviewReasons.join(" ")).toMatch(/US/);
  });

  it("handles implicit VR little endian files", () => {
    const result = deidentifyDicom(identifyingDicom({ implicit: true }), { ...CASE_A, dayOffset: 0 });
    expect(containsText(result.bytes, "Thistlewood")).toBe(false);
    expect(result.facts.transferSyntaxUid).toBe("1.2.840.10008.1.2");
  });

  it("handles compressed (encapsulated) pixel data and keeps its fragments intact", () => {
    const dict = new dcmjs.data.DicomDict({
      "00020001": { vr: "OB", Value: [new Uint8Array([0, 1]).buffer] },
      "00020002": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.7"] },
      "00020003": { vr: "UI", Value: ["1.2.826.0.1.3680043.9.1"] },
      "00020010": { vr: "UI", Value: ["1.2.840.10008.1.2.4.50"] }, // JPEG baseline
    });
    const jpegFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    dict.dict = {
      "00080016": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.7"] },
      "00080018": { vr: "UI", Value: ["1.2.826.0.1.3680043.9.1"] },
      "00080060": { vr: "CS", Value: ["SC"] },
      "00100010": { vr: "PN", Value: [{ Alphabetic: IDENTIFIERS.patientName }] },
      "00280010": { vr: "US", Value: [2] },
      "00280011": { vr: "US", Value: [2] },
      "7FE00010": { vr: "OB", Value: [jpegFrame.buffer] },
    };
    const input = new Uint8Array(dict.write());
    const result = deidentifyDicom(input, { ...CASE_A, dayOffset: 0 });
    expect(containsText(result.bytes, "Thistlewood")).toBe(false);
    expect(result.facts.transferSyntaxUid).toBe("1.2.840.10008.1.2.4.50");
    expect(result.needsReview).toBe(true); // SC: secondary capture, often a screenshot with text
    const frames = read(result.bytes).dict["7FE00010"]?.Value as ArrayBuffer[];
    expect(frames.map((frame) => Array.from(new Uint8Array(frame)))).toEqual([Array.from(jpegFrame)]);
  });

  it("refuses a file without pixel data, a truncated file and absurd declared lengths with typed errors", () => {
    const context = { ...CASE_A, dayOffset: 0 };
    const codeOf = (bytes: Uint8Array) => {
      try {
        deidentifyDicom(bytes, context);
        return "accepted";
      } catch (error) {
        if (!(error instanceof ImageError)) throw error;
        return error.code;
      }
    };
    expect(codeOf(identifyingDicom({ withPixels: false }))).toBe("dicom_no_pixel_data");
    const whole = identifyingDicom();
    expect(codeOf(whole.subarray(0, whole.length - 10))).toBe("dicom_damaged");
    expect(codeOf(whole.subarray(0, 150))).toBe("dicom_damaged");

    const huge = Buffer.from(whole);
    const pixelTag = huge.indexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x57]));
    huge.writeUInt32LE(0xfffffff0, pixelTag + 8);
    expect(codeOf(huge)).toBe("dicom_damaged");

    const longName = Buffer.from(whole);
    const nameTag = longName.indexOf(Buffer.from([0x10, 0x00, 0x10, 0x00, 0x50, 0x4e]));
    longName.writeUInt16LE(0xfff0, nameTag + 6);
    expect(codeOf(longName)).toBe("dicom_damaged");

    // An unknown VR: dcmjs reads it as UN with a 4-byte length, so it and a 2-byte reading disagree.
    // A fuzzed file like this made dcmjs create a 1.5 GB value and spend minutes writing it back;
    // the bounds walk refuses it first.
    const unknownVr = Buffer.from(whole);
    const positionTag = unknownVr.indexOf(Buffer.from([0x20, 0x00, 0x32, 0x00, 0x44, 0x53]));
    unknownVr.write("ES", positionTag + 4, "latin1");
    const started = Date.now();
    expect(codeOf(unknownVr)).toBe("dicom_damaged");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("the profile table", () => {
  it("names each tag by its DICOM keyword, once, and every tag is in the DICOM dictionary", () => {
    const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;
    const mismatched = DICOM_PROFILE_ROWS.filter(({ tag, keyword }) => {
      const entry = dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`];
      // Retired attributes (still de-identified: old files carry them) are prefixed by dcmjs.
      return entry !== undefined && entry.name.replace(/^RETIRED_/, "") !== keyword;
    }).map(({ tag, keyword }) => `${tag} ${keyword}`);
    expect(mismatched).toEqual([]);
    const unknown = DICOM_PROFILE_ROWS.filter(({ tag }) => !dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`]).map(({ tag }) => tag);
    expect(unknown).toEqual([]);
    expect(new Set(DICOM_PROFILE_ROWS.map(({ tag }) => tag)).size).toBe(DICOM_PROFILE_ROWS.length);
  });

  it("cleans descriptors of dates, numbers and names", () => {
    expect(cleanDescriptor("Sag STIR 20240311")).toBe("Sag STIR");
    expect(cleanDescriptor("Cor T1 Smith^John 11/03/2024")).toBe("Cor T1");
    expect(cleanDescriptor("Ax PD FS 3mm")).toBe("Ax PD FS 3mm");
  });
});
