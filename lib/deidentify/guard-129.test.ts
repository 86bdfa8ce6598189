// Decision 129's rules, from a batch of dictated discharge summaries, operative notes and clinic
// letters (corpus/discharge-129.ts) written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // A hospital's letters between a record header's numbers, or in brackets after its name.
  ["318842077 | BHMC | 90213477 | | 6618204 | 11/03/2002 12:00:00 AM", "location", "BHMC"],
  ["4413091 NWH 76621098 5/5/2001 12:00:00 AM", "location", "NWH"],
  ["CAD s/p CABG in 1996 at Beth Israel ( BIDMC ) , who presented", "location", "BIDMC"],
  ["a radiologist at Baystate .", "location", "Baystate"],
  ["since being discharged from Spaulding on 8-29 .", "location", "Spaulding"],
  // A floor after a location's label, even a surname the catalogue holds for a disease.
  ["DISCHARGED : 09/08/2006\nLOCATION : CLOUGH 7 WEST\nATTENDING : Chalmers , Dorothy", "location", "CLOUGH"],
  ["COLL 04/02/24 07:55 | LOC: MGH ELLISON 12 | MRN 0031", "location", "ELLISON"],
  // Codes after a document's, an attendance's or an index's label.
  ["eScription document: 2-1193047", "mrn", "2-1193047"],
  ["A&E ATTENDANCE No. AE/07/118823", "mrn", "AE/07/118823"],
  ["Batch: 22419 Index No. HXLM7T21 D: 08/14/01", "mrn", "HXLM7T21"],
  ["Claim no. CLM-2290-77184  Policy BCBS-XQP-44719", "mrn", "BCBS-XQP-44719"],
  // Relatives after a hyphenated relation or with a month's name; theatre staff after their role.
  ["She lives at Meadowbrook with her daughter-in-law Sheila .", "name", "Sheila"],
  ["patient has a twin sister , June , also an inpatient here", "name", "June"],
  ["Anaesthetist: Dr Fitz, ODP Gareth", "name", "Gareth"],
  ["scrub nurse Dwayne Oyelowo-Banks and scrub T. Fenwick .", "name", "T. Fenwick"],
  // Named suites and buildings.
  ["ARRIVE 7:00 AM GONDA BUILDING 9TH FLOOR.", "location", "GONDA BUILDING"],
];

const CLEAN = [
  // Eponymous devices, approaches and flaps; abbreviations of grafts and airways.
  "A 52 French Maloney bougie was passed. An Austin Moore hemiarthroplasty through a Hardinge approach.",
  "Consent obtained for EUA , cystoscopy and Boari flap . ICP 14 via Camino bolt .",
  "Anesthesia : General LMA . West Nile serology negative . Stage IIIA per AJCC 8th edition .",
  // Rooms and buildings named by what they are; scores after an index's label.
  "Seen in the Procedure Suite, then the Main Building; the Clinical Sciences Building.",
  "Barthel Index 95/100. Taking into account 3 days; ref range 3.5-5.0; sample size 4000.",
];

describeRules("guard rules of decision 129", { found: FOUND, clean: CLEAN });
