// Searching the library: the query parsed against the catalogue, one statement (sql.ts), the
// results as library cards with a marked snippet, facet counts, and suggestions when nothing matched.
import "server-only";
import { encodeCursor, libraryCursor } from "@/lib/cases/schema";
import { toLibraryItem, type LibraryItem, type LibraryRow } from "@/lib/cases/queries";
import { sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { resolveDiagnosis, searchCatalogue } from "./catalogue";
import type { SearchParams } from "./schema";
import { buildSnippet, type Snippet } from "./snippet";
import { searchSql } from "./sql";
import { didYouMean } from "./suggest";
import { highlightTerms, parseQuery } from "./terms";

export const SEARCH_PAGE_SIZE = 20;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  regions: FacetValue[];
  modalities: FacetValue[];
  statuses: FacetValue[];
  tags: FacetValue[];
  authors: FacetValue[];
  teams: FacetValue[];
  diagnoses: FacetValue[];
  certainties: FacetValue[];
  withImages: number;
  discussedCount: number;
}

export interface SearchResultItem extends LibraryItem {
  snippet: Snippet | null;
}

export interface SearchResult {
  items: SearchResultItem[];
  /** Matches counted: exact up to SEARCH_MATCH_CAP; with `totalCapped`, there are more (decision 083). */
  total: number;
  /** More cases match than were counted: the facets and the ranking cover the newest `total`. */
  totalCapped: boolean;
  facets: SearchFacets | null;
  /** Keyset cursor of the next page (newest-activity order), or the next page number (other orders). */
  nextCursor: string | null;
  nextPage: number | null;
  /** The diagnosis the `dx` filter named, as the catalogue calls it. */
  diagnosis: { id: string; name: string } | null;
  /**
   * With no result: the query with its typos replaced by close catalogue words, only if that finds
   * cases for this viewer with these filters, and never when the words alone find cases
   * (lib/search/suggest.ts).
   */
  didYouMean: string | null;
}

type Row = { total: number; capped: boolean; items: Array<Omit<LibraryRow, "lastActivityAt"> & { lastActivityAt: string; texts: string[] }> } & Partial<SearchFacets>;

const FACET_KEYS = ["regions", "modalities", "statuses", "tags", "authors", "teams", "diagnoses", "certainties", "withImages", "discussedCount"] as const;

export async function searchCases(viewer: Viewer, params: SearchParams, { facets = true, suggest = true }: { facets?: boolean; suggest?: boolean } = {}): Promise<SearchResult> {
  const catalogue = await searchCatalogue();
  const parsed = parseQuery(params.q ?? "", catalogue);
  const diagnosis = params.dx ? resolveDiagnosis(catalogue, params.dx) : null;
  const sort = params.sort ?? (parsed.groups.length ? "relevance" : "activity");
  const keyset = sort === "activity" || (sort === "relevance" && !parsed.groups.length);
  const cursor = keyset && params.cursor ? libraryCursor.safeParse(params.cursor) : null;
  const page = keyset ? 1 : params.page ?? 1;
  const [row] = await sql<Row[]>(searchSql(viewer, params, {
    parsed,
    diagnosisId: diagnosis?.id ?? null,
    limit: SEARCH_PAGE_SIZE + 1,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    cursor: cursor?.success && cursor.data ? cursor.data : null,
    facets,
  }), { prepare: false });
  const rows = row?.items ?? [];
  const terms = highlightTerms(parsed);
  const items = rows.slice(0, SEARCH_PAGE_SIZE).map((item) => ({
    ...toLibraryItem(viewer, { ...item, lastActivityAt: new Date(item.lastActivityAt) }),
    snippet: parsed.groups.length ? buildSnippet(item.texts.filter(Boolean), terms) : null,
  }));
  const more = rows.length > SEARCH_PAGE_SIZE;
  const last = items.at(-1);
  const total = row?.total ?? 0;
  // Nothing found: at most one more statement, on this path only, for a respelling.
  const respelled = suggest && total === 0 && params.q ? await didYouMean(viewer, params, parsed, catalogue, diagnosis?.id ?? null) : null;
  return {
    items,
    total,
    totalCapped: row?.capped ?? false,
    facets: facets && row ? (Object.fromEntries(FACET_KEYS.map((key) => [key, row[key]])) as unknown as SearchFacets) : null,
    nextCursor: more && keyset && last ? encodeCursor(new Date(last.lastActivityAt), last.id) : null,
    nextPage: more && !keyset ? page + 1 : null,
    diagnosis: diagnosis ? { id: diagnosis.id, name: diagnosis.name } : null,
    didYouMean: respelled,
  };
}
