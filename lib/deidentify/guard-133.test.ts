// Decision 133's rules, from the third wave of blind batches: ICU nursing notes by a fifth writer
// (corpus/nursing-133.ts) and US synthetic sentences by a fifth writer (corpus/synthetic-134.ts),
// each written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Nicknames after "his name is" and "call him", in capitals too; a capitalised word after a relation.
  ["PT STATES HIS NAME IS BUDDY NOT FRANCIS, PLEASE CALL HIM BUDDY.", "name", "BUDDY"],
  ["gave parking vouchers to wife Dot.", "name", "Dot"],
  // Initials after who gave or placed something, a tech's initials, lower-case initials before np.
  ["Pt remained stable. 1600 meds given by RB. Dr. Abiodun aware.", "name", "RB"],
  ["drawn at 0214 on 7/19/2023 by lab tech KJ, St. Luke's Boise.", "name", "KJ"],
  ["off work until 10/17. lk np, 205-555-0152", "name", "lk"],
  // Ages: "(mother, 91)", "died at ninety-three", "is 91, also at".
  ["2) Esperanza Sandoval (mother, 91) 505-555-0181", "age", "91"],
  ["FH: Mother Ilse Vanderhoven died at ninety-three of stroke.", "age", "ninety-three"],
  ["Wife is 91, also at Sunrise, visits daily.", "age", "91"],
  // Places: AME churches, assisted living and mail-order chains, short names before "in <Town>", a
  // floor after an arrow, learning centres, Trace streets, Hwy routes.
  ["singing hymns from Ebenezer AME. Expired peacefully 2210.", "location", "Ebenezer AME"],
  ["Wife is 91, also at Sunrise, visits daily.", "location", "Sunrise"],
  ["Mail-order via Express Scripts, account ES-20931776-04.", "location", "Express Scripts"],
  ["discussed LTAC placement - family prefers Radius in Dedham.", "location", "Radius"],
  ["Transfer note MICU -> Deaconess 5: 58 yo F adm 10/30 w/ DKA.", "location", "Deaconess"],
  ["cleared to return to Little Sprouts Learning Center on 1/16.", "location", "Little Sprouts Learning Center"],
  ["Referral: Odessa Culpepper, 19 Tupelo Trace, Oxford, MS 38655.", "address", "19 Tupelo Trace"],
  ["lives with girlfriend Crystal in a trailer off Hwy 412.", "address", "Hwy 412"],
  // Days: "around sat", "LAST HD 10-7".
  ["daughter says she 'stopped eating' around sat or sun.", "date", "sat"],
  ["LAST HD 10-7. ACCESS L AVF, +THRILL/BRUIT.", "date", "10-7"],
];

const CLEAN = [
  // Codes of a billing line, charting systems, devices and abbreviations.
  "Billing: CPT 99214 with modifier 25, ICD-10 E11.65 and I10; prior auth not required.",
  "RESP: APRV, SEE CAREVUE. RENAL: CVVH VIA L FEM QUINTON. FEMSTOP APPLIED. Bair Hugger to hands.",
  "No AV nodal blockers per EP. Denver II milestones appropriate; ANCA sent; RVSP 45; per ASCCP guidelines.",
  "please call him back tomorrow; call her after 3. Potassium was 95, also low.",
];

describeRules("guard rules of decision 133", { found: FOUND, clean: CLEAN });
