// Clipped words (decision 142): bedside notes cut words short ("PANC", "HYDROCORT", "IMMUNOSUPP", "ADENOCA",
// "ERYTHRO", "EXTREMS"), and a word in no list reads as a name. A word that opens a clinical word under three
// fifths of its length, or an English word at most half ("incr", "resusc"), is such a clipping, not a person
// ("DYSART" is six tenths of "dysarthria": a surname).
import { dictionaries } from "./dictionaries";

let sorted: string[] | null = null;
function lexicon(): string[] {
  if (sorted) return sorted;
  const d = dictionaries();
  sorted = [...new Set([...d.clinical, ...d.common])].filter((w) => /^[a-z]+$/.test(w)).sort();
  return sorted;
}

/** Whether a word of the sorted `list` begins with `stem` and passes `fits` (binary search to the first). */
export function someOpening(list: readonly string[], stem: string, fits: (word: string) => boolean): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]!.startsWith(stem); i++) if (fits(list[i]!)) return true;
  return false;
}

/** A word of four letters or more in no name or place list that is a clipping, or a clipping's plural ("extrems"). */
export function clippedWord(k: string): boolean {
  if (k.length < 4 || !/^[a-z]+$/.test(k)) return false;
  const d = dictionaries();
  if (d.places.has(k) || d.firstNames.has(k) || d.lastNames.has(k) || d.eponyms.has(k)) return false;
  const opens = (stem: string) => someOpening(lexicon(), stem, (w) => (d.clinical.has(w) ? 5 * stem.length < 3 * w.length : 2 * stem.length <= w.length));
  return opens(k) || (k.endsWith("s") && k.length >= 5 && opens(k.slice(0, -1)));
}
