/**
 * The musculoskeletal part of the diagnosis catalogue (the first 198 entries; their ICD-10 codes,
 * rare flags and the few filed under another specialty are in musculoskeletal-codes.ts).
 *
 * Pure data: no imports, no runtime logic. Every entry is one clinical entity,
 * so that cases tagged with any of its names aggregate together.
 *
 * Conventions
 * - `slug` is a stable kebab-case id. Never change a published slug; add a new
 *   entry and migrate instead.
 * - `name` is the preferred name in British radiology spelling (oedema,
 *   tumour, haemangioma). When the name has a British spelling or a diacritic,
 *   the American / unaccented form is listed among the synonyms.
 * - `synonyms` hold other names clinicians use: American spellings, eponyms
 *   (with and without the possessive), abbreviations and older terms. A
 *   synonym (compared case-insensitively) belongs to exactly one entry and is
 *   never another entry's name.
 * - `region` lists typical regions only, from DIAGNOSIS_REGIONS. "any" is used
 *   alone, for conditions with no preferred site. Conditions whose typical
 *   site (e.g. tibial shaft, thigh muscles, chest wall) has no region value
 *   leave `region` out.
 *
 * Granularity decisions (see also the comments beside the entries)
 * - Generic "stress fracture" maps to the fatigue-type entry. Insufficiency
 *   fracture, subchondral insufficiency fracture, metatarsal stress fracture,
 *   navicular stress fracture, spondylolysis and vertebral compression
 *   fracture are separate entries because they are managed and discussed as
 *   distinct entities.
 * - Transient osteoporosis of the hip, bone marrow oedema syndrome and
 *   regional migratory osteoporosis are treated as one self-limiting syndrome
 *   (regional migratory osteoporosis being its migratory form) and share one
 *   entry, so that cases aggregate.
 * - Osteonecrosis has a generic entry plus site-specific entries only where
 *   the site changes staging, management or eponym (femoral head, talus,
 *   lunate, scaphoid, metatarsal head, navicular, paediatric femoral head).
 */

export interface MusculoskeletalEntry {
  /** Stable kebab-case id, e.g. "transient-bone-marrow-oedema". */
  slug: string;
  /** Preferred name (British spelling as used in radiology: oedema, tumour). */
  name: string;
  /** Other names clinicians use, incl. American spellings, eponyms, abbreviations. */
  synonyms: string[];
  /** One of DIAGNOSIS_CATEGORIES. */
  category: string;
  /** Typical regions, from DIAGNOSIS_REGIONS. */
  region?: string[];
}

