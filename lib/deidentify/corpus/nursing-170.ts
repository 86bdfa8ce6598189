// These texts imitate CCU and cardiac-surgery recovery (CSRU) nursing progress notes and
// respiratory-therapy notes of a Boston teaching hospital around 2000-2007, in the manner of the
// public PhysioNet nursing-note corpus, about a third in capitals and about a fifth all lower case.
// They are by "a twenty-ninth writer who had not read the guard's rules", whose habits are: dates
// mostly written with a dash ("7-22") but also "22-Jul", "7/22", "Jul 22", "on the 24th" and
// weekday abbreviations; cardiologists and surgeons by bare surname ("per Abernathy"), fellows in
// parentheses ("fellow (Ito)"), nurse practitioners as "NP Fernandes"; outside hospitals across New
// England named with the town after "in"; relatives with their phone numbers in parentheses; ages
// of ninety and over written in many forms; sign-offs with dashes and initials ("----R. Castellano,
// RN", "-kt", "MK/"); therapists' pagers and extensions after the signature.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "ccu-nursing"
  | "csru-nursing"
  | "rt-note"
  | "ccu-caps"
  | "csru-caps"
  | "rt-caps"
  | "ccu-lower"
  | "csru-lower"
  | "rt-lower";

/**
 * The batch of decision 170: CCU, CSRU and respiratory-therapy notes by a twenty-ninth blind writer.
 */
