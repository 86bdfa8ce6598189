// Decision 135's rules, from the fifth wave's batches (corpus/nursing-137.ts, synthetic-138.ts,
// nursing-139.ts) written before them by writers who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Two-number dates before a clock or a part of the day, in an "s/p" clause, at a place, and after
  // a numerator above its denominator.
  ["EVENT 4/8 0515: PT FOUND W/ STERNAL WOUND DRAINAGE", "date", "4/8"],
  ["Plan per Kathy NP: keep wires, recheck underlying rhythm 4/5 am.", "date", "4/5"],
  ["SICU NSG NOTE: POD#2 S/P WHIPPLE 5/8 W/ DR. ABERNETHY-KAHN.", "date", "5/8"],
  ["septic shock from a perforated diverticulum, s/p hartmann's 9/9.", "date", "9/9"],
  ["RT Note: Pt to OR 7/9 for trach/PEG, returned on vent.", "date", "7/9"],
  ["PLAN: DETOX BED AT SHATTUCK 1/2?", "date", "1/2"],
  ["SW: PT IS A 19 YO F, GSW TO ABD 11/2 IN DORCHESTER.", "date", "11/2"],
  ["Pt s/p MVR and TV ring 3-14, reintubated 3-16 for flash pulmonary edema.", "date", "3-16"],
  // A surname that is an eponym after DR in capitals; names after a role written as a word.
  ["CIRC DONE 6/18 BY DR. LEVENTHAL, NO BLEEDING.", "name", "LEVENTHAL"],
  ["NEW PIV PLACED. NNP DEVLIN AWARE.", "name", "DEVLIN"],
  ["PHARMACIST TED NOTIFIED, WILL RUN AT 1G OVER 2H", "name", "TED"],
  ["AA SPONSOR BILLY VISITED.", "name", "BILLY"],
  // Sign-offs in lower case after a dash closing the note.
  ["pcp will fax records. -cg", "name", "cg"],
  ["he agrees to soft wrist restraints overnight. -pat w", "name", "pat"],
  ["home cpap via lincare, wife bringing in mask. -dk rrt", "name", "dk"],
  // Greetings, nicknames in brackets, "Last, First M" and a name before its date of birth.
  ["Hi Rose, this is a reminder from the dental office.", "name", "Rose"],
  ["clinic: hi cliff, i resent it at 3:15", "name", "cliff"],
  ["Message from Dorothy Wilkins (Dot) to the front desk", "name", "Dot"],
  ["Statement for Ferguson, Lane R | Account 771204-88", "name", "Ferguson, Lane R"],
  ["Authorization to release records of Trinity Walker (DOB 11.17.2001)", "name", "Trinity Walker"],
  // Ages: "you're 92", "I'm 93 next month", a double-barrelled surname before an age in words.
  ["I see you're 92; your next visit is in May.", "age", "92"],
  ["I'm 93 next month, is the shingles shot still due?", "age", "93"],
  ["Patient Marigold Ashby-Teller, ninety-one, was admitted overnight.", "age", "ninety-one"],
  // Streets after "at" and closing a clause; unions; employers; congregations; agencies.
  ["CASE WORKER AT PINE ST IS MARISOL.", "address", "PINE ST"],
  ["LIVES IN GROUP HOME (VINFEN RESIDENCE ON PARK DR), ADMITTED W/ NMS", "address", "PARK DR"],
  ["WORKS AS LONGSHOREMAN, ILA LOCAL 800.", "location", "ILA LOCAL 800"],
  ["construction worker w/ local 223, fell 20 ft from staging", "location", "local 223"],
  ["works 2nd shift at Market Basket warehouse in Tewksbury.", "location", "Market Basket"],
  ["PT IS A RETIRED MBTA BUS DRIVER FROM HYDE PARK.", "location", "MBTA"],
  ["LIVES IN MATTAPAN, ATTENDS CHURCH OF GOD OF PROPHECY, PASTOR MAY VISIT.", "location", "CHURCH OF GOD OF PROPHECY"],
  ["attend our lady of the assumption parish.", "location", "our lady of the assumption parish"],
  ["VNA REFERRAL MADE TO VNA OF CAPE COD FOR HOME INFUSION", "location", "VNA OF CAPE COD"],
  ["Home DME co is Northeast Home Medical (800-555-0172).", "location", "Northeast Home Medical"],
  ["lives in Apex, NC with her son", "location", "Apex"],
  // The second wave (batches 140-142): tables with a header, ages in data and in apposition,
  // internal extensions and pagers, dates after a clock or "sent in", clinicians by initials.
  ["mrn,last,first,dob,zip\n00731924,Abernathy,Mercy,1929-02-11,37211", "name", "Mercy"],
  ["patient_id\tname\tage\tunit\nPT-88213\tLorenzo Bellamy\t102\t4 West", "age", "102"],
  ["000448172,RAMIREZ,ESPERANZA,F,19270315,95,EL PASO,TX", "date", "19270315"],
  ["\"name\": \"Bart Oyelowo\", \"age\": \"90\",", "age", "90"],
  ["Harold Brightwater Jr., 97, of Marquette, passed peacefully.", "age", "97"],
  ["father died May '19 at 93 of a stroke", "age", "93"],
  ["Mother (Agnes, now 97) has dementia.", "age", "97"],
  ["RE: Kowalski, Eugenia  DOB: 2/2/1995 (93)", "age", "93"],
  ["Mercy, 93, and her husband live alone.", "name", "Mercy"],
  ["[10:42] Ivy: hi its ivy from the office", "name", "Ivy"],
  ["txt from a number: this is Grant, Hope's husband.", "name", "Grant"],
  ["bed 6 - Okonjo, Patience 63F CHF exac", "name", "Okonjo, Patience"],
  ["d/w Dr. Chakraborty: advance to clears.\n-T. Graham PGY2", "name", "T. Graham"],
  ["Dr. Lindqvist will follow; his pager is 27718.", "phone", "27718"],
  ["Dr. Rosenthal-Park paged 4-2290.", "phone", "4-2290"],
  ["Extubated @ 2200 4/7. CTs 240 overnight.", "date", "4/7"],
  ["FROM GOLDEN LIVING CENTER, SENT IN 1/5 W/ SATS 82%.", "date", "1/5"],
  ["last bm 2/6, given senna", "date", "2/6"],
  ["s/p TAVR (3/2087, BWH, Dr. Sakamoto) presents", "location", "BWH"],
  ["Medicaid ID on file and SSN ending in 4471 verified", "mrn", "4471"],
  ["Driver's License: F2247-11893-04   State: NJ", "postcode", "NJ"],
  ["RR 1 BOX 47A, MOUNT AYR, IOWA 50854 | PCP", "postcode", "IOWA 50854"],
  ["14:03 — Patient: sept 3 1958", "date", "sept 3 1958"],
  ["family wants to visit after church at Twelfth Baptist, ~10 people", "location", "Twelfth Baptist"],
  ["Wife lives in Brighton on Commonwealth Ave.", "location", "Brighton"],
  // The third wave (batches 143-144).
  ["Mr. Hunter Bishop, ninety-one, was brought in by EMS", "age", "ninety-one"],
  ["admitted to the psychiatric unit on the 14th after a referral", "date", "14th"],
  ["Dr. Chukwu referred Baker Thompson, a 90-year-old veteran, to the clinic", "name", "Baker Thompson"],
  ["her daughter is a student at Northwestern University.", "location", "Northwestern University"],
  ["right TKA, Hospital for Special Surgery, 13-Jan-2022", "location", "Hospital for Special Surgery"],
  ["a retired welder who worked 31 years for Bobcat Company in Gwinner", "location", "Bobcat Company"],
  ["her aunt Iris Ashby-Moore is 91.", "age", "91"],
  ["Passy-Muir eval planned w/ speech (Colleen) Wed.", "name", "Colleen"],
  ["LIVED ALONE IN SOUTH BOSTON (TELEGRAPH ST) UNTIL THIS ADMISSION.", "address", "TELEGRAPH ST"],
  ["Diane Okafor, LICSW pg 31478", "phone", "31478"],
];

