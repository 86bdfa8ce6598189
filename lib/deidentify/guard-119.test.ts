// Decision 119's rules: text written in capitals is read as a mixed-case writer would have written
// it (capitals.ts, case-words.ts), each rule with text it must find and text of the same shape it
// must leave alone (the rules came from the batch in corpus/capitals-119.ts, scored before them; the
// examples here are variations the batch lacks).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // An institution's, a residence's or a street's kind names the ordinary words before it.
  ["PT ADMITTED FROM MEADOWBROOK NURSING HOME WITH UTI.", "location", "MEADOWBROOK NURSING HOME"],
  ["D/C TO SILVER BIRCH CARE HOME ON WARFARIN.", "location", "SILVER BIRCH CARE HOME"],
  ["REFERRED BY THORNBURY HEALTH CENTRE FOR REVIEW.", "location", "THORNBURY HEALTH CENTRE"],
  ["GP: DR OKONKWO, WILLOW BANK SURGERY.", "location", "WILLOW BANK SURGERY"],
  ["TRANSFERRED FROM FAIRHAVEN GENERAL OVERNIGHT.", "location", "FAIRHAVEN GENERAL"],
  ["SEEN IN THE BRAMPTON ANTICOAGULATION CLINIC.", "location", "BRAMPTON"],
  ["ARRIVED BY AMBULANCE FROM PINE RIDGE ALF ON TUESDAY.", "location", "PINE RIDGE"],
  ["LIVES ALONE ON OAK AVE, 2ND FLOOR.", "address", "OAK AVE"],
  // A cue of where someone lives, works or goes; a state's code; a place's label.
  ["ADDRESS: 18 PRIMROSE LANE, HEXHAM.", "location", "HEXHAM"],
  ["SON LIVES IN READING. DAUGHTER VISITS WEEKLY.", "location", "READING"],
  ["PT WORKS AT HARLOW PACKAGING.", "location", "HARLOW"],
  ["RETIRED FROM THE POST OFFICE DEPOT IN SWINDON.", "location", "SWINDON"],
  ["SISTER LIVES IN TWIN FALLS, ID.", "location", "TWIN FALLS"],
  ["DISCHARGED TO THE ASHCOMBE FOR REHABILITATION.", "location", "ASHCOMBE"],
  ["WARD: KESTREL", "location", "KESTREL"],
  ["LOCATION: ST ANSELM'S WEST WING", "location", "ST ANSELM'S"],
  // Ages: stated with "today", after a name and a fracture's hash, in a whiteboard's cells.
  ["MRS OYELARAN IS 101 TODAY.", "age", "101"],
  ["MR CORMAC DEVLIN, 97, #NOF FOR THEATRE.", "age", "97"],
  ["BED 7 | MARGARET FEENEY | 96 | FOR OT", "age", "96"],
  // Names: a title, a relation before what a person does, a label, a double name, a name beside a word.
  ["SEEN WITH CONSTANCE ABERNETHY-HOLT (RN).", "name", "CONSTANCE ABERNETHY-HOLT"],
  ["ATT: QUINTERO", "name", "QUINTERO"],
  ["NOK: HOLLOWAY, JUNE (DAUGHTER)", "name", "HOLLOWAY, JUNE"],
  ["DR BELL TO REVIEW ON WARD ROUND.", "name", "DR BELL"],
  ["DAUGHTER GRACE CALLED, WILL VISIT AT 1500.", "name", "GRACE"],
  ["PT TOLD BY MARIE FLANAGAN, STAFF NURSE.", "name", "MARIE FLANAGAN"],
  ["HUSBAND ANNE-MARIE'S BROTHER CALLED.", "name", "ANNE-MARIE"],
  // Extensions, dates and codes keep the case their rules read.
  ["CALL WARD ON X3-4410 IF CONCERNED.", "phone", "3-4410"],
  ["REVIEWED ON 3RD MAY; NEXT REVIEW 14TH JUNE.", "date", "3RD MAY"],
  ["RESIDES AT 9 KILN ROAD, PORTLAND, OR 97205.", "postcode", "OR 97205"],
  // The same rules in mixed case.
  ["GP: Dr S Kaur, Orchard House Surgery", "location", "Orchard House Surgery"],
  ["Ward: Kestrel, bed 4", "location", "Kestrel"],
  ["She lives in Gorham.", "location", "Gorham"],
];

