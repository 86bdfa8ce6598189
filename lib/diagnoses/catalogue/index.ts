// The diagnosis catalogue: one data file per MDT specialty, concatenated here. The seed loads it
// into the Diagnosis table (prisma/seed-runner.ts, seedCatalogue); validate.ts states the rules a
// test checks (unique slugs, names and terms, ICD-10 format, counts per specialty).
import { completeSynonyms } from "./spelling";
import { SPECIALTIES, type CatalogueEntry, type Specialty } from "./types";
import { DIAGNOSIS_CATEGORIES, DIAGNOSIS_REGIONS, MUSCULOSKELETAL } from "./musculoskeletal";
import { MUSCULOSKELETAL_CODES } from "./musculoskeletal-codes";
import { THORACIC } from "./thoracic";
import { CHEST } from "./chest";
import { BREAST } from "./breast";
import { COLORECTAL } from "./colorectal";
import { UPPER_GI } from "./upper-gi";
import { HEPATOBILIARY } from "./hepatobiliary";
import { UROLOGY } from "./urology";
import { GYNAECOLOGY } from "./gynaecology";
import { HEAD_AND_NECK } from "./head-and-neck";
import { NEURO_ONCOLOGY } from "./neuro-oncology";
import { HAEMATOLOGY } from "./haematology";
import { SKIN } from "./skin";
import { SARCOMA } from "./sarcoma";
import { PAEDIATRICS } from "./paediatrics";
import { NEURORADIOLOGY } from "./neuroradiology";
import { ABDOMINAL } from "./abdominal";

export { SPECIALTIES, type CatalogueEntry, type Specialty };
export { DIAGNOSIS_REGIONS, DIAGNOSIS_CATEGORIES as MUSCULOSKELETAL_CATEGORIES };

/** The musculoskeletal entries with their codes, flags and (for a few) another specialty. */
function musculoskeletal(): CatalogueEntry[] {
  const codes = new Map<string, { icd10: string | null; rare: boolean; specialty: Specialty }>();
  for (const line of MUSCULOSKELETAL_CODES.split("\n").map((text) => text.trim()).filter(Boolean)) {
    const [slug = "", code = "-", flags = ""] = line.split("|").map((field) => field.trim());
    const words = flags.split(/\s+/).filter(Boolean);
    const specialty = (words.find((word) => word !== "rare") ?? "musculoskeletal") as Specialty;
    if (!(specialty in SPECIALTIES)) throw new Error(`musculoskeletal-codes: unknown specialty "${specialty}" for ${slug}`);
    codes.set(slug, { icd10: code === "-" ? null : code, rare: words.includes("rare"), specialty });
  }
  return MUSCULOSKELETAL.map((entry) => {
    const code = codes.get(entry.slug);
    if (!code) throw new Error(`musculoskeletal-codes has no line for ${entry.slug}`);
    return { ...entry, synonyms: completeSynonyms(entry.name, entry.synonyms), ...code };
  });
}

export const DIAGNOSIS_CATALOGUE: readonly CatalogueEntry[] = [
  ...musculoskeletal(),
  ...THORACIC,
  ...CHEST,
  ...BREAST,
  ...COLORECTAL,
  ...UPPER_GI,
  ...HEPATOBILIARY,
  ...UROLOGY,
  ...GYNAECOLOGY,
  ...HEAD_AND_NECK,
  ...NEURO_ONCOLOGY,
  ...HAEMATOLOGY,
  ...SKIN,
  ...SARCOMA,
  ...PAEDIATRICS,
  ...NEURORADIOLOGY,
  ...ABDOMINAL,
];
