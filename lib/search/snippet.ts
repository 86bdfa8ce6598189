// The snippet under a search result: the sentence of the case's visible text that matches the
// query best, with the matching words marked. Pure; it is given only text the viewer may read
// (the search statement gates each tier), so a snippet cannot show a hidden word.
import { allowedTypos, editDistance, normaliseText } from "./distance";

/**
 * A snippet as runs of text that alternate, unmarked first: even indexes are plain text, odd ones
 * the matching words ("Pain in the ", "hindfoot", " of a ", "dancer", "."). Strings rather than
 * {text, hit} objects: a page sends twenty snippets to the browser twice (the server components'
 * payload and the HTML), so their shape is a measurable share of the page's cost (decision 125).
 */
export type Snippet = string[];

/** The marked words of a snippet. */
export const snippetHits = (snippet: Snippet): string[] => snippet.filter((_, index) => index % 2 === 1);

const MAX_SNIPPET = 220;
/** A markdown list item's or heading's marker at a line's start ("- ", "1. ", "## "): not part of the sentence. */
const LINE_MARKER = /^(?:[-*+>#]+|\d{1,3}[.)])\s+/;

/** Whether a word of the text is one of the query's forms: the same word, or the same stem. */
function matches(word: string, forms: readonly string[], fuzzy: readonly string[]): boolean {
  const normal = normaliseText(word);
  if (normal.length < 2) return false;
  for (const form of forms) {
    if (normal === form) return true;
    const stem = form.slice(0, Math.max(4, form.length - 2));
    if (form.length >= 4 && normal.startsWith(stem) && normal.length - form.length <= 4) return true;
  }
  for (const typed of fuzzy) {
    const typos = allowedTypos(typed);
    if (typos && editDistance(normal, typed, typos + 1) <= typos) return true;
  }
  return false;
}

function mark(text: string, forms: readonly string[], fuzzy: readonly string[]): Snippet {
  const runs: Snippet = [""];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const hit = /[\p{L}\p{N}]/u.test(part) && matches(part, forms, fuzzy);
    // An odd length means the last run is plain text.
    if (hit) runs.push(...(runs.length % 2 === 1 ? [part] : ["", part]));
    else if (runs.length % 2 === 1) runs[runs.length - 1] += part;
    else runs.push(part);
  }
  return runs;
}

/** The best sentence of `texts` for these terms, marked; null when nothing matches. */
export function buildSnippet(texts: readonly string[], terms: { forms: readonly string[]; fuzzy: readonly string[] }): Snippet | null {
  // A case's text repeats its words: each distinct word is normalised and compared once (a page's
  // twenty snippets read about 20,000 characters on every search).
  const known = new Map<string, string | null>();
  const hitForm = (word: string) => {
    let form = known.get(word);
    if (form === undefined) known.set(word, (form = matches(word, terms.forms, terms.fuzzy) ? normaliseText(word) : null));
    return form;
  };
  let best: { sentence: string; hits: number; first: number } | null = null;
  for (const text of texts) {
    for (const part of text.split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = part.trim().replace(LINE_MARKER, "");
      let firstHit: string | null = null;
      const hitForms = new Set<string>();
      for (const word of sentence.split(/[^\p{L}\p{N}]+/u)) {
        const form = word ? hitForm(word) : null;
        if (form === null) continue;
        firstHit ??= word;
        hitForms.add(form);
      }
      if (firstHit !== null && (!best || hitForms.size > best.hits)) {
        best = { sentence, hits: hitForms.size, first: sentence.indexOf(firstHit) };
      }
    }
  }
  if (!best) return null;
  let { sentence } = best;
  if (sentence.length > MAX_SNIPPET) {
    const start = Math.max(0, Math.min(best.first - 60, sentence.length - MAX_SNIPPET));
    sentence = `${start > 0 ? "…" : ""}${sentence.slice(start, start + MAX_SNIPPET).trim()}…`;
  }
  return mark(sentence, terms.forms, terms.fuzzy);
}
