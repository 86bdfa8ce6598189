// Decision 141's rules, each written after a batch of its waves (corpus/nursing-218.ts onwards)
// showed the shape, with clean texts of the same shape beside them.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // A town in brackets between a contact's name and number; a nickname there is a name.
  ["FAMILY:\nSON - MARC DESROSIERS (PROVIDENCE) 401 555 0152", "location", "PROVIDENCE"],
  ["DTR - KAREN NORDSTROM-PIKE (READING) 781 555 0175\n-- KMD", "location", "READING"],
  ["son marc (somerset) 508 555 0179", "location", "somerset"],
  ["Dtr Ann Molloy (Quincy) (617) 555-0144", "location", "Quincy"],
  // A colleague's initials before a role in brackets.
  ["HOME VENT? - D/W KMD (CM).", "name", "KMD"],
  ["NOTIFIED KMD (CM).\nK. DONOVAN LICSW", "name", "KMD"],
  // A relative's name, "of" and a town.
  ["family: dtr athena of canton (h) 781-555-0115, grandson in nh", "location", "canton"],
  ["clarified w/ son ed of dedham.", "location", "dedham"],
  // Ages: after a relative's bracketed name between commas, after "nonagenarian".
  ["Family mtg Mon 1400. Pt's wife (Helen), 91, and nephew came.", "age", "91"],
  ["ADDENDUM: PT'S BROTHER (ALPHONSE), 97, CALLED FROM LEOMINSTER", "age", "97"],
  ["micu npn 7p-7a\npt is nonagenarian, 93, adm from home", "age", "93"],
  // Dates: after "per Dr. X", an addendum's heading, "transferred here", a trach before a bracket.
  ["NIECE INVOKED AS HCP PER DR. SANDOVAL 1/9.", "date", "1/9"],
  ["addendum 1/8\ncalled harvard pilgrim re auth", "date", "1/8"],
  ["stent to RCA, then transferred here 7-19 for CT surgery eval.", "date", "7-19"],
  ["RT NOTE\nPT TRACH'D 1/5 (#8 SHILEY DCT, DR. BERGER).", "date", "1/5"],
  // Weekdays: "Thu" and "Tue" anywhere, "Sat" after an event or a journey.
  ["SCREENER SAW PT THU. ACCEPTED FOR VENT WEAN.", "date", "THU"],
  ["PMV TRIAL W/ SPEECH TUE.", "date", "TUE"],
  ["open book pelvic fx, ex-fix placed sat. r tib/fib fx in splint.", "date", "sat"],
  ["She will drive up Sat with grandson.", "date", "Sat"],
  // Hospitals by letters and New England's long-term acute care by name.
  ["followed by Dr. Y. Kaplan-Moss at DFCI.", "location", "DFCI"],
  ["REREFERRED TO NE SINAI AND YOUVILLE.", "location", "NE SINAI"],
  ["ltac referrals: ne sinai declined (no vent beds)", "location", "ne sinai"],
  // A town after a numbered street in capitals; the last four of a social security number in brackets.
  ["PICKED UP AT CIRCLE K, 4402 N 7TH AVE, PHOENIX, ON 5 MAY", "location", "PHOENIX"],
  ["PICKED UP AT 4402 N 7TH AVE, PHOENIX", "address", "7TH AVE"],
  ["Name: Consuelo R. Arvizu. SSN (last 4): 8841.", "mrn", "8841"],
  // Second wave: a hospital named after a town that is also a clinical word; a surname in capitals with "MC".
  ["WAS ADMITTED TO TEMPLE UNIVERSITY HOSPITAL ON 14-MAR-2021", "location", "TEMPLE"],
  ["PT: OPAL V. MCALLISTER | DOB 02/29/1932", "name", "MCALLISTER"],
  // An age in words after a name with an initial; a first name opening a message.
  ["arranged for Seraphina D. Oakes, ninety-seven, on March 14", "age", "ninety-seven"],
  ["Margaret, your March 22 appointment with Dr. Lee is confirmed.", "name", "Margaret"],
  // A shift heading's date; month.day after a town, after a return, and a stay's range at a hospital.
  ["CSRU NPN 1/9 7P-7A\n90YR OLD M S/P CABG X3", "date", "1/9"],
  ["ccu npn 1/4 7a-7p\n91 y/o f w/ cardiogenic shock", "date", "1/4"],
  ["fell at the stop & shop in waltham 10.4, seen at the ED", "date", "10.4"],
  ["d/c'd from holy family in methuen 9.28, readmitted there 10.2, transferred here", "date", "10.2"],
  ["Pt was at Lowell General 10.3-10.6 for same.", "date", "10.3-10.6"],
  ["Pt anxious re trach planned Tues (10-7).", "date", "10-7"],
  // Third wave: a name before whose relative it is; a role's letters before a name in no list.
  ["Assessment: Frank, pt's husband, in from Dorchester.", "name", "Frank"],
  ["Met w/ Ann-Marie, pt's dtr, and Rick, her husband.", "name", "Rick"],
  ["PLAN: BIPAP TRIAL, RT MARCY AWARE.", "name", "MARCY"],
  // Chat logs' speakers, a message after its sender, "hes 90", ages in brackets with "!" or a comma.
  ["[14:03] Jared (Billing): Can I have the account number?", "name", "Jared"],
  ["[16:20] jess (scheduling): hey is mr. hollis still on for tues?", "name", "jess"],
  ["UCHealth: Maria, we have an earlier opening on Friday.", "name", "Maria"],
  ["Reminder sent.\nUCHealth: Maria, we have an earlier opening.", "name", "Maria"],
  ["calling about my dad hector, hes 90, cough and fever", "age", "90"],
  ["Patient Hilda Grunewald (ninety-seven!) called herself to schedule.", "age", "ninety-seven"],
  ["Ruthie, Claude Dumont (90, hospice) passed at home overnight.", "age", "90"],
  // Days as ordinals before a verb; a hyphenated day after where an injury happened; a route's direction.
  ["wants to know if the biopsy from the 10th is back", "date", "10th"],
  ["EEG on the 21st showed burst suppression.", "date", "21st"],
  ["SHOT ON WARREN ST NEAR DUDLEY SQ 10-23. S/P L HEMICRANI", "date", "10-23"],
  ["PT COLLAPSED AT WORK (FIDELITY ON SUMMER ST) 10-11, COWORKER CALLED 911.", "date", "10-11"],
  ["MVC ON RT 93 NB NEAR EXIT 37 APPROX 0215", "location", "RT 93"],
  ["transferred to UMass on 2/27 where he had an EGD", "location", "UMass"],
  // Fourth wave: the patient's age after "pt" before a state; a signature line; "dr. ng"; more event days.
  ["MICU NPN 7P-7A: PT 96, DNR/DNI. 2L NC", "age", "96"],
  ["ccu npn: pt 94, in ccu for brady", "age", "94"],
  ["Pt is 90 w/ R MCA stroke, dysphagia.", "age", "90"],
  ["NO GRIMACE.\nJ. PINA RN", "name", "J. PINA"],
  ["PT TRANSFERRED.\nD. FOLEY RN", "name", "D. FOLEY"],
  ["clot seen by dr. ng at 1130", "name", "ng"],
  ["PT 94 Y/O F, HIP FX REPAIRED 4/10, MICU STAY FOR RESP FAILURE.", "date", "4/10"],
  ["HUSBAND'S WAKE IS SAT AT MAHONEY FUNERAL HOME IN NEWTON.", "date", "SAT"],
  ["PT IS A 94 YO WOMAN FROM NEWTON W/ SEVERE AS, ADM 4/7", "location", "NEWTON"],
  // What the outside reviews showed the rules must keep finding.
  ["Pt is a nonagenarian, 93.", "age", "93"],
  ["DR. READING AWARE OF PLAN.", "name", "READING"],
  ["LONG TALK WITH MCGLOIN AND WIFE.", "name", "MCGLOIN"],
  ["LONG TALK WITH DYSART AND WIFE.", "name", "DYSART"],
  ["Dtr home 550-3000.", "phone", "550-3000"],
  ["PT LIVES IN ADA, OK WITH SON.", "location", "ADA"],
];

