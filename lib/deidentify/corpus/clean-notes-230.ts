// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: shift notes with
// system headings or running prose, some all in capitals and some all in lower case, full of
// abbreviations, drug brand names, device eponyms, scores, vent settings, slashed and dotted numbers,
// clock times, typos and ordinary words that are names elsewhere. They are by "a seventy-third
// writer who had not read the guard's rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 230: thirty long clean ICU nursing notes (1,000 to 2,000 characters each). */
export const DECISION_230_LONG_CLEAN: string[] = [
  "MICU NPN 7a-7p\n" +
    "Pt is 67 yo M admitted from ED overnight w/ urosepsis, h/o DM2, CRI, CAD s/p CABG in 2001. Full code.\n" +
    "Neuro: Sedated on propofol 30mcg/kg/min + fentanyl 50mcg/hr, RASS -2 to -3. Opens eyes to voice, does not follow commands consistently. PERRL 3mm brisk. MAE but weak. Sedation vacation @ 0900, pt became agitated, pulling at ett, restarted at lower dose. CAM-ICU unable to assess.\n" +
    "CV: HR 90s-110s ST, no ectopy. BP soft on arrival 80s/40s, MAP 55-60, Levophed titrated up to .12 mcg/kg/min, now weaning, currently @ .06 w/ MAP 65-70. CVP 8-12 via R IJ TLC. Got 2L NS bolus overnight + 500cc this am. Pulses 2/4 radial, 1/4 DP bilat, feet cool.\n" +
    "Resp: Intubated, A/C 500x14, PEEP 5, FiO2 .50 -> weaned to .40. ABG 7.32/38/98/19. LS coarse upper, dim bases. Sx for mod thick tan secretions. CXR w/ ?LLL infiltrate.\n" +
    "GI: Abd soft, hypoactive BS. OGT to LIS, minimal bilious drainage. No stool. Protonix IV.\n" +
    "GU: Foley draining cloudy amber urine, uo 20-35cc/hr. Cr 2.4 up from 1.8.\n" +
    "ID: Tmax 38.9, now 37.8. WBC 18.2. On vanco, Zosyn. Blood cx x2, urine cx pending.\n" +
    "Endo: FSBG 210-260, insulin gtt started per protocol @ 3u/hr.\n" +
    "Skin: Intact, Braden 12, on Kinair bed.\n" +
    "Social: Wife at bedside most of day, updated by team. Son to come in tonight.\n" +
    "Plan: Wean Levophed as tol, f/u cx, cont abx, trend lactate. Will cont to monitor closely.\n" +
    "RN",
  "CSRU NURSING NOTE 1900-0700\n" +
    "PT RECIEVED FROM OR @ 1945 S/P CABG X3 (LIMA-LAD, SVG-OM, SVG-PDA). 72 YO M W/ H/O HTN, HYPERCHOL, PVD.\n" +
    "NEURO: REVERSED @ 2230, AWAKE, MAE, NODS APPROP TO QUESTIONS. PROPOFOL OFF. MSO4 2MG IV Q2H PRN W/ GOOD EFFECT.\n" +
    "CV: AV PACED @ 88 INITIALLY, UNDERLYING SR 70S, PACER NOW BACKUP VVI @ 60. SBP 90-130, NEO ON @ .5 MCG/KG/MIN, WEANED OFF BY 0300. SWAN-GANZ: PAP 30S/15-18, CVP 10-12, CI 2.3-2.6. K 3.6 REPLETED W/ 40 MEQ KCL IV, MG 1.8 GIVEN 2GM. CT DRAINAGE 60-100CC/HR INITIALLY, NOW 30CC/HR SEROSANG. NO AIR LEAK IN PLEUR-EVAC.\n" +
    "RESP: WEANED TO CPAP 5/PS 5, ABG 7.38/41/112/24. EXTUBATED @ 0115 TO 50% FACE TENT, SATS 96-98%. IS 750CC, GOOD COUGH, SPLINTING W/ PILLOW.\n" +
    "GI: NPO EXCEPT ICE CHIPS. ABD SOFT, BS HYPO. ZOFRAN X1 FOR NAUSEA.\n" +
    "GU: FOLEY, UO 50-200CC/HR AFTER LASIX 20 IV.\n" +
    "ENDO: INSULIN GTT PER CSRU PROTOCOL, FSBG 110-150.\n" +
    "SKIN: STERNAL AND L LEG DSGS D+I. BAIR HUGGER OFF @ 2300, TEMP 37.1.\n" +
    "SOCIAL: WIFE AND DTR CALLED, UPDATED. PLAN TO VISIT IN AM.\n" +
    "PLAN: OOB TO CHAIR IN AM, D/C SWAN, ADVANCE DIET, POSS TRANSFER TO FLOOR. PAIN CONTROL.\n" +
    "RN",
  "CCU Nursing Progress Note\n" +
    "Pt is a 58 yo female who came in through the ED w/ substernal CP radiating to L arm, EKG w/ ST elevations II, III, aVF. Taken emergently to cath lab, found 100% RCA, s/p stent x2. Arrived to CCU @ 1530 w/ R fem sheath in place, Angiomax gtt infusing until 1730 per cath report, integrilin continues x18 hrs.\n" +
    "Since arrival pt has been CP free, rating 0/10, denies SOB or nausea. HR 60s SB w/ occ runs of AIVR which cardiology aware of and not concerned, reperfusion rhythm. BP 100-118/50-60s. Started on Lopressor 12.5 po bid, held first dose for HR 52, given @ 2000 after HR up to 64. ASA, Plavix, Lipitor given.\n" +
    "Sheath pulled @ 2130 by fellow, manual pressure x20 min, no hematoma, site soft, small ooze at edges, pressure dsg applied. Distal pulses R DP/PT 2/4 dopplerable and palpable, foot warm. Flat in bed x6 hrs, pt grumbling about back pain but tolerating w/ Percocet x1.\n" +
    "Lungs clear, sats 97% on 2L NC. Voiding clear yellow urine in urinal, 450cc since arrival. Tolerating cardiac diet, ate little supper.\n" +
    "Labs: CK 1840 peaked?, trop pending, K 4.1, Mg 2.0, Hct 36.\n" +
    "Pt very anxious about work, states 'I never get sick.' Husband at bedside, supportive, asked many appropriate questions about stent and meds. Provided teaching re cardiac rehab, MI education started.\n" +
    "Plan: Serial enzymes, echo in am, ambulate after bedrest complete, cont BB/ASA/Plavix. Hope to transfer to the floor tomorrow if stable.\n",
  "npn 7p-7a\n" +
    "neuro: a&ox3, pleasant, sleeping in naps overnight. no c/o pain. ativan 0.5 po x1 @ 2300 for anxiety w/ good effect.\n" +
    "cv: hr 80s-90s sr, bp 100-120/60s. no ectopy. hct 26.8 @ 2200 -> 1 unit prbc given over 2 hrs, repeat hct 29.1 @ 0400. pt rec'd total 4 units since admit. iv protonix gtt @ 8mg/hr. 2 large bore piv in place (18g l ac, 16g r fa), both patent.\n" +
    "resp: ra, sats 96-99%. ls clear. no sob.\n" +
    "gi: npo for egd in am. had 1 large maroon stool @ 0100, guaiac +, approx 300cc, none since. ngt lavage earlier in ed reportedly clear, ngt d/c'd prior to transfer. abd soft, nt, nd, +bs. h/o etoh abuse, last drink per pt 'a couple days ago.' ciwa scores 4-6, no tremor, no diaphoresis, on ativan prn per scale. thiamine, folate, mvi given.\n" +
    "gu: voiding qs in urinal, 900cc overnight, clear yellow.\n" +
    "id: afebrile, wbc 9.4.\n" +
    "skin: intact. bruising on both forearms, pt states from 'bumping into things.'\n" +
    "social: no family called tonight. pt lives alone, states brother knows he is here. sw consult placed re etoh.\n" +
    "plan: egd in am w/ gi, serial hct q6h, keep 2 units crossmatched, transfuse for hct < 28, monitor for w/d. will cont to monitor.\n" +
    "rn",
  "SICU NPN 0700-1900\n" +
    "61 YO F S/P FALL AT HOME W/ SAH, R SDH. CAMINO BOLT PLACED IN ED.\n" +
    "NEURO: GCS 9 (E2 V2 M5). PUPILS R 4MM SLUGGISH, L 3MM BRISK. LOCALIZES W/ L ARM, WITHDRAWS R. + BABINSKI ON R. ICP 8-14, UP TO 22 W/ SX AND TURNING, RETURNS TO BASELINE W/IN 2 MIN. CPP >70. HOB 30. DILANTIN LEVEL 11.2. NIMODIPINE PER NGT Q4H. MANNITOL NOT NEEDED THIS SHIFT.\n" +
    "CV: HR 60S SB, SBP KEPT <140 PER NSURG, NICARDIPINE GTT @ 5MG/HR, TITRATED BETWEEN 2.5-7.5. NO CUSHING'S TRIAD NOTED. PULSES 2/4 THROUGHOUT.\n" +
    "RESP: INTUBATED, CPAP 5/PS 10, FIO2 .40, RR 14-18, VT 450-520. ABG 7.44/36/132/25. SX FOR SMALL WHITE SECRETIONS. NO CHEYNE-STOKES OR IRREG PATTERN.\n" +
    "GI: TF NEPRO @ 20CC/HR VIA NGT, RESIDUALS <30. COLACE, SENNA. NO BM.\n" +
    "GU: FOLEY, UO 60-120CC/HR. NA 141, SERUM OSM 296.\n" +
    "SKIN: OCCIPITAL LAC W/ STAPLES, SCANT SERO DRG. BRADEN 11. REPOSITIONED Q2H.\n" +
    "SOCIAL: HUSBAND AND 2 SONS IN, UPDATED BY NSURG RESIDENT AND THIS RN. VERY TEARFUL, ASKING ABOUT PROGNOSIS. CHAPLAIN OFFERED, DECLINED FOR NOW.\n" +
    "PLAN: REPEAT HEAD CT @ 0600, NEURO CHECKS Q1H, ICP GOAL <20, SBP <140. CONT TO SUPPORT FAMILY.\n" +
    "RN",
  "Nursing note 7a-7p. Pt is a 74 yo man with severe COPD on home O2 2L, admitted through ED with hypercarbic resp failure, initially on BiPAP 12/5 in ED. This am ABG 7.29/68/61/32 on BiPAP, pt more somnolent, difficult to arouse, so electively intubated @ 1040 by anesthesia w/ 8.0 ett, 23 at the lip. Given etomidate and succ. Post intubation BP dropped to 70s, 1L NS bolus given, brief Neo requirement x 40 min, now off w/ SBP 100-120s.\n" +
    "Vent A/C 550x12, PEEP 5, FiO2 .50 -> .35, repeat ABG 7.36/55/88/31. Pt w/ long expiratory phase, auto-PEEP measured @ 4 by RT, rate turned down. Diffuse exp wheezes, nebs q4h (albuterol/atrovent), solumedrol 60mg IV q6h. Sx for thick yellow sputum, sent for cx.\n" +
    "Sedation w/ fentanyl 50mcg/hr and Versed 2mg/hr, RASS -1 to -2, biting ett at times, bite block placed. Soft wrist restraints on per policy, order renewed.\n" +
    "HR 100s ST, likely from nebs. Afebrile. WBC 13, on steroids. Levaquin started.\n" +
    "Foley placed, uo 30-60cc/hr. OGT placed, position confirmed by cxr, tf to start tomorrow per nutrition.\n" +
    "Wife at bedside and very upset, states pt 'did not want to be on a breathing machine forever.' Pt has no written HCP. Team held brief family meeting, plan is trial of vent support and reassess in a few days. Wife plans to bring in pt's own paperwork.\n" +
    "Will cont current mgmt.\n" +
    "RN",
  "NPN noc\n" +
    "Neuro: Pt confused, oriented to self only, + asterixis. Restless early in shift, pulling at lines, Haldol 2mg IV x1 @ 2330 with some effect. Lactulose 30ml q4h via Dobhoff, titrate to 3-4 BMs/day. RASS +1 -> 0.\n" +
    "CV: HR 90s SR, BP 95-105/50s, MAP >60. No pressors. Albumin 25gm x2 given per hepatology.\n" +
    "Resp: 3L NC, sats 94-96%. Shallow breathing, dim bases, abd distended limiting excursion. No resp distress.\n" +
    "GI: Abd tense, distended, girth 112cm (was 109). s/p para 4L in IR on admission. Flexi-Seal in place draining liquid brown stool, 600cc this shift. Tbili 7.8, INR 2.3 - got 2 FFP and vit K 10mg SQ. Spironolactone, Lasix on hold for rising Cr.\n" +
    "GU: Foley, uo 15-25cc/hr, dark amber. Cr 2.1 from 1.6. ?HRS. Renal following. Octreotide and midodrine started.\n" +
    "ID: Tmax 37.9. Diagnostic para results ?SBP, on ceftriaxone. Blood cx NGTD.\n" +
    "Skin: Jaundiced, sclera icteric. Coccyx w/ stage II, Mepilex applied. Scrotal edema, elevated on towel roll. Braden 10.\n" +
    "Endo: FSBG 70s-140s, no SSI needed.\n" +
    "Social: Pt's sister called x2 overnight, updated. She is HCP per chart. h/o ETOH, sober x 6 mos per family, transplant eval discussed by team in past.\n" +
    "Plan: Trend LFTs, coags, Cr. Cont lactulose/rifaximin. Need MELD recalc. Goal BMs 3-4.\n" +
    "RN",
  "sicu nursing progress note 7a-7p\n" +
    "pt is 45 yo m s/p mvc, ex-lap w/ splenectomy, small bowel resection in or yesterday. arrived from pacu overnight.\n" +
    "neuro: awake, alert, following commands, intermittently confused to time. pain controlled w/ dilaudid pca 0.2mg q10min, used 3.6mg this shift, rates pain 4-6/10. c-collar on, c-spine not cleared yet, awaiting mri.\n" +
    "cv: hr 100-115 st, bp 130-150/70s. lopressor 5mg iv q6h. hct 27.9 stable from 28.3. cvp 6-9 r sc tlc.\n" +
    "resp: extubated in pacu, on 4l nc, sats 95%. l rib fx 5-8, splinting, is 500cc only. ls dim l base. cxr small l effusion. encouraged c&db q1h, tolerting poorly.\n" +
    "gi: npo, ngt (salem sump) to lcws, draining 350cc bilious. abd midline incision w/ staples, dsg c/d/i. jackson-pratt x1 llq draining 90cc serosang. hypoactive bs. no flatus.\n" +
    "gu: foley, uo 40-80cc/hr.\n" +
    "id: tmax 38.5 @ 1400, blood cx sent. periop abx d/c'd. post-splenectomy vaccines due before d/c.\n" +
    "skin: abrasions l arm and l hip, bacitracin. hemovac removed from l thigh lac per ortho.\n" +
    "social: girlfriend and mother in this afternoon, updated. pt asking about work and when he can drive.\n" +
    "plan: oob to chair w/ pt, pulm toilet, mri c-spine, ?transfer to the floor tomorrow.\n" +
    "rn",
  "MICU NURSING NOTE 7P-7A\n" +
    "24 YO F W/ TYPE 1 DM ADMITTED FROM ED IN DKA, INITIAL GLUCOSE 612, AG 28, PH 7.08. H/O NONCOMPLIANCE W/ INSULIN, 3 PRIOR ADMITS FOR SAME PER PT.\n" +
    "NEURO: A+OX3, SLEEPY BUT EASILY AROUSED. C/O HA, TYLENOL 650 PO X1.\n" +
    "CV: HR 120S ST -> 90S AFTER 4L NS. BP 110/60-130/70. NO ECTOPY.\n" +
    "RESP: KUSSMAUL RESP ON ARRIVAL, RR 30S, NOW 20-22 AND LESS DEEP. RA SATS 99%.\n" +
    "ENDO: INSULIN GTT STARTED @ 7U/HR, FSBG Q1H: 480, 402, 355, 290, 248 -> D5 1/2NS ADDED @ 150CC/HR WHEN BG <250. AG 28 -> 19 -> 14. LYTES Q2H.\n" +
    "LYTES: K 5.8 ON ADMIT, NOW 3.4, KCL 20MEQ X2 IV GIVEN. PHOS 1.6, K-PHOS 15MMOL IV. MG 1.7 REPLETED.\n" +
    "GI: NAUSEA, VOMITED X2 SMALL AMT BILIOUS. ZOFRAN 4MG IV X2. NPO EXCEPT ICE CHIPS. ABD SOFT.\n" +
    "GU: VOIDING LARGE AMTS, I&O +3.2L SINCE ADMIT.\n" +
    "ID: AFEBRILE. WBC 16, LIKELY STRESS. UA NEG. CXR CLEAR.\n" +
    "SOCIAL: PT TEARFUL, STATES SHE RAN OUT OF INSULIN AND COULD NOT AFFORD REFILL. MOTHER AT BEDSIDE UNTIL 2300. SW AND DIABETES EDUCATOR CONSULTS REQUESTED FOR AM.\n" +
    "PLAN: CONT INSULIN GTT UNTIL GAP CLOSED X2, THEN SQ LANTUS W/ 2HR OVERLAP. ADVANCE DIET. TRANSFER TO FLOOR WHEN STABLE.\n" +
    "RN",
  "Nursing Note 0700-1900\n" +
    "Pt is an 86 yo woman admitted from OSH 5 days ago w/ massive L MCA stroke, not a candidate for intervention. GCS 5 this am (E1 V1 M3), pupils unequal R 5mm NR, L 3mm sluggish. Breathing pattern now Cheyne-Stokes w/ periods of apnea up to 20 sec.\n" +
    "Family meeting held @ 1100 w/ neuro attending, SW, chaplain, RN and pt's 3 children. HCP is dtr. Family shared that pt had been clear she never wanted to be 'kept alive on machines' and they feel she would not want a PEG. Decision made for comfort measures only. DNR/DNI confirmed, order written.\n" +
    "Since 1300: IVF stopped, labs and fsbg d/c'd, tele off, NGT removed. Morphine gtt started @ 2mg/hr w/ 2mg IV bolus q15min prn for resp distress or grimace. Given 2 boluses, RR now 14-18, no accessory muscle use, face relaxed. Scopolamine patch applied for secretions, oral care q2h w/ swabs, Yankauer at bedside. Ativan 0.5mg IV prn for agitation, not needed.\n" +
    "Skin: Sacrum red, blanchable. Repositioned q2-3h w/ pillows for comfort, family assisting. Kinair bed.\n" +
    "Family at bedside all afternoon, grandchildren visiting in small groups. Lights dimmed, music playing that pt liked. Family asked about what breathing changes to expect and were given information. Son stating they are 'at peace' with the decision.\n" +
    "Plan: Cont comfort measures, pain/dyspnea mgmt. Support family. Pastoral care to return this evening.\n" +
    "RN",
  "Nsg 7a-7p\n" +
    "S: 'I feel like I can finally breathe.'\n" +
    "O: 52 yo F w/ bilat PE, LLE DVT, transferred from the floor overnight for tachycardia and hypoxia. Echo w/ mild RV strain.\n" +
    "Neuro- A&Ox3, appropriate, anxious at times, calmed w/ reassurance and Ativan 0.5mg po x1.\n" +
    "CV- HR 110s ST on arrival -> 90s today. BP 120-140/70-80s. Heparin gtt @ 1300u/hr, PTT 48 @ 0600 -> increased to 1450u/hr per nomogram, repeat PTT 71 @ 1200, therapeutic. Coumadin 5mg po started tonight, INR 1.1. LLE edema 2+, calf tender, + Homans per MD exam. Pedal pulses 2/4 bilat.\n" +
    "Resp- 4L NC -> 2L, sats 94-97%. RR 20s. Lungs clear, diminished R base. CT chest showed clot burden in both main PAs. No hemoptysis.\n" +
    "GI- Tolerating regular diet, ate 75% of lunch. +BM. Colace.\n" +
    "GU- Voiding, adequate amts.\n" +
    "Access- R arm PICC placed in IR this am, tip confirmed SVC on cxr. PIV x1 L hand.\n" +
    "Heme- Hct 34, plt 212. Watching for HIT, plt stable.\n" +
    "Social- Pt concerned about missing work. Husband visiting, brought pt's glasses and books. Pt reports long car trip prior to sx onset, also on OCPs, discussed w/ team.\n" +
    "A: Hemodynamically improved, therapeutic on heparin.\n" +
    "P: Cont heparin gtt, daily INR, Coumadin teaching, OOB and ambulate as tol. Possible call-out to the floor tomorrow.\n" +
    "RN",
  "CCU NPN 7P-7A\n" +
    "PT IS 79 YO M W/ ISCHEMIC CMP, EF 15%, ADMITTED W/ DECOMPENSATED CHF. SWAN-GANZ PLACED IN CATH LAB.\n" +
    "NEURO: A+OX3, SLEPT IN 2-3 HR STRETCHES. C/O ORTHOPNEA, HOB UP 45 DEG. NO SEDATION NEEDED.\n" +
    "CV: HR 80S AF, RATE CONTROLLED, NO RVR. BP 88-100/50S. DOBUTAMINE @ 5MCG/KG/MIN. NUMBERS @ 2200: PAP 52/28, PCWP 26, CVP 16, CO 3.1, CI 1.6, SVR 1450. @ 0400: PAP 44/22, PCWP 19, CVP 12, CO 3.9, CI 2.0. LASIX GTT @ 10MG/HR AFTER 80MG IV BOLUS. AMIODARONE PO. COUMADIN HELD, INR 2.8. EXTREMITIES COOL, PULSES 1/4 DP BILAT, 2+ PITTING EDEMA TO KNEES.\n" +
    "RESP: 4L NC, SATS 93-95%. CRACKLES 1/2 UP BILAT. CXR W/ PULM EDEMA, SMALL BILAT EFFUSIONS.\n" +
    "GI: 2G NA DIET, 1.5L FLUID RESTRICTION, PT THIRSTY, MOUTH CARE AND ICE CHIPS W/IN LIMIT. NO BM X2 DAYS, SENNA GIVEN.\n" +
    "GU: FOLEY, UO 100-250CC/HR ON GTT. NET NEG 1.8L SINCE MN. K 3.5 -> 40MEQ KCL PO. MG 1.9. CR 1.7 STABLE.\n" +
    "SKIN: HEELS BOGGY, ON PILLOWS. BRADEN 14.\n" +
    "SOCIAL: WIFE CALLED @ 2100, UPDATED. CODE STATUS DISCUSSED BY TEAM YESTERDAY, REMAINS FULL CODE. PT STATES HE WANTS 'TO SEE IT THROUGH.'\n" +
    "PLAN: CONT DOBUTAMINE AND LASIX GTT, GOAL NEG 1-2L, REPEAT SWAN NUMBERS Q4H, LYTES Q6H. ?EVAL FOR LVAD VS HOSPICE PER HF TEAM.\n" +
    "RN",
  "Nursing Note 1900-0700: Pt is a 49 yo M admitted to MICU for ETOH withdrawal, last drink approx 48 hrs prior to admission per pt, h/o w/d seizures. Early in shift pt became increasingly tremulous, diaphoretic, and agitated, picking at the air and stating he saw bugs on the wall. CIWA 24 @ 2000. Valium 10mg IV given q5-10 min per protocol for total of 80mg by 2300 with minimal effect, then phenobarb 130mg IV x2 per MICU team. Pt calmer by 0030, RASS 0 to -1, sleeping but arousable, oriented to place and year when awake. Bilateral soft wrist restraints applied 2130-0100 for safety after pt tried to climb OOB and pulled out PIV, restraint flowsheet completed, released q2h, skin checked.\n" +
    "VS: HR 130s ST -> 90s, BP 170/100 -> 130/80s, Tmax 38.2, RR 22 -> 16, sats 96% on 2L NC. Airway watched closely w/ sedation, gag intact, no need for intubation at this time. Yankauer at bedside.\n" +
    "New PIV x2 placed (20g R FA, 18g L AC). IVF D5NS w/ 20 KCL @ 125cc/hr, banana bag given. Thiamine 100 IV daily. K 3.2, Mg 1.4 - repleted.\n" +
    "Voiding in urinal w/ assist, 700cc. No BM. Not eating, npo for now d/t sedation.\n" +
    "No family contact tonight. Pt told nurse earlier he lives w/ a roommate.\n" +
    "Plan: CIWA q1h, valium per protocol, aspiration and seizure precautions, lytes in am, SW and addiction consult when able.\n" +
    "RN",
  "npn 7a-7p\n" +
    "68 yo f hd 24, s/p trach (shiley 8 cuffed) and peg last wk for failure to wean after aspiration pna. awaiting rehab bed.\n" +
    "neuro: alert, mouths words, follows commands, nods yes/no appropriately. writes on clipboard. oob to chair x2 hrs w/ pt and 2 assist, tolerated well. seroquel 25 hs.\n" +
    "resp: trach mask 40% fio2 x 6 hrs this am, rr 18-24, sats 94-97%, no distress. placed back on vent for rest @ 1400: ps 10/5, fio2 .40, vt 400s, rr 18. passy-muir valve trial w/ speech @ 1100 x 20 min, pt able to speak in short phrases, cuff deflated during trial, tolerated. sx q2-3h for mod thick white sputum. trach site clean, dsg changed, ties secure.\n" +
    "cv: hr 80s sr, bp 110-130/60s. no ectopy.\n" +
    "gi: tf jevity 1.2 @ 60cc/hr via peg (goal), residuals 10-40cc. peg site w/o redness. colace, senna. 1 soft bm.\n" +
    "gu: foley d/c'd @ 0600, voided 250cc @ 1200, bladder scan 90 after.\n" +
    "id: afebrile. finished zosyn course. wbc 8.9.\n" +
    "skin: sacral stage ii healing, duoderm intact. heels floated. braden 13.\n" +
    "social: husband here all day as usual, very involved in care, learning trach suctioning. case mgmt working on rehab placement, insurance auth pending.\n" +
    "plan: cont trach mask trials as tol, increase daily, speech f/u, d/c to rehab when bed available.\n" +
    "rn",
  "VASCULAR SICU NPN 7A-7P\n" +
    "PT IS 71 YO M POD 1 S/P OPEN AAA REPAIR (TUBE GRAFT), EBL 1800CC, RECEIVED 4U PRBC, 2 FFP, CELL SAVER IN OR.\n" +
    "NEURO: SEDATION LIGHTENED @ 0800, PT AWAKE, NODDING, FOLLOWING COMMANDS, MAE X4. EPIDURAL (BUPIVACAINE/FENTANYL) @ 8CC/HR, PT DENIES PAIN, DERMATOME LEVEL T6. APS FOLLOWING.\n" +
    "CV: HR 70-90 SR, OCC PVCS. SBP 100-140, NTG GTT OFF @ 0900. CVP 9-12. LE PULSES: DP/PT DOPPLERABLE BILAT, FEET WARM, CAP REFILL <3 SEC. NO MOTTLING. HCT 30.4 STABLE.\n" +
    "RESP: WEANED CPAP 5/PS 8, RSBI 42, EXTUBATED @ 1030 TO 4L NC, SATS 95-97%. COUGHING, IS 1000CC. LS DIM BASES.\n" +
    "GI: NGT TO LCWS, 150CC GREEN DRAINAGE. ABD SOFT, APPROP TENDER, HYPO BS. NPO. PROTONIX IV. BLADDER PRESSURE 12.\n" +
    "GU: FOLEY, UO 40-70CC/HR. CR 1.3 FROM 1.1 PRE-OP, WILL MONITOR.\n" +
    "ID: TMAX 37.9, PERIOP ANCEF.\n" +
    "SKIN: MIDLINE INCISION W/ STAPLES, DSG D+I. BAIR HUGGER D/C'D.\n" +
    "ENDO: SSI PER SCALE, FSBG 140-180, 4U REG INSULIN TOTAL.\n" +
    "SOCIAL: WIFE AND DTR VISITED THIS AFTERNOON, UPDATED BY VASCULAR TEAM. DTR ASKED ABOUT REHAB AFTER D/C.\n" +
    "PLAN: OOB TO CHAIR TOMORROW, CONT EPIDURAL, MONITOR PULSES AND UO, HCT IN PM. WILL CONT TO MONITOR.\n" +
    "RN",
  "MICU Nursing Progress Note 7p-7a\n" +
    "Pt is a 39 yo F w/ AML, day 14 of induction chemo, transferred from the onc floor @ 2030 for hypotension (SBP 70s) and fever 39.4 in setting of neutropenia (ANC 0). On arrival pt alert and oriented, anxious, rigoring. Hickman R chest double lumen, both lumens flushed and drawing. Blood cx drawn from each lumen and peripherally. Vanco, cefepime and Flagyl given, ambisome added by team. 3L NS boluses, SBP up to 90s but MAP persistently <60, so Levophed started via Hickman @ .04 mcg/kg/min, currently @ .08, MAP 62-68. HR 120s ST -> 100s. Lactate 3.8 -> 2.6.\n" +
    "Resp: 2L NC, sats 95%, RR 24. CXR w/o infiltrate. Watching closely.\n" +
    "Heme: Plt 9 -> 1 bag plt given, post count 31. Hct 22.8 -> 1U irradiated, leukoreduced PRBC. Neutropenic precautions, no rectal temps, no fresh flowers.\n" +
    "GI: Mucositis grade 2, magic mouthwash, Dilaudid 0.5mg IV q3h prn w/ relief. Diarrhea x3, C diff sent. NPO except sips.\n" +
    "GU: Foley placed, uo 30-50cc/hr after fluids.\n" +
    "Skin: Petechiae on lower legs. Tunnel site of Hickman w/o erythema. Mepilex to coccyx as preventive.\n" +
    "Social: Pt's partner at bedside all night, supportive, updated by MICU resident and onc fellow. Pt has young child at home w/ grandparents. Pt states 'I just need to get through this.' Full code.\n" +
    "Plan: Wean Levophed as tol, f/u cx, abx, transfuse plt <10, Hct <24. Cont to support pt and partner.\n" +
    "RN",
  "NPN 0700-1900\n" +
    "Neuro: 56 yo M w/ necrotizing gallstone pancreatitis, HD 9. Sedated on fentanyl 100mcg/hr + propofol 40mcg/kg/min, RASS -2, opens eyes briefly to voice, no purposeful movement. Daily wake-up held today d/t high vent reqs. Pupils 3mm brisk.\n" +
    "CV: HR 100-110 ST, BP 105-130/55-65. No pressors since yesterday. CVP 14-16. Pulses palp throughout. LE edema 2+.\n" +
    "Resp: ARDS. A/C 420x24 (low TV), PEEP 14, FiO2 .60. Plateau 28. ABG 7.31/52/68/26 - permissive hypercapnia. Pt turned side to side q2h, desats to 86% w/ turns, recovers in 2-3 min. Sx minimal thin secretions. CXR diffuse bilat infiltrates, unchanged.\n" +
    "GI: Abd firm, distended, bladder pressure 18 -> surgery aware. NGT to LIS, 400cc dark green. TPN @ 80cc/hr via L SC TLC, lipids @ 10cc/hr. Lipase 1200. Protonix. Small liquid stool x1.\n" +
    "GU: Foley, uo 30-45cc/hr, Lasix 20 IV x1 w/ response of 300cc. Cr 1.4.\n" +
    "ID: Tmax 38.7 @ 1300, pan cx'd. On meropenem for necrosis per surgery. WBC 21.\n" +
    "Endo: Insulin gtt 2-5u/hr, FSBG q1h 110-160.\n" +
    "Skin: Braden 9. Kinair bed. Generalized edema, weeping from arms. Small stage I on R ear from ett holder, ett repositioned and padded.\n" +
    "Social: Wife and brother in x2 today. Family meeting held @ 1600 w/ team - aware this will be a long course. Wife asking good questions, appreciated update. Pt full code.\n" +
    "Plan: ?CT abd in am, cont lung protective ventilation, wean FiO2 as tol, TPN, serial bladder pressures.\n" +
    "RN",
  "MICU NPN 7A-7P\n" +
    "PT IS 33 YO F ADMITTED VIA ED S/P INTENTIONAL OD ON UNKNOWN AMT OF TRICYCLICS AND ETOH, FOUND BY ROOMMATE. INTUBATED IN ED FOR AIRWAY PROTECTION, GCS 6 AT THAT TIME. CHARCOAL GIVEN VIA OGT. TOX FOLLOWING.\n" +
    "NEURO: OFF SEDATION SINCE 0800, NOW OPENS EYES SPONTANEOUSLY, FOLLOWS SIMPLE COMMANDS, MAE. PUPILS 5MM SLUGGISH. NO SEIZURE ACTIVITY. ON SUICIDE PRECAUTIONS, 1:1 SITTER IN ROOM AT ALL TIMES, BELONGINGS SEARCHED.\n" +
    "CV: HR 110S ST, QRS 118 ON ADMIT -> 96 AFTER NA BICARB 150MEQ/L GTT @ 150CC/HR. SERUM PH 7.49, GOAL 7.45-7.55. BP 100-120/60S. EKG Q4H, NO VT/VF.\n" +
    "RESP: CPAP 5/PS 5, FIO2 .40, RR 12-16, VT 450. ABG 7.47/36/140/26. EXTUBATION PLANNED THIS PM IF CONTINUES TO FOLLOW COMMANDS. SX SMALL THIN BLACK-TINGED SECRETIONS.\n" +
    "GI: OGT TO LIS. ABD SOFT, HYPO BS (ANTICHOLINERGIC). NO STOOL.\n" +
    "GU: FOLEY, UO 80-120CC/HR.\n" +
    "LABS: K 3.6, MG 2.0, NA 146 ON BICARB. SERUM ETOH NEG NOW. ASA/TYLENOL LEVELS NEG.\n" +
    "SKIN: INTACT, OLD SCARS ON L FOREARM.\n" +
    "SOCIAL: MOTHER AT BEDSIDE, TEARFUL. STATES PT HAS H/O DEPRESSION, RECENTLY STOPPED MEDS. PSYCH CONSULT PLACED, WILL SEE AFTER EXTUBATION.\n" +
    "PLAN: EXTUBATE, WEAN BICARB GTT AS QRS NARROWS, 1:1 SITTER, PSYCH EVAL. WILL CONT TO MONITOR.\n" +
    "RN",
  "micu npn 7p-7a\n" +
    "pt 63 yo m w/ esrd on hd, missed 2 sessions, admitted w/ k 7.4, peaked t waves. got ca gluconate, insulin/d50, kayexalate, bicarb in ed. hemodynamically labile so cvvhdf started @ 2100 via r fem quinton (placed in ed).\n" +
    "neuro: a&ox3, sleepy, appropriate. c/o itching, benadryl 25 iv x1. no asterixis.\n" +
    "cv: hr 60s sb, occasional pvcs, bp 90s-110s/50s. k 7.4 -> 6.1 -> 5.2 @ 0400. ekg @ 0200 t waves less peaked per resident. no pressors. cvp 12.\n" +
    "resp: 2l nc, sats 95-98%. crackles at bases, improved after uf started. cxr mild pulm edema.\n" +
    "renal: cvvhdf, bfr 150, replacement 1.5l/hr, dialysate 1l/hr, uf goal net neg 100cc/hr, achieved -650 so far. citrate anticoagulation, ionized ca checked q6h, 1.12, ca gtt adjusted per protocol. filter clotted x0. l arm av graft w/ weak thrill, renal aware, ?clotted, us ordered.\n" +
    "gi: renal diet, not hungry. phoslo w/ meals. no bm.\n" +
    "gu: anuric at baseline.\n" +
    "id: afebrile. line site fem w/o erythema.\n" +
    "skin: dry, excoriated from scratching. eucerin applied.\n" +
    "social: lives w/ wife, who called tonight and was updated. pt admits to skipping hd because 'i felt fine.' education given, pt receptive.\n" +
    "plan: cont cvvh, lytes q6h, vascular re graft in am, transition back to intermittent hd when stable.\n" +
    "rn",
  "NURSING TRANSFER NOTE MICU -> FLOOR\n" +
    "PT IS 81 YO F ADMITTED 6 DAYS AGO FROM HOME W/ RLL PNA, SEPSIS, REQUIRED NEO X 36 HRS AND BIPAP X 1 DAY, NEVER INTUBATED. NOW STABLE FOR FLOOR.\n" +
    "NEURO: A+OX3, PLEASANT, HOH - HEARING AID R EAR. DELIRIUM EARLIER IN STAY NOW RESOLVED, CAM-ICU NEG X 48 HRS. HALDOL D/C'D.\n" +
    "CV: HR 70S SR, BP 120-140/60-70S. HOME LOPRESSOR RESTARTED 25 PO BID. TELE D/C'D PER TEAM.\n" +
    "RESP: 2L NC, SATS 93-96%, WEANED FROM 5L. RHONCHI R BASE, PRODUCTIVE COUGH W/ YELLOW SPUTUM. IS 1000CC. NEBS PRN.\n" +
    "GI: REGULAR DIET W/ THIN LIQUIDS PER SPEECH EVAL, FEEDS SELF, EATS 50-75%. BM TODAY. COLACE.\n" +
    "GU: FOLEY D/C'D YESTERDAY, VOIDING ON COMMODE W/ ASSIST OF 1.\n" +
    "ID: AFEBRILE X 72 HRS. CEFTRIAXONE AND AZITHRO -> CHANGED TO PO LEVAQUIN TODAY. WBC 10.1 FROM 22.\n" +
    "ACCESS: R ARM PICC FOR ABX, FLUSHED, DSG CHANGED TODAY.\n" +
    "SKIN: COCCYX REDDENED BUT BLANCHABLE, BARRIER CREAM. HEELS INTACT. BRADEN 16.\n" +
    "ACTIVITY: OOB TO CHAIR X2, AMBULATED 20 FT W/ WALKER AND PT.\n" +
    "SOCIAL: SON IS HCP, AWARE OF TRANSFER, WILL VISIT TONIGHT. PT LIVES ALONE, PT/OT RECOMMEND SHORT REHAB STAY PRIOR TO HOME.\n" +
    "REPORT GIVEN TO FLOOR RN @ 1515. PT TRANSFERRED VIA BED W/ BELONGINGS, GLASSES, HEARING AID AND DENTURES.\n" +
    "RN",
  "CSRU NPN 7p-7a\n" +
    "65 yo F s/p AVR (tissue) + MV repair, arrived from OR @ 1830. Over first 2 hrs CT output 250-300cc/hr bright red, Hct 31 -> 26, ACT 150. Protamine 50mg given, 2U FFP, 1 plt, 2U PRBC, DDAVP per CT surgery. Output did not slow, pateint taken back to OR @ 2215 for re-exploration, found bleeding from cannulation site, repaired. Returned @ 0040.\n" +
    "Since return: CT output 40-60cc/hr serosang, Pleur-evac w/o air leak.\n" +
    "Neuro: Remains sedated on propofol 20mcg/kg/min, plan to wake in am. Pupils equal, 2mm.\n" +
    "CV: V paced @ 90 via epicardial wires, underlying junctional 50s. Art line reading 120s/60s, cuff correlates. Swan: PAD 18-20, CVP 11-13, CI 2.4 on milrinone .25 and Levophed .03. SvO2 68-72%. K 4.4, Mg 2.2 after 2gm. Temp rose to 38.5 @ 0500 from 36.1 on return, Bair Hugger off, blood cx not sent per resident (post-pump).\n" +
    "Resp: A/C 600x12, PEEP 5, FiO2 .50. ABG 7.41/39/142/24. Breath sounds diminished L base.\n" +
    "GI: OGT to LIS, small bilious. Abd soft.\n" +
    "GU: Foley, uo 50-150cc/hr.\n" +
    "Endo: Insulin gtt 4-6u/hr, FSBG 120-160.\n" +
    "Social: Husband waited in family room until pt returned from OR, updated by surgeon, went home @ 0130. Asked to be called w/ any change.\n" +
    "Plan: Wean milrinone/Levophed as tol, wean vent and extubate in am if stable, monitor CT output q1h.\n" +
    "RN",
  "NEURO ICU NPN 1900-0700\n" +
    "PT IS 77 YO M W/ ACUTE L MCA STROKE, RECEIVED IV TPA IN ED W/IN WINDOW. ARRIVED TO UNIT @ 2010 ON TPA INFUSION, COMPLETED @ 2045.\n" +
    "NEURO: NIHSS 14 ON ARRIVAL -> 9 @ 0600. NEURO CHECKS Q15MIN X2 HRS, THEN Q30MIN X6 HRS, NOW Q1H. EXPRESSIVE APHASIA, ABLE TO SAY 'YES' AND 'NO', FOLLOWS 1-STEP COMMANDS. R FACIAL DROOP. R ARM 2/5, R LEG 3/5, L SIDE 5/5. PUPILS 3MM BRISK BILAT. NO HA, NO N/V. NO BLEEDING FROM GUMS OR IV SITES.\n" +
    "CV: HR 70S AF (NEW), NO RVR. BP GOAL <180/105 POST TPA: 150-175/80-95, LABETALOL 10MG IV X2 @ 2200 AND 0300. NO ANTICOAGULATION OR ANTIPLATELETS X24 HRS.\n" +
    "RESP: RA, SATS 95-97%. LS CLEAR. STRONG COUGH.\n" +
    "GI: NPO, FAILED BEDSIDE SWALLOW SCREEN, SPEECH EVAL IN AM. NO NGT X24 HRS POST TPA. MOUTH CARE.\n" +
    "GU: NO FOLEY PER PROTOCOL, CONDOM CATH, UO ADEQUATE.\n" +
    "SKIN: INTACT. FALL PRECAUTIONS, BED ALARM ON.\n" +
    "LABS: FSBG 130S. INR 1.0, PLT 198. LIPIDS IN AM.\n" +
    "SOCIAL: WIFE AND SON AT BEDSIDE UNTIL 2300, UPDATED BY NEURO RESIDENT. WIFE STATES PT WAS 'RIGHT AS RAIN' AT DINNER. SON WILL RETURN IN AM.\n" +
    "PLAN: HEAD CT @ 24 HRS POST TPA, THEN START ASA IF NO BLEED. MRI/MRA. ECHO. PT/OT/SPEECH. WILL CONT NEURO CHECKS Q1H.\n" +
    "RN",
  "Nursing progress note 7a-7p\n" +
    "Pt is a 54 yo M s/p out of hospital VF arrest, ROSC after 3 shocks and ~20 min CPR per EMS, cooled to 33 deg C per hypothermia protocol. Rewarming began @ 0800 at 0.25 deg/hr, core temp 35.9 @ 1800 via Foley temp probe. Shivering controlled w/ Demerol 25mg IV x1, Bair Hugger, and propofol.\n" +
    "Neuro: Sedation held @ 1500 once normothermic - pt withdraws all 4 ext to pain, no eye opening, corneals +, cough/gag +, pupils 3mm reactive. No myoclonus seen. EEG placed @ 1300, read pending. Neurology says prognosis cannot be addressed until at least 72 hrs, so family has a grace period before any decisions.\n" +
    "CV: SR 60s-70s during cooling, now 80s w/ rewarming. No ectopy. MAP 65-80 on Levophed .02 -> off @ 1400. Cath lab yesterday w/ LAD stent, on ASA/Plavix, heparin gtt @ 1000u/hr, PTT 62.\n" +
    "Resp: A/C 500x16, PEEP 5, FiO2 .40. ABG 7.39/40/104/23. Sx small amts tan.\n" +
    "GI: OGT, tf on hold during rewarming. Abd soft.\n" +
    "GU: Foley, uo 100-200cc/hr (cold diuresis), now 60-80. K 3.4 -> 40mEq KCL given, watching for rebound hyperK with rewarming.\n" +
    "Skin: Intact, checked q2h under cooling pads.\n" +
    "Family meeting held @ 1600: wife, sister and pt's adult dtr present. Explained timeline. Wife stated 'we're hanging on to hope.' Chaplain visited.\n" +
    "Plan: Maintain normothermia <37.5, EEG, sedation off, neuro exams, MRI when stable.\n" +
    "RN",
  "ccu npn 11p-7a\n" +
    "pt 76 yo m adm from osh w/ complete heart block, syncope at home. transvenous pacer placed via r ij in cath lab, set vvi @ 70, output 5ma, threshold 0.8, sensitivity 2. 100% paced overnight, underlying rhythm chb w/ junctional escape 30s when pacer briefly checked by fellow @ 0100.\n" +
    "neuro: a&ox3, slept well after 0200. no c/o dizziness. reoriented x1 at 0400, disoriented to time, redirectable.\n" +
    "cv: bp 110-140/60-70s. pacer wire position checked on cxr, stable. r ij site w/o hematoma, dsg d&i. pt instructed to keep head still, neck movement limited. k 4.3, mg 2.1. lopressor and diltiazem on hold. echo pending. tsh, lyme titer sent.\n" +
    "resp: ra, sats 94-96%. lungs clear. no sob.\n" +
    "gi: npo after mn for ppm placement in am. abd soft. no bm x2 days, colace.\n" +
    "gu: voiding in urinal, 650cc clear yellow.\n" +
    "id: afebrile. wbc 7.1.\n" +
    "skin: intact. bilat le edema 1+.\n" +
    "social: wife called @ 2300 and again @ 0530, anxious, updated. pt's dtr flying in tonight per wife. pt is full code.\n" +
    "plan: permanent pacer in ep lab today, npo, consent signed, hold heparin sq in am, will cont to monitor pacer function and capture.\n" +
    "rn",
  "TSICU NPN 7A-7P\n" +
    "PT IS 28 YO M S/P DIVING ACCIDENT W/ C5-6 FX, COMPLETE SCI, S/P ANTERIOR FUSION IN OR YESTERDAY. HARD COLLAR ON.\n" +
    "NEURO: A+OX3, COMMUNICATING BY MOUTHING WORDS. SENSATION TO NIPPLE LINE, SHRUGS SHOULDERS, BICEPS 3/5 BILAT, NO TRICEPS, NO HAND GRASP, NO LE MOVEMENT. FENTANYL 25-50MCG IV PRN FOR NECK PAIN W/ EFFECT.\n" +
    "CV: HR 50S SB, DROPPED TO 38 W/ SX X1 @ 1020, ATROPINE 0.5MG GIVEN, RESOLVED. MAP GOAL >85 PER NSURG, ON NEO 1.2-2 MCG/KG/MIN. CVP 8. PULSES 2/4. TEDS AND PNEUMOBOOTS ON. LOVENOX STARTED.\n" +
    "RESP: INTUBATED, A/C 600X12, PEEP 8, FIO2 .40. ABG 7.40/38/110/24. WEAK COUGH, SX Q2H FOR THICK WHITE SECRETIONS, CHEST PT AND ASSISTED COUGH BY RT. NIF -18. TRACH DISCUSSION W/ TEAM.\n" +
    "GI: OGT, TF REPLETE @ 40CC/HR, GOAL 70. BOWEL REGIMEN STARTED: COLACE, SENNA, DULCOLAX PR. ABD SOFT.\n" +
    "GU: FOLEY, UO 80-150CC/HR.\n" +
    "SKIN: KINAIR BED, TURNED Q2H W/ LOG ROLL, 4 ASSIST. HEELS OFFLOADED. NECK INCISION D+I, HEMOVAC DRAINING 30CC SEROSANG SINCE 0700. BRADEN 10.\n" +
    "SOCIAL: PARENTS AND GIRLFRIEND AT BEDSIDE, VERY DISTRESSED. SW MET W/ FAMILY. PT ASKED 'WILL I WALK AGAIN' - DEFERRED TO MD, TEAM TO MEET W/ FAMILY TOMORROW.\n" +
    "PLAN: MAP >85 X7 DAYS, WEAN NEO WHEN ABLE, PULM TOILET, ?TRACH/PEG, REHAB EVAL. CONT TO SUPPORT PT AND FAMILY.\n" +
    "RN",
  "MICU Nursing Note 1900-0700\n" +
    "Events: Pt is a 59 yo M w/ ETOH cirrhosis, admitted @ 1930 from ED w/ massive hematemesis. Intubated in ED for airway protection. Emergent EGD @ 2100 at bedside showed large bleeding esophageal varices, banded x4 but continued to ooze, so Sengstaken-Blakemore tube placed by GI @ 2240, gastric balloon inflated w/ 450cc air, traction applied w/ 1kg weight via pulley, esophageal balloon pressure 30mmHg. Scissors taped at HOB. Pt has rec'd 6U PRBC, 4 FFP, 1 plt, 10mg vit K since admit. Octreotide gtt @ 50mcg/hr, Protonix gtt @ 8mg/hr, ceftriaxone for SBP ppx.\n" +
    "Hemodynamics: HR 120s -> 90s ST, MAP 55 on arrival -> 70s after products, Levophed briefly, off since 0200. Hct 19 -> 27.4 -> 26.9 @ 0500. INR 2.6 -> 1.8.\n" +
    "Vent: A/C 500x16, PEEP 5, FiO2 .40, ABG 7.34/38/155/20.\n" +
    "Neuro: Propofol 25mcg/kg/min + fentanyl 50mcg/hr, RASS -3. Will not tolerate lightening w/ SB tube in place.\n" +
    "GU: Foley, uo 25-40cc/hr. Cr 1.3.\n" +
    "GI: Gastric port of SB tube to LIS, initially bright red, now dark old blood, 200cc total. Lactulose via tube started.\n" +
    "Social: Pt's brother is listed as emergency contact, called @ 2330 and updated by MICU fellow, will come in later today. Pt's code status full for now.\n" +
    "Plan: Keep SB tube in up to 24 hrs, deflate esophageal balloon per GI, TIPS eval w/ IR, serial Hct q4h, transfuse Hct <25.\n" +
    "RN",
  "thoracic sicu npn 7a-7p\n" +
    "pt 69 yo f pod 1 s/p r vats converted to open rul lobectomy for lung ca. h/o copd, 50 pk yr smoker, quit 2 yrs ago.\n" +
    "neuro: a&ox3, alert, anxious at times. thoracic epidural bupi/dilaudid @ 6cc/hr, pain 2-4/10 at rest, 6/10 w/ coughing. bolus by aps @ 1000 w/ good relief. mild pruritus, nalbuphine x1.\n" +
    "cv: hr 80s-90s sr, brief run afib 120s @ 1330 x 15 min, converted spont after lopressor 5mg iv. bp 100-130/60s. k 3.8 repleted to goal >4, mg 1.9 -> 2gm given.\n" +
    "resp: 3l nc -> 2l, sats 93-95%. r ct x2 (ant and post) to -20 sx via pleur-evac, small air leak w/ cough only, drainage 180cc serosang this shift. no subq emphysema. ls dim r base, coarse l. is 600cc, coached q1h. chest pt by rt. cxr small r apical ptx, unchanged from am.\n" +
    "gi: clears, tolerating. zofran x1 for nausea. no bm. colace, senna.\n" +
    "gu: foley, uo 30-60cc/hr. plan to d/c foley w/ epidural.\n" +
    "activity: oob to chair x2 w/ 1 assist, ambulated to door and back w/ ct to sx, tolerated.\n" +
    "skin: r thoracotomy incision d&i, ct dsgs changed.\n" +
    "social: husband in this afternoon, pt's son called. pt teary about pathology results, awaiting final. support given.\n" +
    "plan: ct to water seal in am if air leak resolves, cont pulm toilet, advance diet. hope to transfer to the floor in 1-2 days.\n" +
    "rn",
  "MICU NPN 7P-7A\n" +
    "PT IS 47 YO F W/ GUILLAIN-BARRE SYNDROME, DAY 5 OF IVIG, TRANSFERRED FROM NEURO FLOOR 2 DAYS AGO FOR DECLINING NIF/VC.\n" +
    "NEURO: A+OX3, ANXIOUS, ABLE TO ANSWER QUESTIONS BUT SPEECH SOFT AND NASAL. BILAT FACIAL WEAKNESS, UNABLE TO CLOSE EYES FULLY, LACRILUBE AND EYES TAPED @ NOC. ARMS 3/5 PROXIMAL, 4/5 DISTAL. LEGS 2/5. ABSENT REFLEXES THROUGHOUT. NO BABINSKI. C/O ACHING BACK PAIN, NEURONTIN AND TYLENOL, DILAUDID 0.5 IV X1 @ 0130.\n" +
    "RESP: NIF/VC Q4H BY RT: 2200 NIF -28, VC 1.4L; 0200 NIF -24, VC 1.2L; 0600 NIF -22, VC 1.1L. TEAM AWARE OF TREND, INTUBATION TO BE CONSIDERED IF VC <1L OR NIF WORSE THAN -20. 2L NC, SATS 97%. WEAK COUGH. ABG 7.42/40/96/25.\n" +
    "CV: HR 70-110 LABILE, BP 98/54-168/92 LABILE, DYSAUTONOMIA PER NEURO, NO TX NEEDED. SR W/ NO ECTOPY.\n" +
    "GI: NPO EXCEPT MEDS IN PUREE, SPEECH FOLLOWING. DOBHOFF PLACED @ 2200, POSITION CONFIRMED BY KUB, TF TO START IN AM. NO BM.\n" +
    "GU: VOIDING W/ DIFFICULTY, BLADDER SCAN 650CC @ 0300, STRAIGHT CATH FOR 700CC. ?FOLEY.\n" +
    "SKIN: INTACT. TURNED Q2H. HEELS IN BOOTS.\n" +
    "SOCIAL: HUSBAND STAYED OVERNIGHT IN CHAIR AT BEDSIDE, UPDATED ON RESP TREND. VERY SUPPORTIVE.\n" +
    "PLAN: COMPLETE IVIG, NIF/VC Q4H, LOW THRESHOLD FOR INTUBATION, SQ HEPARIN, PT/OT.\n" +
    "RN",
  "NPN 7a-7p\n" +
    "88 yo M, HD 19, s/p prolonged MICU course for aspiration PNA, ARDS, now trached on trach collar, PEG for feeds. DNR, not DNI.\n" +
    "Neuro: Opens eyes spont, tracks, intermittently follows simple commands, nonverbal. No sedation. CAM-ICU positive (inattention, disorganized thinking). Haldol 1mg IV prn, not needed today. Melatonin qhs.\n" +
    "CV: HR 80s SR w/ PACs, BP 110-150/50-70. Lopressor 25 per PEG bid. Heparin SQ tid.\n" +
    "Resp: Trach collar 35% all day, RR 20-28, sats 92-95%. Suctioned q2-4h for mod thick tan secretions, sputum cx sent. Rhonchi bilat, cleared some w/ suction.\n" +
    "GI: TF Promote w/ fiber @ 55cc/hr goal via PEG, residuals <50. Flexi-Seal draining loose brown stool ~400cc, C diff neg x2. Zinc, MVI.\n" +
    "GU: Foley, uo adequate. Cr 1.0.\n" +
    "ID: Low grade temp rose to 38.1 @ 1400, WBC 12.8 up from 10.2. Team considering re-culture, no new abx yet.\n" +
    "Skin: Sacral stage III, wound RN following, wet-to-dry bid and Duoderm to surrounding area. R heel unstageable, boot on. Braden 9, Kinair bed.\n" +
    "Social: Wife (HCP) and 2 dtrs in for family meeting held @ 1430 w/ attending, palliative care, SW and RN. Discussed pt's poor prognosis for meaningful recovery and the option of transition to long term acute care vs focusing on comfort. Dtr said recovery 'feels like a summit we keep climbing and never reach.' Family would like a few days to talk it over. Priest visit requested.\n" +
    "Plan: Cont current care, f/u sputum cx, palliative care to f/u.\n" +
    "RN",
  "MICU nursing progress note 7p-7a\n" +
    "Pt is a 62 yo woman w/ h/o HTN on lisinopril x several yrs who presented to ED w/ rapidly progressing tongue and lip swelling, ?ACE-inhibitor angioedema. Given Solu-Medrol, Benadryl, Pepcid and SQ epi in ED without much change. Anesthesia and ENT at bedside, awake fiberoptic nasal intubation performed in ED w/ 7.0 ett, pt tolerated. Arrived to unit @ 2040.\n" +
    "Neuro: Sedated on propofol 20-40mcg/kg/min, RASS -1 to -2. Wakes to voice, nods appropriately, follows commands. Soft restraints on for safety d/t nasal ett, pt tried to reach for tube x1.\n" +
    "Resp: A/C 450x14, PEEP 5, FiO2 .40 -> .35, sats 98-100%. Lungs clear. Minimal secretions. Cuff leak test absent @ 0400. Tongue remains markedly swollen, protruding, lips edematous. Airway precautions: extra ett, trach kit at bedside per ENT.\n" +
    "CV: HR 70s-80s SR, BP 140-170/80-90s, hydralazine 10mg IV x1 @ 0100. Lisinopril d/c'd and listed as allergy.\n" +
    "GI: NPO. OGT not placed given swelling, meds IV. Abd soft.\n" +
    "GU: Foley, uo 50-100cc/hr.\n" +
    "Skin: Intact. Oral care w/ swabs, lips moisturized.\n" +
    "Social: Husband at bedside until 2330, very frightened, states 'she took that pill for years and never had a problem.' Education given re reaction possible at any time. Dtr called twice overnight, updated.\n" +
    "Plan: Repeat cuff leak in am, ENT to scope, steroids, extubate once swelling resolves, likely in OR or w/ anesthesia present. Will cont to monitor airway closely.\n" +
    "RN",
];

/** Decision 230's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision230Corpus(): Corpus {
  return { notes: [], clean: DECISION_230_LONG_CLEAN };
}
