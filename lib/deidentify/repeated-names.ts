// A name the guard found once is a name wherever the note repeats it (decision 139): "partner Khalil
// in overnight ... Khalil asks that pt's ex-wife not be told", "his partner khalil. khalil would like". Published
// de-identification systems do the same; a relative's first name is often written bare the second time.
// A listed name is repeated in any case; a name no list holds, or a listed one that is also an English
// word found with a capital ("Heather", "ROSE"), only as written; one that is also a word found in lower
// case ("fine", "dale") or the commonest ("will", "frank") not at all.
import { dictionaries } from "./dictionaries";
import { RELATIONS } from "./name-context";
import { MSG, type Candidate } from "./types";

const WORD_RE = /\p{L}[\p{L}'’]*/gu;

/** Name candidates for the other places `text` repeats a word of a name already found. */
export function repeatedNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  const d = dictionaries();
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.kind !== "name") continue;
    for (const m of text.slice(c.start, c.end).matchAll(WORD_RE)) {
      const k = m[0].toLowerCase().replace(/['’]s$/, "");
      // Initials and titles, and clinical words a rule may have caught inside a longer name, stay where they were found.
      if (m[0].length >= 3 && !d.clinical.has(k) && !d.abbreviations.has(k) && !d.eponyms.has(k) && !TITLES.has(k) && !RELATIONS.has(k)) words.add(m[0]);
    }
  }
  if (words.size === 0) return [];
  // The words to look for: as written, and in any case for a listed name that is no English word.
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const word of words) {
    const k = word.toLowerCase();
    const listed = d.firstNames.has(k) || d.lastNames.has(k);
    // A word that is no person's name in the lists ("proxy", "states"), or a name that is one of
    // the commonest words ("will", "bill", "may"), was a rule's catch where it stood.
    if (d.common.has(k) && (!listed || FREQUENT_WORDS.has(k))) continue;
    // A listed name that is also a word, caught in lower case ("fine", "dale"), may have been the word.
    if (d.common.has(k) && word === k) continue;
    // A word no list holds that is an English word's inflection ("STATES", "called") was a rule's overreach.
    if (!listed && [/s$/, /es$/, /ed$/, /d$/, /ing$/].some((end) => end.test(k) && d.common.has(k.replace(end, "")))) continue;
    if (listed && !d.common.has(k)) folded.add(k.replace(/’/g, "'"));
    else exact.add(word.replace(/’/g, "'"));
  }
  if (exact.size === 0 && folded.size === 0) return [];
  // One pass over the text's words; found spans sorted by start, so a word's cover is a binary search.
  const spansFound = candidates.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const maxLength = spansFound.reduce((m, [s, e]) => Math.max(m, e - s), 0);
  const covered = (start: number, end: number) => {
    let lo = 0;
    let hi = spansFound.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spansFound[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && spansFound[i]![0] >= start - maxLength; i--) if (spansFound[i]![1] > start) return true;
    return false;
  };
  const out: Candidate[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole words only: not inside a hyphenated or numbered token ("Rob-Roy", "Dale2").
    if (/[\p{N}\-]/u.test(text[start - 1] ?? "") || /[\p{N}\-]/u.test(text[end] ?? "")) continue;
    const w = m[0].replace(/’/g, "'");
    if ((exact.has(w) || folded.has(w.toLowerCase())) && !covered(start, end)) out.push({ kind: "name", start, end, message: MSG.name, priority: 9 });
  }
  return out;
}

const FREQUENT_WORDS = new Set("will bill may mark pat sue art gene rich jan bud hope faith grace joy rose ray sandy dawn april june august summer chuck jack guy don sam bob ben max long young white brown green black king hill rob frank".split(" "));
const TITLES = new Set("mr mrs ms miss dr drs prof rev fr sr sister brother father mother nurse officer det sgt rabbi pastor reverend imam chaplain deacon bishop".split(" "));
