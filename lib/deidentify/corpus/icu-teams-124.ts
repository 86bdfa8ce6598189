// Decision 124's batch: US intensive-care notes of about 2001-2008 written by the whole ICU team, in
// the style of the PhysioNet de-identification gold-standard corpus (MIMIC-II era nursing and
// allied-health notes with surrogate identifiers): neonatal ICU notes with parents, babies, twins,
// grandparents, pediatricians, practices, home towns and transfers to special care nurseries; cardiac
// surgery recovery notes; trauma and surgical ICU notes with accident locations (highways, exits,
// intersections, towns, workplaces), police, EMS and families arriving from other states; medical ICU
// notes; respiratory therapy notes; social work and case management notes with addresses, employers,
// schools, insurers, nursing homes, rehab and hospice names, phone and pager numbers, guardianship and
// DSS workers; nutrition notes; and attending addenda. Terse, heavily abbreviated, loosely punctuated,
// some in capitals and some mostly in lower case, with identifiers in odd places ("d/w Dr Kim @ 2200",
// "RN Maureen gave report", "Brightwater RN Pam"). Surrogate names are of many origins, some rare,
// some ordinary English words. Clean items are dense with unit abbreviations, eponyms used as devices,
// signs, formulas and protocols (some named after towns), drug drips, vent settings, NICU words, times
// without dates, routine weekdays, bare years, unnamed relatives, capitalised services and ages under 90.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in fragments.ts
// (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "nicu"
  | "csru"
  | "trauma-sicu"
  | "micu"
  | "resp-therapy"
  | "social-work"
  | "case-mgmt"
  | "nutrition"
  | "attending";

/**
 * The thirtieth batch (decision 124's), written before decision 124's rules.
 * First run, with every rule before it (decisions 122 and 123 included): 90.3% (343/380; name 94.4%,
 * 136/144; date 76.7%, 46/60; location 90.0%, 117/130; id 77.8%, 7/9; phone, age and contact 100%),
 * precision 92.8%, 10 of 54 clean items flagged (NICU and nutrition words: "isolette", "Similac",
 * "Survanta", "Pleur-evac", "Penn State", "Harris-Benedict", "Mifflin-St Jeor", "Portland protocol",
 * "Hudson prongs", "PCWP", "Hgb", "Medicare A and B."). The dates it missed were shortened weekdays
 * ("planned fri", "CABG Thurs", "MTG Tues 1300", "Sat night") and dates after procedures ("s/p ERCP
 * 3/9"); its false dates were ventilator settings ("SIMV 18/5", "BiPAP 12/5"). By style: NICU 90.2%,
 * CSRU 97.2%, trauma 92.7%, MICU 91.7%, respiratory therapy 81.3%, social work 91.7%, case
 * management 82.8%, nutrition 84.6%, attending addenda 86.2%.
 * After decision 124's rules: 95.5% (363/380; date 96.7%, location 91.5%), precision 99.7%, 1 of 54
 * ("Medicare A and B. Screening"). Lower-cased 87.6%, in capitals 91.3% (4 of 54 each).
 * Still missed: "mystic pediatrics" in lower case, "DELTA SHEET METAL", "northeast electrical", "at
 * Harbor Health", "cape cod", "DSS Lawrence area office", "Healthcare for the Homeless", "Spaulding
 * liaison", "UNITED HEALTHCARE", "Children's", "via Beverly transport", "FOB Hunter", "d/w Sully",
 * "K. Marrow, RD", "Baby Ng", "vent unit 6/10", "Wed." after "screen".
 */
