// Long trauma/surgical ICU and neuro ICU nursing notes that carry no identifier of any kind. They
// imitate the public PhysioNet MIMIC-II ICU nursing notes kept at Boston teaching hospitals around
// 1998-2008: SAH, craniotomy, spine injury, polytrauma and burn shift notes, about two thirds typed
// all in capitals, with ICP/CPP, EVD levels, GCS, pupils, collars, halos, drains, ex-fixes, branded
// wound care products, vent settings, drips, labs, slashed and dotted numbers, clock times, typos,
// and case-management and social-work lines kept generic. They are by "an eighty-fifth writer who
// had not read the guard's rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 243: thirty long clean trauma and neuro ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_243_LONG_CLEAN: string[] = [
  "NSICU NURSING PROGRESS NOTE 7P-7A\n" +
    "S/P SAH, HUNT HESS 3, FISHER 3, ACOM ANEURYSM COILED IN IR YESTERDAY. POST BLEED DAY 2.\n" +
    "NEURO: GCS 13 (E3V4M6) THRU MOST OF SHIFT, ORIENTED X2, KNOWS SHE IS IN HOSP, NOT YEAR. PUPILS 3MM -> 2MM BRISK =. MAE, STRENGTH 5/5 UE, 4/5 LE BILAT. C/O HA 6/10, GIVEN FENTANYL 25MCG IV X2 W/ RELIEF TO 3/10. NO SZ ACTIVITY, ON DILANTIN 100 TID, LEVEL PENDING.\n" +
    "EVD: OPEN AND LEVELED AT 15CM H2O ABOVE TRAGUS. ICP 6-12, GOOD WAVEFORM. DRAINING 8-14CC/HR BLOOD TINGED CSF, TOTAL 226CC FOR 24H. CSF SENT FOR CX/GRAM STAIN AT 0400 PER NSGY. DRSG D+I.\n" +
    "CV: NSR 70S-90S NO ECTOPY. SBP GOAL <160 PER TEAM UNTIL COILED, NOW LIBERALIZED TO <180. SBP 130S-150S, NO PRN LABETALOL NEEDED. NIMODIPINE 60MG PO Q4H, HELD 0400 DOSE FOR SBP 110S, RESUMED. TCDS DONE THIS AM, RESULTS TO FOLLOW.\n" +
    "RESP: RA, SATS 96-99%. LS CLEAR DIM BASES. IS 750CC W/ COACHING.\n" +
    "GI: TOL CLEAR LIQS, ADV TO REG. COLACE/SENNA, NO BM. PROTONIX.\n" +
    "GU: FOLEY, UO 80-200CC/HR, NA 138. I/O +450.\n" +
    "ID: TMAX 37.9. WBC 11.\n" +
    "SKIN: R GROIN SHEATH SITE D+I, NO HEMATOMA, DP/PT PALP. BACK/SACRUM INTACT.\n" +
    "SOCIAL: HUSBAND IN UNTIL 2200, UPDATED, MANY QUESTIONS RE VASOSPASM WINDOW, ANSWERED. WILL CALL HIM W/ ANY CHANGES.\n" +
    "A/P: SAH S/P COILING, STABLE. CONT Q1H NEURO CHECKS, EVD AT 15, NIMODIPINE, ? CLAMP TRIAL IN 24-48H, WATCH FOR SPASM DAYS 4-14.",
  "T/SICU NPN 0700-1900\n" +
    "28 YO M S/P DIVING ACCIDENT INTO SHALLOW WATER, C5-6 FX DISLOCATION W/ CORD INJURY, ASIA B ON ADMIT. S/P ANT/POST FUSION C4-7, HALO VEST PLACED IN OR. HD 6.\n" +
    "NEURO: A+OX3, APPROPRIATE BUT FLAT AFFECT. SENSATION TO LIGHT TOUCH BELOW LEVEL PATCHY, NO MOTOR LE. BICEPS 3/5 BILAT, DELTOIDS 3/5, WRIST EXT 1/5 L, 0/5 R. NO CHANGE FROM AM EXAM.\n" +
    "HALO: PINS CLEANED W/ NS AND HALF STR PEROXIDE, SM AMT SEROUS CRUST AT R POST PIN, NO REDNESS. HALO WRENCH TAPED TO FRONT OF VEST. VEST LINER DRY.\n" +
    "CV: SB 48-60, ONE EPISODE HR 38 W/ SUCTIONING, SELF RESOLVED, ATROPINE AT BEDSIDE. BP 90S-110S/50S, MAP GOAL >85 X 7 DAYS PER NSGY -> ON NEO 0.8-1.2 MCG/KG/MIN. TEDS/PNEUMOBOOTS, LOVENOX 30 SQ BID.\n" +
    "RESP: TRACH 8 SHILEY CUFFED, CPAP 5/PS 10, FIO2 40%, RR 16-22, VT 450-550. SX Q2H FOR THICK WHITE SECREATIONS, ASSISTED/QUAD COUGH W/ GOOD EFFECT. CPT Q4H. NIF -24 THIS AM.\n" +
    "GI: TF PROMOTE W/ FIBER AT GOAL 80CC/HR VIA DOBHOFF, RESIDUALS <30. BOWEL PROGRAM: DULCOLAX SUPP + DIG STIM AT 2000, LG SOFT BM.\n" +
    "GU: FOLEY, UO 40-120CC/HR, CLEAR.\n" +
    "SKIN: TURNED Q2H W/ LOGROLL, KINAIR BED. SACRUM INTACT, BRADEN 11. OCCIPUT AND SCAPULAE CHECKED UNDER HALO VEST, INTACT.\n" +
    "SOCIAL: MOTHER AND BROTHER IN, VERY TEARFUL. SW FOLLOWING FOR SUPPORT. CM STARTED ACUTE REHAB SCREENING (SCI PROGRAM), INSURANCE SCREEN PENDING.\n" +
    "PLAN: WEAN PS AS TOL, CONT NEO FOR MAP GOAL, PT/OT DAILY, ?PEG NEXT WEEK.",
  "TSICU NURSING NOTE 7A-7P\n" +
    "42 YO F UNRESTRAINED DRIVER MVC VS TREE, + LOC. INJURIES: L PTX, L RIB FX 4-8, GRADE III LIVER LAC (NONOP), OPEN L TIB/FIB FX S/P I+D AND HOFFMANN EX-FIX, R ACETABULAR FX, SMALL R FRONTAL CONTUSION. HD 3.\n" +
    "NEURO: ON PROPOFOL 20-40 MCG/KG/MIN, FENTANYL 100MCG/HR. ON DAILY WAKE UP OPENS EYES, FOLLOWS SIMPLE COMMANDS ALL 4 EXT, PUPILS 4MM BRISK BILAT. RPT HEAD CT STABLE PER TEAM. C-COLLAR ON, C-SPINE NOT YET CLEARED (CANT CLINICALLY CLEAR, ?MRI).\n" +
    "CV: ST 100-118, BP 110-140/60S. HCT 27.9 -> 25.1 -> 24.6, TRAUMA AWARE, 1 UNIT PRBC GIVEN 1300, POST HCT PENDING. LIVER CHECKS: ABD SOFT, MILDLY DISTENDED, GIRTH 92CM AT UMBILICUS, UNCHANGED.\n" +
    "RESP: SIMV 500 X 14, PS 10, PEEP 8, FIO2 .50. ABG 7.38/41/88/24. L CT TO -20 SX, NO AIR LEAK, 110CC SEROSANG FOR SHIFT. DRSG CHANGED, SITE CLEAN.\n" +
    "ORTHO: L LEG EX-FIX, PIN SITES CLEANED W/ NS AND DRY GAUZE PER ORTHO, SCANT SEROUS DRAINAGE. TOES WARM, CAP REFILL <3 SEC, DP DOPPLERABLE, PT PALP. R LEG IN SKELETAL TRACTION 25LB, WEIGHTS HANGING FREE. COMPARTMENTS SOFT. OR FOR ACETABULUM ORIF WHEN MORE STABLE.\n" +
    "GI: NPO, OGT TO LCS, BILIOUS 200CC. PROTONIX. ? START TF TOMORROW.\n" +
    "GU: FOLEY, UO 50-90CC/HR, CLEAR YELLOW. IVF LR @ 125.\n" +
    "SKIN: MULTIPLE ABRASIONS L FLANK/ARM, BACITRACIN APPLIED. SACRUM INTACT.\n" +
    "SOCIAL: HUSBAND CALLED AT 1000, UPDATED BY TRAUMA TEAM AND RN. PLANS TO VISIT THIS EVE W/ DAUGHTER.\n" +
    "PLAN: HCT Q6H, WEAN FIO2, PAIN CONTROL, ORTHO PLANS, NEURO CHECKS Q2H.",
  "Burn/TSICU nursing progress note 1900-0700\n" +
    "Pt is 36 yo M s/p house fire, 35% TBSA partial and full thickness flame burns (face, ant chest, bilat arms, R hand circumferential, upper back) per Lund-Browder chart. No inhalation injury on bronch in ED, CO-Hgb 4. Hour 20 post burn.\n" +
    "Neuro: A+Ox3, anxious, MAE. Pain 8/10 at rest, on morphine gtt 6mg/hr + boluses 2-4mg prn, ativan 1mg prn x2 for anxiety w/ some effect.\n" +
    "CV: ST 110s-130s, BP 100s-120s/60s. Resusc per burn formula (4cc/kg/%TBSA), LR rate titrated to UO: was @ 650cc/hr, decreased to 550 @ 0200, 500 @ 0500 per burn fellow for UO 60-80cc/hr. Total crystalloid since injury ~ 11.8L. Albumin 5% to start at 24h mark per protocol.\n" +
    "Resp: 4L NC, sats 95-98%. Face edematous, lips swollen, voice hoarse?? - pt states baseline. Airway watched closely, HOB up 30+, intubation equipment at bedside.\n" +
    "Extremities: R arm escharotomy done in ED (radial + ulnar), hand elevated on pillows. Doppler signals radial/ulnar/palmar arch q1h, all present. L arm pulses palpable.\n" +
    "Wound: Silvadene to trunk and arms, Bacitracin + Xeroform to face, Sulfamylon to ears. Dressings changed 0300 w/ premed, pt tolerated poorly, extra 4mg morphine. Kerlix to extremities. Blisters on chest left intact per burn team.\n" +
    "GI: Dobhoff placed, post-pyloric on KUB, TF Impact started @ 20cc/hr, advance q4h by 20 to goal 80.\n" +
    "GU: Foley, UO as above, urine clear yellow, no myoglobinuria.\n" +
    "Temp: Tmax 38.2, room warmed, Bair Hugger on.\n" +
    "Social: Sister at bedside overnight, very supportive. SW to see in am re housing (home not livable per sister).\n" +
    "Plan: Cont resusc titrated to UO 30-50, albumin at 24h, wound care bid, PT/OT for splints, pain control.",
  "NEURO ICU NPN 3-11\n" +
    "63 YO M S/P FALL DOWN STAIRS W/ L ACUTE SDH 14MM, 8MM MLS, TAKEN TO OR FOR L CRANIOTOMY AND EVACUATION, BONE FLAP REPLACED. ARRIVED FROM PACU 1530.\n" +
    "NEURO: EXTUBATED IN OR. ON ARRIVAL GCS 12, NOW 14 (E4V4M6), CONFUSED TO TIME, FOLLOWS COMMANDS. PUPILS L 3MM SLUGGISH, R 3MM BRISK, UNCHANGED FROM PRE-OP. R HAND GRIP 4/5, L 5/5. SLIGHT R PRONATOR DRIFT. SPEECH MILDLY SLOW BUT CLEAR. Q1H NEURO CHECKS.\n" +
    "HEAD DRSG D+I, SUBGALEAL JACKSON-PRATT TO BULB SX, 60CC SANG SINCE OR, EMPTIED X2. KEEPING HOB 30.\n" +
    "CV: SR 70S-80S, FREQ PVCS. SBP GOAL <160, RAN 150-170 INITIALLY, LABETALOL 10MG IV X2 THEN STARTED ON NICARDIPINE GTT 2.5MG/HR -> 5MG/HR, SBP NOW 130S-140S. A-LINE R RADIAL, GOOD WAVEFORM.\n" +
    "RESP: 3L NC, SATS 97%. LS CLEAR. COUGHING NONPRODUCTIVE. IS 1000.\n" +
    "GI: NPO EXCEPT MEDS UNTIL BEDSIDE SWALLOW, PASSED AT 2000, CLEARS. ZOFRAN 4MG X1 FOR NAUSEA.\n" +
    "GU: FOLEY, UO 50-100CC/HR.\n" +
    "LABS: NA 139, K 3.6 REPLETED 40MEQ KCL, PLT 188, INR 1.1. DILANTIN LOADED IN OR, NOW 100MG IV Q8H.\n" +
    "ETOH HX PER WIFE - DRINKS 3-4 BEERS/NIGHT. STARTED CIWA SCALE, SCORE 4, NO ATIVAN NEEDED YET. THIAMINE/FOLATE/MVI.\n" +
    "SOCIAL: WIFE AND SON IN, UPDATED BY NSGY RESIDENT AND RN. WIFE IS HCP.\n" +
    "PLAN: REPEAT HEAD CT IN AM, SBP <160, Q1H NEURO, JP TO STAY 24-48H, CIWA, PT/OT WHEN OK W/ NSGY.",
  "TSICU NPN NOC\n" +
    "19 YO M S/P MOTORCYCLE CRASH (+HELMET) W/ SEVERE TBI, DIFFUSE AXONAL INJURY + SMALL R TEMPORAL CONTUSION, L CLAVICLE FX. HD 2.\n" +
    "NEURO: SEDATED ON PROPOFOL 50MCG/KG/MIN + FENTANYL 150MCG/HR. GCS 6T (E1VTM5) OFF SEDATION BRIEFLY AT 0500 - LOCALIZES R HAND, FLEXES L. PUPILS 4MM SLUGGISH BILAT, CORNEALS +, COUGH/GAG +.\n" +
    "CAMINO BOLT R FRONTAL: ICP 12-18 MOST OF NIGHT. AT 0215 ICP SPIKED TO 28-32 W/ SUCTIONING AND DID NOT COME DOWN AFTER 5 MIN -> HOB CONFIRMED 30, HEAD MIDLINE, ETT TAPE LOOSENED, PROPOFOL BOLUS, MANNITOL 50G IV PER NSGY, ICP DOWN TO 16 BY 0240. SERUM OSM 298 -> 311. NEXT MANNITOL DUE 0800 IF OSM <320.\n" +
    "LICOX PBTO2 22-30. BRAIN TEMP 37.6.\n" +
    "CPP GOAL >60: MAP 80-95, CPP 64-78. NEO 0.5 MCG/KG/MIN TO KEEP MAP UP DURING PROPOFOL BOLUS, WEANED OFF BY 0400.\n" +
    "RESP: AC 550 X 16, PEEP 5, FIO2 .40. PCO2 GOAL 35-38, ABG 7.43/36/142/24. SX SM WHITE. ETT 7.5, 23 AT LIP.\n" +
    "CV: ST 100-115. A-LINE L RADIAL, TLC R SC. CVP 8-10.\n" +
    "GI: OGT, TF NOT YET STARTED, PROTONIX. NO BM.\n" +
    "GU: FOLEY UO 150-400CC/HR AFTER MANNITOL. NA 143->146, FOLLOWING Q6H, ? 3% SALINE IF ICP ISSUES CONT.\n" +
    "ORTHO: L ARM IN SLING/SWATHE, CLAVICLE NONOP.\n" +
    "SKIN: ROAD RASH L THIGH/HIP, CLEANSED, BACITRACIN + ADAPTIC + KERLIX.\n" +
    "FAMILY: PARENTS AT BEDSIDE ALL NIGHT, SLEPT IN FAMILY LOUNGE. UPDATED X2 BY NSGY. VERY ANXIOUS, MANY QUESTIONS RE PROGNOSIS - DEFERRED TO TEAM, FAMILY MTG TO BE SET UP.\n" +
    "A/P: SEVERE TBI, ICP INTERMITTENTLY ELEVATED. CONT TIERED ICP MGMT, AVOID HYPOTENSION/HYPOXIA, REPEAT CT THIS AM.",
  "Nursing Progress Note 7a-7p T/SICU\n" +
    "S/P fall ~15 ft off ladder, L1 burst fx w/ retropulsion, R calcaneus fx, R distal radius fx. POD 1 s/p T11-L3 posterior fusion/decompression. Neuro intact pre-op and post-op.\n" +
    "Neuro: A+Ox3, pleasant. Moves all ext, LE strength 5/5 bilat, sensation intact, no numbness/tingling. Perineal sensation intact.\n" +
    "Pain: PCA dilaudid 0.2mg q10min lockout, 3mg/hr limit, used 2.8mg this shift + valium 5mg po x1 for spasms w/ good effect. Pain 4-7/10.\n" +
    "Spine: Back drsg w/ mod serosang drainage, reinforced x1. Hemovac x2 to self-suction: upper 90cc, lower 65cc this shift, both compressed and patent. Flat in bed until TLSO arrives, log roll q2h w/ 3 assist. Orthotist fitted TLSO this afternoon, may sit up/OOB w/ brace on once ok'd by spine team.\n" +
    "Ortho: R leg in posterior splint, elevated on 2 pillows, toes pink, warm, cap refill brisk, wiggles toes. R wrist in sugar tong splint, fingers warm, CMS intact. OR for calcaneus ORIF once swelling down, wrinkle test neg so far.\n" +
    "CV: NSR 70s-90s, BP 120s-140s/70s. Hct 31.8 (down from 34). Lovenox to start tomorrow per spine.\n" +
    "Resp: 2L NC, sats 97%, IS 1250. Lungs clear, dim bases.\n" +
    "GI: Clears, tolerting well. Abd soft, hypoactive BS, + flatus. Colace/senna.\n" +
    "GU: Foley draining clear yellow 60-120cc/hr. Plan to d/c in am.\n" +
    "Skin: Sacrum intact, Allevyn foam dressing placed prophylactically.\n" +
    "Social: Girlfriend and mother visited, updated. Pt asking about work and money, CM aware, workers comp/insurance screening started, SW consult placed. Rehab screening likely later in week.\n" +
    "Plan: TLSO for OOB, PT/OT, d/c Hemovacs when <30cc/shift, pain control.",
  "NEURO ICU NSG NOTE 7P-7A\n" +
    "55 YO F HH 4 / FISHER 4 SAH FROM R PCOM ANEURYSM S/P CRANI AND CLIPPING, IVH, EVD. POST BLEED DAY 7, IN SPASM WINDOW.\n" +
    "NEURO: AT 2300 NOTED NEW L ARM DRIFT AND MORE LETHARGIC, GCS 13 -> 11 (E3V3M5). PUPILS 3MM BRISK. NSGY RESIDENT AT BEDSIDE 2310, STAT CT NEG FOR NEW BLEED OR HYDRO. TCD W/ MCA VELOCITIES 180-200. TO ANGIO 0130: SEVERE R MCA/ACA SPASM, INTRA-ARTERIAL VERAPAMIL + ANGIOPLASTY R M1. BACK TO UNIT 0345, L ARM NOW ANTIGRAVITY 4-/5, GCS 13.\n" +
    "R GROIN SHEATH IN PLACE (TO BE PULLED IN AM), SITE D+I, FLAT X6H, PEDAL PULSES BY DOPPLER.\n" +
    "EVD: OPEN AT 10CM H2O, ICP 8-15, DRAINING 5-12CC/HR CLEARING XANTHOCHROMIC CSF. DRSG D+I.\n" +
    "HHH THERAPY: GOAL SBP 160-200, STARTED NEO, NOW AT 2 MCG/KG/MIN, SBP 170S-190S. NS @ 150CC/HR + ALBUMIN 5% 250CC Q6H. CVP 8-11. HCT 31.\n" +
    "NIMODIPINE 30MG Q2H (SPLIT DOSE FOR BP).\n" +
    "RESP: 2L NC, SATS 98%. WATCHING FOR FLUID OVERLOAD W/ TRIPLE H, LS CLEAR.\n" +
    "GI/GU: NPO FOR ANGIO, NOW CLEARS. FOLEY, UO 150-300CC/HR, NA 135 -> 133, ? CEREBRAL SALT WASTING, NACL TABS 2G TID STARTED, NA Q6H.\n" +
    "ENDO: SS INSULIN, BS 140-180.\n" +
    "SOCIAL: SON CALLED AT 0000, UPDATED RE NEW DEFICIT AND ANGIO, CONSENT OBTAINED BY PHONE W/ 2 RN WITNESSES. WILL COME IN AM.\n" +
    "PLAN: HHH, Q1H NEURO, REPEAT TCDS, SHEATH OUT IN AM, ? REPEAT ANGIO IF WORSE.",
  "TSICU NURSING NOTE 0700-1900\n" +
    "84 YO M LIVES ALONE, FOUND DOWN, UNKNOWN DOWN TIME. R SDH + SAH ON COUMADIN FOR AFIB, INR 3.8 ON ADMIT, REVERSED W/ FFP 4U + VIT K 10MG IV, INR NOW 1.3. NONOP PER NSGY. RHABDO, CK 4200.\n" +
    "NEURO: GCS 13-14, PLEASANTLY CONFUSED, ORIENTED TO SELF ONLY, THINKS IT IS THE 1970S. PUPILS 2MM, R ?CATARACT, REACTIVE. MAE 4/5. SUNDOWNING LATE AFTERNOON, PULLING AT LINES, HALDOL 0.5MG IV X1 W/ EFFECT. MITTENS ON, SITTER REQUESTED.\n" +
    "C-SPINE: PHILADELPHIA COLLAR ON, CT NEG BUT UNABLE TO CLEAR CLINICALLY D/T MENTAL STATUS. OCCIPITAL SKIN CHECKED, PADS CHANGED, SM REDNESS, DUODERM APPLIED.\n" +
    "CV: AFIB 80S-100S RATE CONTROLLED W/ LOPRESSOR 25 PO BID. BP 130S-150S. SBP GOAL <160. COUMADIN ON HOLD INDEFINITELY.\n" +
    "RESP: RA SATS 94%. WEAK COUGH. ASP PRECAUTIONS.\n" +
    "GI: S+S EVAL - FAILED THIN LIQ, NECTAR THICK + PUREED. ATE 25%. NO BM X3 DAYS, SENNA + DULCOLAX.\n" +
    "GU/RENAL: IVF NS @ 150 FOR RHABDO, UO 80-120, URINE TEA COLORED -> AMBER. CK TRENDING DOWN 4200 -> 2900. CR 1.4.\n" +
    "SKIN: STAGE II SACRUM (PRESENT ON ADMIT), CLEANSED, MEPILEX BORDER APPLIED. L HIP AND L ELBOW BRUISING FROM FALL.\n" +
    "SOCIAL: NO KNOWN HCP. ONE NIECE OUT OF STATE ON PHONE, NOT ABLE TO COME. SW FOLLOWING, GUARDIANSHIP PROCESS BEING DISCUSSED, CM SCREENING FOR SNF/REHAB, INSURANCE SCREENING IN PROCESS. FULL CODE FOR NOW, TEAM TO READDRESS.\n" +
    "PLAN: REPEAT CT STABLE THIS AM, TRANSFER TO FLOOR WHEN SITTER AVAILABLE, DELIRIUM PRECAUTIONS, PT/OT.",
  "npn 7p-7a burn/tsicu\n" +
    "51 yo F s/p enclosed space fire w/ smoke inhalation + 22% TBSA burns (face, neck, bilat hands, chest). Intubated in field. Bronch: soot below cords, grade 2 inhal injury. HD 2.\n" +
    "Neuro: sedated on propofol 40 + fentanyl 200mcg/hr, RASS -2, moves all ext to stim, follows commands on wake up. Pupils 3mm perrla.\n" +
    "Resp: AC 450x20, PEEP 10, FiO2 .60 -> .50. ABG 7.33/46/84/23. Peak pressures 32-35, plateau 28. Sx q1-2h for thick black/gray carbonaceous sputum w/ casts, sputum cx sent. Heparin nebs + albuterol/mucomyst q4h per protocol. ETT 8.0 secured w/ twill tie around head - not tape d/t face burns, retied 0300, 24 at teeth. CXR diffuse haziness.\n" +
    "CV: ST 120s, MAP 60-70. LR @ 400cc/hr, UO goal 30-50, UO 25-45cc/hr, bolus 500 LR x1 at 0100. CVP 6-9.\n" +
    "Wounds: Face cleansed w/ NS, Bacitracin. Hands: Silvadene + Kerlix, elevated on pillows, splinted in safe position. Chest/neck: Acticoat moistened w/ sterile water q4h. Eyes: Lacrilube, no corneal involvement per ophtho.\n" +
    "GI: Dobhoff placed at 2200, TF Crucial @ 30cc/hr.\n" +
    "GU: Foley, urine clear yellow.\n" +
    "Labs: HbCO 2.1 (was 18 in ED on 100%). Lactate 3.1 -> 2.2.\n" +
    "Temp: 36.2 -> 37.1 w/ Bair Hugger and warm room.\n" +
    "Social: Husband and two teenage kids here this evening, husband also seen in ED for minor burn to hand, discharged. Very upset, SW paged and saw family. Updated by burn attending.\n" +
    "Plan: Pulm toilet, bronch in am for lavage, wean FiO2, fluid resusc to UO, wound care bid.",
  "TSICU NPN 1900-0700\n" +
    "24 YO M S/P GSW X2 TO ABD, EX LAP W/ SMALL BOWEL RESECTION X2 (LEFT IN DISCONTINUITY), COLON INJURY, DAMAGE CONTROL. ABD LEFT OPEN W/ WOUND VAC DRESSING @ -125MMHG CONT. BACK TO OR PLANNED IN 24-48H.\n" +
    "NEURO: SEDATED ON PROPOFOL 30 + FENTANYL 100, RASS -3. PERRL 3MM. MAE TO PAIN.\n" +
    "CV: ST 110-125. REC'D 6U PRBC, 4 FFP, 1 PLT IN OR. HCT 28.2 -> 29.0 -> 28.5. LACTATE 4.8 -> 2.9 -> 2.1. BP 100-120/50S, NO PRESSORS. TEMP 35.4 ON ARRIVAL -> 37.0 W/ BAIR HUGGER + BLOOD WARMER.\n" +
    "COAGS: INR 1.6 -> 1.3, FIBRINOGEN 160, 2U FFP AT 2300.\n" +
    "RESP: AC 600 X 18, PEEP 8, FIO2 .50 -> .40. ABG 7.31/39/112/19 -> 7.37/40/98/22. LS COARSE, SX SM THIN WHITE.\n" +
    "ABD: VAC SEAL INTACT, CANISTER 650CC SEROSANG FOR SHIFT, NO LEAKS. BLADDER PRESSURE 14-16 MMHG Q4H, TEAM AWARE. OGT TO LIS, BILIOUS 300CC.\n" +
    "GU: FOLEY UO 40-70CC/HR.\n" +
    "ID: ZOSYN. TMAX 37.8.\n" +
    "LINES: R SC TLC, L RADIAL A-LINE, 2 PIVS.\n" +
    "SKIN: ENTRY WOUND L FLANK DRSG W/ DRY GAUZE, EXIT WOUND R BUTTOCK, SCANT DRAINAGE.\n" +
    "SOCIAL: MOTHER IN EARLY EVENING, UPDATED BY TRAUMA. PT ON CONFIDENTIAL STATUS PER POLICY, VISITOR LIST AT DESK, SECURITY AWARE.\n" +
    "PLAN: BACK TO OR FOR WASHOUT/ANASTOMOSIS, CONT RESUSC, Q6H HCT/LACTATE, BLADDER PRESSURES.",
  "NEURO ICU NURSING NOTE DAYS\n" +
    "78 YO F S/P MECHANICAL FALL AT HOME, TYPE II DENS FX, NONOP MGMT IN PHILADELPHIA COLLAR PER SPINE, ALSO SMALL L FRONTAL SAH. HX HTN, OSTEOPOROSIS, MILD DEMENTIA PER FAMILY.\n" +
    "NEURO: A+OX2 (NOT TIME), BASELINE PER DAUGHTER. GCS 14. PUPILS 3MM BRISK. MAE 4+/5 THROUGHOUT. NO NUMBNESS/TINGLING. Q2H NEURO CHECKS, NO CHANGES.\n" +
    "COLLAR: PHILLY COLLAR ON AT ALL TIMES, HOB UP 30. PADS CHANGED W/ 2 PERSON, MANUAL INLINE STABILIZATION, SKIN UNDER CHIN AND OCCIPUT CLEANSED AND DRIED, SM RED AREA ON CHIN - MEPILEX LITE UNDER CHIN PIECE. SPINE NP CONSIDERING HALO VS CONTINUE COLLAR, DISCUSSED W/ FAMILY - FAMILY PREFERS COLLAR.\n" +
    "CV: SR 60S-70S, BP 140S-170S, LABETALOL 10MG IV X1, ON HOME LISINOPRIL. SBP GOAL <160.\n" +
    "RESP: 2L NC, SATS 95%. WEAK COUGH. CXR NO ACUTE.\n" +
    "GI: S+S EVAL - SILENT ASPIRATION W/ THIN LIQS ON VIDEO SWALLOW D/T COLLAR POSITIONING, NOW ON HONEY THICK/SOFT SOLIDS, 1:1 FEED. ATE 40% BKFST. MEDS CRUSHED IN APPLESAUCE.\n" +
    "GU: VOIDING IN BEDPAN/COMMODE W/ ASSIST, INCONT X1.\n" +
    "ACTIVITY: OOB TO CHAIR W/ PT, 2 ASSIST, TOL 1 HR, NO ORTHOSTASIS.\n" +
    "SKIN: BRADEN 13, SACRUM INTACT, CRITICAID TO PERINEUM.\n" +
    "SOCIAL: DAUGHTER + SON-IN-LAW IN ALL DAY. PT LIVED ALONE W/ HOME SERVICES 3X/WK. CM SCREENING FOR SHORT TERM REHAB, INSURANCE SCREEN SENT. DTR HAS HCP PAPERWORK, COPY TO CHART.\n" +
    "PLAN: COLLAR X 12 WKS, REPEAT CT HEAD STABLE -> ? TRANSFER TO FLOOR IN AM, ASP PRECAUTIONS.",
  "Neuro ICU nursing note 7p-7a\n" +
    "46 yo M w/ R frontal mass (?GBM vs met) s/p R frontal craniotomy w/ stealth-guided resection today. Arrived from PACU 1830, extubated.\n" +
    "Neuro: Awake, alert, oriented x3, mildly flat. GCS 15. Pupils 3mm brisk bilat. MAE, L grip 4+/5 vs R 5/5, L drift subtle - same as pre-op per NSGY. No facial droop. Speech clear. Q1h neuro checks overnight, stable.\n" +
    "Head: Turban dsg D+I, periorbital swelling R eye, ice packs applied. No drain.\n" +
    "Meds: Decadron 4mg IV q6h, Keppra 500 bid, Pepcid. SS insulin for steroids, BS 170-230, covered per scale.\n" +
    "CV: SR 60s-80s, SBP goal <150 post crani: ran 140s-160s early, hydralazine 10mg IV x1, labetalol 10mg x1, now 120s-140s. A-line R radial, correlates w/ cuff.\n" +
    "Resp: 2L NC, sats 97-99%. Lungs clear. IS 1500.\n" +
    "GI: Nausea x2, zofran 4mg w/ relief. Clears, taking sips.\n" +
    "GU: Foley, UO 60-150cc/hr. Na 141.\n" +
    "Pain: HA 5/10, tylenol 650 + percocet 1 tab x1, pain down to 2/10. No NSAIDs per NSGY.\n" +
    "Skin: Intact. Pneumoboots on.\n" +
    "Social: Wife here until 2100 then went home, called at 0200 and updated - very appreciative. Pt anxious re pathology; explained results will take several days, reassured. Offered chaplain, declined for now.\n" +
    "Plan: MRI post-op in am, then likely transfer to floor, cont decadron w/ taper per NSGY, PT/OT eval.",
  "TSICU NPN 7A-7P\n" +
    "33 YO M PEDESTRIAN STRUCK BY CAR. INJURIES: R FEMUR SHAFT FX S/P IM NAIL, L TIB PLATEAU FX IN HOFFMANN SPANNING EX-FIX, PELVIC RAMI FX (NONOP), R PTX W/ CT, GRADE 2 SPLENIC LAC, L SCALP LAC STAPLED. HD 4.\n" +
    "EVENT: AT 0930 PT ACUTELY CONFUSED, SATS 95 -> 86% ON 4L, PETECHIAE NOTED AXILLAE AND CONJUNCTIVA. TRAUMA AT BEDSIDE, ? FAT EMBOLISM. NRB ON, SATS 92%. ABG 7.46/31/61. CTA NEG FOR PE. TRANSITIONED TO BIPAP 12/6 FIO2 .60, SATS 94-96%.\n" +
    "NEURO: CONFUSED, INTERMITTENTLY AGITATED, PULLING AT MASK. GCS 14. NO FOCAL DEFICITS, PUPILS 3MM. HEAD CT NEG FOR NEW PATHOLOGY. SITTER AT BEDSIDE.\n" +
    "CV: ST 110S-120S, BP 120S-140S. HCT 26.8 STABLE X24H. SPLEEN CHECKS - ABD SOFT, MILD LUQ TENDERNESS, NO DISTENTION.\n" +
    "RESP: R CT TO WATER SEAL, NO AIR LEAK, 40CC SEROUS X24H, ? D/C TOMORROW.\n" +
    "ORTHO: L LEG EX-FIX, PIN CARE DONE W/ CHLORHEXIDINE SWABS PER ORTHO PROTOCOL, SITES CLEAN. BOTH FEET WARM, PULSES PALP, CMS INTACT. COMPARTMENT CHECKS Q2H, L CALF SOFT. R THIGH INCISIONS DSG D+I.\n" +
    "GI: NPO ON BIPAP, IVF D5 1/2NS + 20KCL @ 100.\n" +
    "GU: FOLEY UO 50-150CC/HR.\n" +
    "HEME: LOVENOX HELD X1 D/T SPLEEN, RESTARTED PER TEAM 1400. PNEUMOBOOT R LEG ONLY.\n" +
    "SOCIAL: GIRLFRIEND UPDATED AT BEDSIDE, PT'S FATHER ON PHONE, FLYING IN TONIGHT. CM AWARE - NO INSURANCE PER GF, INSURANCE SCREENING AND FREE CARE PAPERWORK STARTED WITH CM.\n" +
    "PLAN: SUPPORTIVE CARE FOR ?FES, BIPAP, LOW THRESHOLD FOR INTUBATION, NEURO CHECKS Q2H.",
  "NSICU NPN 11P-7A\n" +
    "61 YO M W/ HYPERTENSIVE THALAMIC ICH W/ INTRAVENTRICULAR EXTENSION, HYDROCEPHALUS, R FRONTAL EVD PLACED AT BEDSIDE HD 1. NOW HD 9.\n" +
    "NEURO: ARROUSABLE TO VOICE, OPENS EYES, OREINTED X1-2, FOLLOWS COMMANDS R SIDE, L HEMIPLEGIA 0/5 ARM, 1/5 LEG (UNCHANGED). PUPILS 2MM BRISK. MILD L FACIAL DROOP. SPEECH DYSARTHRIC.\n" +
    "EVD CLAMP TRIAL STARTED 2000 PER NSGY (WAS OPEN AT 20CM H2O DRAINING 2-5CC/HR). ICP WHILE CLAMPED 8-14, NO SUSTAINED >20. NO HA, NO CHANGE IN MS, NO N/V. IF TOL X24H WILL GET HEAD CT, THEN PULL DRAIN. CSF CLEAR/YELLOW. ORDERS: UNCLAMP AND OPEN AT 20 IF ICP >20 X 5 MIN OR NEURO CHANGE.\n" +
    "CV: SR 60S-80S, SBP 130S-150S ON LABETALOL 200 PO TID, CAPTOPRIL 25 TID. SBP GOAL <160. NO PRNS NEEDED.\n" +
    "RESP: RA, SATS 95%. LS CLEAR W/ FEW BASILAR CRACKLES. CONG COUGH. ASP PRECAUTIONS.\n" +
    "GI: DOBHOFF IN PLACE, TF JEVITY 1.2 @ GOAL 65CC/HR. BM X1 SOFT BROWN. FAILED S+S YESTERDAY, RE-EVAL IN 2-3 DAYS.\n" +
    "GU: FOLEY D/C'D AT 0600, DTV BY 1200.\n" +
    "ID: TMAX 38.0 AT 0200, CSF SENT, BLOOD CX X2, UA. TYLENOL 650 PR.\n" +
    "SKIN: BRADEN 12. L HEEL BOGGY - HEELS FLOATED ON PILLOWS, MULTIPODUS BOOT ORDERED. SACRUM INTACT, TURNED Q2H.\n" +
    "SOCIAL: WIFE VISITS DAILY, DIFFICULTY COPING. SW MET W/ WIFE YESTERDAY. CM STARTED REHAB SCREENING - ACUTE REHAB VS SNF DEPENDING ON PROGRESS.\n" +
    "PLAN: CONT CLAMP TRIAL, HEAD CT AT 2000 IF TOL, ?EVD OUT, SPEECH/SWALLOW, PT/OT.",
  "Nursing note 0700-1900 burn/TSICU\n" +
    "29 yo M grease fire in home kitchen, 14% TBSA superficial/deep partial thickness to face, neck, R forearm, bilat hands (dorsal). Not intubated. Admit to ICU for airway watch x48h - now day 3, airway edema improving.\n" +
    "Neuro: A+Ox3, anxious before dsg changes, cooperative. Sleeping poorly.\n" +
    "Pain: Oxycodone 10mg q4h around clock, morphine 4mg IV premed before tanking. Ativan 1mg premed. Pain 9/10 during, 3/10 after.\n" +
    "Wound care: Hydrotherapy (tank) @ 1000 w/ burn team, wounds cleansed w/ Hibiclens, loose skin debrided. R forearm and hands: Biobrane applied, pink, adherent in most areas, small fluid collection dorsum R hand aspirated by burn PA. Face/neck: Bacitracin oint q4h, open. Ears: Sulfamylon.\n" +
    "Hands elevated, OT made resting hand splints (safe position), on at night and between exercises. Active ROM q1h while awake - pt doing well w/ encouragement.\n" +
    "Resp: RA, sats 98%. Voice normal, no stridor. Lip/face edema decreased, eyes opening fully now.\n" +
    "CV: HR 90s-100s, BP 130s/80s. IV saline locked.\n" +
    "GI: Regular diet + Ensure TID, ate 75%. Calorie count. Colace, senna - BM x1.\n" +
    "GU: Voiding, UO adequate.\n" +
    "ID: Tmax 37.9. WBC 12. No abx.\n" +
    "Social: Wife at bedside most of day, brought pt's phone charger and clothes. Pt worried about missing work, CM discussed short term disability forms; SW to follow. Pt smokes 1ppd - nicotine patch 21mg, counseled.\n" +
    "Plan: Transfer to burn floor if airway stable today, cont Biobrane care, OT/PT, pain mgmt.",
  "T/SICU NPN 3P-11P\n" +
    "37 YO F S/P MVC ROLLOVER, T4 FX W/ COMPLETE SCI (ASIA A) S/P T2-T7 POSTERIOR FUSION HD 2. NOW HD 10. ALSO L HUMERUS FX ORIF.\n" +
    "NEURO: A+OX3. NO MOTOR OR SENSATION BELOW NIPPLE LINE. UE 5/5 R, L LIMITED BY PAIN/SPLINT.\n" +
    "EVENT 1845: C/O POUNDING HA, FLUSHED/SWEATY ABOVE NIPPLE LINE, BP 188/102 (BASELINE 90S-100S/50S), HR 52. AUTONOMIC DYSREFLEXIA - SAT PT UP, LOOSENED ABD BINDER AND TEDS, CHECKED FOLEY - TUBING KINKED UNDER LEG, UNKINKED, 650CC DRAINED. BP DOWN TO 130/70 IN 5 MIN, 108/62 AT 15 MIN. NO NITROPASTE NEEDED. TEAM AWARE. EDUCATED PT ON SIGNS/TRIGGERS, PT VERBALIZED UNDERSTANDING.\n" +
    "SPINE: BACK INCISION DSG D+I, HEMOVAC D/C'D YESTERDAY. TLSO FOR OOB. LOGROLL.\n" +
    "CV: SB-SR 50S-70S. ORTHOSTATIC W/ OOB, ABD BINDER + TEDS + ACE WRAPS, TOLERATED TILT TO 60 DEG ON TILT TABLE W/ PT TODAY.\n" +
    "RESP: 2L NC, SATS 96%. IS 900 (WAS 600). QUAD COUGH ASSIST, THICK WHITE SPUTUM. CPT.\n" +
    "GI: REG DIET, POOR APPETITE. BOWEL PROGRAM Q HS: DULCOLAX SUPP 2000 + DIGITAL STIM, MED SOFT RESULT AT 2130.\n" +
    "GU: FOLEY, PLAN FOR INTERMITTENT CATH Q4-6H START TOMORROW, UROLOGY FOLLOWING.\n" +
    "SKIN: ROHO CUSHION IN CHAIR, TURNED Q2H, HEELS FLOATED, SKIN INTACT. BRADEN 14.\n" +
    "PSYCH: TEARFUL TODAY, STATES 'I KEEP WAITING TO FEEL MY LEGS'. SUPPORT GIVEN, SW AND PSYCH AWARE.\n" +
    "SOCIAL: PARTNER IN DAILY. CM: SCI REHAB SCREENING DONE, INSURANCE AUTHORIZATION PENDING, ANTICIPATE DC TO REHAB WHEN BED AVAILABLE.\n" +
    "PLAN: AD PRECAUTIONS, BOWEL/BLADDER PROGRAM, PT/OT, LOVENOX 40 DAILY.",
  "TSICU NSG NOTE 7P-7A\n" +
    "70 YO M S/P FALL OFF ROOF, L FLAIL CHEST (RIBS 3-9, SEGMENTAL 4-7), L HEMOPNEUMOTHORAX W/ 2 CHEST TUBES, L SCAPULA FX, L PULM CONTUSION. THORACIC EPIDURAL PLACED BY APS HD 1. NOW HD 3.\n" +
    "NEURO: A+OX3 EARLY, CONFUSED AFTER 0200, TRYING TO GET OOB. CAM-ICU POSITIVE. HALDOL 2MG IV X1 W/ EFFECT. REORIENTED, LIGHTS/TV OFF, GLASSES ON.\n" +
    "PAIN: EPIDURAL BUPIVACAINE 0.1% + FENTANYL 5MCG/ML @ 8CC/HR. LEVEL T2-T10 BY ICE. PAIN 3-4/10, 6/10 W/ COUGH. SITE D+I. RR 14-22, NOT OVERSEDATED.\n" +
    "RESP: 6L NC -> 50% FACE TENT + 4L NC, SATS 92-95%. PARADOXICAL MOVEMENT L CHEST WALL NOTED. ABG 7.41/42/68. IS 500-750 (GOAL 1250). COUGH WEAK, NT SX X1 FOR THICK BLOOD TINGED. USING ACAPELLA. PLAN BIPAP IF WORSE.\n" +
    "CHEST TUBES: L ANT AND L POST CT BOTH TO -20 CM SX VIA PLEUR-EVAC, SMALL AIR LEAK ANT TUBE W/ COUGH ONLY. OUTPUT 90CC + 120CC SEROSANG FOR SHIFT. DRSGS D+I, NO SQ AIR.\n" +
    "CV: SR W/ RUN OF AFIB ON TELE 0300-0340, HR TO 130S, BP STABLE, LOPRESSOR 5MG IV X1, CONVERTED. K 3.4 REPLETED, MG 1.7 REPLETED 2G.\n" +
    "GI: CLEARS, POOR PO. COLACE/SENNA.\n" +
    "GU: FOLEY, UO 40-80CC/HR. ON LASIX 20 IV BID, I/O -800.\n" +
    "ORTHO: L ARM SLING FOR SCAPULA, NONOP.\n" +
    "SOCIAL: WIFE UPDATED BY PHONE 2200. SON IS HCP. PT FULL CODE BUT FAMILY DISCUSSING WISHES RE INTUBATION. FAMILY MTG W/ TRAUMA ATTENDING TO BE SCHEDULED.\n" +
    "PLAN: PULM TOILET, EPIDURAL, DELIRIUM PRECAUTIONS, ?BIPAP OR INTUBATION IF SATS/ABG WORSEN.",
  "NSICU NPN 7A-7P\n" +
    "22 YO F W/ L PARIETAL ICH FROM RUPTURED AVM, ADMITTED OVERNIGHT. NO PMH, ON OCP. ANGIO TODAY CONFIRMED AVM, SPETZLER-MARTIN GRADE III, PLAN FOR EMBOLIZATION THEN RESECTION LATER.\n" +
    "NEURO: GCS 14 (E4V4M6). EXPRESSIVE APHASIA - WORD FINDING DIFFICULTY, PARAPHASIC ERRORS, COMPREHENSION INTACT. R HEMIPARESIS ARM 3/5, LEG 4/5. R VISUAL FIELD CUT. PUPILS 4MM BRISK. NIHSS 9 THIS AM -> 8 THIS PM.\n" +
    "HA 7/10 - FIORICET X1 + TYLENOL, NO NARCS PER NSGY TO KEEP EXAM CLEAR. ICE TO FOREHEAD, DIM LIGHTS.\n" +
    "CV: SBP GOAL <140. NICARDIPINE GTT 5-10MG/HR, SBP 120S-140S. WEANING, CURRENTLY AT 5. HR 70S-90S SR.\n" +
    "ANGIO: R FEMORAL SHEATH REMOVED 1300, MANUAL PRESSURE 20 MIN, FLAT X 4H TIL 1700, SITE SOFT, NO HEMATOMA, DISTAL PULSES DOPPLER/PALP.\n" +
    "SEIZURE PPX: KEPPRA 1000 IV BID. NO SZ ACTIVITY.\n" +
    "RESP: RA SATS 99%.\n" +
    "GI: NPO POST ANGIO, NOW CLEARS. ZOFRAN X1.\n" +
    "GU: VOIDING IN BEDPAN, HCG NEG.\n" +
    "SOCIAL: PARENTS AND BOYFRIEND AT BEDSIDE, VERY SCARED, NSGY ATTENDING MET W/ FAMILY AT 1500, EXPLAINED PLAN. MOTHER STAYING OVERNIGHT. PT IS A COLLEGE STUDENT - SW TO HELP W/ MEDICAL LEAVE PAPERWORK.\n" +
    "PLAN: SBP <140, Q1H NEURO, EMBOLIZATION IN 1-2 DAYS, SPEECH THERAPY.",
  "TSICU Nursing Progress Note 11p-7a\n" +
    "40 yo M s/p stab wound L upper quadrant, ex lap w/ splenectomy + repair of diaphragm, L CT. POD 2. Hx ETOH abuse (per pt 1 pint vodka/day), last drink ~ 3 days ago.\n" +
    "Neuro: 2300 pt tremulous, diaphoretic, HR 120s, visual hallucinations ('bugs on the wall'). CIWA 22 -> ativan 2mg IV x2, CIWA 14, then 4mg more over 2h. At 0330 attempted to climb OOB and pull NGT - 4 pt soft restraints applied per policy, MD order obtained, sitter at bedside. Ativan gtt 2mg/hr started per team at 0400, now RASS 0 to -1, CIWA 8.\n" +
    "CV: ST 100-120, BP 150s/90s -> 130s/80s after ativan.\n" +
    "Resp: 3L NC, sats 94-97%. L CT to -20 sx, no air leak, 60cc serous. Dim L base. IS poorly done.\n" +
    "GI: NGT to LIS 150cc bilious. Abd incision: staples, Telfa + ABD dsg, scant serous drainage. JP LUQ to bulb, 45cc serosang. Abd appropriately tender. NPO, IVF D5NS + MVI/thiamine/folate ('banana bag') @ 125.\n" +
    "GU: Foley UO 40-100cc/hr.\n" +
    "Labs: K 3.3, Mg 1.4, Phos 1.9 - all repleted. AST 112, ALT 68. Plt 98.\n" +
    "Post-splenectomy vaccines (Pneumovax, HiB, Menactra) due prior to DC - reminder on kardex.\n" +
    "Skin: Intact, restraint sites checked q1h, no redness.\n" +
    "Social: No family contact. Pt states he has a sister but does not want her called. SW consult placed re substance abuse and housing (pt staying w/ friends). CM to screen for insurance.\n" +
    "Plan: CIWA, wean ativan gtt, restraints off when safe, advance diet when bowel function returns.",
  "TSICU NPN NIGHTS\n" +
    "27 YO M S/P MOTORCYCLE CRASH NO HELMET, DAI, SMALL BIFRONTAL CONTUSIONS, R OPEN TIB/FIB FX IN HOFFMANN EX-FIX, R RADIUS FX CASTED. HD 10. S/P TRACH/PEG HD 8.\n" +
    "NEURO: OFF SEDATION X3 DAYS. OPENS EYES SPONT, NOT TRACKING CONSISTENTLY. WITHDRAWS ALL 4, ? LOCALIZES L HAND. GCS 8T (E4VTM4). PUPILS 3MM BRISK. BOLT D/C'D HD 6.\n" +
    "EPISODES AT 0100 AND 0430: HR 140S, RR 40S, T 38.6, DIAPHORETIC, EXTENSOR POSTURING - ? STORMING / PAROXYSMAL SYMPATHETIC HYPERACTIVITY. MORPHINE 4MG IV + PROPRANOLOL 20 VIA PEG PER TEAM, RESOLVED IN 20 MIN. BROMOCRIPTINE DISCUSSED ON ROUNDS.\n" +
    "RESP: TRACH 8 SHILEY, TRACH MASK 40% FIO2, SATS 95-99%. SX Q2-3H MOD THICK TAN. STOMA CLEAN, TRACH TIES CHANGED.\n" +
    "CV: SR 80S-100S BETWEEN EPISODES. BP 120S-140S.\n" +
    "GI: PEG, TF IMPACT W/ FIBER @ 75CC/HR GOAL. PEG SITE CLEAN, BUMPER AT 3CM. BM X2 LOOSE, C DIFF SENT.\n" +
    "GU: FOLEY D/C'D, CONDOM CATH, UO ADEQUATE.\n" +
    "ORTHO: R LEG EX-FIX, PIN CARE Q SHIFT, 2 PINS W/ CRUSTING, CLEANED. OPEN WOUND R SHIN W/ WOUND VAC -125 CONT, SEAL INTACT, CANISTER 40CC. R ARM CAST, FINGERS WARM, CMS OK.\n" +
    "SKIN: HEELS PADDED, OCCIPUT INTACT. SACRUM W/ SM STAGE I, DUODERM THIN APPLIED.\n" +
    "SOCIAL: MOTHER HERE DAILY. PT IS ADULT W/ NO HCP, GUARDIANSHIP BEING PURSUED W/ SW. CM SCREENING FOR BRAIN INJURY REHAB VS LTAC, INSURANCE SCREENING CONT.\n" +
    "PLAN: STORMING PROTOCOL PRN, FOLLOW TEMP CURVE, PT/OT, TRACH COLLAR TRIALS.",
  "BURN ICU NPN 7A-7P\n" +
    "45 YO M INDUSTRIAL FLASH BURN, 48% TBSA DEEP PARTIAL/FULL THICKNESS (BILAT LE CIRCUMFERENTIAL, BACK, BUTTOCKS, L ARM). S/P BILAT LE AND L ARM ESCHAROTOMIES HD 0. NOW HD 3. INTUBATED FOR AIRWAY PROTECTION/FACE EDEMA.\n" +
    "NEURO: PROPOFOL 40 + FENTANYL 250MCG/HR + VERSED 4MG/HR. RASS -3 TO -4. PERRL. EXTRA FENTANYL 100MCG + VERSED 2MG BEFORE DSG CHANGE.\n" +
    "CV: ST 120S-130S. MAP 65-75 ON LEVOPHED 0.04-0.08 MCG/KG/MIN. PA CATH: CI 3.8, SVR 650, WEDGE 10. ALBUMIN 5% 100CC/HR, LR @ 250.\n" +
    "RESP: AC 600 X 18, PEEP 10, FIO2 .45. PLATEAU 30, TEAM AWARE, VT DECREASED TO 550. ABG 7.36/42/92/23.\n" +
    "WOUNDS: FULL DSG CHANGE 1000 W/ BURN TEAM: ACTICOAT TO LE AND BACK, MOISTENED W/ STERILE H2O Q4H. L ARM SILVADENE + KERLIX. BUTTOCKS/PERINEUM SULFAMYLON. ESCHAROTOMY SITES OOZING SLIGHTLY, SURGICEL + PRESSURE. DOPPLER PULSES DP/PT BILAT Q1H, PRESENT.\n" +
    "OR TOMORROW FOR EXCISION AND GRAFTING BACK/LE, TYPE AND CROSS 6U. NPO AFTER MN.\n" +
    "TEMP: 38.9 MAX, TYLENOL. BLOOD/WOUND/SPUTUM CX SENT.\n" +
    "GI: DOBHOFF, TF IMPACT GOAL 110CC/HR, AT 90 (HELD FOR DSG CHANGE). GLUTAMINE. OXANDROLONE STARTED. VIT C/ZINC/MVI.\n" +
    "GU: FOLEY UO 50-90CC/HR.\n" +
    "ENDO: INSULIN GTT 4-8U/HR, BG 120-160.\n" +
    "SOCIAL: WIFE AND BROTHER IN, UPDATED BY BURN ATTENDING. INJURED ON THE JOB - CM IN CONTACT W/ FAMILY RE WORKERS COMP SCREENING. SW FOLLOWING FOR FAMILY SUPPORT.\n" +
    "PLAN: OR IN AM, RESUSC PER BURN, WEAN LEVOPHED AS TOL.",
  "Neuro ICU npn 7p-7a\n" +
    "49 yo F SAH HH 2 / Fisher 3 from L MCA bifurcation aneurysm s/p L pterional craniotomy + clipping today. R frontal EVD placed in OR. Post bleed day 1.\n" +
    "Neuro: Extubated in PACU. Drowsy but easily arousable, A+Ox3, speech clear, slightly slow naming. Follows commands, MAE 5/5, no drift. Pupils 3mm brisk, L eyelid swollen. GCS 15. Nuchal rigidity.\n" +
    "EVD: Open @ 15cm above tragus, ICP 5-10, draining 10-15cc/hr blood tinged CSF. Zeroed q4h and w/ position changes. Dressing D+I. Ancef while drain in.\n" +
    "Incision: L crani dsg w/ small serosang stain, outlined. Subgaleal Jackson-Pratt to bulb, 40cc since OR.\n" +
    "CV: SR 70s-90s. SBP now <180 post clipping per NSGY, ranged 130s-160s. Nimodipine 60mg q4h started. Euvolemia goal, NS @ 125.\n" +
    "Resp: 2L NC, sats 98%. IS 1000. Lungs clear.\n" +
    "GI: Passed bedside swallow at 2200, sips/ice chips, then clears. Vomited small amt x1, zofran 4mg IV. Reglan prn.\n" +
    "GU: Foley, UO 100-200cc/hr. Na 140 -> 138. Na q6h.\n" +
    "Pain: HA 6/10, fentanyl 25mcg IV prn x3 + tylenol 1g, eases to 3/10. Pt refusing percocet d/t nausea.\n" +
    "Seizure ppx: Keppra 500 bid.\n" +
    "Labs: Mag 1.8, repleted. Trop neg x2 (EKG diffuse TW inversion, ? stunned myocardium, echo in am).\n" +
    "Social: Husband + adult daughter at bedside until midnight, updated by NSGY fellow post-op. Daughter staying in hospital family housing.\n" +
    "Plan: Q1h neuro, EVD @ 15, nimodipine, daily TCDs starting tomorrow, watch for spasm, echo.",
  "TSICU NSG NOTE 1900-0700\n" +
    "67 YO M S/P FALL OFF BICYCLE, HYPEREXTENSION INJURY, CENTRAL CORD SYNDROME, NO FX ON CT, MRI: C3-6 SPONDYLOSIS W/ CORD SIGNAL CHANGE C4-5. NONOP FOR NOW, PHILADELPHIA COLLAR. HX DM2, HTN, OSA.\n" +
    "NEURO: A+OX3. UE WEAKER THAN LE: R DELTOID 3/5, BICEP 3/5, GRIP 1/5; L DELTOID 4/5, GRIP 2/5. LE 4/5 BILAT. BURNING DYSESTHESIAS BOTH HANDS, GABAPENTIN 300 TID STARTED. SENSATION DECREASED C5-T1 PATCHY. UNCHANGED FROM DAY EXAM.\n" +
    "MAP GOAL >85 X 7 DAYS: MAP 78-92, NEO 0.3-0.8 MCG/KG/MIN TITRATED. HR 50S-60S SB.\n" +
    "RESP: 2L NC, SATS 93-96%. HOME CPAP 10 OVERNIGHT VIA OWN MASK - TOLERATED W/ COLLAR AFTER MASK STRAPS ADJUSTED. NIF -40, VC 1.8L AT 2200 (Q6H MONITORING), STABLE.\n" +
    "COLLAR: PHILLY COLLAR, PADS CHANGED AT 0200 W/ INLINE STABILIZATION, SKIN INTACT UNDER CHIN/OCCIPUT/CLAVICLES.\n" +
    "GI: DIABETIC DIET, FED BY RN D/T HAND WEAKNESS, ATE 60%. BOWEL REGIMEN.\n" +
    "GU: FOLEY, UO 60-100. BLADDER SCAN FOR PVR AFTER FOLEY OUT.\n" +
    "ENDO: FSBG 160-240, LANTUS 20 QHS + HUMALOG SS. METFORMIN HELD.\n" +
    "SKIN: BRADEN 13. TURNED Q2H, LOGROLL. HEELS FLOATED.\n" +
    "PSYCHOSOCIAL: FRUSTRATED W/ HANDS, 'I CAN'T EVEN SCRATCH MY NOSE'. WIFE VISITED, VERY SUPPORTIVE. SW AND CM INVOLVED, SCREENING FOR ACUTE SCI REHAB, INSURANCE VERIFICATION UNDER WAY.\n" +
    "PLAN: MAP >85, SERIAL NEURO/VC/NIF, PT/OT, ? SURGICAL DECOMPRESSION IF NO IMPROVEMENT PER SPINE.",
  "NSICU NPN 7P-7A\n" +
    "52 YO M S/P ASSAULT W/ BLUNT HEAD TRAUMA, R ACUTE SDH + L TEMPORAL CONTUSION W/ 15MM SHIFT, S/P R DECOMPRESSIVE HEMICRANIECTOMY HD 1, BONE FLAP IN ABD WALL POCKET. HD 4.\n" +
    "NEURO: OFF ALL SEDATION SINCE 1400. GCS 3T. PUPILS 6MM FIXED BILAT (WAS 4MM SLUGGISH AT 1800). CORNEALS ABSENT, NO COUGH/GAG W/ DEEP SX, NO DOLL'S EYES. NO RESP EFFORT OVER VENT.\n" +
    "ICP VIA R EVD ROSE TO 45-60 AT 1900, CPP <20, EVD OPEN AT 10 DRAINING MINIMAL. 23.4% SALINE 30CC X1 PER NSGY W/O RESPONSE. FIRST BRAIN DEATH EXAM DONE 0200 BY NEUROLOGY, APNEA TEST DEFERRED UNTIL AM PER ATTENDING.\n" +
    "CV/RENAL: ? DI - UO 400-700CC/HR, NA 149 -> 156, SG 1.002. DDAVP 1MCG IV X1 AT 2300 PER TEAM, UO DOWN TO 150-200. D5W REPLACING UO PER ORDERS.\n" +
    "BP 70S/40S AT 2100 -> LEVOPHED UP TO 0.15 MCG/KG/MIN + VASOPRESSIN 0.04U/MIN, MAP 70-80.\n" +
    "RESP: AC 500 X 14, PEEP 5, FIO2 .40. ABG 7.44/38/156.\n" +
    "TEMP: 35.2, BAIR HUGGER ON.\n" +
    "GU: FOLEY AS ABOVE.\n" +
    "FAMILY: WIFE, 2 ADULT CHILDREN AND PT'S BROTHER AT BEDSIDE. FAMILY MTG 2300 W/ NSGY ATTENDING, RN, SW: EXPLAINED GRAVE PROGNOSIS, POSSIBILITY OF BRAIN DEATH. FAMILY TEARFUL, UNDERSTANDING. CHAPLAIN IN. ORGAN BANK NOTIFIED PER HOSP POLICY (ROUTINE REFERRAL), NO DISCUSSION OF DONATION W/ FAMILY BY STAFF - OPO COORDINATOR TO APPROACH IF APPROPRIATE.\n" +
    "PLAN: SUPPORT BP, TREAT DI, 2ND EXAM + APNEA TEST IN AM, FAMILY SUPPORT.",
  "T/SICU nursing progress note 7a-7p\n" +
    "58 yo F restrained passenger MVC, open book pelvic fx + L acetabular fx, s/p angioembolization of R internal iliac branch HD 0, pelvic binder -> ant pelvic ex-fix HD 1, now POD 1 s/p ORIF L acetabulum (Kocher-Langenbeck approach). Also L 6-8 rib fx, sternal fx.\n" +
    "Neuro: A+Ox3, appropriate. Mild confusion early am after dilaudid, resolved.\n" +
    "Pain: Dilaudid PCA 0.2/10min, using appropriately, + tylenol 1g q6h. Pain 5/10 at rest, 8/10 w/ turning.\n" +
    "CV: SR-ST 90s-110s. Hct 25.9 -> 2U PRBC -> 30.4. BP 110s-130s.\n" +
    "Resp: 3L NC sats 96%. IS 750. Splinting when coughing, pillow given.\n" +
    "Ortho: Pelvic ex-fix, pins cleaned w/ NS + dry gauze, bars stable, no drainage. L hip incision: dsg reinforced x1 for mod serosang. Hemovac x1 to self-suction, 210cc sang this shift - ortho aware, ok. Abduction pillow between legs. TDWB LLE. L foot warm, DP palp, moves toes, sensation intact (sciatic nerve check q2h per ortho).\n" +
    "GI: Clears -> full liquids, tol. Abd soft, + BS, no flatus yet.\n" +
    "GU: Foley, bladder injury r/o'd on CT cystogram. UO 40-80cc/hr, clear yellow.\n" +
    "Heme: Lovenox 30 sq bid started today. Pneumoboot R leg, foot pump L.\n" +
    "Skin: Seat belt bruising across chest/abd, lower abd ecchymosis. Sacrum intact, turned side to side w/ 3 assist + pillows, Allevyn to sacrum.\n" +
    "Social: Husband here all day; also hurt (minor) and d/c'd from ED. CM beginning rehab screening for after acute stay, insurance screening in process. SW saw couple, offered support.\n" +
    "Plan: PT/OT when ok per ortho, pain control, Hemovac out when output decreases, f/u hct.",
  "NEURO ICU NSG NOTE 7A-7P\n" +
    "57 YO M W/ LARGE R MCA INFARCT, MALIGNANT EDEMA, S/P R DECOMPRESSIVE HEMICRANIECTOMY HD 2, BONE FLAP STORED IN BONE BANK. NOW HD 5.\n" +
    "NEURO: INTUBATED, OFF SEDATION SINCE YESTERDAY. OPENS EYES TO VOICE, R GAZE PREFERENCE, FOLLOWS COMMANDS R HAND. L HEMIPLEGIA (0/5 ARM, WITHDRAWS LEG SLIGHTLY). L NEGLECT. PUPILS R 3MM SLUGGISH, L 3MM BRISK. GCS 10T (E3VTM6).\n" +
    "CRANIECTOMY SITE: FLAP FULL BUT SOFT TO TOUCH, INCISION W/ STAPLES, OTA, NO DRAINAGE. SUBGALEAL JP D/C'D YESTERDAY. SIGN OVER BED 'NO BONE FLAP R SIDE - DO NOT POSITION ON R SIDE OF HEAD'. HELMET FOR OOB WHEN ORDERED.\n" +
    "OSM THERAPY: 3% NACL @ 40CC/HR, NA GOAL 145-155, NA 148 -> 151. MANNITOL D/C'D. SERUM OSM 316.\n" +
    "CV: AFIB (NEW THIS ADMIT) 80S-110S, DILTIAZEM 30 PO Q6H. SBP 140S-170S, GOAL <180. ANTICOAG ON HOLD X2 WKS PER NEURO.\n" +
    "RESP: CPAP 5/PS 8, FIO2 .40, RR 14-18, VT 500S. SBT PASSED THIS AM BUT WEAK COUGH, POOR MS - NOT EXTUBATED, ? TRACH NEXT WEEK.\n" +
    "GI: OGT, TF PROBALANCE @ 60 GOAL, RESIDUALS LOW. BM X1.\n" +
    "GU: FOLEY, UO 80-150.\n" +
    "SKIN: BRADEN 10. TURNED Q2H (L SIDE AND BACK ONLY), HEELS FLOATED, KINAIR BED ORDERED.\n" +
    "SOCIAL: WIFE + 2 SONS IN, FAMILY MTG W/ NEURO ATTENDING, SW, RN AT 1300: DISCUSSED EXPECTED DEFICITS, TRACH/PEG, LONG TERM REHAB. FAMILY WANTS TO PROCEED W/ TRACH/PEG. WIFE IS HCP. CM SCREENING FOR REHAB/LTAC, INSURANCE SCREEN STARTED.\n" +
    "PLAN: NA GOAL 145-155, TRACH/PEG EARLY NEXT WEEK, PT/OT/SPEECH, RATE CONTROL.",
  "NSICU NPN 11P-7A\n" +
    "74 YO M W/ BILAT CHRONIC SDH (L>R), PRESENTED W/ 3 WKS OF GAIT INSTABILITY AND CONFUSION. ON PLAVIX FOR CAD STENT - HELD, PLT 2U TRANSFUSED PRE-OP. S/P BILAT BURR HOLES W/ SUBDURAL DRAINS YESTERDAY.\n" +
    "NEURO: DROWSY, AROUSES TO VOICE, ORIENTED X2, FOLLOWS COMMANDS. MORE TALKATIVE THAN PRE-OP PER DTR. PUPILS 2MM BRISK. MAE, R GRIP 4/5 (IMPROVED FROM 3/5 PRE-OP). NO SZ. KEPPRA 500 BID.\n" +
    "SUBDURAL DRAINS X2 TO GRAVITY, BAGS AT LEVEL OF HEAD PER NSGY ORDER. L DRAIN 65CC DARK 'MOTOR OIL' FLUID -> LIGHTER, R DRAIN 30CC. HOB FLAT PER NSGY TO PROMOTE DRAINAGE/BRAIN RE-EXPANSION. DRSGS D+I.\n" +
    "CV: SR W/ OCC PACS, 60S-70S. SBP 130S-150S, GOAL <160. HOME METOPROLOL RESUMED.\n" +
    "RESP: 2L NC, SATS 95%. ASP PRECAUTIONS W/ HOB FLAT - NPO EXCEPT MEDS W/ SIPS IN R SIDE-LYING.\n" +
    "GU: FOLEY, UO 40-80CC/HR, IVF NS @ 75.\n" +
    "LABS: NA 134, PLT 162, INR 1.0.\n" +
    "SAFETY: CONFUSED AT 0300, TRIED TO SIT UP AND REACH FOR DRAINS. REORIENTED, BED ALARM ON, MITTENS APPLIED PER ORDER. NO 1:1 SITTER AVAIL, CLOSE OBS FROM DOORWAY.\n" +
    "SKIN: BRADEN 14, TURNED, HEELS FLOATED.\n" +
    "SOCIAL: DTR IS HCP, CALLED AT 2300, UPDATED. PT LIVES W/ WIFE WHO HAS EARLY DEMENTIA - SW TO ASSESS HOME SUPPORT, CM SCREENING FOR REHAB.\n" +
    "PLAN: FLAT X 24-48H, REPEAT CT HEAD THEN PULL DRAINS, PLAVIX ON HOLD PER NSGY/CARDS.",
  "Burn unit ICU npn 7p-7a\n" +
    "39 yo F scald burn 18% TBSA (L thigh, L leg, abd, L forearm), mostly deep partial thickness, POD 1 s/p tangential excision + STSG (meshed 1.5:1) to L thigh/leg and L forearm, donor site R thigh.\n" +
    "Neuro: A+Ox3, anxious about grafts. Ambien 5mg at 2300, slept 3-4 hrs.\n" +
    "Pain: Dilaudid PCA, pain 5/10 mostly at donor site ('donor site hurts more than the burns'). Oxycontin 10 bid started.\n" +
    "Grafts: Bolster dsg (Xeroform + moist cotton + Kerlix + Ace) to L leg/thigh and L forearm, intact, kept moist w/ Sulfamylon soln irrigation via catheters q4h per burn orders. No dsg change until take-down POD 3-5 by burn team. L leg in knee immobilizer, elevated. L arm in splint, elevated on pillow.\n" +
    "Donor site: R thigh covered w/ Xeroform, open to air, Bair Hugger on low under tented sheet to dry. Mod serosang oozing at edges, reinforced w/ ABD, outer layer only.\n" +
    "CV: HR 90s-100s, BP 110s/70s. Hct 29.6 post op (pre 34), stable.\n" +
    "Resp: RA, sats 98%. IS 1500.\n" +
    "GI: Reg diet + Ensure Plus TID, ate 50% dinner. Calorie count. Nausea x1, zofran.\n" +
    "GU: Foley while immobilized, UO 50-100cc/hr.\n" +
    "Temp: Tmax 38.1 post op, tylenol.\n" +
    "Heme: Lovenox 40 daily, pneumoboot R only.\n" +
    "Social: Pot of boiling water spilled at home. Husband here this eve, 2 young kids at home w/ grandmother. SW following re child care / coping. CM screening for home w/ services vs rehab.\n" +
    "Plan: Bedrest/immobilize grafts, pain control, graft take-down POD 3-5, nutrition.",
  "TSICU NPN DAYS\n" +
    "31 YO M S/P HIGH SPEED MVC, HD 14. INJURIES: TBI W/ SAH/CONTUSIONS, L PNEUMO (CT OUT), L FEMUR FX S/P IM NAIL, R TIB/FIB FX NOW S/P ORIF (EX-FIX REMOVED HD 9), L3 TRANSVERSE PROCESS FXS, LIVER LAC (NONOP). S/P TRACH/PEG HD 10.\n" +
    "NEURO: MUCH IMPROVED. OPENS EYES SPONT, TRACKS, MOUTHS WORDS, FOLLOWS 2 STEP COMMANDS. ORIENTED TO PLACE (NODS TO 'HOSPITAL'), NOT TIME. INTERMITTENTLY AGITATED IN PM - SEROQUEL 25 BID + PRN. NO RESTRAINTS TODAY. PUPILS 3MM BRISK.\n" +
    "RESP: TRACH 7 PORTEX, DOWNSIZED YESTERDAY. ON 35% TRACH MASK ALL DAY, SATS 96-98%. PMV TRIAL W/ SPEECH X 15 MIN, SPOKE SOFTLY, 'WATER'. SX Q4H SM WHITE.\n" +
    "CV: SR 80S-90S, BP 120S/70S. LOVENOX 40 BID (IVC FILTER PLACED HD 3).\n" +
    "GI: PEG, TF NUTREN 1.5 CYCLED 1800-0600 TO ENCOURAGE PO. S+S: PUREE + NECTAR THICK, ATE SMALL AMTS W/ ASSIST. BM X1.\n" +
    "GU: VOIDING VIA CONDOM CATH, PVR 80.\n" +
    "ORTHO: L THIGH AND R LEG INCISIONS HEALING, STAPLES INTACT, NO DRAINAGE. R LEG IN CAM BOOT. TTWB BILAT LE PER ORTHO. OOB TO CHAIR W/ MECHANICAL LIFT X 2 HRS, TOL WELL.\n" +
    "SKIN: SACRAL STAGE II 2X1.5CM, HEALING, CLEANSED W/ NS, MEPILEX BORDER CHANGED. TRACH STOMA CLEAN, SPLIT GAUZE. PEG SITE SM ERYTHEMA, NO DRAINAGE.\n" +
    "SOCIAL: FIANCEE AND FATHER VISITING DAILY. PT HAS NO HCP, COURT APPOINTED GUARDIANSHIP IN PROCESS W/ SW. CM: BRAIN INJURY REHAB SCREENING DONE, ACCEPTED PENDING INSURANCE SCREENING/AUTH; LTAC AS BACKUP.\n" +
    "PLAN: TRANSFER TO STEPDOWN WHEN BED OPENS, CONT PMV TRIALS, PT/OT, BEHAVIORAL PLAN.",
];

/** Decision 243's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision243Corpus(): Corpus {
  return { notes: [], clean: DECISION_243_LONG_CLEAN };
}