const CLEAN = [
  // Clinical headers and notes in capitals.
  "HISTORY OF PRESENT ILLNESS: 84 YO F WITH WORSENING DYSPNEA.",
  "MRI LEFT KNEE WITHOUT CONTRAST",
  "NO ACUTE FRACTURE. NO DISLOCATION.",
  "DR. TO REVIEW",
  "SEEN BY ORTHO",
  "PT ALERT AND ORIENTATED X3",
  "DISCHARGED HOME WITH DISTRICT NURSES.",
  "TRANSFERRED TO WARD 7 FOR MONITORING.",
  "CALL WARD IF CONCERNED.",
  "BED 9: FALLS RISK, BARRIER NURSING, DNACPR IN PLACE.",
  // Services named after what they do, kinds of place, trades, a relative's state.
  "SEEN IN THE FRACTURE CLINIC; LEG ULCER CLINIC TO FOLLOW UP.",
  "OUTSIDE HOSPITAL RECORDS REVIEWED.",
  "WORKS IN CONSTRUCTION; RETIRED FROM THE ARMY.",
  "WORKS IN NURSING; WIFE WORKS IN TEACHING.",
  "WORKS AT HEIGHTS AS A SCAFFOLDER.",
  "SHE IS ORIGINALLY FROM ABROAD.",
  "SON WILL VISIT; WIFE AWARE.",
  "MOTHER FELL AT HOME LAST YEAR.",
  "CAN U ASK THE REG TO CALL THE FAMILY RE GOC TMRW",
  // Eponyms as diseases, signs and scores; places that name a score; organisms; drugs.
  "KNOWN GRAVES DISEASE AND ADDISON DISEASE.",
  "OTTAWA ANKLE RULES NEGATIVE; WELLS SCORE 1.",
  "BOSTON BOWEL PREP SCORE 8.",
  "KANSAS CITY CARDIOMYOPATHY QUESTIONNAIRE COMPLETED.",
  "MARIE CURIE NURSE TO VISIT OVERNIGHT.",
  "SISTER MARY JOSEPH NODULE NOT PRESENT.",
  "HAEMOPHILUS INFLUENZAE ON SPUTUM CULTURE.",
  "STARTED TAZOCIN AND GENTAMICIN; LEVETIRACETAM CONTINUED.",
  "DISCHARGED ON ORAL CO-AMOXICLAV.",
  "MOBILISING WITH ZIMMER FRAME.",
  // Abbreviations, results and codes.
  "NON-ST ELEVATION MYOCARDIAL INFARCTION; NO ST CHANGES TODAY.",
  "SACRAL ALA INSUFFICIENCY FRACTURE.",
  "FBS 7.2, HBA1C 64, TPA NOT GIVEN.",
  "LFTS: ALT 45, ALP 130, BILI 18, ALB 34.",
  "WATERLOW 18, MUST 1.",
  "STAGE IIA, IN REMISSION AFTER ABVD.",
  "ESOPHAGUS, LA GRADE B.",
  "HEENT: PERRL, EOMI.",
  "72 YO WM WITH CHEST PAIN.",
  "SNOMED CT 263204007",
  "SENT FROM MY IPHONE",
];

// Words the rewritten reading leaves alone when something beside them is an identifier.
const NOT_FLAGGED: Array<[string, string]> = [
  ["SEEN AT FAIRHAVEN GENERAL FOR THE FRACTURE CLINIC.", "FRACTURE CLINIC"],
  ["DR BELL TO REVIEW ON WARD ROUND.", "WARD ROUND"],
  ["WIFE MAUREEN STATES HE FELL AT HOME.", "FELL"],
  ["REFERRED TO THE OTTAWA HEART INSTITUTE; OTTAWA ANKLE RULES NEGATIVE.", "OTTAWA ANKLE"],
];

describeRules("guard rules of decision 119", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
