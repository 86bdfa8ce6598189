// ICU nursing progress notes in the manner of the public PhysioNet nursing-note corpus, as a float
// nurse at a Boston teaching hospital around 2001-2008 might write them across MICU, CCU, trauma
// SICU and CSRU, with the odd respiratory-therapy and case-management entry mixed in. They are by
// "a thirty-ninth writer who had not read the guard's rules", whose habits are: slash dates without
// the year ("2/11") and the occasional spelled month or holiday, weekday abbreviations for plans
// ("PLAN OR WED"), sign-offs as "R. DESOUSA RN" in capitals, "R.DeSousa RN/float" in mixed case and
// "-rd" in lower case, relatives as "DTR LORRAINE" or "HCP IS SON ...", clinicians as "DR X AWARE",
// pagers as "#38211" and extensions as "x4-6610", and a social paragraph naming town, street and employer.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "micu-caps"
  | "micu-mixed"
  | "micu-lower"
  | "ccu-caps"
  | "ccu-mixed"
  | "ccu-lower"
  | "sicu-caps"
  | "sicu-mixed"
  | "sicu-lower"
  | "csru-caps"
  | "csru-mixed"
  | "csru-lower"
  | "rt-caps"
  | "rt-lower"
  | "cm-mixed";

/**
 * The batch of decision 184: a float nurse's ICU notes across four units, with respiratory-therapy
 * and case-management entries.
 */