export const DIAGNOSIS_CATEGORIES: readonly string[] = [
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

export const DIAGNOSIS_REGIONS: readonly string[] = [
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

export const MUSCULOSKELETAL: readonly MusculoskeletalEntry[] = [
  // ---------------------------------------------------------------------------
  // Trauma and stress injury
  // ---------------------------------------------------------------------------
  {
    // Abnormal repetitive load on normal bone. Plain "stress fracture" lands
    // here; insufficiency-type fractures have their own entry.
    slug: "fatigue-stress-fracture",
    name: "Fatigue stress fracture",
    synonyms: ["stress fracture", "fatigue fracture", "overuse fracture"],
    category: "Trauma and stress injury",
    region: ["foot", "ankle", "hip"],
  },
  {
    // Normal load on bone of reduced strength (osteoporosis, osteomalacia,
    // radiotherapy, etc.).
    slug: "insufficiency-fracture",
    name: "Insufficiency fracture",
    synonyms: [
      "insufficiency stress fracture",
      "sacral insufficiency fracture",
      "pelvic insufficiency fracture",
      "osteoporotic insufficiency fracture",
    ],
    category: "Trauma and stress injury",
    region: ["pelvis", "spine", "hip", "knee", "foot"],
  },
  {
    // Generalised across sites. Most lesions formerly called spontaneous
    // osteonecrosis of the knee (SONK, Ahlbäck disease) are now regarded as
    // subchondral insufficiency fractures, so those terms are synonyms here.
    // Freiberg infraction (adolescent, metatarsal head) remains its own entry.
    slug: "subchondral-insufficiency-fracture",
    name: "Subchondral insufficiency fracture",
    synonyms: [
      "SIF",
      "subchondral insufficiency fracture of the knee",
      "SIFK",
      "spontaneous osteonecrosis of the knee",
      "SONK",
      "Ahlbäck disease",
      "Ahlback disease",
      "subchondral insufficiency fracture of the femoral head",
      "subchondral insufficiency fracture of the metatarsal head",
    ],
    category: "Trauma and stress injury",
    region: ["knee", "hip", "foot"],
  },
  {
    // Kept separate from the generic fatigue fracture: by far the commonest
    // stress fracture seen in foot practice (2nd and 3rd metatarsal shafts).
    // Proximal 5th metatarsal fractures are separate entries below.
    slug: "metatarsal-stress-fracture",
    name: "Metatarsal stress fracture",
    synonyms: [
      "march fracture",
      "second metatarsal stress fracture",
      "2nd metatarsal stress fracture",
      "third metatarsal stress fracture",
      "metatarsal fatigue fracture",
      "Deutschländer fracture",
      "Deutschlander fracture",
    ],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    // High-risk stress fracture with its own imaging (CT) and management.
    slug: "navicular-stress-fracture",
    name: "Navicular stress fracture",
    synonyms: ["tarsal navicular stress fracture", "navicular fatigue fracture"],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    // Marrow and/or periosteal oedema from repetitive loading without a
    // visible fracture line (the low-grade end of bone stress injury).
    slug: "bone-stress-reaction",
    name: "Bone stress reaction",
    synonyms: [
      "stress reaction",
      "bone stress response",
      "stress response of bone",
      "low-grade bone stress injury",
      "bone stress injury without fracture line",
    ],
    category: "Trauma and stress injury",
    region: ["foot", "ankle", "hip"],
  },
  {
    // Posteromedial tibial border; no region value fits the tibial shaft.
    slug: "medial-tibial-stress-syndrome",
    name: "Medial tibial stress syndrome",
    synonyms: ["shin splints", "MTSS", "tibial periostitis", "medial tibial periostitis"],
    category: "Trauma and stress injury",
  },
  {
    slug: "bone-bruise",
    name: "Bone bruise",
    synonyms: [
      "bone contusion",
      "osseous contusion",
      "trabecular microfracture",
      "post-traumatic bone marrow oedema",
      "post-traumatic bone marrow edema",
    ],
    category: "Trauma and stress injury",
    region: ["knee", "ankle", "foot"],
  },
  {
    slug: "lisfranc-injury",
    name: "Lisfranc injury",
    synonyms: [
      "Lisfranc fracture-dislocation",
      "Lisfranc ligament injury",
      "Lisfranc ligament tear",
      "tarsometatarsal joint injury",
      "tarsometatarsal fracture-dislocation",
      "midfoot sprain",
    ],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    // Zone 2 (metaphyseal-diaphyseal junction) of the 5th metatarsal.
    slug: "jones-fracture",
    name: "Jones fracture",
    synonyms: [
      "fifth metatarsal metadiaphyseal fracture",
      "5th metatarsal metadiaphyseal fracture",
      "zone 2 fifth metatarsal fracture",
    ],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    // Zone 1 of the 5th metatarsal.
    slug: "fifth-metatarsal-tuberosity-avulsion-fracture",
    name: "Fifth metatarsal tuberosity avulsion fracture",
    synonyms: [
      "pseudo-Jones fracture",
      "fifth metatarsal base avulsion fracture",
      "5th metatarsal base avulsion fracture",
      "zone 1 fifth metatarsal fracture",
    ],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    slug: "ankle-fracture",
    name: "Ankle fracture",
    synonyms: [
      "malleolar fracture",
      "bimalleolar fracture",
      "trimalleolar fracture",
      "Weber fracture",
      "Pott fracture",
    ],
    category: "Trauma and stress injury",
    region: ["ankle"],
  },
  {
    slug: "calcaneal-fracture",
    name: "Calcaneal fracture",
    synonyms: [
      "calcaneus fracture",
      "os calcis fracture",
      "fractured calcaneus",
      "lover's fracture",
      "Don Juan fracture",
    ],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    slug: "talar-fracture",
    name: "Talar fracture",
    synonyms: [
      "talus fracture",
      "talar neck fracture",
      "aviator's astragalus",
      "lateral process of the talus fracture",
      "snowboarder's fracture",
    ],
    category: "Trauma and stress injury",
    region: ["ankle", "foot"],
  },
  {
    slug: "scaphoid-fracture",
    name: "Scaphoid fracture",
    synonyms: [
      "scaphoid waist fracture",
      "fractured scaphoid",
      "occult scaphoid fracture",
      "carpal navicular fracture",
    ],
    category: "Trauma and stress injury",
    region: ["wrist"],
  },
  {
    slug: "distal-radius-fracture",
    name: "Distal radius fracture",
    synonyms: [
      "distal radial fracture",
      "fractured distal radius",
      "Colles fracture",
      "Smith fracture",
      "Barton fracture",
    ],
    category: "Trauma and stress injury",
    region: ["wrist"],
  },
  {
    slug: "proximal-femoral-fracture",
    name: "Proximal femoral fracture",
    synonyms: [
      "hip fracture",
      "femoral neck fracture",
      "fractured neck of femur",
      "intracapsular hip fracture",
      "extracapsular hip fracture",
      "intertrochanteric fracture",
    ],
    category: "Trauma and stress injury",
    region: ["hip"],
  },
  {
    slug: "tibial-plateau-fracture",
    name: "Tibial plateau fracture",
    synonyms: ["bumper fracture", "fender fracture", "proximal tibial articular fracture"],
    category: "Trauma and stress injury",
    region: ["knee"],
  },
  {
    // Osteoporotic (benign) vertebral fractures. Pathological fractures should
    // be tagged with the underlying lesion (e.g. bone metastasis, myeloma).
    slug: "vertebral-compression-fracture",
    name: "Vertebral compression fracture",
    synonyms: [
      "VCF",
      "osteoporotic vertebral fracture",
      "osteoporotic compression fracture",
      "vertebral fragility fracture",
      "vertebral wedge fracture",
      "wedge compression fracture",
      "vertebral body compression fracture",
    ],
    category: "Trauma and stress injury",
    region: ["spine"],
  },
  {
    slug: "spondylolysis",
    name: "Spondylolysis",
    synonyms: [
      "pars interarticularis defect",
      "pars defect",
      "pars fracture",
      "pars interarticularis stress fracture",
      "lumbar spondylolysis",
    ],
    category: "Trauma and stress injury",
    region: ["spine"],
  },
  {
    slug: "fracture-non-union",
    name: "Fracture non-union",
    synonyms: [
      "non-union",
      "nonunion",
      "fracture nonunion",
      "ununited fracture",
      "pseudarthrosis",
      "pseudoarthrosis",
    ],
    category: "Trauma and stress injury",
    region: ["any"],
  },
  {
    slug: "meniscal-tear",
    name: "Meniscal tear",
    synonyms: ["meniscus tear", "torn meniscus", "meniscal injury", "bucket-handle meniscal tear"],
    category: "Trauma and stress injury",
    region: ["knee"],
  },
  {
    slug: "muscle-strain",
    name: "Muscle strain",
    synonyms: [
      "muscle tear",
      "pulled muscle",
      "myotendinous junction injury",
      "hamstring strain",
      "calf strain",
      "tennis leg",
    ],
    category: "Trauma and stress injury",
    region: ["any"],
  },
  {
    slug: "morel-lavallee-lesion",
    name: "Morel-Lavallée lesion",
    synonyms: [
      "Morel-Lavallee lesion",
      "closed degloving injury",
      "internal degloving injury",
      "Morel-Lavallée effusion",
    ],
    category: "Trauma and stress injury",
    region: ["hip", "pelvis", "knee"],
  },
  {
    slug: "osgood-schlatter-disease",
    name: "Osgood-Schlatter disease",
    synonyms: [
      "Osgood-Schlatter's disease",
      "Osgood-Schlatter syndrome",
      "tibial tuberosity apophysitis",
      "tibial tubercle apophysitis",
    ],
    category: "Trauma and stress injury",
    region: ["knee"],
  },
  {
    slug: "sinding-larsen-johansson-syndrome",
    name: "Sinding-Larsen-Johansson syndrome",
    synonyms: [
      "Sinding-Larsen-Johansson disease",
      "SLJ syndrome",
      "inferior patellar pole apophysitis",
    ],
    category: "Trauma and stress injury",
    region: ["knee"],
  },
  {
    slug: "sever-disease",
    name: "Sever disease",
    synonyms: ["Sever's disease", "calcaneal apophysitis", "calcaneal traction apophysitis"],
    category: "Trauma and stress injury",
    region: ["foot"],
  },
  {
    // Juvenile knee/elbow OCD. The talar dome has its own entry because
    // talar lesions are largely traumatic and staged differently.
    slug: "osteochondritis-dissecans",
    name: "Osteochondritis dissecans",
    synonyms: [
      "OCD",
      "osteochondritis dissecans of the knee",
      "juvenile osteochondritis dissecans",
      "JOCD",
      "osteochondritis dissecans of the capitellum",
      "capitellar osteochondritis dissecans",
    ],
    category: "Trauma and stress injury",
    region: ["knee", "elbow"],
  },
  {
    slug: "osteochondral-lesion-of-the-talus",
    name: "Osteochondral lesion of the talus",
    synonyms: [
      "OLT",
      "osteochondral defect of the talus",
      "talar osteochondral lesion",
      "talar dome lesion",
      "osteochondritis dissecans of the talus",
      "talar OCD",
      "osteochondral fracture of the talus",
      "transchondral fracture of the talus",
    ],
    category: "Trauma and stress injury",
    region: ["ankle"],
  },
  {
    slug: "anterior-ankle-impingement",
    name: "Anterior ankle impingement",
    synonyms: [
      "anterior impingement syndrome of the ankle",
      "anterior tibiotalar impingement",
      "anterior bony impingement of the ankle",
      "footballer's ankle",
    ],
    category: "Trauma and stress injury",
    region: ["ankle"],
  },
  {
    // Posterior ankle impingement generalised here: an os trigonum (or
    // prominent posterior talar process) is its usual substrate.
    slug: "os-trigonum-syndrome",
    name: "Os trigonum syndrome",
    synonyms: [
      "posterior ankle impingement",
      "posterior ankle impingement syndrome",
      "os trigonum impingement",
      "talar compression syndrome",
    ],
    category: "Trauma and stress injury",
    region: ["ankle"],
  },

  // ---------------------------------------------------------------------------
  // Vascular and marrow
  // ---------------------------------------------------------------------------
  {
    slug: "osteonecrosis",
    name: "Osteonecrosis",
    synonyms: [
      "avascular necrosis",
      "AVN",
      "aseptic necrosis",
      "aseptic bone necrosis",
      "ischaemic necrosis of bone",
      "ischemic necrosis of bone",
    ],
    category: "Vascular and marrow",
    region: ["any"],
  },
  {
    slug: "osteonecrosis-of-the-femoral-head",
    name: "Osteonecrosis of the femoral head",
    synonyms: [
      "avascular necrosis of the femoral head",
      "femoral head osteonecrosis",
      "femoral head AVN",
      "AVN of the hip",
      "ONFH",
      "Chandler disease",
    ],
    category: "Vascular and marrow",
    region: ["hip"],
  },
  {
    slug: "osteonecrosis-of-the-talus",
    name: "Osteonecrosis of the talus",
    synonyms: ["avascular necrosis of the talus", "talar osteonecrosis", "talar AVN"],
    category: "Vascular and marrow",
    region: ["ankle", "foot"],
  },
  {
    // Metadiaphyseal (medullary) osteonecrosis.
    slug: "bone-infarct",
    name: "Bone infarct",
    synonyms: [
      "bone infarction",
      "medullary bone infarct",
      "medullary infarct",
      "metadiaphyseal osteonecrosis",
      "intramedullary osteonecrosis",
    ],
    category: "Vascular and marrow",
    region: ["knee", "shoulder"],
  },
  {
    slug: "sickle-cell-bone-infarct",
    name: "Sickle cell bone infarct",
    synonyms: [
      "sickle cell bone infarction",
      "sickle cell bone crisis",
      "vaso-occlusive bone crisis",
      "sickle cell dactylitis",
    ],
    category: "Vascular and marrow",
    region: ["hip", "shoulder", "spine"],
  },
  {
    // Regional migratory osteoporosis is kept as a synonym, not a separate
    // entry: it is widely regarded as the migratory form of the same
    // self-limiting bone marrow oedema syndrome, and splitting it would
    // fragment aggregation of a rare condition.
    slug: "transient-bone-marrow-oedema",
    name: "Transient bone marrow oedema syndrome",
    synonyms: [
      "transient bone marrow edema syndrome",
      "transient bone marrow oedema",
      "transient bone marrow edema",
      "bone marrow oedema syndrome",
      "bone marrow edema syndrome",
      "BMES",
      "TBMES",
      "TBMOS",
      "transient osteoporosis",
      "transient osteoporosis of the hip",
      "idiopathic transient osteoporosis of the hip",
      "TOH",
      "transient regional osteoporosis",
      "regional migratory osteoporosis",
      "RMO",
    ],
    category: "Vascular and marrow",
    region: ["hip", "knee", "ankle", "foot"],
  },
  {
    slug: "kienbock-disease",
    name: "Kienböck disease",
    synonyms: [
      "Kienbock disease",
      "Kienböck's disease",
      "Kienbock's disease",
      "lunatomalacia",
      "avascular necrosis of the lunate",
      "lunate osteonecrosis",
    ],
    category: "Vascular and marrow",
    region: ["wrist"],
  },
  {
    // Idiopathic (non-fracture) osteonecrosis of the scaphoid. Post-fracture
    // proximal pole necrosis belongs with scaphoid fracture / non-union.
    slug: "preiser-disease",
    name: "Preiser disease",
    synonyms: [
      "Preiser's disease",
      "idiopathic avascular necrosis of the scaphoid",
      "idiopathic scaphoid osteonecrosis",
    ],
    category: "Vascular and marrow",
    region: ["wrist"],
  },
  {
    slug: "freiberg-infraction",
    name: "Freiberg infraction",
    synonyms: [
      "Freiberg's infraction",
      "Freiberg disease",
      "Freiberg's disease",
      "Freiberg infarction",
      "Freiberg-Köhler disease",
      "osteochondrosis of the metatarsal head",
      "metatarsal head osteonecrosis",
      "avascular necrosis of the metatarsal head",
    ],
    category: "Vascular and marrow",
    region: ["foot"],
  },
  {
    // Childhood osteochondrosis of the tarsal navicular.
    slug: "kohler-disease",
    name: "Köhler disease",
    synonyms: [
      "Kohler disease",
      "Köhler's disease",
      "Kohler's disease",
      "navicular osteochondrosis",
      "juvenile navicular osteonecrosis",
    ],
    category: "Vascular and marrow",
    region: ["foot"],
  },
  {
    // Adult navicular: aetiology debated (osteonecrosis vs dysplasia and
    // abnormal loading), but managed as one entity.
    slug: "muller-weiss-disease",
    name: "Müller-Weiss disease",
    synonyms: [
      "Muller-Weiss disease",
      "Mueller-Weiss disease",
      "Müller-Weiss syndrome",
      "Mueller-Weiss syndrome",
      "spontaneous osteonecrosis of the adult tarsal navicular",
      "adult navicular osteonecrosis",
    ],
    category: "Vascular and marrow",
    region: ["foot"],
  },
  {
    slug: "perthes-disease",
    name: "Perthes disease",
    synonyms: [
      "Legg-Calvé-Perthes disease",
      "Legg-Calve-Perthes disease",
      "Perthes' disease",
      "LCPD",
      "coxa plana",
    ],
    category: "Vascular and marrow",
    region: ["hip"],
  },
  {
    slug: "red-marrow-reconversion",
    name: "Red marrow reconversion",
    synonyms: [
      "marrow reconversion",
      "haematopoietic marrow reconversion",
      "hematopoietic marrow reconversion",
      "red marrow hyperplasia",
    ],
    category: "Vascular and marrow",
    region: ["any"],
  },
  {
    slug: "serous-atrophy-of-bone-marrow",
    name: "Serous atrophy of bone marrow",
    synonyms: [
      "gelatinous transformation of bone marrow",
      "gelatinous marrow transformation",
      "serous fat atrophy",
      "starvation marrow",
    ],
    category: "Vascular and marrow",
    region: ["any"],
  },
  {
    // Lysosomal storage disease; grouped here for its marrow infiltration,
    // infarcts and osteonecrosis.
    slug: "gaucher-disease",
    name: "Gaucher disease",
    synonyms: ["Gaucher's disease", "skeletal Gaucher disease", "glucocerebrosidase deficiency"],
    category: "Vascular and marrow",
    region: ["knee", "hip", "spine"],
  },

  // ---------------------------------------------------------------------------
  // Infection
  // ---------------------------------------------------------------------------
  {
    // Plain "osteomyelitis" lands here (acute / unspecified).
    slug: "osteomyelitis",
    name: "Osteomyelitis",
    synonyms: [
      "acute osteomyelitis",
      "acute haematogenous osteomyelitis",
      "acute hematogenous osteomyelitis",
      "AHO",
      "pyogenic osteomyelitis",
      "bacterial osteomyelitis",
      "bone infection",
    ],
    category: "Infection",
    region: ["any"],
  },
  {
    slug: "chronic-osteomyelitis",
    name: "Chronic osteomyelitis",
    synonyms: [
      "chronic suppurative osteomyelitis",
      "chronic pyogenic osteomyelitis",
      "chronic bacterial osteomyelitis",
    ],
    category: "Infection",
    region: ["any"],
  },
  {
    // Localised form of subacute osteomyelitis.
    slug: "brodie-abscess",
    name: "Brodie abscess",
    synonyms: ["Brodie's abscess", "intraosseous abscess", "bone abscess", "subacute osteomyelitis"],
    category: "Infection",
    region: ["knee", "ankle"],
  },
  {
    slug: "diabetic-foot-osteomyelitis",
    name: "Diabetic foot osteomyelitis",
    synonyms: [
      "DFO",
      "osteomyelitis of the diabetic foot",
      "diabetic pedal osteomyelitis",
      "diabetic foot infection with osteomyelitis",
    ],
    category: "Infection",
    region: ["foot"],
  },
  {
    slug: "septic-arthritis",
    name: "Septic arthritis",
    synonyms: [
      "infectious arthritis",
      "infective arthritis",
      "pyogenic arthritis",
      "bacterial arthritis",
      "septic joint",
      "joint sepsis",
      "pyarthrosis",
    ],
    category: "Infection",
    region: ["knee", "hip", "shoulder", "ankle"],
  },
  {
    slug: "spondylodiscitis",
    name: "Spondylodiscitis",
    synonyms: [
      "discitis",
      "vertebral osteomyelitis",
      "infective spondylodiscitis",
      "pyogenic spondylodiscitis",
      "infectious spondylitis",
      "septic discitis",
    ],
    category: "Infection",
    region: ["spine"],
  },
  {
    slug: "tuberculous-spondylitis",
    name: "Tuberculous spondylitis",
    synonyms: [
      "Pott disease",
      "Pott's disease",
      "spinal tuberculosis",
      "tuberculosis of the spine",
      "tuberculous spondylodiscitis",
    ],
    category: "Infection",
    region: ["spine"],
  },
  {
    slug: "tuberculous-arthritis",
    name: "Tuberculous arthritis",
    synonyms: ["TB arthritis", "articular tuberculosis", "tuberculosis of a joint"],
    category: "Infection",
    region: ["hip", "knee"],
  },
  {
    slug: "septic-bursitis",
    name: "Septic bursitis",
    synonyms: [
      "infected bursitis",
      "infective bursitis",
      "septic olecranon bursitis",
      "septic prepatellar bursitis",
    ],
    category: "Infection",
    region: ["elbow", "knee"],
  },
  {
    slug: "soft-tissue-abscess",
    name: "Soft-tissue abscess",
    synonyms: ["soft tissue abscess", "subcutaneous abscess", "intramuscular abscess"],
    category: "Infection",
    region: ["any"],
  },
  {
    slug: "pyomyositis",
    name: "Pyomyositis",
    synonyms: ["infective myositis", "bacterial myositis", "tropical pyomyositis"],
    category: "Infection",
    region: ["hip", "pelvis"],
  },
  {
    slug: "necrotising-fasciitis",
    name: "Necrotising fasciitis",
    synonyms: [
      "necrotizing fasciitis",
      "necrotising soft-tissue infection",
      "necrotizing soft tissue infection",
      "NSTI",
      "flesh-eating disease",
    ],
    category: "Infection",
    region: ["any"],
  },
  {
    slug: "cellulitis",
    name: "Cellulitis",
    synonyms: ["soft-tissue cellulitis", "infective cellulitis"],
    category: "Infection",
    region: ["any"],
  },

  // ---------------------------------------------------------------------------
  // Inflammatory and crystal arthritis
  // ---------------------------------------------------------------------------
  {
    slug: "rheumatoid-arthritis",
    name: "Rheumatoid arthritis",
    synonyms: ["RA", "rheumatoid disease", "rheumatoid arthropathy"],
    category: "Inflammatory and crystal arthritis",
    region: ["hand", "wrist", "foot", "knee", "spine"],
  },
  {
    slug: "psoriatic-arthritis",
    name: "Psoriatic arthritis",
    synonyms: ["PsA", "psoriatic arthropathy", "psoriatic spondyloarthritis"],
    category: "Inflammatory and crystal arthritis",
    region: ["hand", "foot", "spine", "pelvis"],
  },
  {
    slug: "reactive-arthritis",
    name: "Reactive arthritis",
    synonyms: ["ReA", "Reiter syndrome", "Reiter's syndrome", "Reiter disease"],
    category: "Inflammatory and crystal arthritis",
    region: ["foot", "ankle", "knee", "pelvis"],
  },
  {
    slug: "enteropathic-arthritis",
    name: "Enteropathic arthritis",
    synonyms: [
      "enteropathic spondyloarthritis",
      "IBD-associated arthritis",
      "inflammatory bowel disease-associated arthritis",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["spine", "pelvis", "knee"],
  },
  {
    slug: "ankylosing-spondylitis",
    name: "Ankylosing spondylitis",
    synonyms: [
      "AS",
      "radiographic axial spondyloarthritis",
      "r-axSpA",
      "Bechterew disease",
      "Bekhterev disease",
      "Marie-Strümpell disease",
      "Marie-Strumpell disease",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["spine", "pelvis"],
  },
  {
    slug: "non-radiographic-axial-spondyloarthritis",
    name: "Non-radiographic axial spondyloarthritis",
    synonyms: ["nr-axSpA", "non-radiographic axSpA"],
    category: "Inflammatory and crystal arthritis",
    region: ["spine", "pelvis"],
  },
  {
    slug: "juvenile-idiopathic-arthritis",
    name: "Juvenile idiopathic arthritis",
    synonyms: [
      "JIA",
      "juvenile rheumatoid arthritis",
      "JRA",
      "juvenile chronic arthritis",
      "JCA",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["knee", "ankle", "wrist", "hip"],
  },
  {
    slug: "gout",
    name: "Gout",
    synonyms: [
      "gouty arthritis",
      "gouty arthropathy",
      "tophaceous gout",
      "podagra",
      "urate arthropathy",
      "monosodium urate crystal deposition disease",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["foot", "ankle", "knee", "hand", "elbow"],
  },
  {
    slug: "calcium-pyrophosphate-deposition-disease",
    name: "Calcium pyrophosphate deposition disease",
    synonyms: [
      "CPPD",
      "CPPD disease",
      "calcium pyrophosphate dihydrate deposition disease",
      "pseudogout",
      "chondrocalcinosis",
      "pyrophosphate arthropathy",
      "acute calcium pyrophosphate crystal arthritis",
      "crowned dens syndrome",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["knee", "wrist", "hand", "spine", "pelvis"],
  },
  {
    slug: "hydroxyapatite-deposition-disease",
    name: "Hydroxyapatite deposition disease",
    synonyms: [
      "HADD",
      "calcium hydroxyapatite deposition disease",
      "calcific tendinitis",
      "calcific tendonitis",
      "calcific tendinopathy",
      "calcific periarthritis",
      "basic calcium phosphate crystal deposition",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["shoulder", "hip", "hand", "wrist"],
  },
  {
    // Autoinflammatory, not infective; grouped here rather than in Infection.
    slug: "chronic-non-bacterial-osteomyelitis",
    name: "Chronic non-bacterial osteomyelitis",
    synonyms: [
      "CNO",
      "chronic nonbacterial osteomyelitis",
      "chronic recurrent multifocal osteomyelitis",
      "CRMO",
      "non-bacterial osteitis",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["knee", "ankle", "spine", "pelvis"],
  },
  {
    slug: "sapho-syndrome",
    name: "SAPHO syndrome",
    synonyms: [
      "synovitis, acne, pustulosis, hyperostosis, osteitis syndrome",
      "pustulotic arthro-osteitis",
      "acquired hyperostosis syndrome",
    ],
    category: "Inflammatory and crystal arthritis",
    region: ["spine"],
  },
  {
    slug: "jaccoud-arthropathy",
    name: "Jaccoud arthropathy",
    synonyms: ["Jaccoud's arthropathy", "lupus arthropathy"],
    category: "Inflammatory and crystal arthritis",
    region: ["hand"],
  },
  {
    slug: "transient-synovitis-of-the-hip",
    name: "Transient synovitis of the hip",
    synonyms: ["transient synovitis", "irritable hip", "toxic synovitis", "observation hip"],
    category: "Inflammatory and crystal arthritis",
    region: ["hip"],
  },

  // ---------------------------------------------------------------------------
  // Metabolic
  // ---------------------------------------------------------------------------
  {
    slug: "osteoporosis",
    name: "Osteoporosis",
    synonyms: [
      "primary osteoporosis",
      "postmenopausal osteoporosis",
      "senile osteoporosis",
      "age-related osteoporosis",
      "generalised osteoporosis",
      "generalized osteoporosis",
    ],
    category: "Metabolic",
    region: ["spine", "hip", "wrist"],
  },
  {
    slug: "disuse-osteopenia",
    name: "Disuse osteopenia",
    synonyms: [
      "disuse osteoporosis",
      "immobilisation osteopenia",
      "immobilization osteopenia",
      "immobilisation osteoporosis",
      "immobilization osteoporosis",
    ],
    category: "Metabolic",
    region: ["any"],
  },
  {
    slug: "osteomalacia",
    name: "Osteomalacia",
    synonyms: ["adult rickets", "Milkman syndrome", "vitamin D deficiency osteomalacia"],
    category: "Metabolic",
    region: ["pelvis", "hip"],
  },
  {
    slug: "rickets",
    name: "Rickets",
    synonyms: [
      "rachitis",
      "nutritional rickets",
      "vitamin D deficiency rickets",
      "hypophosphataemic rickets",
      "hypophosphatemic rickets",
    ],
    category: "Metabolic",
    region: ["knee", "wrist"],
  },
  {
    slug: "paget-disease-of-bone",
    name: "Paget disease of bone",
    synonyms: [
      "Paget's disease of bone",
      "Paget disease",
      "Paget's disease",
      "osteitis deformans",
      "PDB",
    ],
    category: "Metabolic",
    region: ["pelvis", "spine", "hip"],
  },
  {
    slug: "hyperparathyroidism",
    name: "Hyperparathyroidism",
    synonyms: [
      "primary hyperparathyroidism",
      "secondary hyperparathyroidism",
      "hyperparathyroid bone disease",
      "osteitis fibrosa cystica",
      "von Recklinghausen disease of bone",
    ],
    category: "Metabolic",
    region: ["hand", "spine"],
  },
  {
    // Focal lesion of hyperparathyroidism; separate because it presents and
    // is discussed as a lytic bone lesion.
    slug: "brown-tumour",
    name: "Brown tumour",
    synonyms: [
      "brown tumor",
      "brown tumour of hyperparathyroidism",
      "brown tumor of hyperparathyroidism",
    ],
    category: "Metabolic",
    region: ["any"],
  },
  {
    slug: "renal-osteodystrophy",
    name: "Renal osteodystrophy",
    synonyms: [
      "renal bone disease",
      "CKD-MBD",
      "chronic kidney disease-mineral and bone disorder",
      "uraemic osteodystrophy",
      "uremic osteodystrophy",
    ],
    category: "Metabolic",
    region: ["any"],
  },
  {
    slug: "scurvy",
    name: "Scurvy",
    synonyms: ["vitamin C deficiency", "infantile scurvy", "Möller-Barlow disease"],
    category: "Metabolic",
    region: ["knee", "wrist"],
  },

  // ---------------------------------------------------------------------------
  // Bone tumour (benign) and tumour-like lesions
  // ---------------------------------------------------------------------------
  {
    slug: "osteoid-osteoma",
    name: "Osteoid osteoma",
    synonyms: ["intra-articular osteoid osteoma", "cortical osteoid osteoma"],
    category: "Bone tumour (benign)",
    region: ["hip", "knee", "spine"],
  },
  {
    slug: "osteoblastoma",
    name: "Osteoblastoma",
    synonyms: ["giant osteoid osteoma", "osteogenic fibroma of bone"],
    category: "Bone tumour (benign)",
    region: ["spine"],
  },
  {
    slug: "enchondroma",
    name: "Enchondroma",
    synonyms: ["chondroma of bone", "central chondroma", "intramedullary chondroma", "solitary enchondroma"],
    category: "Bone tumour (benign)",
    region: ["hand", "knee", "shoulder"],
  },
  {
    slug: "enchondromatosis",
    name: "Enchondromatosis",
    synonyms: ["Ollier disease", "Ollier's disease", "multiple enchondromatosis", "dyschondroplasia"],
    category: "Bone tumour (benign)",
    region: ["hand", "knee"],
  },
  {
    slug: "maffucci-syndrome",
    name: "Maffucci syndrome",
    synonyms: [
      "Maffucci's syndrome",
      "enchondromatosis with haemangiomas",
      "enchondromatosis with hemangiomas",
    ],
    category: "Bone tumour (benign)",
    region: ["hand", "foot"],
  },
  {
    slug: "osteochondroma",
    name: "Osteochondroma",
    synonyms: [
      "exostosis",
      "osteocartilaginous exostosis",
      "cartilage-capped exostosis",
      "solitary osteochondroma",
      "solitary exostosis",
    ],
    category: "Bone tumour (benign)",
    region: ["knee", "shoulder", "hip"],
  },
  {
    slug: "hereditary-multiple-exostoses",
    name: "Hereditary multiple exostoses",
    synonyms: [
      "HME",
      "multiple hereditary exostoses",
      "MHE",
      "hereditary multiple osteochondromas",
      "multiple osteochondromas",
      "diaphyseal aclasis",
    ],
    category: "Bone tumour (benign)",
    region: ["knee", "shoulder", "hip", "wrist"],
  },
  {
    slug: "subungual-exostosis",
    name: "Subungual exostosis",
    synonyms: ["Dupuytren exostosis", "Dupuytren's exostosis"],
    category: "Bone tumour (benign)",
    region: ["foot", "hand"],
  },
  {
    slug: "giant-cell-tumour-of-bone",
    name: "Giant cell tumour of bone",
    synonyms: ["giant cell tumor of bone", "GCTB", "GCT of bone", "osteoclastoma"],
    category: "Bone tumour (benign)",
    region: ["knee", "wrist", "pelvis", "spine"],
  },
  {
    slug: "aneurysmal-bone-cyst",
    name: "Aneurysmal bone cyst",
    synonyms: ["ABC", "primary aneurysmal bone cyst"],
    category: "Bone tumour (benign)",
    region: ["any"],
  },
  {
    slug: "simple-bone-cyst",
    name: "Simple bone cyst",
    synonyms: ["unicameral bone cyst", "UBC", "solitary bone cyst", "juvenile bone cyst"],
    category: "Bone tumour (benign)",
    region: ["shoulder", "hip", "foot"],
  },
  {
    // Fibrous cortical defect shares histology and is merged here (size /
    // location variant of the same metaphyseal fibrous defect).
    slug: "non-ossifying-fibroma",
    name: "Non-ossifying fibroma",
    synonyms: [
      "NOF",
      "nonossifying fibroma",
      "fibrous cortical defect",
      "metaphyseal fibrous defect",
      "fibroxanthoma of bone",
    ],
    category: "Bone tumour (benign)",
    region: ["knee", "ankle"],
  },
  {
    slug: "fibrous-dysplasia",
    name: "Fibrous dysplasia",
    synonyms: [
      "FD",
      "fibrous dysplasia of bone",
      "monostotic fibrous dysplasia",
      "polyostotic fibrous dysplasia",
    ],
    category: "Bone tumour (benign)",
    region: ["any"],
  },
  {
    // Anterior tibial cortex; no region value fits the tibial shaft.
    slug: "osteofibrous-dysplasia",
    name: "Osteofibrous dysplasia",
    synonyms: ["OFD", "Campanacci disease", "ossifying fibroma of long bones"],
    category: "Bone tumour (benign)",
  },
  {
    slug: "chondroblastoma",
    name: "Chondroblastoma",
    synonyms: ["Codman tumour", "Codman tumor", "Codman's tumour"],
    category: "Bone tumour (benign)",
    region: ["knee", "shoulder", "hip", "foot"],
  },
  {
    slug: "chondromyxoid-fibroma",
    name: "Chondromyxoid fibroma",
    synonyms: ["CMF", "chondromyxoid fibroma of bone"],
    category: "Bone tumour (benign)",
    region: ["knee", "foot"],
  },
  {
    slug: "intraosseous-lipoma",
    name: "Intraosseous lipoma",
    synonyms: ["lipoma of bone", "osseous lipoma", "calcaneal intraosseous lipoma"],
    category: "Bone tumour (benign)",
    region: ["foot", "hip"],
  },
  {
    slug: "intraosseous-ganglion",
    name: "Intraosseous ganglion",
    synonyms: ["intraosseous ganglion cyst", "juxta-articular bone cyst"],
    category: "Bone tumour (benign)",
    region: ["ankle", "hip", "wrist"],
  },
  {
    slug: "langerhans-cell-histiocytosis",
    name: "Langerhans cell histiocytosis",
    synonyms: [
      "LCH",
      "eosinophilic granuloma",
      "eosinophilic granuloma of bone",
      "histiocytosis X",
      "Hand-Schüller-Christian disease",
      "Hand-Schuller-Christian disease",
      "Letterer-Siwe disease",
    ],
    category: "Bone tumour (benign)",
    region: ["any"],
  },
  {
    slug: "haemangioma-of-bone",
    name: "Haemangioma of bone",
    synonyms: [
      "hemangioma of bone",
      "intraosseous haemangioma",
      "intraosseous hemangioma",
      "osseous haemangioma",
      "osseous hemangioma",
      "vertebral haemangioma",
      "vertebral hemangioma",
    ],
    category: "Bone tumour (benign)",
    region: ["spine"],
  },
  {
    slug: "bone-island",
    name: "Bone island",
    synonyms: ["enostosis", "compact bone island", "endosteoma"],
    category: "Bone tumour (benign)",
    region: ["pelvis", "hip", "spine"],
  },

  // ---------------------------------------------------------------------------
  // Bone tumour (malignant)
  // ---------------------------------------------------------------------------
  {
    slug: "bone-metastasis",
    name: "Bone metastasis",
    synonyms: [
      "bone metastases",
      "bony metastasis",
      "skeletal metastasis",
      "skeletal metastases",
      "osseous metastasis",
      "osseous metastases",
      "metastatic bone disease",
      "secondary bone tumour",
      "secondary bone tumor",
    ],
    category: "Bone tumour (malignant)",
    region: ["spine", "pelvis", "hip"],
  },
  {
    slug: "multiple-myeloma",
    name: "Multiple myeloma",
    synonyms: ["myeloma", "plasma cell myeloma", "myelomatosis", "Kahler disease", "Kahler's disease"],
    category: "Bone tumour (malignant)",
    region: ["spine", "pelvis"],
  },
  {
    slug: "solitary-plasmacytoma-of-bone",
    name: "Solitary plasmacytoma of bone",
    synonyms: ["solitary bone plasmacytoma", "plasmacytoma of bone", "osseous plasmacytoma"],
    category: "Bone tumour (malignant)",
    region: ["spine", "pelvis"],
  },
  {
    slug: "lymphoma-of-bone",
    name: "Lymphoma of bone",
    synonyms: [
      "primary bone lymphoma",
      "primary lymphoma of bone",
      "osseous lymphoma",
      "bone lymphoma",
      "reticulum cell sarcoma",
    ],
    category: "Bone tumour (malignant)",
    region: ["knee", "hip", "pelvis"],
  },
  {
    slug: "osteosarcoma",
    name: "Osteosarcoma",
    synonyms: [
      "osteogenic sarcoma",
      "conventional osteosarcoma",
      "intramedullary osteosarcoma",
      "high-grade osteosarcoma",
    ],
    category: "Bone tumour (malignant)",
    region: ["knee", "shoulder", "hip"],
  },
  {
    slug: "parosteal-osteosarcoma",
    name: "Parosteal osteosarcoma",
    synonyms: ["parosteal osteogenic sarcoma", "juxtacortical low-grade osteosarcoma"],
    category: "Bone tumour (malignant)",
    region: ["knee"],
  },
  {
    slug: "ewing-sarcoma",
    name: "Ewing sarcoma",
    synonyms: [
      "Ewing's sarcoma",
      "Ewing tumour",
      "Ewing tumor",
      "Ewing's tumour",
      "Ewing sarcoma family of tumours",
    ],
    category: "Bone tumour (malignant)",
    region: ["any"],
  },
  {
    // WHO: atypical cartilaginous tumour is the term for grade 1
    // chondrosarcoma of the appendicular skeleton; merged for aggregation.
    slug: "chondrosarcoma",
    name: "Chondrosarcoma",
    synonyms: [
      "conventional chondrosarcoma",
      "central chondrosarcoma",
      "secondary chondrosarcoma",
      "low-grade chondrosarcoma",
      "atypical cartilaginous tumour",
      "atypical cartilaginous tumor",
      "ACT",
    ],
    category: "Bone tumour (malignant)",
    region: ["pelvis", "hip", "shoulder", "knee"],
  },
  {
    slug: "chordoma",
    name: "Chordoma",
    synonyms: ["sacral chordoma", "sacrococcygeal chordoma", "clival chordoma", "conventional chordoma"],
    category: "Bone tumour (malignant)",
    region: ["spine"],
  },
  {
    // Tibial diaphysis; no region value fits.
    slug: "adamantinoma",
    name: "Adamantinoma",
    synonyms: ["adamantinoma of long bones", "tibial adamantinoma", "classic adamantinoma"],
    category: "Bone tumour (malignant)",
  },

  // ---------------------------------------------------------------------------
  // Soft tissue
  // ---------------------------------------------------------------------------
  {
    // Generic entry for sarcomas not otherwise specified; common subtypes with
    // distinct imaging have their own entries.
    slug: "soft-tissue-sarcoma",
    name: "Soft-tissue sarcoma",
    synonyms: ["soft tissue sarcoma", "STS", "sarcoma of soft tissue"],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "synovial-sarcoma",
    name: "Synovial sarcoma",
    synonyms: ["malignant synovioma", "synovial cell sarcoma"],
    category: "Soft tissue",
    region: ["knee", "foot", "ankle"],
  },
  {
    slug: "undifferentiated-pleomorphic-sarcoma",
    name: "Undifferentiated pleomorphic sarcoma",
    synonyms: ["UPS", "malignant fibrous histiocytoma", "MFH"],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "atypical-lipomatous-tumour",
    name: "Atypical lipomatous tumour",
    synonyms: [
      "atypical lipomatous tumor",
      "ALT",
      "well-differentiated liposarcoma",
      "WDLPS",
    ],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "lipoma",
    name: "Lipoma",
    synonyms: ["simple lipoma", "soft-tissue lipoma", "subcutaneous lipoma", "intramuscular lipoma"],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "lipoma-arborescens",
    name: "Lipoma arborescens",
    synonyms: ["villous lipomatous proliferation of the synovium", "synovial lipomatosis"],
    category: "Soft tissue",
    region: ["knee"],
  },
  {
    slug: "ganglion-cyst",
    name: "Ganglion cyst",
    synonyms: ["ganglion", "soft-tissue ganglion", "wrist ganglion", "tendon sheath ganglion"],
    category: "Soft tissue",
    region: ["wrist", "hand", "foot", "ankle", "knee"],
  },
  {
    slug: "baker-cyst",
    name: "Baker cyst",
    synonyms: ["Baker's cyst", "popliteal cyst", "gastrocnemius-semimembranosus bursal cyst"],
    category: "Soft tissue",
    region: ["knee"],
  },
  {
    // Localised (giant cell tumour of tendon sheath) and diffuse (PVNS) types
    // share one entry, following the WHO grouping.
    slug: "tenosynovial-giant-cell-tumour",
    name: "Tenosynovial giant cell tumour",
    synonyms: [
      "tenosynovial giant cell tumor",
      "TGCT",
      "pigmented villonodular synovitis",
      "PVNS",
      "pigmented villonodular tenosynovitis",
      "pigmented villonodular bursitis",
      "giant cell tumour of tendon sheath",
      "giant cell tumor of tendon sheath",
      "GCTTS",
      "diffuse-type tenosynovial giant cell tumour",
      "localised tenosynovial giant cell tumour",
      "nodular tenosynovitis",
    ],
    category: "Soft tissue",
    region: ["knee", "hip", "ankle", "hand"],
  },
  {
    // Primary synovial chondromatosis only; secondary loose bodies of
    // osteoarthritis are not this entity.
    slug: "synovial-chondromatosis",
    name: "Synovial chondromatosis",
    synonyms: [
      "primary synovial chondromatosis",
      "synovial osteochondromatosis",
      "synovial chondrometaplasia",
      "Reichel syndrome",
      "Reichel-Jones-Henderson syndrome",
    ],
    category: "Soft tissue",
    region: ["knee", "hip", "elbow", "shoulder"],
  },
  {
    slug: "schwannoma",
    name: "Schwannoma",
    synonyms: ["neurilemmoma", "neurilemoma", "neurinoma", "peripheral nerve schwannoma"],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "neurofibroma",
    name: "Neurofibroma",
    synonyms: ["solitary neurofibroma", "localised neurofibroma", "plexiform neurofibroma"],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "myositis-ossificans",
    name: "Myositis ossificans",
    synonyms: [
      "myositis ossificans circumscripta",
      "myositis ossificans traumatica",
      "localised myositis ossificans",
      "localized myositis ossificans",
    ],
    category: "Soft tissue",
    region: ["hip", "knee", "elbow"],
  },
  {
    slug: "heterotopic-ossification",
    name: "Heterotopic ossification",
    synonyms: [
      "HO",
      "heterotopic bone formation",
      "ectopic ossification",
      "neurogenic heterotopic ossification",
      "para-osteoarthropathy",
    ],
    category: "Soft tissue",
    region: ["hip", "elbow", "knee", "shoulder"],
  },
  {
    slug: "plantar-fibromatosis",
    name: "Plantar fibromatosis",
    synonyms: ["Ledderhose disease", "Ledderhose's disease", "plantar fibroma"],
    category: "Soft tissue",
    region: ["foot"],
  },
  {
    slug: "dupuytren-disease",
    name: "Dupuytren disease",
    synonyms: [
      "Dupuytren's disease",
      "Dupuytren contracture",
      "Dupuytren's contracture",
      "palmar fibromatosis",
    ],
    category: "Soft tissue",
    region: ["hand"],
  },
  {
    slug: "soft-tissue-haemangioma",
    name: "Soft-tissue haemangioma",
    synonyms: [
      "soft-tissue hemangioma",
      "soft tissue haemangioma",
      "soft tissue hemangioma",
      "intramuscular haemangioma",
      "intramuscular hemangioma",
    ],
    category: "Soft tissue",
    region: ["any"],
  },
  {
    slug: "glomus-tumour",
    name: "Glomus tumour",
    synonyms: ["glomus tumor", "glomangioma", "subungual glomus tumour", "subungual glomus tumor"],
    category: "Soft tissue",
    region: ["hand"],
  },
  {
    // Infrascapular chest wall.
    slug: "elastofibroma-dorsi",
    name: "Elastofibroma dorsi",
    synonyms: ["elastofibroma"],
    category: "Soft tissue",
    region: ["shoulder"],
  },
  {
    slug: "intermetatarsal-bursitis",
    name: "Intermetatarsal bursitis",
    synonyms: ["forefoot adventitial bursitis", "adventitial bursitis of the forefoot"],
    category: "Soft tissue",
    region: ["foot"],
  },
  {
    // Thigh and calf muscles; no region value fits.
    slug: "diabetic-myonecrosis",
    name: "Diabetic myonecrosis",
    synonyms: [
      "diabetic muscle infarction",
      "diabetic muscle infarct",
      "spontaneous diabetic myonecrosis",
    ],
    category: "Soft tissue",
  },
  {
    slug: "retained-foreign-body",
    name: "Retained foreign body",
    synonyms: ["soft-tissue foreign body", "foreign-body granuloma", "foreign body granuloma"],
    category: "Soft tissue",
    region: ["foot", "hand"],
  },

  // ---------------------------------------------------------------------------
  // Neuropathic and pain syndromes
  // ---------------------------------------------------------------------------
  {
    slug: "charcot-neuroarthropathy",
    name: "Charcot neuroarthropathy",
    synonyms: [
      "Charcot foot",
      "Charcot joint",
      "Charcot arthropathy",
      "Charcot osteoarthropathy",
      "neuropathic arthropathy",
      "neuropathic osteoarthropathy",
      "neuro-osteoarthropathy",
      "neuropathic joint",
      "diabetic neuroarthropathy",
    ],
    category: "Neuropathic and pain syndromes",
    region: ["foot", "ankle"],
  },
  {
    // Types 1 and 2 kept together; causalgia is the historical name for
    // type 2.
    slug: "complex-regional-pain-syndrome",
    name: "Complex regional pain syndrome",
    synonyms: [
      "CRPS",
      "CRPS type 1",
      "CRPS type 2",
      "reflex sympathetic dystrophy",
      "RSD",
      "Sudeck atrophy",
      "Sudeck's atrophy",
      "Sudeck dystrophy",
      "algodystrophy",
      "algoneurodystrophy",
      "post-traumatic dystrophy",
      "shoulder-hand syndrome",
      "causalgia",
    ],
    category: "Neuropathic and pain syndromes",
    region: ["hand", "wrist", "foot", "ankle"],
  },
  {
    slug: "morton-neuroma",
    name: "Morton neuroma",
    synonyms: [
      "Morton's neuroma",
      "interdigital neuroma",
      "intermetatarsal neuroma",
      "plantar interdigital neuroma",
      "interdigital perineural fibrosis",
      "Morton metatarsalgia",
      "Morton's metatarsalgia",
    ],
    category: "Neuropathic and pain syndromes",
    region: ["foot"],
  },
  {
    slug: "tarsal-tunnel-syndrome",
    name: "Tarsal tunnel syndrome",
    synonyms: [
      "posterior tarsal tunnel syndrome",
      "posterior tibial nerve entrapment",
      "tibial nerve entrapment at the ankle",
    ],
    category: "Neuropathic and pain syndromes",
    region: ["ankle", "foot"],
  },
  {
    slug: "baxter-neuropathy",
    name: "Baxter neuropathy",
    synonyms: [
      "Baxter's neuropathy",
      "Baxter nerve entrapment",
      "inferior calcaneal nerve entrapment",
      "entrapment of the first branch of the lateral plantar nerve",
    ],
    category: "Neuropathic and pain syndromes",
    region: ["foot"],
  },
  {
    slug: "carpal-tunnel-syndrome",
    name: "Carpal tunnel syndrome",
    synonyms: ["CTS", "median nerve entrapment at the wrist", "median neuropathy at the wrist"],
    category: "Neuropathic and pain syndromes",
    region: ["wrist"],
  },
  {
    slug: "cubital-tunnel-syndrome",
    name: "Cubital tunnel syndrome",
    synonyms: ["ulnar neuropathy at the elbow", "ulnar nerve entrapment at the elbow"],
    category: "Neuropathic and pain syndromes",
    region: ["elbow"],
  },
  {
    slug: "parsonage-turner-syndrome",
    name: "Parsonage-Turner syndrome",
    synonyms: ["neuralgic amyotrophy", "brachial neuritis", "idiopathic brachial plexopathy"],
    category: "Neuropathic and pain syndromes",
    region: ["shoulder"],
  },

  // ---------------------------------------------------------------------------
  // Degenerative
  // ---------------------------------------------------------------------------
  {
    slug: "osteoarthritis",
    name: "Osteoarthritis",
    synonyms: [
      "OA",
      "osteoarthrosis",
      "degenerative joint disease",
      "DJD",
      "degenerative arthritis",
    ],
    category: "Degenerative",
    region: ["knee", "hip", "hand", "foot"],
  },
  {
    slug: "erosive-osteoarthritis",
    name: "Erosive osteoarthritis",
    synonyms: ["EOA", "inflammatory osteoarthritis", "erosive hand osteoarthritis"],
    category: "Degenerative",
    region: ["hand"],
  },
  {
    slug: "hallux-rigidus",
    name: "Hallux rigidus",
    synonyms: [
      "hallux limitus",
      "first metatarsophalangeal joint osteoarthritis",
      "first MTP joint osteoarthritis",
    ],
    category: "Degenerative",
    region: ["foot"],
  },
  {
    slug: "facet-joint-osteoarthritis",
    name: "Facet joint osteoarthritis",
    synonyms: [
      "facet arthropathy",
      "facet joint arthropathy",
      "zygapophyseal joint osteoarthritis",
      "facet syndrome",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "diffuse-idiopathic-skeletal-hyperostosis",
    name: "Diffuse idiopathic skeletal hyperostosis",
    synonyms: ["DISH", "Forestier disease", "Forestier's disease", "ankylosing hyperostosis"],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "degenerative-disc-disease",
    name: "Degenerative disc disease",
    synonyms: [
      "DDD",
      "intervertebral disc degeneration",
      "disc degeneration",
      "spondylosis",
      "cervical spondylosis",
      "lumbar spondylosis",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "intervertebral-disc-herniation",
    name: "Intervertebral disc herniation",
    synonyms: [
      "disc herniation",
      "herniated disc",
      "slipped disc",
      "prolapsed intervertebral disc",
      "PIVD",
      "herniated nucleus pulposus",
      "HNP",
      "disc prolapse",
      "disc protrusion",
      "disc extrusion",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "schmorl-node",
    name: "Schmorl node",
    synonyms: [
      "Schmorl's node",
      "Schmorl nodes",
      "Schmorl's nodes",
      "intravertebral disc herniation",
      "intraosseous disc herniation",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "modic-endplate-changes",
    name: "Modic endplate changes",
    synonyms: [
      "Modic changes",
      "vertebral endplate signal changes",
      "vertebral endplate marrow changes",
      "degenerative endplate changes",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    // Isthmic and degenerative types share one entry.
    slug: "spondylolisthesis",
    name: "Spondylolisthesis",
    synonyms: ["anterolisthesis", "isthmic spondylolisthesis", "degenerative spondylolisthesis"],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "spinal-canal-stenosis",
    name: "Spinal canal stenosis",
    synonyms: [
      "spinal stenosis",
      "lumbar spinal stenosis",
      "lumbar canal stenosis",
      "cervical spinal stenosis",
    ],
    category: "Degenerative",
    region: ["spine"],
  },
  {
    slug: "ulnar-impaction-syndrome",
    name: "Ulnar impaction syndrome",
    synonyms: [
      "ulnocarpal impaction",
      "ulnocarpal impaction syndrome",
      "ulnocarpal abutment",
      "ulnar abutment syndrome",
    ],
    category: "Degenerative",
    region: ["wrist"],
  },

  // ---------------------------------------------------------------------------
  // Tendon and ligament
  // ---------------------------------------------------------------------------
  {
    slug: "plantar-fasciitis",
    name: "Plantar fasciitis",
    synonyms: ["plantar fasciopathy", "plantar fasciosis", "policeman's heel"],
    category: "Tendon and ligament",
    region: ["foot"],
  },
  {
    // Tendinopathy including partial tears; complete rupture is separate.
    slug: "achilles-tendinopathy",
    name: "Achilles tendinopathy",
    synonyms: [
      "Achilles tendinosis",
      "Achilles tendinitis",
      "Achilles tendonitis",
      "insertional Achilles tendinopathy",
      "non-insertional Achilles tendinopathy",
      "midportion Achilles tendinopathy",
      "partial-thickness Achilles tendon tear",
    ],
    category: "Tendon and ligament",
    region: ["ankle"],
  },
  {
    slug: "achilles-tendon-rupture",
    name: "Achilles tendon rupture",
    synonyms: [
      "Achilles tendon tear",
      "Achilles rupture",
      "ruptured Achilles tendon",
      "complete Achilles tendon rupture",
      "full-thickness Achilles tendon tear",
    ],
    category: "Tendon and ligament",
    region: ["ankle"],
  },
  {
    slug: "haglund-syndrome",
    name: "Haglund syndrome",
    synonyms: ["Haglund's syndrome", "Haglund deformity", "Haglund's deformity", "pump bump"],
    category: "Tendon and ligament",
    region: ["ankle", "foot"],
  },
  {
    slug: "tibialis-posterior-tendon-dysfunction",
    name: "Tibialis posterior tendon dysfunction",
    synonyms: [
      "posterior tibial tendon dysfunction",
      "PTTD",
      "tibialis posterior tendinopathy",
      "posterior tibial tendinopathy",
      "tibialis posterior tendon tear",
      "posterior tibial tendon tear",
      "adult acquired flatfoot deformity",
      "AAFD",
      "progressive collapsing foot deformity",
      "PCFD",
    ],
    category: "Tendon and ligament",
    region: ["ankle", "foot"],
  },
  {
    slug: "peroneal-tendinopathy",
    name: "Peroneal tendinopathy",
    synonyms: [
      "peroneal tendon tear",
      "peroneal split tear",
      "peroneus brevis split tear",
      "peroneal tendinosis",
      "peroneal tenosynovitis",
      "fibularis tendinopathy",
    ],
    category: "Tendon and ligament",
    region: ["ankle", "foot"],
  },
  {
    slug: "painful-os-peroneum-syndrome",
    name: "Painful os peroneum syndrome",
    synonyms: ["POPS", "os peroneum syndrome"],
    category: "Tendon and ligament",
    region: ["foot"],
  },
  {
    slug: "lateral-ankle-ligament-injury",
    name: "Lateral ankle ligament injury",
    synonyms: [
      "lateral ankle sprain",
      "inversion ankle sprain",
      "ankle sprain",
      "ATFL tear",
      "anterior talofibular ligament tear",
      "calcaneofibular ligament tear",
    ],
    category: "Tendon and ligament",
    region: ["ankle"],
  },
  {
    slug: "syndesmotic-injury",
    name: "Syndesmotic injury",
    synonyms: [
      "high ankle sprain",
      "syndesmosis injury",
      "distal tibiofibular syndesmosis injury",
      "AITFL tear",
      "anterior inferior tibiofibular ligament tear",
    ],
    category: "Tendon and ligament",
    region: ["ankle"],
  },
  {
    slug: "sinus-tarsi-syndrome",
    name: "Sinus tarsi syndrome",
    synonyms: ["tarsal sinus syndrome", "sinus tarsi pain syndrome"],
    category: "Tendon and ligament",
    region: ["ankle", "foot"],
  },
  {
    slug: "plantar-plate-tear",
    name: "Plantar plate tear",
    synonyms: [
      "plantar plate injury",
      "lesser metatarsophalangeal joint plantar plate tear",
      "second MTP plantar plate tear",
      "plantar plate insufficiency",
      "predislocation syndrome",
    ],
    category: "Tendon and ligament",
    region: ["foot"],
  },
  {
    slug: "turf-toe",
    name: "Turf toe",
    synonyms: [
      "first MTP joint sprain",
      "first metatarsophalangeal joint sprain",
      "hallux plantar plate injury",
    ],
    category: "Tendon and ligament",
    region: ["foot"],
  },
  {
    slug: "anterior-cruciate-ligament-tear",
    name: "Anterior cruciate ligament tear",
    synonyms: [
      "ACL tear",
      "ACL rupture",
      "ACL injury",
      "torn ACL",
      "anterior cruciate ligament rupture",
    ],
    category: "Tendon and ligament",
    region: ["knee"],
  },
  {
    slug: "patellar-tendinopathy",
    name: "Patellar tendinopathy",
    synonyms: ["jumper's knee", "patellar tendinitis", "patellar tendonitis", "patellar tendinosis"],
    category: "Tendon and ligament",
    region: ["knee"],
  },
  {
    slug: "rotator-cuff-tear",
    name: "Rotator cuff tear",
    synonyms: [
      "rotator cuff rupture",
      "torn rotator cuff",
      "supraspinatus tear",
      "full-thickness rotator cuff tear",
      "partial-thickness rotator cuff tear",
    ],
    category: "Tendon and ligament",
    region: ["shoulder"],
  },
  {
    slug: "rotator-cuff-tendinopathy",
    name: "Rotator cuff tendinopathy",
    synonyms: [
      "rotator cuff tendinosis",
      "rotator cuff tendinitis",
      "supraspinatus tendinopathy",
      "subacromial impingement syndrome",
      "subacromial pain syndrome",
      "shoulder impingement syndrome",
    ],
    category: "Tendon and ligament",
    region: ["shoulder"],
  },
  {
    slug: "bankart-lesion",
    name: "Bankart lesion",
    synonyms: ["Bankart tear", "anteroinferior labral tear", "anteroinferior glenoid labral tear"],
    category: "Tendon and ligament",
    region: ["shoulder"],
  },
  {
    slug: "slap-tear",
    name: "SLAP tear",
    synonyms: ["SLAP lesion", "superior labrum anterior to posterior tear", "superior labral tear"],
    category: "Tendon and ligament",
    region: ["shoulder"],
  },
  {
    slug: "acetabular-labral-tear",
    name: "Acetabular labral tear",
    synonyms: ["hip labral tear", "labral tear of the hip"],
    category: "Tendon and ligament",
    region: ["hip"],
  },
  {
    slug: "greater-trochanteric-pain-syndrome",
    name: "Greater trochanteric pain syndrome",
    synonyms: [
      "GTPS",
      "gluteal tendinopathy",
      "gluteus medius tendinopathy",
      "gluteus medius tear",
      "trochanteric bursitis",
      "greater trochanteric bursitis",
    ],
    category: "Tendon and ligament",
    region: ["hip"],
  },
  {
    slug: "lateral-epicondylitis",
    name: "Lateral epicondylitis",
    synonyms: [
      "tennis elbow",
      "lateral epicondylalgia",
      "lateral epicondylosis",
      "lateral elbow tendinopathy",
      "common extensor tendinopathy",
    ],
    category: "Tendon and ligament",
    region: ["elbow"],
  },
  {
    slug: "medial-epicondylitis",
    name: "Medial epicondylitis",
    synonyms: [
      "golfer's elbow",
      "medial epicondylalgia",
      "medial elbow tendinopathy",
      "common flexor tendinopathy",
    ],
    category: "Tendon and ligament",
    region: ["elbow"],
  },
  {
    slug: "de-quervain-tenosynovitis",
    name: "De Quervain tenosynovitis",
    synonyms: [
      "de Quervain's tenosynovitis",
      "de Quervain disease",
      "de Quervain's disease",
      "first extensor compartment tenosynovitis",
      "stenosing tenosynovitis of the first dorsal compartment",
    ],
    category: "Tendon and ligament",
    region: ["wrist"],
  },
  {
    slug: "scapholunate-ligament-injury",
    name: "Scapholunate ligament injury",
    synonyms: [
      "scapholunate ligament tear",
      "scapholunate interosseous ligament tear",
      "SLIL tear",
      "SL ligament tear",
      "scapholunate dissociation",
      "scapholunate instability",
    ],
    category: "Tendon and ligament",
    region: ["wrist"],
  },
  {
    slug: "triangular-fibrocartilage-complex-tear",
    name: "Triangular fibrocartilage complex tear",
    synonyms: ["TFCC tear", "TFCC injury", "triangular fibrocartilage tear"],
    category: "Tendon and ligament",
    region: ["wrist"],
  },
  {
    slug: "thumb-ulnar-collateral-ligament-injury",
    name: "Thumb ulnar collateral ligament injury",
    synonyms: [
      "gamekeeper's thumb",
      "skier's thumb",
      "ulnar collateral ligament tear of the thumb",
      "thumb UCL tear",
    ],
    category: "Tendon and ligament",
    region: ["hand"],
  },

  // ---------------------------------------------------------------------------
  // Congenital and developmental
  // ---------------------------------------------------------------------------
  {
    slug: "tarsal-coalition",
    name: "Tarsal coalition",
    synonyms: [
      "calcaneonavicular coalition",
      "talocalcaneal coalition",
      "subtalar coalition",
      "tarsal bar",
      "peroneal spastic flatfoot",
    ],
    category: "Congenital and developmental",
    region: ["foot", "ankle"],
  },
  {
    slug: "accessory-navicular",
    name: "Accessory navicular",
    synonyms: [
      "accessory navicular syndrome",
      "painful accessory navicular",
      "accessory navicular bone",
      "os naviculare",
      "os naviculare secundarium",
      "os tibiale externum",
      "prehallux",
    ],
    category: "Congenital and developmental",
    region: ["foot"],
  },
  {
    slug: "developmental-dysplasia-of-the-hip",
    name: "Developmental dysplasia of the hip",
    synonyms: [
      "DDH",
      "hip dysplasia",
      "acetabular dysplasia",
      "congenital dislocation of the hip",
      "CDH",
      "congenital hip dysplasia",
    ],
    category: "Congenital and developmental",
    region: ["hip"],
  },
  {
    slug: "slipped-capital-femoral-epiphysis",
    name: "Slipped capital femoral epiphysis",
    synonyms: ["SCFE", "slipped upper femoral epiphysis", "SUFE", "slipped femoral epiphysis"],
    category: "Congenital and developmental",
    region: ["hip"],
  },
  {
    // Grouped as developmental: the underlying cam / pincer morphology
    // develops during growth.
    slug: "femoroacetabular-impingement",
    name: "Femoroacetabular impingement",
    synonyms: [
      "FAI",
      "FAI syndrome",
      "femoroacetabular impingement syndrome",
      "hip impingement",
      "cam impingement",
      "pincer impingement",
    ],
    category: "Congenital and developmental",
    region: ["hip"],
  },
  {
    slug: "bipartite-patella",
    name: "Bipartite patella",
    synonyms: ["multipartite patella", "symptomatic bipartite patella", "patella partita"],
    category: "Congenital and developmental",
    region: ["knee"],
  },
  {
    slug: "scheuermann-disease",
    name: "Scheuermann disease",
    synonyms: [
      "Scheuermann's disease",
      "Scheuermann kyphosis",
      "Scheuermann's kyphosis",
      "juvenile kyphosis",
    ],
    category: "Congenital and developmental",
    region: ["spine"],
  },
  {
    slug: "congenital-talipes-equinovarus",
    name: "Congenital talipes equinovarus",
    synonyms: ["clubfoot", "club foot", "CTEV", "talipes equinovarus"],
    category: "Congenital and developmental",
    region: ["foot"],
  },
  {
    slug: "osteogenesis-imperfecta",
    name: "Osteogenesis imperfecta",
    synonyms: ["OI", "brittle bone disease"],
    category: "Congenital and developmental",
    region: ["any"],
  },
  {
    slug: "osteopetrosis",
    name: "Osteopetrosis",
    synonyms: ["marble bone disease", "Albers-Schönberg disease", "Albers-Schonberg disease"],
    category: "Congenital and developmental",
    region: ["any"],
  },
  {
    slug: "melorheostosis",
    name: "Melorheostosis",
    synonyms: ["Léri disease", "Leri disease", "candle-wax disease", "flowing hyperostosis"],
    category: "Congenital and developmental",
    region: ["any"],
  },
  {
    slug: "osteopoikilosis",
    name: "Osteopoikilosis",
    synonyms: ["spotted bone disease", "osteopathia condensans disseminata"],
    category: "Congenital and developmental",
    region: ["pelvis", "hip", "hand", "foot"],
  },

  // ---------------------------------------------------------------------------
  // Other
  // ---------------------------------------------------------------------------
  {
    slug: "sarcoidosis-of-bone",
    name: "Sarcoidosis of bone",
    synonyms: [
      "osseous sarcoidosis",
      "skeletal sarcoidosis",
      "bone sarcoidosis",
      "Jüngling disease",
      "Jungling disease",
      "osteitis multiplex cystoides",
    ],
    category: "Other",
    region: ["hand", "foot"],
  },
  {
    slug: "hypertrophic-osteoarthropathy",
    name: "Hypertrophic osteoarthropathy",
    synonyms: [
      "HPOA",
      "hypertrophic pulmonary osteoarthropathy",
      "secondary hypertrophic osteoarthropathy",
      "Pierre Marie-Bamberger syndrome",
    ],
    category: "Other",
    region: ["hand", "wrist", "ankle", "knee"],
  },
  {
    slug: "haemophilic-arthropathy",
    name: "Haemophilic arthropathy",
    synonyms: [
      "hemophilic arthropathy",
      "haemophilic arthritis",
      "hemophilic arthritis",
      "haemophilic joint disease",
    ],
    category: "Other",
    region: ["knee", "elbow", "ankle"],
  },
  {
    slug: "adhesive-capsulitis",
    name: "Adhesive capsulitis",
    synonyms: ["frozen shoulder", "adhesive capsulitis of the shoulder", "periarthritis of the shoulder"],
    category: "Other",
    region: ["shoulder"],
  },
  {
    slug: "hallux-valgus",
    name: "Hallux valgus",
    synonyms: ["bunion", "hallux abducto valgus"],
    category: "Other",
    region: ["foot"],
  },
];
