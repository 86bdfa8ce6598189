// Groups de-identified DICOM instances into series and orders each series' slices by where they
// are in the patient, never by file name or upload order when the files say better.
import type { DicomFacts } from "./dicom-facts";

export type SliceFacts = Pick<
  DicomFacts,
  "seriesInstanceUid" | "seriesDescription" | "seriesNumber" | "modality" | "instanceNumber" | "imagePositionPatient" | "imageOrientationPatient"
>;

export type SeriesGroup<T extends SliceFacts> = {
  /** Null groups the instances that had no Series Instance UID at all. */
  seriesInstanceUid: string | null;
  seriesDescription: string | null;
  seriesNumber: number | null;
  modality: string | null;
  /** How the slices were ordered, so the viewer can say so when it is not geometry. */
  orderedBy: "geometry" | "instance-number" | "upload";
  slices: T[];
};

type Vector = [number, number, number];
const cross = (a: Vector, b: Vector): Vector => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
/** Cosines written by scanners are rounded; parallel planes agree to about 1e-4. */
const ORIENTATION_TOLERANCE = 1e-3;

function sliceNormal(orientation: NonNullable<SliceFacts["imageOrientationPatient"]>): Vector {
  return cross([orientation[0], orientation[1], orientation[2]], [orientation[3], orientation[4], orientation[5]]);
}

/**
 * Slice order within one series:
 * 1. geometry, when every slice has a position and the same orientation: ascending projection of
 *    Image Position (Patient) onto the slice normal (row cosines x column cosines), which is how
 *    the slices lie in space whatever the scanner numbered them;
 * 2. otherwise Instance Number (slices without one last);
 * 3. otherwise the order they arrived in.
 * Ties keep arrival order (the sort is stable).
 */
export function orderSlices<T extends SliceFacts>(slices: readonly T[]): { orderedBy: SeriesGroup<T>["orderedBy"]; slices: T[] } {
  const first = slices[0]?.imageOrientationPatient;
  const sameOrientation =
    first != null &&
    slices.every(
      (slice) =>
        slice.imagePositionPatient != null &&
        slice.imageOrientationPatient != null &&
        slice.imageOrientationPatient.every((value, index) => Math.abs(value - first[index]!) < ORIENTATION_TOLERANCE),
    );
  if (sameOrientation && slices.length > 0) {
    const normal = sliceNormal(first);
    const keyed = slices.map((slice) => ({ slice, distance: dot(slice.imagePositionPatient!, normal) }));
    // Distinct positions only: several frames at one place (e.g. a time series) need instance order.
    if (new Set(keyed.map(({ distance }) => distance.toFixed(3))).size === keyed.length) {
      keyed.sort((a, b) => a.distance - b.distance || (a.slice.instanceNumber ?? 0) - (b.slice.instanceNumber ?? 0));
      return { orderedBy: "geometry", slices: keyed.map(({ slice }) => slice) };
    }
  }
  if (slices.some((slice) => slice.instanceNumber != null)) {
    const ordered = [...slices].sort((a, b) => (a.instanceNumber ?? Infinity) - (b.instanceNumber ?? Infinity));
    return { orderedBy: "instance-number", slices: ordered };
  }
  return { orderedBy: "upload", slices: [...slices] };
}

/** Groups instances by Series Instance UID; series come out by Series Number, then description. */
export function groupIntoSeries<T extends SliceFacts>(instances: readonly T[]): SeriesGroup<T>[] {
  const bySeries = new Map<string | null, T[]>();
  for (const instance of instances) {
    const key = instance.seriesInstanceUid ?? null;
    bySeries.set(key, [...(bySeries.get(key) ?? []), instance]);
  }
  const groups = [...bySeries].map(([seriesInstanceUid, members]): SeriesGroup<T> => {
    const described = members.find((member) => member.seriesDescription) ?? members[0]!;
    return {
      seriesInstanceUid,
      seriesDescription: described.seriesDescription ?? null,
      seriesNumber: members.find((member) => member.seriesNumber != null)?.seriesNumber ?? null,
      modality: members.find((member) => member.modality)?.modality ?? null,
      ...orderSlices(members),
    };
  });
  return groups.sort(
    (a, b) =>
      (a.seriesNumber ?? Infinity) - (b.seriesNumber ?? Infinity) ||
      (a.seriesDescription ?? "").localeCompare(b.seriesDescription ?? ""),
  );
}
