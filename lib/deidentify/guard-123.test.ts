// Decision 123's rules, from a batch of radiology reports, MDT outcomes and case discussions
// (corpus/radiology-123.ts) written before them by someone who had not read the rules; each with
// text it must find and text of the same shape it must leave alone.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Initials after a role's label, in brackets closing a report, after "by" with a time.
  ["Verified 14/03/2024 16:05   Radiographer: KT", "name", "KT"],
  ["Repeat 6 weeks after antibiotics.\nRep: OMF/jr", "name", "OMF/jr"],
  ["No acute intracranial abnormality. Final to follow (RVE).", "name", "RVE"],
  ["Merged with local ID D2190338 by JT today.", "name", "JT"],
  // A surname in capitals before a given name, in a banner's column and in PACS's form.
  ["The name RAINBIRD, Summer and DOB 02/02/1993 are burned into the image.", "name", "RAINBIRD, Summer"],
  ["Primary Interpreting Staff: NAKASHIMA,ROSE, Staff Radiologist", "name", "NAKASHIMA,ROSE"],
  ["MAMMOGRAM WITH TOMOSYNTHESIS\nPark, Joy  MRN M0088412-3  DOB 08/30/1971", "name", "Park, Joy"],
  // An age after a name; someone spoken to, signing off, an author, a child with an age.
  ["Reviewed on the ward: Mr Horace Pennywhistle, 90. Moderate Zenker diverticulum.", "age", "90"],
  ["I'll add her to the list. Winter, can you bring the biopsy slides?", "name", "Winter"],
  ["Can't do Fri, prefers Southmead. - Bev", "name", "Bev"],
  ["Authors: S. Lloyd-Price et al., Bronglais General Hospital.", "name", "S. Lloyd-Price"],
  ["Lily, 9, from Cheadle Hulme, was scanned with torsion.", "name", "Lily"],
  // Hospitals by their letters after a date or a preposition, in a banner, by a health board.
  ["Compared with the study of March 3 at VGH.", "location", "VGH"],
  ["Lily was scanned at RMCH with torsion.", "location", "RMCH"],
  ["For EBUS of station 7 at UHW next week.", "location", "UHW"],
  ["CT BRAIN/C-SPINE TRAUMA   RBWH   UR 3318420", "location", "RBWH"],
  ["SUNNYBROOK HEALTH SCIENCES CENTRE - MEDICAL IMAGING", "location", "SUNNYBROOK"],
  ["Bronglais General Hospital, Hywel Dda UHB.", "location", "Hywel Dda UHB"],
  // A council's registration number; a short weekday before a clock time.
  ["Reported by: Dr Sandhu, MD FRCPC (CPSO 87213)", "mrn", "87213"],
  ["CTPA? D-dimer 4.1. Thx. Sun 22:14", "date", "Sun 22:14"],
];

const CLEAN = [
  // Signs, classifications and landmarks named after people; a stage's numeral.
  "T2/FLAIR lesions perpendicular to the ventricles (Dawson fingers). Stanford A dissection, DeBakey type II.",
  "Angle of Louis at T4/5; carina splayed. Aunt Minnie: ivory vertebra. Calcium score (Agatston) 412.",
  "Herring lateral pillar B. Crescent sign on the frog-leg lateral. Radiological stage IVA.",
  // Lists of abbreviations, tests by a method, the pronoun, units named for what they do.
  "PERRL, EOMI. SBO, POD 2. LIMA-LAD, SVG. HER2 negative by IHC; removed by EMR.",
  "Reply: yes, it's the same patient I posted about. Seen on the Acute Receiving Unit; back to MDM.",
  "Lung MDT (Thursday 08:00, Seminar Room 2): six new cases. Referred to the MH team; progressed to PNH.",
  "CT KUB: no calculus. Consultant Radiologist, GMC registered.",
];

describeRules("guard rules of decision 123", { found: FOUND, clean: CLEAN });