export const DECISION_184_FIRST: Array<[Style, string]> = [
  ["micu-caps", "NPN 7P-7A\nPT IS {age:93 YO} F ADMITTED FROM {loc:CEDAR GLEN NURSING HOME} IN {loc:QUINCY} ON {date:2/11} W/ UROSEPSIS.\nNEURO: OPENS EYES TO VOICE, MAE, NOT FOLLOWING COMMANDS CONSISTENTLY.\nCV: SBP 80S-90S, DR {name:AHMADI} AWARE, 500CC NS BOLUS GIVEN W/ GOOD EFFECT.\nSOCIAL: DTR {name:LORRAINE} CALLED X2. HCP IS SON {name:FRANCIS MCGRATH}, HOME {phone:617-555-0148}.\n{name:R. DESOUSA} RN"],
  ["micu-caps", "MICU NPN 0700-1900\nMR. {name:OYELARAN} REMAINS ON AC 500X14 PEEP 8 FIO2 50%. SUCTIONED FOR THICK TAN SPUTUM. FELLOW DR {name:SAKAMOTO} IN TO SEE PT, PLAN FOR BRONCH {date:THURS}. WIFE {name:FOLASADE} AND PASTOR FROM {loc:ST. ANGELA'S PARISH} AT BEDSIDE MOST OF DAY, UPDATED BY TEAM. WIFE WORKS NIGHTS AT {loc:STOP & SHOP} IN {loc:HYDE PARK}, BEST REACHED ON CELL {phone:(857) 555-0123} BEFORE 3PM.\n{name:R. DESOUSA} RN"],
  ["micu-caps", "NURSING ADMIT NOTE: PT TRANSFERRED FROM {loc:CARNEY HOSPITAL} ED ON {date:11/23/04} FOR HYPOXIC RESP FAILURE. PMH: COPD ON 2L HOME O2, CHF (EF 30%), AFIB ON COUMADIN. PCP IS DR {name:ISADORE KLEINFELD} ({phone:617-555-0171}). PT LIVES ALONE ON {loc:GALLIVAN BLVD}, {loc:DORCHESTER}. NIECE {name:BRIDGET} IS CONTACT, HER # IN CHART. MR# {id:0217-3345} CONFIRMED W/ ADMITTING."],
  ["micu-caps", "PT AGITATED OVERNIGHT, PULLING AT ETT. HALDOL 2MG IV X1 PER H.O. {name:BRANDT}. SOFT WRIST RESTRAINTS ON, CHECKED Q2H. SON {name:DESHAWN} CALLED AT 0200, UPDATED.\n-{name:RD}"],
  ["micu-caps", "MICU B NPN: {age:NINETY-ONE YEAR OLD} MALE FROM HOME, WIFE IS PRIMARY CAREGIVER. DNR/DNI CONFIRMED W/ WIFE AND DR {name:OKONJO} ON {date:9/02}. FAMILY MTG PLANNED FOR {date:FRIDAY} AT 2PM W/ PALLIATIVE CARE. SON DRIVING DOWN FROM {loc:NASHUA}.\n{name:R. DESOUSA} RN"],
  ["micu-caps", "ADDENDUM 2130: PT'S BROTHER {name:TOMASZ KOWALCZYK} CALLED FROM {loc:CHICOPEE} ASKING RE CODE STATUS. EXPLAINED PT IS FULL CODE AT THIS TIME, REFERRED HIM TO HCP (DTR {name:AGNIESZKA}). BROTHER'S # {phone:413-555-0116}. DR {name:AHMADI} PAGED #{phone:38211}, WILL CALL BROTHER IN AM.\n{name:R. DESOUSA} RN"],
  ["micu-mixed", "MICU NPN 7p-7a\nNeuro: A&Ox2, thinks she is at {loc:Caritas Norwood Hospital} where she was in {date:May 2003} for PNA. Reoriented frequently, pleasant, asking for husband {name:Walter} (deceased).\nResp: 4L NC sats 93-95%, coarse BS bilat, nebs q4h by RT.\nGI/GU: taking sips, foley draining clear yellow 30-60cc/hr.\nSocial: Neighbor Mrs. {name:Doucette} has key to apt on {loc:Hancock St} and is feeding the cat. Nephew {name:Raymond} is HCP.\n{name:R.DeSousa} RN/float"],
  ["micu-mixed", "Pt seen by Dr {name:Okonjo} and ID fellow Dr {name:Vanterpool} this am - abx changed to vanc/zosyn. BCx from {date:12/28} GPC in clusters. PICC placed by IV team {date:12/30}, tip confirmed SVC. Wife {name:Hyun-Joo} at bedside, speaks limited English, son {name:Daniel} translates by phone ({phone:617-555-0162}).\n- {name:R.DeSousa} RN"],
  ["micu-lower", "micu npn 11p-7a\nmr. {name:gallagher} slept in naps, cpap 10/5 overnight w/o issue. k 3.2, repleted 40 meq iv per ho {name:brandt}. pt tells me he was a firefighter w/ {loc:somerville fire dept} x30 yrs. wife {name:noreen} to call in am.\n-{name:rd}"],
  ["micu-caps", "PT KNOWN TO THIS RN FROM PRIOR ADMIT {date:8/04}. HX ETOH CIRRHOSIS, LAST DRINK {date:10/31} PER PT. CIWA 14-18, VALIUM 10MG PO Q2H PRN. LIVES AT {loc:PINE STREET INN} SHELTER, NO FAMILY CONTACT. SW {name:HADDAD} FOLLOWING. OLD MR# {id:1044-2981} MERGED W/ NEW #."],
  ["micu-mixed", "Family meeting held at 1400 w/ Dr. {name:Ahmadi}, Dr. {name:Sakamoto}, SW {name:Yusuf Haddad}, this RN, pt's wife {name:Consuelo}, dtrs {name:Marisol} and {name:Ana Lucia}. Decision made to make pt CMO. Parish priest from {loc:Sacred Heart} in {loc:Roslindale} called for last rites, Fr. {name:Ekwueme} arrived 1530.\n{name:R.DeSousa} RN"],
  ["rt-caps", "RT NOTE: PT ON BIPAP 14/6 40%, TOLERATING MASK. ABG 7.31/58/88. MD (DR {name:OKONJO}) NOTIFIED, INCREASED IPAP TO 16. WILL RECHECK ABG 1 HR.\n{name:K. WORRELL} RRT"],
  ["cm-mixed", "Case Management: Pt is a {age:92 y/o} widower who lived w/ dtr {name:Patrice Bellamy} in {loc:Randolph} prior to admit. Dtr works days at {loc:Boston Public Schools} central office, can be reached at work {phone:617-555-0107} or cell {phone:617-555-0138}. Pt active w/ {loc:South Shore Elder Services} (case worker {name:Dolores}). Screening for rehab at {loc:Hellenic Nursing and Rehab}; will need Medicaid application. Ins # {id:MH2203389177}.\n{name:M. Donnellan} RN CM x{phone:2-8841}"],
  ["micu-caps", "NPN 1900-0700: UNEVENTFUL NIGHT. PT ASKED THIS RN TO CALL HIS GIRLFRIEND {name:TAMIKA} AT {phone:(617) 555-0194} TO BRING HIS GLASSES. LEFT MSG. LASIX 40 IV GIVEN, UO 1.2L. WT 88.4KG (DOWN FROM 90.1 ON {date:7/19}).\n{name:R. DESOUSA} RN"],
  ["micu-mixed", "Transfer note MICU -> {loc:Farr 10}: Pt is a 54 yo F admitted {date:5/2} w/ DKA, gap closed {date:5/3}, now on SQ insulin. Endocrine (Dr. {name:Nussbaum}) following. Pt takes night classes at {loc:Bunker Hill Community College}, lives w/ mother in {loc:Chelsea}. Mother {name:Ivonne Reyes} aware of transfer."],
  ["micu-lower", "pt a&o x3, c/o anxiety, ativan 0.5 po given. states her ex-husband {name:ricky} is not allowed to visit - restraining order on file per {loc:quincy district court}. security aware. sister {name:jolene} ok to get info.\n-{name:rd}"],
  ["micu-caps", "PT IS A {age:97 YR OLD} FEMALE TRANSFERRED FROM {loc:GOOD SAMARITAN} IN {loc:BROCKTON} ON {date:1/6/07} FOR GI BLEED. HCT 19 ON ARRIVAL, 3U PRBC GIVEN. GI DR {name:TAVARES} SCOPED AT BEDSIDE {date:1/7}: BLEEDING DU, CLIPPED. GRANDDAUGHTER {name:SHAUNA} REQUESTS CALL W/ ANY CHANGE {phone:508-555-0175}.\n{name:R. DESOUSA} RN"],
  ["micu-mixed", "Resp: Trached {date:Tues} by Dr. {name:Halvorsen} (IP), #8 Portex, sutures out in 7 days. Secretions thick white, suctioned q2-3h.\nPt mouthing words, used letter board to ask for his dtr {name:Chiara}. Dtr flying in from {loc:Tampa} on {date:Sat}.\n{name:R.DeSousa} RN"],
  ["rt-lower", "rt: pt weaned to trach mask 40% at 0900, tol well x4h, returned to psv 5/5 overnight for rest per dr {name:sakamoto}. cuff pressure 24. speaking valve eval planned w/ slp ({name:hannelore}) {date:3/22}.\n{name:g. beaulieu} rrt"],
  ["micu-caps", "SOCIAL: PT IS A RETIRED LONGSHOREMAN, GOES BY \"{name:SULLY}\". WIFE {name:EILEEN} AT BEDSIDE. ATTENDS MASS AT {loc:ST. BRENDAN'S} ON {loc:DORCHESTER AVE}. SON IS A {loc:BOSTON POLICE} OFFICER, SGT. {name:KEVIN SULLIVAN}, WHO ASKS TO BE CALLED W/ ANY CHANGE."],
  ["ccu-mixed", "CCU Nursing Progress Note\nS: \"I feel like an elephant is sitting on me\"\nO: 68 yo M admitted {date:4/9} w/ IMI, cathed by Dr. {name:Feeney} - RCA stented x2. Groin site D/I, no hematoma. Integrilin gtt off at 0400. HR 60s SR, BP 110s/60s.\nA/P: cont ASA/plavix/BB/statin. Wife {name:Joan} and son {name:Kevin} visited, both updated; son asking about return to work - pt drives a truck for {loc:Hood Dairy} out of {loc:Charlestown}.\n{name:R.DeSousa} RN/float"],
  ["ccu-mixed", "CCU NPN 3-11: Pt is a {age:96 yo} woman from {loc:Hebrew Rehabilitation Center} admitted w/ CHF exacerbation and new AF w/ RVR. Dilt gtt titrated up to 10mg/hr, HR 90s-100s. Lasix 80 IV x1, UO 900cc. Grandson {name:Micah Adler} is POA, phone {phone:617-555-0187}. Plan per Dr. {name:Farouk}: echo in am, likely back to {loc:HRC} w/ hospice consult."],
  ["ccu-caps", "CCU NPN: MR {name:PHAM} C/O CP 4/10 AT 0300, EKG DONE, NO ST CHANGES. NTG SL X1 W/ RELIEF. H.O. DR {name:GREENBAUM} AWARE, TROP SENT. DTR {name:THUY} TRANSLATES FOR FAMILY (VIETNAMESE), CELL {phone:617-555-0126}. PT CO-OWNS {loc:GOLDEN LOTUS NAILS} IN {loc:FIELDS CORNER}, WORRIED ABOUT BUSINESS.\n{name:R. DESOUSA} RN"],
  ["ccu-mixed", "Cath lab {date:2/19/05}: LAD 90% -> DES x1 by Dr. {name:Feeney}. Pt had prior cath at {loc:Lahey Clinic} in 1999. R fem sheath pulled 1830 by {name:Jocelyn} (CCU RN), held 20 min, no bleeding. Pt's partner {name:Alain} here, asking when pt can go back to work at {loc:Fidelity}.\n{name:R.DeSousa} RN/float"],
  ["ccu-caps", "PACER CHECK: PT S/P DDD PPM PLACED {date:6/3} BY EP (DR {name:RAJAGOPALAN}). DEVICE SERIAL # {id:PJN228841H}. INTERROGATED BY REP, FUNCTIONING WELL. WALLET CARD GIVEN TO PT. L CHEST DSG D/I.\n{name:R. DESOUSA} RN"],
  ["ccu-mixed", "Pt is a {age:90yo} M, lives w/ wife in {loc:Brookline} on {loc:Beacon St}, still drives (!). Adm {date:Sun} night w/ syncope, found to be in CHB, temp wire placed. Wife {name:Esther} and son Dr. {name:Jonathan Rubin} (cardiologist at {loc:Newton-Wellesley}) here. Son asking a lot of questions, referred to Dr. {name:Farouk}.\n-{name:rd}"],
  ["ccu-caps", "CCU 7A-7P: PT REMAINS ON IABP 1:1, AUGMENTING WELL. HEPARIN GTT PTT 62. CARDIAC SURGERY (DR {name:CASTELLANOS}) CONSULTED FOR CABG, PLAN OR {date:WED}. PT'S WIFE {name:MARGUERITE} HERE FROM {loc:FALL RIVER}, STAYING AT {loc:HOLIDAY INN} ON {loc:BLOSSOM ST}."],
  ["ccu-mixed", "Echo today EF 20%. Pt tearful, states \"my mother died of this at 50\". Chaplain Sr. {name:Philomena} visited. Pt asked that her boss at {loc:State Street Bank} not be told details; only ok to give info to husband {name:Gregor} and sister {name:Liesl Hauer}."],
  ["ccu-lower", "ccu npn: pt had 8 beats vt at 0340, asymp, lytes sent, k 3.6 mg 1.7 repleted. cards fellow dr {name:ogunleye} aware. pt wants to go home for his granddaughter's wedding {date:6/24} at {loc:st. anthony's} in {loc:everett}."],
  ["ccu-mixed", "Admit note: 81 yo F tx'd from {loc:Milton Hospital} w/ NSTEMI, trop 2.4. PMH DM2, HTN, CKD (baseline cr 1.8). Meds per list from {loc:CVS} on {loc:Granite Ave}. PCP Dr. {name:Aurelio Bustamante}. Lives w/ husband (has dementia) - dtr-in-law {name:Wendy} checking on him tonight. OSH MRN {id:MH-0455127}.\n{name:R.DeSousa} RN/float"],
  ["ccu-caps", "PT DNR/DNI PER LONG DISCUSSION W/ PT (WHO IS {age:NINETY-FOUR}) AND DR {name:FEENEY}. HCP FORM SIGNED NAMING NIECE {name:ROSEMARY CALLAHAN}, {loc:45 WINTHROP ST}, {loc:MEDFORD}, {loc:MA} {loc:02155}, PH {phone:781-555-0141}. COPY TO MEDICAL RECORDS.\n{name:R. DESOUSA} RN"],
  ["rt-caps", "RT: CCU PT ON HI-FLOW 95%, SATS 88-91. DISCUSSED W/ DR {name:OGUNLEYE}, TRIAL OF BIPAP OFFERED. PT REFUSING, STATES HE HAD BAD EXPERIENCE AT {loc:QUINCY MEDICAL CENTER} LAST {date:XMAS}. NRB AS BACKUP AT BEDSIDE.\n{name:T. NAKASHIMA-REID} RRT"],
  ["ccu-mixed", "Pt's home meds brought in by wife {name:Genevieve}: coreg 12.5 bid, lisinopril 10, ASA 81, lipitor 40 - filled at {loc:Walgreens} in {loc:Weymouth} on {date:9/9}. Reconciled w/ pharmacist {name:Omar}."],
  ["ccu-mixed", "Note to prev shift: pt's dtr is {name:Nkechi}, NOT \"{name:Nikki}\" as written on whiteboard - family prefers {name:Nkechi}. Husband {name:Chukwuemeka Obi} works nights at {loc:Logan Airport} ({loc:Massport}), calls after 11pm.\n{name:R.DeSousa} RN"],
  ["ccu-caps", "PT TO CATH LAB 0830, RETURNED 1115 S/P POBA TO OM1. RADIAL APPROACH, TR BAND ON, 12CC AIR, DEFLATING PER PROTOCOL. OK TO DC {date:TUE} PER DR {name:FEENEY} IF NO ISSUES. CARDIAC REHAB REFERRAL TO {loc:SOUTH SHORE HOSPITAL} (CLOSE TO HOME IN {loc:HINGHAM}).\n{name:R. DESOUSA} RN"],
  ["cm-mixed", "CM note: Pt a 63 yo M, self-employed ({loc:Dunleavy & Sons Roofing}), no health ins currently. Free care application started w/ financial counselor {name:Lucinda} (x{phone:5-3320}). SSN obtained for application: {id:029-44-7718}. Will follow.\n{name:Peg Donnellan} RN CM"],
  ["ccu-mixed", "Pt's pastor Rev. {name:Oduya} from {loc:Church of God of Prophecy} in {loc:Mattapan} visited, prayed w/ pt. Pt more calm afterward, HR down to 80s. Sister {name:Claudette} (visiting from {loc:Port-au-Prince}) at bedside overnight.\n{name:R.DeSousa} RN/float"],
  ["ccu-caps", "EVENTS: AT 0215 PT FOUND IN VF, CODE CALLED, SHOCKED 200J X1 -> SR. ROSC 2 MIN. DR {name:GREENBAUM} RAN CODE. WIFE {name:ROSA} CALLED AT HOME {phone:508-555-0110}, ON WAY IN FROM {loc:FRAMINGHAM}."],
  ["ccu-mixed", "Pt asking to see his cardiologist Dr. {name:Weintraub-Levi}, who has followed him at {loc:Beth Israel} since '98. Attempted page (#{phone:31472}) - Dr. is away until {date:8/15}. Covering attending Dr. {name:Farouk} saw pt and spoke w/ him at length."],
  ["ccu-lower", "pt {name:ernestine} prefers \"{name:tina}\". c/o nausea, zofran 4 iv. sbp 100s. plan cath {date:monday} if cr ok per dr {name:feeney}. husband {name:lloyd} drives bus for {loc:brockton area transit}.\n-{name:rd}"],
  ["sicu-lower", "trauma sicu npn 7a-7p\n23 yo m s/p mvc in {loc:burlington} {date:6/14}, ejected, +etoh. grade III liver lac, non-op mgmt. serial hcts 29->27, dr {name:wojcik} aware. mom {name:darlene} and girlfriend {name:kayleigh} in most of day. mom asking for sw, paged {name:yusuf haddad} x{phone:4-6610}. pt employed by {loc:mbta} as track worker, union rep called re: paperwork.\n-{name:rd}"],
  ["sicu-lower", "pt is {age:90 y/o} f s/p fall at {loc:brookhaven manor} nh on {date:3/3}, r hip fx and small sdh. ortho (dr {name:lindgren-park}) plans orif once ok'd by nsurg. dtr {name:rosalind} is hcp, lives in {loc:marshfield}, cell {phone:781-555-0199}.\n-{name:rd}"],
  ["sicu-mixed", "Trauma SICU NPN\nPt is 19 yo M GSW x2 to abd, arrived via {loc:Boston EMS} from {loc:Blue Hill Ave} {date:11/2} 0140. Ex-lap, small bowel resection by Dr. {name:Wojcik}, abd left open, vac dsg. Pt is under arrest, {loc:Boston Police} officer {name:Kimbrough} on 1:1 at bedside. Mother {name:Yolanda} not allowed in until cleared by police."],
  ["sicu-caps", "TSICU NPN: PT IS A {age:91 YO} MALE PEDESTRIAN STRUCK ON {loc:CENTRE ST} IN {loc:WEST ROXBURY} {date:10/10}. MULT RIB FX, L PTX W/ CT, PELVIC FX. HOME AIDE FROM {loc:ETHOS} ({name:MAGDALENA}) CAME IN AND PROVIDED MED LIST. NO FAMILY IN AREA, SON IN {loc:SAN DIEGO} ({phone:619-555-0130}).\n{name:R. DESOUSA} RN"],
  ["sicu-mixed", "Pt extubated {date:12/4}, on 4L NC, sats 95%. Epidural (bupiv/fent) managed by APS - Dr. {name:Mirzaei}, pain 3/10. Pt asking for pastor, called {loc:First Baptist Church of Malden}, Rev. {name:Hollis} to visit tomorrow.\n{name:R.DeSousa} RN/float"],
  ["sicu-lower", "17 yo m transferred from {loc:st. luke's} in {loc:new bedford} by {loc:boston medflight} {date:7/4} after jet ski accident. tbi, gcs 7 at scene. icp bolt placed by nsurg (dr {name:anand}), icps 12-18. parents {name:bill} and {name:cheryl} here, staying at {loc:ronald mcdonald house}. pt is a senior at {loc:dartmouth high school}."],
  ["sicu-mixed", "S/P fall from ladder at work ({loc:Home Depot} in {loc:Saugus}), L4 burst fx, TLSO when OOB. Ortho spine (Dr. {name:Bergstrom}) following. Workers comp claim # {id:WC-06-338127}. Wife {name:Svetlana} aware of plan.\n{name:R.DeSousa} RN"],
  ["rt-lower", "rt note: pt s/p trach/peg {date:9/21} by dr {name:wojcik}. #7 shiley, on ac 450x12/5/40%. suction q2h thick white. will begin weaning per protocol.\n{name:k. worrell} rrt"],
  ["sicu-caps", "PT IS A {age:NINETY-TWO YR OLD} F ON COUMADIN, FELL AT HOME IN {loc:WALTHAM}, SDH. FFP X4, VIT K GIVEN. REPEAT CT STABLE. DTR {name:CONSTANCE} (HCP) STATES PT WOULD NOT WANT SURGERY. PT'S LONGTIME AIDE {name:BEATRIZ} HERE. PT IS RETIRED FACULTY FROM {loc:BRANDEIS}.\n{name:R. DESOUSA} RN"],
  ["sicu-mixed", "Pt's belongings: wallet, cell phone and keys given to brother {name:Marcus Delacroix-Bell}, signed for at 1600. Driver's lic {id:S71239045} copied for admitting.\n- {name:R.DeSousa} RN"],
  ["sicu-lower", "pt confused overnight, pulled ngt. replaced, kub confirmed. says he needs to get to work at {loc:dunkin donuts} on {loc:hanover st}. keeps calling me \"{name:gina}\". nephew {name:vinnie} calls q few hrs.\n-{name:rd}"],
  ["sicu-mixed", "Family updated by Dr. {name:Wojcik} and trauma NP {name:Tran}: spleen embolized in IR {date:3/30}. Pt is an inmate at {loc:MCI-Concord}, 2 COs at bedside at all times per {loc:DOC} policy. Inmate # {id:W88213}. Only contact permitted: mother {name:Loretta Gaines}."],
  ["sicu-caps", "TSICU NPN 7P-7A: PT C/O PAIN 8/10 L CHEST, PCA DILAUDID INCREASED PER APS (DR {name:MIRZAEI}). CT OUT 200CC SEROSANG. GIRLFRIEND {name:DANIELLA} CALLED, PT STATES OK TO GIVE INFO TO HER. PT IS A LINE COOK AT {loc:LEGAL SEA FOODS}, WORRIED ABOUT MISSING WORK."],
  ["cm-mixed", "Case Mgmt: Pt accepted at {loc:Spaulding Rehab} for {date:4/12}, bed confirmed by liaison {name:Annika} ({phone:617-555-0155}). Insurance auth obtained, ref # {id:AUTH7730912}. Pt's employer {loc:Raytheon} HR contact {name:Bev Tillman} requests FMLA forms - given to team.\n{name:Peg Donnellan} RN CM"],
  ["sicu-mixed", "Pt a 44 yo F, MVC {date:Sat} night on {loc:Rte 3} in {loc:Kingston}, extricated by {loc:Plymouth Fire}. Works as dental hygienist in {loc:Duxbury}. Husband {name:Tobias} and kids at home; husband requesting chaplain.\n{name:R.DeSousa} RN/float"],
  ["sicu-lower", "npn: pt a {age:93 yo} m s/p fall down stairs at son's house in {loc:revere}. c2 fx, hard collar. son {name:sal} and dtr-in-law {name:teresa} here. pt speaks italian only, interpreter {name:paola} used for consent.\n-{name:rd}"],
  ["sicu-mixed", "Burn/trauma: pt w/ 18% TBSA burns s/p house fire at {loc:12 Oakland Rd}, {loc:Brockton} on {date:1/15/08}. Escharotomy L arm at bedside by Dr. {name:Lindqvist}. Dog died in fire per pt's sister {name:Robin}; {loc:Red Cross} arranging temp housing for family."],
  ["sicu-caps", "TSICU: MASSIVE TRANSFUSION PROTOCOL OVERNIGHT, 14U PRBC, 10 FFP, 2 PLT. BLOOD BANK ACCESSION # {id:BB07-114432}. PT NOW HEMODYNAMICALLY STABLE. FAMILY (WIFE {name:HALIMA}, BROTHERS) IN WAITING RM, UPDATED BY DR {name:ANAND} AT 0500.\n{name:R. DESOUSA} RN"],
  ["sicu-mixed", "Pt's friend \"{name:Big Mike}\" called claiming to be brother - unable to verify, no info given. Pt's actual HCP is mother {name:Dolores Kearney}, phone {phone:(508) 555-0168}. PCP is at {loc:Upham's Corner Health Center}.\n{name:R.DeSousa} RN"],
  ["sicu-lower", "pt to or {date:thurs} for ex fix removal. consent signed by pt, ortho res dr {name:kapoor} aware. pt says he'll go to {loc:braintree rehab} after if his ins ok's it (member # {id:XYQ440017291}).\n-{name:rd}"],
  ["csru-mixed", "CSRU admit: 71 yo F s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) w/ Dr. {name:Castellanos} {date:10/17/06}. Arrived from OR on neo 0.5, prop 30, CI 2.3. Extubated 2100. CTs 50-80cc/hr. Husband {name:Harold} and son {name:Brian} in to visit, updated by surgical PA {name:Oyelowo}.\n{name:R.DeSousa} RN/float"],
  ["csru-caps", "CSRU NPN 7P-7A: PT S/P AVR {date:3/7}, #23 PERICARDIAL VALVE, SERIAL # {id:4471829} ON IMPLANT CARD. PACED AAI 90. EPI OFF 0200. PT'S WIFE {name:GUDRUN} CALLED AT 0430 (CAN'T SLEEP), UPDATED. PT IS A PROFESSOR AT {loc:TUFTS}; DEPT CHAIR CALLED FOR UPDATE - NO INFO GIVEN PER PT'S REQUEST.\n{name:R. DESOUSA} RN"],
  ["csru-mixed", "Pt {age:90 yo} M s/p MVR/TV repair {date:8/22}, Dr. {name:Castellanos}. Bleeding 300cc/hr x2h, back to OR 2315. Wife {name:Perpetua} and dtr {name:Lourdes} came in from {loc:Lawrence}, staying overnight in family lounge."],
  ["csru-lower", "csru npn: pt a&ox3, ambulated 200ft w/ pt ({name:hildegard}), tol well. wires pulled. cts dc'd. plan transfer to {loc:reisman 5} in am. pt's wife {name:dot} bringing clothes."],
  ["csru-caps", "PT HAD AFIB W/ RVR 140S AT 1800, AMIO BOLUS 150 + GTT PER DR {name:CASTELLANOS}. CONVERTED TO SR 2030. PT'S DTR {name:MEGAN O'ROURKE} IS A RN AT {loc:MASS GENERAL}, ASKING MANY APPROPRIATE QUESTIONS. PLEASE UPDATE HER AT {phone:617-555-0119}."],
  ["csru-mixed", "Pre-op teaching done w/ pt and wife {name:Huong}. Pt scheduled for CABG {date:Monday} AM w/ Dr. {name:Petrosyan}. Type & cross done, blood bank # {id:TX-8823104}. Pt's PCP Dr. {name:Sheila Varghese} at {loc:Harvard Vanguard} in {loc:Kenmore} faxed records.\n{name:R.DeSousa} RN"],
  ["csru-caps", "PT S/P CABG X4 {date:12/24}, HAD ROUGH {date:XMAS} DAY, FAMILY UPSET. SON {name:LEONARD} ASKING IF PT CAN BE MOVED TO {loc:LAHEY}, CLOSER TO HOME IN {loc:PEABODY}. EXPLAINED NOT STABLE FOR TX. DR {name:PETROSYAN} TO CALL SON AT {phone:978-555-0181}.\n{name:R. DESOUSA} RN"],
  ["rt-caps", "RT: PT EXTUBATED 1940 TO 50% CFM PER FAST TRACK PROTOCOL. IS 750ML. COUGH STRONG, PRODUCTIVE. WILL F/U IN AM.\n{name:G. BEAULIEU} RRT"],
  ["csru-mixed", "Pt c/o incisional pain 6/10, percocet 2 tabs w/ relief. LE vein harvest site oozing, dsg reinforced. Pt told me her sister {name:Ngozi} is driving up from {loc:Hartford} tomorrow, and her brother {name:Emeka} works at {loc:Children's Hospital} - wants to visit after his shift.\n{name:R.DeSousa} RN/float"],
  ["csru-lower", "pt is {age:ninety-five}, s/p avr {date:5/9}, oldest csru pt dr {name:castellanos} has done. pt sharp, doing crosswords. grandkids {name:tyler} and {name:brianna} visited after school ({loc:newton north}).\n-{name:rd}"],
  ["csru-mixed", "Ascending aortic dissection repair {date:2/2}, Dr. {name:Castellanos} / Dr. {name:Petrosyan}. Pt was transferred from {loc:Lowell General} where he presented {date:2/1} w/ tearing back pain. Employer ({loc:Market Basket} warehouse in {loc:Andover}) called for status - no info given. Info to wife {name:Rhonda} only."],
  ["csru-caps", "SW NOTE FORWARDED TO RN: PT'S SON {name:DMITRI VOLKOV} HAS OPEN {loc:DSS} CASE RE GRANDCHILD, WORKER {name:PAMELA ORTIZ} ({phone:617-555-0104}) MAY CALL. NO INFO TO BE GIVEN W/O PT CONSENT.\n{name:R. DESOUSA} RN"],
  ["csru-mixed", "Pacing wires out {date:4/17} 1000 by NP {name:Camille Tran}, bedrest x1h, VS stable. D/c planning: {loc:Kindred} vs home w/ {loc:VNA of Boston}. Pt's neighbor {name:Ruthanne} has house key and is minding the dog.\n{name:R.DeSousa} RN/float"],
  ["csru-lower", "csru 3-11. sbp 150s on nipride 1.2, titrating. wife {name:mei-ling} here till 2000, then drives home to {loc:lexington}. pt was an engineer at {loc:digital equipment} for 25 yrs.\n-{name:rd}"],
  ["cm-mixed", "CM: pt to d/c to {loc:Marian Manor} (short term rehab) {date:6/30}, bed offer accepted by wife {name:Philippa}. Transport booked w/ {loc:Cataldo Ambulance} for 1100. Medicare # {id:018-32-4456A}.\n{name:Peg Donnellan} RN CM"],
  ["csru-caps", "PT S/P REDO STERNOTOMY, MVR {date:JAN 14}. PRIOR CABG AT {loc:BRIGHAM} {date:OCT 1996}. PT'S COUSIN SR. {name:ANNE-MARIE BOUCHARD} (A NUN AT {loc:ST. JOSEPH CONVENT} IN {loc:BRIGHTON}) IS HCP."],
  ["csru-mixed", "Pt very HOH, uses pocket talker. Grandson {name:Jamal Whitfield} at bedside, pt calls him \"{name:Bubba}\". PCP note faxed over: Dr. {name:Thaddeus Mwangi}, {loc:Codman Square Health Center}, fax {phone:617-555-0177}."],
  ["rt-lower", "rt: pt on 2l nc, sat 96%. incentive spirometry 1000ml. pt had pft's at {loc:pulmonary associates of brockton} {date:march 2004}, fev1 1.1 then.\n{name:t. nakashima-reid} rrt"],
  ["csru-caps", "CSRU: PT S/P OFF-PUMP CABG X2 {date:11/8}. NEURO: WAKES, FOLLOWS. PT'S WIFE {name:LUCIA} AND DTR {name:CARMELA} IN; DTR WORKS AT {loc:MOUNT AUBURN HOSPITAL} IN {loc:CAMBRIDGE} AS UNIT SECRETARY. BOTH UPDATED.\n{name:R. DESOUSA} RN"],
  ["csru-mixed", "Pt requested that nobody at his job ({loc:Gillette}) be told he is here. Info to wife {name:Anneliese} & brother {name:Joachim} only. MR # {id:2290-6614} placed on privacy list.\n{name:R.DeSousa} RN"],
  ["micu-caps", "NPN: PT IS A {age:99 YO} WOMAN, WILL BE 100 ON {date:MAY 2}, ADMITTED W/ ASPIRATION PNA FROM {loc:ORCHARD COVE}. DTR {name:MILDRED}, WHO IS 76 HERSELF, VISITS DAILY. CMO PER FAMILY, MSO4 GTT AT 2MG/HR.\n{name:R. DESOUSA} RN"],
  ["micu-mixed", "Pt seen by psych (Dr. {name:Abernathy-Cole}) re: intentional OD (APAP, ~40 tabs) {date:8/8}. Section 12 filed, 1:1 sitter. Pt is a grad student at {loc:Boston University}; roommate {name:Priya} found pt and called 911. Parents {name:Ken} and {name:Debbie Stroud} flying in from {loc:Columbus} tonight.\n{name:R.DeSousa} RN/float"],
  ["micu-lower", "micu npn: dtr {name:lena} asks that updates be emailed to her at {contact:lena.moreau@comcast.net} - explained we can't email pt info, gave her the unit # {phone:617-555-0100} to call instead.\n-{name:rd}"],
  ["ccu-mixed", "Pt's wife {name:Wilhelmina} (\"{name:Billie}\") states pt had first MI at age 52, treated at {loc:Cape Cod Hospital} in {loc:Hyannis} where they spend summers. Cardiologist there was Dr. {name:Faraday}; wife will call for records."],
  ["sicu-mixed", "Pt from {loc:Woburn}, MVC vs tree {date:Memorial Day} weekend. Pt's bf {name:Travis} was driving, admitted to {loc:Lahey} w/ minor injuries. Pt's mother {name:Colleen Marchetti} at bedside, teaches at {loc:Reading Memorial High School}, taking leave.\n{name:R.DeSousa} RN"],
  ["cm-mixed", "CM/SW: Pt homeless, last stayed at {loc:Long Island Shelter}. Has outpt f/u at {loc:Boston Health Care for the Homeless Program} w/ NP {name:Gretchen Ilves}. SSDI pending, SS # {id:014-66-2093}. Will need shelter bed at d/c, called {loc:Pine Street Inn} intake.\n{name:Peg Donnellan} RN CM"],
  ["rt-caps", "RT NOTE: PT'S HOME VENT (LTV 950, SERIAL # {id:LT0418873}) BROUGHT IN BY {loc:LINCARE} TECH {name:DOUG}. SETTINGS VERIFIED: AC 12/550/5/30%. PT HAS BEEN VENTED AT HOME IN {loc:STOUGHTON} SINCE 2003.\n{name:K. WORRELL} RRT"],
  ["csru-mixed", "Pt's ICD interrogated by EP: appropriate shock x1 {date:7/28} at home, witnessed by wife {name:Annette}. Device # {id:BSC-PRZ55190}. No further events on tele.\n{name:R.DeSousa} RN/float"],
  ["micu-caps", "PT TO IR FOR TIPS {date:6/5}, DR {name:KWIATKOWSKI}. TRANSPLANT WORKUP STARTED, COORDINATOR {name:SHARON LEFEVRE} {phone:617-555-0153}. PT'S WIFE {name:DARCY} AND AA SPONSOR ({name:DENNIS}) VISITED."],
  ["micu-mixed", "Pt's grandson {name:Anh} says pt prefers to be called {name:Ong Bay}. Pt speaks Vietnamese only; interpreter {name:Hoa} used via phone x{phone:4-7779} for admission hx. Pt lived in {loc:Saigon} until 1979.\n{name:R.DeSousa} RN"],
  ["ccu-caps", "PT TX FROM {loc:ST. ELIZABETH'S} VIA {loc:FALLON AMBULANCE} {date:9/14/03} FOR EMERGENT CATH. PT TEACHES PART TIME AT {loc:EMMANUEL COLLEGE}, FRIEND {name:OSWALDO} DROVE IN BEHIND AMBULANCE.\n{name:R. DESOUSA} RN"],
  ["sicu-lower", "pt's wife {name:sunita} (hcp) and brother-in-law dr {name:rakesh malhotra} (anesthesiologist at {loc:umass memorial}) met w/ team re: trach/peg vs withdrawal. pt's employer {loc:ibm} in {loc:littleton} sent flowers."],
  ["micu-caps", "SOCIAL: PT LIVES W/ PARTNER {name:DANA} IN {loc:JAMAICA PLAIN}, {loc:88 SOUTH ST} APT 2. WORKS AT {loc:WHOLE FOODS}. PT'S MOTHER {name:MARJORIE} IS ESTRANGED, NOT TO RECEIVE INFO PER PT.\n{name:R. DESOUSA} RN"],
  ["csru-caps", "PT S/P CABG {date:7/3}, MISSED {date:4TH OF JULY} FIREWORKS, WATCHED FROM WINDOW W/ NURSE {name:LETICIA}. PT'S SON {name:DARNELL} WORKS FOR {loc:NSTAR}, CAME BY ON BREAK."],
  ["cm-mixed", "Discharge planning: Pt returning to {loc:Sunrise of Arlington} assisted living. Contact there: {name:Felicity} (RN director) {phone:781-555-0112}. Pt's POA is attorney {name:Bernard Zelnick}, {loc:Zelnick & Hale}, {phone:617-555-0190}. Hospital acct # {id:400178254}.\n{name:Peg Donnellan} RN CM"],
  ["sicu-mixed", "Pt admitted as unidentified trauma, now ID'd as {name:Reginald Ames} via fingerprints by {loc:State Police}. Next of kin notified by police {date:10/28}. Tattoo L forearm reads \"{name:Destiny}\" - dtr's name per gf."],
  ["micu-lower", "npn 7p-7a: foley changed, ucx sent. wife {name:marta} brought pt's pills from {loc:costco pharmacy}. pt worked 30 yrs at {loc:fore river shipyard} in {loc:quincy}, asbestos exposure.\n-{name:rd}"],
  ["rt-lower", "rt: abg 7.42/38/101 on ps 8/5. sbt in am. pt's wife asking re: home o2 - referred to cm {name:peg}.\n{name:g.b.} rrt"],
  ["ccu-mixed", "Pt's anniversary is {date:Valentine's Day}; wife {name:Francesca} asking if she can bring dinner in to room. OK'd by charge RN {name:Maureen} if pt stays stable.\n{name:R.DeSousa} RN/float"],
  ["micu-caps", "PT'S DTR {name:YVETTE} CALLED FROM WORK ({loc:BRIGHAM}, PHLEBOTOMY) RE: AM LABS. PT, WHO IS {age:99}, WILL TURN {age:100} ON {date:SUNDAY}; FAMILY PLANNING SMALL PARTY IN ROOM IF OK W/ TEAM.\n{name:R. DESOUSA} RN"],
  ["csru-mixed", "Pt asked me to call his work ({loc:Boston Globe} sports desk) and tell his editor {name:Ferris} he won't make deadline. Called x1, left msg."],
  ["sicu-caps", "PT {name:LAMONT GREAVES} TRANSFERRED TO {loc:FELDBERG 7} AT 1500, REPORT GIVEN TO {name:JOYCE} RN. BELONGINGS SENT W/ PT. MOTHER {name:BERNADETTE} AWARE OF NEW ROOM.\n{name:R. DESOUSA} RN"],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_184_FIRST_CLEAN: string[] = [
  "MICU NPN 7P-7A\nNEURO: SEDATED ON PROPOFOL 40MCG/KG/MIN, RASS -2, PERRL.\nCV: HR 80S SR, SBP 100-120S.\nRESP: AC 500X16 PEEP 10 FIO2 50%. ABG 7.36/42/78.\nGI: TF AT GOAL 60CC/HR, RESIDUALS <50.\nGU: FOLEY 40-80CC/HR.\nSKIN: COCCYX STAGE II, DUODERM INTACT.\nPLAN: CONT CURRENT MGMT.",
  "npn: pt slept well, no prn's needed. vss. foley dc'd 0600, due to void by 1400.",
  "CCU NPN 7a-7p\nPt c/o mild chest pressure 2/10 at 1000, EKG unchanged, resolved w/ rest. Team aware. HR 60s-70s SR, BP 110-130/60s. Heparin gtt at 1000 units/hr, PTT 68, no change. Plan cath in am if pain recurs.",
  "RT NOTE: PT ON AC 450X14/5/40%. SUCTIONED X3 FOR SMALL AMT WHITE SECRETIONS. MDI'S GIVEN. NO VENT CHANGES MADE.",
  "CSRU admit: s/p CABG x3, arrived on neo and prop, CI 2.1, extubated at 2200 w/o difficulty. CTs 40-60cc/hr serosang. K and Mg repleted per protocol.",
  "trauma sicu npn: pt alert, mae, c-collar in place. pain controlled w/ pca. ct output 30cc/hr. tolerating clears. oob to chair w/ pt x1.",
  "Pt's family in to visit, updated by team. Questions answered. Pt resting comfortably w/ family at bedside.",
  "Swan placed by team at 1400 via RIJ. PA 45/22, wedge 18, CO 3.8, CI 2.0, SVR 1400. Dobutamine started at 2.5mcg/kg/min.",
  "CM note: Pt screened for rehab, meets criteria. Referrals sent. Awaiting bed offers. Will follow.",
  "PT HAS HX OF PARKINSON'S AND ALZHEIMER'S, AT BASELINE PER FAMILY. SINEMET GIVEN ON SCHEDULE. ASPIRATION PRECAUTIONS, HOB UP 30.",
  "pt is an 84 yo f w/ c diff, on po vanc. flexiseal in place, 600cc out this shift. lytes repleted.",
  "Foley changed for leaking. UA/UCx sent. Pt tolerated well.",
  "CCU: Pt had 3 runs of NSVT overnight, asymptomatic. Lytes checked, Mg 1.8 repleted w/ 2gm. Team aware. Cont tele monitoring.",
  "CSRU NPN 7P-7A: EPI 0.02, LEVO 0.05. CTS 100CC/HR X2 THEN SLOWED. HCT 28 STABLE. PACED VVI 80, UNDERLYING SR 60S.",
  "rt: pt extubated to 4l nc at 1100, stridor noted, racemic epi neb x1 given w/ good effect. heliox at bedside.",
  "Pt agitated, reoriented, sitter at bedside. Haldol 2mg IV given per team w/ good effect.",
  "TSICU: PT TO CT HEAD AT 0300 FOR CHANGE IN MS, NO NEW BLEED. NEURO CHECKS Q1H. PUPILS 3MM BRISK.",
  "Pt's wife asked about the Whipple he had years ago and about his Hartmann's pouch; reviewed colostomy care and answered questions.",
  "pt is full code. hcp form on chart. family meeting planned w/ team and sw.",
  "NPN: PT ON LASIX GTT 10MG/HR, UO 150-200CC/HR. NEG 1.8L FOR SHIFT. K 3.4, REPLETED W/ 40MEQ KCL.",
  "MICU NPN: PT FOLLOWS COMMANDS, MAE. GCS 11T. SEDATION HOLIDAY DONE, TOL WELL. RSBI 78. PLAN SBT IN AM.",
  "ccu npn 11-7: pt in nsr 70s, no ectopy. sbp 110s. lungs clear. slept most of night. ambulate in am.",
  "Case Mgmt: Pt will need home services at d/c. Discussed w/ pt and wife, both agreeable. PT/OT evals ordered.",
  "TSICU NPN 7A-7P: PT S/P EX-LAP, NGT TO LCWS W/ 300CC BILIOUS OUTPUT. JP DRAINS X2 SEROSANG. PAIN 4/10 ON PCA. HCT 31.",
  "Pt had Allen test prior to art line, positive collateral flow. A-line placed L radial by team, waveform good.",
  "RT: PT ON CPAP 5/5, SATS 97%. RR 18, TV 450. TOLERATING WELL. WILL EXTUBATE PER TEAM AFTER ROUNDS.",
  "csru: pt chest tubes dc'd, cxr w/o ptx. pacing wires capped. oob to chair x2. diet advanced to cardiac.",
  "PT IS DNR/DNI PER HCP FORM ON CHART. COMFORT MEASURES DISCUSSED, FAMILY NOT READY. WILL READDRESS W/ TEAM.",
  "Pt in Trendelenburg for central line placement, tolerated well. CXR confirmed tip at cavoatrial junction, no ptx.",
  "ccu: pt on hd schedule m/w/f, renal aware, plan hd in am. av fistula l arm + thrill/bruit.",
  "GCS 15, A&Ox3, pleasant and cooperative. Tolerating regular diet. Ambulating in hall w/ walker. Plan to call out to floor in am.",
  "MICU NPN: PT VOMITED COFFEE GROUND EMESIS X1 200CC, NGT PLACED, LAVAGE CLEARED W/ 1L. HCT 24 -> 2U PRBC. PROTONIX GTT STARTED. GI AWARE.",
  "pt c/o sob, lungs w/ crackles bilat bases, lasix 40 iv x1, uo 800cc over 2h. sob improved.",
  "Rt: nebs q4h and prn, albuterol/atrovent. BS diminished bases, occasional wheeze. Sats 92-94% on 3L.",
  "CSRU NPN: PT DEVELOPED NEW AFIB 0400, HR 120S, BP STABLE. LOPRESSOR 5MG IV X2, CONVERTED TO SR 0515. TEAM AWARE.",
  "Pt's Glasgow Coma Score improved to 10 from 7. Pupils equal and reactive. Neurosurg following closely.",
  "cm: pt lives w/ spouse, independent at baseline. anticipate d/c home w/ services. will follow.",
  "TSICU: PT'S LEFT LEG COMPARTMENTS SOFT, PULSES DOPPLERABLE. ORTHO AWARE OF SWELLING, NO INTERVENTION AT THIS TIME.",
  "Pt's Foley draining dark amber urine, 20cc/hr x2. Bolus 500cc NS per team, UO picked up to 45cc/hr.",
  "MICU NPN: INSULIN GTT PER PROTOCOL, FS 140-180. TF AT 45CC/HR, GOAL 70. BM X2 LOOSE. C DIFF SENT.",
  "Pt upset about long stay, cried at times. Emotional support given. Chaplain visit offered, pt declined for now.",
  "ccu: pt on nitro gtt 40mcg/min, cp free. integrilin gtt off. groin site soft, no bruit. bedrest x6h.",
  "RT NOTE: PT TRACHED, ON 35% TRACH MASK, SATS 96%. SUCTIONED X2 SMALL WHITE. INNER CANNULA CHANGED. SPEECH EVAL PENDING.",
  "CSRU: Pt's sternal incision c/d/i, steri-strips intact. Leg incision w/ mild erythema, team aware, marked borders.",
  "npn: pt's k 5.9, kayexalate 30g po, insulin/d50 given. repeat k 5.1. team aware.",
  "PT REFUSED AM LABS X2, STATES TIRED OF BEING STUCK. EXPLAINED RISKS. TEAM AWARE, WILL TRY AGAIN LATER.",
  "Pt's chest x-ray shows improving L lower lobe infiltrate. Vanco level 14 this am, dose unchanged.",
  "micu: pt on levophed 0.12 and vasopressin 0.04, map 62-68. lactate 3.8. cvp 14. team aware, bicarb gtt started.",
  "TSICU NPN: PT WEARING ABDOMINAL BINDER. VAC DSG CHANGED BY TEAM, GRANULATING WELL. PAIN CONTROLLED.",
  "Case Management: Patient's insurance requires precert for rehab. Clinicals faxed. Awaiting response.",
  "CCU: Pt had bradycardia to 38 while sleeping, asymptomatic, resolved spontaneously. BB held this am per team.",
  "rt: pt on bipap overnight 12/5 40%, mask fit ok, skin intact over bridge of nose. off bipap to 3l nc in am.",
  "CSRU: PT OOB TO CHAIR X2, AMBULATED 100 FT W/ ASSIST. IS 1000ML. COUGH W/ PILLOW SPLINTING. POSITIVE ATTITUDE.",
  "Pt's central line dc'd, tip sent for cx. Pressure held 10 min, occlusive dsg applied.",
  "NPN: PT COMFORTABLE, CMO. MORPHINE GTT 3MG/HR. FAMILY AT BEDSIDE, SUPPORT GIVEN. CHAPLAIN HAS VISITED.",
];

/** Decision 184's batch in corpus.json's shape, for score.ts. */
export function decision184Corpus(): Corpus {
  return { notes: DECISION_184_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_184_FIRST_CLEAN };
}
