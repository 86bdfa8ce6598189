// The catalogue vocabulary's source (build and test time only; the app reads data/catalogue.txt):
// the catalogue's names and synonyms, classified with the guard's word lists and the held-out
// lists, so that no name the test corpus uses as a surrogate becomes vocabulary.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIAGNOSIS_CATALOGUE } from "@/lib/diagnoses/catalogue";
import { catalogueVocabularyLines } from "./catalogue-vocabulary";

const here = import.meta.dirname;
const list = (file: string) => readFileSync(path.join(here, file), "utf8").split("\n").filter(Boolean);

/** Every diagnosis name and synonym in the catalogue. */
export function catalogueTerms(): string[] {
  const terms = new Set<string>();
  for (const entry of DIAGNOSIS_CATALOGUE) {
    terms.add(entry.name);
    for (const synonym of entry.synonyms) terms.add(synonym);
  }
  return [...terms];
}

export function catalogueLines(): string[] {
  const names = new Set([
    ...list("data/first-names.txt"), ...list("data/last-names.txt"), ...list("data/places.txt"),
    ...list("corpus/held-out-first-names.txt"), ...list("corpus/held-out-last-names.txt"), ...list("corpus/held-out-places.txt"),
  ]);
  const common = new Set(list("data/common-words.txt"));
  return catalogueVocabularyLines(catalogueTerms(), { nameOrPlace: (w) => names.has(w), common: (w) => common.has(w) });
}
