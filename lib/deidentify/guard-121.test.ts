// Decision 121's rules, from a batch of ICU nursing notes (corpus/icu-nursing-121.ts) written before
// them by someone who had not read the rules; each with text it must find and text of the same
// shape it must leave alone (variations the batch lacks).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Relatives listed after a plural relation with no mark before the list.
  ["Social: lives with wife; sons Tobias and Lennart visit daily.", "name", "Lennart"],
  ["FAMILY: DAUGHTERS GRAINNE AND SIOBHAN, BOTH LOCAL.", "name", "SIOBHAN"],
  // A facility's letters after its name; a floor named after a move, even for a disease's eponym.
  ["Dispo: screening for Brightwater LTACH next week.", "location", "Brightwater"],
  ["d/c to kindred ltach in peabody when bed available", "location", "kindred"],
  ["Transferred to Ellison 4, report given.", "location", "Ellison"],
  // An employer or a school after an occupation, after "yo".
  ["Pt is 20 yo nursing student at Simmons, roommate at bedside.", "location", "Simmons"],
  // Father as a title; a colleague after a role's letters.
  ["Fr. Okafor from the parish visited.", "name", "Okafor"],
  ["RN MAGDALENA GAVE REPORT TO NIGHT SHIFT.", "name", "MAGDALENA"],
];

const CLEAN = [
  // Shifts and hours are no record numbers.
  "NPN 1900-0700: uneventful night, slept 0200-0500.",
  "NURSING PROGRESS NOTE 0700-1900\nNEURO: RASS 0, CAM-ICU NEG.",
  // ICU abbreviations and devices named after people.
  "HOB 30, RSBI 62, SBT this am; per DKA protocol, insulin gtt at 4 units/hr.",
  "Abd soft, +BS. Salem sump to LCWS. ECG: Mobitz I (Wenckebach), rate 50s.",
  "8 Fr pigtail drain placed under fluoro; re-eval in am.",
  "Family (both local) aware; sons and daughters visiting this evening.",
  "D/C to local SNF when bed available; OT, PT and SLP following.",
  "Braden 14, Waterlow 18, Morse 45.",
  "niece states pt would not want long term ventilation",
];

describeRules("guard rules of decision 121", { found: FOUND, clean: CLEAN });
