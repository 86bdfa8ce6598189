// DICOM de-identification: PS3.15's Basic Application Level Confidentiality Profile (the table in
// dicom-profile.ts) with the Modified Dates, Patient Characteristics and Clean Descriptors options,
// applied by one function. Bytes in, de-identified Part 10 bytes and the facts a viewer needs out.
import dcmjs, { type DicomDataset, type DicomElement } from "dcmjs";
import { z } from "zod";
import { ImageError } from "./errors";
import { DICOM_PROFILE, resolveAction } from "./dicom-profile";
import { capPatientAge, caseUid, cleanDescriptor, dateShifter, isStandardUid } from "./dicom-rules";
import { checkDicomStructure } from "./dicom-structure";
import { readDicomFacts, type DicomFacts } from "./dicom-facts";

// dcmjs logs parse warnings to the console; the problems that matter are found by our own checks.
dcmjs.log.setLevel("silent");
dcmjs.log.getLogger("validation.dcmjs").setLevel("silent");
const { DicomDict, DicomMessage, DicomMetaDictionary } = dcmjs.data;

export type { DicomFacts } from "./dicom-facts";

export const dicomCaseContextSchema = z.object({
  /** Per-case secret (at least 16 bytes/characters) from which replacement UIDs are derived. */
  caseSecret: z.union([z.string().min(16), z.instanceof(Uint8Array).refine((bytes) => bytes.length >= 16, "at least 16 bytes")]),
  /** The case's fixed "day 0" as YYYY-MM-DD; not a real date of anything. */
  originDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The study's day offset from presentation (Study.dayOffset). */
  dayOffset: z.number().int().min(-36_600).max(36_600),
});
export type DicomCaseContext = z.infer<typeof dicomCaseContextSchema>;

export type DeidentifiedDicom = {
  bytes: Uint8Array;
  contentType: "application/dicom";
  facts: DicomFacts;
  /** Pixels may carry burned-in text: hold the image until the author confirms or blacks it out. */
  needsReview: boolean;
  reviewReasons: string[];
};

/** Modalities whose pixels usually carry burned-in text (ultrasound, screen captures, photos, endoscopy). */
const BURNED_IN_MODALITIES = new Set(["US", "SC", "OT", "XC", "ES"]);
/** UIDs that name what a file is, not whose it is; kept even when outside the DICOM root. */
const KEPT_UID_TAGS = new Set(["00080016", "00081150", "0008010C", "00080118", "00020002", "00020010"]);
const NEVER_SHIFTED_DATES = new Set(["00100030"]); // PatientBirthDate: emptied (Z), never moved
const IMPLEMENTATION_CLASS_UID = caseUid("rounds-implementation-class-uid", "1");
const DEIDENTIFICATION_METHODS: [string, string][] = [
  ["113100", "Basic Application Confidentiality Profile"],
  ["113105", "Clean Descriptors Option"],
  ["113107", "Retain Longitudinal Temporal Information Modified Dates Option"],
  ["113108", "Retain Patient Characteristics Option"],
];

const isSequenceTag = (tag: string) => DicomMetaDictionary.dictionary[`(${tag.slice(0, 4)},${tag.slice(4)})`]?.vr === "SQ";
const text = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));
const firstText = (dataset: DicomDataset, tag: string) => {
  const value = dataset[tag]?.Value?.[0];
  return value === undefined ? undefined : text(value).trim() || undefined;
};

function binaryByteCount(dataset: DicomDataset): number {
  let total = 0;
  for (const element of Object.values(dataset)) {
    for (const value of element.Value ?? []) {
      if (value instanceof ArrayBuffer) total += value.byteLength;
      else if (ArrayBuffer.isView(value)) total += value.byteLength;
      else if (element.vr === "SQ" && value && typeof value === "object") total += binaryByteCount(value as DicomDataset);
    }
  }
  return total;
}