const CLEAN: string[] = [
  // A relative "of" something that is no town.
  "wife of 60 years at bedside. son of pt updated.",
  // Words that read as names in capitals after a relation or a title.
  "WIFE TEARFUL, STATES HE WOULD NOT WANT IT.",
  "SH: SPEAKS KHMER, SON INTERPRETS; LIVES WITH SON",
  "DR. PAGED X2 RE: K 3.1, NO CALLBACK",
  "DR. ORDERED VANCO 1G Q12H",
  "SON READING TO PT FROM THE BIBLE.",
  "WIFE VERY TEARFUL, EMOTIONAL SUPPORT GIVEN.",
  // A scan and a place of care weighed against another, in capitals.
  "NO RECURRENCE ON MOST RECENT CT.",
  "NOW ON SURVEILLANCE CT EVERY 6 MONTHS.",
  "THEY WANT TIME TO THINK ABOUT CHEMO VS HOSPICE.",
  "SON PREFERS SNF VS REHAB.",
  "DTR ASKED ABOUT HOSPICE VS REHAB, SW TO MEET.",
  "#6 SHILEY CUFFLESS IN PLACE, TIES SECURE.",
  // "Sat" that a patient did, or a saturation.
  "pt sat with wife in chair.",
  "O2 SAT WITH ACTIVITY 88%",
  // Neonatal words.
  "Mom asked about Synagis, given handout. Circ done, Plastibell. Lasix per NNP.",
  "Twin A: RA, 0 spells, 26cc EBM 24 q3 pg/po. Ad lib 45-70cc Sim 20 q3-4.",
  // Clinical letters before a street's kind; a heart rate before "ST"; values in a range.
  "INSULIN GTT OFF @ 0400 AFTER 10U NPH SQ. FS 180 @ 0600.",
  "O2 SAT 94% ON 3L. HR 100S ST. LE DOPPLERS POSITIVE R POPLITEAL",
  "K 3.5-5.0. Hgb 10.3-10.6 overnight.",
  "MCV 88 MCH 30 MCHC 33. MCL TEAR ON MRI.",
  "Overall, your results are normal. Unfortunately, we could not reach you. Nocturnist, thank you. Intensivist, thanks for the help.",
  // Outside reviews' counter-examples (decision 141).
  "Resp: LS coarse, pt is 92 w/ 3L NC. SpO2 dropped, pt is 91 w/ NRB. Tmax 102, pt is 101 w/ rigors.",
  "RESP: PT 94 REMAINS ON 4L NC. HES 100, then albumin.",
  "High 90-day mortality in nonagenarians 90-day readmission 20%.",
  "Fracture of the 5th is healing. Cervical rib arising from the 7th is seen. Compared to the 1st it shows improvement.",
  "Family visiting this afternoon, niece sat with pt. NOC shift: tolerated chair well sat for 3 hrs.",
  "Pt placed in w/c and taken outside in sun for 20 min with wife.",
  "Repeat K returned 4.1. Pt's INR at home 2.8. Cr stable since 1.2-1.4.",
  "Post arrest, lactate 6-7. Acute L MCA stroke, NIHSS 3-4. Cardiac arrest, downtime 5-10.",
  "WIFE NOW AGREES WITH PLAN. DAUGHTER LATER AGREED. MOTHER LESS ANXIOUS.",
  "Urine remains frank, pt's wife aware. FHx: Parkinson's, her father.",
  "son MD of sorts. Mother HCP of record.",
  "HR 100 ST, RARE PVCS. DAY 2 FAMILY DECLINED CT. AT 0400 PT REFUSED CT.",
  "RT HEMI COLECTOMY 2019. OT EVALS PENDING. PIV IN RT CEPH, FLUSHES WELL.",
  "called dr we will hold heparin. will call dr am if worse. spoke w dr he agrees.",
  "PLAN:\nA. NEURO NP\nB. NOTIFY RN",
  "goal ph 7.50-7.55. ARRIVED TO SICU COLD AND COAGULOPATHIC.",
  "c/o sore throat, cepacol lozenge given. Flexi-Seal placed. Ventric draining 8-12cc/hr. CV: V-paced 70.",
  "NEXT OF KIN IS SISTER. SISTER AGREES W/ PLAN PER PHONE.",
  "88 YO F, CMO. MS GTT 4 MG/HR. RR 6-10.",
  "PT'S TF RESTARTED @ 20 CC/HR, ADVANCE AS TOL.",
  // Round ranges that have a phone's shape; a chat's roles; relatives' roles before "pt's"; "interpreter line".
  "PAIN -> 4/10. IS 750-1000. CI 2.2-2.6, SVR 900-1100.",
  "[09:15] Provider: Your x-ray shows a small crack.\n[09:16] Patient: can I still drive?\n[21:02] Visitor: hi is this the nurse line",
  "UPDATE GIVEN VIA INTERPRETER LINE.",
  "fx of the 5th metatarsal. on the 4th floor.",
  "OK PER PT TO GIVE GENERAL INFO ONLY. PT IS AN 80 YEAR OLD MALE, A RETIRED MACHINIST.",
  "MOUTH CARE W/ PERIDEX Q4H. HEPATIC ENCEPH RESOLVED. POD 2 S/P R FRONTAL CRANI.",
  "HR 70s paced. PAP 30/12. UO adequate. Morphine 2mg IV x2 w/ relief to 2/10.",
  // Long clean notes' false alarms (decision 141): truncations, typos, chemistry, a problem after a slash.
  "72 YO M W/ H/O HTN, HYPERCHOL, PVD. REBOUND HYPERK. DYSAUTONOMIA PER NEURO. CEFTRIAXONE AND AZITHRO. PHENOBARB 130MG IV.",
  "output did not slow, pateint taken back to or @ 2215. recieved from pacu.",
  "NURSING TRANSFER NOTE MICU -> FLOOR\nNOW STABLE FOR FLOOR. REPORT GIVEN TO FLOOR RN @ 1515.",
  "Flexi-Seal draining loose brown stool ~400cc, C diff neg x2.",
  "PLAN: CXR IN AM, CT TO SXN -20, PULL WHEN < 150CC",
  "GIVEN ATIVAN .5 IV X1 W/ GOOD EFFECT, NOW 20S.",
  "Osmotherapy: 23.4% NaCl 30cc via CVL x1. IV NAC (Acetadote) 21 hr protocol.",
  "PROBLEM: FLUID VOLUME / AKI.\nINTERVENTION: LR @ 200CC/HR",
  "ADM W/ CAP + ACUTE DELIRIUM, NOW HOSPITAL DAY 3.",
  "WIFE WOULD LIKE HOSPICE INFO FOR HOME. KEEP NORMOVOLEMIC. csf slightly xanthochromic.",
  "PT 90 & OT 60 min today. sats 96%, pt 96, dnr.",
  // "nonagenarian" alone says no more than "90+".
  "A nonagenarian with dementia, admitted from home.",
];

// Brackets before a number that name its kind or the contact's role, and "of course" after a name.
const NOT_FLAGGED: Array<[string, string]> = [
  ["SON (CELL) 617 555 0144", "CELL"],
  ["LAHEY CONTACT: (TRANSPLANT COORDINATOR) 781-555-0127", "TRANSPLANT"],
  ["ALT (BRO-IN-LAW) 555 412 7790", "BRO-IN-LAW"],
  ["ALT JOLENE BEAUREGARD (DIL) (225) 555-0119.", "DIL"],
  ["K in Quincy 3.2.", "3.2"],
  ["Husband Bob of many decades at bedside.", "decades"],
  ["daughter Mary of course will come.", "course"],
  ["she is NOT the HCP, pt's brother Vernon Tibbetts", "HCP"],
  ["LIVES W/ DTR (THERESA, HERSELF 74) IN EAST BOSTON.", "HERSELF"],
  ["PT ARRIVED FROM SOUTHWEST GENERAL VIA HELICOPTER", "VIA"],
];

describeRules("guard rules of decision 141", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
