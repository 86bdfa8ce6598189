// Decision 131's rules and vocabulary, from a fourth writer's batch of ICU nursing and allied-health
// notes (corpus/nursing-131.ts) written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Names in quotes, before a relation or a room in brackets, after roommates, coworkers, attorneys.
  ["uncooperative with hx, gives name as 'Jay', later identified.", "name", "Jay"],
  ["Pt's only contact is friend 'Red' (617-555-0161, cell).", "name", "Red"],
  ["Amadou (pt's son) called at 0500 asking for update.", "name", "Amadou"],
  ["Night shift: 2 falls. Mr Doukas (rm 4) and Gladys (rm 9).", "name", "Gladys"],
  ["Pt's roommate Tanvir brought in pt's meds.", "name", "Tanvir"],
  ["LKW 1215 PER COWORKER ALVIN AT FIDELITY.", "name", "ALVIN"],
  ["Hospital counsel Atty. Braverman consulted re: guardianship.", "name", "Braverman"],
  ["gf destiny at bedside, very tearful.", "name", "destiny"],
  ["Dolores can be reached at 781-555-0163.", "name", "Dolores"],
  // Lower-case names before a role in brackets, after "mr and mrs", after a cleric; closing initials.
  ["family mtg 6/2 @ 1400 w/ dr oyelaran, sheila (sw), pt's wife beatrix", "name", "sheila"],
  ["called rabbi feldblum at temple israel, natick.", "name", "feldblum"],
  ["wife bea will be home after 3pm. lk", "name", "lk"],
  ["Will f/u Mon. --kp PT", "name", "kp"],
  // Days heading an events list; "nite"; "was tues"; "this past May"; rehabs by short name.
  ["10-3 0700: pt HR 40s, dopamine gtt started.\n10-4 0300: temp wire placed.", "date", "10-4"],
  ["moto crash on rte 3 sat nite. pt a student.", "date", "sat nite"],
  ["wife carol says last drink was tues.", "date", "tues"],
  ["Pt's wife died this past May, per grandson.", "date", "May"],
  ["Screening nurse from Radius (Paulette) here 9/14/06, accepted pt.", "location", "Radius"],
  ["medically ready for d/c. Spaulding declined (limited rehab potential).", "location", "Spaulding"],
];

const CLEAN = [
  // The ICU's and the bedside's vocabulary (icu-vocabulary.ts).
  "R: Pt calmer, Ramsay 3. Passy Muir not yet; trach mask at 0800. Jobst garments on.",
  "tf Nutren 2.0 at 10cc/hr; JP #1 120CC, JP #2 45CC; 120cc serosang overnight.",
  "s/p Ivor Lewis esophagectomy POD 4. Arrived via MedFlight. Pt asked for communion, Eucharistic minister paged.",
  "Pt speaks Yiddish; family (Muslim) requested imam; rabbi will visit before Shabbat.",
  // Numbers that look like a day, an initial or a name.
  "extubated 0930 to 4L NP, sats 96%. Pt's L forearm tattoo. radiating to L arm, 5/10.",
  "The Temperature turned 100 overnight. Will continue to monitor. NAD",
];

describeRules("guard rules of decision 131", { found: FOUND, clean: CLEAN });
