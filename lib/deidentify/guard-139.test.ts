// Decision 139's rules, each written after a batch of the eighth wave (corpus/nursing-169.ts to
// synthetic-174.ts) or the ninth (nursing-175.ts to nursing-178.ts) showed the shape, with a clean
// text of the same shape beside it.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Known hospitals that are no English word, without a cue.
  ["Rec: acute rehab (Spaulding).", "location", "Spaulding"],
  ["SON MATT WANTS SPAULDING.", "location", "SPAULDING"],
  ["pt is a sophomore at Northeastern, friends visiting", "location", "Northeastern"],
  // Day-month with a hyphen after a test, an event, a plan's question or a town; before "by" or "Dr".
  ["s/p ex-lap 9-3 by dr szymanski.", "date", "9-3"],
  ["S/P WHIPPLE 6-11 BY DR VANDERMEULEN", "date", "6-11"],
  ["PT DRINKS 6 BEERS/DAY PER SON, LAST DRINK 8-28.", "date", "8-28"],
  ["PLAN: ?FLOOR 1-29.", "date", "1-29"],
  ["bystander cpr when he collapsed 3-9; wife at bedside", "date", "3-9"],
  ["MVC ON RTE 128 IN BURLINGTON 11-19; PT WAS DRIVING", "date", "11-19"],
  ["PACER INTERROGATED 2-7, SERIAL #PMX40921776.", "date", "2-7"],
  // Day and month without a year, month.day after a procedure, a weekday or before a holiday.
  ["PT S/P MV REPAIR DOS 22MAR. POD 1.", "date", "22MAR"],
  ["FALL AT HOME IN MALDEN 11NOV, FOUND BY NEIGHBOR", "date", "11NOV"],
  ["PT IS 91 YO F ADMITTED 3.11 AFTER FALL AT HOME", "date", "3.11"],
  ["STATUS POST CRANI 12.24 (CHRISTMAS EVE) FOR GBM", "date", "12.24"],
  ["found down by her husband at 0715 Sat 11.16 at their home", "date", "11.16"],
  ["GSW TO ABD 4.21 (EASTER SUNDAY) NEAR FRANKLIN PARK", "date", "4.21"],
  // An injury's day, even in a fraction's shape or before a preposition; a screening's day.
  ["45 YO M, STABBED IN ABD 7/7. EX LAP, LIVER REPAIR.", "date", "7/7"],
  ["fell from 3rd floor porch 6/6. l radius/ulna fx", "date", "6/6"],
  ["52 YO M PEDESTRIAN STRUCK 5/30 ON CENTRE ST", "date", "5/30"],
  ["D/C plan update: Spaulding screened 7/8, declined (not ready)", "date", "7/8"],
  // Sign-offs after a slash, a leader of dots or a semicolon, with or without an initial.
  ["CONT W/ POC../ckm", "name", "ckm"],
  ["support group info.. /jt", "name", "jt"],
  ["called at 0200.\n....LG", "name", "LG"],
  ["PT ASKED LIMIT TO DEIRDRE ONLY.\n....T.BRANNIGAN RN", "name", "T.BRANNIGAN"],
  ["referred to sw.\n....a.oduya rn", "name", "a.oduya"],
  ["(LUCIA). --R. DUQUETTE", "name", "R. DUQUETTE"],
  ["site R IJ w/o hematoma; -kt", "name", "kt"],
  ["?youville vs new england sinai. -dk lcsw", "name", "dk"],
  // Relatives after an equals sign, in brackets after who they are, repeated bare.
  ["PER WIFE=MINH PT WORKS AT A RESTAURANT", "name", "MINH"],
  ["SOC: PARENTS=DONNA + RICK IN..", "name", "RICK"],
  ["going home w/ wife=ana today, vna to start", "name", "ana"],
  ["SON (KWAME) VISITED, WILL TAKE PT HOME", "name", "KWAME"],
  ["nephew (fergus) is closest relative", "name", "fergus"],
  ["1:1 sitter (reginald). pt calm", "name", "reginald"],
  ["KHALIL ASKS THAT PT'S EX-WIFE NOT BE TOLD. PARTNER KHALIL IN OVERNIGHT.", "name", "KHALIL"],
  ["khalil would like pt's brother called. pt's hcp is his partner khalil.", "name", "khalil"],
  // Quoted names the note calls names, officers, badges.
  ["UPDATE ONLY AFTER PASSWORD VERIFIED ('MALIK' - PT'S MIDDLE NAME)", "name", "MALIK"],
  ["CALLED WIFE BY NAME 'BUNNY' (NICKNAME FOR BERNICE)", "name", "BUNNY"],
  ["MASS STATE POLICE TPR DUFFY CALLED @0100", "name", "DUFFY"],
  ["police want to interview, contact officer mcgrath 617-555-0109", "name", "mcgrath"],
  ["OFFICER RIVERA BADGE 2817 AT BEDSIDE", "mrn", "2817"],
  // Ages: a relative's after "is", in brackets after a marriage, in words.
  ["HUSBAND IS 93, DTR IS CONTACT", "age", "93"],
  ["PT'S WIFE OF 66 YRS (91) STILL AT NH", "age", "91"],
  ["ninety-four and still lives alone per grandson", "age", "ninety-four"],
  ["pt ninety-six yrs young per her own report", "age", "ninety-six"],
  // Places: routes at a crash, a town that is a word before an event's day, after "@", prisons, departments.
  ["S/P MVC ON RT 24 IN BROCKTON 6/14", "location", "RT 24"],
  ["T-BONED AT RT 1 + RT 60 IN REVERE 3/15", "location", "RT 60"],
  ["rollover on rt 2 in concord 2/14.", "location", "concord"],
  ["MOTORCYCLE VS GUARDRAIL ROUTE 2 IN CONCORD APPROX 1800 7/4, HELMETED", "location", "CONCORD"],
  ["lives alone @ revere per grandson", "location", "revere"],
  ["DTR RUTH @ NEWTON 617-555-0139", "location", "NEWTON"],
  ["PT IS INMATE AT MCI CEDAR JUNCTION, ADMITTED S/P ASSAULT", "location", "MCI CEDAR JUNCTION"],
  ["FATHER IS REVERE PD OFFICER, COLLEAGUES CALLING", "location", "REVERE"],
  // The later waves: ages after "pt", relatives' ages, sign-offs with a tilde or dotted initials, "fr." for
  // "from", house officers, towns after an address, month.day after a clock or a place, lists of names.
  ["will explore guardianship. pt 93. will call", "age", "93"],
  ["PT 96 LIVES ALONE IN BELMONT", "age", "96"],
  ["and for pt's sister, 94, to be driven up", "age", "94"],
  ["wife rosaria (91) visited w/ son", "age", "91"],
  ["DTR VISITING DAILY.\n~B.HALLISEY/RN", "name", "B.HALLISEY"],
  ["dtr's cell given.\n~mlq/rn", "name", "mlq"],
  ["wife notified at 0400. -s.v. rn", "name", "s.v."],
  ["thanks ~sb", "name", "sb"],
  ["Pt is a 67 yo M fr. Revere s/p CABG x3", "location", "Revere"],
  ["new onset afib rvr @ 0230. h.o. mcallister aware.", "name", "mcallister"],
  ["FALL DOWN STAIRS AT HOME (14 PRENTISS RD, NEWTON) 10/22", "location", "NEWTON"],
  ["NSG NOTE 0700-1900 11.3 (THURS)", "date", "11.3"],
  ["TRANSFERRED FR. CAPE COD HOSP 5.30 FOR ?DISSECTION", "date", "5.30"],
  ["S/P STABBING, L CHEST, 5/5 0130 OUTSIDE THE BAR", "date", "5/5"],
  ["s/p pericardiocentesis 10/10 0100, 600cc drained", "date", "10/10"],
  ["pt is a sophomore, lives w/ wife \"DOT\" at home", "name", "DOT"],
  ["PT LIVES W/ BF RAYMOND \"RAY\" TOUSIGNANT ON BOWDOIN ST", "name", "RAY"],
  ["PT'S FRIEND AND NEIGHBOR TOOTS (REAL NAME THERESA GALLAGHER) IS ONLY CONTACT", "name", "TOOTS"],
  ["homeless per ems, nicknamed Red by his crew", "name", "Red"],
  ["PT REGISTERED UNDER ALIAS \"MARTIN TEAL\".", "name", "MARTIN"],
  ["PT WORKS FOR DELTA AS A MECHANIC", "location", "DELTA"],
  ["PT'S FRIEND PEG VISITED FROM HULL.", "location", "HULL"],
  ["HER NEPHEW BRINGS HER IN FROM CANTON EVERY OTHER DAY", "location", "CANTON"],
  ["SCREENING FOR KINDRED VS NEW ENGLAND SINAI STARTED", "location", "KINDRED"],
  ["DTR NOREEN CALLED FROM HOME", "name", "NOREEN"],
  ["sw ilana met w/ family", "name", "ilana"],
  ["lives in Hingham w/ wife", "location", "Hingham"],
];

