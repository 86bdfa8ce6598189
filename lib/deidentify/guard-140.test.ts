// Decision 140's rules, each written after a batch of its first wave (corpus/nursing-195.ts to
// nursing-198.ts) showed the shape, with clean texts of the same shape beside them.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Relatives named by a hyphen or a slash, the name first or the relation first.
  ["soc) carol-wife in all day, drove from danvers.", "name", "carol"],
  ["SOC) ARAXIE-DTR & KAREN-GDTR CALLED FROM WATERTOWN", "name", "KAREN"],
  ["walter jr-son & bev-d-in-law in, from wakefield.", "name", "bev"],
  ["MARIE-CLAUDE-DTR CALLED FROM MONTREAL @ 0030", "name", "MARIE-CLAUDE"],
  ["HELMI-WIFE & TAPIO-BRO IN FROM FITCHBURG", "name", "TAPIO"],
  ["soc) wife-carol in, updated.", "name", "carol"],
  ["fam update: spoke w/ son/ibrahim by phone @ 1600", "name", "ibrahim"],
  ["WIFE/DOLORES FOLLOWED IN OWN CAR.", "name", "DOLORES"],
  ["dtr/mei-ling called from taipei @ 0400", "name", "mei-ling"],
  // A relative's age after a slash-named relative; the patient's after "is" before a birthday to come.
  ["lives in marblehead w/ wife/priscilla (90), brought to ED", "age", "90"],
  ["MICU Nsg 7A-7P, Sat.\nPt is 99 (turns 100 next mo per dtr!)", "age", "99"],
  // A North American number with a slash after the area code, and an extension in capitals.
  ["MRS. HALLORAN, DAUGHTER, IS HCP, CELL 508/555-0163.", "phone", "508/555-0163"],
  ["CALL HIM AT WORK (NSTAR), 781/555-0150 X233.", "phone", "781/555-0150 X233"],
  // Sign-offs after a slash opening the last line: an initial and a surname, dotted initials.
  ["wife notified 508/555-0148.\n/ l. mbeki rn", "name", "l. mbeki"],
  ["cell 781/555-0147.\n/ g.t.", "name", "g.t."],
  ["TO VISIT FRIDAY AFTER PRAYERS.\n/ D.A., LICSW", "name", "D.A."],
  // Month.day after an admission's "adm" before where from, or in a shift note's heading.
  ["78yo m adm 11.2 from beverly hosp w/ ant mi", "date", "11.2"],
  ["CCU nsg 7a>7p 5.16\nPt w/ HOCM, here for septal ablation", "date", "5.16"],
  ["11-7 nsg 12.2-12.3\nquiet noc.", "date", "12.2-12.3"],
  ["TRANSFER IN 6.30 0210\nFROM MORTON HOSP, TAUNTON.", "date", "6.30"],
  // The second wave (nursing-199.ts to nursing-202.ts): tilde sign-offs with a role after a comma, given name and
  // initial; an initial glued to a surname opening the last line; the patient's age before a comma and the stay's day.
  ["stage 2 sacrum. ~gm, rn", "name", "gm"],
  ["she settled after that. ~ceci v, rn", "name", "ceci v"],
  ["plan: cath today w/ dr oyelowo.\nd.ferreira rn", "name", "d.ferreira"],
  ["WILL COME AFTER 0800.\nN.OBI RN", "name", "N.OBI"],
  ["CSRU: PT 91, DAY 6, STILL VENTED.", "age", "91"],
  // The third wave (nursing-203.ts): a home, cell or work letter and a hyphen before a number; a late entry's day.
  ["Wife Okafor, Adaeze in this am, c-617.555.0183. Son flying in.", "phone", "617.555.0183"],
  ["NIECE PAQUETTE, LORRAINE IS HCP, H-508 555 0271.", "phone", "508 555 0271"],
  ["LATE ENTRY 11.4 1400: POLICE IN TO SPEAK W/ PT", "date", "11.4"],
  // Month.day right after a procedure before a clause's end; initials after a role and a slash even when a unit's letters.
  ["90yo M s/p cath 10.3, 3VD, CT surg to see", "date", "10.3"],
  ["19m assault, sdh s/p crani 10.31. icp 12-18", "date", "10.31"],
  ["pcp dr oyelowo @ fenway health.\nrn/ml", "name", "ml"],
  // The outside review's misses: a trailing newline, a word before a hyphen, "Ext", headings with "note" and a colon.
  ["x\nd.ferreira rn\n", "name", "d.ferreira"],
  ["pt stable.\nrn/gqh\n", "name", "gqh"],
  ["ex-wife/linda called.", "name", "linda"],
  ["cell-617-555-0189 or hm-617-555-0100", "phone", "617-555-0189"],
  ["NSG NOTE 7A-7P 5.16\nPt stable", "date", "5.16"],
  ["MICU NSG NOTE 7A-7P SAT\nquiet", "date", "SAT"],
  ["SHE'S 97, WIDOWED, LIVES ALONE.", "age", "97"],
  // Either end of a range of slashed dates.
  ["PRIOR AUTH VALID 07/01/24-09/30/24. CALLED", "date", "09/30/24"],
  ["STAY 12/10/2023-12/19/2023 AT LAWRENCE GENERAL", "date", "12/19/2023"],
  // Relatives before a slash and their relation; month.day after a transfer; whoever signed after "/s/".
  ["lives c augusto/brother on bennington st", "name", "augusto"],
  ["TRANSFER OUT 3.29 1300 TO BRAINTREE REHAB.", "date", "3.29"],
  ["98 yo nun from Worcester, adm 10.3 c CHF/PNA.", "date", "10.3"],
  ["staying at the inn. /s/ d.o.", "name", "d.o."],
  ["FAX TO HR. /s/ N. CASTELLANOS, MD", "name", "N. CASTELLANOS"],
  ["roy jemison, 90 y/o. wife prefers calls. — a.r.", "name", "a.r."],
  // The fourth wave (nursing-206.ts to nursing-209.ts): a double tilde, a role and a slash with a space, dotted initials,
  // a day and a Roman month.
  ["went home to fall river.\n~~ jmk", "name", "jmk"],
  ["UPDATED BY PHONE.\n~~ A.M-P. RN", "name", "A.M-P."],
  ["good cough. sats 95 on 2l.\nrt/ lp", "name", "lp"],
  ["SIGNING OFF PER DR BOATENG.\nRT/ K.O.", "name", "K.O."],
  ["CM NOTE 9-XI\nPT'S DTR REQUESTS D/C TO REHAB", "date", "9-XI"],
  ["Adm 3-vii from Anna Jaques Hospital", "date", "3-vii"],
  ["will update her in am.\njdacunha rn", "name", "jdacunha"],
  ["DTR YESENIA 978.555.0241.\n~HARRINGTON, P. RN", "name", "HARRINGTON, P."],
  ["to visit before extubation.\n~shapiro-tran, d. licsw", "name", "shapiro-tran, d."],
  ["(617-555-0199).\nnb rn", "name", "nb"],
  ["wife asked about forms.\np.s. rn", "name", "p.s."],
  // Month.day before a clock time or a part of the day, with no test's name, unit or dose before it; after a town in brackets.
  ["Initially to Carney, intubated, tx'd here 5.30 0300.", "date", "5.30"],
  ["ROLLED OVER ON I-495 NB NEAR EXIT 26 (LITTLETON) 11.18 ~2330.", "date", "11.18"],
  ["Tx'd from Morton Hospital (Taunton) 10.2 for necrotizing pancreatitis", "date", "10.2"],
  // A weekday closing a shift note's heading.
  ["MICU Nsg 7A-7P, Sat.\nPt comfortable.", "date", "Sat"],
  ["micu 7a-7p sun. pt cmo, peaceful.", "date", "sun"],
];

