// A name the guard found once is a name wherever the note repeats it (decision 139): "partner Khalil
// in overnight ... Khalil asks that pt's ex-wife not be told", "his partner dale. dale would like". Published
// de-identification systems do the same; a relative's first name is often written bare the second time.
// A listed name is repeated in any case; a name no list holds, or one that is also an English word
// ("dale", "Heather"), only as written; the commonest of those ("will", "frank") not at all.
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
  const covered = (start: number, end: number) => candidates.some((c) => c.start < end && start < c.end);
  const out: Candidate[] = [];
  for (const word of words) {
    const k = word.toLowerCase();
    const listed = d.firstNames.has(k) || d.lastNames.has(k);
    const anyCase = listed && !d.common.has(k);
    // A word that is no person's name in the lists ("proxy", "states"), or a name that is one of
    // the commonest words ("will", "bill", "may"), was a rule's catch where it stood.
    if (d.common.has(k) && (!listed || FREQUENT_WORDS.has(k))) continue;
    // A word no list holds that is an English word's inflection ("STATES", "called") was a rule's overreach.
    if (!listed && [/s$/, /es$/, /ed$/, /d$/, /ing$/].some((end) => end.test(k) && d.common.has(k.replace(end, "")))) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’\\-])${word.replace(/[’']/g, "['’]")}(?![\\p{L}\\p{N}'’\\-])`, anyCase ? "giu" : "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!covered(start, end) && !out.some((c) => c.start === start)) out.push({ kind: "name", start, end, message: MSG.name, priority: 9 });
    }
  }
  return out;
}

const FREQUENT_WORDS = new Set("will bill may mark pat sue art gene rich jan bud hope faith grace joy rose ray sandy dawn april june august summer chuck jack guy don sam bob ben max long young white brown green black king hill rob frank".split(" "));
const TITLES = new Set("mr mrs ms miss dr drs prof rev fr sr sister brother father mother nurse officer det sgt rabbi pastor reverend imam chaplain deacon bishop".split(" "));
