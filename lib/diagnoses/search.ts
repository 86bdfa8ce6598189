// Typeahead over the diagnosis catalogue: names and synonyms, case- and accent-insensitive,
// tolerant of small typos ("osteonecorsis", "transiant osteoporosis"). Pure; the catalogue is
// small (hundreds of entries), so an in-memory scan beats a trigram index here.

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

/** Optimal string alignment distance, capped: we only care whether it is 0, 1 or 2. */
function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    let rowMin = cap;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
  }
  return Math.min(d[a.length]![b.length]!, cap);
}

const allowedTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** How well a query matches one label; 0 = no match. Higher is better. */
function scoreLabel(query: string, queryWords: string[], label: string): number {
  const text = normalise(label);
  if (!text) return 0;
  if (text === query) return 100;
  if (text.startsWith(query)) return 80;
  if (text.includes(` ${query}`)) return 70;
  if (text.includes(query)) return 60;
  // Every query word must match some label word: exactly, as a prefix, or within a typo or two.
  const words = text.split(" ");
  let total = 0;
  for (const queryWord of queryWords) {
    let best = 0;
    for (const word of words) {
      if (word === queryWord) best = Math.max(best, 10);
      else if (word.startsWith(queryWord) && queryWord.length >= 2) best = Math.max(best, 8);
      else {
        const typos = allowedTypos(queryWord);
        if (typos && editDistance(queryWord, word.slice(0, queryWord.length + typos), typos + 1) <= typos) best = Math.max(best, 5);
        else if (typos && editDistance(queryWord, word, typos + 1) <= typos) best = Math.max(best, 5);
      }
    }
    if (best === 0) return 0;
    total += best;
  }
  return 20 + total / queryWords.length;
}

export function searchDiagnoses(entries: readonly SearchableDiagnosis[], rawQuery: string, limit = 10): DiagnosisMatch[] {
  const query = normalise(rawQuery);
  if (!query) return [];
  const queryWords = query.split(" ");
  const matches: DiagnosisMatch[] = [];
  for (const entry of entries) {
    let best = { score: scoreLabel(query, queryWords, entry.name) + 1, matched: null as string | null };
    if (best.score === 1) best.score = 0;
    for (const synonym of entry.synonyms) {
      const score = scoreLabel(query, queryWords, synonym);
      if (score > best.score) best = { score, matched: synonym };
    }
    if (best.score > 0) matches.push({ id: entry.id, name: entry.name, matched: best.matched, score: best.score });
  }
  return matches.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
