// Typeahead over the diagnosis catalogue: names and synonyms, case- and accent-insensitive,
// tolerant of small typos ("osteonecorsis", "transiant osteoporosis"). Pure and in memory (decision
// 055): each entry's labels are normalised once (kept per entry object), and a query compares each
// distinct catalogue word with its words once, so ~1,600 entries and ~5,000 terms take a few ms.

export interface SearchableDiagnosis {
  id: string;
  name: string;
  synonyms: string[];
  status?: string;
}

export interface DiagnosisMatch {
  id: string;
  name: string;
  /** The synonym that matched, when it was not the name. */
  matched: string | null;
  score: number;
}

export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Optimal string alignment distance, capped: we only care whether it is 0, 1 or 2. Three rolling rows. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const cols = b.length + 1;
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let current = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, cap);
}

const allowedTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** How well one query word matches one label word: 10 exact, 8 prefix, 5 within a typo or two, 0 not. */
function scoreWord(queryWord: string, word: string): number {
  if (word === queryWord) return 10;
  if (word.startsWith(queryWord) && queryWord.length >= 2) return 8;
  const typos = allowedTypos(queryWord);
  // Typos are forgiven after the first letter only (as search engines' fuzzy "prefix length" 1):
  // it keeps the edit distance off most of the catalogue's words.
  if (!typos || word[0] !== queryWord[0]) return 0;
  if (editDistance(queryWord, word.slice(0, queryWord.length + typos), typos + 1) <= typos) return 5;
  if (editDistance(queryWord, word, typos + 1) <= typos) return 5;
  return 0;
}

interface PreparedLabel {
  label: string;
  text: string;
  words: string[];
}

// Normalised labels per entry object: the queries' cached catalogue keeps its objects for a minute.
const preparedLabels = new WeakMap<SearchableDiagnosis, PreparedLabel[]>();

function labelsOf(entry: SearchableDiagnosis): PreparedLabel[] {
  let labels = preparedLabels.get(entry);
  if (!labels) {
    labels = [entry.name, ...entry.synonyms].map((label) => {
      const text = normalise(label);
      return { label, text, words: text.split(" ") };
    });
    preparedLabels.set(entry, labels);
  }
  return labels;
}

/** How well a query matches one label; 0 = no match. Higher is better. `memo` keeps word scores for this query. */
function scoreLabel(query: string, queryWords: string[], { text, words }: PreparedLabel, memo: Array<Map<string, number>>): number {
  if (!text) return 0;
  if (text === query) return 100;
  if (text.startsWith(query)) return 80;
  if (text.includes(` ${query}`)) return 70;
  if (text.includes(query)) return 60;
  // Every query word must match some label word: exactly, as a prefix, or within a typo or two.
  let total = 0;
  for (const [index, queryWord] of queryWords.entries()) {
    const seen = memo[index]!;
    let best = 0;
    for (const word of words) {
      let score = seen.get(word);
      if (score === undefined) seen.set(word, (score = scoreWord(queryWord, word)));
      if (score > best) best = score;
    }
    if (best === 0) return 0;
    total += best;
  }
  // A label made mostly of the query's words ranks above a longer one that merely contains them.
  return 20 + total / queryWords.length + queryWords.length / Math.max(words.length, queryWords.length);
}

export function searchDiagnoses(entries: readonly SearchableDiagnosis[], rawQuery: string, limit = 10): DiagnosisMatch[] {
  const query = normalise(rawQuery);
  if (!query) return [];
  const queryWords = query.split(" ");
  const memo = queryWords.map(() => new Map<string, number>());
  const matches: DiagnosisMatch[] = [];
  for (const entry of entries) {
    const [name, ...synonyms] = labelsOf(entry);
    let best = { score: scoreLabel(query, queryWords, name!, memo) + 1, matched: null as string | null };
    if (best.score === 1) best.score = 0;
    for (const synonym of synonyms) {
      const score = scoreLabel(query, queryWords, synonym, memo);
      if (score > best.score) best = { score, matched: synonym.label };
    }
    if (best.score > 0) matches.push({ id: entry.id, name: entry.name, matched: best.matched, score: best.score });
  }
  return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
