// The accepted diagnosis catalogue as the query parser needs it (names and synonyms), kept by each
// instance for a minute: it changes rarely, and every search expands synonyms against it.
import "server-only";
import { db } from "@/lib/core/db";
import { normaliseText } from "./distance";
import type { CatalogueLabels } from "./terms";

const CACHE_MS = 60_000;
let cached: { at: number; entries: Promise<CatalogueLabels[]> } | null = null;

export function searchCatalogue(): Promise<CatalogueLabels[]> {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    const entries = db.diagnosis.findMany({ where: { status: "accepted" }, select: { id: true, name: true, synonyms: true } });
    cached = { at: Date.now(), entries };
    entries.catch(() => (cached = null));
  }
  return cached.entries;
}

/** Drops the cached catalogue (tests that add entries). */
export function forgetSearchCatalogue(): void {
  cached = null;
}

/** The entry a `dx` filter names: by id, or by any of its names and synonyms (case and accents aside). */
export function resolveDiagnosis(catalogue: readonly CatalogueLabels[], value: string): CatalogueLabels | null {
  const byId = catalogue.find((entry) => entry.id === value);
  if (byId) return byId;
  const wanted = normaliseText(value);
  if (!wanted) return null;
  return catalogue.find((entry) => [entry.name, ...entry.synonyms].some((label) => normaliseText(label) === wanted)) ?? null;
}
