// Clipped words (decision 142): bedside notes cut words short ("PANC", "HYDROCORT", "IMMUNOSUPP", "ADENOCA",
// "ERYTHRO", "EXTREMS"), and a word in no list reads as a name. A word that opens a clinical word under three
// fifths of its length, or an English word at most half ("incr", "resusc"), is such a clipping, not a person
// ("DYSART" is six tenths of "dysarthria": a surname).
import { dictionaries, someOpening } from "./dictionaries";

/** A word of four letters or more in no name or place list that is a clipping, or a clipping's plural ("extrems"). */
export function clippedWord(k: string): boolean {
  if (k.length < 4 || !/^[a-z]+$/.test(k)) return false;
  const d = dictionaries();
  if (d.places.has(k) || d.firstNames.has(k) || d.lastNames.has(k) || d.eponyms.has(k)) return false;
  const opens = (stem: string) => someOpening(d.sortedWords, stem, (w) => (d.clinical.has(w) ? 5 * stem.length < 3 * w.length : 2 * stem.length <= w.length));
  return opens(k) || (k.endsWith("s") && k.length >= 5 && opens(k.slice(0, -1)));
}
