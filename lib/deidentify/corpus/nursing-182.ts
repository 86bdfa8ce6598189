// ICU nursing progress notes, respiratory-therapy notes, case-management and social-work notes about
// very old patients (many past ninety) at a Boston teaching hospital around 1999-2006, imitating the
// public PhysioNet nursing-note corpus. By "a thirty-seventh writer who had not read the guard's rules",
// whose habits are: system headers closed with ">>" (NEURO>>, CV>>, SOCIAL>>), a shift stamp first
// ("NSG 7P-7A", "rt:"), family written as dau/dtr, gdau, gson, dil, nbr and HCP, ages glued to their
// unit ("94yo", "97YO") or spelled out, dates with dots as often as slashes ("3.14"), flags wrapped
// in double asterisks (**DNR/DNI**), pagers as "bpr" or "pgr", and, on shorter notes, a sign-off of
// slash and initials.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "nsg-caps"
  | "nsg-lower"
  | "nsg"
  | "rt-caps"
  | "rt-lower"
  | "rt"
  | "cm-caps"
  | "cm"
  | "sw-lower"
  | "sw";

/**
 * The batch of decision 182: ICU, respiratory, case-management and social-work notes on patients in
 * their nineties and past a hundred, by a writer with dotted dates, ">>" headers and slash sign-offs.
 */
