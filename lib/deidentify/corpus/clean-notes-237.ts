// Long surgical and trauma ICU nursing notes in which nothing identifies anyone. They are modelled on
// the public PhysioNet MIMIC-II ICU nursing notes written at Boston teaching hospitals around
// 1998-2008: shift notes under system headings (EVENTS, NEURO, CV, RESP and so on), half of them all
// in capitals, crowded with trauma injuries, operations, blood products, pressors, drains, scores,
// vent settings and gases, slashed and dotted numbers, clock times, relatives named only by relation,
// a few typos and ordinary words that are names elsewhere. They are by "a seventy-ninth writer who
// had not read the guard's rules", and the guard must leave every one of them unchanged.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 237: thirty long clean SICU and trauma ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_237_LONG_CLEAN: string[] = [
  "TSICU NURSING PROGRESS NOTE 0700-1900\n" +
    "EVENTS: 42 YO M UNRESTRAINED DRIVER HIGH SPEED MVC, ARRIVED VIA ED LAST NIGHT. INJURIES: L RIB FX 4-9 W/ FLAIL SEGMENT, L PTX, GRADE 3 SPLENIC LAC, L SCAPULA FX. FAST NEG ON ARRIVAL, FREE FLUID ON CT. ISS 29. NONOP MGMT OF SPLEEN PER TRAUMA TEAM, SERIAL HCT Q6H.\n" +
    "NEURO: A+OX3, GCS 15. MOVES ALL EXTREMITIES. C-COLLAR CLEARED BY CT THIS AM, REMOVED. PAIN 8 OUT OF 10 AT START OF SHIFT ON DILAUDID PCA 0.2MG Q10MIN, PT STATES PCA 'NOT TOUCHING IT'. ACUTE PAIN SERVICE IN TO EVAL, T6-7 EPIDURAL PLACED 1100, BUPIVACAINE/FENTANYL @ 8CC/HR. PAIN NOW 3-4, MUCH MORE WILLING TO COUGH.\n" +
    "CV: HR 100-120 ST, DOWN TO 90S AFTER EPIDURAL. SBP 110-140. NO PRESSORS. PERIPH PULSES PALP. HCT 34.1 -> 31.8 -> 30.9, STABLE PER TEAM, NO TRANSFUSION.\n" +
    "RESP: 4L NASAL CANNULA, SPO2 93-96%. LS DIM L BASE, CRACKLES R BASE. L CHEST TUBE 28FR TO -20 SXN VIA PLEUREVAC, NO AIR LEAK, DRAINED 180CC SEROSANG THIS SHIFT. IS 750 -> 1000 AFTER EPIDURAL. ABG 7.38/42/78/25. CXR W/ L LUNG REEXPANDED, SMALL APICAL PTX UNCHANGED.\n" +
    "GI: NPO EXCEPT ICE CHIPS UNTIL HCT STABLE X 24H. ABD SOFT, TENDER LUQ, NOT DISTENDED. +BS. NO BM. PROTONIX.\n" +
    "GU: FOLEY W/ CLEAR YELLOW URINE 60-120CC/HR. CR 0.9.\n" +
    "ID: TMAX 37.9. WBC 14.6, EXPECTED PER TEAM. NO ABX.\n" +
    "HEME: BEDREST, NO SQ HEPARIN UNTIL SPLEEN CLEARED, PNEUMOBOOTS ON.\n" +
    "SKIN: ABRASIONS L SHOULDER AND FLANK, NO SEATBELT MARK (UNRESTRAINED), BACITRACIN APPLIED. BRADEN 16.\n" +
    "SOCIAL: WIFE AT BEDSIDE MOST OF DAY, UPDATED BY TEAM. BROTHER CALLED X2. POLICE CAME TO SPEAK WITH PT RE ACCIDENT, PT TOO UNCOMFORTABLE, THEY WILL RETURN.\n" +
    "DISPO: REMAIN TSICU, HCT Q6H, ADVANCE DIET IF STABLE, AGGRESSIVE PULM TOILET.",

  "Trauma SICU nursing note, nights 1900-0700\n" +
    "EVENTS: 58 yo M s/p fall ~12 ft from ladder while cleaning gutters, +LOC. Found to have L acute SDH 9mm w/ 4mm midline shift, small R frontal contusion, nondisplaced C6 spinous process fx. To OR yesterday for L craniotomy and SDH evac, EVD placed. Quiet night until 0230 when ICP rose to 24 sustained > 5 min.\n" +
    "NEURO: Sedated on propofol 25mcg/kg/min, RASS -3. Off sedation for neuro exam q2h: opens eyes to pain, localizes w/ R arm, L arm withdraws, GCS 8T (E2, M5, intubated). Pupils R 3mm brisk, L 3mm sluggish (same since OR per report). EVD open at 10cm above tragus, draining clear pink-tinged CSF 8-15cc/hr. ICP 10-16 most of night. At 0230 ICP 22-26 w/ coughing and suctioning, CPP 58. Team at bedside, HOB to 30, neck midline, propofol up to 40, 23.4% saline 30cc via CVL, ICP down to 14 within 20 min. Stat head CT at 0315 - no new bleed, shift stable. Keppra 500 q12h.\n" +
    "Hard C-collar on for C6 fx, log roll w/ 3 people, pad change done.\n" +
    "CV: NSR 70s-80s. SBP goal < 160, running 120s-140s. Art line R radial. No pressors. CPP goal > 60, dipped to 58 x1 as above.\n" +
    "RESP: Intubated, CMV 550 x 14, PEEP 5, FiO2 .40. ABG 7.42/36/142/23. Goal pCO2 35-40. Sx small amt white secretions. LS clear.\n" +
    "GI: OGT, Impact started at 10cc/hr, residuals < 30. Abd soft. Colace/senna. No BM.\n" +
    "GU: Foley, UO 80-200cc/hr. Na 144 -> 148 after hypertonic, goal 145-155. Serum osm 302.\n" +
    "ID: Afebrile, Tmax 37.6. Ancef periop, ventric site clean, dsg dry.\n" +
    "HEME: Hct 36.2, plt 188, INR 1.1. No SQ heparin x 48h post crani per neurosurg, boots on.\n" +
    "ENDO: FS 120-160, sliding scale.\n" +
    "SKIN: Crani incision w/ staples, clean. Abrasions bilat hands. Braden 11, turned q2h w/ log roll.\n" +
    "SOCIAL: Wife and adult son at bedside until 2300, very tearful, son asking 'will he be the same person'. Reassured, team to hold family meeting in am. SW following.\n" +
    "DISPO: ICU, q1h neuro checks, Na q6h.",

  "SICU NPN 1900-0700\n" +
    "EVENTS: 23 YO M GSW X2 TO ABD AND L THIGH. TO OR DIRECTLY FROM TRAUMA BAY: EX-LAP, LIVER PACKING, SMALL BOWEL RESECTION X2 LEFT IN DISCONTINUITY, R COLON INJURY STAPLED OFF, ABTHERA PLACED. MASSIVE TRANSFUSION PROTOCOL ACTIVATED IN TRAUMA BAY. RECEIVED IN ED AND OR: 14U PRBC, 12U FFP, 2 PHERESIS PLT, 20U CRYO, CELL SAVER 900CC. ARRIVED TO UNIT 2140 ON LEVOPHED, TEMP 34.6.\n" +
    "NEURO: SEDATED ON FENTANYL 200MCG/HR AND PROPOFOL 30, RASS -4. PUPILS 3MM EQUAL AND REACTIVE. UNABLE TO ASSESS CAM.\n" +
    "CV: HR 130S ST ON ARRIVAL, NOW 100-110. LEVOPHED 0.2 MCG/KG/MIN WEANED TO 0.04 BY 0500. CVP 6 -> 12. GIVEN ADDITIONAL 4U PRBC, 4U FFP, 1 PLT, 10 CRYO OVERNIGHT VIA RAPID INFUSER W/ WARMER. R FEM CORDIS, L SUBCLAVIAN TLC, R RADIAL ART LINE.\n" +
    "HEME: HCT 22.4 -> 27.1 -> 29.0. INR 2.3 -> 1.5. PLT 61 -> 108. FIBRINOGEN 88 -> 176. ICAL 0.91, REPLETED W/ CALCIUM GLUCONATE 2G X2 -> 1.12.\n" +
    "RESP: VENT AC 500 X 20, PEEP 8, FIO2 .60 -> .45. ABG ON ARRIVAL 7.18/48/92/17, LACTATE 7.8. AT 0400 7.33/40/110/21, LACTATE 3.4.\n" +
    "ID: TEMP 34.6 -> 36.9 W/ WARMING BLANKET AND WARM FLUIDS, BLANKET OFF AT 0300. ZOSYN.\n" +
    "GI: ABTHERA TO 125 MMHG CONT SXN, DRAINED 650CC SEROSANG OVERNIGHT, GOOD SEAL. OGT TO LIS, BILIOUS 150CC.\n" +
    "GU: FOLEY, UO 25-40CC/HR INITIALLY, NOW 70-90. BLADDER PRESSURE 14 -> 11.\n" +
    "SKIN: L THIGH ENTRY AND EXIT WOUNDS W/ DRY DSG, DISTAL PULSES DOPPLERABLE. BRADEN 9.\n" +
    "SOCIAL: MOTHER AND GIRLFRIEND ARRIVED 2300, UPDATED BY CHIEF RESIDENT. POLICE WERE IN ED EARLIER, NO FURTHER CONTACT. SW AND CHAPLAIN PAGED, CHAPLAIN STAYED WITH FAMILY FOR AN HOUR.\n" +
    "DISPO: PLAN TAKE-BACK TO OR IN 24-36H FOR REMOVAL OF PACKS, RE-ANASTOMOSIS, POSS CLOSURE. CONT RESUSCITATION, LABS Q4H.",

  "SICU nursing note 7a-7p\n" +
    "EVENTS: 34 yo F motorcycle passenger, helmeted, thrown ~30 ft. Open book pelvic fx w/ symphysis diastasis, bilat SI joint widening, L acetabular fx, R distal radius fx. Hypotensive in trauma bay, FAST neg, pelvic binder placed, to IR for angio w/ embolization of L internal iliac branches. Back to OR this am for anterior pelvic ex-fix, binder removed in OR. Retrograde cystogram neg for extravasation.\n" +
    "NEURO: Extubated in OR. A+O x3, appropriate, anxious. Pain controlled w/ fentanyl PCA 25mcg q8min + toradol x1 (then held d/t Hct). Pt states pain is 'like somebody sitting on my hips'.\n" +
    "CV: HR 90s-100s, BP 100-120/60s. Got 2u PRBC for Hct 23.8 at 1000, post Hct 28.6. R groin angio site soft, no hematoma, pedal pulses dopplerable bilat and equal. Flat for groin x6h, completed at 1400.\n" +
    "RESP: 2L NP, SpO2 96-99%. LS clear, diminished bases. IS 1250. Coughs well w/ pillow splint.\n" +
    "GI: Clears started at 1600, tolerated. Abd soft, mildly distended, hypoactive BS. Zofran x1 for nausea.\n" +
    "GU: Foley, clear yellow urine 40-80cc/hr, no hematuria. Cr 0.7.\n" +
    "ORTHO: Ex-fix pins anterior iliac crests x4, pin care w/ NS, small amt serous drainage. R wrist splinted, ORIF planned later this wk. Wt bearing status pending ortho.\n" +
    "ID: Tmax 38.1 at 1500, no cx per team. Ancef.\n" +
    "HEME: Hct 28.6 -> 28.1. Lovenox to start in am if stable. SCD on L leg only.\n" +
    "SKIN: Road rash L hip and L forearm, xeroform applied. Braden 13. Log roll for turns, pillow between knees.\n" +
    "SOCIAL: Pt's sister at bedside, mother flying in tonight. Pt asking repeatedly about the driver (her boyfriend) who is in another unit; team told her he is alive and stable. SW following, helped her make phone calls. Pt worried about losing her job and the hospital bill, SW to address.\n" +
    "DISPO: SICU overnight, likely floor in 24-48h if Hct holds.",

  "TSICU RN NOTE NIGHTS\n" +
    "EVENTS: 19 YO M PEDESTRIAN STRUCK BY CAR AT SPEED, HOSPITAL DAY 5. DAI W/ MULTIPLE PUNCTATE HEMORRHAGES CORPUS CALLOSUM AND BRAINSTEM ON MRI, SMALL R TEMPORAL SDH NONOP, R TIB/FIB FX S/P IM NAIL, L CLAVICLE FX. PARENCHYMAL ICP MONITOR IN PLACE. EPISODES OF 'STORMING' OVERNIGHT X3.\n" +
    "NEURO: GCS 6T (E1, M4, INTUBATED), FLEXES TO PAIN ALL 4, NOT FOLLOWING COMMANDS. PUPILS 4MM SLUGGISH BILAT, +CORNEALS, +COUGH, +GAG. ICP 8-14, CPP 70S. AT 2200, 0130 AND 0420 HAD EPISODES OF HR 150S, SBP 180S, RR 40S, T 39.2, DIAPHORETIC, POSTURING. EACH TREATED W/ FENTANYL BOLUS 100MCG + MORPHINE 4MG IV, RESOLVED IN 15-20 MIN. TEAM STARTED PROPRANOLOL 20 Q6H PER NGT AND BROMOCRIPTINE. EEG NEG FOR SEIZURE EARLIER. FENTANYL GTT 100MCG/HR, OFF PROPOFOL SINCE YESTERDAY.\n" +
    "CV: HR 90S BETWEEN EPISODES. SBP 130S. NO PRESSORS.\n" +
    "RESP: AC 500 X 16, PEEP 5, FIO2 .40. ABG 7.45/34/121/23. COPIOUS THICK YELLOW SECRETIONS, SPUTUM CX SENT. CXR ?RLL INFILTRATE.\n" +
    "GI: NGT W/ JEVITY 1.2 AT GOAL 70CC/HR. BM X1 SOFT BROWN. ABD SOFT.\n" +
    "GU: FOLEY 100-200CC/HR, NA 141.\n" +
    "ID: TMAX 39.2 W/ STORMING, 38.4 BETWEEN EPISODES. BLOOD CX X2, URINE CX SENT. COOLING BLANKET ON, TYLENOL 650 PER NGT. VANCO/ZOSYN STARTED FOR ?VAP.\n" +
    "HEME: HCT 29.4, PLT 254. SQ HEPARIN 5000 TID STARTED PER NSGY.\n" +
    "SKIN: R LEG INCISIONS CLEAN AND DRY. COCCYX INTACT, BRADEN 10, ON AIR MATTRESS.\n" +
    "SOCIAL: PARENTS AT BEDSIDE IN SHIFTS, MOTHER SLEEPING IN FAMILY LOUNGE. THEY ASK EVERY FEW HOURS IF THE STORMING MEANS HE IS WAKING UP; EXPLAINED IT IS A STRESS RESPONSE OF THE INJURED BRAIN AND DOES NOT MEAN THAT. THEY ARE HOLDING ON TO HOPE. SW AND PALLIATIVE CARE FOLLOWING.\n" +
    "DISPO: TSICU. TRACH/PEG BEING DISCUSSED FOR NEXT WEEK.",

  "SICU RN note 3p-11p\n" +
    "EVENTS: 84 yo F, lives alone, found on kitchen floor by neighbor, unknown downtime. On coumadin for afib. Injuries: R rib fx 3-8, small R hemothorax, R humerus fx, small L frontal SAH. INR 3.4 on arrival, reversed w/ FFP 4u and vit K 10mg IV. Repeat head CT stable.\n" +
    "NEURO: Alert, oriented to self and 'hospital', not to year. Intermittently confused, picking at lines, CAM-ICU positive at 1800 and 2200. Reorienting, glasses on, hearing aids in (L aid missing, family to look for it). Avoiding benzos. Haldol 0.5mg IV x1 at 2100 w/ good effect. Pain R chest 6-7, tylenol standing, low dose dilaudid 0.2mg IV prn, team wants to avoid oversedation.\n" +
    "CV: AF 80s-110s, rate controlled w/ lopressor 12.5 PO. BP 140-160/70s. Coumadin on hold.\n" +
    "RESP: 3L nasal prongs, SpO2 92-95%. R chest tube 32fr to -20 sxn, drained 90cc serosang this shift, no air leak, tidaling. Weak cough, IS only 500 (baseline unknown). Chest PT and nebs by RT. Encouraged to cough and deep breathe q1h while awake, she tells me she has 'done enough coughing for one lifetime'.\n" +
    "GI: Tolerating pureed diet, needed setup and encouragement. Last BM unknown, senna/colace.\n" +
    "GU: Foley d/c'd at 1600 to reduce delirium, due to void by 2200, bladder scan 380 at 2200, voided 300 at 2230.\n" +
    "HEME: Hct 30.1. INR 1.5 after FFP. Boots on.\n" +
    "SKIN: Large ecchymosis R chest and arm. Sacrum w/ stage 1 redness from time on floor, mepilex applied. Braden 14. Turned q2h.\n" +
    "ORTHO: R arm in sling, ortho plans nonop.\n" +
    "SOCIAL: Son and daughter in law visited 1700-2000. Son is HCP. Code status discussed w/ team: remains full code for now, family meeting planned. Daughter in law brought photos and a familiar blanket, pt calmer w/ them present.\n" +
    "DISPO: SICU, likely stepdown after chest tube out. PT/OT consults placed.",

  "SICU NURSING NOTE 0700-1900\n" +
    "EVENTS: 46 YO M S/P ROLLOVER MVC W/ SMALL BOWEL AND MESENTERIC INJURY, INITIAL EX-LAP W/ DAMAGE CONTROL AND ABTHERA, THEN TWO TAKE-BACKS. FASCIA CLOSED YESTERDAY, SKIN LEFT OPEN W/ WOUND VAC. EXTUBATED AT 1015 TODAY AFTER SBT 30 MIN ON PS 5 PEEP 5, RSBI 48.\n" +
    "NEURO: AWAKE, ALERT, FOLLOWING COMMANDS, A+OX3 BY NOON. CAM NEG. PAIN MANAGED W/ DILAUDID PCA 0.2MG, USED 3.8MG THIS SHIFT. SLEPT SHORT PERIODS.\n" +
    "CV: SR 80-90S, SBP 120-150. OFF ALL PRESSORS SINCE HD 3. LOPRESSOR 5MG IV Q6H HELD X1 FOR HR 58.\n" +
    "RESP: POST EXTUBATION ON 50% FACE TENT, WEANED TO 4L NP. SPO2 94-97%. STRONG COUGH, EXPECTORATING THICK TAN SPUTUM. IS 1000. ABG 1 HR POST EXTUB 7.41/39/88/24.\n" +
    "GI: NPO, NGT TO LIS 300CC BILIOUS. HYPOACTIVE BS. WOUND VAC TO -125 CONT, SPONGE INTACT, GOOD SEAL, 120CC SEROSANG IN CANISTER. VAC CHANGE DUE IN 48H WITH WOUND TEAM. LLQ JP DRAINING 45CC SEROUS. TPN AT 80CC/HR W/ LIPIDS.\n" +
    "GU: FOLEY, UO 80-150CC/HR. BUN 22, CR 1.0.\n" +
    "ID: TMAX 38.0. WBC 12.1 DOWN FROM 16. FLAGYL/CIPRO DAY 5 OF 7.\n" +
    "HEME: HCT 27.6 STABLE, NO PRODUCTS. SQ HEPARIN, BOOTS.\n" +
    "ENDO: INSULIN GTT 1-3U/HR FOR BG 110-150.\n" +
    "SKIN: MIDLINE VAC AS ABOVE. OLD ABTHERA MARKS ON FLANKS FADING. COCCYX PINK BLANCHABLE, BRADEN 13. OOB TO CHAIR W/ 2 ASSIST AND PHYSICAL THERAPY X 40 MIN, TOLERATED WELL, HR UP TO 110.\n" +
    "SOCIAL: WIFE HERE ALL DAY, THRILLED HE IS EXTUBATED, HE ASKED HER 'HOW LONG WAS I OUT' AND THEY BOTH CRIED. TEENAGE KIDS VISITED AFTER SCHOOL. SW FOLLOWING FOR DISABILITY PAPERWORK.\n" +
    "DISPO: SICU TONIGHT FOR PULM TOILET, POSS TRANSFER TO FLOOR IN 24H.",

  "Trauma ICU RN note, nights\n" +
    "EVENTS: 27 yo M stab wound R chest 5th ICS anterior axillary line. R hemothorax w/ 1100cc initial chest tube output in trauma bay, to OR for VATS - evacuation of clot, cautery of intercostal bleeder, 2 chest tubes placed. Arrived to unit 2015. At 0140 sudden increase in anterior chest tube output, 250cc in 1 hr of frank blood, team called to bedside.\n" +
    "NEURO: Extubated in OR, awake, A+Ox3, anxious. Pain 7-9 at incision and tube sites, dilaudid 1mg IV q3h prn + ketorolac. Ativan 0.5mg x1 for anxiety at 0200.\n" +
    "CV: HR 90s, up to 125 at 0140 w/ SBP drop to 92. 1L LR bolus, 2u PRBC given 0200-0330 via rapid infuser. HR back to 90s, SBP 110s-120s.\n" +
    "RESP: 4L NP -> 50% face mask during event -> back to 4L. Anterior and posterior R chest tubes 28fr each to -20 sxn via single pleurevac w/ Y connector. Output: anterior 250cc/hr at 0140, then 120, 60, 40, 30cc/hr. Posterior 20-30cc/hr serosang. Small intermittent air leak w/ cough only, no continuous leak. Stat CXR: small residual R effusion, no PTX. IS 1500.\n" +
    "GI: Kept NPO in case of return to OR, team decided against OR as output slowed. Clears in am.\n" +
    "GU: Foley 60-100cc/hr, clear.\n" +
    "HEME: Hct 38.1 -> 29.2 at 0145 -> 33.4 post 2u. INR 1.2, plt 201. 2 more units crossmatched and held in bank.\n" +
    "ID: Afebrile. Tetanus given in ED. Ancef.\n" +
    "SKIN: VATS port sites x3 w/ dsg, small amt serosang. Chest tube sites occlusive dsg dry.\n" +
    "SOCIAL: Girlfriend called x3 overnight, updated w/ pt's permission. Police spoke w/ pt briefly in ED; pt states he does not want visitors other than girlfriend and his mother, and asked to be listed as private. Security aware. SW following.\n" +
    "DISPO: TICU, serial Hct q4h, chest tube output q1h, call team for > 200cc/hr x1 or > 100cc/hr x2.",

  "TSICU NPN 7A-7P\n" +
    "EVENTS: HOSPITAL DAY 16 FOR 52 YO M S/P FALL FROM ROOF W/ BILAT PULM CONTUSIONS, L FLAIL CHEST, T4 AND T5 COMPRESSION FX, L TIBIAL PLATEAU FX S/P EX-FIX. FAILED EXTUBATION X2. BEDSIDE PERC TRACH (SIZE 8 CUFFED) AND PEG DONE TODAY AT 1300 BY TRAUMA TEAM. TOLERATED WELL, NO BLEEDING.\n" +
    "NEURO: PROPOFOL FOR PROCEDURE ONLY, OFF AT 1400. NOW AWAKE, RASS 0, NODS APPROPRIATELY, MOUTHS WORDS. CAM NEG. PAIN AT TRACH SITE 3-4 ON FACES SCALE, FENTANYL 25MCG IV PRN X2.\n" +
    "CV: SR 80S-90S, SBP 110-130. OFF PRESSORS.\n" +
    "RESP: TRACH TO VENT, PSV 12 PEEP 8 FIO2 .40, TV 450-520, RR 18-22. SPO2 95-98%. SX Q2H FOR MOD THICK WHITE SECRETIONS, BLOOD TINGED AFTER PROCEDURE, NOW CLEARING. ABG 7.43/41/96/27. OBTURATOR AND SPARE TRACH AT HOB. TIES SECURE. PLAN TRACH MASK TRIAL IN AM.\n" +
    "GI: PEG TO GRAVITY UNTIL 1900, THEN RESTART PROMOTE AT 20CC/HR, ADVANCE 10 Q4H TO GOAL 65 PER NUTRITION. PEG SITE W/ SMALL AMT SEROUS DRAINAGE, BUMPER AT 4 CM. ABD SOFT. BM X2 LOOSE, STOOL FOR CLOSTRIDIUM TOXIN SENT.\n" +
    "GU: FOLEY 60-110CC/HR. PLAN TO D/C FOLEY IN AM.\n" +
    "ID: TMAX 37.7, WBC 10.4. COMPLETED 8 DAYS OF ZOSYN FOR VAP YESTERDAY.\n" +
    "HEME: HCT 28.9. LOVENOX 40 DAILY HELD AM DOSE FOR PROCEDURE, RESUME TONIGHT.\n" +
    "SKIN: STAGE 2 ON COCCYX 2 X 1.5 CM, WOUND CARE NURSE SAW, DUODERM APPLIED. BRADEN 12. EX-FIX PIN SITES CLEAN, PIN CARE DONE. TLSO FOR OOB, NOT OOB TODAY D/T PROCEDURE.\n" +
    "SOCIAL: WIFE AND DAUGHTER HERE IN AFTERNOON, TAUGHT THEM TO READ HIS LIPS AND USE THE LETTER BOARD. WIFE SAYS THIS IS THE FIRST TIME IN TWO WEEKS SHE HAS FELT HOPEFUL. CASE MANAGER STARTING REHAB SCREENING.\n" +
    "DISPO: TSICU, VENT WEAN, LONG TERM REHAB SCREEN.",

  "SICU nursing note days\n" +
    "EVENTS: 31 yo F s/p fall from 3rd floor balcony. L1 burst fx w/ retropulsion s/p T11-L3 posterior fusion HD 2, bilat calcaneus fx, R distal radius fx. Prophylactic IVC filter placed today by IR via R IJ at 1030 given high bleeding risk and no chemical ppx yet per spine. No complications.\n" +
    "NEURO: A+Ox3. LE motor exam: full strength hip flexors and quads bilat, dorsiflexion limited by splints, sensation intact to light touch, no saddle numbness. q2h neuro checks unchanged from am. Pain 5-8, oxycodone 10mg q4h + dilaudid PCA, valium 5mg x1 for muscle spasm. Pt tearful at times, states she 'can't believe this happened'.\n" +
    "SPINE: Flat until TLSO fitted this afternoon, HOB now up to 30 w/ brace on. Log roll w/ 3 people. Incision w/ dry dsg, Blake drain to bulb sxn 120cc sanguineous this shift.\n" +
    "CV: HR 80-100, BP 110-130/60-70s. No issues.\n" +
    "RESP: RA, SpO2 97%. IS 2000. LS clear.\n" +
    "GI: Regular diet, eating 50%. No BM since admit, dulcolax supp given, no result yet. Abd soft, +BS.\n" +
    "GU: Foley to remain until mobilizing w/ PT, UO 50-100cc/hr.\n" +
    "ORTHO: Bilat LE in bulky splints, elevated on pillows, toes warm, cap refill < 3 sec. R arm splint, fingers pink. Ortho to fix calcanei when swelling down.\n" +
    "HEME: Hct 31.2. IVC filter insertion site R neck w/o hematoma. SCDs not possible w/ splints, foot pumps no either - team aware, filter in.\n" +
    "ID: Tmax 37.4. Ancef x24h post op completed.\n" +
    "SKIN: Braden 15. Heels floated.\n" +
    "SOCIAL: Roommate visited, mother on her way by train, will arrive late tonight. Police spoke w/ pt this am re the fall, pt states she slipped. SW following, pt agreeable.\n" +
    "DISPO: Likely floor tomorrow if pain controlled.",

  "TSICU NURSING NOTE 1900-0700\n" +
    "EVENTS: 26 YO M ASSAULTED W/ BASEBALL BAT, BRIEF LOC THEN LUCID, DETERIORATED IN ED W/ BLOWN R PUPIL. CT: R TEMPORAL EDH 3.2 CM W/ MIDLINE SHIFT, OVERLYING SKULL FX. EMERGENT R CRANIOTOMY AND EDH EVACUATION, SUBGALEAL DRAIN. EXTUBATED IN PACU, TO UNIT 2100. UNEVENTFUL NIGHT.\n" +
    "NEURO: Q1H NEURO CHECKS. GCS 14 (E3 V5 M6) -> 15 BY 0300. A+OX2, REPEATS QUESTIONS, AMNESTIC TO EVENT. PUPILS R 4MM SLUGGISH -> 3MM BRISK BY 0400, L 3MM BRISK. MAE, GRIPS EQUAL, NO DRIFT. HEADACHE 6 OUT OF 10, TYLENOL AND FENTANYL 25MCG X2. NO NAUSEA. KEPPRA 1G BID. SBP GOAL < 160.\n" +
    "CV: SR 60S-70S, SBP 120-150, LABETALOL 10MG IV X1 AT 2330 FOR SBP 168.\n" +
    "RESP: 2L NP, SPO2 98%. LS CLEAR. IS 1500. NO SNORING, SLEEPING IN SHORT STRETCHES BETWEEN CHECKS.\n" +
    "GI: SIPS OF WATER, TOLERATED. ABD SOFT. PEPCID.\n" +
    "GU: VOIDED 450CC AND 600CC IN URINAL.\n" +
    "HEME: HCT 39.8, PLT 221, INR 1.0. ETOH LEVEL ON ADMIT 212, UTOX NEG. CIWA 4-6, NO SIGNS OF WITHDRAWAL SO FAR.\n" +
    "ID: AFEBRILE. ANCEF X 24H.\n" +
    "SKIN: R CRANI INCISION W/ STAPLES, HEAD WRAP DRY, SUBGALEAL DRAIN TO BULB 40CC SANGUINEOUS. FACIAL CONTUSIONS, R PERIORBITAL SWELLING, ICE PACKS. KNUCKLE ABRASIONS. BRADEN 19.\n" +
    "SOCIAL: MOTHER AND FATHER AT BEDSIDE UNTIL 0100. POLICE CAME AT 2300 TO PHOTOGRAPH INJURIES AND SPOKE W/ PT BRIEFLY, PT COULD NOT RECALL MUCH. PARENTS ASKED THAT NO INFO BE GIVEN BY PHONE WITHOUT THE FAMILY PASSWORD, SET UP WITH CHARGE NURSE. SW TO SEE IN AM.\n" +
    "DISPO: REPEAT HEAD CT 0600 DONE, RESULT PENDING. IF STABLE, TRANSFER TO NEURO STEPDOWN.",

  "SICU NPN 7a-7p\n" +
    "EVENTS: 39 yo F restrained driver, T-bone MVC, grade 4 liver lac w/ active extravasation on CT, R kidney contusion, R rib fx 9-11. Failed angioembolization, to OR for ex-lap, hepatorrhaphy, perihepatic packing, temporary closure w/ abthera. MTP activated, total so far 22u PRBC, 18 FFP, 3 plt pheresis, 30 cryo. Arrived to SICU at 0820 cold and coagulopathic.\n" +
    "NEURO: Sedated, fentanyl 150mcg/hr, versed 4mg/hr, RASS -4. Pupils 3mm equal. Paralyzed w/ vec x1 in OR, TOF 4 of 4 by 1000.\n" +
    "CV: Arrived HR 140s, MAP 50s on levophed 0.3 + vasopressin 0.04u/min. CVP 4. Over shift received 6u PRBC, 6 FFP, 1 plt, 10 cryo via rapid infuser + 2L LR. By 1500 HR 110, MAP 65-70, levophed down to 0.08, vaso off at 1600. Factor VIIa 90mcg/kg given x1 at 1130 after team discussion, ooze from abthera and lines slowed after.\n" +
    "HEME: Hct 19.8 -> 24.5 -> 29.1. INR 3.1 -> 1.9 -> 1.4. Plt 44 -> 97. Fibrinogen 62 -> 188. iCal 0.78 -> 1.10 after 4g calcium chloride total. TEG sent x2.\n" +
    "ID: Temp 33.8 on arrival!! Warming blanket, warmed fluids, heated vent circuit, room temp up. 35.6 at 1200, 37.0 at 1700. Kefzol.\n" +
    "RESP: AC 450 x 22, PEEP 10, FiO2 .80 -> .50. ABG 7.14/52/74/17 on arrival -> 7.29/44/102/21 at 1600. Lactate 11.2 -> 6.4 -> 3.9. Bicarb amps x2 early.\n" +
    "GI: Abthera to -125, 1400cc bloody out in first 2h, then 150-200cc/hr. OGT to LIS. Bladder pressure 18 -> 14.\n" +
    "GU: UO 10-20cc/hr first 4h, now 40-60cc/hr. Cr 1.3. K 5.8 -> 4.6 after insulin/D50.\n" +
    "SKIN: Cool, mottled knees on arrival, now warm to mid shin, pulses faint but present. Braden 8.\n" +
    "SOCIAL: Husband and her father here since 1000, updated by attending twice. Husband told the team she 'never even gets a cold'. Chaplain and SW in. Kids being watched by a neighbor.\n" +
    "DISPO: Back to OR in 24-48h for pack removal once warm, corrected and off pressors.",

  "SICU NURSING NOTE 1500-2300\n" +
    "EVENTS: 33 YO M ASSAULT, BILAT MANDIBLE FX, L ZMC FX, NASAL FX, SMALL L PTX. TO OR TODAY W/ OMFS FOR ORIF MANDIBLE W/ MAXILLOMANDIBULAR FIXATION (JAWS WIRED). EXTUBATED IN OR OVER TUBE EXCHANGER, BACK TO UNIT 1620 FOR AIRWAY WATCH.\n" +
    "NEURO: A+OX3. GCS 15. HEAD CT NEG. ANXIOUS ABOUT NOT BEING ABLE TO OPEN MOUTH, REASSURED, WRITES ON CLIPBOARD. PAIN 6-7, LIQUID ROXICET VIA SYRINGE THROUGH CHEEK GAP, DILAUDID 0.5MG IV X2. ZOFRAN SCHEDULED Q6H TO PREVENT VOMITING W/ WIRED JAW. SCOPOLAMINE PATCH ON.\n" +
    "AIRWAY: WIRE CUTTERS TAPED AT HOB, ALL STAFF SHOWN WHERE THEY ARE AND WHICH WIRES TO CUT. TONSIL SUCTION AND SMALL CATHETERS AT BEDSIDE. OOZING BLOODY SECRETIONS FROM NOSE AND MOUTH, DECREASING. HOB 45. ICE TO FACE.\n" +
    "RESP: 40% COOL MIST FACE TENT, SPO2 96-99%. SMALL L PTX ON ADMIT RESOLVED W/O TUBE, REPEAT CXR STABLE. LS CLEAR.\n" +
    "CV: SR 80S-90S, SBP 130S-150S. NO ISSUES.\n" +
    "GI: FULL LIQUIDS VIA SYRINGE OR CUP ONLY, NO STRAWS. TOOK 400CC OF BROTH AND SHAKE. ABD SOFT.\n" +
    "GU: VOIDING QS.\n" +
    "ID: TMAX 37.8. UNASYN, PERIDEX RINSES TID.\n" +
    "HEME: HCT 37.5. SQ HEPARIN TO START IN AM.\n" +
    "SKIN: MULTIPLE FACIAL LACS SUTURED IN ED, BACITRACIN. L EYE SWOLLEN SHUT, OPHTHO SAW IN ED, NO GLOBE INJURY, LUBRICATING DROPS.\n" +
    "SOCIAL: BROTHER VISITED. PT ASKED (BY WRITING) THAT NO VISITORS BE ALLOWED EXCEPT BROTHER, SECURITY AND SW AWARE. POLICE SPOKE W/ PT FOR 20 MIN VIA CLIPBOARD, WILL RETURN.\n" +
    "DISPO: AIRWAY WATCH OVERNIGHT, FLOOR IN AM IF SECRETIONS MANAGEABLE.",

  "Trauma ICU nursing note 2300-0700\n" +
    "EVENTS: 48 yo M s/p bicycle vs car (no helmet), R rib fx 2-5, R clavicle fx, small R SDH stable x2 scans, HD 3. Heavy ETOH use by family report, ~1 pint vodka daily. Increasingly tremulous and hallucinating since 2300, pulled out PIV and tried to climb over rails at 0130.\n" +
    "NEURO: CIWA 18 -> 24 at 0130. Ativan 2mg IV x3 per CIWA scale w/ only brief effect, team at bedside 0200, precedex started 0.4mcg/kg/hr and titrated to 0.8, CIWA now 8-10. Bilat soft wrist restraints applied 0140 for pulling at lines and fall risk, restraint order obtained, checks q15min documented. RASS +3 -> 0. CAM positive. Pupils equal. No focal deficits on q2h neuro checks. Thiamine, folate, MVI given.\n" +
    "CV: ST 120s-130s w/ agitation, now 90s. BP 170/100 -> 130/80. HR 58 x1 briefly on precedex, resolved on its own.\n" +
    "RESP: 2L NP, SpO2 94-97%. Rib fx pain limits deep breaths, IS 750. Sitter at bedside since 0230 for safety. Protecting airway, no aspiration seen.\n" +
    "GI: Regular diet earlier, ate little. No BM. Mg 1.4 -> repleted 4g IV, phos 2.1 -> repleting.\n" +
    "GU: Voided 300cc x2, missed urinal once, incontinent care done.\n" +
    "ID: Tmax 38.2 at 0400, team aware, likely withdrawal, no cx yet.\n" +
    "HEME: Hct 41.2, plt 98 (low baseline likely ETOH), INR 1.3. Lovenox held per neurosurg.\n" +
    "SKIN: Road rash R hip and elbow, xeroform. Restraint sites checked, skin intact. Braden 17.\n" +
    "SOCIAL: Ex-wife called overnight, says he has had seizures before when stopping drinking. Police spoke w/ pt on HD 1 re the crash, no further contact. SW following, will offer substance use counseling once he is clear.\n" +
    "DISPO: TICU on precedex, CIWA q1h, wean restraints as able.",

  "TSICU NPN 0700-1900\n" +
    "EVENTS: 61 YO F RESTRAINED DRIVER HEAD-ON MVC. GRADE 3 BLUNT AORTIC INJURY (PSEUDOANEURYSM DISTAL TO L SUBCLAVIAN) ON CTA, L HEMOTHORAX, STERNAL FX, L FEMUR FX IN TRACTION. ESMOLOL GTT OVERNIGHT FOR IMPULSE CONTROL, TO OR THIS AM FOR ENDOVASCULAR STENT GRAFT VIA R FEMORAL CUTDOWN. BACK AT 1230. SPINAL DRAIN PLACED PRE-OP.\n" +
    "NEURO: EXTUBATED IN OR, A+OX3. Q1H LE NEURO CHECKS FOR CORD ISCHEMIA: MOVES BOTH LEGS, L LIMITED BY FEMUR FX, SENSATION INTACT BILAT. LUMBAR DRAIN AT 10 CM H2O, DRAINING 5-10CC/HR CLEAR CSF, MAX 20CC/HR PER PROTOCOL. PAIN 5-7 CHEST AND L THIGH, FENTANYL PCA.\n" +
    "CV: SR 70S-80S. SBP GOAL 100-140 POST STENT (WAS < 120 PRE-OP), MAP > 80 FOR CORD PERFUSION. ESMOLOL OFF AT 1400. SBP 110S-130S. R GROIN CUTDOWN SITE SOFT, NO HEMATOMA, R DP DOPPLERABLE. L SUBCLAVIAN COVERED BY GRAFT - L RADIAL WEAK BUT PALP, HAND WARM.\n" +
    "RESP: 4L NP, SPO2 95%. L CHEST TUBE 32FR TO -20 SXN, 210CC SANGUINEOUS THIS SHIFT, NO AIR LEAK. IS 1000.\n" +
    "GI: NPO FOR ORTHO OR TOMORROW. ABD SOFT.\n" +
    "GU: FOLEY 50-90CC/HR. CR 1.1 AFTER CONTRAST, MUCOMYST AND BICARB GTT PER TEAM.\n" +
    "HEME: HCT 30.3 -> 28.7, 1U PRBC AT 1600. PLT 156. NO ANTICOAG.\n" +
    "ORTHO: L LEG IN SKELETAL TRACTION 20 LBS, PIN SITES CLEAN, WEIGHTS HANGING FREE. IM NAIL PLANNED TOMORROW.\n" +
    "ID: AFEBRILE. ANCEF.\n" +
    "SKIN: SEATBELT MARK ACROSS CHEST AND ABD, NO PERITONEAL SIGNS, SERIAL ABD EXAMS UNCHANGED. BRADEN 14.\n" +
    "SOCIAL: HUSBAND AND TWO GROWN DAUGHTERS HERE, UPDATED BY VASCULAR TEAM. HUSBAND SAYS SHE IS 'A STERLING DRIVER, THE OTHER CAR CROSSED THE LINE'. SW MET WITH FAMILY.\n" +
    "DISPO: TSICU, SPINAL DRAIN X 48H, OR FOR FEMUR TOMORROW.",

  "SICU RN note nights\n" +
    "EVENTS: 22 yo M dirt bike crash, open R femur fx and closed R tib fx, to OR for I&D and ex-fix on admission, IM nail planned. At 2330 became acutely confused and hypoxic, SpO2 82% on 4L, RR 36, new petechiae across chest, axillae and conjunctivae. Team at bedside, intubated at 0005 for resp failure. Suspected fat embolism syndrome.\n" +
    "NEURO: Pre-intubation GCS 13, disoriented, restless. Now sedated on propofol 40mcg/kg/min + fentanyl 75mcg/hr, RASS -2. Pupils equal and reactive. Head CT at 0130 neg for bleed. MRI later if not improving.\n" +
    "RESP: AC 450 x 20, PEEP 10 -> 14, FiO2 1.0 -> .70. ABG post intubation 7.31/46/62/22, later 7.36/41/88/23 on PEEP 14. CXR bilat fluffy infiltrates. Suctioned small amt pink frothy secretions. P/F ratio 126.\n" +
    "CV: HR 130s -> 100s after sedation. BP dropped to 88/50 w/ intubation, 500cc NS bolus, neo briefly at 40mcg/min, off by 0200. Art line L radial placed 0045.\n" +
    "HEME: Hct 32.5 -> 29.4, plt 182 -> 131, fibrinogen 310. INR 1.2.\n" +
    "GI: OGT placed, position confirmed on CXR. NPO.\n" +
    "GU: Foley 40-70cc/hr. Urine sent for fat globules per team.\n" +
    "ORTHO: R leg ex-fix, pin sites w/ small amt serosang drainage, pin care done. Compartments soft, foot warm, DP dopplerable. Ortho aware, nail postponed until lungs improve.\n" +
    "ID: Tmax 38.6. Ancef + gent for open fx.\n" +
    "SKIN: Petechiae as above, edges marked w/ pen at 0000 to follow spread. Abrasions R arm. Braden 11.\n" +
    "SOCIAL: Mother and stepfather called at 0030, updated by resident, they drove in and arrived at 0300, very scared, mother kept saying 'it was just a broken leg'. Explained plan. SW to see in am.\n" +
    "DISPO: SICU, lung protective vent, repeat ABG 0600.",

  "SICU NURSING NOTE 1900-0700\n" +
    "EVENTS: 55 YO M S/P FALL DOWN A FLIGHT OF STAIRS W/ PELVIC FX AND RETROPERITONEAL HEMATOMA, LARGE VOLUME RESUSCITATION OVER 24H (12L CRYSTALLOID, 10U PRBC). OVERNIGHT DEVELOPED TENSE DISTENDED ABD, PEAK PRESSURES UP TO 42, UO < 10CC/HR, BLADDER PRESSURE 28 -> 32. DX ABD COMPARTMENT SYNDROME. BEDSIDE DECOMPRESSIVE LAPAROTOMY DONE IN UNIT AT 0210 BY TRAUMA TEAM, ABTHERA PLACED.\n" +
    "NEURO: FENTANYL 150MCG/HR, MIDAZOLAM 3MG/HR, RASS -4. CISATRACURIUM BOLUS FOR PROCEDURE, TOF 2 OF 4 AT 0300, 4 OF 4 BY 0500.\n" +
    "CV: PRE-DECOMPRESSION HR 130S, MAP 55-60 ON LEVOPHED 0.15. POST: MAP 70S, LEVOPHED DOWN TO 0.05. CVP 22 -> 14. 2U FFP, 1 PLT FOR PROCEDURE.\n" +
    "RESP: AC 450 X 24, PEEP 12, FIO2 .70. PEAK PRESSURES 42 -> 28 AFTER DECOMPRESSION, PLATEAU 34 -> 22. ABG 7.22/58/64/23 PRE -> 7.33/45/104/23 POST, FIO2 DOWN TO .50.\n" +
    "GU: UO 5-10CC/HR BEFORE, 150-300CC/HR FIRST 2 HRS AFTER, NOW 80-100. BLADDER PRESSURE 12 AT 0400, 11 AT 0600. K 5.4.\n" +
    "GI: ABTHERA TO -125, 2100CC SEROSANG FLUID OUT SINCE PLACED, REPLACING HALF CC FOR CC W/ LR PER TEAM. BOWEL DUSKY AT OPENING PER TEAM, PINKED UP. OGT TO LIS.\n" +
    "HEME: HCT 26.4, PLT 79, INR 1.8 PRE; AFTER PRODUCTS INR 1.4, PLT 104.\n" +
    "ID: TMAX 37.4. ZOSYN STARTED.\n" +
    "SKIN: PELVIC BINDER REMAINS, SKIN UNDER BINDER CHECKED, INTACT. BRADEN 8. PRESSURE REDISTRIBUTION MATTRESS.\n" +
    "SOCIAL: WIFE CALLED AT 0100 AND AGAIN 0400, UPDATED ON PROCEDURE. SHE WILL COME IN FIRST THING. SW FOLLOWING.\n" +
    "DISPO: SICU. BLADDER PRESSURES Q4H, OR FOR WASHOUT IN 48H.",

  "SICU nursing progress note 0700-1900\n" +
    "EVENTS: HD 6 for 37 yo M crushed between a truck and a loading dock at work: bilat pulm contusions, R hemopneumothorax, multiple R rib fx, grade 2 splenic lac nonop, L humerus fx. Worsening ARDS since HD 4, switched to APRV this am, cisatracurium gtt started 0900 for vent dyssynchrony and P/F 88.\n" +
    "NEURO: Propofol 50mcg/kg/min + fentanyl 200mcg/hr, RASS -5 on paralytic. BIS 40-55. TOF 1-2 of 4, cisatracurium 3mcg/kg/min. Eye lubricant q4h, lids taped.\n" +
    "RESP: APRV P high 30, P low 0, T high 5.5s, T low 0.6s, FiO2 .80 -> .60. ABG 0800 on AC 7.26/59/58/26, 1200 on APRV 7.30/54/81/26, 1700 7.34/50/92/27. P/F now 153. Suctioned small amt blood-tinged secretions. R chest tube to -20 sxn, 60cc serosang, small air leak unchanged. Inhaled epoprostenol discussed, held for now.\n" +
    "CV: HR 90s-110s, MAP 65-75 on levophed 0.04-0.08. CVP 14. Net negative goal -1L, lasix 20mg IV x2, net -780cc.\n" +
    "GI: OGT, Oxepa at 30cc/hr, held x2h for turning. Abd soft. BM x1.\n" +
    "GU: Foley 80-180cc/hr after lasix. Cr 1.2.\n" +
    "ID: Tmax 38.4. WBC 15.8. BAL from this am pending. Vanc/cefepime day 2.\n" +
    "HEME: Hct 25.9, 1u PRBC at 1400, post 28.1. Plt 140. SQ heparin.\n" +
    "SKIN: Turned q2h w/ 4 people, tolerating R side better. Sacrum intact. Occiput w/ small reddened area, foam pad under head. Braden 7. Kinetic bed ordered.\n" +
    "SOCIAL: Fiancee here all day, sister came after her own shift. Fiancee asked what 'the machine breathing with long pauses' means, explained APRV in plain words. She says she has hope 'because he is so stubborn'. A caller saying he was from pt's employer asked for info, none given, referred to SW.\n" +
    "DISPO: SICU, continue paralytic overnight, reassess in am, consider proning if worse.",

  "SICU NPN 1900-0700\n" +
    "EVENTS: 71 YO F W/ PERFORATED SIGMOID DIVERTICULITIS AND FECAL PERITONITIS, S/P SIGMOID COLECTOMY W/ END COLOSTOMY AND WASHOUT THIS AFTERNOON, ABD LEFT OPEN W/ ABTHERA FOR SECOND LOOK IN AM. SEPTIC SHOCK ON 2 PRESSORS.\n" +
    "NEURO: FENTANYL 50MCG/HR, PROPOFOL 10-20, RASS -2. FOLLOWS SIMPLE COMMANDS OFF SEDATION. PERRL.\n" +
    "CV: AF W/ RVR 130S-150S AT 2100, AMIO BOLUS 150MG AND GTT 1MG/MIN, CONVERTED TO SR 90S AT 0130. MAP 58-65 ON LEVOPHED 0.25, VASOPRESSIN 0.04 ADDED AT 2200. STRESS DOSE HYDROCORTISONE 100MG Q8H. SCVO2 64 -> 71. CVP 9-11. 2L LR BOLUSES, 1 ALBUMIN 25%.\n" +
    "RESP: INTUBATED, AC 450 X 18, PEEP 8, FIO2 .50. ABG 7.27/36/88/16, LACTATE 5.6 -> 3.8 -> 2.9. LS COARSE.\n" +
    "GI: ABTHERA TO -125, 450CC MURKY BROWN FLUID. STOMA LLQ PINK, MOIST, NO OUTPUT YET. OGT TO LIS 200CC.\n" +
    "GU: FOLEY, UO 15-30CC/HR. CR 2.1 FROM 0.8. BICARB 16.\n" +
    "ID: TMAX 38.9 -> 37.6. WBC 2.1 (!) W/ BANDS 32. ZOSYN, FLUCONAZOLE. BLOOD CX X2, PERITONEAL FLUID CX PENDING.\n" +
    "HEME: HCT 31.0, PLT 88, INR 1.7. DIC PANEL SENT.\n" +
    "ENDO: INSULIN GTT FOR BG 180-240, NOW 130S.\n" +
    "SKIN: MOTTLED KNEES EARLY, IMPROVED. SACRUM INTACT. BRADEN 9.\n" +
    "SOCIAL: DAUGHTER IS HCP, AT BEDSIDE UNTIL MIDNIGHT. PT HAD ASKED FOR 'EVERYTHING DONE' BEFORE SURGERY PER DAUGHTER. PT'S HUSBAND, IN A WHEELCHAIR, CAME WITH DAUGHTER, VERY QUIET. FULL CODE.\n" +
    "DISPO: SECOND LOOK LAPAROTOMY IN AM, WEAN PRESSORS AS TOLERATED.",

  "TSICU RN note 7a-7p\n" +
    "EVENTS: 20 yo M GSW L thigh, superficial femoral artery and vein transected. Hard signs in field, tourniquet applied by EMS, total ischemic time ~4.5h. OR overnight: SFA repair w/ reversed saphenous vein graft, SFV ligated, prophylactic 4-compartment fasciotomies L calf. Arrived to unit at 0500.\n" +
    "NEURO: Awake, A+Ox3, GCS 15. Pain 7-9 L leg, dilaudid PCA 0.3mg q10min, low dose ketamine 0.1mg/kg/hr started 1300 by pain service w/ good effect. L foot sensation decreased on dorsum, can wiggle toes, weak dorsiflexion. Checked q1h, unchanged.\n" +
    "CV: HR 100s-110s, BP 120-140/70s. L DP and PT dopplerable, strong signals, monophasic -> biphasic by noon. Foot warm, cap refill 3 sec. Heparin gtt per vascular at 500u/hr no bolus, PTT 48 -> 55.\n" +
    "RESP: RA, SpO2 98%. LS clear.\n" +
    "GI: Clears -> regular diet, tolerated. Abd soft.\n" +
    "GU: Foley, urine dark tea colored at 0700, UO 200-300cc/hr on LR 250cc/hr. CK 8,400 -> 12,900 -> 11,200. Urine myoglobin pos. Bicarb in fluids per team.\n" +
    "SKIN: Fasciotomy wounds medial and lateral L calf w/ moist gauze and ACE wrap, moderate serosang strikethrough, reinforced x2. Muscle pink and contractile at last look per vascular. L groin incision dry. Entry wound L post thigh, no exit (bullet retained). Braden 17.\n" +
    "HEME: Hct 30.2, got 2u in OR. Plt 170.\n" +
    "ID: Tmax 38.0. Ancef. Tetanus given.\n" +
    "SOCIAL: Grandmother and aunt at bedside, mother working, called at lunch. Police spoke w/ pt at 1000 for ~15 min, officer stayed outside door until 1200 then left. Pt asked that his presence here not be confirmed to callers, made private. SW following, violence intervention program offered, pt declined for now.\n" +
    "DISPO: TSICU, pulse checks q1h, OR for washout and partial closure in 48h.",

  "SICU NURSING NOTE 0700-1900\n" +
    "EVENTS: 88 YO M GROUND LEVEL FALL AT HOME ON PLAVIX AND ASPIRIN, LARGE L HOLOHEMISPHERIC SDH W/ 11MM SHIFT, ALSO L HIP FX. PLATELETS X2 GIVEN IN ED. NSGY OFFERED CRANIOTOMY, FAMILY DECLINED AFTER DISCUSSION GIVEN HIS STATED WISHES. FAMILY MEETING AT 1400 W/ TRAUMA ATTENDING, PALLIATIVE CARE, SW AND BEDSIDE NURSE: DECISION TO TRANSITION TO COMFORT MEASURES ONLY. DNR/DNI SIGNED ON ADMISSION.\n" +
    "NEURO: GCS 9 (E2 V2 M5) IN AM -> 7 (E1 V2 M4) BY 1300. R PUPIL 3MM BRISK, L 4MM SLUGGISH. R HEMIPARESIS. AFTER CMO, MORPHINE GTT 2MG/HR W/ 2MG BOLUS PRN FOR RESP DISTRESS OR GRIMACING, GIVEN X2. NOW RESTING QUIETLY, NO GRIMACE.\n" +
    "CV: AF 70S-90S, BP 160-180/80S EARLY, NO LONGER CHECKING. ALL MONITORING OFF EXCEPT HR AT CENTRAL STATION PER FAMILY REQUEST.\n" +
    "RESP: NASAL CANNULA 2L FOR COMFORT. RR 18-26, INTERMITTENT APNEIC PAUSES 10-15 SEC, NOISY UPPER AIRWAY SECRETIONS, GLYCOPYRROLATE 0.2MG IV Q4H, REPOSITIONED ON SIDE.\n" +
    "GI: NPO, MOUTH CARE Q2H W/ SWABS, LIP BALM.\n" +
    "GU: FOLEY LEFT IN FOR COMFORT, SMALL AMT DARK URINE.\n" +
    "ID: TMAX 38.3, TYLENOL SUPP FOR COMFORT. LABS AND ABX STOPPED.\n" +
    "HEME: PLT 212 AFTER TRANSFUSION. NO FURTHER LABS.\n" +
    "SKIN: LARGE HEMATOMA L HIP, L LEG SHORTENED AND EXT ROTATED, PILLOWS FOR SUPPORT, TURNED GENTLY Q3H FOR COMFORT. BRADEN 9. ALL LINES EXCEPT ONE PIV AND FOLEY REMOVED.\n" +
    "SOCIAL: WIFE OF 63 YEARS, 3 SONS AND SEVERAL GRANDCHILDREN AT BEDSIDE, MOVED TO LARGER ROOM AT END OF HALL AT 1600 FOR PRIVACY. FAMILY SANG TO HIM, ONE GRANDSON PLAYED GUITAR. WIFE SAYS 'HE WAS ALWAYS A MAN OF GRACE, HE WOULD NOT WANT TUBES'. CHAPLAIN PRAYED W/ FAMILY. VISITING RESTRICTIONS LIFTED FOR FAMILY. SW PROVIDED BEREAVEMENT INFO.\n" +
    "DISPO: REMAIN SICU ON CMO, FAMILY WELCOME TO STAY OVERNIGHT.",

  "SICU nursing note 7p-7a\n" +
    "EVENTS: 29 yo M fell off skateboard going downhill, grade 3 splenic lac initially managed nonop, Hct drifted 38 -> 31 -> 26 over 18h w/ tachycardia, new blush on repeat CT. To OR this evening for splenectomy, uncomplicated, EBL 800, 2u PRBC in OR. Back to unit 2145.\n" +
    "NEURO: Extubated in OR. A+Ox3. Pain 6-8 midline incision, dilaudid PCA 0.2mg q8min w/ 3mg hourly limit, used 4.6mg overnight. Toradol held. Anxious re 'living without a spleen', questions answered, vaccine teaching started.\n" +
    "CV: HR 110s on arrival -> 80s by 0400. BP 118-134/60s-70s. No pressors. Post-op Hct 29.7 -> 30.5 -> 30.1, stable.\n" +
    "RESP: 2L NP weaned to RA at 0300, SpO2 95-97%. LS dim L base. IS 1500, coughing w/ splint pillow. CXR small L effusion.\n" +
    "GI: NPO except ice chips, NGT to LIS 120cc bilious. Abd soft, appropriately tender. Midline incision w/ staples, dry. LUQ JP to bulb sxn, 85cc serosang overnight, no purulence. Pancreatic tail close to hilum per op note, JP amylase to be sent POD 3.\n" +
    "GU: Foley 50-120cc/hr, clear.\n" +
    "ID: Tmax 38.0 at 0200 - likely atelectasis, IS pushed. Ancef x24h. Post-splenectomy vaccines (pneumococcal, meningococcal, haemophilus) to be given POD 14 or before discharge per team.\n" +
    "HEME: Plt 312, expected to rise. SQ heparin to start in am. Boots on.\n" +
    "ENDO: FS 110-140, no coverage needed.\n" +
    "SKIN: Intact except incision and scattered abrasions R arm and hip, healing. Braden 18.\n" +
    "SOCIAL: Mother at bedside, stayed overnight in recliner. Roommate called to say he found pt's wallet and will bring it in. Pt works construction, worried about lifting restrictions, SW following re short term disability.\n" +
    "DISPO: Likely to floor in am if Hct stable and NGT out.",

  "TSICU NPN 0700-1900\n" +
    "EVENTS: POD 3 S/P EX-LAP AND REPAIR OF L DIAPHRAGM RUPTURE (STOMACH AND SPLENIC FLEXURE HERNIATED INTO CHEST) IN 43 YO F AFTER PICKUP TRUCK ROLLOVER. ALSO L RIB FX 7-10, L PULM CONTUSION. L CHEST TUBE AND L PLEURAL BLAKE DRAIN FROM OR. CHEST TUBE TO WATER SEAL AT 0800 PER TEAM.\n" +
    "NEURO: A+OX3, CALM. T7-8 EPIDURAL W/ BUPIVACAINE/HYDROMORPHONE AT 6CC/HR, PAIN 2-4. LE STRENGTH INTACT, NO NUMBNESS BELOW T12. CAM NEG.\n" +
    "CV: SR 80S, SBP 110-130. EPIDURAL NOT CAUSING HYPOTENSION.\n" +
    "RESP: 2L NP, SPO2 94-97%. L CHEST TUBE 24FR ON WATER SEAL SINCE 0800, INTERMITTENT AIR LEAK W/ COUGH ONLY (NONE AT REST), TIDALING WELL. OUTPUT 70CC SEROUS. L PLEURAL BLAKE TO BULB 25CC. CXR 1200 ON WATER SEAL: NO PTX, SMALL L EFFUSION UNCHANGED. IS 1250.\n" +
    "GI: NGT REMOVED 1000, CLEARS STARTED, TOLERATED 600CC. +FLATUS, NO BM. ABD SOFT, INCISION W/ STAPLES CLEAN, DRY, INTACT.\n" +
    "GU: FOLEY REMOVED 1100, VOIDED 350CC AT 1530.\n" +
    "ID: TMAX 37.6. WBC 9.8.\n" +
    "HEME: HCT 31.4. LOVENOX 30 BID.\n" +
    "ENDO: FS 90-130.\n" +
    "SKIN: INTACT, BRADEN 18. WALKED IN HALL X2 W/ PHYSICAL THERAPY, PLEUREVAC CARRIED ALONG, TOLERATED WELL.\n" +
    "SOCIAL: HUSBAND AND TEENAGE SON VISITED. SON ASKED IF HIS MOM'S 'STOMACH WILL STAY WHERE IT BELONGS NOW', EXPLAINED REPAIR. PT ALREADY ASKING WHEN SHE CAN GO BACK TO WORK, ENCOURAGED PATIENCE.\n" +
    "DISPO: IF NO PTX ON AM FILM AND LEAK RESOLVED, CHEST TUBE OUT, TRANSFER TO FLOOR.",

  "SICU RN note days\n" +
    "EVENTS: POD 5 s/p ex-lap, distal pancreatectomy and splenectomy for grade 3 pancreatic transection after handlebar injury in a 17 yo M; course complicated by pancreatic leak: L JP output up to 400cc/day cloudy, drain amylase 18,400. Made NPO, TPN started HD 4, octreotide 100mcg SQ q8h.\n" +
    "NEURO: A+Ox3, appropriately bored teenager. Pain 3-5, morphine 2-4mg IV q3h prn, used x2. Slept well. Playing games on his phone, wants to go home.\n" +
    "CV: HR 80s-90s, BP 110s/60s. No issues.\n" +
    "RESP: RA, SpO2 98%. IS 2500. LS clear, slightly dim L base.\n" +
    "GI: NPO except ice chips. Abd soft, mild LUQ tenderness. Midline incision healing, steri-strips; small area opened inferiorly, wet to dry. L JP to bulb: 380cc cloudy gray-tan this shift, skin around JP excoriated, ostomy appliance placed over drain site by wound nurse to protect skin and measure output. R JP 20cc serous.\n" +
    "NUTRITION: TPN at 75cc/hr + lipids, triglycerides 188. Prealbumin 9.\n" +
    "ENDO: Hyperglycemic on TPN, BG 190-260, insulin gtt started 1000 per protocol, now 120-150. Team adding insulin to TPN bag tonight.\n" +
    "GU: Voiding, 1800cc this shift.\n" +
    "ID: Tmax 38.3 at 1400, WBC 14.2 up from 11. Blood cx x2, drain fluid cx. CT abd planned to r/o collection. Meropenem started.\n" +
    "HEME: Hct 32.6, plt 588 (post splenectomy). Lovenox 40 daily.\n" +
    "SKIN: Braden 20. Walking in hall x3.\n" +
    "SOCIAL: Mother at bedside, father visits evenings, both very involved, asking good questions about the 'leak'. School sending work home per mother. Child life specialist stopped by, pt rolled his eyes but accepted the games. Splenectomy vaccines given yesterday.\n" +
    "DISPO: SICU another day for insulin gtt and CT results.",

  "TSICU NURSING NOTE 1900-0700\n" +
    "EVENTS: 24 YO M DOVE INTO SHALLOW WATER, C5 BURST FX W/ COMPLETE SCI AT C5, S/P ANTERIOR C4-6 CORPECTOMY AND FUSION HD 1. REMAINS INTUBATED. 3 EPISODES OF BRADYCARDIA TO 30S W/ SUCTIONING OVERNIGHT, ONE W/ A 4 SEC PAUSE.\n" +
    "NEURO: AWAKE, RASS 0 ON FENTANYL 25MCG/HR. MOUTHS WORDS, NODS, BLINKS. SENSORY LEVEL C5, BICEPS FLICKER BILAT, NO TRICEPS, NO MOVEMENT OR SENSATION BELOW. RECTAL TONE ABSENT. HARD COLLAR ON AT ALL TIMES, LOG ROLL W/ 4 PEOPLE, ONE HOLDING HEAD. SPINE PRECAUTIONS.\n" +
    "CV: NEUROGENIC SHOCK: HR 40S-60S, MAP 70-80 ON NEO 1-2MCG/KG/MIN, GOAL MAP > 85 X 7 DAYS PER NSGY. DOPAMINE 5MCG/KG/MIN ADDED AT 2300 FOR HR AND MAP, NOW HR 60S-70S, MAP 86-92. BRADY TO 32 W/ SUCTIONING AT 0010, 0245, 0530: ATROPINE 0.5MG IV X2 W/ EFFECT, THIRD EPISODE SELF RESOLVED. PRE-OXYGENATING, ATROPINE AT BEDSIDE BEFORE SX. EXTERNAL PACER PADS ON.\n" +
    "RESP: AC 550 X 14, PEEP 8, FIO2 .40. ABG 7.38/44/102/26. COUGH ASSIST DEVICE BY RT, MOD THICK YELLOW SECRETIONS. SPUTUM CX SENT. EARLY TRACH PLANNED IN NEXT FEW DAYS.\n" +
    "GI: OGT, TUBE FEEDS AT 40CC/HR, GOAL 75. BOWEL PROGRAM STARTED: DULCOLAX SUPP AND DIGITAL STIM, MOD SOFT BM. PEPCID.\n" +
    "GU: FOLEY, UO 60-90CC/HR.\n" +
    "ID: TMAX 38.1. WBC 11.8.\n" +
    "HEME: HCT 33.2. SQ HEPARIN 5000 TID + BOOTS, IVC FILTER BEING DISCUSSED.\n" +
    "SKIN: HIGH RISK, BRADEN 9. TURNED Q2H W/ LOG ROLL, HEELS OFF BED, OCCIPUT AND CHIN UNDER COLLAR CHECKED AND PADDED, SKIN INTACT. POOR THERMOREGULATION, TEMP 35.9 -> 36.8 W/ BLANKETS.\n" +
    "SOCIAL: MOTHER AND OLDER BROTHER AT BEDSIDE UNTIL 0130. MOTHER ASKED 'WILL HE WALK AGAIN', REFERRED TO NSGY FOR THAT CONVERSATION, STAYED WITH HER A WHILE. SW AND SPINAL CORD INJURY TEAM FOLLOWING. FRIENDS IN WAITING ROOM ALL EVENING.\n" +
    "DISPO: TSICU, MAP > 85, TRACH/PEG IN NEXT FEW DAYS.",

  "SICU nursing note 2300-0700\n" +
    "EVENTS: HD 2 for 44 yo M trapped ~6 hrs under a collapsed wall during demolition work, bilat LE crush injuries, L fasciotomies on admission, lateral compression pelvic fx (nonop). Severe rhabdo, CK peak 96,000, AKI w/ oliguria. Dialysis catheter placed R IJ at 2330, CVVH started 0110 for K 6.9 and rising Cr.\n" +
    "NEURO: Alert, A+Ox3 earlier, now drowsy but arousable after dilaudid. Pain 6-9 in legs. Dilaudid 1mg IV q2h prn, used x3. Anxious about his legs, asks every hour 'are my feet still warm'.\n" +
    "CV: SR 90s w/ peaked T waves at 2300, calcium gluconate 2g, insulin 10u + D50, kayexalate 30g. K 6.1 at 0000, 5.4 at 0300, 4.8 at 0600 on CVVH. QRS narrow throughout. BP 140s-150s/80s.\n" +
    "RESP: 2L NP, SpO2 96%. Crackles bases. CXR mild vascular congestion.\n" +
    "RENAL: CVVH via R IJ line, blood flow 200, replacement 2L/hr, net removal 50cc/hr started 0300. Citrate anticoag, post filter iCal 0.32, systemic iCal 1.08 - calcium gtt titrated per protocol. No filter clotting. Cr 4.1 -> 4.6. Bicarb 17 -> 20. Phos 7.8.\n" +
    "GU: Foley, urine dark brown, 10-15cc/hr.\n" +
    "GI: Clears, took little. Nausea x1, zofran. Abd soft.\n" +
    "SKIN: L lower leg fasciotomy wounds w/ wound VAC at -125, 150cc serosang. R leg tense, compartment pressures checked by team, 22-26 at 0400 w/ diastolic 80, watching closely. Feet warm, DP doppler signals bilat. Large ecchymoses thighs. Braden 12.\n" +
    "HEME: Hct 35.5 -> 33.0. Plt 144.\n" +
    "ID: Tmax 37.9. Ancef.\n" +
    "SOCIAL: Wife here until 0100, went home to the kids. A supervisor from his job called for an update, no info given, wife aware. SW following, workers comp paperwork started.\n" +
    "DISPO: SICU, CVVH, K q4h, R leg compartment checks q2h.",

  "TSICU NPN 2300-0700\n" +
    "EVENTS: HD 9, 76 YO M S/P FALL FROM TREE STAND W/ L ACETABULAR FX S/P ORIF, R RIB FX 5-9, SMALL R PTX (TUBE PULLED HD 6), T8 COMPRESSION FX IN TLSO. HYPERACTIVE DELIRIUM EVERY NIGHT SINCE HD 5, WORSE TONIGHT: YELLING, TRYING TO GET OOB, TOOK OFF TLSO, PULLED PIV.\n" +
    "NEURO: CAM-ICU POS (ACUTE ONSET, INATTENTION, DISORGANIZED THINKING). RASS +2 AT 0000, +1 BY 0300 AFTER HALDOL 2MG IV X2 (QTC 442 BEFORE). SEROQUEL 25MG PO AT 2200 PER NEW ORDER. THINKS HE IS IN A HUNTING CABIN, CALLS FOR HIS DOG. REORIENTED, LIGHTS DIMMED, TV OFF, CLOCK IN VIEW, GLASSES ON. SITTER AT BEDSIDE FROM 0030, NO RESTRAINTS NEEDED W/ SITTER. AVOIDING BENZOS. OXYCODONE 5MG X1 FOR GRIMACING W/ TURNS. SLEPT 0330-0600.\n" +
    "CV: SR W/ PACS 80S-100S, SBP 140S-160S W/ AGITATION, 120S WHEN ASLEEP.\n" +
    "RESP: 2L NP, SPO2 93-96%. LS DIM R BASE. IS 750 WHEN HE WILL COOPERATE.\n" +
    "GI: SWALLOW SCREEN PASSED, SOFT DIET. BM X1 LARGE, FIRST IN 4 DAYS AFTER SENNA AND MIRALAX.\n" +
    "GU: FOLEY OUT HD 7, 600CC ON BLADDER SCAN AT 0200, STRAIGHT CATH FOR 650CC. URINE DARK. CR 1.6 UP FROM 1.1, BUN 38. NS 75CC/HR STARTED.\n" +
    "ID: TMAX 37.8. UA SENT FROM STRAIGHT CATH.\n" +
    "HEME: HCT 29.8. LOVENOX 30 BID.\n" +
    "SKIN: TLSO REPLACED W/ LOG ROLL, SKIN UNDER BRACE INTACT. HEELS BOGGY BUT INTACT, FLOATED. BRADEN 13. HIP INCISION W/ STAPLES, DRY.\n" +
    "SOCIAL: SON CALLED AT 0400 AFTER PT CALLED HIM FROM THE BEDSIDE PHONE SAYING HE WANTED TO BE PICKED UP AND TAKEN HOME. SON REASSURED, SAYS HIS DAD WAS SHARP AS A TACK BEFORE THIS, WILL COME IN AFTER WORK TO SIT WITH HIM. FAMILY PRESENCE HELPS.\n" +
    "DISPO: TSICU ANOTHER NIGHT, GERIATRICS CONSULT, SLEEP HYGIENE, PT/OT.",

  "SICU NPN 7a-7p\n" +
    "EVENTS: 36 yo F s/p high speed MVC w/ seatbelt sign, initial CT equivocal for bowel injury, observed. HD 2 developed peritonitis, to OR: 2 full thickness jejunal injuries and mesenteric tear, resected w/ primary anastomosis, abdomen left open d/t edema. Today second take-back: anastomosis intact, washout, abthera replaced, fascia not yet closable. New small bowel serosal tear found and oversewn - team worried re fistula risk.\n" +
    "NEURO: Fentanyl 100mcg/hr, propofol 20, RASS -1 to -2. Follows commands, nods to questions, writes short words. Pain controlled per pt nods, CPOT 0-2.\n" +
    "CV: HR 90s-100s, BP 110-130/60s, off levophed since HD 3. CVP 8-10. Albumin 25% x2 per team.\n" +
    "RESP: PSV 10 PEEP 5 FiO2 .35, TV 400s, RR 20s. SpO2 97-99%. ABG 7.39/42/96/25. Sx small amt. Extubation held until abd closed.\n" +
    "GI: Abthera to -125, 600cc serous this shift, no bilious or feculent fluid - checked every hour. OGT to LIS 400cc. Trophic feeds held post op, restart in am per team. TPN at 60cc/hr.\n" +
    "GU: Foley 60-90cc/hr. Bladder pressures 12-15.\n" +
    "ID: Tmax 38.6. Zosyn, fluconazole. Wound cx from OR pending.\n" +
    "HEME: Hct 27.3 -> 25.8, 1u PRBC at 1500 -> 28.2. Plt 231. SQ heparin.\n" +
    "ENDO: FS 140-180 on TPN, sliding scale.\n" +
    "SKIN: Abthera seal checked q4h, one leak at L edge at 1300, reinforced w/ drape. Skin around abthera intact, barrier film applied. Braden 10. Heels floated.\n" +
    "SOCIAL: Husband at bedside all day, their baby is w/ grandparents. Husband quiet, asked 'how many more surgeries', team answered honestly that it could be several. SW following, got him a parking voucher and meal card. He bills himself as 'the worst in hospitals' but is holding it together.\n" +
    "DISPO: SICU, OR in 48h for possible closure or component seperation, watch drainage character.",

  "SICU NURSING NOTE 1900-0700\n" +
    "EVENTS: HD 11, 50 YO M S/P MOTORCYCLE CRASH W/ R FEMUR AND R TIB PLATEAU FX S/P IM NAIL AND ORIF, GRADE 2 LIVER LAC NONOP, L RIB FX 3-6. AT 2040 SUDDEN SOB, HR 130S, SPO2 84% ON 2L, L SIDED CHEST PAIN. TEAM AT BEDSIDE, 100% NRB, SPO2 UP TO 93%. STAT CTA CHEST 2130: BILAT SEGMENTAL PE, R HEART STRAIN ON BEDSIDE ECHO. LE DOPPLERS: R POPLITEAL DVT. HEPARIN GTT STARTED 2230 AFTER TEAM DISCUSSION RE LIVER LAC (STABLE ON LAST CT), NO BOLUS.\n" +
    "NEURO: A+OX3, FRIGHTENED, STATES 'I FELT LIKE I WAS DROWNING'. ATIVAN 0.5MG X1. L CHEST PAIN 5, DILAUDID 0.5MG IV X1.\n" +
    "CV: ST 120S-130S -> 100S BY 0400. SBP 100-110, MAP > 65 W/O PRESSORS. TROPONIN 0.12. BNP 410. ECG SINUS TACH W/ NEW RBBB.\n" +
    "HEME: HEPARIN GTT 18U/KG/HR, PTT 42 AT 0430 -> INCREASED PER NOMOGRAM TO 20U/KG/HR, NEXT PTT 1030. HCT 31.0 -> 30.2. PLT 284. LOVENOX HAD BEEN HELD X2 DOSES EARLIER IN STAY FOR OR (TEAM REVIEWING). IVC FILTER ON STANDBY IF HE BLEEDS ON HEPARIN. STOOL GUAIAC NEG.\n" +
    "RESP: 100% NRB -> 6L NP + 50% FACE TENT -> 6L NP BY 0300, SPO2 93-95%. RR 24-28. ABG ON NRB 7.48/29/71/22.\n" +
    "GI: NPO AFTER MIDNIGHT IN CASE OF IR. ABD SOFT, NONTENDER.\n" +
    "GU: VOIDING, 900CC OVERNIGHT.\n" +
    "ID: TMAX 37.9.\n" +
    "SKIN: R LEG SWOLLEN, CALF 3 CM LARGER THAN L, WARM, PULSES PRESENT. INCISIONS CLEAN. BRADEN 16.\n" +
    "SOCIAL: GIRLFRIEND CALLED AT 2200, UPDATED W/ PT'S PERMISSION, SHE WILL BRING HIS MOTHER IN THE MORNING. PT WANTS IT MARKED IN HIS CHART THAT HE HAD BEEN WALKING EVERY DAY, UPSET HE GOT A CLOT ANYWAY. EXPLAINED RISK W/ FRACTURES.\n" +
    "DISPO: SICU, HEPARIN GTT, REPEAT ECHO IN AM, CONSIDER FILTER IF ANTICOAG FAILS.",

  "TSICU RN note 0700-1500\n" +
    "EVENTS: HD 8 for 65 yo M thrown from a horse, R rib fx 3-10 w/ flail segment, R hemopneumothorax, grade 2 kidney lac, L distal radius fx s/p closed reduction. Extubated HD 5. R chest tube on water seal since yesterday, no leak, CXR stable, tube pulled at 0930 by trauma resident, post-pull CXR at 1030 no PTX. Accepted to stepdown, transferred at 1420 w/ report given.\n" +
    "NEURO: A+Ox3, CAM neg x3 days. Pain 3-4 at rest, 6 w/ cough, on oxycodone 5-10mg q4h prn + tylenol 1g q6h + lidocaine patches x2 to R chest (12 on, 12 off). Epidural d/c'd HD 6.\n" +
    "CV: SR 70s-80s, BP 130-150/70s, home lisinopril restarted.\n" +
    "RESP: 2L NP -> RA at 1100, SpO2 93-95% on RA. IS 1750 (was 500 on admit). Coughs productively, small white sputum. Chest tube site w/ occlusive vaseline gauze dsg, dry.\n" +
    "GI: Regular cardiac diet, ate 75% of breakfast and lunch. BM x1 yesterday.\n" +
    "GU: Voiding, hematuria resolved, urine clear yellow. Cr 0.9.\n" +
    "ID: Afebrile x72h. No abx.\n" +
    "HEME: Hct 33.8 stable. Lovenox 40 daily.\n" +
    "SKIN: Intact, old ecchymoses R chest yellowing. L arm in splint, fingers warm, good cap refill. Braden 19.\n" +
    "ACTIVITY: Walked 200 ft x2 w/ physical therapy and rolling walker, steady.\n" +
    "SOCIAL: Wife at bedside for transfer, taught her pillow splinting for coughing and how to coach IS. She jokes he 'has been thrown before but never this hard'. Grown daughter called, updated w/ pt consent. SW signed off, case mgmt following for short rehab stay vs home w/ services.\n" +
    "DISPO: Transferred to stepdown in stable condition, belongings and glasses sent w/ pt.",
];

/** Decision 237's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision237Corpus(): Corpus {
  return { notes: [], clean: DECISION_237_LONG_CLEAN };
}