const CLEAN: string[] = [
  "pt's ex-wife called, step-son aware, son-in-law's phone used. dtr-in-law visiting.",
  "son/dtr aware. wife/hcp called. pt/wife updated. husband/pt both hard of hearing. wife/family at bedside.",
  "pt-family meeting held. fam-son aware. half-brother and great-niece visited. god-son called.",
  "BP 120/80, ratio 100/200-3000, PEEP 5/10. K 3.9, Mg 2.2.",
  "NSG NOTE\nK 4.2\nnsg: mg 2.2",
  "ETT placed 7.5 via bronch. Line placed 7.5 via R IJ. Cr on adm 1.2, now 0.9. K adm 3.9, repleted. Cr on adm 1.2 from 0.9.",
  "Gave 2-3 Sat. O2 2-3 L, sat 95.",
  "pt is 95% on RA. Pt is 92 kg today.",
  "s/p ativan 2.5, now calm. s/p lasix 4.0 iv. pt hct 7.5 after cath 7.5 fr sheath. placed 8 Fr Cordis, 14 FR Foley.",
  "/s/ pending. /s/ MD. w/s/p.",
  "pt/wife. him/son. mom/dad. hcp/wife. family/son.",
  "pt stable.\ncharted rn",
  "K 3.9 0400 repleted. pH 7.32 @ 0400. lactate 2.1 0600. mg 2.1 am. got 2.5 0800. given 2.5 pm. bolus 1.5 0200. ett 7.5 0300.",
  "abg 7.32/45/80 0400; 7.4 pm. sats 92-95, weaned to 2.5 0400.",
  "ICA 0.92. CA GLUCONATE 2G IV GIVEN PER MD. REPEAT ICA 1.10 @ 0400.",
  "PHARMACY: PRIOR AUTH NEEDED FOR SEMAGLUTIDE. FORMULARY ALTERNATIVE SUGGESTED.",
  "called the nurse line, then the nurse station. nurse practitioner aware.",
  "62 YO M W/ ANTERIOR MI, S/P TNK @ 1200, PERSISTENT ST ELEVATION, BEING SENT FOR RESCUE PCI.",
  "MOTHER AND AUNT AT BS. POLICE DETECTIVE HERE EARLIER, SPOKE W/ MOTHER. ADM TO MICU FROM EW.",
  "pt ok.\nmd rn",
  "Phone call from pt's home VNA nurse re: baseline: pt was ambulating w/ walker.",
  "PHARMACY: PRIOR AUTHORIZATION REQUIRED FOR GLP-1 AGONIST; STEP THERAPY FIRST.",
  "Sleep study: AHI 22, nadir SpO2 81%; moderate OSA; CPAP titration.",
  "REFERRAL TO GI FOR SCREENING COLONOSCOPY -- AVERAGE RISK, AGE 52, NO PRIOR SCREENING.",
  "CN 2-XII intact. stage 3-IV. grade 1-II. nyha 2-III. leads 1-III. pt 1-x assist.",
  "TSICU RN 0700-1900\nPOD#2 R THORACOTOMY. AUTONOMIC DYSREFLEXIA EPISODE @03H. lives w/ son on 1st floor, 3 steps to enter.",
  "K 4.2 1100 repleted. ABG 7-2-555-0183 dose. Late entry: pt turned q2h.",
  "wife (RN) here. son/daughter visiting. dtr/son-in-law want update.",
  "SW MET C PT'S DTR RE: DISPO. A: SAT C PT 20 MIN, LIGHT LEFT ON.",
  "SW met w/ wife re: insurance app. Spoke w/ pt's wife + two sons re: trach/PEG.",
  "Heparin gtt started ~pm. Rate ~half. pt 94, sats ok. she's 95% on ra. he's 90 kg.",
];

