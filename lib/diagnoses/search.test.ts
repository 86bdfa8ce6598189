import { describe, expect, it } from "vitest";
import { DIAGNOSIS_CATALOGUE } from "./catalogue";
import { normalise, searchDiagnoses } from "./search";

const entries = DIAGNOSIS_CATALOGUE.map((entry) => ({ id: entry.slug, name: entry.name, synonyms: entry.synonyms }));
const top = (query: string) => searchDiagnoses(entries, query)[0]?.id;

describe("searchDiagnoses", () => {
  it.each([
    ["transient osteoporosis", "transient-bone-marrow-oedema"],
    ["Transient bone marrow edema syndrome", "transient-bone-marrow-oedema"],
    ["TRANSIENT OSTEOPOROSIS", "transient-bone-marrow-oedema"],
    ["transiant osteoporosis", "transient-bone-marrow-oedema"],
    ["osteonecorsis", "osteonecrosis"],
    ["reflex sympathetic dystrophy", "complex-regional-pain-syndrome"],
    ["CRPS", "complex-regional-pain-syndrome"],
    ["freiberg", "freiberg-infraction"],
    ["kienbock", "kienbock-disease"],
    ["Kienböck", "kienbock-disease"],
    ["march fracture", "metatarsal-stress-fracture"],
    // The full catalogue (every MDT): abbreviations, American spellings, typos.
    ["pulmonary embolism", "pulmonary-embolism"],
    ["PE", "pulmonary-embolism"],
    ["appendicitis", "appendicitis"],
    ["glioblastoma", "glioblastoma"],
    ["GBM", "glioblastoma"],
    ["NSCLC", "non-small-cell-lung-cancer"],
    ["pulmonary edema", "pulmonary-oedema"],
    ["subarachnoid hemorrhage", "subarachnoid-haemorrhage"],
    ["wilms tumor", "wilms-tumour"],
    ["esophageal cancer", "oesophageal-cancer"],
    ["hepatocelular carcinoma", "hepatocellular-carcinoma"],
    ["Sjogren", "sjogren-syndrome"],
  ])("%s finds %s first", (query, slug) => {
    const found = entries.find((entry) => entry.id === slug);
    expect(found, `${slug} is in the catalogue`).toBeDefined();
    expect(top(query)).toBe(slug);
  });

  it("says which synonym matched", () => {
    expect(searchDiagnoses(entries, "transient osteoporosis")[0]?.matched?.toLowerCase()).toContain("transient osteoporosis");
  });

  it("finds nothing for nonsense and for an empty query", () => {
    expect(searchDiagnoses(entries, "qwxzv")).toEqual([]);
    expect(searchDiagnoses(entries, "   ")).toEqual([]);
  });

  it("normalises accents, case and punctuation", () => {
    expect(normalise("Ahlbäck's  DISEASE")).toBe("ahlback s disease");
  });
});
