// Decision 128's batch: US intensive-care and step-down nursing progress notes in the manner of a
// Boston teaching hospital's MIMIC-II era (about 2001-2008): system-by-system notes, admissions and
// transfers from outside hospitals, night event notes, shift summaries, family communication, CCU
// and neuro ICU notes, transfer-out, code/rapid-response and discharge-to-rehab notes. Terse, messy,
// abbreviation-heavy, about a third in capitals. Written by a writer who had not read the guard's
// rules. Written for this project (CC0, see LICENSE.md): every name, number and date is invented and
// no real patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "system-note"
  | "admission-note"
  | "night-event"
  | "shift-summary"
  | "family-note"
  | "ccu-note"
  | "neuro-icu"
  | "transfer-out"
  | "code-note"
  | "rehab-dc";

/**
 * The thirty-second batch (decision 128's): ICU nursing notes by a third writer, written before
 * decisions 128-132's rules.
 * First run, with every rule before it (decisions 122-127): 91.8% (412/449; name 93.7%, location
 * 90.3%, date 78.6%, age 87.5%; phone and id 100%), precision 97.4%, 5 of 58 clean items flagged
 * ("CAMINO ICP 12", "St. Jude", "Ottawa rules", "Hemovac", "LIMA"). The dates it missed were shortened
 * weekdays in capitals ("PLAN AICD WED", "FAMILY MEETING SAT 1400") and ambiguous days after a
 * procedure or a move ("s/p pci 4-11", "from Lawrence General 11-4"); the names, short forms after a
 * relation or a role ("HO Bill", "son Mickey", "SON-IN-LAW HERB").
 * After decisions 128-132: 97.6% (438/449), precision 99.3%, 0 of 58. Lower-cased 95.8%, in capitals
 * 96.7% (0 of 58 each).
 * Still missed: "VISITED MON AND WED" (a list of days reads as a routine), "DTR-IN-LAW PEG", "-MT RN",
 * "RT HECTOR", "TWELFTH BAPTIST CHURCH" in capitals.
 */
