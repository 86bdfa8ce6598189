// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: the ordinary shift
// notes of an experienced MICU and SICU staff nurse, mixed case, system by system, with a unit's
// everyday habits: shorthand, a few typos, arrows, slashed vitals and ABGs, lab values, drips, vent
// settings, clock times, family updates given by role, and a plan. They are by "a ninety-sixth
// writer who had not read the guard's rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 255: thirty long clean ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_255_LONG_CLEAN: string[] = [
  "MICU Nursing Progress Note 7p-7a\n" +
    "70 yo F w/ severe COPD (home O2 2L), admitted yesterday from ED w/ COPD flare, failed BiPAP in ED and intubated. Full code per pt's prior wishes, confirmed w/ HCP (son).\n" +
    "Neuro: On propofol 25mcg/kg/min, RASS -1 to -2, opens eyes to voice, nods appropriately, follows simple commands. MAE. PERRL. Given fentanyl 25mcg IV x2 for ? discomfort w/ turning, good effect. Daily wake up not done overnight, plan for am w/ SBT.\n" +
    "CV: HR 90-105 ST, occ PACs. BP 100-130/50-60. No pressors. Pulses palp x4. Trace pedal edema. K 3.6 this am, repleted w/ 40meq KCL via OGT. Mg 1.8, 2gm Mg sulfate given.\n" +
    "Resp: AC 450x12, PEEP 5, FiO2 .40, actual RR 14-16. Peak pressures 32-36, plat 22. ABG @0300 7.36/58/88/34 - pt is chronic CO2 retainer at baseline, MD aware, no changes. LS w/ exp wheezes throughout, diminished at bases. Albuterol/atrovent MDIs q4h and prn, ~2x extra overnight for wheezing w/ some improvement. Sx q2-3h for sm amt thick white secretoins. Sputum sent. Solumedrol 60mg IV q8.\n" +
    "GI: Abd soft, obese, +BS. OGT placement verified by CXR. TF Promote started @ 10cc/hr, goal 50, residuals <30cc. No BM. Protonix.\n" +
    "GU: Foley draining clear yellow urine 40-80cc/hr. BUN/Cr 22/0.9.\n" +
    "ID: Tmax 37.6 po. WBC 13.1 (on steroids). Levofloxacin.\n" +
    "Endo: FS 180-240 on steroids, covered per RISS, total 8u regular insulin overnight.\n" +
    "Skin: Intact, coccyx reddened but blanchable, turned q2h, waffle mattress in place.\n" +
    "Social: Son called x1 overnight, updated on plan. Pt also has 2 dtrs, son is HCP and will call his sisters.\n" +
    "Plan: SBT in am if ABG stable, wean FiO2 as tol, cont nebs/steroids, advance TF to goal, pulm toilet.\n" +
    "RN",
  "SICU NSG NOTE 0700-1900\n" +
    "POD #1 s/p ex lap, LOA, SBR for SBO. Hx HTN, hypothyroid, prior appy and TAH. Extubated in PACU, came to unit for resp monitoring + low UO.\n" +
    "Neuro: A&Ox3, a bit drowsy after PCA doses but easily arousable. Dilaudid PCA 0.2mg q10min lockout, used 3.4mg total this shift, pain 3-5/10 w/ movement, 'I can handle it'. MAE, steady w/ dangle.\n" +
    "CV: NSR 70s-80s, no ectopy. SBP 120s-150s, Lopressor 5mg IV q6 given as ordered, held x1 for HR 58 @ 1200 (MD aware). Hct 31.2 stable from last pm. Pneumoboots on, sq heparin.\n" +
    "Resp: 4L NC, sats 94-97%. LS diminished bases bilat, encouraged IS, pulls 750cc, coughs weakly, splints w/ pillow. CXR w/ bibasilar atelectasis.\n" +
    "GI: NPO. NGT to LCWS draining 400cc bilious this shift, less than yesterday. Abd distened but softer per team, midline incision w/ staples, C/D/I, no erythema. Hypoactive BS, + flatus x1 per pt (!).\n" +
    "GU: Foley, UO was 20-25cc/hr in am, given LR 500cc bolus x2 w/ good response, now 45-70cc/hr. BUN/Cr 28/1.3 from 1.1. MIVF D5LR w/ 20KCL @ 125/hr.\n" +
    "ID: Afebrile, WBC 10.8. Periop ancef completed.\n" +
    "Endo: Synthroid IV (half usual dose) given.\n" +
    "Skin: Intact except incision. OOB to chair x1 hour w/ assist of 2, tol well.\n" +
    "Social: Husband in to visit most of the day, very supportive. Dtr called, pt spoke w/ her herself.\n" +
    "Plan: Cont NGT until more bowel function, ? clamp trial tomorrow. Ambulate w/ PT. Likely to floor in am if UO holds.\n" +
    "RN",
  "MICU RN note 7a-7p\n" +
    "Pt is 58 yo M w/ ETOH cirrhosis, admitted overnight w/ hematemesis and melena, EGD at bedside this am showed grade III esoph varices w/ stigmata of recent bleed, banded x4. Full code.\n" +
    "Neuro: Intubated for EGD for airway protection. Sedated on versed 2mg/hr + fentanyl 75mcg/hr, RASS -2. Withdraws to pain, not following commands consistently. Thiamine/folate/MVI. On CIWA but not scoring while sedated, last drink per wife was 2 days PTA.\n" +
    "CV: HR 100s-120s ST. BP 90s-110s/50s. Octreotide gtt @ 50mcg/hr after bolus. Hct 22.4 on admit -> 3u PRBC + 2 FFP overnight -> Hct 27.9 @ 1000, 26.8 @ 1600, MD aware, will recheck at 2200. INR 1.9, got 10mg vit K sq. Plt 68. 2 PIVs 18g + R fem TLC (placed in ED, to be changed).\n" +
    "Resp: AC 500x14, PEEP 5, FiO2 .40, sats 98-100%. LS clear upper, diminished bases. Sx sm amt clear secretions. Plan to extubate tomorrow if no further bleeding.\n" +
    "GI: OGT to LWS, initially coffee grounds, now clear bilious. Abd distended, firm, +fluid wave, not tense. Large maroon stool x2 this am, none since 1100. Protonix gtt @ 8mg/hr. Lactulose on hold for now per GI.\n" +
    "GU: Foley, UO 30-50cc/hr, dark amber. Cr 1.4.\n" +
    "ID: Tmax 38.1, cipro for SBP prophylaxis. Blood cx pending.\n" +
    "Skin: Jaundiced, spider angiomata on chest, scattered ecchymosis both arms. Coccyx intact.\n" +
    "Social: Wife and brother in this afternoon, met w/ MICU team and GI fellow, aware of seriousness. Wife tearful. SW consult placed.\n" +
    "Plan: Serial hcts q6, transfuse for Hct <25, keep 2u crossmatched, octreotide x72h, monitor for rebleed, ? TIPS if rebleeds.\n" +
    "RN",
  "SICU Nursing 1900-0700\n" +
    "76 yo M s/p open AAA repair (tube graft) POD 0, hx CAD, COPD, HTN, 50 pk-yr smoker. Arrived from OR @ 1830 intubated.\n" +
    "Neuro: Propofol 20mcg/kg/min, lightened @ 0400, pt opened eyes, followed commands x4 ext, nodding to questions. Pain controlled on epidural (bupivacaine/fentanyl @ 8cc/hr per APS), checked level T6 bilat. Fentanyl 25mcg IV prn x1.\n" +
    "CV: SR 60s-80s, occ PVCs. SBP goal 100-140 per surgery, was hypertensive to 170s on arrival, started on nitro gtt 0.5mcg/kg/min, titrated off by 0200. Swan: CVP 10-14, PAD 16-18, CI 2.4-2.8, SVR 1100. Pulses: fem palp bilat, DP/PT dopplerable bilat, feet warm, cap refill <3 sec. Hct 29.6 -> 28.0. K 4.1. Lytes ok. CK sent.\n" +
    "Resp: CPAP 5 / PS 10 since 0500, FiO2 .40, RR 16-20, TV 480-550. ABG 7.40/41/112/25. LS coarse, dim L base. Sx mod amt thick yellow. RSBI 42. Plan to extubate after rounds.\n" +
    "GI: NGT to LCWS, sm amt bilious. Abd soft, distended slightly, dsg over midline C/D/I. No BS. Bladder pressure 12.\n" +
    "GU: Foley, UO 40-110cc/hr, recieved 1L LR overall for low filling pressures early in shift. Cr 1.2 (baseline 1.1).\n" +
    "ID: Tmax 37.9. Kefzol x3 doses.\n" +
    "Endo: Insulin gtt @ 2-4u/hr, BG 110-150.\n" +
    "Skin: Intact, heels floated.\n" +
    "Social: Wife and son waited in family room til after 2200, updated by surgical resident and this RN, went home to rest. Wife to call in am.\n" +
    "Plan: Extubate, dc Swan if stable, cont epidural, serial LE pulse checks q1h, bladder pressures q4h, monitor UO.\n" +
    "RN",
  "MICU Nursing Progress Note (7a-7p)\n" +
    "24 yo F w/ type 1 DM since childhood, admitted last night w/ DKA after 3 days of N/V, states ran out of insulin. Initial gluc 612, AG 28, pH 7.08.\n" +
    "Neuro: A&Ox3, more alert this afternoon, was lethargic this am. Pleasant, appropriate. C/o HA 4/10, tylenol w/ relief.\n" +
    "CV: ST 110s -> 90s with fluids. BP 100-120/60s. Has rec'd 6L NS total since admit, now D5 1/2NS @ 150/hr since BG <250. Pulses strong.\n" +
    "Resp: RA, sats 99-100%. Kussmaul resp early in shift, RR now 18-20, easy. LS clear.\n" +
    "GI: Nausea improving, zofran 4mg IV x1 @ 0900. Tolerating ice chips and sips, clears ordered for dinner. Abd soft, mild diffuse tenderness, improving.\n" +
    "GU: Voiding in commode, large amts, UO ~2.1L this shift. Cr 1.6 -> 1.1.\n" +
    "Endo: Insulin gtt per DKA protocol, currently 3u/hr. FS q1h: 310, 262, 228, 199, 188, 176. AG 14 -> 11 @ 1500, MD aware, will start sq lantus tonight and overlap gtt 2 hrs. K 5.8 on admit, now 3.4, KCL 20meq in each liter. Phos 1.4, repleted w/ K-phos 15mmol IV. Mg 1.9.\n" +
    "ID: Afebrile, WBC 16 (likely stress/demargination). UA neg, cxr clear.\n" +
    "Skin: Intact. 2 PIVs L and R AC, both patent.\n" +
    "Social: Mom at bedside most of shift, very concerned, states this is her 3rd DKA admission in 2 yrs. Pt reports she lost her insurance and was rationing insulin. SW and diabetes teaching RN consulted, will see tomorrow.\n" +
    "Plan: Transition to sq insulin, advance diet, lytes q4h, call out to floor likely tomorrow.\n" +
    "RN",
  "MICU NPN 1900-0700\n" +
    "62 yo M hx non-Hodgkin's lymphoma s/p chemo (last cycle ~1 month ago), HD 3 w/ RLL PNA, septic shock. Full code.\n" +
    "Events: @ 2330 acute desat to 82%, bagged, Sx lg amt thick tan plug, sats recovered to 95%. FiO2 increased .60 -> .80, now back to .60. CXR done, no PTX.\n" +
    "Neuro: Fentanyl 100mcg/hr, versed 3mg/hr. RASS -3 to -4. PERRL 2mm sluggish. Withdraws all ext to nailbed pressure. No sedation holiday tonight d/t high O2 needs.\n" +
    "CV: ST 105-125. Levophed 0.18mcg/kg/min (up from .12), vasopressin 0.04u/min added @ 0100, MAP now 62-68. CVP 12-15. SvO2 68%. Lactate 3.8 -> 2.9. Given 500cc NS bolus x2. Cortisol stim done, on hydrocort 50mg IV q6.\n" +
    "Resp: AC 420 x 24, PEEP 12, FiO2 .60. Plat 28. ABG 7.29/44/71/21. Low TV ARDSnet protocol. LS coarse throughout, tubular R base. Sx q1-2h, thick tan.\n" +
    "GI: OGT to LCS. TF held d/t high pressor requirement. Abd soft, hypoactive BS. Loose brown stool x1, c diff sent.\n" +
    "GU: Foley, UO 15-30cc/hr overnight. BUN/Cr 44/2.1 (1.6 yesterday). Renal aware.\n" +
    "ID: Tmax 39.2 @ 0200, cooling blanket on, tylenol pr. WBC 1.1 ANC ~600, neutropenic precautions. On cefepime, vanco, levaquin, ambisome started overnight by covering MD. Blood cx from yesterday w/ GNRs, speciation pending.\n" +
    "Heme: Plt 41, Hct 25.3. No active bleeding.\n" +
    "Endo: BG 140-190 on insulin gtt 4-6u/hr.\n" +
    "Social: Wife at bedside til 0100, updated by resident re worsening status, she requested family meeting w/ oncologist + MICU attending in am. Code status to be readdressed.\n" +
    "Plan: Titrate pressors to MAP >60, f/u cxs, wean FiO2 as able, family mtg in am.\n" +
    "RN",
  "SICU RN Note 7a-7p\n" +
    "43 yo M unrestrained driver in MVC, HD 2. Injuries: L rib fx 4-9 w/ flail segment, L hemopneumothorax s/p chest tube, grade II spleen lac (non-op), L clavicle fx. Denies LOC, head CT neg. C-spine cleared by CT, collar off.\n" +
    "Neuro: A&Ox3, anxious. Pain 8/10 at start of shift -> 4/10 after epidural placed by APS @ 1000 (bupi/fent @ 10cc/hr). Now able to take deeper breaths, much more comfortable. MAE, L arm in sling.\n" +
    "CV: ST 100s -> NSR 80s after pain controlled. BP 130-150/70s. Hct 33.8 -> 32.9 -> 33.1, stable (q6h for spleen). Bedrest lifted by trauma team at 1400.\n" +
    "Resp: 4L NC -> 50% face tent, sats 93-96%. RR 24-28 in am, 18-22 after epidural. LS dim L base, clear R. IS pulling 500cc (up from 250). Encouraged cough/deep breath q1h w/ splinting. L chest tube to -20 sx, draining serosang 140cc this shift, no air leak, dsg dry. CXR: small residual L effusion, lung re-expanded.\n" +
    "GI: NPO -> clear liquids after hct stable, tolerated. Abd soft, mild LUQ tenderness. +BS. No BM. Colace/senna.\n" +
    "GU: Foley, UO 60-120cc/hr, clear. UA neg for blood.\n" +
    "ID: Tmax 38.0 (likely atelectasis). WBC 12.4.\n" +
    "Skin: Abrasions to L forearm and L knee, cleansed, bacitracin.\n" +
    "Social: Girlfriend at bedside, updated. Pt's mother called from out of state, updated by this RN w/ pt's permission. ETOH level neg on admit. Pt worried about work, SW to see.\n" +
    "Plan: Cont epidural, aggressive pulm toilet, chest tube to sx, serial hcts, advance diet, OOB to chair tomorrow, ortho to f/u clavicle.\n" +
    "RN",
  "MICU Nsg Note 1900-0700\n" +
    "51 yo M w/ long hx ETOH abuse (1 qt vodka/day), admitted from ED w/ withdrawal, hx of DTs and w/d seizures. Last drink ~36 hrs PTA per pt. HD 2.\n" +
    "Neuro: Very agitated from 2000-0100, tremulous, diaphoretic, picking at air, seeing 'bugs on the wall'. Oriented to self only at worst. CIWA 22-28, got valium 20mg IV q15min x6 (total 120mg) + ativan 2mg IV x2 per covering MD, then haldol 2mg IV x1. Finally settled by 0200, sleeping, arousable to voice, CIWA 6-8 since. No seizure activity. 4pt restraints applied 2100 for safety (pulling IV, trying to climb OOB), released to 2pt @ 0300, MD order renewed. Sitter requested but unavailable.\n" +
    "CV: ST 120s-130s during agitation, now 90s. BP up to 180/100 -> 130s/80s.\n" +
    "Resp: 2L NC, sats 95-98%. RR 14-18 after benzos, monitoring closely for oversedation. LS clear. Gag intact.\n" +
    "GI: NPO overnight d/t aspiration risk, will reassess. Abd soft. LFTs elevated AST 210 ALT 98. Lipase nl.\n" +
    "GU: Incontinent x2, condom cath placed. UO adequate.\n" +
    "ID: Tmax 38.2, WBC 9. CXR clear. Monitoring.\n" +
    "Lytes: K 3.1 -> 40meq KCL IV. Mg 1.3 -> 4gm mag sulfate IV. Phos 1.9. Thiamine 100mg, folate, MVI given.\n" +
    "Skin: Scattered abrasions, old. Bilat wrists checked q1h w/ restraints, no breakdown.\n" +
    "Social: No family contact tonight. Per ED records lives alone, sister is emergency contact. Will need SW and addiction consult.\n" +
    "Plan: Cont CIWA q1h w/ valium, ? phenobarb or precedex if escalating, aspiration precautions, replete lytes, restraint reassessment q2h.\n" +
    "RN",
  "SICU Nursing Note 7a-7p\n" +
    "66 yo F POD #3 s/p Whipple for pancreatic head mass. PMH: HTN, DM2 (oral agents), hyperlipidemia.\n" +
    "Neuro: A&Ox3, pleasant, a little forgetful of plan this am, reoriented easily. Epidural bupi/dilaudid @ 6cc/hr, pain 2-3/10 at rest, 5/10 w/ coughing. Epidural site clean, no redness.\n" +
    "CV: NSR 70s-90s. BP 110-140/60s. Home lopressor changed to 5mg IV q6 per team since NPO. Hct 30.4. Albumin 2.4.\n" +
    "Resp: 2L NC, sats 95-97%. LS dim bases, crackles L base clearing w/ cough. IS 1000cc. OOB chair x2.\n" +
    "GI: NGT to LCWS, 150cc dark green this shift, decreasing. JP #1 (near pancreatic anastomosis) 90cc serous, JP #2 45cc serosang - amylase sent from JP #1 per team. Abd soft, approp tender, incision clean, staples intact. Hypoactive BS, no flatus yet. TPN started yesterday via R SC TLC @ 80cc/hr, lipids @ 10cc/hr.\n" +
    "GU: Foley d/c'd @ 0600, voided 350cc @ 1100, 300cc @ 1530. Bladder scan post void 60cc.\n" +
    "ID: Tmax 37.7. WBC 11.2.\n" +
    "Endo: FS 160-210 on TPN, SSI + insulin added to TPN bag per nutrition. Gave 6u regular total.\n" +
    "Skin: Intact. Ambulated in hallway x1 w/ PT and walker, 100 ft, tol well.\n" +
    "Social: Husband and dtr in to visit, dtr is an RN at another hospital and had many questions re path, answered what I could, surgical team to discuss path when back.\n" +
    "Plan: Cont NGT til flatus, f/u JP amylase, ambulate tid, transfer to floor when bed avail.\n" +
    "RN",
  "MICU RN Progress Note 7p-7a\n" +
    "79 yo F w/ ischemic CM (EF 20%), AFib on coumadin, CRI, admitted w/ acute on chronic CHF, ~8kg above dry wt. HD 2. DNR/DNI confirmed w/ pt and dtr (HCP) this evening.\n" +
    "Neuro: A&Ox3, intermittently anxious w/ SOB, ativan 0.5mg IV x1 @ 2300 w/ good effect. Slept in 1-2 hr stretches.\n" +
    "CV: AFib 80s-100s, no RVR. BP 95-110/50s. Lasix gtt 10mg/hr (bolus 80mg IV @ 2000), + natrecor 0.01mcg/kg/min started yesterday. Dig level 0.9. INR 2.8, coumadin held tonight. Bilat LE edema 3+ to knees, sacral edema. JVD to angle of jaw w/ HOB 45.\n" +
    "Resp: BiPAP 12/6 40% overnight, sats 93-96%, RR 24-28 -> 20-22. Tol mask w/ some claustrophobia, off for 20 min for mouth care and ice chips, desat to 87% on 6L NC, BiPAP back on. LS crackles halfway up bilat, faint wheeze. ABG 7.38/46/74/27.\n" +
    "GI: 2gm Na diet, 1.5L fluid restriction. Ate little. Abd soft. BM x1 formed.\n" +
    "GU: Foley, UO 150-300cc/hr after gtt titrated, total out 2.9L since 1900, net neg 2.4L. BUN/Cr 58/2.2 (baseline 1.8). K 3.4 -> 40meq KCL po given in applesauce. Mg 2.0.\n" +
    "ID: Afebrile.\n" +
    "Skin: Sacrum w/ stage I, duoderm applied. Bridge of nose reddened from mask, allevyn placed.\n" +
    "Social: Dtr at bedside til 2200, very involved, knows pt's wishes well. Son lives far away, dtr updating him.\n" +
    "Plan: Cont diuresis goal net neg 1.5-2L/day, trial off BiPAP in am, monitor lytes and Cr, cardiology following.\n" +
    "RN",
  "SICU NPN 1900-0700\n" +
    "71 yo M POD 1 s/p ex lap, sigmoid colectomy, end colostomy (Hartmann's) for perforated diverticulitis w/ feculent peritonitis. PMH afib, COPD, BPH. Remains intubated.\n" +
    "Neuro: Propofol 40mcg/kg/min + fentanyl 50mcg/hr. Responds to voice, grimaces w/ turns. Follows commands intermittently. PERRL.\n" +
    "CV: AFib 90s-120s, converted briefly to SR @ 0300 then back. Neo gtt 0.5-1.2mcg/kg/min, MAP 60-70, weaned to 0.4 by am. Amio gtt 1mg/min, bolus 150mg given for rate 130s @ 2200. CVP 9-13. Lactate 2.4 -> 1.6. Hct 29. Got 1L LR + 500cc albumin 5% overnight for low UO.\n" +
    "Resp: SIMV 500x12, PS 10, PEEP 8, FiO2 .50. ABG 7.34/40/96/21. LS coarse bilat. Sx thick yellow x4. Weaned PEEP 8->5 around 0500, sats holding 95-97%.\n" +
    "GI: NGT to LCWS, 250cc bilious. Abd distended, firm, midline skin left open w/ wet-to-dry dsg (fascia closed), changed x1 w/ morphine pre-med, base pink, minimal serous drainage. Colostomy LLQ, stoma dusky-pink, moist, no output yet. Surgical team in to look @ 0100, ok.\n" +
    "GU: Foley, UO 25-40cc/hr after fluids. Cr 1.5.\n" +
    "ID: Tmax 38.6. WBC 19.8. Zosyn + fluconazole. Peritoneal fluid cx sent in OR.\n" +
    "Endo: Insulin gtt, BG 120s-160s.\n" +
    "Skin: Coccyx intact. Pressure relief mattress.\n" +
    "Social: Wife called x2, updated. Son plans to visit in am and wants to meet w/ surgeon. Per wife pt had said he would not want long term ventilation.\n" +
    "Plan: Wean neo, wean vent -> ? extubate tomorrow, monitor stoma color, dsg changes bid, cont abx.\n" +
    "RN",
  "MICU nursing note 7a-7p\n" +
    "45 yo M HD 4 w/ severe gallstone pancreatitis, Ranson 5, ERCP w/ sphincterotomy HD 2. Complicated by ARDS, intubated HD 3.\n" +
    "Neuro: Sedated w/ fentanyl 150mcg/hr + versed 4mg/hr, RASS -3. Sedation interruption @ 0830, pt awoke, moving all ext purposefully, nodding to questions, then very agitated w/ high RR and desat to 86%, sedation resumed at 50%.\n" +
    "CV: ST 110s-120s. BP 110-130/60s off pressors. CVP 14-16. Intra-abd pressure 18 -> 21 @ 1400, surgery aware, following closely, repeat q4h.\n" +
    "Resp: AC 400x26, PEEP 14, FiO2 .60. Plat 30 - TV decreased to 380 per team. ABG 7.31/48/68/23. LS coarse w/ crackles throughout. Sx sm-mod thin blood-tinged. Bilat infiltrates on cxr.\n" +
    "GI: NGT to LCWS, 600cc bilious. Abd markedly distended, tense, hypoactive BS, grimaces to palpation. Post-pyloric feeding tube placed by IR today, TF Peptamen to start @ 10cc/hr tonight. Lipase 2100 -> 1400.\n" +
    "GU: Foley, UO 40-60cc/hr. Cr 1.3.\n" +
    "ID: Tmax 38.7. WBC 22. Imipenem. CT abd w/ ~30% necrosis of pancreas.\n" +
    "Lytes: Ca 6.9 (ionized 0.96), 2gm Ca gluconate given. K 4.0. Mg 1.7 repleted.\n" +
    "Endo: Insulin gtt 3-8u/hr, BG 150-210.\n" +
    "Skin: Generalized anasarca, ~+12L LOS. Skin intact, weeping from L arm old IV site, dsg reinforced.\n" +
    "Social: Mother and fiancee in all day, updated by attending this afternoon re critical illness, possible long course. Mother asks many questions, writing things down. Emotional support provided.\n" +
    "Plan: Monitor bladder pressures, start TF, cont ARDSnet vent mgmt, abx, ? diuresis once hemodynamics allow.\n" +
    "RN",
  "MICU RN note nights\n" +
    "55 yo F w/ hep C cirrhosis, listed for transplant at an outside center, admitted w/ grade 3 HE, SBP on tap. HD 2.\n" +
    "Neuro: Lethargic, arousable to loud voice, moans, not oriented, asterixis present. Not following commands. Gag present. Lactulose 30ml q2h via NGT titrated to 3-4 BMs - had 5 loose stools overnight, so spaced to q4h per MD. Rifaximin added. No sedatives.\n" +
    "CV: NSR 80s-90s. BP 90-100/40s-50s (runs low at baseline per old records). MAP 60-65. Albumin 25% given per SBP protocol yesterday, today's dose pending.\n" +
    "Resp: 2L NC, sats 96-99%. Protecting airway for now, HOB 30+, aspiration precautions. LS dim bases. RR 16.\n" +
    "GI: Abd distended, tense-ish, +fluid wave. Dx para yesterday, high PMNs -> cx sent. NGT placed by this RN for lactulose, placement confirmed by cxr. Flexiseal placed @ 0100 for loose stool, draining brown liquid.\n" +
    "GU: Foley, UO 20-35cc/hr. BUN/Cr 32/1.6 (up from 1.2) - concern for HRS, nephro consulted. Midodrine + octreotide started.\n" +
    "Heme: INR 2.4, plt 52. Oozing from prior IV sites. Vit K given.\n" +
    "ID: Tmax 37.9. Ceftriaxone.\n" +
    "Lytes: Na 128, K 3.6. NH3 142.\n" +
    "Skin: Jaundiced, sclera icteric. Perineum reddened from stool, barrier cream applied. Turned q2h.\n" +
    "Social: Husband stayed overnight in chair, very attentive. Asking if she will stay on the list - told him hepatology team will discuss in am.\n" +
    "Plan: Lactulose goal 3-4 BM, monitor mental status, serial Cr, f/u periton. cx, albumin day 3.\n" +
    "RN",
  "SICU Nursing Note 0700-1900\n" +
    "64 yo M POD #2 s/p Ivor Lewis esophagectomy for distal esophageal adenoCA (neoadjuvant chemo/XRT). PMH GERD, HTN, former smoker. Extubated POD 1.\n" +
    "Neuro: A&Ox3, calm. Epidural T7 bupi/fent @ 8cc/hr, pain 2-4/10. Some R shoulder pain, tylenol liquid via J tube helpful.\n" +
    "CV: Afib w/ RVR 140s @ 1030, BP stable 120s/70s, given lopressor 5mg IV x3 -> no effect, dilt 10mg IV then dilt gtt 10mg/hr, converted to SR 80s @ 1300. MD aware, ? d/t surgery vs leak. K 3.7 -> 40 meq, Mg 1.7 -> 2gm given. Hct 32.\n" +
    "Resp: 4L NC -> 40% shovel mask, sats 93-95%. LS dim R base. R chest tube to -20 sx, 180cc serosang, no air leak, no chylous drainage noted. Coughing up thin white sputum. IS 750. Chest PT by resp.\n" +
    "GI: NGT to LCWS (DO NOT MANIPULATE OR REPLACE - per surgery, sutured, marked @ 55cm at nare) draining sm amt bloody->brown. Strict NPO incl ice chips. J tube w/ TF Impact @ 20cc/hr, goal 60, tol. Abd incision C/D/I, L neck incision w/ penrose, sm serous.\n" +
    "GU: Foley, UO 50-80cc/hr. Cr 0.9.\n" +
    "ID: Tmax 37.8. WBC 10.1.\n" +
    "Endo: FS 120-160, SSI.\n" +
    "Skin: Intact. OOB to chair x2 hrs tol well, ambulated 20 ft.\n" +
    "Social: Wife updated by thoracic team and at bedside most of day. She is staying at a hotel nearby.\n" +
    "Plan: Barium swallow POD 5-7 per protocol, cont NGT, advance TF slowly, watch for signs of leak (fever, afib, neck redness).\n" +
    "RN",
  "MICU NPN 7a-7p\n" +
    "32 yo F admitted overnight after intentional ingestion of approx 40 tabs amitriptyline + unknown amt tylenol and ETOH. Found by roommate. Intubated in ED for airway protection.\n" +
    "Neuro: Sedated on propofol 20mcg/kg/min. Off sedation briefly @ 1100, opens eyes, agitated, not following commands. Pupils 5mm sluggish. No seizure activity. Suicide precautions; 1:1 sitter once extubated.\n" +
    "CV: ST 110s-130s, QRS 118ms on admit -> 96ms after bicarb. NaHCO3 gtt (150meq in D5W) @ 200cc/hr, serum pH goal 7.45-7.55. Most recent ABG 7.49/35/142/27. BP 100-120/60s. Had brief run of wide complex tachy @ 0300 per night RN, none this shift. 12 lead ekgs q4h, QTc 480.\n" +
    "Resp: AC 500x14, PEEP 5, FiO2 .40. LS clear. Sx sm amt clear. Activated charcoal given in ED, black secretions/stool.\n" +
    "GI: OGT to LIS, charcoal-colored drainage. Tylenol level at 4 hrs 168 -> on Mucomyst IV per protocol (21 hr), bag 3 infusing. LFTs nl this am, repeat tonight.\n" +
    "GU: Foley, UO 100-200cc/hr. Urine tox + for TCA, benzos. K 3.3 on bicarb, repleted 40meq IV.\n" +
    "ID: Afebrile.\n" +
    "Skin: Intact. Old healed scars to bilat forearms noted.\n" +
    "Social: Mom and stepfather at bedside, upset, states pt had been seeing a counselor. Psych consulted, will see when extubated and decide re involuntary hold. Security aware.\n" +
    "Plan: Cont bicarb gtt, q2h ABG/K, Mucomyst course, wean vent for ? extubation tomorrow, psych eval.\n" +
    "RN",
  "SICU NSG 1900-0700\n" +
    "81 yo M on plavix + ASA s/p mechanical fall at home, found to have L acute on chronic SDH w/ 8mm MLS, s/p L crani for evacuation POD 0. Hx CAD w/ stents 2004, HTN, mild dementia per family.\n" +
    "Neuro: Extubated in OR. Drowsy but arousable to voice, oriented to self and 'hospital', not year. Speech slightly garbled, R pronator drift, R grip 4/5, L 5/5. PERRL 3mm. GCS 14 (E3V5M6)... no, confused so V4 -> GCS 13. Neuro checks q1h, stable through night. Subdural drain to bulb, 40cc dark bloody overnight. Head dsg dry. Dilantin 100mg IV q8, level pending.\n" +
    "CV: NSR/SB 56-70. SBP goal <140 per NSGY, was 160s on arrival, labetalol 10mg IV x2 and hydral 10mg x1, now 120s-130s. 1 pack plts given in OR d/t plavix. INR 1.1.\n" +
    "Resp: 3L NC, sats 95-98%. LS clear, dim bases. Coughs weakly on command.\n" +
    "GI: NPO until S&S eval. Abd soft.\n" +
    "GU: Foley, UO 50-90cc/hr.\n" +
    "ID: Afebrile. Periop vanco.\n" +
    "Skin: Old bruising to L hip and elbow from fall. Skin thin, fragile, heels on pillows.\n" +
    "Safety: Pulling at O2 and head dsg intermittently, soft wrist restraints placed @ 0100 w/ order, q1h checks. Bed alarm, low bed.\n" +
    "Social: Wife and son at bedside til 2300. Son is HCP. Pt is DNR but ok for surgery (confirmed). They were pleased he knew them.\n" +
    "Plan: Neuro checks q1h, head CT in am, SBP <140, drain mgmt per NSGY, S&S eval, PT/OT.\n" +
    "RN",
  "MICU Nursing Progress Note 7a-7p\n" +
    "48 yo F w/ recent L knee arthroscopy, on OCPs, admitted w/ submassive PE (RV strain on echo, trop 0.21). HD 1.\n" +
    "Neuro: A&Ox3, anxious, tearful at times. C/o pleuritic R chest pain 5/10, morphine 2mg IV x2 w/ relief.\n" +
    "CV: ST 110s on arrival -> 90s-100s. BP 100-115/60s, MAP >70. Heparin gtt per wt-based protocol, bolus 80u/kg then 18u/kg/hr -> PTT 48 @ 0900 (subtherapeutic), rebolused and increased to 20u/kg/hr, PTT 72 @ 1500 - therapeutic. Next PTT @ 2100. L calf swollen, tender, + LENIs for L popliteal DVT. Pulses palp.\n" +
    "Resp: 4L NC, sats 92-95%. RR 22-26. LS clear, slightly dim R base. Resting comfortably. ABG on 4L 7.46/31/74/22.\n" +
    "GI: Tolerating regular diet, ate 50% of lunch. BM x1.\n" +
    "GU: Voiding, UO adequate. Cr 0.8. Urine hcg neg.\n" +
    "ID: Afebrile.\n" +
    "Heme: Hct 38, Plt 244 (monitoring for HIT).\n" +
    "Other: IR and pulm discussed lytics vs catheter-directed tx, decision to hold for now given stable BP; tPA to be considered if hemodynamic decline. Pt consented just in case.\n" +
    "Skin: Intact. 2 PIVs 18g and 20g.\n" +
    "Social: Husband at bedside, very anxious, many questions, answered. Their 2 young children at home w/ grandparents. Pt worried about missing work, reassured.\n" +
    "Plan: Cont heparin gtt, PTT q6h, coumadin to start tomorrow if stable, repeat echo in 48-72h, call MD for SBP <90 or HR >120.\n" +
    "RN",
  "MICU NPN 1900-0700\n" +
    "39 yo M w/ influenza A PNA c/b severe ARDS, HD 6, intubated HD 2. Paralyzed since yesterday.\n" +
    "Neuro: Fentanyl 200mcg/hr, versed 6mg/hr, nimbex 3mcg/kg/min, TOF 1-2/4 (goal). BIS 40-55. Eyes taped, lacrilube q4h. Pupils 3mm reactive.\n" +
    "CV: ST 100-115. Levophed 0.05-0.08mcg/kg/min, MAP 65-70. CVP 10. Lasix 20mg IV x1 for net neg goal, UO brisk after.\n" +
    "Resp: AC 360 (6cc/kg IBW) x 30, PEEP 16, FiO2 .70. Plat 29-30. ABG @ 0200 7.26/58/64/26 -> RR increased to 32 per MICU fellow, 0500 ABG 7.29/54/68/25. Permissive hypercapnia accepted. No recruitment maneuver per attending. LS coarse crackles throughout. Sx minimal. Tamiflu via OGT.\n" +
    "GI: OGT, TF Impact @ 40cc/hr (goal 70), residuals 50-80cc. Abd soft, hypoactive BS. BM x1 liquid.\n" +
    "GU: Foley, UO 80-200cc/hr after lasix. Net neg 600cc for 24h. Cr 1.0. K 3.5 -> repleted.\n" +
    "ID: Tmax 38.3. WBC 14.6. Vanco/zosyn + oseltamivir. Droplet precautions.\n" +
    "Endo: BG 130-180, insulin gtt 2-3u/hr.\n" +
    "Skin: Stage II on occiput found tonight under ETT holder strap, foam dsg, wound RN consult. Turned q2h w/ 3 staff, tolerates turning w/ brief desat to 88%, recovers in 1-2 min. Kinetic bed ordered.\n" +
    "Social: Wife called at 2200 and 0500, updated. She is home w/ their baby and cannot visit as she is also sick w/ flu like sx. Chaplain to call her.\n" +
    "Plan: Cont lung protective strategy, paralytic holiday in am, diuresis as BP allows, ? prone positioning discussed.\n" +
    "RN",
  "SICU Nursing Note 7a-7p\n" +
    "57 yo M w/ DM2, obesity, admitted w/ necrotizing fasciitis of R thigh/groin/perineum (Fournier's), s/p radical debridement x2, back to OR this am for 3rd washout. HD 3.\n" +
    "Neuro: Returned from OR @ 1130 intubated, sedated on propofol. Lightened in afternoon, nods, follows commands, very uncomfortable w/ movement - fentanyl gtt increased to 125mcg/hr + boluses before dsg changes.\n" +
    "CV: ST 100s-110s. Levophed 0.04 -> off @ 1600, MAP >65. Hct 26.1 -> 1u PRBC given. Lactate 1.8.\n" +
    "Resp: CPAP 5/PS 8, FiO2 .40 since 1400, RR 18-22, TV 550-650, sats 97%. ABG 7.39/40/118/24. LS coarse bases. Plan to extubate in am (may need OR again in 48h, team would like him extubated in between).\n" +
    "GI: OGT to LWS. TF Glucerna @ 30cc/hr restarted 1500. Abd obese, soft.\n" +
    "GU: Foley (urology placed, DO NOT REMOVE), clear yellow urine 60-100cc/hr. Scrotal edema, elevated on towel roll.\n" +
    "Wound: Large open wound R groin extending to R thigh and perineum, ~25x15cm, packed w/ NS-moistened kerlix, dsg changed x1 per order w/ 2 RNs. Wound bed mostly pink/red, some gray tissue at inferior margin (surgery aware), mod serosang drainage, foul odor improved from yesterday.\n" +
    "ID: Tmax 38.4 @ 1200. WBC 24 -> 19. Pen G, clinda, vanco. Tissue cx w/ GAS + mixed flora.\n" +
    "Endo: Insulin gtt 6-10u/hr, BG 140-200.\n" +
    "Social: Wife and brother visited, wife quite overwhelmed, states she had no idea 'a boil' could be this serious. Updated re plan w/ surgery team. SW following.\n" +
    "Plan: Extubate in am, dsg changes tid, abx, glycemic control, OR on HD 5 per surgery.\n" +
    "RN",
  "MICU RN Note 7a-7p\n" +
    "84 yo M w/ metastatic NSCLC (brain, bone mets), recurrent aspiration PNA, intubated HD 3, now HD 8. Family meeting held this am w/ MICU attending, oncology, palliative care, SW, this RN.\n" +
    "Meeting: Wife, 3 sons and 1 dtr present (dtr is HCP). Discussed poor prognosis, failed SBTs x4, pt had previously told family he 'never wanted to be kept alive on machines'. Family decided to make pt CMO. DNR/DNI, CMO order written @ 1130. Chaplain in for prayer @ 1230 per family request.\n" +
    "Neuro: On fentanyl 100mcg/hr, propofol weaned off. Morphine gtt started @ 5mg/hr w/ 5mg bolus prior to extubation. Pt grimacing intermittently, bolus morphine 5mg x3, gtt now 10mg/hr, appears comfortable, no grimace.\n" +
    "CV: All labs, fingersticks, pressors (was on low dose neo) d/c'd. HR 100s -> 120s. BP 80s/40s -> 60s/30s by 1600. Tele off bedside monitor screen per family request, monitored at central station only.\n" +
    "Resp: Extubated to humidified face mask 40% @ 1300. Glycopyrrolate 0.2mg IV q4h for secretions, scopolamine patch. Mild upper airway noise, oral sx prn, family reassured. Cheyne-Stokes pattern since ~1700.\n" +
    "GI: TF d/c'd. Mouth care q2h, lips moistened.\n" +
    "GU: Foley left in for comfort. UO minimal, dark.\n" +
    "Skin: Repositioned for comfort q2-3h, family helping.\n" +
    "Social: Family at bedside throughout, taking turns. Privacy maintained, extra chairs brought in. Grandchildren visiting this evening, ok per charge RN. Family very appreciative of care. Offered food trays.\n" +
    "Plan: Comfort measures, titrate morphine for sx of distress, support family, notify covering MD at time of death.\n" +
    "RN",
  "MICU NPN 1900-0700\n" +
    "68 yo F w/ ARF (ATN) after septic shock from cholangitis, HD 9, on CVVHD since HD 4. Trach'd HD 7.\n" +
    "Neuro: Off sedation. Opens eyes spontaneously, tracks, mouthing words, follows simple commands. Haldol 1mg IV x1 for agitation @ 0100, pulling at lines. CAM + (inattention).\n" +
    "CV: NSR 80s-90s, BP 100-130/50-60s, off pressors x 48h. CVP 8-10.\n" +
    "Resp: Trach #8 Portex, PS 12/PEEP 5, FiO2 .35, RR 18-24, TV 350-420. Sats 96-99%. Trach site clean, sutures intact. Sx q3-4h for mod thick white secretions.\n" +
    "Renal: CVVHD via R fem Quinton (dsg C/D/I). Citrate anticoag. Prismasate 2K bath. BFR 150, dialysate 1.5L/hr, fluid removal goal -75cc/hr -> net neg 810cc for shift. Filter clotted @ 0130, circuit changed, new filter up at 0215, ~45 min downtime. Post-filter iCa 0.32, systemic iCa 1.08 -> Ca gluconate gtt titrated per protocol. K 4.2, Mg 2.1, Phos 2.7.\n" +
    "GI: TF Nepro @ 45cc/hr (goal). Abd soft, + BS. BM x1 soft. PTC biliary drain R side to gravity, 80cc dark bile, site ok.\n" +
    "GU: Foley to gravity, anuric (<5cc/hr).\n" +
    "ID: Tmax 37.5. Zosyn day 9.\n" +
    "Heme: Hct 27.4, plt 112.\n" +
    "Skin: Sacrum stage II, dsg changed, looks clean. Heels boggy, offloaded w/ prevalon boots.\n" +
    "Social: Husband in til 2100, brought in photos and music for pt. Asks if kidneys will recover - renal team to discuss w/ him.\n" +
    "Plan: Cont CVVHD, trach collar trial in am, PT/OT, ? PEG, screening for LTAC/rehab.\n" +
    "RN",
  "SICU Nursing Note 7a-7p\n" +
    "73 yo M POD #1 s/p R fem-pop bypass (reversed saphenous vein) for rest pain/non-healing toe ulcer. PMH DM2, PVD, CAD, CRI, s/p L BKA 2005. Came to SICU for close graft monitoring + hypotension in PACU.\n" +
    "Neuro: A&Ox3, HOH - hearing aid R ear only. Pain R leg 3-5/10, dilaudid 0.5mg IV q3h prn, took 3 doses.\n" +
    "CV: NSR 70s, freq PVCs in am, K 3.5 & Mg 1.6, repleted, PVCs resolved. BP 110-140/60s. Graft checks q1h: R DP dopplerable (strong biphasic), PT dopplerable, R foot warm, pink, cap refill brisk. R groin + medial thigh incisions w/ staples, sm amt serosang at groin, no hematoma, marked. Heparin 500u/hr post-op per vasc, PTT 51. Hct 30.2. ASA, statin.\n" +
    "Resp: RA, sats 95%. LS clear. IS 1250.\n" +
    "GI: Diabetic diet, ate most of breakfast + lunch. No BM.\n" +
    "GU: Foley d/c'd @ 0600, voided x3. Cr 1.8 (baseline 1.7) - had contrast for angio last week, watching. IVF NS @ 75/hr.\n" +
    "ID: Afebrile. Kefzol d/c'd after 24h.\n" +
    "Endo: FS 140-220, on SSI + glargine 20u qhs.\n" +
    "Skin: Ulcer R 2nd toe, dry dsg, no drainage. L BKA stump healed, no breakdown. Heels offloaded, R heel esp.\n" +
    "Activity: OOB to chair w/ PT, NWB R leg per vasc for now. Uses prosthesis on L at baseline - not wearing now.\n" +
    "Social: Wife at bedside all day, very helpful. Pt lives w/ wife in 2nd floor apt, may need rehab vs home PT, case mgmt aware.\n" +
    "Plan: Graft checks q1h til transfer, then q2h, heparin per vasc, transfer to floor today when bed available.\n" +
    "RN",
  "MICU Nursing Progress Note 7p-7a\n" +
    "60 yo F w/ COPD, obesity hypoventilation, prolonged resp failure, trach/PEG HD 14, now HD 21. Awaiting rehab bed for vent weaning.\n" +
    "Neuro: A&Ox3, communicating well w/ lip reading + letter board. Anxious at bedtime, says she 'can't sleep with all the beeping'. Seroquel 25mg at HS + ativan 0.5mg x1 @ 0230, slept ~4 hrs.\n" +
    "CV: NSR 80s. BP 120s-140s/70s. Lopressor 25mg bid via PEG. Trace edema.\n" +
    "Resp: Trach collar 40% trial from 1300-2000 yesterday (7 hrs - longest so far!), then back on PS 10/PEEP 5 FiO2 .40 overnight for rest per plan. RR 16-20, TV 380-440. Sats 93-96%. Sx q4h small amts thick white, one large plug @ 0300 w/ desat to 86% -> cleared w/ sx + saline. Trach: #7 Shiley cuffed, stoma pink, sm amt yellow drainage, trach care done, new split gauze.\n" +
    "GI: PEG w/ Jevity 1.2 @ 60cc/hr (goal), tol, residuals <20cc. PEG site ok. BM x2 soft.\n" +
    "GU: Voiding on bedpan, foley d/c'd 2 days ago. UO 1100cc overnight.\n" +
    "ID: Afebrile. Sputum cx w/ MRSA colonization, contact precautions.\n" +
    "Endo: FS 110-160.\n" +
    "Skin: Coccyx healing stage II, duoderm intact. Abd fold candidiasis, nystatin powder applied.\n" +
    "Activity: Up to chair w/ lift yesterday x2 hrs.\n" +
    "Social: Dtr (HCP) called @ 2000, wants update on rehab. Case mgmt working on insurance auth. Pt's husband passed away last year, pt tearful talking about him tonight, listened.\n" +
    "Plan: Trach collar trial again today, goal 8-10 hrs, PMV eval by speech, cont rehab screening.\n" +
    "RN",
  "MICU RN Note 7a-7p\n" +
    "70 yo F w/ hx depression on SSRI, HTN on HCTZ, admitted from ED after witnessed generalized seizure at home, Na 112 on arrival. HD 1.\n" +
    "Neuro: Post-ictal on arrival, now awake, A&Ox2 (not to time), slow to answer, mild HA. No further seizure activity. Seizure precautions, pads on side rails. Neuro checks q2h. Ativan 2mg IV prn ordered, none given.\n" +
    "Na trend: 112 (0300) -> 3% saline @ 30cc/hr per renal -> 115 (0700) -> 117 (1100) -> 118 (1500). Goal no more than 8-10 meq in 24h to avoid ODS, team aware of rate, 3% stopped @ 1500, now NS @ 50. Next Na @ 1900. Serum osm 238, urine osm 410, urine Na 46 -> ? SIADH + thiazide. HCTZ and celexa held. 1L fluid restriction.\n" +
    "CV: NSR 70s-80s. BP 140s-160s/70s, home lisinopril given.\n" +
    "Resp: RA, sats 96-98%. LS clear.\n" +
    "GI: Tolerating soft diet w/ supervision. Nausea x1 @ 0900, zofran w/ relief. No BM.\n" +
    "GU: Voiding in commode w/ assist, strict I&O. UO 900cc this shift.\n" +
    "ID: Afebrile, WBC 8.8, UA neg.\n" +
    "Skin: Small lac to tongue from seizure, abrasion on R elbow.\n" +
    "Safety: Fall risk - bed alarm on, low bed, 1 assist to commode, unsteady.\n" +
    "Social: Son and dtr-in-law at bedside. Son states pt had been drinking 'lots of water' lately because she read it was healthy. Education given to family re fluid restriction.\n" +
    "Plan: Na q4h, correct slowly, renal following, fluid restrict, reassess antidepressant w/ PCP/psych.\n" +
    "RN",
  "SICU NPN 1900-0700\n" +
    "59 yo M POD 0 s/p open L radical nephrectomy for RCC w/ IVC thrombus extension, EBL 3.5L in OR, got 8u PRBC, 4 FFP, 1 plt, cell saver. Arrived intubated @ 2030.\n" +
    "Neuro: Propofol 30mcg/kg/min + fentanyl boluses. Moves all ext, follows commands when lightened @ 0400. PERRL.\n" +
    "CV: ST 100s-120s. BP labile 80s-130s systolic, required neo 0.3-1 mcg/kg/min early in shift, off since 0300. CVP 6 -> 11 after volume. Hct 27.9 (post-op) -> 24.2 @ 2300 -> 2u PRBC -> 28.5 @ 0300 -> 28.1 @ 0600. INR 1.6 -> 2 FFP given. Plt 88. Fibrinogen 140 -> 10u cryo. Ca 7.8 (ionized 0.98), 2gm Ca gluc given. Temp 35.4 on arrival, bair hugger on, now 36.8.\n" +
    "Resp: AC 550x14, PEEP 5, FiO2 .50 -> .40. ABG 7.31/42/160/20 -> 7.37/38/138/22. LS clear, dim bases. Sx sm amt.\n" +
    "GI: OGT to LCWS, sm bilious. Abd distended, ? firm L flank, surgical team assessed @ 0100, bladder pressure 14. L flank JP 300cc bloody first 4 hrs -> 60cc last 3 hrs. Flank incision dsg reinforced x1.\n" +
    "GU: Foley, UO 30-60cc/hr, pink-tinged, clearing. Cr 1.6 (baseline 1.0, solitary kidney now).\n" +
    "ID: Tmax 37.1 after warming. Cefazolin.\n" +
    "Endo: BG 150-200, insulin gtt started.\n" +
    "Social: Wife and dtr updated by urology resident @ 2100, came in briefly, pt sedated. Will return in am.\n" +
    "Plan: Serial hct q4h, correct coags, bladder pressure q4h, wean to extubate in am if stable, watch renal fxn.\n" +
    "RN",
  "MICU NSG NOTE 7a-7p\n" +
    "27 yo M w/ severe asthma (multiple prior ICU stays, intubated x1 in 2003), admitted overnight w/ status asthmaticus after URI + ran out of inhalers. Not intubated.\n" +
    "Neuro: A&Ox3, anxious, speaking in 3-4 word sentences in am -> full sentences by 1400. No sedation given d/t resp status.\n" +
    "CV: ST 120s-130s (on albuterol). BP 130s/70s. Pulsus paradoxus 18 in am -> 10 in pm. K 3.2 -> 40meq KCL po.\n" +
    "Resp: Heliox 70/30 via NRB from 0700-1100, then to 4L NC as improved. Continuous albuterol neb 10mg/hr -> changed to q1h then q2h @ 1500. Atrovent q4h. Solumedrol 125mg IV q6. Mag sulfate 2gm IV x1 in am. Peak flow 150 (pred ~600) -> 280 -> 320. ABG @ 0800 7.41/39/72/24 - normal CO2 concerning at that point, team aware, @ 1200 7.44/34/88/23. LS tight w/ diffuse insp/exp wheezes in am, now exp wheezes only, improved air movement. Using accessory muscles less. Sats 93-97%.\n" +
    "GI: Clear liquids -> regular diet. Ate lunch.\n" +
    "GU: Voiding qs.\n" +
    "ID: Afebrile. No abx. Viral panel sent.\n" +
    "Endo: FS 180s-240s on steroids, covered w/ SSI.\n" +
    "Skin: Intact.\n" +
    "Social: Pt smokes half ppd, smoking cessation discussed, pt receptive, nicotine patch started. Girlfriend visited. Pt reports he lost his job and couldnt afford inhalers, SW consult for med assistance.\n" +
    "Plan: Wean nebs to q4h as tol, steroids, teaching re inhaler technique and asthma action plan, likely call out to floor tomorrow.\n" +
    "RN",
  "SICU Nursing Note 1900-0700\n" +
    "77 yo F w/ afib (off coumadin since GI bleed last yr), admitted w/ acute mesenteric ischemia, s/p ex lap w/ resection of ~120cm small bowel + R colon, left in discontinuity, abdomen left open w/ vac-pack. POD 1, 2nd look planned tomorrow.\n" +
    "Neuro: Sedated on fentanyl 75mcg/hr + propofol 15mcg/kg/min. Opens eyes to voice, not following commands consistently.\n" +
    "CV: AFib 100-130, dilt gtt 5-10mg/hr. Levophed 0.06-0.1mcg/kg/min for MAP >60. CVP 14. Lactate 4.1 -> 3.2 -> 2.6, trending down. Hct 31. Heparin gtt held per surgery until after 2nd look.\n" +
    "Resp: AC 450x18, PEEP 8, FiO2 .45. ABG 7.30/36/92/17, bicarb amps x2 given per team. LS coarse bilat.\n" +
    "GI: Open abd w/ vac-pack dressing @ -125mmHg, draining 650cc serosang this shift. Bowel visible through clear drape is pink. Dsg intact, seal good. NGT to LCWS 300cc. NPO, TPN planned.\n" +
    "GU: Foley, UO 20-40cc/hr. Cr 1.9.\n" +
    "ID: Tmax 38.0. WBC 23. Zosyn, fluconazole.\n" +
    "Endo: Insulin gtt 2-4u/hr.\n" +
    "Lytes: K 5.4 -> 4.9, no tx. Phos 5.8. Mg 2.2.\n" +
    "Skin: Intact except abd. Turned q2h w/ care, vac maintained.\n" +
    "Social: 2 sons and dtr in til midnight. Surgeon discussed that w/ this much bowel removed pt may be TPN-dependent long term; family discussing what pt would want. Dtr is HCP. Pt is full code for now. Palliative care consult requested by dtr.\n" +
    "Plan: Back to OR in am for 2nd look ? closure, cont pressors/fluids, lytes q6h, family support.\n" +
    "RN",
  "MICU RN Progress Note 7a-7p\n" +
    "35 yo F w/ myasthenia gravis (dx 2004, s/p thymectomy), admitted w/ myasthenic crisis after recent URI. Not intubated. HD 2.\n" +
    "Neuro: A&Ox3, bilat ptosis, diplopia, weak neck flexion 3/5, arm abduction fatigues after 10 sec. Voice nasal, weaker by late afternoon. Mestinon held per neuro during plasmapheresis. Avoiding mag, aminoglycosides, FQs - flagged on chart.\n" +
    "Resp: NIF/VC q4h: 0800 NIF -30, VC 1.6L; 1200 -26, 1.4L; 1600 -22, 1.1L (wt 62kg, ~18ml/kg). Neuro + MICU aware of downward trend, intubate for NIF worse than -20 or VC <15ml/kg or clinical change. 2L NC, sats 97-99%. RR 20-24, slightly shallow. Weak cough. ABG 7.42/38/102/24.\n" +
    "CV: NSR 70s-90s. BP 110s/60s. Dropped to 88/50 during pheresis, 250cc NS bolus, recovered.\n" +
    "Heme/Pheresis: Plasma exchange #2 of 5 done 1000-1230 via L IJ pheresis cath, 1 plasma vol w/ albumin replacement. Ca gluconate gtt during run, tingling lips x1, resolved w/ rate adjusted. Fibrinogen 180.\n" +
    "GI: Swallow eval - aspirating thin liquids, NPO, all meds IV/held per speech until re-eval. Dobhoff placed @ 1400, cxr confirmed post-pyloric, TF to start tonight.\n" +
    "GU: Voiding, UO adequate.\n" +
    "ID: Afebrile.\n" +
    "Skin: Intact.\n" +
    "Social: Husband at bedside, he is very familiar w/ her disease, knows warning signs. Pt anxious about possible intubation, discussed w/ MICU attending, pt agrees to intubation if needed, full code.\n" +
    "Plan: NIF/VC q4h (q2h overnight if continued decline), pheresis qod, low threshold to intubate electively, aspiration precautions.\n" +
    "RN",
  "MICU Nursing Note 1900-0700\n" +
    "52 yo M w/ AML, day 14 of induction chemo (7+3), transferred from onc floor yesterday w/ neutropenic fever + hypotension. Full code.\n" +
    "Neuro: A&Ox3, fatigued, appropriate. C/o mouth pain from mucositis 6/10, magic mouthwash + morphine PCA 1mg q10min, used 9mg overnight, pain now 3/10.\n" +
    "CV: ST 100s-110s, BP 90s-100s/50s after 3L NS yesterday, currently off pressors (dopa briefly yesterday, off since 1800). MAP >65. CVP 7-9 via Hickman (double lumen R chest, site clean).\n" +
    "Resp: 2L NC, sats 95-97%. LS clear, dim bases. CT chest yesterday w/ 2 small nodules ? fungal, ID following.\n" +
    "GI: Mucositis, sips only, refusing food. TPN via Hickman. Abd soft, mild RLQ tenderness - CT neg for typhlitis. Loose stool x3, c diff sent x2 (1 neg).\n" +
    "GU: Voiding in urinal, 800cc.\n" +
    "ID: Tmax 39.4 @ 2300 w/ rigors, blood cx x2 sent (periph + Hickman), tylenol. Cefepime, vanco, voriconazole (added yesterday). Neutropenic precautions, no fresh flowers/fruit.\n" +
    "Heme: WBC 0.2, ANC 0. Hct 23.8 -> 1u PRBC (irradiated, leukoreduced), post Hct pending. Plt 9 -> 1 pack plts @ 0200, post 31. Benadryl/tylenol premed. Nose bleed x1 @ 0100, stopped w/ pressure 10 min.\n" +
    "Skin: Petechiae to bilat lower legs. Perirectal area intact, gentle cleansing, barrier cream.\n" +
    "Social: Wife stayed overnight, sleeping in recliner. She asked about BMT timing - onc team to discuss. Pt has 2 teenage kids, they called to say goodnight.\n" +
    "Plan: F/u cxs, abx, transfuse Plt <10 or bleeding, Hct <25, monitor BP, possible transfer back to onc floor if stable 24h.\n" +
    "RN",
  "SICU RN Note 7a-7p\n" +
    "61 yo M POD #2 s/p lap converted to open R hemicolectomy for cecal mass, extubated POD 1 after difficult airway in OR, kept in SICU for resp monitoring. Hx OSA on CPAP at home, HTN, obesity (BMI 41).\n" +
    "Neuro: A&Ox3. PCA morphine 1mg q8min, pain 2-4/10, used 14mg this shift. Sleepy in am after PCA + no CPAP overnight (pt refused hospital mask) - wife brought in home machine this am, RT checked and set up, will use tonight.\n" +
    "CV: NSR 70s-80s. BP 130-150/80s. Home atenolol restarted. Hct 34. SQ heparin, boots.\n" +
    "Resp: 3L NC -> 2L, sats 93-95%. Desats to 86-88% when sleeping w/o CPAP, improved w/ repositioning + nasal trumpet placed briefly. LS dim bases. IS 1000. Ambulated x2 w/ improved sats after.\n" +
    "GI: NGT removed on rounds, sips of clears ok, no nausea. + flatus. Abd obese, soft, incision w/ staples C/D/I.\n" +
    "GU: Foley d/c'd @ 1000, voided 400cc @ 1530.\n" +
    "ID: Afebrile. WBC 9.2.\n" +
    "Endo: FS 110-140, no coverage needed.\n" +
    "Skin: Intact. Pannus fold checked, dry, no redness.\n" +
    "Social: Wife here most of the day, asked when he can go home, discussed probable floor tomorrow then home in a few days once tolerating diet. Pt's adult son called, updated by pt.\n" +
    "Plan: Transfer to floor w/ continuous pulse ox and home CPAP, PCA -> po meds when tol diet, ambulate qid.\n" +
    "RN",
];

/** Decision 255's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision255Corpus(): Corpus {
  return { notes: [], clean: DECISION_255_LONG_CLEAN };
}
