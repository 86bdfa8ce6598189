import { describe, it, expect } from "vitest";
import {
  DIAGNOSIS_CATALOGUE,
  MUSCULOSKELETAL_CATEGORIES as DIAGNOSIS_CATEGORIES,
  DIAGNOSIS_REGIONS,
  SPECIALTIES,
  type CatalogueEntry,
} from "./catalogue";
import { MUSCULOSKELETAL } from "./catalogue/musculoskeletal";
import { countBySpecialty, ICD10_FORMAT, MINIMUM_ENTRIES, MINIMUM_PER_SPECIALTY, validateCatalogue } from "./catalogue/validate";

// The allowed lists are restated here on purpose, so that a change to the
// module's exported lists is a deliberate, reviewed change.
const ALLOWED_CATEGORIES = [
  "Trauma and stress injury",
  "Vascular and marrow",
  "Infection",
  "Inflammatory and crystal arthritis",
  "Metabolic",
  "Bone tumour (benign)",
  "Bone tumour (malignant)",
  "Soft tissue",
  "Neuropathic and pain syndromes",
  "Degenerative",
  "Tendon and ligament",
  "Congenital and developmental",
  "Other",
];

const ALLOWED_REGIONS = [
  "foot",
  "ankle",
  "knee",
  "hip",
  "spine",
  "shoulder",
  "wrist",
  "hand",
  "elbow",
  "pelvis",
  "any",
];

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function lower(term: string): string {
  return term.toLowerCase();
}