export const DECISION_124_FIRST: Array<[Style, string]> = [
  // --- neonatal ICU ----------------------------------------------------------------------------
  ["nicu", "NICU NSG PROGRESS NOTE 0700-1900\nBaby Girl {name:Okonkwo}, DOL 3, CGA 34 2/7 wks.\nRESP: RA, RR 40-60s, no A's/B's/D's this shift.\nFEN: TF 100cc/k/d. Gavage EBM 8cc q3h over 30 min via OGT, min asp, abd soft. Voiding, mec stool x1.\nBILI: 9.8 this am, single phototx, eyes shielded. Repeat bili {date:10/14} w/ am labs.\nPARENTING: Mom {name:Tanisha} called x2, plans to visit after 5pm w/ FOB {name:Chidi}. Updated by this RN. Dr. {name:Ferrante} aware of bili.\n{name:C. Duplessis} RN"],
  ["nicu", "#1 Resp: remains on NP CPAP +5, FiO2 21-25%, sats 92-97%. 2 brady's to 70s w/ feeds, self resolved.\n#2 FEN: TF 130, PG feeds SC20 advanced per team.\n#5 Parenting: Mom {name:Raelynn} in @ 1400, did kangaroo care x1hr, teary at times. Dad {name:Dustin} working today at {loc:Brennan Sheet Metal}, called @ 1630. Grandma {name:Deb Farrow} visiting from {loc:Nashua NH} thru {date:Sunday}. Parents hoping for transfer to {loc:Winchester Hospital} special care nursery, closer to home in {loc:Woburn}. {name:Lisa} from Social Work to see re: parking vouchers."],
  ["nicu", "{name:Marchetti} twin A: 31 1/7 wk, 1520g. RA. Feeds 20cc q3h PG, tol.\n{name:Marchetti} twin B: 31 1/7 wk, 1290g. NC 100cc FiO2 25%. Feeds 14cc q3h, 1 spit.\nBoth born {date:3/11/04} at {loc:Holy Family} via c/s, transf here DOL 1. Mom {name:Gianna} pumping q3h, supply improving, dad {name:Paolo} in this eve. Pediatrician will be Dr. {name:Ashgrove} at {loc:Andover Pediatrics}, {phone:978-555-0186}."],
  ["nicu", "NEONATOLOGY ATTENDING NOTE\nBABY BOY {name:VILLANUEVA-STROUD}, DOL 9, 25 5/7 WK, BW 780G.\nON SIMV 18/5 RATE 30 FIO2 .32. CXR W/ DIFFUSE HAZINESS. ON CAFFEINE.\nHUS {date:12/2}: L GRADE II IVH, R NL. REPEAT HUS {date:12/9}.\nID: BCX {date:11/30} GROWING CONS, VANCO DAY 3.\nMET W/ PARENTS {name:MARISOL} AND {name:GREG} AT BEDSIDE, REVIEWED IVH AND PLAN. QUESTIONS ANSWERED.\n{name:K. ABERNETHY-OSEI}, MD"],
  ["nicu", "nsg note 7p-7a: baby {name:jaxon} in open crib, temps stable. ad lib demand feeds enfamil 20, taking 45-60cc q3-4h. mom {name:brittany} roomed in overnight, independent w/ bath and feeds. car seat test passed. d/c planned {date:fri} if wt up. pcp dr {name:wexler} at {loc:mystic pediatrics} in {loc:groton ct}, appt made for {date:1/9} 10:30."],
  ["nicu", "Baby {name:Hazel} remains in isolette on servo, temp 36.9. Grandparents {name:Ruth} and {name:Walter Pennington} in to visit w/ mom, banded. Mom asking about baptism; chaplain Fr. {name:Dunphy} contacted, will come {date:Wed} am. Mom's cell {phone:617-555-0148}."],
  ["nicu", "NICU TRANSFER NOTE: infant transferred to {loc:Beverly Hospital} SCN via {loc:Beverly} transport team @ 1130. Report given to {name:Mary Kate} RN at {phone:978-555-0144 ext 3310}. Parents aware and in agreement, will meet baby there. Chart copied, Hep B consent and newborn screen ({date:4/17}) sent w/ infant."],
  ["nicu", "Mom {name:Precious} called @ 0300 for update. Told baby stable, sleeping, took full feeds. Will visit tomorrow after work."],
  ["nicu", "FOB {name:Hunter} in at 2000, held baby skin to skin x 45 min. Mom still on postpartum floor ({loc:Stoneman 6}), pain controlled, plans to come up in wheelchair."],
  ["nicu", "NICU D/C SUMMARY ADDENDUM: To home w/ parents in {loc:Lowell} on {date:1/30}. Circ {date:1/27} by Dr. {name:Baptiste}, no bleeding. Hep B #1 {date:1/26}. Hearing screen passed bilat. F/u Dr. {name:Kaur} at {loc:Lowell Community Health Center} on {date:Feb 2}. Early Intervention referral faxed; EI contact {name:Dolores Pham} {phone:978-555-0131}."],
  ["nicu", "NICU ADMIT NOTE: Baby Boy {name:Szczepanski} born {date:7/19/02} @ 0412 at {loc:Emerson Hospital} to 22 yo G1P0 mom {name:Katarzyna}, GBS unk, ROM 20 hrs, maternal temp 38.4. Apgars 7/8. Grunting & retracting, placed on CPAP and transported here by NICU team. MOB's OB Dr. {name:Lindgren}. FOB {name:Tomasz} came w/ team. BCx sent, amp/gent started.\nSee MD note. {name:Ingrid Saltonstall}, NNP"],
  ["nicu", "Family meeting 1500 w/ parents {name:Oluwaseun} and {name:Temitope Adebayo}, Dr. {name:Haddad}, SW {name:Gwen}, this RN. Reviewed NEC, bowel rest, ?surgery. Parents asked about transfer to {loc:Children's} for surgical consult; Dr. {name:Haddad} to call surgeon today. Parents have a website for family updates ({url:www.caringbridge.org/visit/babyadebayo}). Aunt {name:Folake} arriving from {loc:Houston} {date:Thurs}."],
  ["nicu", "MOM {name:KEISHA} CALLED FROM {loc:BROCKTON}, NO RIDE TODAY. SW AWARE. GAVE HER UNIT # {phone:617-555-0117} TO CALL ANYTIME."],
  // --- cardiac surgery recovery ------------------------------------------------------------------
  ["csru", "CSRU NSG 7P-7A\nS/P CABG x4 (LIMA-LAD, SVG-OM1, SVG-PDA, SVG-D1) on {date:11/18} by Dr. {name:Haverford}.\nNEURO: MAE, follows commands, pain controlled w/ MSO4 2mg IV prn.\nCV: SR 80s, no ectopy. Neo weaned off @ 0200. CI 2.4-2.7, CVP 8-11. A-wires/V-wires intact, pacer off.\nRESP: extubated @ 2130, 4L NC, sats 96%, IS 750.\nGI/GU: NPO, Foley draining adequate amts.\nCT's: 40-60cc/hr serosang.\nSOCIAL: Wife {name:Lorraine} called @ 2100, updated, will be in tomorrow am. Her cell {phone:508-555-0163}.\nPLAN: OOB to chair, d/c A-line, transfer to {loc:Farr 6} if stable."],
  ["csru", "CSRU ADMIT NOTE: PT IS 66 YO M FROM {loc:FITCHBURG}, TRANSFERRED FROM {loc:HEYWOOD HOSPITAL} ON {date:2/3} W/ CRITICAL AS, S/P AVR (21MM PERICARDIAL) TODAY W/ DR {name:DESROSIERS}. PCP DR {name:BLOOM}, CARDIOLOGIST DR {name:FAIRWEATHER-ONYANGO}. ARRIVED ON PROPOFOL AND NTG GTT. SON {name:ROLAND} IN WAITING RM, UPDATED BY DR {name:DESROSIERS} @ 1600."],
  ["csru", "POD 1 MVR/TV repair. IABP 1:1, augmentation 110s. UO 15-20cc/hr x 3 hrs, d/w Dr {name:Kim} @ 2200, 500cc LR bolus given, lasix 20 IV. Dr. {name:Patel} aware of K 3.4, repleted."],
  ["csru", "RN {name:Maureen} gave report @ 0700. Pt alert, c/o incisional pain 6/10. CT's to sx. Pacer wires capped. attending Dr. {name:Fitzgerald} in to see pt @ 0830, plan to d/c CT's."],
  ["csru", "Pt is a {age:91 yo} woman s/p AVR/CABG x1 on {date:5/6}, slow to wean. Dtr {name:Carol Strand} is HCP, lives in {loc:Sudbury}, cell {phone:978-555-0195}. Son {name:Dale} lives in {loc:Arizona}, calls nightly ~2000. Code status FULL, dtr aware of poor prognosis per Dr. {name:Moreau}."],
  ["csru", "Cath {date:9/22} at {loc:St. Vincent's} in {loc:Worcester}: LM 70%, 3VD. For CABG {date:Thurs} w/ Dr. {name:Ramaswamy}. Heparin gtt @ 900u/hr, PTT 68. Plavix held since {date:9/22}."],
  ["csru", "csru nsg 11a-7p. pod 2 s/p redo sternotomy, mvr. neuro: lightly sedated on propofol 20mcg, rass -1, follows commands. cv: afib 90-110s, amio gtt 0.5mg/min. cvp 12, pa 42/20. resp: cpap 5/5 fio2 .40, abg 7.38/41/98. gu: cvvh running, -50cc/hr goal per renal. social: sister {name:june} arrived from {loc:new hampshire}, staying at a hotel on {loc:longwood ave}. pt's husband {name:arlo} died {date:3/2}, sister is hcp. chaplain aware."],
  // --- trauma and surgical ICU -------------------------------------------------------------------
  ["trauma-sicu", "TSICU ADMIT NOTE\n24 yo M unrestrained driver in rollover on {loc:Rte 495} nb near {loc:exit 38} @ approx 0145. + ETOH. Extricated by {loc:Tewksbury} Fire, intubated at scene by med-flight for GCS 7. Injuries: L SDH, L pneumothorax (chest tube placed in ED), grade III liver lac, L femur fx.\nNeuro: sedated on propofol, ICP bolt placed, ICP 12-18.\nSocial: Mom {name:Sherri Vance} driving in from {loc:Ohio}, ETA tomorrow am, cell {phone:614-555-0127}. State Police Trooper {name:Gallagher} in at 0500, left card ({phone:508-555-0120}), incident # {id:04-11742}. Pt's car towed to {loc:Billerica}."],
  ["trauma-sicu", "S/P fall ~20 ft from scaffolding at work site this am ({loc:Cavanaugh Roofing}, job in {loc:Peabody}). C6 burst fx, ?cord injury, in Miami J collar. Employer contact {name:Rick Dunleavy} {phone:978-555-0177}. Workers comp claim # {id:WC0388214}. Wife {name:Analia} at bedside, speaks Portuguese, interpreter {name:Joao} used."],
  ["trauma-sicu", "Pt's girlfriend {name:Shaniqua} at bedside, states pt lives w/ his grandmother on {loc:Geneva Ave} in {loc:Dorchester}. {loc:Boston} PD Det. {name:Ruiz} in to speak w/ pt re: GSW, pt declined. Security aware, pt registered under alias per trauma policy."],
  ["trauma-sicu", "SICU NSG: POD#2 s/p ex lap, splenectomy, small bowel resection ({date:5/17}) for MVC. Abd open w/ ABThera vac, plan OR {date:5/19} for closure w/ Dr. {name:Castellanos}. JP x2 serosang. OGT to LCS, 300cc bilious. Levophed off since 0400."],
  ["trauma-sicu", "SICU NSG 7A-7P: NEURO: GCS 10T (E3 VT M6), PERRL. CV: ST 100S, SBP 120-140. RESP: AC 500X14 PEEP 5 40%. FAMILY: BROTHER {name:DEMETRIUS} AND PARENTS FLYING IN FROM {loc:ATLANTA} TONIGHT, WILL STAY AT {loc:HOLIDAY INN} IN {loc:SOMERVILLE}. PT'S EMPLOYER ({loc:DELTA SHEET METAL}) CALLED ASKING FOR UPDATE - NO INFO GIVEN."],
  ["trauma-sicu", "Ped struck by car at {loc:Broadway and Ferry St} in {loc:Everett} approx 1900 {date:12/23}. Brought in by {loc:Everett} EMS. Pelvic fx, open book, s/p ex-fix. Wife {name:Zuleika} HCP; dtr {name:Rosalind} in from {loc:Providence}."],
  ["trauma-sicu", "Motorcycle crash {date:Sat} night on {loc:Route 1A} in {loc:Saugus}, helmeted. Pt is a mechanic at {loc:Revere Ford}. L tib/fib fx, s/p IMN, compartments soft."],
  ["trauma-sicu", "Pt admitted {date:10/2} from OSH ({loc:Lawrence General}) w/ SAH, MRN {id:2093847}. OSH films on CD in chart. PCP is Dr. {name:Thistle} in {loc:Methuen}, notified."],
  ["trauma-sicu", "tsicu nsg 7p-7a\nneuro: gcs 11t, opens eyes to voice, moves all 4. dilantin level pending. c-collar on.\ncv: hr 90-110s st, sbp 110-130s. hct 24.8 -> 1u prbc given.\nresp: cpap/psv 10/5 fio2 .40, rsbi 55, sbt in am. l ct to -20, no air leak.\nid: tmax 38.6, pan cx'd, vanc/zosyn.\nskin: abrasions to r arm/flank, bacitracin. braden 13, on kinair bed.\nsocial: wife {name:becca} and pt's boss from {loc:northeast electrical} in 1900-2100. wife staying in family lounge, cell {phone:603-555-0182}. she asked that no info be given to pt's ex-wife {name:shannon} who may call from {loc:maine}."],
  ["trauma-sicu", "EMS report: pt found down at {loc:Salem Willows} by {loc:Salem} PD approx 0630, cold, FS 38. Brought to {loc:Salem Hospital} then transferred here. Pt known to have a daughter in {loc:Danvers}, name unknown; police trying to locate."],
  // --- medical ICU -------------------------------------------------------------------------------
  ["micu", "MICU NSG 7A-7P\n58 yo F w/ COPD, DM2, admitted {date:1/14} from {loc:Brightwater Manor} (nursing home in {loc:Revere}) w/ urosepsis, now on levophed 0.08 mcg/kg/min.\nNEURO: arousable to voice, CAM-ICU positive, haldol 2mg IV x1.\nCV: ST 100-115, MAP 62-70. CVP 9. Lactate 2.8 -> 1.9.\nRESP: 4L NC, sats 94-96%.\nRENAL: UO 25-40cc/hr. Cr 2.1.\nSOCIAL: Nephew {name:Duane} is HCP, called at 1500, aware of plan. {loc:Brightwater} RN {name:Pam} called for update ({phone:781-555-0166}), told pt stable."],
  ["micu", "Pt's PCP Dr. {name:Nunez} at {loc:Harbor Health} aware of admit and will visit {date:Mon}. Pharmacy: {loc:Walgreens} on {loc:Washington St}."],
  ["micu", "{age:93 y/o} M from home w/ CHF exac, BiPAP 12/5. Lives alone in {loc:Malden}, HCP niece {name:Bernadette Quigley}, {phone:781-555-0108}. Former machinist at {loc:General Electric} in {loc:Lynn}, WWII vet."],
  ["micu", "Pt lives w/ dtr in {loc:Quincy}, independent at baseline. Dtr {name:Faith} states pt had a fall {date:Tues} and has not been eating since."],
  ["micu", "Alcohol w/d: CIWA 22 at 0200, valium 20mg x2. Pt states last drink {date:Christmas Eve}; wife says he has been drinking daily since being laid off from {loc:Gillette} in {date:October}."],
  ["micu", "MICU FAMILY MTG {date:Tues} 1300: son {name:Frank}, dtr {name:Josie Llewellyn} (HCP), Dr. {name:Vasquez-Ahn}, RN, SW {name:Imelda}. Discussed poor prognosis, pt made DNR/DNI, comfort-focused care. Family requesting {loc:Seacoast Hospice} consult; Dr. {name:Vasquez-Ahn} to call Dr. {name:Pruitt} (pt's oncologist at {loc:Dana-Farber})."],
  ["micu", "pt agitated 0100-0400, pulling at lines, sitter requested and provided. wife {name:ginny} called from {loc:cape cod} @ 2300, she will come in {date:saturday}. pt's regular dr is dr {name:lamontagne} in {loc:falmouth}. fs q6h, riss."],
  ["micu", "MICU NSG 7P-7A: PT IS A {age:90 YO} F ADMITTED FROM {loc:OAKWOOD NURSING & REHAB} W/ GI BLEED. EGD {date:7/8}: DU, CLIPPED. HCT 26 -> 29 AFTER 2U PRBC. CONTINUES ON PROTONIX GTT. GRANDSON {name:TREVOR} IN TO VISIT, VERY CONCERNED."],
  ["micu", "Pt in her {age:90s}, daughter {name:Wren} at bedside; admitting dx aspiration PNA. MD {name:Chen} paged re: SBP 80s @ 0430, 500cc NS given."],
  ["micu", "Insurance: Medicare # {id:027-44-8827A}, secondary {loc:Blue Cross Blue Shield} {id:XYP448210973}."],
  // --- respiratory therapy -----------------------------------------------------------------------
  ["resp-therapy", "RESP CARE NOTE: Pt remains orally intubated, #7.5 ETT 23 @ lip. Vent: AC 500 x 14, PEEP 8, FiO2 .50. PIP 32 Plat 24. BS coarse, sx'd mod thick tan. MDI's given. RSBI this am 62 on PS 5/PEEP 5, SBT planned per team. Will follow.\n{name:T. Brannigan}, RRT"],
  ["resp-therapy", "RT: Pt extubated @ 1015 to 4L NC per Dr. {name:Ostrowski}, + cuff leak, no stridor. Racemic epi on standby. {name:Jo-Ellen} RRT, pager {phone:4-7712}"],
  ["resp-therapy", "Trach change {date:6/8} to #8 Portex cuffed, uneventful. Pt for transfer to {loc:Lakeview Specialty Hospital} vent unit {date:6/10}; report called to RT supervisor {name:Clement} at {phone:978-555-0159}."],
  ["resp-therapy", "RT: Baby {name:Okafor} on HFOV, MAP 12, amp 28, Hz 10, FiO2 .45. CXR 9 ribs expanded. Surfactant #2 given @ 1430 per Dr. {name:Haddad}. Gas 7.31/48/62."],
  ["resp-therapy", "RESP: BIPAP 14/8 40% FOR NOC. PT REFUSING MASK 0200, DR {name:STRONG} AWARE. PT USES HOME CPAP FROM {loc:LINCARE} IN {loc:LOWELL}, SETTINGS UNK."],
  ["resp-therapy", "Pt on T-piece 40% since 0800, tolerating. Mom ({name:Hope}) at bedside asking when he can talk; PMV eval w/ Speech {date:Monday}."],
  // --- social work -------------------------------------------------------------------------------
  ["social-work", "SOCIAL WORK ASSESSMENT\nReferral: MICU team, pt w/ new trach, dispo planning and family support.\nPt is 34 yo woman admitted {date:8/2} w/ ARDS. Lives at {loc:112 Ferncliff Ave, Apt 2, Lynn, MA 01905} w/ partner {name:Dwayne Corcoran} and 2 children (ages 4 and 9), who attend {loc:Cobbet Elementary}. Pt works as a CNA at {loc:Seaview Nursing Center} in {loc:Marblehead}, FT, out on FMLA since admit. Insurance: {loc:Neighborhood Health Plan}, ID {id:NHP4471902-01}.\nSupports: Mother {name:Gloria Santangelo} lives in {loc:Swampscott}, {phone:781-555-0139}, helping w/ kids. Sister {name:Nilda} in {loc:Puerto Rico}.\nPartner {name:Dwayne} very anxious, smoking, tearful in family rm; provided support and info re: {loc:Lynn} VNA and hospital parking. Pt's HR contact at work is {name:Marjorie Tsai} {phone:781-555-0170}.\nPlan: SW to follow, will meet w/ partner {date:Fri}.\n{name:Anneliese Dorr}, LICSW, pager {phone:3-2291}, {contact:adorr@northshoremed.org}"],
  ["social-work", "SW NOTE: 51A filed today w/ DSS {loc:Lawrence} area office re: neglect concerns (infant + tox screen for cocaine at birth). Screened in. DSS worker {name:Yesenia Torres}, {phone:978-555-0150 ext 118}; her supervisor is Mr. {name:Halloran}. Mom {name:Crystal} informed of filing, angry, left unit @ 1500. Per DSS, infant's maternal aunt {name:Lourdes Pagan} in {loc:Methuen} may be kinship placement; home visit {date:3/24}. No visitors other than mom and aunt until DSS clears."],
  ["social-work", "Guardianship: pt lacks capacity per psych ({date:9/14}). No family identified. Temporary guardianship petition filed in {loc:Middlesex County} probate court by hospital counsel; hearing {date:9/20}. Court-appointed guardian atty {name:Fiona McTeague}, {phone:617-555-0102}, fax {phone:617-555-0103}."],
  ["social-work", "SW: Pt's sister {name:Carmen Ocasio} arriving from {loc:San Juan, PR} {date:Fri} afternoon; SW arranged lodging at {loc:Yawkey Family Inn} thru {date:2/28}. Brother {name:Elvin} in {loc:Hartford} unable to travel."],
  ["social-work", "Pt homeless x 2 yrs, staying at {loc:Pine Street Inn} intermittently. Has a case mgr {name:Dwight} at {loc:Healthcare for the Homeless}, {phone:617-555-0199}. Last known contact w/ family was a son in {loc:Worcester} several yrs ago."],
  ["social-work", "NICU SW: Met w/ MOB {name:Destiny Reyes}, 17 yo, junior at {loc:Haverhill High}. Lives w/ her mother {name:Carla} at {loc:40 Water St, Haverhill}. FOB {name:Tyrell} (19) involved, works at {loc:Dunkin' Donuts} on {loc:Rte 125}. Referred to WIC and teen parenting program at {loc:Haverhill} YWCA ({phone:978-555-0128}). Pediatrician: {loc:Greater Haverhill Pediatrics}, Dr. {name:Brightman}."],
  ["social-work", "SW F/U: Wife {name:Linnea} reports she cannot afford to miss more work at {loc:Carroll's Market} in {loc:Tewksbury}. Discussed FMLA, provided letter. Pt's church, {loc:St. Theresa's}, has organized meals for the family."],
  ["social-work", "SOCIAL SERVICES: PT'S SON {name:RAYMOND BOUCHARD JR} CALLED FROM {loc:QUEBEC}, FRENCH SPEAKING, WANTS TO BE HCP. PT HAS NO PROXY ON FILE. SON'S #: {phone:514-555-0174}. WILL CALL BACK {date:6/3} W/ INTERPRETER."],
  ["social-work", "Pt's daughter {name:Zora} reports pt had been living at {loc:Hawthorne Place} assisted living in {loc:Beverly} since {date:April}; facility will not take pt back at current level of care. Contact there: {name:Bev Kimura}, DON, {phone:978-555-0123}."],
  // --- case management ---------------------------------------------------------------------------
  ["case-mgmt", "CASE MANAGEMENT: Pt screened for rehab. Bed offer from {loc:Sisters of Providence Rehab} in {loc:Holyoke} for {date:8/14}. Insurance {loc:Harvard Pilgrim}, auth # {id:HP0938-22741} obtained via {name:Nadine} @ {phone:413-555-0176}. Pt and son agreeable. Ambulance booked w/ {loc:Fallon Ambulance} for 1000."],
  ["case-mgmt", "CM: LTAC screening. Referrals sent to {loc:Spaulding} and {loc:Lakeview Specialty Hospital}; clinicals faxed to {phone:617-555-0112}. {loc:Spaulding} liaison {name:Greer} to screen {date:Wed}."],
  ["case-mgmt", "CM note: pt is active w/ {loc:Merrimack Valley VNA}, RN {name:Polly} ({phone:978-555-0164}); VNA will resume svcs on {date:Monday} after d/c. Home O2 via {loc:Apria}, 2L. PCP Dr. {name:Hollingworth} aware."],
  ["case-mgmt", "CASE MGMT: PT ACCEPTED AT {loc:CEDAR CREST NURSING & REHAB} ({loc:WALTHAM}), SHORT TERM REHAB. MEDICARE DAYS REMAINING 74. {loc:UNITED HEALTHCARE} MEMBER ID {id:918844731-00}. D/C {date:10/12} PENDING PT/OT CLEARANCE."],
  ["case-mgmt", "CM: d/w {name:Sully} at {loc:Seacoast Hospice}, pt meets criteria, hospice RN will eval at bedside tomorrow. Family prefers inpatient hospice at {loc:Rosewood House} in {loc:Danvers}."],
  // --- nutrition ---------------------------------------------------------------------------------
  ["nutrition", "NUTRITION ASSESSMENT: 68 yo M intubated, s/p Whipple ({date:4/2}). Ht 175 cm, Wt 84 kg (UBW 92 kg per wife {name:Edie}), BMI 27. Est needs 25-30 kcal/kg = 2100-2500 kcal, protein 1.5 g/kg. Rec TF Impact Peptide 1.5 @ 60cc/hr via J-tube, adv by 10 q6h. Will follow. {name:K. Marrow}, RD, beeper {phone:3-4491}"],
  ["nutrition", "NICU NUTRITION: Baby {name:Ng} BW 1020g, now 1340g (10-25%ile Fenton). EBM fortified to 24 cal w/ HMF. Mom {name:Lien} pumping. WIC form for Similac Special Care faxed to {loc:Chelsea} WIC office, {phone:617-555-0191}."],
  ["nutrition", "Nutrition f/u: Dobhoff placed {date:9/3}, tip post-pyloric on KUB. Wt {date:9/1} 71.2 kg, today 69.8. Glucerna 1.2 @ 55 goal. Per Dr. {name:Summers}, no propofol kcal adjustment needed."],
  ["nutrition", "nutrition: pt c/o poor appetite, tells RD his wife {name:marguerite} usually cooks portuguese food at home; family to bring in food per team ok. lives in {loc:fall river}."],
  // --- attending addenda -------------------------------------------------------------------------
  ["attending", "MICU ATTENDING ADDENDUM: I saw and examined the pt with Dr. {name:Harlow}, and agree with her note. 72 yo M w/ septic shock 2/2 cholangitis, s/p ERCP {date:3/9}. On levophed + vaso. Will d/w Dr. {name:Lindqvist-Amoah} (GI) re: repeat ERCP. Critical care time 40 min.\n{name:Marcus Feldstein}, MD"],
  ["attending", "CSRU ATTENDING NOTE {date:11/19/03}: POD 1 CABG. DOING WELL, OFF PRESSORS. AGREE W/ PLAN AS PER NP {name:GILDERSLEEVE}. - {name:HAVERFORD}"],
  ["attending", "TSICU Attending: Seen and examined. Pt from {loc:Fitchburg}, MVC {date:6/21} on {loc:Rte 2} near {loc:Leominster}. Agree with Dr. {name:Banerjee}'s assessment. Family (parents from {loc:Vermont}) updated at length. Spoke w/ pt's PCP Dr. {name:Gold} at {loc:Nashoba Valley Medical Center} re: prior hx."],
  ["attending", "Attending addendum {date:10/17/03} 1500: pt seen w/ fellow. Spoke with oncologist Dr. {name:Wei} at {loc:Dana-Farber}; recurrence on {date:Sept} PET, not candidate for further chemo. Family meeting to be set up w/ wife {name:Roberta} and sons. {name:S. Quarshie-Bell}, MD"],
  ["attending", "Neonatology attending: Baby {name:Adebayo} seen and examined, abd distended, pneumatosis on KUB. Discussed with parents and w/ Dr. {name:Sandoval} (pediatric surgery, {loc:Children's}), will transfer for laparotomy."],
  ["attending", "Addendum: d/w Dr. {name:Wolf} at {loc:Lahey} re: records of prior PE; will fax ({phone:781-555-0145}). Pt's MRN at {loc:Lahey} is {id:L0093382}."],
];

