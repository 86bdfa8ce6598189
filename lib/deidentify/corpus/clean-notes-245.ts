// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008, taken across every
// kind of unit (MICU, SICU, CCU, CSRU, neuro ICU) and typed by several different staff nurses: some
// system by system, some D/A/R or S/O/A/P, some as a numbered problem list, with truncated and
// misspelt words, lab trends with arrows and slashes, drips and med lists with doses and clock times,
// oncology and transplant patients (chemo regimens, immunosuppressant levels) and plenty of anatomy
// eponyms, signs and scales. They are by "an eighty-seventh writer who had not read the guard's
// rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 245: thirty long clean ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_245_LONG_CLEAN: string[] = [
  "MICU NPN 7A-7P\n" +
    "58 YO F W/ NEWLY DX AML (M4), DAY +12 OF 7+3 (ARA-C/IDA), TX'D TO MICU FROM ONC FLOOR W/ NEUTROPENIC FEVER + HYPOTN. FULL CODE.\n" +
    "NEURO: A+OX3, ANXIOUS AT TIMES, ATIVAN .5MG IV X1 @ 1400 W/ GOOD EFFECT. MAE, PERRLA. DENIES HA. NO NUCHAL RIGIDITY, KERNIG/BRUDZINSKI NEG PER HO.\n" +
    "CV: HR 110-128 ST, NO VEA. BP 84-96/40-50 ON ARRIVAL, NEO STARTED @ .5MCG/KG/MIN VIA R SC HICKMAN (DBL LUMEN), TITRATED TO 1.2, NOW .8 W/ MAPS 62-70. RECEIVED 3L LR + 500CC ALB 5%. CVP 6-9. PERIPH PULSES PALP, EXTREMS WARM.\n" +
    "RESP: RA -> 2L NC -> 4L NC W/ SATS 93-96%. RR 24-30, SL TACHYPNEIC. LS CLEAR UPPER, FINE CRACKLES L BASE. CXR ?EARLY LLL INFILTRATE. CHEST CT PENDING TO R/O ASPERGILLUS (?HALO SIGN). IS TO 750CC.\n" +
    "GI: MUCOSITIS GR 2, MOUTH CARE Q2H W/ BIOTENE + MAGIC MOUTHWASH. TAKING SIPS ONLY. ABD SOFT, NT, +BS. LOOSE STOOL X2 GUAIAC NEG, C-DIFF SENT.\n" +
    "GU: FOLEY PLACED, UO 30-60CC/HR CLEAR YELLOW. BUN/CR 22/1.1 -> 28/1.4.\n" +
    "HEME: WBC 0.2 (ANC 0) / HCT 22.1 / PLT 9. TRANSFUSED 1U PRBC (IRRAD, LEUKOREDUCED) + 1 BAG SDP PLTS. POST PLT CT 31. PETECHIAE BIL LE, NO ACTIVE BLEEDING. NEUTROPENIC PRECAUTIONS MAINTAINED, NO PR MEDS/TEMPS.\n" +
    "ID: TMAX 39.4 @ 1000, TYLENOL 650MG PO. CEFEPIME 2G Q8H CONT, VANCO 1G Q12H ADDED, AMBISOME STARTED 1500. BCX X2 FROM EACH LUMEN + PERIPH, UCX SENT. ACYCLOVIR PPX CONT.\n" +
    "ENDO: FSBG 140-180, COVERED PER RISS.\n" +
    "SKIN: INTACT, BRADEN 15. TURNED Q2H.\n" +
    "SOCIAL: HUSBAND + SISTER IN TO VISIT, UPDATED BY ONC FELLOW + RN. PT TEARFUL, SOC WORK CONSULT PLACED.\n" +
    "PLAN: WEAN NEO AS TOL, F/U CX + CT, TRANSFUSE FOR PLT <10 OR HCT <21, CONT NEUTROPENIC PRECAUTIONS.\n" +
    "RN",
  "SICU NSG NOTE 1900-0700\n" +
    "S: Pt c/o incisional pain 6/10 at start of shift -> 3/10 after PCA adjusted. 'Can I have some ice chips?'\n" +
    "O: 71 yo M POD #3 s/p pylorus-preserving Whipple for panc head adenoCA. Neuro: A+Ox3, calm, approp. Dilaudid PCA 0.2mg q10min lockout, no basal, using approx 1.4mg/hr. Tmax 37.9, HR 88-104 SR/ST w/ occ PACs, BP 118-142/60s. Lopressor 5mg IV q6h given 2400 + 0600. Lungs dim bilat bases, coarse R upper, IS to 600cc w/ coaching. 3L NC sat 94-97%. CXR bibasilar atelectasis. Abd softly distended, midline incision w/ staples, well approx, no erythema, sm serous drainage on dsg at inferior pole. JP #1 (near panc anast) 90cc serosang, JP #2 (hepaticojejunostomy) 35cc serous, amylase sent off JP #1 per team. NGT to LCWS 250cc bilious, no flatus yet. Foley UO 40-70cc/hr. TPN @ 85cc/hr + lipids. FSBG 156/188/142 on insulin SS. Labs: K 3.4 -> 40mEq KCl IV, Mg 1.7 -> 2g Mg sulfate, Phos 2.1. Hct 29.6 (was 30.2). WBC 14.1 -> 12.4. Serum amylase 88, lipase 102. Heparin SC 5000u q8h, pneumoboots on.\n" +
    "A: Slow but steady post Whipple, pain better controlled, ?early panc leak vs expected drainage, mild atelectasis.\n" +
    "P: Cont PCA, f/u JP amylase, aggressive pulm toilet, OOB to chair in am w/ PT, cont NGT until flatus, cont TPN, lytes in am. Wife called @ 2200, updated on plan, will visit after work tomorrow.\n",
  "CCU NPN 3-11\n" +
    "64M adm via cath lab w/ ant STEMI, 100% prox LAD occlusion, s/p PTCA + DES x2, IABP placed for cardiogenic shock. Killip class III on arrival.\n" +
    "#1 Cardiogenic shock: IABP 1:1 via R fem, augmented diastolic 110-124, assisted end diastolic 48-55, timing good. Dopa 5mcg/kg/min, dobut 5. Swan #s @ 1600: PA 44/26, PCWP 24, CVP 14, CO/CI 3.4/1.7, SVR 1340. @ 2000 after lasix 40 IV: PCWP 19, CO/CI 3.9/2.0. SvO2 58 -> 63%. R groin site dry, no hematoma, DP/PT dopplerable R, palp L. HOB <30 deg, R leg straight, pt reminded freq.\n" +
    "#2 CAD s/p LAD stent: Plavix 75, ASA 325, Integrilin 2mcg/kg/min x18h (until 0600). Heparin 800u/hr, PTT 62. CK 1840 -> 2620 -> 2390, MB 248 -> 310 -> 276, trop T 5.8. No CP since cath. ECG ST elev V1-V4 resolving, Q waves V2-V3.\n" +
    "#3 Resp: 4L NC -> 50% face tent w/ sat 93-95%. Bibasilar crackles 1/3 up. CXR c/w pulm edema.\n" +
    "#4 Renal: UO 25-40cc/hr -> 150cc/hr post lasix. Cr 1.3 -> 1.6. Mucomyst 600mg bid post contrast.\n" +
    "#5 Rhythm: SR 90s, runs of NSVT up to 8 beats x3, K 3.8 -> 40mEq KCl, Mg 1.9 -> 2g. Amio not started per team, cont to monitor.\n" +
    "#6 Psychosocial: Wife + 2 sons in, very anxious, met w/ attending @ 1800. Pt asking about 'getting back on the job', reassured.\n" +
    "Plan: wean dopa as tol, echo in am for EF, IABP wean to 1:2 if CI >2.2 overnoc, NPO after MN for possible add'l intervention.\n",
  "csru npn 7p-7a\n" +
    "pt is 69 yo m s/p cabg x3 (lima-lad, svg-om, svg-pda) + mvr w/ #29 mech valve, cpb time 142 min, xclamp 118.\n" +
    "neuro: arrived from or intubated on propofol, reversed, awake @ 2130, following commands, mae. extubated @ 0015 w/o difficulty. now a+ox3, pain controlled w/ mso4 2mg iv prn + toradol 15mg iv q6h x4 doses.\n" +
    "cv: av paced @ 88 via epicardial wires (2 atrial, 2 vent), underlying junctional 50s. pacer ma 10/10, sens 2. levophed .04 mcg/kg/min weaned off @ 0300, milrinone .375 cont. ntg gtt for sbp >130, off since 0100. swan: pa 38/20, ci 2.1-2.6, svo2 62-68%. cvp 10-14. k 4.1, mg 2.4, ica 1.08 -> 1g ca gluc. hct 26.4 -> 25.8.\n" +
    "ct: 2 mediastinal + L pleural to -20 sxn via pleur-evac, 480cc total 1st 4 hr (180/140/90/70), now 30-40cc/hr serosang, no air leak, no clots. blake drain to bulb 20cc.\n" +
    "resp: 4l np, sats 95-98, lungs dim L base, is 500cc, coughing w/ splint pillow. cxr post extubation ok, no ptx.\n" +
    "gi/gu: abd soft, hypoactive bs, sips clears tol. foley uo 100-300cc/hr after lasix 20 iv x1. i/o +2650/-1890 since or.\n" +
    "endo: insulin gtt per csru protocol @ 2-6u/hr, bg 110-148.\n" +
    "heme: coumadin to start pod 1 for mech valve, inr 1.3. plt 112.\n" +
    "skin: sternal dsg d+i, L leg evh site w/ ace wrap, no bleeding. bair hugger off once temp 36.8.\n" +
    "social: wife + daughter in @ 2000, updated, visited briefly.\n" +
    "plan: wean milrinone in am, d/c swan, cont pulm toilet, dangle/oob in am.\n",
  "Neuro ICU nursing note 0700-1500\n" +
    "D: 52 yo F day 6 s/p SAH from ruptured R PComm aneurysm, Hunt-Hess 3, Fisher grade 3, s/p coiling. EVD R frontal. In vasospasm window.\n" +
    "Neuro: GCS 13 (E3 V4 M6) -> 14 by noon. Oriented to self + place, not yr. PERRL 3->2 brisk. L pronator drift noted @ 1000, not noted by night RN. Grips L 4/5, R 5/5. Neg Babinski bilat. HA 5/10 relieved w/ fioricet + tylenol. EVD open @ 10cm H2O above tragus, ICP 8-14, CSF 8-15cc/hr blood tinged, clearing. Nimodipine 60mg PO q4h, held x1 for SBP 118 per NSGY then changed to 30mg q2h.\n" +
    "CV: SBP goal 160-200 (triple H), neo 1.5-2mcg/kg/min. HR 60s-70s SB/SR. CVP 8-11. Albumin 5% 250cc x2 for CVP <8.\n" +
    "Resp: RA sat 96-99. LS clear.\n" +
    "GI/GU: Tol reg diet, 50%. Colace/senna. Foley UO 150-300cc/hr. Na 138 -> 134 -> 133, ?CSW vs SIADH, NaCl tabs 2g TID started, no fluid restrict per team.\n" +
    "A: New L drift w/ incr sleepiness, concerning for vasospasm. TCDs @ 1100 R MCA mean velocity 168 (up from 122), Lindegaard ratio 4.1.\n" +
    "R: NSGY resident + attending aware, SBP goal incr to 180-220, neo up to 3. Pt to angio @ 1315 for intra-arterial verapamil, back 1440, drift improved. Groin site soft, DP/PT palp. Neuro checks q1h. Husband at bedside most of day, updated by team + RN, understands plan.\n",
  "MICU RN NOTE 11P-7A\n" +
    "D: 44 yo M w/ ESRD d/t FSGS s/p living related renal txp in 2004, adm w/ pyelo of allograft + urosepsis, ARF. Immunosuppression: tacro (FK506) 3mg bid, Cellcept 500 bid (held per renal txp team d/t sepsis), pred 7.5 daily -> stress dose hydrocort 50 IV q6h. FK level this am 14.8 (goal 6-8), 0900 dose held, level to be redrawn.\n" +
    "VS: T 38.6 -> 37.4 after tylenol, HR 104-118 ST, BP 92-104/50s, off levophed since 2300. RR 20s. Sat 95% 2L NC.\n" +
    "Neuro: A+Ox3, tremulous hands (?FK toxicity), no sz activity. Sleeping in naps.\n" +
    "Renal: Allograft RLQ tender to palp, no erythema over site. UO 15-30cc/hr via foley, cloudy. BUN/Cr 48/3.9 (baseline Cr 1.4). K 5.4 -> kayexalate 30g PO @ 0200, repeat K 4.9. HCO3 17. Renal US mild hydro of graft, no abscess. Txp fellow aware.\n" +
    "ID: Zosyn 2.25g IV q6h (renally dosed), vanco by level. UCx >100K GNR, BCx 1 of 2 GNR. CMV PCR sent.\n" +
    "GI: Tol clears. Protonix 40 IV. Abd soft, nontender except over graft. BM x1 formed, guaiac neg.\n" +
    "Skin: R AV fistula (old, nonfunctioning) no thrill, R arm restricted. Coccyx intact, Braden 17.\n" +
    "A: Hemodynamics improving off pressors, still oliguric, FK supratherapeutic likely contributing to AKI.\n" +
    "R: Cont abx, hold FK per txp team, recheck FK + lytes @ 0600, strict I/O (since MN 1240/385), 500cc NS bolus @ 0330 for UO <20 w/ sl response. Pt wanting to talk w/ his mom who is 'worried sick', RN called mom at pt's request, updated re stability.\n",
  "micu npn nights\n" +
    "76 yo f w/ severe copd (fev1 0.6L, home o2 2l), adm w/ copd flare + hypercarbia. dnr / ok to intubate per pt + hcp (son).\n" +
    "#1 hypercarbic resp failure: bipap 12/5 fio2 40% via full face mask, tol fairly, off q2-3h for sips + mouth care, on 2l nc during breaks w/ sats 88-91%. abg on arrival 7.21/88/62 -> 7.29/74/71 @ 0100 -> 7.33/66/68 @ 0500. rr 28 -> 20. using accessory muscles less. lungs tight w/ diffuse exp wheezes, pursed lip breathing. albuterol/atrovent nebs q2h + prn, solumedrol 60 iv q6h, azithro 500 iv daily.\n" +
    "#2 ms: somnolent on arrival, now arousable to voice, oriented x3, no asterixis. avoiding sedating meds.\n" +
    "#3 cor pulmonale/rhythm: hr 90-110 mat vs afib, dilt 10mg iv x1 @ 2330 w/ rate down to 80s, then dilt 30 po q6h. bp 130-150/70s. bilat le edema 2+ pitting, jvd to angle of jaw @ 45 deg.\n" +
    "#4 hyperglycemia on steroids: fsbg 212/248/196, covered per riss.\n" +
    "#5 nutrition: npo except sips while on bipap, will need s+s eval once off.\n" +
    "#6 skin: bridge of nose reddened from mask, duoderm applied, braden 14. coccyx intact.\n" +
    "social: son (hcp) called x2, updated. pt states she 'will never smoke again'.\n" +
    "plan: cont bipap overnoc, trial off in am, recheck abg, cont steroids/nebs, watch for fatigue, call ho if pco2 climbing.\n",
  "SICU NURSING PROGRESS NOTE 7A-7P\n" +
    "57 yo M POD #2 s/p OLT (cadaveric, piggyback technique) for HCV cirrhosis + HCC, MELD 28 prior to txp, Child-Pugh C. CMV D+/R-.\n" +
    "NEURO: Propofol off @ 0800, extubated @ 1030, awake, follows commands, asterixis resolved. Fentanyl 25mcg IV prn, using q3-4h.\n" +
    "CV: HR 80-96 SR. SBP 110-150. CVP 6-9. Off levophed since yesterday. Art line R radial, Allen's test neg prior to placement.\n" +
    "RESP: Extubated to 50% face tent -> 4L NC, sats 96-99%. RR 16-22. LS dim R base, R pleural effusion on CXR. IS to 1000cc.\n" +
    "GI: Abd soft, mod distended, approp tender. Chevron incision w/ staples. JP x3: R subhepatic 180cc serosang, L subhepatic 110cc, posterior 60cc, bili sent off each per team (1.2/1.8/0.9). NGT d/c'd after extubation. NPO except ice chips. Hepatic doppler US @ 1400: good flow HA + PV, RI 0.68.\n" +
    "LABS: AST/ALT 1420/980 -> 860/740 -> 540/612. T bili 4.8 -> 4.1. INR 1.9 -> 1.6. Plt 48 -> 52. Lactate 2.8 -> 1.4. Hct 27.0 stable. Glucose 140-190 on insulin gtt 2-4u/hr.\n" +
    "IMMUNOSUPPRESSION: Tacro 1mg PO bid (1st dose POD1), FK level 4.2 this am, goal 8-10, dose incr to 2mg bid. Cellcept 1g IV bid. Solumedrol taper 200 -> 160 -> 120 today. Bactrim SS daily, fluconazole, valcyte per protocol.\n" +
    "GU: Foley, UO 60-120cc/hr. Cr 1.3 stable.\n" +
    "SOCIAL: Wife + dtr in all day, very engaged, med teaching started.\n" +
    "PLAN: dangle/OOB to chair, adv to clears if flatus, f/u FK level in am.\n",
  "CCU Nursing Progress Note 1900-0700\n" +
    "S: 'I can breathe better lying flatter tonight.' Slept on 2 pillows (was 4).\n" +
    "O: 81 yo F w/ ischemic CMP, EF 15-20%, NYHA IV, BiV ICD, adm w/ ADHF + ARF. T 36.4, HR 70 V-paced, BP 88-102/48-60, RR 18-22, sat 94-97% 2L NC. Natrecor 0.01mcg/kg/min, lasix gtt 10mg/hr (after 80mg IV bolus @ 2000). Dobutamine 2.5mcg/kg/min unchanged. UO 80-200cc/hr, I/O 24h 1020 in / 3460 out, neg 2.4L. Wt 71.2kg (adm 76.8). JVP down to 10cm from 14. Crackles now 1/4 up bilat (was 1/2 up). 2+ sacral + pedal edema, improving. S3 at apex. Labs: Na 131/K 3.6/Cl 92/HCO3 31/BUN 64/Cr 2.1 (up from 1.8). Mg 1.8. BNP 2840 -> 1960. Dig level 0.9. K repleted 20mEq PO x2, Mg 2g IV. Coumadin held, INR 2.8.\n" +
    "Neuro: A+Ox3, pleasant, HOH, hearing aid L ear. Ambien 5mg @ 2200 per home regimen.\n" +
    "GI: Tol cardiac diet 25%, c/o poor appetite. BM x1 soft, guaiac neg. Colace held.\n" +
    "Skin: Coccyx stage I, reddened but blanchable, repositioned q2h, waffle cushion. Braden 13, Morse fall score 55, bed alarm on.\n" +
    "A: Diuresing well, resp status improved, mild contraction alkalosis + rising Cr, watch closely.\n" +
    "P: Cont Natrecor/lasix gtt, reassess in am w/ lytes, strict I/O, daily wt, 1.5L fluid restrict, 2g Na diet. Pt DNR/DNI, confirmed w/ pt. Son called from out of state, updated.\n",
  "NEURO ICU NPN 1500-2300\n" +
    "66 yo M adm via ED s/p IV tPA (0.9mg/kg, total 78mg, bolus 7.8mg @ 1352, infusion done @ 1455) for L MCA stroke, onset approx 1230 w/ R hemiparesis + expressive aphasia. NIHSS 14 pre-tPA.\n" +
    "NEURO: Neuro checks/NIHSS q15min x2h, q30 x6h, now q1h. NIHSS 14 -> 11 @ 1700 -> 9 @ 2200. Speech improving, naming 3/6 objects, follows 1 step commands. R arm 2/5 -> 3/5, R leg 3/5. R facial droop. R Babinski upgoing. Pupils 3mm equal brisk. No HA, no N/V. Stat CT if any decline.\n" +
    "CV: BP goal <180/105 x24h post tPA. SBP 168-192, labetalol 10mg IV x2 (1610, 1940), then nicardipine gtt @ 2.5mg/hr, now 5mg/hr w/ SBP 150-170. HR 70s-80s afib, new dx. No ASA/heparin x24h.\n" +
    "RESP: 2L NC sat 97%. Failed bedside swallow screen, NPO, HOB 30.\n" +
    "GI/GU: NPO. IVF NS @ 75cc/hr. Voided in urinal 450cc, no foley (avoiding in 1st 24h post tPA).\n" +
    "HEME: No bleeding at IV sites, gums, urine. Plt 212, INR 1.0, fibrinogen 310.\n" +
    "SKIN: intact, R side positioned w/ pillows, sling for R arm, PROM done.\n" +
    "SOCIAL: Wife + dtr at bedside, very involved, updated by stroke fellow. Wife tearful, support given.\n" +
    "PLAN: Repeat head CT @ 24h (approx 1400 tomorrow) then ASA if no bleed, MRI/MRA, echo, speech/swallow eval, tight BP control.\n",
  "MICU NSG PROGRESS NOTE 7p-7a\n" +
    "24 yo F w/ DM1 since age 11, insulin pump at home, adm w/ DKA in setting of pump malfunction + gastroenteritis. Full code.\n" +
    "NEURO: Initially lethargic, GCS 14, now A+Ox3, c/o HA 3/10. Kussmaul resps on arrival, resolved. No focal deficits.\n" +
    "CV: HR 128 -> 104 -> 92 ST->SR. BP 98/52 -> 118/70. Recvd 3L NS in ED + 1L here, now D5 .45NS + 20 KCl @ 150cc/hr.\n" +
    "RESP: RA sats 99%, RR 32 -> 18. Fruity breath. LS clear.\n" +
    "ENDO: Insulin gtt 0.1u/kg/hr = 6u/hr, titrated per DKA protocol. FS q1h: 486/412/355/298/240/212/188/176/160/164/152.\n" +
    "LABS (lytes q2h):\n" +
    "  Gluc 612 -> 420 -> 302 -> 218 -> 176\n" +
    "  K 5.8 -> 4.6 -> 4.0 -> 3.6 -> 3.4 (KCl 20mEq IV x2 + added to IVF)\n" +
    "  HCO3 6 -> 9 -> 12 -> 15 -> 18\n" +
    "  AG 31 -> 24 -> 19 -> 14 -> 11, gap closed @ 0500\n" +
    "  Phos 1.4 -> KPhos 15mmol IV. Mg 1.6 -> 2g\n" +
    "  VBG pH 6.98 -> 7.14 -> 7.24 -> 7.31\n" +
    "  Serum ketones large -> mod. Lactate 3.2 -> 1.6\n" +
    "GI: Nauseous, zofran 4mg IV x2 (2030, 0140) w/ relief. Emesis x1 200cc nonbloody. Abd soft, diffusely tender, no rebound, neg Murphy's. Lipase 48.\n" +
    "GU: Voiding, UO 200-400cc/hr early (osmotic), now 100-150. Urine ketones 80. hCG neg.\n" +
    "I/O since adm: in 5,850 / out 3,200. Wt 58kg.\n" +
    "SKIN: Pump site L abd removed, sm erythema, no induration. 2 PIVs (18g R ac, 20g L hand) patent.\n" +
    "PLAN: Gap closed, lantus 18u SC given @ 0600 for overlap, d/c insulin gtt 2h after, then SSI + diet. Diabetes educator consult re pump. Mom at bedside overnite, updated, asking good questions.\n",
  "SICU NPN 0700-1900\n" +
    "38 yo M unrestrained driver MVC vs pole, HD #2. GCS 15 in field. FAST + for LUQ fluid, to OR for ex lap/splenectomy. Injuries: L rib fx 4-9 w/ flail segment, L PTX s/p chest tube, splenic lac grade IV s/p splenectomy, open book pelvic fx s/p ex-fix, R tib/fib fx in splint.\n" +
    "#1 Pain/flail chest: Thoracic epidural (T6-7) bupi 0.1% + fentanyl 2mcg/cc @ 10cc/hr, pain 3-5/10. Sensory level T4-T10 to ice. Toradol 15 IV q6h. Motor intact bilat LE. Epi site clean + dry.\n" +
    "#2 Resp: 4L NC -> 40% cool neb, sats 93-96. RR 22-26. IS only 500cc (pred 2500). L chest tube to -20 sxn, 120cc serosang this shift, no air leak, +tidaling. Crepitus L chest wall stable, marked. CXR L base atelectasis vs contusion. Chest PT, C+DB q1h.\n" +
    "#3 Heme: Hct 24.1 -> 26.8 after 2U PRBC. Post splenectomy vaccines (pneumovax, HiB, menactra) to be given prior to d/c.\n" +
    "#4 Ortho: Pelvic ex-fix pin sites cleaned w/ NS, no drainage. R leg splint, CSM intact, toes warm, cap refill <3 sec, no pain w/ passive stretch, compartments soft. Logroll precautions.\n" +
    "#5 ID: Tmax 38.3, WBC 19.6 (post splenectomy). Ancef periop x24h done.\n" +
    "#6 GI/GU: NPO/sips, NGT to LIS 150cc. Foley, UO 50-90cc/hr. Cr 0.9. CK 3400 -> 2800, LR @ 150.\n" +
    "#7 DVT ppx: heparin SC tid per trauma, venodyne L leg only. IVC filter discussion pending.\n" +
    "Social: Girlfriend + mother in, updated by trauma chief resident. Tox screen + EtOH 0.12 on adm, CIWA 4-6, no tx needed yet. SW aware.\n" +
    "Plan: cont epidural, pulm toilet, ?OR for R tib ORIF in 48h.\n",
  "CSRU NURSING NOTE - EVENT + D/A/R\n" +
    "D: 74 yo F POD #1 s/p AVR (#21 bovine pericardial) for severe AS (AVA 0.6cm2, peak grad 84). CT drainage high early (220/180 first 2h) then abruptly decr to <10cc/hr x2h from 0100. @ 0240 SBP drifted 110s -> 80s, HR 96 -> 118, CVP 12 -> 19, PAD 18 -> 22, wedge approx 20 (equalization of pressures). CI 2.4 -> 1.6. SvO2 71 -> 52%. Pulsus paradoxus approx 18mmHg on art line. Heart sounds muffled, JVD, UO 60 -> 10cc/hr. Beck's triad present. Milked/stripped CTs w/o return, no clot seen in tubing.\n" +
    "A: ?Cardiac tamponade.\n" +
    "R: CT surgery resident + fellow paged stat, at bedside @ 0245, attending notified by fellow. 500cc hespan + 250cc 5% alb given. Epi gtt started @ 0.02mcg/kg/min -> 0.04. Bedside TTE: large clot posterior to RV, RV diastolic collapse. Consent for re-exploration by fellow w/ husband by phone. OR called @ 0300, pt to OR @ 0320 w/ RN + anesthesia on transport monitor, Ambu, epi infusing. Coags prior: PT 15.4/INR 1.4, PTT 38, fib 164, plt 88 -> 2U FFP + 1 bag plts hung for transport. Hct 28.4 -> 24.1. ACT 128.\n" +
    "D (0610): Back from OR, 450cc clot evacuated, bleeding from sm L atrial suture line, repaired. Epi off in OR. Now SBP 110-120, HR 90 AAI paced, CI 2.8, SvO2 68%. CT drainage 40cc/hr.\n" +
    "R: Intubated, propofol 20mcg/kg/min, plan wake + wean in am. Husband updated by surgeon, RN spoke w/ him on pt's return to unit, he will come in early am.\n",
  "MICU Nursing Progress Note 7a-7p\n" +
    "49 yo M w/ CML in blast crisis, s/p matched unrelated donor allo SCT (Bu/Cy conditioning), now day +68, adm to MICU for hypoxia + GI bleed in setting of grade III-IV acute GVHD of gut + skin. Also CMV viremia.\n" +
    "Neuro: A+Ox3, flat affect, tired. Dilaudid 0.5-1mg IV q3h prn abd cramping, using q3-4h. Ativan 0.5 prn, none today.\n" +
    "CV: HR 100-112 ST. BP 100-118/60s. No pressors. L SC triple lumen Hickman, all lumens flush, dsg changed, site clean.\n" +
    "Resp: 4-6L NC -> 50% venti mask @ 1300 for sat 89%, now 94%. RR 22-28. Bibasilar crackles. CXR new bilat patchy infiltrates, ?CMV pneumonitis vs edema. Bronch w/ BAL planned in am by pulm.\n" +
    "GI: Stool vol 1.8L/24h, green watery w/ strands of mucosa, guaiac +, flexi-seal in place. Abd distended, diffusely tender. NPO, TPN via Hickman @ 90cc/hr. Octreotide 100mcg SC tid.\n" +
    "Skin: Maculopapular rash palms, soles, trunk approx 50% BSA, bullae on both palms (stage 3), no desquamation. Triamcinolone cream bid. Mouth w/ lichenoid changes + mucositis, magic mouthwash.\n" +
    "GVHD/immunosupp: Solumedrol 2mg/kg/day = 80mg IV q12h. Tacro gtt @ 0.8mg/24h, level 11.2 (goal 10-15). MMF 1g IV q12h. Budesonide 3mg tid. Sirolimus held.\n" +
    "ID: Ganciclovir 5mg/kg IV q12h (renally adj), CMV PCR 18,400 -> 9,200 copies. Voriconazole. Acyclovir held while on ganciclovir, Bactrim changed to pentamidine. Tmax 37.9.\n" +
    "Heme: WBC 3.1 / Hct 25.8 / Plt 18 -> 1 bag plts @ 1100 (CMV neg, irrad) -> 42.\n" +
    "Renal: Cr 1.6 (was 1.1), Mg 1.4 -> 4g MgSO4 IV, K 3.2 -> 40 KCl IV. UO 40-60cc/hr.\n" +
    "Social: Wife at bedside all day, knows pt is very sick, BMT attending + MICU team mtg w/ wife @ 1600 re goals, remains full code.\n",
  "NICU NPN 7P-7A\n" +
    "S: Intubated/sedated, unable to give hx. Per sister pt had been missing doses of dilantin 'for weeks'.\n" +
    "O: 33 yo M w/ sz d/o since childhood TBI, adm w/ status epilepticus (GTC x3 w/o return to baseline, rx'd w/ ativan 6mg total + fosphenytoin 20mg PE/kg in ED, intubated for airway protection). Propofol 50mcg/kg/min, weaning per EEG. cEEG: no sz activity since 2100, some L temporal sharp waves. Neuro: off prop x10 min @ 0500 - opens eyes to pain, withdraws all 4, pupils 4mm -> 3mm brisk, +corneals, +gag, +cough. Toes downgoing bilat. No clonus. Dilantin level 3.2 on adm -> 18.6 post load (alb 2.9, corrected per Sheiner-Tozer approx 25). Keppra 1g IV q12h added. Dilantin 100 IV q8h.\n" +
    "Vent: SIMV 500 x 12, PS 10, PEEP 5, FiO2 40%. ABG 7.41/38/142. Lungs coarse, sx for sm thick white. ETT 23 @ lip.\n" +
    "CV: HR 70-90 SR, BP 110-130/60-70, no hypotension on prop. CK 2,340 (post sz), NS @ 125.\n" +
    "GI/GU: OGT, TF not started. Foley 80-140cc/hr clear. Sm tongue lac L lateral, no bleeding.\n" +
    "Labs: Na 141, K 3.9, gluc 108, Ca 8.6, Mg 2.0. Tox screen neg. Trigs 180 (on propofol).\n" +
    "A: Status resolved, no electrographic sz x8h on cEEG, subtherapeutic AED level likely trigger.\n" +
    "P: Wean propofol to off by am per neurology if cEEG quiet, SBT/extubate, repeat dilantin level (free + total) in am, sz precautions, padded rails. Sister updated by phone @ 2230, plans to come in @ 0900.\n",
  "ccu npn 0700-1900\n" +
    "62 yo m w/ ischemic cmp ef 25%, old imi, dual chamber icd, adm w/ vt storm (14 shocks at home over 3h).\n" +
    "#1 vt storm: amio gtt 1mg/min x6h -> .5mg/min now. lidocaine 1mg/min added @ 0930 after 2 runs of monomorphic vt @ 180s, both terminated w/ atp by device, no shocks today. icd interrogated by ep: 22 vt episodes since yesterday, 14 shocks, battery ok, lead impedences stable. k 3.6 -> 4.4 after 60 meq kcl, mg 1.8 -> 2.6 after 4g. qtc 480. tsh pending. plan for ep study + vt ablation tommorow, npo after mn.\n" +
    "#2 cmp/chf: bp 98-112/60s, hr 60s a-paced. lungs clr, no edema. coreg held on adm, restarted 3.125 bid. lasix 20 po. i/o +300. lisinopril held for sbp <100.\n" +
    "#3 anxiety from shocks: pt very fearful, 'just waiting for the next one'. ativan 1mg po x1 @ 1100, support, explained atp vs shock. psych liason consult.\n" +
    "#4 lido toxicity watch: no perioral numbness, no tinnitus, no confusion. lido level in am.\n" +
    "#5 anticoag: heparin gtt, ptt 68.\n" +
    "#6 endo/renal: cr 1.2, bg 110-140 (dm2, metformin held pre procedure). covered w/ riss, 2u humalog @ 1130.\n" +
    "#7 resp: ra sats 96-98%, no sob, lungs clr. cxr no chf. amio baseline pfts/lfts/tfts ordered per ep.\n" +
    "skin intact, amb in room w/ assist, tele leads changed. wife + brother in visiting, updated by ep fellow, questions answered. code status discussion deferred, remains full code.\n",
  "MICU NSG 1900-0700\n" +
    "53 yo M w/ EtOH cirrhosis, Child-Pugh C, MELD 31, known grade 3 varices, adm w/ massive hematemesis. EGD @ 2000 - actively spurting esophageal varix, banded x5, rebled @ 2230, Minnesota tube placed by GI fellow, gastric balloon 450cc air, esophageal balloon 35mmHg, traction w/ 1L bag over football helmet.\n" +
    "NEURO: Intubated, fentanyl 100mcg/hr + versed 2mg/hr, RASS -3. Grade 3 enceph + asterixis prior to intubation, lactulose 30cc q4h via gastric port.\n" +
    "CV: HR 120s -> 90s. BP 70s/40s on arrival -> MAP 65-75 after volume. Levophed off @ 0100. Octreotide 50mcg/hr after 50mcg bolus. Recvd 6U PRBC, 4U FFP, 1 bag plts, 10 cryo overnoc. Hct 18.2 -> 24.6 -> 27.1 -> 26.4. INR 2.4 -> 1.7. Plt 42 -> 76. Fib 98 -> 162. iCa 0.94 -> 2g CaCl.\n" +
    "RESP: AC 550 x 14, PEEP 5, FiO2 50%. ABG 7.34/36/128. Lungs coarse. Scissors taped to HOB in case balloon must be cut.\n" +
    "GI: Gastric aspirate bright red -> pink -> clear by 0400. Esophageal port minimal. Abd distended, tense, shifting dullness, + fluid wave. Paracentesis deferred. Melena x3 lg.\n" +
    "GU: Foley UO 20-40cc/hr. Cr 1.8 (baseline 1.0), ?HRS. Albumin 25% 50g.\n" +
    "ID: Cipro IV for SBP ppx. Tmax 37.6.\n" +
    "SKIN: Spider angiomata, palmar erythema, caput medusae, jaundiced, gynecomastia.\n" +
    "SOCIAL: Wife + sons in, updated by MICU attending re critical condition. Last drink 2 days ago per wife. Thiamine/folate/MVI given.\n" +
    "PLAN: Deflate esophageal balloon in am per GI, TIPS eval by IR, keep Hct >25, watch for DTs.\n",
  "SICU RN NOTE 0700-1900\n" +
    "S: 'My belly feels like it's going to pop.'\n" +
    "O: 47 yo F HD #5 w/ gallstone pancreatitis -> necrotizing (CT 50% necrosis body/tail), Ranson's 6, APACHE II 19, Balthazar E. Grey Turner's sign L flank, faint Cullen's sign periumbilical, unchanged. Tmax 38.8, HR 118-126 ST, BP 104-120/60s, MAP 72-80, RR 28-32 shallow. 6L NC -> 100% NRB @ 1100 for sat 88%. ABG 7.36/31/64 on NRB. CXR bilat infiltrates + L effusion. Abd tense, distended, hypoactive BS, diffusely tender w/ guarding. Bladder pressure 14 -> 19 -> 24mmHg. UO 35 -> 20 -> 12cc/hr despite 2L LR bolus. Cr 1.1 -> 1.9. Ca 7.2 (iCa 0.98), gluc 210, LDH 620, Hct 42 -> 36. Lipase 2,840. Imipenem 500 IV q6h. NJ w/ TF @ 20cc/hr. Dilaudid PCA 0.3mg, pain 7/10.\n" +
    "A: Worsening ARDS picture + abdominal compartment syndrome (IAP >20 w/ new organ dysfx).\n" +
    "P: Surgical team + attending at bedside @ 1230, pt intubated @ 1310 (RSI etomidate/succ), AC 420 x 24, PEEP 12, FiO2 80%. Bladder pressures q2h. Consent for decompressive laparotomy from husband (HCP). To OR @ 1545, returned 1810 w/ open abd, wound vac temp closure, IAP 12. Husband updated by surgeon, waiting in family room, RN will bring him in once pt settled.\n",
  "CSRU NPN 7P-7A\n" +
    "56 yo M POD #1 s/p orthotopic heart txp (bicaval) for nonischemic dilated CMP, bridged on LVAD x8 months. Donor ischemic time 3h 40min. PVR pre-txp 3.2 Wood units.\n" +
    "NEURO: Propofol weaned off @ 2200, awake, MAE, nods appropriately. Extubated @ 0130 to 50% cool neb.\n" +
    "CV: Isuprel 0.01mcg/kg/min for chronotropy, HR 100-110 sinus (denervated heart). Epicardial backup VVI 90. Milrinone .25. Inhaled NO 20ppm -> 10ppm @ 0400, PA 32/16 -> 34/18. CVP 8-12. CI 2.6-3.0. Post op TEE RV fxn mildly decr.\n" +
    "CT: Mediastinal x2 + R pleural, 60-90cc/hr -> 30cc/hr, no air leak.\n" +
    "RESP: 50% cool neb -> 4L NC sats 96-99. IS 750.\n" +
    "IMMUNOSUPP: Thymoglobulin 1.5mg/kg IV dose #2 @ 2000 over 6h, premed tylenol/benadryl/solumedrol, no rxn. Solumedrol 125 IV q8h x3 doses then pred taper. Cellcept 1500 IV bid. Tacro to start when Cr <1.5 (Cr 1.7 tonight). CD3 count in am.\n" +
    "ID: Reverse isolation, mask/gloves/hand hygiene. Bactrim, nystatin S+S, ganciclovir (CMV D+/R-). Ancef periop.\n" +
    "RENAL: UO 50-100cc/hr on lasix gtt 5mg/hr. K 4.6.\n" +
    "HEME: Hct 29, plt 92, INR 1.4. Old LVAD driveline site packed wet to dry.\n" +
    "SOCIAL: Wife + txp coordinator in @ 2000, wife very emotional, grateful. Pt asked about writing a letter to donor family, told SW will help later on.\n" +
    "PLAN: Wean NO + isuprel in am, start tacro, 1st endomyocardial bx next wk.\n",
  "MICU NPN 0700-1900\n" +
    "41 yo M w/ newly dx Burkitt's lymphoma, bulky abd mass, started R-CODOX-M (cycle 1 day 2) on heme-onc floor, tx'd to MICU overnoc for TLS w/ ARF + hyperK.\n" +
    "Labs (0400 / 0800 / 1200 / 1600):\n" +
    "  K 6.4 / 5.8 / 5.1 / 4.7\n" +
    "  Phos 9.8 / 10.4 / 8.1 / 7.0\n" +
    "  Ca 6.9 / 6.7 / 7.0 / 7.2 (iCa 0.88)\n" +
    "  Uric acid 14.6 / 11.2 / 4.1 / 2.0\n" +
    "  HCO3 16 / 17 / 20 / 22\n" +
    "  BUN/Cr 62/4.1 -> 66/4.6 -> 58/3.9 on CVVH\n" +
    "  LDH 3,480 -> 3,120\n" +
    "CV: HR 80s-100s SR, peaked T waves on arrival resolved after Ca gluc 2g, insulin 10u + D50 1amp, kayexalate 30g, bicarb gtt. BP 130-150/80s.\n" +
    "Renal: Quinton cath R IJ placed by renal fellow @ 0600, CVVHDF started @ 0730, replacement fluid 2L/hr, UF goal 50-100cc/hr net neg, citrate anticoag per protocol. UO 10-20cc/hr. Rasburicase 0.2mg/kg given @ 0530 (G6PD nl).\n" +
    "Resp: 2L NC sats 97%. Lungs clear, sl dim bases.\n" +
    "Onc: Allopurinol held after rasburicase. Next chemo (IT MTX + vincristine) on hold until renal fxn improves per onc. TLS labs q4h.\n" +
    "Neuro: A+Ox3, perioral tingling early, Chvostek's + on arrival, Trousseau's neg, no tetany. Resolved w/ Ca repletion.\n" +
    "Social: Partner at bedside, updated, very overwhelmed, onc SW aware.\n" +
    "Plan: cont CVVH, lytes q4h, tele, hold chemo, renal + onc following.\n",
  "NEURO ICU NSG NOTE 7A-7P\n" +
    "35 yo F w/ ascending weakness x6 days after diarrheal illness (?campylobacter), dx GBS (AIDP), LP w/ albuminocytologic dissociation (prot 168, WBC 2). IVIG day 3 of 5.\n" +
    "#1 Neuromuscular resp weakness: NIF/VC q4h: 0800 -28/1.6L, 1200 -24/1.4L, 1600 -20/1.2L (pred VC 3.4L, 20/30/40 rule discussed w/ team). Single breath count 14 -> 11. Weak cough, staccato speech, paradoxical abd breathing starting @ 1500. RR 22-26, sat 96% 2L NC. ABG 7.42/40/88. Anesthesia + neuro ICU attending aware, elective intubation tonight if VC <15cc/kg (approx 1L) or NIF worse than -20.\n" +
    "#2 Weakness: UE 3/5 prox, 4-/5 distal. LE 2/5 bilat. Areflexic throughout. Facial diplegia, weak eye closure, artificial tears + eye patches at noc. Bulbar: wet voice, failed S+S, NPO, dobhoff placed @ 1300, post pyloric per KUB.\n" +
    "#3 Dysautonomia: HR 58-128 labile, BP 92/50 -> 178/96 w/o intervention, pt asymptomatic. No tx per team, monitor. Atropine at bedside.\n" +
    "#4 IVIG: 0.4g/kg = 26g over 4h, started @ 1000, rate titrated per protocol, premed w/ tylenol/benadryl. No HA, no rxn. Cr 0.7.\n" +
    "#5 Pain: neuropathic back/leg pain 6/10, neurontin 300 tid, oxycodone 5mg x2.\n" +
    "#6 DVT ppx/skin: SC heparin, pneumoboots, turned q2h, Braden 13, heels floated.\n" +
    "Social: Husband at bedside, very anxious re intubation, explained rationale, support given. Young kids staying w/ grandparents.\n",
  "CCU RN note 1900-0700\n" +
    "D: 59 yo M w/ HTN (non-compliant w/ meds), adm w/ tearing interscapular back pain, CTA chest = type B dissection (Stanford B, DeBakey III) from just distal to L SC to infrarenal aorta, no malperfusion on CT. Cr 1.1, lactate 1.2.\n" +
    "Hemodynamics: SBP goal 100-120, HR goal <60. Esmolol 150mcg/kg/min -> 200 -> 250, HR 78 -> 56-62. Nipride 0.5 -> 2.5mcg/kg/min, SBP 168 -> 108-122. R radial art line, L arm cuff correlates within 6mmHg. Labetalol 200 PO q8h started @ 2200 to wean drips. Captopril 12.5 tid added @ 0600.\n" +
    "Pain: 8/10 on arrival -> 2/10 w/ morphine 2-4mg IV q2h prn, used x3. Described as 'ripping', now dull ache.\n" +
    "Perfusion checks q1h: radial/DP/PT pulses 2+ equal bilat, feet warm, no abd pain, BS present, UO 60-90cc/hr, MAE, neuro intact.\n" +
    "Labs: Hct 38.2 -> 36.9, K 3.7 -> 20mEq KCl, CK nl, trop neg. Thiocyanate level in am if still on nipride.\n" +
    "A: Stable type B dissection, pain controlled, BP/HR at goal on IV agents, no s/s of end organ malperfusion.\n" +
    "R: Cont titrating esmolol/nipride, transition to PO, vasc surg following, repeat CTA in 48-72h or sooner if new pain/neuro change/malperfusion. Pt anxious, asking 'am I going to need surgery', explained medical mgmt. Wife updated at bedside before leaving @ 2100.\n",
  "MICU NPN nites\n" +
    "44 yo M w/ h/o EtOH abuse, adm w/ severe CAP (strep pneumo, BCx + in both sets, GPC in pairs) -> ARDS, P/F 68. HD #3, vent day 3.\n" +
    "NEURO: Fentanyl 200mcg/hr, versed 6mg/hr, cisatracurium 3mcg/kg/min. TOF 1/4 -> 2/4 @ 0200, gtt incr to 3.5 per protocol, now 1/4. BIS 38-45. Eyes taped w/ lacrilube, pupils 3mm sluggish bilat.\n" +
    "RESP: ARDSnet: AC 380 (6cc/kg PBW) x 30, PEEP 16, FiO2 100% -> 80% @ 0300 -> 70% @ 0600. Plateau 29-30. ABG 7.24/58/62 -> 7.28/54/71 -> 7.30/51/76. P/F 68 -> 109. Permissive hypercapnia. Recruitment maneuver per RT @ 0100 (40 x 40sec), sats 88 -> 93%. Proned @ 0030 w/ 5 staff + RT, ETT secured, face/chest pads. Sx sm-mod thick rusty secretions. Coarse crackles throughout, bronchial BS R base.\n" +
    "CV: HR 100-115 ST. Levophed 0.08 -> 0.12mcg/kg/min, MAP 62-68. Vasopressin 0.04u/min added @ 0230. CVP 14-16 (on PEEP 16). Fluid conservative strategy. Lactate 2.4.\n" +
    "GI: OGT, TF Impact @ 20cc/hr, residuals 60-120. Abd soft. No BM. Protonix.\n" +
    "GU: Foley UO 30-50cc/hr. Cr 1.4. Lasix held d/t pressor req.\n" +
    "ID: Tmax 39.1, cooling blanket. Ceftriaxone 2g + azithro, vanco d/c'd after sensi (PCN sens). WBC 22.4.\n" +
    "SKIN: Pressure pts padded, facial edema while prone, lips/tongue protected. Braden 9.\n" +
    "SOCIAL: Sister (HCP) called, updated by resident on grave prognosis. Pt full code at this time.\n" +
    "PLAN: supine in am after 16h prone, repeat ABG, wean FiO2 as able, cont paralysis x48h then reassess.\n",
  "SICU NPN 1900-0700\n" +
    "72 yo M POD #1 s/p open AAA repair (tube graft, infrarenal clamp 38 min) for 7.2cm aneurysm, EBL 2L, cell saver 900cc returned.\n" +
    "#1 Hemodynamics: HR 80-96 SR, occ PVCs. SBP 110-140. Neo weaned off @ 2100. CVP 10-14. Swan: PCWP 12-16, CI 2.4-2.8. Lopressor 5 IV q6h (periop beta blockade).\n" +
    "#2 Resp: Remains intubated, CPAP/PS 10/5 FiO2 40% since 0400, RSBI 62, ABG 7.39/41/104. Plan extubate in am after epidural rate adjusted.\n" +
    "#3 Pain: Epidural (T10) bupi/fentanyl @ 8cc/hr + PCEA. Grimaces w/ turning, Ramsay 3.\n" +
    "#4 Abd/GI: Abd firm, mildly distended, BS absent. NGT to LIS 200cc bilious. Bladder pressure 12 -> 14mmHg. Watching for ischemic colitis: no BM yet, lactate 1.8 -> 1.4, no bloody stool. Flex sig if any bloody diarrhea per vasc team.\n" +
    "#5 LE perfusion: DP/PT dopplerable bilat, L PT weak. Feet warm, no mottling, no trash foot, cap refill brisk. Checks q1h.\n" +
    "#6 Renal: UO 40-80cc/hr. Cr 1.3 -> 1.5 (baseline 1.2). K 4.2.\n" +
    "#7 Heme: Hct 30.1 -> 28.7. Plt 118. INR 1.2. 1U PRBC @ 2200.\n" +
    "#8 Endo: Insulin gtt 1-3u/hr, BG 100-140.\n" +
    "#9 Skin: Midline incision w/ staples, dsg d+i. Bilat groins clean. Braden 12, turned q2h.\n" +
    "Son + daughter-in-law visited, updated by vasc fellow + RN.\n",
  "CSRU nursing note 7a-7p\n" +
    "S: 'My heart feels like it's flopping around.'\n" +
    "O: 67 yo F POD #3 s/p MV repair (ring annuloplasty #30) + Cox maze, new postop afib @ 1040, rate 130s-150s. BP 96-110/50s, no dizziness. Lopressor 5mg IV x3 (1045, 1100, 1120) w/ rate 110s. Amio 150mg IV bolus over 10 min then 1mg/min gtt started @ 1145. Converted to SR 78 @ 1530. ECG post conversion NSR, QTc 452, PR .18. Mg 1.9 -> 2g. K 3.9 -> 20mEq. Epicardial wires intact, pacer off, backup AAI 60 available. TTE no effusion. Coumadin 5mg tonight per team. INR trend 1.1 -> 1.2 -> 1.3 -> 1.5. Lungs dim L base, 2L NC sat 95%. CTs d/c'd yesterday, CXR sm L effusion. Walked 150ft in hall w/ PT before event. UO adequate, lasix 20 IV bid, wt 68.4 (preop 64.0). Sternal incision clean, steri strips. BG 120-160 on SSI. Pain 2/10, percocet 1 tab x1. Tol cardiac diet, +flatus, no BM since op, dulcolax supp given. Morse fall score 45.\n" +
    "Neuro: A+Ox3, anxious during event, calmer once converted. Ambien 5 prn for sleep tonight.\n" +
    "A: Postop afib, converted w/ amiodarone, hemodynamically tolerated.\n" +
    "P: Amio 1mg/min x6h then .5mg/min x18h, then PO 400 bid. Cont coumadin, goal INR 2-2.5. Lopressor 25 bid. Tele. Daughter called, updated.\n",
  "NEURO ICU NPN 7P-7A\n" +
    "27 yo M s/p fall ~20ft off ladder, TBI: L frontotemporal contusions, tSAH, 4mm L SDH, no MLS on adm, GCS 7 in field (E1 V2 M4). Camino bolt (ICP) + Licox (PbtO2) R frontal. HD #2.\n" +
    "NEURO: Propofol 40mcg/kg/min + fentanyl 100. GCS 6T (E1 VT M5), localizes to sternal rub w/ R arm, L arm withdraws. Pupils R 3mm brisk, L 4mm sluggish (was 3 @ 2300 - NSGY aware, stat CT @ 0030: L contusion blossoming, 3mm MLS). +corneals, +cough, +gag. ICP 12-18, spikes to 28 w/ sx/turning, sustained 22-24 x10min @ 0215 -> 23.4% NaCl 30cc via CVL + mannitol 1g/kg. ICP back to 14. PbtO2 22-30mmHg, CPP 62-78. HOB 30, neck midline, c-collar on, spine not cleared.\n" +
    "Na trend (q4-6h): 141 -> 146 -> 149 -> 152 -> 151, goal 145-155. Serum osm 308 -> 318. 3% NaCl @ 50cc/hr.\n" +
    "CV: HR 60-80 SR. MAP 85-100, neo 0.5-1mcg/kg/min for CPP >60. No Cushing's triad.\n" +
    "RESP: AC 500 x 16, PEEP 5, FiO2 40%. PaCO2 goal 35-38. ABG 7.43/36/132. Sx mod thin white. CXR clear.\n" +
    "GI: OGT, TF full strength @ 40cc/hr, goal 70. Bowel regimen. Protonix.\n" +
    "GU: Foley UO 100-180cc/hr, SG 1.012 - watching for DI.\n" +
    "OTHER: Battle's sign L mastoid, periorbital ecchymosis (raccoon eyes), L ear otorrhea - halo test + on gauze, ?CSF leak, no packing. Dilantin 100 IV q8h for sz ppx, level 12.4.\n" +
    "SOCIAL: Parents + girlfriend here all night, updated by NSGY, understand critical. Chaplain visited per family request.\n",
  "MICU Nursing Note 0700-1500\n" +
    "D: 61 yo F w/ IPF s/p bilat sequential lung txp 2006, on cyclosporine (Neoral) 125mg bid, Cellcept 1000 bid, pred 5 daily. Adm w/ fever, incr dyspnea, drop in FEV1 (2.1 -> 1.4L on home spirometry), ?infection vs acute rejection. BOS stage 1 per txp team.\n" +
    "Resp: 6L NC -> 50% face tent w/ sat 90-93%. RR 26-30. Crackles bilat bases, no wheeze. CXR new RLL opacity. Bronch w/ BAL + TBBx @ 1000 by txp pulm, mod sedation (versed 2mg, fentanyl 75mcg), tol well, sm amt blood tinged sputum after, no PTX on post-bx CXR.\n" +
    "ID: Tmax 38.7. WBC 14.2. Cefepime 2g q12h + vanco + voriconazole. Sputum, BAL cx, fungal, AFB, PCP, CMV, resp viral panel sent. Flu swab neg.\n" +
    "Immunosupp: CsA trough this am 312 (goal 200-250), 0900 dose held per txp team, recheck in am. Cellcept cont. Pred incr to 20 daily pending path (?grade A rejection).\n" +
    "Renal: Cr 1.6 (baseline 1.2), likely CsA effect. K 5.3, Mg 1.4 -> 2g IV. UO 40-60cc/hr.\n" +
    "CV: HR 100-110 ST. BP 148/86 - 160/90 (CsA HTN), amlodipine 5 given.\n" +
    "Neuro: A+Ox3, mild fine tremor. Anxious about 'losing my lungs', support given.\n" +
    "A: Hypoxemic, febrile, ?bacterial PNA vs rejection, CsA supratherapeutic w/ AKI.\n" +
    "R: Cont broad abx, hold CsA dose, f/u bx path + cx, may need solumedrol pulse if ACR. Husband here, updated by txp fellow, questions answered.\n",
  "micu npn 7a-7p\n" +
    "68 yo m w/ extensive stage small cell lung ca, s/p cycle 2 carbo/etoposide (VP-16) 10 days ago, adm w/ confusion, sz x1 at home, Na 112.\n" +
    "#1 hyponatremia/SIADH: Na 112 -> 114 (0800) -> 116 (1200) -> 118 (1600), goal rise no more than 8-10/24h to avoid ODS (central pontine myelinolysis). 3% NaCl @ 20cc/hr, held @ 1600 per team since rise 6 in 8h. Urine osm 540, urine Na 68, serum osm 238. Fluid restrict 1L. Demeclocycline 300 bid to start. Na q4h.\n" +
    "#2 ms/sz: A+Ox1 on arrival -> Ox2 now, following commands, no focal deficits. Keppra 500 bid. Sz precautions, padded rails. No further sz. CT head no mets, MRI pending.\n" +
    "#3 neutropenia: WBC 1.1, ANC 640. Afebrile, Tmax 37.6. Neutropenic precautions. Neupogen 300mcg SC daily per onc.\n" +
    "#4 resp: 2L NC sats 93-95. Dim R upper w/ known hilar mass. Hemoptysis - sm streaks x2.\n" +
    "#5 SVC syndrome watch: mild facial plethora, no arm swelling, Pemberton's sign neg.\n" +
    "#6 pain: R shoulder/chest 4/10, oxycontin 10 bid home dose cont, oxycodone 5 prn x1.\n" +
    "#7 gi: constipated, no BM x4 days, senna/colace/miralax, lactulose x1.\n" +
    "labs: Hct 28.1 / Plt 96. Cr 0.8. K 3.6. Ca 8.9, alb 2.8.\n" +
    "social: wife + son in, onc attending met w/ them re prognosis, code status changed to DNR/DNI today, pt participated in discussion. Palliative care consult placed.\n",
  "CCU NPN 7P-7A\n" +
    "39 yo M w/ IVDU (heroin, last use 4 days PTA), MSSA bacteremia, TV + AV endocarditis, meets Duke criteria (2 major). TEE: 1.8cm mobile AV vegetation, severe AI, 1.2cm TV veg. Embolic stroke L parietal.\n" +
    "NEURO: A+Ox3, R hand clumsiness, slight R pronator drift, no aphasia. NIHSS 2. Neuro checks q2h. Anticoag held (septic emboli). Methadone 40mg daily (dose verified w/ pharmacy), COWS 3-6.\n" +
    "CV: HR 100-118 ST. BP 118/38, wide pulse pressure, bounding pulses, de Musset's sign (head bobbing) noted by team, Quincke's pulses + in nailbeds. Diastolic murmur LSB 3/6. No heart block on ECG, PR .18 - watching for aortic root abscess. Lasix 40 IV x1 @ 2200 for crackles.\n" +
    "RESP: 3L NC sats 95%, bibasilar crackles, CXR multiple sm nodules (septic pulm emboli).\n" +
    "ID: Tmax 38.9 @ 0200, BCx x2 redrawn. Nafcillin 2g IV q4h. Janeway lesions on soles, Osler's nodes R 2nd + 4th fingertips (tender), splinter hemorrhages, Roth spots on fundoscopy per ophtho. HIV/HCV sent.\n" +
    "GI/GU: Tol reg diet. UO 60-100. Cr 1.0. Microscopic hematuria.\n" +
    "LINES: PICC deferred until BCx clear, PIV x2 (R fa 18g, L ac 20g).\n" +
    "SOCIAL: Pt asking to leave AMA @ 0100, talked w/ RN + resident x30 min, agreed to stay. Mother visiting. SW + addiction consult in am.\n" +
    "PLAN: CT surgery eval in am for AVR (early surgery given veg size, HF, embolic event), repeat TEE, cont nafcillin.\n",
  "SICU NSG 2300-0700\n" +
    "S: 'Get me out of here, I have to feed the cat.' Pt calling out intermittently.\n" +
    "O: 84 yo F POD #1 s/p L hip hemiarthroplasty for femoral neck fx (mechanical fall at home), tx'd to SICU for postop AF RVR + hypoxia. Neuro: A+Ox1 (self only), baseline Ox3 per son. CAM-ICU + (acute onset, inattention - failed letters test, disorganized thinking). RASS +2, pulling at O2 + IV, mitts applied @ 0130 after other measures failed, no vest restraint. Haldol 0.5mg IV x2 (0120, 0310) w/ RASS +2 -> 0. QTc 448 prior. Minimizing narcotics: tylenol 1g IV q6h, dilaudid 0.2mg x1 @ 0400 for grimacing w/ repositioning (CPOT 4 -> 1). Reoriented freq, lights/TV off, glasses on, hearing aid in. CV: AF 90-110 on dilt gtt 5mg/hr, BP 112-138/60s. Resp: 3L NC sat 94%, crackles bases, IS 250 w/ coaching. Abd soft, +BS, no BM since adm. Foley d/c'd @ 0600 per protocol, due to void by 1200. L hip dsg d+i, hemovac 40cc. Abduction pillow in place, posterior hip precautions. Pulses palp, L foot warm, CSM intact. Labs: Hct 27.2, Na 133, BUN/Cr 32/1.1, UA neg. Coccyx intact, Braden 12, heels floated.\n" +
    "A: Postop delirium, hyperactive, likely multifactorial (pain, anesthesia, AF, new environment, sleep deprivation). AF rate controlled.\n" +
    "P: Geri consult, minimize benzos/anticholinergics, early mobility w/ PT, sleep hygiene, haldol prn per orders, reorient. Son called @ 0630 - will come in early to sit w/ pt, family presence encouraged.\n",
];

/** Decision 245's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision245Corpus(): Corpus {
  return { notes: [], clean: DECISION_245_LONG_CLEAN };
}
