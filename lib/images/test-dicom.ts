// Test support (not a test file): DICOM files that carry everything a real one might identify a
// patient by, built with dcmjs so the tests use real Part 10 bytes.
import dcmjs, { type DicomDataset } from "dcmjs";

const { DicomDict } = dcmjs.data;

export const IDENTIFIERS = {
  patientName: "Thistlewood^Margaret",
  patientId: "MRN99887766",
  birthDate: "19340215",
  institution: "St Elsewhere General Hospital",
  institutionAddress: "12 Harley Street London",
  referringPhysician: "Quill^Samuel",
  performingPhysician: "Okonkwo^Ada",
  operator: "Techwright^Tina",
  accession: "ACC5551234",
  studyId: "STUDY777",
  privateText: "private note about Thistlewood",
  privateCreator: "ACME_PRIVATE_1",
  imageComment: "scan of Margaret at home visit",
  stationName: "MRI-SUITE-HARLEY",
  deviceSerial: "SN-0042-9911",
};

export type FixtureOptions = {
  studyUid?: string;
  seriesUid?: string;
  sopUid?: string;
  frameOfReferenceUid?: string;
  studyDate?: string;
  instanceNumber?: number;
  position?: [number, number, number];
  orientation?: [number, number, number, number, number, number];
  age?: string;
  modality?: string;
  burnedIn?: "YES" | "NO";
  withPixels?: boolean;
  implicit?: boolean;
  seriesDescription?: string;
};

export function identifyingDicom(options: FixtureOptions = {}): Uint8Array {
  const studyUid = options.studyUid ?? "1.2.826.0.1.3680043.2.1125.777.1";
  const sopUid = options.sopUid ?? "1.2.826.0.1.3680043.2.1125.777.1.3.1";
  const date = options.studyDate ?? "20240311";
  const transferSyntax = options.implicit ? "1.2.840.10008.1.2" : "1.2.840.10008.1.2.1";
  const dict = new DicomDict({
    "00020001": { vr: "OB", Value: [new Uint8Array([0, 1]).buffer] },
    "00020002": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.4"] },
    "00020003": { vr: "UI", Value: [sopUid] },
    "00020010": { vr: "UI", Value: [transferSyntax] },
    "00020016": { vr: "AE", Value: ["HARLEYPACS"] },
  });
  const dataset: DicomDataset = {
    "00080000": { vr: "UL", Value: [4242] }, // a retired group length, wrong as soon as anything goes
    "00080016": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.4"] },
    "00080018": { vr: "UI", Value: [sopUid] },
    "00080020": { vr: "DA", Value: [date] },
    "00080021": { vr: "DA", Value: [date] },
    "00080022": { vr: "DA", Value: [date] },
    "00080023": { vr: "DA", Value: [date] },
    "0008002A": { vr: "DT", Value: [`${date}101702.123+0100`] },
    "00080030": { vr: "TM", Value: ["101530"] },
    "00080050": { vr: "SH", Value: [IDENTIFIERS.accession] },
    "00080060": { vr: "CS", Value: [options.modality ?? "MR"] },
    "00080080": { vr: "LO", Value: [IDENTIFIERS.institution] },
    "00080081": { vr: "ST", Value: [IDENTIFIERS.institutionAddress] },
    "00080090": { vr: "PN", Value: [{ Alphabetic: IDENTIFIERS.referringPhysician }] },
    "00081010": { vr: "SH", Value: [IDENTIFIERS.stationName] },
    "0008103E": { vr: "LO", Value: [options.seriesDescription ?? `Sag STIR ${date}`] },
    "00081050": { vr: "PN", Value: [{ Alphabetic: IDENTIFIERS.performingPhysician }] },
    "00081070": { vr: "PN", Value: [{ Alphabetic: IDENTIFIERS.operator }] },
    "00081140": {
      vr: "SQ",
      Value: [
        {
          "00081150": { vr: "UI", Value: ["1.2.840.10008.5.1.4.1.1.4"] },
          "00081155": { vr: "UI", Value: [`${studyUid}.3.999`] },
          "00291010": { vr: "LO", Value: ["nested private note on Thistlewood"] },
        },
      ],
    },
    // A sequence the profile does not list: kept, with the rules applied inside its items.
    "00540016": {
      vr: "SQ",
      Value: [{ "00181078": { vr: "DT", Value: [`${date}093000`] }, "00181072": { vr: "TM", Value: ["093000"] }, "0040A123": { vr: "PN", Value: [{ Alphabetic: "Nurse^Nelly" }] } }],
    },
    "00090010": { vr: "LO", Value: [IDENTIFIERS.privateCreator] },
    "00091010": { vr: "LO", Value: [IDENTIFIERS.privateText] },
    "00100010": { vr: "PN", Value: [{ Alphabetic: IDENTIFIERS.patientName }] },
    "00100020": { vr: "LO", Value: [IDENTIFIERS.patientId] },
    "00100030": { vr: "DA", Value: [IDENTIFIERS.birthDate] },
    "00100040": { vr: "CS", Value: ["F"] },
    "00101010": { vr: "AS", Value: [options.age ?? "092Y"] },
    "00181000": { vr: "LO", Value: [IDENTIFIERS.deviceSerial] },
    "00180050": { vr: "DS", Value: [3] },
    "0020000D": { vr: "UI", Value: [studyUid] },
    "0020000E": { vr: "UI", Value: [options.seriesUid ?? `${studyUid}.2`] },
    "00200010": { vr: "SH", Value: [IDENTIFIERS.studyId] },
    "00200011": { vr: "IS", Value: [3] },
    "00200013": { vr: "IS", Value: [options.instanceNumber ?? 1] },
    "00200032": { vr: "DS", Value: options.position ?? [-40, -60, 10] },
    "00200037": { vr: "DS", Value: options.orientation ?? [0, 1, 0, 0, 0, -1] },
    "00200052": { vr: "UI", Value: [options.frameOfReferenceUid ?? `${studyUid}.4`] },
    "00204000": { vr: "LT", Value: [IDENTIFIERS.imageComment] },
    "00280002": { vr: "US", Value: [1] },
    "00280004": { vr: "CS", Value: ["MONOCHROME2"] },
    "00280010": { vr: "US", Value: [4] },
    "00280011": { vr: "US", Value: [4] },
    "00280030": { vr: "DS", Value: [0.5, 0.5] },
    "00280100": { vr: "US", Value: [16] },
    "00280101": { vr: "US", Value: [12] },
    "00280102": { vr: "US", Value: [11] },
    "00280103": { vr: "US", Value: [0] },
    "00281050": { vr: "DS", Value: [300] },
    "00281051": { vr: "DS", Value: [800] },
    "60003000": { vr: "OW", Value: [new TextEncoder().encode("OVERLAY Thistlewood ").buffer] },
  };
  if (options.burnedIn) dataset["00280301"] = { vr: "CS", Value: [options.burnedIn] };
  if (options.withPixels !== false) {
    dataset["7FE00010"] = { vr: "OW", Value: [new Uint16Array(Array.from({ length: 16 }, (_, index) => index * 200)).buffer] };
  }
  dict.dict = dataset;
  return new Uint8Array(dict.write());
}

export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, "latin1"));
}
