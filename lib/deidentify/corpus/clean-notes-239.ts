// Long ICU nursing notes with nothing in them that points to a person. They copy the manner of the
// public PhysioNet MIMIC-II ICU nursing notes written at Boston teaching hospitals around 1998-2008:
// CCU and MICU day-shift notes, mostly in ordinary mixed case with full sentences, some typed all in
// capitals and some all in lower case, with standard abbreviations, drug brand names, eponyms, pain
// and sedation scores, vent settings, slashed and dotted numbers, clock times, a few typos, and common
// words that happen to be names or places elsewhere. They are by "an eighty-first writer who had not
// read the guard's rules". The guard is expected to leave every one of them unchanged.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 239: thirty long clean ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_239_LONG_CLEAN: string[] = [
  "CCU Nursing Progress Note 0700-1900\n" +
    "S: 'My chest feels a lot better than last night.'\n" +
    "O: 58 yo M with HTN, hyperlipidemia, smoker 1 ppd, came in overnight with inferior STEMI, taken emergently to cath lab. Found 100% prox RCA occlusion, 2 drug-eluting stents placed, 50% LAD lesion left alone for now. Recieved Plavix 600mg load, ASA, heparin and Integrilin in lab.\n" +
    "Neuro: A&Ox3, calm, appropriate, asking good questions. MAE. Slept in short naps.\n" +
    "CV: SR 60s-70s, brief junctional rhythm in the 40s at 0815 with BP dip to 84/50, resolved on its own, cards fellow aware, atropine at bedside, not needed. BP otherwise 100-128/60-70. Integrilin continues at 2mcg/kg/min until 1600 per cath orders, then off. R femoral sheath pulled at 1030 after ACT 142, manual pressure held 25 min, no hematoma, site soft, dsg dry and intact. R DP dopplerable, L DP and bilat PT palpable. Flat in bed 6 hrs, HOB 30 deg after 1630. CK 2110 -> 1840, MB trending down, TropT peaked at 4.2. 12 lead this am shows resolving ST elevation II, III, aVF with inferior Q waves.\n" +
    "Resp: LS clear, diminished R base. Sats 96-98% on 2L NC, weaned to RA by noon, 94%.\n" +
    "GI: Tolerating cardiac diet, ate half of a turkey sandwich at lunch. No nausea. +BS. Last BM prior to admit.\n" +
    "GU: Voiding in urinal, clear yellow, 1.4L out so far. Cr 1.1 post dye, got IVF at 100cc/hr x 12 hr, now off.\n" +
    "Pain: 0/10 at rest, 2/10 low back discomfort from lying flat, Tylenol 650mg po with relief.\n" +
    "Social: Wife and two adult sons in to visit, updated at bedside. Pt is a bus mechanic, very worried about time off work, referred to SW.\n" +
    "Teaching: Started on Plavix, ASA, Lopressor 12.5mg bid, Lipitor 80mg, lisinopril. Reviewed purpose of each and the importance of not stopping Plavix for at least a year because of the stents. Pt verbalized understanding, will need reinforcement. Smoking cessation discussed, pt open to nicotine patch.\n" +
    "A/P: Inferior STEMI s/p RCA stents, hemodynamically stable. Monitor groin and rhythm, echo today, ambulate in am, possible transfer to step-down tomorrow.",
  "NPN 7A-7P\n" +
    "74 YO F WITH ISCHEMIC CARDIOMYOPATHY, EF 20-25%, CRI, DM2 ON INSULIN, ADMITTED LAST EVENING WITH ACUTE ON CHRONIC SYSTOLIC CHF AFTER DIETARY INDISCRETION. FULL CODE.\n" +
    "NEURO: ALERT AND ORIENTED X3, ANXIOUS ON BIPAP EARLY IN SHIFT, 0.5MG ATIVAN IV X1 AT 0745 WITH GOOD EFFECT. NO FOCAL DEFICITS.\n" +
    "CV: ST 100-110 ON ARRIVAL, NOW SR 80S-90S WITH OCC PVCS. BP 150/90 DOWN TO 118/64 ON NITRO GTT, TITRATED UP TO 120 MCG/MIN THEN WEANED TO 60 MCG/MIN BY 1500. S3 AUDIBLE. JVP TO ANGLE OF JAW THIS AM, NOW ~10 CM. 2+ PITTING EDEMA TO KNEES BILAT. K 3.6 REPLETED WITH 40 MEQ KCL PO, MG 1.9 REPLETED WITH 2 GM IV.\n" +
    "RESP: ON BIPAP 10/5 40% AT START OF SHIFT, RR 30S, USING ACCESSORY MUSCLES. ABG 7.31/48/72. CRACKLES 2/3 UP BILAT. AFTER DIURESIS RR 20S, BREATHING MUCH EASIER, TRIALED OFF BIPAP AT 1130 TO 4L NC AND 40% FACE TENT, SATS 93-95%. REPEAT ABG 7.38/42/81. CRACKLES NOW BASES ONLY. CXR WITH PULM EDEMA AND SMALL BILAT EFFUSIONS.\n" +
    "RENAL: LASIX 80MG IV X2 WITH MODEST RESPONSE, THEN STARTED ON LASIX GTT 10MG/HR. FOLEY PLACED, UO 150-300CC/HR. NET NEG 2.1 LITERS AT 1700. GOAL NEG 2-3L/DAY. BUN/CR 48/1.9, WILL FOLLOW LYTES Q6H.\n" +
    "GI: NPO WHILE ON BIPAP, NOW CLEAR LIQUIDS, 2GM NA, 1.5 L FLUID RESTRICTION. ABD OBESE, SOFT.\n" +
    "ENDO: FS 180-240, COVERED PER SLIDING SCALE, HOME GLARGINE HELD LAST NIGHT, RESUMED AT HALF DOSE TONIGHT PER TEAM.\n" +
    "SKIN: INTACT, REDDENED COCCYX BLANCHABLE, TURNED Q2H, ALLEVYN DRESSING APPLIED AS PREVENTION.\n" +
    "SOCIAL: LIVES ALONE, DTR IS HEALTH CARE PROXY, CALLED FOR UPDATE.\n" +
    "PLAN: CONT LASIX GTT, WEAN NITRO AS BP ALLOWS, START ACE-I WHEN CR STABLE, REINFORCE LOW SALT DIET TEACHING, DAILY WEIGHTS (TODAY 88.4 KG, DRY WEIGHT REPORTED ~82 KG).",
  "CCU NSG NOTE 7a-7p\n" +
    "63 yo M w/ anterior STEMI, presented late (symptoms ~14 hrs), cath showed occluded prox LAD, stented, complicated by cardiogenic shock. IABP placed via L femoral in lab. Remains on dobutamine and Levophed.\n" +
    "Neuro: Intubated and sedated on propofol 20mcg/kg/min, RASS -2. Opens eyes to voice, follows simple commands, nods appropriately. Sedation held at 0930 for neuro exam, pt calm, restarted at lower rate.\n" +
    "CV: ST 100-115, frequent PVCs and 2 short runs of NSVT (5 and 7 beats) around 1100, K 3.4 and Mg 1.7, both repleted, amiodarone 150mg bolus then gtt 1mg/min started per team. IABP 1:1, good timing, augmented diastolic pressures 100-115, assisted end diastolic 50s, MAP 68-75. Dobutamine 5 mcg/kg/min, Levophed weaned from .08 to .04 mcg/kg/min. Swan numbers at 0800: PA 42/24, PCWP 22, CO 3.4, CI 1.8, SVR 1480. At 1600: PA 36/20, PCWP 18, CO 4.1, CI 2.2, SVR 1210. Mixed venous sat 58 -> 64%. L leg cool but DP/PT dopplerable, checked q1h, L femoral site w/ small ooze, dressing changed x1. Heparin gtt 800 units/hr, PTT 62 at 1400. Hct 31.2, stable.\n" +
    "Resp: AC 500 x 16, PEEP 8, FiO2 50%. ABG 7.36/38/94/22. LS crackles bilat bases, sx sm amt thin white secretions.\n" +
    "GI/GU: OGT, Protonix IV. TFs not started yet. Foley 40-80cc/hr, lasix 40mg IV x1 this afternoon, good response. Cr 1.3.\n" +
    "Skin: HOB limited to 30 deg by balloon, log rolled q2h with extra help, heels floated on pillows.\n" +
    "Family: Wife and brother in this afternoon, met with attending and cards fellow regarding how sick he is. Wife states he would want everything done for now. Emotional support given, SW consult placed.\n" +
    "Plan: Wean pressors as tolerated, ?wean IABP to 1:2 tomorrow if CI stays >2.2, echo in am.",
  "micu nursing 7a-7p\n" +
    "52 yo m w/ etoh cirrhosis, known varices, adm overnight w/ hematemesis x3 at home and maroon stools. full code.\n" +
    "neuro: a&ox2-3, slow to answer, mild asterixis. on lactulose, ciwa scores 4-8, no ativan needed this shift. pt says last drink was 2 days prior to admit.\n" +
    "cv: st 100s-110s, down to 90s after blood. bp 96/50 on arrival to 118/62 after products. got 3u prbc, 2 ffp overnight, 2u prbc + 1 ffp this shift. hct 22.8 -> 26.1 -> 28.4. inr 1.9 -> 1.6. plt 64, got 1 bag plts before egd. 2 large bore piv (18g r ac, 16g l forearm) + r ij cvl.\n" +
    "gi: egd at bedside 1000, 4 bands placed on large esophageal varices with stigmata of recent bleeding, no active bleed at end. octreotide gtt 50mcg/hr, protonix 40 iv bid. had 2 large maroon bm this am, last one at 1315 was smaller, darker, guaiac pos. ngt to lws, light pink drainage -> clear by 1500. abd distended, soft, mild tenderness, + fluid wave. npo except meds.\n" +
    "resp: intubated for egd for airway protection, extubated at 1330 w/o problem. now 3l nc, sats 95-97%. ls clear, diminished bases.\n" +
    "gu: foley, uo 30-60cc/hr, amber. cr 1.2.\n" +
    "id: afebrile. cipro iv for sbp prophylaxis.\n" +
    "skin: jaundiced, scattered bruises on arms and shins, spider angiomas on chest. coccyx intact.\n" +
    "safety: falls precautions, bed alarm on, pt tried to get oob to go to bathroom x2, reoriented, no restraints needed. sitter not required at this time.\n" +
    "social: sister at bedside all afternoon, pt estranged from ex-wife, sister is hcp. sw to see re etoh counseling when stable.\n" +
    "plan: serial hct q6h, keep hct >25, cont octreotide x 72 hrs, hepatology following, tips if rebleeds.",
  "MICU Nursing Progress Note, day shift\n" +
    "81 yo F who lives at home w/ husband, h/o COPD on 2L home O2, AF on Coumadin, HTN, admitted w/ RLL pneumonia and septic shock, intubated in ED. Full code per husband, discussion ongoing.\n" +
    "Neuro: Fentanyl 75mcg/hr and midazolam 2mg/hr, RASS -3, CPOT 0-1. Withdraws all 4 ext to nailbed pressure, pupils 3mm equal/reactive. Daily wake-up deferred d/t hypotension.\n" +
    "CV: AF 90s-120s, rate better after MAP improved. BP labile, MAP 55-62 on Levophed .15 mcg/kg/min at 0700, vasopressin .04 u/min added at 0900, now MAP 65-72 and Levophed weaned to .10. CVP 6 -> 11 after 1.5L LR. Lactate 4.6 -> 3.1 -> 2.2. ScvO2 71%. Coumadin held, INR 2.8.\n" +
    "Resp: AC 450 x 20, PEEP 8, FiO2 60% -> 50%. ABG 7.29/44/71/20 at 0630, 7.34/40/86/21 at 1400. Coarse rhonchi RLL, diminished bases, sx q2-3h for thick yellow-green sputum, sent for culture. Peak pressures 28-32, plateau 22. VAP bundle: HOB 30+, oral care q4h w/ chlorhexidine, sedaton assessed.\n" +
    "ID: Tmax 39.2 at 1000, cooling blanket and Tylenol 650 per OGT, now 37.9. WBC 22.4 with bands 14. Ceftriaxone, azithromycin and vanco (for MRSA hx). Blood cx 2/2 bottles GPC in clusters per micro, team aware.\n" +
    "GI: OGT placement confirmed by xray, tube feeds not yet started d/t pressors. Abd soft, hypoactive BS. No BM.\n" +
    "GU: Foley, uo 15-25cc/hr early in shift, improved to 40-50cc/hr after fluids. Cr 1.8.\n" +
    "Endo: Insulin gtt 2-4 u/hr, FSBG 140-170 q1h.\n" +
    "Skin: Stage 1 area on R heel, heels floated, Braden 11. Turned q2h.\n" +
    "Social: Husband at bedside, very attentive, understands how serious this is. He will talk with their son tonight about goals of care. Pastoral care offered and accepted.\n" +
    "Plan: Wean pressors, follow cx, consider echo, family meeting with attending when son arrives.",
  "NURSING PROGRESS NOTE 0700-1900\n" +
    "69 YO M WITH DM, HTN, PVD, CKD BASELINE CR 2.5, ADMITTED WITH ACUTE ON CHRONIC RENAL FAILURE AFTER DIARRHEAL ILLNESS, NOW OLIGURIC, CR 7.8, BUN 112, K 6.4 ON ADMISSION.\n" +
    "NEURO: A+O X3 BUT DROWSY, MILD ASTERIXIS, NO SEIZURE ACTIVITY. NO SEDATION.\n" +
    "CV: NSR 70S-80S. EKG ON ADMIT SHOWED PEAKED T WAVES, NOW RESOLVING. RECEIVED CALCIUM GLUCONATE 1 GM IV, 10 UNITS REG INSULIN + 1 AMP D50, KAYEXALATE 30 GM PO OVERNIGHT. K 6.4 -> 5.7 -> 5.1 THIS AM. BP 150S-170S/70S.\n" +
    "RENAL: QUINTON CATHETER PLACED R IJ BY RENAL FELLOW AT 0900, PLACEMENT CONFIRMED BY CXR, DRESSING D+I, NO BLEEDING. FIRST HD RUN 1100-1330, UF 1.2 L, TOLERATED WELL, NO HYPOTENSION, NO CRAMPING. POST HD LABS: K 4.1, BUN 78, CR 5.6. CATHETER LOCKED WITH HEPARIN PER RENAL PROTOCOL, LABELED. NO BP OR BLOOD DRAWS IN L ARM, MIGHT NEED FISTULA IN FUTURE, SIGN POSTED OVER BED.\n" +
    "UO: FOLEY 5-15CC/HR, DARK AMBER. UA WITH MUDDY BROWN CASTS PER TEAM.\n" +
    "RESP: RA SATS 95-97%, LS WITH FINE CRACKLES AT BASES, NO SOB.\n" +
    "GI: RENAL DIET, LOW K, 1.2L FLUID RESTRICTION. NAUSEA THIS AM, ZOFRAN 4MG IV X1 WITH RELIEF. ATE SMALL LUNCH. NO BM.\n" +
    "ENDO: FS 90-150, HOME NPH DOSE REDUCED DUE TO RENAL FAILURE.\n" +
    "MEDS: REVIEWED HOME MED LIST WITH PT AND WIFE - METFORMIN AND IBUPROFEN BOTH STOPPED, PT WAS TAKING ADVIL UP TO 6 TABS/DAY FOR KNEE PAIN. TEAM AWARE, PHARMACY REVIEWED ALL RENALLY DOSED MEDS.\n" +
    "SKIN: BILAT LE DRY, SHINY, DIMINISHED HAIR, L GREAT TOE WITH SMALL DRY ESCHAR, PODIATRY CONSULT ORDERED. HEELS OFFLOADED.\n" +
    "TEACHING: EXPLAINED PURPOSE OF DIALYSIS AND CATHETER CARE. PT STATES HE IS 'NOT READY TO BE ON THE MACHINE FOREVER.' RENAL TEAM HOPES FOR RECOVERY OVER NEXT FEW WEEKS.\n" +
    "PLAN: HD AGAIN TOMORROW, DAILY LYTES, STRICT I+O, DAILY WEIGHT.",
  "CCU Nursing Note 7a-7p\n" +
    "86 yo M w/ severe ischemic cardiomyopathy (EF 10-15%), ICD, CKD, recurrent admissions for CHF, now with worsening cardiorenal syndrome despite milrinone and Lasix gtt. DNR/DNI since admission.\n" +
    "Events: Family meeting held at 1100 with attending, CCU fellow, palliative care NP, SW and this RN. Present were pt's wife, two daughters and a son on speakerphone. Team explained that his heart and kidneys are failing and that more medicine was not helping. Pt was awake and able to take part some of the time, said clearly that he is 'tired' and wants 'to be comfortable and not go back on any machines.' Family in agreement. Decision made to transition to comfort measures only.\n" +
    "Per plan: Milrinone and Lasix gtt stopped at 1300. Labs, fingersticks and daily weights dc'd. ICD shocks turned off by EP tech with programmer at 1415, pacing left on per pt's wish. Morphine gtt started at 1mg/hr with 2mg IV bolus prn for dyspnea, titrated to 3mg/hr by 1800. Ativan 0.5mg IV q4h prn anxiety, given x1. Scopolamine patch applied for secretions. O2 via NC at 2L for comfort only.\n" +
    "Assessment: RR 28 and labored at noon, now 18-20 and unlabored. Says he feels 'much easier.' Grimaces occasionally with turning, premedicated with 2mg morphine before repositioning. HR 70s V-paced, BP 80s/40s, no longer treating. Skin cool to knees, mottled feet. UO minimal.\n" +
    "Comfort: Mouth care q2h, lip balm, lights dimmed, monitor alarms silenced at family request with central station still watching. Liberalized diet, pt had a few spoons of ice cream and some ginger ale.\n" +
    "Family: Wife and daughters at bedside, reminiscing, brought in photos and his favorite music. Explained what to expect as breathing changes. They know they can stay overnight, cot brought in. Chaplain visited at family request.\n" +
    "Plan: Continue comfort measures, morphine titration for RR >24 or distress, emotional support for family.",
  "CCU RN note days\n" +
    "77 yo F admitted after syncopal episode at home, found in complete heart block with ventricular escape in the 30s. Temporary transvenous pacing wire placed via R IJ in the cath lab last night. Hx HTN, hypothyroid, OA. Full code.\n" +
    "Neuro: A+Ox3, pleasant, hard of hearing, uses hearing aid in L ear (kept in bedside drawer at night). Small lac to R forehead from fall, steri strips intact. No neuro deficits.\n" +
    "CV: V-paced at rate 70, 100% paced this shift. Temp pacer settings: rate 70, output 5 mA, sensitivity 2 mV, demand mode. Threshold checked at 0800 with fellow, captures at 0.8 mA. Underlying rhythm when briefly paused: CHB with escape ~32, pt became lightheaded, pacer resumed immediately. Spare battery at bedside, connections taped, wires secured. BP 120-140s/60s. Pulses palpable. Home atenolol held since admit, no other AV nodal agents. TSH wnl, K 4.2, Mg 2.1.\n" +
    "Resp: RA, sats 95%. LS clear.\n" +
    "GI: Regular diet, good appetite. Colace given. BM x1 formed.\n" +
    "GU: Voiding via commode with assist x1, clear yellow urine.\n" +
    "Activity: Bedrest with HOB up to 45 deg while temp wire in place, explained to pt why she must not get up on her own. Bed alarm on, call light within reach, non-skid socks. Fall risk score high given recent syncope and wire.\n" +
    "Skin: Bruising L hip from fall, xray neg for fx. Bony prominences intact, turning q2h.\n" +
    "Teaching: EP team explained permanent pacemaker, consent signed. Reviewed with pt and son what the procedure involves, arm restrictions after, and the device card. Pt asked if she can still use her microwave and go through airport security - answered. Son says his mother is 'stubborn and independent', she laughed and agreed.\n" +
    "Pain: 2/10 R hip, Tylenol with good effect. No pain at wire site.\n" +
    "Plan: NPO after midnight for PPM in EP lab tomorrow, hold sq heparin in am, cont checking capture and sensing q4h.",
  "npn 0700-1900\n" +
    "72 yo f w/ severe copd (fev1 ~0.8 l), home o2 2l, former heavy smoker, intubated 3 days ago for hypercarbic resp failure after failing bipap. full code.\n" +
    "neuro: sedation weaned off at 0800 (was on propofol 10). awake, alert, nods appropriately, follows all commands, writing notes on clipboard. rass 0, cam-icu neg. seemed anxious during sbt, reassured, no benzo given.\n" +
    "resp: rsbi 62 at 0830. sbt on psv 5/peep 5 40% x 2 hrs - rr 18-24, vt 380-450, sats 94-96%, no accessory muscle use. abg on sbt 7.37/56/78/32 (baseline co2 runs in 50s per old records). rt and team at bedside, extubated 1045 to 40% cool neb face mask -> 2l nc by 1400. strong cough, raising mod thick white sputum. mild insp/exp wheeze, albuterol/atrovent nebs q4h and prn, extra one given at 1230 w/ good effect. post-extubation abg 7.35/58/68. sats 90-93% which is her goal range. speaking in full sentences by afternoon, hoarse voice.\n" +
    "cv: sr-st 88-106, bp 130s-150s/70s. no ectopy.\n" +
    "gi: npo x 4 hrs post extubation then passed bedside swallow screen, started on clears, tolerating sips of tea. solumedrol 60 iv q8h, will taper. protonix.\n" +
    "gu: foley dc'd at 1500, due to void by 2300.\n" +
    "endo: fs 180s-230s on steroids, ssi coverage.\n" +
    "skin: small red area on bridge of nose from bipap mask earlier in the week, duoderm applied. coccyx intact.\n" +
    "activity: dangled at edge of bed w/ pt, tolerated 10 min, sats to 88% then recovered.\n" +
    "teaching: reviewed inhaler technique with spacer, pt demonstrates correctly. talked about pulm rehab and quitting for good, she says she quit when admitted and 'this time it will stick.'\n" +
    "social: husband and grandson visited, pleased to hear her voice again.\n" +
    "plan: aggressive pulm toilet, incentive spirometer q1h while awake (pulling 750ml), watch for fatigue and co2 retention overnight, bipap at bedside prn.",
  "Nursing Progress Note 7a-7p CCU\n" +
    "66 yo M, Spanish speaking only, admitted w/ new onset AF w/ RVR, rates 150s-170s, mild CHF. Hx HTN, DM2, obesity, possible OSA never worked up. Full code.\n" +
    "Communication: Spanish interpreter used by phone and in person for all assessments, teaching and the consent for TEE/cardioversion. Pt's daughter speaks English but pt prefers interpreter for medical info so she does not have to translate bad news; respected.\n" +
    "Neuro: A+Ox3, calm, no deficits.\n" +
    "CV: AF 110s-130s at start of shift on diltiazem gtt 15mg/hr, BP 100s/60s, limiting further titration. Amiodarone 150mg IV bolus over 10 min at 0915 followed by 1mg/min x 6 hrs, then 0.5mg/min. Rate improved to 80s-100s by noon. TEE at bedside 1100 showed no LA clot, EF 45%, LA mildly dilated. Cardioversion planned for afternoon but pt converted on his own to NSR 70s at 1540, 12 lead obtained, QTc 452. Dilt gtt weaned off at 1600. Heparin gtt per weight-based nomogram, PTT 48 at 0600 -> rate increased to 1350 u/hr, PTT 71 at 1400, therapeutic. Hct stable 41.\n" +
    "Resp: 2L NC, sats 95%. Fine crackles bases. Lasix 40mg IV x1 with 1.1L uo.\n" +
    "GI: Cardiac/diabetic diet, NPO until after TEE. Abd obese, soft.\n" +
    "Endo: FS 150-210, Lantus and SSI.\n" +
    "Med reconciliation: Home meds confirmed with pt and daughter via interpreter, pt brought in bag of bottles: HCTZ, metformin, glyburide, lisinopril, plus an herbal tea and a supplement he buys without prescription. Pharmacy to review supplement for interactions with Coumadin, which team plans to start. List updated in chart.\n" +
    "Teaching: Began teaching re: AF, stroke risk, Coumadin, INR checks, bleeding precautions, keeping leafy greens consistent rather than avoiding them. Written materials in Spanish given. Pt verbalized understanding via teach-back.\n" +
    "Plan: Cont amio, start Coumadin tonight, heparin bridge, sleep study referral as outpt.",
  "CCU NURSING NOTE DAYS\n" +
    "71 YO M WITH ISCHEMIC CM, EF 25%, OLD ANTERIOR MI IN 1996, DUAL CHAMBER ICD PLACED 2003, ADMITTED AFTER RECEIVING 6 SHOCKS AT HOME. FOUND IN RECURRENT MONOMORPHIC VT. FULL CODE.\n" +
    "EVENTS: AT 0840 PT WENT INTO VT RATE 180S, AWAKE, BP 88/50, C/O 'FLUTTERING', ICD ATTEMPTED ATP X2 THEN SHOCKED ONCE INTO SR. PT CRIED OUT, VERY FRIGHTENED. CCU TEAM AT BEDSIDE, LIDOCAINE 100MG IV BOLUS GIVEN AND GTT STARTED AT 2MG/MIN IN ADDITION TO AMIODARONE GTT 1MG/MIN. LYTES DRAWN STAT: K 3.7, MG 1.8, BOTH REPLETED TO GOAL K >4.5, MG >2.5. NO FURTHER VT SINCE 0850, OCCASIONAL PVCS AND ONE 4 BEAT RUN AT 1320.\n" +
    "NEURO: A+OX3, ANXIOUS AFTER SHOCK, ATIVAN 1MG IV X1 AT 0915 WITH EFFECT. WATCHING FOR LIDOCAINE TOXICITY - NO CONFUSION, NO TINNITUS, NO PERIORAL NUMBNESS, NO TWITCHING.\n" +
    "CV: SR 60S-70S WITH 1ST DEG AVB, QTC 480. BP 100-110/60S. LOPRESSOR INCREASED TO 50MG PO TID. NO CHEST PAIN. TROP FLAT, NOT FELT TO BE AN ISCHEMIC EVENT. DEFIB PADS ON CHEST AS BACKUP.\n" +
    "RESP: RA, SATS 96%. LS CLEAR WITH FEW BIBASILAR CRACKLES.\n" +
    "GI: CARDIAC DIET, POOR APPETITE, ATE TOAST AND SOUP. NO BM.\n" +
    "GU: VOIDING, 900CC SO FAR.\n" +
    "EP: EP FELLOW INTERROGATED DEVICE - 11 VT EPISODES IN LAST 36 HRS, 6 SHOCKED, REST TERMINATED WITH ATP. PLAN FOR VT ABLATION, TENTATIVELY IN 1-2 DAYS ONCE STABLE.\n" +
    "PAIN: CHEST WALL SORE 3/10 AFTER SHOCKS, TYLENOL GIVEN.\n" +
    "PSYCHOSOCIAL: PT SAYS HE IS AFRAID TO FALL ASLEEP BECAUSE OF THE SHOCKS. SPENT TIME EXPLAINING MEDS, MONITOR AND THAT STAFF WILL BE WATCHING CLOSELY. WIFE AT BEDSIDE, SUPPORTIVE, BOTH TEARFUL. SW AND PSYCH LIAISON NURSE CONSULTED FOR COPING.\n" +
    "PLAN: CONT LIDO AND AMIO GTTS, LIDOCAINE LEVEL IN AM, KEEP K AND MG HIGH NORMAL, NPO AFTER MIDNIGHT FOR POSSIBLE ABLATION.",
  "CCU Nursing Progress Note\n" +
    "Shift 0700-1900. 54 yo F w/ nonischemic dilated cardiomyopathy (EF 15%), NYHA class IV, admitted with low output state and worsening renal function, on milrinone. Being evaluated for heart transplant and LVAD. Full code.\n" +
    "Neuro: A+Ox3, fatigued, napping between care. Apropriate, asks many good questions.\n" +
    "CV: SR 80s-90s with frequent PVCs, couplets x3. BP 86-98/50s, MAP 62-68. Milrinone 0.375 mcg/kg/min, no titration today. Swan (R IJ): PA 48/26, PCWP 24 -> 20, RA 14, CO 3.6 (Fick), CI 2.0, SVR 1380, SvO2 56 -> 61%. Cool extremities, cap refill 3 sec. Dig level 0.7. K 4.4, Mg 2.3.\n" +
    "Renal/diuresis: Lasix 120mg IV bolus then gtt 20mg/hr, plus metolazone 5mg po 30 min prior. UO 80-200cc/hr, net neg 1.6L by 1800. Cr 2.1 -> 1.9. BUN 66. Wt 71.3 kg (down 0.9).\n" +
    "Resp: 2L NC, sats 94-97%. Crackles to mid-lung fields bilat, improving. Orthopnea, needs HOB 45 deg at least. Sleeps in a recliner at home per pt.\n" +
    "GI: 2 gm Na, 1.5L fluid restriction, pt finds restriction very hard, ice chips counted in intake. Early satiety, ate a few bites of each meal. Nutrition consulted, adding supplement shakes.\n" +
    "Transplant eval: Dental, social work and psych evaluations completed. PFTs today, tolerated. Blood type and HLA sent. Pt and husband met with transplant coordinator, received binder of info. Husband will be main caregiver, has arranged leave from his job.\n" +
    "Skin: Intact, Braden 16. Swan site clean, biopatch in place, dsg changed.\n" +
    "Activity: Up to chair x2 with assist, dizzy briefly on standing, BP 82/50, resolved seated. Fall precautions, bed alarm on at night.\n" +
    "Teaching: Explained the milrinone pump and why it must never be stopped suddenly. Reviewed daily weights and fluid restriction for home.\n" +
    "Plan: Cont milrinone and diuresis, right heart numbers q6h, cath for full hemodynamics per HF team, listing discussion at transplant committee.",
  "MICU Nursing Note 7a-7p\n" +
    "79 yo M w/ diverticulosis, AF on Coumadin and ASA, CAD, HTN, admitted w/ painless bright red blood per rectum x 6 episodes since early this am. Full code.\n" +
    "Neuro: A+Ox3, pleasant, a little anxious. No sedation.\n" +
    "CV: AF 90s-110s. BP 98/52 on arrival to unit at 0730, orthostatic in ED. Two 18g PIVs, R femoral TLC placed by team at 0900 for access. Given 2L NS + 4u PRBC + 2u FFP + Vit K 10mg IV slow. Hct 24.1 -> 27.9 -> 26.3 -> 29.0. INR 3.4 -> 1.7. BP now 118-130/60s. Coumadin and ASA on hold, Lopressor held this am for soft BP, team aware.\n" +
    "GI: Large amt of frank red blood with clots at 0810 and 1020, then smaller dark red/maroon stool at 1400. Tagged RBC scan at 1130 showed active bleeding near the hepatic flexure. Pt taken to IR for mesenteric angio at 1500, small branch identified and embolized with coils, no complications per IR. Returned 1700. R groin site without bleeding or hematoma, distal pulses dopplerable. Flat x 6 hrs. No stool since return. GI aware, colonoscopy when prepped and stable. NPO except sips with meds.\n" +
    "Resp: RA, sats 95-97%. LS clear. No SOB.\n" +
    "GU: Foley, uo 40-70cc/hr, clear yellow after fluids. Cr 1.4 -> 1.1.\n" +
    "Skin: Perianal area reddened from frequent stool, cleaned, barrier cream applied. Otherwise intact.\n" +
    "Safety: Pt wanted to walk to the bathroom, explained risk of syncope, bedpan used. Falls precautions, bed alarm.\n" +
    "Family: Daughter and son-in-law flew in overnight, daughter is HCP. Updated by team and RN. They asked whether he will be able to go back on 'the blood thinner' - discussed that GI and cardiology will weigh stroke risk against bleeding risk before he goes home.\n" +
    "Plan: Hct q4h, transfuse for Hct <25, watch for rebleed, colonoscopy prep tomorrow if stable, restart meds per team.",
  "micu npn days\n" +
    "34 yo f w/ type 1 dm since childhood, adm w/ dka after running out of insulin x 3 days, also n/v and viral sx. full code.\n" +
    "neuro: arrived lethargic but arousable, now a&ox3, appropriate, tired. c/o headache 4/10, tylenol given. neuro checks q2h w/o change, no concern for cerebral edema at this time.\n" +
    "endo: insulin gtt per dka protocol, started at 7u/hr. fs 412 at 0700 -> 288 -> 236 -> 190 -> 162 at 1500, d5 1/2ns added at 250 per protocol. anion gap 28 -> 19 -> 14 -> 11 (closed at 1600). bicarb 9 -> 14 -> 19. k 5.4 on arrival dropped to 3.5, replaced w/ 20 meq kcl in each liter of fluids, now 4.0. phos 1.6, repleted w/ k phos iv. lantus 20u sq given at 1700, insulin gtt to stop 2 hrs after per protocol.\n" +
    "cv: st 120s on arrival -> sr 80s-90s. bp 100s-120s/60s. got 4l ns overall.\n" +
    "resp: kussmaul breathing on arrival, rr 30s, now 16-18 and unlabored. ra, sats 99%.\n" +
    "gi: n/v x2 early in shift, zofran 4mg iv x2. now tolerating clears and crackers. abd soft, mild diffuse tendernes which improved as acidosis corrected.\n" +
    "gu: voiding, large amts. urine ketones still mod.\n" +
    "safety: pt got up alone to go to the bathroom at 1030 while still attached to iv pole and felt dizzy, slid to floor against wall, did not hit head, no injury found, team notified, vs stable, fs 210. incident report filed. falls precautions reinforced, bed alarm on, non-skid socks, commode at bedside. pt agrees to ring for help.\n" +
    "teaching: pt says she lost her insurance and could not afford insulin. long talk re sick day rules, never stopping basal insulin, checking ketones. sw and case mgmt consulted for help w/ medications and a clinic appt. diabetes educator to see tomorrow.\n" +
    "social: roommate visited, brought clothes and a phone charger.\n" +
    "plan: call out to floor when stable on sq insulin, fs ac/hs, advance diet as tolerated.",
  "MICU Nursing Progress Note 0700-1900\n" +
    "47 yo M, Portuguese speaking, adm 2 days ago after withdrawal seizure, hx heavy daily ETOH (per brother ~1 liter vodka/day), HTN. Full code.\n" +
    "Interpreter: Portuguese interpreter present for AM assessment and team rounds, phone interpreter used in the afternoon. Pt understands a little English but not enough for medical questions.\n" +
    "Neuro: Overnight pt became increasingly agitated, hallucinating (seeing bugs on the wall), pulling at IV. CIWA 22-28 this am despite Ativan 2mg IV q1h x4. Team gave phenobarbital and started a Precedex gtt at 0.4 mcg/kg/min, titrated to 0.7. Also Haldol 2mg IV x1 at 0930. By noon CIWA 8-12, RASS 0 to -1, calmer, sleeping in between. Oriented to self and 'hospital' only. No further seizure activity. Thiamine 100mg, folate, MVI given. Pupils equal/reactive, tremor of both hands.\n" +
    "Restraints: Bilat soft wrist restraints applied 0745 after pt pulled out PIV and tried to climb over siderails; less restrictive measures (reorientation, 1:1 sitter, dim lights) had failed. MD order obtained and renewed per policy. Checked q15min, circulation and skin intact, ROM and toileting offered q2h. Restraints removed at 1400 with sitter at bedside, pt has not tried to pull lines since.\n" +
    "CV: ST 110s-130s, down to 90s-100s on Precedex. BP 160/100 -> 130s/80s. No bradycardia.\n" +
    "Resp: RA, sats 95%. LS clear. Protecting airway, strong cough.\n" +
    "GI: NPO this am, now taking sips of juice with sitter. Abd soft. LFTs mildly elevated. Lipase normal.\n" +
    "GU: Voiding in urinal w/ assist, 1.2L.\n" +
    "Skin: Abrasions to both forearms from scratching, cleaned, bacitracin. Diaphoretic, linens changed x3.\n" +
    "Lytes: K 3.2, Mg 1.4, Phos 2.0, all repleted per team.\n" +
    "Family: Brother called, updated via phone interpreter with pt's permission given earlier in the admission.\n" +
    "Plan: Wean Precedex slowly, CIWA q1h, seizure precautions (pads on rails, suction at bedside), sitter to continue, SW and addiction consult when pt can participate.",
  "NURSING NOTE 7A-7P MICU\n" +
    "83 YO F W/ MECHANICAL MITRAL VALVE ON COUMADIN, HTN, OA ON NAPROSYN, ADMITTED W/ COFFEE GROUND EMESIS AND MELENA, HCT 19 ON ARRIVAL, INR 4.8. FULL CODE.\n" +
    "NEURO: A+OX3, VERY HARD OF HEARING, USES POCKET AMPLIFIER WHICH HELPS. FOLLOWS COMMANDS. DENIES PAIN.\n" +
    "CV: SR 80S-100S. BP 90S/50S ON ARRIVAL, NOW 110-130/60S. CRISP MECHANICAL VALVE CLICK HEARD. RECEIVED 3 U PRBC AND 4 U FFP, VIT K 1MG IV (LOW DOSE PER CARDS GIVEN VALVE). HCT 19.4 -> 24.6 -> 27.8. INR 4.8 -> 2.1 -> 1.6. CARDIOLOGY AND GI DISCUSSED ANTICOAGULATION - PLAN TO START HEPARIN GTT WITHOUT BOLUS 24 HRS AFTER ENDOSCOPIC HEMOSTASIS IF NO REBLEED.\n" +
    "GI: EGD AT 1130 - LARGE GASTRIC ULCER WITH VISIBLE VESSEL, INJECTED WITH EPI AND CLIPPED. PROTONIX GTT 8MG/HR AFTER 80MG BOLUS. NGT REMOVED AFTER EGD. ONE SMALL BLACK TARRY STOOL AT 1600, EXPECTED PER GI. NPO TONIGHT, CLEARS IN AM IF STABLE. H. PYLORI SEROLOGY SENT.\n" +
    "RESP: 2L NC, SATS 96%. LS DIM BASES, FEW CRACKLES AFTER BLOOD, LASIX 20MG IV X1 BETWEEN UNITS.\n" +
    "GU: FOLEY, 40-90CC/HR. CR 1.0.\n" +
    "SKIN: THIN, FRAGILE, SKIN TEAR TO L FOREARM FROM TAPE, STERI STRIPS AND NON-ADHERENT DRESSING. PAPER TAPE ONLY. SACRUM INTACT, BRADEN 14, Q2H TURNS.\n" +
    "SAFETY: HIGH FALL RISK, BED LOW, ALARM ON. WEARS GLASSES AND HEARING DEVICE, KEPT WITHIN REACH.\n" +
    "MED REC: NAPROSYN DISCONTINUED, SON TO BRING IN ALL BOTTLES TONIGHT. PT ALSO TAKES A BABY ASPIRIN 'SOMETIMES' AND FISH OIL, NOT ON ADMISSION LIST - TEAM AWARE.\n" +
    "TEACHING: TOLD PT AND SON THAT NSAIDS ARE NOT SAFE WITH COUMADIN AND AN ULCER, USE TYLENOL FOR ARTHRITIS. BOTH VERBALIZED UNDERSTANDING.\n" +
    "PLAN: HCT Q6H, PPI GTT X 72H, HEPARIN TOMORROW PER PLAN, WATCH FOR REBLEED.",
  "CCU Nursing Note, days\n" +
    "61 yo F w/ metastatic breast ca on chemo, admitted w/ increasing SOB and large pericardial effusion with early tamponade on echo. DNR but OK to intubate for now per pt; code status to be readdressed with oncology.\n" +
    "Events: Taken to cath lab at 0830 for pericardiocentesis. 850cc bloody fluid drained, opening pressure 18, sent for cytology, cell count and cx. Pigtail drain left in place to gravity drainage bag. Pulsus paradoxus 22 mmHg pre, 8 mmHg post. RA pressure 17 -> 6.\n" +
    "CV: ST 120s pre procedure -> SR 90s. BP 92/70 -> 124/72. Drain output 210cc at 1000, 80cc at 1200, 45cc at 1400, 30cc at 1600, serosanguinous, flushed per protocol q6h with heparinized saline. Watching for re-accumulation: HR, pulsus, BP trends, muffled heart sounds, JVD. JVD now 8cm. Heart sounds distinct. Repeat echo at 1500 small residual effusion.\n" +
    "Resp: 2L NC, sats 96% (was 89% on 4L before). RR 18 from 28. Diminished L base, small L effusion on CXR.\n" +
    "Neuro: A+Ox3, alert, much more comfortable, relieved.\n" +
    "Pain: Drain site 4/10, Percocet 1 tab po at 1230 with relief to 1/10.\n" +
    "GI: Regular diet, tolerated lunch. Mild nausea from chemo earlier this week, Zofran prn, none needed today.\n" +
    "GU: Voiding freely.\n" +
    "Skin: Port R chest accessed, dressing changed, site clean. Drain site dressing D+I.\n" +
    "Psychosocial: Pt is a retired teacher, lives with her husband. Frank discussion w/ oncology fellow this afternoon that the effusion is probably from the cancer, and about the options (sclerosis, pericardial window). Pt asked good questions, said she wants to 'get home to the garden.' Husband quiet but supportive. SW referral.\n" +
    "Plan: Keep drain until output <50cc/24h, then pull. Cytology pending. Oncology and cardiology to discuss window vs. repeated taps. Readdress goals of care when results back.",
  "CCU NPN 7a-7p\n" +
    "75 yo M, Russian speaking, limited English, admitted w/ NSTEMI, hx DM2, HTN, HLD, CVA in 2002 w/ mild residual R sided weakness. Full code.\n" +
    "Interpreter: Russian interpreter used for assessment at 0800, for cath consent at 0930, and for teaching in the afternoon. Pt's wife also speaks only Russian. Pain scale shown with faces chart, pt uses it readily.\n" +
    "CV: SR 70s, occasional PACs. Chest pressure 5/10 at 0730 with ST depression V4-V6 on 12 lead. Nitro gtt increased 20 -> 60 mcg/min, pain 0/10 by 0815, BP 110s/60s. Heparin gtt 1000 u/hr, PTT 68. Trop I 2.8 -> 4.1. Cath at 1100: 90% mid LCx, 1 bare metal stent placed, 70% RCA to be medically managed. Returned 1300, R femoral sheath removed 1500 with Femostop on 45 min, site soft, no bruit, no hematoma. Distal pulses 2+. Nitro gtt off at 1400, no recurrent pain.\n" +
    "Resp: RA, sats 95%, LS clear.\n" +
    "Neuro: A+Ox3, mild R hand weakness (baseline per wife).\n" +
    "GI/GU: Diabetic cardiac diet after flat time, ate fish and potatoes. Voiding, 1.6L since cath. Cr 1.3 pre, Mucomyst given before and after dye.\n" +
    "Endo: Metformin held x 48 hr after contrast. FS 160-220, SSI.\n" +
    "Med reconciliation: Wife brought all home meds in a bag. Pt was taking metoprolol AND a second bottle of the same drug under a different name after a pharmacy refill (Lopressor + Toprol XL), so a double dose - probably explains the slow pulse and dizzy spells at home that wife described. Also takes Zocor 40, and Plavix was never started after his stroke. Pharmacy and team aware, new list made, old bottles sent home with wife to be discarded.\n" +
    "Teaching: Via interpreter reviewed the stent, the need for Plavix every day, SL nitro use for chest pain, and when to call an ambulance. Wife repeated back correctly.\n" +
    "Plan: ASA, Plavix, high dose statin, one beta blocker only, ACE-I, to step-down tomorrow, cardiac rehab referral.",
  "npn 7a-7p micu\n" +
    "86 yo f who lives in assisted living, baseline mildly forgetful but independent w/ walker, adm w/ urosepsis and acute delirium. hx htn, afib (not anticoagulated d/t falls), osteoporosis w/ old l hip fx. dnr/dni, ok for pressors per hcp (son).\n" +
    "neuro: oriented to self only, waxing and waning, cam-icu positive. calling out for her sister, agitated around 1000, tried to climb oob, pulled off tele leads. nonpharm measures first - reorientation, clock and family photos at bedside, glasses on, lights up during day, blinds open, tv off. haldol 0.5mg iv x1 at 1015 with mild effect. sitter requested and arrived 1100, no restraints used. calmer by afternoon, ate some lunch with help.\n" +
    "cv: af 80s-100s, bp 100-120s/50s after 2l ns overnight. levophed weaned off at 0600, none needed since. lactate 1.4.\n" +
    "resp: 2l nc, sats 94-96%. ls clear, diminished bases. aspiration precautions, hob 30.\n" +
    "id: tmax 38.3 at 0800, now 37.2. wbc 16.8 -> 12.1. urine cx gnr, blood cx 1/2 gnr. on ceftriaxone, will narrow per sensitivities.\n" +
    "gi: pureed diet w/ thin liquids per speech eval, needs set up and encouragement. no bm x 3 days, senna and colace started.\n" +
    "gu: foley dc'd at 1200 to lower delirium and infection risk, bladder scan at 1600 for 180cc, voided 250cc on bedpan at 1700. incontinent x1.\n" +
    "skin: stage 2 sacral pressure ulcer 2x1.5cm, pink base, no tunneling, cleansed with ns, allevyn dressing. braden 12, waffle overlay ordered, q2h turns, heels floated. small skin tear l forearm, steri strips.\n" +
    "falls: morse 75 high risk. bed lowest position, alarm on, mats on floor, hip protectors, sitter.\n" +
    "family: son visited at lunch, helpful in calming her, he is worried she won't return to baseline. explained delirium often improves as infection is treated, but can take days to weeks.\n" +
    "plan: cont abx, delirium precautions, avoid benzos, pt/ot eval when more alert, wound care rn consult.",
  "MICU NPN 0700-1900\n" +
    "45 YO M PREVIOUSLY HEALTHY, ADMITTED OVERNIGHT WITH BILATERAL PNEUMONIA AFTER FLU-LIKE ILLNESS X 5 DAYS, ON NRB MASK. FULL CODE.\n" +
    "EVENTS: AT 0740 PT INCREASINGLY TACHYPNEIC RR 40S, SATS 82-86% ON NRB + 6L NC, ABG 7.47/29/52. TRIAL OF BIPAP 12/6 100% X 20 MIN WITHOUT IMPROVEMENT, PT ANXIOUS, COULD NOT TOLERATE MASK. ELECTIVELY INTUBATED AT 0820 BY ANESTHESIA, 8.0 ETT, 24 CM AT LIP, ETOMIDATE AND SUCCINYLCHOLINE. TRANSIENT DESAT TO 74% DURING INTUBATION, RECOVERED. BILAT BS, +ETCO2 COLOR CHANGE, CXR CONFIRMED PLACEMENT, DIFFUSE BILAT INFILTRATES C/W ARDS.\n" +
    "RESP: ARDSNET PROTOCOL, TV 6ML/KG IBW (420), AC RATE 26, PEEP 10 -> 14, FIO2 100% -> 60%. PLATEAU 27-29. ABGS: 0900 7.31/44/68, 1130 7.33/46/84, 1600 7.30/50/91 (PERMISSIVE HYPERCAPNIA PER TEAM). LS COARSE THROUGHOUT, SX SM AMT PINK FROTHY TO TAN SECRETIONS. BAL SENT BY PULM, FLU SWAB SENT.\n" +
    "NEURO: PROPOFOL 40MCG/KG/MIN + FENTANYL 100MCG/HR. RASS -3 TO -4. VENT DYSSYNCHRONY EARLY, PARALYTIC CONSIDERED BUT NOT NEEDED AFTER SEDATION ADJUSTED.\n" +
    "CV: ST 110S-120S. BP DROPPED TO 80S/40S POST INTUBATION, 1L NS BOLUS, LEVOPHED BRIEFLY .05 -> OFF BY 1300. ART LINE L RADIAL PLACED 0930 (ALLEN TEST NORMAL), GOOD TRACING. R SUBCLAVIAN TLC.\n" +
    "ID: TMAX 39.6, TYLENOL, COOLING BLANKET. VANCO, ZOSYN, AZITHRO, TAMIFLU. DROPLET PRECAUTIONS, MASKS FOR ALL ENTERING ROOM.\n" +
    "GI: OGT PLACED, TO LIS, TF TO START TOMORROW. PROTONIX.\n" +
    "GU: FOLEY PLACED, 30-60CC/HR. CR 0.9. CONSERVATIVE FLUID STRATEGY PER TEAM.\n" +
    "SKIN: INTACT. ORAL CARE, EYES LUBRICATED.\n" +
    "SOCIAL: WIFE AT BEDSIDE, VERY SCARED, KIDS STAYING WITH GRANDPARENTS. UPDATED BY TEAM X2. GIVEN MASK AND TAUGHT HAND HYGIENE.\n" +
    "PLAN: CONT LUNG PROTECTIVE VENTILATION, WEAN FIO2 TO SATS 88-92%, CONSIDER PARALYSIS/PRONING IF WORSENS.",
  "MICU Nursing Progress Note 7a-7p\n" +
    "59 yo F w/ ESRD on HD 3x/wk via L tunneled HD catheter (fistula failed twice), DM1, CAD s/p PCI, missed last 2 dialysis sessions because of a bad cold and no ride. Admitted with K 7.2, wide QRS, weakness. Full code.\n" +
    "Events: On arrival to unit at 0715, tele with peaked T waves and QRS 140ms, HR 50s junctional. Calcium gluconate 2 gm IV given over 10 min, regular insulin 10u IV w/ 1 amp D50, albuterol neb 10mg continuous x 1 hr, Kayexalate 30gm po. Repeat EKG at 0800 QRS narrowed to 100, sinus 60s. K 7.2 -> 6.5 -> 6.0.\n" +
    "Renal: Emergent HD started 0900 via L IJ tunneled catheter, both lumens flushed and aspirated easily, ran 3.5 hrs, 1K bath changed to 2K after first hour per renal, UF 3.2 L. Post HD K 4.3, BUN 94 -> 38. Catheter relocked with heparin 1000u/ml per lumen volume, caps and dressing changed, site without redness or drainage. Pt makes almost no urine, bladder scan 40cc.\n" +
    "CV: SR 60s-80s after HD, BP 170/90 pre, 130/70 post. No chest pain. FS q1h x 4 after insulin/D50: 168, 122, 96, 104, no hypoglycemia.\n" +
    "Resp: 3L NC on arrival w/ crackles halfway up, weaned to RA after UF, sats 95%.\n" +
    "Neuro: A+Ox3, weakness in legs improved after HD, able to stand w/ 1 assist.\n" +
    "GI: Renal diet, low K, pt counseled on hidden sources (bananas, oranges, tomatoes, salt substitutes). Nephrocaps and Renagel w/ meals. Tolerated lunch.\n" +
    "Skin: Dry, itchy, lotion applied. R forearm with old clotted AV graft, no thrill.\n" +
    "Med rec: Reviewed with pt, she has been out of her phosphate binder for weeks and was splitting insulin doses to make them last. SW and case mgmt consulted re transportation to dialysis and coverage for meds.\n" +
    "Teaching: Reviewed why missing HD can be deadly, symptoms of high potassium, and to call her dialysis unit or come to the ED if she cannot get there. Pt tearful, says she 'knows better' and felt too sick to go.\n" +
    "Plan: Repeat K at 2200 and in am, HD again tomorrow per renal to get back on schedule, call out to floor if stable.",
  "CCU RN Progress Note 0700-1900\n" +
    "68 yo F, day 1 after elective PCI of LAD via R femoral approach (2 DES), on ASA, Plavix, heparin post procedure. Hx HTN, DM2, obesity. Full code.\n" +
    "Events: At 0945 pt c/o sudden severe R flank and low back pain 8/10, diaphoretic, nauseated. HR 58 -> 110s, BP 138/70 -> 82/44. Groin site soft w/o visible hematoma, but R lower quadrant tender. Heparin stopped, CCU fellow to bedside, 2 large bore IVs, 1L NS wide open, type and cross 4u. Stat Hct 24 (was 36 this am). Non-contrast CT abd/pelvis at 1030 showed large R retroperitoneal hematoma. Vascular surgery and IR consulted. Transfused 3u PRBC and 1 bag plts (on Plavix). BP recovered to 110s/60s after 2nd unit. Vascular felt no active extravasation, managing conservatively for now. Hct 24 -> 27.6 -> 29.8 -> 29.1.\n" +
    "Neuro: A+Ox3, anxious during event, calmer now. Brief vagal episode at 0950 w/ HR 40s and BP 70s, atropine 0.5mg IV x1, legs elevated, resolved.\n" +
    "CV: SR 80s-90s now, BP 110-124/60s. R DP/PT dopplerable, L palpable. R leg warm, sensation and motor intact, leg checks q1h (watching for femoral nerve compression). Cardiology and vascular discussed Plavix - stent thrombosis risk too high to stop after DES, ASA/Plavix continued, heparin off.\n" +
    "Pain: 8/10 -> 3/10 after morphine 2mg IV x3 total. Back pain positional.\n" +
    "Resp: RA, sats 96%. LS clear.\n" +
    "GI: NPO until afternoon, now clears, nausea resolved after Zofran.\n" +
    "GU: Foley placed for accurate I+O, 50-80cc/hr. Cr 1.0 -> 1.2.\n" +
    "Skin: Flank w/o ecchymosis so far (no Grey Turner sign), area of tenderness outlined w/ skin marker, abdominal girth 112 cm, measured q4h.\n" +
    "Family: Husband updated by fellow and RN, understands the complication. Pt asking 'did I do something wrong' - reassured.\n" +
    "Plan: Hct q4h, transfuse for Hct <25, bedrest, serial abd girth, flank/leg checks, IR on standby for embolization if Hct drops again.",
  "CCU NURSING PROGRESS NOTE\n" +
    "88 YO M WITH SEVERE CALCIFIC AORTIC STENOSIS (VALVE AREA 0.6 CM2, PEAK GRADIENT 78), CAD, CKD, ADMITTED WITH SYNCOPE AND CHF. DECLINED SURGICAL VALVE REPLACEMENT IN THE PAST. FULL CODE, DISCUSSING.\n" +
    "EVENTS: AT 1010 PT GIVEN SL NITRO 0.4MG BY COVERING RESIDENT FOR 'CHEST TIGHTNESS' - BP DROPPED 118/60 -> 68/40 WITHIN 5 MIN, PT GRAY AND LIGHTHEADED. PLACED IN TRENDELENBURG, 500CC NS BOLUS, NEO-SYNEPHRINE 100MCG IV X1, BP BACK TO 100S/50S BY 1030. SIGN PLACED OVER BED 'NO NITRATES - SEVERE AS'. PHARMACY ALERT ENTERED. TEAM REVIEWED WITH ALL STAFF.\n" +
    "CV: SR 70S, 1ST DEG AVB. HARSH 4/6 SYSTOLIC MURMUR RADIATING TO CAROTIDS. PULSES WEAK AND DELAYED. BP 100-115/50S. GENTLE DIURESIS: LASIX 20MG IV X1 WITH 600CC UO - AVOIDING OVER-DIURESIS D/T PRELOAD DEPENDENCE.\n" +
    "RESP: 2L NC, SATS 94%. BIBASILAR CRACKLES. NO DISTRESS.\n" +
    "NEURO: A+OX3, SHARP, DRY SENSE OF HUMOR. WALKS WITH CANE AT BASELINE.\n" +
    "GI/GU: LOW SALT DIET, EATING WELL. VOIDING, URINAL AT BEDSIDE.\n" +
    "SKIN: INTACT. HEELS DRY, LOTION.\n" +
    "FALLS: HIGH RISK D/T SYNCOPE, BED ALARM, ASSIST X1 TO COMMODE, ORTHOSTATICS ORDERED.\n" +
    "DISCUSSION: CARDIOLOGY ATTENDING MET WITH PT AND HIS TWO SONS AT 1400 RE BALLOON VALVULOPLASTY AS A BRIDGE/PALLIATIVE OPTION VS MEDICAL MANAGEMENT. PT SAYS HE WILL 'THINK IT OVER TONIGHT' AND TALK WITH HIS SONS, WHO WILL SUPPORT WHATEVER HE DECIDES. HE ASKED ABOUT DNR - EXPLAINED THAT THIS IS SEPERATE FROM THE PROCEDURE CHOICE, HE WILL DISCUSS WITH ATTENDING IN AM.\n" +
    "TEACHING: EXPLAINED WHY NITRO IS DANGEROUS WITH HIS VALVE, AND TO AVOID DEHYDRATION AND HOT SHOWERS. PT REPEATED BACK.\n" +
    "PLAN: NO NITRATES/VASODILATORS, CAREFUL DIURESIS, DECISION ON VALVULOPLASTY, READDRESS CODE STATUS.",
  "micu nursing progress note 7a-7p\n" +
    "41 yo m w/ gallstone pancreatitis, now day 3, complicated by sirs and early resp compromise. full code.\n" +
    "pain: main issue today. dilaudid pca 0.2mg demand q10 min, lockout 1.2mg/hr, no basal. pain 8/10 at start of shift -> 4-5/10 after pca use reviewed w/ pt (he was afraid to push the button). uses it appropriately now, 14 attempts/12 deliveries over 4 hrs. pain service saw pt, added scheduled iv tylenol. rass 0, not oversedated, rr 18-22.\n" +
    "resp: 4l nc -> 50% face tent, sats 92-95%. shallow breaths d/t pain, diminished bases, l > r. is to 500ml only, encouraged q1h. abg 7.41/34/68. cxr w/ small bilat effusions and l base atelectasis. team watching closely, bipap discussed if worsens.\n" +
    "cv: st 110s-120s, bp 120s-140s/70s. lr at 250cc/hr all shift, net pos 2.1l. cvp 6-8.\n" +
    "gi: npo, ngt to lis w/ 300cc bilious. abd distended, firm, diffusely tender, hypoactive bs. bladder pressure 14 mmhg (checked q4h, team aware of trend 11 -> 14). lipase 3400 -> 1800. ercp done last evening w/ sphincterotomy and stone removal. surgery following for cholecystecomy when better. nj tube for feeds discussed.\n" +
    "id: tmax 38.6, wbc 17. no abx for now per team, ct w/ contrast pending to look for necrosis.\n" +
    "gu: foley, uo 40-60cc/hr. cr 1.0.\n" +
    "endo: fs 150-190, ssi.\n" +
    "skin: intact. ngt taped, nares clean.\n" +
    "social: wife and 2 teenage kids visited, wife asked many questions about diet and alcohol. pt drinks 'a couple beers now and then', team feels this is gallstone related, not etoh.\n" +
    "sleep: pt says he got maybe 2 hrs last night because of pain, plan to cluster care tonight.\n" +
    "plan: fluids, pain control, pulm toilet, ct in am, bladder pressures q4h, consider feeding tube.",
  "MICU NURSING NOTE 0700-1900\n" +
    "82 YO F, CANTONESE SPEAKING ONLY, HX ADVANCED DEMENTIA, PRIOR STROKES, BEDBOUND, PEG FED, ADMITTED WITH ASPIRATION PNEUMONIA AND SEPTIC SHOCK, INTUBATED DAY 6, FAILED MULTIPLE SBTS.\n" +
    "FAMILY MEETING: HELD AT 1300 IN FAMILY ROOM WITH MICU ATTENDING, RESIDENT, SW, THIS RN AND A CANTONESE MEDICAL INTERPRETER IN PERSON. FAMILY PRESENT: PT'S HUSBAND, ELDEST SON (HCP), DAUGHTER AND DAUGHTER-IN-LAW. SON AND DAUGHTER SPEAK ENGLISH BUT HUSBAND DOES NOT, INTERPRETER USED THROUGHOUT SO HE COULD HEAR EVERYTHING DIRECTLY. TEAM REVIEWED: PT UNLIKELY TO COME OFF VENT, WOULD NEED TRACH, RISK OF REPEATED PNEUMONIAS HIGH, SHE IS NOT ABLE TO INTERACT. FAMILY SHARED THAT SHE ALWAYS SAID SHE WOULD NOT WANT TO 'LIVE ON MACHINES'. HUSBAND WANTED TIME FOR RELATIVES TO VISIT FIRST. DECISION: DNR NOW (ALREADY INTUBATED - NO CPR, NO SHOCKS, NO PRESSOR ESCALATION), PLAN FOR TERMINAL EXTUBATION TOMORROW AFTER OTHER FAMILY MEMBERS ARRIVE. PALLIATIVE CARE CONSULT PLACED.\n" +
    "NEURO: FENTANYL 25MCG/HR. OPENS EYES SPONTANEOUSLY, DOES NOT TRACK OR FOLLOW. GRIMACES WITH SUCTIONING, CPOT 2-3, BOLUS GIVEN BEFORE SX.\n" +
    "RESP: CPAP/PS 10/5 40%, RR 28-34, SATS 92-95%. COPIOUS THICK SECRETIONS, SX Q1-2H.\n" +
    "CV: SR-ST 90S-110S. BP 100S-120S/50S OFF PRESSORS SINCE YESTERDAY.\n" +
    "GI: TF VIA PEG AT GOAL 50CC/HR, RESIDUALS <50. LOOSE STOOL X2, FLEXISEAL CONSIDERED.\n" +
    "GU: FOLEY, 40-70CC/HR.\n" +
    "SKIN: STAGE 3 SACRAL ULCER PRESENT ON ADMIT, WOUND CARE PER RECS (WET TO DRY), LOW AIR LOSS BED. CONTRACTURES BOTH ARMS.\n" +
    "SPIRITUAL: FAMILY ASKED FOR A CHAPLAIN OF THEIR OWN FAITH TRADITION, SPIRITUAL CARE CALLED, WILL COME THIS EVENING.\n" +
    "PLAN: COMFORT-FOCUSED CARE, MAINTAIN CURRENT SUPPORT UNTIL FAMILY GATHERS, TERMINAL EXTUBATION WITH MORPHINE/ATIVAN ORDERS WRITTEN, SUPPORT FAMILY.",
  "MICU Nursing Progress Note\n" +
    "7a-7p. 56 yo M, 10 days s/p R knee replacement, sent in from rehab with acute dyspnea and syncope, found to have large bilat PEs with RV strain on CTA and echo (RV dilated, hypokinetic, McConnell sign). Full code.\n" +
    "Events: At 0750 BP trended down 96/60 -> 78/50, HR 120s, sats 86% on NRB. Team at bedside, decision for systemic thrombolysis. tPA 100mg over 2 hrs started 0825 after consent from pt and wife. Heparin held during infusion, restarted at 1030 w/o bolus when PTT <80. Neuro checks q15min during and q1h after - no change. No bleeding except small ooze from old PIV site, pressure dsg. Knee incision without bleeding, ortho aware of tPA.\n" +
    "CV: ST 120s -> 98-104 by noon. BP 78/50 -> 104-118/60s by 1200. Levophed .04 mcg/kg/min 0800-1130, now off. Troponin 0.34. BNP 680. LE dopplers: R popliteal DVT.\n" +
    "Resp: NRB -> BiPAP 10/5 60% 0800-1100 for work of breathing, then 6L NC, sats 93-95%. ABG 7.46/30/62 -> 7.42/34/81. RR 30s -> 22. LS clear.\n" +
    "Neuro: A+Ox3, anxious, 'I thought I was dying.' Reassured, stayed at bedside.\n" +
    "GI: NPO until afternoon, then clears. Protonix.\n" +
    "GU: Voiding, urinal, 1.1L. Cr 1.1.\n" +
    "Bleeding precautions: No IM injections, no new sticks, soft toothbrush, electric razor, no arterial punctures, labs drawn via existing A-line. Fibrinogen 310 -> 180. Hct 38 -> 35.\n" +
    "Pain: R knee 4/10, oxycodone 5mg x1.\n" +
    "Skin: Intact, no TED or SCD on R leg d/t DVT, SCD on L.\n" +
    "Teaching: Explained the clot, the clot-busting drug, and bleeding signs to report (headache, vision change, blood in urine or stool). Will start Coumadin teaching later this week.\n" +
    "Plan: Heparin gtt w/ PTT q6h, start Coumadin when stable, repeat echo in 24-48 hrs, PT/OT when cleared.",
  "CCU Nursing Note 0700-1900\n" +
    "64 yo M w/ morbid obesity (BMI 52), OSA on CPAP, diastolic CHF, AF, cellulitis of both legs, admitted w/ CHF exacerbation and hypercapnic encephalopathy. Intubated 2 days ago, extubated last evening to BiPAP. Full code.\n" +
    "Neuro: Overnight pt confused, pulled off BiPAP mask several times, tried to remove R IJ CVL. Soft wrist restraints in place per order since 0300. Reassessed at 0800: drowsy, oriented x1, still reaching for lines and mask. Restraints continued with MD renewal at 0900, released q2h for skin checks and ROM, documented on flowsheet. By 1300 pt more awake, oriented x3 after CO2 came down, following instructions, restraints d/c at 1330. Sitter not needed. Pt apologized, doesnt remember the night.\n" +
    "Resp: BiPAP 14/8 40% continuous until 1200, ABG 7.30/68/74 at 0600 -> 7.36/58/78 at 1130 -> now 4L NC while awake w/ ABG 7.37/55/72, BiPAP to resume at night. Incentive spirometer, HOB 45+.\n" +
    "CV: AF 80s-100s, BP 130s-150s/70s. Lasix gtt 15mg/hr, UO 150-250cc/hr, net neg 2.4L. Wt by bed scale 168.2 kg (down 1.8). Heparin sq, on Coumadin at home, INR 1.6.\n" +
    "Skin: Extensive care needed, 3 staff plus lift for turns. Bariatric bed with low air loss. Bilat LE erythematous, warm, weeping serous fluid, wrapped in ABD pads and kerlix, changed x2, erythema not extending past markings. Intertrigo in abdominal and groin folds - cleansed, dried well, antifungal powder, soft cloth placed in folds. Coccyx with blanchable redness. Braden 13. Mepilex on coccyx, heels offloaded in boots.\n" +
    "ID: Vanco for cellulitis, trough 14. Tmax 37.9.\n" +
    "GI: Clears -> cardiac diet this afternoon after swallow screen. BM x1 loose.\n" +
    "GU: External catheter, clear yellow.\n" +
    "Safety: Bed alarm, falls precautions, bariatric commode and walker ordered for when he can get up.\n" +
    "Teaching: CPAP every night, daily weights, fluid limit. Pt admits he stopped wearing his CPAP because the mask broke, SW/case mgmt to help get a new one.\n" +
    "Plan: Cont diuresis, BiPAP at night, skin care q shift, PT consult for mobility.",
  "MICU Nursing Progress Note days\n" +
    "38 yo F w/ hx IVDU (heroin, last use reportedly 4 days ago), admitted w/ fever, rigors, found to have MSSA bacteremia and large tricuspid valve vegetation (1.8 cm) on TEE, septic emboli to both lungs on CT. Primary language Haitian Creole, also fluent in French, some English. Full code.\n" +
    "Interpreter: Creole interpreter by phone for history and teaching; pt preferred in person, none available until 1500, then in person for a recap of rounds. Pt's English adequate for simple needs (pain, bathroom), interpreter for anything clinical.\n" +
    "ID: Tmax 39.4 at 0900, rigors, cultures redrawn x2. Nafcillin 2g IV q4h, tolerating. WBC 19.4. Admission blood cx 4/4 bottles MSSA, repeat pending.\n" +
    "CV: ST 110s-120s when febrile, 90s afebrile. BP 100-118/50s-60s. New holosystolic murmur LLSB, louder w/ inspiration. No peripheral stigmata seen (no splinter hemorrhages, no Janeway lesions). Cardiac surgery consulted re valve.\n" +
    "Resp: 2L NC, sats 94-96%. Pleuritic chest pain L side 6/10 w/ deep breaths. LS diminished L base.\n" +
    "Pain/withdrawal: COWS 9 at 0800 (yawning, rhinorrhea, goosebumps, restlessness), methadone 20mg po started per addiction team after discussion with pt, COWS 3 by 1400. Ketorolac avoided d/t kidneys, oxycodone for pleuritic pain per team. Pt asked directly if she would be 'treated like a junkie' - reassured that pain and withdrawal will be treated.\n" +
    "Access: PICC deferred until blood cx neg x 48 hrs. 2 PIVs, one infiltrated at 1100, removed, warm compress, new 20g placed L forearm.\n" +
    "GI: Regular diet, eating well. HCV Ab positive, LFTs mildly up.\n" +
    "GU: Voiding. Urine tox + opiates.\n" +
    "Skin: Track marks bilat AC and hands, small abscess L forearm, I+D at bedside by surgery, packed, cx sent.\n" +
    "Social: SW met w/ pt, she wants to stop using and asked about treatment programs. Has a 6 yo daughter staying with her grandmother.\n" +
    "Plan: 4-6 weeks IV abx, daily blood cx until neg, CT surgery decision on valve, methadone, HIV test consented and sent.",
  "CCU NPN 7A-7P\n" +
    "49 YO M WITH LONGSTANDING UNTREATED HTN, OFF ALL MEDS X 1 YR, ADMITTED WITH BP 242/138, HEADACHE, BLURRY VISION, CONFUSION, FLASH PULMONARY EDEMA AND TROPONIN LEAK. FULL CODE.\n" +
    "CV: NIPRIDE GTT STARTED 0.5 MCG/KG/MIN AT 0715, TITRATED TO 2.5 MCG/KG/MIN. GOAL PER TEAM: LOWER MAP NO MORE THAN 25% IN FIRST HR, THEN TO 160/100 OVER NEXT 2-6 HRS. BP 242/138 (MAP 173) -> 0815 196/118 (MAP 144) -> 1200 168/102 -> 1600 158/96. ART LINE R RADIAL, CORRELATES WITH CUFF WITHIN 10 MMHG. LABETALOL 20MG IV X2 ADDED. PO MEDS STARTED AT 1400: AMLODIPINE 10MG, LISINOPRIL 10MG, LABETALOL 200MG BID. NIPRIDE WEANING, NOW 1.0 MCG/KG/MIN. THIOCYANATE LEVEL IF NIPRIDE > 48 HRS. SR 80S-90S, LVH WITH STRAIN ON EKG. TROP I 0.9 -> 1.1, NO CHEST PAIN. ECHO EF 40%, SEVERE LVH.\n" +
    "NEURO: CONFUSED AT START OF SHIFT, ORIENTED TO SELF AND PLACE ONLY, HEADACHE 7/10. NEURO CHECKS Q1H. BY 1300 A+OX3, HEADACHE 3/10, VISION STILL SLIGHTLY BLURRY. PUPILS EQUAL, NO FOCAL WEAKNESS. HEAD CT NEG FOR BLEED. MRI ORDERED TO R/O PRES. OPHTHO EXAM: HYPERTENSIVE RETINOPATHY WITH FLAME HEMORRHAGES.\n" +
    "RESP: FACE MASK 50% -> 4L NC, SATS 95%. LASIX 40MG IV X2, CRACKLES IMPROVED. CXR BETTER.\n" +
    "RENAL: CR 2.4 (UNKNOWN BASELINE), UO 80-150CC/HR AFTER LASIX. UA WITH PROTEIN AND RBCS. RENAL US ORDERED.\n" +
    "GI: CLEAR LIQUIDS -> LOW SALT DIET. NO N/V.\n" +
    "SAFETY: SEIZURE PRECAUTIONS, FALLS PRECAUTIONS WHILE CONFUSED, BED ALARM.\n" +
    "SOCIAL: PT IS A LONG HAUL TRUCK DRIVER, STOPPED MEDS BECAUSE THEY MADE HIM 'TIRED ON THE ROAD' AND HE HAS NO PRIMARY CARE. GIRLFRIEND AT BEDSIDE. SW CONSULT FOR INSURANCE AND PCP FOLLOW UP.\n" +
    "TEACHING: STARTED BP TEACHING, WHAT THE NUMBERS MEAN, WHY PILLS CANNOT BE STOPPED ABRUPTLY. WILL NEED LOTS OF REINFORCEMENT.\n" +
    "PLAN: WEAN NIPRIDE OFF AS PO MEDS TAKE EFFECT, MRI, RENAL US, TRANSFER TO FLOOR WHEN OFF DRIPS.",
  "CCU Nursing Transfer Note 0700-1500\n" +
    "70 yo F, hospital day 5, admitted w/ acute decompensated systolic CHF (EF 30%) and new LBBB, ruled out for MI, cath w/ nonobstructive CAD. Diuresed 6.4 L total. Transferring to cardiology step-down this afternoon. Full code.\n" +
    "Neuro: A+Ox3, independent, sharp, does the crossword every morning.\n" +
    "CV: SR 70s w/ LBBB, no ectopy. BP 104-118/60s. Lasix changed IV -> PO 40mg bid yesterday, tolerated, net neg 600cc. Wt 64.8 kg today (admit 71.2). JVP 7cm, trace ankle edema. K 4.1, Mg 2.0, Cr 1.2 stable. Toprol XL 25mg, lisinopril 5mg, spironolactone 12.5mg started. Orthostatics 112/64 lying, 106/62 standing, no symptoms.\n" +
    "Resp: RA, sats 96%. LS clear. Walked 300 ft in hall w/ PT, no desat, mild DOE.\n" +
    "GI/GU: 2 gm Na diet, 2 L fluid limit. Voiding. BM daily.\n" +
    "Skin: Intact, no pressure areas. R radial cath site healed, no hematoma.\n" +
    "Med reconciliation: Full reconciliation done w/ pt and pharmacist before transfer. Home meds compared to current: HCTZ stopped (now on Lasix), atenolol changed to Toprol XL, lisinopril new, spironolactone new, Lipitor continued, calcium/vit D continued, ibuprofen stopped - pt told to use Tylenol for her arthritis. New list printed and reviewed line by line; pt keeps her own list in her purse and updated it herself.\n" +
    "Teaching: CHF booklet reviewed. Pt demonstrated reading a food label for sodium, picked the low salt soup. Reviewed daily weights at the same time each morning, and to call the cardiology clinic for gain >2 lbs in a day or 5 lbs in a week, worse SOB, or needing more pillows. She says she 'already' weighs herself, has a scale at home. Discussed possible BiV pacer/ICD if EF stays low after 3 months of meds, EP to see as outpt.\n" +
    "Falls: Low risk, steady gait.\n" +
    "Report: Called to step-down RN at 1410, all questions answered. Pt transferred by wheelchair w/ tele at 1450, belongings and glasses with her. Daughter told of the move by pt herself on her cell.\n" +
    "Plan: Per step-down team, d/c home w/ services in 1-2 days.",
];

/** Decision 239's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision239Corpus(): Corpus {
  return { notes: [], clean: DECISION_239_LONG_CLEAN };
}
