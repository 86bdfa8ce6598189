// Decision 109's rules, each with text it must find and clean text of the same shape it must leave
// alone (the rules came from the twelfth batch of corpus/fragments.ts, scored before them).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Dates: a table's first column, a leading zero, a weekday with an ordinal, "till the 30th",
  // a shortened weekday in lower case after a cue.
  ["Date | Test | Result\n01/04 | INR | 2.1\n01/06 | INR | 3.4", "date", "01/06"],
  ["INR 3.4 on 3/05, held two doses", "date", "3/05"],
  ["She can't make her Wed 22nd slot.", "date", "Wed 22nd"],
  ["Staying at her daughter's till the 30th.", "date", "30th"],
  ["wife says hes more confused since sat", "date", "sat"],
  // Names: a relative's lower-case name in no list.
  ["son tyrone called, will visit later", "name", "tyrone"],
  ["wife yvette says he is more confused", "name", "yvette"],
  // Places by their shape.
  ["101 y/o with fall at Heritage Pointe. Comparison none.", "location", "Heritage Pointe"],
  ["Pt seen at Pen Bay ER last night, given Keflex.", "location", "Pen Bay"],
  ["fyi jess from st vincents called re transfer", "location", "st vincents"],
  ["pt's daughter lives in fall river, will pick up at 3", "location", "fall river"],
  ["pt going back to ridgeview on discharge", "location", "ridgeview"],
  ["Tamar Valley Surgery\n14 Fore Street\nCallington\nPL17 7AB", "location", "Callington"],
  ["He was seen at the clinic in Calgary, AB last year.", "postcode", "AB"],
  ["Lives in Dubbo NSW 2830 with his wife.", "postcode", "NSW 2830"],
  ["Taken to OR 6 at Lakeshore Surgical Center.", "location", "Lakeshore Surgical Center"],
  // The thirteenth batch's rules.
  ["Medic 7 crew: J. Pereira (paramedic), T. Hollis (EMT-B).", "name", "J. Pereira"],
  ["Pattie Bock (96 year old) tolerated the procedure.", "name", "Pattie Bock"],
  ["Shared by @mbarrett in the teaching channel.", "name", "@mbarrett"],
  ["Enrolled on 06-Sep-2021; study ID CARD-0447.", "mrn", "CARD-0447"],
  ["Ignatius Obi, 97, was flown home.", "age", "97"],
  ["ISBAR: S - Tom Grealish 90, R - transfer back when stable.", "age", "90"],
  ["Lives with her partner; works as a cleaner at Alder Hey.", "location", "Alder Hey"],
  ["Blister packs delivered weekly by Hillcrest Pharmacy.", "location", "Hillcrest Pharmacy"],
  ["PLAN D/C TO REHAB MONDAY.", "date", "MONDAY"],
  ["she's at brighton till the 8th", "location", "brighton"],
  // The fourteenth batch's rules.
  ["heads up - bed 9 to go to mgh for ep study", "location", "mgh"],
  ["Eye clinic, Waikato Hospital. NHI ZAC4471.", "mrn", "ZAC4471"],
  ["Seen by Dr. Weatherby at Smile Dental Group.", "location", "Smile Dental Group"],
  // Decision 104's known misses.
  ["She spends winters in Florida and summers on the Cape.", "location", "the Cape"],
  ["92 Y.O. F ADMITTED FROM HEBREW REHAB.", "location", "HEBREW REHAB"],
  ["Outside studies from CHOP were reviewed.", "location", "CHOP"],
  ["says pt was fine at Easter dinner.", "date", "Easter"],
  // The fifteenth batch's rules.
  ["Funeral home: Hartwell & Sons; Lindquist Funeral Home notified.", "location", "Hartwell & Sons"],
  ["Death at home; Lindquist Funeral Home notified.", "location", "Lindquist Funeral Home"],
  ["Methadone dosed daily at Crossroads Treatment Center.", "location", "Crossroads Treatment Center"],
  ["Seen at the hospital on 8 Nov; NRIC S7741230D.", "mrn", "S7741230D"],
  ["- GP: Dr S Kaur, Parkside Surgery\n- Destination: Rosewood House", "location", "Parkside Surgery"],
  ["- GP: Dr S Kaur, Parkside Surgery\n- Destination: Rosewood House", "location", "Rosewood House"],
];

const CLEAN = [
  "Pain 3/10 at rest; power 4/5 in the left leg; murmur 2/6.",
  "Power 4/5 in both legs; reflexes 2/4; pulses 1/2.",
  "Plan:\n- Repeat FBC tomorrow\n- Family meeting later this week",
  "O2 sat 92% on room air, sat up in the chair.",
  "Referred to the 4th floor for telemetry.",
  "son at bedside, wife aware of plan",
  "daughter h/o dm, son pt aware",
  "Anesthesia: General endotracheal. EBL 20 mL.",
  "Tender at McBurney point; seen at the local ED and the main ER.",
  "Taken to the Adult ED then to the Emergency Department.",
  "ST elevation in V2-V4; st depression laterally; st john's wort stopped.",
  "lives in a house with her son; going home to rest",
  "Rectal stump marked with Prolene; skin closed with Vicryl.",
  "ER positive (Allred 8); Breslow thickness 1.2 mm; Fuhrman grade 2.",
  "Seen in the Rapid Access Clinic; ambulatory ECG arranged.",
  "Seen in the Dialysis Center and the Endoscopy Center.",
  "Heart Rate (95) and Blood Sugar (96 mg); Normal Saline (paramedic) given.",
  "Reply by email; pt @ home; contact via @home service.",
  "Randomised after consent; study drug held for 2 days.",
  "Sats, 97, on air; Glucose, 95, repeat; HR 92, BP 130/80.",
  "Works as a cleaner at night; retired from the Army.",
  "Collect from the Pharmacy; outpatient pharmacy closed.",
  "Beighton and Brighton criteria met; she's in pain; he's at home.",
  "go to icu, then d/c to nh; too much to do; back to ed",
  "Previous SVD, BMI 31; Waterlow 18; Braden 12; Rockwood frailty 6.",
  "Seen in the dental clinic; the Dental Practice Act applies.",
  "She summers on the coast and winters at the house; spends holidays in the Sun.",
  "German measles in childhood; Hebrew speaker; rehab at home; Greek yoghurt.",
  "Studies from CT and films from MRI reviewed; records from the GP.",
  "Christmas lunch cases: three unknowns from the registrars.",
  "TB GeneXpert negative; treated with Tazocin; Lund and Browder chart for the burns.",
  "GP: locum, Cardiac Surgery referral; Destination: Care Home; Destination: Usual Residence.",
  "Seen in the Treatment Center; funeral home chosen by the family.",
];

describeRules("decision 109's rules", { found: FOUND, clean: CLEAN });
