// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008, here as a CCU and
// cath-lab recovery nurse would type them: about half the notes all in lower case and half in mixed
// case, heavy on devices, brand names and eponyms (Impella, IABP, LVAD settings, pacer and ICD
// interrogations, Angio-Seal, Perclose, TR band, Swan numbers, Holter), drips by brand (Natrecor,
// Primacor, Integrilin, Cardizem, amio), EP terms (Wenckebach, Mobitz, torsades, WPW), cath results
// by vessel, groin and radial site checks and lab trends with arrows. They are by "a ninety-second
// writer who had not read the guard's rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 250: thirty long clean CCU and cath-lab recovery nursing notes (1,000 to 2,500 characters each). */
export const DECISION_250_LONG_CLEAN: string[] = [
  "CCU NPN 7p-7a\n" +
    "64 yo M adm from cath lab w/ inferior STEMI, RCA 100% prox occlusion -> thrombectomy + BMS x2, LAD 60% mid, OM1 70%, D2 small diffusely dz'd. EF 30% by LV gram. IABP placed in lab for cardiogenic shock. Full code.\n" +
    "Neuro: A&Ox3, anxious early in shift, ativan 0.5mg IV x1 w/ good effect. Slept in naps. MAE, following commands, reminded to keep R leg straight.\n" +
    "CV: NSR 80s-90s w/ occ PVCs, brief 6 beat run NSVT @ 0220, asymptomatic, K 3.6 -> repleted 40meq KCl IV, Mg 1.8 -> 2gm. BP 90s-100s/50s, augmented diastolics 110s-120s. IABP 1:1, good timing, checked q1h. R fem IABP site dsg D&I, no hematoma, no bruit. DP/PT dopplerable bilat, R foot warm. Heparin gtt @ 900u/hr, PTT 62 -> 71, no change per nomogram. Integrilin @ 2mcg/kg/min x18hr, to end @ 1400. Dopamine weaned off @ 0100. CK 2840 -> 3310 -> 2960, trending down. Trop I >50.\n" +
    "Swan: PAS 38/ PAD 22, wedge 18, CO 3.9/ CI 2.1, SVR 1100. CVP 12.\n" +
    "Resp: 4L NC, sats 95-97%. LS crackles bases bilat. CXR mild pulm edema. Lasix 40mg IV x1 @ 2300 w/ 900cc UO.\n" +
    "GI: NPO after MN for possible staged PCI to LAD. Abd soft, +BS. Protonix.\n" +
    "GU: Foley, UO 60-200cc/hr after lasix. Cr 1.1 -> 1.3.\n" +
    "Skin: Intact. HOB 30 deg max w/ balloon in.\n" +
    "Social: Wife and dtr in until 2100, updated by covering MD re plan. Wife very tearful, given support.\n" +
    "Plan: Cont IABP, wean 1:2 in am if CI holds, serial enzymes, lytes, possible PCI LAD vs CABG eval. MD aware of NSVT.",
  "cath lab recovery/ccu note\n" +
    "71 yo f for elective cath after + stress, came up from lab @ 1015 s/p cath via r radial. results: lm clean, lad 40% prox, lcx 90% mid -> des x1, om1 70% small vessel med rx, rca dominant 30%. lvedp 18. got 120cc visipaque.\n" +
    "tr band on r wrist w/ 13cc air, started deflating @ 1215 per protocol 3cc q15min, small ooze @ 6cc, reinflated 2cc, held 30 min then cont'd. band off @ 1440, site w/ small ecchymosis no hematoma, tegaderm applied. r radial pulse 2+, hand warm, cap refill brisk, + allens done in lab. pt c/o mild tingling r thumb, resolved after band off.\n" +
    "cv: nsr 60s-70s, no ectopy. bp 140s-160s/70s, given home lopressor 25mg po, bp after 130s/60s. no cp. ekg post proc no changes.\n" +
    "resp: ra sats 96%, ls clear.\n" +
    "gi: tol clears then reg cardiac diet, ate 75%.\n" +
    "gu: voiding qs in commode, encouraged po fluids for dye, ivf ns @ 75cc/hr x 6hrs. bun/cr 18/1.0 pre, am labs pending.\n" +
    "endo: dm2 on metformin, held x48h post dye. fs 168, 4u humalog per ss.\n" +
    "meds: plavix 600mg load given in lab, cont 75 daily, asa 325, lipitor 80.\n" +
    "activity: oob to chair w/ assist after 2hrs, tolerated. no restrictions from radial except no lifting w/ r arm x 48h.\n" +
    "social: husband here, both taught re plavix, do not stop w/o talking to cardiology, signs of bleeding at wrist, call ems if cp at home. verbalized understanding.\n" +
    "plan: d/c home tomorrow am if labs ok, f/u w/ outpt cardiologist.",
  "CCU Nursing Progress Note 0700-1900\n" +
    "58 yo M w/ ischemic CM, EF 10-15%, s/p HeartMate II LVAD placed 2007 as bridge to tx, readmitted w/ low flow alarms and dark urine, ?hemolysis.\n" +
    "LVAD: Speed 9200 rpm, flow 4.1-4.6 L/min, PI 3.8-4.4, power 5.8-6.9 watts (was 5.2-5.6 baseline). Power spikes noted on controller x3 overnight per report, none this shift. No low flow alarms. Hum clear over L chest, no grinding. Driveline site RUQ: dressing changed sterile, site w/ small amt serous drainage, no erythema, anchor intact. Batteries swapped to PBU @ bedside, backup controller and batteries w/ pt.\n" +
    "CV: Doppler MAP 78-86. Not palpable pulses, dopplerable radial. HR 80s SR w/ rare PVCs. Heparin gtt increased 1100 -> 1250u/hr, PTT 48 -> 57, goal 60-80. INR 1.9 on coumadin 5mg. LDH 1420 -> 1890 (!), plasma free hgb 62, T bili 2.4. Hct 31.2 -> 29.8. MD aware, echo done @ bedside w/ ramp study, results per VAD team.\n" +
    "Resp: RA, sats 97%, LS clear.\n" +
    "GI/GU: Eating well. Urine tea colored, UO 40-70cc/hr, Cr 1.4 stable.\n" +
    "Neuro: A&O x3, appropriate, knows his alarms better than we do.\n" +
    "ID: Afebrile. WBC 8.9.\n" +
    "Social: Wife at bedside, is primary caregiver, trained on equipment, asking appropriate q's re pump exchange. Updated by VAD coordinator.\n" +
    "Plan: ?pump thrombus, increase heparin, poss integrilin vs tpa per VAD team, serial LDH q6h, daily INR. Keep backup equipment at bedside at all times.",
  "npn ccu 7a-7p\n" +
    "pt is a 69 yo m adm w/ anterior stemi, lad prox 100% -> des, came out of lab in shock, impella 2.5 placed via l fem. remains intubated. full code.\n" +
    "impella: p-level p8 -> weaned to p6 @ 1300 per cards fellow, flow 2.1-2.4 l/min. purge pressure 380-420 mmhg, purge flow 9-11 ml/hr, d20 purge w/ heparin 25u/ml. placement signal ok, motor current pulsatile. one suction alarm @ 0930, ? position, bedside echo showed inlet slightly deep, repositioned by fellow, alarm resolved. l groin site: small ooze at sheath, pressure dsg reinforced x1, no hematoma. l dp/pt dopplerable, foot cool but same as r.\n" +
    "cv: st 100s-110s, occ pvc. map 62-70 on levo 0.08 mcg/kg/min + dobutamine 5 mcg/kg/min. cvp 14-16. lactate 4.8 -> 3.1 -> 2.2.\n" +
    "resp: simv 500 x 16, peep 8, ps 10, fio2 50%. abg 7.38/36/112/21. ls crackles bilat. sx small thin white.\n" +
    "neuro: fentanyl 75mcg/hr, versed 2mg/hr, rass -3. perrl 3mm. moves all ext to pain.\n" +
    "gi: ogt, tf not started yet, npo. abd soft.\n" +
    "gu: foley, uo 30-45cc/hr, cr 1.2 -> 1.6. hgb 10.9 -> 9.4, plasma free hgb sent for hemolysis, ldh 612.\n" +
    "heme: no heparin gtt while impella purge has heparin per protocol. plt 188 -> 151.\n" +
    "id: tmax 37.9. no abx.\n" +
    "social: sons x2 here, updated by team, very anxious, asking about the 'little pump'. explained function in simple terms.\n" +
    "plan: wean pressors, impella p-level wean as tolerated, serial lactate, hgb q6h, hold sedation in am for neuro check.",
  "CCU RN Note Nights\n" +
    "76 yo F w/ NICM, EF 15%, ADHF, adm w/ 12 lb wt gain, DOE at rest. DNR/ok to intubate per pt.\n" +
    "CV: AF 80s-100s, rate controlled. BP 88-102/50s. Natrecor 0.01 mcg/kg/min (no bolus d/t soft BP), Primacor 0.25 mcg/kg/min, Lasix gtt 10mg/hr. Swan via R IJ: RA 18 -> 13, PA 58/30 -> 49/26, PCWP 30 -> 22, CO 3.1 -> 3.8, CI 1.7 -> 2.1, SVR 1680 -> 1210, SvO2 48% -> 58%. Numbers q4h, MD aware of trend, happy. Swan at 52cm, waveform good, no spontaneous wedge. Digoxin held for level 1.9.\n" +
    "Resp: 4L NC -> 2L, sats 93-96%. Crackles 1/2 way up -> bases only. Orthopnea improving, slept w/ 2 pillows instead of upright in chair.\n" +
    "GU: Foley placed for accurate I&O. UO 100-250cc/hr. I/O -2.4L for shift. K 3.9 -> 3.4, repleted 60meq total. Mg 1.7 -> 2gm IV. Cr 1.6 -> 1.5. BUN 52. Na 129 -> 131.\n" +
    "GI: 2gm Na, 1.5L fluid restrict, tolerating. +BS, BM x1.\n" +
    "Neuro: A&O x3, pleasant, some confusion ~0300 re where she was, reoriented easily.\n" +
    "Skin: +3 pitting edema BLE to knees, sacral edema. Heels offloaded. Coccyx intact.\n" +
    "Social: Son called, updated by this RN. Pt's husband deceased, lives alone, son worried re d/c home.\n" +
    "Plan: Cont diuresis, goal neg 2L/day, wean Primacor if CI stays >2.0, daily wt, lytes q6h. Consider ICD/BiV when stable.",
  "ccu npn 7a-7p\n" +
    "81 yo f from floor w/ af rvr 150s-170s, sob. hx htn, hypothyroid, cva 2003 no deficits. full code.\n" +
    "cv: arrived on cardizem gtt 10mg/hr, hr still 140s-150s, bp 100s/60s. rebolused cardizem 10mg iv x1 w/ brief drop to 120s then back up. bp dropped to 82/44 after bolus, cardizem gtt decr to 5mg/hr, 250cc ns bolus given w/ bp back to 100s. md aware. started on amio 150mg iv over 10 min @ 1130 then 1mg/min x6h, then 0.5mg/min. hr 110s by 1300, 90s-100s by 1600. cardizem gtt off @ 1500. converted to nsr 70s @ 1725 w/ 2.8 sec pause on conversion, asymptomatic. ekg: nsr, qtc 462. tsh sent. k 4.1, mg 2.2. trop neg x2. heparin gtt started @ 1000u/hr, no bolus, ptt pending.\n" +
    "tte today: ef 50%, la mod dilated, no thrombus seen but not tee.\n" +
    "resp: 3l nc, sats 94-97%. ls crackles r base. cxr small bilat effusions.\n" +
    "neuro: a&ox3, hoh, wears hearing aid l ear. nervous about 'heart racing'.\n" +
    "gi: cardiac diet, ate fair. +bs.\n" +
    "gu: voiding via bedpan, uo adequate. lasix 20mg iv x1 w/ 600cc.\n" +
    "skin: intact. piv x2 (l ac 18g, r fa 20g) patent, amio via 18g, site checked q1h, no phlebitis.\n" +
    "social: dtr in this afternoon, updated re amio and coumadin plan, questions answered.\n" +
    "plan: amio gtt 0.5mg/min overnight then po, heparin -> coumadin, tele, watch for brady and pauses, lytes in am.",
  "CCU NPN 7p-7a\n" +
    "79 yo M adm via ED w/ syncope at home, found in CHB w/ ventricular escape 30s. Transvenous temp wire placed R IJ in ED, then to EP lab this pm for dual chamber PPM (Medtronic) via L subclavian, temp wire pulled post proc.\n" +
    "CV: A-paced/V-sensed and AV paced 60s-70s. Device interrogation by device rep post implant: mode DDD, lower rate 60, upper tracking 130, AV delay 180ms, RA sensing 2.8 mV, RV R wave 11 mV, RA threshold 0.75V @ 0.4ms, RV threshold 0.5V @ 0.4ms, impedances RA 512 / RV 640 ohms. Magnet rate checked. Underlying rhythm CHB w/ junctional escape 40s when briefly tested. BP 120s-150s/60s-70s.\n" +
    "L chest pocket: pressure dsg D&I, no swelling, no hematoma, mild tenderness. L arm in sling, reinforced no lifting L arm above shoulder x6 wks. Ice pack to site on/off.\n" +
    "Resp: 2L NC, sats 96%. LS clear. CXR post: leads in good position, no PTX.\n" +
    "Neuro: A&O x3. Small lac to forehead from fall, steri-stripped in ED, CT head neg.\n" +
    "GI: Ate late dinner, tolerated. +BS.\n" +
    "GU: Voiding in urinal, clear yellow.\n" +
    "ID: Ancef 1gm IV q8h x2 doses post implant, afebrile.\n" +
    "Heme: Coumadin held x3 days pre-op for hx AF, INR 1.3, hold heparin x24h per EP d/t pocket hematoma risk.\n" +
    "Social: Wife and son in, updated by EP fellow and this RN, given device ID card info, pacer booklet.\n" +
    "Plan: CXR in am, device check in am, d/c home if pocket ok, restart coumadin tomorrow night per EP.",
  "ccu nursing note 1900-0700\n" +
    "pt 54 yo f transferred from micu after episode of torsades on the floor, was on haldol + levaquin + methadone, qtc 620. s/p 1 shock 200j + mg 2gm. hx etoh, depression, chronic pain.\n" +
    "cv: sr 60s w/ frequent pvcs, couplets, r on t x2 around 2130, short 5 beat run of polymorphic vt @ 2140 self terminated, pt felt 'fluttery'. mg 2gm iv given, k 3.3 -> 40meq iv + 40 po. md aware, isuprel gtt started @ 2200 @ 1mcg/min -> 2mcg/min, hr 90s-100s, no further runs. qtc on 12 lead @ 0200 = 540 (was 620). all qt prolonging meds d/c'd, haldol on allergy list as 'do not give'. pads on, defib at bedside.\n" +
    "labs: k 3.3 -> 4.2, mg 1.6 -> 2.4, ca 8.2, ionized 1.08, phos 2.1. tsh nl.\n" +
    "resp: ra, sats 97%. ls clear.\n" +
    "neuro: a&o x3, anxious, restless, requesting methadone, md aware and will consult pain svc re alternatives. ciwa 6-8, no prn needed overnight.\n" +
    "gi: tol diet, +bs, no bm.\n" +
    "gu: voiding qs.\n" +
    "skin: burn marks from pads on chest, mild redness, aloe applied.\n" +
    "social: no visitors. pt states sister might come tomorrow, no calls tonight.\n" +
    "plan: isuprel overnight, keep k>4, mg>2, 12 lead q6h for qtc, tele, ep to see re underlying long qt. avoid all qt prolonging drugs.",
  "CCU RN Note 7a-7p\n" +
    "62 yo M post PCI yesterday pm, LAD mid 90% -> DES x1, D2 jailed w/ small side branch, R fem 6Fr access closed w/ Angio-Seal. Adm to CCU overnight for R groin hematoma noted 2 hrs post proc.\n" +
    "Groin: On arrival this am R groin w/ firm hematoma approx 8 x 6 cm, marked w/ skin pen, no change in size through shift. Soft at edges. No bruit auscultated. Mild tenderness. No ooze from puncture site, Angio-Seal anchor site dry. Pt denies back or flank pain. DP/PT 2+ bilat, feet warm, sensation intact. US done @ 1030: no pseudoaneurysm, no AV fistula.\n" +
    "CV: NSR 70s-80s. BP 118-132/60s. Lying BP vs sitting, no orthostasis. No CP.\n" +
    "Heme: Hct 38.4 (pre) -> 33.1 (overnight) -> 32.8 -> 32.6. Plt 210. Integrilin stopped overnight per report after hematoma found. ASA + Plavix cont. Type & screen current.\n" +
    "Resp: RA, sats 98%. LS clear.\n" +
    "GI: Reg diet, good appetite. +BS, BM x1 heme neg.\n" +
    "GU: Voiding clear yellow, 1.4L out.\n" +
    "Neuro: A&O x3, appropriate, frustrated w/ bedrest, flat x6 hrs overnight, HOB up 30 this am, OOB to chair w/ assist @ 1400, groin checked before & after, no change.\n" +
    "Pain: R groin 3/10, Tylenol 650mg x1.\n" +
    "Social: Wife in all day, updated, both anxious about 'internal bleeding', reassured re stable Hct and US results.\n" +
    "Plan: Hct in am, ambulate tonight, transfer to step-down tomorrow if stable. Teach to call for any groin swelling or warmth.",
  "ccu npn 7p-7a\n" +
    "73 yo m w/ nstemi, known cad s/p cabg x4 (lima-lad, svg-om1, svg-d1, svg-pda) in 1996, dm2, pvd. adm w/ cp at rest, st dep v4-v6, trop i 0.82 -> 2.4 -> 3.9. full code.\n" +
    "cv: nsr 70s-80s, no ectopy. bp 130s-150s/70s. cp 2/10 on arrival, ntg gtt titrated 20 -> 60mcg/min, pain 0/10 by 2200. bp 110s on ntg 60. heparin gtt 1000u/hr, ptt 54 -> 78. integrilin 180mcg/kg bolus then 2mcg/kg/min, dose reduced to 1 mcg/kg/min d/t crcl ~45. lopressor 25 po q6h, held 0600 dose for hr 56. ekg repeat @ 0100 unchanged from admit.\n" +
    "resp: 2l nc, sats 95%. ls diminished bases.\n" +
    "gi: npo after mn for cath in am, mucomyst 600mg po x2 given. abd soft, obese.\n" +
    "gu: voiding in urinal, 700cc. bicarb gtt 150meq/l @ 3cc/kg/hr to start 1hr pre cath per protocol. cr 1.7.\n" +
    "endo: fs 220, 198, 164. lantus given 1/2 dose d/t npo.\n" +
    "heme: plt 240. hct 36. bleeding precautions. no oozing from piv sites, gums ok.\n" +
    "skin: bilat feet w/ dry shiny skin, no hair growth, dp pulses dopplerable only. noted for access planning, md aware, may go radial.\n" +
    "neuro: a&o x3, sleeping on and off.\n" +
    "social: wife called x2, updated re cath in am, will be here early.\n" +
    "plan: cath in am, cont heparin/integrilin/ntg, hold metformin, repeat trop/ck/mb in am.",
  "CCU NPN 7a-7p\n" +
    "24 yo M w/ known WPW, presented w/ palpitations, found in pre-excited AF w/ rates to 250s, wide irregular complexes. Cardioverted in ED 150J synchronized x1 -> SR w/ delta wave, short PR. Procainamide gtt started in ED. To EP lab this am for ablation.\n" +
    "EP study/ablation: L lateral accessory pathway, ablated w/ RF, no further pre-excitation post, no inducible SVT. R fem venous sheaths x3 pulled in lab, manual pressure held 15 min.\n" +
    "CV: Back from EP @ 1230. NSR 60s-70s, PR 160ms, no delta wave on 12 lead. BP 110s-120s/60s-70s. Procainamide d/c'd. NAPA level sent pre proc. No palpitations.\n" +
    "Groin: R groin venous sites x3 w/ small gauze/tegaderm, soft, no hematoma, no ooze. Checked q15min x4, q30 x2, then q1h. DP 2+, foot warm. Bedrest flat x4h then HOB up, OOB @ 1700 walked to BR w/ RN, site unchanged.\n" +
    "Resp: RA, sats 99%. LS clear.\n" +
    "Neuro: A&O x3, drowsy after versed/fentanyl in lab, fully awake by 1400.\n" +
    "GI: Tol reg diet. +BS.\n" +
    "GU: Voided 450cc after bedrest, some difficulty initiating, no bladder scan needed.\n" +
    "Skin: Pad burn from cardioversion on ant chest, mild erythema, no blisters.\n" +
    "Social: Mother and girlfriend here, asked lots of q's about whether 'it's fixed for good', EP fellow explained success rate. Pt asking when he can play basketball again, pending EP f/u.\n" +
    "Plan: ASA 325 x4 wks per EP, tele overnight, 12 lead in am, d/c home tomorrow. No driving x1 wk.",
  "ccu nursing 7p-7a\n" +
    "pt 84 yo m adm from floor for intermittent 2nd degree av block, dizzy spells at home, holter last month showed wenckebach at night + pauses to 3.2 sec. on tele today noted 2:1 block w/ ventricular rate 38-42, ? mobitz ii vs 2:1 wenckebach. hx htn, cri, bph.\n" +
    "cv: rhythm overnight alternating sinus 70s w/ 1st degree avb (pr 280), mobitz i w/ grouped beating, and 2:1 block w/ hr high 30s-40s. wide qrs w/ rbbb + lafb, ep worried about infranodal block. longest pause 3.6 sec @ 0310 during sleep, pt did not wake. bp 150s-170s/70s while in 2:1, 130s when sinus. atropine and pads at bedside, pacer pads on, transcutaneous pacer tested capture @ 70ma on arrival, not needed. all nodal blockers held (home atenolol + verapamil d/c'd). dopamine gtt mixed and at bedside, not started. md aware of all episodes.\n" +
    "labs: k 5.3 -> 4.9, kayexalate 15gm x1. dig level < 0.2. tsh 2.1. cr 1.9 (baseline 1.8).\n" +
    "resp: ra, sats 94-96%. ls diminished bases.\n" +
    "neuro: a&o x3, some sundowning ~0100, pulling at tele leads, reoriented.\n" +
    "gi: tol diet, npo after mn for ppm.\n" +
    "gu: condom cath, uo 40-80cc/hr.\n" +
    "skin: intact. fall precautions, bed alarm on.\n" +
    "social: lives w/ wife, she called @ 2000, updated. son is hcp.\n" +
    "plan: ppm in am (dual chamber), consent signed by pt w/ son present earlier. keep nodal blockers off, pads on, tele.",
  "CCU NPN 7a-7p\n" +
    "66 yo M w/ ischemic CM, EF 20%, s/p Medtronic dual chamber ICD 2004, adm overnight after 6 shocks at home. Known VT.\n" +
    "Device: Interrogated by EP this am. VF zone >200 bpm, VT zone 150-200 w/ ATP x3 then shock. Events: 14 episodes of monomorphic VT @ 170s since yest, 8 terminated by ATP, 6 required 35J shocks, all appropriate per EP. Battery ok, RV lead impedance 488 ohms stable, R wave 9.6 mV.\n" +
    "CV: Paced/sinus 70s. 3 more runs VT 160s today: 0840 x 22 beats, ATP x1 terminated, pt felt lightheaded; 1115 slow VT 140s x 40 sec below detection zone, terminated w/ overdrive pacing by EP via programmer; 1520 shock x1 35J, pt screamed and cried. Amio bolus 150mg x2 today, gtt 1mg/min. Lidocaine 100mg IV bolus + gtt 2mg/min started after 1520. K 4.4, Mg 2.3 (repleted to >2). BP 100s-110s/60s.\n" +
    "Resp: 2L NC, sats 97%. LS few crackles bases.\n" +
    "Neuro: A&O x3. Very anxious, afraid to fall asleep. Ativan 1mg x2. Lido toxicity checks q4h: no tinnitus, no perioral numbness, no confusion.\n" +
    "GI: NPO for possible VT ablation tomorrow. Abd soft.\n" +
    "GU: Voiding, UO 1.2L.\n" +
    "Labs: Trop 0.04 -> 0.06 (post shocks). CK 210.\n" +
    "Social: Wife here all day, very frightened by shock witnessed, social work and chaplain in. Discussed w/ pt and wife re deactivating shocks if code status changes, pt wants full tx.\n" +
    "Plan: Lido/amio gtts, EP for VT ablation tomorrow, NPO after MN, keep K>4 and Mg>2, magnet at bedside.",
  "ccu npn 7p-7a\n" +
    "77 yo f day 3 s/p anterolateral mi w/ cardiogenic shock. cath: lm 40%, lad prox 95% -> des, lcx 70% (om1 80% not intervened), rca nondominant 50%. iabp via r fem since admit.\n" +
    "iabp: weaned 1:1 -> 1:2 @ 2000 per ccu team, tol well. ci 2.4 -> 2.3, map 68-74, augmented diastolic 98-106, assisted end diastolic 52. to 1:3 @ 0200, ci 2.2, svo2 64%, no cp, uo ok. balloon on 1:3 until am rounds for likely removal. heparin gtt 800u/hr, ptt 68. platelets 142 -> 118 -> 104, hit ab sent per md.\n" +
    "r groin: iabp site clean, no ooze, small old bruise unchanged. r dp/pt dopplerable, warm, cap refill <3 sec. l foot same. r leg straight, knee immobilizer on overnight as she keeps bending.\n" +
    "cv: nsr 80s-90s, occ pacs. bp 98-110/50s. dobutamine 2.5mcg/kg/min unchanged. swan: pa 42/20, wedge 16, ra 9, co 4.1, ci 2.2, svr 1150.\n" +
    "resp: 2l nc, sats 94-97%. ls crackles bases. is 750ml.\n" +
    "gi: clears, tol. +bs, no bm x3d, colace/senna given.\n" +
    "gu: foley, uo 50-90cc/hr. lasix 20mg iv @ 2200. cr 1.3 -> 1.2.\n" +
    "neuro: a&o x3 mostly, confused ~0300 thought she was at home, reoriented w/ family photos.\n" +
    "skin: coccyx reddened but blanchable, turned q2h w/ log roll.\n" +
    "social: husband called x1, updated, coming in am.\n" +
    "plan: discontinue iabp in am if ci stays >2.0, hold heparin 1 hr pre pull, manual pressure 30 min, bedrest 6h after.",
  "CCU RN Note 7p-7a\n" +
    "70 yo F s/p elective PCI this pm, RCA mid 85% -> DES x2, L fem 6Fr closed w/ Perclose. Adm to CCU from cath recovery @ 2015 for hypotension and back pain, ?RP bleed.\n" +
    "CV: On arrival BP 78/40, HR 112 ST, c/o L lower back and flank pain 7/10, diaphoretic. L groin site soft, no hematoma, no ooze, Perclose site dry. L DP/PT dopplerable, foot cool. MD at bedside, 1L NS wide open, type & cross 2u, stat Hct 36.1 (pre) -> 28.4. Heparin reversed w/ protamine 25mg slow IV @ 2030, pt flushed but no hypotension from it. ASA/Plavix held per interventional fellow. 2u PRBC given @ 2100 and 2230. BP 100s/60s after, HR 90s. Stat CT abd/pelvis @ 2130: L retroperitoneal hematoma, no active extravasation. Vascular surgery saw pt, no intervention now.\n" +
    "Hct trend: 28.4 -> 30.8 (post 1u) -> 32.2 -> 31.6 @ 0400. Plt 202. INR 1.1. PTT 28.\n" +
    "Resp: 2L NC, sats 97%. LS clear.\n" +
    "Neuro: A&O x3. Frightened, reassured.\n" +
    "GI: NPO. Abd soft, mildly tender LLQ. +BS.\n" +
    "GU: Foley placed, UO 30-60cc/hr, clear.\n" +
    "Pain: Morphine 2mg IV x2, pain 7 -> 3/10.\n" +
    "Skin: Bruising starting L flank, outlined w/ marker.\n" +
    "Social: Husband at bedside until 0100, updated by interventional fellow re bleed and plan. Very upset.\n" +
    "Plan: Hct q4h, transfuse for Hct <28 or unstable, flat bedrest, restart Plavix when OK'd by interventional (stent must stay open), q1h neurovasc checks L leg.",
  "ccu npn 7a-7p\n" +
    "pt 80 yo f pod #1 s/p dual chamber ppm for sss, c/o sharp cp + sob @ 0630, bp 82/50, hr 110s st, pulsus 18mmhg, jvd to jaw. bedside echo: mod-lg pericardial effusion w/ rv diastolic collapse, ? rv lead perforation. to cath lab @ 0745 for emergent pericardiocentesis, 420cc bloody fluid removed, pericardial drain left in. rv lead repositioned by ep in lab under fluoro.\n" +
    "cv: back @ 1015. st 90s -> nsr 80s, a-paced intermittently. bp 120s/60s. pulsus 6 mmhg. pericardial drain to gravity, 60cc serosang first hr, then 10-20cc/hr, total 140cc by 1800. drain flushed per protocol, site d&i. repeat echo @ 1500: trivial effusion. pacer interrogation post reposition: rv threshold 0.8v @ 0.4ms, r wave 8.2mv, impedance 590, all stable.\n" +
    "l chest pocket: small swelling unchanged from am, no ooze, dsg d&i.\n" +
    "r fem venous site from lab: soft, no hematoma, dp 2+.\n" +
    "heme: hct 34 -> 29.6 -> 30.1. coumadin held, no heparin per ep. inr 1.2.\n" +
    "resp: 2l nc, sats 95-98%. ls dim l base.\n" +
    "neuro: a&o x3, tired.\n" +
    "gi: clears, tol. +bs.\n" +
    "gu: voiding, 900cc.\n" +
    "pain: cp 2/10 pleuritic, tylenol, toradol held d/t bleeding.\n" +
    "social: son and dtr-in-law here, updated by ep, understand drain will stay ~24h.\n" +
    "plan: drain out when <25cc/8h, echo in am, pulsus q2h, call for bp <90 or drain >100cc/hr.",
  "CCU NPN 7p-7a\n" +
    "88 yo M w/ critical AS (AVA 0.6 cm2, mean gradient 52), EF 25%, not a surgical candidate per CT surg, s/p balloon aortic valvuloplasty this pm via R fem 12Fr, closed w/ Perclose x2 + manual pressure. Post BAV mean gradient 24, AVA 1.0. Cath same proc: LAD 50%, RCA 60%, no intervention. DNR/DNI.\n" +
    "CV: NSR 70s w/ new LBBB post proc, EP aware, no AV block seen. BP 102-118/50s. Murmur softer than pre-proc exam. No CP.\n" +
    "R groin: Large bore site w/ pressure dsg, small ooze @ 2030, manual pressure 15 min by this RN, then held. Small soft hematoma 3 x 3 cm, marked, unchanged overnight. No bruit. R DP/PT dopplerable, same as L. Leg warm.\n" +
    "Heme: Hct 33.4 -> 30.0 -> 30.4. Plt 160.\n" +
    "Resp: 3L NC, sats 92-95%. Crackles bases. Lasix 20mg IV x1 @ 2300, UO 500cc in 2hrs.\n" +
    "Neuro: A&O x2, not oriented to time, baseline per family. Calm.\n" +
    "GI: Tol soft diet, small amts.\n" +
    "GU: Foley, UO 40-120cc/hr. Cr 1.6 -> 1.7, bicarb gtt off @ 0100.\n" +
    "Skin: Frail, thin skin, skin tear L forearm from tape, steri-stripped, dsg. Coccyx w/ stage 1, duoderm.\n" +
    "Social: Two dtrs in until 2200, updated by covering MD, understand BAV temporary, may need repeat. Goals of care discussed, remain DNR/DNI.\n" +
    "Plan: Echo in am, OOB w/ PT, Hct in am, watch for heart block w/ new LBBB.",
  "ccu npn 7p-7a\n" +
    "pt 47 yo f adm from ed w/ submassive pe, cta w/ saddle embolus, rv strain on echo (rv>lv, mcconnell's sign), trop 0.41, bnp 690. hx ocp use, recent long flight. got tpa 100mg over 2h in ed, finished @ 1930. heparin gtt started after tpa per protocol w/ ptt < 80, no bolus.\n" +
    "cv: st 120s -> 100s -> 90s by 0400. bp 98/60 -> 120s/70s. no pressors needed. rv heave no longer palpable per resident. ekg: s1q3t3 improving, twi v1-v3 unchanged.\n" +
    "bleeding checks q1h x24h post lytic: neuro checks q1h, all piv sites (x3) w/o ooze, gums ok, no hematuria, stool guaiac neg, no abd/back pain. small ecchymosis at old abg site r radial, pressure 10 min, stable. hct 38.1 -> 36.0 -> 35.2. fibrinogen 310 -> 240. ptt 54 -> 66 on heparin 1200u/hr.\n" +
    "resp: 6l nc -> 4l nc, sats 91% -> 96%. rr 28 -> 18. ls clear. abg 7.46/30/68 on 6l earlier.\n" +
    "neuro: a&o x3, no ha, no vision changes, perrl.\n" +
    "gi: npo except meds, sips ok by 0200. abd soft.\n" +
    "gu: voiding, clear yellow, no blood.\n" +
    "extremities: l calf 2cm larger than r, tender, le dopplers in am.\n" +
    "skin: intact.\n" +
    "social: husband at bedside, very scared, updated by icu resident and this rn. 2 young kids at home w/ grandmother.\n" +
    "plan: repeat echo in am, le dopplers, heparin -> lovenox/coumadin, d/c ocp, hypercoag w/u per heme. call md for any neuro change or bleeding.",
  "CCU NPN 7a-7p\n" +
    "52 yo F w/ dilated CM s/p HeartMate II LVAD as destination therapy, adm w/ fever, driveline site erythema and purulent drainage x4 days.\n" +
    "LVAD: Speed 9400 rpm, flow 5.0-5.4 L/min, PI 5.2-5.9, power 6.0-6.3 W. No alarms. On batteries for walk in hall x1 w/ PT and this RN, switched back to PBU, no issues. Backup controller at bedside, charged batteries x4.\n" +
    "Driveline: Exit site L upper abd w/ 3cm erythema, induration, thick yellow drainage. Cx sent @ 0900. Sterile dsg change w/ chlorhex per VAD protocol, binder on to limit tugging. Site tender 5/10.\n" +
    "ID: Tmax 38.6 @ 0600 -> 37.9. WBC 14.2 -> 13.1. Vanco 1gm IV q12h (trough 11.4 pre 3rd dose, MD aware, dose increased) + cefepime. Blood cx x2 from 0700 NGTD. CT abd: fluid collection along driveline tract 2.4 cm, ? need for I&D per CT surg.\n" +
    "CV: SR 80s-90s. Doppler MAP 72-80. INR 2.3 on coumadin, heparin gtt stopped per VAD team now INR therapeutic. LDH 310 stable.\n" +
    "Resp: RA, sats 98%. LS clear.\n" +
    "GI: Appetite poor. Ensure x2. +BS, BM x1.\n" +
    "GU: Voiding, 1.6L.\n" +
    "Neuro: A&O x3. Frustrated about readmission, tearful at times.\n" +
    "Social: Husband is caregiver, in @ 1700, did driveline dsg w/ this RN watching, technique good, reviewed sterile steps.\n" +
    "Plan: Abx, follow cx, CT surg re I&D, ID consult, VAD team to follow, keep INR 2-3.",
  "ccu npn 7p-7a\n" +
    "pt 75 yo m adm w/ symptomatic brady hr 30s, junctional, k 7.2. on atenolol, diltiazem, lisinopril, spironolactone at home. cri baseline cr 2.0, now 3.8. got ca gluconate 2gm, insulin 10u + d50, bicarb 1 amp, kayexalate 30gm in ed. atropine 0.5mg x2 w/o much response.\n" +
    "cv: on arrival junctional 38-42, wide qrs 140ms, peaked t's. bp 84/40. transcutaneous pacer pads on, not pacing. glucagon 5mg iv bolus @ 2000 for ? b-blocker/ccb effect, pt vomited after, hr 50s briefly. glucagon gtt 3mg/hr started. dopamine 5 -> 10mcg/kg/min, map 60-65. calcium chloride 1gm via cvl x1 @ 2130 for ccb. by 0200 hr 55-62 sinus brady w/ 1st degree, qrs narrowing to 110. dopamine weaned to 5.\n" +
    "labs: k 7.2 -> 6.4 -> 5.8 -> 5.1. glucose 188 -> 64 (d50 amp given) -> 120. cr 3.8 -> 3.6. hco3 17 -> 20. dig level neg. ca 8.6.\n" +
    "resp: 2l nc, sats 96%. vomited on side, lungs clear after, cxr no infiltrate.\n" +
    "neuro: a&o x3 once hr improved, initially lethargic.\n" +
    "gi: zofran 4mg x1. npo except meds.\n" +
    "gu: foley, uo 20-40cc/hr, renal aware, no hd tonight unless k rebounds.\n" +
    "lines: r ij tlc placed by resident @ 2045, cxr ok. temp wire kit at bedside.\n" +
    "social: wife updated @ 2200 by this rn, she brought pill bottles, pharmacy reviewed.\n" +
    "plan: k q4h, fs q1h while on insulin effects, hold all nodal blockers + ace + aldactone, wean glucagon/dopa as hr allows, renal in am.",
  "CCU NPN 7a-7p\n" +
    "68 yo M w/ unstable angina, cath today via R radial: LM 60% distal, LAD prox 80%, D1 70%, LCx 90% prox, OM1 80%, RCA 100% chronic w/ L->R collaterals. EF 40%, mild inf HK. No intervention, CT surg consulted for CABG. Radial closed w/ TR band.\n" +
    "Radial: TR band 15cc on arrival @ 1130, deflation started @ 1330, 2cc q15min, oozing at 9cc removed so reinflated 3cc, wait 30 min, resumed, off @ 1600. Site dry, small bruise, no hematoma. R hand warm, radial + ulnar pulses 2+, no numbness. Forearm soft, no swelling.\n" +
    "CV: NSR 60s. BP 130s-140s/70s. 1 episode CP 4/10 @ 1420 w/ ST dep V4-V6, NTG SL x1 -> 0/10, ECG normalized. MD aware. Heparin gtt 1000u/hr restarted 2h post cath (no Integrilin, no Plavix d/t surgery). NTG gtt started 10mcg/min -> 30. Lopressor 25 q6h. IABP discussed for LM, deferred unless more pain.\n" +
    "Resp: RA, sats 97%. LS clear. PFTs done for pre-op.\n" +
    "GI: Tol cardiac diet. NPO after MN.\n" +
    "GU: Voiding. Cr 1.0 -> 1.1.\n" +
    "Endo: A1c 7.8. FS 140s.\n" +
    "Pre-op: Carotid US done: <50% bilat. Dental ok. Consent for CABG to be obtained by CT surg tomorrow. Hibiclens shower tonight.\n" +
    "Neuro: A&O x3, a little overwhelmed with 'bypass' news.\n" +
    "Social: Wife and 2 sons in, met w/ CT surg PA, questions answered. Rehab vs home after surgery discussed.\n" +
    "Plan: CABG x4-5 likely in 1-2 days, heparin/NTG, call MD for any CP.",
  "ccu npn 7p-7a\n" +
    "pt 79 yo f hd 4, s/p cath via r fem w/ pci to rca + lcx (des x3), used 310cc contrast. dm2, ckd baseline cr 1.6. now w/ rising cr and low uo, ? cin vs atheroemboli.\n" +
    "renal: cr 1.6 (pre) -> 2.1 -> 2.9 -> 3.4 tonight. bun 38 -> 61. k 4.8 -> 5.3. hco3 19. uo 10-20cc/hr via foley, total 240cc for shift. bladder scan neg before foley. renal consulted, urine lytes sent, fena 0.8%. bicarb gtt 150meq/l @ 75cc/hr cont. mucomyst 1200mg po bid cont. lasix 80mg iv x1 @ 2200 w/ minimal response, 60cc. renal says may need hd if k >6 or fluid overloaded.\n" +
    "skin/extremities: bilat toes w/ mottled/lacy purplish discoloration (livedo), new since am per day rn, ? cholesterol emboli, pedal pulses dopplerable. eos 6%. r groin site soft, no hematoma, angio-seal site dry, no bruit.\n" +
    "cv: nsr 70s. bp 140s-160s/60s. no cp. asa/plavix cont.\n" +
    "resp: 2l nc, sats 93-95%. ls crackles bases, up from am. weight +1.8kg.\n" +
    "neuro: a&o x3, no asterixis.\n" +
    "gi: renal diet, low k. ate little.\n" +
    "endo: metformin d/c'd. fs 150-180, ss insulin.\n" +
    "heme: hct 31 stable.\n" +
    "social: dtr in until 2030, updated re kidney function, ? dialysis. dtr upset pt 'came in for a stent and now this'. support given.\n" +
    "plan: renal to see in am, bmp q6h, strict i&o, daily wt, hold nephrotoxins, foley. call for k >5.8.",
  "CCU RN Progress Note 1900-0700\n" +
    "61 yo M HD 6 after NSTEMI, cath: LAD 70% -> DES, OM1 60%, RCA ok. Has been on heparin since admit. Plt 220 -> 180 -> 112 -> 74 today. HIT Ab positive (OD 1.6), SRA pending. L leg swelling noted this pm, dopplers: L popliteal DVT.\n" +
    "Heme: All heparin d/c'd including flushes and heparin-coated lines (PA catheter pulled @ 1900, CVL changed to non-coated). HIT band on wrist, allergy updated. Argatroban started @ 2000 @ 2mcg/kg/min, no bolus. PTT 31 (baseline) -> 58 -> 72, goal 1.5-3x baseline, rate unchanged. Plt 74 -> 69. INR 1.8 on argatroban (lab aware it falsely elevates INR). No bleeding from sites.\n" +
    "Extremities: L calf 4cm > R, warm, mild pain 3/10. L DP/PT 2+. No mottling. R groin cath site soft, no hematoma, Angio-Seal site healed.\n" +
    "CV: NSR 70s-80s, rare PVC. BP 120s/70s. No CP. ASA/Plavix cont per cards, aware of plt.\n" +
    "Resp: RA, sats 97%. LS clear, no SOB, no PE sxs.\n" +
    "GI: Tol diet. Protonix.\n" +
    "GU: Voiding, clear.\n" +
    "Neuro: A&O x3, reading, slept well after 0100.\n" +
    "Social: Wife called, updated by this RN re new clot and blood thinner change. Pt educated re HIT, will need to tell all future providers.\n" +
    "Plan: Argatroban per nomogram, PTT q2h until stable x2 then q6h, plt daily, coumadin once plt >150, heme following.",
  "ccu nursing note 7a-7p\n" +
    "pt 45 yo m w/ familial dilated cm, ef <10%, class iv, inotrope dependent, on transplant list status 1b -> made 1a today after swan placement. icd in place (medtronic single chamber), biv not done d/t narrow qrs.\n" +
    "drips: primacor 0.375 mcg/kg/min, dobutamine 5 mcg/kg/min started @ 0900 for ci 1.6, lasix gtt 20mg/hr, natrecor off since yest d/t bp 80s. amio po 200 daily.\n" +
    "swan (l ij, 50cm): ra 16 -> 12, pa 62/34 -> 54/28, wedge 28 -> 22, co 3.0 -> 4.2, ci 1.6 -> 2.2, svr 1520 -> 1040, svo2 44 -> 60%. pvr 3.4 wood units, vasodilator challenge w/ nitroprusside in am per tx team.\n" +
    "cv: sr 90s-100s w/ frequent pvcs, nsvt 6 beats x2 @ 1130/1410 after dobutamine up, md aware, k 4.0 -> repleted to 4.6, mg 2.4. bp 86-96/50s. cool extremities, better by afternoon.\n" +
    "icd: not interrogated today, no shocks.\n" +
    "resp: ra -> 2l nc, sats 94-96%. ls crackles bases. no orthopnea since diuresis.\n" +
    "gi: 2gm na, 1.2l fluid restrict. poor appetite, early satiety. liver edge 3cm below costal margin, lft's ast 88 -> 64, t bili 2.1 -> 1.8.\n" +
    "gu: voiding urinal, uo 150-300cc/hr on lasix, net -2.8l. cr 1.8 -> 1.6. bun 58.\n" +
    "neuro: a&o x3, depressed mood, quiet. sw in.\n" +
    "social: wife here most of day, 2 teenage kids came after school, updated by tx coordinator and this rn. family is very involved, know tx process well.\n" +
    "plan: vasodilator challenge in am, tx w/u labs (pra, hla) sent, keep swan, cont inotropes, daily wt, lvad as bridge if no organ soon.",
  "CCU NPN 7p-7a\n" +
    "56 yo M out of hospital VF arrest, bystander CPR, shocked x3 by EMS, ROSC ~18 min. Cath: LAD prox 100% thrombotic -> aspiration + DES, RCA 40%, LCx nl. EF 30%. Comatose on arrival, therapeutic hypothermia protocol started @ 1800 w/ Arctic Sun pads + cold NS 2L.\n" +
    "Cooling: Target 33C reached @ 2130, bladder temp 32.8-33.4. Pads intact, water temp 14-22C. Shivering @ 2200 (BSAS 2), demerol 25mg IV x1, buspar via OGT, increased fentanyl. Cisatracurium gtt started @ 2230 w/ TOF 2/4. Skin under pads checked q2h, no burns, mottling to knees while cold. Rewarm scheduled @ 1800 tonight, 0.25C/hr.\n" +
    "CV: Sinus brady 40s-50s at 33C (expected), BP 100s-120s/60s, MAP 70-80 on Levophed 0.04. QTc 530 cooled. K 4.2 -> 3.4 (shift into cells w/ cooling), repleted 20meq, careful d/t rebound w/ rewarm. R fem sheath pulled @ 0100, manual pressure 20 min, FemoStop not needed, site soft, no hematoma, DP dopplerable.\n" +
    "Resp: AC 550x16, PEEP 5, FiO2 40%. ABG (temp corrected) 7.40/38/142. LS clear. ETT 23 @ lip.\n" +
    "Neuro: Propofol 30mcg/kg/min + fentanyl 100mcg/hr. Pupils 3mm sluggish bilat. Corneals +, gag +, cough +. No seizure activity seen, EEG leads on. Paralyzed so no motor exam.\n" +
    "GI: OGT LIS, no TF while cold. Protonix.\n" +
    "GU: Foley temp probe, UO 150-250cc/hr (cold diuresis).\n" +
    "Endo: Insulin gtt 2-4u/hr, FS 140-190.\n" +
    "Heme: Integrilin off @ 0200, heparin gtt 800u/hr, Plt 198.\n" +
    "Social: Wife and brother here, updated by CCU attending re cooling and that prognosis can't be known for several days. Very tearful.\n" +
    "Plan: Maintain 33C x24h, rewarm slowly, neuro exam off sedation after normothermic.",
  "ccu npn 7a-7p\n" +
    "pt 39 yo f w/ idiopathic pulm htn, on flolan via hickman at home 28 ng/kg/min, adm w/ rv failure, syncope x1, ascites. swan placed in cath lab via r ij (not through hickman).\n" +
    "flolan: 28 ng/kg/min via dedicated lumen of hickman, home cadd pump switched to hospital pump per protocol w/ 2 rn check, never interrupted. backup cassette mixed and in fridge per pharmacy. never flush this line. hickman site clean, dsg changed, no erythema.\n" +
    "swan: ra 18, pa 92/40 (mean 58), wedge 10, co 2.9, ci 1.7, pvr 16 wu, svo2 52%. dobutamine 3mcg/kg/min started @ 1100 -> ci 2.1, svo2 60%. inhaled no 20ppm trial in cath lab w/ minimal response.\n" +
    "cv: st 100s-110s. bp 88-96/50s. no syncope today. jvd to ear. nsvt 4 beats x1.\n" +
    "resp: 4l nc, sats 90-93%. ls clear. rr 24, dyspneic w/ turning.\n" +
    "gi: ascites, abd distended, girth 98cm. tol small meals. lft's up, alt 140.\n" +
    "gu: foley, lasix 80mg iv bid -> uo 80-150cc/hr, net -1.1l. cr 1.3 -> 1.2. na 132.\n" +
    "neuro: a&o x3, very knowledgeable about her meds, corrected this rn on flolan concentration (was right).\n" +
    "skin: +2 edema bilat le. flolan flushing of face, jaw pain w/ eating (baseline).\n" +
    "social: partner at bedside, knows pump well. parents called, updated.\n" +
    "plan: cont flolan, dobutamine, diurese, ph team to discuss lung tx referral, no hypotension-causing drugs, avoid air in any line.",
  "CCU RN Note 7a-7p\n" +
    "34 yo M w/ IVDU, MSSA bacteremia, tricuspid + aortic valve endocarditis, TEE: 1.8cm mobile veg on TV, 1.1cm veg on AV w/ mod-severe AI, no abscess. Septic pulm emboli on CT. Transferred to CCU for new 1st degree AVB -> Mobitz I this am, ? aortic root abscess.\n" +
    "CV: SR 90s w/ PR 220 -> 280ms, Wenckebach @ 0950 + 1300, HR 60s during. No Mobitz II or CHB. Pads on. EP aware, no temp wire now. BP 130s/40s (wide pulse pressure), diastolic murmur loud at LSB. No CP.\n" +
    "ID: Tmax 39.1 @ 1200. Nafcillin 2gm IV q4h, gent synergy d/c'd yest. Blood cx x2 from yest + today pending, previous pos x4. WBC 16.8 -> 18.2. ESR 98.\n" +
    "Resp: 2L NC, sats 94%. LS coarse R base, pleuritic pain R side 5/10. CXR multiple nodules.\n" +
    "Neuro: A&O x3. No focal deficits. Pupils equal. Asking for pain meds frequently, states pain 8/10, dilaudid 1mg IV q3h prn, pt requesting more, MD aware, methadone 40 daily cont (verified w/ clinic).\n" +
    "GI: Reg diet, ate 50%. Hep C+.\n" +
    "GU: Voiding. Cr 0.9.\n" +
    "Skin: Track marks bilat arms, old. Janeway lesions on soles bilat, splinter hemorrhages L 2nd/3rd fingers. No Osler nodes seen. PICC not placed d/t bacteremia, PIV x2.\n" +
    "Social: Mother called, pt gave permission to update, updated by this RN. Social work/addiction consult in.\n" +
    "Plan: Repeat TEE tomorrow ? root abscess, CT surg eval for AVR, tele/pads, serial ECGs for PR, blood cx daily until neg.",
  "cath lab recovery rn note\n" +
    "pt 63 yo m for staged pci to d2 + om1 after stemi last admit (rca stented then). access l radial as r radial occluded from first cath. results: om1 85% -> des, d2 75% -> balloon only (small vessel), rca stent patent, lad 30%. 180cc contrast. angiomax bolus + gtt in lab, stopped at end.\n" +
    "l wrist: tr band 14cc on arrival @ 1340. bp 180/90 on arrival, site oozing around band @ 1355 -> added 2cc air, ooze stopped. bp treated w/ hydralazine 10mg iv + home meds given, bp 140s by 1500. started deflation @ 1540, 3cc q15min, ooze @ 8cc removed, reinflate 2cc, waited 30 min, cont, band off @ 1805. small 2x2cm hematoma proximal to site, soft, marked, no growth x1hr. l hand warm, pink, radial 1+, ulnar 2+, pulse ox on l thumb 98% w/ good waveform. no c/o numbness. told not to bend wrist.\n" +
    "cv: nsr 70s, no ectopy. no cp. ekg no change.\n" +
    "resp: ra, sats 97%.\n" +
    "gi: tol sandwich and juice.\n" +
    "gu: voided 500cc. ivf ns @ 100cc/hr x 4h. cr 1.2 pre.\n" +
    "meds: plavix cont, asa 325, lipitor, lisinopril, coreg.\n" +
    "neuro: a&o x3.\n" +
    "labs: hct 41 -> 39.8 post. k 4.0.\n" +
    "social: wife here, both taught radial site care, no heavy lifting or pushing up w/ l hand x 48h, hold pressure and call if bleeding, watch hand color/numbness.\n" +
    "plan: overnight obs on tele, d/c in am if hct stable and site ok. cardiac rehab referral.",
  "CCU NPN 7a-7p\n" +
    "72 yo F w/ persistent AFL/AF x2 mos, CHF exacerbation, EF 35% (was 55% last yr, ? tachycardia-mediated CM). Amio gtt since adm, HR still 110s-130s. TEE/DCCV today.\n" +
    "TEE/DCCV @ 1030 in CCU: Propofol by anesthesia. TEE: no LAA thrombus, spontaneous echo contrast, LAA velocity 28 cm/s, mod MR. DCCV synchronized biphasic 150J x1 -> atypical flutter, 200J x1 -> NSR 70s. Post: sinus w/ PACs, 1 pause 2.4 sec @ 1045, then stable. BP dipped 84/50 w/ propofol, recovered w/o intervention. Airway maintained w/ jaw thrust + NC, sats nadir 91%.\n" +
    "Post proc: Pt awake @ 1110, NPO x2h for TEE (throat numb), swallow screen passed @ 1300. Pad sites on chest/back mild erythema, no blisters.\n" +
    "CV: NSR 60s-70s rest of shift, rare PAC. QTc 468 on amio. Amio gtt 0.5mg/min -> changed to PO 400 bid @ 1600. Heparin gtt 1100u/hr, PTT 72. Coumadin 5mg tonight, INR 1.4. Must be anticoagulated at least 4 wks post DCCV, pt aware. BP 110s-120s/60s.\n" +
    "Resp: 2L NC -> RA @ 1500, sats 95%. LS fine crackles bases.\n" +
    "GI: Tol lunch, clears first then soft.\n" +
    "GU: Voiding. Lasix 40 IV bid, UO 1.8L, net -1.2L. K 3.8 -> 4.3 after 40meq.\n" +
    "Labs: TSH 3.1, LFTs baseline for amio ok, BNP 1240 -> 880.\n" +
    "Neuro: A&O x3, drowsy after sedation, fully awake by noon.\n" +
    "Social: Husband here all day, pleased w/ result. Taught re amio side effects, coumadin diet and INR checks.\n" +
    "Plan: Tele, heparin until INR 2, echo in 6-8 wks off rapid rates, f/u EP re ablation if recurs.",
  "ccu npn 7p-7a\n" +
    "pt 59 yo m w/ hcm, s/p medtronic dual chamber icd 2005 for primary prevention, adm after 4 shocks at home while carrying groceries, felt fine before each. ? inappropriate.\n" +
    "device: interrogated in ed by ep fellow + device rep: rv lead (sprint fidelis) impedance 2450 ohms (was 520 baseline), multiple short v-v intervals (non-physiologic, 130-160ms), noise on rv sensing channel w/ arm movement, 4 shocks delivered for 'vf' = noise. no true arrhythmia seen in stored egms. tachy therapies turned off @ 1930 by ep. pacing mode changed to aai 50 as pt not pacer dependent, underlying sinus 60s.\n" +
    "cv: nsr 60s-70s, no vt/vf on tele overnight. external defib + pads on at all times since icd off. bp 110s-120s/60s. systolic murmur louder w/ valsalva (known, lvot gradient 40 resting). metoprolol 50 bid cont. keep euvolemic, avoid dehydration + nitrates.\n" +
    "resp: ra, sats 98%. ls clear.\n" +
    "neuro: a&o x3. anxious about being w/o protection, reassured pads on and staff close. ativan 0.5mg at hs.\n" +
    "gi: npo after mn for lead extraction vs new lead in ep lab in am.\n" +
    "gu: voiding.\n" +
    "skin: l chest pocket well healed, no erythema. mild redness ant chest wall from shocks.\n" +
    "labs: k 4.1, mg 2.0 -> 2gm iv, cr 0.9, inr 1.0, type & screen sent.\n" +
    "social: wife here until 2200, updated re lead recall, very angry about 'faulty wire'. given info sheet from device co.\n" +
    "plan: ep lab in am for new rv lead, keep pads on, tele, do not turn on tachy therapies w/o ep.",
];

/** Decision 250's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision250Corpus(): Corpus {
  return { notes: [], clean: DECISION_250_LONG_CLEAN };
}
