// The shape of a catalogue entry and the specialties that hold MDT meetings. Types and constants only.

/** Specialty keys (stored in Diagnosis.specialty) and their labels. */
export const SPECIALTIES = {
  thoracic: "Thoracic oncology",
  chest: "Chest radiology",
  breast: "Breast",
  colorectal: "Colorectal",
  "upper-gi": "Upper GI",
  hepatobiliary: "Hepatobiliary and pancreatic",
  urology: "Urology",
  gynaecology: "Gynaecology",
  "head-and-neck": "Head and neck",
  "neuro-oncology": "Neuro-oncology",
  haematology: "Haematology",
  skin: "Skin",
  sarcoma: "Sarcoma",
  paediatrics: "Paediatrics",
  neuroradiology: "Neuroradiology",
  abdominal: "Abdominal radiology",
  musculoskeletal: "Musculoskeletal radiology",
} as const;

export type Specialty = keyof typeof SPECIALTIES;

export interface CatalogueEntry {
  /** Stable kebab-case id. Never change a published slug (cases, votes and tests refer to it). */
  slug: string;
  /** Preferred name, British spelling (oedema, tumour, haemorrhage). */
  name: string;
  /** Other names: American spellings, unaccented forms, abbreviations, eponyms, older terms. */
  synonyms: string[];
  /** A group within the specialty ("Lung cancer", "Trauma and stress injury"). */
  category: string;
  /** The MDT the entity is mostly discussed at; one per entity, so that cases aggregate. */
  specialty: Specialty;
  /** WHO ICD-10 code (letter, two digits, optional .digit), or null when the entity has none of its own. */
  icd10: string | null;
  /** Rare disease (EU: under 1 in 2,000 people) or rare cancer (RARECARE: under 6 per 100,000 a year). */
  rare: boolean;
  /** Typical regions (musculoskeletal entries only), from DIAGNOSIS_REGIONS. */
  region?: string[];
}