export const DECISION_170_FIRST: Array<[Style, string]> = [
  ["csru-nursing", "CSRU NURSING PROGRESS NOTE {date:7-22} 7A-7P\nPt is {age:91 yo} male s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) on {date:7-21} w/ Dr {name:Abernathy}. Transferred {date:7/19} from {loc:Lawrence General} after + cath there.\nNEURO: A&Ox2, MAE, follows commands. 1mg MSO4 IV x1 for incisional pain w/ good effect.\nCV: NSR 80s-90s no ectopy. SBP 100-120s. Neo weaned off @ 1000. Epicardial wires A+V, pacer set VVI 60 backup, not pacing. CTs to sxn, 40cc serosang over shift.\nRESP: extubated last eve, 4L NP, sats 95-97%. Lungs diminished bases. IS to 750.\nGI/GU: sips clears, abd soft. Foley draining qs.\nSOCIAL: Dtr {name:Marguerite} ({phone:978-555-0163}) called x2, updated. Son {name:Paul} visiting {date:Sat} from {loc:Haverhill}.\nPLAN: d/c CTs in AM per {name:Abernathy}, OOB to chair, ? transfer to floor.\n----{name:R. Castellano}, RN"],
  ["ccu-caps", "CCU NSG NOTE 0700-1900\nS: 'I FEEL LIKE AN ELEPHANT IS SITTING ON ME'\nO: PT IS {age:NINETY-THREE YO} WOMAN ADMITTED {date:22-JUL} VIA {loc:CAPE COD HOSPITAL} WITH ANT MI, S/P CATH {date:23-JUL} W/ STENT TO LAD PER DR {name:HALVORSEN}. FELLOW ({name:ITO}) AWARE OF RECURRENT CP @ 1430, EKG DONE, NO NEW CHANGES. NTG GTT TITRATED UP TO 1.5 MCG/KG/MIN WITH RELIEF.\nA: STABLE, RECURRENT ANGINA\nP: CONT HEPARIN, ASA, PLAVIX. ECHO IN AM. SON {name:DMITRI} ({phone:508-555-0127}) AWARE.\n{name:MK}/"],
  ["rt-note", "Resp Care Note: Pt remains on AC 500x14, 50%, +8 PEEP. BS coarse bilat, sxn'd for mod amt thick tan. ABG 7.36/44/88. Plan to start SBT in AM if FiO2 <=40% per fellow ({name:Nakamura}). RSBI deferred.\n- {name:B. Okonkwo} RRT pgr {phone:4-2291}"],
  ["ccu-lower", "pt's wife {name:ruthanne} called @ 2200, updated on plan, # {phone:781 555 0194}. -{name:jmc}"],
  ["csru-caps", "CSRU NURSING ADMIT NOTE\n{age:94 Y/O} M TRANSFERRED ON {date:7/14} FROM {loc:BERKSHIRE MEDICAL CENTER} WITH CRITICAL AS (VALVE AREA 0.6), NOW S/P AVR (21MM PERICARDIAL) {date:7/16} BY DR {name:PETROSSIAN}. MR# {id:0448-2193}.\nNEURO: SLOW TO WAKE, PROPOFOL OFF @ 1600. NOW NODS APPROPRIATELY, MAE WEAKLY.\nCV: AV PACED @ 80, UNDERLYING JUNCTIONAL 40S. CI 2.1 ON DOBUTAMINE 3. CVP 12-14, PAD 18. K 3.8 REPLETED W/ 40 MEQ.\nRESP: CMV 600X12, 50%, 5 PEEP. ABG 7.41/38/112. PLAN TO WEAN TO CPAP ONCE MORE AWAKE.\nGU: FOLEY, UO 30-60CC/HR.\nSOCIAL: WIFE {name:GERTRUDE} ({age:92}) STAYING W/ NIECE IN {loc:NEWTON}. NIECE {name:ANNALISE FORTIER} IS HCP, CELL {phone:413-555-0171}. FR. {name:DOYLE} IN TO SEE PT.\n--{name:T. SZABO} RN"],
  ["rt-caps", "RT: PT EXTUBATED @ 1130 TO 4L NC PER {name:KAPLAN}, NO STRIDOR, SATS 96%. -RRT {name:MOYNIHAN}"],
  ["ccu-nursing", "CCU Nursing Progress Note {date:22-Jul} 1900-0700\nEvents: 2320 pt with 14 beats NSVT, asx, lytes sent, K 3.4 -> 40 meq KCl IV. Mg 1.8 -> 2g. Fellow ({name:Ito}) aware.\nCV: HR 70-80s SR, occ PVCs. BP 110-130/60s. Heparin at 900 u/hr, PTT 68 @ 0400 -- no change per protocol. R fem sheath site c/d/i, no hematoma, + DP/PT.\nResp: RA, sats 95%.\nNeuro: slept in naps, anxious re: 'the noises'.\nSocial: lives alone in {loc:Quincy}, neighbor {name:Bert Lundgren} checks on her. Son {name:Kazuo} lives in {loc:Seattle}, tel {phone:206-555-0138}.\nPlan: echo, ?EP study {date:Thurs} per Dr. {name:Varga}.\n{name:L. Achterberg} RN"],
  ["csru-lower", "csru npn 7p-7a\npod 1 s/p mvr + cabg x2 on {date:7-20} (dr {name:abernathy}).\nneuro: awake, nods, mae. fentanyl 25mcg/hr.\ncv: a-paced 88, bp 90s-100s/50s on neo 0.5. ci >2.2. ct's 20-30cc/hr serosang. k/mg/ca repleted.\nresp: remains intubated, imv 10, fio2 40%, peep 5. abg ok. plan extubate in am.\ngi: ogt to lcws, hypoactive bs.\ngu: uo 40-80cc/hr.\nsocial: wife {name:imelda} called from home in {loc:woonsocket}, updated by {name:kt}. please call her if changes {phone:401-555-0146}.\n-{name:kt}"],
  ["rt-lower", "rt note: pt weaned to cpap 5/5 @ 0900, rsbi 62. abg 7.39/41/96 on 40%. extubated @ 1015 per csru team (np {name:fernandes}) to 50% cool neb. no stridor. -{name:gb} rrt"],
  ["ccu-caps", "CCU ADDENDUM: DR {name:HALVORSEN} IN TO SPEAK W/ FAMILY RE: CODE STATUS. PT NOW DNR/DNI. HCP IS DTR {name:CONCETTA RINALDI}, HOME {phone:617-555-0105}, WORK ({loc:STOP & SHOP} IN {loc:REVERE}) {phone:781-555-0132}. -{name:MK}"],
  ["ccu-nursing", "CCU Admission Note\n{age:90 yo} female, hx CHF (EF 20%), AFib on coumadin, CRI, transferred {date:7/22} from {loc:Southern NH Medical Center} in {loc:Nashua} for ? cath after NSTEMI (trop peak 4.2 on {date:7/21}). OSH cardiologist Dr. {name:Whitcombe} ({phone:603-555-0119}).\nNeuro: A&Ox3, HOH - hearing aid R ear.\nCV: AF 90-110s, dilt gtt 10mg/hr. BP 100s/60s. Lungs crackles 1/3 up bilat.\nGU: lasix 80 IV x1 with 900cc out.\nSkin: stage II coccyx, duoderm applied.\nAccess: PIV x2, R PICC placed at OSH.\nSocial: lives at {loc:Marian Manor} in {loc:South Boston}. Grandson {name:Desmond Okafor} is HCP, pager {phone:617-555-0188}.\nPlan: cath {date:Mon} if Cr ok. Cards fellow ({name:Nakamura}) following.\n-- {name:S. Dufresne}, RN"],
  ["ccu-caps", "PT'S DTR {name:YOLANDA} CALLED FROM {loc:TAMPA}, UPDATED. -{name:RC}"],
  ["rt-caps", "RESPIRATORY CARE NOTE {date:7/23/04}\nPT REMAINS ORALLY INTUBATED #7.5 ETT 23 @ LIP. VENT: AC 450 X 16, FIO2 .60, PEEP 10. PIP 34, PLAT 28. BS COARSE R>L. SX'D FOR LG AMT THICK YELLOW, SPUTUM SENT. MDI'S ALBUTEROL/ATROVENT Q4. ABG 7.32/48/71 -> FIO2 INCR TO .70 PER DR {name:OYELARAN}. CXR R LLL INFILTRATE. WILL FOLLOW.\n{name:J. BRANNIGAN} RRT PAGER {phone:31982}"],
  ["csru-nursing", "Pt seen by Dr. {name:Petrossian} & NP {name:Fernandes} on rounds, wires to be pulled on {date:the 24th}. Dtr {name:Siobhan} aware. -{name:kt}"],
  ["ccu-lower", "ccu nsg 7a-7p\n{age:96 yrs old} man admitted w/ chb, s/p ppm (ddd) today by ep, dr {name:lindqvist}. device serial {id:pjn482117s}.\nneuro: confused at times, reorients.\ncv: paced 70, bp 130s/70s. l chest dsg dry. l arm immobilizer x24h.\nresp: 2l nc, sats 97%.\nsocial: lives w/ son {name:wendell} in {loc:dorchester}, son's cell {phone:617 555 0157}.\nplan: cxr in am, d/c home vs {loc:hebrew rehab}.\n-{name:ao}"],
  ["rt-note", "RT: Pt on BiPAP 12/5 40% overnight, tolerating, sats 94-96%. Pt requested to come off @ 0600 for breakfast. Will resume qhs. - {name:Galloway} RRT"],
  ["csru-caps", "EVENT NOTE {date:7/25} 0315: PT BECAME HYPOTENSIVE SBP 70S, CT OUTPUT INCR TO 250CC/HR X2 HRS. DR {name:ABERNATHY} AND FELLOW ({name:TRAN}) AT BEDSIDE. 2 U PRBC, 2 FFP, PROTAMINE 50 MG. PT TO OR @ 0420 FOR RE-EXPLORATION. WIFE {name:LORRAINE} CALLED AT {phone:508-555-0199} BY DR {name:ABERNATHY}. -{name:T. SZABO} RN"],
  ["ccu-nursing", "CCU NPN {date:Jul 23}\nPt is a {age:92 y.o.} gentleman, retired {loc:Raytheon} engineer, admitted {date:7/20} w/ CHF exacerbation. Diuresing well on lasix gtt 10mg/hr, neg 1.8L so far. Cr 1.6 (1.4). K 3.9. Swan d/c'd today per Dr. {name:Kaplan}. Wife {name:Florence} at bedside most of day, lives in {loc:Lexington}. Dispo: likely to {loc:Spaulding} when stable vs home w/ VNA. -{name:L. Achterberg} RN"],
  ["rt-lower", "rt: neb given, pt sob improved. bbs exp wheezes. -{name:dq}"],
  ["csru-nursing", "CSRU Nursing Progress Note 0700-1900 ({date:24-Jul})\n{age:ninety-one year old} woman POD #3 s/p AVR/CABG x1 by Dr {name:Mukherjee} on {date:21-Jul}. Transferred up {date:18-Jul} from {loc:St. Vincent's} in {loc:Worcester}.\nNEURO: Intermittently confused overnight (? sundowning), haldol 0.5 IV x1 per NP {name:Fernandes}. This AM oriented x2.\nCV: SR 70s w/ 1st deg AVB. Wires capped. SBP 110-140. Lopressor 12.5 PO bid started.\nRESP: 3L NC, sats 93-95%. CXR L effusion, IS 500.\nGI: tolerating clears, +flatus.\nGU: foley d/c'd @ 0600, voided 300cc.\nENDO: RISS, FS 140-180.\nSKIN: sternum open to air, c/d/i. L leg EVH site ecchymotic.\nSOCIAL: Son {name:Aurelio Quintero} visited, he lives in {loc:Framingham} and works nights at {loc:Logan Airport}, {phone:(508) 555-0124}.\nPLAN: To {loc:Stoneman 7} when bed avail. PT consult.\n{name:C. Delacroix}, RN"],
  ["ccu-caps", "CCU NURSING PROGRESS NOTE 1900-0700\nDX: CARDIOGENIC SHOCK S/P IMI {date:JULY 19TH}, IABP\nNEURO: SEDATED ON PROPOFOL 20MCG/KG/MIN, MAE TO NOXIOUS. PERRL.\nCV: IABP 1:1, AUGMENTED DIASTOLIC 100-110. HR 90S ST. DOPA 5, LEVO 0.08. R FEM IABP SITE OOZING SLIGHTLY, PRESSURE DSG. PEDAL PULSES DOPPLERABLE.\nRESP: AC 500X14 .50/8. SATS 97%.\nRENAL: UO 20-30CC/HR. CR 2.3 UP FROM 1.8.\nID: TMAX 101.2, BCX SENT.\nSOCIAL: WIFE {name:NADIA HAKIMI} AND BROTHER {name:FARID} IN OVERNIGHT. WIFE'S CELL {phone:617-555-0182}. REQUESTING DR {name:YILMAZ} CALL HER IN AM.\nPLAN: ? WEAN IABP TOMORROW. RENAL CONSULT.\n{name:MK}/"],
  ["rt-caps", "RESP: PT PLACED ON 50% COOL NEB VIA TRACH MASK, TOL WELL. #8 SHILEY CHANGED {date:7/26} BY RRT {name:GALLOWAY}."],
  ["csru-lower", "addendum: pt's nephew {name:tomasz kowalczyk} here from {loc:chicopee}, would like to be called w/ any change {phone:413-555-0117}. not hcp - hcp is wife. -{name:kt}"],
  ["ccu-nursing", "Pt transferred to {loc:Farr 6} @ 1530 via w/c, report given to {name:Priya} RN. Belongings w/ pt. Dtr notified. -{name:L. Achterberg} RN"],
  ["csru-caps", "CSRU NPN: {age:95 Y/O} F POD 0 S/P MVR (DR {name:MUKHERJEE}). ARRIVED FROM OR @ 1420 ON NEO/NTG. REMAINS INTUBATED, SEDATED. CT 100CC 1ST HR THEN 40CC. DAUGHTER {name:ELEANOR VOSS} IN WAITING RM, UPDATED BY SURGEON. -{name:JB}"],
  ["rt-note", "Respiratory Therapy - {date:7/27}\nPt is s/p trach ({date:7/24}, ENT {name:Rybicki}) on PSV 10/5 40%, RR 18-22, Vt 380-420. Tol trach collar trial x 2 hrs this AM, sats 92-94% 40% TM, then tired, returned to PSV. Suction q2-3h for mod thick white. Speaking valve eval deferred per SLP ({name:Okafor}). Pt mouthing words, wife {name:Efua} at bedside helping to interpret. Plan: TC trials bid as tolerated.\n{name:D. Quintanilla}, RRT x{phone:4-7731}"],
  ["ccu-nursing", "Per Dr. {name:Halvorsen}, ok to hold heparin for cath in AM. {name:SD}"],
  ["ccu-lower", "ccu progress note 7p-7a\npt is {age:ninety four yo} man s/p lad stent {date:7/21}, transferred from {loc:good samaritan} in {loc:brockton}.\novernight: pt slept poorly, c/o back pain, tylenol x1 w/ some relief. r groin cdi, no bruit.\ncv: nsr 60s, bp 100-120/50s. integrilin off @ 0200.\nresp: ra sat 96%.\ngi: ate 50% supper.\ngu: voids in urinal.\nsocial: very hard of hearing. wife deceased. lives w/ dtr {name:carol} in {loc:stoughton}, dtr's # {phone:781-555-0151}.\nplan: ?d/c home {date:wed}.\n-{name:ao}"],
  ["csru-nursing", "0200: Pt attempted to climb OOB, confused. Sitter requested. Dr. {name:Tran} (fellow) aware, no new orders. -{name:C. Delacroix} RN"],
  ["rt-caps", "RT NOTE {date:25-JUL}: PT REMAINS ON NIPPV 14/6 FIO2 45%. DRS {name:KAPLAN} & {name:ITO} AWARE OF INCR WOB, ABG 7.29/58/66. WILL INTUBATE IF NO IMPROVEMENT W/IN 1 HR. -{name:J. BRANNIGAN} RRT"],
  ["ccu-nursing", "Social work note copied for nursing: pt's only family is niece {name:Ingrid Bergstrom} in {loc:Burlington, VT}, who prefers email: {contact:ingrid.bergstrom@sover.net} or phone {phone:802-555-0142}. She plans to drive down {date:Friday}. -{name:S. Dufresne}, RN"],
  ["csru-lower", "wires d/c'd @ 1400 per {name:fernandes} np, site cdi, vs stable q15min x4. -{name:kt}"],
  ["ccu-caps", "CCU NSG ADMIT NOTE\nPT IS {age:97}, LIVES INDEPENDENTLY IN {loc:EASTON} W/ HELP FROM SON. ADMITTED VIA {loc:BROCKTON HOSPITAL} ER {date:7-19-03} WITH AF RVR 160S, SBP 80S. S/P DCCV X1 AT OSH UNSUCCESSFUL. HERE ON AMIODARONE GTT, RATE 90-110. UNIT #{id:0091-5524}. FULL CODE PER PT. SON {name:GUS PAPADAKIS} {phone:508-555-0177}. -{name:RC}"],
  ["rt-lower", "rt note {date:7/28}: weaned to 2l nc overnight. cpt done x2. pt independent w/ is, reaching 1000. will d/c rt follow per dr {name:ouellette}. -{name:gb}"],
  ["ccu-nursing", "Dr. {name:Yilmaz} spoke w/ pt and wife about CABG vs PCI. Pt wants to think about it and talk to his PCP, Dr. {name:Feeney} at {loc:Harvard Vanguard} in {loc:Braintree}. Surgical consult (Dr {name:Petrossian}) to see pt {date:tues}. -{name:L. Achterberg} RN"],
  ["csru-caps", "CSRU NURSING NOTE {date:JULY 26}\nS/P CABG X4 {date:7/25} W/ DR {name:PETROSSIAN}. {age:90 YO} MALE FROM {loc:ATTLEBORO}, WAS AT {loc:STURDY MEMORIAL} X 3 DAYS PRIOR TO TRANSFER.\nNEURO: ALERT, ORIENTED, MAE. PAIN 3-4/10 W/ PERCOCET.\nCV: SR 80S, RARE PAC. SBP 100-130. NEO OFF SINCE 0800. LOPRESSOR 12.5 BID STARTED. CT'S DC'D @ 1100 BY NP {name:FERNANDES}, CXR NO PTX.\nRESP: 4L NP, SATS 95%. COUGH WEAK, SPLINTING W/ PILLOW.\nGI/GU: TOL CLEARS, FOLEY OUT @ 0600, DTV BY 1400.\nSOCIAL: WIFE {name:MILDRED} ({age:91 YRS}) AT {loc:LIFE CARE CENTER OF ATTLEBORO}, DTR {name:JOANNE} CALLS Q DAY {phone:508-555-0160}.\nPLAN: TO {loc:FELDBERG 7} IN AM.\n-{name:T. SZABO}, RN"],
  ["rt-note", "Pt refused CPAP tonight, stated 'I'll wear it when I'm home.' Educated. Will reattempt tomorrow. {name:Galloway} RRT"],
  ["ccu-lower", "pt's pcp dr {name:nwosu} from {loc:lynn community health} called for update, # {phone:781-555-0114}. fellow ({name:ito}) returned call. -{name:jmc}"],
  ["ccu-nursing", "CCU Nursing Progress Note {date:7-26}, nights\nThis is an 88 yo woman w/ HOCM, admitted {date:7-24} for syncope at home in {loc:Malden}. Echo today per Dr. {name:Sundqvist}: LVOT gradient 80 mmHg. Beta blocker titrated.\nTele: SR 60s, no events.\nBP 110/60s, orthostatics neg.\nHold all diuretics/nitrates per {name:Sundqvist}.\nICD discussion ongoing, EP (Dr {name:Lindqvist}) to see.\nRecords from {loc:Melrose-Wakefield Hospital} faxed ({phone:781-555-0199}), on chart. OSH MRN {id:MW-0057731}.\nHusband {name:Harold} (HCP) {phone:781-555-0126}.\n-{name:S. Dufresne}, RN"],
  ["csru-lower", "1715 pt in af rvr 140s, bp stable. 5 mg lopressor iv x2, amio bolus 150 per {name:tran}. converted to sr @ 1800. dr {name:mukherjee} updated by phone. -{name:cd}"],
  ["rt-caps", "RESP CARE: PT EXTUBATED TO 50% FACE TENT @ 0930 ON {date:7/28}. + CUFF LEAK. NO STRIDOR. WILL WEAN AS TOL. {name:DQ} RRT BEEPER {phone:41186}"],
  ["ccu-nursing", "Wife {name:Penelope} called from {loc:Portland, ME} at 2100, asking if she should drive down. Explained pt stable. She will come {date:Sunday}. -{name:SD}"],
  ["csru-nursing", "CSRU NURSING {date:7/29}\nD: {age:93 y/o} F POD 2 s/p MVR/TVR w/ Dr. {name:Abernathy} on {date:7/27}. Transferred {date:7/22} from {loc:Rhode Island Hospital} after ? endocarditis, TEE there showing MV veg. ID consult here (Dr {name:Haddad}).\nA: Vanco/gent continued per ID, levels drawn. Wires checked - A & V capture ok. Neo 0.3 for SBP >90. Diuresed w/ lasix 40 IV, 700cc. Pt OOB to chair w/ 2 assist, tolerated 45 min.\nR: HR 80s SR, SBP 95-110. Sats 96% 4L. Pt more alert this shift, asking for her dog.\nP: Cont abx, PICC for 6 wks, case mgmt re: rehab at {loc:Oakland Grove} in {loc:Woonsocket}. Granddaughter {name:Meredith} ({phone:401-555-0108}) is contact.\n{name:C. Delacroix} RN"],
  ["rt-lower", "rt: abg sent, 7.44/36/102 on 35%. fio2 decr to 30%. -{name:b. okonkwo}"],
  ["ccu-caps", "EVENT: @ 0440 PT IN VF ARREST, SHOCKED 200J X1 -> SR. NO CPR NEEDED. FELLOW ({name:NAKAMURA}) AND ATTENDING DR {name:VARGA} AT BEDSIDE. AMIO 150 BOLUS THEN GTT. LYTES SENT. SON {name:KWAME} NOTIFIED {phone:617-555-0173}. -{name:MK}"],
  ["csru-caps", "PT TRANSFERRED TO {loc:FARR 6} ON {date:7/30}, REPORT TO {name:SIOBHAN} RN. -{name:JB}"],
  ["ccu-nursing", "CCU Admit Note\nPt is a {age:99-year-old} woman flown in from {loc:Eastern Maine Medical Center} in {loc:Bangor} via {loc:Boston MedFlight} with aortic dissection type B, managed medically. On esmolol gtt 100 mcg/kg/min and NTP 0.5. SBP goal <120 per vasc surg (Dr {name:Ostrowski}).\nNeuro: alert, anxious, very sharp mentally, knows her meds.\nPain: back pain 4/10, MSO4 2mg prn.\nSocial: widowed, lives alone in {loc:Bar Harbor}. Nephew {name:Emmett Larochelle} is HCP, {phone:207-555-0193}. Pt states she has 'had a good run' and does not want surgery. DNR/DNI confirmed w/ Dr {name:Varga}.\n-{name:S. Dufresne}, RN"],
  ["csru-lower", "dr {name:petrossian} here @ 1900, ok to start coumadin tonight for mech mvr. inr goal 2.5-3.5. -{name:kt}"],
  ["rt-note", "RT Note {date:7/30} 0400\nPt failed SBT this AM (RSBI 130, RR 38). Returned to AC 450 x 14, 40%, 5. Sxn small amt. BBS diminished bases. Pt has hx COPD on 2L home O2 via {loc:Lincare}, acct {id:LC-4471902}. Plan: rest overnight, retry SBT in AM, discuss trach w/ team (Dr {name:Ouellette}) if fails x3.\n- {name:Moynihan}, RRT pgr {phone:3-0412}"],
  ["ccu-lower", "ccu nursing 7a-7p {date:7/31}\npt {age:ninety-two y/o} man, hd day 4, s/p pci rca.\nneuro: aox3, pleasant, hoh.\ncv: sr 70s, bp 120s/60s. l radial site cdi. plavix/asa/statin.\nresp: ra 95%.\ngi: regular diet, ate well.\ngu: voiding.\nskin: intact.\nactivity: walked in hall x2 w/ physical therapy ({name:yusuf}).\nsocial: lives w/ wife in {loc:saugus}, wife {name:agnes} drives. son {name:rocco} lives nearby, {phone:781-555-0186}.\ndispo: home tomorrow w/ vna. follow up w/ dr {name:halvorsen} 2 wks.\n-{name:ao}"],
  ["ccu-caps", "DR {name:KAPLAN} AWARE OF K 5.9, KAYEXALATE 30G GIVEN. -{name:RC}"],
  ["csru-nursing", "Pt's wife {name:Dorothea} requested info be given only to her and son {name:Lars}; code word 'bluebird'. Son's # {phone:617-555-0130}. -{name:C. Delacroix} RN"],
  ["rt-caps", "RESPIRATORY CARE {date:31-JUL}\nPT WITH ARDS S/P CABG, VENT SETTINGS CHANGED PER ARDSNET: AC 380 X 24, FIO2 .80, PEEP 14. PLAT 29. ABG 7.30/50/64. PRONE POSITIONING DISCUSSED BY DR {name:OYELARAN} AND DR {name:ABERNATHY}, DEFERRED DUE TO FRESH STERNOTOMY. INO STARTED @ 20 PPM @ 1530, PAO2 UP TO 82.\n{name:J. BRANNIGAN} RRT X{phone:6-2290}"],
  ["ccu-nursing", "Pt brought own pacer ID card, serial {id:KDR701-44829}, copy placed in chart. -{name:SD}"],
  ["csru-lower", "csru nursing progress note\n{date:8/1} 7a-7p\n{age:91 yo} woman pod 5 s/p avr, slow progress.\nneuro: lethargic in am, more alert after noon. geri consult (dr {name:amadi}).\ncv: sr 70s, occ pvc. bp 100-120s. off all gtts.\nresp: 3l nc sats 94. is 400.\ngi: poor appetite, nutrition following, ensure tid.\ngu: foley replaced for retention, 800cc.\nskin: sacrum reddened, blanchable. turned q2.\nsocial: dtr {name:bernadette} & son-in-law here from {loc:new london, ct}. they are asking about {loc:whittier} vs {loc:youville}. case mgr {name:odette} paged ({phone:35510}).\n-{name:kt}"],
  ["ccu-caps", "PT'S PRIEST, FR. {name:OKONJO} FROM {loc:ST. BRENDAN'S} IN {loc:DORCHESTER}, IN TO GIVE SACRAMENT OF THE SICK. -{name:MK}"],
  ["rt-note", "Pt on 40% aerosol via TM. Refuses CPT. Coughing up small amt clear. Sats 95%. {name:D. Quintanilla} RRT"],
  ["ccu-nursing", "Event 1350 {date:8-2}: Pt to cath lab for rescue PCI, Dr. {name:Halvorsen} & fellow ({name:Ito}). Family (Mrs. {name:Tanaka-Ruiz}) in family room, phone {phone:617-555-0144}. -{name:L. Achterberg} RN"],
  ["csru-caps", "CSRU NPN NIGHTS {date:8/2}-{date:8/3}\nPT IS A {age:NINETY-SIX YR OLD} MAN, POD 1 S/P AVR/CABG X2. VERY STABLE NIGHT. A-PACED 90. EXTUBATED @ 0100 W/O DIFFICULTY. CT'S 10-20CC/HR. K 4.1. SON {name:HAKAN} FLEW IN FROM {loc:ISTANBUL}, STAYING AT {loc:THE HOLIDAY INN} ON {loc:BEACON ST}, CELL {phone:617-555-0109}. -{name:JB}"],
  ["rt-lower", "rt: pt on home cpap 10 from {loc:apria}, machine checked by biomed, ok to use. -{name:gb}"],
  ["ccu-nursing", "CCU NPN 7p-7a\nPt admitted {date:8/3} at 2200 from {loc:Lowell General} w/ STEMI, s/p thrombolytics there (TNK @ 1930), still w/ ST elevation -> rescue cath here by Dr. {name:Varga}, 2 stents to RCA.\nNeuro intact.\nCV: HR 50s SB, BP 100/60. R fem sheath pulled @ 0230 by fellow ({name:Nakamura}), hemostasis w/ 20 min manual pressure. Bedrest till 0830.\nResp: 2L NC.\nSocial: works for the {loc:MBTA} as bus driver. Wife {name:Lucia} and dtr {name:Gabriela} here, went home to {loc:Chelmsford} @ 0100. Home {phone:978-555-0111}.\n{name:S. Dufresne}, RN"],
  ["csru-nursing", "Plan per rounds ({name:Abernathy}/{name:Fernandes}): d/c wires, start lasix 20 bid, OOB TID. -{name:C. Delacroix} RN"],
  ["rt-caps", "{date:8/4} 1400 PT SUCTIONED FOR MOD AMT THICK WHITE. RRT {name:BRANNIGAN}"],
  ["ccu-lower", "wife {name:ines} asked that dr {name:yilmaz} call her, home # {phone:617 555 0139}, will be in after work ({loc:gillette} plant in {loc:south boston})."],
  ["ccu-caps", "CCU NURSING PROGRESS NOTE, DAYS, {date:AUG 4TH}\n{age:NINETY ONE YEAR OLD} F W/ HX CAD, CHF, DM2, ADMITTED W/ FLASH PULM EDEMA FROM {loc:CHARLTON MEMORIAL} IN {loc:FALL RIVER}.\nNEURO: A+OX3, VERY PLEASANT, SPEAKS PORTUGUESE PRIMARILY, INTERPRETER ({name:VALDEMAR}) USED FOR ALL TEACHING.\nCV: SR 80S, BP 140-160/70S, NTG GTT 80 MCG/MIN, CAPTOPRIL STARTED.\nRESP: BIPAP OFF @ 1000, NOW 4L NC SAT 94%. CRACKLES BASES.\nGU: LASIX 80 IV BID, UO 2.2L.\nSOCIAL: DTR {name:FATIMA MEDEIROS}, {phone:508-555-0150}, WORKS AT {loc:ST. ANNE'S HOSPITAL}.\nPLAN: ECHO, ? CATH WHEN CR BETTER.\n-{name:RC}"],
  ["rt-note", "RT {date:8-5}: Pt trialed on Passy-Muir valve w/ SLP, tolerated 20 min, able to vocalize. Pt's first words to wife {name:Efua} were about the grandkids. -{name:Galloway} RRT"],
  ["csru-lower", "{date:sun} - pt's brother {name:vince} visited, brought pt's glasses."],
  ["csru-nursing", "CSRU Nursing Progress Note - {date:August 5th}\n{age:90 year old} man, POD 0 s/p redo CABG (prior CABG 1989 at {loc:Hartford Hospital}). Surgeon Dr. {name:Mukherjee}, anesthesia Dr. {name:Vukovic}.\nNeuro: sedated on propofol 25, will lighten for neuro check @ 2000.\nCV: V-paced at 80 for underlying SB 40s. Epi 0.03, neo 1.0. CI 1.9 -> NP {name:Fernandes} aware, 500cc hespan given, CI up to 2.3. Chest tubes x3 (med, L pl, R pl) 80cc/1st hr.\nResp: CMV 700x12, 60%, 5 PEEP. ABG 7.35/42/210.\nGU: UO 100-200cc/hr post lasix.\nLabs: HCT 27, PLT 98. K 4.6.\nSocial: wife {name:Imogen} and son waiting, updated by surgeon at 1600. Family lives in {loc:Enfield, CT}. Wife's cell {phone:860-555-0165}.\n{name:C. Delacroix}, RN"],
  ["ccu-caps", "PT DC'D HOME W/ DTR {name:ROSALIND} @ 1130. {loc:VNA OF CAPE COD} TO SEE PT {date:THURS}. -{name:MK}"],
  ["rt-lower", "rt note {date:8/6}\npt on 3l nc, no resp distress. nebs d/c'd per {name:kaplan}. pt ambulating. rt signing off. -{name:dq} rrt"],
  ["ccu-nursing", "CCU transfer-in note {date:8/6/05}\nPt came up from {loc:Reisman 11} after rapid response for hypotension. MRN {id:3318-204}. {age:94 y/o} man w/ severe AS (AVA 0.5), not surgical candidate per Dr. {name:Petrossian} (seen {date:7/12}).\nCV: SBP 80s -> 500cc NS + neo 0.5 started via R IJ (placed by fellow ({name:Tran})).\nResp: 4L NC, sats 93%.\nCode status: DNR, ok to intubate for now per pt and son. Son {name:Leopold} {phone:617-555-0190}, pgr {phone:617-555-0191}.\n-{name:L. Achterberg} RN"],
  ["csru-caps", "CSRU: DR {name:ABERNATHY} PULLED R PL CT @ 1015. CXR NO PTX. DTR {name:NOREEN} CALLED FROM {loc:PLYMOUTH}, UPDATED. -{name:T. SZABO} RN"],
  ["rt-caps", "RT NOTE {date:8/7}\nTRACH/VENT PT AWAITING PLACEMENT AT {loc:NEW ENGLAND SINAI}. SETTINGS PSV 12/5 35%. TC TRIALS X 4 HRS BID. SCREENING BY {name:GILLIAN} (LIAISON) {date:8/8}, LIAISON'S # {phone:781-555-0122}.\n{name:J. BRANNIGAN} RRT"],
  ["ccu-nursing", "Pt very upset today, states her husband died in this unit years ago. Social work ({name:Rhiannon}) paged to see. -{name:SD}"],
  ["csru-lower", "csru progress 7a-7p {date:8/8}\n{age:ninety-seven year old} woman s/p emergent cabg x2 {date:8/6} after failed pci at {loc:caritas norwood}.\nneuro: opens eyes, not following commands, off sedation 12 hrs. neuro consult (dr {name:chaudhry}), head ct neg.\ncv: sr 90s, epi 0.02, vaso 0.04.\nresp: cmv 500x14 50%/8.\nrenal: crrt started @ 1200 per renal (dr {name:kessler}).\nsocial: family mtg planned {date:8/9} 1400 w/ dr {name:mukherjee}. son {name:francis}, dtrs {name:maeve} and {name:colleen}. son's # {phone:781 555 0107}.\n-{name:kt}"],
  ["ccu-caps", "DTR {name:IRENE} ASKING FOR CALL BACK RE: PACER, {phone:978-555-0102 EXT 214}. -{name:RC}"],
  ["rt-note", "RT Consult: home O2 eval for d/c. Sats RA at rest 91%, ambulating 86%. Qualifies for 2L. Set up w/ {loc:Northeast Home Medical} ({phone:800-555-0135}), delivery to home in {loc:Gloucester} {date:8/9}. - {name:Moynihan}, RRT"],
  ["csru-nursing", "Pt's pastor Rev. {name:Thibodeau} here, prayed w/ family. -{name:C. Delacroix} RN"],
  ["ccu-lower", "pt states she is {age:ninety-nine}, 'and I want to see a hundred.' family ({name:greta}, dtr) confirms full code. -{name:jmc}"],
  ["ccu-nursing", "CCU NPN {date:8-9} 0700-1900\nID: {age:92 yo} M w/ ischemic CM (EF 15%), VT storm, s/p ICD shocks x6 at home {date:8-7}. Transferred from {loc:Beverly Hospital} {date:8-8}. ICD interrogated by {loc:Guidant} rep ({name:Brent}).\nNeuro: A&O, anxious, ativan 0.5 x1.\nCV: SR 70s on lido 1mg/min + amio 0.5. No VT since 0300. EP (Dr {name:Lindqvist}) plans VT ablation {date:Tues} vs med mgmt.\nResp: 2L, sats 97%.\nGI: NPO after MN for possible procedure.\nSocial: wife {name:Bettina} here all day, staying at the {loc:Yawkey Family Inn}. They live in {loc:Newburyport}. Home {phone:978-555-0113}.\n-{name:L. Achterberg} RN"],
  ["rt-lower", "rt: pt asleep on cpap 8 w/ 2l bleed in. mask brought from home by son {name:teddy}. -{name:gb}"],
  ["csru-caps", "CSRU NOTE {date:8/10}: PT WITH NEW L ARM WEAKNESS @ 0545. CODE STROKE CALLED. NEURO (DR {name:PARASKEVAS}) AT BEDSIDE, PT TO CT. SURGEON DR {name:MUKHERJEE} NOTIFIED. WIFE {name:LIDIA} NOTIFIED AT {phone:617-555-0176}. -{name:JB}"],
  ["ccu-nursing", "Records requested from {loc:Maine Medical Center} cath lab re: {date:6/12/04} cath, fax {phone:207-555-0187}. -{name:SD}"],
  ["ccu-caps", "CCU NSG PROGRESS NOTE {date:8/11} 1900-0700\n{age:NINETY-FIVE Y/O} F W/ ? TAKOTSUBO VS ANT MI, CATH {date:8/10} CLEAN CORONARIES PER DR {name:HALVORSEN}. LV APICAL BALLOONING, EF 30%.\nNEURO: INTACT, ANXIOUS ABOUT HUSBAND WHO IS AT {loc:SHERRILL HOUSE}.\nCV: ST 100S, BP 100/60. ASA, LOPRESSOR, LISINOPRIL.\nRESP: RA.\nGU: VOIDING.\nSOCIAL: HUSBAND {name:ARCHIBALD} ({age:98}) IN NURSING HOME, SHE IS HIS HCP. NEPHEW {name:QUENTIN} {phone:617-555-0145} HANDLING FINANCES.\n-{name:RC}"],
  ["rt-note", "ABG @ 0500 7.48/32/70 on 6L NC. Switched to 50% face tent per fellow ({name:Nakamura}). - {name:B. Okonkwo} RRT"],
  ["csru-nursing", "Pt reports he was a machinist at {loc:General Dynamics} in {loc:Groton} for 40 yrs, asbestos exposure. Pulm to see per {name:Abernathy}. {name:C. Delacroix} RN"],
  ["ccu-lower", "ccu npn 11p-7a {date:8/12}\npt {age:93 yo} f s/p ppm revision. sleeping most of nite.\ncv: paced 60, no pauses. bp 140/70. l chest dsg dry.\nresp: ra.\nneuro: baseline dementia, oriented to self.\nsafety: bed alarm on.\nsocial: pt lives at the {loc:jewish home} in {loc:worcester}, staff nurse {name:lakshmi} there called for update {phone:508-555-0159}.\n-{name:ao}"],
  ["csru-caps", "PER DR {name:PETROSSIAN}, PT MAY SHOWER {date:8/13}. -{name:T. SZABO}"],
  ["rt-caps", "PT PLACED ON BIPAP 15/8 40% PER FELLOW ({name:TRAN}) FOR RR 34. -{name:DQ}"],
  ["ccu-nursing", "Billing office called re: pt's insurance, {loc:Harvard Pilgrim} member # {id:HP00821347}, given to case mgr. -{name:SD}"],
  ["csru-lower", "pt's wife {name:junko} and dtr here from {loc:brookline}, dtr is a nurse at {loc:children's}, asked good questions re: wires. -{name:kt}"],
  ["ccu-nursing", "CCU Admit {date:8/14}\n{age:101 y/o} woman (!) from {loc:Ledgewood} nursing home in {loc:Beverly}, with CHB, HR 30s, dizzy. Temp wire placed by Dr. {name:Iannucci} in cath lab. PPM planned tomorrow w/ EP.\nCV: V-paced 70 via temp wire, R IJ, capture ok at 2 mA.\nNeuro: A&Ox2, lovely lady, hums the whole time.\nSocial: great-niece {name:Harriet Winslow} is HCP, {phone:978-555-0168}.\n-{name:S. Dufresne}, RN"],
  ["rt-lower", "rt: trach care done, inner cannula changed, pt on 35% tm sats 97. wife {name:efua} taught suctioning, return demo good. -{name:dq}"],
  ["ccu-caps", "CCU NPN {date:8/15}: PT S/P CARDIAC ARREST AT {loc:FENWAY PARK} {date:8/13}, BYSTANDER CPR, AED X2. COOLING PROTOCOL COMPLETED. NOW REWARMED, OFF SEDATION, NOT YET WAKING. NEURO (DR {name:PARASKEVAS}) FOLLOWING. WIFE {name:BRIDGET} AT BEDSIDE, {phone:617-555-0153}. -{name:MK}"],
  ["csru-nursing", "NP {name:Fernandes} paged (pgr {phone:4-1187}) re: low UO, 500cc LR ordered. -{name:CD}"],
  ["ccu-nursing", "Pt d/c'd to {loc:Braintree Rehab} via {loc:Fallon Ambulance} @ 1300. Copy of d/c summary, meds sent. Son {name:Oskar} notified. -{name:L. Achterberg} RN"],
  ["rt-note", "RT Note {date:Aug 16}: Pt with hx of difficult airway (grade IV view per anesthesia, Dr. {name:Vukovic}), airway cart at bedside. Extubation planned {date:8/17} in AM w/ anesthesia present. - {name:J. Brannigan} RRT"],
  ["csru-caps", "CSRU NPN DAYS {date:16-AUG}\n{age:NINETY-TWO YO} M S/P CABG X3 {date:13-AUG} (DR {name:ABERNATHY}). TRANSFERRED FROM {loc:CONCORD HOSPITAL} {date:10-AUG}.\nNEURO: A&O X3, SOME DELIRIUM AT NIGHT.\nCV: AF RVR OVERNIGHT -> AMIO. NOW SR 70S. COUMADIN TO START PER NP {name:FERNANDES}.\nRESP: 2L, SATS 96%.\nGI: +BM.\nGU: VOIDING.\nSOCIAL: WIFE {name:HENRIETTA} AND SON {name:ABNER} FROM {loc:HENNIKER, NH}. SON'S # {phone:603-555-0128}.\nPLAN: TO {loc:FARR 6}.\n-{name:JB}"],
  ["ccu-lower", "dr {name:varga} aware of trop 2.1. -{name:jmc}"],
  ["rt-note", "RT: Pt evaluated for pulm rehab. Will refer to program at {loc:Winchester Hospital} near home ({loc:14 Maple Terrace}, {loc:Woburn}, {loc:MA} {loc:01801}). - {name:Moynihan}, RRT"],
  ["ccu-caps", "PT HAS NO INSURANCE, SW TO ASSIST W/ MASSHEALTH APPLICATION. SSN {id:031-58-2294} GIVEN TO SW. -{name:RC}"],
  ["csru-nursing", "CSRU Nursing Note, nights {date:8/17}-{date:8/18}\nPt {age:ninety-three y.o.} man, POD 1 s/p MVR (Dr. {name:Mukherjee}), transferred from {loc:Backus Hospital} in {loc:Norwich}.\nNeuro: awake, following commands, extubated @ 2200.\nCV: AV paced 90. Milrinone 0.25. CI 2.4.\nResp: 50% face tent + 4L NC, sats 94%.\nGU: 50-100cc/hr.\nSocial: Dtr {name:Honora} & husband {name:Lyle} staying at {loc:Best Western} near hospital, {phone:617-555-0121}.\n{name:C. Delacroix}, RN"],
  ["ccu-caps", "CCU NPN {date:7.30}: PT'S SON {name:NIKOLAI} ARRIVED FROM {loc:BURLINGTON} ({loc:FLETCHER ALLEN} NURSE). REQUESTING ALL UPDATES GO TO HIM, {phone:802-555-0179}. -{name:MK}"],
  ["csru-lower", "pt's dtr {name:siobhan} reports pt was at {loc:falmouth hospital} {date:jul 2nd} for chest pain, records requested. -{name:cd}"],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_170_FIRST_CLEAN: string[] = [
  "CCU NPN 7A-7P\nNEURO: A&OX3, MAE.\nCV: SR 70S, NO ECTOPY. BP 110-130/60S. R FEM SITE CDI, +PP.\nRESP: RA, SATS 96%.\nGI: TOL CARDIAC DIET.\nGU: VOIDING QS.\nPLAN: AMBULATE, TEACHING RE: NEW MEDS.",
  "rt: pt on 2l nc, sats 95%. bbs clear. no rt needs at this time.",
  "CSRU Nursing Progress Note 1900-0700\nNeuro: Propofol off @ 2100, pt awake and nodding appropriately.\nCV: A-paced 88 via epicardial wires, underlying SB 50s. Neo 0.4 mcg/kg/min. CI 2.3. CT's to -20 sxn, 30-40cc/hr serosang.\nResp: Weaned to CPAP 5/5, ABG 7.38/40/110. Extubated @ 0300 to 50% face tent.\nGU: Foley, UO 60-100cc/hr.\nPlan: Swan out in AM, advance diet, OOB to chair.",
  "RESP CARE NOTE: PT REMAINS ON AC 500 X 12, FIO2 40%, PEEP 5. SX'D FOR SMALL AMT WHITE SECRETIONS. ALBUTEROL MDI Q4 GIVEN. NO CHANGES OVERNIGHT.",
  "Pt c/o 6/10 incisional pain, percocet 2 tabs given w/ relief to 2/10 within the hour.",
  "csru npn: uneventful shift. pt walked 2 laps w/ rolling walker. ct sites dsg changed, scant drainage. k 4.2, mg 2.0.",
  "EVENT: 0315 PT WITH 6 BEAT RUN VT, ASYMPTOMATIC, BP STABLE. LYTES SENT, K 3.6 -> 40 MEQ KCL PO. TEAM AWARE.",
  "Foley d/c'd @ 0600, pt to void by 1400. Bladder scan prn per protocol.",
  "RT: Incentive spirometer teaching done, pt achieving 1250 mL. Encouraged to use q1h while awake. Flutter valve given.",
  "CCU NURSING: PT ON HEPARIN GTT 1000 U/HR, PTT 72, THERAPEUTIC. NO BLEEDING NOTED. NEXT PTT DUE 1800.",
  "pt had swan-ganz pulled @ 1000, tip intact, site covered w/ occlusive dsg. cvp line remains via cordis.",
  "CSRU: IABP REMOVED @ 1400 BY TEAM, 30 MIN MANUAL PRESSURE, THEN FEMSTOP X 2 HRS. DISTAL PULSES DOPPLERABLE AND UNCHANGED.",
  "Pt anxious re: upcoming cath, questions answered, ativan 0.5 mg po given. Family at bedside and supportive.",
  "RT NOTE: PT IN MILD RESP DISTRESS, RR 28, SATS 89% ON 4L. PLACED ON NRB, SATS UP TO 95%. ABG SENT. MD AWARE.",
  "ccu nursing 7p-7a\nneuro: sleeping in naps, arousable, appropriate.\ncv: afib 80-100s, dilt 30 po q6. bp 110s/60s.\nresp: 2l nc, crackles at bases.\ngi: abd soft, +bs, no bm.\ngu: lasix 40 iv x1, 600cc out.\nplan: rate control, ?tee/dccv.",
  "Chest tubes d/c'd per protocol, CXR shows no PTX. Pt tolerated well. Occlusive dsg to sites.",
  "MEDS GIVEN AS ORDERED. PT REFUSED HS LOVENOX, STATES 'TOO MANY SHOTS.' EDUCATED, STILL REFUSES. MD AWARE.",
  "rt: vent check, settings unchanged, cmv 600x12 50% peep 8. plat 24. cuff pressure 25. hob 30.",
  "CSRU Nursing Progress Note\nD: POD 2 s/p CABG x3. Pt OOB to chair x2, ambulated 50 ft w/ PT.\nA: Lasix 20 IV bid, K repleted. Wires capped. Sternal precautions reviewed.\nR: Tolerating activity, HR up to 100s w/ exertion, recovers quickly.\nP: Transfer to step-down when bed available.",
  "PT'S CODE STATUS CHANGED TO DNR/DNI AFTER FAMILY MEETING W/ ATTENDING. COMFORT MEASURES NOT YET INSTITUTED. CHAPLAIN TO VISIT.",
  "Pt with Cheyne-Stokes pattern while asleep, sats dip to 86% then recover. Team aware, ? sleep study as outpt.",
  "rt: bipap 12/5 applied for sleep, pt tolerating w/ full face mask, leak minimal.",
  "CCU NPN: PT S/P DCCV @ 1100 (150J X1) -> NSR 70S. POST-PROCEDURE ALERT, VSS. ON AMIO 400 BID.",
  "Heart rate in the 40s with Mobitz I (Wenckebach) overnight, asymptomatic, BP stable. Atropine at bedside. Holding beta blocker per team.",
  "pt's family called x3 this shift, updated on plan of care each time. they will visit in the morning.",
  "RESP: EXTUBATED TO 40% SHOVEL MASK @ 1030. + COUGH, GOOD GAG. SPEAKING IN FULL SENTENCES. SATS 97%.",
  "CSRU Event Note 2230: SBP dropped to 70s w/ ventricular pacing, switched to AAI at 90, SBP back to 110s. Fellow aware.",
  "ccu: pt's home meds reconciled with pharmacy. holding metformin for dye load, resume in 48 hrs per protocol.",
  "RT NOTE: 10 MIN SBT ON CPAP 5/5, RSBI 54, RR 18, VT 420. PASSED. TEAM NOTIFIED FOR EXTUBATION.",
  "Pt is a 74 yo man s/p IMI, now chest pain free. Ambulating independently, teaching completed re: nitro SL and when to seek help.",
  "pt's sacral decubitus stage II, cleaned, allevyn applied, on air mattress. turned q2h.",
  "CSRU NPN 7A-7P: UNEVENTFUL DAY. NEO WEANED OFF. FOLEY OUT. TOLERATING REG DIET. WIRES PULLED, NO ECTOPY. READY FOR FLOOR.",
  "RT: Pt's O2 weaned to 1L NC, sats 94% at rest, 91% ambulating. Will reassess for home O2 before d/c.",
  "CCU NPN: HR 50-60s, BP 90-100/50s on dopamine 3. UO marginal 25-30cc/hr. Team considering milrinone. Swan numbers: PA 50/28, wedge 24, CO 3.1, CI 1.7, SVR 1400.",
  "Pt educated on heart failure: daily weights, 2 g Na diet, fluid restriction 1.5 L. Pt able to teach back.",
  "csru: pt vomited x1 after clears, zofran 4 mg iv given. ngt not needed at this time. diet back to sips.",
  "RT: CHEST PT AND POSTURAL DRAINAGE DONE X20 MIN. PRODUCTIVE OF LG AMT THICK YELLOW. SPUTUM CX SENT.",
  "Pt's Foley replaced for retention (900cc) after failed voiding trial. Flomax started per urology.",
  "CCU: PT WITH NEW ONSET AFIB 130S @ 2100, BP 100/60. LOPRESSOR 5 MG IV X3 WITH RATE TO 90S. HEPARIN STARTED PER PROTOCOL.",
  "rt note: nebulized racemic epi given x1 for post-extubation stridor, improved. decadron per team. will monitor closely overnight.",
  "Nursing: Pt transferred to step-down unit in stable condition via bed, all belongings with pt. Report given to receiving RN.",
  "CSRU NPN: TRANSFUSED 1 UNIT PRBC FOR HCT 23. NO REACTION. POST HCT PENDING.",
  "Pt sundowning after 2000, pulling at lines. Mitts applied per restraint protocol, MD order obtained, checks q15min. Haldol 1 mg IV x1 w/ effect.",
  "rt: abg 7.42/38/88 on 40%, pressure support decreased to 8/5, tolerating, rr 20.",
  "TEMP PACING WIRE CHECKED, THRESHOLD 1.2 MA, SET AT 3 MA, RATE 60 DEMAND. PT NOT PACING, UNDERLYING SR 70S.",
  "CCU Nursing Progress Note 0700-1900\nNeuro: Alert, oriented, pleasant.\nCV: S/P cath, stent x1 to LAD. R radial TR band removed @ 1000, site soft, no hematoma. SR 60-70s.\nResp: RA 97%.\nGI: Tolerating diet.\nGU: Voiding.\nPlan: Home tomorrow if stable, cardiac rehab referral.",
  "pt requested the chaplain; on-call chaplain paged and in to see pt within the hour.",
  "RESP THERAPY: TRACH COLLAR 35% X 6 HRS TODAY WITHOUT DIFFICULTY. BACK TO PSV 10/5 FOR NIGHT REST. GOAL 12 HRS TOMORROW.",
  "Pt's glucose 280 at 2100, covered per sliding scale, insulin gtt not restarted. Recheck at 0300 was 52, symptomatic, D50 1 amp given, recheck 140.",
  "csru: chest tube air leak noted, water seal chamber bubbling w/ cough. cxr stable. team aware, keep to sxn.",
  "RT: PT REFUSED NEB TX, STATES 'BREATHING IS FINE.' BBS CLEAR, SATS 96% RA. WILL OFFER PRN.",
  "CCU NPN: PT DIURESED 2.4 L, WEIGHT DOWN 1.8 KG. CR STABLE. K 3.7 REPLETED. LUNGS IMPROVED, FEWER CRACKLES.",
  "Pt has Jackson-Pratt drain to L leg EVH site, 15 cc serosang this shift. Ace wrap changed.",
  "rt: pt placed in trendelenburg for line placement, tolerated, sats unchanged. returned to hob 30 after.",
  "Family meeting held at bedside with attending, fellow, SW and RN. Agreed on comfort care. Morphine gtt started, titrate to comfort.",
  "CCU: KUSSMAUL RESPIRATIONS NOTED, AG 22. DKA PROTOCOL STARTED PER MICU CONSULT.",
];

/** Decision 170's batch in corpus.json's shape, for score.ts. */
export function decision170Corpus(): Corpus {
  return { notes: DECISION_170_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_170_FIRST_CLEAN };
}
