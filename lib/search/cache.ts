// Search results kept by each instance until the library changes (decision 116). A search costs
// PostgreSQL tens of milliseconds at 100,000 cases, and people repeat them: paging back, a filter
// toggled off again, the same query from a link, a class searching the word the lecturer said.
// Any committed write to a table the search statement reads notifies LIBRARY_CHANNEL (the
// `library_changed` triggers; a test derives that list from the statement's plans), and the
// instance's listening connection drops every kept result. While it is not listening, nothing is
// served from here. A result belongs to one viewer exactly as they were when it was read (their
// id, role, teams and presented cases are part of the key), so it can never show a case, a
// snippet or a count to someone else.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { liveHub } from "@/lib/live/hub";
import { forgetSearchCatalogue } from "./catalogue";
import { searchCases, type SearchResult } from "./queries";
import type { SearchParams } from "./schema";

/** About 50 KB a result at most (20 cards, snippets, facets): a bounded few megabytes per instance. */
const MAX_ENTRIES = 200;
/** A backstop only: a change is heard within milliseconds of its commit. */
const MAX_AGE_MS = 10 * 60_000;

type Entry = { version: number; at: number; result: SearchResult };

class SearchCache {
  private entries = new Map<string, Entry>();
  /** Identical searches already running at this version share one statement. */
  private running = new Map<string, Promise<SearchResult>>();
  private watching = false;

  async search(viewer: Viewer, params: SearchParams): Promise<SearchResult> {
    this.watch();
    const version = liveHub.libraryVersion();
    if (version === null) return searchCases(viewer, params);
    const key = cacheKey(viewer, params);
    const kept = this.entries.get(key);
    if (kept && kept.version === version && Date.now() - kept.at < MAX_AGE_MS) {
      this.entries.delete(key); // most recently used last: the Map's order is the eviction order
      this.entries.set(key, kept);
      return kept.result;
    }
    const runningKey = `${version}\u0000${key}`;
    const running = this.running.get(runningKey);
    if (running) return running;
    const read = searchCases(viewer, params).finally(() => this.running.delete(runningKey));
    this.running.set(runningKey, read);
    const result = await read;
    // Kept only if nothing changed while it was read: its snapshot may predate that change.
    if (liveHub.libraryVersion() === version) {
      this.entries.delete(key);
      this.entries.set(key, { version, at: Date.now(), result });
      while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return result;
  }

  /** How many results are kept (tests). */
  get size(): number {
    return this.entries.size;
  }

  private watch() {
    if (this.watching) return;
    this.watching = true;
    liveHub.watchLibrary((table) => {
      this.entries.clear();
      if (table === "Diagnosis" || table === "*") forgetSearchCatalogue();
    });
  }
}

/** The viewer as every policy sees them, and the parameters in a fixed order. */
function cacheKey(viewer: Viewer, params: SearchParams): string {
  const sorted = (ids: string[] | undefined) => (ids ? [...ids].sort() : null);
  const who = [viewer.id, viewer.role, sorted(viewer.teamIds), sorted(viewer.guestTeamIds), sorted(viewer.leadTeamIds), sorted(viewer.presentedCaseIds)];
  const what = Object.entries(params).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([who, what]);
}

const global_ = globalThis as unknown as { roundsSearchCache?: SearchCache };
export const searchCache: SearchCache = (global_.roundsSearchCache ??= new SearchCache());

/** The library's search, served from this instance's kept results when the library has not changed since. */
export function cachedSearchCases(viewer: Viewer, params: SearchParams): Promise<SearchResult> {
  return searchCache.search(viewer, params);
}
