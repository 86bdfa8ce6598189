// "Did you mean" when a search finds nothing (the page also offers to clear each filter). Runs only
// on that path, and only when a typed word could be respelled, as one statement (sql.ts
// suggestionSql): a search that finds cases is still one statement.
// - When the words alone find cases the viewer may see, only the filters emptied the result: no
//   respelling (clearing a filter is the suggestion).
// - A typed word that a case the viewer sees has is a word of the library, not a typo: it is kept.
// - The other typed words a typo or two from a catalogue word are respelled, and the suggestion is
//   offered only if that query finds a case for this viewer with these filters. The library's own
//   near words need no suggestion: the search already matched them by trigram similarity (and
//   found nothing with these filters).
// Respellings come from the catalogue (public names), and are checked, kept or dropped only by what
// the viewer may see: a hidden word never shows in a suggestion, nor changes one.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { sql } from "@/lib/core/db";
import { FILTER_KEYS } from "./params";
import type { SearchParams } from "./schema";
import { suggestionSql, type GroupTerms, type SuggestionPlan } from "./sql";
import { respelledQuery, respellings, type CatalogueLabels, type ParsedQuery } from "./terms";

const terms = (query: ParsedQuery): GroupTerms => query.groups.map((group, index) => ({ tsquery: query.tsqueries[index]!, fuzzy: group.fuzzy }));

/** Every non-empty subset of `count` items, as which ones it takes. */
function subsets(count: number): boolean[][] {
  const out: boolean[][] = [];
  for (let mask = 1; mask < 1 << count; mask++) out.push(Array.from({ length: count }, (_, index) => Boolean(mask & (1 << index))));
  return out;
}

/** "Did you mean" for a search of `params` (its query parsed as `query`) that found nothing. */
export async function didYouMean(
  viewer: Viewer,
  params: SearchParams,
  query: ParsedQuery,
  catalogue: readonly CatalogueLabels[],
  diagnosisId: string | null,
): Promise<string | null> {
  if (!params.q || !query.groups.length) return null;
  const candidates = respellings(query, catalogue);
  if (!candidates.length) return null;
  const filtered = FILTER_KEYS.some((key) => params[key] !== undefined);
  // Which words the viewer's library has is known only in the statement: each combination of
  // respelled words is checked there, and the one replacing exactly the others is the answer.
  const options = subsets(candidates.length).flatMap((replaced) => {
    const respelled = respelledQuery(params.q!, candidates.filter((_, index) => replaced[index]), catalogue);
    return respelled ? [{ replaced, text: respelled.text, groups: terms(respelled.query) }] : [];
  });
  const plan: SuggestionPlan = { groups: terms(query), filtered, diagnosisId, typed: candidates.map((candidate) => candidate.own), options };
  const [row] = await sql<Array<{ wordsMatch: boolean; known: boolean[]; found: boolean | null }>>(suggestionSql(viewer, params, plan), { prepare: false });
  if (!row || row.wordsMatch || !row.found) return null;
  const chosen = options.find((option) => option.replaced.every((replaced, index) => replaced === !row.known[index]));
  return chosen?.text ?? null;
}
