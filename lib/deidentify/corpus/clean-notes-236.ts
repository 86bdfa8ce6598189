// Long ICU nursing notes with nothing in them that identifies anyone. They copy the look of the
// public PhysioNet MIMIC-II ICU nursing notes written at Boston teaching hospitals around 1998-2008,
// this time as a MICU and neuro-ICU day nurse would chart them: D:/A:/R: entries and
// Problem/Intervention/Evaluation entries, family meetings, goals of care and comfort measures,
// social work and chaplain visits, interpreters named only by language, withdrawal scales, holds,
// sitters and restraints, seizures, strokes, wounds, tube feeds and lines. Some notes are all in
// capitals, some all in lower case; they carry brand names, eponyms, scores, clock times, a few typos
// and ordinary words that are names elsewhere. They are by "a seventy-eighth writer who had not read
// the guard's rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 236: thirty long clean MICU and neuro-ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_236_LONG_CLEAN: string[] = [
  "MICU nursing note 0700-1900\n" +
    "56 yo M adm overnight w/ ETOH withdrawal and new onset seizure at home x1, last drink reportedly 2 days prior to adm. Hx heavy daily ETOH (approx 1 pint vodka/day), prior withdrawal seizures, HTN, hep C. Full code.\n" +
    "D: On arrival to unit pt tremulous, diaphoretic, HR 120s ST, BP 170/96, picking at linens, oriented to self only. CIWA 24. Denies visual hallucinations but states 'bugs are on the wall.' Skin warm, flushed.\n" +
    "A: Ativan 2mg IV x3 per CIWA protocol over first 2 hrs, then 1mg q1h prn. Thiamine 100mg IV given BEFORE dextrose, folate and MVI in NS. Banana bag infusing @ 125cc/hr. Seizure pads on rails, bed low, suction set up at bedside. Soft wrist restraints applied at 1030 for pulling at IV, order obtained, released q2h for ROM and skin check. Mag 1.4 -> 2g IV repleted, K 3.2 -> 40 meq KCl IV.\n" +
    "R: CIWA down to 8-10 by 1500. HR 90s, BP 140s/80s. Sleeping in short naps, easily arousable. Restraints d/c'd at 1600, pt calm, reoriented easily. No further seizure activity.\n" +
    "D: Eye exam notable for horizontal nystagmus, gait not assessed. Some confabulation when asked what he did over the past few days.\n" +
    "A: Team aware, concern for Wernicke, thiamine increased to 500mg IV tid. Neuro checks q4h.\n" +
    "R: Nystagmus unchanged at end of shift. Will cont to monitor for Korsakoff picture.\n" +
    "Social: Lives w/ brother, who called for update, aware of adm. SW consult placed re substance use resources, pt states he is 'ready to stop this time.'\n" +
    "Hope to transfer to floor tomorrow if CIWA stays <10 off prn Ativan.",
  "neuro icu nursing note days\n" +
    "71 yo f w/ h/o afib not on anticoagulation, htn, brought in by ems after husband found her w/ r sided weakness and aphasia, last seen well 0640. ct head neg for bleed. nihss 14 in ed, tpa given at 0905, within the 3 hr window.\n" +
    "problem: acute l mca stroke s/p iv tpa.\n" +
    "intervention: neuro checks + vs q15 min x2 hrs, then q30 x6 hrs, now q1h. bp goal <180/105 post tpa, labetalol 10mg iv x2 for sbp 190s. no punctures, no ng, no foley placed for 24 hrs per protocol. bleeding precautions, gums and iv sites checked q1h. hob 30. npo until bedside swallow screen.\n" +
    "evaluation: nihss improved to 9 at 1400: r facial droop, r arm drift, mild r leg drift, expressive aphasia improving, answers yes/no reliably. no gum bleeding, no hematuria. sbp 150s-170s after labetalol.\n" +
    "problem: dysphagia risk.\n" +
    "intervention: failed bedside swallow screen, coughing w/ sips of water. speech consult placed. oral care w/ toothette, po meds held or changed to iv.\n" +
    "evaluation: remains npo, ivf ns @ 75cc/hr. fsbg 110-140.\n" +
    "problem: anxiety / family coping.\n" +
    "intervention: husband and two sons at bedside most of day, tearful. explained tpa, bleeding risk and reason for frequent checks. chaplain visit at pt's request, pt nodded when asked if she wanted a prayer.\n" +
    "evaluation: family calmer, asking appropriate questions, husband went home to rest at 1800.\n" +
    "will cont q1h neuro checks overnight, repeat ct head 24 hrs post tpa, then start asa if no bleed.",
  "MICU NURSING PROGRESS NOTE 7A-7P\n" +
    "83 YO M W/ END STAGE COPD ON HOME O2, CHF EF 20%, ADMITTED W/ HYPERCARBIC RESP FAILURE, INTUBATED X8 DAYS, FAILED SBT X3.\n" +
    "NEURO: OFF SEDATION SINCE 0800, RASS 0, NODS APPROPRIATELY, MOUTHS WORDS. WHEN ASKED ABOUT TRACH HE SHOOK HEAD NO CLEARLY AND REPEATEDLY.\n" +
    "CV: HR 80S AFIB, BP 100S/60S OFF PRESSORS. +2 PITTING EDEMA BLE.\n" +
    "RESP: PSV 15 PEEP 5 FIO2 40%, RR 28-32, VT 250-300, USING ACCESSORY MUSCLES. ABG 7.28/78/72.\n" +
    "FAMILY MEETING HELD AT 1300 W/ WIFE, 2 DAUGHTERS, MICU ATTENDING, RESIDENT, SW, CHAPLAIN AND THIS NURSE. TEAM REVIEWED POOR PROGNOSIS FOR LIBERATION FROM VENT, OPTIONS OF TRACH/PEG AND LONG TERM VENT FACILITY VS COMFORT MEASURES. WIFE STATES PT ALWAYS SAID HE 'NEVER WANTED TO LIVE ON A MACHINE.' PT HIMSELF CONFIRMED BY NODDING THAT HE WANTS THE TUBE OUT EVEN IF HE DIES. HCP (WIFE) IN AGREEMENT. DNR/DNI, CMO ORDER WRITTEN.\n" +
    "FAITH IMPORTANT TO FAMILY, CHAPLAIN PERFORMED SACRAMENT OF THE SICK AT BEDSIDE W/ FAMILY PRESENT.\n" +
    "COMFORT: MORPHINE GTT STARTED AT 2MG/HR W/ 2MG IV BOLUS PRN FOR DYSPNEA, ATIVAN 1MG IV PRN ANXIETY, ROBINUL FOR SECRETIONS. LABS, FSBG, VS CHECKS D/C'D. MONITOR SILENCED IN ROOM, VIEWED AT CENTRAL STATION ONLY.\n" +
    "EXTUBATED TO 4L NC AT 1610 W/ FAMILY AT BEDSIDE, RR 30S, MORPHINE BOLUSED X2 W/ GOOD EFFECT, RR NOW 20S, APPEARS COMFORTABLE, NO GRIMACING.\n" +
    "GRANT REQUEST OF FAMILY TO STAY OVERNIGHT, RECLINER AND BLANKETS BROUGHT IN. SW GAVE FAMILY INFO ON BEREAVEMENT SUPPORT.\n" +
    "WILL CONT TO TITRATE MORPHINE FOR COMFORT, MOUTH CARE Q2H, TURN FOR COMFORT ONLY.",
  "Neuro ICU Nursing Progress Note, days\n" +
    "44 yo F w/ known seizure d/o on Dilantin + Keppra, reportedly noncompliant x 1 wk, brought in after 3 GTCs w/o return to baseline in between. Rec'd Ativan 4mg + Cerebyx load in ED, intubated for airway protection.\n" +
    "D: On cEEG since 0300. At 0940 pt had L gaze deviation + rhythmic jerking of R face and arm lasting ~90 sec, EEG tech notified, event button pushed. Post event pupils 4mm sluggish, then brisk. Dilantin level this am 6.1 (corrected for albumin 2.8 ~ 9.8).\n" +
    "A: Ativan 2mg IV given at 0942 per neuro. Keppra increased to 1500mg IV q12, Dilantin re-bolused 500mg IV over 30 min w/ cardiac monitoring, no hypotension or bradycardia. Propofol increased to 40mcg/kg/min for burst suppression goal per EEG reader. Seizure precautions: padded rails, bed low, O2 + suction at HOB.\n" +
    "R: No further clinical sz activity; EEG w/ intermittent sharp waves L temporal, no electrographic sz after 1030. Repeat Dilantin level in am.\n" +
    "Resp: CMV 500 x 14, PEEP 5, FiO2 40%. Sats 98-100%. Sm amt white secretions.\n" +
    "CV: HR 70s-90s NSR, SBP 110-130s. On propofol -> triglycerides sent.\n" +
    "GI/Nutrition: OGT placed, position confirmed by CXR. TF Jevity started at 20cc/hr, advance 10cc q4h to goal 60cc/hr. Residuals 10-30cc.\n" +
    "GU: Foley to gravity, UO adequate 60-100cc/hr. CK sent r/o rhabdo post sz, 1,850.\n" +
    "Skin: Small laceration L tongue, bite block in place. Mark site of old IV infiltrate R forearm w/ pen to watch for spread of redness.\n" +
    "Family: Mother at bedside, states pt had run out of meds and could not afford refills. SW consult placed re med coverage.\n" +
    "Will cont cEEG overnight. Hope to lighten sedation tomorrow if EEG quiet.",
  "MICU Nursing Note 0700-1900\n" +
    "29 yo M found down by roommate, heroin OD, rec'd Narcan 0.4mg x2 by EMS w/ response, then resedated in ED, intubated for hypoxia. CXR RLL aspiration PNA. Urine tox + opiates, benzos, cocaine.\n" +
    "D: Extubated at 0915 to 4L NC, sats 94-96%. Awake, alert, oriented x3 by 1100. At 1230 pt became agitated, yawning, rhinorrhea, diaphoretic, piloerection, stated 'I need to get out of here, I'm dope sick.' COWS 14. Attempted to leave unit w/ IV in place. Stated to this nurse 'if I walk out of here I'll just use till I'm dead, I don't care.'\n" +
    "A: Security called for safety, MICU team and psych at bedside. Pt placed on section 12 hold by psych for SI w/ plan of intentional OD. 1:1 sitter in room, belongings searched and removed per policy, room cleared of cords and sharps. Methadone 10mg PO given per team for withdrawal, clonidine 0.1mg, Bentyl for cramps, Zofran for nausea. Unasyn IV for aspiration.\n" +
    "R: COWS down to 6 by 1600. Pt calmer, apologized to staff, ate 75% of dinner tray. Remains on section 12 w/ sitter.\n" +
    "D: States he was on methadone maintenance for 2 yrs but stopped going to clinic several months ago.\n" +
    "A: Addiction consult placed, discussed option of restarting methadone vs suboxone after discharge.\n" +
    "R: Pt receptive to suboxone, asked for info, pamphlets given. Will f/u w/ SW in am re detox bed availability.\n" +
    "Resp: Lungs w/ coarse crackles RLL, strong cough, producing tan sputum. IS to 1000.\n" +
    "Grant request to call mother, pt spoke w/ her by phone at 1700 w/ sitter present.\n" +
    "Plan: Call out to floor w/ sitter once cleared by psych.",
  "NURSING PROGRESS NOTE MICU 0700-1900\n" +
    "78 YO F ADM W/ UROSEPSIS, HX DEMENTIA, BEDBOUND AT BASELINE, LIVES W/ DAUGHTER WHO IS PRIMARY CAREGIVER. HOSPITAL DAY 4.\n" +
    "PROBLEM: STAGE 3 SACRAL DECUBITUS PRESENT ON ADMISSION, 6CM X 4.5CM X 1.5CM, 2CM UNDERMINING AT 12 O'CLOCK, RED GRANULATION 70%, YELLOW SLOUGH 30%, MOD SEROSANGUINOUS DRAINAGE, NO ODOR.\n" +
    "INTERVENTION: WOUND CARE NURSE IN TO CHANGE WOUND VAC, BLACK FOAM, CONTINUOUS -125 MMHG. PERIWOUND SKIN PROTECTED W/ NO STING BARRIER AND DUODERM FRAME. SEAL CHECKED Q4H, NO LEAKS. KINAIR BED. TURNED Q2H SIDE TO SIDE, OFF SACRUM AT ALL TIMES, HEELS FLOATED ON PILLOWS.\n" +
    "EVALUATION: VAC INTACT, HOLDING SEAL, 40CC SEROSANG IN CANISTER THIS SHIFT. NEXT CHANGE DUE IN 48 HRS.\n" +
    "PROBLEM: INCONTINENCE OF STOOL CONTAMINATING DRESSING.\n" +
    "INTERVENTION: FLEXISEAL PLACED AT 1100 PER ORDER, DRAINING LIQUID BROWN STOOL. C DIFF SENT, CONTACT PRECAUTIONS.\n" +
    "EVALUATION: 350CC LIQ STOOL VIA FLEXISEAL, NO LEAKAGE AROUND VAC.\n" +
    "PROBLEM: NUTRITION, ALB 1.9, PREALB 6.\n" +
    "INTERVENTION: NUTRITION CONSULT, TF CHANGED TO PROMOTE W/ FIBER, NOW AT GOAL 55CC/HR VIA NGT. RESIDUALS CHECKED Q4H, 20-40CC. ZINC, VIT C AND MVI STARTED, PROSTAT 30ML BID.\n" +
    "EVALUATION: TOLERATING TF AT GOAL, ABD SOFT, NO N/V.\n" +
    "OTHER: BP 110S-120S/60S, HR 80S, AFEBRILE ON ZOSYN DAY 4. FOLEY W/ CLEAR YELLOW URINE, UO 40-70CC/HR.\n" +
    "FAMILY: DAUGHTER VISITED, ASKED HOW THE WOUND DEVELOPED AT HOME, TEARFUL, FEELS GUILTY. EMOTIONAL SUPPORT GIVEN, SW TO FOLLOW UP RE HOME SERVICES VS REHAB.\n" +
    "WILL CONT TURNING Q2H, VAC CHANGE PER WOUND TEAM.",
  "micu nursing note 7a-7p\n" +
    "66 yo m w/ aspiration pna, intubated x5 days, extubated yesterday, failed video swallow this am w/ silent aspiration of thin and nectar liquids. portuguese-speaking pt and family, hospital interpreter used for all teaching and consent today.\n" +
    "neuro: a+o x3, follows commands, weak voice. no sedation. cam-icu neg.\n" +
    "resp: 3l nc, sats 93-96%. lungs coarse rll, diminished bases. strong cough, sputum thick tan. cpt and is q2h while awake.\n" +
    "gi: dobhoff placed at bedside by team at 1130 w/ stylet, pt tolerated well, coughing only w/ passage through nares. kub obtained and read by radiology: tip post-pyloric, 2nd portion of duodenum. stylet removed, tube secured at 75cm at nares, mark site at nares w/ tape. tf impact started at 20cc/hr at 1300, advancing 10cc q6h to goal 70cc/hr. residuals not checked w/ small bore post-pyloric tube per protocol, monitoring for abd distension, n/v instead.\n" +
    "gu: voiding in urinal, 200-400cc q3-4h, foley out since yesterday.\n" +
    "id: tmax 37.9, wbc 12.1 down from 16. on zosyn day 6 of 8.\n" +
    "skin: intact, reddened coccyx blanchable, turned q2h, allevyn applied.\n" +
    "social: wife and daughter at bedside most of afternoon. w/ portuguese interpreter present, explained reason for feeding tube, risk of pneumonia w/ eating, and plan for repeat swallow study in a week. wife initially upset ('he has to eat real food, he will get weak'), after discussion agreed w/ plan. they asked whether he could have ice chips, discussed w/ speech, ok for small ice chips w/ supervision only.\n" +
    "faith important to family, requested catholic chaplain, who visited at 1600.\n" +
    "plan: advance tf to goal, repeat swallow eval in 1 wk, oob to chair w/ pt. will cont aspiration precautions, hob >30 at all times.",
  "Neuro ICU nursing note 0700-1900\n" +
    "52 yo M w/ large R MCA infarct, presented outside tPA window (last seen well >6 hrs), NIHSS 19 on adm. POD 1 s/p R decompressive hemicraniectomy for malignant cerebral edema w/ 7mm MLS on CT.\n" +
    "Neuro: GCS 9T (E3 VT M6), opens eyes to voice, follows simple commands w/ R hand, dense L hemiplegia, R gaze preference. Pupils R 4mm sluggish, L 3mm brisk, unchanged since 0400. Bone flap in abd per neurosurg, abd incision c/d/i. Crani site soft, full, dressing dry. Helmet to be worn when OOB, sign posted at HOB 'NO BONE FLAP R SIDE.' HOB 30, head midline, no pressure on R side of head.\n" +
    "Osmotherapy: 23.4% NaCl 30cc via CVL x1 at 0600, 3% NaCl @ 50cc/hr. Na q6h 148 -> 152, goal 150-155. Serum osm 318. Mannitol on hold for osm >320.\n" +
    "CV: SBP goal <160, on nicardipine gtt 2.5-5mg/hr, BP 130s-150s. HR 60s-70s SB/NSR.\n" +
    "Resp: CPAP + PS 10, PEEP 5, FiO2 40%, RR 16-20, VT 500s. Sx for small thin white.\n" +
    "Lines: L subclavian TLC day 2, R radial A-line, 2 PIVs. Dressings dated and intact.\n" +
    "GI: Dobhoff placed, confirmed by KUB, TF Jevity 1.2 at 20cc/hr. Residuals <50cc.\n" +
    "Family: Meeting held at 1400 w/ wife, adult children, neuro ICU attending, neurosurg, SW. Discussed expected deficits: likely permanent L sided weakness, neglect, may need trach/PEG and long rehab. Family states pt 'would want a chance,' but would not want to be kept alive if he could never communicate. Goals of care: full support for now, readdress in 1 wk. Wife tearful but appreciative of honest info.\n" +
    "Will cont q1h neuro checks, Na q6h, repeat head CT in am.",
  "MICU NPN DAYS\n" +
    "19 YO F W/ TYPE 1 DM SINCE AGE 9, ADM W/ DKA (GLUCOSE 612, AG 28, PH 7.02, BICARB 5). THIRD DKA ADM THIS YEAR PER PT. SPANISH-SPEAKING MOTHER, SPANISH INTERPRETER USED FOR ALL FAMILY TEACHING, BY PHONE OVERNIGHT AND IN PERSON AT 1400.\n" +
    "NEURO: A+O X3, LETHARGIC ON ARRIVAL, NOW AWAKE AND TALKATIVE. C/O HA, TYLENOL GIVEN.\n" +
    "CV: HR 130S ST ON ARRIVAL -> 90S AFTER 4L NS. BP 100/60 -> 118/72.\n" +
    "RESP: KUSSMAUL RESP ON ARRIVAL RR 32, NOW RR 18 REG, RA SATS 99%.\n" +
    "ENDO: INSULIN GTT PER DKA PROTOCOL, STARTED 7U/HR, FSBG HOURLY: 612 -> 410 -> 322 -> 268 -> 240 -> 198. D5 ADDED AT BG 250. AG CLOSED AT 1500 (AG 12). SC LANTUS GIVEN AT 1700, INSULIN GTT OFF 2 HRS LATER PER PROTOCOL.\n" +
    "LYTES: K 5.8 ON ADM -> 3.4 AFTER INSULIN, 40 MEQ KCL IV + 20 MEQ PO. PHOS 1.1, K PHOS 15 MMOL IV. MG 1.8.\n" +
    "GI: NAUSEATED EARLY, ZOFRAN 4MG X1, NOW TOLERATING CLEAR LIQUIDS, ADVANCE TO DIABETIC DIET.\n" +
    "GU: VOIDING LARGE AMTS, UCG NEG.\n" +
    "PSYCHOSOCIAL: PT TELLS THIS NURSE SHE SKIPS INSULIN TO LOSE WEIGHT, STATES 'I DON'T WANT MY MOM TO KNOW.' TEAM NOTIFIED, PSYCH AND SW CONSULTS PLACED RE POSSIBLE DISORDERED EATING. PT ALSO STATES SHE HAS RUN OUT OF TEST STRIPS. DIABETES EDUCATOR TO SEE IN AM.\n" +
    "MOTHER AT BEDSIDE, VERY WORRIED, ASKED VIA INTERPRETER IF DAUGHTER WILL BE OK. REASSURED, EXPLAINED DKA AND NEED FOR INSULIN EVERY DAY.\n" +
    "HOPE TO CALL OUT TO FLOOR IN AM. WILL CONT FSBG Q2H OVERNIGHT.",
  "MICU Nursing Progress Note 7a-7p\n" +
    "34 yo F adm after intentional ingestion of approx 40 tabs extra strength Tylenol + unknown amt of Benadryl + ETOH approx 8 hrs prior to arrival. APAP level on arrival 186, LFTs rising: ALT 412 -> 1,280, INR 1.9.\n" +
    "Problem: Acetaminophen toxicity.\n" +
    "Intervention: IV NAC (Acetadote) 21 hr protocol, third bag now infusing. Liver team aware, coags and LFTs q6h. Monitoring for encephalopathy, fsbg q2h for hypoglycemia.\n" +
    "Evaluation: Alert, oriented, no asterixis. FSBG 90-120. INR 2.1 at 1400. Transplant surgery aware, does not meet criteria at present.\n" +
    "Problem: Safety / suicidal ideation.\n" +
    "Intervention: Section 12 in place, 1:1 sitter at all times, room searched for sharps, pt in hospital gown, meal trays w/ plastic utensils only. Psych saw pt at 1000, pt states she 'just wanted to sleep and not wake up,' recent breakup and job loss. Denies current plan but cannot contract for safety. Hx depression, off Zoloft x 3 months.\n" +
    "Evaluation: Cooperative w/ sitter, slept intermittently, tearful when discussing family. Ate 50% of lunch.\n" +
    "Problem: Anticholinergic effects.\n" +
    "Intervention: Monitored for tachycardia, urinary retention, agitation. Bladder scan 520cc at 0900, straight cath for 550cc.\n" +
    "Evaluation: HR 90s-100s ST, improved. Voided on own by 1500. Mild dry mouth, no hallucinations.\n" +
    "Other: Zofran prn nausea x1. Afebrile. Pt asked that no info be given to callers; no info given over phone w/o pt consent and password per unit policy.\n" +
    "Mark chart for no phone info, pt's sister is only approved contact.\n" +
    "Plan: Cont NAC until LFTs/INR trending down, sitter, psych f/u. Will cont q2h checks.",
  "Neuro ICU Nursing Progress Note 0700-1900\n" +
    "48 yo F w/ Hunt-Hess 3, Fisher 3 SAH s/p coiling of ACOM aneurysm, post bleed day 6, in vasospasm window. EVD in place. Full code.\n" +
    "D: Drowsy, arousable to voice, oriented x2, follows commands x4 ext, speech clear but slow. PERRL 3mm. No drift, GCS 14. At 1100 pt more lethargic, new R pronator drift and word-finding difficulty. Neuro resident notified immediately.\n" +
    "A: Stat head CT neg for new bleed or hydro. TCDs this am w/ elevated L MCA velocities (mean 180). Pt to angio at 1230, intra-arterial verapamil to L MCA, tol well. HHH: NS bolus 1L, then NS @ 150cc/hr, Levophed started for SBP goal 160-180. Nimodipine 60mg q4h via NGT cont.\n" +
    "R: By 1600 drift resolved, speech improved, back to baseline exam. SBP 165-180 on Levophed 0.08mcg/kg/min.\n" +
    "EVD: Open at 10cm H2O above tragus, draining 8-15cc/hr clear yellow CSF, ICP 6-12 w/ good waveform. Leveled q1h and w/ any position change. Clamped for transport to angio and unclamped on return. Dressing c/d/i. CSF sent for cx and cell count.\n" +
    "Lines: R fem sheath pulled by angio at 1500, pressure held 20 min, site soft, no hematoma, DP/PT pulses palp. Flat x4 hrs. L IJ TLC, L radial A-line.\n" +
    "Lytes: Na 134 -> 131, team aware, concern for cerebral salt wasting vs SIADH, NOT fluid restricting given vasospasm. Started NaCl tabs 2g tid and fludrocortisone.\n" +
    "Pain: HA rated 6 -> 3 on 0-10 scale w/ fentanyl 25mcg IV prn and Tylenol. Avoiding sedating meds to preserve exam.\n" +
    "Family: Husband at bedside, updated by neurosurg re angio, very anxious, questions answered. Chaplain stopped by.\n" +
    "Will cont q1h neuro checks, TCDs daily.\n" +
    "Hope to keep her out of spasm w/ HHH, team aware of exam changes this shift.",
  "MICU NURSING NOTE 7A-7P\n" +
    "61 YO M W/ ETOH CIRRHOSIS, CHILD CLASS C, KNOWN VARICES, ADM W/ HEMATEMESIS. LAST DRINK PER PT 3 DAYS AGO.\n" +
    "GI: EGD AT BEDSIDE 0930 W/ BANDING OF 4 ESOPHAGEAL VARICES, NO ACTIVE BLEEDING AT END OF PROCEDURE. OCTREOTIDE GTT 50MCG/HR, PROTONIX 40 IV BID, CEFTRIAXONE FOR SBP PPX. NGT TO LWS W/ SMALL AMT COFFEE GROUNDS, CLEARED BY 1300. MAROON STOOL X2 THIS AM, NONE SINCE 1100. LACTULOSE 30ML Q6H VIA NGT, GOAL 3-4 BM/DAY.\n" +
    "HEME: HCT 21.4 -> 2 UNITS PRBC -> 26.8 -> 27.1. PLT 48, 1 BAG PLT GIVEN PRE EGD. INR 2.3, 2 FFP + VIT K 10MG IV. TYPE AND CROSS FOR 4 MORE UNITS ON HOLD.\n" +
    "CV: HR 110S -> 80S AFTER PRBC. BP 90S/50S -> 110S/60S. NO PRESSORS. 2 LG BORE PIVS 16G AND 18G.\n" +
    "RESP: INTUBATED FOR AIRWAY PROTECTION FOR EGD, EXTUBATED AT 1400 TO 2L NC, SATS 97%.\n" +
    "NEURO: CIWA Q1H, SCORES 6-12, ATIVAN 1MG IV X2. MILD ASTERIXIS. ORIENTED X2. RESTLESS BUT REDIRECTABLE, NO RESTRAINTS NEEDED. THIAMINE, FOLATE, MVI. WHEN ASKED ABOUT RECENT EVENTS PT GIVES DETAILED STORY THAT DOES NOT MATCH WHAT FAMILY REPORTS, ?KORSAKOFF VS HEPATIC ENCEPHALOPATHY.\n" +
    "GU: FOLEY, UO 30-50CC/HR. CR 1.4 UP FROM 1.0, ALBUMIN 25G IV X1.\n" +
    "SOCIAL: WIFE VISITED, ANGRY W/ PT FOR DRINKING, STATES 'THIS IS THE LAST TIME.' SW CONSULT FOR SUBSTANCE USE AND FAMILY SUPPORT. PT NOT CURRENTLY A TRANSPLANT CANDIDATE DUE TO ACTIVE ETOH, TEAM TO DISCUSS W/ PT WHEN MORE ALERT.\n" +
    "WILL CONT HCT Q6H, WATCH FOR REBLEED. BALLOON TAMPONADE TUBE AVAILABLE IN UNIT IF NEEDED.",
  "micu npn 7a-7p\n" +
    "58 yo m w/ influenza pna -> ards, intubated day 3. full code. hcp is wife.\n" +
    "neuro: sedated on propofol 50mcg/kg/min + fentanyl 100mcg/hr, paralyzed w/ cisatracurium gtt since 0200 for vent dyssynchrony and worsening oxygenation. train of four 1-2 twitches at 20 ma, goal 1-2. eyes taped, lacrilube q4h. bis 40s.\n" +
    "resp: ardsnet low tidal volume: ac 420 (6cc/kg pbw) x 28, peep 16, fio2 .70. plateau 29-30. abg 7.26/58/68 at 0800 -> peep increased from 14 to 16, fio2 .80 -> weaned to .70 by 1400, abg 7.29/55/74. permissive hypercapnia per team. lungs coarse throughout, sx for small blood-tinged secretions. cxr bilat diffuse infiltrates, unchanged.\n" +
    "cv: hr 100s st, map 60-68 on levophed 0.1mcg/kg/min, cvp 14-16. conservative fluid strategy, lasix 20mg iv x1 at 1200, uo 120cc/hr x3 hrs after.\n" +
    "id: tmax 39.2, cooling blanket on. tamiflu, vanc, zosyn. droplet precautions, n95 for sx.\n" +
    "gi: ogt, tf at goal 50cc/hr of oxepa, residuals 60-100cc, reglan added. no bm x3 days, senna, colace.\n" +
    "skin: intact. turned q2h as tolerated, desats to 86% w/ turns, recovers in 2-3 min.\n" +
    "lines: r ij tlc day 3, l radial a-line, both dressings c/d/i.\n" +
    "family: wife, teenage son and pt's parents in for family meeting at 1500 w/ micu attending, sw and chaplain. team explained ards, that he is very sick and could die, and that it may be weeks on the vent. wife asked about 'putting him on the heart-lung machine,' team explained ecmo not an option at this time. family wishes full support. wife asked to stay at bedside overnight, ok'd by charge nurse.\n" +
    "will cont to titrate fio2/peep per ardsnet table, check train of four q4h.",
  "MICU nursing note days\n" +
    "84 yo M w/ hx mild dementia, lives w/ wife, adm w/ CAP + acute delirium, now hospital day 3.\n" +
    "Problem: Acute delirium / agitation.\n" +
    "Intervention: CAM-ICU positive x2 today (inattention + disorganized thinking). Pt repeatedly attempting to climb OOB, pulled out PIV x1 at 0800, attempted to remove NC. Reorientation, lights on and shades open during day, glasses and hearing aids in, TV off, family photos at bedside. Sitter requested and provided 1000-1900. Haldol 0.5mg IV x1 at 1015 after nonpharm measures failed; QTc 440 on am EKG. Avoided benzos. Bilat soft wrist restraints applied 0745-1000 for safety while waiting for sitter, order obtained, checked q15 min, released q2h, d/c'd when sitter arrived.\n" +
    "Evaluation: Calmer after Haldol and w/ sitter, napping 1300-1500. Oriented to self only, believes he is 'at the office.' No further lines pulled.\n" +
    "Problem: Impaired gas exchange.\n" +
    "Intervention: 4L NC -> 50% face tent briefly while agitated. CPT, IS when cooperative. Ceftriaxone + azithro.\n" +
    "Evaluation: Sats 92-95% on 4L NC. RR 20s. Crackles LLL.\n" +
    "Problem: Falls risk / skin.\n" +
    "Intervention: Bed alarm on, low bed, floor mat. Turned q2h, heels floated, Mepilex to coccyx prophylactically.\n" +
    "Evaluation: No falls. Skin intact.\n" +
    "Problem: Family coping.\n" +
    "Intervention: Wife at bedside afternoon, very upset to have seen restraints earlier, explained reason, that they are used only as a last resort and are now off. Educated re delirium as often temporary in elderly w/ infection. Pt calmer w/ wife present.\n" +
    "Evaluation: Wife verbalized understanding, plans to come early in the morning, asked about Seroquel at night since his PCP had 'tried it once,' team aware, will consider.\n" +
    "Will cont sitter overnight if available, sleep hygiene, cluster care to minimize overnight interruptions.",
  "MICU NURSING PROGRESS NOTE 0700-1900\n" +
    "37 YO F W/ HX IVDU (HEROIN), ON SUBOXONE X 6 MONTHS PER PT, ADM W/ MRSA BACTEREMIA, TRICUSPID VALVE ENDOCARDITIS W/ SEPTIC PULM EMBOLI. HCV +.\n" +
    "ID: TMAX 38.6. VANCO 1.25G IV Q12, TROUGH 11.2 THIS AM, PHARMACY ADJUSTED TO Q8H, GOAL 15-20. SURVEILLANCE BLOOD CX X2 DRAWN BY PERIPHERAL STICK, NOT OFF LINE. PRIOR CX STILL GROWING GPC IN CLUSTERS.\n" +
    "LINES: PT ASKING FOR PICC FOR HOME ANTIBIOTICS, DEFERRED BY TEAM UNTIL CX NEG X48 HRS AND DISPO PLAN CLEAR GIVEN IVDU HX. CURRENTLY L IJ TLC DAY 3, DRESSING C/D/I, CAPS CHANGED. 1 PIV R FA.\n" +
    "PAIN: C/O L PLEURITIC CHEST PAIN RATED 8 ON 0-10 SCALE. SUBOXONE CONTINUED PER ADDICTION TEAM, CHANGED TO SPLIT DOSING TID TO HELP W/ PAIN. TORADOL X1 (CR OK), TYLENOL 1G Q6H, LIDOCAINE PATCH. PAIN DOWN TO 4.\n" +
    "RESP: 2L NC SATS 94-96%. CT CHEST W/ MULTIPLE CAVITARY NODULES. IS TO 1250.\n" +
    "CV: HR 100S ST, BP 110S/60S. NEW HOLOSYSTOLIC MURMUR LLSB, LOUDER W/ INSPIRATION. CT SURGERY CONSULTED, NO SURGERY AT THIS TIME.\n" +
    "PSYCH/SOCIAL: PT STATES SHE HAS BEEN CLEAN SINCE STARTING SUBOXONE EXCEPT FOR 'ONE SLIP' 2 WKS AGO. TOX SCREEN + BUPRENORPHINE, + OPIATES. SEEN BY SW, FAMILY NOT INVOLVED BY PT CHOICE. PT TEARFUL, FEARS LOSING CUSTODY OF HER CHILD IF SHE GOES TO A RESIDENTIAL PROGRAM. EMOTIONAL SUPPORT GIVEN, SW TO FOLLOW.\n" +
    "GRANT REQUEST TO GO OUTSIDE TO SMOKE NOT POSSIBLE, NICOTINE PATCH 14MG OFFERED AND APPLIED.\n" +
    "WILL CONT VANCO, REPEAT TROUGH BEFORE 4TH DOSE, TEE RESULT PENDING.",
  "MICU Nursing Note 7a-7p\n" +
    "68 yo F w/ CLL on chemo, neutropenic, adm w/ septic shock ?source (line vs lung vs gut). Full code.\n" +
    "Lines: R IJ Cordis placed emergently in ED, changed over wire to TLC by team at 1000, tip at SVC/RA jct on CXR, no PTX. Pt in Trendelenburg for procedure, tol well. Old port L chest accessed, blood cx drawn off port and periph, port then de-accessed as possible source. L radial A-line, waveform dampened at 1300, flushed and re-zeroed, now sharp. PIV 20g L hand. All dressings chlorhexidine, labeled.\n" +
    "CV: MAP 50s on arrival -> 60s on Levophed 0.2 mcg/kg/min + vasopressin 0.04 u/min. ScvO2 62% -> 71% after 2 units PRBC for Hct 22 and 3L LR. CVP 4 -> 11. Lactate 5.8 -> 3.1. Hydrocortisone 50mg IV q6h started after cortisol stim test.\n" +
    "Resp: 6L NC -> 50% face mask, sats 93-95%. RR 28, tachypneic but not tiring, ABG 7.31/30/78. Team discussing elective intubation if worsens.\n" +
    "ID: Tmax 39.4. ANC 120. Cefepime, vanco, flagyl, caspofungin added this afternoon. Neutropenic precautions, no fresh flowers or fruit in room.\n" +
    "Heme: Plt 14 -> 1 bag plt, post count 31. Oozing at R IJ site, pressure held, dressing changed x1.\n" +
    "Renal: UO 15-25cc/hr via Foley, Cr 2.1.\n" +
    "Family: Husband and son updated by team at 1500 re critical condition, possibility of intubation and dialysis. Goals of care discussed briefly; husband states pt wants everything done, she 'has beaten this before.' Oncology fellow also came by to talk w/ family. Chaplain offered, declined at this time.\n" +
    "Will cont to titrate pressors to MAP >65, recheck lactate at 1900.\n" +
    "Hope to avoid intubation overnight.",
  "Neuro ICU Nursing Progress Note, 7a-7p\n" +
    "63 yo M w/ generalized myasthenia gravis, adm w/ worsening bulbar weakness and dyspnea after recent URI, concern for myasthenic crisis. Full code.\n" +
    "D: NIF -22 -> -18 -> -16, VC 1.4L -> 1.1L -> 0.95L (wt 80kg, ~12cc/kg). Weak neck flexion, nasal speech, could count to 20 in one breath at 0800, only to 8 at 1400. Bilat ptosis, worse w/ sustained upgaze. Pooling secretions, coughing w/ thin liquids.\n" +
    "A: Resp therapy checking NIF/VC q2h, neuro + MICU aware of downward trend. Electively intubated at 1430 for impending resp failure, etomidate only, no paralytic per neuro.\n" +
    "R: Now on AC 550 x 12, PEEP 5, FiO2 .40, sats 99%. Low dose propofol, RASS -1.\n" +
    "D: Plasmapheresis ordered, needs access.\n" +
    "A: Quinton cath placed by renal at 1600 L femoral, site c/d/i, pulses palp distally. Mestinon on hold per neuro while intubated. Prednisone continued. Avoiding meds that worsen MG (mag, aminoglycosides, quinolones, beta blockers), pharmacy added caution to profile.\n" +
    "R: First exchange to start tonight, Ca checked pre-run.\n" +
    "Nutrition: NPO since am, Dobhoff to be placed tomorrow, will need KUB to confirm placement before TF.\n" +
    "Family: Daughter at bedside, very frightened by intubation, explained it is to rest his breathing muscles while treatment works.\n" +
    "Faith important to family, requested visit from chaplain, who came at 1700.\n" +
    "Will cont to monitor, daily mechanics off sedation.",
  "MICU NURSING NOTE DAYS\n" +
    "59 YO M S/P OUT OF HOSPITAL VF ARREST, DOWN TIME EST 20+ MIN, ROSC AFTER 3 SHOCKS + EPI X2. COOLED PER THERAPEUTIC HYPOTHERMIA PROTOCOL TO 33C X24 HRS, REWARMED, NOW 72 HRS POST ARREST, OFF ALL SEDATION X36 HRS.\n" +
    "NEURO: GCS 3T. PUPILS 4MM NONREACTIVE BILAT, CORNEALS ABSENT, NO COUGH OR GAG, NO RESPONSE TO CENTRAL OR PERIPHERAL PAIN. INTERMITTENT MYOCLONIC JERKS OF FACE AND UPPER EXT, EEG W/ BURST SUPPRESSION. SSEPS TODAY: BILAT ABSENT N20 RESPONSES. KEPPRA 1G IV BID, DEPAKOTE ADDED FOR MYOCLONUS.\n" +
    "CV: HR 90S NSR, BP 120S/70S ON LOW DOSE LEVOPHED 0.03. CATH SHOWED NO ACUTE LESION.\n" +
    "RESP: AC 500 X 14 PEEP 5 FIO2 40%, OVERBREATHING TO 16-18.\n" +
    "FAMILY MEETING AT 1100 W/ WIFE (HCP), 3 ADULT CHILDREN, PT'S SISTER, NEURO CONSULT ATTENDING, MICU ATTENDING, SW, CHAPLAIN AND THIS NURSE. RESULTS OF EXAM, EEG AND SSEPS REVIEWED; TEAM EXPLAINED THAT MEANINGFUL NEUROLOGIC RECOVERY IS NOT EXPECTED. FAMILY STATES PT WOULD NOT WANT TO BE KEPT ALIVE THIS WAY. DECISION MADE FOR DNR NOW AND TRANSITION TO COMFORT MEASURES IN AM TO ALLOW FAMILY TRAVELING IN TO ARRIVE.\n" +
    "ORGAN DONATION: ORGAN PROCUREMENT ORGANIZATION NOTIFIED PER POLICY BEFORE WITHDRAWAL, COORDINATOR TO MEET W/ FAMILY AT 0900. WIFE STATES PT HAD WISHED TO BE A DONOR.\n" +
    "FAITH IMPORTANT TO FAMILY, CHAPLAIN PRAYED W/ FAMILY AT BEDSIDE, FAMILY ASKED THAT THEIR OWN MINISTER BE ALLOWED TO VISIT, OK'D.\n" +
    "SKIN: INTACT. TURNED Q2H. EYES LUBRICATED.\n" +
    "GRANT REQUEST FOR OPEN VISITING FOR FAMILY OVERNIGHT, UP TO 4 AT BEDSIDE.\n" +
    "WILL CONT CURRENT SUPPORT OVERNIGHT, NO ESCALATION.",
  "micu nursing note 0700-1900\n" +
    "54 yo f w/ nash cirrhosis, adm w/ grade 3 hepatic encephalopathy, ?precipitated by uti and constipation. not intubated, protecting airway. full code, listed for transplant per husband.\n" +
    "d: on arrival somnolent, arousable to loud voice and sternal rub, moaning, not following commands, +asterixis when able to assess. ammonia 142. no bm x4 days per husband.\n" +
    "a: ngt placed at 0830, placement confirmed by cxr. lactulose 30ml q2h via ngt until bm, then titrate to 3-4 soft bm/day. rifaximin 550mg bid. lactulose enema x1 at 1000. flexiseal placed at 1400 after 3 large liquid stools to protect skin. ceftriaxone for uti. aspiration precautions, hob 30, npo except meds. fsbg q4h.\n" +
    "r: by 1700 opens eyes to voice, says a few words, oriented to self, mae. 1100cc liquid green stool via flexiseal this shift.\n" +
    "d: k 3.1, na 129, cr 1.3.\n" +
    "a: kcl 40 meq via ngt + 20 meq iv. ivf held per team, albumin 25% x1.\n" +
    "r: k 3.6 on recheck at 1600.\n" +
    "d: buttocks reddened w/ small open areas, moisture related, not pressure.\n" +
    "a: barrier cream, wound care consult, turned q2h.\n" +
    "r: skin unchanged, flexiseal intact, no leakage.\n" +
    "husband at bedside all day, asking good questions re lactulose and why she 'got confused again.' teaching done re importance of taking lactulose at home even when she feels fine. he states she was skipping doses because of diarrhea when going out. will reinforce teaching w/ pt when more alert.\n" +
    "will cont lactulose, neuro checks q2h, hope to advance diet in am if mental status improves.",
  "MICU Nursing Note 0700-1900\n" +
    "76 yo F w/ severe COPD (FEV1 0.6L), home O2 2L, adm w/ COPD exacerbation, on BiPAP since ED. Haitian Creole speaking, understands little English; Haitian Creole interpreter in person at 0900 and 1500, phone interpreter other times. Daughter also translates but team using professional interpreter for all medical info.\n" +
    "Problem: Ineffective breathing pattern.\n" +
    "Intervention: BiPAP IPAP 12, EPAP 5, FiO2 40%. Off BiPAP for meals and meds w/ 4L NC. Solumedrol 60mg IV q6h, albuterol/atrovent nebs q4h + q2h prn, azithro. Pursed lip breathing coached. ABG 7.33/62/71 on BiPAP at 1000, baseline CO2 50s per old records.\n" +
    "Evaluation: RR 30s -> 22-24. Less accessory muscle use. Tolerated 2 hrs off BiPAP at midday w/ sats 89-92%, goal 88-92%.\n" +
    "Problem: Anxiety.\n" +
    "Intervention: Pt very anxious w/ BiPAP mask, pulling at it, stating via interpreter that she feels she is 'drowning.' Mask refitted to smaller size, nasal mask trialed. Ativan 0.5mg IV x1 after discussion w/ team given hypercarbia risk. Daughter at bedside holding pt's hand, calming effect.\n" +
    "Evaluation: Pt calmer, tolerating mask w/ fewer attempts to remove. No restraints needed. Repeat ABG 7.35/58/74, not more sedated.\n" +
    "Problem: Hyperglycemia on steroids.\n" +
    "Intervention: FSBG qid w/ regular insulin sliding scale.\n" +
    "Evaluation: FSBG 180s-260s, covered per scale.\n" +
    "Goals of care: Via interpreter pt stated she would accept BiPAP but does NOT want to be intubated 'ever again' after a prior long intubation. Confirmed w/ daughter (HCP) and team: DNI, ok for BiPAP, pressors and CPR. Order updated.\n" +
    "Will cont BiPAP overnight, wean as tol.\n" +
    "Hope to transition to NC by tomorrow.",
  "NEURO ICU NURSING NOTE 7A-7P\n" +
    "79 YO F ON COUMADIN FOR MECHANICAL MITRAL VALVE, FOUND BY HUSBAND W/ SUDDEN L WEAKNESS AND HA. CT: 35CC R BASAL GANGLIA ICH W/ IVH, NO HYDRO. INR 3.4 ON ARRIVAL.\n" +
    "NEURO: NIHSS 16 ON ADM -> 14 AT 1200 -> 15 AT 1600 (MORE DROWSY). GCS 13 (E3 V4 M6). L HEMIPARESIS, L NEGLECT, R GAZE PREF, DYSARTHRIC. PUPILS 3MM BRISK. NOT A TPA CANDIDATE (HEMORRHAGIC). NEURO CHECKS Q1H.\n" +
    "HEME: VIT K 10MG IV, 4 UNITS FFP GIVEN SLOWLY W/ LASIX 20MG IV BETWEEN UNITS FOR VOLUME CONCERN (EF 35%). INR 3.4 -> 1.9 -> 1.5. CARDIOLOGY AND NEURO DISCUSSED VALVE RISK, ANTICOAGULATION TO BE HELD AT LEAST 1-2 WKS.\n" +
    "CV: SBP GOAL <160. NICARDIPINE GTT 5-10MG/HR, SBP 140S-150S. HR 70S AFIB. MECHANICAL CLICK AUDIBLE.\n" +
    "RESP: 2L NC SATS 96%. STRONG COUGH.\n" +
    "GI: NPO, FAILED BEDSIDE SWALLOW. DOBHOFF TO BE PLACED, KUB TO CONFIRM BEFORE USE.\n" +
    "GU: FOLEY, UO 50-80CC/HR.\n" +
    "REPEAT CT AT 1500: STABLE HEMATOMA, SLIGHT INCREASE IN IVH, NO HYDRO. NEUROSURG AWARE, NO EVD AT THIS TIME.\n" +
    "FAMILY: HUSBAND AND SON AT BEDSIDE. FAMILY MEETING W/ NEURO ATTENDING AND SW AT 1630 RE PROGNOSIS, LIKELY LONG REHAB, POSSIBLE PEG. PT HAS HCP AND LIVING WILL STATING NO PROLONGED LIFE SUPPORT IF NO CHANCE OF MEANINGFUL RECOVERY. FAMILY WANTS FULL TREATMENT FOR NOW, DNR/DNI AGREED.\n" +
    "HOPE TO SEE IMPROVEMENT IN LEVEL OF ALERTNESS OVERNIGHT.\n" +
    "WILL CONT NICARDIPINE, Q1H NEURO CHECKS, REPEAT INR IN AM.",
  "MICU Nursing Note, days\n" +
    "71 yo M w/ paraplegia (T10 SCI since his 40s), adm w/ sepsis from infected sacral wound, now day 6, off pressors x2 days.\n" +
    "Problem: Impaired skin integrity: stage 3 sacral pressure ulcer 8 x 6 x 2cm w/ tunneling at 3 o'clock 3cm, also stage 2 L ischial and unstageable R heel (black eschar).\n" +
    "Intervention: Wound VAC changed by wound nurse at 1000 w/ this nurse assisting, premedicated w/ dilaudid 0.5mg IV though pt has limited sensation (reports 'pressure feeling' w/ changes). White foam into tunnel, black foam to base, -125mmHg continuous. L ischial cleansed w/ NS, Mepilex border. R heel kept dry, betadine paint, off-loaded in boot. Low air loss mattress. Turned q2h w/ 30 degree tilt, off sacrum. Autonomic dysreflexia precautions reviewed, pt aware of signs (pounding HA, flushing above level, HTN).\n" +
    "Evaluation: Wound base 80% beefy red granulation, less slough than last change, mod serous drainage, no odor. VAC seal intact x8 hrs. Heel eschar dry, stable. BP 110s-120s, no dysreflexia.\n" +
    "Problem: Nutrition for wound healing.\n" +
    "Intervention: Pt eating only 25-30% of meals. Nutrition recommended supplemental TF overnight; Dobhoff placed at 1400, KUB confirmed tip in stomach, TF Jevity 1.5 nocturnal 80cc/hr x12 hrs to start tonight. Ensure between meals. Zinc, vit C.\n" +
    "Evaluation: Pt agreeable, states 'I know I need protein.' Prealbumin 8.\n" +
    "Problem: Bowel/bladder.\n" +
    "Intervention: Chronic suprapubic cath, changed on adm. Bowel program: Dulcolax supp qam w/ digital stim.\n" +
    "Evaluation: Good result this am, stool formed, VAC protected w/ drape, no contamination.\n" +
    "Problem: Infection.\n" +
    "Intervention: Vanco + Zosyn, ortho consulted re osteomyelitis, MRI pelvis pending.\n" +
    "Evaluation: Tmax 37.6, WBC 11.\n" +
    "Will cont q2h turns, VAC change q48-72h by wound team.",
  "MICU Nursing Progress Note 0700-1900\n" +
    "45 yo F on methadone maintenance (110mg daily, dose verified w/ her clinic by pharmacy this am), hx heroin use in remission x 4 yrs, HCV, depression, adm w/ severe CAP and hypoxemic resp failure, intubated day 2.\n" +
    "D: EKG this am QTc 512 (was 468 on adm). On azithro, Zofran prn, methadone. K 3.3, Mg 1.6.\n" +
    "A: Team notified. Azithro changed to doxy, Zofran d/c'd, Haldol avoided. Mg 2g IV and KCl 40 meq IV given. Methadone continued at full dose via OGT per team and addiction consult: abrupt decrease risks withdrawal, and dose is not to be 'tapered to make room' for pain meds. Repeat EKG at 1400.\n" +
    "R: Repeat QTc 486, K 4.1, Mg 2.2. Tele w/o ectopy, no runs.\n" +
    "D: Pt grimacing, HR 110s, RASS +1 to +2 on fentanyl 75mcg/hr + propofol 20mcg/kg/min.\n" +
    "A: Fentanyl titrated to 150mcg/hr (opioid tolerant, higher requirement expected, discussed w/ resident). Propofol to 35.\n" +
    "R: RASS 0 to -1, HR 90s, vent synchrony improved.\n" +
    "Resp: AC 450 x 20, PEEP 10, FiO2 .50, sats 94-96%. Sx thick yellow sputum, sputum cx pending.\n" +
    "Lines: R IJ TLC day 2, L radial A-line, dressings changed per protocol.\n" +
    "Social: Partner at bedside, asked staff not to 'judge her for the methadone.' Reassured that methadone is her medication and is being continued like any other. Partner relieved. SW following.\n" +
    "Will cont daily EKG while on QT-prolonging meds.\n" +
    "Mark EKG times on flowsheet so QTc trend is easy to follow.",
  "NEURO ICU NPN 0700-1900\n" +
    "57 YO M W/ NO PRIOR MED HX, ADM AFTER FIRST EVER GTC SZ AT WORK WITNESSED BY COWORKERS, FOLLOWED BY 2 MORE IN ED. MRI: 4CM RING ENHANCING L FRONTAL MASS W/ VASOGENIC EDEMA, ?GBM VS METS. CT TORSO PENDING.\n" +
    "NEURO: A+O X3 SINCE 1000, MILD EXPRESSIVE APHASIA, R PRONATOR DRIFT. PUPILS 3MM BRISK. NO SZ ACTIVITY THIS SHIFT. KEPPRA LOADED 1500MG IV IN ED, NOW 750MG IV BID. DILANTIN ALSO GIVEN IN ED, LEVEL 8.2 AT 0600, NEURO REQUESTED ADD'L 300MG IV, REPEAT LEVEL 14.6 AT 1500 (GOAL 10-20). DECADRON 10MG IV X1 THEN 4MG IV Q6H. CEEG X24 HRS: L FRONTAL SLOWING, NO EPILEPTIFORM DISCHARGES.\n" +
    "SZ PRECAUTIONS: PADDED RAILS, BED LOW, SUCTION/O2 AT BEDSIDE, ATIVAN AVAILABLE.\n" +
    "CV: HR 60S-70S, BP 130S-140S/80S. DILANTIN IV GIVEN VIA LARGE BORE PIV OVER 30 MIN W/ CARDIAC MONITORING, SITE CHECKED Q15 MIN, NO PURPLE GLOVE SIGNS OR INFILTRATE.\n" +
    "RESP: RA SATS 97%.\n" +
    "ENDO: FSBG 180-230 ON DECADRON, COVERED W/ RISS.\n" +
    "GI: PASSED BEDSIDE SWALLOW, REG DIET, PEPCID W/ STEROIDS.\n" +
    "PSYCHOSOCIAL: WIFE AND ADULT DTR AT BEDSIDE. NEUROSURG DISCUSSED BIOPSY VS RESECTION, LIKELY CRANI LATER THIS WEEK. PT QUIET, ASKED THIS NURSE 'IS IT CANCER?' - TEAM CAME BACK TO ANSWER QUESTIONS W/ FAMILY PRESENT. SW AND CHAPLAIN OFFERED, PT ACCEPTED SW VISIT. PT WORRIED ABOUT DRIVING AND RETURNING TO WORK, TOLD NO DRIVING AFTER A SEIZURE, NEURO TO DISCUSS DETAILS.\n" +
    "WILL CONT Q2H NEURO CHECKS, DILANTIN LEVEL IN AM, SZ PRECAUTIONS.",
  "micu nursing progress note days\n" +
    "87 yo f w/ metastatic pancreatic ca, adm w/ sepsis from biliary obstruction, stent occluded, not a candidate for further procedures per gi. hospital day 5. russian-speaking pt and family, russian interpreter present for family meeting at 1000.\n" +
    "family meeting: son (hcp), daughter-in-law and granddaughter w/ micu attending, palliative care, sw, chaplain, interpreter and this nurse. team explained that infection cannot be controlled w/o drainage and that pt is dying. son states his mother had told him she wanted 'to go peacefully, not with tubes.' decision for comfort measures only. dnr/dni. levophed weaned off at 1130, labs, fsbg, abx and tele d/c'd. foley left in for comfort.\n" +
    "comfort: morphine 2mg iv q1h prn, given x3 for grimacing and tachypnea w/ good effect, then gtt at 1mg/hr started at 1500. ativan 0.5mg iv prn agitation x1. scopolamine patch for secretions, oral sx prn. mouth care q2h w/ swabs, lips moistened. turned q2-3h for comfort only w/ extra pillows. room quiet, lights dimmed.\n" +
    "assessment at 1800: unresponsive to voice, rr 24 irregular w/ periods of apnea 10-15 sec, no grimacing or moaning, hr 120s, extremities cool and mottled to knees, uo 10cc/hr dark.\n" +
    "family: at bedside all afternoon, taking turns holding her hand, granddaughter reading to her in russian. faith important to family, orthodox priest requested by family, came at 1600 and said prayers. sw provided info re funeral planning and bereavement support. family asked to be told of any changes; explained expected signs near death (breathing changes, color changes).\n" +
    "grant family's request to bring in icon and candle; real candle not allowed, battery candle provided instead.\n" +
    "will cont comfort care, medicate for any distress, support family.",
  "MICU Nursing Note 7a-7p\n" +
    "69 yo M adm w/ MRSA PNA + septic shock, now vent day 16, shock resolved, failing daily SBTs d/t weakness (critical illness polyneuropathy/myopathy per neuro, EMG done). Full code.\n" +
    "Neuro: Awake, alert, nods and shakes head appropriately, mouths words, writes short answers on clipboard. Proximal weakness all ext, grips weak. RASS 0, no sedation except prn Seroquel at night.\n" +
    "Resp: PS 12, PEEP 5, FiO2 40% during day, RR 20s, VT 350-400, rested on AC 500 x 12 overnight. RSBI 110 on SBT this am, failed after 25 min w/ RR 38 and diaphoresis. Sx q3-4h mod thick white.\n" +
    "GI/Nutrition: OGT, TF Pulmocare at goal 55cc/hr, residuals 30-80cc, tol well. BM x1 soft.\n" +
    "Lines: PICC R basilic placed on day 10, used for abx + blood draws; R IJ TLC d/c'd today, tip sent, site covered w/ occlusive dressing, pt kept flat x30 min after.\n" +
    "Skin: Stage 2 coccyx, improving, Duoderm changed. Heels intact in boots.\n" +
    "Family meeting: 1300 w/ wife (HCP), 2 sons, MICU attending, thoracic surgery, SW and this nurse. Team recommended trach/PEG given slow weaning, explained pt may need long term vent facility / rehab for weeks to months, possibly home eventually. Pt participated by writing 'I want to keep fighting.' Wife asked about comfort w/ trach vs ETT, explained likely more comfortable, able to mouth words, possibly speak w/ valve later. Family agreed. Consent signed by pt w/ wife present. Trach/PEG planned for tomorrow in OR, NPO after midnight, TF off at 0000, hold am dose of SC heparin.\n" +
    "SW to start screening for LTAC beds.\n" +
    "Faith important to pt, requested chaplain to pray w/ him before procedure, chaplain to come in am.\n" +
    "Will cont current plan, rest on AC overnight.",
  "MICU NPN 0700-1900\n" +
    "49 YO M W/ ETOH ABUSE, ADM 3 DAYS AGO FOR PANCREATITIS, NOW IN DTS. TRANSFERRED TO MICU AT 0400 FOR CIWA >30 DESPITE 40MG ATIVAN IN 6 HRS ON THE FLOOR.\n" +
    "NEURO: ON ARRIVAL SEVERELY AGITATED, SWINGING AT STAFF, VISUAL HALLUCINATIONS (SEES 'SPIDERS ON THE CEILING' AND TALKS TO PEOPLE NOT THERE), DIAPHORETIC, TREMULOUS, HR 140S, BP 180S/100S, TMAX 38.4. CIWA 35. 4 POINT LEATHER RESTRAINTS APPLIED 0415 FOR STAFF AND PT SAFETY, VIOLENT RESTRAINT ORDER RENEWED Q4H W/ FACE TO FACE EVAL BY TEAM, CHECKED Q15 MIN, RELEASED ONE LIMB AT A TIME FOR ROM. 1:1 SITTER ALSO AT BEDSIDE.\n" +
    "MEDS: ATIVAN 4MG IV BOLUSES X4 W/ MINIMAL EFFECT, THEN PHENOBARB 130MG IV X2 PER TEAM, PRECEDEX GTT STARTED 0.4MCG/KG/HR, TITRATED TO 0.7. HALDOL 5MG IV X1 FOR HALLUCINATIONS. THIAMINE 500MG IV TID FOR POSSIBLE WERNICKE, FOLATE, MVI. AIRWAY WATCHED CLOSELY, ANESTHESIA AWARE.\n" +
    "RESPONSE: BY 1100 CIWA 12-15, SLEEPING, AROUSABLE, NO LONGER COMBATIVE. LEATHERS CHANGED TO SOFT WRIST RESTRAINTS AT 1200, ALL RESTRAINTS OFF AT 1600, SITTER CONT.\n" +
    "RESP: 4L NC SATS 95%. RR 18-22. NO APNEA.\n" +
    "GI: LIPASE 1,480 -> 620. NPO, NGT NOT PLACED DUE TO AGITATION. PAIN CONTROL W/ DILAUDID 0.5MG IV PRN.\n" +
    "LYTES: K 3.0, MG 1.2, PHOS 1.4, ALL REPLETED IV.\n" +
    "SKIN: ABRASIONS BILAT WRISTS FROM STRUGGLING IN EARLY AM, CLEANSED, BACITRACIN, PADDED.\n" +
    "SOCIAL: NO FAMILY AT BEDSIDE, SISTER CALLED, UPDATED AFTER CONFIRMING PASSWORD. SW AWARE.\n" +
    "WILL CONT PRECEDEX, CIWA Q1H.\n" +
    "HOPE TO WEAN PRECEDEX OFF BY AM IF CIWA STAYS DOWN.",
  "Neuro ICU nursing note 0700-1900\n" +
    "24 yo M s/p high speed MVC, unrestrained driver, severe TBI: L SDH s/p evacuation, bifrontal contusions, traumatic SAH. Also L femur fx in traction, R PTX w/ chest tube. Hospital day 2.\n" +
    "Neuro: Sedated w/ propofol 40mcg/kg/min + fentanyl 100mcg/hr. GCS 5T off sedation at 0800 (E1 VT M4, withdraws). Pupils R 3mm brisk, L 4mm sluggish (unchanged since OR). Camino ICP bolt R frontal: ICP 12-18, spikes to 26 w/ suctioning and turning x3, back <20 within 5 min w/ fentanyl bolus. CPP goal >60, MAP 85-95, CPP 68-80. HOB 30, head midline, c-collar on (c-spine not cleared), ETT ties not tight around neck. Mannitol 50g IV x1 at 1030 for sustained ICP 24 x10 min, serum osm 302 -> 311. Na goal 145-150, now 147 on 3% @ 30cc/hr. Dilantin 100mg IV q8h for sz ppx x7 days, level 11.8.\n" +
    "CV: HR 90s ST, MAP maintained w/ Neo 0.5-1.2mcg/kg/min. CVP 8-10.\n" +
    "Resp: AC 550 x 16, PEEP 5, FiO2 40%. PaCO2 goal 35-40, ABG 7.41/37/142. R chest tube to -20 sx, no air leak, 60cc serosang.\n" +
    "Ortho: L leg in skeletal traction, pin sites cleaned, weights hanging free, foot warm, pulses by doppler.\n" +
    "GI: OGT, TF Impact at 40cc/hr, goal 70, residuals <100cc.\n" +
    "GU: Foley, UO 80-150cc/hr, watching for DI, Na stable.\n" +
    "Family: Parents at bedside, in shock, father repeatedly asking 'will he wake up.' Neurosurg and trauma team met w/ parents at 1600, prognosis uncertain, explained next few days critical. SW and chaplain supporting family. Parents want full support.\n" +
    "Will cont q1h neuro checks, ICP/CPP monitoring, avoid hypotension and hypoxia.",
  "micu nursing note days\n" +
    "43 yo m w/ severe necrotizing pancreatitis (etoh), hospital day 8, not intubated.\n" +
    "problem: nutrition.\n" +
    "intervention: dobhoff advanced post-pyloric at bedside w/ erythromycin 200mg iv given 15 min before to help passage. kub at 1130 confirmed tip at ligament of treitz. tf peptamen started at 15cc/hr at 1300, advance 10cc q8h to goal 75cc/hr. hob 30. abd girth q4h, 102cm -> 103cm.\n" +
    "evaluation: tolerating tf at 15cc/hr, no n/v, abd distended but soft, hypoactive bs. tpn not needed at this time per nutrition.\n" +
    "problem: pain.\n" +
    "intervention: dilaudid pca 0.2mg, 10 min lockout, no basal. pt using approx 2mg/hr. taught pt to press button before pain gets severe. repositioned w/ knees flexed.\n" +
    "evaluation: pain rated 4-6 on 0-10 scale, was 8-9 this am. rr 18-22, sats 95% on 3l nc, not oversedated.\n" +
    "problem: fluid volume / aki.\n" +
    "intervention: lr @ 200cc/hr, decreased to 150 at 1400 per team. foley, uo q1h. bladder pressure via foley 16 mmhg, team aware, repeat q6h.\n" +
    "evaluation: uo 40-70cc/hr, cr 1.8 -> 1.6. bladder pressure 14 at 1800.\n" +
    "problem: etoh withdrawal risk.\n" +
    "intervention: last drink 9 days ago per pt, ciwa q4h, scores 0-3. thiamine, folate, mvi.\n" +
    "evaluation: no signs of withdrawal, now outside window. pt states he wants to stop drinking and asks about help; sw consult placed, pt interested in outpatient program and peer support meetings.\n" +
    "will cont to advance tf to goal, pca, q6h bladder pressures. pt aware of plan, asking approprate questions.",
  "NEURO ICU NURSING NOTE DAYS\n" +
    "74 YO M, VIETNAMESE-SPEAKING, LIVES W/ SON'S FAMILY, ADM W/ R PONTINE INFARCT, ARRIVED OUTSIDE TPA WINDOW (WOKE UP W/ SYMPTOMS, LAST SEEN WELL AT BEDTIME). NIHSS 8 ON ADM: L HEMIPARESIS, DYSARTHRIA, DYSPHAGIA. VIETNAMESE INTERPRETER USED FOR ALL EXAMS AND TEACHING, IN PERSON AND BY PHONE.\n" +
    "NEURO: NIHSS 8 -> 10 AT 1300 (WORSE L ARM), TEAM NOTIFIED, STAT CT NEG FOR BLEED, ?STROKE PROGRESSION. PERMISSIVE HTN, NO BP TX UNLESS SBP >220. HOB 15-30 PER NEURO, 30 DEGREES W/ TF RUNNING. NS @ 100CC/HR. ASA VIA DOBHOFF, STATIN STARTED.\n" +
    "RESP: TMAX 38.3 AT 1000, CRACKLES RLL, SATS 91% RA -> 2L NC 95%. CXR RLL INFILTRATE, ?ASPIRATION PNA. UNASYN STARTED. CHEST PT, ORAL SX PRN FOR POOLING SECRETIONS.\n" +
    "GI/NUTRITION: FAILED SPEECH EVAL (WET VOICE, COUGH W/ ALL CONSISTENCIES). DOBHOFF PLACED AT 1100, PT COUGHING, FIRST KUB SHOWED TIP COILED IN ESOPHAGUS, PULLED BACK AND READVANCED, REPEAT KUB AT 1230 CONFIRMED TIP IN STOMACH. TF JEVITY STARTED AT 20CC/HR, GOAL 60. RESIDUALS Q4H, 15CC. MITTS ON BOTH HANDS AFTER PT TUGGED AT TUBE X1, EXPLAINED W/ INTERPRETER, SON AGREEABLE.\n" +
    "SKIN: INTACT, TURNED Q2H, L SIDE SUPPORTED W/ PILLOWS, L ARM ELEVATED.\n" +
    "FAMILY: SON, DAUGHTER-IN-LAW AND GRANDCHILDREN VISITED. W/ INTERPRETER, NEURO EXPLAINED WORSENING WEAKNESS, RISK OF FURTHER PROGRESSION, POSSIBLE NEED FOR PEG IF SWALLOW DOES NOT RECOVER. FAMILY ASKED ABOUT GIVING HOME-MADE SOUP; EXPLAINED NOTHING BY MOUTH DUE TO ASPIRATION RISK. FAITH IMPORTANT TO FAMILY, BUDDHIST, DECLINED CHAPLAIN BUT ASKED TO BRING PRAYER BEADS, OK.\n" +
    "MARK DOBHOFF AT NARES W/ TAPE, 65CM.\n" +
    "WILL CONT Q1H NEURO CHECKS, ADVANCE TF AS TOL.",
];

/** Decision 236's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision236Corpus(): Corpus {
  return { notes: [], clean: DECISION_236_LONG_CLEAN };
}
