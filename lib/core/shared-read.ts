// Reads shared between requests in one process (decisions 025 and 026): what many viewers read
// between two changes of a case is read once. The key must change whenever the result may:
// callers put the case's latest event id in it (every change they reflect records one in the
// same transaction) and whatever else decides what the read returns.
import "server-only";

/** What a read depends on, in order: the parts are compared as a whole (JSON). */
export type SharedKey = ReadonlyArray<string | number | boolean | null>;

export interface SharedReads<T> {
  /** The value read under `key`, reading it if it is not held (concurrent misses share one read). */
  get(key: SharedKey, read: () => Promise<T>): Promise<T>;
  /** Forgets every value: for measurements that must time the reads themselves (the bench). */
  clear(): void;
}

/**
 * At most `entries` keys, the most recently read kept; each for `maxAgeMs` at most, so that a
 * change made outside the app (an edit in SQL) shows within that time. A failed read is not kept.
 * Values are shared between requests: whatever builds a view from one must not change it.
 */
export function sharedReads<T>({ entries, maxAgeMs }: { entries: number; maxAgeMs: number }): SharedReads<T> {
  const held = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(parts, read) {
      const key = JSON.stringify(parts);
      const now = Date.now();
      const hit = held.get(key);
      if (hit && now - hit.at < maxAgeMs) return hit.value;
      const value = read();
      held.delete(key);
      held.set(key, { at: now, value });
      value.catch(() => {
        if (held.get(key)?.value === value) held.delete(key);
      });
      // Map order is insertion order: the first keys are the oldest.
      for (const oldest of held.keys()) {
        if (held.size <= entries) break;
        held.delete(oldest);
      }
      return value;
    },
    clear: () => held.clear(),
  };
}