export const DECISION_128_FIRST: Array<[Style, string]> = [
  ["system-note", "Neuro: A+Ox3, MAE, follows commands. c/o HA @0200 given tylenol w/ good effect.\nCV: NSR 80s-90s no ectopy, SBP 110-130s. K 3.6 repleted.\nResp: LS coarse bases, 2L NC sats 96%.\nGI/GU: abd soft, +BS, u/o 40-60cc/hr via foley.\nSocial: wife {name:Doreen} called x2, lives in {loc:Weymouth}, can be reached {phone:781-555-0143}.\nPlan: ?transfer to floor {date:sat} if stable. f/u w/ Dr {name:Aptekar} re: cath."],
  ["admission-note", "PT IS A {age:91 YO} WOMAN FROM {loc:SHERRILL HOUSE} W/ HX CHF, AFIB, CRI, ADMITTED TO {loc:MOUNT AUBURN} {date:1/17} W/ SOB, TRANSFERRED HERE FOR ?NSTEMI. NIECE {name:PAULINE GRADY} IS HCP ({phone:617 555 2208}). NH # {phone:617-555-4470}. FULL CODE PER NIECE, TO BE READDRESSED."],
  ["night-event", "Event note: @0340 pt found OOB on floor next to bed, no LOC per pt, denies pain. HO {name:Ramesh} called to bedside, CT head neg. Bed alarm on. Son {name:Dennis} notified {phone:508-555-3391} at 0415, upset, will come in {date:tues} AM to talk w/ team. -{name:L. Szabo} RN"],
  ["shift-summary", "pt had uneventful day. tolerating tf's at goal, ngt flushed. no stool. febrile to 101.2 @1400 blood cx x2 sent, pan cx'd per Dr {name:Halloran}. daughter {name:Kim} in to visit w/ her husband {name:Stu}, updated by RN. plan to extubate in am {date:thurs} if rsbi ok."],
  ["family-note", "Family mtg held today w/ Dr {name:Ferreira-Lowe}, SW {name:Ann Marie}, pt's wife {name:Rose Hunter} and 2 sons ({name:Frank} and {name:Martin}). Discussed poor prognosis, family requests DNR/DNI, continue current tx for now. Wife wants to wait till dtr flies in from {loc:Phoenix} on {date:12/23}. Family # {phone:(617) 555-7719}."],
  ["ccu-note", "CCU NURSING NOTE 7P-7A\nS/P CATH {date:3/4} W/ DES TO LAD. R FEM SITE C/D/I NO HEMATOMA. PULSES DOPP. HEPARIN GTT @ 900U/HR PTT 72. PT ANXIOUS RE: WIFE {name:JOSEPHINE} WHO IS ALONE AT HOME IN {loc:SAUGUS}. DR {name:MINKOWSKI} AWARE. SW PAGED {phone:#47731} TO ARRANGE CHECK ON WIFE."],
  ["neuro-icu", "Neuro ICU: 63M s/p fall from ladder at home in {loc:Hingham} on {date:sun}, SDH/SAH, transferred from {loc:South Shore Hospital}. GCS 11 (E3V3M5), pupils 3mm brisk. ICP via camino 8-14. Dilantin level pending. Neurosurg (Dr {name:Obuya}) aware of ICP spike to 24 @2130 w/ suctioning, resolved. Wife {name:Lorraine} and brother-in-law {name:Gus} at bedside until 2300."],
  ["transfer-out", "Transfer note: pt transferring to {loc:Farr 5} this afternoon. VSS, on RA. Heplock R FA. Last dose lovenox 0900. Pt aware, son {name:Jimmy} notified at work {phone:617-555-0181 x224}. Report given to RN {name:Tamsin} on floor."],
  ["code-note", "CODE BLUE CALLED @0512 FOR PEA ARREST. CPR STARTED BY RN {name:MCGILLICUDDY}, EPI X3, ATROPINE X2, ROSC @0527. INTUBATED BY ANESTHESIA (DR {name:VASHCHENKO}). FAMILY CALLED, DAUGHTER {name:CHERYL TOOMEY} ON WAY FROM {loc:NASHUA NH}, CELL {phone:603-555-8802}."],
  ["rehab-dc", "DC to {loc:Braintree Rehab} today via chair car, pickup 1300. Report called to RN {name:Gwen} {phone:781-555-6620}. Scripts and W-10 sent w/ pt. Pt's MR# {id:2291407}. Wife {name:Ellen} aware and will meet pt there."],
  ["system-note", "NEURO: LETHARGIC BUT AROUSABLE, OX1. ?SUNDOWNING.\nCV: AFIB 90-110, DILTIAZEM GTT 10MG/HR.\nRESP: 4L NP, SATS 93-95.\nGI: NPO FOR TEE {date:2/9}.\nID: VANCO LEVEL 19.\nSOCIAL: PT IS {age:NINETY THREE}, WIDOWED, LIVES W/ DTR {name:BEA} IN {loc:MALDEN}. DTR PHONE {phone:781 555 0934}."],
  ["night-event", "0200 pt pulled out ngt, restrained per HO order, ho {name:jen} aware. 0315 replaced, placement confirmed by cxr. pt keeps asking for {name:margaret} (dead wife per son {name:rob})."],
  ["admission-note", "62 y/o male transferred from {loc:Lawrence General} {date:11-4} for further mgmt of GI bleed, hct 19 on arrival there, 4u prbc given at OSH. Hx ETOH abuse, varices, lives in {loc:Methuen} w/ girlfriend {name:Tracy Delvecchio} ({phone:978-555-1267}). PCP Dr {name:Nwachukwu} at {loc:Greater Lawrence Family Health Center}."],
  ["shift-summary", "7A-7P: UNEVENTFUL DAY. WEANED TO CPAP 5/5 @1000, TOL WELL. LASIX 40 IV W/ 1.2L OUT. SEEN BY PT. WIFE {name:HELGA} HERE ALL DAY, VERY INVOLVED. PLAN FOR EXTUBATION {date:MON}. RN {name:D. OKWUOSA}"],
  ["family-note", "Spoke w/ pt's son {name:Arturo Quintanilla} by phone ({phone:305-555-4418}, lives in {loc:Miami}). Updated on status, he is planning to fly up {date:friday}. Asked that we also call pt's sister {name:Lupe} at {phone:617-555-2950} w/ any changes. Son states pt does not want to be kept alive on machines."],
  ["ccu-note", "CCU: pt s/p STEMI, RCA stented at {loc:Beverly Hospital} {date:8/12} then transferred for IABP. IABP 1:1, augmenting well. Groin site oozing, pressure held x20 min, Dr {name:Feingold} aware. Pt is a retired teacher from {loc:Danvers}."],
  ["neuro-icu", "NEURO: S/P CRANI {date:6/30} FOR MENINGIOMA (DR {name:BAPTISTE}). A+OX3, PERRL. R ARM DRIFT UNCHANGED. SBP GOAL <140, NICARDIPINE OFF @1600. DTR {name:YOLANDE} VISITED, PHONE {phone:617-555-3847}."],
  ["transfer-out", "called to {loc:stoneman 8} for bed, pt to go when room cleaned. transfer paperwork done. pt's belongings (glasses, dentures, rosary) w/ pt. wife {name:anne-marie} aware."],
  ["code-note", "Rapid response called @1845 by floor RN {name:Bonnie} for sats 82% on 4L. Pt brought to MICU, placed on NRB, ABG 7.28/58/61. BiPAP started. Attending Dr {name:Kasprzak} notified. Wife ({name:Dot}) called at home in {loc:Quincy} {phone:617-555-7705}."],
  ["rehab-dc", "PT TO BE DC'D TO {loc:SPAULDING} {date:3/22} PENDING BED. INSURANCE AUTH PENDING, MEDICARE # {id:031-44-8812A}. CM {name:RHONDA} FOLLOWING {phone:X6-4412}."],
  ["system-note", "Neuro- sedated on propofol 30mcg, RASS -2, wakes to voice.\nCV- sinus tach 110s, MAP >65 on levo 0.08.\nResp- AC 500x16 50% peep 8, ABG 7.33/44/88.\nGU- u/o 20-30cc/hr, bun/cr 44/2.1.\nSkin- stage II coccyx, duoderm.\nSocial- pt is from {loc:Cape Verde}, lives in {loc:Brockton} w/ dtr {name:Maria de Fatima}; nephew {name:Ilidio} translates, {phone:508-555-0077}."],
  ["night-event", "2330 pt became acutely agitated, pulling at lines, yelling for {name:Harold}. haldol 2mg iv x1 w/ min effect. Dr {name:Pettibone} paged {phone:#32118} @2345. ativan 1mg given. pt calm by 0030."],
  ["admission-note", "ADMIT NOTE: {age:90 Y/O} MALE FROM {loc:HEBREW REHAB} W/ UROSEPSIS, BP 70S IN ED, CENTRAL LINE PLACED. DNR/DNI PER HCP (SON {name:SAUL BRODSKY}, {phone:617-555-6031}). PT HARD OF HEARING, SPEAKS YIDDISH & ENGLISH. ARRIVED TO MICU @1930 {date:12/31}."],
  ["family-note", "long talk w/ wife {name:grace} this eve, she is worried about pt coming home to {loc:revere} in 3rd flr walkup. explained role of rehab. she wants to speak w/ dr {name:lindqvist} tmrw. she can be reached at her sister {name:peg}'s {phone:781-555-8804}."],
  ["ccu-note", "CCU 11P-7A: VT RUN 8 BEATS @0214 ASYMP, K 3.4 REPLETED 40MEQ, MG 2G. EP (DR {name:SRINIVASAN}) AWARE, PLAN AICD {date:WED}. PT SLEPT WELL OTHERWISE. WIFE {name:RUTH} CALLED @0600."],
  ["neuro-icu", "SAH Hunt-Hess 2, s/p coiling {date:10/3} (day 6). Nimodipine 60 q4. TCDs today neg for vasospasm. Pt's husband {name:Teodor} visiting from {loc:Worcester}, wants call if any change: {phone:508-555-4122} (home) or {phone:508-555-9003} (cell)."],
  ["transfer-out", "PT TRANSFERRED TO {loc:EMERSON HOSPITAL} PER FAMILY REQUEST TO BE CLOSER TO HOME ({loc:CONCORD}). REPORT GIVEN TO {name:SHEILA} RN @1415. MED REC FAXED TO {phone:978-555-2760}."],
  ["code-note", "Code note: pt unresponsive @2210, HR 30s, BP unobtainable. Code called. Compressions x 2 min, atropine 1mg, transcutaneous pacing started, ROSC. Dr {name:Achebe} (resident) ran code w/ Dr {name:Moy} (fellow). Pt's son {name:Kenji} notified, arriving from {loc:Lexington}."],
  ["rehab-dc", "Pt accepted at {loc:Youville Hospital} in {loc:Cambridge}, transport booked for {date:6/2} 10am. Son {name:Desmond} will bring clothes. Acct # {id:77104-2293} on face sheet."],
  ["system-note", "NEURO: intact, anxious at times, ativan prn.\nCV: HR 70s SR, BP stable, no c/o CP.\nRESP: LS clear, RA.\nGI: regular diet, BM x1.\nGU: voiding.\nID: afebrile, cipro day 3.\nSOCIAL: lives alone in {loc:Roslindale}. Neighbor Mrs. {name:Ocasio} has key, {phone:617-555-1199}. Pt worried about cat.\nPLAN: txf to floor, PT consult."],
  ["night-event", "0300 PT C/O CHEST PRESSURE 6/10, EKG DONE, NO CHANGE PER HO {name:DAVID}. NTG SL X1 W/ RELIEF. TROP SENT. PT STATES THIS IS 'SAME PAIN AS {date:THANKSGIVING}'."],
  ["admission-note", "Admitted from {loc:Caritas Norwood} ED w/ DKA, BS 780, AG 28. Insulin gtt started @1500. Pt is 23 y/o college student at {loc:UMass Boston}, mother {name:Denise Fairweather} ({phone:508-555-6670}) driving in from {loc:Franklin}. Pt states ran out of insulin 3 days ago."],
  ["shift-summary", "Shift summary 3-11: pt more alert, following cmds. extubated @1630, on 40% shovel mask sats 95. swallow eval {date:2/14}. family (wife {name:Nancy}, dtr {name:Lisa}, son-in-law {name:Mo}) in all evening. MRN {id:0548817} on new labels, old ones wrong."],
  ["family-note", "FAMILY MEETING {date:SAT} 1400 W/ PALLIATIVE CARE, DR {name:OYELARAN}, CHAPLAIN FR. {name:DONOVAN}. PT'S CHILDREN {name:JOAN}, {name:PATRICK}, {name:THOMAS} PRESENT. DAUGHTER {name:MAUREEN} ON SPEAKERPHONE FROM {loc:CHICAGO}. DECISION TO MAKE CMO."],
  ["ccu-note", "ccu nsg: pt s/p pci {date:4-11}, on integrilin. groin c/d/i. bp 100/60. pt wants to go home to {loc:fall river}, asking about driving. wife {name:conceicao} at bedside, speaks portuguese only, interpreter {name:rui} from interp svc {phone:x5-2210}."],
  ["neuro-icu", "SEIZURE @0445 - TONIC CLONIC APPROX 90 SEC, ATIVAN 2MG IV, DR {name:HAGOPIAN} AT BEDSIDE. LOADED W/ KEPPRA. EEG CALLED (PAGER {phone:2-3340}). PT'S GIRLFRIEND {name:SHAUNA} CALLED, INFORMED."],
  ["transfer-out", "Pt going to {loc:Reisman 11} medicine. Report to {name:Lucy} RN. Pt's glasses in drawer. Next dose abx due 2200. Family aware (husband {name:Walt}, {phone:617 555 0462})."],
  ["code-note", "RRT note {date:5/7} 1130: called to {loc:Farr 9} for hypotension 70/40, pt w/ melena. 2 PIV, NS bolus 2L, hct 21. GI (Dr {name:Pham}) called. Brought to MICU. Pt's wife {name:Hoa} notified by floor RN."],
  ["rehab-dc", "DC TO {loc:WHITTIER REHAB} IN {loc:HAVERHILL} @1100. REPORT CALLED TO NURSE {name:CORINNE} AT {phone:978-555-3318}. F/U W/ DR {name:ESTERHAZY} IN 2 WKS ({phone:978-555-0405}). DTR {name:KAREN} TO MEET PT."],
  ["system-note", "neuro: sedated, on fentanyl/versed.\ncv: sbp 90s on neo, cvp 12.\nresp: vent unchanged.\ngi: og to lcs, bilious.\nid: zosyn/vanco, wbc 19.\nsocial: no family visited. emergency contact listed as friend {name:bud fenwick} {phone:617-555-0813}, no answer x2. dr {name:tsai} aware."],
  ["admission-note", "PT IS A {age:94 YR OLD} FEMALE TRANSFERRED FROM {loc:NORWOOD HOSPITAL} {date:7/19} W/ HIP FX AND NSTEMI. ORTHO DEFERRING OR. LIVES AT {loc:ORCHARD COVE}, INDEPENDENT AT BASELINE. GRANDSON {name:TREVOR} IS HCP, {phone:781-555-4490}."],
  ["night-event", "0100 - pt w/ hr 150s afib rvr, bp 88/50. HO {name:Bill} notified, dilt 10 iv x2, HR down to 110s. Amio bolus per cards fellow Dr. {name:Ibanez}. Pt's wife {name:Jean} phoned at 0130 from {loc:Marshfield}, reassured."],
  ["shift-summary", "SHIFT SUMMARY: PT CONT ON CVVH, NET -100/HR. K 4.1. PLTS 42, NO BLEEDING. RENAL (DR {name:EISENBERG}) ROUNDED. SISTER {name:PHILOMENA} VISITED {date:MON} AND {date:WED}, WANTS UPDATE {phone:617-555-0328}. -{name:MKR}"],
  ["family-note", "pt's dtr {name:bridget o'rourke} called from {loc:ireland}, will land at {loc:logan} on {date:the 19th}. she asked that we not tell pt about his brother's death yet. dr {name:keane} aware."],
  ["ccu-note", "CCU admit: 78M from {loc:Anna Jaques} w/ CHB, temp wire placed there, transferred for PPM. HR paced 70. PPM scheduled {date:Fri}. Lives in {loc:Newburyport} w/ wife {name:Prudence}, who has dementia; son {name:Ned} ({phone:978-555-1734}) checking on her."],
  ["neuro-icu", "pt s/p tpa @1340 for L MCA stroke, neuro checks q15. aphasic, R hemiplegia. bp kept <180/105. wife {name:mira} says last known well 1130 at their home on {loc:centre st} in {loc:jamaica plain}. stroke fellow dr. {name:achterberg} at bedside."],
  ["transfer-out", "TRANSFER TO CCU STEPDOWN {loc:FELDBERG 7} @1600. TELE ON. HEPARIN GTT 1100U. SON {name:RAJIV} HAS PT'S WALLET & KEYS. -{name:MT} RN"],
  ["code-note", "CODE NOTE {date:1/2/06} 0430. PT IN VF, SHOCKED X3 200J, AMIO 300, ROSC AFTER 8 MIN. COOLING PROTOCOL STARTED. DR {name:NAKASHIMA} (CCU ATTG) INFORMED WIFE {name:MILDRED} BY PHONE {phone:617 555 0970}."],
  ["rehab-dc", "dc'd to {loc:kindred} in {loc:waltham} for vent weaning. trach 8 shiley, vent settings sent w/ pt. report called {phone:781-555-2019}. pt's son {name:lenny} & wife will visit there."],
  ["system-note", "SKIN: STAGE III SACRUM, WOUND RN {name:BETSY} FOLLOWING, ALLEVYN. OTHERWISE INTACT.\nSOCIAL: PT IS {age:92 Y/O}, FORMERLY LIVED AT {loc:MAPLEWOOD MANOR} IN {loc:AMESBURY}. NEPHEW {name:CLIFF HARDWICK} IS GUARDIAN, HAS NOT VISITED."],
  ["admission-note", "45 yo f from {loc:milford regional} w/ ards from flu, intubated there {date:2/1}, failed to oxygenate, sent for possible oscillator. husband {name:kurt} & 3 kids at home in {loc:hopedale}. husband cell {phone:508-555-2647}. pt works as teller at {loc:milford federal savings}."],
  ["night-event", "@0230 PT DESATTED TO 84%, SUCTIONED LG AMT THICK TAN SECRETIONS, SATS BACK TO 95. CXR DONE, READ BY NIGHT FLOAT DR {name:ZAWADI}. RT {name:HECTOR} AT BEDSIDE."],
  ["shift-summary", "Day summary {date:Christmas}: quiet. Pt eating 50% of meals. Walked w/ PT x2. Son {name:Clement} & grandkids visited, brought small tree for room (OK'd by charge RN {name:Fiona})."],
  ["family-note", "Pt's partner {name:Sam Ellery} ({phone:617-555-5540}) is HCP per proxy form dated {date:9/30/03}. Pt's brother {name:Warren} disputes this, security called @1900 when he became loud. Attending Dr {name:Castellanos} spoke w/ both."],
  ["ccu-note", "CCU: {age:NINETY-ONE Y/O} W/ AS, CHF, ADMITTED W/ FLASH PULM EDEMA. LASIX GTT. ON BIPAP OVERNIGHT. DNR. DTR {name:VIVIAN GOLDSCHMIDT} AND SON-IN-LAW {name:HERB} HERE, LIVE IN {loc:BROOKLINE}."],
  ["neuro-icu", "C5 FX S/P MVC ON {loc:RT 128} {date:4/16}, TRANSFERRED FROM {loc:LAHEY}. IN PHILADELPHIA COLLAR. MAE X4 WEAK HANDS. PT'S MOTHER {name:DARLENE} AND FIANCEE {name:KRISTA} AT BS."],
  ["transfer-out", "pt txf'd to {loc:deac 5} @1530, stable. all belongings sent. wife {name:fran} notified at home {phone:617-555-0619}."],
  ["code-note", "Rapid response {date:sun} 0920: pt on {loc:Stoneman 6} found w/ FS 28, unresponsive. D50 1 amp, FS 140, pt awake. Stays on floor. RN {name:Pia Lindgren}."],
  ["rehab-dc", "DC PLAN: TO {loc:RADIUS HEALTHCARE CENTER AT DANVERS} {date:FRI} IF BED. CM {name:LOREEN} PAGER {phone:1-4487}. PT'S WIFE {name:BETTY} AGREES."],
  ["system-note", "Neuro: A&O x2 (not to date), pleasant.\nCV: SR 60s, BP 150s, hydral given.\nResp: RA 94%.\nGI/GU: incont, condom cath.\nSkin: bruises bilat arms.\nSocial: pt is a retired {loc:Gillette} machinist from {loc:South Boston}, wife deceased, son {name:Mickey} lives {loc:Dorchester}, {phone:617-555-2883}."],
  ["admission-note", "TRANSFER FROM {loc:CAPE COD HOSPITAL} VIA MED FLIGHT {date:8/3} W/ TYPE A DISSECTION, TO OR EMERGENTLY W/ DR {name:ABERNATHY-COLE}. WIFE {name:SUSAN} DRIVING UP FROM {loc:HYANNIS}, CELL {phone:508 555 7706}. PT IS 58 Y/O."],
  ["night-event", "0400 pt's son {name:ricky} called asking for info, pt had given permission. updated. son says pt takes 'some herbal pill from {loc:chinatown}' at home, will bring bottle in."],
  ["shift-summary", "7p-7a: pt slept most of night. 1 u prbc for hct 24, post hct pending. AM labs sent 0400. blood bank sample re-drawn, lab says name on tube '{name:Ngoc}' vs '{name:Ngoc Anh Vu}' in system. MR {id:3310629}."],
  ["family-note", "SPOKE W/ PT'S WIFE {name:ESTELLE} AT LENGTH. SHE WANTS PRIEST FROM {loc:ST. BRENDAN'S PARISH} IN {loc:DORCHESTER} TO COME. CALLED RECTORY {phone:617-555-0241}, FR. {name:MULDOON} COMING IN AM."],
  ["ccu-note", "ccu: pt s/p ablation {date:5/2}, groin ok. pt wants to talk w/ dr {name:rosenblatt} about going back to work at {loc:raytheon} ({loc:andover}). no events."],
  ["neuro-icu", "Pt w/ ICH, GCS 7 intubated. Family (wife {name:Wanda}, sons {name:Marek} & {name:Pawel}) met w/ Dr {name:Szczepanski} neurosurgery {date:3/8}, decided against surgery. Priest to come from {loc:Our Lady of Czestochowa}."],
  ["transfer-out", "TXF TO {loc:MGH} FOR LVAD EVAL PER DR {name:WEINGART}. MEDFLIGHT PICKUP 1300. RECORDS & DISC OF CATH SENT. WIFE {name:LINDA} FOLLOWING BY CAR."],
  ["code-note", "Code 99 @1615, pt choked on food, obstructed, heimlich by RN {name:Olusegun}, cleared. Pt alert after. Wife {name:Barb} at bedside, very shaken. SW {name:Hadley} called."],
  ["rehab-dc", "plan d/c to {loc:hrc} {date:mon}. daughter {name:shoshana} to bring pt's walker. pcp dr {name:weitzman} office {phone:617-555-7272} notified."],
  ["system-note", "NEURO: INTACT.\nCV: ST 100S, FLUIDS.\nRESP: 2L.\nGI: NPO, PANCREATITIS, LIPASE 2300.\nGU: FOLEY.\nSOCIAL: PT HOMELESS, STAYS AT {loc:PINE STREET INN}. CASE WORKER {name:TOMAS REYES} {phone:617-555-8821}."],
  ["admission-note", "Pt is a 71 y/o man transferred from {loc:St. Elizabeth's} on {date:10/30} for ERCP. Wife {name:Joy Baker} at bedside. Home in {loc:Brighton}. Allergies PCN. MR# {id:4471-033}."],
  ["night-event", "@0130 TEMP 103.4, CULTURED, TYLENOL. HO {name:PRIYA} IN TO SEE PT. @0300 RIGORS, MEPERIDINE 12.5. @0500 TEMP 100.2. WIFE {name:CAROL} NOT CALLED PER HER REQUEST UNLESS EMERGENCY."],
  ["shift-summary", "shift note {date:11/2}: remains on vent, no changes. pt's brother {name:Cornelius} visited from {loc:Providence}. tube feeds to goal. sputum cx + MRSA, vanco started per Dr {name:Amaral}."],
  ["family-note", "Dtr {name:Hope Gardner} (HCP) called, lives in {loc:Vermont}. Gave update per pt permission. She will call back {date:Sat} evening, asks for RN {name:Kathy} if possible. Her # {phone:802-555-6164}."],
  ["ccu-note", "CCU: SWAN IN PLACE, CI 1.8, SVR 1600. DOBUTAMINE 5. DR {name:LEFKOWITZ} AWARE. PT FROM {loc:NEW BEDFORD}, WIFE {name:MARIA} & DTR {name:ANGELA} HERE, STAYING AT {loc:HOSPITALITY HOUSE} NEARBY."],
  ["neuro-icu", "neuro icu nsg: pt w/ GBS, nif -22 this am, vc 1.1L. ivig day 3/5. pt able to mouth words. wife {name:celeste} asked re: disability forms for his job at {loc:stop & shop}, forms faxed to {phone:781-555-0370}."],
  ["transfer-out", "Pt transferred back to {loc:Carney Hospital} for cont care {date:2/27}. Accepting Dr {name:Ogunleye}. Report to RN {name:Vonda} {phone:617-555-2100 ext 3104}."],
  ["code-note", "PT FOUND PULSELESS @0610 BY RN {name:KIM LE}. CODE CALLED, CPR 22 MIN, NO ROSC. TIME OF DEATH 0634 PRONOUNCED BY DR {name:HUXLEY}. WIFE {name:JUNE} & SON {name:OWEN} NOTIFIED, COMING IN. ORGAN BANK NOTIFIED, REF # {id:06-11987}."],
  ["rehab-dc", "Going to {loc:Golden Living Center} in {loc:Gloucester} {date:thurs} per CM. Wife {name:Philippa} aware. Follow up Dr {name:Zeller} cardiology clinic {date:4/28}."],
  ["system-note", "neuro: ox3, mae.\ncv: sr 80s, k 4.0.\nresp: 2l nc, ls dim bases.\ngi: abd soft, tol clears.\ngu: foley d/c'd 0800, voided 300cc.\nsocial: wife {name:rosalind} brought in pt's home meds from {loc:cvs} on {loc:mass ave}. meds sent to pharmacy for id."],
  ["admission-note", "ADMITTED FROM {loc:GOOD SAMARITAN} IN {loc:BROCKTON} {date:5/20} S/P OD ON TYLENOL/ETOH, APAP LEVEL 210. MUCOMYST. SECTION 12 PAPERS. MOTHER {name:TERESA DOYLE-MARTINEZ} {phone:508-555-3301}. PSYCH CONSULT (DR {name:HOLLOWAY})."],
  ["night-event", "0045 pt rang bell c/o SOB, sats 89%. incr O2 to 4L, lasix 20 iv per HO {name:Marcus}. 0200 better. pt talkative, told me about his late wife {name:Irene} and their cottage in {loc:Wellfleet}."],
  ["shift-summary", "SHIFT SUMMARY {date:12/24}: PT IMPROVED. OFF PRESSORS @1400. TOLERATING PS 10/5. DR {name:OKONJO} DISCUSSED TRACH VS EXTUBATION W/ SON {name:EMEKA}."],
  ["family-note", "spoke w/ pt's niece {name:dorothea} who states she's the only family. lives in {loc:lowell}, {phone:978-555-0862}. wants to be called day or night. sw {name:jessamyn} following for guardianship."],
  ["ccu-note", "CCU nursing: {age:ninety-six year old} w/ syncope, found to have high grade AV block, transvenous pacer. Pt lives w/ her son {name:Raymond} on {loc:Washington St} in {loc:Dorchester}. Son asks for call at {phone:617-555-9924} before any procedure."],
  ["neuro-icu", "NSGY NP {name:LYDIA} AWARE OF INCREASED HA, CT ORDERED. EVD @ 15 CM DRAINING 10CC/HR CSF CLEAR. PT'S DAUGHTER {name:NOOR HADDAD} HERE, SHE IS A NURSE AT {loc:BMC}."],
  ["transfer-out", "transfer out note: pt to {loc:farr 10} tele bed. pt aware, daughter {name:ilse} aware via phone. report to {name:teddy} rn."],
  ["code-note", "Code blue {date:Wed} {date:7/14} 1402 in radiology, pt brady to 20s after contrast. Atropine x1, HR 60s. Returned to unit. Dr {name:Fenwick-Hale} wrote note. Wife {name:Edith} informed."],
  ["rehab-dc", "D/C TO {loc:HERITAGE NURSING CARE CENTER} IN {loc:WOBURN} FOR SHORT TERM REHAB. REPORT TO {name:NORA} {phone:781-555-6210}. MEDICAID # {id:100344871-09}."],
  ["system-note", "Neuro- A&Ox3, asking for her husband {name:Vito} frequently.\nCV- HR 60-70, BP 130-150.\nResp- sats 97% 2L.\nGI- PEG site clean, Promote @ 50.\nGU- foley.\nSkin- intact.\nSocial- Husband in {loc:Madonna Manor}, can't visit. Son {name:Sal} {phone:617-555-4807} will bring him {date:Sun}."],
  ["admission-note", "Admit note: 33F G2P1 transferred from {loc:Saints Memorial} w/ postpartum hemorrhage, s/p 10u prbc, ?DIC. Baby (boy, {name:Jaylen}) remains at OSH nursery. Husband {name:Marcus Tibbs} shuttling between. Address {loc:41 Varnum Ave, Lowell MA 01854}."],
  ["night-event", "0515 PT PULLED OUT A-LINE, PRESSURE HELD. HO {name:BIANCA} AWARE, WILL NOT REPLACE. PT CONFUSED, CALLING FOR HIS MOTHER. RESTRAINTS APPLIED. -{name:R.O.}"],
  ["shift-summary", "day shift: no events. pt watching red sox game w/ son {name:brendan}. cards f/u w/ dr {name:mukherjee}. echo ordered for {date:tues}."],
  ["family-note", "HCP FORM SIGNED TODAY NAMING DAUGHTER {name:OLGA PETRENKO} AGENT, ALT SON-IN-LAW {name:VLAD}. WITNESSED BY RN {name:CASEY} AND SW {name:JONAH}. COPY TO CHART. {name:OLGA}'S PHONE {phone:617-555-3160}."],
  ["ccu-note", "ccu: pt s/p cabg at the {loc:brigham} in 1999, now w/ vt storm. lido gtt. ep planning ablation. pt asks us to call his boss {name:gary} at {loc:verizon} re: missing work, number {phone:781-555-0044}."],
  ["neuro-icu", "Neuro ICU: pt from {loc:Nantucket} via medflight {date:7/4} w/ SAH. Angio neg. Pt's wife {name:Marguerite} staying in family room, friend {name:Shep} called {phone:508-555-2839}."],
  ["transfer-out", "TRANSFER TO {loc:VA WEST ROXBURY} FOR CONT CARE PER PT REQUEST. VA FAX {phone:857-555-6020}. PT'S SSN ON FACE SHEET {id:012-34-9988}. WIFE {name:CONNIE} AWARE."],
  ["code-note", "RRT {date:Labor Day} 0815: pt on {loc:Reisman 9} w/ new L facial droop, stroke code called. Last seen normal 0600 by RN {name:Sunita}. CT neg bleed, tPA given 0905 per neuro Dr {name:Bertrand}. Transferred to neuro ICU."],
  ["rehab-dc", "d/c to {loc:blue hills manor} in {loc:milton}. pt very happy to go. son {name:tyrone} drove her. told to f/u w/ pcp dr {name:ahn} {date:june 3}."],
  ["system-note", "NEURO: A+O X3.\nCV: NSR.\nRESP: LS CLEAR.\nGI: +BS.\nGU: U/O ADEQ.\nSOCIAL: WIFE {name:ROSE} & DTR {name:DAISY FIELD} VISITED. PT IS RETIRED FIREFIGHTER ({loc:CAMBRIDGE FD}). CALL {phone:617-555-0510} W/ CHANGES."],
  ["admission-note", "Pt is {age:ninety yrs old} and lives alone in {loc:Arlington}, still drives per dtr {name:Elaine}. Admitted {date:Jan 9} w/ PNA, transferred from floor {date:1/11} for hypoxia."],
  ["night-event", "0330 pt awoke confused, stated it is 1968 and he needs to catch train to {loc:Fitchburg}. reoriented. 0500 slept. son {name:Gil} called 0600."],
  ["shift-summary", "7P-7A: UNCHANGED. REMAINS DNR. FAMILY VIGIL. PT'S GRANDDAUGHTER {name:TAYLOR} SANG TO HIM. PT'S PASTOR REV. {name:ABERNATHY} FROM {loc:TWELFTH BAPTIST CHURCH} VISITED @2100."],
];

