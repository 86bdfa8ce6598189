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
