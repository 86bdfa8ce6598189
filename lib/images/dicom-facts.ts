// What the caller needs to know about a de-identified instance: series grouping, slice order,
// geometry and display defaults. Read from the dataset after de-identification, so every UID
// here is the case's replacement, never the original.
import type { DicomDataset } from "dcmjs";

export type DicomFacts = {
  studyInstanceUid: string | null;
  seriesInstanceUid: string | null;
  sopInstanceUid: string;
  sopClassUid: string | null;
  transferSyntaxUid: string;
  modality: string | null;
  seriesDescription: string | null;
  seriesNumber: number | null;
  instanceNumber: number | null;
  /** (0020,0032): x, y, z of the first pixel, in mm. */
  imagePositionPatient: [number, number, number] | null;
  /** (0020,0037): row direction cosines then column direction cosines. */
  imageOrientationPatient: [number, number, number, number, number, number] | null;
  pixelSpacing: [number, number] | null;
  sliceThickness: number | null;
  rows: number | null;
  columns: number | null;
  numberOfFrames: number;
  bitsAllocated: number | null;
  photometricInterpretation: string | null;
  /** First window of (0028,1050)/(0028,1051) when present. */
  windowCenter: number | null;
  windowWidth: number | null;
  /** The study date after shifting: origin + dayOffset. */
  studyDate: string | null;
};

function values(dataset: DicomDataset, tag: string): unknown[] {
  return dataset[tag]?.Value ?? [];
}
function textOf(dataset: DicomDataset, tag: string): string | null {
  const value = values(dataset, tag)[0];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}
function numberOf(dataset: DicomDataset, tag: string): number | null {
  const value = Number(values(dataset, tag)[0]);
  return values(dataset, tag).length > 0 && Number.isFinite(value) ? value : null;
}
function numbersOf<N extends number>(dataset: DicomDataset, tag: string, count: N): number[] | null {
  const list = values(dataset, tag).map(Number);
  return list.length === count && list.every(Number.isFinite) ? list : null;
}

export function readDicomFacts(dataset: DicomDataset, transferSyntaxUid: string): DicomFacts {
  return {
    studyInstanceUid: textOf(dataset, "0020000D"),
    seriesInstanceUid: textOf(dataset, "0020000E"),
    sopInstanceUid: textOf(dataset, "00080018") ?? "",
    sopClassUid: textOf(dataset, "00080016"),
    transferSyntaxUid,
    modality: textOf(dataset, "00080060"),
    seriesDescription: textOf(dataset, "0008103E"),
    seriesNumber: numberOf(dataset, "00200011"),
    instanceNumber: numberOf(dataset, "00200013"),
    imagePositionPatient: numbersOf(dataset, "00200032", 3) as DicomFacts["imagePositionPatient"],
    imageOrientationPatient: numbersOf(dataset, "00200037", 6) as DicomFacts["imageOrientationPatient"],
    pixelSpacing: numbersOf(dataset, "00280030", 2) as DicomFacts["pixelSpacing"],
    sliceThickness: numberOf(dataset, "00180050"),
    rows: numberOf(dataset, "00280010"),
    columns: numberOf(dataset, "00280011"),
    numberOfFrames: Math.max(1, numberOf(dataset, "00280008") ?? 1),
    bitsAllocated: numberOf(dataset, "00280100"),
    photometricInterpretation: textOf(dataset, "00280004"),
    windowCenter: numberOf(dataset, "00281050"),
    windowWidth: numberOf(dataset, "00281051"),
    studyDate: textOf(dataset, "00080020"),
  };
}