type Rules = { uid: (uid: string) => string; shift: ReturnType<typeof dateShifter> };

function dummyFor(vr: string, rules: Rules): DicomElement {
  if (vr === "PN") return { vr, Value: [{ Alphabetic: "ANONYMIZED" }] };
  if (vr === "SQ") return { vr, Value: [] };
  if (vr === "DA") return { vr, Value: [rules.shift.targetDate] };
  if (["LO", "SH", "LT", "ST", "UT", "UC", "CS", "AE"].includes(vr)) return { vr, Value: ["ANONYMIZED"] };
  return { vr, Value: [] };
}

function isRemovedByRule(tag: string): boolean {
  const group = parseInt(tag.slice(0, 4), 16);
  const element = parseInt(tag.slice(4), 16);
  if (group % 2 === 1) return true; // private attributes
  if (group === 0x0000 || group === 0x0002) return true; // command group; meta is rebuilt
  if (element === 0x0000) return true; // retired group lengths: stale once anything is removed
  if (group >= 0x5000 && group <= 0x50ff) return true; // curve data
  return group >= 0x6000 && group <= 0x60ff && (element === 0x3000 || element === 0x4000); // overlays
}

/** Applies the profile to a dataset and, recursively, to the items of every kept sequence. */
function applyProfile(dataset: DicomDataset, rules: Rules): void {
  for (const [tag, element] of Object.entries(dataset)) {
    if (isRemovedByRule(tag)) {
      delete dataset[tag];
      continue;
    }
    const entry = DICOM_PROFILE.get(tag);
    // Beyond the table: a person's name in an attribute the table does not know is emptied too.
    const action = entry ? resolveAction(entry) : element.vr === "PN" ? "Z" : "K";
    const values = element.Value ?? [];
    if (action === "X") delete dataset[tag];
    else if (action === "Z") dataset[tag] = { vr: element.vr, Value: [] };
    else if (action === "D") dataset[tag] = dummyFor(element.vr, rules);
    else if (element.vr === "SQ") for (const item of values) applyProfile(item as DicomDataset, rules);
    else if (element.vr === "UI" && !KEPT_UID_TAGS.has(tag)) {
      // Listed U attributes and any other instance UID: all replaced through the case's mapping.
      dataset[tag] = { vr: "UI", Value: values.map((uid) => (isStandardUid(text(uid)) ? text(uid) : rules.uid(text(uid)))) };
    } else if (element.vr === "DA" && !NEVER_SHIFTED_DATES.has(tag)) {
      dataset[tag] = { vr: "DA", Value: values.map((value) => rules.shift.date(text(value))) };
    } else if (element.vr === "DT") {
      dataset[tag] = { vr: "DT", Value: values.map((value) => rules.shift.dateTime(text(value))) };
    } else if (tag === "00101010") {
      const age = capPatientAge(text(values[0]));
      dataset[tag] = { vr: "AS", Value: age ? [age] : [] };
    } else if (action === "C" && element.vr !== "TM") {
      // Clean Descriptors (series description); times of day are unchanged by whole-day shifts.
      dataset[tag] = { vr: element.vr, Value: values.map((value) => cleanDescriptor(text(value))) };
    }
  }
}

function markDeidentified(dataset: DicomDataset): void {
  dataset["00120062"] = { vr: "CS", Value: ["YES"] };
  dataset["00120063"] = { vr: "LO", Value: ["Rounds: PS3.15 Basic Profile, options 113105 113107 113108"] };
  dataset["00120064"] = {
    vr: "SQ",
    Value: DEIDENTIFICATION_METHODS.map(([code, meaning]) => ({
      "00080100": { vr: "SH", Value: [code] },
      "00080102": { vr: "SH", Value: ["DCM"] },
      "00080104": { vr: "LO", Value: [meaning] },
    })),
  };
  dataset["00280303"] = { vr: "CS", Value: ["MODIFIED"] }; // Longitudinal Temporal Information Modified
  dataset["00100010"] = { vr: "PN", Value: [] };
  dataset["00100020"] = { vr: "LO", Value: [] };
}