const NOT_FLAGGED: Array<[string, string]> = [
  ["Apt will be held.\n~Brennock, A. RN CM", "RN"],
  ["~Thanks, J. RN", "Thanks"],
];

// Two outside reviews' counter-examples to the rules above (decision 140).
CLEAN.push(
  "Lactate (venous) 2.1 0600. Hemoglobin 10.2 0400. MV 10.2 @ 0400. Midaz 2.5 0400. Slept 4.5 noc. TnI 1.2 @ 0400.",
  "Hgb (OSH) 10.2, repeat here 9.1. K (normal) 3.9, Mg (normal) 2.1. ETT (Mobile) 7.5.",
  "Labs:\n2.1 0400\n1.8 0800",
  "pt stable.\nsdu rn",
  "CNs 2-XII intact. Gr. 2-III varices. zone 3-IV. ribs 2-IX. Lopressor 5-IV. Killip 2-III.",
  "/s/ esig. /S/ MICU. /s/ CCRN.",
  "haitian-creole(dtr) at bedside.",
  "dtr/babinski wnl. GS/TSICU TEAM AWARE. gf/df diet. hx gpa/wegeners. GPA-ANCA POS.",
  "son/nok updated. wife/pcg present. dtr/mpoa called. son/emt asking questions. NICU-MOM AT BEDSIDE. nicu-mom updated.",
  "nok(wife) notified. NOK (DTR) AWARE. SDM (DAUGHTER) AGREES. LM(DTR) TO CALL BACK. TC (DTR) 1500. ec(wife) notified. kin(son) notified. hx per(dtr).",
  "Lactate on admit 4.2",
  "pH on admit 7.21",
  "Cr on admit 1.2\nnow 0.9",
  "Cr adm 2.1 to 1.4 today. K adm 3.1 to 4.0 after 40meq. INR adm 2.8 for which got ffp. Cr @ adm 2.1 to 1.4. pH adm 7.21 from abg.",
  "A1c at last visit 7.2, now 8.1. Hgb at last clinic 9.8, today 7.2. a1c at f/u 6.8. a1c at last appt 7.1.",
  "pt stable overnight.\nRN/BSN",
  "pt stable overnight.\nrn/dvt",
  "pt seen by o.t. / p.t.",
  "PT 90 & OT 60 min today. sats 96%, pt 96, dnr.",
  "s/p trach 7.5, peg 2.0 placed.",
);

describeRules("guard rules of decision 140", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
