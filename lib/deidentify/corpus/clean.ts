// Identifier-free clinical sentences for the false-alarm measurement, written for this project.
// Each frame is filled with clinical vocabulary that collides with names and places in the
// dictionaries (eponyms, drugs, sequences, levels, scores, durations, capitalised headings).
import { pick, type Rng } from "./surrogates";

const EPONYM_PHRASES = ["Lisfranc injury", "Freiberg infraction", "Hoffa fat pad oedema", "Monteggia fracture-dislocation", "Baker's cyst", "Bell's palsy", "Jones fracture", "Smith fracture", "Colles fracture", "Kienbock disease", "Perthes disease", "Osgood-Schlatter disease", "Sever disease", "Hill-Sachs lesion", "Bankart lesion", "Segond fracture", "Maisonneuve fracture", "Weber B fracture", "Salter-Harris II fracture", "Paget disease", "Crohn disease", "Addison disease", "Cushing syndrome", "Charcot arthropathy", "Morton neuroma", "Haglund deformity", "Kager fat pad", "Achilles tendinopathy", "de Quervain tenosynovitis", "Dupuytren contracture", "Still disease", "Graves disease", "Hodgkin lymphoma", "Ewing sarcoma", "Brodie abscess", "Schmorl node", "Modic type 1 change", "Tarlov cyst", "Chiari I malformation", "Parsonage-Turner syndrome", "Wilson disease", "Sudeck atrophy", "Thompson test", "Lachman test", "McMurray test"];
const DRUGS = ["paracetamol 1 g qds", "ibuprofen 400 mg tds", "naproxen 500 mg bd", "enoxaparin 40 mg sc od", "warfarin 3 mg", "apixaban 5 mg bd", "metformin 500 mg bd", "atorvastatin 40 mg nocte", "amlodipine 5 mg od", "lisinopril 10 mg", "furosemide 40 mg IV", "Lasix 40 mg IV", "prednisolone 30 mg", "methotrexate 15 mg weekly", "zoledronate 5 mg IV", "denosumab 60 mg", "vitamin D 800 IU", "flucloxacillin 1 g qds", "vancomycin 1 g IV", "Tylenol 650 mg PRN", "Coumadin 5 mg", "Keflex 500 mg", "morphine 2 mg IV PRN", "Haldol 0.5 mg", "Ativan 1 mg"];
const SEQUENCES = ["sagittal T1", "coronal STIR", "axial PD fat-saturated", "T2-weighted", "DWI with ADC map", "post-contrast T1 with fat suppression", "3D SPACE", "Dixon water-only", "GRE", "FLAIR"];
const LEVELS = ["C5-C6", "C6/7", "T12", "L4/5", "L5-S1", "T1", "C2", "L3", "S1", "T4-T6"];
const SITES = ["second metatarsal", "talus", "distal tibia", "navicular", "calcaneus", "medial femoral condyle", "femoral neck", "pubic ramus", "sacral ala", "fifth metatarsal base", "cuboid", "medial malleolus"];
const DURATIONS = ["4 weeks", "6 weeks", "3 months", "6 months", "2 weeks", "10 days", "1 year", "48 hours", "+4 weeks", "day 3"];
const SCORES = ["GCS 15/15", "pain 7/10", "power 5/5", "4/5 strength in ankle dorsiflexion", "a 2/6 systolic murmur", "BP 132/84", "HR 88", "SpO2 97% on room air", "Wells score 2", "ASA grade 2", "Kellgren-Lawrence grade 3", "BI-RADS 4", "Gleason 3+4", "CRP 45 mg/L", "WBC 12.1", "Hb 98 g/L", "eGFR 54", "INR 2.4", "ESR 60 mm/h", "temperature 38.2 C"];
const AGES = ["34-year-old", "51-year-old", "67 year old", "72 yo", "45 y/o", "aged 58", "28-year-old", "89-year-old", "80 yo"];