/**
 * De-identifies one DICOM Part 10 file for a case. Throws ImageError for a damaged file, an
 * unsupported encoding or a file without pixel data; everything else about the input is trusted
 * only after checkDicomStructure has bounded every declared length.
 */
export function deidentifyDicom(bytes: Uint8Array, context: DicomCaseContext): DeidentifiedDicom {
  const { caseSecret, originDate, dayOffset } = dicomCaseContextSchema.parse(context);
  const structure = checkDicomStructure(bytes, isSequenceTag);
  if (!structure.hasPixelData) throw new ImageError("dicom_no_pixel_data", "DICOM without pixel data");

  let parsed: InstanceType<typeof DicomDict>;
  try {
    parsed = DicomMessage.readFile(bytes.slice().buffer as ArrayBuffer);
  } catch {
    throw new ImageError("dicom_damaged", "damaged DICOM file: it could not be read");
  }
  const dataset = parsed.dict;
  // Second lock behind the bounds walk: dcmjs answers a length it misreads with a buffer of that
  // size (1.5 GB for one fuzzed file, then minutes to write it back). Values can never add up to
  // more bytes than the file has.
  if (binaryByteCount(dataset) > bytes.length) throw new ImageError("dicom_damaged", "damaged DICOM file: its values are larger than the file");
  const modality = firstText(dataset, "00080060")?.toUpperCase();
  const reviewReasons: string[] = [];
  if (firstText(dataset, "00280301")?.toUpperCase() === "YES") reviewReasons.push("the file says its pixels carry burned-in annotation");
  if (modality && BURNED_IN_MODALITIES.has(modality)) reviewReasons.push(`${modality} images often carry burned-in text`);

  const anchor = firstText(dataset, "00080020") ?? firstText(dataset, "00080021") ?? firstText(dataset, "00080022") ?? firstText(dataset, "00080023");
  const rules: Rules = { uid: (uid) => caseUid(caseSecret, uid), shift: dateShifter(anchor, originDate, dayOffset) };
  applyProfile(dataset, rules);
  markDeidentified(dataset);

  const sopClassUid = firstText(dataset, "00080016") ?? firstText(parsed.meta, "00020002") ?? "";
  let sopInstanceUid = firstText(dataset, "00080018");
  if (!sopInstanceUid) {
    // Every stored instance needs its own UID; derive one from the content when the file had none.
    sopInstanceUid = rules.uid(`no-sop-instance-uid:${Buffer.from(bytes.subarray(0, 4096)).toString("base64")}`);
    dataset["00080018"] = { vr: "UI", Value: [sopInstanceUid] };
  }
  const output = new DicomDict({
    "00020001": { vr: "OB", Value: [new Uint8Array([0, 1]).buffer] },
    "00020002": { vr: "UI", Value: [sopClassUid] },
    "00020003": { vr: "UI", Value: [sopInstanceUid] },
    "00020010": { vr: "UI", Value: [structure.transferSyntaxUid] },
    "00020012": { vr: "UI", Value: [IMPLEMENTATION_CLASS_UID] },
    "00020013": { vr: "SH", Value: ["ROUNDS_DEID_1"] },
  });
  output.dict = dataset;
  let written: Uint8Array;
  try {
    written = new Uint8Array(output.write());
  } catch {
    throw new ImageError("dicom_damaged", "damaged DICOM file: it could not be rewritten");
  }
  // dcmjs writes a zeroed preamble; whatever the upload hid in its 128 bytes is gone.
  return {
    bytes: written,
    contentType: "application/dicom",
    facts: readDicomFacts(dataset, structure.transferSyntaxUid),
    needsReview: reviewReasons.length > 0,
    reviewReasons,
  };
}
