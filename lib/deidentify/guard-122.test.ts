// Decision 122's rules, from a batch of outpatient and longitudinal records (corpus/outpatient-122.ts)
// written before them by someone who had not read the rules; each with text it must find and text
// of the same shape it must leave alone (variations the batch lacks).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // A hospital's letters after a move that opens the sentence, and before its emergency department.
  ["Transferred from PCH for cath; stented. Back to PCH 2/13.", "location", "PCH"],
  ["ED NOTE   MVH Emergency Department   08/19/79 23:41", "location", "MVH"],
  // A floor after a move, wherever the clause goes on; a hospital before one of its departments.
  ["Transferred from PCH to Ellison 12 on 2/11 for cath.", "location", "Ellison"],
  ["SEPSIS. ADMIT MICU, FARR 10. SON AT BEDSIDE.", "location", "FARR"],
  ["Mount Verity Hospital Primary Care\nPatient: seen today.", "location", "Mount Verity Hospital"],
  ["Born at Mount Auburn to a 29 yo G2P2.", "location", "Mount Auburn"],
  // Places of worship, pharmacies, laboratories and health plans by their cues.
  ["Attends Twelfth Baptist Church with his aunt.", "location", "Twelfth Baptist Church"],
  ["Daughter will pick up the new Rx at Rite Aid.", "location", "Rite Aid"],
  ["INR 2.4. Recheck 5/21 at Quest.", "location", "Quest"],
  ["Sent to Express Scripts mail order.", "location", "Express Scripts"],
  ["Insurance is Tufts Health Plan, prior auth sent.", "location", "Tufts Health Plan"],
  ["He drives for UPS and asked about the driving rules.", "location", "UPS"],
  // A name by its age, even an English word; a caller by the label.
  ["Sterling is a 9 yo in 3rd grade.", "name", "Sterling"],
  ["Caller: Beatriz, daughter\nReason: fever", "name", "Beatriz"],
  // A weekday before a preposition, a short weekday before a conjunction, a date after a meeting.
  ["Mr. Fox was seen Tuesday in walk-in clinic.", "date", "Tuesday"],
  ["Seen at urgent care on Sat and started on Keflex.", "date", "Sat"],
  ["Family meeting 3/30 in the conference room.", "date", "3/30"],
];

const CLEAN = [
  // Routines in the plural, a meeting's night.
  "Has lows during double shifts on Saturday nights.",
  "He goes to the Tuesday night meeting at the church hall.",
  // Grades of a valve leak, split doses, spans of years.
  "LVEF 55-60%. Moderate MR. RVSP 42 mmHg. Mild MR. TR trace.",
  "On hydrocortisone 15/5 and fludrocortisone 0.1 mg.",
  "Served in the Army 1998-2004, no blast exposure.",
  // Reflexes, scores and brands named after people or places.
  "Apgars 8 and 9. Moro, rooting and suck intact. Interim PET Deauville 2. Epworth 16.",
  "Interested in Wegovy; on Omnipod 5 with Dexcom G7. EpiPen Jr x2. Neulasta on-body injector.",
  // Faiths, times and kinds of place after the same cues.
  "She attends the Catholic Church; meds at Bedtime; labs at Baseline were normal.",
  "He drives with Dad to the Emergency Department; NYHA class 2/4; session 3/6 of CBT.",
  "Transferred from OSH with ICH; back to ICU 2 days later.",
];

describeRules("guard rules of decision 122", { found: FOUND, clean: CLEAN });
