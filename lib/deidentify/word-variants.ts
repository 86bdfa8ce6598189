// Words bedside notes cut short (decision 142: "PANC", "HYDROCORT", "EXTREMS") or mistype (decision 143: "RESTLES",
// "SON AWAER"): a word in no list otherwise reads as a name.
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
 * less its first or last letter ("Piedmont", "Samaritan", "Ramada"). The word it was meant to be, or null. Such a
 * word is a surname only where a person is spoken of (case-words.ts; decision 143).
 */
export function mistypedAs(k: string): string | null {
  if (k.length < 6 || !/^[a-z]+$/.test(k)) return null;
  const cached = mistyped.get(k);
  if (cached !== undefined) return cached;
  if (mistyped.size > 20_000) mistyped.clear();
  const meant = correction(k);
  mistyped.set(k, meant);
  return meant;
}

// The corrections found, by word: the readings of capitals and lower case ask for a word several times.
const mistyped = new Map<string, string | null>();

function correction(k: string): string | null {
  const d = dictionaries();
  const known = (w: string) => d.common.has(w) || d.clinical.has(w);
  if (known(k) || d.abbreviations.has(k) || d.noteAbbreviations.has(k) || d.places.has(k) || d.firstNames.has(k) || d.lastNames.has(k) || d.eponyms.has(k)) return null;
  for (let i = 1; i < k.length; i++) {
    for (let c = 97; c <= 122; c++) {
      const w = k.slice(0, i) + String.fromCharCode(c) + k.slice(i);
      if (known(w)) return w;
    }
  }
  return known(k + k[k.length - 1]) ? k + k[k.length - 1] : null;
}

export const mistypedWord = (k: string): boolean => mistypedAs(k) !== null;

// What a relative is or does after the relation ("SON AWARE", "WIFE UPDATED"), the words a mistyped relative's
// name is most often one of.
const RELATIVE_WORDS = ["updated", "aware", "called", "calling", "visit", "visited", "visiting", "notified", "informed", "present", "here", "states", "stated"];

/** One letter changed, added, left out or two swapped (edit distance 1, with transpositions), and not the same. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "SON AWAER", "wife updatd": a relative's doing, mistyped, after the relation; no name (decision 143). */
export function mistypedRelativeWord(k: string): boolean {
  const d = dictionaries();
  if (k.length < 4 || d.firstNames.has(k) || d.lastNames.has(k)) return false;
  return RELATIVE_WORDS.some((w) => oneEditApart(k, w));
}
