// Reads a specialty's data table into catalogue entries. The tables are plain text, one entity a line:
//
//   ## Category                                    (applies to the lines below it)
//   Name | ICD-10 | synonym; abbreviation; ... | flags
//
// The ICD-10 field is "-" (or empty) when the entity has no code of its own; flags are "rare" and
// "slug=..." (only to keep a published slug when a name is reworded). The slug is otherwise the
// kebab-case of the unaccented name. American spellings and unaccented forms are added by
// completeSynonyms, so a table lists the British form only.
import { completeSynonyms, withoutDiacritics } from "./spelling";
import type { CatalogueEntry, Specialty } from "./types";

export function slugOf(name: string): string {
  return withoutDiacritics(name)
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function table(specialty: Specialty, text: string): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  let category = "";
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith("## ")) {
      category = line.slice(3).trim();
      continue;
    }
    const [name = "", code = "", synonyms = "", flags = ""] = line.split("|").map((field) => field.trim());
    if (!name || !category) throw new Error(`${specialty} catalogue, line ${index + 1}: "${line}" needs a name under a "## Category" line`);
    const flagList = flags.split(/\s+/).filter(Boolean);
    const slug = flagList.find((flag) => flag.startsWith("slug="))?.slice(5) ?? slugOf(name);
    const unknown = flagList.filter((flag) => flag !== "rare" && !flag.startsWith("slug="));
    if (unknown.length) throw new Error(`${specialty} catalogue, line ${index + 1}: unknown flag ${unknown.join(", ")}`);
    entries.push({
      slug,
      name,
      synonyms: completeSynonyms(name, synonyms.split(";").map((term) => term.trim()).filter(Boolean)),
      category,
      specialty,
      icd10: code && code !== "-" ? code : null,
      rare: flagList.includes("rare"),
    });
  }
  return entries;
}
