// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008, here the coronary
// care unit and the cardiac surgery recovery unit: about half typed all in capitals and the rest in
// mixed case, heavy on hemodynamics (Swan numbers, CI and SVR, balloon pump timing, pacer settings,
// chest tube outputs), drips by brand name, cardiac eponyms and device names, post-op day counts,
// abbreviations, typos, slashed and dotted numbers, clock times and family updates given by role.
// They are by "an eighty-third writer who had not read the guard's rules". Every note should pass
// through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 241: thirty long clean CCU and CSRU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_241_LONG_CLEAN: string[] = [
  "CSRU NSG ADMIT NOTE 1500-1900\n" +
    "PT IS 71 YO M S/P CABG X4 (LIMA-LAD, SVG-OM1, SVG-DIAG, SVG-PDA), ON PUMP, XCLAMP 88 MIN, CPB 112 MIN. ARRIVED FROM OR @ 1520 ON NEO .5MCG/KG/MIN AND PROPOFOL 20MCG/KG/MIN. PMH: HTN, HYPERCHOL, IDDM, PVD, EF 35%.\n" +
    "NEURO: SEDATED ON ARRIVAL, PROPOFOL OFF @ 1700, PT AWAKE BY 1745, MAE, NODS APPROPRIATELY, FOLLOWS COMMANDS. PERL 3MM.\n" +
    "CV: SR 80S-90S, RARE PVC. A-LINE 100-120/50S. SWAN: PAP 38/18, CVP 10-12, PCWP 14, CO 4.1 CI 2.0, SVR 1180. SVO2 62-66%. NEO WEANED TO OFF BY 1800. K 3.6 REPLETED W/ 40 MEQ KCL IV, MG 1.7 GOT 2 GM MAG SULFATE. EPI WIRES A X2 V X2, PACER ATTACHED ON STANDBY, DDD 80 MA 20 VA 20, SENSING APPROP. PEDAL PULSES DOPPLERABLE BILAT.\n" +
    "BLEEDING: MEDIASTINAL + L PLEURAL CT'S TO -20 SXN, 180CC FIRST HR THEN 60-80CC/HR SEROSANG, NO AIR LEAK. ACT 128 POST PROTAMINE. HCT 26.8, PLT 112, INR 1.4. 1 UNIT FFP GIVEN PER TEAM, OUTPUT SLOWING TO 40CC LAST HR.\n" +
    "RESP: ARRIVED ON SIMV 700X10 PEEP 5 FIO2 1.0, WEANED TO .50. CPAP 5/PS 5 TRIAL @ 1800, ABG 7.38/41/112/24, EXTUBATED 1830 TO 4L NC + 50% FACE TENT, SATS 95-98%. STRONG COUGH, LS DIM BASES.\n" +
    "GU: FOLEY W/ GOOD UO 80-200CC/HR, HEMATURIA RESOLVING. NO LASIX YET.\n" +
    "ENDO: BS 188-214, INSULIN GTT PER CSRU PROTOCOL, NOW @ 4U/HR.\n" +
    "GI: OGT D/C'D W/ EXTUBATION. ABD SOFT. NPO EXCEPT ICE CHIPS.\n" +
    "PAIN: MSO4 2MG IV X2 FOR INCISIONAL PAIN 6/10 -> 2/10. TORADOL HELD PER TEAM D/T CR 1.6.\n" +
    "SKIN: STERNAL DSG D+I, L LEG EVH SITE W/ ACE WRAP, SM OOZE. BAIR HUGGER FOR TEMP 35.6 ON ARRIVAL, NOW 36.9, OFF.\n" +
    "SOCIAL: WIFE AND 2 SONS IN TO VISIT @ 1830, UPDATED BY SURGEON AND RN, VERY RELIEVED. WIFE WILL CALL IN AM.\n" +
    "PLAN: CONT MONITOR CT OUTPUT, WEAN O2, IS Q1H, DIURESE IN AM, D/C SWAN POD 1 IF STABLE.",
  "CCU Nursing Progress Note 7p-7a\n" +
    "58yo M adm via ED w/ ant STEMI, straight to cath lab: 100% prox LAD, BMS x1, 80% RCA not intervened. LVEDP 32. IABP placed R fem for cardiogenic shock, EF est 25% by LV gram.\n" +
    "CV: HR 100s ST w/ runs of AIVR up to 8 beats, asymptomatic. IABP 1:1, augmentation 105-118, assisted systolic 80s, unassisted 90s, BAEDP 48 vs PAEDP 58. Timing checked on art waveform q2h, inflation at dicrotic notch, deflation ok, no late deflation seen. Dopamine 5mcg/kg/min -> weaned to 3. Swan via L IJ: PAP 44/26, wedge 24 -> 18 after lasix, CO 3.6 CI 1.8, SVR 1380, SvO2 54% -> 61%. Heparin gtt 900u/hr, PTT 68. Integrilin 2mcg/kg/min, 18hr course ends 0600. ASA, Plavix 75 (loaded 600 in lab), Lipitor 80.\n" +
    "R groin: sheath + balloon sutured, dsg D+I, no hematoma, no bruit. DP/PT dopplerable R, palp L. R leg kept straight, HOB < 30.\n" +
    "Resp: 4L NC, sats 94-96%. Crackles 1/3 up bilat, improving after lasix 40 IV x2. CXR w/ pulm edema.\n" +
    "GU: Foley, uo 150-400cc/hr after lasix, neg 1.2L since admit. K 3.4 repleted 40meq.\n" +
    "Neuro: A+Ox3, anxious, ativan 0.5mg x1 w/ good effect, slept 0200-0500.\n" +
    "GI: Clears, NPO after MN for possible staged RCA. Protonix.\n" +
    "Labs: CK 3400 peak @ 0200, trending down 2980 at 0600, MB 312, trop 48.\n" +
    "Social: Wife + dtr in until 2300, updated by fellow re: balloon pump and plan. Wife asking many questions, v tearful, given CCU info sheet and parking info.\n" +
    "Plan: wean IABP to 1:2 in am if CI holds > 2.0, cont heparin, Integrilin off 0600, f/u CK, possible staged RCA PCI.\n" +
    "RN",
  "CSRU NPN 0700-1900\n" +
    "POD #1 S/P AVR (#23 TISSUE) + CABG X2 FOR AS/CAD. 76 YO F.\n" +
    "NEURO: A+OX3, SLIGHTLY FORGETFUL, REORIENTS EASILY. MAE. C/O INCISIONAL PAIN 4-6/10, PERCOCET 1-2 TABS Q4H W/ RELIEF.\n" +
    "CV: SR 70S UNTIL 1015 WHEN PT WENT INTO AFIB 130S-150S, BP DROPPED 88/50. TEAM AWARE, AMIODARONE 150MG IV OVER 10 MIN THEN GTT 1MG/MIN X6H THEN .5MG/MIN. CONVERTED TO SR 80S @ 1240. MG 1.8 -> 2GM IV, K 4.1 -> 20MEQ. LOPRESSOR 12.5 PO BID STARTED. EPI WIRES A X2 V X2 TESTED: A THRESHOLD 3MA, V THRESHOLD 1.5MA, UNDERLYING SR. PACER ATTACHED, SET DDD 60 BACKUP. SWAN D/C'D 0900, CORDIS REMAINS R IJ. LAST CI 2.3, SVR 1100 PRIOR TO D/C.\n" +
    "CT'S: MEDIASTINAL X2 + R PLEURAL, 20-30CC/HR SEROSANG, TOTAL 310CC THIS SHIFT, NO AIR LEAK. TO BE D/C'D IN AM IF <100CC/8H.\n" +
    "RESP: 4L NC -> 2L, SATS 94-97%. IS 750-1000ML. LS DIM L BASE. COUGHING WEAKLY W/ PILLOW SPLINT. CXR L BASILAR ATX.\n" +
    "GI: TOL CLEARS, ADV TO CARDIAC DIET, TOOK 50% LUNCH. +FLATUS. COLACE/SENNA.\n" +
    "GU: FOLEY UO 40-70CC/HR, LASIX 20MG IV BID, NEG 600 @ 1700. WT UP 3KG FROM PREOP.\n" +
    "ENDO: INSULIN GTT OFF @ 1400, LANTUS 10U STARTED, RISS AC/HS.\n" +
    "ACTIVITY: OOB TO CHAIR W/ ASSIST X2, TOL 1 HR EACH TIME, AMB TO DOOR W/ WALKER. PT CONSULTED.\n" +
    "SKIN: STERNAL INC D+I OPEN TO AIR. COCCYX INTACT, REPOSITIONED Q2H.\n" +
    "FAMILY: HUSBAND AT BEDSIDE MOST OF DAY, SON CALLED FROM OUT OF STATE, UPDATED. HUSBAND AWARE OF AFIB EPISODE, REASSURED.\n" +
    "PLAN: CONT AMIO, D/C CT'S + CORDIS IN AM, POSS TRANSFER TO STEP DOWN POD 2 IF REMAINS IN SR.",
  "CCU nsg note 7a-7p\n" +
    "64yo F w/ ischemic CM, EF 15-20%, ICD in place, adm w/ CHF exacerbation, wt up 6kg over baseline, + orthopnea. Now day 3 in unit.\n" +
    "CV: SR/ST 90s-100s w/ freq PVC's, couplets x2, no VT. BP 84-96/50s, MAP 62-68. Swan R IJ: PA 58/30, PCWP 28 this am -> 21 @ 1500, RA 16 -> 12, CO 3.1 CI 1.7 (Fick) -> CI 2.1 thermodilution after dobutamine. SVR 1620 -> 1240. SvO2 48% -> 59%. Dobutamine up from 2.5 to 5mcg/kg/min @ 1000. Natrecor 0.01mcg/kg/min cont w/o bolus per team d/t soft BP. Holding lisinopril + coreg today. Dig level 0.9. K 3.9, Mg 2.0.\n" +
    "Resp: 3L NC, sat 93-95%. Bibasilar crackles, less wet than yest. No JVD at 45 deg? difficult to see, + HJR.\n" +
    "GU: Foley, lasix gtt 10mg/hr, uo 100-250cc/hr, neg 2.1L for shift, total neg 5.4 since adm. Cr 1.7 -> 1.8, BUN 62, team aware, ok to continue.\n" +
    "GI: 2gm Na diet, 1.5L fluid restriction, poor appetite, eats 25%. Nauseous x1, zofran 4mg w/ relief.\n" +
    "Neuro: A+Ox3, appropriate, tired, naps between care.\n" +
    "Skin: bilat LE 2+ pitting edema, sacrum reddened but blanchable, on air mattress.\n" +
    "ID: afebrile. Swan site clean.\n" +
    "Social: husband at bedside this afternoon, updated re: dobutamine and Swan numbers, asking if she will need a transplant eval or LVAD. Explained that CHF team will discuss w/ them. Son phoned, given general update w/ pt permission.\n" +
    "Plan: Cont dobut + Natrecor + lasix gtt, aim neg 1-2L, repeat Swan numbers q4h, ?transition to PO regimen when wedge < 18, CHF team to talk w/ pt + husband re: advanced therapies.",
  "CCU NSG NOTE 2300-0700\n" +
    "74 YO M ADM W/ SYNCOPE AT HOME, FOUND IN CHB W/ VENT ESCAPE 30S. ON DIGOXIN + DILTIAZEM AT HOME, DIG LEVEL 3.1 ON ADMIT, K 5.6. TRANSVENOUS PACER PLACED R IJ IN CATH LAB @ 2100.\n" +
    "PACER: VVI RATE 70, OUTPUT 5MA, THRESHOLD 0.8MA, SENS 2MV, 100% V PACED W/ 1:1 CAPTURE. UNDERLYING CHECKED @ 0400 W/ TEAM: CHB W/ JUNCTIONAL ESCAPE 38, PT C/O DIZZINESS, PACER RESUMED. GEN SECURED TO CHEST, CONNECTIONS TIGHT, SPARE BATTERY AT BEDSIDE. ZOLL PADS ON, ISUPREL AND ATROPINE AVAILABLE, NOT NEEDED.\n" +
    "CV: BP 110-130/60S. NO CP. PULSES PALP X4. CXR CONFIRMS LEAD POSITION RV APEX, NO PTX.\n" +
    "MEDS: DIGIBIND DISCUSSED W/ CARDS FELLOW, HELD FOR NOW SINCE PACED AND STABLE. DIG + DILTIAZEM HELD. KAYEXALATE 30GM PO @ 0000, K 5.6 -> 5.0. REPEAT DIG LEVEL 0600 = 2.4.\n" +
    "RESP: RA, SATS 96-98%. LS CLEAR. DENIES SOB.\n" +
    "NEURO: A+OX3, HARD OF HEARING, HEARING AIDE L EAR IN PT BELONGINGS. SMALL LAC ON FOREHEAD FROM FALL, STERI STRIPS D+I. NEURO CHECKS Q4H INTACT.\n" +
    "GU: VOIDING IN URINAL, 450CC OVERNIGHT. CR 1.4.\n" +
    "GI: NPO AFTER MN FOR POSSIBLE PPM. +BS, NO STOOL.\n" +
    "ACTIVITY: BEDREST, R NECK LINE, TOLD NOT TO LIFT HEAD OR TURN SHARPLY, PT COOPERATIVE BUT KEEPS FORGETTING, REMINDED OFTEN.\n" +
    "SOCIAL: DTR (HCP) CALLED X2 OVERNIGHT, UPDATED. SHE REPORTS PT HAS BEEN TAKING EXTRA DIG TABS 'BECAUSE HE FELT FLUTTERY'. WIFE TO BRING MED BOTTLES IN AM.\n" +
    "PLAN: CONT TEMP WIRE, TREND DIG + K, EP TO EVAL FOR DDD PPM IF NO RECOVERY OF CONDUCTION ONCE DIG CLEARS.",
  "CSRU 3p-11p\n" +
    "POD 0 s/p MV repair (#30 ring) + TV annuloplasty + Maze. Back from OR @ 1410 on Levophed .06, Primacor .375, propofol.\n" +
    "1500-1700: CT output mediastinal + R pleural 300cc 1st hr, 260cc 2nd hr, bright red, warm. ACT 142 -> protamine 50mg extra. Coags INR 1.8, PTT 52, plt 78, fibrinogen 110. Given FFP x2, plt 1 pheresis unit, cryo x10, DDAVP 20mcg. Hct 29 -> 24.1, PRBC x2. Kept SBP < 110 w/ propofol + Tridil briefly. PEEP up to 10 per surg.\n" +
    "1700-2000: output down to 150 then 120/hr, team followed closely. Temp 35.8, Bair Hugger on, warm fluids via level 1.\n" +
    "2000-2040: CT output abruptly dropped to 20cc/hr despite milking tubes, clots noted in tubing. CVP 12 -> 19, PAD 18 -> 20, wedge 20, equalizing. CI 2.2 -> 1.6, SvO2 64 -> 49%. BP 80s/50s w/ narrowing pulse pressure, HR 110 A-paced. Levophed up to .15. Surgeon at bedside @ 2025, bedside echo by fellow: ? clot behind RA. Decision for re-exploration. Consent via phone w/ wife as pt intubated/sedated. To OR @ 2045 w/ anesthesia, transported on monitor w/ Ambu.\n" +
    "Pacer: epi wires A x2 V x2, AAI 90 for junctional rhythm, A threshold 4mA, MA set 12. V wires not tested.\n" +
    "Resp: CMV 600x12 PEEP 10 FiO2 .60, ABG 7.31/44/156/21. Not weaned d/t bleeding.\n" +
    "GU: Foley uo 30-60cc/hr, dropping to 20 at time of transfer to OR.\n" +
    "Family: Wife + son in waiting area, updated by surgeon and this RN before and after call to OR. Chaplain paged per wife's request, came to sit w/ family.\n" +
    "I/O OR to 2045: in 4.8L (incl blood products), CT out 1.4L, uo 620cc.\n" +
    "Plan: return from OR to this bed, resume full CSRU monitoring.",
  "CCU NPN 0700-1900 POST ARREST/COOLING\n" +
    "61 YO M OUT OF HOSPITAL VF ARREST, BYSTANDER CPR, SHOCKED X3 BY EMS, ROSC ~20 MIN. CATH: 95% PROX RCA, DES X1. COOLING STARTED IN ED, ARCTIC SUN PADS, GOAL TEMP 33 X24H, TARGET REACHED @ 0230. REWARM STARTS @ 0230 TOMORROW AM AT 0.25 DEG/HR.\n" +
    "NEURO: SEDATED ON PROPOFOL 40MCG/KG/MIN + FENTANYL 75MCG/HR, PARALYZED W/ NIMBEX FOR SHIVERING, TOF 1/4. PUPILS 3MM SLUGGISH BILAT. NO SEIZURE ACTIVITY SEEN, EEG LEADS ON. NEURO TO FOLLOW POST REWARM.\n" +
    "CV: SB 50S W/ COOLING, QTC 510, K 3.3 -> 40 MEQ KCL VIA CVL, MG 2.2. BP 100-120/60S, MAP 70-80, NO PRESSORS. HEPARIN GTT 1000U/HR, PTT 72. PLAVIX + ASA VIA OGT. R GROIN ANGIOSEAL, NO HEMATOMA.\n" +
    "RESP: AC 550X16 PEEP 5 FIO2 .40, ABG (TEMP CORRECTED) 7.41/38/124/23. SX SM THIN WHITE. LS COARSE R BASE.\n" +
    "GI: OGT TO LIS, NO TF UNTIL REWARMED. PROTONIX.\n" +
    "GU: FOLEY W/ TEMP PROBE, UO 80-150CC/HR (COLD DIURESIS). BLADDER TEMP 33.0-33.2 ALL SHIFT, ARCTIC SUN WATER TEMP 12-18.\n" +
    "ENDO: BS 160S-210, INSULIN GTT 2-3U/HR.\n" +
    "SKIN: CHECKED UNDER PADS Q4H, NO BURNS OR MOTTLING. HEELS FLOATED.\n" +
    "LABS: LACTATE 4.1 -> 2.0. CK 1800.\n" +
    "SOCIAL: WIFE, 2 DTRS AND BROTHER IN ALL DAY. FAMILY MTG W/ ATTENDING + SW @ 1400: EXPLAINED COOLING, PROGNOSIS UNCERTAIN UNTIL 72H AFTER REWARM. WIFE STATES PT WOULD NOT WANT TO BE KEPT ALIVE ON MACHINES LONG TERM, REMAINS FULL CODE FOR NOW.\n" +
    "PLAN: MAINTAIN 33 DEG, CONT PARALYTIC + SEDATION, LYTES Q6H, BEGIN REWARM AT 24H MARK, NEURO EXAM OFF SEDATION AFTER NORMOTHERMIC.",
  "CSRU nursing 7p-7a\n" +
    "POD 1 s/p CABG x3 + resection of LV aneurysm. h/o CRI, baseline Cr 2.2. Long pump run (178 min).\n" +
    "CV: A-paced 90 via epi wires, DDD 90, MA 15 / VA 10, sens .8/2. Underlying junctional 50s. Vasoplegic overnight: MAP 52-58 despite Levophed .2mcg/kg/min, vasopressin started 0.04u/min @ 2230 w/ MAP up to 65-70. Swan: PA 32/16, CVP 11, PCWP 14, CO 6.8 CI 3.4, SVR 580 -> 790 after vaso. SvO2 74%. Lactate 3.8 -> 2.9. Levophed weaned to .12 by 0500. Milrinone off since OR.\n" +
    "CT's: mediastinal x2 + L pleural, 30-50cc/hr serosang, 380cc total overnight. Small intermittent air leak L pleural w/ cough, surgeons aware.\n" +
    "Resp: CPAP 5/PS 10 FiO2 .40, RR 18-22, TV 450-520, ABG 7.34/40/98/21. Not extubated d/t pressors + renal plan.\n" +
    "Renal: uo 10-20cc/hr, no response to lasix 80 IV. K 5.7, Cr 3.4. Renal fellow in @ 0100, HD line placed L IJ (Quinton). CVVHDF started @ 0315, BFR 150, replacement 1L/hr, dialysate 1L/hr, removing 50cc/hr net. Citrate anticoag, ionized Ca checked q6h, 1.08, CaCl drip at 1.5gm/hr.\n" +
    "Neuro: propofol 20, rouses to voice, nods, MAE. Fentanyl 25mcg/hr.\n" +
    "Endo: insulin gtt 3-6u/hr, BS 130-170.\n" +
    "Heme: Hct 27.4, plt 96, no products given this shift.\n" +
    "ID: Tmax 37.9. Kefzol x 48h.\n" +
    "Family: wife called 2200 + 0530, updated re: need for dialysis, she was upset, asked if it is permanent. Explained renal team will talk to her at rounds. Son plans to come in afternoon.\n" +
    "Plan: wean vaso then levo, cont CVVHDF, follow lytes, extubate when off pressors.",
  "CCU NPN 1900-0700\n" +
    "56 YO M W/ UNCONTROLLED HTN (NONCOMPLIANT), CP RADIATING TO BACK, CTA: TYPE B AORTIC DISSECTION FROM L SUBCLAVIAN TO INFRARENALS, NO MALPERFUSION. MEDICAL MGMT PER VASC SURG.\n" +
    "CV: GOAL SBP 100-120, HR < 60. ESMOLOL GTT 150MCG/KG/MIN -> 200, HR 58-66. NIPRIDE 0.5-2.0MCG/KG/MIN TITRATED, SBP 108-126. R RADIAL ART LINE CORRELATES W/ L ARM CUFF WITHIN 10MMHG. NO NEW BRUITS. PULSES: RADIAL 2+ BILAT, FEM 2+ BILAT, DP/PT PALP BILAT, CHECKED Q1H, NO CHANGE. LOPRESSOR 50 PO + LISINOPRIL 20 STARTED @ 2200 TO TRANSITION OFF DRIPS. THIOCYANATE LEVEL SENT @ 0400 (NIPRIDE >24H).\n" +
    "PAIN: BACK PAIN 6/10 @ 2000 -> MSO4 4MG IV, NOW 2/10. NO ABD PAIN, NO LEG WEAKNESS OR NUMBNESS. ANY NEW PAIN = STAT PAGE TEAM PER ORDERS.\n" +
    "NEURO: A+OX3, MAE STRONG, SENSATION INTACT LE BILAT.\n" +
    "RESP: 2L NC, SATS 97%. LS CLEAR.\n" +
    "GI: ABD SOFT NT, +BS. CLEAR LIQ, TOL WELL. LACTATE 1.1.\n" +
    "GU: FOLEY, UO 60-120CC/HR. CR 1.0 STABLE.\n" +
    "PSYCH: FRUSTRATED W/ BEDREST AND 'ALL THESE WIRES', WANTS TO SMOKE. NICOTINE PATCH 21MG APPLIED. ATIVAN 1MG X1 FOR ANXIETY @ 0100 W/ GOOD EFFECT, SLEPT 4 HRS.\n" +
    "SOCIAL: GIRLFRIEND AT BEDSIDE UNTIL 2200, NOT HCP. PT STATES HIS SISTER IS HIS HCP, SISTER CALLED AND UPDATED W/ PT PERMISSION. PT STATES HE HAS NOT TAKEN BP MEDS 'FOR A COUPLE YEARS', DIET/MED TEACHING BEGUN, NEEDS REINFORCING.\n" +
    "PLAN: WEAN NIPRIDE AS PO MEDS KICK IN, KEEP ESMOLOL UNTIL HR < 60 ON PO BB, REPEAT CTA IF ANY CHANGE IN PAIN OR PULSES.",
  "CCU Nursing Note 7a-7p\n" +
    "68yo F w/ metastatic lung ca, adm w/ SOB + hypotension, TTE large circumferential pericardial effusion w/ RA/RV diastolic collapse. Pulsus paradoxus 22 on admit, + JVD, muffled heart sounds, Beck's triad basically textbook.\n" +
    "0900: to cath lab for pericardiocentesis, 850cc dark bloody fluid removed, pigtail drain left in subxiphoid. RA pressure 18 -> 6 post tap. Sent for cytology, cx, LDH/prot/gluc.\n" +
    "CV: since return HR 90s ST (was 120s), BP 118/70 (was 82/60), pulsus now 6. No further JVD. Pigtail to gravity drainage bag, flushed q6h w/ 3cc NS per protocol, output 40cc @ 1200, 25cc @ 1400, 15cc @ 1800, serosang. Drain site dsg D+I, sutured. Neo d/c'd @ 1000.\n" +
    "Resp: 2L NC, sats 94-96%, previously 100% NRB. Diminished R base (known R pleural eff). Pt states 'I can breathe for the first time in a week.'\n" +
    "Neuro: A+Ox3, pleasant.\n" +
    "GI: regular diet, eating small amts, lactulose? no, just colace. Has not moved bowels in 3 days, senna added.\n" +
    "GU: voids, 800cc this shift.\n" +
    "Pain: mild discomfort at drain site 3/10, tylenol 650 x1.\n" +
    "Skin: intact, thin, bruises on arms from prior chemo labs.\n" +
    "Social: Pt lives w/ partner, who was here all day and is HCP. Onc attending stopped by, discussed with both: possible pericardial window vs sclerosis, also goals of care. Pt wants to go home and be comfortable but 'not yet hospice'. Partner tearful, support given, SW consult placed.\n" +
    "Plan: Echo in am, if drain < 50cc/24h pull drain; CT surg consult for window; goals of care mtg w/ palliative care.",
  "CSRU NPN 2300-0700\n" +
    "POD #2 S/P CABG X3 (LIMA-LAD, SVG-OM, SVG-RCA). 81 YO M, H/O ETOH (2-3 BEERS/DAY PER WIFE), MILD DEMENTIA?\n" +
    "NEURO: PT INCREASINGLY CONFUSED SINCE 2300, PULLING AT O2 AND TELE LEADS, TRYING TO CLIMB OOB, STATES HE HAS 'TO GET TO WORK'. ORIENTED TO SELF ONLY. CAM-ICU POSITIVE. HALDOL 2MG IV @ 2345, 2MG @ 0130 W/ PARTIAL EFFECT. ATIVAN AVOIDED PER TEAM, CIWA SCORE 6-8, NO TREMOR, NO DIAPHORESIS. SITTER ORDERED, ARRIVED 0200. SOFT WRIST RESTRAINTS NOT NEEDED ONCE SITTER HERE. QTC 448 AFTER HALDOL.\n" +
    "CV: SR 70S-80S, OCC PAC. BP 130-150/70S. EPI WIRES A X2 V X2 CAPPED, PACER AT BEDSIDE, NOT ATTACHED. LOPRESSOR 25 PO BID, ASA, LIPITOR. PULSES PALP.\n" +
    "CT'S: PULLED YEST AFTERNOON, DSG OVER SITES D+I. CXR NO PTX.\n" +
    "RESP: 3L NC SATS 92-95%. REFUSING IS, COUGHS ON COMMAND ONLY W/ COACHING. LS DIM BASES.\n" +
    "GI: TOLERATING CARDIAC DIET SMALL AMTS, NO BM SINCE SURGERY, DULCOLAX SUPP GIVEN 0600.\n" +
    "GU: FOLEY D/C'D YEST @ 1600, VOIDED 200CC @ 2200, THEN NONE, BLADDER SCAN 620CC @ 0300 -> STRAIGHT CATH FOR 650CC. FLOMAX STARTED.\n" +
    "SKIN: STERNAL INC D+I W/ STERI STRIPS. R LEG SVG INCISION W/ SM SEROUS DRAINAGE, DRY DSG.\n" +
    "LABS: NA 131, K 4.2, MG 1.9, GLUC 142, HCT 29.\n" +
    "SLEEP: SLEPT 0300-0530 AFTER 2ND HALDOL + LIGHTS DOWN, TV OFF.\n" +
    "FAMILY: WIFE CALLED @ 0630, INFORMED OF CONFUSION. SHE SAYS HE 'GETS MIXED UP AT NIGHT AT HOME TOO'. SHE WILL BRING GLASSES + HEARING AIDES AND COME EARLY TO HELP REORIENT.\n" +
    "PLAN: CONT SITTER, DELIRIUM PRECAUTIONS, MINIMIZE NIGHT INTERRUPTIONS, ?THIAMINE/FOLATE ADDED, GERI CONSULT PER TEAM. TRANSFER TO FLOOR ON HOLD.",
  "CCU npn 7p-7a\n" +
    "52yo M w/ NICM (EF 20%), dual chamber ICD, adm after receiving 6 shocks at home. Here VT storm: recurrent monomorphic VT 170-190, multiple ICD shocks (4 more in ED). Intubated in ED for sedation/airway.\n" +
    "EP: ICD interrogated @ 1930 by EP fellow, ATP reprogrammed, VT zone 150, VF zone 200. 3 episodes VT overnight (2040, 2310, 0345), all terminated by ATP, no shocks. Lidocaine gtt 2mg/min started 2030, amiodarone gtt 1mg/min (bolus 150 x2 in ED). Lido level sent 0600. Plan VT ablation possibly later this week.\n" +
    "CV: Between VT, paced DDD 70 with underlying SR 70s-80s w/ PVC's, bigeminy at times. BP 90-110/50s, MAP 65-75. No pressors. K kept > 4.5 (4.1 -> 40meq KCl, now 4.7), Mg > 2.5 (2.1 -> 4gm Mg sulfate, now 2.6). Zoll pads on as backup.\n" +
    "Resp: AC 500x14 PEEP 5 FiO2 .40 -> .35. ABG 7.42/37/118/24. LS clear, sx scant white.\n" +
    "Neuro: Propofol 30mcg/kg/min + fentanyl 50mcg/hr, RASS -3. Sedation kept deep per EP d/t sympathetic surge triggering VT. Pupils 3mm brisk.\n" +
    "GI: OGT, TF Impact started 10cc/hr, residual < 30. No stool.\n" +
    "GU: Foley, uo 50-100cc/hr, Cr 1.2.\n" +
    "ID: Tmax 37.6, WBC 11.\n" +
    "Lines: R IJ TLC, L radial A-line, both placed in ED, sites clean.\n" +
    "Social: Wife at bedside until 0100, very shaken, pt shocked in front of her at dinner. Updated by EP fellow + RN. She asked about the 'vest' and whether he can drive again, told team will address. Teenage son at home, wife calling him through the night. SW referral.\n" +
    "Plan: cont lido + amio, keep sedated, lytes q6h, EP ablation discussion tomorrow, cardiac MR not possible w/ ICD.",
  "CSRU ADMIT/PROGRESS 1200-1900\n" +
    "POD 0 S/P OPCAB X2 (LIMA-LAD, SVG-OM), NO PUMP. 66 YO F W/ COPD, FEV1 1.1, CHOSEN OFF PUMP D/T LUNGS. ARRIVED 1225 ON NTG 0.5MCG/KG/MIN + PROPOFOL 25.\n" +
    "RESP: FAST TRACK: CPAP 5/PS 5 @ 1320, ABG 7.36/46/102/25 (BASELINE PCO2 HIGH 40S PER ANESTHESIA), EXTUBATED 1345 TO 40% FT + 2L NC. ALBUTEROL/ATROVENT NEB Q4H. SATS 92-94%, GOAL 90-94. STRONG PRODUCTIVE COUGH, LG THICK WHITE SPUTUM. IS 500.\n" +
    "CV: SR 80S-90S. BP 140-160/70S -> NTG UP TO 1.5MCG/KG/MIN, THEN NIPRIDE 0.3 ADDED @ 1500 FOR SBP > 140 PER SURG GOAL < 130 TO PROTECT GRAFTS. SBP NOW 118-128. SWAN: PAP 34/16, CVP 8, CO 4.9 CI 2.7, SVR 1320. EPI WIRES V X2 ONLY (NO A WIRES), VVI 50 BACKUP, NOT CAPTURING, THRESHOLD NOT TESTED.\n" +
    "CT'S: MEDIASTINAL X1, 40-80CC/HR, TOTAL 290. NO LEAK. HCT 31.\n" +
    "NEURO: AWAKE, A+OX3, MAE, APPROPRIATE. PAIN 5/10 -> DILAUDID 0.5MG IV X2 W/ RELIEF, TRYING TO LIMIT OPIATES D/T CO2 RETENTION.\n" +
    "GU: FOLEY UO 60-150CC/HR. LASIX 20 IV @ 1600.\n" +
    "GI: SIPS OF WATER + ICE CHIPS, TOL. ZANTAC.\n" +
    "ENDO: NON DIABETIC, BS 140S ON INSULIN GTT 1U/HR, PER PROTOCOL.\n" +
    "SKIN: STERNAL DSG D+I. L LEG EVH SITE ACE WRAP.\n" +
    "FAMILY: HUSBAND + DTR IN @ 1700, PLEASED PT EXTUBATED SO SOON. DTR WORKS AS A NURSE, ASKED MANY DETAILED QUESTIONS RE: OFF PUMP VS ON PUMP, ANSWERED.\n" +
    "PLAN: WEAN NIPRIDE/NTG TO PO LOPRESSOR + CAPTOPRIL, AGGRESSIVE PULM TOILET, D/C SWAN IN AM, OOB TO CHAIR POD 1.",
  "CCU nursing progress note 0700-1900\n" +
    "45yo F w/ idiopathic PAH on home Flolan (via Hickman L chest, 32ng/kg/min), adm w/ syncope + RV failure. Flolan pump changed to hospital pump on admit, never interrupted. DO NOT FLUSH HICKMAN LUMEN or draw blood from it, labelled.\n" +
    "CV: ST 110-120. BP 88-96/50s, MAP 62-66. Swan (L IJ): PA 82/38, mean 54, RA 19, PCWP 10, CO 2.9 CI 1.6, PVR 15 WU, SvO2 46%. Milrinone 0.25mcg/kg/min started 0930 -> CI 2.0, SvO2 55%. Levophed 0.04 added @ 1200 to support SVR after milrinone dropped MAP to 58. Flolan titrated up by 2ng/kg/min @ 1400 per PH team, now 34. Pt w/ jaw pain + flushing after increase (expected side effect).\n" +
    "Resp: 4L NC -> 6L, sats 90-92% (goal > 90). iNO 20ppm trial via NC at 1500 per PH team: PA mean 54 -> 47, CI 2.2. Continued at 20ppm. Methemoglobin level q12h. Pt states less SOB.\n" +
    "GU: Foley, uo poor 15-25cc/hr, lasix gtt 5mg/hr after 80 IV bolus, now 60cc/hr. Cr 1.5 up from 1.1.\n" +
    "GI: nauseated, anorexic, hepatic congestion likely (LFTs up). Zofran prn.\n" +
    "Neuro: A+Ox3, very knowledgeable about her disease, anxious. Xanax 0.25mg x1.\n" +
    "Skin: bilat LE 3+ edema. Hickman site c/d/i, dsg changed, Biopatch.\n" +
    "Social: Husband at bedside, 2 young children at home w/ grandmother. PH nurse coordinator visited, reviewed transplant listing status w/ pt + husband. Pt is full code, very clear she wants everything done.\n" +
    "Plan: cont milrinone/levo/iNO, uptitrate Flolan slowly per PH team, diurese gently, watch for worsening RV fxn, MAP goal > 60.",
  "CSRU NURSING NOTE 7A-7P\n" +
    "POD #6 S/P AVR/MVR (MECHANICAL) + CABG X1. 69 YO M, COMPLICATED COURSE: PROLONGED VENT (FAILED EXTUBATION POD 3 FOR HYPERCARBIA), VAP W/ PSEUDOMONAS.\n" +
    "RESP: PSV 12/PEEP 8, FIO2 .50, RR 24-30, VT 380-420. RSBI 96 THIS AM, SBT X 30 MIN FAILED (RR 38, SAT 87%). SX Q2H THICK YELLOW/TAN. ABG 7.36/52/78/29. BRONCH BY PULM @ 1100, BAL SENT. TRACH/PEG DISCUSSED, SEE BELOW.\n" +
    "CV: AFIB 90S-100S RATE CONTROLLED W/ AMIODARONE 400 BID VIA NGT + LOPRESSOR 25 TID. BP 110-130/60S. NO PRESSORS. HEPARIN GTT 1100U/HR FOR MECH VALVES, PTT 64 (GOAL 60-80). COUMADIN 5MG, INR 1.6. EPI WIRES STILL IN, NOT CAPTURING, NOT USED. CRISP VALVE CLICKS.\n" +
    "NEURO: FENTANYL 50MCG/HR ONLY, PROPOFOL OFF SINCE POD 4. OPENS EYES, TRACKS, FOLLOWS SIMPLE COMMANDS, MOUTHS WORDS. APPEARS FRUSTRATED.\n" +
    "ID: TMAX 38.4, WBC 14.6. ZOSYN + TOBRA (LEVELS OK). STERNUM D+I, NO CLICK, NO DRAINAGE.\n" +
    "GI: TF NEPRO @ 45CC/HR GOAL 55, RESIDUALS 30-60. SOFT BROWN STOOL X2, C DIFF SENT.\n" +
    "GU: FOLEY UO 40-90CC/HR, CR 1.3, LASIX 40 IV BID, I/O NEG 800 YEST.\n" +
    "SKIN: COCCYX STAGE I, DUODERM APPLIED, ON KINAIR BED. BILAT HEELS BOGGY, PREVALON BOOTS.\n" +
    "FAMILY MTG 1500: WIFE (HCP), 2 SONS, DTR, ATTENDING SURGEON, PULM FELLOW, SW, THIS RN. DISCUSSED TRACH + PEG, EXPECTED COURSE, LIKELY REHAB AFTER. WIFE HESITANT AT FIRST ('HE WOULD HATE A TUBE IN HIS NECK'), SONS SUPPORTIVE. FAMILY AGREED TO TRACH/PEG, CONSENT SIGNED BY WIFE. REMAINS FULL CODE.\n" +
    "PLAN: OR FOR TRACH/PEG WHEN INR < 1.5, HOLD COUMADIN TONIGHT, HEPARIN OFF 6H PRIOR. CONT ABX, FOLLOW BAL.",
  "CCU Nursing Note 3p-11p\n" +
    "71yo F POD 0 from cath lab (not surgical): NSTEMI, DES x2 to LCx via R fem, 6Fr sheath pulled @ 1430 by cath fellow, manual pressure 20 min, hemostasis. Integrilin running 2mcg/kg/min, heparin off.\n" +
    "1630: pt c/o new R flank/back pain 7/10, diaphoretic, HR 70s -> 105, BP 132/70 -> 92/54. R groin soft, no visible hematoma, small ooze. Fellow called STAT, at bedside 1640. Integrilin stopped 1642. NS 500cc bolus wide open. STAT Hct 37 (pre cath) -> 29.8. Concern for RP bleed.\n" +
    "1700: CT abd/pelvis (non contrast), RN + fellow transported on monitor. Moderate R retroperitoneal hematoma confirmed.\n" +
    "1800-2300: PRBC x2 given, Hct 29.8 -> 27.1 -> 28.5 after 2nd unit. BP up to 110-120/60s, HR 80s. FemStop applied at 40mmHg over R groin x2h per vasc surg then deflated gradually, site soft. R DP/PT dopplerable, was palpable pre cath, foot warm, cap refill < 3 sec. Serial abd girth 96cm -> 96cm. Vasc surg following, no intervention for now.\n" +
    "Meds: ASA + Plavix continued per interventional attending (new DES, risk of stent thrombosis), team discussed at length. Lipitor, Lopressor 12.5 held x1 for BP.\n" +
    "Resp: RA, sats 96%.\n" +
    "GU: Foley placed 1730, uo 40-60cc/hr, clear yellow, no hematuria.\n" +
    "Neuro: A+Ox3, anxious, pain now 3/10 after MSO4 2mg x2.\n" +
    "Labs: Hct q4h, next 0300. Type + cross 2 more units on hold.\n" +
    "Social: Son (HCP) and his wife in @ 1900, updated by fellow + RN about bleeding complication, son angry initially 'nobody told us this could happen', calmer after mtg with attending at 2030.\n" +
    "Plan: serial Hct, keep flat x6h, r leg straight, bedrest overnight, transfuse Hct < 26, no anticoag except ASA/Plavix.",
  "CSRU NPN 1900-0700\n" +
    "POD 0 S/P TAAA REPAIR (EXTENT II) W/ LEFT HEART BYPASS, REIMPLANT INTERCOSTALS + VISCERALS. 63 YO M. LUMBAR DRAIN PLACED PREOP BY ANESTHESIA, 2 ATTEMPTS, NO BLOODY TAP.\n" +
    "NEURO: LE MOTOR CHECKS Q1H PER PROTOCOL: BILAT DORSI/PLANTAR FLEX 5/5, KNEE EXT 4/5 BILAT, STABLE ALL NIGHT. SENSATION INTACT. PROPOFOL 30 -> OFF @ 0300 FOR EXAM, PT WIGGLED TOES TO COMMAND, BACK ON 10 FOR VENT SYNCHRONY.\n" +
    "LUMBAR DRAIN: TRANSDUCED, ZEROED AT LEVEL OF RA, DRAINING TO KEEP CSF PRESSURE < 10, DRAINAGE 8-15CC/HR CLEAR, MAX 20CC/HR PER ORDER. CLAMPED FOR TURNS. DSG D+I.\n" +
    "CV: SR 80S. GOAL MAP > 85 FOR SPINAL CORD PERFUSION: LEVOPHED .04-.08 TO MAINTAIN MAP 86-94. SWAN: PAP 28/14, CVP 9, CI 2.6, SVR 1540. HCT 30, GOAL > 30 SO 1 U PRBC @ 0200.\n" +
    "RESP: AC 600X12 PEEP 5 FIO2 .40, ABG 7.40/39/132/23. DOUBLE LUMEN TUBE EXCHANGED FOR SINGLE LUMEN IN OR. LS DIM L BASE, L CT TO -20 SXN, 40-60CC/HR SEROSANG, NO AIR LEAK.\n" +
    "GI/GU: ABD SOFT, NGT TO LIS BILIOUS. UO 80-200CC/HR, CR 1.1 -> 1.3. LACTATE 2.6 -> 1.8.\n" +
    "PERFUSION: FEMS + DP/PT DOPPLERABLE BILAT, FEET WARM. L GROIN CANNULATION SITE D+I.\n" +
    "ENDO: INSULIN GTT, BS 120S-150S.\n" +
    "SOCIAL: WIFE + 2 DTRS IN UNTIL 2200, ALL UPDATED BY SURGEON ABOUT THE DRAIN AND PARALYSIS RISK, WIFE ASKED US TO CALL IF ANY CHANGE AT ALL, EVEN AT NIGHT. NO CALLS NEEDED.\n" +
    "PLAN: MAP > 85, MOTOR CHECKS Q1H, LUMBAR DRAIN X72H THEN CLAMP TRIAL, EXTUBATE AM IF STABLE.",
  "CCU npn days\n" +
    "44yo M w/ IVDU (on methadone 80mg), adm w/ MSSA bacteremia, TEE: 1.6cm mobile veg on anterior MV leaflet w/ severe MR, small root abscess? Septic emboli to spleen + L kidney on CT. Awaiting MVR, CT surg following, planning OR later this week pending dental clearance + head CT/MRI.\n" +
    "CV: ST 105-115, BP 100-118/40s-50s (wide PP). Loud holosystolic murmur at apex radiating to axilla, new S3. Janeway lesions on both soles, splinter hemorrhages on fingernails noted, documented. No Osler nodes seen. ECG q AM for PR prolongation (root abscess watch): PR 180 today, unchanged. Swan not placed.\n" +
    "Resp: 3L NC sats 94%, crackles bibasilar, lasix 40 IV x1, uo responded 900cc.\n" +
    "ID: Tmax 38.8 @ 1400, blood cx 2/4 still + from yesterday. Nafcillin 2g q4h IV + gent 1mg/kg q8h (low dose synergy), gent trough 0.6. PICC on hold until cx clear; 2 PIV's (18g L AC, 20g R FA).\n" +
    "Neuro: A+Ox3. No focal deficits, neuro checks q4h given emboli risk. Requesting more pain med for back pain, methadone continued at home dose, dilaudid 1mg IV q4h prn, used x3.\n" +
    "GI: reg diet, eats 75%. LFTs ok.\n" +
    "GU: voiding, urine tea colored, UA w/ RBC's, Cr 1.4.\n" +
    "Psych/social: Pt cooperative today, asks frequently about leaving AMA 'once I feel better', explained seriousness, addiction svc following. Mother visited in afternoon, brought clothes, asked to be listed as contact, pt agreed. Girlfriend not allowed to visit per pt request.\n" +
    "Skin: track marks bilat arms, old, no abscess. Dental: multiple caries, dental to see in am.\n" +
    "Plan: abx, daily blood cx until neg, MRI head, dental clearance, MVR later this week, monitor for heart block/CHF.",
  "CCU NSG NOTE 1900-0700\n" +
    "79 YO F H/O DIASTOLIC CHF, HTN, AS (MOD), ADM VIA EMS W/ ACUTE SOB, BP 230/120 IN FIELD, FLASH PULM EDEMA. CPAP IN ED.\n" +
    "RESP: BIPAP 10/5 FIO2 .60 ON ARRIVAL 1930, RR 34, USING ACCESSORY MUSCLES, FROTHY PINK SPUTUM. ABG 7.24/52/68/22. BY 2200: RR 22, FIO2 .40, ABG 7.35/44/92/24. WEANED OFF BIPAP TO 50% FT @ 0200, THEN 4L NC @ 0500, SATS 93-95%. CRACKLES NOW ONLY BASES.\n" +
    "CV: SR 90S W/ LBBB (OLD). NTG GTT STARTED 50MCG/MIN -> 200MCG/MIN QUICKLY, SBP 230 -> 150 OVER 1ST HR (GOAL NOT < 140 D/T AS PER CARDS). NOW NTG 60MCG/MIN, SBP 140-155. CAPTOPRIL 12.5 PO @ 0400. TROP 0.12 -> 0.18, CK FLAT, THOUGHT DEMAND. NO CP.\n" +
    "GU: FOLEY, LASIX 80 IV @ 1930 + 80 IV @ 2300, UO 1.8L FIRST 4 HRS, THEN 50-100CC/HR. NET NEG 2.6L. K 3.5 -> 40 MEQ PO. CR 1.3.\n" +
    "NEURO: ON ARRIVAL VERY ANXIOUS, AGITATED UNDER BIPAP MASK, MSO4 2MG X1 W/ GOOD EFFECT. NOW A+OX3, CALM, APOLOGIZING FOR 'PULLING AT THE MASK'.\n" +
    "GI: NPO ON BIPAP, NOW SIPS. PEPCID.\n" +
    "SKIN: BRIDGE OF NOSE REDDENED FROM MASK, DUODERM THIN APPLIED.\n" +
    "HOME MEDS: PT ADMITS RAN OUT OF HCTZ + NORVASC 'A WHILE AGO', ALSO ATE A LOT OF SALTY SOUP OVER THE PAST FEW DAYS.\n" +
    "SOCIAL: LIVES ALONE, INDEPENDENT. NIECE IS CLOSEST FAMILY + HCP, CALLED @ 2100 AND 0630, UPDATED. NIECE PLANS TO VISIT AFTER WORK. PT FULL CODE BUT STATES SHE WOULD NOT WANT 'A LONG TIME ON A BREATHING MACHINE', TO DISCUSS FURTHER W/ TEAM + NIECE.\n" +
    "PLAN: WEAN NTG TO PO NITRATE/ACEI, CONT DIURESIS, TTE TODAY TO RECHECK AS, LOW NA DIET TEACHING, CM FOR HOME SERVICES.",
  "CSRU Progress Note 7a-7p\n" +
    "POD 2 s/p CABG x4, low output post-op, IABP placed in OR (L fem) for difficult separation from bypass. 67yo M, EF 25% preop.\n" +
    "IABP: 1:1 @ 0700, augmentation 98-110, timing adjusted x1 at 0800 (inflation slightly early, fixed, confirmed on art trace). Weaned 1:2 @ 0900 x4h: CI 2.4 -> 2.2, SvO2 63 -> 60%, no ectopy, MAP stable 70s. 1:3 @ 1300 x2h: CI 2.1, SvO2 60%. Team ok'd removal. Heparin not running (bleeding concerns POD 0), pump on standby for 15 min then removed @ 1530 by surgical fellow, manual pressure 30 min, then sandbag x 2h. Site soft, no hematoma, small dsg. L DP/PT dopplerable pre + post, foot warm, sensation + movement intact. Checks q15m x4, q30m x2, then q1h.\n" +
    "CV: SR 90s, rare PVC. Milrinone 0.375 -> 0.25mcg/kg/min @ 1600. Dopamine off @ 1100. Swan: PA 36/20, CVP 12, PCWP 16, CO 4.6 CI 2.2, SVR 1160. BP 98-110/60s.\n" +
    "Pacer: epi wires A x2 V x2, AAI 90 off at 1000 -> underlying SR 88, pacer left attached on DDD 60 backup.\n" +
    "CT's: 2 mediastinal, 1 L pleural, total 210cc this shift, serosang. Plan to pull when off milrinone.\n" +
    "Resp: extubated POD 1, 4L NC sats 95%, IS 1000, cough fair, splinting.\n" +
    "GU: Foley uo 50-120cc/hr, lasix 40 IV bid, neg 900. K 4.3, Mg 2.1.\n" +
    "Neuro: A+Ox3, pain 3/10 on percocet.\n" +
    "Family: Wife + son at bedside all afternoon, son wanted to watch the balloon removal, asked to wait outside per policy. Updated after; wife relieved the 'pump' is out, understands milrinone still needed for a while.\n" +
    "Plan: wean milrinone, keep flat 6h after IABP removal, then OOB, pull Swan when milrinone off.",
  "CSRU NPN 0700-1900\n" +
    "POD #3 S/P LVAD (HEARTMATE II) AS DESTINATION THERAPY. 62 YO M, ISCHEMIC CM, EF 10%, NOT TRANSPLANT CANDIDATE.\n" +
    "LVAD: SPEED 9200 RPM (UNCHANGED), FLOW 4.6-5.1 L/MIN, PI 4.8-5.6, POWER 6.1-6.4 W. NO ALARMS. CONTROLLER + BATTERIES CHECKED, ON POWER BASE UNIT. DRIVELINE SITE DSG CHANGED STERILE, SM SEROSANG, NO ERYTHEMA, DRIVELINE ANCHORED TO ABD W/ BINDER. BACKUP CONTROLLER AT BEDSIDE.\n" +
    "CV: NONPULSATILE, NO PALPABLE PULSES, DOPPLER MAP 72-80 (GOAL 70-90). A-LINE WAVEFORM DAMPED, CORRELATES W/ DOPPLER. SR 90S W/ FREQ PVC'S. RV SUPPORT: MILRINONE 0.25MCG/KG/MIN, INO 10PPM -> WEANED TO 5PPM @ 1000, CVP 10-13 TOLERATED. SWAN: PA 36/18, CVP 12, CI 2.5 (THERMODILUTION), SVR 980. LEVOPHED 0.02 FOR VASOPLEGIA, OFF @ 1400.\n" +
    "ANTICOAG: HEPARIN GTT 600U/HR, PTT 48 (GOAL 45-60), COUMADIN 2.5MG STARTED TONIGHT, ASA 81. LDH 410, PLASMA FREE HGB PENDING, NO HEMOLYSIS SIGNS SO FAR.\n" +
    "CT'S: MEDIASTINAL X2 + L PLEURAL, 20-40CC/HR, TOTAL 330.\n" +
    "RESP: EXTUBATED POD 2, 3L NC, SATS 96%. IS 750.\n" +
    "NEURO: A+OX3, MAE. PAIN 4/10 ON DILAUDID PCA 0.2MG/8MIN LOCKOUT.\n" +
    "GU: FOLEY UO 60-110CC/HR, LASIX GTT 5MG/HR. CR 1.5 STABLE.\n" +
    "ACTIVITY: DANGLED X2, STOOD AT BEDSIDE W/ PT + 2 ASSIST, SWITCHED TO BATTERIES FOR TRANSFER, TOL WELL.\n" +
    "TEACHING: VAD COORDINATOR IN W/ PT + WIFE: CONTROLLER ALARMS, BATTERY CHANGE. WIFE DID A BATTERY SWAP W/ SUPERVISION, DID WELL, WILL PRACTICE DAILY.\n" +
    "FAMILY: WIFE IS PRIMARY CAREGIVER, HERE ALL DAY. SON CALLED, UPDATED BY WIFE.\n" +
    "PLAN: WEAN INO OFF, WEAN MILRINONE, PULL CT'S WHEN < 100/8H, DAILY LDH, INR GOAL 2-2.5.",
  "CCU npn 7p-7a\n" +
    "77yo F adm w/ NSTEMI, cath today: 3VD, CT surg consulted for CABG, on heparin gtt. Overnight new onset AF w/ RVR.\n" +
    "2130: HR 150s-160s irregular, BP 102/60, pt c/o palpitations + SOB, no CP. 12 lead: AF RVR, ST depressions lateral (unchanged from admit). Team notified. Lopressor 5mg IV x2 -> HR 130s. Cardizem 15mg IV bolus @ 2200 -> HR 110s, then gtt 10mg/hr, titrated to 15mg/hr @ 2330, HR 85-100. BP stayed 95-110/55-60. No further bolus. Mg 1.8 -> 2gm, K 3.7 -> 40meq.\n" +
    "0300: spontaneously converted to SR 70s w/ 1st degree AVB, PR 0.24. Cardizem decreased to 5mg/hr per team, then off @ 0500, HR 68-74 SR. Plavix held pending possible CABG.\n" +
    "CV: heparin gtt 850u/hr, PTT 74. Trop 2.1 -> 2.6. Echo ordered. CHADS discussed by team.\n" +
    "Resp: 2L NC, sats 95-97%, LS crackles R base, lasix 20 IV x1.\n" +
    "Neuro: A+Ox3, frightened during RVR, much calmer now.\n" +
    "R groin: 6Fr sheath pulled at 1830 by fellow (before I came on), site soft, no hematoma, DP palp.\n" +
    "GU: voids in commode, 650cc overnight.\n" +
    "GI: cardiac diet, NPO after MN for possible CT surg w/u (carotid u/s, PFT's).\n" +
    "Labs: TSH sent. Hct 34.\n" +
    "Family: Dtr + son-in-law called 2200, updated re: rhythm and possible surgery. Dtr will come at 0900 to meet CT surgeon. Husband in nursing home w/ dementia, pt worried about who will visit him, dtr reassured her.\n" +
    "Plan: cont heparin, tele, restart BB PO when hemodynamically ok, CT surg eval in am, if AF recurs consider amio.",
  "CSRU NSG NOTE 2300-0700\n" +
    "POD #1 S/P AVR (#21 MECHANICAL) + ROOT ENLARGEMENT. 57 YO M, BICUSPID AV, SEVERE AS.\n" +
    "CV: PT PACER DEPENDENT SINCE OR: CHB, NO UNDERLYING ESCAPE > 30. PACED DDD 80 VIA EPI WIRES, ATRIAL MA 10, VENT MA 10, A SENS 0.5, V SENS 2.0, AV DELAY 170. THRESHOLDS @ 0200 W/ FELLOW: A 2.5MA, V 3MA (UP FROM 1.5 IN OR). OUTPUTS INCREASED TO A 15 / V 15. 100% AV PACED, CAPTURE CONFIRMED ON MONITOR + ART LINE. SPARE PACER BOX + BATTERY AT BEDSIDE. EXTERNAL PADS PLACED AS BACKUP. EP TO SEE IN AM FOR PPM IF NO RECOVERY BY POD 5.\n" +
    "HEMODYNAMICS: BP 110-124/60S, CVP 9-11, SWAN PAP 30/14, CI 2.6, SVR 1210, SVO2 68%. NO PRESSORS, NTG OFF @ 0000.\n" +
    "CT'S: MEDIASTINAL X2, 30-50CC/HR SEROSANG, 240CC TOTAL. NO LEAK.\n" +
    "ANTICOAG: HEPARIN TO START AT 0600 NO BOLUS 500U/HR PER SURG, COUMADIN TONIGHT. CRISP MECH VALVE CLICK.\n" +
    "RESP: EXTUBATED @ 2200 YEST EVENING, 4L NC, SATS 95-97%. IS 1250. LS CLEAR, DIM L BASE.\n" +
    "NEURO: A+OX3, MAE. PAIN 5/10 -> MSO4 2MG X2, THEN PERCOCET 1 TAB W/ RELIEF.\n" +
    "GU: FOLEY UO 40-80CC/HR. LASIX 20 IV @ 0400.\n" +
    "GI: SIPS + ICE CHIPS, NAUSEA X1 @ 0100, ZOFRAN 4MG W/ EFFECT.\n" +
    "ENDO: INSULIN GTT 1-2U/HR, BS 110S-130S.\n" +
    "SKIN: STERNAL DSG D+I.\n" +
    "FAMILY: PARTNER CALLED 2330 + 0600, UPDATED RE: PACEMAKER DEPENDENCE, PARTNER ASKED IF HE WILL NEED A 'PERMANENT ONE', EXPLAINED WE WAIT A FEW DAYS TO SEE IF RHYTHM COMES BACK.\n" +
    "PLAN: DAILY THRESHOLDS, KEEP ELECTRODES/BATTERY CHECKED, HEP/COUMADIN, D/C SWAN IN AM, EP CONSULT.",
  "CCU Nursing Progress Note 7a-7p\n" +
    "70yo F, found down after learning of a family death, chest pain + ST elevation V2-V5 in ED, cath: clean coronaries, LV gram apical ballooning w/ hyperdynamic base = takotsubo / stress CM. EF 30%. LVOT gradient 60mmHg by echo w/ SAM.\n" +
    "CV: ST 100-110. BP soft 80-90/50s, MAP 58-64. *NO inotropes (dobutamine/milrinone) per attending d/t LVOT obstruction*. Given 1L NS in boluses (250cc x4) w/ MAP up to 66-70. Neo-Synephrine 0.5mcg/kg/min started 1100 for MAP < 60, titrated 0.5-1.2, now 0.8. Lopressor 5mg IV x1 @ 1300 to slow HR and improve filling, HR 110 -> 92, tol well, MAP 68. No Swan. Repeat bedside echo 1600: gradient 35mmHg.\n" +
    "Resp: 2L NC, sats 97%. Lungs clear. Gentle w/ fluids, monitoring for pulm edema.\n" +
    "Neuro: A+Ox3, grieving, tearful much of day, appropriate.\n" +
    "GI: reg diet, ate little. Nausea, zofran x1.\n" +
    "GU: Foley, uo 30-60cc/hr, picked up after fluids.\n" +
    "Meds: ASA, heparin SQ, Lopressor PO 12.5 bid started 1800. ACEi held until off neo.\n" +
    "Labs: trop 1.8 peak, BNP 960. K 4.0, Mg 2.0.\n" +
    "Psychosocial: Pt's sister died suddenly yesterday; pt was the one who found her. Brother + niece at bedside, very supportive. Chaplain visited x2. Pt wants to attend the funeral, team explained may be difficult, will reassess daily. SW aware.\n" +
    "Plan: maintain MAP > 60 w/ neo + volume, NO inotropes, cont BB, repeat echo 48h, expect LV recovery in weeks.",
  "CSRU NPN 1900-2300 (ADMIT)\n" +
    "POD 0 S/P CABG X3 + MV REPAIR. 73 YO M. ARRIVED 1915 ON PROPOFOL 20, NEO 0.4, INSULIN GTT. TEMP 34.9 ON ARRIVAL.\n" +
    "REWARMING: BAIR HUGGER @ 43, WARM BLANKETS, FLUID WARMER. TEMP 34.9 -> 35.6 @ 2000 -> 36.4 @ 2100 -> 37.1 @ 2200. SHIVERING @ 2030 W/ SVO2 DROP 68 -> 55%, DEMEROL 25MG IV X1, SHIVERING STOPPED, SVO2 BACK TO 66%. VASODILATED AS REWARMED: BP 90S/50S, CVP 6, NS 500 X2 + 5% ALBUMIN 250 X2, NEO UP TO 0.8 BRIEFLY THEN BACK TO 0.4.\n" +
    "CV: A-PACED 88, AAI, MA 10, UNDERLYING SB 50S W/ 1ST DEGREE AVB. SWAN: PA 28/12, CVP 6 -> 10, PCWP 11, CO 4.4 -> 5.2, CI 2.3 -> 2.7, SVR 920. K REPLACEMENT PER PROTOCOL: 3.4 -> 20MEQ, 3.8 -> 20MEQ, NOW 4.2. MG 2.4, ICAL 1.08 -> 1GM CACL.\n" +
    "CT'S: MEDIASTINAL X2 + R PLEURAL, 140 -> 90 -> 60 -> 45CC/HR, SEROSANG, NO CLOTS, NO AIR LEAK. ACT 122. HCT 27 -> 26.4, NOT TRANSFUSED.\n" +
    "RESP: SIMV 600X12 PEEP 5, FIO2 1.0 -> .50 -> .40. ABG @ 2200 7.35/42/138/23. PROPOFOL OFF @ 2200, WAKING UP, WEAN TO CPAP NEXT SHIFT.\n" +
    "NEURO: PUPILS 3MM =, MAE TO PAIN THEN TO COMMAND @ 2230.\n" +
    "GU: FOLEY UO 100-200CC/HR (HIGH AFTER PUMP).\n" +
    "ENDO: BS 170-190, INSULIN GTT 4-6U/HR PER PROTOCOL.\n" +
    "FAMILY: WIFE + SON + DTR-IN-LAW VISITED 2130 FOR 10 MIN, UPDATED BY RN, SURGEON SPOKE TO THEM EARLIER IN WAITING RM. WIFE WILL CALL AT 0600.\n" +
    "PLAN: CONT WARMING UNTIL > 36.5 THEN OFF, WAKE + WEAN TO EXTUBATE, FOLLOW CT OUTPUT + HCT, K/MG PER PROTOCOL.",
  "CCU nsg note 7p-7a\n" +
    "60yo M adm w/ inferior STEMI + RV infarct (ST elev V4R), cath: 100% prox RCA, DES x1, still hypotensive post cath.\n" +
    "CV: Hypotensive on arrival 78/50 w/ clear lungs + JVD, classic RV MI, Kussmaul's sign present. NTG + morphine avoided per team. Volume: NS 500cc x4 over 3 hrs, CVP 12 -> 18, BP up to 95-105/60s. Dopamine 5mcg/kg/min started 2100 for MAP < 60, now 7.5. Swan placed by fellow @ 2200 (L SC): RA 18, PA 28/14, PCWP 12 (RA > PCWP), CO 3.4 CI 1.7, SVR 1420. After dobutamine 2.5 added @ 0100: CI 2.1.\n" +
    "Rhythm: SB 40s -> 2nd deg Mobitz I (Wenckebach), then CHB @ 2330 w/ junctional escape 38, BP 70s. Atropine 0.5mg x1 no effect. Temp transvenous pacer placed via R IJ @ 2350, VVI 80 initially then changed to DDD after A lead added (AV sync needed for RV filling), A 80 MA 10, V MA 5, AV delay 150. BP improved to 108/62 w/ AV sequential pacing. Underlying checked @ 0500: Wenckebach 2:1, 50s.\n" +
    "Meds: heparin gtt 800u/hr, Integrilin 2mcg/kg/min, ASA, Plavix 75. BB + ACEi held.\n" +
    "Resp: 2L NC sats 96%, LS clear, no crackles (careful w/ fluids, monitoring).\n" +
    "R groin: sheath out 2230 (manual pressure), site soft. DP/PT palp.\n" +
    "GU: Foley uo 25-40cc/hr -> 60-80 after pacing. Cr 1.3.\n" +
    "Neuro: A+Ox3, uncomfortable lying flat, reassured.\n" +
    "Family: Wife + adult son at bedside until midnight, updated by fellow + RN re: pacer and RV, wife stayed in family room overnight, updated at 0400 when she asked.\n" +
    "Plan: keep preload up, wean dopamine/dobut as CI allows, continue temp pacer, expect AV block to resolve w/ reperfusion, echo am.",
  "CSRU NURSING 0700-1900\n" +
    "POD #5 S/P CABG X3, BMI 44, IDDM. RETURNED FROM FLOOR TO CSRU LAST NIGHT FOR FEVER 39.2, STERNAL DRAINAGE AND STERNAL CLICK.\n" +
    "INCISION: MID STERNAL INCISION W/ PURULENT DRAINAGE FROM LOWER 1/3, ERYTHEMA 4CM ON EACH SIDE, PALPABLE CLICK W/ COUGH. WOUND CX SENT. CT CHEST: FLUID COLLECTION RETROSTERNAL W/ AIR, C/W MEDIASTINITIS.\n" +
    "OR @ 1000: STERNAL DEBRIDEMENT, WASHOUT, STERNUM LEFT OPEN, WOUND VAC PLACED @ 125MMHG CONTINUOUS. RETURNED 1330 INTUBATED.\n" +
    "VAC: SEAL INTACT, NO LEAKS, OUTPUT 80CC SEROSANG SINCE 1330. CANISTER CHANGED. STERNAL PRECAUTIONS STRICT, NO ARM USE TO PUSH.\n" +
    "CV: ST 100-115, BP 100-120/50S. LEVOPHED 0.04-0.08 POST OR, MAP 65-70. SWAN: PA 30/16, CVP 11, CI 3.6, SVR 690 (SEPTIC PICTURE). LACTATE 3.0 -> 2.1.\n" +
    "RESP: AC 550X14 PEEP 8 FIO2 .50, ABG 7.33/44/88/22. NO WEAN TODAY, BACK TO OR IN 48-72H FOR VAC CHANGE/POSS PEC FLAP W/ PLASTICS.\n" +
    "ID: VANCO 1.25GM Q12H (TROUGH GOAL 15-20) + ZOSYN. TMAX 38.6. WBC 19.4. PRELIM GRAM STAIN GPC IN CLUSTERS.\n" +
    "NEURO: PROPOFOL 30 + FENTANYL 100MCG/HR, RASS -2.\n" +
    "ENDO: INSULIN GTT 6-10U/HR, BS 180-240, HARD TO CONTROL W/ INFECTION.\n" +
    "GI: NGT, TF TO START TOMORROW. PROTONIX.\n" +
    "GU: FOLEY UO 35-60CC/HR. CR 1.6.\n" +
    "FAMILY: WIFE + BROTHER MET W/ SURGEON + PLASTICS FELLOW, UPDATED ON OPEN CHEST + FLAP PLAN. WIFE VERY UPSET, QUESTIONING WHY THIS HAPPENED. PT + FAMILY RELATIONS NOT INVOLVED, SW AWARE, EMOTIONAL SUPPORT GIVEN.\n" +
    "PLAN: ABX, VAC, OR 48-72H, TIGHT BS CONTROL, NUTRITION CONSULT.",
  "CSRU nursing note 7a-7p\n" +
    "POD 1 s/p CABG x2 + AVR (tissue). 80yo F. Extubated last evening, neuro intact at that time per night RN (MAE, following commands).\n" +
    "0815: on AM assessment pt w/ new L facial droop, L arm drift, L hand grip 2/5 vs R 5/5, slurred speech, R gaze preference. Last known well 0530 (talking normally to night RN). Team paged STAT, stroke team called @ 0825. NIHSS 9 by neuro resident. STAT head CT @ 0850 (transported w/ RN on monitor, pacer box secured): no bleed. Not a tPA candidate (fresh sternotomy). CTA: R MCA M2 branch occlusion, neuro IR consulted, decided against intervention d/t small branch/timing. Echo: no LV thrombus.\n" +
    "Neuro q1h: NIHSS 9 -> 8 @ 1500. Swallow screen failed, strict NPO, meds IV or held.\n" +
    "CV: AF intermittent since 0400 (runs of 20 min) 100-120s, amio gtt 0.5mg/min. SR 70s now. BP goal SBP 140-180 per stroke team (permissive), NTG/Nipride off, SBP 150s.\n" +
    "Pacer: epi wires A x2 V x2, pacer off, attached, DDD 50 backup.\n" +
    "CT's: mediastinal x2, 20cc/hr. To pull tomorrow.\n" +
    "Resp: 4L NC, sats 96%. Weak cough, aspiration precautions, HOB 30.\n" +
    "GU: Foley, uo 40-60cc/hr.\n" +
    "Anticoag: ASA only, heparin on hold per neuro/surg.\n" +
    "Family: Son (HCP) + daughter came in @ 1000, updated by CT surgeon + neuro attending. Son states his mother was 'sharp as a tack' and very independent, asked about rehab. Daughter wanted to know if this was caused by surgery, explained known risk discussed at consent. Both at bedside all day, helpful w/ reorientation.\n" +
    "Plan: neuro checks q1h, SBP 140-180, speech + swallow eval, MRI when able, stroke team following, PT/OT.",
  "CCU NSG NOTE 0700-1900\n" +
    "33 YO F ADM W/ SYNCOPE AT WORK, FOUND TO HAVE TORSADES ON EMS STRIP, SHOCKED X1. QTC 620 ON ADMIT. ON METHADONE + ERYTHROMYCIN + RECENT DIARRHEA, K 2.8, MG 1.3 ON ADMIT.\n" +
    "RHYTHM: SB 50S W/ FREQ PVC'S, R ON T X3 THIS AM, SHORT-LONG-SHORT SEQUENCES, 2 RUNS OF TDP (8 BEATS @ 0745, 12 BEATS @ 0910) SELF TERMINATED, PT LIGHTHEADED W/ 2ND. MG SULFATE 2GM IV PUSH @ 0912 PER FELLOW, THEN MG GTT 1GM/HR. ISUPREL 1MCG/MIN STARTED @ 0930 TO KEEP HR > 90, TITRATED TO 2MCG/MIN, HR 92-100, NO FURTHER TDP. TEMP TRANSVENOUS PACER PLACED R IJ @ 1400 FOR OVERDRIVE PACING AAI/VVI AT 100, ISUPREL WEANED OFF @ 1600. VVI 100, MA 4, THRESH 0.6.\n" +
    "QTC: 620 -> 560 -> 510 @ 1700.\n" +
    "LYTES: K 2.8 -> 3.5 -> 4.3 (80 MEQ IV VIA CVL + 40 PO). MG 1.3 -> 2.6 -> 3.1. GOAL K > 4.5, MG > 2.5.\n" +
    "MEDS: ALL QT PROLONGING MEDS STOPPED (ERYTHRO, ZOFRAN, METHADONE DOSE REDUCED AFTER CONSULT W/ PAIN SVC). SIGN ON DOOR + ALLERGY BAND FOR QT MEDS.\n" +
    "CV: BP 110-120/70S. ZOLL PADS ON.\n" +
    "NEURO: A+OX3, ANXIOUS, SCARED. NO ATIVAN PER TEAM, COMFORT MEASURES, MUSIC.\n" +
    "GI: LOOSE STOOL X2, C DIFF NEG. REG DIET.\n" +
    "GU: VOIDING. UCG NEGATIVE.\n" +
    "FAMILY: MOTHER + BOYFRIEND AT BEDSIDE, UPDATED BY FELLOW. MOTHER ASKED IF THIS RUNS IN FAMILIES, GENETIC TESTING DISCUSSED, EP TO SEE RE: CONGENITAL LQTS, ?ICD.\n" +
    "PLAN: OVERDRIVE PACE, K/MG Q4H, SERIAL ECG, EP CONSULT.",
  "CSRU Transfer Note 0700-1500\n" +
    "POD 2 s/p AVR (#25 tissue) + CABG x1 (LIMA-LAD). 65yo M. Uneventful course, ready for transfer to the cardiac surgery step-down unit.\n" +
    "Neuro: A+Ox3, ambulating, appropriate. Pain 2-3/10 on percocet 1 tab q4h prn + tylenol.\n" +
    "CV: SR 70s, no ectopy since POD 1, no AF. BP 110-128/60-70s. Lopressor 25 bid, ASA 325, Lipitor 80. Swan + Cordis out POD 1, site R IJ w/ occlusive dsg D+I. Epi wires A x2 V x2 remain, capped, to be pulled POD 4 on floor, pacer not attached (underlying SR reliable, thresholds checked this am: A 2mA, V 1mA).\n" +
    "CT's: pulled @ 0900 (mediastinal x2, L pleural x1): total 24h output 140cc. Post pull CXR no PTX, small L effusion. Sites w/ petroleum gauze + DSD, D+I.\n" +
    "Resp: 2L NC -> RA sat 94% @ 1100. IS 1500, cough strong. LS dim L base.\n" +
    "GI: cardiac/diabetic diet, eating 75-100%, +flatus, no BM yet, colace/senna.\n" +
    "GU: Foley out @ 0600, voided 350cc @ 1000 + 300cc @ 1400.\n" +
    "I/O: POD 1 net neg 1.4L, wt 84.2kg (pre-op 81.5). Lasix 20 PO bid.\n" +
    "Endo: Lantus 14u + RISS, BS 130s-160s.\n" +
    "Skin: sternal incision open to air, well approximated. L leg EVH site clean, small ecchymosis.\n" +
    "Activity: walked in hall x3 w/ PT, 200 feet, w/ walker then w/o, tolerated well, sat 93% on RA while walking.\n" +
    "Family: Wife + dtr-in-law + grandson in at 1100, updated on transfer, very happy. Wife asking about discharge home vs rehab, case mgmt following, likely home w/ services.\n" +
    "Report given to step-down RN, pt transferred via wheelchair w/ tele box @ 1445 w/ belongings + glasses. Wife aware.",
];

/** Decision 241's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision241Corpus(): Corpus {
  return { notes: [], clean: DECISION_241_LONG_CLEAN };
}
