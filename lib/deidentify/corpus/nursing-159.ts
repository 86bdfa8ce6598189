// ICU documentation by nurses (with the odd RT, PT, SW and chaplain note) in the manner of MICU/SICU/CCU/
// neuro ICU charting at a US hospital around 2000-2008, by "a twenty-first writer who had not read the
// guard's rules": admission assessments, transfer-in/out notes, code and rapid-response event notes,
// restraint documentation, family communication logs, discharge planning and death notes. About a third
// ALL CAPS, a quarter all lower case; families by first name and nickname, clinicians by surname or
// initials, facilities by full, short and abbreviated names, funeral homes, churches, police and employers.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "admit" | "transfer" | "code" | "restraint" | "family" | "dispo" | "death" | "rt" | "pt" | "sw" | "chaplain";

/**
 * Decision 159's batch: ICU nursing documentation of every kind by a twenty-first writer.
 */
export const DECISION_159_FIRST: Array<[Style, string]> = [
  // --- admission assessments ----------------------------------------------------------------
  ["admit", "ICU ADMIT NOTE {date:02/11/03} 2215\n{age:91 YO} F ADMITTED FROM {loc:ST. CLAIR} ED VIA {loc:MT. LEBANON} EMS W/ UROSEPSIS, BP 70S ON ARRIVAL. LIVES ALONE ON {loc:CEDAR BLVD}, FOUND BY NEIGHBOR MRS. {name:PETRAKIS}. NIECE {name:DOLORES} IS HCP, CELL {phone:412-555-0196}. DR {name:VANCE} AT BEDSIDE FOR L IJ TLC. LEVO @ 6MCG. MR# {id:0037719402}.\n{name:JMK} RN"],
  ["admit", "admit from or 1730. 58 yo m s/p ex lap for perf diverticulitis, dr {name:szymanski}'s pt. arrived intubated on prop. wife {name:maureen} and son {name:kyle} in waiting rm, updated by dr {name:s}. pt works at {loc:bayer} in {loc:robinson twp}, per wife drinks 'a 6-pack a night', ciwa when extubated. home # {phone:724-555-0128}. -{name:ak}"],
  ["admit", "Admission assessment {date:Sun 6/8}. Pt is a 72 yo retired mailman from {loc:Ambridge} transferred from {loc:Heritage Valley Beaver} for NSTEMI w/ flash pulm edema. BiPAP 12/6 50%. Neuro: A&Ox3. CV: SR 90s w/ PVCs, BP 160/90 -> NTG gtt. Resp: crackles bilat to mid fields. Pt states his cardiologist is Dr. {name:Ferencz} in {loc:Aliquippa}. Daughter {name:Rose Kaminski} ({phone:(724) 555-0173}) to be called w/ any change. Belongings: wallet, Medicare card, dentures sent home w/ daughter."],
  ["admit", "ADMIT VIA ED 0340 {date:12/24}. 44 YO M HIT BY CAR ON {loc:RT 51} NEAR {loc:ELIZABETH}, {loc:PA STATE POLICE} AT SCENE, TROOPER {name:McGEEHAN} LEFT CARD ({phone:724-555-0119}, INCIDENT # {id:PA04-118273}). REGISTERED AS UNKNOWN MALE. ID'D 0600 FROM WALLET AS {name:RAYMOND DUBOSE}, DOB {date:4/2/1960}. GF {name:TAMMY} NOTIFIED BY POLICE, ON WAY."],
  ["admit", "neuro icu admit. 67 yo f w/ sah, hunt hess 3, fisher 3. from {loc:indiana regional} via stat medevac. husband {name:lyle} drove down from {loc:clymer}, ~1.5 hr. ventric placed by dr {name:abou-jaoude} 0210, icp 12-18. nimodipine 60 q4. husband's cell {phone:724 555 0164}, prefers calls after 0700 unless emergent. pt teaches 3rd grade at {loc:marion center elem}."],
  ["admit", "ICU admission {date:3 Oct 2005}: 83 yo female, nursing home resident at {loc:Vincentian Home}, sent out for hypoxia and fever. Sat 78% RA at facility per their nurse {name:Lorraine} ({phone:412-555-0152 x214}). CXR LLL infiltrate, ?aspiration. DNR/DNI per orange form signed {date:1/15/04}. Son {name:Mitch} is POA, lives in {loc:Wexford}. PCP Dr. {name:Hanlon-Ruiz}."],
  ["admit", "ADMISSION NOTE: PT IS A {age:NINETY-FOUR} YR OLD M FROM HOME IN {loc:GREENSBURG}, FOUND ON FLOOR X ~12HRS BY GRANDSON {name:TYLER}. CK 18,000, K 6.4. CALCIUM/INSULIN/D50 GIVEN IN ED. PT HOH, USES L HEARING AID. WORKED AT {loc:WESTINGHOUSE} 40 YRS. WIFE {name:ELEANOR} DIED {date:LAST MAY}, PT HAS BEEN 'GOING DOWNHILL' SINCE PER GRANDSON."],
  ["admit", "pt admitted {date:9/17} 1400 from 5w after rr call for rapid afib 160s. dilt gtt @ 10. pt's nurse on floor was {name:becca}, report taken. mrn {id:4401-8872-3}. dr {name:oyelaran} aware pt here."],
  ["admit", "Admit note cont'd: Pt lives w/ partner {name:Deshawn Pruitt} at {loc:1147 Gilmore Ave}, {loc:Wilkinsburg} {loc:15221}. Uninsured, per partner lost job at {loc:Giant Eagle} in {date:August}. Partner's cell {phone:412-555-0109}. Pt requests that his mother {name:Loretta} NOT be given any info. Privacy flag placed, code word given to partner only."],
  ["admit", "CCU ADMIT {date:TUES} 1930. 61 YO F S/P PCI X2 TO LAD @ {loc:FORBES}, TRANSFERRED FOR CT SURGERY EVAL (DR {name:KRAMER-BLUM}). R FEM SHEATH IN, IABP 1:1, SERIAL # {id:DS-44017}. HUSBAND {name:NORM} AND DAUGHTER {name:KIMBERLY} AT BS. PT'S CHURCH IS {loc:ST. GERARD MAJELLA}, ASKED FOR FR. {name:STANISLAW} TO VISIT."],
  ["admit", "admit 0130 from {loc:presby} ed. 33 yo f w/ dka, ph 6.98, gluc 740. insulin gtt per protocol. pt's roommate {name:ashleigh} brought her in, rm'te # {phone:555-0181}. pt is a grad student at {loc:pitt}. endo fellow dr {name:mensah} paged {phone:7-2290}."],
  ["admit", "Pt admitted to SICU bed 12 at 0415 on {date:July 4th} after MVC on {loc:Route 28} in {loc:Harmar}. Driver of other car deceased per {loc:Harmar Twp PD} Officer {name:Bruno}. Pt not aware. Mother {name:Carla Ianotti} notified via phone {phone:412.555.0138}; en route from {loc:Erie}."],
  ["admit", "MICU ADMIT {date:1/2/07}. 78 YO M, COPD ON HOME O2 2L VIA {loc:LINCARE}, HYPERCARBIC 7.19/92. BIPAP FAILED, INTUBATED IN UNIT BY DR {name:OSEI} 2250. WIFE {name:BERNADETTE} ('{name:BERNIE}') AT BS, SAYS PT WANTED 'EVERYTHING DONE.' PULMONOLOGIST IS DR {name:WEISS} @ {loc:ALLEGHENY CHEST ASSOC}."],
  ["admit", "admitted from {loc:kindred} for sepsis r/t sacral decub stage iv. pt is {age:97}, nonverbal baseline per kindred rn {name:tonya} ({phone:412 555-0177}). peg, trach #6 shiley. grandniece {name:jo-ellen} is only contact, lives in {loc:columbus, oh}."],

  // --- transfer in / out ---------------------------------------------------------------------
  ["transfer", "Transfer note: Pt to be transferred to {loc:7 Montefiore} tele bed 4 today {date:4/22}. Report called to {name:Shawna} RN at 1445, ext {phone:4-6619}. Pt's belongings w/ pt. Wife {name:Gail} aware of move, will meet pt on floor."],
  ["transfer", "TRANSFER OUT TO {loc:HEALTHSOUTH HARMARVILLE} VIA {loc:ROSS/WEST VIEW EMS} 1100 {date:6/30/06}. REPORT GIVEN TO {name:DIANE K}, RN, {phone:(412) 555-0127}. ACCEPTING MD DR {name:LEVITSKY}. COPY OF MAR, H&P, DC SUMMARY SENT. SON {name:FRANCIS} FOLLOWING IN CAR."],
  ["transfer", "transfer in from {loc:butler memorial} icu 1620. report from their rn {name:paulette} was brief - 'she's stable, just needs a cath.' on arrival pt diaphoretic, st elev v2-v4. cath lab called, dr {name:haq} here 1640. husband {name:wendell} drove separately, not here yet. call him {phone:724-555-0158}."],
  ["transfer", "Received pt from OR at 1305 {date:Fri}, s/p CABG x4 (Dr. {name:Tomaszewski}). Anesthesia report from Dr. {name:Yoon} and CRNA {name:Petey}. Chest tubes x3 to -20 sx. Epicardial wires A+V. Extubated 1850. Wife {name:Ruthann} and pastor from {loc:Bethel Park Community Church} in to see pt."],
  ["transfer", "PT TRANSFERRED TO {loc:WESTMORELAND REGIONAL} PER FAMILY REQUEST TO BE CLOSER TO HOME IN {loc:IRWIN}. ACCEPTING DR {name:BHATT}, ICU ({phone:724-555-0102}). TRANSPORTED BY {loc:STAT MEDEVAC} GROUND. DTR {name:PAM} SIGNED CONSENT.\n{name:L. ROSARIO} RN"],
  ["transfer", "pt tx'd out to 4e stepdown 2015. report to {name:jen w} rn. pt aox3, on 3l nc, sats 95. pt's wife {name:ilse} (german speaking, some english) informed, she asked for interpreter next visit - {loc:language line} acct {id:73-44918}."],
  ["transfer", "Transfer summary to {loc:Select Specialty Hospital} (LTACH) {date:11-Nov-04}: Trach {date:10/28} Dr {name:Ghosh}, PEG {date:11/2} Dr {name:Aronoff}. Vent AC 500/14/+5/35%. MRSA sputum {date:10/30}, vanco through {date:11/13}. Contacts: wife {name:Marguerite Toller} {phone:412-555-0114}, son {name:Dale} {phone:412-555-0190}."],
  ["transfer", "ACCEPTED IN TRANSFER FROM {loc:UNIONTOWN HOSP} VIA HELICOPTER. PT ARRIVED 0205 W/ FLIGHT RN {name:CORCORAN} AND MEDIC {name:ALVAREZ}. DX: RUPTURED AAA?? NO - TYPE A DISSECTION PER CT THERE. TO OR STRAIGHT. WIFE {name:ARLENE} DRIVING FROM {loc:SMITHFIELD}, ETA 0400."],
  ["transfer", "transfer in from ccu to micu for resp failure. ccu rn {name:marcus} gave report. pt's son is dr {name:phillip gaudet}, an anesthesiologist at {loc:jefferson regional}, would like to be called directly {phone:412 555 0145} - per ccu he will be asking a lot of questions."],
  ["transfer", "Pt to transfer to {loc:Canterbury Place} for skilled care when bed avail, per CM {name:Ronda}. Insurance auth {id:HM7720158} obtained from {loc:Highmark} {date:2/5}. Wife {name:June} agrees w/ plan."],
  ["transfer", "TRANSFER OUT {date:SAT 3/18} 1630 TO 9 NORTH (RM 9124). REPORT TO {name:TAMIKA}. DAUGHTER {name:SHIRL} TOOK PT'S RINGS AND WATCH HOME. PT'S DENTURES IN CUP W/ PT."],
  ["transfer", "Received from PACU at 2340 on {date:New Year's Eve}. s/p Whipple (Dr. {name:Feldstein}). Pt's sister {name:Agnieszka} here from {loc:Krakow} visiting; speaks Polish only, her son {name:Piotr} interprets, cell {phone:412-555-0176}."],

  // --- code blue / rapid response -------------------------------------------------------------
  ["code", "CODE BLUE NOTE {date:08/19/02} 0312. PT FOUND UNRESPONSIVE BY RN {name:GUTIERREZ}, PEA ON MONITOR. CPR STARTED, CODE CALLED 0313. CODE LEADER DR {name:NAKASHIMA}. EPI 1MG X3, ATROPINE 1MG X2. ROSC 0327. RECORDER {name:B. ODOM} RN. WIFE {name:ETTA} CALLED AT {phone:412-555-0161} BY DR {name:N}."],
  ["code", "rapid response called 1520 by floor rn {name:kelsey} on 8 west for sbp 70s, hr 130s. rrt rn {name:mike d}, rt {name:gino}, dr {name:faruqi} responded. 2l ns bolus, lactate 5.8. to icu bed 7. pt's wife at work at {loc:giant eagle pharmacy}, called her there {phone:412-555-0133}."],
  ["code", "Code event {date:Wed}: pt became bradycardic to 30s then asystole at 1422 during turning. CPR initiated by RNs {name:Hollis} and {name:Darnell}. Dr. {name:Vukovich} ran code. Epi x4, bicarb x2. No ROSC. Called 1451. Daughter {name:Crystal} notified by Dr. {name:V} at 1500, coming in from {loc:Moon Twp}."],
  ["code", "RRT CALLED TO {loc:FALK 4} 0945 {date:5/27} FOR ACUTE SOB, SAT 82%. PE SUSPECTED, HEPARIN BOLUS. TO MICU. FLOOR RN {name:PATRICE} & RESIDENT DR {name:OKONJO-BELL} AT BS. HUSBAND {name:HAL} NOTIFIED."],
  ["code", "code note. 2117 {date:10/3}. pt in vt, shocked 200j biphasic x1 by dr {name:lindahl} -> sr. amio 150 bolus then gtt. k 2.9 replaced. pt awake after, asking for his wife {name:bonnie}. bonnie paged overhead in lobby, came up 2130."],
  ["code", "Rapid Response Team note: called to ED hold bed 3 at 1805 {date:12/26/05}, pt hypotensive 68/40 after dilaudid. Narcan 0.4 x2 with response. RRT RN {name:Yvette Ambrose}. Transferred to MICU. Pt's brother {name:Mack} ('{name:Mackie}') at bedside, very upset, security (officer {name:Trent}) called to assist."],
  ["code", "CODE NOTE: {date:01/07} @ 1610. PT PULLED ETT, DESATTED TO 60S, BRADY 40S. BAGGED, REINTUBATED BY DR {name:SOLOMON} 7.5 @ 23. STAT CXR OK. NO CPR NEEDED. RESTRAINTS REAPPLIED PER DR {name:SOLOMON}. WIFE {name:CONNIE} CALLED AT {phone:724-555-0107}, NO ANSWER, LEFT MSG."],
  ["code", "rapid resp 0220 {date:sat}. called by {name:ling} rn 6 south. pt w/ new l sided weakness, last seen nl 0100 per her check. stroke team (dr {name:ashkenazi}) here 0228, ct head neg, tpa given 0305. husband {name:ernesto} notified, spanish only, interpreter {name:lupe} via phone."],
  ["code", "Code Blue {date:Jan 17, 2008} 0644, bed 4. Pt found pulseless by RN {name:Mariah}. VF, shocked x3. ROSC 0702. Hypothermia protocol started (Arctic Sun). Dr. {name:Quintero} notified son {name:Terrence Lyle Jr.} at {phone:1-412-555-0150}. Pt's cardiologist is Dr. {name:Abrams} at {loc:Pittsburgh Heart Institute}, also notified."],
  ["code", "RRT NOTE {date:MON} 2330: CALLED TO 5 EAST BY CHARGE RN {name:DOT} FOR AMS, GLUCOSE 31. D50 X1 AMP W/ IMPROVEMENT. PT STAYS ON FLOOR. RRT RN {name:K. MALONEY}."],

  // --- restraints ------------------------------------------------------------------------------
  ["restraint", "RESTRAINT NOTE {date:2/14/03} 2000: BILAT SOFT WRIST RESTRAINTS APPLIED FOR PULLING AT ETT/OGT. VERBAL ORDER FROM DR {name:KAPLAN} 1955, TO BE SIGNED W/IN 1 HR. LEAST RESTRICTIVE ALTERNATIVES TRIED: MITTS, SITTER, FAMILY PRESENCE (WIFE {name:DARLENE} LEFT 1930). CSM Q2H. {name:RLT}"],
  ["restraint", "restraint renewal {date:2/15} 0800. pt cont to reach for lines, not redirectable. soft wrist x2 cont. dr {name:kaplan} saw pt, renewed order. skin intact, cap refill <2. released q2 for rom. dtr {name:nicole} aware and agrees, asked to be called if 4 pt needed ({phone:412 555 0121})."],
  ["restraint", "Restraint documentation: 4-point leather restraints applied at 0115 {date:9/2} after pt struck RN {name:Alonzo} and threw urinal. Security officers {name:Petrillo} and {name:Hsu} assisted. Haldol 5mg IM per Dr. {name:Ibekwe}. Face-to-face eval by Dr. {name:Ibekwe} at 0150. Pt's probation officer Mr. {name:Kline} from {loc:Allegheny County Probation} called, # {phone:412-555-0169}."],
  ["restraint", "RESTRAINTS D/C'D {date:11/20} 1400. PT CALM, FOLLOWING COMMANDS, SON {name:GREG} AT BS AS SITTER UNTIL 2100.\n{name:T. WOJCIK} RN"],
  ["restraint", "restraint flowsheet note - 0400 {date:3/9/04}. r wrist soft restraint only (l arm w/ av graft, per dr {name:boateng} no restraint that side). pt attempted to climb oob x2. bed alarm on. wife {name:pearl} says pt 'sundowns' at home in {loc:beaver falls} too."],
  ["restraint", "Restraint note: Vest restraint NOT used per policy. Bilat wrist restraints cont. Pt pulled NGT at 0320, replaced by RN {name:Francine}, placement confirmed by KUB. Dr. {name:Leung} notified. Order renewed {date:Thurs} 0800 by Dr. {name:Leung}."],
  ["restraint", "RESTRAINT EPISODE {date:12/31/06}: PT ETOH W/D, CIWA 28, COMBATIVE. 4 PT APPLIED 2245, ATIVAN 4MG IV. DR {name:MARTINEZ-OKAFOR} AT BS. PT KEPT CALLING FOR '{name:SHEILA}' - PER CHART THIS IS EX-WIFE, WHO HAS PFA ORDER AGAINST HIM (DOCKET {id:FD-06-004417})."],
  ["restraint", "restraints off 1030. pt aox3, apologized to staff. pt's aa sponsor {name:ted} visited, pt asked that he be allowed in. sponsor's # {phone:724-555-0148}. they meet at {loc:st. anne's} basement {date:tues} nights."],

  // --- family communication -------------------------------------------------------------------
  ["family", "Family communication log {date:4/9}: 1015 spoke w/ dtr {name:Annette Sokol} by phone ({phone:214-555-0186}, lives in {loc:Plano, TX}), updated on vent wean. 1430 son {name:Rick} in, met w/ Dr. {name:Papadakis}. 1900 dtr called back, plans to fly in {date:Sat}, arriving {loc:PIT} at 1145."],
  ["family", "FAMILY MTG {date:10/15/07} 1300 CONF RM 2. PRESENT: WIFE {name:LORNA}, SONS {name:BRETT} & {name:COLIN}, DR {name:SAHOTA} (MICU), DR {name:EBERHARDT} (NEURO), SW {name:ANITA}, THIS RN. DISCUSSED POOR PROGNOSIS, ANOXIC INJURY. FAMILY REQUESTS 48 HRS, BROTHER {name:CLIFF} FLYING IN FROM {loc:ANCHORAGE}."],
  ["family", "pt's wife called x4 this shift. explained we can only give detailed info to hcp (son {name:nate}). wife upset, states she and pt are separated but 'still married on paper'. nurse manager {name:gloria} notified. wife's # {phone:412-555-0104}."],
  ["family", "Phone call 2205 from pt's friend '{name:Boots}' (real name {name:Rosalind Beattie}) asking about pt. Not on pt's list, no info given. Pt's listed contacts: brother {name:Lenny Abate} {phone:412-555-0118} and neighbor {name:Faith Oduya} {phone:412-555-0189}."],
  ["family", "SPOKE W/ SON {name:DARNELL} AT 0130, WHO CALLED FROM WORK AT {loc:UPS} ON {loc:NEVILLE ISLAND}. UPDATED THAT PT EXTUBATED 1600. HE WILL VISIT AFTER SHIFT ~0730. GIVEN UNIT # {phone:412-555-0100} TO CALL."],
  ["family", "family update: dtr {name:hope} and son-in-law {name:vic} at bs 1800-2100. dtr asking re: transfer to {loc:cleveland clinic} for 2nd opinion. dr {name:morrow} will discuss in am. dtr asked that pt's pastor rev. {name:dawkins} from {loc:greater new hope baptist} be allowed in at any hour - ok'd by charge rn."],
  ["family", "Pt's wife {name:Marisol} left message on unit voicemail at 0310 ({date:11/4}), requesting call back at {phone:(412) 555-0170}. Returned call 0645, she was asleep; spoke to her sister {name:Inés}, who will pass on update."],
  ["family", "FAMILY UPDATE: NIECE {name:GEORGIA MAE TIBBS} CALLED FROM {loc:WHEELING, WV}. STATES SHE IS ONLY LIVING RELATIVE. PT IS {age:92}. PT'S PCP DR {name:FALCONE} IN {loc:WEIRTON} CALLED BACK @ {phone:304-555-0192}, CONFIRMS LIVING WILL ON FILE AT HIS OFFICE."],
  ["family", "pt's daughter {name:summer} brought in a cd player and pt's favorite music (polkas). dtr states pt was a member of the {loc:slovak club} in {loc:duquesne} and sang in the choir at {loc:holy name}. dtr lives at {loc:2210 kennedy ave}, {loc:duquesne}; cell {phone:412-555-0112}."],
  ["family", "Family log {date:Thanksgiving}: large family visiting in shifts (up to 12 people). Designated spokesperson is pt's grandson {name:Jamal Whitfield}, {phone:412-555-0116}. Asked family to limit to 2 at bedside. Pt's wife {name:Ora} stayed overnight in family lounge."],
  ["family", "SPOKE W/ PT'S SISTER, SR. {name:MARY CATHERINE}, WHO IS WITH THE {loc:SISTERS OF ST. JOSEPH} IN {loc:BADEN}. SHE WOULD LIKE TO BE HCP BUT PT HAS NO PAPERWORK; NEXT OF KIN IS BROTHER {name:EUGENE} IN {loc:SCRANTON}, {phone:570-555-0143}. REFERRED TO SW."],
  ["family", "pt's ex-husband {name:royce} came to unit, states he is 'still family'. pt (awake, appropriate) does not want him to visit. {name:royce} escorted out by security (ofc. {name:banks}). pt's son {name:tj} notified."],
  ["family", "Family communication: Pt's son {name:Ahmed} called from {loc:Cairo} (very poor connection), updated. He asks that his cousin Dr. {name:Hamza Rahimi}, a cardiologist at {loc:Mercy}, be given info. Verified w/ pt, who nodded yes. Cousin's cell {phone:412-555-0172}."],
  ["family", "WIFE {name:BEV} UPDATED @ BEDSIDE {date:8/12}. WANTS TO KNOW IF PT CAN GO HOME FOR DAUGHTER'S WEDDING {date:SEPT 6TH} AT {loc:ST. PAUL CATHEDRAL}. EXPLAINED UNLIKELY; WILL ASK DR {name:KOVACS} ABOUT VIDEO LINK."],

  // --- discharge planning ---------------------------------------------------------------------
  ["dispo", "Discharge planning: Pt anticipated to go to {loc:Family Hospice} inpatient unit at {loc:Canterbury Place} vs home hospice w/ {loc:VNA of Western PA}. CM {name:Leah Strom} x{phone:3-8841}. Wife prefers home (they live in {loc:Lawrenceville}, 3rd floor walk-up on {loc:44th St})."],
  ["dispo", "DC PLANNING: PT TO {loc:LIFE CARE HOSP OF PGH} (LTACH) WHEN BED OPEN. {loc:UPMC HEALTH PLAN} MEMBER ID {id:10443298701}. SW {name:CAROL ANN} FAXED PACKET TO {phone:412-555-0194}. ETA {date:WED}."],
  ["dispo", "dc plan - pt going home w/ wife {name:ginny} to {loc:zelienople}, 2 story house, bedroom upstairs. will need hospital bed downstairs, ordered via {loc:lincare}. home pt/ot thru {loc:butler vna}. f/u dr {name:ruggiero} {date:4/30} at 1:15."],
  ["dispo", "Discharge planning meeting {date:Tuesday 2/21}: Pt 89 yo, lives alone in senior hi-rise ({loc:Carrick Towers}). Daughter {name:Denise} lives in {loc:Charlotte, NC}. Pt refuses NH. Plan: short-term rehab at {loc:Kane Ross}, then home w/ {loc:Meals on Wheels} and lifeline."],
  ["dispo", "DC PLAN: HOME {date:SUN} W/ HOME O2, PER DR {name:FEINGOLD}. HUSBAND {name:LEROY} PICKING UP. PT TAUGHT INSULIN INJECTIONS X3 DAYS, RETURN DEMO OK. F/U {loc:DIABETES CTR AT SHADYSIDE} {date:3/28}, {phone:412-555-0135}."],
  ["dispo", "dc planning note: pt's insurance ({loc:gateway health}) denied ltach. appeal # {id:GH-2004-77813}. cm {name:stacia} working on it. dtr {name:joy} prefers {loc:beaver valley nursing & rehab} - closer to her in {loc:monaca}."],
  ["dispo", "Pt is homeless per ED social hx, stays at {loc:East End Cooperative Ministry} shelter or w/ friend '{name:Smitty}' under the {loc:Birmingham Bridge}. No phone. Case worker {name:Jolene Price} at {loc:Mercy Behavioral} {phone:412-555-0111}. Plan: medical respite at {loc:Bethlehem Haven} on DC."],
  ["dispo", "DC PLANNING: PT IS A VETERAN, VA CLAIM # {id:C-28 441 907}. SW ARRANGING TRANSFER TO {loc:VA PITTSBURGH - H.J. HEINZ} CAMPUS FOR LTC. SON {name:WAYNE} IN {loc:KITTANNING} AGREES."],
  ["dispo", "plan for dc to {loc:sunrise of upper st. clair} assisted living {date:fri}. their nurse {name:quanita} came to eval pt {date:wed} pm, accepted. dtr {name:paige} will transport."],
  ["dispo", "D/C planning: Pt's wife {name:Erma} ({age:90}) is pt's caregiver but has her own health issues (recent hip fx, was at {loc:St. Margaret}). Son {name:Bud} ({phone:724-555-0153}) lives in {loc:Natrona Heights}, works nights at {loc:Allegheny Ludlum}."],

  // --- death notes ----------------------------------------------------------------------------
  ["death", "DEATH NOTE: PT EXPIRED {date:03/21/04} AT 0412, PRONOUNCED BY DR {name:ADEYEMI}. FAMILY AT BS: WIFE {name:FLORENCE}, DTRS {name:LINDA} & {name:KAREN}. {loc:CORE} NOTIFIED 0420, REFERRAL # {id:04-03-0977}, NOT A CANDIDATE. ME CASE? NO PER INVESTIGATOR {name:GRASSO}. BODY TO {loc:PIETRANTONI FUNERAL HOME}, {loc:MCMURRAY}."],
  ["death", "death note. pt passed peacefully 1740 {date:6/2} after terminal wean, on morphine gtt. son {name:everett} and granddaughter {name:kiana} at bs, chaplain rev. {name:ostrowski} present. pronounced by dr {name:chandrasekaran}. family chose {loc:slater funeral home} in {loc:braddock}, called 1815 ({phone:412-555-0106}). {loc:core} aware, declined."],
  ["death", "Post-mortem note {date:Christmas Day} 0230: Pt pronounced 0214 by Dr. {name:Liebowitz}. Coroner case (trauma) - {loc:Allegheny County ME} notified 0225, case # {id:ME05-3382}, spoke w/ investigator {name:Stout}. Lines/tubes left in place per ME. Wife {name:Celeste} and pt's best friend {name:Dutch} at bedside."],
  ["death", "PT EXPIRED 2305 {date:9/9/01}. HUSBAND {name:ALBERT} NOT PRESENT; NOTIFIED BY DR {name:REYES} AT {phone:412-555-0147}. HE REQUESTS AUTOPSY. BODY HELD IN MORGUE, FUNERAL HOME TBD. PT'S PASTOR AT {loc:EBENEZER AME} NOTIFIED PER HUSBAND'S REQUEST."],
  ["death", "pt expired 0615, {age:ninety-nine} yo, dnr/cmo. dtr {name:ethel} at bs. dtr asked that pt be dressed w/ her {loc:st. adalbert's} rosary society pin. release to {loc:kusturiss funeral home}, south side. {loc:core} ref {id:0311-4482}."],
  ["death", "Death note {date:Sat., Feb. 3}: Pt died 1952 w/ wife {name:Maxine}, children {name:Owen}, {name:Tess} and {name:Micah} present. Comfort care since {date:2/1}. Eyes donated via {loc:CORE} (Dr {name:Lu} consented family). Belongings (wedding band, glasses, Steelers blanket) given to wife."],
  ["death", "TIME OF DEATH 1118. RN {name:PRZYBYLSKI} AND DR {name:HENNESSEY} PRESENT. FAMILY NOTIFIED: SON {name:MILO} ({phone:814-555-0165}) IN {loc:ALTOONA}, WILL CALL {loc:STRITTMATTER FUNERAL HOME} THERE."],
  ["death", "pt passed 2140 on {date:10/31}. wife {name:gert} here. pronounced by night resident dr {name:nwachukwu}. pt's church {loc:our lady of grace} in {loc:scott twp} contacted for last rites, father {name:dom} came 2230."],

  // --- respiratory therapy --------------------------------------------------------------------
  ["rt", "RT note {date:5/6} 0400: Pt on AC 450x16/+8/50%. ABG 7.34/44/88. SBT 30 min on PS 5/5 - RSBI 62. Passed, extubated to 4L NC 0930 w/ Dr. {name:Haddix} at bs. RT {name:Stu Ferrante}."],
  ["rt", "RT: TRACH CHANGED TO #8 CUFFLESS PORTEX BY DR {name:O'LEARY} (ENT) {date:12/12}. PMV TRIALED W/ SLP {name:NADIA}. PT SPOKE FIRST WORDS TO WIFE {name:RHODA}: '{name:RHO}, I LOVE YOU.' HOME VENT CO ({loc:APRIA}) CONTACT {name:GARY} {phone:800-555-0166}."],
  ["rt", "rt: cont bipap 14/8 40%. pt pulled mask off x3, asking for wife {name:mildred}. mildred went home to {loc:penn hills}, will return am. home cpap from {loc:mckesson}, serial {id:MK110-2289}. -rt {name:jc}"],
  ["rt", "RT NOTE: PT EXTUBATED {date:11/9} 1000 PER DR {name:VARGHESE}, STRIDOR -> RACEMIC EPI X2, HELIOX 70/30. REINTUBATED 1340 BY ANESTHESIA (DR {name:KLEIN}). {name:D. MARSH} RRT PGR {phone:6-0213}."],
  ["rt", "resp therapy - weaning per protocol. ps 10/5 30%, vt 380-420, rr 18-22. pt mouthing words, wants to see grandson {name:elijah}. bronch planned {date:thurs} w/ dr {name:ahn}."],
  ["rt", "RT: Pt's home vent settings confirmed w/ wife {name:Dorothea} and home care co ({loc:Lincare}, RT {name:Benny}, {phone:724-555-0131}): LTV 950, AC 12/600/+5. ALS dx 2003. Pt is a retired engineer from {loc:Alcoa}."],

  // --- physical therapy -----------------------------------------------------------------------
  ["pt", "PT eval {date:4/11}: Pt 54 yo, s/p ARDS, vent d/c'd {date:4/8}. Sat EOB w/ max A x2, tolerated 6 min. Goal: acute rehab at {loc:Harmarville}. Pt is a roofer for {loc:Wilson Bros. Roofing}, hopes to return to work. {name:Kat Dunleavy}, PT, x{phone:5-1178}."],
  ["pt", "PT: AMB 40 FT W/ RW, CGA, ON 4L NC, SAT 89-93%. WIFE {name:NOREEN} OBSERVED. RECOMMEND ACUTE REHAB VS HOME W/ {loc:GATEWAY HOME HEALTH}. DISCUSSED W/ DR {name:PARIKH}.\n{name:J. STAVROS} PT"],
  ["pt", "pt tx: dangled 5 min, bp 110/60 -> 92/50, sx lightheaded. returned supine. will retry {date:mon}. daughter {name:lacey} asking about home set-up - pt lives in {loc:millvale} on a hill w/ 14 steps to front door."],
  ["pt", "Physical therapy ICU mobility note {date:7/19/08}: Pt stood at bedside x2 w/ mod A, walker. Niece {name:Bettina} (RN at {loc:UPMC St. Margaret}) present and very helpful. Plan: progress to gait next session. -{name:Ozzie}, PTA"],
  ["pt", "PT NOTE: PT UNABLE TO PARTICIPATE, SEDATED ON PROPOFOL. PROM BUE/BLE DONE. PRAFO BOOTS APPLIED. WILL F/U {date:FRI}. {name:M. LAFFERTY}, DPT"],

  // --- social work ----------------------------------------------------------------------------
  ["sw", "SW note: Met w/ pt's partner {name:Evelyn Marsh-Tolbert} and pt's sister {name:Bea} re: guardianship. Pt has no POA. Sister lives in {loc:Johnstown}. Petition to be filed at {loc:Orphans' Court of Allegheny Co}; attorney {name:Gerald Fine}, {phone:412-555-0124}."],
  ["sw", "SW: PT'S SON {name:DWAYNE} IS INCARCERATED AT {loc:SCI GREENE}. ARRANGED PHONE CALL W/ PRISON CHAPLAIN REV. {name:TOLLIVER} ({phone:724-555-0183}). INMATE # {id:GL-4471}. SON WISHES TO BE NOTIFIED IF PT DIES."],
  ["sw", "sw: pt's wife {name:mei-ling} requests help w/ parking passes and lodging. referred to {loc:family house} on {loc:de soto st}. wife works at {loc:wong's garden restaurant} in {loc:squirrel hill}, owner mr. {name:wong} allowing her leave."],
  ["sw", "Social Work: Pt's landlord Mr. {name:Petrosyan} called re: pt's apt at {loc:318 Brownsville Rd}, {loc:Mt. Oliver}; states rent unpaid since {date:October}. Pt's cat being fed by neighbor {name:Lorraine Gable}. APS (worker {name:Keisha Moore}, {phone:412-555-0197}) involved since {date:9/20}."],
  ["sw", "SW NOTE {date:02-14-2005}: ADVANCE DIRECTIVE FOUND IN PT'S WALLET, DATED {date:6/1/1999}, NAMES {name:HAROLD VOSS} AS AGENT. MR. {name:VOSS} REACHED AT {phone:412-555-0159}, IS PT'S FORMER BUSINESS PARTNER AT {loc:VOSS & KEMP AUTO BODY}."],
  ["sw", "sw f/u: dtr {name:angel} (19) is pt's only child. no other family. dtr attending {loc:ccac} and works at {loc:kennywood} seasonally. connected her w/ {loc:highmark caring place} grief program and the pastor at {loc:new life ame zion}."],
  ["sw", "SW: Pt is a {loc:Duquesne Light} lineman, injured on the job {date:3/15/06}; workers' comp claim # {id:WC-06-228817}, adjuster {name:Brenda Halloway}, {phone:800-555-0122 ext 4410}. Wife {name:Leanne} overwhelmed, 3 kids at home in {loc:Bethel Park}."],

  // --- chaplain -------------------------------------------------------------------------------
  ["chaplain", "Chaplain note: Visited at request of pt's wife {name:Ida}. Pt is Lutheran, member of {loc:St. John's Lutheran} in {loc:Mars}. Prayed with family. Pastor {name:Lindgren} from home church to visit {date:Sun} after services ({phone:724-555-0140}). - Ch. {name:Abigail Norris}"],
  ["chaplain", "CHAPLAIN: ANOINTING OF THE SICK GIVEN BY FR. {name:BRZOZOWSKI} {date:10/22} 1600. WIFE {name:HELENA} AND SON {name:ANDRZEJ} PRESENT. FAMILY REQUESTS PARISH ({loc:ST. HEDWIG'S}, {loc:CARNEGIE}) BE NOTIFIED OF DEATH."],
  ["chaplain", "chaplain visit - pt muslim, family requests imam from {loc:islamic center of pittsburgh} (imam {name:saleh}, {phone:412-555-0108}). family asks that body be released quickly after death for burial w/in 24h; discussed w/ charge rn {name:odette} and nsg supervisor."],
  ["chaplain", "Pastoral care: Pt (Jewish) asked for rabbi. Rabbi {name:Mendel Gurevich} from {loc:Chabad of Squirrel Hill} visited 1930 {date:Friday}, before sundown. Electric Shabbat candles provided. Son {name:Avi} arriving from {loc:Teaneck, NJ}."],
  ["chaplain", "CHAPLAIN NOTE: PRAYED W/ PT'S MOTHER {name:MAMIE}, WHO ASKED FOR HER CHOIR FROM {loc:MACEDONIA BAPTIST} TO SING AT BEDSIDE {date:SAT}. OK'D BY DR {name:LUTZ} IF LIMITED TO 4. -CH {name:OKWUOSA}"],
  ["chaplain", "spiritual care: pt's wife {name:marjorie} is jehovah's witness, pt is not. pt's own wishes re: blood (accepts) documented {date:8/3} w/ dr {name:farrell}, witnessed by rn {name:colleen} and me. elders from {loc:kingdom hall} in {loc:munhall} visited."],
];

