// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008, here as a neuro ICU
// and trauma ICU nurse would type them: about a third in lower case, a third in mixed case and a third
// in capitals; narrative D/A/R (data/action/response) notes and numbered problem-list notes; neuro
// checks ("nchx"), ICP/CPP, EVDs, Licox, c-collars, halo vests, spine precautions and log rolls, TBI and
// SAH care, alcohol withdrawal on CIWA, restraints, social work and chaplain involvement by role, with
// scale eponyms, drug brand names, vent settings, slashed and dotted numbers, clock times and typos.
// They are by "a ninety-eighth writer who had not read the guard's rules". Every note should pass
// through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 257: thirty long clean neuro/trauma ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_257_LONG_CLEAN: string[] = [
  "neuro icu nsg note 7p-7a\n" +
    "54 yo f w/ sah, hunt hess 3 fisher 3, s/p coiling of acomm aneurysm, post bleed day 6. full code.\n" +
    "d: neuro- opens eyes to voice, oriented x1-2, follows simple cmds, mae x4 good strength, no drift. perrl 3mm brisk. c/o ha, rates 6 of 10, fioricet given w/ some relief. @ 0200 noted slower to answer, more drowsy, mild r pronator drift.\n" +
    "evd open @ 10cm h2o above tragus, draining 5-12cc/hr blood tinged csf, icp 8-14 w/ good waveform, leveled + zeroed q4h and w/ position changes. dsg c/d/i.\n" +
    "cv- hr 60s-70s sb, sbp 150s-170s. nimodipine 60mg q4 via ngt, sbp drops ~15 pts after each dose.\n" +
    "resp- 2l nc, sats 96-99, ls clear, dim bases. is 1000.\n" +
    "a: neurosurg resident paged @ 0210 re change in exam, came to bedside. stat head ct neg for new bleed or hydro. tcds from yest w/ ^ velocities l mca. started hhh: ns ^ to 150cc/hr, albumin 5% 250cc x2, neo gtt started @ 0330 titrated to sbp 180-200, now @ 1.5mcg/kg/min.\n" +
    "labs: na 136 (was 139), q6 na ordered. hct 31. mg 1.9.\n" +
    "r: by 0500 more awake, answering appropriately, drift resolved. ha 4 of 10. uo 150-300cc/hr, replaced per orders.\n" +
    "gi- tol clears, no bm x3 days, colace/senna given, dulcolax supp in am if nothing.\n" +
    "gu- foley placed for accurate i/o, clear yellow urine.\n" +
    "skin- intact, pneumoboots on.\n" +
    "social- husband called @ 0230, updated by this rn and resident re possible vasospasm. plans to come in early am, very anxious. sw following, chaplain visited last eve per family request.\n" +
    "plan: angio in am w/ possible intra-arterial verapamil, cont hhh, q1h nchx, keep sbp 180-200, call ho for any decline.",
  "TSICU Nursing Progress Note 0700-1900\n" +
    "23 yo M s/p MVC rollover, unrestrained, intubated in field. Injuries: TBI w/ L SDH + bifrontal contusions, L clavicle fx, R pulm contusion, grade II spleen lac (non-op). Camino bolt placed on admit. HD 3.\n" +
    "#1 ICP/TBI: Sedated on propofol 40mcg/kg/min and fentanyl 100mcg/hr. GCS 6T (E1 VT M5), localizes to pain R arm, withdraws L. Pupils R 3mm brisk, L 4mm sluggish (baseline per report). ICP 14-22 most of shift, spiked to 28 w/ suctioning & turning, sustained >20 x 8 min @ 1030. Mannitol 50gm IV given, HOB 30, neck midline, ETT ties loosened. ICP came down to 15. Serum osm 302 -> 311 post mannitol, Na 146. CPP goal >60, maintained 62-80. Repeat CT read as stable, no midline shift.\n" +
    "#2 Resp: AC 550 x 16, PEEP 5, FiO2 .40. ABG 7.41/35/121/23 - goal PCO2 35ish per NSurg. Sx small amt thick white. LS coarse R > L.\n" +
    "#3 CV: HR 80s-100s ST, BP 120s-150s/60s-80s. No pressors needed. CVP 9-11 via L SC TLC.\n" +
    "#4 Heme/ID: Hct 29.8 stable from 30.2. Plt 188. Tmax 38.2, pan cultured. Cooling blanket on standby, Tylenol PR.\n" +
    "#5 Spine: C-collar remains, C-spine not cleared - CT neg but unable to clinically clear. Log rolled w/ 3 staff for care, spine precautions maintained.\n" +
    "#6 GI/GU: OGT, TF Impact started @ 10cc/hr goal 60, residuals <20. Foley 60-120cc/hr.\n" +
    "#7 Skin: Abrasions L flank and arm, bacitracin. Occiput checked under collar pad, intact, pads changed.\n" +
    "#8 Social: Mother and stepfather in this afternoon, met w/ trauma attending and NSurg. Very tearful. SW met with them, gave info on parking and lodging. Chaplain offered, mother accepted, prayed at bedside.\n" +
    "Plan: Keep ICP <20, CPP >60, mannitol prn per osm, f/u MRI C-spine when stable for travel. ?trach/PEG discussion next wk.",
  "NPN 1900-0700\n" +
    "D: 48 YO M ADMITTED FROM ED S/P FALL DOWN ~10 STAIRS WHILE INTOX, SMALL R TEMPORAL SDH (NON-OP), R RIB FX 4-7, L DISTAL RADIUS FX SPLINTED. HX HEAVY ETOH, LAST DRINK PER WIFE ~36 HRS PRIOR TO THIS SHIFT. BAL ON ADMIT 0.28. H/O W/D SZ X1 SEVERAL YRS AGO.\n" +
    "NEURO: AT START OF SHIFT A+O X2, TREMULOUS, DIAPHORETIC, PICKING AT SHEETS, SEEING 'BUGS ON THE WALL'. CIWA 18 @ 2000. PERRL 3MM, MAE, FOLLOWS CMDS INTERMITTENTLY. NO FOCAL DEFICITS.\n" +
    "CV: HR 110-130 ST, BP 160-180/90S.\n" +
    "RESP: RA -> 2L NC FOR SATS 91-93%, SPLINTING D/T RIBS, IS 500 W/ COACHING.\n" +
    "A: ATIVAN 2MG IV Q1H PRN PER CIWA, TOTAL 14MG THIS SHIFT. PT CLIMBING OOB @ 2300 & TRIED TO PULL PIV, SOFT WRIST RESTRAINTS APPLIED X2 W/ MD ORDER, CHECKED Q15MIN, CIRC/SKIN OK, RELEASED Q2H FOR ROM. SITTER REQUESTED, NONE AVAIL. BANANA BAG (MVI/THIAMINE 100/FOLATE 1MG) INFUSING. K 3.1 & MG 1.4 -> KCL 40MEQ IV, MG SULF 2GM GIVEN. PHENOBARB DISCUSSED W/ MICU CONSULT, HELD FOR NOW. DILAUDID 0.5MG IV X2 FOR RIB PAIN.\n" +
    "NCHX Q1H: NO CHANGE IN LOC OTHER THAN SEDATION. REPEAT HEAD CT @ 0400 STABLE.\n" +
    "R: BY 0300 CIWA 8-10, SLEEPING IN SHORT NAPS, HR 90S, BP 140S/80S. RESTRAINTS REMAIN ON, PT STILL REACHING FOR LINES WHEN AROUSED.\n" +
    "GI: NPO EXCEPT MEDS, ABD SOFT. LFTS ^, AST 212 ALT 98.\n" +
    "GU: VOIDING IN URINAL W/ ASSIST, 900CC.\n" +
    "SOCIAL: WIFE CALLED X2, UPDATED. SHE STATES PT DRINKS 'A 30 PACK A DAY'. SW CONSULT PLACED FOR SUBSTANCE ABUSE RESOURCES, ADDICTION SVC TO SEE WHEN CLEARER.\n" +
    "PLAN: CONT CIWA, RESTRAINT ORDER NEEDS RENEWAL @ 2300, F/U LYTES, ORTHO RE WRIST.",
  "tsicu npn days\n" +
    "62 yo m fell off ladder, c5-6 fx w/ central cord syndrome, s/p posterior fusion c4-7 yesterday. pod 1. in aspen collar.\n" +
    "1. neuro/spine: a+o x3, appropriate. motor: deltoids 3/5 bilat, biceps 3/5, triceps 2/5, grips 1/5 bilat; le 4/5 throughout. sensation decreased to pinprick both hands, perianal sensation present. no change from post op exam. collar on at all times, hob 30 reverse trendelenburg, log roll only. skin under collar checked, pads changed w/ 2nd rn holding neck. decadron d/c'd per spine team.\n" +
    "2. resp: 4l nc, sats 94-97. weak cough. nif -28, vc 1.4l this am (was 1.8l), is 750. chest pt + assisted cough q2-4h w/ resp. rt aware, recheck nif/vc q6h. md aware of decline, abg 7.38/44/82.\n" +
    "3. cv: hr 50s-60s sb, dipped to 42 w/ suctioning, resolved w/o tx. map goal >85 for cord perfusion per spine x 5 days -> neo gtt @ 0.8 mcg/kg/min. atropine at bs.\n" +
    "4. pain: morphine pca 1mg q10 min lockout, used 14mg, pain 4-5. neck incision w/ hemovac 60cc serosang, dsg dry.\n" +
    "5. gi: clears, tol ok. abd soft, +bs. no bm. bowel program started, dulcolax pr.\n" +
    "6. gu: foley, 50-100cc/hr.\n" +
    "7. skin: intact, turned q2h w/ log roll, heels floated on pillows. pneumoboots, sq heparin to start tmrw.\n" +
    "8. psychosocial: pt tearful at times, asks 'am i going to walk'. wife + dtr at bs most of day, updated by spine fellow. sw in to see fam re coping and insurance/rehab planning. pt requested chaplain, paged, visited this afternoon.\n" +
    "plan: monitor resp closely, low threshold to intubate if nif worse than -20, oob to chair w/ pt/ot when cleared, keep map >85.",
  "NICU Nsg Note 7a-7p\n" +
    "D: 71 yo F w/ L thalamic ICH w/ IVH + hydrocephalus, transferred from OSH, EVD placed at bedside by NSurg on arrival. HD 2. DNR, ok to intubate per HCP (son).\n" +
    "Neuro: eyes open to pain, no verbal, localizes w/ L hand, R hemiplegia, R facial droop. Pupils 2mm minimally reactive bilat. GCS 8. Gag/cough intact.\n" +
    "EVD @ 15cm above tragus, open, draining 3-8cc/hr dark bloody csf -> more pink by afternoon. ICP 10-18. At 1300 EVD stopped draining, no waveform, flushed by NSurg w/ 1.5cc PF NS, good waveform returned, ICP 22 -> 12. Reminder sign on drain: clamp when moving pt, unclamp after.\n" +
    "Resp: nasal trumpet R nare, 4L NC, sats 95-98, sx'd for thick yellow. LS coarse.\n" +
    "CV: Nicardipine gtt 5mg/hr to keep SBP <160, range 138-162. Labetalol 10mg IV x1 @ 0930. NSR 70s.\n" +
    "Labs: Na 141, INR 1.1, plt 210, hct 36.\n" +
    "A: Q1H neuro checks. Bedside swallow -> failed, NPO. Dobhoff placed, KUB confirmed, TF Nutren 2.0 to start @ 10/hr.\n" +
    "R: Exam unchanged through shift.\n" +
    "GU: Foley, 40-80cc/hr, clear.\n" +
    "Skin: coccyx intact, turned q2, heels floated.\n" +
    "Social: Son (HCP) and grandchildren in. Family meeting w/ attending, SW, this RN. Discussed poor prognosis, likely long term care needs, possible trach/PEG. Family wishes to continue current care for now, will revisit in 2-3 days. Chaplain provided support, son requested a priest visit, chaplain arranged for this evening.\n" +
    "Plan: cont EVD @ 15, q1h nchx, SBP <160, TF advance to goal, f/u family mtg.",
  "TICU NURSING NOTE 7P-7A\n" +
    "39 YO M PEDESTRIAN STRUCK BY CAR. INJURIES: L RIB FX 3-9 W/ FLAIL SEGMENT, L HEMOPNEUMOTHORAX S/P L CT, PELVIC FX IN BINDER -> S/P ORIF, R TIB/FIB FX S/P EX-FIX, MILD TBI (SMALL SAH R FRONTAL). HD 4.\n" +
    "1) RESP: EXTUBATED YESTERDAY, 4L NC + 40% FACE TENT, SATS 93-96, RR 22-28. IS 600. CT L TO -20 SX, 120CC SEROSANG THIS SHIFT, NO AIR LEAK, DSG D+I. LS DIM L BASE.\n" +
    "2) PAIN: T6 EPIDURAL W/ BUPIVACAINE/FENTANYL @ 10CC/HR PER APS, PAIN 3-4 AT REST, 7 W/ COUGH. DERMATOME LEVEL CHECKED, NO MOTOR BLOCK.\n" +
    "3) NEURO: A+O X3, AMNESIC TO EVENT. HARD COLLAR ON - CT C-SPINE NEG BUT PT C/O NECK PAIN, COLLAR TO STAY UNTIL FLEX/EX FILMS. SPINE PRECAUTIONS, LOG ROLL W/ 3. NCHX Q4 UNCHANGED.\n" +
    "4) CV: HR 100-115 ST, BP 130S/70S. HCT 26.1 -> 1 U PRBC, POST 28.9.\n" +
    "5) ORTHO: EX-FIX PIN CARE W/ NS + HALF STRENGTH PEROXIDE, PINS CLEAN. R FOOT WARM, CAP REFILL <3 SEC, +DP BY DOPPLER, WIGGLES TOES. NO HOB > 30 PER ORTHO.\n" +
    "6) GI: CLEARS, NAUSEA X1, ZOFRAN 4MG. NO FLATUS YET. ABD SOFT.\n" +
    "7) GU: FOLEY, HEMATURIA CLEARED, UO 60-100/HR.\n" +
    "8) HEME: LOVENOX HELD D/T EPIDURAL, SCD L LEG ONLY. IVC FILTER DISCUSSED ON ROUNDS.\n" +
    "9) SOCIAL: GIRLFRIEND AT BS UNTIL 2200, TEARFUL. PT'S BROTHER CALLED, UPDATED W/ PT PERMISSION. SW AWARE PT UNINSURED, FINANCIAL COUNSELOR TO SEE.\n" +
    "PLAN: PULM TOILET, ?IVC FILTER TMRW, FLEX/EX WHEN PAIN ALLOWS, CONT EPIDURAL.",
  "tsicu nsg note 7p-7a\n" +
    "19 yo m assault w/ blunt object to head, depressed r temporal skull fx, s/p r craniectomy for edh evacuation hd 2. bone flap in abd. evd + licox placed in or.\n" +
    "d: neuro- sedated on propofol 50 + fentanyl 75mcg/hr. sedation off for neuro exam q4h x5 min: opens eyes to pain, withdraws x4, l side weaker, intubated. pupils r 4 sluggish, l 3 brisk, unchanged. cough/gag +. craniectomy site soft to palpation, 'no bone flap r side - do not lie on r' sign above bed.\n" +
    "icp 12-20, pbto2 (licox) 22-30 mmhg. evd @ 10 cm, clamped per nsurg except to drain for icp >20 x 5 min, drained 35cc total this shift.\n" +
    "a: @ 0130 icp 24-26 sustained, pbto2 dropped to 16. drained evd x10cc, fio2 ^ .40 -> .60, propofol bolus 20mg. 3% ns 250cc bolus given per protocol. paged nsurg, aware, no new orders except q4h na.\n" +
    "r: icp 14, pbto2 24 within 20 min. na 146 -> 151, goal 145-155. fio2 back to .40 by 0500.\n" +
    "resp: cmv 500x16 peep 5, abg 7.43/36/148/24. ls cl.\n" +
    "cv: hr 70s-90s, map 85-100, cpp 65-80 (goal >60).\n" +
    "gi/gu: ogt, tf @ 40 (goal 60), foley 80-200cc/hr, no s/s di, urine sp grav 1.015.\n" +
    "id: cefazolin periop. tmax 37.9.\n" +
    "skin: abd incision (bone flap) d+i. facial lacs w/ steri strips.\n" +
    "social: per sw, parents live several hrs away, flying in this am. police spoke w/ charge rn re case, no info given w/o family consent per policy. chaplain called parents overnight to offer support.\n" +
    "plan: q1h nchx, keep icp <20, pbto2 >20, na goal as above, ct in am.",
  "Neuro ICU Nursing Note 7a-7p\n" +
    "58 yo F, SAH Hunt Hess 2, Fisher 3, s/p craniotomy & clipping R MCA aneurysm, PBD 8. Lumbar drain removed yesterday.\n" +
    "Neuro: A+Ox3, slow to respond at times, follows all cmds, speech clear. PERRL 3mm. Strength 5/5 x4. No drift. HA 3/10 w/ Tylenol/Percocet. Neuro checks q1h, stable.\n" +
    "CV: SR 70s-80s, SBP 140-175 off neo since 1000 (was on 0.5mcg/kg/min), goal SBP >140. Nimodipine 60 q4. Tele - no ectopy.\n" +
    "Resp: RA sat 97%, LS clear, IS 1500.\n" +
    "FEN/Renal: Na 131 at 0600 (133 yest). UO 200-400cc/hr, I/O -1.2L at 1400. Resident aware, NaCl tabs 2gm TID started, fludrocortisone 0.1mg BID, 3% NS @ 30cc/hr started at 1500. Na q6h: 1200 - 132, 1800 - 134. Fluid restriction NOT ordered (salt wasting, not SIADH per team).\n" +
    "GI: Reg diet, eating 50%. BM x1.\n" +
    "ID: afebrile, WBC 11.\n" +
    "Skin: crani incision w/ staples, OTA, no drainage.\n" +
    "Activity: OOB to chair w/ PT x2, tolerated 1 hr.\n" +
    "Psychosocial: Husband at bedside, asks many questions, very involved. Updated re Na issue. Pt anxious about returning to work, SW met w/ pt and husband re short term disability paperwork.\n" +
    "TCDs today: mild ^ velocities R MCA, no change from yest.\n" +
    "Plan: Na q6, keep Na >135, TCDs daily thru day 14, cont nimodipine, to step-down when Na stable.",
  "NURSING NOTE 0700-1900\n" +
    "D: 34 YO M S/P MOTORCYCLE CRASH (+HELMET) ~1 WK AGO, DIFFUSE AXONAL INJURY, SMALL BILAT FRONTAL CONTUSIONS, EXTUBATED 2 DAYS AGO. C-SPINE CLEARED.\n" +
    "NEURO: A+O X1 (SELF), NOT ORIENTED TO PLACE/TIME, DISINHIBITED, YELLING OUT, PERSEVERATING ON 'GOING HOME'. FOLLOWS 1 STEP CMDS INCONSISTENTLY. PERRL 3MM. MAE X4 FULL STRENGTH. POST-TRAUMATIC AMNESIA ONGOING.\n" +
    "A: AT 0915 PT PULLED OUT NGT AND L PIV, SWUNG AT STAFF. BILAT SOFT WRIST RESTRAINTS + POSEY VEST APPLIED, BEHAVIORAL RESTRAINT ORDER OBTAINED, FACE TO FACE EVAL BY RESIDENT WITHIN 1 HR DONE. HALDOL 2MG IV X2, MINIMAL EFFECT. ZYPREXA 5MG ODT X1 @ 1030. SITTER AT BS FROM 1100. LOW STIM: LIGHTS DOWN, TV OFF, 1 VISITOR AT A TIME. NET BED DISCUSSED, NOT AVAIL.\n" +
    "R: CALMER BY 1300 W/ SITTER PRESENT, RESTRAINTS REMOVED 1 AT A TIME @ 1400 -> TOLERATED, ALL OFF BY 1500. NO FURTHER ATTEMPTS AT LINES.\n" +
    "CV: HR 90-120 WHEN AGITATED, 70S AT REST. BP 120-150/70S.\n" +
    "RESP: RA SAT 96%. LS CLEAR. WEAK COUGH.\n" +
    "GI: NGT NOT REPLACED. S+S EVAL -> PUREE/NECTAR THICK, 1:1 FEEDING W/ ASPIRATION PRECAUTIONS. ATE 40%.\n" +
    "GU: INCONTINENT X2, CONDOM CATH APPLIED.\n" +
    "SKIN: SMALL ABRASION L WRIST FROM RESTRAINT - PADDED, DSG.\n" +
    "SOCIAL: MOTHER AT BS THIS PM, UPSET BY BEHAVIOR, EDUCATED THAT AGITATION IS AN EXPECTED PHASE OF TBI RECOVERY. SW GAVE TBI FAMILY SUPPORT GROUP INFO.\n" +
    "PLAN: NEURO REHAB SCREEN, PSYCH C/S FOR AGITATION MGMT, ?DEPAKOTE VS PROPRANOLOL, CONT SITTER, RESTRAINT ORDER Q4H IF REAPPLIED.",
  "tsicu npn 7p-7a\n" +
    "81 yo f fell at home, type ii dens fx, in halo vest (placed in ed), + small l parietal sah, afib on coumadin - reversed w/ ffp x4 + vit k on admit. hd 3. full code per pt.\n" +
    "neuro- a+o x2-3, confused at times at night, sundowning, pulling at halo vest liner. pupils 2mm, l irregular (old cataract surgery - baseline). mae, grips equal. nchx q2h now, no change. no restraints - bed alarm on, low bed, reorientation, family pictures at bs. haldol 0.5mg iv x1 @ 0100 w/ good effect, slept 0200-0530.\n" +
    "halo: pins x4 checked, sites clean w/ scant crust, pin care w/ ns + q-tips done. wrench taped to front of vest. straps snug, 1 finger fits under. skin under vest checked w/ flashlight - reddened area r scapula, blanchable, mepilex applied.\n" +
    "cv- afib 70s-100s, bp 120s-150s/60s. dilt 30mg po q6. coumadin on hold, inr 1.3. nsurg ok'd sq heparin in am.\n" +
    "resp- 2l nc, sats 93-95. ls dim bases, cough weak. encouraged is/cdb.\n" +
    "gi- dysphagia d/t halo position, s+s eval -> soft solids + nectar thick. ate little. no bm.\n" +
    "gu- voiding on commode w/ assist x2, 350cc & 200cc.\n" +
    "pain- c/o neck and pin site pain 4-6, tylenol 650 q6 + oxycodone 2.5mg x1.\n" +
    "social- lives alone, dtr is hcp, called and updated. case mgmt and sw following for rehab vs long term care. pt states she 'won't go to a home', upset. chaplain visit requested by dtr for tomorrow.\n" +
    "plan: cont halo care, fall precautions, sq heparin in am, pt/ot eval.",
  "Neuro ICU NPN 1900-0700\n" +
    "D: 45 yo M w/ SAH from ruptured basilar tip aneurysm s/p coiling, EVD day 11. Hunt Hess 4 on admit, now GCS 10T (E3 VT M6). Trached HD 9, on trach mask 40%.\n" +
    "Tmax 39.1 @ 2200, HR 110s ST, BP 150s/80s. CSF from EVD cloudier than earlier in shift, more yellow. EVD @ 10cm, draining 6-10cc/hr, ICP 5-12. Insertion site w/ small amt clear drainage, dsg changed by NSurg w/ sterile technique.\n" +
    "A: Paged NSurg resident. CSF drawn by resident from EVD port (sterile, 3 tubes) for cell count, gluc, prot, gram stain, cx. Blood cx x2 peripheral, UA/urine cx, sputum sent. CXR done. Tylenol 650 PR. Cooling blanket on @ 2330 set to 37. Vanco 1gm IV + ceftazidime 2gm IV started @ 0100 after cx sent. Intraventricular vanco discussed, not ordered at this time.\n" +
    "Results: CSF WBC 850 (was 40 three days ago), gluc 22, prot 180, GS few GPCs. Serum WBC 14.8 up from 10.2.\n" +
    "R: T down to 38.0 by 0500. Neuro exam unchanged - opens eyes to voice, tracks, follows cmds w/ L hand, moves R arm weakly, pupils 3mm brisk. ICP stable.\n" +
    "Resp: trach mask 40%, sats 95-98, sx q2h for thick tan. RR 20s.\n" +
    "GI: TF Probalance @ goal 70cc/hr via PEG, residuals <30. BM x1 loose, C diff sent.\n" +
    "GU: Foley, UO 80-150/hr, urine cloudy.\n" +
    "Skin: Sacrum intact, turned q2. EVD dsg as above.\n" +
    "Social: Wife called @ 2300, told of fever and new abx, worried - 'is this a setback?'. Explained infection risk w/ drains, MD will update her in am. Chaplain saw wife earlier in the evening per her request. SW following re wife's coping and long term plans.\n" +
    "Plan: f/u cx, abx per ID, ?change EVD, consider VP shunt once CSF sterile (failed clamp trial x2 already). Cont q1h nchx.",
  "NEURO ICU NURSING NOTE 7A-7P\n" +
    "27 YO F S/P FALL FROM 3RD FLOOR BALCONY, SEVERE TBI W/ LARGE L SDH, S/P EMERGENT CRANIECTOMY, DIFFUSE CEREBRAL EDEMA. ICP >40 OVERNIGHT REFRACTORY TO MANNITOL, 23% NACL, PENTOBARB. HD 3.\n" +
    "1. NEURO: PENTOBARB D/C'D @ 0200 PER NSURG, OFF ALL SEDATION. GCS 3T. PUPILS 6MM FIXED BILAT. NO CORNEALS, NO COUGH/GAG, NO DOLL'S EYES, NO RESP EFFORT OVER VENT. ICP 45-60, CPP <30 DESPITE PRESSORS. PENTOBARB LEVEL SENT, BELOW THRESHOLD PER NEURO ATTENDING. FIRST BRAIN DEATH EXAM @ 1100 BY NEURO ATTENDING - CONSISTENT W/ BRAIN DEATH. APNEA TEST @ 1130: PREOXYGENATED 100% X 10 MIN, O2 CATH TO CARINA @ 6L, NO RESP EFFORT X 8 MIN, PCO2 41 -> 72, PH 7.14. TEST POSITIVE. 2ND EXAM PER PROTOCOL THIS PM, PT DECLARED DEAD BY NEURO CRITERIA AFTER SECOND EXAM.\n" +
    "2. CV: HR 110-140 ST, BP LABILE, LEVOPHED 0.2 MCG/KG/MIN + VASOPRESSIN 2.4U/HR. UO 600-900CC/HR -> DI, NA 158, DDAVP 1MCG IV X2, UO DOWN TO 200S. D5W REPLACEMENT CC FOR CC.\n" +
    "3. RESP: AC 500 X 14, PEEP 5, FIO2 .50. ABG 7.40/38/210.\n" +
    "4. ENDO/TEMP: FSBG 180-260, INSULIN GTT. T 35.4, BAIR HUGGER ON.\n" +
    "5. DONATION: OPO COORDINATOR NOTIFIED PER POLICY @ 0700 (BEFORE EXAM, AS REQUIRED). FAMILY APPROACHED BY COORDINATOR AFTER DECLARATION, NOT BY ICU TEAM. PARENTS CONSENTED. DONOR MGMT STARTED: T4 GTT, SOLU-MEDROL 15MG/KG, LABS Q4, ECHO + BRONCH ORDERED.\n" +
    "6. FAMILY/SUPPORT: PARENTS, 2 SIBLINGS AND PT'S PARTNER AT BS ALL DAY. ATTENDING HELD FAMILY MTG W/ SW + CHAPLAIN PRESENT @ 0900 TO EXPLAIN TESTING. FAMILY CHOSE TO BE PRESENT FOR PART OF EXAM. CHAPLAIN STAYED W/ FAMILY THRU AFTERNOON, BLESSING DONE AT BS. SW ASSISTING W/ LODGING, FAMILY FROM OUT OF AREA. MEDICAL EXAMINER NOTIFIED (TRAUMA CASE), ME OK W/ DONATION.\n" +
    "PLAN: DONOR MGMT PER OPO, OR TIME TBD, MAP >65, UO 1-3CC/KG/HR, NA <155.",
  "tsicu nursing note 7a-7p\n" +
    "d: 56 yo m, hd 4, found down, r frontal contusion + small sah, l humerus fx. hx etoh abuse (1 pint vodka/day per sister), prior dts. intubated hd 3 for airway protection after ativan requirement >200mg/24h + desats.\n" +
    "neuro- on propofol 60mcg/kg/min + ativan gtt 6mg/hr. rass -2 to -3 most of shift. opens eyes to voice briefly, not following cmds consistently. perrl 3mm. mae x4, l arm in splint. nchx q2h, no focal change.\n" +
    "when propofol weaned to 40 @ 1000 pt became very agitated, hr to 140, bp 190/100, diaphoretic, biting ett, rr 36.\n" +
    "a: propofol back up to 60, ativan 4mg ivp x2, fentanyl 50mcg x1. soft wrist restraints on (order current, renewed this am), checked q15min, skin/circ intact. team discussed adding precedex, started @ 0.4mcg/kg/hr @ 1130, titr to 0.7.\n" +
    "r: by 1300 hr 90s-100s, bp 140s/80s, synchronous w/ vent, rass -2. able to wean ativan gtt to 4mg/hr by 1700.\n" +
    "resp- psv 10/5 40% trialed this am, rsbi 68, stopped d/t agitation, back to ac 500x14 peep 5 40%. sx for mod thick yellow. abg 7.44/37/112/25.\n" +
    "cv- st 100s, no ectopy.\n" +
    "gi- ogt, tf replete @ 50 (goal 70). lfts ^, t bili 2.1, albumin 2.6. banana bag qd, thiamine 100 iv.\n" +
    "gu- foley, uo 40-90/hr, cr 0.9.\n" +
    "lytes- k 3.4, phos 1.6 (refeeding?), mg 1.6 -> repleted k, kphos 15mmol, mg 2gm. recheck 1800.\n" +
    "id- tmax 38.0, wbc 12. sputum cx pending.\n" +
    "skin- l arm splint intact, fingers warm, pink, good cap refill.\n" +
    "social- sister (closest relative, no hcp on file) in this pm, updated by resident. sw working on guardianship question, pt separated, no contact w/ wife. chaplain stopped by, sister declined.\n" +
    "plan: cont precedex, wean ativan gtt slowly, sbt in am if calm, phenobarb discussed if precedex fails.",
  "TSICU Nursing Note 7p-7a\n" +
    "41 yo M s/p MVC vs tree, driver, +ETOH, GCS 7 in field. Injuries: grade IV liver lac s/p ex-lap/packing (abd left open w/ VAC), L femur fx in traction, R SDH 6mm (non-op per NSurg), Camino ICP monitor placed in OR. HD 1.\n" +
    "#1 Hemorrhagic shock/Heme: Arrived from OR @ 2000 on Levophed 0.15 + vasopressin. Hct 24 @ 2030 -> rec'd 4u PRBC, 4u FFP, 1 six-pack plt, 10u cryo overnight. INR 1.9 -> 1.4, fibrinogen 88 -> 165, plt 62 -> 118. Ionized Ca 0.92 -> CaCl 1gm x2. Hct 31.2 @ 0500. Levophed weaned to 0.04, vaso off @ 0300.\n" +
    "#2 Abd: VAC to open abd @ -125, output 650cc bloody -> 150cc serosang last 3 hrs. Bladder pressure 14 -> 11 mmHg. Abd firm but not tense. Back to OR in 24-48 hrs for unpacking.\n" +
    "#3 Neuro: Sedated on fentanyl 100 + propofol 30. Pupils 3mm brisk bilat. Withdraws x4 when sedation lightened @ 0000 and 0400. ICP 8-15, CPP 60-75 once MAP >70.\n" +
    "#4 Resp: AC 600 x 18, PEEP 8, FiO2 .50. ABG 7.29/40/102/19, lactate 5.6 -> 2.8. LS coarse bilat.\n" +
    "#5 Ortho: L leg in skeletal traction, 20lb, weights hanging free. Foot warm, DP by doppler. Pin sites clean.\n" +
    "#6 Temp: 34.9 on arrival -> Bair Hugger + warmed fluids via Level 1, T 36.8 @ 0400.\n" +
    "#7 Renal: Foley, UO 30-80cc/hr, Cr 1.2.\n" +
    "#8 Spine: C-spine not cleared (intubated), collar on, log roll, reverse T 30.\n" +
    "#9 Social: Wife and brother in waiting rm, updated by trauma chief resident @ 2130 and this RN @ 0100. Wife asked if anyone else was hurt - single car, no. SW paged overnight, met w/ wife. Chaplain on call came @ 2300 at wife's request.\n" +
    "Plan: serial hct q4, lytes/coags q6, OR for washout, keep ICP <20, CPP >60.",
  "NEURO ICU NPN 7A-7P\n" +
    "D: 49 YO F SAH HH 3 FISHER 3 FROM R PCOMM ANEURYSM S/P COIL, PBD 7. NEW L ARM WEAKNESS + CONFUSION @ 0600, TCD VELOCITIES R MCA 210. NEO ^ TO 3 MCG/KG/MIN FOR SBP 200, EXAM ONLY PARTLY IMPROVED.\n" +
    "A: TO ANGIO @ 0830 W/ THIS RN + RT. ANGIO SHOWED SEVERE SPASM R M1/A1. INTRA-ARTERIAL VERAPAMIL 10MG + ANGIOPLASTY R M1. BACK TO UNIT @ 1130.\n" +
    "R: POST PROCEDURE L ARM 4/5 (WAS 2/5), ORIENTED X3, FOLLOWS CMDS BRISKLY, SPEECH CLEAR. PUPILS 3MM BRISK.\n" +
    "GROIN: R FEMORAL SHEATH PULLED BY ANGIO FELLOW @ 1400, MANUAL PRESSURE 20 MIN, THEN FEMSTOP X1 HR. SITE SOFT, NO HEMATOMA, NO BRUIT. DP/PT 2+ R FOOT. FLAT X 6 HRS -> LOG ROLL FOR CARE, HOB <15. PT C/O BACK PAIN FROM LYING FLAT, TYLENOL + VICODIN GIVEN. VS/GROIN/PULSE CHECKS Q15 X4, Q30 X2, THEN Q1H.\n" +
    "NCHX Q1H: STABLE SINCE ANGIO.\n" +
    "CV: SR 70S-90S. NEO WEANED TO 1.8, SBP GOAL NOW 180-200 PER NEURO ATTENDING. NIMODIPINE 30MG Q2H (CHANGED FROM 60 Q4 D/T BP DROPS).\n" +
    "RESP: 2L NC, SAT 97, LS CLR.\n" +
    "FEN: NS @ 125 + ALBUMIN 5% 250CC Q6H. NA 138, K 3.9. I/O +800. CVP 8-10.\n" +
    "GI: NPO UNTIL FLAT TIME DONE, THEN REG DIET.\n" +
    "GU: FOLEY, UO 100-200/HR.\n" +
    "SOCIAL: HUSBAND + 2 TEENAGE KIDS VISITED THIS PM, HUSBAND UPDATED BY NEURO FELLOW RE ANGIO. KIDS SCARED SEEING MOM WEAK THIS AM, SW MET W/ FAMILY. FAMILY ASKED FOR CHAPLAIN - SEEN @ 1600.\n" +
    "PLAN: TCDS IN AM, POSS REPEAT ANGIO, CONT HHH, CALL FOR ANY CHANGE IN EXAM.",
  "tsicu nursing progress note 7a-7p\n" +
    "28 yo m diving accident into shallow water, c4 burst fx w/ complete sci (asia a), s/p anterior c4 corpectomy + fusion, now hd 6. intubated, trach planned.\n" +
    "1. neuro/spine: a+o x3, mouths words, communicates w/ letter board + head nods. no motor below shoulder shrug, no sensation below clavicles. miami j collar on, pads changed + skin checked w/ 2 rns, occiput + chin intact. log roll still.\n" +
    "2. resp: simv 500x12 ps 10 peep 5 fio2 .35. vc 600ml. sx'd q1-2h thick white, cough assist (in-exsufflator) by rt q4h w/ good results. cxr: lll atelectasis. bronch at bs by pulm @ 1000 for mucus plug, sats 92 -> 98 after.\n" +
    "3. cv: neurogenic shock resolving - off neo since yest, map 65-75. hr 48-60 sb, brady to 38 w/ suctioning x2 -> atropine 0.5mg x1, resolved. preoxygenate w/ 100% before sx now.\n" +
    "4. gi: tf jevity @ goal 65, tol. bowel program: dulcolax pr qam + dig stim, large soft bm.\n" +
    "5. gu: foley (will start straight cath q4-6h later). uo 80-150/hr.\n" +
    "6. skin: kinair bed, turned q2. braden 11. heels in boots.\n" +
    "7. dvt: lovenox 30 sq bid, pneumoboots.\n" +
    "8. temp: poikilothermic, t 36.2-37.9, blankets adjusted.\n" +
    "9. psychosocial: pt crying on and off, mouthed 'i want to die' x1 this am - resident + this rn spoke w/ him, psych c/s placed, feels hopeless, no plan. parents at bs all day, taking turns. sw met w/ parents re sci rehab options, insurance. chaplain visited pt w/ parents, pt nodded yes to prayer.\n" +
    "plan: trach/peg in or tmrw, npo after mn, cont pulm toilet, psych to see.",
  "NICU Nursing Note 1900-0700\n" +
    "D: 66 yo M s/p fall from standing on aspirin/Plavix, L frontal contusion + L SDH, HD 2. On Dilantin 100mg IV q8h. At 2140 pt noted to have R facial twitching -> R arm clonic jerking, eyes deviated to L, ~2 min, then postictal. Sats 88% during event.\n" +
    "A: Ativan 2mg IV @ 2142, O2 ^ to NRB, sx'd oral secretions, side-lying. Resident at bs. Dilantin level 6.2 (low). Loaded w/ fosphenytoin 10mg PE/kg, Keppra 500mg IV bid added per neuro. Stat head CT: no change in SDH, contusion slightly larger w/ more edema. cEEG hooked up @ 2330 by EEG tech.\n" +
    "R: No further clinical sz. EEG prelim by neuro fellow @ 0200 - L frontal slowing, no ongoing sz. By 0100 pt waking up, A+O x1 -> x2 by 0500. R arm weaker than L (4-/5 vs 5/5), ?Todd's vs contusion, MD aware.\n" +
    "Neuro: PERRL 3mm. Speech slow, word-finding difficulty. Neuro checks q1h overnight.\n" +
    "CV: SR 80s, BP 150s-170s/80s, goal SBP <160: labetalol 10mg IV x2. Plt 220 but on Plavix -> 2u plt per NSurg. DDAVP 0.3mcg/kg @ 2300.\n" +
    "Resp: NRB -> 4L NC by 2230, sats 96-98. Aspiration precautions.\n" +
    "GI: NPO, swallow eval in am. IVF NS @ 75.\n" +
    "GU: voiding in urinal, incontinent x1 during sz.\n" +
    "Skin: tongue bitten R side, small lac, mouth care.\n" +
    "Safety: sz pads on rails, suction + O2 at bs, bed low. Pt tried to get OOB @ 0300, reoriented, bed alarm on. No restraints needed.\n" +
    "Social: Wife called @ 2200, updated re sz by resident. Son driving in from out of town in am. Wife is HCP, full code.\n" +
    "Plan: f/u free Dilantin level, cEEG x24h, repeat CT in am, swallow eval.",
  "NICU NSG NOTE 7A-7P\n" +
    "76 YO M W/ BILAT CHRONIC SDH (L>R) S/P BILAT BURR HOLES + SUBDURAL DRAINS LAST NIGHT. PRESENTED W/ 2 WKS OF GAIT DECLINE, CONFUSION, FALLS. HX AFIB (COUMADIN - REVERSED W/ FFP + VIT K), CHF, DM2. POD 1.\n" +
    "1) NEURO: A+O X2 (NOT TIME), MORE ALERT THAN ON ADMIT PER WIFE. FOLLOWS ALL CMDS. R GRIP 4/5, L 5/5. SLIGHT R PRONATOR DRIFT (IMPROVED). PERRL 2MM. NCHX Q1H -> Q2H @ 1500 PER NSURG.\n" +
    "2) DRAINS: L + R SUBDURAL DRAINS TO GRAVITY, BULBS AT LEVEL OF HEAD, HOB FLAT TIL DRAINS OUT PER NSURG. L 70CC, R 35CC DARK OLD BLOOD -> LIGHTER PINK. DSG D+I.\n" +
    "3) CV: AFIB 70S-90S, BP 130-150/70S. LOPRESSOR 25 PO BID. INR 1.2.\n" +
    "4) RESP: 2L NC, SATS 94-96, FINE CRACKLES BASES. FLAT POSITION -> ASPIRATION RISK, REVERSE T NOT ALLOWED EITHER PER NSURG. LASIX 20 IV X1 PER TEAM, WAS +700 THIS AM.\n" +
    "5) ENDO: FSBG 140-210, RISS + LANTUS 10U.\n" +
    "6) GI: DYSPHAGIA SCREEN PASSED, SOFT DIET, FED BY STAFF W/ HEAD TURNED, ATE 50%.\n" +
    "7) GU: FOLEY D/C'D @ 1000, VOIDED 300 @ 1400, BLADDER SCAN 120 POST VOID.\n" +
    "8) SKIN: SACRUM RED BLANCHABLE, DUODERM, TURNED Q2H SIDE TO SIDE.\n" +
    "9) SAFETY: HIGH FALL RISK, BED ALARM ON, NO MITTS NEEDED, PT NOT PULLING AT DRAINS.\n" +
    "10) SOCIAL: WIFE AT BS ALL DAY, VERY ATTENTIVE, ASKS WHEN HE CAN GO HOME. SW + CASE MGR SPOKE W/ WIFE RE REHAB, SHE STATES SHE HAS NO HELP AT HOME. CHAPLAIN VISITED, PT ENJOYED TALKING.\n" +
    "PLAN: DRAINS OUT IN AM + REPEAT CT, THEN HOB UP, OOB W/ PT. RESTART COUMADIN - NSURG TO DECIDE, NOT FOR 1-2 WKS.",
  "neuro icu npn 7a-7p\n" +
    "d: 38 yo f, sah h/h 2 fisher 4 (ivh), s/p coiling acomm, pbd 12, evd day 12. doing well neurologically, a+o x3, mae 5/5, no drift, perrl 3mm, speech fluent. c/o ha 2-3 of 10.\n" +
    "evd clamp trial started @ 0800 per nsurg (raised to 20cm yest, drained <50cc/24h). icp monitored via evd transducer while clamped.\n" +
    "a: nchx q1h, icp q1h, tylenol 650 q6 for ha. instructed pt to report ha, nausea, vision changes.\n" +
    "@ 1330 pt c/o worsening ha 7 of 10, nausea, vomited x1, more sleepy, icp 24-28 sustained >10 min. evd unclamped @ 1335 at 20cm, drained 18cc quickly, clear yellow-tinged csf. nsurg resident aware + came to see.\n" +
    "r: ha v'd to 3, nausea resolved w/ zofran 4mg iv, more alert by 1430, icp 8-12. clamp trial failed. plan per nsurg: evd open @ 20cm overnight, reattempt clamp tmrw vs vp shunt.\n" +
    "cv- sr 70s, sbp 130s-150s, no pressors, nimodipine 60 q4 po (day 12 of 21).\n" +
    "resp- ra, sats 98, ls clr.\n" +
    "gi- reg diet, ate 75%, bm x1.\n" +
    "gu- voiding, foley out yest.\n" +
    "id- afebrile, csf from yest: wbc 12, gluc nl, cx ngtd.\n" +
    "activity- oob to chair x2 w/ drain clamped during transfer + releveled after, walked 20 ft w/ pt.\n" +
    "tcds: velocities normalizing.\n" +
    "social- partner + mom at bs, updated by this rn. pt very frustrated about failed trial, 'i just want this thing out of my head'. sw met w/ pt re coping, work leave paperwork. chaplain offered, pt declined for now.\n" +
    "plan: evd @ 20, q1h nchx, reclamp vs shunt per nsurg, cont nimodipine.",
  "TSICU NPN 7a-7p\n" +
    "52 yo M, HD 3, s/p assault, R frontal contusion + small R SDH (non-op), nasal bone fx, R orbital floor fx. Heavy ETOH use, ~1 qt/day, last drink 3 days ago.\n" +
    "#1 ETOH w/d: CIWA 14-22 this shift. Ativan 2-4mg IV per CIWA, total 18mg by 1500. Phenobarb loaded per protocol (130mg IV x3 doses 30 min apart) per trauma + tox rec, CIWA 6-9 since. HR 100s -> 80s. Tremor improving. Thiamine 100, folate, MVI.\n" +
    "#2 Neuro/TBI: A+O x2-3, fluctuating. PERRL 3mm, EOMI except R upward gaze limited (orbital fx). No drift. Neuro checks q2h stable. Repeat CT stable.\n" +
    "#3 Safety/behavior: @ 0930 pt pulled off tele + tried to leave unit w/ PIV in place, stating 'I'm fine, I'm going home'. Redirected by staff, security called to stand by. Resident assessed capacity - pt lacks capacity (disoriented, can't repeat back risks). 2 soft wrist restraints applied @ 0945 per order, q15 min checks, released q2h w/ ROM. Removed @ 1400 once calmer, sitter remained.\n" +
    "#4 CV: ST -> SR, BP 130s-150s/80s.\n" +
    "#5 Resp: RA sat 95%. Sinus precautions - no nose blowing, no straws.\n" +
    "#6 GI: Clears -> full liquids. Nauseous x1. K 3.2, Mg 1.5 repleted. LFT's elevated, lipase nl.\n" +
    "#7 Skin: periorbital ecchymosis R, ice packs. Facial lacs - bacitracin.\n" +
    "#8 Social: No family contact known. Pt says he lives w/ a friend, doesn't want anyone called. SW saw pt briefly this afternoon, will return when more alert re detox/rehab options. Chaplain declined by pt.\n" +
    "Plan: Cont CIWA, phenobarb taper, plastics to see re orbital fx, psych f/u re capacity, reassess q2h if restraints reapplied.",
  "TSICU NSG NOTE 1900-0700\n" +
    "D: 31 YO M BICYCLIST STRUCK BY TRUCK, NO HELMET. SEVERE TBI, BIFRONTAL CONTUSIONS W/ BLOSSOMING, EVD IN PLACE. HD 4. ICP REFRACTORY DESPITE SEDATION, MANNITOL, 3% SALINE, CSF DRAINAGE.\n" +
    "@ 2030 ICP 30-35, CPP 55 DESPITE MAP 90. PUPILS R 4 SLUGGISH (NEW), L 3 BRISK.\n" +
    "A: NSURG + TRAUMA ATTENDING AT BS. EVD LOWERED TO 5CM, OPEN, DRAINED 20CC. MANNITOL 1GM/KG, 23.4% NACL 30CC VIA CVL OVER 15 MIN. HYPERVENT TEMPORARILY TO PCO2 32. STAT CT: ^ EDEMA, NO NEW BLEED, EFFACED BASAL CISTERNS. PENTOBARB COMA STARTED @ 2200: LOAD 10MG/KG OVER 30 MIN, THEN 5MG/KG/HR X3, THEN 1MG/KG/HR. CEEG FOR BURST SUPPRESSION. BP DROPPED TO 70S/40S W/ LOAD -> LEVOPHED STARTED, UP TO 0.18 MCG/KG/MIN. COOLING: ARCTIC SUN PADS ON, GOAL T 35C, REACHED @ 0300. SHIVERING -> VECURONIUM GTT 0.1MG/KG/HR, TOF 1-2/4.\n" +
    "R: ICP 15-20 BY 0100, CPP 65-75. BURST SUPPRESSION @ 2345. PUPILS NOW BOTH 3MM SLUGGISH. EXAM UNRELIABLE ON PENTOBARB, GCS 3T.\n" +
    "RESP: AC 550X18 PEEP 5 FIO2 .50, ABG 7.42/34/128. PCO2 GOAL 35-38 NOW.\n" +
    "GI: TF HELD (PENTOBARB ILEUS), OGT TO LIS.\n" +
    "LABS: NA 152, OSM 318 (HOLD MANNITOL IF >320). K 3.2 W/ COOLING, REPLETED CAUTIOUSLY. PLT 140.\n" +
    "SKIN: TURNED Q2 KEEPING HEAD MIDLINE, ICP ^ TO 25 W/ TURNS, BACK DOWN IN 2 MIN. EYES TAPED, LACRILUBE.\n" +
    "SOCIAL: PARENTS AT BS. FAMILY MTG @ 2130 W/ ATTENDINGS + SW, TOLD THIS IS THE LAST MEDICAL OPTION SHORT OF CRANIECTOMY, WHICH NSURG WILL CONSIDER IN AM. MOTHER ASKED FOR CHAPLAIN, ON CALL CHAPLAIN CAME @ 2300, STAYED 1 HR.\n" +
    "PLAN: PENTOBARB LEVELS, CEEG, T 35, ICP <20, CPP 60-70, ?DECOMPRESSIVE CRANI IN AM.",
  "neuro icu npn 7p-7a\n" +
    "63 yo f s/p r frontal craniotomy for meningioma resection today, uncomplicated per or report, ebl 400. h/o htn, osa on cpap at home. pod 0.\n" +
    "1. neuro: a+o x3, sleepy but easily aroused. speech clear, follows all cmds. perrl 3mm. strength 5/5 x4, no drift. visual fields grossly intact. ha 5 of 10 at incision -> fentanyl 25mcg iv x2, then percocet 1 tab @ 0300 w/ relief to 2. decadron 4mg iv q6, keppra 500 bid sz ppx. nchx q1h, all stable.\n" +
    "2. cv: sr 70s-80s, sbp goal <150, range 128-158 -> hydralazine 10mg iv x1 @ 2300. a-line r radial dampened, flushed, re-zeroed.\n" +
    "3. resp: own cpap from home (rt checked) at 10cm overnight w/ 2l bled in, sats 95-97. no apnea witnessed. ls clear.\n" +
    "4. gi: nausea @ 2000, vomited small amt bilious x1 -> zofran 4mg iv, then reglan. clears after 0200, tol sips. pepcid.\n" +
    "5. gu: foley removed @ 0500 per protocol, due to void by 1100. uo 70-120/hr.\n" +
    "6. endo: fsbg 160-210 on decadron, riss coverage x2.\n" +
    "7. incision: head dsg dry + intact. mild periorbital swelling r eye, ice applied.\n" +
    "8. skin/safety: intact. pneumoboots. fall precautions.\n" +
    "9. social: husband + dtr waited thru surgery, in to see pt @ 2100, reassured, went home to sleep, will call in am. pt's sister called, husband gave ok to share info. chaplain had visited pre-op at pt's request.\n" +
    "plan: mri in am, oob w/ pt, to floor if stable, dc a-line.",
  "TICU Nursing Note 7a-7p\n" +
    "D: 44 yo M w/ known T4 complete SCI (old injury, paraplegic, uses w/c), admitted HD 2 after fall from w/c down a ramp. R rib fx 5-8, small R PTX (no CT), forehead lac, CT head neg, C-spine cleared by CT + clinically. Does intermittent cath at home, Foley placed in ED.\n" +
    "@ 1015 pt c/o pounding HA, flushed + sweaty above nipple line, nasal stuffiness, goosebumps below. BP 212/118 (baseline 100s/60s), HR 52.\n" +
    "A: Sat pt upright, legs dependent, loosened binder + clothes. Checked Foley - tubing kinked under thigh, bladder distended. Unkinked, flushed Foley w/ 30cc NS, drained 900cc. Resident paged, at bs. Nitropaste 1 inch ready, not needed. Checked for impaction - small amt stool, lidocaine jelly used before dig exam.\n" +
    "R: BP 150/90 by 1025, 118/70 by 1040. HA resolved. Pt states 'that's my usual dysreflexia, happens when my bladder is full'. Educated staff + posted sign at bs re AD protocol.\n" +
    "Neuro: A+O x3, no sensation/motor below T4, baseline per pt. Pupils 3mm. Neuro checks q4 (minor head injury).\n" +
    "Resp: 2L NC, sats 94-96. IS 1000, splinting R side. CXR: PTX stable. Pain 5 of 10 at rest w/ Dilaudid PCA.\n" +
    "CV: SB 50s-60s at baseline, BP 100s-120s/60s after episode.\n" +
    "GI: Reg diet. Home bowel program = suppository every other evening, resumed here.\n" +
    "GU: Foley. UA + leuk est, cx sent, started cipro.\n" +
    "Skin: Pressure relief q2h, pt does own push-ups in bed. Sacrum + ischials intact, checked w/ mirror w/ pt. Own cushion at bs for w/c.\n" +
    "Social: Lives w/ girlfriend, independent w/ ADLs. Girlfriend visited, brought pt's own supplies. SW aware, no needs now. Pt declined chaplain.\n" +
    "Plan: CXR in am, to floor tmrw if stable, cont AD precautions, dc Foley -> IC q4-6h.",
  "TSICU NURSING NOTE 7P-7A\n" +
    "58 YO M DRIVER IN HIGH SPEED MVC, C2 (HANGMAN'S) FX + C6 TRANSVERSE PROCESS FX INTO FORAMEN, CTA NECK W/ L VERTEBRAL ARTERY DISSECTION. ALSO STERNAL FX, L TIBIAL PLATEAU FX (SPLINTED). NO TBI ON CT. HD 2.\n" +
    "1. SPINE: HARD COLLAR ON, SPINE PRECAUTIONS, LOG ROLL W/ 3 + HEAD HOLDER. COLLAR PADS CHANGED @ 0200, SKIN UNDER CHIN RED BUT INTACT. HALO VS COLLAR - SPINE TEAM TO DECIDE.\n" +
    "2. NEURO/BCVI: A+O X3, NO DIZZINESS, NO VISUAL CHANGES, NO NYSTAGMUS, NO DYSARTHRIA, FINGER-NOSE INTACT BILAT. NCHX Q1H INCL POSTERIOR CIRC CHECKS PER NSURG. ALL STABLE.\n" +
    "3. HEME: HEPARIN GTT (NO BOLUS) STARTED @ 2000 FOR DISSECTION, 12U/KG/HR, PTT GOAL 50-70. PTT @ 0200 48 -> RATE ^ PER NOMOGRAM. HCT 38 -> 36.5. NO BLEEDING NOTED. ORTHO AWARE.\n" +
    "4. CV: SR 60S-80S, BP 110-140/60S-70S, GOAL SBP 100-160 (AVOID HYPOTENSION). TROPONIN NEG X2 FOR STERNAL FX. ECHO PENDING.\n" +
    "5. RESP: RA, SAT 96%, CHEST WALL PAIN W/ DEEP BREATH, IS 1500.\n" +
    "6. PAIN: MORPHINE 2-4MG IV Q2H PRN, PAIN 3-6, AVOIDING HEAVY SEDATION FOR EXAMS.\n" +
    "7. ORTHO: L LEG SPLINT, TOES WARM, PINK, CAP REFILL BRISK, MOVES TOES, SENSATION INTACT. ELEVATED ON PILLOWS. OR FOR ORIF WHEN HEPARIN CAN BE HELD.\n" +
    "8. GI: CLEARS, TOL. PROTONIX.\n" +
    "9. GU: VOIDING IN URINAL, 1100CC THIS SHIFT.\n" +
    "10. SOCIAL: WIFE AT BS UNTIL 2100, UPDATED BY TRAUMA RESIDENT. VERY ANXIOUS RE 'BROKEN NECK'. PT WORKS CONSTRUCTION, WORRIED ABOUT INCOME - SW REFERRAL PLACED FOR AM. CHAPLAIN NOT REQUESTED.\n" +
    "PLAN: PTT Q6, NCHX Q1H, SPINE DECISION IN AM, ORTHO OR TIMING.",
  "neuro icu npn 7a-7p\n" +
    "d: 69 yo m sah hunt hess 5, fisher 4, large ivh, not a candidate for coiling/clipping per nsurg + neuro (large basilar aneurysm, poor exam). evd placed hd 1, hd 3 today. dnr since yest.\n" +
    "neuro- gcs 4t (e1 vt m2), extensor posturing to pain bilat. pupils r 5 nonreactive, l 4 sluggish. corneals weak r, absent l. cough weak. no sedation since hd 2. icp 18-25 despite evd open @ 10, draining 10-15cc/hr bloody csf.\n" +
    "cv- hr 50s-70s, bp 170s-190s/90s, labetalol prn.\n" +
    "resp- ac 500x14 peep 5 .40, overbreathing vent rr 22 (cheyne-stokes pattern off vent for sx).\n" +
    "a: family meeting @ 1100 w/ neuro attending, nsurg, sw, chaplain, this rn. wife + 3 adult children present. attending explained injury is not survivable in a meaningful way. family stated pt 'would never want to live like this', had said so after his brother's stroke. decision made for comfort measures only. family asked for time for other relatives to arrive, and for chaplain to lead prayer.\n" +
    "cmo orders @ 1400. morphine gtt @ 2mg/hr + ativan 1mg prn per cmo protocol. labs/fsbg/tf/nchx stopped. evd clamped then removed by nsurg @ 1500 per family wish. lines except piv removed.\n" +
    "r: family at bs, prayer led by chaplain @ 1530. terminally extubated @ 1545 w/ rt + this rn present, scopolamine patch + glyco given prior for secretions. breathing 8-12/min irregular, no grimacing, no distress. morphine ^ to 4mg/hr for rr 30s @ 1630, calm after.\n" +
    "pt remains alive at end of shift, hr 40s, rr 6-8 w/ apneic pauses. family remains at bs, sw brought food + arranged for family to stay overnight in unit.\n" +
    "plan: comfort measures, keep family informed, notify covering md when pt passes. opo notified per policy - not a candidate per their review.",
  "TSICU NPN 7p-7a\n" +
    "22 yo F s/p MVC passenger, severe TBI (DAI + R temporal contusion), s/p trach/PEG HD 10, now HD 16. Bolt removed HD 8.\n" +
    "#1 Neuro: Opens eyes spont, tracks intermittently, no cmds. Moves L side purposefully, R side increased tone, flexor posturing w/ stim. Pupils 4mm brisk. Neuro checks q4. Episodes of 'storming' x2 this shift (@ 2230 and 0340): HR 140s, RR 40, T 38.9, diaphoretic, extensor posturing, BP 170s/100s, ~20 min each. Rx: morphine 4mg IV + propranolol 20mg via PEG x1, cool washcloths, room dim. Resolved both times. Team aware, bromocriptine started 2.5mg bid. Neuro rec clonidine if continues.\n" +
    "#2 Resp: #7 Shiley, trach collar 35% humidified, sats 96-99. Sx q2-3h for mod thick white, sputum cx from HD 14 + MSSA, on Ancef day 3. Trach site clean, ties changed w/ 2 staff.\n" +
    "#3 CV: HR 90s-110s at rest, SBP 110s-140s except during storming.\n" +
    "#4 FEN/GI: TF Jevity 1.2 @ goal 75cc/hr via PEG, residuals <50. PEG site clean, bumper rotated. BM x1 formed. Wt down 4kg since admit - nutrition consult re ^ calorie needs.\n" +
    "#5 GU: Foley out HD 14, incontinent in briefs, bladder scan 80.\n" +
    "#6 Skin: Stage I coccyx resolved. Turned q2, specialty mattress. R wrist/ankle splints 2 hrs on 2 hrs off per OT. R heel boot.\n" +
    "#7 ID: Tmax 38.9 w/ storming, otherwise 37.5. WBC 9.\n" +
    "#8 Safety: Mitts on both hands to protect trach/PEG (pulled at trach x1 earlier this wk), order current, checked q1h, off q2h for skin + ROM.\n" +
    "#9 Dispo/Social: Rehab screens done - 2 acute rehab programs reviewing, case mgr following. Mom + boyfriend visit daily, mom stays nights. Mom asked about 'the sweating attacks', explained by this RN + resident, written info given. SW mtg tmrw re insurance for rehab. Chaplain sees mom regularly.\n" +
    "Plan: Bromocriptine, propranolol prn, downsize trach when secretions less, rehab placement.",
  "NPN 7A-7P TICU\n" +
    "D: 60 YO M S/P FALL FROM ROOF ~12 FT, L1 BURST FX S/P T11-L3 POSTERIOR FUSION HD 1, L CALCANEUS FX. HX ETOH (6-8 BEERS + 'A FEW SHOTS' DAILY PER SON). HD 4 TODAY, ~84 HRS SINCE LAST DRINK.\n" +
    "NEURO: @ 0730 AWAKE, A+O X1, VISUAL HALLUCINATIONS ('THE CEILING IS MOVING'), TREMULOUS, HR 130S, T 38.3, BP 178/96. CIWA 28. MAE, LE STRENGTH 4+/5 BILAT (UNCHANGED FROM POST OP), SENSATION INTACT.\n" +
    "A: SPINE PRECAUTIONS MAINTAINED - LOG ROLL, TLSO WHEN HOB >30. PT TRYING TO SIT UP + TWIST -> RISK TO FUSION. SOFT WRIST RESTRAINTS X2 + BED ALARM PER ORDER @ 0745, Q15 MIN CHECKS. ATIVAN 4MG IV Q15 MIN X4 = 16MG BY 0900, MINIMAL EFFECT. TRAUMA ATTENDING AWARE, ATIVAN GTT STARTED @ 2MG/HR, UP TO 6MG/HR. PHENOBARB 130MG IV X2. RT AT BS, AIRWAY WATCHED CLOSELY, NOT INTUBATED. THIAMINE 100 IV TID, FOLATE, MVI. 1:1 SITTER FROM 1000.\n" +
    "R: BY 1300 CIWA 10-12, HR 100S, BP 140S/80S, SLEEPING BUT ROUSABLE, RR 14-18, SATS 95% 2L. RESTRAINTS REMAIN (STILL REACHING FOR LINES + TRYING TO SIT UP WHEN AWAKE). ATIVAN GTT DOWN TO 4MG/HR @ 1600.\n" +
    "NCHX Q2H: NO FOCAL CHANGES, LE MOTOR + SENSORY STABLE.\n" +
    "INCISION: LUMBAR DSG D+I, HEMOVAC 40CC SEROSANG.\n" +
    "L FOOT: BULKY SPLINT, ELEVATED, TOES WARM.\n" +
    "GI: NPO W/ SEDATION, IVF D5NS + 20KCL @ 100.\n" +
    "GU: FOLEY, UO 50-80/HR. CK 1,800 (^ FROM 900) - IVF ^ PER TEAM.\n" +
    "ID: T 38.3 -> 37.8. BCX/UA SENT.\n" +
    "SOCIAL: SON + DAUGHTER-IN-LAW IN @ 1500, UPSET SEEING HIM RESTRAINED - EXPLAINED REASON (PROTECT SPINE + LINES). SW CONSULTED RE ETOH TX AFTER D/C + FAMILY SUPPORT. SON ASKED FOR CHAPLAIN, PAGED, VISITED @ 1630.\n" +
    "PLAN: CIWA Q1H, WEAN ATIVAN GTT AS TOL, RESTRAINT ORDER RENEWAL DUE @ 0745, PT/OT WHEN CALMER, CK IN AM.",
  "tsicu npn 7p-7a\n" +
    "33 yo m motorcycle crash, t6-7 fracture-dislocation w/ incomplete sci (asia c per spine), bilat pulm contusions, l hemothorax s/p ct, l scapula fx. hd 3. spine fixation in or when resp status allows.\n" +
    "1. spine/neuro: a+o x3 when sedation lightened. le motor: l hip flexion 2/5, knee ext 2/5, df/pf 1/5; r 1/5 throughout. sensation patchy below t7, + perianal sensation, + rectal tone per spine. ue 5/5. no change overnight. strict flat + spine precautions, kinetic bed (rotorest) rotating 40 deg each side continuously, paused only for care/cxr. packs + bolsters checked q2h.\n" +
    "2. resp: intubated, ac 550x16 peep 10 fio2 .60. p/f ~150. abg @ 0400 7.36/42/88/23. sx small blood tinged secretions. l ct -20 sx, 180cc serosang this shift, no air leak. bronch by pulm planned in am.\n" +
    "3. cv: map 85-95, goal map >85 for cord per spine. neo 1.2 mcg/kg/min. hr 70s-80s.\n" +
    "4. sedation: fentanyl 100/hr + propofol 25mcg/kg/min, rass -2. wake-up @ 0600, followed cmds, exam as above.\n" +
    "5. gi: ogt, tf started @ 20/hr. bowel program started.\n" +
    "6. gu: foley, 60-110/hr.\n" +
    "7. heme: hct 30. lovenox 30 bid per trauma (ok'd by spine). pneumoboots.\n" +
    "8. skin: intact, occiput + ears checked in rotorest headpiece, small red area l ear -> repositioned + foam.\n" +
    "9. social: wife at bs, 2 young kids at home w/ grandparents. wife asked 'will he walk', referred to spine attending, explained incomplete injury = some hope. sw to see wife tmrw re childcare/stress. chaplain stopped in @ 2000.\n" +
    "plan: bronch, wean fio2/peep, or for fixation when fio2 <.50, cont rotorest, map >85.",
  "Trauma ICU Nsg Note 7a-7p\n" +
    "D: 17 yo M s/p skateboard fall, no helmet, R temporal EDH + SAH + basilar skull fx, s/p R crani for EDH evacuation HD 1. HD 2 today. EVD in place. Pt is a minor, parents consenting.\n" +
    "Neuro: sedated on propofol 30, off for exams. Opens eyes to pain, localizes L hand, withdraws R. Pupils 3mm brisk bilat. ICP 8-14, EVD @ 10cm, 4-8cc/hr pink CSF. R ear w/ clear drainage, halo sign + on gauze, ?CSF otorrhea, NSurg aware, no packing, HOB 30.\n" +
    "@ 1100 UO ^ to 450cc/hr x2 hrs, urine pale, sp grav 1.002, Na 147 -> 152, serum osm 310, urine osm 120.\n" +
    "A: Resident aware, DI. DDAVP 1mcg IV @ 1230. Replacing UO cc for cc w/ D5 1/2NS per order. Na q2h.\n" +
    "R: UO down to 90cc/hr by 1500, sp grav 1.012. Na 150 -> 147 -> 145. 2nd DDAVP prn if UO >300 x2 hrs, not needed.\n" +
    "CV: HR 90s-110s, MAP 80-95, CPP >70. No pressors.\n" +
    "Resp: CMV 450x16 PEEP 5 FiO2 .35, ABG 7.40/38/132/24. LS clear. Sx small white.\n" +
    "GI: OGT, TF Osmolite 20/hr.\n" +
    "GU: Foley, strict I/O: in 4.1L, out 4.6L this shift.\n" +
    "Endo: Cortisol drawn, pending. FSBG 120s.\n" +
    "Skin: crani incision clean, staples intact. Abrasions R arm/hip.\n" +
    "ID: Ancef, no extra abx for otorrhea per NSurg.\n" +
    "Social: Parents + older sister at bs. Parents asked many questions about 'the water problem', explained by this RN, resident confirmed. SW met w/ parents. Chaplain visited, mom appreciative. Dad tearful, blaming himself for not making him wear a helmet, SW following.\n" +
    "Plan: Na q2h x4 then q4h, DDAVP prn, EVD @ 10, ICP <20, watch for DI vs salt wasting.",
  "NEURO ICU ADMIT NSG NOTE 1900-0700\n" +
    "44 YO F W/ 'WORST HA OF MY LIFE' AT WORK THIS AFTERNOON, THEN BRIEF LOC. CT AT OSH: DIFFUSE SAH + EARLY HYDRO. TRANSFERRED BY HELICOPTER, ARRIVED @ 1930. HUNT HESS 3, FISHER 3. CTA: 7MM ACOMM ANEURYSM. HX: SMOKER 1 PPD, HTN (NONCOMPLIANT W/ MEDS). FULL CODE.\n" +
    "1. NEURO: ON ARRIVAL DROWSY, OPENS EYES TO VOICE, ORIENTED X2, FOLLOWS CMDS, MAE 5/5, NO DRIFT. PERRL 3MM. NUCHAL RIGIDITY, PHOTOPHOBIA. HA 8/10. EVD PLACED AT BS BY NSURG @ 2100, OPENING PRESSURE 28, OPEN @ 20CM (NOT LOWER D/T REBLEED RISK PRE-COIL), DRAINING 5-10CC/HR BLOODY CSF. ICP 10-18 AFTER. MORE AWAKE BY 2300. NCHX Q1H, STABLE.\n" +
    "2. ANEURYSM PRECAUTIONS: SBP <140 - NICARDIPINE GTT 2.5-7.5MG/HR, SBP 118-142. QUIET ROOM, LIGHTS DIMMED, NO VALSALVA - COLACE/SENNA. HOB 30. AMICAR 4GM IV LOAD THEN 1GM/HR UNTIL COILED PER NSURG. DILANTIN LOAD 1GM IV @ 2200. NIMODIPINE 60 Q4 STARTED @ 2200, TOL.\n" +
    "3. PAIN: FENTANYL 25MCG IV Q1H PRN, GIVEN X4, HA DOWN TO 5/10. AVOIDING OVERSEDATION.\n" +
    "4. CV: SR 70S-90S, EKG W/ DEEP TWI PRECORDIAL LEADS, TROP 0.14 -> CARDS AWARE, ECHO IN AM.\n" +
    "5. RESP: RA -> 2L NC, SATS 96-98. LS CLEAR.\n" +
    "6. GI: NPO FOR ANGIO EXCEPT MEDS, ZOFRAN X1 FOR NAUSEA.\n" +
    "7. GU: FOLEY PLACED, UO 80-150/HR.\n" +
    "8. LABS: NA 139, K 3.6, GLUC 188, INR 1.0, PLT 260. TYPE + SCREEN SENT.\n" +
    "9. NICOTINE: PATCH 21MG PER TEAM.\n" +
    "10. SOCIAL: HUSBAND ARRIVED @ 2000, MET W/ NSURG ATTENDING, CONSENT FOR EVD + ANGIO/COILING. VERY FRIGHTENED, 2 KIDS AT HOME W/ NEIGHBOR. SW ON CALL CAME @ 2230 TO SUPPORT HUSBAND. HE ASKED FOR CHAPLAIN, CHAPLAIN VISITED + PRAYED W/ HUSBAND + PT @ 2330. HUSBAND WENT HOME @ 0100 TO BE W/ KIDS, BACK BY 0700.\n" +
    "PLAN: ANGIO + COILING FIRST CASE IN AM, AMICAR UNTIL THEN, SBP <140, Q1H NCHX.",
];

/** Decision 257's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision257Corpus(): Corpus {
  return { notes: [], clean: DECISION_257_LONG_CLEAN };
}