/** Clean items: the same styles, no identifiers, as dense as the batch with what must not be flagged. */
export const DECISION_124_FIRST_CLEAN: string[] = [
  "CSRU NSG 7P-7A: S/P CABG x3. PA line: PAP 38/18, CVP 10, CO 4.8/CI 2.5, SVR 980. Neo 0.5 mcg/kg/min, weaning. A-wires and V-wires intact, pacer set DDD 80 backup. CT's to -20 sx, 30-50cc/hr. Foley draining clear yellow urine.",
  "IABP 1:1 via R fem, augmentation 118, good waveform. Pedal pulses dopplerable bilat. HOB < 30 degrees. Heparin gtt per protocol, PTT q6h.",
  "Neuro: GCS 3T off sedation x 6 hrs, pupils 4mm nonreactive, no corneals, no cough/gag. Doll's eyes absent. Family aware, Neurology to repeat exam in am.",
  "Swan-Ganz wedged at 50cm, PCWP 18. Cordis R IJ. Dobhoff placed at bedside, tip in stomach per KUB, awaiting advancement. Salem sump to LIS.",
  "JP x2 RUQ serosanguinous 40cc and 15cc. Blake drain to bulb sx. Pleur-evac to -20 cm, + air leak 2/7, no crepitus.",
  "Cheyne-Stokes pattern noted during sleep, sats dip to 86% then recover. Kussmaul respirations on admission resolved as AG closed; insulin gtt off at 0400 per Portland protocol, transitioned to glargine.",
  "Pt placed in Trendelenburg for R IJ line placement. CXR: tip at cavoatrial junction, no PTX. Yankauer at bedside, oral care q2h w/ chlorhexidine per VAP bundle.",
  "RASS -2 on propofol 30 mcg/kg/min and fentanyl 75 mcg/hr. CAM-ICU negative. Daily sedation holiday at 0600, SBT on PSV 5/PEEP 5 FiO2 .40 x 30 min, RSBI 48.",
  "Vent: AC 450 x 16, PEEP 10, FiO2 .60. ABG 7.29/52/71/25. Increased rate to 20, repeat ABG in 30 min. ARDSnet protocol, plateau 28.",
  "Apgars 8/9. Birth weight 2890g, AGA. Ballard 38 wks. Moro symmetric, suck and grasp strong. Erythromycin eye ointment given; vitamin K IM.",
  "Infant in isolette on servo control, skin temp 36.6. Bili 12.4, double phototherapy, bili lights on, eye shields in place. Repeat bili with am labs.",
  "Gavage feeds Similac Special Care 24 cal 22cc q3h over 45 min via OGT. Min aspirates, abd soft, nondistended. Voiding and stooling, stool guaiac neg.",
  "Mother at bedside for kangaroo care x 90 min, infant stable throughout. Father in this evening, changed diaper and took temp independently.",
  "Enfamil 20 ad lib demand, taking 50-70cc q3-4h. Car seat test passed, 90 min, no events. Hearing screen passed bilat. Hep B #1 given.",
  "CPAP +6 via Hudson prongs, FiO2 25-30%. Caffeine citrate 5 mg/kg daily. 3 A/B's this shift, 2 self-resolved, 1 required mild stim.",
  "DOL 12, CGA 30 4/7 wk. Weight 1180g (up 20g). TF 150cc/kg/day. HMF added to EBM for 24 cal. Head circ 27 cm. PICC at 11cm, dressing C/D/I.",
  "RT: HFOV MAP 14, amplitude 30, Hz 9, FiO2 .55. Inhaled nitric oxide at 20 ppm. Surfactant (Survanta) dose #2 given at 0200.",
  "Social Work met with family in the family room; support provided. Case Management following for dispo; rehab screening in progress. Nutrition consulted for TF recs.",
  "Nutrition: Est needs via Penn State equation 2050 kcal/day; Harris-Benedict x 1.2 = 2200. Mifflin-St Jeor used for non-vented pts. Rec Nepro @ 45cc/hr, advance to goal 55.",
  "TF Osmolite 1.2 at 65cc/hr goal via NGT, residuals < 100cc q4h. Free water flush 150cc q6h. Bowel regimen: colace 100 bid, senna 2 tabs qhs.",
  "HD Mon/Wed/Fri via R tunneled cath. CVVH ordered instead given hypotension: replacement fluid 2L/hr, UF goal -100cc/hr, citrate anticoag. Ionized Ca q6h.",
  "Levophed 0.12 mcg/kg/min, vasopressin 0.04 u/min. MAP goal > 65. Lactate 4.2 -> 2.6. Zosyn 4.5g q8h, vanc 1g q12h, trough before 4th dose.",
  "Fentanyl gtt 100 mcg/hr, Precedex 0.7 mcg/kg/hr, versed 2mg IV prn agitation. Restraints d/c'd at 1400. Sitter at bedside overnight.",
  "Family in to visit 1800-2000, asking appropriate questions, updated by RN and MD. Wife and 2 sons present. Plan for family meeting later this week.",
  "Hx: CABG 1998, PCI to RCA 2003, CVA 2005 w/ residual L hemiparesis, AFib on coumadin. 78 yo, lives with wife, independent with ADLs at baseline.",
  "Pt is an 89 yo female admitted with urosepsis from home. Daughter visiting this evening. Full code. Plan to discuss goals of care with family.",
  "Glasgow Coma Scale 14 (E4 V4 M6). Pupils 3mm brisk bilat. Babinski negative. Negative Kernig and Brudzinski signs.",
  "Foley catheter d/c'd at 0600, voided 350cc at 1200. Bladder scan PVR 80cc. Heparin SQ 5000 q8h, pneumoboots on. Braden 15, turned q2h.",
  "Trauma survey: Philadelphia collar on, Aspen collar fitted by ortho tech. TLSO brace when OOB. Log roll precautions. Miami J collar for showers per spine team.",
  "Chest tube to Pleur-evac -20 cm suction, output 120cc serosang since 0700. No air leak. CXR stable. Pt using IS to 1000.",
  "OGT placed, tip confirmed by CXR. Stomach decompressed 400cc bilious. Pt NPO, maintenance IVF D5 1/2 NS + 20 KCl at 100cc/hr.",
  "ETT 7.5, 22 at the lip, retaped. Cuff pressure 25 cm H2O. Subglottic sx. Ballard closed suction catheter changed.",
  "Blood sugar 242 at 2100, insulin gtt started per protocol at 2u/hr. FS q1h until stable x 3. K 3.6, repleted with 40 mEq KCl IV.",
  "Jackson-Pratt drain removed at 1100 by surgical team; site dry, sterile dressing applied. Staples intact to midline incision, no erythema.",
  "Respiratory Therapy: Albuterol/Atrovent MDI 8 puffs q4h via vent. Trial of Trilogy home vent settings: AVAPS 450, EPAP 6.",
  "Pt's brother called from out of state, updated per pt's request. Mother at bedside most of the day, plans to stay overnight in the family lounge.",
  "ICU Day 7. Lines: L SC TLC (day 7), R radial A-line (day 5), PICC requested. Cx: BCx NGTD, sputum with GNRs, speciation pending.",
  "Ramsay 3. Riker SAS 4. Pain 3/10 on CPOT. Delirium precautions: lights on during day, glasses and hearing aids in, frequent reorientation.",
  "Weekly labs on Mondays: CBC, BMP, LFTs, prealbumin. Vanco trough before the 0600 dose. Blood cultures drawn from both lumens at 0300.",
  "Chaplain in to see family at their request. Pastoral Care will follow. Interpreter services used for family update; Spanish interpreter via phone.",
  "Case Management: pt has Medicare A and B. Screening for acute rehab vs SNF; PT recommends rehab, OT to eval. VNA services prior to admission.",
  "Allen test positive prior to R radial art line. Chvostek and Trousseau signs negative after Ca repletion. Murphy sign negative.",
  "Extubated at 1030 to 40% cool neb face tent, tolerated well. Stridor noted at 1100, racemic epinephrine neb x1 and Decadron 10mg IV with good effect.",
  "NICU: Twin A and Twin B co-bedded in open crib. Both taking PO feeds well. Parents rooming in tonight for discharge teaching. Circumcision for Twin B tomorrow.",
  "Silverman score 3. Grunting and nasal flaring resolved on CPAP. Newborn screen sent at 24 hrs. Void x1, no stool yet.",
  "Parkland formula: 4 mL x 70 kg x 30% TBSA = 8400 mL in first 24h, half in first 8 hrs. LR at 525 mL/hr. UO goal 30-50 mL/hr. Silvadene to burns.",
  "Pt is a 62 yo M POD 3 s/p Whipple, on TPN via PICC. Clinimix E 2.75/10 at 80cc/hr, lipids 3 times weekly. Glucose 140-180, SSI coverage.",
  "CVP 14, PA pressures 45/22. Milrinone 0.375 mcg/kg/min. Dobutamine weaned off at 2200. Lasix gtt 10 mg/hr, UO 150-200cc/hr.",
  "Nursing: Turn q2h, oral care q4h, eye care with lacrilube. HOB at 30. Mother and sister visiting 1400-1600, supportive. Will continue to monitor.",
  "Hgb 7.1 at 0400, 1u PRBC transfused over 2 hrs, post-transfusion Hgb 8.0. Type and screen good for 72 hrs. No transfusion reaction.",
  "Pt spoke of hope for recovery; faith important to her. Pt and husband agree to continue full treatment. Will reassess with the team in the morning.",
  "Grey Turner and Cullen signs absent. Ranson criteria 3 at 48 hrs. Lipase 1240. NPO, bowel rest, aggressive IVF.",
  "Stroke code called at 0315: NIHSS 14. tPA not given (on coumadin, INR 2.8). CT head negative for bleed. Neuro checks q1h.",
  "Psych consult re: overdose. Section 12 not needed, pt voluntarily agrees to inpatient psych once medically cleared. 1:1 sitter in place.",
];

/** Decision 124's batch in corpus.json's shape, for score.ts. */
export function decision124Corpus(): Corpus {
  return { notes: DECISION_124_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_124_FIRST_CLEAN };
}