/** Identifier-free items in the same styles and shorthand. */
export const DECISION_159_FIRST_CLEAN: string[] = [
  "PT ADMITTED TO MICU BED 6 FROM ED. LEVOPHED 8MCG, VASOPRESSIN 0.04. FOLEY PLACED. A-LINE R RADIAL AFTER ALLEN TEST.",
  "restraint note 0200: bilat soft wrist restraints cont for pulling at dobhoff. csm intact q2h. released for rom. md aware, order renewed per policy.",
  "Code Blue called 0412. VF -> shock 200J -> PEA. Epi 1mg q3-5 min x4. Amio 300. ROSC 0431. Arctic Sun started per hypothermia protocol.",
  "Swan-Ganz wedge 18, CO 3.2, CI 1.8, SVR 1450. Dobutamine 5 mcg/kg/min. Mixed venous 52%.",
  "FAMILY UPDATED AT BEDSIDE BY MD RE: PLAN FOR TRACH/PEG. FAMILY WISHES TO THINK OVERNIGHT. WILL MEET AGAIN IN AM WITH SW AND CHAPLAIN.",
  "pt w/ cheyne-stokes resps, mottling to knees, cmo. morphine gtt 4mg/hr, ativan prn. family at bs.",
  "Transfer to stepdown: VSS x24h, off pressors since 0600, on 2L NC. Report called to receiving RN. Belongings w/ pt.",
  "RT: Passy-Muir valve trial 20 min, tolerated well. SpO2 96% on 28% trach collar. Shiley 6 cuff deflated.",
  "PT: Pt transferred w/ Hoyer lift to chair. Roho cushion in place. Tolerated 1 hr OOB. Plan BID mobility.",
  "DR. ON CALL NOTIFIED RE: K 3.1. KCL 40MEQ IV OVER 4H ORDERED. MG 1.6 -> MAG SULFATE 2G.",
  "Cushing's triad noted: HR 48, BP 188/70, irregular resps. Neurosurgery paged STAT. Mannitol 1g/kg given.",
  "Pt + Babinski R, neg Kernig and Brudzinski. Pupils 3mm brisk. GCS E3V4M6 = 13.",
  "JP drain x2 to bulb sx, 40cc serosang. Salem sump to LIWS, 300cc bilious. Pleur-evac -20, no air leak.",
  "NO FAMILY VISITED THIS SHIFT. NO PHONE CALLS. PT RESTING COMFORTABLY, CPOT 0.",
  "chaplain visit: pt requested prayer, rosary provided. pt tearful, expressed fear of dying. support given.",
  "SW: Pt has Medicare A/B and Medicaid. PA-600 form completed. Referrals sent to 3 LTACH facilities.",
  "Death note: Pt pronounced at 0347 by MD. No heart sounds, no resp effort x1 min, pupils fixed. Family notified. Post-mortem care done.",
  "RRT called for SBP 72. 1L NS bolus, lactate 4.2, blood cx x2, zosyn 3.375g. Transferred to ICU bed 3.",
  "pt w/ addison's on hydrocortisone 100 q8. hashimoto's on synthroid 75mcg. am cortisol pending.",
  "MAY NEED REINTUBATION IF WOB WORSENS. BIPAP AT BS. WILL CONT TO MONITOR CLOSELY.",
  "Christmas tree adapter on O2 flowmeter. Ambu at bedside. Suction set up and working.",
  "Trendelenburg for CVL placement. Bair Hugger on for temp 35.2. Bed alarm on.",
  "SBT failed at 14 min: RR 38, HR 128, RSBI 142. Back to AC 500x14/+8/40%. Will retry in AM.",
  "Restraints removed 1400, pt calm and following commands x4 ext. Mitts on for comfort. Sitter not needed.",
  "family meeting held w/ micu team, sw, chaplain. goals of care discussed. family elects dnr/dni but cont current tx.",
  "PICC 5Fr double lumen R basilic, 44cm, tip SVC per CXR. Biopatch applied. Old Hickman removed intact.",
  "DC PLANNING: PT WILL NEED LTACH VS SNF. PT/OT RECS PENDING. CM FOLLOWING. INSURANCE AUTH IN PROCESS.",
  "Minnesota tube placed by GI for variceal bleed, gastric balloon 450cc, 1 kg traction. Octreotide 50 mcg/hr.",
  "pt w/ graves dz, on ptu 100 tid. tsh <0.01. propranolol 20 q6. temp 38.9.",
  "Parkinson's - Sinemet 25/100 5x/day held while NPO, restarted via NGT per neuro. Rigidity improved.",
  "VISITING HRS EXTENDED FOR FAMILY OF DYING PT PER UNIT POLICY. GRACE AND COMFORT CART BROUGHT TO ROOM.",
  "Foley d/c'd 0600, due to void by 1200. Bladder scan 180cc at 1100. Voided 350cc at 1130.",
  "CODE NOTE: ASYSTOLE 0215, CPR X 22 MIN, EPI X6, ATROPINE X3. NO ROSC. TIME OF DEATH 0237. CHAPLAIN PAGED.",
  "pt agitated, riker 6, cam-icu positive. haldol 2mg iv x1, precedex started 0.4mcg/kg/hr. reorienting frequently.",
  "Guaiac + stool x2. Hgb 7.8 from 9.4. 2U PRBC ordered. Protonix 80 bolus then 8/hr. GI aware.",
  "TEDS AND SCDS ON. HEPARIN 5000 SQ Q8. HOMAN'S NEG BILAT. PEDAL PULSES 2+.",
  "rt note: albuterol/atrovent neb q4 and q2 prn. peak flow 180 -> 240 after tx. wheezes diminished.",
  "Chaplain: family asked for sacrament of the sick. Catholic priest paged via operator. Will f/u in AM.",
  "hx Lou Gehrig's dz dx'd 4 yrs ago, BiPAP at night, PEG in place. Cough assist BID.",
  "Pt w/ Guillain-Barre, NIF -18, VC 900. Plasmapheresis #3 of 5 today via Quinton cath.",
  "STEVENS-JOHNSON SUSPECTED, 30% BSA. BURN UNIT CONSULTED. BACITRACIN/XEROFORM TO WOUNDS.",
  "Pt's wife and son at bedside most of shift, updated by RN and MD. Questions answered. Son will be spokesperson.",
  "Wernicke's prophylaxis: thiamine 100 IV daily, folate 1mg, MVI. CIWA q1h, score 12.",
  "pt 89 yo f, lives alone, independent w/ adls prior. admitted for chf exac, lasix 80 iv bid.",
  "PT EVAL: BED MOBILITY MAX A X2. SITTING BALANCE POOR. RECOMMEND ACUTE REHAB. PRAFO BOOTS ON.",
  "Temp 38.6 @ 0400, cx'd blood x2, urine, sputum. Tylenol 650 PR. Cooling blanket on.",
  "D5 1/2NS + 20 KCL @ 100/hr. I/O 2400/1850. Wt 82.4 kg (83.1).",
  "restraint d/c'd 0900 after 24 hrs w/o pulling attempts. pt oriented x3. family informed.",
  "TX TO FLOOR 1500, REPORT GIVEN, PT AMBULATED TO CHAIR PRIOR. TELEMETRY BOX 14 ON.",
  "APACHE II 24, SOFA 11. Sepsis bundle complete within 6h. Xigris considered, not given d/t plt 42.",
  "social work: pt's family requests info re: hospice options. brochures given for inpatient vs home. will f/u.",
  "Pt w/ Down syndrome, nonverbal baseline, communicates w/ picture board. Mother is legal guardian.",
  "CT HEAD: NO BLEED. MRI: ACUTE L MCA INFARCT. NIHSS 14. NOT TPA CANDIDATE (OUTSIDE WINDOW).",
  "Ranson's 4, Glasgow-Imrie 3. Lipase 3400. NPO, NGT to LIWS, dilaudid PCA.",
  "wound vac to sternal wound at 125 mmhg continuous. dressing changed q72h by woc rn. scant serous drainage.",
];

/** Decision 159's batch in corpus.json's shape, for score.ts. */
export function decision159Corpus(): Corpus {
  return { notes: DECISION_159_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_159_FIRST_CLEAN };
}
