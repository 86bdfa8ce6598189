import { describe, expect, it } from "vitest";
import { filterCases } from "./case-filter";

const cases = [
  { title: "Unknown case", region: "Knee", teaser: "Footballer with locking after a twisting injury", tags: [], authorName: "Dr Résident" },
  { title: "Medial meniscus tear", region: "Knee", teaser: "Runner with medial joint line pain", tags: ["meniscus", "MRI"], authorName: "Dr Attending" },
  { title: "Second metatarsal stress fracture", region: "Foot", teaser: "Runner with forefoot pain", tags: ["stress-fracture"], authorName: "Dr Attending" },
];

describe("filterCases (issue 26 item 12)", () => {
  it("matches every word anywhere inside the words of title, region, tags, teaser and author", () => {
    expect(filterCases(cases, "medial meniscus tear").map((c) => c.title)).toEqual(["Medial meniscus tear"]);
    expect(filterCases(cases, "menisc").map((c) => c.title)).toEqual(["Medial meniscus tear"]);
    expect(filterCases(cases, "tarsal").map((c) => c.title)).toEqual(["Second metatarsal stress fracture"]);
    expect(filterCases(cases, "stress fracture").map((c) => c.title)).toEqual(["Second metatarsal stress fracture"]);
  });
  it("finds an unknown case by its presentation and author, ignoring accents and case", () => {
    expect(filterCases(cases, "LOCKING resident").map((c) => c.title)).toEqual(["Unknown case"]);
  });
  it("returns nothing when a word matches nowhere, everything for an empty query", () => {
    expect(filterCases(cases, "meniscus wrist")).toEqual([]);
    expect(filterCases(cases, "  ")).toHaveLength(3);
  });
});