const CLEAN = [
  // Fractions and scores of the same shapes.
  "TOF 2/4 @ 1200, propofol titrated.",
  "strength 4/5 in RUE, 5/5 at LUE; pulses 2/4 in feet.",
  "s/p fall, pain 4/10 at rest.",
  "DP 1/4 am, PT 2/4.",
  "transferred to ICU 2/2 hypotension",
  // Eponyms and anatomy; the delivery room; a role signing off; vocabulary.
  "Addendum: Pt's Murphy's sign negative on re-exam per surgical team.",
  "Trauma: Pt w/ Le Fort II fx and mandible fx, ORIF planned.",
  "Pt with Guillain-Barré, Parkinson's, and Graves' disease in the past.",
  "RESP: EXTUBATED 0930 TO 4L NC. NO STRIDOR. COUGH STRONG. -RRT",
  "systolic murmur heard at apex; tenderness at temple.",
  "blood cx -ve; leucocytes +ve, nitrites -ve",
  "CASE MGMT TO CALL RE: INPT HOSPICE.",
  "PER DR. ICU TEAM, PER DR. NEURO",
  // Greetings to groups, bracketed words after a diagnosis, lists of abbreviations, local anaesthetic.
  "Hi team, the MDT list is below. Dear Colleague,",
  "Heart Failure (Acute). Lateral Meniscus (Torn).",
  "PLAN: CXR, ABG Q AM",
  "local 1% lidocaine, given local 2 ml",
  "Billing code 99214 with modifier 25; ICD-10 E11.9 and I10.",
  "interpreter line used; pharmacist will call.",
  "id,site,size,grade\n1,left lobe,12 mm,2\n2,right lobe,8 mm,1",
  "PT ON 1/2 NS @ 100CC/HR + 20 KCL. K 3.8. GCS 14/15.",
  "Pt c/o CP 4/10 @ 0330, EKG w/o change, NTG SL x1.",
  "Babinski upgoing L. Hoffmann's neg. Diuresed net -2.1 L. Transitioned to oral torsemide.",
  "Follicular lymphoma, Ann Arbor Staging II, FLIPI low risk. EKG: 2MM STE II, III, AVF.",
  "Stoma pink, appliance changed by WOC RN. Recommend follow-up per ATA guidelines.",
  "cv: irreg irreg. Consider Takotsubo. SHE DEFERVESCED ON HOSPITAL DAY 2.",
  "it's fine. Ages: 5, 12. given 1-2000 units; K 3.4, 2-1000 ml",
  "toys for the children's ward; children's doses.",
  "FLEXISEAL IN PLACE, 600CC BROWN LIQUID THIS SHIFT. PT IS A 67 YO M W/ ESLD, MELD 28.",
  "babinski upgoing on r, downgoing on l. hoffman neg. IL-6 10 pg/mL. Tdap given per ACIP schedule.",
  "Bishop score 9, ninety, regular. PT (Ortho) eval.",
];

// Parts of a finding that must stay out of it.
const NOT_FLAGGED: Array<[string, string]> = [
  ["SPOKE TO ON CALL DR SMITH", "CALL"],
];

describeRules("guard rules of decision 135", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