/** Identifier-free items in the same style. */
export const DECISION_128_FIRST_CLEAN: string[] = [
  "Neuro: GCS 15, PERRL 3mm, MAE.\nCV: NSR 70s, Swan-Ganz PCWP 16, CI 2.4.\nResp: AC 500x14 FiO2 40% PEEP 5.\nGU: Foley to gravity.",
  "PT WITH HX GRAVES DISEASE S/P THYROIDECTOMY 1994, HASHIMOTO'S IN SISTER. TSH 0.02. ON PTU 100 TID.",
  "cath lab called, pt going down @1300 for LHC. integrilin started. aspirin 325 and plavix 600 given. groin prepped.",
  "Pt s/p Whipple POD 3, JP x2 draining serosang 40cc. NGT to LIS. Amylase from JP pending. Attending aware.",
  "CIWA 14, ativan 2mg given. thiamine, folate, MVI. no hallucinations. wife says last drink 2 days ago.",
  "MORSE FALL SCORE 65, BED ALARM ON. BRADEN 13. KINAIR BED ORDERED. TURNED Q2H.",
  "Pt w/ Guillain-Barre, NIF -30, VC 1.4L. IVIG day 2 of 5. Neuro following.",
  "Murphy's sign +, RUQ US shows gallstones. Surgery to see. Zosyn started. Pt 87 y/o, lives w/ daughter.",
  "CHEYNE-STOKES RESP OVERNIGHT, SATS 88-94. FAMILY AWARE OF PROGNOSIS. MORPHINE GTT 2MG/HR. CMO.",
  "Minnesota tube placed by GI @0200, balloons inflated per protocol, traction 1kg. octreotide gtt 50mcg/hr. 6u prbc since admit.",
  "Parkland formula: 4 x 70kg x 40% TBSA = 11.2L in first 24h, half in first 8. LR @ 700/hr. u/o goal 30-50.",
  "a-line R radial after Allen test neg. Cordis L IJ. CXR ok. Levophed 0.1 mcg/kg/min, vaso 0.04.",
  "Pt w/ Parkinson's, sinemet 25/100 q4 while awake, held for NPO, neuro says give via NGT.",
  "HUNT-HESS 3, FISHER 4. NIMODIPINE. CAMINO ICP 12. CPP >70. HOB 30.",
  "Kussmaul resp, AG 24, BS 540. insulin gtt per Portland protocol. K 5.9 -> 4.2. D5 added when BS <250.",
  "pt bright and cheerful today. Will walk w/ PT in afternoon. Grace period for visitors extended per charge nurse.",
  "FRANK HEMATURIA FROM FOLEY, CBI STARTED. UROLOGY AWARE. HCT STABLE 29.",
  "Lyme titer sent. Rocky Mountain spotted fever serology pending. Doxy 100 bid. ID consult.",
  "Trach 8 Shiley, Passy-Muir valve trial x 30 min tolerated. Speech to f/u.",
  "Stanford type B dissection, medical mgmt. esmolol gtt, HR goal <60, SBP <120. Nipride 0.5.",
  "Child-Pugh C, MELD 31. lactulose titrate to 3-4 BM/day. rifaximin. para 4L, albumin 25g x2.",
  "PT WITH CROHN'S, ON REMICADE AT HOME. BARRETT'S ON LAST EGD 2002. PROTONIX GTT.",
  "Bair Hugger on for temp 35.1. Arctic Sun used post arrest, rewarming 0.25 deg/hr.",
  "Dad at bedside, Mom went home to rest. Sister called. Brother in the service overseas, chaplain paged.",
  "RASS -3 on precedex 0.7. CAM-ICU positive. haldol 2.5 q6 prn.",
  "Mallory-Weiss tear on EGD, clipped. Protonix bid. Diet advanced to clears.",
  "NORWALK PRECAUTIONS ON UNIT. CONTACT + DROPLET. C DIFF NEG X1.",
  "Pt 76 yo, full code, hx CABG 1998, AVR 2001 (St. Jude mechanical), coumadin goal INR 2.5-3.5.",
  "MIAMI J COLLAR ON, LOGROLL, SPINE PRECAUTIONS. TLSO WHEN OOB PER ORTHO SPINE.",
  "Wernicke's encephalopathy r/o, thiamine 500 tid. Korsakoff per psych unlikely. Sitter at bedside.",
  "Ranson 4 at 48h. Pancreatitis. NPO, dilaudid PCA. TPN started via PICC.",
  "Denver shunt clotted, IR to see. Pleurx drained 1L. Tenckhoff catheter site clean.",
  "Hickman line L chest, dsg changed. Groshong flushed w/ NS. Mediport accessed.",
  "SR w/ PACs. QTc 480 on haldol, held. Mg 1.6 repleted 2g. Holter ordered.",
  "pt's Babinski upgoing on R, Romberg unable. pronator drift L. Neuro resident in to see.",
  "EVD at 10 cm H2O above tragus, 8cc/hr. Licox PbtO2 22. Codman bolt secured.",
  "Sengstaken-Blakemore at bedside just in case. 2 large bore IV. type and cross 4u.",
  "Tegaderm over PICC, Aquacel AG to sacrum, Mepilex heels. Xeroform to donor site. Wound care RN rec'd Duoderm.",
  "Ensure TID, Nepro for renal. Impact via dobhoff at 60. Residuals <50.",
  "ABG 7.48/31/72/23 on 50% face tent. Pt anxious, hyperventilating. Ativan 0.5.",
  "Apache II 28. SOFA 11. Lactate 6.2 -> 3.1 after 4L. Early goal directed therapy, ScvO2 68.",
  "Stevens-Johnson vs TEN, derm biopsy sent. Burn unit consulted. Eye care q2.",
  "Ottawa rules neg per ED. X-rays neg. Cleared for PT. Pt says she 'feels grand'.",
  "Addisonian crisis? Cortisol 3. Stress dose hydrocortisone 100 q8. BP improved.",
  "WOLFF-PARKINSON-WHITE ON EKG, CARDS AWARE. PROCAINAMIDE. EP STUDY PLANNED.",
  "Pt sleeping on and off, appears comfortable. Will reassess pain at 0400. Mark on L arm is old per pt.",
  "LEVINE SIGN, DIAPHORETIC. STAT EKG ST ELEV II III AVF. CATH LAB ACTIVATED 0215. CODE STEMI.",
  "Coxsackie myocarditis suspected, troponin 4.2, EF 25%. Milrinone 0.375.",
  "Billroth II hx, now w/ ?afferent loop syndrome. Surgery consulted. NGT.",
  "Cushing's triad noted: HR 48, BP 190/90, irregular resp. Mannitol 1g/kg, hyperventilate to PCO2 30-35. Neurosurgery at bedside.",
  "hob >30, chlorhex mouth care q4, sedation vacation done 0900, SBT 30 min failed RR 38. back to AC.",
  "FAMILY MEETING PLANNED FOR TOMORROW AFTERNOON W/ MICU TEAM, SOCIAL WORK, PALLIATIVE CARE. DAUGHTER IS HCP.",
  "Hep gtt 1200 u/hr, PTT 88 decreased to 1000 per nomogram. Next PTT 6h. Warfarin 5 tonight.",
  "pt asking for priest, chaplain on call paged. pt Catholic. sacrament of sick given.",
  "Kerley B lines on CXR, BNP 2400. Lasix 80 iv, 1.5L out. Nitro gtt 100. BiPAP 12/5.",
  "JP to bulb suction, Hemovac 120cc. Trendelenburg for line placement. Bovie pad removed, skin intact.",
  "Glucose 212, 6u Humalog per sliding scale. Lantus 20 at HS. NPH held.",
  "PT HAD CABG X4 IN 1987 AND REDO 2003. LIMA, SVG. NOW NSTEMI. 84 Y/O.",
];

/** Decision 128's batch in corpus.json's shape, for score.ts. */
export function decision128Corpus(): Corpus {
  return { notes: DECISION_128_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_128_FIRST_CLEAN };
}
