import { describe, expect, it } from "vitest";
import { buildSnippet, snippetHits } from "./snippet";
import { pluralVariants, spellingVariants, wordForms } from "./spelling";
import { highlightTerms, parseQuery, respelledQuery, respellings } from "./terms";

const CATALOGUE = [
  { id: "tbmes", name: "Transient bone marrow oedema syndrome", synonyms: ["Transient osteoporosis", "TBMES"] },
  { id: "pe", name: "Pulmonary embolism", synonyms: ["PE"] },
  { id: "onc", name: "Osteonecrosis", synonyms: ["Avascular necrosis", "AVN"] },
];

describe("spelling and plurals", () => {
  it("joins British and American spellings both ways", () => {
    expect(spellingVariants("oedema")).toContain("edema");
    expect(spellingVariants("edema")).toContain("oedema");
    expect(spellingVariants("haemorrhage")).toContain("hemorrhage");
    expect(spellingVariants("hemorrhage")).toContain("haemorrhage");
    expect(spellingVariants("tumour")).toContain("tumor");
    expect(spellingVariants("leukaemia")).toContain("leukemia");
    expect(spellingVariants("paediatric")).toContain("pediatric");
  });

  it("joins Latin and Greek plurals the stemmer keeps apart", () => {
    expect(pluralVariants("metastases")).toContain("metastasis");
    expect(pluralVariants("metastasis")).toContain("metastases");
    expect(pluralVariants("vertebrae")).toContain("vertebra");
    expect(wordForms("emboli")).toContain("embolus");
  });
});

describe("parseQuery", () => {
  it("makes one group per word, without stop words, each with its forms", () => {
    const parsed = parseQuery("Oedema of the talus", CATALOGUE);
    expect(parsed.groups.map((group) => group.typed)).toEqual(["oedema", "talus"]);
    expect(parsed.tsqueries[0]).toBe("((oedema | edema))");
  });

  it("expands a catalogue name or abbreviation to every synonym of the entity", () => {
    const parsed = parseQuery("tbmes talus", CATALOGUE);
    expect(parsed.groups[0]?.diagnosisId).toBe("tbmes");
    expect(parsed.tsqueries[0]).toContain("transient <-> (osteoporosis | osteoporoses)");
    expect(parsed.tsqueries[0]).toContain("(oedema | edema)");
    expect(parseQuery("transient bone marrow oedema syndrome", CATALOGUE).groups).toHaveLength(1);
  });

  it("adds the close catalogue word for a typo and keeps the typed word for trigram matching", () => {
    const parsed = parseQuery("osteonecorsis", CATALOGUE);
    expect(parsed.tsqueries[0]).toContain("osteonecrosis");
    expect(parsed.groups[0]?.fuzzy).toBe("osteonecorsis");
  });

  it("never lets tsquery syntax through", () => {
    const parsed = parseQuery("a & b | !c <-> ':*' (d)", CATALOGUE);
    for (const query of parsed.tsqueries) expect(query).toMatch(/^[a-z0-9 ()|<>-]*$/);
  });

  it("offers catalogue spellings of typed words, and parses the respelled query (a catalogue name may form)", () => {
    const parsed = parseQuery("pulmonery embolsm talus", CATALOGUE);
    const found = respellings(parsed, CATALOGUE);
    expect(found.map((entry) => [entry.typed, entry.word])).toEqual([["pulmonery", "pulmonary"], ["embolsm", "embolism"]]);
    expect(found[0]?.own).toBe("pulmonery");
    const both = respelledQuery("Pulmonery embolsm talus", found, CATALOGUE);
    expect(both?.text).toBe("pulmonary embolism talus");
    expect(both?.query.groups.map((group) => group.diagnosisId)).toEqual(["pe", null]);
    expect(respelledQuery("pulmonery embolsm", found.slice(1), CATALOGUE)?.text).toBe("pulmonery embolism");
    // A catalogue word, a short word and a word of a catalogue name are not respelled.
    expect(respellings(parseQuery("talus osteonecrosis", CATALOGUE), CATALOGUE)).toEqual([]);
    expect(respelledQuery("talus", [], CATALOGUE)).toBeNull();
  });
});

describe("buildSnippet", () => {
  it("marks the query's words in the best sentence, across spellings", () => {
    const parsed = parseQuery("edema talus", CATALOGUE);
    const snippet = buildSnippet(["Normal knee. Marrow oedema of the talar neck; the talus is swollen."], highlightTerms(parsed));
    expect(snippetHits(snippet ?? [])).toEqual(["oedema", "talus"]);
    expect(snippet?.join("")).toBe("Marrow oedema of the talar neck; the talus is swollen.");
  });

  it("leaves out a markdown list or heading marker before the sentence", () => {
    const parsed = parseQuery("fracture", []);
    const text = (points: string) => buildSnippet([points], highlightTerms(parsed))?.join("");
    expect(text("Teaching points:\n- After one stress fracture, others follow.\n- Rest.")).toBe("After one stress fracture, others follow.");
    expect(text("2. A fracture line on MRI.")).toBe("A fracture line on MRI.");
    expect(text("## Fracture healing")).toBe("Fracture healing");
    expect(text("-5 mm step at the fracture.")).toBe("-5 mm step at the fracture.");
  });

  it("marks a typo's intended word", () => {
    const parsed = parseQuery("hindfot", []);
    expect(buildSnippet(["Pain in the hindfoot."], highlightTerms(parsed))).toEqual(["Pain in the ", "hindfoot", "."]);
  });
});
