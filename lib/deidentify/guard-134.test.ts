// Decision 134's rules, from the fourth wave's batch of US synthetic sentences by a sixth writer
// (corpus/synthetic-136.ts) written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // People listed after a meeting's label, in any case.
  ["IDT minutes 6/21: Present - Nkechi, Brandon, Dr. Weiss, chaplain", "name", "Nkechi"],
  ["ATTENDEES: K. Nakashima (chair), T. Osei-Bonsu, R. Hunter", "name", "R. Hunter"],
  ["attendees: marcus kim, ava summers, dr fitzgerald", "name", "ava summers"],
  // Research subjects' and minors' initials; a caller before where they are from; a signature whose
  // surname is also a disease.
  ["Site 04 | Subj ID 04-117 | Initials MRT | Screened 2/8/24", "name", "MRT"],
  ["Subject 1003-045 (A.K.) withdrew consent on June 1.", "name", "A.K."],
  ["In re the matter of D.R.W., a minor", "name", "D.R.W."],
  ["Fri 5:40p VM: Jolene from Boise Family Medicine, pls call back.", "name", "Jolene"],
  ["Sincerely,\nHunter Graves, MSW", "name", "Hunter Graves"],
  // A state's code after a town after a street; a day before a clock time; "to be ninety".
  ["Seen at home, 88 Cedar Hollow Rd, Hazard, KY. Dtr present.", "postcode", "KY"],
  ["VM rec'd 3/4 4:52 PM from Gloria Ybarra re her labs.", "date", "3/4"],
  ["My husband Clovis is going to be ninety next month.", "age", "ninety"],
  // Practices named as businesses; a chain's store number; claim numbers.
  ["Care Coordinator | Lakeshore Cardiology Associates", "location", "Lakeshore Cardiology Associates"],
  ["From: Tina Marsh, Placer Orthopaedic Group", "location", "Placer Orthopaedic Group"],
  ["Rite Aid #10882  Rx 0418772", "location", "Rite Aid"],
  ["| GRACE O'SULLIVAN | Clm 88120-445-09 | denied", "mrn", "88120-445-09"],
];

const CLEAN = [
  // Meetings that list roles, not people; services signing a letter; dotted abbreviations.
  "Present: pt, wife, daughter and PT. Present: Social Work, Chaplaincy, PT. Absent: none.",
  "Best wishes,\nThe Breast Team",
  "given 5 mg P.O. (I.V.) in the U.S.",
  // A referral to a service.
  "referred to General Surgery Associates; the Inpatient Physical Therapy team.",
];

// Credentials after a name are no state.
const NOT_FLAGGED: Array<[string, string]> = [
  ["Dr. Smith, MD, saw her.", "MD"],
  ["Jane Brown, PA, reviewed the films.", "PA"],
  ["relayed to Priyanka Venkataraman, PA, at 10:05 on 5/6.", "PA"],
];

describeRules("guard rules of decision 134", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