const CLEAN = [
  // Known hospitals' names before a test's or a rule's noun; a good Samaritan.
  "Addenbrooke's Cognitive Examination 78/100. Brought in by a good samaritan.",
  "Right pulmonary artery (RPA) patent. Hammersmith Functional Motor Scale 40.",
  // Hyphens and dots that are ranges, shifts, lab values and doses.
  "NPN 3-11 SHIFT. ciwa 6-8, no ativan needed. INR goal 2-3.",
  "s/p cabg, k 3.9. INR 2.2. transfused 1 unit, hct 2.5",
  "PCA dilaudid 0.2 q10 since 1.5 hrs. Last dose 2-3 hrs ago.",
  "pain 3/10 after fall, now 2/10. fall risk score 4/5. scored 8/30 on the MoCA.",
  "CORRECTIONS OFFICERS AT BEDSIDE 24/7.",
  // Units after a slash, roles after a relative, a password, measurements in words.
  "UO 30cc/hr. sats on ra.. /hr",
  "Mother (deceased) had breast ca. wife (HCP) aware. Son (RN) called.",
  "PASSWORD FOR FAMILY CALLS: 'BLUEBERRY'.",
  "saturations ninety four percent on air. BP ninety over fifty. for ninety minutes.",
  "hr is 95, bp 110/60. pt weight is 95 kg.",
  // "@" before a time or a place in the unit; "RT" as respiratory therapy; "in" before a day's routine.
  "K 3.2 @ 0400. pt resting @ baseline, ambulated @ bedside. meeting @ reading room.",
  "on RT 2L NC. seen by RT 2x overnight.",
  "in bed 2/3 of the day.",
  "MCI with word-finding difficulty. Called the police. The fire alarm sounded.",
  "Heart rate, ninety, regular. Bishop score 9. The ward's ninety beds were full.",
  "pt registered under alias per trauma policy. PT S/P AKA R LEG FOR GANGRENE.",
  "REINTUBATED, 7.5 @ 23 AT THE LIP. titrated to Levo 2.5 for MAP.",
  "in concord with the team. fidelity to the plan. hull of the ship. target SBP 140.",
  "midline incision w/ staples, CDI. wife \"concerned\" about discharge. Pt said \"NO\" to intubation.",
  "in this kindred, three affected. tufts of hair noted on scalp.",
  "Present: pt's two daughters and son, MICU attending, bedside RN, this writer.",
  "Gson and his wife have been caring for pt. WILL ARRANGE VNA AND HOMEMAKER.",
  // An outside review's counter-examples.
  "R MCA stroke, LUE 2/5, LLE 3/5. Found down, pupils 4/4, sluggish.",
  "Pain in low back 3-4, tylenol given. PAIN IN ABD 4-5, MEDICATED. laminectomy 4-5. Echo 3-4 showed nl EF.",
  "Intubated 7.5 for airway protection. Cr on adm 1.2, now 0.9. BMP @ 0400 3.9, repleted. Paracentesis 4.5, albumin given.",
  "s/p 2 units PRBC 1/2 (second unit running).",
  "he will be 95 kg at dry weight. he will turn 90 degrees.",
  "wife = aware of plan. WIFE=DNR/DNI DISCUSSED. mother (pregnant) visiting. husband (deaf) using ASL.",
  "Husband \"fine\" with plan. Pt states she feels fine. called him \"baby\".",
  "goes by stretcher. Registered as alias \"Trauma Zebra\". Pt registered under alias per trauma policy.",
  "Nurse titrating levo for target MAP >65. Engineer with gap in coverage.",
  "Pt ate half of sandwich. Discussed the need to revere.",
  "Meds given -i.v.\nPlan to extubate in am. --ICU\nFamily updated. - OK\nHeparin gtt started ~pm\nWill monitor. /abd",
  "Frenchay Activities Index 12. MSKCC nomogram predicts 40% risk. Fitzpatrick type III skin.",
  "Secretions thick and TOUGH.",
];

const NOT_FLAGGED: Array<[string, string]> = [
  ["Dr. Foley saw pt. Foley cath draining.", "cath"],
  ["son will called 2245. Pt will go to rehab.", "Pt will"],
];

describeRules("guard rules of decision 139", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
