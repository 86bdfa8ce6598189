// Decision 138's rules, from the fourth to sixth waves of this session's batches (corpus/nursing-145.ts
// to synthetic-153.ts), written before them by writers who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // A relative or a colleague by a given name that is also a word, told from the word by what follows.
  ["addendum: pt's son will called 2245 asking about transfer.", "name", "will"],
  ["dad will stayed overnight in the parent room.", "name", "will"],
  ["WIFE CAROL AND BROTHER ART IN, DRIVING BACK TO DANVERS.", "name", "ART"],
  ["TIMES W/ DESATS, HUSBAND ED CALLED FROM FALMOUTH AND WILL DRIVE UP", "name", "ED"],
  ["so son chip will be point person", "name", "chip"],
  ["RT Hector at bedside, ABG 7.31/49/68.", "name", "Hector"],
  ["daughters June and Marguerite at bedside", "name", "June"],
  ["VA SW HECTOR 857-555-0111, PT'S VA PCP", "name", "HECTOR"],
  // Handoffs, quoted nicknames and a bed's line.
  ["report to ray: pt w/ afib rvr on dilt gtt 15", "name", "ray"],
  ["Handoff Wed nights -> Rich: Bed 9, 63 F, ARDS", "name", "Rich"],
  ["pt's daughter 'sissy' (cecilia) in @ 1900", "name", "sissy"],
  ["nephew ignatius (goes by 'iggy') visited", "name", "iggy"],
  ["NURSE TO NURSE: BED 12 - DIMITRIOU, 91 YO M, S/P PPM", "name", "DIMITRIOU"],
  ["MSGR CAHILL (RESIDENCE DIRECTOR) IS HCP", "name", "CAHILL"],
  ["will pass on to team in am. --jm rn", "name", "jm"],
  // Weekdays in a clause about an event or a move.
  ["Son Marcus to visit Sat w/ grandkids.", "date", "Sat"],
  ["adm sun w/ aspiration pna.", "date", "sun"],
  ["PLAN TRANSFER TO FELDBERG 6 SAT.", "date", "SAT"],
  ["Anticipate d/c home w/ VNA Friday or Sat.", "date", "Friday"],
  ["ADMITTED VIA ED W/ K 7.8 AFTER MISSING HD SAT.", "date", "SAT"],
  ["PT TO HEBREW REHAB ONCE BED AVAIL, ?MON OR TUES. CASE MGR FOLLOWING", "date", "TUES"],
  // Two-number dates after who did what, after "adm" and a ward.
  ["C5-6 FX, HALO PLACED BY DR NWOSU 7-23. WIFE DEBRA AT BEDSIDE", "date", "7-23"],
  ["EXCHANGE TRANSFUSION DONE 8/10. HGB S 28%.", "date", "8/10"],
  ["FOLLOW UP DR PATEL, NIRAV 5/7. CALL 610-555-0183", "date", "5/7"],
  ["adm to MICU from Feldberg 7 2/9 w/ neutropenic fever", "date", "2/9"],
  ["DEMENTIA, ADM 5-11 FROM ALLIANCE HEALTH AT BRAINTREE", "date", "5-11"],
  ["s/p gastric bypass (roux-en-y) 8-9 at lowell general, readmitted", "date", "8-9"],
  ["Pt readmitted -- was d/c'd 10/10 to Marina Bay Skilled Nursing", "date", "10/10"],
  // Places: shortened facilities, a lower-case state after a town, floors, employers, schools.
  ["TX'D FROM LANDMARK MED CTR 12/24 W/ NSTEMI", "location", "LANDMARK MED CTR"],
  ["pt agreeable to kindred hosp in stoughton", "location", "kindred hosp"],
  ["lives alone in a trailer outside tunica, ms; son darnell checks on him", "postcode", "ms"],
  ["RAPID RESPONSE CALLED ON FARR 10 FOR HYPOTENSION", "location", "FARR 10"],
  ["bed on reisman 10 requested.", "location", "reisman 10"],
  ["HCP IS SISTER THERESA, WORKS NIGHTS AT STOP & SHOP IN QUINCY", "location", "STOP & SHOP"],
  ["TX VIA AMERICAN MEDICAL RESPONSE @1300.", "location", "AMERICAN MEDICAL RESPONSE"],
  ["WILL COME IN AFTER DROPPING KIDS AT MATHER SCHOOL.", "location", "MATHER SCHOOL"],
  // Wave 6: roles in brackets, sign-offs with a role, Boston's hospitals' letters, posts, prisons, employers in brackets.
  ["EEG HOOKED UP 0400 (TECH ARNIE). NO CLINICAL SZ", "name", "ARNIE"],
  ["PT TRANSPORTED TO CT & BACK ON LTV 1000 W/ RT (HANK) + RN, NO EVENTS.", "name", "HANK"],
  ["once swallow eval passed, slp to see tues. -lm, rd", "name", "lm"],
  ["BIVONA TRACH PLANNED FRI W/ IP. -RICH M., RRT", "name", "RICH M."],
  ["TRACH CHANGED TO #6 PORTEX @ 1100 BY ED F. RRT & DR. OSEI.", "name", "ED F."],
  ["DTR ROSEMARY ('RO') FROM WORCESTER AT BEDSIDE", "name", "RO"],
  ["SACRAMENT OF THE SICK GIVEN BY FR. O'HALLORAN @ 1640.", "name", "O'HALLORAN"],
  ["consents by phone w/ witness. Will flying in Wed; his cell 503-555-0177.", "name", "Will"],
  ["Interfacility transfer: Caritas Carney -> BI MICU, call received 2210.", "location", "BI"],
  ["FIO2 DOWN TO 60%. ECMO DISCUSSED W/ MGH, NOT A CANDIDATE.", "location", "MGH"],
  ["Pt told Walt at VFW Post 639 last yr he'd never want a trach.", "location", "VFW Post 639"],
  ["dad on phone from mci-norfolk (per sw can only call collect).", "location", "mci-norfolk"],
  ["PT'S WIFE CALLED FROM WORK (FIDELITY, 617-555-0138 X2291) 3X.", "location", "FIDELITY"],
  ["pt is kindergarten teacher at a school in jp, hopes to return.", "location", "jp"],
  ["states pt was trached at Children's in Aug '98 for CP", "location", "Children's"],
  ["Pt is a 90 yo man (turns 91 on 5/3, per dtr) from home.", "age", "91"],
  // Wave 7: congregations, businesses and funeral homes by name, families in brackets, handles, procedures' days.
  ["PT IS A DEACON AT TWELFTH BAPTIST CHURCH IN ROXBURY.", "location", "TWELFTH BAPTIST CHURCH"],
  ["SINGERS FROM OLD SOUTH CHURCH CAME THROUGH UNIT.", "location", "OLD SOUTH CHURCH"],
  ["pt's pastor of jubilee christian church, they prayed", "location", "jubilee christian church"],
  ["She attends church at Our Savior's Lutheran .", "location", "Our Savior's Lutheran"],
  ["will arrange w/ levine chapels.", "location", "levine chapels"],
  ["funeral home preference mcnamara-sparrell in cambridge.", "location", "mcnamara-sparrell"],
  ["brought cannoli from mike's pastry. pt happy.", "location", "mike's pastry"],
  ["Pt expired at 0412. Family (Margaret, Thomas, Kathleen) at bedside.", "name", "Thomas"],
  ["0230 pulled ngt, replaced by ray (resource rn), placement confirmed", "name", "ray"],
  ["no phone #; case mgmt (Sheila) attempting to locate.", "name", "Sheila"],
  ["scribe present (login koyeyemi) for the encounter", "name", "koyeyemi"],
  ["messaged via portal (kimtran_1988) on sat re: ankle", "url", "kimtran_1988"],
  ["Pt 71 yo M CABG x4 3/6 w/ Dr. Castellano, POD 2.", "date", "3/6"],
  ["Infant transferred 1/1 via Boston MedFlight.", "date", "1/1"],
  ["ROLLOVER ON RTE 24 SB NEAR EXIT 12, SAT ~0200, EJECTED", "date", "SAT"],
  ["daughter asking whether pt can travel for Eid.", "date", "Eid"],
  ["SW PAGED #4482, WILL F/U IN AM.", "phone", "4482"],
  ["BPD Officer Nunes #1472 stationed at door.", "mrn", "1472"],
  ["assault victim per det sok, case 07-5520.", "mrn", "07-5520"],
  ["they live in Chelsea on Broadway.", "location", "Broadway"],
  ["PT BROUGHT IN BY EMS FROM SOUTH STATION AFTER FOUND DOWN.", "location", "SOUTH STATION"],
  ["pt's pastor bishop reid of the church in mattapan", "name", "reid"],
  ["church members (deacon lewis + sis. mabel) be allowed", "name", "lewis"],
  ["WIFE CONSTANCE IS 91 AND DOES NOT DRIVE", "age", "91"],
  ["SW: Parents Jose & Maria (not married).", "name", "Maria"],
  ["DSS SCREENER MR. FONTAINE, DSS ROXBURY AREA OFFICE 617-555-0145", "location", "ROXBURY"],
  ["Driver stayed on scene. Fall River PD Officer Sousa following.", "location", "Fall River"],
  ["Maternal HIV neg 1/9.", "date", "1/9"],
  // Numbers and ages.
  ["CARDS FELLOW PAGED DR. OKONJO 4-2236, IN TO SEE PT.", "phone", "4-2236"],
  ["read back to t. mcallister rn. acc# h7719302.", "mrn", "h7719302"],
  ["Confirmation #RX8841-27: physical therapy on Tuesday", "mrn", "RX8841-27"],
  ["Husband Gil sleeping in chair, he's 90 himself, please watch him", "age", "90"],
  ["SOCIAL: PT IS 102! RESIDES AT HOME WITH DTR", "age", "102"],
];

