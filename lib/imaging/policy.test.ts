import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { canSeeStudyImages, imageEditProblem } from "./policy";
import { imageAlt, keyImageOf, type SeriesView } from "./view";

const viewer = (id: string, extra: Partial<Viewer> = {}): Viewer => ({ id, name: id, email: `${id}@x.test`, role: "clinician", teamIds: [], ...extra });
const author = viewer("author");
const reader = viewer("reader");
const kase = { authorId: "author", status: "open" as const, visibility: "institution" as const, teamId: null, locked: false };

describe("imageEditProblem", () => {
  it("lets the author change images of an open case, and refuses the others with the right code", () => {
    expect(imageEditProblem(author, kase)).toBeNull();
    expect(imageEditProblem(reader, kase)?.code).toBe("forbidden");
    expect(imageEditProblem(reader, { ...kase, status: "draft" })?.code).toBe("not_found");
    expect(imageEditProblem(null, kase)?.code).toBe("not_found");
    expect(imageEditProblem(author, { ...kase, status: "archived" })).toMatchObject({ code: "conflict", message: expect.stringMatching(/archived/) });
    expect(imageEditProblem(author, { ...kase, locked: true })).toMatchObject({ code: "conflict", message: expect.stringMatching(/locked/) });
  });
});

describe("canSeeStudyImages", () => {
  const image = { needsReview: false };
  it("follows the case, hides held-back images from readers, and gates a live conference's audience", () => {
    expect(canSeeStudyImages(reader, kase, image, null)).toBe(true);
    expect(canSeeStudyImages(reader, { ...kase, visibility: "team", teamId: "t" }, image, null)).toBe(false);
    expect(canSeeStudyImages(viewer("member", { teamIds: ["t"] }), { ...kase, visibility: "team", teamId: "t" }, image, null)).toBe(true);
    expect(canSeeStudyImages(reader, kase, { needsReview: true }, null)).toBe(false);
    expect(canSeeStudyImages(author, kase, { needsReview: true }, null)).toBe(true);
    expect(canSeeStudyImages(reader, kase, image, { reachedStep: 1, studyStep: 2 })).toBe(false);
    expect(canSeeStudyImages(reader, kase, image, { reachedStep: 2, studyStep: 2 })).toBe(true);
    expect(canSeeStudyImages(author, kase, image, { reachedStep: -1, studyStep: 2 })).toBe(true);
  });
});

describe("view helpers", () => {
  const series: SeriesView = {
    id: "s", name: "Sag STIR", position: 0, modality: "MR", orderedBy: "geometry", needsReview: false,
    images: [0, 1, 2].map((position) => ({ id: `i${position}`, version: "v1", position, width: 8, height: 8, isKey: position === 1, caption: position === 1 ? "Oedema" : "", needsReview: false })),
  };
  it("names a slice by its caption, else its series and place; a study by its first key image", () => {
    expect(imageAlt(series, 0)).toBe("Sag STIR, slice 1 of 3");
    expect(imageAlt(series, 1)).toBe("Oedema");
    expect(keyImageOf([series])).toEqual({ series, index: 1 });
    expect(keyImageOf([{ ...series, images: series.images.map((image) => ({ ...image, isKey: false })) }])?.index).toBe(0);
    expect(keyImageOf([])).toBeNull();
  });
});
