// Clipped words (decision 142): bedside notes cut words short ("PANC", "HYDROCORT", "IMMUNOSUPP", "ADENOCA",
// "ERYTHRO", "EXTREMS"), and a word in no list reads as a name.
import { dictionaries } from "./dictionaries";
import { isClipping } from "./word-shapes";

/** A word in no name or place list that is a clipping (word-shapes.ts): no person. */
export function clippedWord(k: string): boolean {
  const d = dictionaries();
  if (d.places.has(k) || d.firstNames.has(k) || d.lastNames.has(k) || d.eponyms.has(k)) return false;
  return isClipping(k, d.sortedWords, d.clinical);
}

/**
 * A word in no name or place list typed with a letter left out ("restles", "tolerting", "follws"; a swap is
 * typoOfWord's): six letters or more that make an English or clinical word with one letter put back inside, or at
 * the end when it doubles the last ("restles"). Not at the start, nor at the end otherwise: names are often a word
 * less its first or last letter ("Piedmont", "Samaritan", "Ramada"). Such a word is a surname only after a first
 * name, a title, a relation or an initial (decision 143).
 */
export function mistypedWord(k: string): boolean {
  if (k.length < 6 || !/^[a-z]+$/.test(k)) return false;
  const d = dictionaries();
  const known = (w: string) => d.common.has(w) || d.clinical.has(w);
  if (known(k) || d.abbreviations.has(k) || d.places.has(k) || d.firstNames.has(k) || d.lastNames.has(k) || d.eponyms.has(k)) return false;
  for (let i = 1; i < k.length; i++) for (let c = 97; c <= 122; c++) if (known(k.slice(0, i) + String.fromCharCode(c) + k.slice(i))) return true;
  return known(k + k[k.length - 1]);
}
