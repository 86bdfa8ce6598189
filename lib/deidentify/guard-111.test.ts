// Decision 111's rules, each with text it must find and text of the same shape it must leave alone
// (the rules came from the sixteenth and seventeenth batches of corpus/fragments.ts, i2b2 2014 style,
// scored before them, and from decision 109's known misses).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Dates: a weekday or a month after "about", "for", "RTC" or another month; an event's date
  // after "last ... was"; a lower-case short weekday closing a clause about going somewhere.
  ["He was well until about Tuesday, when he noted DOE.", "date", "Tuesday"],
  ["Wants to travel to Florida for February and March.", "date", "March"],
  ["A/P: moderate disease activity. RTC June.", "date", "June"],
  ["Last HD was 11/1; dry weight 78 kg.", "date", "11/1"],
  ["ok to switch to po. pt going back to ridgeview tues", "date", "tues"],
  // Contact and record numbers.
  ["Please page me at #41872 with any questions.", "phone", "41872"],
  ["Pacemaker: dual chamber, serial PJN418832H, implanted 2/3/86.", "mrn", "PJN418832H"],
  // Names: relatives listed after a plural relation, a lower-case first name in a chat note, a
  // capitalised word before "might remember", the writer's initials closing a note.
  ["Two sons, Mark and Tommy, both local.", "name", "Mark"],
  ["Death at home; family (Greta, Lars) at bedside.", "name", "Lars"],
  ["heads up - bed 9 to go to mgh, family (carla) ok w/ it", "name", "carla"],
  ["fyi jess from st vincents called re transfer", "name", "jess"],
  ["We had an almost identical one last year — Raj might remember.", "name", "Raj"],
  ["She will bring him to the lab on Friday for fasting labs.\nYKU", "name", "YKU"],
  ["Ophthalmology referral. MaryAnn called to confirm.", "name", "MaryAnn"],
  // Places: a hospital by its name alone ("-side" is no drug's ending), in brackets after a
  // clinician, before one of its services, its abbreviation after a department or a date.
  // (A word in no list mid-sentence: flagged, as a name, which the evaluation's overlap counts.)
  ["I saw your patient in the Cardiology Clinic at Brookside today.", "location", "Brookside"],
  ["PCP: Yolanda Ulrich, MD (Brookside)", "location", "Brookside"],
  ["Follow up in 2 weeks. Brookside anticoagulation clinic for an INR.", "location", "Brookside"],
  ["She will bring him to the Brookside lab for fasting labs.", "location", "Brookside"],
  ["79 yo M who presented to the ED at BCH with 2 hrs of chest pressure.", "location", "BCH"],
  ["CAD: cath 3/64 at NEBH showed 50% mid-LAD.", "location", "NEBH"],
  // A business before its town or its road, an employer after an occupation, a practice after a
  // clinician's name, a practice called "Family Health", a site where a test was done.
  ["Labs can be drawn at Quest in Naples while she is away.", "location", "Quest"],
  ["Refill sent to CVS on Route 20 in Shrewsbury.", "location", "CVS"],
  ["She is a paralegal at Fidelity, who has had four episodes.", "location", "Fidelity"],
  ["Former bus driver for the MBTA. Quit smoking 2070.", "location", "MBTA"],
  ["- PCP: Dr. Lin Hua, Harbor Family Medicine, 555-0199", "location", "Harbor Family Medicine"],
  ["Nathaniel Orr, M.D.\nWestover Family Health\n22 Lantern Lane", "location", "Westover Family Health"],
  ["Comparison is made to the outside MRI performed at Shields last month.", "location", "Shields"],
  // The eighteenth batch: a month after "spent", a visiting nurses' agency.
  ["Since then he spent November with his son in Phoenix.", "date", "November"],
  ["Plan for d/c tomorrow to home with VNA (Overlook VNA, 508-555-0102).", "location", "Overlook VNA"],
  // A town written without its accent: "montreal" for "Montréal".
  ["son bertrand is flying in from montreal tmrw", "location", "montreal"],
];

const CLEAN = [
  "Weekly INR checks every Monday at the anticoagulation clinic; each Tuesday in the lipid clinic.",
  "Cases saved for Thursday teaching; planned for Friday rounds.",
  "Eye: VA 20/40 OD, 20/25 OS; VA 6/12 right eye and 6/9 left eye on the Snellen chart.",
  "Mental status: MMSE 24/30; GDS 6/15; MoCA 19/30.",
  "Pain 3/10 at rest; the last pain score was 3/10.",
  "back to baseline, o2 sat. going out in the sun.",
  "Cruising at 10000 feet; call us at the number on file.",
  "Serial troponins negative; serial BNP 1200 then 900; serial imaging in 2 weeks.",
  "Two sons, both local. Family (HCP) aware. Children: both well.",
  "fyi pt from rehab called re transfer",
  "The Board might remember; as the guideline mentioned. Great case — Everyone agrees.",
  "Family (Spanish-speaking) at bedside; two daughters, both nurses.",
  "Plan discussed with the patient and his wife.\nCXR",
  "Code status discussed with the family.\nDNR",
  "Echo ordered.\nTTE",
  "Labs: Na 138, K 4.4, Cl 102, CO2 26, BUN 22, Cr 1.3, Glu 164.",
  "Hep C genotype 1a; FibroScan 7.2 kPa (F2); GeneXpert negative.",
  "Parkinson disease, Hoehn and Yahr stage 2; Rutherford category 3; (Fazekas 2).",
  "CV: RRR, S1 S2, II/VI SEM at LUSB. Vietnamese-speaking man with COPD.",
  "Seen in the Coumadin clinic and the warfarin anticoagulation clinic; the Heart lab is closed.",
  "Seen in the ED at 3 pm; transferred from the ICU at OSH.",
  "An ulcer at the Lisfranc joint; a tumor at the T12 level; a murmur at the apex.",
  "Seen by the Family Health team and the Community Health nurses.",
  "Procedure performed at the bedside; dressing done at home; cultures drawn at 0600.",
  "son is flying in from home tmrw",
  "Home with VNA for med management; the Visiting Nurse Association will call; spent the night in the ED.",
  "Pre-op: RCRI 1; DNR/DNI per MOLST on file.",
];

// Text a rule must not take in, though something else in the sentence is an identifier.
const NOT_FLAGGED: Array<[string, string]> = [
  ["Labs drawn at Home in Boston.", "Home"],
  ["Accident on Route 9 last night.", "Accident"],
  ["- PCP: Dr. Lin Hua, Internal Medicine, 555-0199", "Internal Medicine"],
  ["Discussed with Dr. Lenz (Cardiology) today.", "Cardiology"],
];

describeRules("decision 111's rules", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
