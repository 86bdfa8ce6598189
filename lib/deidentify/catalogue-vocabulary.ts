// The diagnosis catalogue's names as the guard's vocabulary. Every diagnosis name and synonym can
// be written in any text the guard checks ("Findings consistent with Subchondral insufficiency
// fracture", "favour Baxter neuropathy", "Stanford type A dissection"), and a word the guard knows
// from no list, capitalised mid-sentence, reads as a surname. From the catalogue come three lists,
// kept in data/catalogue.txt (written by `npm run deidentify:data`, checked against the catalogue
// by catalogue-clean.test.ts):
//   w  words of the names that are in no name, place or English list ("subchondral", "klatskin"):
//      clinical vocabulary, never a name on their own;
//   a  abbreviations as written ("NASH", "MIA", "PsA"): not a name in mixed-case text (in a note
//      written in capitals "MIA" may still be a name);
//   p  names of two words or more that hold a person's or a place's name ("baxter neuropathy",
//      "factor v leiden", "sutton naevus"): the whole phrase is a disease, so a name or place
//      found inside it is not reported. A title before it still makes it a person ("Mr Crohn").
// Words that are names or places ("Turner", "Baxter", "Leiden") are never made vocabulary on
// their own: "Abigail Turner" must still be found.

/** A term's words as match keys: lower case, accents folded, a possessive dropped. */
export function phraseKeys(text: string): Array<{ key: string; start: number; end: number }> {
  const out: Array<{ key: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)*|\p{N}+/gu)) {
    out.push({ key: foldKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return (/^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "")).replace(/['’]s?$/, "");
}

export interface WordLists {
  /** Lower-case names and places (the dictionaries and the held-out lists). */
  nameOrPlace(word: string): boolean;
  /** Lower-case English words. */
  common(word: string): boolean;
}

/** The lines of data/catalogue.txt for these diagnosis names and synonyms, sorted. */
export function catalogueVocabularyLines(terms: Iterable<string>, lists: WordLists): string[] {
  const words = new Set<string>();
  const abbreviations = new Set<string>();
  const phrases = new Set<string>();
  for (const term of terms) {
    const raw = [...term.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map((m) => m[0]);
    for (const w of raw) {
      const lower = w.toLowerCase().replace(/['’]s$/, "");
      // Two capitals or more: an abbreviation as written ("NASH", "PsA", "PitNET").
      if ((w.match(/\p{Lu}/gu) ?? []).length >= 2 && w.length <= 8) {
        abbreviations.add(w);
        continue;
      }
      if (lower.length < 3) continue;
      for (const form of new Set([lower, foldKey(lower)])) {
        if (!lists.nameOrPlace(form) && !lists.common(form)) words.add(form);
      }
    }
    const keys = phraseKeys(term).map((k) => k.key);
    if (keys.length >= 2 && keys.some((k) => /\p{L}/u.test(k) && (lists.nameOrPlace(k) || !lists.common(k)))) phrases.add(keys.join(" "));
  }
  return [
    ...[...words].sort().map((w) => `w ${w}`),
    ...[...abbreviations].sort().map((a) => `a ${a}`),
    ...[...phrases].sort().map((p) => `p ${p}`),
  ];
}

export interface CatalogueVocabulary {
  words: string[];
  abbreviations: string[];
  /** Phrases by their first key. */
  phrases: Map<string, string[][]>;
}

export function parseCatalogueVocabulary(lines: string[]): CatalogueVocabulary {
  const out: CatalogueVocabulary = { words: [], abbreviations: [], phrases: new Map() };
  for (const line of lines) {
    const value = line.slice(2);
    if (line.startsWith("w ")) out.words.push(value);
    else if (line.startsWith("a ")) out.abbreviations.push(value);
    else if (line.startsWith("p ")) {
      const keys = value.split(" ");
      const list = out.phrases.get(keys[0]!) ?? [];
      list.push(keys);
      out.phrases.set(keys[0]!, list);
    }
  }
  return out;
}

const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|prof|professor)\.?[ \t]+$/iu;

/**
 * The spans of the text that are catalogue names holding a person's or a place's name ("Baxter
 * neuropathy", "factor V Leiden"), or the hyphenated names that begin one ("Sinding-Larsen-
 * Johansson"), with no title before them ("Mr Crohn" is a person).
 */
export function cataloguePhraseSpans(text: string, phrases: ReadonlyMap<string, string[][]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (phrases.size === 0) return out;
  const keys = phraseKeys(text);
  for (let i = 0; i < keys.length; i++) {
    const candidates = phrases.get(keys[i]!.key);
    if (!candidates) continue;
    let best = -1;
    for (const phrase of candidates) {
      let matched = 1;
      let hyphens = true;
      for (let j = 1; j < phrase.length && i + j < keys.length; j++) {
        const a = keys[i + j - 1]!;
        const b = keys[i + j]!;
        const gap = text.slice(a.end, b.start);
        // Words of one name are joined by spaces or hyphens ("Osgood-Schlatter", "Baxter's").
        // A short word's full stop may come before the space ("St. Jude mechanical valve").
        if (b.key !== phrase[j] || gap.length > 3 || !(a.key.length <= 3 ? /^\.?[ \t\-–]*$/u : /^[ \t\-–]*$/u).test(gap)) break;
        hyphens &&= /^[\-–]$/u.test(gap);
        matched++;
      }
      if (matched === phrase.length || (hyphens && matched >= 2)) best = Math.max(best, matched);
    }
    if (best < 0) continue;
    const start = keys[i]!.start;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    out.push([start, keys[i + best - 1]!.end]);
  }
  return out;
}
