// Long ICU notes that carry no identifier of any kind, written by the other disciplines who chart in a
// Boston teaching-hospital ICU around 1998-2008 as well as the nurses: respiratory therapists (vent
// checks, weaning parameters, RSBI, MDIs, trach care, bronchoscopy assist), dietitians (tube-feed
// formulas by brand, calorie and protein goals, residuals), PT/OT (transfers, Hoyer lift, tilt table,
// ROM, splints), case managers and social workers (placement options and insurance in general terms,
// family coping) and pharmacists (levels, dosing by weight). Each uses its own headings, some notes
// all in capitals, some in lower case, with abbreviations, arrows, slashes and clock times. They are by
// "a ninety-third writer who had not read the guard's rules". Every note should pass through the
// guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 251: thirty long clean ICU notes by RT, RD, PT/OT, CM/SW, PharmD and RN (1,000 to 2,500 characters each). */
export const DECISION_251_LONG_CLEAN: string[] = [
  "RESPIRATORY CARE NOTE\n" +
    "Vent check 0400 / 0800. Pt remains orally intubated, 7.5 ETT secured 23 @ lip w/ Hollister holder, cuff pressure 24 cmH2O by manometer.\n" +
    "Mode: CPAP/PSV 10/5, FiO2 .40. Spont Vt 380-450, RR 18-24, Ve 8.2 L. PIP 17, no auto-PEEP on exp hold. Sats 96-98%.\n" +
    "Weaning parameters done @ 0815 w/ sedation off x 45 min per protocol: NIF -28, VC 900 cc (approx 11 cc/kg IBW), f/Vt 62 on 0/5 after 2 min. RSBI favorable, pt awake, nodding, following simple commands.\n" +
    "SBT started 0830 on CPAP 5/PS 0 FiO2 .40. Tol 30 min: RR 20s, HR 88-96 SR, BP stable, no accessory muscle use, no diaphoresis. ABG at end 7.41/41/104/26.\n" +
    "BS: clear upper, diminished R base. Sx x2 for sm amt thin white, cough strong on sx. Cuff leak present w/ cuff deflated, approx 120 cc difference.\n" +
    "Discussed w/ ICU team at rounds, resident and attending agree with extubation. Extubated @ 0955 to 4L NC w/ cool aerosol 40% face tent for comfort. Post extubation pt c/o sore throat, voice hoarse but clear, no stridor. Sats 95% on 4L. Coughing and expectorating thin sputum.\n" +
    "Given albuterol/atrovent neb x1 post extubation, good effect, BS improved.\n" +
    "Plan: IS q1h while awake (pulls 750 on first try), neb q4h prn, wean O2 to keep sats >92%, f/u ABG if WOB incr. BiPAP available at bedside if needed. RN aware of plan.\n" +
    "RT",
  "NUTRITION FOLLOW UP\n" +
    "S: Pt remains intubated/sedated, unable to provide hx. Per wife pt was eating well PTA, no reported wt loss.\n" +
    "O: Ht 178 cm, Wt 86 kg (admit 83 kg, +3 kg likely fluid), IBW 75 kg, BMI 27.\n" +
    "Meds: propofol @ 20 mcg/kg/min (providing approx 270 kcal/day from lipid), insulin gtt, Protonix, Colace, senna, KCl sliding scale.\n" +
    "Labs: Na 138, K 3.6, BUN 28, Cr 1.1, Glu 140-190, Mg 1.8, Phos 2.1 (L), Alb 2.6, prealb 9. TG 210 on propofol.\n" +
    "TF: Jevity 1.2 via OGT, started yest @ 20 cc/hr, advanced per protocol q4h by 20 to current rate 60 cc/hr. Residuals 10-40 cc checked q4h, no emesis. Abd soft, +BS. Last BM x2 days ago.\n" +
    "A: Pt w/ resp failure from CAP, now HD 4, hypermetabolic. Estimated needs using 25-30 kcal/kg actual wt: 2150-2580 kcal/day; protein 1.5-1.8 g/kg = 130-155 g/day. Fluid per team.\n" +
    "Current TF @ 60 = 1730 kcal, 80 g protein. Adding propofol kcal brings total to about 2000 kcal. Protein remains below goal. Low phos likely refeeding component, pt NPO x 4 days prior to start.\n" +
    "P/Recs:\n" +
    "1. Cont Jevity 1.2, goal rate 70 cc/hr x 24 hr = 2016 kcal, 93 g pro, 1360 cc free water. If propofol continues at current rate, can keep TF at 60.\n" +
    "2. Add Beneprotein 2 scoops BID for additional 12 g protein.\n" +
    "3. Replete phos per MD; check phos/Mg/K daily x 3 days.\n" +
    "4. Hold TF for residual >200 cc x2, recheck in 1 hr. HOB >30 deg at all times.\n" +
    "5. Bowel regimen per team.\n" +
    "Will f/u in 2-3 days or sooner prn. Discussed w/ RN and resident on rounds.\n" +
    "RD",
  "PHYSICAL THERAPY EVALUATION - SICU\n" +
    "Chart reviewed, pt cleared for tx by RN and team. Pt is a 71 yo M POD #8 s/p open AAA repair, course c/b prolonged intubation, extubated 2 days ago. PMH: COPD, HTN, PVD, R knee OA.\n" +
    "PLOF (per pt and son): lived w/ wife in 2 level home, 12 steps to bedroom w/ rail on R. Ind w/o device, still driving, walks dog daily.\n" +
    "Subjective: 'I feel like a wet noodle.' Pain 4/10 incision, premedicated w/ dilaudid by RN 30 min prior.\n" +
    "Objective:\n" +
    "Lines: R IJ TLC, A-line L radial, Foley, 2L NC, tele.\n" +
    "Vitals: rest HR 92, BP 128/64, sats 96% 2L. After activity HR 114, BP 142/70, sats 91%, recovered to 95% within 2 min w/ pursed lip breathing.\n" +
    "Cognition: A&O x3, follows 2 step commands, slow processing.\n" +
    "ROM: BUE WFL, BLE WFL except R knee flex to 105.\n" +
    "Strength: BUE 4-/5, hip flex 3/5 bilat, knee ext 3+/5, DF 4/5.\n" +
    "Bed mobility: rolling mod A x1 w/ use of rail, supine->sit max A x1 w/ abd splinting pillow, cues for log roll technique.\n" +
    "Sitting balance: EOB x 8 min, needs CGA-min A, posterior lean at first, improved w/ cues.\n" +
    "Transfers: sit<->stand from elevated bed mod A x2 w/ RW, stood x 45 sec, B knees buckling slightly. Stand pivot to chair deferred d/t fatigue and desat; pt returned supine w/ max A.\n" +
    "Assessment: Pt presents w/ generalized weakness, decreased activity tolerance and impaired balance from critical illness and prolonged bedrest, well below baseline. Good rehab potential, motivated, supportive family.\n" +
    "Plan: PT 5-7x/wk for bed mobility, transfer and gait training, therex, endurance. Pt to be OOB to chair w/ nursing using lift if PT not present. Anticipate d/c to acute rehab vs SNF level rehab pending progress.\n" +
    "Goals (2 wk): supine<->sit w/ min A, sit<->stand w/ CGA and RW, amb 50 ft RW w/ min A.\n" +
    "PT",
  "CASE MANAGEMENT NOTE\n" +
    "Met w/ pt's daughter and son at bedside this afternoon, along w/ SW. Pt remains trach/PEG, on trach mask 40% during day, back on vent (AC) overnight for rest. Team anticipates medical readiness for d/c in approx 5-7 days if weaning plan holds.\n" +
    "Reviewed d/c options w/ family in general terms:\n" +
    "1. LTACH w/ vent weaning program - pt meets criteria (trach, prolonged vent need, daily MD oversight, IV abx course to finish). Family toured one last yr when an aunt was there, open to this.\n" +
    "2. SNF w/ vent unit - fewer facilities, less intensive weaning, family less interested.\n" +
    "3. Home w/ vent - not felt to be safe at this time, family both work FT, no 24 hr caregiver.\n" +
    "Insurance: pt has Medicare A/B w/ a secondary plan. Explained LTACH is covered under hospital benefit, no 3 midnight requirement as with SNF. Secondary will likely cover coinsurance; will verify w/ plan. Family was given written info re benefits and how days are counted.\n" +
    "Referrals: Clinical info faxed to 3 LTACHs per family preference, all w/in reasonable driving distance. Liaison from one facility to screen pt tomorrow. Will need most recent vent settings, ABG, PT/OT notes, med list, wound care orders.\n" +
    "Barriers: MRSA in sputum (contact precautions, some facilities need isolation bed), daughter worried about pt being 'too far away'. Reassured family that choice is theirs, will try to honor first choice.\n" +
    "Health care proxy form on chart, daughter is proxy.\n" +
    "Plan: follow referrals, update team at rounds, set up family meeting w/ attending later this wk if needed. CM following, available via unit clerk.\n" +
    "CM",
  "CLINICAL PHARMACY NOTE - VANCOMYCIN DOSING\n" +
    "Consulted for vanco dosing/monitoring. Pt 58 yo M w/ MRSA bacteremia, source likely infected R fem HD cath (removed). TEE pending to r/o endocarditis.\n" +
    "Wt 104 kg actual, Ht 175 cm, IBW 70.6 kg. SCr 1.3 (baseline 1.0), stable x 48 hr. Est CrCl (Cockcroft-Gault, using adj BW 84 kg) approx 64 ml/min.\n" +
    "Current regimen: vanco 1 g IV q12h started on admit (approx 10 mg/kg/dose actual wt - underdosed for wt and indication).\n" +
    "Levels: trough drawn before 4th dose this am = 7.8 mcg/ml (appropriately timed per RN, drawn 30 min before dose, dose given after draw).\n" +
    "Assessment: trough subtherapeutic for goal 15-20 in bacteremia/possible endocarditis. Pt's Vd likely increased (obese, +6 L since admit). Ke estimated 0.07/hr from CrCl, half-life ~10 hr.\n" +
    "Recommendations:\n" +
    "1. Give one time load of 1.5 g now (early dose, then start new regimen).\n" +
    "2. Change to vanco 1500 mg IV q12h (approx 15 mg/kg actual wt), first dose 12 hr after load.\n" +
    "3. Check trough before 4th dose of new regimen. Goal 15-20.\n" +
    "4. Monitor SCr daily; pt also got IV contrast for CT yest and is getting Lasix, risk for nephrotoxicity. Avoid concurrent aminoglycoside if possible.\n" +
    "5. If MIC from lab returns >=1, may need to discuss alt agent (dapto) w/ ID.\n" +
    "Also noted: pt on famotidine 20 IV q12h, ok for CrCl. Enoxaparin 40 sc daily for DVT ppx - consider 40 q12h given BMI 34, d/w team.\n" +
    "Discussed w/ resident and ID fellow, orders changed. Pharmacy will follow levels.\n" +
    "PharmD",
  "RT NOTE: BRONCHOSCOPY ASSIST\n" +
    "Bedside bronch done @ 1420 by pulm fellow and attending for RLL collapse and ? mucus plugging. Pt on AC 450 x 16, PEEP 8, FiO2 .50 prior.\n" +
    "Pre-procedure: FiO2 increased to 1.0 x 10 min, sats 100%. 8.0 ETT @ 24 at lip. Swivel adaptor w/ bronch port placed. Sedation given by RN per MD: versed 2 mg, fentanyl 100 mcg, additional propofol bolus. Lidocaine 1% 10 cc instilled down scope in divided aliquots.\n" +
    "During procedure: Vt set 450, exhaled Vt dropped to 300-350 w/ scope in, peak pressure alarm limit raised to 50, PIPs 38-44. Sats 92-97%. HR 100s-120s ST, BP 150s/80s, no ectopy.\n" +
    "Findings per MD: copious thick tan/yellow secretions throughout R mainstem, large plug RLL bronchus removed w/ suction, BAL sent from RLL (120 cc NS instilled, 45 cc returned) for gram stain, cx, fungal, AFB.\n" +
    "Post-procedure: FiO2 weaned back to .60 -> .50, PEEP 8. Post bronch ABG 7.38/44/118/25. Improved BS R base, now coarse throughout rather than absent. Exhaled Vt 440-460, PIP 26, plateau 21.\n" +
    "CXR post bronch: partial reexpansion RLL.\n" +
    "Tolerated w/o complication. Chest PT w/ percussion/vibration ordered q4h, will do in conjunction w/ nebs: albuterol 2.5 mg q4h and mucomyst 10% 3 cc q6h (albuterol given first to prevent bronchospasm).\n" +
    "Will cont to sx prn, keep HOB 30+, turn q2h w/ RN. Plan to try decreasing FiO2 overnight to keep sats >92%.\n" +
    "RT",
  "SOCIAL WORK NOTE\n" +
    "SW met w/ pt's wife and two adult children in family room following family meeting w/ ICU team. Pt remains intubated after cardiac arrest at home, hypothermia protocol completed, neuro exam remains poor off sedation. Team has shared that prognosis for meaningful neuro recovery is guarded, awaiting repeat EEG and MRI.\n" +
    "Family composition: married 41 yrs, 3 adult children (2 local, 1 flying in tonight from out of state). Grandchildren aware pt is ill. Family is close, active in their church, pastor has visited.\n" +
    "Coping: Wife tearful throughout, repeating 'he was just fine at breakfast.' She was the one who started CPR and expresses guilt that 'I did it wrong.' SW normalized, reinforced team's message that she gave him a chance by starting CPR. Son appears more composed, asking concrete questions about tests and timeline; daughter quiet, holding mother's hand.\n" +
    "Family understands that the next 48-72 hr are important. They have not discussed code status yet; wife states pt 'would never want to live on machines' but is 'not ready' to make decisions until all children are here and test results are back.\n" +
    "Interventions: supportive counseling, normalized grief reactions, provided info on hospital chaplaincy, parking vouchers, family lounge, cafeteria hours. Encouraged family to rest in shifts. Gave written info on what to expect in ICU.\n" +
    "Concerns: wife does not drive at night, son will stay with her. Wife is also caregiver for her own mother, son arranging coverage.\n" +
    "Plan: SW will attend follow-up family meeting, likely tomorrow afternoon after MRI. Will continue to provide emotional support and help w/ practical needs. RN asked to page SW if family in distress.\n" +
    "SW",
  "OT EVALUATION - MICU\n" +
    "Reason for referral: splinting, positioning, ADL assessment. Pt is 47 yo F w/ ARDS from influenza pneumonia, vent day 16, trach placed 3 days ago, now on trach mask during day.\n" +
    "Pt seen at bedside, RN present. Pt alert, mouthing words, uses letter board and nods reliably. Follows 1 step commands 100%.\n" +
    "Prior level: Indep in all ADLs/IADLs, worked FT as a teacher, lives w/ husband and 2 teens.\n" +
    "UE eval:\n" +
    "R UE: AROM shoulder flex to 90 (pain at end range), elbow/wrist WFL, grip weak. MMT shoulder 3-/5, elbow 3+/5, grip 3/5.\n" +
    "L UE: L radial A-line, similar to R. Shoulder flex 80 AROM, PROM 150.\n" +
    "Hands: bilat dorsal hand edema 2+, L > R. Fingers stiff, unable to make full fist, lacks approx 2 cm to distal palmar crease.\n" +
    "LE: B heel cord tightness, ankle DF to neutral only. Pt has been in bed w/ feet unsupported.\n" +
    "Skin: stage 1 redness B heels, blanching.\n" +
    "ADLs: Grooming - able to wipe face w/ washcloth w/ set up and min A for elbow support. Feeding - NPO. UB dressing - dep. Fatigues after 5 min.\n" +
    "Cognition: oriented by nodding, attention fair, short term recall impaired (1/3 at 5 min). CAM-ICU neg today per RN.\n" +
    "Interventions today: AAROM B UE x 10 reps all planes. Retrograde massage and elevation B hands on pillows. Fabricated B resting hand splints, functional position, on 2 hr/off 2 hr during day, on at night. B multi podus boots applied for heel offloading and to maintain DF, skin checks q shift. Educated RN and pt's husband re splint schedule and ROM, sheet posted on wall.\n" +
    "Assessment: ICU acquired weakness w/ edema, at risk for contracture and skin breakdown. Excellent rehab potential.\n" +
    "Plan: OT 3-5x/wk for ROM, splint mgmt, ADL retraining, cognition. Will coordinate w/ PT re OOB to chair.\n" +
    "OT",
  "NPN 7P-7A\n" +
    "Neuro: A&Ox3 on arrival, became confused approx 0200, pulling at lines, trying to get OOB. Reoriented frequently, haldol 2mg iv x1 w/ good effect, slept from 0300. MAE, PERRL.\n" +
    "CV: NSR 70-80s w/ occ PVCs. BP 110-140/60s. K 3.4 this am, repleted w/ 40 meq KCl po. Mg 1.9. Heparin gtt @ 1100 u/hr, PTT 68 @ 0100 - therapeutic per nomogram, no change. Next PTT due 0700. Pedal pulses palp bilat.\n" +
    "Resp: 3L NC, sats 94-97%. LS crackles bases bilat, diminished L base. Weak cough, nonproductive. Using IS w/ coaching, pulls 500. Nebs by RT q6h.\n" +
    "GI/GU: tol clear liquids at HS, then NPO after MN for possible cath in am. Abd soft, NT, BS+. No BM tonight. Foley draining clear yellow 40-80cc/hr. Lasix 40 iv given @ 2200 w/ approx 900 cc diuresis over 3 hrs. I/O -650 since MN.\n" +
    "Skin: intact, coccyx slightly pink but blanches. Turned q2h, heels floated. Allevyn to sacrum.\n" +
    "ID: Afebrile, Tmax 37.6. WBC 9.1.\n" +
    "Endo: FS 180 @ 2200 - 4 u reg insulin per SS. 0600 FS 132.\n" +
    "Access: PIV x2, L FA 20g and R hand 22g. Both patent, sites clean.\n" +
    "Social: Wife called @ 2100, updated on condition, told about plan for cath in am. She will be in by 0800.\n" +
    "Plan: NPO for cath, cont heparin, check PTT, K recheck, monitor for delirium - consider asking team for standing low dose haldol vs seroquel qhs. Fall precautions, bed alarm on.\n" +
    "RN",
  "RESP THERAPY - TRACH CARE / PMV TRIAL\n" +
    "Pt w/ #6 Shiley cuffed trach placed 12 days ago, first trach change done by ENT yest w/o difficulty (same size).\n" +
    "Settings: trach mask 35% cool aerosol at 10 L/min, sats 95-97%. RR 18-22. On this setting x 72 hr w/o need for vent rest.\n" +
    "Trach care done @ 1000: inner cannula changed (disposable), stoma cleaned w/ NS, site pink, small amt dried serous crust, no granulation or purulence. New split gauze drain sponge placed, trach ties changed w/ 2nd person holding flange, secure w/ one finger fit.\n" +
    "Sx x3 this shift, mod amt thin white, pt able to cough to trach opening w/ good effort. Obturator and spare trachs (same size and one size smaller) at bedside, Ambu bag w/ mask, wall sx functional.\n" +
    "Passy-Muir valve trial w/ SLP @ 1100: cuff fully deflated (verified by no air returned on syringe), pt tol deflation w/o distress. Suctioned above and below cuff prior. PMV placed in line w/ trach mask O2. Pt able to phonate, said 'hello' and asked for his glasses, voice soft but clear. Tolerated 25 min, sats 94-96%, RR 20-24, HR 90s. No signs of air trapping - valve removed briefly and audible exhalation through upper airway confirmed.\n" +
    "PMV removed for fatigue, cuff left deflated per SLP/team recs, pt now on trach mask 35%.\n" +
    "Education: pt and RN reviewed - NEVER place PMV w/ cuff inflated. Sign posted above bed.\n" +
    "Plan: PMV trials TID w/ RT or SLP present, advance as tol. Consider downsizing to cuffless trach if tol cuff deflation 24-48 hr. Cont trach care q shift and prn.\n" +
    "RT",
  "NUTRITION REASSESSMENT - CCU\n" +
    "PT W/ ESRD ON HD 3X/WK VIA L AV FISTULA, ADMITTED W/ CHF EXACERBATION AND HYPERKALEMIA, EXTUBATED YESTERDAY, FAILED BEDSIDE SWALLOW SCREEN PER SLP. DOBHOFF PLACED POST PYLORIC, CONFIRMED BY KUB.\n" +
    "HT 165 CM, EDW 68 KG PER RENAL, TODAY 72.4 KG (POST HD WT NOT AVAILABLE). IBW 57 KG.\n" +
    "LABS: NA 134, K 5.6, BUN 61, CR 6.8, PHOS 6.9 (H), CA 8.4, ALB 3.0, GLU 110-160.\n" +
    "MEDS: RENAGEL (HELD WHILE NPO), EPO W/ HD, NEPHROCAPS, LANTUS, SS INSULIN.\n" +
    "TF: NEPRO @ 20 CC/HR STARTED THIS AM. RESIDUALS N/A POST PYLORIC. LOOSE STOOL X1.\n" +
    "EST NEEDS (ESRD ON HD): 30-35 KCAL/KG EDW = 2040-2380 KCAL. PROTEIN 1.2 G/KG = 82 G. FLUID 1000 CC + UO (PT ANURIC).\n" +
    "ASSESSMENT: NEPRO (1.8 KCAL/CC, 81 G PRO/L, LOW K/PHOS) APPROPRIATE. HIGH PHOS LIKELY D/T BINDER HELD WHILE NPO. FLUID RESTRICTION LIMITS VOLUME - NEPRO IS CALORIE DENSE.\n" +
    "RECS:\n" +
    "1. ADVANCE NEPRO BY 10 CC Q6H TO GOAL 50 CC/HR X 24 HR = 1200 CC, 2160 KCAL, 97 G PRO, 870 CC FREE WATER.\n" +
    "2. MINIMAL FLUSHES: 30 CC Q6H + MED FLUSHES, TOTAL FREE H2O APPROX 1100 CC/DAY; D/W RENAL RE FLUID GOALS.\n" +
    "3. RESTART RENAGEL VIA TUBE (CRUSH, MIX WELL, FLUSH 30 CC) OR CHANGE TO LIQUID BINDER - D/W PHARMACY.\n" +
    "4. CHECK LYTES, PHOS/MG DAILY.\n" +
    "5. FOLLOW SLP FOR PO TRIAL; IF PO STARTS WILL NEED 2 GM NA, 2 GM K RENAL DIET, CONSIDER CYCLING TF AT NIGHT.\n" +
    "WILL F/U 48 HR.\n" +
    "RD",
  "PHARMACY CONSULT: PHENYTOIN\n" +
    "Asked to eval dilantin level. Pt 76 yo F w/ new onset seizures s/p fall w/ L SDH, s/p craniotomy POD 3. Loaded w/ fosphenytoin 20 mg PE/kg (wt 54 kg = 1080 mg PE) on admission, maintenance phenytoin 100 mg IV q8h.\n" +
    "Total phenytoin level this am 7.2 mcg/ml (ref 10-20). Albumin 2.1. SCr 0.6, est CrCl >50 ml/min.\n" +
    "Assessment: in setting of hypoalbuminemia, total level underestimates free drug. Corrected level (Sheiner-Tozer): 7.2 / (0.2 x 2.1 + 0.1) = 7.2 / 0.52 = 13.8 mcg/ml, within therapeutic range. No seizure activity since load per nursing and neuro checks, cEEG without seizures overnight.\n" +
    "Recommendations:\n" +
    "1. No dose change needed at this time. Do NOT increase dose based on total level alone.\n" +
    "2. If clinical concern for toxicity or breakthrough seizures, send free phenytoin level (goal 1-2 mcg/ml), send-out, result in 2-3 days.\n" +
    "3. Interactions: pt also on dexamethasone 4 mg IV q6h for edema - phenytoin may increase dex clearance and dex may lower phenytoin levels. Monitor. If tube feeds started, hold TF 1 hr before/2 hr after each dose or recheck level once TF running (binding w/ enteral formula).\n" +
    "4. Monitor for nystagmus, ataxia, confusion, rash. Check LFTs, CBC weekly.\n" +
    "5. IV phenytoin: infuse no faster than 50 mg/min, RN to monitor for phlebitis, purple glove. Consider switching to fosphenytoin IV or phenytoin susp via NGT when appropriate.\n" +
    "Repeat total level in 5-7 days or w/ any change. Discussed w/ neurosurg PA and RN.\n" +
    "PharmD",
  "PT TREATMENT NOTE\n" +
    "PT SEEN FOR OOB/MOBILITY. PT IS HD 21, TRACH ON PSV 8/5 40%, PEG, S/P PROLONGED SEPSIS. RN AND RT PRESENT FOR SESSION. PT PREMED W/ TYLENOL.\n" +
    "VS PRE: HR 96, BP 118/62, RR 20, SAT 97%.\n" +
    "PT ALERT, MOUTHING WORDS, NODS APPROP. FOLLOWS COMMANDS.\n" +
    "BED MOBILITY: ROLLING L/R W/ MOD A X1, PT USING RAILS W/ BUE, IMPROVED FROM MAX A LAST SESSION. SUPINE TO SIT MAX A X2 W/ HOB ELEVATED, VENT TUBING MANAGED BY RT.\n" +
    "SITTING EOB: X 12 MIN W/ MIN A, GOOD HEAD CONTROL, ABLE TO REACH OUTSIDE BOS W/ R UE. HR UP TO 112, SAT 95%.\n" +
    "TRANSFER: SIT TO STAND ATTEMPTED X2 W/ MAX A X2, UNABLE TO CLEAR BUTTOCKS, BILAT KNEES BLOCKED. PT FATIGUED. TRANSFERRED BED TO CARDIAC CHAIR VIA HOYER LIFT W/ FULL BODY SLING, 3 STAFF. PT TOL WELL, NO DESAT.\n" +
    "CHAIR POSITIONING: CUSHION IN CHAIR, PILLOWS UNDER B UE, FEET ON FLOOR W/ TOWEL ROLL AT HEELS. VS STABLE IN CHAIR.\n" +
    "THEREX: AAROM B LE X 10 REPS ANKLE PUMPS, HEEL SLIDES, SAQ, HIP ABD/ADD. AROM B UE X 10, SHOULDER FLEX LIMITED TO 100 L.\n" +
    "PT EDUCATED TO USE CALL LIGHT (MODIFIED PAD SWITCH PLACED AT R HAND).\n" +
    "ASSESSMENT: PT SHOWING STEADY GAINS IN BED MOBILITY AND SITTING BALANCE, STILL LIMITED BY PROXIMAL LE WEAKNESS. TOL 1 HR IN CHAIR YEST PER RN.\n" +
    "PLAN: CONT PT DAILY. NURSING TO USE HOYER FOR OOB TO CHAIR BID, MAX 2 HR. WILL TRIAL TILT TABLE NEXT SESSION FOR WT BEARING IF OK W/ TEAM. PRAFO BOOTS ON AT NIGHT.\n" +
    "PT",
  "RT NOTE 0700-1900\n" +
    "PT REMAINS ON VENT, AC 500 X 12, PEEP 5, FIO2 .35. SPONT RR 2-4 OVER SET. PIP 34-38, PLATEAU 22. RAW CALC 18 CMH2O/L/SEC - ELEVATED. EXP FLOW WAVEFORM NOT RETURNING TO BASELINE, AUTO PEEP 4 ON EXP HOLD -> INCR FLOW TO 70 LPM TO SHORTEN I TIME, AUTO PEEP NOW 1.\n" +
    "BS: EXP WHEEZES THROUGHOUT, PROLONGED EXP PHASE. HX SEVERE COPD, ON HOME O2 2L, HOME INHALERS ADVAIR, SPIRIVA, ALBUTEROL PRN.\n" +
    "MEDS: ALBUTEROL MDI 8 PUFFS Q4H + ATROVENT MDI 4 PUFFS Q6H VIA SPACER IN LINE, ACTUATED AT BEGINNING OF INSPIRATION, 15 SEC BETWEEN PUFFS. ALBUTEROL PRN Q1H GIVEN X2 FOR INCR PIP AND WHEEZING W/ GOOD EFFECT, PIP 38 -> 30. SOLU-MEDROL PER MD.\n" +
    "HEATED HUMIDIFIER IN USE (NO HME - BLOCKS MDI DELIVERY).\n" +
    "SX Q2-3H FOR SM-MOD THICK YELLOW, SPUTUM CX SENT.\n" +
    "ABG 1000: 7.33/58/88/30 - CHRONIC CO2 RETAINER, BASELINE BICARB 32. MD AWARE, NO CHANGE, GOAL PH >7.30, NOT TO NORMALIZE PCO2.\n" +
    "RSBI NOT DONE TODAY - PT NOT MEETING SCREEN (STILL ON LOW DOSE NEO, SEDATION NOT HELD).\n" +
    "ETT 7.5 @ 22 AT LIP, RETAPED, MOVED R TO L SIDE OF MOUTH, ORAL CARE W/ CHLORHEXIDINE BY RN. CUFF PRESSURE 25.\n" +
    "PLAN: CONT MDIS Q4H, STEROIDS, ATTEMPT SBT IN AM IF OFF PRESSORS. KEEP SATS 88-92%.\n" +
    "RT",
  "CASE MANAGEMENT - DISCHARGE PLANNING\n" +
    "Pt is 52 yo M, HD 12, admitted w/ necrotizing pancreatitis, ICU course c/b ARDS, now extubated x 5 days, on 2L NC, tolerating Peptamen via NJ, IV abx via PICC. Working w/ PT, currently ambulating 40 ft w/ RW and min A.\n" +
    "Met w/ pt and his partner at bedside. Pt lives w/ partner in 2nd floor apartment, 14 steps, no elevator. Works as a contractor, self-employed.\n" +
    "Insurance: commercial plan through partner's employer. Called plan for benefits: pt has acute rehab benefit, 60 days/yr, requires prior auth; SNF benefit 100 days, also prior auth. Home health covered w/ copay.\n" +
    "PT recs acute rehab (able to tolerate 3 hr therapy/day per PT, borderline). OT agrees. Pt strongly prefers to go home; partner works days and is concerned about leaving him alone while he still needs help w/ stairs, showering.\n" +
    "Options reviewed: (1) acute inpatient rehab, (2) SNF for short term rehab, (3) home w/ VNA (RN for PICC/abx, PT, OT, home health aide) plus outpt f/u. Explained that if pt declines facility level care, team would need him to safely do stairs before d/c.\n" +
    "Pt agreeable to referral to acute rehab, 'as long as it's short.' Partner relieved.\n" +
    "Actions: Rehab screening referrals sent to 2 facilities near home per pt choice. Clinicals faxed to insurance for prior auth, reviewer to call back w/in 24-48 hr.\n" +
    "Also: pt worried about loss of income and hospital bills. SW referral placed re financial counseling and disability application.\n" +
    "Barriers: IV abx to continue ~2 more wks, NJ feeds unless PO advanced. Many rehabs do not accept NJ tubes - team aware, GI/nutrition to address PO trial vs PEG/PEJ.\n" +
    "Plan: follow auth and rehab screens, update team at rounds. Anticipate d/c 3-5 days.\n" +
    "RN CM",
  "SOCIAL WORK ASSESSMENT\n" +
    "Referral: ETOH abuse, housing. Pt is 44 yo M admitted via ED w/ GI bleed and ETOH withdrawal, required intubation for airway protection, extubated yest. Now on CIWA, ativan prn. Alert, oriented, appropriate, somewhat guarded.\n" +
    "Met w/ pt alone at bedside (RN present briefly). Pt reports drinking 'a pint, maybe more' of vodka daily x several yrs, last drink day of admission. Hx of withdrawal seizure x1 several years ago. Two prior detox admissions, longest sobriety 8 months after residential program. Denies other drug use; tox screen neg except ETOH.\n" +
    "Housing: pt states he has been 'couch surfing' w/ friends for approx 3 months after losing his apartment, occasionally stays at a shelter. Unemployed since last yr, previously worked in restaurant kitchens. No income currently; applied for benefits but application lapsed.\n" +
    "Supports: estranged from ex-wife, has teenage dtr he sees rarely. Brother lives nearby, supportive 'but tired of me.' Pt gave permission to contact brother.\n" +
    "Insurance: pt reports no current coverage. Financial counselor referral placed for emergency coverage application.\n" +
    "Motivation: pt states 'I can't keep doing this, I almost died.' Stage of change appears to be contemplation/preparation. Open to discussing detox-to-residential treatment after medical d/c; declined AA info today but 'might go.'\n" +
    "Mental status: mood 'lousy', affect constricted. Denies SI/HI. Endorses poor sleep, anxiety. Psychiatry consult for dual dx suggested to team.\n" +
    "Plan:\n" +
    "1. Spoke w/ brother by phone w/ pt permission; brother willing to visit and store pt's belongings.\n" +
    "2. Will provide list of detox/step-down programs and shelter options in general area, coordinate bed search closer to d/c.\n" +
    "3. Financial counseling for insurance application.\n" +
    "4. SW to follow, meet w/ pt again tomorrow.\n" +
    "SW",
  "Nutrition Consult - SICU\n" +
    "Pt is POD #2 s/p Whipple for pancreatic head mass. Intra-op feeding J tube placed. NGT to LCS, NPO.\n" +
    "Ht 170 cm, Wt 61 kg (UBW 72 kg 4 months ago, 15% wt loss = severe), BMI 21. Pt reports early satiety, poor appetite x several months.\n" +
    "Nutrition focused exam: temporal wasting, mild loss of interosseous muscle, clavicles prominent. Meets criteria for severe protein-calorie malnutrition in context of chronic illness.\n" +
    "Labs: Alb 2.8, prealb 11, Glu 130-180 on insulin gtt, K 3.5, Phos 2.6, Mg 1.7.\n" +
    "Est needs: 25-30 kcal/kg current wt = 1525-1830 kcal; protein 1.5-2.0 g/kg = 92-122 g.\n" +
    "Recs:\n" +
    "1. Start Impact Peptide 1.5 via J tube @ 10 cc/hr, advance by 10 cc q8h as tol to goal 50 cc/hr x 24 hr = 1800 kcal, 113 g protein. Immunonutrition formula recommended for major upper GI surgery, plan x 5-7 days then transition to Peptamen 1.5.\n" +
    "2. J tube: no residual checks (small bowel). Monitor for abd distention, cramping, diarrhea, N/V. Flush 30 cc water q4h.\n" +
    "3. Refeeding risk HIGH - slow advancement, check K/Phos/Mg daily x 3-5 days, replete. Thiamine 100 mg daily x 5 days.\n" +
    "4. If diarrhea develops, check C diff, consider switch to Peptamen sooner.\n" +
    "5. Once NGT out and diet advanced, will likely need pancreatic enzyme replacement w/ meals (Creon) - defer to team.\n" +
    "6. Wt twice weekly, strict I/O.\n" +
    "Discussed w/ surgical team on rounds, agreeable. RD following.\n" +
    "RD",
  "pharmacy kinetics note - tobramycin\n" +
    "29 yo F w/ CF, chronic pseudomonas (mucoid, last sens tobra S, cipro R), admitted w/ CF exacerbation and hypercarbic resp failure, intubated in ED. on ceftazidime 2 g q8h + tobramycin.\n" +
    "wt 47 kg, ht 160 cm, ibw 52.4 kg -> dose on actual wt. scr 0.5, uo good.\n" +
    "current regimen: tobra 470 mg iv q24h (10 mg/kg) infused over 30 min, first dose at 1000 yest.\n" +
    "levels: peak drawn 1 hr after end of infusion = 28.4 mcg/ml; random level 8 hr post = 6.1.\n" +
    "kinetics: ke = ln(28.4/6.1)/7 hr = 0.22/hr, t1/2 = 3.2 hr. extrapolated cmax at end of infusion approx 35. predicted trough at 24 hr <0.5, drug free interval approx 7-8 hr.\n" +
    "assessment: peak goal 25-35 for cf, trough <1 - both met. rapid clearance typical of cf.\n" +
    "recs:\n" +
    "1. continue tobra 470 mg iv q24h.\n" +
    "2. repeat levels (peak + 8 hr level) in 1 wk or if scr rises >0.3.\n" +
    "3. scr daily while on aminoglycoside, avoid other nephrotoxins. iv contrast planned for ct chest - d/w team, ok to proceed w/ hydration.\n" +
    "4. audiology baseline - pt reports some prior hearing loss, ask ENT/audiology when extubated.\n" +
    "5. ceftazidime 2 g q8h ok for renal fx, could consider extended infusion.\n" +
    "6. inhaled tobra (tobi) held while on iv.\n" +
    "also reviewed home meds: pancrelipase, aquadeks, albuterol, pulmozyme - RT to evaluate giving pulmozyme via vent neb in line.\n" +
    "discussed w/ micu resident and pulm fellow. pharmacy following.\n" +
    "pharmd",
  "OCCUPATIONAL THERAPY TREATMENT NOTE\n" +
    "Pt is s/p R MCA stroke w/ L hemiparesis, tPA given at outside hospital, transferred for ICU monitoring, now HD 4.\n" +
    "Pt seen bedside, sitting in chair on arrival per RN. Alert, oriented to self and hospital, year correct.\n" +
    "Cognition/perception: L neglect - does not attend to L side, eyes deviate R at rest, finds items on L only w/ max cues. Line bisection test: bisection shifted markedly R. Impulsive, attempting to stand w/o assist x2. Anosognosia - states 'my arm is fine.'\n" +
    "L UE: flaccid, no active movement, shoulder subluxation one fingerbreadth. Tone low. Sensation impaired to light touch. R UE WFL.\n" +
    "ADLs: Grooming seated in chair - brushed teeth w/ R hand, needed mod verbal cues to find items placed on L, washed only R side of face until cued. Eating - SLP cleared for mech soft/nectar thick; pt ate from R half of tray only, tray rotated w/ cues. UB dressing - max A, unable to thread L arm. LB dressing - dep.\n" +
    "Transfers: chair -> bed stand pivot toward R side w/ mod A x1, leaning L, needed mod A to maintain midline.\n" +
    "Interventions: L UE positioned on lap board for shoulder support; avoid pulling on L arm during transfers - sign posted. Educated RN and pt's wife on approaching from L side, placing items on L to increase attention, L UE PROM 2x/day. Resting hand splint L fabricated, on at night.\n" +
    "Assessment: L neglect, L hemiplegia and impulsivity are main safety concerns; pt at high fall risk, needs bed alarm and close supervision.\n" +
    "Plan: OT daily, anticipate acute rehab at d/c. Will coordinate w/ CM.\n" +
    "OT",
  "nursing progress note 0700-1900\n" +
    "neuro: sedation lightened per wean plan, propofol down from 40 to 15 mcg/kg/min. pt opens eyes spont, tracks, follows simple commands (squeezes hands, wiggles toes), does not attempt to pull at ett. rass 0 to -1. perrl 3mm. no seizure activity.\n" +
    "cv: sr 80-90s, occ pac. bp 100-130/50-60s off levophed since 1100. map >65. cvp 10-12. k 4.1, mg 2.2, ical 1.10. hct 27.8 stable, no transfusion needed.\n" +
    "resp: cpap 10/5 since 0900 after passing sbt screen, rsbi 54 per rt. fio2 .40, sats 96-99%. ls clear upper, crackles rll. sx q3-4h small amts thin white. abg 7.43/39/92/26 on psv. plan to extubate in am if stays on psv overnight, rt aware.\n" +
    "gi: tf jevity 1.2 @ goal 65 cc/hr, residuals 0-30. abd soft, slightly distended, bs+. lg soft brown stool x1, guaiac neg. bowel regimen held. protonix iv.\n" +
    "gu: foley patent, uo 60-150 cc/hr, clear yellow. lasix 20 iv x1 @ 1400 per team, goal -1 l. currently -820 for day. cr 1.0.\n" +
    "id: tmax 37.9 @ 1200, no cx sent per md. cont zosyn day 6/8, vanco stopped (mrsa swab neg).\n" +
    "skin: small stage 2 on coccyx, mepilex intact. on air mattress, turned q2h, heels off bed w/ pillows.\n" +
    "endo: insulin gtt off, on lantus 12 u + ss. fs 120-160.\n" +
    "lines: l sc tlc day 7 - team discussing removal tomorrow if pressors stay off. r radial a-line w/ dampened waveform, flushed, re-zeroed, good waveform now.\n" +
    "social: son and dtr-in-law visited in afternoon, updated by this rn and resident, happy w/ progress. son asked about rehab - cm to speak w/ them.\n" +
    "plan: cont psv overnight, minimal sedation, extubate in am if tol, diurese, pt/ot consults placed.\n" +
    "rn",
  "RESPIRATORY THERAPY PROGRESS NOTE\n" +
    "Daily SBT screen @ 0600: FiO2 .40, PEEP 5, no pressors, sedation held @ 0530 per RN - PASSED screen.\n" +
    "RSBI @ 0615 on CPAP 0/PS 0 x 1 min: RR 38, Vt 240 cc -> f/Vt = 158. FAILED (>105). Pt diaphoretic, using accessory muscles, HR 92 -> 118, sats 93%. Returned to AC 450 x 14, PEEP 5, .40.\n" +
    "Additional parameters: NIF -18 (poor effort vs weakness), VC 480 cc (6 cc/kg IBW), MV 9.1 L on PS 0.\n" +
    "Discussed w/ MICU team: pt likely limited by weakness (critical illness myopathy suspected), volume overload (+9 L LOS) and ? acidosis. Also on high dose steroids.\n" +
    "Plan per team/RT: rest on AC this am, diuresis, and use gradual PSV wean protocol instead of daily SBT: start PSV 15/5 this afternoon after 4 hr rest, wean PS by 2 q4-6h as tol (RR <30, Vt >5 cc/kg, no distress).\n" +
    "Afternoon: PSV 15/5 .40 from 1400 - RR 22-26, Vt 380-420, MV 9 L, sats 95-97%. Pt comfortable, sleeping intermittently. Weaned to PS 12 @ 1800, RR 24-28, tolerating.\n" +
    "Secretions: sm amt thin white, Ballard in-line sx. No wheezing. Nebs: albuterol prn, none needed.\n" +
    "ETT 7.0 @ 21 lip, retaped, cuff pressure 22. VAP bundle: HOB 30, oral care q4h w/ chlorhexidine by RN, daily sedation interruption done.\n" +
    "Note: pt has been intubated x 12 days. Team discussing trach w/ family if not extubated by end of wk; IP (interventional pulm) made aware.\n" +
    "Will resume PSV wean overnight, hold at PS 12 if tol, rest on AC if RR >30 sustained or sats <90.\n" +
    "RT",
  "NUTRITION ASSESSMENT - MICU\n" +
    "Consult for TF recs. Pt is 61 yo F w/ morbid obesity, OSA, DM2, admitted w/ hypercarbic resp failure and cellulitis of pannus, intubated, now HD 3.\n" +
    "Ht 163 cm, Wt 148 kg, BMI 55.7. IBW 55 kg, adj BW 78 kg.\n" +
    "Meds: propofol @ 28 cc/hr (= approx 740 kcal/day from lipid), insulin gtt 6-10 u/hr, vanco/clinda, lasix.\n" +
    "Labs: Glu 180-240, BUN 22, Cr 0.9, TG 290 (H), K 4.0, Phos 3.0.\n" +
    "Current: NPO x 3 days, OGT in place, position confirmed by CXR.\n" +
    "Est needs (critically ill obese, BMI >50, hypocaloric high protein approach): 22-25 kcal/kg IBW = 1210-1375 kcal/day. Protein 2.5 g/kg IBW = 138 g/day.\n" +
    "Propofol contributes approx 740 kcal, limiting room for TF kcal while trying to meet protein.\n" +
    "Recs:\n" +
    "1. Start Promote (1.0 kcal/cc, 62.5 g pro/L) @ 10 cc/hr, advance by 10 q4h to 25 cc/hr = 600 kcal, 38 g pro.\n" +
    "2. Add liquid protein modular 30 cc QID (15 g pro each) = 60 g pro, 240 kcal. Total w/ propofol approx 1580 kcal, 98 g pro - kcal slightly above goal, acceptable short term.\n" +
    "3. When propofol weaned off, advance Promote to 50 cc/hr = 1200 kcal, 75 g pro; w/ modular = 1440 kcal, 135 g pro.\n" +
    "4. TG 290 on propofol - recheck in 48 hr, notify team if >400.\n" +
    "5. Glycemic control per insulin gtt protocol.\n" +
    "6. Residuals q4h, hold for >200 cc x2. HOB 30-45 deg, reverse Trendelenburg ok for resp mechanics.\n" +
    "7. Wt unreliable for monitoring (fluid shifts); consider 24 hr urine UUN for nitrogen balance in 1 wk.\n" +
    "Will f/u 2-3 days. Discussed w/ RN and team.\n" +
    "RD",
  "PHYSICAL THERAPY PROGRESS NOTE - TILT TABLE\n" +
    "Pt is 23 yo M s/p MVC w/ C6 complete SCI (motor/sensory complete), POD 6 s/p posterior fusion C5-7, in hard collar. On 2L NC. Session w/ RN assisting.\n" +
    "Pre-session: abd binder and B TED hose + ACE wraps applied to B LE to minimize orthostasis. Midodrine 10 mg given by RN 30 min prior per team.\n" +
    "Supine BP 104/58, HR 62.\n" +
    "Tilt table: secured w/ 3 straps (chest, hips, knees), collar on. Tilted in 15 deg increments, holding 3-5 min each w/ BP check q2-3 min.\n" +
    "15 deg: BP 100/56, HR 66. 30 deg: 92/50, HR 70, pt asymptomatic. 45 deg: 84/46, HR 74, pt reports mild lightheadedness, 'ears ringing'. Returned to 30 deg x 3 min, BP up to 90/50, symptoms resolved. Re-tilted to 45 deg, held 6 min, BP 86-88/48, tolerated. Attempted 60 deg - BP 72/40 w/ blurred vision, immediately lowered to flat, BP 98/54 within 1 min.\n" +
    "Total time on table 28 min, max tolerated 45 deg x 6 min.\n" +
    "Also: PROM B UE/LE all planes x 10, emphasis on shoulder ER/flex, elbow ext, hamstrings, heel cords. Avoided stretching finger flexors w/ wrist extended to preserve tenodesis. Wrist cock-up splints on per OT schedule. Skin checked - no redness sacrum/heels after tilt.\n" +
    "Assisted cough x2 (manual abd thrust coordinated w/ pt's effort), produced small amt white sputum.\n" +
    "Assessment: orthostatic hypotension improving (tol only 30 deg 2 days ago). Pt motivated, asking about wheelchair.\n" +
    "Plan: tilt table daily, goal 60-70 deg x 20 min; progress to sitting in tilt-in-space w/c. Cont PROM, splints. Discussed SCI rehab referral w/ CM.\n" +
    "PT",
  "CASE MGMT NOTE\n" +
    "Pt is 83 yo F w/ metastatic lung ca, admitted w/ post-obstructive PNA and resp failure, now on BiPAP intermittently and high flow face mask. Family meeting held yest w/ MICU attending, palliative care, SW; pt made DNR/DNI, goals now comfort focused. Pt alert at times, has told family 'I want to go home.'\n" +
    "Discussed d/c options w/ pt's two daughters (older dtr is HCP) today:\n" +
    "1. Home w/ hospice - would need hospital bed, O2 concentrator, commode, and 24 hr family presence; hospice provides RN visits, aide, SW, chaplain, on-call support, but NOT 24 hr nursing. Daughters live 20 min and 1 hr away; one can take FMLA leave.\n" +
    "2. Inpatient hospice facility / hospice residence - for pt w/ symptoms that can't be managed at home or short expected prognosis.\n" +
    "3. SNF w/ hospice - pt would pay room and board unless Medicaid eligible; hospice benefit covers hospice services only.\n" +
    "Insurance: Medicare hospice benefit covers hospice services, meds related to terminal dx and DME at no or minimal cost. Pt would elect hospice benefit in place of regular coverage for the terminal dx.\n" +
    "Clinical concern: pt currently requires high O2 (FiO2 ~60% face mask) and intermittent BiPAP; most home hospices will not manage BiPAP at home, team plans trial off BiPAP on comfort regimen w/ morphine gtt/prn first.\n" +
    "Daughters' preference: try for home if pt stable off BiPAP, otherwise inpatient hospice. They are tearful but united.\n" +
    "Actions: Hospice referrals (home and inpatient) sent per family choice of agencies near them. Hospice liaison to evaluate at bedside tomorrow am. DME order pended for hospital bed, O2, commode pending decision.\n" +
    "Pt's own wishes documented: wants to be home 'with my cat.' Will try to honor.\n" +
    "Plan: CM/SW to follow closely and expedite; transfer to floor vs d/c directly from ICU depending on hospice timing.\n" +
    "CM",
  "PHARMACY NOTE - RENAL DOSE ADJUSTMENT\n" +
    "PT 68 YO M W/ ARF (ATN AFTER HYPOTENSION), CR 0.9 -> 3.6 OVER 3 DAYS, UO 15-20 CC/HR. NOT ON RRT, RENAL CONSULTED, CONSIDERING CVVH IF UO DOES NOT IMPROVE.\n" +
    "WT 79 KG, HT 180 CM, IBW 75 KG. EST CRCL (C-G; CR NOT AT STEADY STATE, LIKELY OVERESTIMATES) APPROX 22 ML/MIN.\n" +
    "REVIEW OF MED PROFILE:\n" +
    "1. CEFEPIME 2 G IV Q8H -> RECOMMEND 2 G Q24H. RISK OF NEUROTOXICITY (ENCEPHALOPATHY, MYOCLONUS) W/ ACCUMULATION.\n" +
    "2. LEVOFLOXACIN 750 MG Q24H -> 750 MG Q48H.\n" +
    "3. ENOXAPARIN 40 MG SC DAILY -> CHANGE TO HEPARIN 5000 U SC Q8H (ENOX ACCUMULATES W/ CRCL <30).\n" +
    "4. FAMOTIDINE 20 MG IV Q12H -> 20 MG IV Q24H.\n" +
    "5. METOCLOPRAMIDE 10 MG Q6H -> REDUCE TO 5 MG Q6H, MONITOR FOR EPS.\n" +
    "6. MAG OXIDE / KCL SS -> HOLD STANDING LYTE REPLETION, K 5.3 TODAY. REPLETE ONLY PER LEVEL.\n" +
    "7. INSULIN: LONGER DURATION IN RENAL FAILURE, FS GLU 60S X1 OVERNIGHT - RECOMMEND DECREASE LANTUS 20 -> 14 U.\n" +
    "8. MORPHINE PRN -> SWITCH TO HYDROMORPHONE 0.2-0.4 MG IV Q3H PRN OR FENTANYL (M6G METABOLITE ACCUMULATES).\n" +
    "9. AVOID: NSAIDS (KETOROLAC ORDERED PRN - D/C), IV CONTRAST, FLEET ENEMAS (PHOS).\n" +
    "VANCO LEVEL: RANDOM 22.4 THIS AM (LAST DOSE 36 HR AGO). HOLD, REDOSE 1 G WHEN LEVEL <15-20, CHECK RANDOM LEVEL QAM.\n" +
    "IF CVVH STARTED, WILL RE-DOSE ALL ABX FOR CRRT CLEARANCE - PLEASE NOTIFY PHARMACY.\n" +
    "DISCUSSED W/ MICU RESIDENT, ORDERS CHANGED FOR 1-5, 7-9. PHARMACY FOLLOWING.\n" +
    "PHARMD",
  "Social Work Progress Note\n" +
    "Family meeting held @ 1500 in family conference room. Present: MICU attending, resident, pt's RN, palliative care NP, this SW, pt's husband (HCP), two sons, pt's sister. Pt is 66 yo F w/ ESLD, HRS, now on CVVH, intubated x 9 days, not a transplant candidate per hepatology.\n" +
    "Team reviewed: multi-organ failure worsening despite max therapy, no reversible cause found, prognosis for survival to d/c very poor. Recommendation made to transition to comfort-focused care.\n" +
    "Family response: husband quiet, stated 'she has been sick so long, she's tired.' Older son angry initially, questioned why transplant not offered earlier, said family was 'never told how bad it was.' Attending and hepatology explained reasons (active ETOH use until 6 months ago); son accepted explanation but remains upset. Younger son tearful, asked if she is in pain. Sister asked about a second opinion.\n" +
    "SW role: facilitated questions, reflected feelings, validated anger as part of grief. Asked family what pt valued; husband shared she 'hated hospitals' and 'would want to be at peace.' Family agreed to DNR today; would like 24 hr before withdrawal of vent and CVVH so out of town relatives can come and their priest can visit for last rites.\n" +
    "Team agreed. Plan for compassionate extubation/withdrawal tomorrow afternoon, exact time per family.\n" +
    "Follow-up: SW spent additional 40 min w/ older son alone; he shared guilt re 'not doing more to stop her drinking.' Supportive counseling provided. Offered bereavement resources; he accepted written info.\n" +
    "Practical: requested open visiting, extra chairs, family allowed to stay overnight. Notified chaplain service. Explained process of withdrawal, what family might see, that they may be present or not as they choose.\n" +
    "Plan: SW will be present tomorrow for withdrawal if family wishes, f/u re funeral home info and bereavement support.\n" +
    "SW",
  "RT NOTE 1900-0700\n" +
    "PT EXTUBATED @ 1600 TODAY (SEE DAY RT NOTE), ON 50% HI FLOW FACE TENT ON ARRIVAL, SATS 91-93%, RR 28-32, USING ACCESSORY MUSCLES, SPEAKING IN 3-4 WORD PHRASES. ABG @ 2000: 7.29/56/68/27. MD AWARE, ORDER RECEIVED FOR BIPAP.\n" +
    "BIPAP STARTED @ 2015 VIA FULL FACE MASK (MED), IPAP 12 / EPAP 6, FIO2 .50. MASK FIT CHECKED, LEAK ACCEPTABLE. PT ANXIOUS INITIALLY, COACHED, RN GAVE ATIVAN 0.5 MG IV.\n" +
    "ADJUSTED TO IPAP 14 / EPAP 6 @ 2045 FOR VT 350-400. RR 22-24, SATS 95%.\n" +
    "ABG @ 2200: 7.35/48/84/27. IMPROVED. FIO2 WEANED TO .40.\n" +
    "0200: PT REQUESTED BREAK, OFF BIPAP X 20 MIN ON 6L NC + 40% FACE TENT, SATS 90-92, RR 26. PLACED BACK ON BIPAP. ORAL CARE GIVEN, LIPS MOISTENED.\n" +
    "SKIN: BRIDGE OF NOSE REDDENED, DUODERM THIN APPLIED, MASK STRAPS LOOSENED SLIGHTLY.\n" +
    "COUGH WEAK BUT PRODUCTIVE OF MOD THICK YELLOW. NT SX X1 @ 0300 VIA NASAL TRUMPET PLACED R NARE (TOL, SM AMT BLOOD TINGED).\n" +
    "NEBS: ALBUTEROL/ATROVENT Q4H IN LINE W/ BIPAP.\n" +
    "PT NPO WHILE ON BIPAP, RN AWARE. NO ASPIRATION EVENTS.\n" +
    "0600: IPAP 14 EPAP 6 .35, RR 20, SATS 96%, HR 90S SR, PT SLEEPING. ABG 7.38/44/90/26.\n" +
    "PLAN: CONT BIPAP, TRIAL OFF IN AM W/ DAY TEAM, CHECK ABG 1 HR AFTER. INTUBATION EQUIPMENT AT BEDSIDE.\n" +
    "RT",
  "Nutrition Support Team Note\n" +
    "Pt followed for TPN. POD #7 s/p ex lap, SBR w/ end ileostomy for ischemic bowel, prolonged ileus. TPN via R SC TLC (dedicated port) since POD 2. NGT clamp trial yest, tol; started sips of clears today.\n" +
    "Wt 70 kg (admit 67), Ht 172 cm.\n" +
    "Current TPN: dextrose 200 g, AA 100 g, lipid 20% 250 cc - total approx 1580 kcal, 2 L over 24 hr.\n" +
    "Needs: 25-30 kcal/kg = 1750-2100 kcal, protein 1.3-1.5 g/kg = 91-105 g.\n" +
    "Labs: Glu 140-180 (SS 2-4 u q6h), Na 136, K 3.9, Cl 104, CO2 24, BUN 18, Cr 0.7, Mg 2.0, Phos 3.4, TG 145. AST 42, ALT 38, Alk phos 160 (mild incr), T bili 1.1.\n" +
    "Ostomy: output 400-600 cc/day, thick. Pt reports hunger, no N/V.\n" +
    "Assessment: meeting approx 85% kcal and 100% protein needs via TPN. Mild alk phos elevation, monitor. Gut function returning, ostomy output acceptable. Plan to wean TPN as PO intake increases.\n" +
    "Recs:\n" +
    "1. Advance diet per surgery: full liquids -> low fiber soft diet.\n" +
    "2. Calorie counts x 72 hr starting w/ full liquids.\n" +
    "3. Ensure Plus TID once on full liquids.\n" +
    "4. Wean TPN: when PO >50% of needs, decrease TPN to 1 L/day. When PO >75% x 48 hr, d/c TPN (taper to 1/2 rate x 1 hr before stopping).\n" +
    "5. Ileostomy: monitor output; if >1.2 L/day, consider soluble fiber/loperamide per team and oral rehydration solution. Educate pt to avoid high fiber foods, eat small frequent meals, drink fluids between meals.\n" +
    "6. Labs: BMP, Mg, Phos daily while on TPN; LFTs, TG weekly.\n" +
    "NST following. Discussed w/ surgical resident and RN.\n" +
    "RD, CNSD",
  "PT/OT CO-TREATMENT NOTE\n" +
    "Pt w/ Guillain-Barre syndrome, intubated HD 10, IVIG day 5/5 completed. Trach planned. Co-treat for positioning, ROM, splinting, communication.\n" +
    "Pt alert, blinks for yes/no reliably (1 blink yes, 2 no), B facial weakness, unable to close eyes fully - RN applying lubricating ointment.\n" +
    "Pain: pt indicates 6/10 in B legs and back via blink board, neuropathic per team, on gabapentin. RN gave fentanyl bolus pre-session.\n" +
    "Strength: UE: shoulder 1/5, elbow flex 2-/5, wrist/hand 0-1/5. LE: 0-1/5 throughout, trace hip add. Reflexes absent.\n" +
    "ROM: PROM B UE/LE WFL except B ankle DF to 0 deg, mild shoulder pain at end range flex >120. Gentle PROM x 10 reps all joints, staying below pain threshold, no aggressive stretching or resisted exercise.\n" +
    "Autonomic: HR labile 60s-130s, BP 90s-170s during session - monitored closely, paused x2 for HR >130, resolved w/ rest.\n" +
    "Positioning: pressure relief mattress. Turning q2h w/ wedges, 30 deg side lying. B UE supported on pillows, hands in resting splints (OT-fabricated yest, fit checked - no redness). B LE in multi podus boots, heels floating. Pillow under knees removed (flexion contracture risk).\n" +
    "Communication: eye gaze alphabet board trialed, pt able to spell 'cold' w/ assist. Call bell: head-activated pad switch positioned by pt's R cheek, pt able to activate w/ head turn 3/3 trials. Nursing instructed.\n" +
    "Education: wife at bedside, taught gentle PROM for hands/fingers, she will do w/ RN supervision.\n" +
    "Plan: PT/OT daily for ROM, splint schedule, positioning, communication. Expect long recovery; will plan for rehab (likely LTACH then acute rehab) w/ CM.\n" +
    "PT/OT",
  "RT NOTE - PERC TRACH ASSIST\n" +
    "Bedside percutaneous tracheostomy performed @ 1030 by surgical team w/ bronchoscopic guidance by IP. Pt on AC 500 x 14, PEEP 8, FiO2 .50 pre-procedure. FiO2 increased to 1.0 x 10 min prior.\n" +
    "RT responsibilities: managed ETT and vent, bronch adapter placed. ETT 8.0 @ 24 at lip - cuff deflated and tube pulled back under bronch visualization to 18 cm (cuff just below cords), cuff re-inflated, airway maintained throughout.\n" +
    "During: exhaled Vt 420-480 w/ bronch in place, PIP up to 44, sats 95-100%, HR 90s-110s, BP stable. Propofol/fentanyl/vecuronium per MD.\n" +
    "Trach: #8 Shiley DCT cuffed placed, position confirmed by bronch (tip 4 cm above carina), good ETCO2 color change, B BS equal. Cuff inflated to 25 cmH2O. ETT removed by RT after confirmation.\n" +
    "Vent reconnected to trach: AC 500 x 14, PEEP 8, FiO2 1.0 -> weaned to .50 by 1130, sats 96%. Post ABG 7.40/42/112/25.\n" +
    "CXR: trach in good position, no PTX.\n" +
    "Site: small amt bloody oozing at stoma, pressure dressing by surgery. Trach ties + sutures. DO NOT CHANGE TIES x 24 hr, first trach change per surgery in 7-10 days.\n" +
    "At bedside: obturator, spare trach same size and one size smaller, 10 cc syringe, Ambu bag, suction. Sign 'NEW TRACH - IF DISLODGED DO NOT REINSERT, CALL ANESTHESIA, ORAL INTUBATION' posted above HOB.\n" +
    "Sx via trach: moderate bloody secretions initially, clearing to pink-tinged by afternoon.\n" +
    "Plan: rest on AC today, start PSV trials tomorrow, trach care q shift after 24 hr, humidification via heated circuit.\n" +
    "RT",
];

/** Decision 251's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision251Corpus(): Corpus {
  return { notes: [], clean: DECISION_251_LONG_CLEAN };
}