const FRAMES: Array<(r: Rng) => string> = [
  (r) => `${pick(r, SEQUENCES)} images show marrow oedema in the ${pick(r, SITES)} with a low signal fracture line.`,
  (r) => `No evidence of ${pick(r, EPONYM_PHRASES)}.`,
  (r) => `Findings are in keeping with ${pick(r, EPONYM_PHRASES)}.`,
  (r) => `Differential includes ${pick(r, EPONYM_PHRASES)} and ${pick(r, EPONYM_PHRASES)}.`,
  (r) => `Disc protrusion at ${pick(r, LEVELS)} contacts the traversing nerve root.`,
  (r) => `Started on ${pick(r, DRUGS)} and reviewed after ${pick(r, DURATIONS)}.`,
  (r) => `Plan: ${pick(r, DRUGS)}, repeat imaging in ${pick(r, DURATIONS)}.`,
  (r) => `On examination ${pick(r, SCORES)}, ${pick(r, SCORES)}.`,
  (r) => `Obs: ${pick(r, SCORES)}, ${pick(r, SCORES)}, ${pick(r, SCORES)}.`,
  (r) => `A ${pick(r, AGES)} runner with ${pick(r, DURATIONS)} of midfoot pain.`,
  (r) => `${pick(r, ["Fit and well", "Keen hill walker", "Retired", "Office worker", "Student"])} with pain for ${pick(r, DURATIONS)}.`,
  (r) => `Follow-up MRI at ${pick(r, DURATIONS)} shows ${pick(r, ["partial resolution", "a new insufficiency fracture", "migration of the oedema", "no change", "callus formation"])}.`,
  (r) => `Impression: ${pick(r, ["stress fracture", "transient osteoporosis", "osteonecrosis", "bone bruise", "osteoid osteoma"])} of the ${pick(r, SITES)}.`,
  (r) => `Will review in ${pick(r, DURATIONS)} with a repeat ${pick(r, ["MRI", "radiograph", "CT", "DEXA scan", "ultrasound"])}.`,
  (r) => `May ${pick(r, ["improve with offloading", "need surgical fixation", "benefit from a walker boot", "require bisphosphonates"])}.`,
  (r) => `Hope is that ${pick(r, ["symptoms settle", "the fracture unites", "weight bearing resumes"])} within ${pick(r, DURATIONS)}.`,
  (r) => `Mark the ${pick(r, ["site", "left side", "incision"])} before theatre.`,
  (r) => `NEURO: A+OX3, MAE. CV: NSR ${pick(r, ["70S", "80S", "90S"])}. RESP: LS CLEAR, ${pick(r, ["2L NC", "RA", "40% FM"])}.`,
  (r) => `GI: ABD SOFT, +BS. GU: FOLEY DRAINING CLEAR URINE. PLAN: ${pick(r, ["CONT ABX", "DIURESE", "WEAN O2", "OOB TO CHAIR"])}.`,
  (r) => `Discussed at the ${pick(r, ["MSK MDT", "tumour board", "fracture meeting", "spinal MDT"])}: ${pick(r, ["conservative management", "biopsy recommended", "surgery advised", "repeat MRI"])}.`,
  (r) => `Seen in ${pick(r, ["fracture clinic", "the foot and ankle clinic", "the Sports Clinic", "ED", "the Fracture Clinic"])} and placed in a ${pick(r, ["walker boot", "cast", "splint", "sling"])}.`,
  (r) => `Transferred to the ${pick(r, ["orthopaedic ward", "ICU", "Medical Ward", "step-down unit", "Surgical Ward"])} for ${pick(r, ["observation", "IV antibiotics", "analgesia", "monitoring"])}.`,
  (r) => `${pick(r, ["Type 2 diabetes", "Hypertension", "Osteoporosis", "Rheumatoid arthritis", "Gout"])} since age ${pick(r, ["40", "52", "65", "30"])}.`,
  (r) => `Symptoms began in ${pick(r, ["the spring", "2019", "winter", "her twenties", "the summer"])} and worsened over ${pick(r, DURATIONS)}.`,
  (r) => `The ${pick(r, SITES)} shows ${pick(r, ["periosteal reaction", "sclerosis", "cortical thickening", "a lucent line"])} measuring ${pick(r, ["12 mm", "3 x 2 x 1.5 cm", "8 mm", "2.4 cm"])}.`,
  (r) => `${pick(r, ["Weber", "Garden", "Schatzker", "Neer", "Gustilo"])} classification ${pick(r, ["B", "III", "IV", "2", "IIIA"])}.`,
  (r) => `Reviewed by the on-call ${pick(r, ["registrar", "orthopaedic team", "radiologist", "physio"])} who agreed with the plan.`,
  (r) => `Blood cultures negative at ${pick(r, DURATIONS)}; ${pick(r, DRUGS)} continued.`,
  (r) => `Advised to avoid running for ${pick(r, DURATIONS)} and to return if pain increases.`,
  (r) => `Teaching point: ${pick(r, EPONYM_PHRASES)} is easily missed on radiographs.`,
];

export function cleanSentence(r: Rng): string {
  return pick(r, FRAMES)(r);
}