/** Looser key: no diacritics, apostrophes or punctuation, single spaces. */
function looseKey(term: string): string {
  return term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function allTerms(entry: CatalogueEntry): string[] {
  return [entry.name, ...entry.synonyms];
}

/** Case-insensitive exact lookup over names and synonyms. */
function resolve(term: string): CatalogueEntry[] {
  const wanted = lower(term.trim());
  return DIAGNOSIS_CATALOGUE.filter((entry) => allTerms(entry).some((t) => lower(t) === wanted));
}

function americanise(term: string): string {
  return term
    .replace(/oedema/gi, (m) => (m[0] === "O" ? "Edema" : "edema"))
    .replace(/tumour/gi, (m) => (m[0] === "T" ? "Tumor" : "tumor"))
    .replace(/haem/gi, (m) => (m[0] === "H" ? "Hem" : "hem"))
    .replace(/aem/g, "em")
    .replace(/paed/gi, (m) => (m[0] === "P" ? "Ped" : "ped"))
    .replace(/isation/g, "ization")
    .replace(/ising/g, "izing")
    .replace(/ised\b/g, "ized");
}

function stripDiacritics(term: string): string {
  return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

describe("DIAGNOSIS_CATALOGUE", () => {
  it("has at least 1,500 entries, every MDT specialty above its floor", () => {
    expect(MINIMUM_ENTRIES).toBe(1500);
    expect(DIAGNOSIS_CATALOGUE.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES);
    const counts = countBySpecialty(DIAGNOSIS_CATALOGUE);
    expect(Object.keys(counts).sort()).toEqual(Object.keys(SPECIALTIES).sort());
    for (const [specialty, count] of Object.entries(counts)) expect(count, specialty).toBeGreaterThanOrEqual(MINIMUM_PER_SPECIALTY);
  });

  it("passes the catalogue's own validation (unique slugs, names and terms; ICD-10 format)", () => {
    expect(validateCatalogue(DIAGNOSIS_CATALOGUE)).toEqual([]);
  });

  it("validation catches a duplicate slug, a duplicate name, a bad code and a synonym that is another entry's name", () => {
    const base = DIAGNOSIS_CATALOGUE.find((entry) => entry.slug === "pulmonary-embolism")!;
    const broken = [
      ...DIAGNOSIS_CATALOGUE,
      { ...base, name: "Something else", synonyms: [] },
      { ...base, slug: "pe-copy", synonyms: [] },
      { ...base, slug: "bad-code", name: "Bad code", synonyms: [], icd10: "I2.69" },
      { ...base, slug: "thief", name: "Thief", synonyms: ["Glioblastoma"] },
    ];
    const problems = validateCatalogue(broken).join("\n");
    expect(problems).toContain('slug "pulmonary-embolism" appears twice');
    expect(problems).toContain('name "Pulmonary embolism" is used by');
    expect(problems).toContain('ICD-10 code "I2.69"');
    expect(problems).toContain('"glioblastoma" names both');
  });

  it("keeps every musculoskeletal slug (cases and tests refer to them)", () => {
    const slugs = new Set(DIAGNOSIS_CATALOGUE.map((entry) => entry.slug));
    expect(MUSCULOSKELETAL).toHaveLength(198);
    for (const entry of MUSCULOSKELETAL) expect(slugs.has(entry.slug), entry.slug).toBe(true);
  });

  it("gives codes in the WHO ICD-10 form and flags rare entities", () => {
    const codes = DIAGNOSIS_CATALOGUE.filter((entry) => entry.icd10 !== null);
    expect(codes.length / DIAGNOSIS_CATALOGUE.length).toBeGreaterThan(0.85);
    for (const entry of codes) expect(entry.icd10, entry.slug).toMatch(ICD10_FORMAT);
    const byName = (name: string) => DIAGNOSIS_CATALOGUE.find((entry) => entry.name === name)!;
    expect(byName("Pulmonary embolism").icd10).toBe("I26.9");
    expect(byName("Glioblastoma").icd10).toBe("C71.9");
    expect(byName("Appendicitis").icd10).toBe("K35.8");
    expect(byName("Hepatocellular carcinoma").icd10).toBe("C22.0");
    expect(byName("Medulloblastoma").rare).toBe(true);
    expect(byName("Breast cancer").rare).toBe(false);
  });

  it("has unique kebab-case slugs", () => {
    const slugs = DIAGNOSIS_CATALOGUE.map((e) => e.slug);
    for (const slug of slugs) expect(slug, slug).toMatch(KEBAB_CASE);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("has non-empty, trimmed names and synonyms", () => {
    for (const entry of DIAGNOSIS_CATALOGUE) {
      expect(Array.isArray(entry.synonyms), entry.slug).toBe(true);
      for (const term of allTerms(entry)) {
        expect(term.length, entry.slug).toBeGreaterThan(0);
        expect(term, entry.slug).toBe(term.trim());
        expect(term, entry.slug).not.toMatch(/\s{2,}/);
      }
    }
  });

  it("gives every term (name or synonym) to exactly one entry, case-insensitively", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of DIAGNOSIS_CATALOGUE) {
      for (const term of allTerms(entry)) {
        const key = lower(term);
        const previous = owner.get(key);
        if (previous !== undefined) clashes.push(`"${term}" in ${entry.slug} and ${previous}`);
        else owner.set(key, entry.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has no cross-entry clash even ignoring diacritics and punctuation", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of DIAGNOSIS_CATALOGUE) {
      for (const term of allTerms(entry)) {
        const key = looseKey(term);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== entry.slug) {
          clashes.push(`"${term}" in ${entry.slug} and ${previous}`);
        } else {
          owner.set(key, entry.slug);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("resolves transient osteoporosis and transient bone marrow oedema syndrome to the same entry", () => {
    const a = resolve("transient osteoporosis");
    const b = resolve("Transient bone marrow oedema syndrome");
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).toBe(b[0]);
    expect(a[0]?.slug).toBe("transient-bone-marrow-oedema");
    expect(resolve("transient osteoporosis of the hip")[0]).toBe(a[0]);
    expect(resolve("TRANSIENT BONE MARROW EDEMA SYNDROME")[0]).toBe(a[0]);
  });

  it("uses only allowed categories (musculoskeletal entries; the other specialties group by their table's headings)", () => {
    const musculoskeletal = new Set(MUSCULOSKELETAL.map((entry) => entry.slug));
    for (const entry of DIAGNOSIS_CATALOGUE.filter((candidate) => musculoskeletal.has(candidate.slug))) {
      expect(ALLOWED_CATEGORIES, entry.slug).toContain(entry.category);
    }
    expect([...DIAGNOSIS_CATEGORIES]).toEqual(ALLOWED_CATEGORIES);
  });

  it("uses only allowed regions, with 'any' standing alone", () => {
    expect([...DIAGNOSIS_REGIONS]).toEqual(ALLOWED_REGIONS);
    for (const entry of DIAGNOSIS_CATALOGUE) {
      if (entry.region === undefined) continue;
      expect(entry.region.length, entry.slug).toBeGreaterThan(0);
      expect(new Set(entry.region).size, entry.slug).toBe(entry.region.length);
      for (const region of entry.region) expect(ALLOWED_REGIONS, entry.slug).toContain(region);
      if (entry.region.includes("any")) expect(entry.region, entry.slug).toEqual(["any"]);
    }
  });

  it("lists the American spelling and unaccented form of each name as a synonym", () => {
    const missing: string[] = [];
    for (const entry of DIAGNOSIS_CATALOGUE) {
      const terms = new Set(allTerms(entry).map(lower));
      for (const variant of [americanise(entry.name), stripDiacritics(entry.name)]) {
        if (!terms.has(lower(variant))) missing.push(`${entry.slug}: "${variant}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("resolves the key terms clinicians use", () => {
    const expected: Record<string, string> = {
      "stress fracture": "fatigue-stress-fracture",
      "fatigue fracture": "fatigue-stress-fracture",
      "insufficiency fracture": "insufficiency-fracture",
      SONK: "subchondral-insufficiency-fracture",
      "pulmonary embolism": "pulmonary-embolism",
      PE: "pulmonary-embolism",
      "pulmonary thromboembolism": "pulmonary-embolism",
      appendicitis: "appendicitis",
      glioblastoma: "glioblastoma",
      GBM: "glioblastoma",
      NSCLC: "non-small-cell-lung-cancer",
      "pulmonary edema": "pulmonary-oedema",
      "subarachnoid hemorrhage": "subarachnoid-haemorrhage",
      "Wilms tumor": "wilms-tumour",
      "esophageal cancer": "oesophageal-cancer",
      "acute myelogenous leukemia": "acute-myeloid-leukaemia",
      "Sjogren syndrome": "sjogren-syndrome",
      HCC: "hepatocellular-carcinoma",
      DCIS: "ductal-carcinoma-in-situ",
      "pheochromocytoma": "phaeochromocytoma",
      "subchondral insufficiency fracture of the knee": "subchondral-insufficiency-fracture",
      "march fracture": "metatarsal-stress-fracture",
      "second metatarsal stress fracture": "metatarsal-stress-fracture",
      "stress reaction": "bone-stress-reaction",
      "shin splints": "medial-tibial-stress-syndrome",
      "bone contusion": "bone-bruise",
      "Freiberg disease": "freiberg-infraction",
      "avascular necrosis": "osteonecrosis",
      "avascular necrosis of the femoral head": "osteonecrosis-of-the-femoral-head",
      "avascular necrosis of the talus": "osteonecrosis-of-the-talus",
      "regional migratory osteoporosis": "transient-bone-marrow-oedema",
      "bone infarct": "bone-infarct",
      "sickle cell bone infarct": "sickle-cell-bone-infarct",
      osteomyelitis: "osteomyelitis",
      "chronic osteomyelitis": "chronic-osteomyelitis",
      "Brodie's abscess": "brodie-abscess",
      "septic arthritis": "septic-arthritis",
      "diabetic foot osteomyelitis": "diabetic-foot-osteomyelitis",
      "Charcot foot": "charcot-neuroarthropathy",
      "rheumatoid arthritis": "rheumatoid-arthritis",
      "psoriatic arthritis": "psoriatic-arthritis",
      "Reiter syndrome": "reactive-arthritis",
      gout: "gout",
      pseudogout: "calcium-pyrophosphate-deposition-disease",
      CPPD: "calcium-pyrophosphate-deposition-disease",
      "ankylosing spondylitis": "ankylosing-spondylitis",
      osteoarthritis: "osteoarthritis",
      "reflex sympathetic dystrophy": "complex-regional-pain-syndrome",
      "Sudeck atrophy": "complex-regional-pain-syndrome",
      algodystrophy: "complex-regional-pain-syndrome",
      "disuse osteoporosis": "disuse-osteopenia",
      osteoporosis: "osteoporosis",
      osteomalacia: "osteomalacia",
      "Paget's disease": "paget-disease-of-bone",
      hyperparathyroidism: "hyperparathyroidism",
      "brown tumor": "brown-tumour",
      "renal osteodystrophy": "renal-osteodystrophy",
      "skeletal metastases": "bone-metastasis",
      myeloma: "multiple-myeloma",
      "primary bone lymphoma": "lymphoma-of-bone",
      "osteogenic sarcoma": "osteosarcoma",
      "Ewing's sarcoma": "ewing-sarcoma",
      chondrosarcoma: "chondrosarcoma",
      "osteoid osteoma": "osteoid-osteoma",
      osteoblastoma: "osteoblastoma",
      enchondroma: "enchondroma",
      exostosis: "osteochondroma",
      "giant cell tumor of bone": "giant-cell-tumour-of-bone",
      ABC: "aneurysmal-bone-cyst",
      "unicameral bone cyst": "simple-bone-cyst",
      NOF: "non-ossifying-fibroma",
      "fibrous dysplasia": "fibrous-dysplasia",
      chondroblastoma: "chondroblastoma",
      "intraosseous lipoma": "intraosseous-lipoma",
      "eosinophilic granuloma": "langerhans-cell-histiocytosis",
      "vertebral hemangioma": "haemangioma-of-bone",
      "osteochondritis dissecans of the talus": "osteochondral-lesion-of-the-talus",
      "Morton's neuroma": "morton-neuroma",
      "plantar fasciitis": "plantar-fasciitis",
      "Achilles tendinosis": "achilles-tendinopathy",
      "Achilles tendon tear": "achilles-tendon-rupture",
      PTTD: "tibialis-posterior-tendon-dysfunction",
      "Lisfranc fracture-dislocation": "lisfranc-injury",
      "posterior ankle impingement": "os-trigonum-syndrome",
      "calcaneonavicular coalition": "tarsal-coalition",
      "os tibiale externum": "accessory-navicular",
      "sinus tarsi syndrome": "sinus-tarsi-syndrome",
      "footballer's ankle": "anterior-ankle-impingement",
      "sarcoidosis of bone": "sarcoidosis-of-bone",
      "medial tibial stress syndrome": "medial-tibial-stress-syndrome",
      PVNS: "tenosynovial-giant-cell-tumour",
      "pigmented villonodular synovitis": "tenosynovial-giant-cell-tumour",
      "synovial osteochondromatosis": "synovial-chondromatosis",
      "soft tissue sarcoma": "soft-tissue-sarcoma",
      lipoma: "lipoma",
      ganglion: "ganglion-cyst",
      "Kienbock disease": "kienbock-disease",
      "scaphoid fracture": "scaphoid-fracture",
      "Legg-Calvé-Perthes disease": "perthes-disease",
      SUFE: "slipped-capital-femoral-epiphysis",
      FAI: "femoroacetabular-impingement",
      discitis: "spondylodiscitis",
      "osteoporotic vertebral fracture": "vertebral-compression-fracture",
      "Schmorl's node": "schmorl-node",
    };
    const problems: string[] = [];
    for (const [term, slug] of Object.entries(expected)) {
      const hits = resolve(term).map((e) => e.slug);
      if (hits.length !== 1 || hits[0] !== slug) {
        problems.push(`${term} -> [${hits.join(", ")}], expected ${slug}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
