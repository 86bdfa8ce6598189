// The library page's read: the plain list (newest activity first, keyset-paged on its index) when
// nothing is searched or filtered, else the search with its facets (kept until the library changes,
// decision 116).
import "server-only";
import { listCases, type LibraryItem } from "@/lib/cases/queries";
import { libraryCursor } from "@/lib/cases/schema";
import type { Viewer } from "@/lib/core/viewer";
import { cachedSearchCases } from "./cache";
import type { SearchResult } from "./queries";
import { isPlainLibrary } from "./params";
import type { SearchParams } from "./schema";

export type LibraryView =
  | { mode: "plain"; items: LibraryItem[]; nextCursor: string | null; cursorValid: boolean }
  | { mode: "search"; result: SearchResult };

export async function loadLibrary(viewer: Viewer, params: SearchParams): Promise<LibraryView> {
  if (isPlainLibrary(params)) {
    const cursor = libraryCursor.safeParse(params.cursor);
    const { items, nextCursor } = await listCases(viewer, cursor.success ? cursor.data : undefined);
    return { mode: "plain", items, nextCursor, cursorValid: cursor.success };
  }
  return { mode: "search", result: await cachedSearchCases(viewer, params) };
}
