// The catalogue's rules, checked by catalogue.test.ts (and usable by any loader): returns the
// problems found, an empty list when the catalogue is sound.
import { SPECIALTIES, type CatalogueEntry, type Specialty } from "./types";

export const ICD10_FORMAT = /^[A-Z]\d{2}(?:\.\d)?$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MINIMUM_ENTRIES = 1500;
/** Each specialty's floor: enough entities for its MDT to record the diagnoses it usually meets. */
export const MINIMUM_PER_SPECIALTY = 50;

/** A term with case, accents, apostrophes and punctuation ignored ("Sjögren's" and "sjogrens" are one key). */
export function looseKey(term: string): string {
  return term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function countBySpecialty(entries: readonly CatalogueEntry[]): Record<Specialty, number> {
  const counts = Object.fromEntries(Object.keys(SPECIALTIES).map((key) => [key, 0])) as Record<Specialty, number>;
  for (const entry of entries) counts[entry.specialty] = (counts[entry.specialty] ?? 0) + 1;
  return counts;
}

export function validateCatalogue(entries: readonly CatalogueEntry[]): string[] {
  const problems: string[] = [];
  if (entries.length < MINIMUM_ENTRIES) problems.push(`${entries.length} entries, fewer than ${MINIMUM_ENTRIES}`);
  for (const [specialty, count] of Object.entries(countBySpecialty(entries))) {
    if (count < MINIMUM_PER_SPECIALTY) problems.push(`${specialty}: ${count} entries, fewer than ${MINIMUM_PER_SPECIALTY}`);
  }
  const slugs = new Set<string>();
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const entry of entries) {
    if (!KEBAB_CASE.test(entry.slug)) problems.push(`slug "${entry.slug}" is not kebab-case`);
    if (slugs.has(entry.slug)) problems.push(`slug "${entry.slug}" appears twice`);
    slugs.add(entry.slug);
    if (!(entry.specialty in SPECIALTIES)) problems.push(`${entry.slug}: unknown specialty "${entry.specialty}"`);
    if (!entry.category.trim()) problems.push(`${entry.slug}: no category`);
    if (entry.icd10 !== null && !ICD10_FORMAT.test(entry.icd10)) problems.push(`${entry.slug}: ICD-10 code "${entry.icd10}" is not a letter, two digits and an optional .digit`);
    const name = entry.name.toLowerCase();
    if (names.has(name)) problems.push(`name "${entry.name}" is used by ${entry.slug} and ${names.get(name)}`);
    names.set(name, entry.slug);
    for (const term of [entry.name, ...entry.synonyms]) {
      if (!term || term !== term.trim() || /\s{2,}/.test(term)) problems.push(`${entry.slug}: term "${term}" is empty or badly spaced`);
    }
  }
  // A term (name or synonym, ignoring case, accents and punctuation) names exactly one entry, so no
  // synonym is another entry's name and a typed term never means two things.
  for (const entry of entries) {
    for (const term of new Set([entry.name, ...entry.synonyms].map(looseKey))) {
      const owner = owners.get(term);
      if (owner !== undefined && owner !== entry.slug) problems.push(`"${term}" names both ${owner} and ${entry.slug}`);
      else owners.set(term, entry.slug);
    }
  }
  return problems;
}
