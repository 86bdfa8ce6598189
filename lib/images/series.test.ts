import { describe, expect, it } from "vitest";
import { groupIntoSeries, orderSlices, type SliceFacts } from "./series";

const SAGITTAL: SliceFacts["imageOrientationPatient"] = [0, 1, 0, 0, 0, -1];
const AXIAL: SliceFacts["imageOrientationPatient"] = [1, 0, 0, 0, 1, 0];

function slice(overrides: Partial<SliceFacts> & { label: string }): SliceFacts & { label: string } {
  return {
    seriesInstanceUid: "2.25.1",
    seriesDescription: "Sag STIR",
    seriesNumber: 3,
    modality: "MR",
    instanceNumber: null,
    imagePositionPatient: null,
    imageOrientationPatient: null,
    ...overrides,
  };
}

describe("orderSlices", () => {
  it("orders by position along the slice normal, whatever the instance numbers say", () => {
    // Sagittal: the normal is row x column = (-1, 0, 0), so larger x comes first.
    const slices = [
      slice({ label: "x=0", imagePositionPatient: [0, -50, 20], imageOrientationPatient: SAGITTAL, instanceNumber: 1 }),
      slice({ label: "x=8", imagePositionPatient: [8, -50, 20], imageOrientationPatient: SAGITTAL, instanceNumber: 2 }),
      slice({ label: "x=4", imagePositionPatient: [4, -50, 20], imageOrientationPatient: SAGITTAL, instanceNumber: 3 }),
    ];
    const ordered = orderSlices(slices);
    expect(ordered.orderedBy).toBe("geometry");
    expect(ordered.slices.map((item) => item.label)).toEqual(["x=8", "x=4", "x=0"]);
  });

  it("orders axial slices by z, ignoring in-plane shifts", () => {
    const slices = [
      slice({ label: "z=10", imagePositionPatient: [-100, -100, 10], imageOrientationPatient: AXIAL }),
      slice({ label: "z=-5", imagePositionPatient: [-90, -120, -5], imageOrientationPatient: AXIAL }),
      slice({ label: "z=2.5", imagePositionPatient: [-100, -100, 2.5], imageOrientationPatient: AXIAL }),
    ];
    expect(orderSlices(slices).slices.map((item) => item.label)).toEqual(["z=-5", "z=2.5", "z=10"]);
  });

  it("falls back to instance number when geometry is missing or orientations differ", () => {
    const slices = [
      slice({ label: "third", instanceNumber: 3, imagePositionPatient: [0, 0, 0], imageOrientationPatient: AXIAL }),
      slice({ label: "first", instanceNumber: 1, imagePositionPatient: [0, 0, 5], imageOrientationPatient: SAGITTAL }),
      slice({ label: "none", instanceNumber: null }),
      slice({ label: "second", instanceNumber: 2 }),
    ];
    const ordered = orderSlices(slices);
    expect(ordered.orderedBy).toBe("instance-number");
    expect(ordered.slices.map((item) => item.label)).toEqual(["first", "second", "third", "none"]);
  });

  it("keeps upload order when nothing else is known", () => {
    const ordered = orderSlices([slice({ label: "b" }), slice({ label: "a" })]);
    expect(ordered).toMatchObject({ orderedBy: "upload" });
    expect(ordered.slices.map((item) => item.label)).toEqual(["b", "a"]);
  });
});

describe("groupIntoSeries", () => {
  it("groups by series UID and orders series by number", () => {
    const groups = groupIntoSeries([
      slice({ label: "t1-b", seriesInstanceUid: "2.25.9", seriesNumber: 5, seriesDescription: "Cor T1", instanceNumber: 2 }),
      slice({ label: "stir", instanceNumber: 1 }),
      slice({ label: "t1-a", seriesInstanceUid: "2.25.9", seriesNumber: 5, seriesDescription: "Cor T1", instanceNumber: 1 }),
    ]);
    expect(groups.map((group) => [group.seriesDescription, group.slices.map((item) => item.label)])).toEqual([
      ["Sag STIR", ["stir"]],
      ["Cor T1", ["t1-a", "t1-b"]],
    ]);
  });
});
