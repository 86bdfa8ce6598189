// A search box's text as PostgreSQL full-text queries (decision 057). Pure, so it is unit tested
// without a database. Each word (or catalogue phrase) becomes a group; a case must match every
// group. A group's alternatives are its other spellings and plurals (spelling.ts), a close
// catalogue word when the typed one looks like a typo, and, when the words name a catalogue
// diagnosis, every synonym of that entity ("tbmes" finds "transient osteoporosis").
import { allowedTypos, editDistance, normaliseText } from "./distance";
import { wordForms } from "./spelling";

export interface CatalogueLabels {
  id: string;
  name: string;
  synonyms: string[];
}

export interface QueryGroup {
  /** What was typed for this group. */
  typed: string;
  /** Alternatives: each a phrase, each word of it with its forms. */
  alternatives: string[][][];
  /** A typed word long enough for trigram similarity (typo tolerance over the documents). */
  fuzzy: string | null;
  /** The catalogue entry the words named, if any. */
  diagnosisId: string | null;
}

export interface ParsedQuery {
  groups: QueryGroup[];
  /** `to_tsquery('english', …)` text of each group, in order. */
  tsqueries: string[];
  /** Any group (for ranking): the groups joined by `|`. */
  anyTsquery: string;
}

/** The English stop words PostgreSQL's `english` configuration drops. */
const STOP_WORDS = new Set(
  ("i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself " +
    "they them their theirs themselves what which who whom this that these those am is are was were be been being have has had " +
    "having do does did doing a an the and but if or because as until while of at by for with about against between into through " +
    "during before after above below to from up down in out on off over under again further then once here there when where why how " +
    "all any both each few more most other some such no nor not only own same so than too very s t can will just don should now").split(" "),
);

export const MAX_QUERY_WORDS = 8;
const MAX_FORMS = 6;

function catalogueIndex(catalogue: readonly CatalogueLabels[]) {
  const phrases: Array<{ words: string[]; entry: CatalogueLabels }> = [];
  const vocabulary = new Set<string>();
  for (const entry of catalogue) {
    for (const label of [entry.name, ...entry.synonyms]) {
      const words = normaliseText(label).split(" ").filter(Boolean);
      if (!words.length) continue;
      phrases.push({ words, entry });
      for (const word of words) if (word.length >= 5) vocabulary.add(word);
    }
  }
  // Longest phrases first, so "transient bone marrow oedema" wins over "oedema".
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { phrases, vocabulary };
}

let indexed: { source: readonly CatalogueLabels[]; index: ReturnType<typeof catalogueIndex> } | null = null;
function indexFor(catalogue: readonly CatalogueLabels[]) {
  if (indexed?.source !== catalogue) indexed = { source: catalogue, index: catalogueIndex(catalogue) };
  return indexed.index;
}

/** Catalogue words one or two typos from a word that is not itself a catalogue word. */
export function closeCatalogueWords(word: string, vocabulary: ReadonlySet<string>, limit = 2): string[] {
  const typos = allowedTypos(word);
  if (!typos || vocabulary.has(word)) return [];
  const found: Array<[string, number]> = [];
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > typos) continue;
    const distance = editDistance(word, candidate, typos + 1);
    if (distance <= typos) found.push([candidate, distance]);
  }
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([candidate]) => candidate);
}

function tsWord(forms: string[]): string {
  return forms.length === 1 ? forms[0]! : `(${forms.join(" | ")})`;
}

export function groupTsquery(group: QueryGroup): string {
  return group.alternatives.map((phrase) => `(${phrase.map(tsWord).join(" <-> ")})`).join(" | ");
}

export function parseQuery(raw: string, catalogue: readonly CatalogueLabels[] = []): ParsedQuery {
  const words = normaliseText(raw).split(" ").filter(Boolean).slice(0, MAX_QUERY_WORDS * 2);
  const { phrases, vocabulary } = indexFor(catalogue);
  const groups: QueryGroup[] = [];
  let index = 0;
  while (index < words.length && groups.length < MAX_QUERY_WORDS) {
    const named = phrases.find(({ words: phrase }) =>
      phrase.length <= words.length - index && phrase.every((word, offset) => words[index + offset] === word) &&
      (phrase.length > 1 || !STOP_WORDS.has(phrase[0]!)));
    if (named) {
      const labels = [named.entry.name, ...named.entry.synonyms].map((label) => normaliseText(label).split(" ").filter(Boolean));
      const alternatives = labels.filter((label) => label.length).map((label) => label.map((word) => wordForms(word).slice(0, MAX_FORMS)));
      const typed = words.slice(index, index + named.words.length).join(" ");
      groups.push({ typed, alternatives, fuzzy: null, diagnosisId: named.entry.id });
      index += named.words.length;
      continue;
    }
    const word = words[index]!;
    index += 1;
    if (STOP_WORDS.has(word)) continue;
    const forms = [...new Set([...wordForms(word), ...closeCatalogueWords(word, vocabulary)])].slice(0, MAX_FORMS);
    groups.push({ typed: word, alternatives: [[forms]], fuzzy: word.length >= 4 ? word : null, diagnosisId: null });
  }
  const tsqueries = groups.map(groupTsquery);
  return { groups, tsqueries, anyTsquery: tsqueries.map((query) => `(${query})`).join(" | ") };
}

/** Every form a snippet should mark, and the typed words to mark within a typo or two. */
export function highlightTerms(query: ParsedQuery): { forms: string[]; fuzzy: string[] } {
  const forms = new Set<string>();
  for (const group of query.groups) for (const phrase of group.alternatives) for (const word of phrase) for (const form of word) forms.add(form);
  return { forms: [...forms].filter((form) => !STOP_WORDS.has(form)), fuzzy: query.groups.flatMap((group) => (group.fuzzy ? [group.fuzzy] : [])) };
}

/** How many typed words "did you mean" considers respelling (each subset of them is a query to check). */
const MAX_RESPELLINGS = 3;

/** A typed word the query could be respelled at: its closest catalogue word, and its own forms. */
export interface Respelling {
  typed: string;
  word: string;
  /** `to_tsquery` text of the typed word's own forms (not the catalogue's close words): is it a word of the library? */
  own: string;
}

/**
 * The words of a query that look like typos of catalogue words: typed as a word of their own (not
 * part of a catalogue name), not a catalogue word themselves, with a catalogue word a typo or two
 * away. At most MAX_RESPELLINGS, each typed word once.
 */
export function respellings(query: ParsedQuery, catalogue: readonly CatalogueLabels[]): Respelling[] {
  const { vocabulary } = indexFor(catalogue);
  const out: Respelling[] = [];
  for (const group of query.groups) {
    if (out.length >= MAX_RESPELLINGS) break;
    if (group.diagnosisId || group.typed.includes(" ") || out.some((entry) => entry.typed === group.typed)) continue;
    const [word] = closeCatalogueWords(group.typed, vocabulary, 1);
    if (word && word !== group.typed) out.push({ typed: group.typed, word, own: tsWord(wordForms(group.typed).slice(0, MAX_FORMS)) });
  }
  return out;
}

/** The query with these typed words replaced by their respellings, as text and parsed; null if unchanged. */
export function respelledQuery(raw: string, replace: readonly Respelling[], catalogue: readonly CatalogueLabels[]): { text: string; query: ParsedQuery } | null {
  const words = normaliseText(raw).split(" ").filter(Boolean);
  const by = new Map(replace.map((entry) => [entry.typed, entry.word]));
  const text = words.map((word) => by.get(word) ?? word).join(" ");
  return text === words.join(" ") ? null : { text, query: parseQuery(text, catalogue) };
}