export const DECISION_182_FIRST: Array<[Style, string]> = [
  ["nsg-caps", "NSG 7P-7A:\nNEURO>> {age:93YO} F, A+OX1, KNOWS NAME ONLY. CALLS OUT FOR '{name:EDDIE}' (LATE HUSBAND) THRU NOC.\nCV>> AFIB 80-90S, SBP 100-120.\nRESP>> 2L NC SATS 95%.\nSOCIAL>> DAU {name:MAUREEN KILBRIDE} IN @2100, LIVES IN {loc:WEYMOUTH}, CELL {phone:781-555-0143}. ASKS TO BE CALLED W/ ANY CHANGE.\nPLAN>> CONT TO MONITOR. **DNR/DNI**"],
  ["nsg-lower", "nsg 7a-7p\nneuro>> pt {age:96 yo} m, lethargic but arousable to voice, mae.\ncv>> nsr 70s, bp stable.\nresp>> ls coarse, sx x2 for thick tan.\ngi>> tf @ goal.\nsocial>> wife {name:rosaria} ({age:91}) visited w/ son {name:carmine} from {loc:east boston}; they plan to speak w/ dr {name:ferrante} re goals of care on {date:thurs}."],
  ["rt-caps", "RT NOTE: PT REMAINS ON AC 500X14 +5 40%. BS DIMINISHED BASES. SX MOD AMT WHITE. ABG 7.38/42/88. RSBI DONE 0900 = 112, NOT READY. WILL REASSESS IN AM PER DR {name:NAKASHIMA}. ETT 7.5 23@LIP.\n-{name:R. DELACROIX} RRT"],
  ["cm", "CM Note: Met w/ pt's son {name:Vartan Kazanjian} (HCP) at bedside re d/c planning. Pt is {age:94 y/o}, lived alone in 2nd fl apt on {loc:Mt. Auburn St} in {loc:Watertown} until adm {date:3.2}. Son feels pt cannot return home. Referrals faxed to {loc:Armenian Nursing Home}. Son's work # {phone:617-555-0188}."],
  ["sw", "SW: Pt known to this writer from prior adm. {age:Ninety-two yr old} widow, Haitian Creole speaking, lives w/ gdau {name:Nadège Pierre-Louis} in {loc:Mattapan}. Gdau works nights at {loc:Stop & Shop} and is worried about leaving pt alone. Discussed adult day health at {loc:Crystal Day Center}; gdau will tour {date:Friday}. SW will follow."],
  ["nsg-caps", "PT IS A {age:97 YR OLD} MALE ADMITTED {date:12.24} FROM {loc:BRENTWOOD MANOR NURSING HOME} W/ UROSEPSIS. SPENT {date:CHRISTMAS} IN MICU. PCP DR {name:LIEBOWITZ} PAGED RE: ABX, NO CALL BACK YET, PGR {phone:31442}."],
  ["rt", "Resp Care: Pt is {age:91yo} w/ hx severe COPD on home O2 2L via {loc:Apria}. Placed on BiPAP 12/5 overnight, tol well, sats 93-95%. Wife {name:Lorraine} states pt refused mask at home 'since {date:Easter}'. RT to re-educate. Will d/w Dr {name:Sundaram} re trial of nocturnal NIV at d/c."],
  ["nsg-lower", "7p-7a nsg: pt {age:99 yo} female, hoh, pleasant, oriented to self. dau {name:judy} stayed until 2300, says mom turns {age:100} on {date:4.11} and family planning party at {loc:st. agatha's} parish hall in {loc:milton} -- 'she has to make it'. pain controlled w/ tylenol. skin: stage ii coccyx, duoderm in place. cont to monitor."],
  ["cm-caps", "CASE MGMT: SPOKE W/ {name:ANGELA} @ {loc:SPAULDING REHAB} ADMISSIONS ({phone:617-555-0160}), PT SCREENED & ACCEPTED PENDING BED. INS: MEDICARE A, # {id:027-38-4419A}. PT IS {age:90 Y/O}, QUALIFYING 3-NIGHT STAY MET. ANTICIPATE D/C {date:6/18}. SON {name:DESMOND FAHEY} AWARE."],
  ["sw-lower", "sw note: met w/ pt's husband {name:harold}, {age:93}, who is pt's primary caregiver at their home in {loc:needham}. he is exhausted, cried during mtg. they have been married 71 yrs, anniversary was {date:saturday}. discussed respite options + {loc:springwell} elder services, gave # {phone:617-555-0107}. will cont to support."],
  ["nsg", "NSG 0700-1900\nNeuro>> A+Ox3, {age:ninety-four} but 'sharp as a tack' per pt's own words. Asking for her rosary, brought in by friend {name:Bunny} ({name:Bernadette Sheehan}) from {loc:St. Gregory's} in {loc:Dorchester}.\nCV>> HR 90s-100s ST, lopressor 5 IV x1 @1000 w/ good effect.\nResp>> 4L NC, sats 92-94%.\nGU>> foley, u/o 30-40cc/hr.\nPlan>> ? transfer to {loc:Farr 9} if stable."],
  ["rt-lower", "rt: pt remains on cpap 5/ps 10 fio2 .40, sats 96. spont vt 350-400 rr 20s. plan to extubate this am per dr {name:kowalczyk}; dau {name:ana} at bedside asks that her father ({age:92}) not be reintubated, states this is consistent w/ wishes in hcp form signed {date:2/9/01}. md aware.\n/{name:tl} rrt"],
  ["nsg-caps", "ADDENDUM 2200: SON {name:MICHAEL O'TOOLE} CALLED FROM {loc:LOGAN} ON HIS WAY IN. UPDATED ON PT'S DECLINE. ALSO CALLED PT'S SISTER, SR. {name:MARY CATHERINE O'TOOLE}, AT {loc:NOTRE DAME DU LAC CONVENT}. PT IS {age:96}, SISTER IS {age:98} -- BOTH 'TOUGH AS NAILS' PER SON."],
  ["cm", "CM: Pt from {loc:Brooksby Village} assisted living, {loc:Peabody}. Spoke w/ nurse {name:Colleen} there ({phone:978-555-0132}) - they can take pt back if she can transfer w/ 1 assist; otherwise needs SNF. PT eval pending. Pt is {age:95yo}, MRN {id:0923817}. F/u {date:Tues} w/ PT recs."],
  ["sw", "Social Work\nReferral: family stress. Pt, known to family as {name:Lottie}, is a {age:101 y/o} woman who worked 40 yrs at {loc:Filene's} downtown. Gson {name:Jason Nowak} and his wife have been caring for her at their home in {loc:Chelmsford}. Conflict w/ pt's dau {name:Irene} re placement. Family mtg set for {date:10.22} @ 2pm."],
  ["nsg-caps", "PT RESTING COMFORTABLY. MORPHINE GTT @ 4MG/HR. FAMILY AT BEDSIDE: WIFE, DAUS {name:ROSE} & {name:THERESA}, PRIEST FROM {loc:SACRED HEART} IN TO GIVE LAST RITES 1600. CMO. FAMILY AWARE PT MAY NOT SURVIVE NOC.\n/{name:LW}"],
  ["rt-caps", "RESP: {age:90 Y.O.} M S/P FALL W/ RIB FX 4-7 ON LEFT. IS 500ML. CPT + NEB Q4. SATS 93% 3L. PT STATES HE WANTS TO GO HOME TO {loc:HULL} IN TIME FOR {date:4TH OF JULY}. ENCOURAGED IS Q1H WHILE AWAKE.\n/{name:GR}"],
  ["nsg-lower", "0300 pt pulled ngt, replaced w/o difficulty, placement confirmed by cxr. mitts on per order. pt ({age:ninety-one yo}) keeps calling for '{name:nellie}' - per family this was her sister who died in 1962. husband {name:walter} gave permission for mitts when called @ 0315 ({phone:617 555 0176}).\n-{name:cb}"],
  ["sw-lower", "sw f/u: spoke by phone w/ pt's neighbor mrs. {name:okafor} who has key to pt's apt at {loc:220 hancock st}, {loc:quincy}. she is feeding pt's cat. pt has no family; nbr and fr. {name:dolan} from {loc:st. ann's} are only supports. pt {age:93}. will explore guardianship if pt lacks capacity."],
  ["nsg", "Nursing Progress Note 1900-0700\nPt is {age:92 yo} M, POD#2 s/p ex-lap for SBO.\nNeuro>> intermittently confused, reoriented easily; wife {name:Shirley} says he 'does this at home too'.\nCV>> NSR 60s, SBP 110s.\nResp>> 2L NC.\nGI>> NGT to LCWS, 300cc bilious.\nGU>> foley draining clear yellow.\nSocial>> Wife called x3 overnight from home in {loc:Marblehead}. Dtr {name:Linda Goldfarb} is HCP, lives in {loc:Newton}.\nTeam aware of u/o 25cc/hr x2."],
  ["cm-caps", "CM ADDENDUM: PT'S GRANDDAU {name:TIFFANY REARDON} (POA) REQUESTS D/C TO {loc:CEDAR RIDGE NURSING & REHAB} IN {loc:RANDOLPH} AS CLOSE TO HER WORK. BED AVAIL {date:WED 5/9}. PT {age:98YO}. RECORD # {id:448-21-07} SENT W/ W-10."],
  ["nsg", "Pt more alert today, recognized gson {name:Danny} who flew in from {loc:Denver}. Pt told RN she was 'born the year the Titanic sank' which makes her {age:92}. Family hoping to take her home for {date:Thanksgiving} but this is unlikely. Gdau {name:Erin McNamara} asking about {loc:Hospice of the North Shore}; CM paged."],
  ["rt", "RT: Trach collar 35% @ 10L, sats 97. Sx sm amt thin white. Pt's dtr {name:Fotini Papadakis} asked re: Passy-Muir valve; explained needs SLP eval first. Pt is {age:93 years old} and was at {loc:Kindred Hospital} in {loc:Stoughton} for vent wean x6 wks prior to this adm.\n/{name:mpr}"],
  ["nsg-caps", "0800 PT FOUND ON FLOOR BY BED, NO APPARENT INJURY. DR {name:VAILLANCOURT} IN TO EVAL. HEAD CT NEG. BED ALARM ON. SON {name:GERARD THIBODEAU} NOTIFIED @ {phone:(508) 555-0150}, STATES PT ALSO FELL AT {loc:MAPLEWOOD ASSISTED LIVING} ON {date:1.3}. PT {age:96 Y/O}, INCIDENT REPORT FILED."],
  ["sw", "SW: Pt is a {age:90 yr old} Cantonese speaking man who lives w/ his son {name:Wai-Kit Chu} and dil {name:Mei-Ling} in {loc:Chinatown}, above the family restaurant ({loc:Golden Lotus}). Used {name:Alice Tam} of interpreter services. Family wishes pt not be told dx."],
  ["nsg-lower", "nsg: pt is a {age:94 y/o} m adm from {loc:youville} w/ aspiration pna. remains npo. speech to see {date:monday}. wife {name:dot} calls every am, # {phone:617-555-0199}; she is {age:91} and does not drive."],
  ["cm", "CM: Referral to {loc:Caritas Home Care} for services at d/c (RN, PT, HHA). Address confirmed: {loc:77 Winthrop Ave}, {loc:Revere}, {loc:MA} {loc:02151}. Pt {age:91 y/o}, lives w/ nephew {name:Sal Buonocore} who will pick up {date:Sat} am."],
  ["sw-lower", "sw: pt's gdau {name:keisha}, 19, is pt's main caregiver and is also in school at {loc:roxbury community college}. pt {age:ninety-five}, lived w/ {name:keisha}'s mother {name:lorna} until {name:lorna}'s death this yr. gdau cell {phone:617-555-0182}."],
  ["nsg-caps", "NSG 7A-7P\nNEURO>> SEDATED ON PROPOFOL 20MCG, OPENS EYES TO NAME.\nCV>> PACED 70, PPM PLACED AT {loc:LAHEY} 2001, SERIAL # {id:PJK604419R}.\nRESP>> CMV 450X12 PEEP 8 FIO2 50%.\nID>> TMAX 101.2, CX PENDING.\nSOCIAL>> {age:93 YO} PT'S WIFE {name:IDA} IN W/ FRIEND {name:MIRIAM SCHECHTER} FROM {loc:TEMPLE EMETH}. WIFE ASKS THAT PT BE KEPT KOSHER, DIETARY NOTIFIED."],
  ["rt-lower", "rt 0400: pt {age:97yo} placed on 100% nrb for desat to 82%, abg 7.29/58/61. dr {name:yoon} notified, bipap 10/5 started, pt tolerating. family (son {name:kenji}) states pt would not want intubation, hcp on chart dated {date:8.30.02}.\n/{name:jb} rrt"],
  ["nsg", "Addendum: Called pt's PCP Dr {name:Abernathy} at {loc:Harvard Vanguard} {loc:Kenmore} ({phone:617-555-0147}) to inform of adm. He has known pt >30 yrs, says pt 'has wanted to die at home since he turned {age:90}'. Will relay to team. Pt is now {age:96}."],
  ["cm-caps", "CM: PT {age:92 Y/O} F FROM {loc:NEW ENGLAND SINAI} LTAC, DISCHARGED THERE {date:2/14}, BACK HERE IN 2 DAYS. MASSHEALTH ID {id:100384471926}. PLAN RETURN TO {loc:NES} WHEN MED STABLE. CONTACT {name:MARJORIE} {phone:781-555-0113}."],
  ["sw", "SW Note -- Family Meeting\nPresent: pt's daughters {name:Gloria Fonseca} and {name:Lucinda Fonseca-Ribeiro}, son, Dr {name:Quintero} (MICU), bedside RN, this writer.\nPt is {age:98 y/o} Portuguese-speaking woman from {loc:Fall River}. Family agreed to transition to comfort care. They asked for a priest from {loc:Our Lady of the Angels} and for pt's sister, {age:94}, to be driven up from {loc:New Bedford} tomorrow night."],
  ["nsg-lower", "pt calm this shift. no prn needed. up to chair w/ pt/ot x30min. ate 50% dinner. pt tells me she was a nurse at {loc:carney hospital} for 'forty years' and 'knew dr. {name:lahey}' (!). very pleasant {age:ninety three yr old}. son {name:bobby} called 2000.\n/{name:ml}"],
  ["nsg-caps", "**FULL CODE** PER PT'S SON {name:THEODORE PAPPAS} DESPITE PT BEING {age:NINETY-SIX}. DR {name:METZGER} TO READDRESS W/ FAMILY {date:SUNDAY} WHEN DTR {name:ELENI} ARRIVES FROM {loc:ATHENS}. SON'S # {phone:617-555-0125}."],
  ["rt", "RT 2300: Pt on HFNC 40L 60%, sats 91-93. Wet cough, productive of thick yellow, sent for cx (accession {id:M04-22981}). Pt is a {age:95 yr old} retired {loc:MBTA} trolley driver; joked he 'drove every trolley they had'. Will cont to follow.\n-{name:hn} RRT"],
  ["cm", "Case Mgmt: Per pt's wife {name:Beatrice}, pt was receiving services from {loc:Ethos} (homemaker 2x/wk) and a visiting nurse. Their nurse {name:Carole Dunleavy} ({phone:617-555-0171 x214}) will resume at d/c. Pt {age:93yo}; d/c target {date:Fri 11/5}."],
  ["sw-lower", "sw: pt is {age:102}, oldest pt on the unit. lives at {loc:the hebrew home} since 1996. dau {name:rivka} and son-in-law visit daily. pt's rabbi, rabbi {name:feinstein}, requests call before any change in code status: {phone:617-555-0134}. family observing {date:passover} at bedside."],
  ["nsg", "NSG 7p-7a\nNeuro>> pt confused, pulling at lines, haldol 0.5mg IV x1 at 0130.\nCV>> HR 110s AF, dilt gtt 10mg/hr.\nResp>> 3L NC, sats 94%.\nSocial>> Pt is {age:91}. Wife of 65 yrs, {name:Hazel}, now at {loc:Sherrill House} (she has dementia). Son {name:Norman Pike} from {loc:Concord NH} is HCP, # {phone:603-555-0196}. Called him at 0200 per his request re: agitation."],
  ["nsg-caps", "PT {age:100 YO} TODAY -- HAPPY BIRTHDAY! STAFF SANG. GDAU {name:COURTNEY} BROUGHT CAKE, PT TOOK 2 BITES (NECTAR THICK). LETTER FROM {loc:WHITE HOUSE} ARRIVED AT HER APT ON {loc:CENTRE ST} PER FAMILY. DOB {date:9/30/1904}."],
  ["rt-caps", "RT: PT EXTUBATED 1030 TO 4L NC, TOL WELL. STRIDOR MILD, RACEMIC EPI X1. PT IS {age:92}, REPORTS HE WAS A RESPIRATORY PATIENT HIMSELF AT {loc:MATTAPAN CHRONIC DISEASE HOSPITAL} AS A CHILD W/ TB. SON {name:LEROY WASHINGTON} AT BEDSIDE.\n/{name:TF} RRT"],
  ["cm", "CM note: Pt is {age:90 yrs} per chart (DOB {date:1.17.1914}), not 89 as on face sheet. MRN {id:3340-912}. D/C plan: home w/ 24h care arranged privately by dtr {name:Natalie Brandt} through {loc:Home Instead}, # {phone:781-555-0157}."],
  ["sw", "SW: Received call from pt's friend {name:Manny Rezendes}, who states he has been pt's 'only family' for 30 yrs; they were shipmates. Pt ({age:93 yo}) has no HCP. {name:Manny} lives at {loc:11 Oak Terrace}, {loc:Somerville}. Pt's church is {loc:St. Anthony's}. Will explore HCP w/ pt when alert."],
  ["nsg", "Pt is a {age:95 year old} F from {loc:Kindred Braintree}, here w/ GI bleed. Hct 24 -> 29 after 2u PRBC. Dau {name:Patricia Mulcahy} here till 2200. Pt's sister {name:Agnes} is also a pt in this hospital on {loc:Reisman 10}, family going back and forth."],
  ["nsg-caps", "SOCIAL>> PT LIVES W/ DTR {name:FRANCINE} & HER HUSBAND {name:ARTIE} IN {loc:SAUGUS}. DTR WORKS AT {loc:KOWLOON RESTAURANT}. DTR ASKS UPDATES BE CALLED TO {phone:781-555-0179} AFTER 3PM ONLY. PT IS {age:94}, HAS 11 GRANDCHILDREN."],
  ["rt-lower", "rt: {age:ninety-nine y/o} f, nebs q4 + prn. bs wheezy upper, diminished lower. pt refused neb at 0400 -- 'let me sleep, honey'. will retry. dtr {name:joan} asks if she can bring pt's own nebulizer from {loc:brookline}; told ok per rt policy.\n/{name:wr}"],
  ["cm-caps", "CM: SCREENED BY {name:DONNA} FROM {loc:HEBREW SENIORLIFE}, ACCEPTED. PT {age:91 YO}. FAMILY ({name:RUTH} & {name:LEN GOLDSTEIN}) PREFER {loc:HEBREW SL}. TRANSPORT BOOKED {date:THURS}."],
  ["sw", "SW: Pt's son {name:Dariusz Wisniewski} called from {loc:Krakow}. Pt ({age:92}) emigrated in 1948, moved after wife died to {loc:Blessed Sacrament Assisted Living} in {loc:Worcester}. Son will arrive {date:Oct 3}. SW gave son unit # {phone:617-555-0110}."],
  ["nsg", "Pt {age:97yo} M, trach/PEG, came from {loc:Radius Healthcare} {loc:Danvers}. Unresponsive except to deep pain. Wife {name:Gertrude} in 1400-1700, reading to pt from the paper. She is {age:95} herself, walks w/ cane. Her ride home is {name:Sully} from {loc:Elder Transport}."],
  ["nsg-caps", "NSG NOTE 1900:\nPT {age:NINETY-THREE YO} F W/ CHF EXAC. LASIX 80 IV @1600, U/O 1.2L.\nSOCIAL>> HUSBAND {name:BENEDICT} DIED {date:JAN 8} THIS YR. PT TEARFUL. DTR {name:KATHLEEN MORIARTY} FLYING IN FROM {loc:PHOENIX}, WILL STAY W/ COUSIN IN {loc:SOUTH BOSTON}."],
  ["rt", "RT: Pt on home CPAP for OSA, machine brought in by gson {name:Tyler}. Serial # {id:CP2093-114-77} checked by biomed. Settings 8cmH2O. Pt is {age:90 years old}, very independent w/ equipment. He uses {loc:Lincare} for supplies.\n/{name:hn} RRT"],
  ["cm", "CM: Pt lives alone at {loc:Brighton Gardens}, {loc:Brookline}. Exec director {name:Yvonne Castellano} ({phone:617-555-0166}) concerned pt now needs higher level of care. Pt is {age:96}. Plan: short-term rehab at {loc:Newton-Wellesley} TCU. Will d/w dtr {name:Cynthia}."],
  ["sw-lower", "sw: pt is a {age:92 y.o.} vietnamese woman, lives w/ son {name:huong tran} and his family in {loc:fields corner}. interpreter mr. {name:lam} used by phone. family buddhist; monks from {loc:chua viet nam} temple may visit. family requests no procedures on {date:tet}."],
  ["nsg", "0500 Labs sent. K 3.2, repleting. Pt sleeping in naps. Wife {name:Clara} called 0430 (she cannot sleep either), {phone:508-555-0193}. She is {age:91}, lives in {loc:Framingham}. Reassured.\n/{name:ak}"],
  ["nsg", "Pt {age:94 y/o} F transferred from {loc:Stoneman 7} for hypotension. Code status **DNR/DNI** confirmed w/ son {name:Raymond Kelleher} by phone ({phone:617-555-0153}). Pt's other son {name:Brendan} lives in {loc:Galway}, pls call only if death imminent."],
  ["nsg-caps", "PT {age:91 YO} GREEK ORTHODOX, FAMILY REQUESTED PRIEST FROM {loc:ST. SPYRIDON} IN {loc:WATERTOWN}. FR. {name:ANASTASIOS} CAME 1500. PT'S GSON {name:NICK KARAGIANNIS} WORKS AS RESIDENT AT {loc:BRIGHAM}, ASKING MANY CLINICAL QUESTIONS."],
  ["rt-caps", "RT EVE: PT SEEN Q4 FOR NEBS. {age:95 Y/O} F W/ PNA. SPUTUM THICK GREEN. PT VERY HOH, DTR {name:MAVIS} WRITES QUESTIONS ON WHITEBOARD. DTR IS RN AT {loc:FAULKNER}, ASKS ABOUT CPT.\n/{name:DO}"],
  ["cm", "CM: Pt seen, {age:ninety-seven} and sharp. Lives at {loc:Goddard House} assisted living, {loc:Jamaica Plain}, apt 4B. ALF faxed MAR. Pt's only relative is nephew {name:Prescott Lowell III} in {loc:Beverly Farms}. Target d/c {date:Monday 3/22}."],
  ["sw", "SW f/u: Pt's wife {name:Esther} ({age:90}) tearful, asked SW to call their gdau {name:Rachel Birnbaum} at her work ({loc:Fidelity}, {phone:617-555-0128}). {name:Rachel} will come after work and stay overnight. Pt is {age:93}."],
  ["nsg-lower", "nsg 7a-7p: pt {age:ninety-two} m, 1:1 sitter for agitation. keeps saying he has to open the store -- per son {name:vinny} pt owned {loc:dimarco's market} on {loc:hanover st} for 50 yrs. son says to tell him '{name:vinny} has the keys' and pt calms. worked!"],
  ["nsg-caps", "FAMILY MTG HELD 1400 W/ DR {name:BRENNAN-ORTIZ}, SW, THIS RN. PT {age:99 Y/O} M. PT'S CHILDREN: {name:DOLORES} AND {name:MARGARET} (FROM {loc:CAPE COD}). DECISION: NO ESCALATION. PLAN TO WITHDRAW {date:FRI} AFTER GRANDSON ARRIVES FROM {loc:RAMSTEIN} (ARMY)."],
  ["rt", "RT: ABG on 40%: 7.44/36/102. Pt now on PSV 10/5, RR 18, VT 380. Pt is {age:92} and wife {name:Lena} asks every shift 'is he breathing on his own yet'. SBT planned {date:6.2} am if stable overnight.\n/{name:mpr}"],
  ["cm-caps", "CM: PT'S ACCT # {id:0042298817} FLAGGED -- PT HAS NO INS ON FILE. SPOKE W/ SON {name:EFRAIN ROSARIO}, WHO STATES PT HAS MEDICARE + MASSHEALTH. SON WILL BRING CARDS {date:WED}, NOT TOMORROW. PT {age:90 YO}, HOME ADDRESS {loc:38 DUDLEY ST}, {loc:ROXBURY}."],
  ["sw", "SW: Pt is {age:ninety-one}, WWII veteran, eligible for {loc:VA Boston} services. Pt's nbr {name:Kwame Asante} has been checking on him daily at {loc:Bunker Hill Towers} in {loc:Charlestown}. Pt's email for nbr: {contact:kasante44@aol.com} (nbr manages pt's bills)."],
  ["nsg", "Neuro>> pt {age:96 yo}, baseline dementia per dtr {name:Helen} (visited 1800-2000).\nCV>> SBP 80s, levo 4mcg, Dr {name:Hallorann} aware.\nResp>> 5L NC.\nRenal>> u/o poor, Cr 2.8.\nSocial>> {name:Helen} lives in {loc:Andover}. Her brother also aware of poor prognosis."],
  ["nsg-caps", "PT'S PACEMAKER INTERROGATED BY {loc:MEDTRONIC} REP {name:GARY}. DEVICE SN {id:PWD118823H}. PT {age:94 YO}, DEVICE FUNCTIONING NORMALLY. WIFE {name:CONNIE} AT BEDSIDE."],
  ["nsg-lower", "social>> pt is {age:90}, used to be a nun w/ the {loc:sisters of st. joseph} in {loc:brighton}. sr. {name:mary ellen} from the motherhouse called, # {phone:617-555-0145}. sisters taking turns sitting w/ pt. they ask to be called for any change."],
  ["sw-lower", "sw: pt {age:ninety-eight yrs old}, lives w/ dau {name:ramona} in {loc:hyde park}. {name:ramona}'s son {name:javier} (pt's gson, 24) assists w/ care. dau asked about {loc:upham's elder services} -- referred to cm. dau cell {phone:617-555-0117}."],
  ["rt-caps", "RT: {age:93 YR OLD} PT ON VENT DAY 14. TRACH PLANNED {date:TUESDAY} W/ DR {name:OYELARAN}. FAMILY ({name:DOT} & {name:MARTY KEEFE}) AGREE. PT WAS AT {loc:WINCHESTER HOSPITAL} ICU PRIOR TO TX HERE."],
  ["cm", "CM: {age:91 y/o} F, lives w/ husband ({age:95}) in single family home in {loc:Canton}. Both receive services through {loc:South Shore Elder Services}, case mgr {name:Beverly Haynes} {phone:781-555-0172}. Husband not safe to be caregiver. Will pursue short-term rehab at {loc:Marina Bay}."],
  ["nsg", "0200: Called to room by pt's dtr {name:Dympna}, who is staying overnight. Pt {age:ninety-one} restless, c/o SOB. Sats 88% 2L -> 4L 94%. Resident Dr {name:Patel} in to see. Dtr asks that her sister {name:Nuala} in {loc:Limerick} be emailed: {contact:nuala.g@eircom.net}."],
  ["nsg-caps", "NSG 7A-7P\nCV>> ST 100S-110S, TEMP 100.9.\nSOCIAL>> PT'S HUSBAND {name:ISAAC ROTHSTEIN}, {age:97}, BROUGHT IN BY AIDE {name:LORETTA} FROM {loc:JEWISH FAMILY & CHILDREN'S SERVICE}. HUSBAND ASKS WHETHER PT CAN COME HOME FOR {date:ROSH HASHANAH}. EXPLAINED UNLIKELY."],
  ["rt", "RT: Pt {age:94 yo}, on 2L NC, no resp distress. DS of albuterol q6. Pt says she quit smoking in 1976, 'the bicentennial'. Lives in {loc:Wollaston} w/ son {name:Doug}. Pt asks for RT {name:Brian} who saw her last adm.\n/{name:wr}"],
  ["sw", "SW: Elder protective concern. Pt ({age:92}) states her gson {name:Kyle Brophy} has been taking her social security check. Pt's SSN {id:018-44-2931}. Filed report w/ {loc:Boston Elder Services} protective services, intake worker {name:Marisol} {phone:617-555-0109}. Police not involved at this time."],
  ["nsg-lower", "nsg: pt {age:ninety-six y/o} m, post ercp. tol clears. wife {name:frances} stayed overnight in chair; she is a retired teacher from {loc:boston latin}. son {name:jerome} in {loc:philadelphia}, will come {date:labor day} wknd."],
  ["nsg-caps", "PT {age:92 YO} F. MRN {id:7720-1134}. ADMIT FROM {loc:MILTON HOSPITAL} ED. DTR {name:JOANNE SPINELLI} ({phone:617-555-0124}). PCP DR {name:KOWALCZYK}. ALLERGIES PCN. CODE: **DNR OK TO INTUBATE**."],
  ["cm", "CM: Spoke w/ {name:Tom Cahill}, pt's friend & POA (not HCP), re: pt's apt at {loc:Keystone Apartments}, {loc:Hyde Park Ave}. Pt is {age:95} and a long-time tenant. Rent paid through {date:May}. CM to coordinate w/ {loc:Boston Housing Authority}."],
  ["rt", "RT: Pt w/ hx TB 1940s, CXR cavitary RUL. AFB x3 sent: {id:A05-1188}, {id:A05-1192}, {id:A05-1201}. Negative pressure rm. Pt {age:90}. Family ({name:Sunil} & {name:Priya Raghavan}) educated on N95."],
  ["sw-lower", "sw: pt is a {age:91 y/o} former longshoreman from {loc:charlestown}, known as '{name:red}' to friends. friends from {loc:the knights of columbus} hall visiting in groups. pt's only child {name:sean} died in 1990. hcp is nephew {name:kevin walsh}, {phone:617-555-0177}."],
  ["nsg-caps", "0600 PT ({age:97 YO}) W/ 8 BEAT RUN VT, ASYMPTOMATIC. K 3.4, MG 1.6 REPLETED. DR {name:GHOSH} AWARE. DTR {name:MAUREEN} CALLED 0630 AS USUAL BEFORE LEAVING FOR WORK AT {loc:STATE STREET BANK}.\n/{name:JT}"],
  ["nsg", "Pt {age:98 y/o}, from {loc:Deutsches Altenheim} in {loc:West Roxbury}. German speaking only when confused. Dtr-in-law {name:Gisela Hofmann} translated. Pt's husband {name:Otto} died {date:Christmas} 2003 per {name:Gisela}."],
  ["cm-caps", "CM: PT {age:96} LIVES ALONE IN {loc:BELMONT}, {loc:42 PAYSON RD}. NEIGHBOR {name:CAROL WHITTIER} HAS BEEN BRINGING MEALS. PT REFUSES SNF."],
  ["sw", "SW: Pt ({age:93 yrs}) married in 1936 -- anniversary {date:June 20th}. Husband {name:Lucien Pelletier} ({age:96 yrs}) now at {loc:Marian Manor}, {loc:South Boston}. Family arranging for husband to visit by chair van on {date:Sunday}."],
  ["nsg-lower", "pt {age:ninety-four} f, sleeping most of shift. turned q2. dau {name:shelagh} calls nightly from {loc:vancouver}; # {phone:604-555-0148}. mrn {id:2281-334} on call list."],
  ["rt-caps", "RT: PT IS {age:102 Y/O}, OLDEST VENTED PT ANY OF US REMEMBER. FAMILY (GSON {name:PETER LINDQVIST}) SAYS PT WAS A SINGER AT {loc:SYMPHONY HALL}. GAVE PT'S FAVORITE RECORDING FOR BEDSIDE.\n/{name:TF}"],
  ["nsg", "NSG 7a-7p\nSocial>> Pt ({age:90}) is a retired minister from {loc:Union Church} in {loc:South End}. Members of congregation in and out all day; visiting limited to 2 at a time. Wife {name:Mae Evelyn} asks that Rev. {name:Lattimore} be allowed in anytime."],
  ["nsg-caps", "PT {age:NINETY-NINE YR OLD} F, CMO SINCE {date:SAT}. EXPIRED 0440 W/ DTR {name:ARLENE} AT BEDSIDE. MD PRONOUNCED. FUNERAL HOME: {loc:MAHONEY-CONWAY} IN {loc:DORCHESTER}. {loc:NEW ENGLAND ORGAN BANK} NOTIFIED, REF # {id:NEOB-04-7712}."],
  ["cm", "CM: Pt d/c'd to {loc:Hebrew Rehabilitation Center} today. Ambulance via {loc:Fallon}. Pt {age:92}. D/c summary faxed. Dtr {name:Harriet Sokolov} notified ({phone:781-555-0163})."],
  ["sw", "SW: Spoke w/ pt's friend {name:Olga} who lives downstairs at {loc:Orchard Cove} in {loc:Canton}. Pt is {age:97}, widowed x2, no children. {name:Olga} # {phone:781-555-0158}."],
  ["nsg-lower", "neuro>> pt sedated, rass -2.\ncv>> stable.\nsocial>> pt {age:91}, from {loc:south weymouth}. wife {name:noreen} & son {name:bill} here 1300-1800. {name:bill} a firefighter w/ {loc:weymouth fd}."],
  ["nsg", "Pt, {age:ninety-five yo}, admitted {date:Memorial Day} weekend. Dtr {name:Sharon Dwyer} asks that pt's PCP Dr {name:Friedlander} at {loc:Beth Israel Deaconess HealthCare Chestnut Hill} be kept updated, pgr {phone:98221}."],
  ["rt", "RT: Pt {age:94}, s/p CABG x3 at {loc:Mass General} in 1987, now w/ ARDS. Prone? discussed w/ Dr {name:Nakashima}, not candidate. Dtr {name:Moira} (HCP) at bedside.\n/{name:mpr}"],
  ["nsg-caps", "NSG 7P-7A: PT {age:95 YO} F, INTERMITTENTLY AGITATED. DAU {name:LORRAINE} IN UNTIL 2200. DAU WORKS AT {loc:FILENE'S BASEMENT} AND WILL BE IN AT 0900. PT'S AIDE FROM HOME, {name:MARIE-CLAIRE}, ALSO CALLED ({phone:617-555-0131})."],
  ["cm", "CM: {age:93 y/o} M, lives w/ dtr {name:Yasmin Warsame} in {loc:Cambridge}. Dtr requests Somali interpreter for teaching. Home PT/OT via {loc:Cambridge Visiting Nurse}. F/u PCP Dr {name:Huang} {date:8/9}."],
  ["sw", "SW: Pt's son {name:Bashir} asks that pt (age {age:91}) not be referred to any facility that cannot accommodate halal diet. Family attends {loc:Islamic Society of Boston}. SW to share w/ CM.\n/{name:js}"],
  ["nsg-caps", "PT {age:90 YO}, FROM {loc:LINDEN PONDS}, {loc:HINGHAM}. WIFE {name:PHYLLIS} STAYED NOC. TOL TF AT 50CC/HR. UP IN CHAIR X2. PLAN TRANSFER TO FLOOR {date:THURS} IF STABLE."],
  ["nsg-lower", "pt {age:97}, stable. family: son {name:gus} (72), gdau {name:stephanie} from {loc:lexington}. pt asked for 'the paper' -- gave it to her. pt enjoyed.\n/{name:ak}"],
  ["sw", "SW: Brief visit. Pt ({age:96yo}) asleep. Left card for dtr {name:Bernice}. Will return {date:Wed}.\n/{name:mc}"],
  ["rt", "RT: Pt {age:91 y/o} on 28% VM, sats 95%. Neb given. Pt asks RT to call her son {name:Arturo} to bring her glasses.\n-{name:K. Obi} RRT"],
  ["cm", "CM: Chart reviewed {date:9/14}. No d/c needs identified at this time; pt {age:ninety-two}, CMO. Will sign off.\n/{name:lp}"],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_182_FIRST_CLEAN: string[] = [
  "NSG 7P-7A:\nNEURO>> SEDATED ON FENTANYL 50MCG/HR, OPENS EYES TO VOICE, FOLLOWS SIMPLE COMMANDS.\nCV>> NSR 70S, SBP 100-130.\nRESP>> CPAP 5/PS 8, SATS 96%.\nGI>> TF AT GOAL 60CC/HR.\nPLAN>> CONT TO MONITOR. **DNR/DNI**",
  "nsg 7a-7p\nneuro>> pt lethargic, arousable to name, mae x4.\ncv>> afib 80s, rate controlled.\nresp>> 2l nc, sats 94%.\ngu>> foley draining clear yellow.\nplan>> cont current mgmt, family updated by phone.",
  "RT: PT ON AC 450X14 PEEP 5 FIO2 40%. ABG 7.41/39/96. BS CLEAR UPPER, DIMINISHED BASES. SX SM AMT THIN WHITE. WILL ATTEMPT SBT IN AM.",
  "CM Note: Met w/ pt and son at bedside re d/c planning. Pt lived alone prior to adm, now needs assist x1 for transfers. Referrals faxed to three facilities per family preference. Will f/u w/ PT recs.",
  "SW: Pt is an 88 yr old widow, lives alone, has a supportive daughter who visits daily. Discussed adult day health and respite options. Daughter will think over and call SW. SW will follow.",
  "PT IS AN 89 YR OLD MALE ADMITTED WITH UROSEPSIS. BP 92/50 ON ARRIVAL, 2L NS BOLUS GIVEN. FOLEY PLACED WITH 300CC CLOUDY URINE. CULTURES SENT. PCP PAGED, AWAITING CALL BACK.",
  "Resp Care: Pt w/ hx severe COPD on home O2 2L. Placed on BiPAP 12/5 overnight, tol well, sats 93-95%. Wife states pt refused mask at home. RT to re-educate. Will d/w team re nocturnal NIV at d/c.",
  "7p-7a nsg: pt hoh, pleasant, oriented to self only. dau stayed until 2300. pain controlled w/ tylenol 650 q6. skin: stage ii coccyx, duoderm in place. turned q2. cont to monitor.",
  "CASE MGMT: PT SCREENED BY REHAB LIAISON, ACCEPTED PENDING BED. QUALIFYING 3-NIGHT STAY MET. ANTICIPATE D/C IN 2-3 DAYS. SON AWARE AND AGREEABLE.",
  "sw note: met w/ pt's husband, who is pt's primary caregiver. he is exhausted, cried during mtg. they have been married over 60 yrs. discussed respite options and elder services. will cont to support.",
  "NSG 0700-1900\nNeuro>> A+Ox3, asking for her rosary.\nCV>> HR 90s-100s ST, lopressor 5 IV x1 w/ good effect.\nResp>> 4L NC, sats 92-94%.\nGU>> foley, u/o 30-40cc/hr.\nPlan>> ? transfer to floor if stable.",
  "rt: pt remains on cpap 5/ps 10 fio2 .40, sats 96. spont vt 350-400 rr 20s. rsbi 68. plan to extubate this am per team. family at bedside, aware of plan.",
  "ADDENDUM 2200: SON CALLED, UPDATED ON PT'S DECLINE. ALSO CALLED PT'S SISTER, WHO WILL COME IN THE MORNING. FAMILY AWARE PT IS CMO.",
  "CM: Pt from assisted living. Spoke w/ nurse there - they can take pt back if she can transfer w/ 1 assist; otherwise needs SNF. PT eval pending.",
  "Social Work\nReferral: family stress. Gson and his wife have been caring for pt at their home. Conflict w/ pt's daughter re placement. Family mtg to be scheduled w/ team.",
  "PT RESTING COMFORTABLY. MORPHINE GTT @ 4MG/HR. RR 8-10 W/ PERIODS OF APNEA. FAMILY AT BEDSIDE. CHAPLAIN IN TO SEE FAMILY. CMO.",
  "RESP: PT S/P FALL W/ RIB FX 4-7 ON LEFT. IS 500ML. CPT + NEB Q4. SATS 93% 3L. ENCOURAGED IS Q1H WHILE AWAKE. PAIN CONTROL IMPROVING W/ EPIDURAL.",
  "0300 pt pulled ngt, replaced w/o difficulty, placement confirmed by cxr. mitts on per order. husband gave permission for mitts when called.",
  "sw f/u: pt has no family; neighbor and parish priest are only supports. will explore guardianship if pt lacks capacity. discussed w/ team.",
  "Nursing Progress Note 1900-0700\nNeuro>> intermittently confused, reoriented easily.\nCV>> NSR 60s, SBP 110s.\nResp>> 2L NC.\nGI>> NGT to LCWS, 300cc bilious.\nGU>> u/o 25cc/hr x2, team aware, 500cc bolus given.",
  "CM ADDENDUM: GRANDDAUGHTER (POA) REQUESTS D/C TO FACILITY CLOSE TO HER WORK. BED AVAILABLE LATER THIS WEEK. W-10 COMPLETED.",
  "RT: Trach collar 35% @ 10L, sats 97. Sx sm amt thin white. Dtr asked re: Passy-Muir valve; explained needs SLP eval first.",
  "0800 PT FOUND ON FLOOR BY BED, NO APPARENT INJURY. MD IN TO EVAL. HEAD CT NEG. BED ALARM ON. SON NOTIFIED. INCIDENT REPORT FILED.",
  "nsg: pt adm w/ aspiration pna. remains npo. speech to see. wife calls every am; she does not drive, a neighbor brings her in.",
  "NSG 7A-7P\nCV>> PACED 70.\nRESP>> CMV 450X12 PEEP 8 FIO2 50%.\nID>> TMAX 101.2, CX PENDING, VANCO/ZOSYN.\nSOCIAL>> WIFE IN W/ FRIEND. WIFE ASKS THAT PT BE KEPT KOSHER, DIETARY NOTIFIED.",
  "rt 0400: pt placed on 100% nrb for desat to 82%, abg 7.29/58/61. md notified, bipap 10/5 started, pt tolerating. hcp states pt would not want intubation.",
  "SW Note -- Family Meeting\nPresent: pt's two daughters and son, MICU attending, bedside RN, this writer. Family agreed to transition to comfort care and asked for a priest. SW will follow.",
  "pt calm this shift. no prn needed. up to chair w/ pt/ot x30min. ate 50% dinner. very pleasant lady, tells stories about nursing school.",
  "**FULL CODE** PER PT'S SON. TEAM TO READDRESS W/ FAMILY WHEN DAUGHTER ARRIVES. SON UPDATED BY PHONE AT 1900.",
  "RT 2300: Pt on HFNC 40L 60%, sats 91-93. Wet cough, productive of thick yellow, sent for cx. Will cont to follow.",
  "sw: pt is the oldest pt on the unit. dau and son-in-law visit daily. family requests call before any change in code status. will follow.",
  "NSG 7p-7a\nNeuro>> pt confused, pulling at lines, haldol 0.5mg IV x1 at 0130.\nCV>> HR 110s AF, dilt gtt 10mg/hr.\nResp>> 3L NC, sats 94%.\nSocial>> Son called at 0200 per his request re: agitation.",
  "RT: PT EXTUBATED 1030 TO 4L NC, TOL WELL. STRIDOR MILD, RACEMIC EPI X1 WITH IMPROVEMENT. SON AT BEDSIDE.",
  "nsg: pt is an 86 y/o f here w/ gi bleed. hct 24 -> 29 after 2u prbc. no further melena. dau here till 2200.",
  "rt: nebs q4 + prn. bs wheezy upper, diminished lower. pt refused neb at 0400 -- 'let me sleep, honey'. will retry.",
  "CM: SCREENED AND ACCEPTED AT TWO FACILITIES. FAMILY PREFERS THE FIRST. TRANSPORT TO BE BOOKED ONCE MD CONFIRMS MEDICALLY STABLE.",
  "Pt trach/PEG, unresponsive except to deep pain. Wife in for three hours, reading to pt. She walks w/ cane, needs ride home.",
  "NSG NOTE 1900:\nPT W/ CHF EXAC. LASIX 80 IV @1600, U/O 1.2L. K 3.6.\nSOCIAL>> HUSBAND DIED EARLIER THIS YR. PT TEARFUL. DTR FLYING IN.",
  "RT: Pt on home CPAP for OSA, machine brought in by gson and checked by biomed. Settings 8cmH2O. Tol well overnight.",
  "0500 labs sent. k 3.2, repleting w/ 40 meq po. pt sleeping in naps. wife called at 0430, reassured.",
  "Report received. Pt transferred from floor for hypotension. Code status **DNR/DNI** confirmed w/ son by phone. Levophed started at 2mcg.",
  "RT EVE: PT SEEN Q4 FOR NEBS. PNA, SPUTUM THICK GREEN. PT VERY HOH, DTR WRITES QUESTIONS ON WHITEBOARD.",
  "nsg 7a-7p: pt 1:1 sitter for agitation. keeps saying he has to open the store. son says to tell him it's taken care of and pt calms. worked!",
  "FAMILY MTG HELD 1400 W/ ATTENDING, SW, THIS RN. DECISION: NO ESCALATION OF CARE. PLAN TO WITHDRAW AFTER GRANDSON ARRIVES.",
  "RT: ABG on 40%: 7.44/36/102. Pt now on PSV 10/5, RR 18, VT 380. SBT planned in am if stable overnight.",
  "Neuro>> baseline dementia per dtr.\nCV>> SBP 80s, levo 4mcg, team aware.\nResp>> 5L NC.\nRenal>> u/o poor, Cr 2.8.\nSocial>> Children aware of poor prognosis.",
  "social>> sisters from pt's religious community taking turns sitting w/ pt. they ask to be called for any change.",
  "RT: PT ON VENT DAY 14. TRACH PLANNED LATER THIS WEEK. FAMILY AGREES. ETT RETAPED.",
  "0200: Called to room by pt's dtr. Pt restless, c/o SOB. Sats 88% 2L -> 4L 94%. Resident in to see, lasix 40 IV given.",
  "SW: Elder protective concern raised by pt. Report filed w/ protective services. Police not involved at this time. Pt agrees to plan.",
  "CM: Pt d/c'd to rehab today by ambulance. D/c summary, MAR and W-10 faxed. Dtr notified.",
  "pt sedated, rass -2. stable. wife & son here 1300-1800, updated by team. questions answered.",
  "NSG 7P-7A: PT INTERMITTENTLY AGITATED. DAU IN UNTIL 2200, WILL BE IN AT 0900. SEROQUEL 12.5 HS.",
  "SW: Pt's son asks that pt not be referred to any facility that cannot accommodate halal diet. SW to share w/ CM.",
  "pt stable. family visited. pt asked for the morning paper -- gave it to her. pt enjoyed. tol pureed diet.",
  "RT: Pt w/ hx TB, CXR cavitary RUL. AFB x3 sent. Negative pressure rm. Family educated on N95 use.",
];

/** Decision 182's batch in corpus.json's shape, for score.ts. */
export function decision182Corpus(): Corpus {
  return { notes: DECISION_182_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_182_FIRST_CLEAN };
}
