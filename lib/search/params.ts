// The library's URL parameters as the pages and the filter panel use them: their values, labels
// and links. No zod here, so that client components can import it without shipping the
// validator (schema.ts parses the parameters on the server).
import type { SearchParams } from "./schema";

export const SEARCH_STATUSES = ["unknown", "open", "resolved"] as const;
export const SEARCH_SORTS = ["relevance", "activity", "discussed", "votes"] as const;
export const SORT_LABELS: Record<(typeof SEARCH_SORTS)[number], string> = {
  relevance: "Best match",
  activity: "Newest activity",
  discussed: "Most discussed",
  votes: "Most votes",
};
export const MAX_SEARCH_PAGE = 50;
export const FILTER_KEYS = ["region", "modality", "status", "dx", "certainty", "tag", "author", "team", "images", "discussed", "from", "to"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Whether anything narrows or reorders the library (else it is the plain, keyset-paged list). */
export function isPlainLibrary(params: SearchParams): boolean {
  return !params.q && FILTER_KEYS.every((key) => params[key] === undefined) && (!params.sort || params.sort === "activity" || params.sort === "relevance");
}

/** A library URL with these parameters changed (undefined removes one); the page resets. */
export function libraryHref(params: SearchParams, change: Partial<Record<keyof SearchParams, string | number | undefined>> = {}): string {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...params, page: undefined, cursor: undefined, ...change })) {
    if (value !== undefined && value !== "") next[key] = String(value);
  }
  const query = new URLSearchParams(next).toString();
  return query ? `/cases?${query}` : "/cases";
}
