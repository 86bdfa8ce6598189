import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { searchDiagnoses, type DiagnosisMatch } from "./search";

/** Catalogue names for the authoring form's suggestions. */
export async function listDiagnosisNames(): Promise<string[]> {
  const rows = await db.diagnosis.findMany({ where: { status: "accepted" }, select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((row) => row.name);
}

// The catalogue changes rarely and is small: each instance keeps it for a minute.
let cached: { at: number; entries: Array<{ id: string; name: string; synonyms: string[] }> } | null = null;
const CACHE_MS = 60_000;

async function acceptedEntries() {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    cached = { at: Date.now(), entries: await db.diagnosis.findMany({ where: { status: "accepted" }, select: { id: true, name: true, synonyms: true } }) };
  }
  return cached.entries;
}

/** Typeahead: accepted entries, plus the viewer's own pending proposals. */
export async function searchCatalogue(viewer: Viewer, query: string): Promise<Array<DiagnosisMatch & { proposed: boolean }>> {
  const [accepted, own] = await Promise.all([
    acceptedEntries(),
    db.diagnosis.findMany({ where: { status: "proposed", proposedById: viewer.id }, select: { id: true, name: true, synonyms: true } }),
  ]);
  const ownIds = new Set(own.map((entry) => entry.id));
  return searchDiagnoses([...accepted, ...own], query).map((match) => ({ ...match, proposed: ownIds.has(match.id) }));
}

export async function listProposals() {
  return db.diagnosis.findMany({
    where: { status: "proposed" },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, synonyms: true, createdAt: true, proposedById: true, _count: { select: { differentials: true } } },
  });
}