const CLEAN: string[] = [
  // What a relative or a colleague does is no name.
  "son will be here at 3. wife will call back. son may visit. brother in ED.",
  "sw will meet w/ her when she comes in. spanish speaking only, used interpreter line.",
  "Per niece pt's baseline is oriented x2. report given to oncoming rn.",
  // Sitting, saturation, routines and meetings are no days.
  "back to bed, sat in chair x2 hrs. drove home, then sat with wife. O2 SAT 92% ON RA.",
  "Pt on cardiac mon, NSR 70s. HD Tues, Thurs and Sat via L arm AVF.",
  "Friday afternoon unknowns moved to the Tuesday MDT.",
  // Pressures, scores and ribs are no dates.
  "PT ON BIPAP OVERNIGHT 12/5, SATS 92%. ON BIPAP AT HOME 16/6 QHS.",
  "SBT 30 min on 5/5 tolerated, ABG 7.41/42/88.",
  "pain 7/10, dilaudid 0.5 iv w/ relief to 3/10 @ 30 min.",
  "R PTX, bilat rib fx 3-8. s/p thoracentesis 1-2 L removed.",
  // Products, devices, criteria and vocabulary.
  "Patient meets Rome IV criteria for IBS-D; drinks 4 cans of Dr Pepper daily.",
  "TEXAS CATH APPLIED, PT REFUSED FOLEY. christmas tree adapter on o2 for neb.",
  "hoyer lift to chair, tol 1 hr. hct stable 27-28 overnoc. NO INFO GIVEN PER HIPAA.",
  "PT TX'D TO FLOOR. coiling of acomm aneurysm. vent changed to aprv, phigh 28 plow 0 tlow 0.6.",
  "per ACC/AHA guidelines; ACC # 2 ok. hx of copd, ms, dm.",
  "went to Medical School before residency. The School nurse called.",
  // Wave 6's clean shapes: what a clergyman does, scores, modals, brackets that name no one.
  "Chaplain Note: Pt's family (Haitian, Pentecostal) gathered. Pt is Methodist.",
  "PT: Tinetti 12/28, Berg 22/56 - high fall risk. Babinski + on L, Homan's neg.",
  "amb 10 ft rw, borg 6/10. rec snf rehab. Will need repeat CXR. Will speed up taper.",
  "RECHECK AT 2200. DR AWARE. COUGH STRONG. -RRT",
  "visual hallucinations ('bugs'). called from work (home), no change. JP drain to bulb suction, in JP 20cc.",
  "Pt on Coumadin for mechanical MVR (St. Jude), INR 1.7. seen in the children's clinic.",
  // Wave 7's clean shapes.
  "VANCO DAY 6/14, MEROPENEM DAY 4. SCI: C5 ASIA A. Tolerated 240cc w/o N/V. Will advance as tol.",
  "I/O: +6.2L LOS. DR AWARE OF PT'S K 6.1. fam at bs most of eve. FEMOSTOP NOT NEEDED.",
  "Chaplain from our chapel visited. went to the local church. ate at a chinese restaurant.",
  "Login attempt rejected. Bucket handle tear of the medial meniscus. Tommy John surgery planned.",
  "Arboviral panel including St. Louis encephalitis. Death verified; funeral director notified.",
  "parents and siblings present. Parents Mom & Dad aware. GBS neg 1/2 of cultures. per Police report.",
];

const NOT_FLAGGED: Array<[string, string]> = [
  ["Insurance: Neighborhood Health Plan, ID NHP4471902-01.", "ID"],
  ["She was born in Tralee and came to the United States as a young woman.", "United States"],
  ["Seen by dr smith, md today.", "md"],
];

describeRules("guard rules of decision 138", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
