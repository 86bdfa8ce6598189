// MICU and CCU nursing notes about very old patients at a Boston teaching hospital, typed around
// 1999-2007 in the manner of the public PhysioNet ICU nursing-note corpus: shift progress notes run
// system by system, night notes, family meetings, comfort-care and death notes, addenda, social notes
// and transfers back to nursing homes, assisted living, rehab and hospice houses. They are by "a
// seventy-sixth writer who had not read the guard's rules", whose habits are: most patients over 89,
// with spouses and siblings over 89 as well, their ages written every way a nurse might ("93 yo",
// "93yo", "93 y/o", "93 y.o.", "93F", "age 93", "93 yrs", "in her 90s", "ninety-three", "turning 100
// next month", "a 101 yo"); nursing homes, rest homes, hospice agencies, funeral homes, parishes and
// clergy all named; health-care proxies given with their phone numbers; falls, admissions and deaths
// dated ("expired 11/3 @ 0412"); DNR/DNI and MOLST talk; and a signature line under most notes. Many
// numbers near 90 that are not ages (HR 92, sat 93%, BP 94/50, weight 91 kg) and ages of 89 or less
// are left unlabelled. Mixed case mostly, about a quarter in capitals.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "micu-npn"
  | "ccu-npn"
  | "night-npn"
  | "family-mtg"
  | "comfort-care"
  | "death-note"
  | "dispo-note"
  | "addendum"
  | "social-note";

/**
 * The batch of decision 234: MICU and CCU nursing notes on patients mostly over 89, their very old
 * spouses and siblings, nursing homes, hospice, funeral homes and clergy, by a writer who had not read
 * the guard's rules.
 */
export const DECISION_234_FIRST: Array<[Style, string]> = [
  ["micu-npn", "MICU NSG NOTE 0700-1900\n{age:93 yo} F from {loc:Sherrill House} in {loc:Jamaica Plain}, adm {date:10/14} w/ urosepsis, E. coli in urine. Baseline per NH staff: a+ox1-2, amb w/ walker.\nNeuro: lethargic but arousable, follows simple commands, MAE.\nCV: HR 92-104 ST, BP 94/50 -> 110/60 after 500cc NS bolus. Levophed off since 0930.\nResp: 2L NC, sat 93-96%, RR 20s, coarse BS bilat.\nGI/GU: NPO except meds, Foley draining cloudy urine 30-45cc/hr.\nID: Tmax 99.1, cont ceftriaxone 1 gm q24.\nEndo: glucose 96, 143 @ 1600.\nSocial: HCP is dtr {name:Joan Keohane} ({phone:617-555-0143}). Pt's husband {name:Walter} is {age:95} and lives at same NH, on another floor - NH staff bringing him over {date:Sat}. Code: DNR/DNI, MOLST in chart from NH.\n{name:M. Tierney}, RN"],
  ["ccu-npn", "CCU NURSING NOTE 7P-7A\nPT IS {age:96 Y/O} MALE, ADM {date:3/2} W/ CHB, TEMP WIRE PLACED IN CATH LAB. PPM PLANNED FOR {date:FRIDAY}.\nNEURO: A+OX3, VERY HOH, WRITES NOTES TO COMMUNICATE.\nCV: V-PACED @ 70, UNDERLYING JUNCTIONAL 30S. BP 100-130/50S. R FEM SITE D+I, NO OOZE.\nRESP: RA, SAT 95%.\nSOCIAL: WIFE {name:ESTHER} ({age:NINETY-ONE}) CALLED X2, VERY ANXIOUS. NEPHEW {name:HOWARD GLICKMAN} IS HCP, HOME # {phone:781-555-0176}. PT WAS AT {loc:NEWTON-WELLESLEY} UNTIL TRANSFER.\n{name:D. FOLEY} RN"],
  ["death-note", "Pt expired {date:11/3} @ 0412 w/ dtr at bedside. Pronounced by Dr. {name:Varghese}. {age:101 yo} woman, CMO x2 days. {loc:Folsom Funeral Home} in {loc:Milton} notified @ 0445, # {phone:617-555-0118}. Organ bank notified, not a candidate; not an ME case. Dtr took rosary & wedding ring. Fr. {name:Quinlan} from {loc:St. Agatha's} had given last rites {date:Tues}.\n- {name:B. Oduya} RN"],
  ["family-mtg", "fam mtg @ 1400 w/ dr {name:lindqvist}, sw, pt's son {name:george} and pt's sister {name:evangeline} who is {age:94} herself and came by cab from {loc:brookline}. pt is {age:92 yo} w/ severe as, ef 25%, now w/ ?ischemic bowel. discussed that surgery not an option. family agreed to dnr/dni, molst filled out & signed by son (hcp). sister asking for rev. {name:amos pettaway} from {loc:twelfth baptist church}, called @ 1530 & left msg at {phone:617-555-0162}. will cont current tx thru tonight & readdress in am.\n--{name:kmc} rn"],
  ["night-npn", "NPN 23-07: {age:90yo} sleeping most of noc. HR 88-96 AF, sat 94% 2L. UO 35-50/hr. No events.\n{name:T. Ng} RN"],
  ["addendum", "ADDENDUM 1615: SPOKE W/ {loc:HOSPICE OF THE NORTH SHORE} INTAKE RN {name:CHERYL} @ {phone:978-555-0131}. THEY CAN TAKE PT TO THEIR INPATIENT UNIT IN {loc:DANVERS} ON {date:MON 4/8} IF BED OPEN. SON {name:RICHARD PAPPAS} AWARE.\n{name:L. MARCHETTI} RN"],
  ["micu-npn", "micu npn 7a-7p\n{age:97 y/o} M, hd#3, aspiration pna after choking episode at {loc:Don Orione} (nh in {loc:east boston}).\nneuro: opens eyes to name, nonverbal at baseline per nh.\ncv: sbp 90s-110s, hr 80s nsr. no pressors.\nresp: 50% fm, sat 92-95%, rr 24-28, congested cough, ns x4 for thick tan.\ngi: npo, s&s eval deferred.\nskin: stage 3 sacrum, wound rn consulted.\nfam: grandson {name:sal ruggiero} is hcp, cell {phone:617-555-0150}. says pt \"was a boxer, he's a fighter\". wife died in {date:feb}. pt is dnr, ok to intubate per grandson - ? clarify w/ team.\n-{name:jmh} rn"],
  ["comfort-care", "COMFORT CARE NOTE\nPT IS A {age:99 YR OLD} WOMAN, TURNING {age:100} NEXT MONTH - FAMILY HAD PARTY PLANNED AT {loc:SCANDINAVIAN LIVING CENTER} IN {loc:WEST NEWTON}. MADE CMO TODAY PER HCP (NIECE {name:INGRID SOLBERG}). MSO4 GTT @ 2MG/HR, SCOPOLAMINE PATCH PLACED. RR 28 -> 16 AFTER BOLUS. PASTOR {name:HALVARD} FROM {loc:LUTHERAN CHURCH OF THE NEWTONS} IN @ 1800.\nNIECE STAYING OVERNIGHT, CELL {phone:617-555-0127}.\n{name:S. KOWALCZYK} RN"],
  ["dispo-note", "D/C note: pt d/c'd back to {loc:Hebrew Rehab} via {loc:Cataldo Ambulance} @ 1310. {age:Ninety-two}, A+Ox2 (baseline), tol pureed diet. Report called to {name:Miriam} RN on 4 North, {phone:617-555-0115 x2207}. Dtr {name:Shirley} notified & will visit tonight. MOLST (DNR/DNI, no rehosp) sent w/ pt.\n{name:A. Cardoso} RN"],
  ["ccu-npn", "ccu npn 7a-7p: Mrs {name:Haddad} is a {age:91 yr old} lady s/p IMI, RCA stent yest. No CP today. HR 60s SB, BP 100-128/50s. Groin soft. Ambulated in hall x2 w/ PT. Husband ({name:Elias}, {age:93}) in all day, asking for chair to sleep in tonight, ok'd. Son {name:Michel} from {loc:Norwood}, ph {phone:781-555-0112}.\n{name:V. Doherty} RN"],
  ["night-npn", "NPN 19-07\n{age:93}F w/ CHF exacerbation, desat to 86% @ 0230 while sleeping flat -> HOB up, 4L NC, sat 93%. Lasix 40 IV x1 w/ 900cc UO. Lungs w/ crackles 1/2 up. K 3.6, repleted.\nDtr {name:Noreen} called @ 0600, updated.\n{name:P. Sheehan} RN"],
  ["micu-npn", "MICU NPN 7P-7A\nPT {age:98} M W/ COPD, HYPERCARBIC RESP FAILURE. ON BIPAP 12/5 40% MOST OF NOC, ABG 7.29/68/84. REFUSING INTUBATION - PT HAS CAPACITY PER DR {name:ESPOSITO}, CONFIRMED DNR/DNI. WIFE {name:MARGUERITE} ({age:90}) AT {loc:BROOKHAVEN} IN {loc:LEXINGTON}, CALLED BY NIGHT RESIDENT. SAT 90-92%. HR 90S-100S ST.\n{name:C. OKAFOR} RN"],
  ["addendum", "Addendum: pt's weight this am 91 kg (adm 95.4). Diltiazem 90 mg PO given @ 1400. HR now 96 AF. Team aware.\nSpoke w/ pt's dtr {name:Lourdes} by phone ({phone:617-555-0148}) - she is in {loc:Fall River} & will drive up {date:Wed}.\n{name:R. Mendes} RN"],
  ["family-mtg", "FAMILY MEETING {date:6/11/03}\nPRESENT: DR {name:WEINSTOCK} (MICU ATTG), SW {name:LORNA BASS}, RN, SON {name:ROBERT} & DTR-IN-LAW.\nPT IS {age:95 YRS} W/ ADVANCED ALZHEIMER'S, 3RD ADM THIS YR FOR ASPIRATION, NOW INTUBATED X5 DAYS. TEAM RECOMMENDED NO TRACH/PEG. SON STATED \"SHE TOLD ME AT {age:90} SHE'D HAD ENOUGH.\" FAM AGREED TO EXTUBATE TO COMFORT TOMORROW AM AFTER GRANDCHILDREN ARRIVE FROM {loc:HARTFORD}. MOLST COMPLETED: DNR/DNI/CMO. {loc:VNA HOSPICE} BEREAVEMENT F/U REQUESTED.\n{name:N. DESROSIERS} RN"],
  ["night-npn", "npn 11p-7a\npt a {age:90 y/o} retired nun from {loc:marillac residence} ({loc:brighton}), s/p fall {date:10/2} w/ sdh, nonop per nsurg.\nneuro: perrl 3mm, a+ox2, asks for \"sister {name:bernadette}\" who is her superior (& {age:92}!). no change overnight.\ncv: sbp 130s-150s, goal <160, labetalol 10 iv x1 @ 0200.\nresp: ra, sat 97%.\nsr. {name:bernadette} phone {phone:617-555-0104}, wants call if any change.\n-{name:dg} rn"],
  ["micu-npn", "MICU Nursing Progress Note\nS/O: {age:Ninety-three year old} Cantonese-speaking man, adm {date:1/9} from {loc:Chinatown} apt w/ GI bleed. Interpreter used for all teaching.\nNeuro: A+Ox3 when interpreter present.\nCV: HR 92-98 ST, BP 94/50 - 118/62. Hct 24.1 -> 28.9 after 2u PRBC.\nGI: melena x2, EGD today showed 2 cm duodenal ulcer, clipped. PPI gtt.\nResp: RA, sat 97%.\nA/P: stable, hct q6.\nSocial: wife {name:Wai Fong Lee} ({age:90}) lives w/ pt, speaks no English. Son {name:Kenneth Lee}, HCP, {phone:617-555-0145} (work at {loc:South Cove Community Health Center}).\n{name:Y. Tam} RN"],
  ["addendum", "Addendum @ 1940: pt's pastor, Rev. {name:Cleveland Ames} of {loc:Charles Street AME}, in to visit. He asked for pt's room # to be given to church members - explained privacy policy, pt verbally OK'd. Pt {age:96}, alert, cheerful.\n{name:T. Wilkes} RN"],
  ["ccu-npn", "CCU NPN 7A-7P: {age:92 YO} WOMAN, CONFUSED OVERNIGHT, PULLED PIV. PT FROM {loc:LINDEN PONDS} IN {loc:HINGHAM} - IND LIVING. DAUGHTER {name:PAULA WHITCOMB} SAYS PT IS \"SHARP AS A TACK\" AT HOME. DELIRIUM PRECAUTIONS, LIGHTS ON DAYS, HOH AIDS IN. TROP 0.09 -> 0.12. HR 70S, BP 130/70S.\n{name:F. ROCHE} RN"],
  ["dispo-note", "Pt transferred to {loc:Youville Hospital} in {loc:Cambridge} for vent wean, left @ 1100 via {loc:American Medical Response}. Report to {name:Dolores} RN ({phone:617-555-0161}). {age:90 yo} M, trach #8 shiley, PEG, PICC L arm. Wife {name:Bea} ({age:89}) followed in her car.\n{name:M. Walsh} RN"],
  ["night-npn", "NPN 7P-7A: Uneventful. Pt {age:100 yo} on {date:Sunday}! Staff sang happy birthday @ 2000. Card from {loc:Sacred Heart} parish. Sat 95% 2L, HR 80s SR.\n{name:K. Lam} RN"],
  ["micu-npn", "micu npn 7a-7p\n{age:91 yo} man w/ c diff colitis, wbc 28, lactate 3.2. on levo 0.1, vanc po/pr, flagyl iv.\nbp 90s/40s on levo, map 60-65. hr 100-110 st. temp 99.1.\nuo 20-30/hr.\nsurgery (dr {name:pelletier}) saw - pt not an op candidate, discussed w/ dtr {name:ellen} who is hcp ({phone:508-555-0166}, {loc:framingham}).\nellen says dad is {age:91} & \"has had a good run\" - wants dnr, ok to cont pressors for now. chaplain paged.\n-{name:r. santos} rn"],
  ["comfort-care", "CMO NOTE: PT IS {age:AGE 104}, OLDEST PT ANY OF US HAVE CARED FOR. BORN ON {loc:BRAVA}, CAME TO {loc:NEW BEDFORD} IN THE 1920S. GREAT-GRANDDTR {name:KEISHA LOPES} AT BEDSIDE, SINGING IN KRIOLU. MS 2MG IV Q1H PRN, LAST @ 1500. PT APPEARS PEACEFUL, RR 12, NO GRIMACE.\n{name:J. PINA} RN"],
  ["night-npn", "NPN: pt slept 2-3 hr stretches. Weight 91 kg, glucose 96 @ 0600. Lytes pending. Son {name:Mario} (HCP) wants call before 0800 if anything changes - {phone:617-555-0122}.\n{name:D. Costello} RN"],
  ["addendum", "ADDENDUM: PT'S WIFE {name:ANNA} IS {age:92 YO} & BLIND. SHE WAS DROPPED OFF BY {loc:THE RIDE} VAN @ 1300 & NEEDS PICK UP @ 1700 - CONFIRMED W/ DISPATCH {phone:617-555-0191}. SW {name:MAXINE} AWARE.\n{name:C. HOGAN} RN"],
  ["comfort-care", "pt cmo as of {date:1/2}. {age:96 y.o.} retired longshoreman from {loc:charlestown}. family at bedside: 4 kids, wife {name:peg} ({age:93}). pt's favorite song (danny boy) playing. ms gtt 5mg/hr, ativan 0.5 q4 prn. mouth care q2. {loc:old colony hospice} bereavement referral made, contact {name:nora} {phone:508-555-0102}.\n-{name:ab} rn"],
  ["dispo-note", "D/C TO {loc:STEARNS NURSING HOME} IN {loc:BROCKTON} @ 1400 VIA {loc:BRODERICK AMBULANCE}. REPORT TO {name:LOUISE} RN @ {phone:508-555-0103}. PT {age:90 Y.O.}, DNR/DNI PER MOLST. DTR {name:MARY-ELLEN} MEETING PT THERE.\n{name:K. O'NEILL} RN"],
  ["night-npn", "npn 23-07: pt {age:ninety-nine}, very anxious overnight, calling out \"{name:frank}!\" (husband, died {date:3/4/01}). reoriented, haldol 0.5 mg iv @ 0130 w/ effect. hr 90s, bp 140s/70s, sat 96% ra.\n-{name:w. chu} rn"],
  ["ccu-npn", "CCU nsg 7p-7a\n{age:93} M, inferior STEMI, not cath'd per pt wishes (pt states \"at {age:93} you don't go poking around\" - pt has capacity). Heparin & ntg gtts. CP 2/10 -> 0 on ntg 40 mcg/min. HR 50s-60s, BP 96-110/50s. Wife of 68 yrs ({name:Carmela}, {age:91}) at {loc:Marian Manor} - cannot travel, grandson {name:Joey Pagliuca} brings phone to her. Grandson's cell {phone:617-555-0193}.\n{name:T. Kelley} RN"],
  ["addendum", "Addendum: HCP changed - pt (has capacity, {age:92}) signed new form today naming grandson {name:Evan Marsh} ({phone:603-555-0117}) instead of late husband. Witnessed by me & {name:L. Tran} RN. Old form dated {date:5/6/1994} crossed out. Copy to MR.\n{name:J. Quinn} RN"],
  ["family-mtg", "fam mtg re: goals. present: pt's wife {name:roberta} ({age:90}), stepson {name:glenn}, dr {name:ahmadi}, sw, me. pt is {age:93yo}, now on cvvh x3d w/o renal recovery. wife tearful, \"we were married on {date:valentine's day} 1942, I don't want him to go on {date:valentine's}\". agreed to stop cvvh {date:2/15} after fam from {loc:maine} arrive. molst: dnr/dni, no dialysis. {loc:st. margaret's} (their parish in {loc:beverly}) to be called for sacrament of the sick.\n-{name:c. fitzgerald} rn"],
  ["death-note", "Pt expired {date:7/19} @ 0230. {age:98 yo} F. Pronounced by Dr. {name:Osei}. Nephew ({name:Charles Henley}, HCP) notified by phone @ 0240 ({phone:207-555-0198}), will call {loc:Lehman Reen McNamara} in the AM. Post-mortem care done, belongings (dentures, glasses, gold cross) in bag w/ security #{id:20447}.\n{name:M. Dunn} RN"],
  ["ccu-npn", "CCU NPN 7a-7p\n{age:90 y/o} woman s/p pericardiocentesis for tamponade (malignant effusion, lung ca). Drain out 220cc serosang since 0700. HR 90s ST (was 120s), pulsus 8. BP 104/62.\nPt wants to go home to {loc:Winthrop}. Son {name:Frank Abruzzese} & dtr-in-law {name:Lina} talking w/ {loc:VNA Hospice of Winthrop} re home hospice - intake RN {name:Patsy} to call back tomorrow, ph {phone:617-555-0110}.\n{name:S. Kim} RN"],
  ["night-npn", "NPN 19-07: PT {age:93 Y/O} MALE, QUIET NOC. SBP 90S-110S, HR 80S. SAT 92-95% ON 3L. GLUCOSE 96 @ 0500. UO 30-40CC/HR. WIFE ({name:GRACE}) CALLED @ 2300.\n{name:E. KANE} RN"],
  ["dispo-note", "Pt to {loc:Brookhaven at Lexington} (assisted living) today w/ {loc:VNA of Middlesex-East} f/u. Dtr {name:Sandra Oliveira} driving pt. {age:Ninety-one yo}, amb w/ walker, tolerating reg diet. Meds reconciled w/ {loc:Brookhaven} nurse {name:Carol} by phone, {phone:781-555-0128}.\n{name:N. Ruiz} RN"],
  ["addendum", "Addendum - falls hx per dtr: fell at home {date:9/12} (no injury), again {date:9/20} (R wrist fx, casted at {loc:Mt. Auburn}), then {date:10/1} -> hip fx this adm. Pt is {age:91}, lives alone in {loc:Belmont}. Dtr worried about d/c home.\n{name:K. Russo} RN"],
  ["social-note", "social - pt's hcp is niece {name:dolores finnegan} ({phone:617-555-0146}). pt is {age:95}, was a nurse at the old {loc:boston city hospital} for 40 yrs. never married. best friend {name:agnes rooney} ({age:96}) lives at the {loc:devon nursing home} & calls daily - ok to update per pt.\n-{name:mk} rn"],
  ["night-npn", "NPN 19-07\nPt is {age:91}, NSTEMI, now CP free. HR 70s SR, BP 120s/60s. Sat 96% 2L. Slept well after ambien 5 mg. Dtr {name:Bonnie} ({phone:617-555-0113}) to visit in AM.\n{name:R. Flynn} RN"],
  ["addendum", "addendum: pt's glasses & hearing aids given to wife {name:mae} ({age:91}) to take home, she signed belongings sheet.\n-{name:jc} rn"],
  ["ccu-npn", "CCU NPN 7A-7P\nPT IS A {age:101 YO} MAN W/ SEVERE AS (AVA 0.6), CHF, NOT A VALVE CANDIDATE.\nCV: LASIX GTT 10MG/HR, NET NEG 1.2L. HR 90S AF. BP 94/50 - 108/56. K 3.9, MG 2.1.\nRESP: 3L NC, SAT 93%, CRACKLES 1/3 UP.\nNEURO: A+OX3, ASKING FOR HIS NEWSPAPER & HIS BARBER.\nSOCIAL: LIVES W/ GRANDDTR {name:SUSAN PRATT} IN {loc:HYDE PARK}, SHE IS HCP ({phone:617-555-0178}).\n{name:B. CONNOLLY} RN"],
  ["death-note", "pt expired {date:3/30} @ 0555 after withdrawal of vent support @ 0300. {age:91 y/o} m. wife {name:irene} & 3 sons at bedside. rabbi {name:gutman} ({loc:congregation mishkan tefila}) present. {loc:levine chapels} in {loc:brookline} notified, ph {phone:617-555-0140}. burial tomorrow per jewish custom - death cert expedited, dr {name:hsu} aware.\n-{name:pr} rn"],
  ["dispo-note", "Transfer to {loc:Spaulding} in {loc:Charlestown} for rehab @ 1230. Pt {age:90 yo} M s/p L hip ORIF, MICU stay for PNA, now on RA. Report to {name:Tony} RN, {phone:617-555-0165}. Wife {name:Phyllis} (89) aware, grandson driving her there.\n{name:E. Walsh} RN"],
  ["night-npn", "NPN 23-07: PT IS {age:95}, RESTLESS, PULLING AT FOLEY. MITTS ON PER ORDER. HR 90S, SBP 110S. SON {name:LEON} CALLED X3 OVERNIGHT ({phone:617-555-0187}) - UPDATED EACH TIME.\n{name:M. GRACE} RN"],
  ["micu-npn", "MICU NPN 7a-7p\nPt is a woman in her {age:90s} (exact DOB unknown, family says she was born in {loc:Jacmel}), Creole-speaking, adm w/ CAP & sepsis. Interpreter {name:Jean-Robert} via phone.\nNeuro: drowsy, oriented to family.\nCV: HR 92, BP 100/58, off levo since 0800.\nResp: 4L, sat 93%, RR 22.\nRenal: Cr 1.8 -> 1.5.\nSocial: lives w/ dtr {name:Marie-Claude Jeune} in {loc:Mattapan}, HCP, {phone:617-555-0181}. Pastor {name:Ducasse} of {loc:Eglise Baptiste Bethanie} in at 1600 w/ several church members, asked to keep visits to 2 at a time.\n{name:N. Pierre-Louis} RN"],
  ["ccu-npn", "ccu npn 19-07\n{age:93yo} w/ VT storm, ICD fired x4 yest. amio gtt 0.5 mg/min, lido 1 mg/min. no further shocks since 1800. HR 70s V-paced. BP 100s/60s.\npt upset - wife {name:Lillian} died here in the CCU last {date:March}, \"I don't want to die in the same room.\" moved to bed 7. son {name:Gary Stone} ({phone:978-555-0149}) aware, coming from {loc:Andover} in AM.\n-{name:mb} rn"],
  ["addendum", "Addendum @ 2200: Dtr/HCP {name:Rosemary Tully} faxed pt's MOLST (signed {date:8/5/05} at {loc:Maplewood Manor}) - fax rec'd from {phone:781-555-0111}. Confirms DNR/DNI, no feeding tube. Placed in chart, team aware.\n{name:C. Ahern} RN"],
  ["comfort-care", "cmo. pt {age:92}. fam in & out all day. ms gtt 1mg/hr, no distress. mouth care, turned q2. wife asks to be called @ any hour: {phone:617-555-0152}.\n-{name:lh} rn"],
  ["dispo-note", "D/C TO {loc:JEWISH REHABILITATION CENTER FOR AGED} IN {loc:SWAMPSCOTT} VIA {loc:LYONS AMBULANCE} @ 1045. PT {age:94 Y/O} F, HIP FX REPAIRED {date:4/10}, MICU STAY FOR RESP FAILURE. REPORT TO {name:ORLI} RN {phone:781-555-0170}. HUSBAND {name:MORRIS} ({age:96}) WILL VISIT W/ SON.\n{name:J. SULLIVAN} RN"],
  ["family-mtg", "Family meeting @ 1300\nPresent: Dr. {name:Castellano} (MICU attg), SW, RN, pt's wife {name:Genevieve} ({age:age 91}) & son {name:Paul Thibodeau}.\nPt is a {age:93 year old} man w/ end-stage COPD on home O2 4L, intubated {date:3/19}, 2nd failed SBT today (RSBI 118). Wife says pt made her promise \"no trach\" after his brother was trached at {loc:Lemuel Shattuck} back in the 90s.\nMOLST reviewed (signed 2004): DNR, ok to intubate. Now: extubate to BiPAP {date:Thurs}, no reintubation.\nFam will call {loc:St. Theresa of Avila} in {loc:West Roxbury} for Fr. {name:Brophy}. Son's cell {phone:617-555-0106}.\n{name:L. Duggan} RN"],
  ["night-npn", "npn 19-07: {age:93 yrs} f, chf. lasix 80 iv @ 2200, uo 900cc. sats 90s on 4l. weight 91 kg (down 1.4). hr 90s af, bp 110s/60s. nephew {name:stephen} called @ 2330, updated.\n-{name:k.o.} rn"],
  ["micu-npn", "MICU NURSING PROGRESS NOTE 0700-1900\nPT IS {age:98}, ADM {date:12/2} FROM {loc:LAUREL RIDGE} (NH, {loc:JAMAICA PLAIN}) W/ SEPTIC SHOCK, KLEBSIELLA BACTEREMIA.\nNEURO: UNRESPONSIVE OFF SEDATION, PUPILS 2MM SLUGGISH.\nCV: LEVO 0.2, VASOPRESSIN 0.04. MAP 55-62. HR 110S ST.\nRESP: INTUBATED, AC 450/16/50%/5, ABG 7.21/32/88.\nRENAL: ANURIC SINCE 0400. CR 3.9.\nID: MEROPENEM. TMAX 100.9.\nSOCIAL: HCP IS SON {name:VICTOR ANTONELLI} ({phone:617-555-0137}), LIVES IN {loc:SARASOTA}, FLYING UP {date:TUES}. DISCUSSED BY PHONE W/ ATTG: NO CPR, CONT PRESSORS UNTIL SON ARRIVES. PT'S SISTER {name:ROSE} ({age:NINETY-SIX}) LIVES AT {loc:LAUREL RIDGE} TOO - NH SW WILL TELL HER.\n{name:K. MCGRATH} RN"],
  ["social-note", "Per nephew, pt has pre-paid funeral w/ {loc:Dolan Funeral Home} in {loc:Dorchester}, contract # {id:PN-44719}. Pt {age:93}, widow, lived alone on {loc:Adams St} until she fell {date:9/8}. Nephew {name:Brendan Crowley} is HCP, {phone:617-555-0177}. Pt asks for Eucharist daily - called {loc:St. Ann's}, eucharistic minister ({name:Pearl Haskins}) will come each AM.\n{name:T. Moynihan} RN"],
  ["ccu-npn", "CCU NPN 7a-7p\nPt will be {age:100} on {date:4/22}! Granddtr planning party at {loc:Hellenic Nursing Home} in {loc:Canton} where pt lives. Adm w/ SSS, HR 30s-40s, PPM placed today by Dr {name:Antonopoulos}, L chest dsg D+I. Paced @ 60, BP 130s/60s. Pt very pleased - \"now I'll make it to my party.\"\nFr. {name:Stavros} from {loc:St. Catherine's Greek Orthodox} in {loc:Braintree} visited. Granddtr {name:Eleni Vlahos} is HCP, {phone:781-555-0195}.\n{name:R. Goldstein} RN"],
  ["night-npn", "Pt {age:96 y/o}. VSS. Fam in until 2100. No c/o pain. Slept.\n-{name:kt} rn"],
  ["addendum", "Addendum: pt's son {name:Tarek} asked for an imam. Called {loc:Islamic Society of Boston} in {loc:Cambridge}; Imam {name:Basyouny} will come {date:Fri} after jumu'ah prayer, {phone:617-555-0129}. Pt {age:91 yo}; fam asks that if pt is actively dying the bed be turned to face qibla. Team aware.\n{name:H. Sayegh} RN"],
  ["micu-npn", "micu npn 7p-7a\npt {age:age 93}, intubated for pna, day 4.\nneuro: propofol 20 mcg/kg/min, rass -1, follows commands intermittently.\ncv: hr 88-94 sr, sbp 100-120s.\nresp: psv 10/5 40%, vt 350s, rr 20s, sat 96%.\ngi: tf @ goal 50cc/hr, +bs.\nfam: wife {name:marion} ({age:92}) in until 2100, cab home to {loc:dedham}. wife's # {phone:781-555-0151}.\n-{name:jf} rn"],
  ["family-mtg", "FAM MTG W/ WIFE ({name:HELENA}, {age:90}) & DTR {name:MAUREEN CASEY}. PT'S CODE STATUS CHANGED TO DNR/DNI. NO OTHER CHANGE IN TX. DTR'S CELL {phone:617-555-0144}.\n{name:R. TOBIN} RN"],
  ["night-npn", "npn 19-07\npt is {age:ninety-five}, confused, calling out for her mother. bed alarm on. sat 93% ra, glucose 96. temp 99.1 @ 0400, bld cx x2 sent. son {name:walt} aware.\n-{name:mf} rn"],
  ["ccu-npn", "CCU NPN 7A-7P\n{age:93} M, cardiogenic shock after LAD occlusion, IABP 1:1, dopamine 5 mcg/kg/min. CI 1.9, PCWP 24. UO 20cc/hr.\nWife {name:Bernice} ({age:ninety}) & son {name:Alan Kaplan} in, aware of poor prognosis; DNR per HCP (son) since 1400. Son's cell {phone:617-555-0116}. Rabbi {name:Stern} paged.\n{name:M. Feeney} RN"],
  ["comfort-care", "CMO NOTE 1900-0700: PT ({age:93 YO} F) COMFORTABLE ON MS GTT 4MG/HR. RR 8-10 W/ PAUSES. DTRS {name:JOAN} & {name:MARGIE} AT BEDSIDE. FR. {name:CUNNINGHAM} FROM {loc:ST. BRENDAN'S} GAVE ANOINTING @ 2200. FUNERAL HOME CHOSEN: {loc:O'CONNOR & SONS} IN {loc:DORCHESTER}.\n{name:E. TRAN} RN"],
  ["dispo-note", "pt d/c'd to {loc:whitney place} (al in {loc:natick}) w/ dtr {name:bev} @ 1500. {age:93 y.o.}, amb w/ rolling walker, o2 off. {loc:natick visiting nurse assn} to see {date:mon}. meds reviewed w/ dtr.\n-{name:dl} rn"],
  ["addendum", "Addendum: PCP Dr. {name:Gertrude Ames} at {loc:Harvard Vanguard} {loc:Kenmore} called back (pgr {phone:617-555-0120}). Confirms pt ({age:92}) told her at last visit {date:Jan 14} she wanted \"no heroics.\" Team updated.\n{name:A. Flaherty} RN"],
  ["night-npn", "NPN 19-07: {age:90 YO} F. SLEPT. HR 92, BP 94/50, SAT 93% 2L, GLUCOSE 96. NO EVENTS.\n{name:P. NGUYEN} RN"],
  ["ccu-npn", "ccu npn: pt {age:94}, in ccu for brady on beta blocker. hr 50s now, no pauses. to floor in am. son {name:hank} aware.\n-{name:tk} rn"],
  ["family-mtg", "Fam mtg w/ pt's brother {name:Eugene Tobias} ({age:92}, HCP) & his son. Pt is {age:ninety}, hx CVA x3, now dense R hemiplegia & aphasia after new L MCA stroke. Brother: \"we're both too old for this, let her go in peace.\" CMO agreed, MOLST updated. Brother asks for Rev. {name:Helen Crane} from {loc:First Parish} in {loc:Concord}, called {phone:978-555-0114}.\n{name:J. Barros} RN"],
  ["micu-npn", "MICU NPN: PT {age:97} REMAINS ON BIPAP 10/5, SAT 90-92%. HR 90S. ABG 7.31/61/70. SON {name:FRED} ({phone:617-555-0119}) AWARE OF NO CHANGE.\n{name:T. QUIRK} RN"],
  ["addendum", "ADDENDUM: MOLST COMPLETED W/ PT (HAS CAPACITY, {age:95 YO}) & DR {name:LOW}: DNR/DNI, NO DIALYSIS, OK TO REHOSPITALIZE. COPY TO {loc:BROOKHAVEN} VIA FAX {phone:781-555-0185}. PT'S HCP (SON {name:IRA}) AGREES.\n{name:D. MAHONEY} RN"],
  ["night-npn", "Night note: pt is {age:93}, sundowning @ 2200, tried to climb OOB twice. 1:1 sitter from 2300. Haldol 0.25 mg IV @ 2315. Slept after 0100. HR 90s, BP 140/70s, sat 95% RA. Dtr-in-law {name:Kim} called @ 0630.\n{name:J. Medeiros} RN"],
  ["ccu-npn", "CCU NPN 19-07\nPT IS A {age:91 YEAR OLD} WOMAN W/ TAKOTSUBO CMP AFTER HER HUSBAND ({name:HAROLD}, {age:94}) DIED AT HOME {date:11/19}. EF 30%. HR 90S ST, BP 96/54. NO CP. SON {name:DOUGLAS PEABODY} IS HCP. HUSBAND'S WAKE IS {date:SAT} AT {loc:MAHONEY FUNERAL HOME} IN {loc:NEEDHAM} - PT DESPERATE TO ATTEND, TEAM AWARE.\n{name:K. LYNCH} RN"],
  ["comfort-care", "cmo cont. pt resting, ms gtt 2mg/hr, rr 10-14. wife {name:sophie} ({age:ninety-three}) sleeping in chair, cot offered. {loc:hospice of the good shepherd} rn {name:teresa} in to support wife. their son in {loc:seattle} on speaker phone @ 2000.\n-{name:ml} rn"],
  ["dispo-note", "Pt transferred to {loc:Kaplan Family Hospice House} in {loc:Danvers} @ 1130 via {loc:Atlantic Ambulance}. {age:96 yo}, CMO, MS 1 mg/hr via CADD pump. Report to {name:Sharon} RN, {phone:978-555-0163}. Dtr {name:Marjorie Cobb} (HCP) following in her car.\n{name:G. Ferrante} RN"],
  ["micu-npn", "MICU NPN 7a-7p\nPt is 87 y/o F w/ COPD flare, BiPAP overnight, now 3L NC sat 91-93%. HR 96 ST. Husband {name:Alfred} ({age:92 yo}) is HCP & primary caregiver - worried about who'll help him at home; SW {name:Yvonne} consulted. Home is in {loc:Hull}. Alfred's # {phone:781-555-0125}.\n{name:B. Whelan} RN"],
  ["family-mtg", "FAM MTG: PT IS 84, METASTATIC PANCREATIC CA. PT'S MOTHER ({name:ANTONIA}, {age:103}) STILL ALIVE AT {loc:DON ORIONE} - FAM DOES NOT WANT HER TOLD YET. WIFE {name:GLORIA} & SONS AGREE TO CMO. FR. {name:RIZZO} FROM {loc:ST. LAZARUS} IN {loc:EAST BOSTON} CALLED.\n{name:M. CARUSO} RN"],
  ["night-npn", "npn 23-07: pt 89 yo m, quiet noc. hr 80s sr, bp 120s/70s. sister {name:winnie} ({age:91}) called twice from {loc:quincy}, very hoh - repeated updates.\n-{name:gd} rn"],
  ["death-note", "PT EXPIRED {date:9/17} @ 0305, {age:92 Y/O} M. SON {name:RAYMOND} NOTIFIED BY PHONE. {loc:CASPER FUNERAL HOME} TO PICK UP.\n{name:R. DION} RN"],
  ["addendum", "Addendum: called {loc:Sherrill House} re pt's baseline - spoke w/ {name:Lucille} RN ({phone:617-555-0100 x4}). Pt ({age:98}) was walking w/ assist & feeding herself until {date:Thanksgiving}.\n{name:M. Tierney} RN"],
  ["micu-npn", "micu npn 19-07\n{age:93 y/o} f w/ ugib on asa/plavix. 2 maroon stools overnight. hct 29 -> 26.4, 1u prbc @ 0300. hr 90s, bp 100s/50s. ppi gtt. egd in am w/ dr {name:nakamura}. dtr {name:lin} at bedside overnight.\n-{name:sy} rn"],
  ["ccu-npn", "CCU NPN 7a-7p\nPt is {age:ninety-eight}, adm from {loc:Hancock Park} in {loc:Quincy} w/ CHF & rapid AF. Rate controlled on dilt 90 mg PO q6, HR 80s-90s. Weight 61.5 kg. Retired {loc:Boston Latin} teacher, quizzing staff on Latin. Son {name:Theo Marchand} (HCP) {phone:617-555-0147}.\n{name:A. Riley} RN"],
  ["social-note", "Social: pt ({age:94}) is a retired Episcopal priest, lives at {loc:Neville Place} in {loc:Cambridge} w/ wife {name:Martha} ({age:91}). {loc:Diocese of Massachusetts} office called asking for update - referred to wife. Wife's # {phone:617-555-0159}.\n{name:C. Brennan} RN"],
  ["night-npn", "NPN 19-07: PT {age:93 YRS}, BP 94/50 -> 110/58 W/ 250CC BOLUS. HR 92. SAT 93% 3L. DTR {name:JEAN} UPDATED @ 0700.\n{name:C. MALONE} RN"],
  ["dispo-note", "D/C home w/ hospice. Pt {age:91 y.o.} M, lives w/ wife {name:Rosa} ({age:90}) on {loc:Bennington St} in {loc:East Boston}. {loc:Partners Hospice} admission RN {name:Diane} to meet them @ 1600 ({phone:617-555-0168}). Hospital bed & O2 delivered per wife. Transport via {loc:Fallon Ambulance}.\n{name:V. Ciampa} RN"],
  ["night-npn", "NPN 23-07: {age:91yo} slept well. HR 90s AF, rate controlled. No events.\n{name:B. Roy} RN"],
  ["micu-npn", "MICU NPN 7P-7A: PT {age:96}, NO CHANGE. 2L NC, SAT 94%. FAM NOT IN OVERNIGHT."],
  ["addendum", "Addendum @ 1600: HCP (niece {name:Dolores}) updated by phone, agrees w/ plan."],
  ["ccu-npn", "ccu npn: {age:92 y/o} m post cath, r groin soft, no hematoma, hr 70s sr. wife in all afternoon.\n-{name:rk} rn"],
  ["comfort-care", "CMO CONT. PT {age:95 YO}, RESTING COMFORTABLY, NO GRIMACE. FAM AT BEDSIDE.\n{name:J. HYNES} RN"],
  ["night-npn", "npn 23-07: pt is {age:93}. slept most of noc. sats 90s on 2l. k 3.4, repleted 40 meq po."],
  ["dispo-note", "D/C back to {loc:Marian Manor} @ 1400 via chair car. Report called to NH RN. Pt {age:92}, DNR/DNI."],
  ["death-note", "Pt expired @ 0040 on {date:8/9}. HCP notified. Post-mortem care done.\n{name:T. Ahern} RN"],
  ["micu-npn", "MICU NPN: {age:90 year old} on BiPAP 12/6, tolerating, sat 92-95%. ABG @ 1800."],
  ["addendum", "Addendum: pt's wife, {age:91}, called from home - updated, will come in w/ son in AM."],
  ["family-mtg", "fam mtg: son & dtr, dr {name:ohana}. dnr/dni confirmed, molst signed. pt {age:94 yrs}.\n-{name:ms} rn"],
  ["ccu-npn", "CCU NPN: Pt {age:97 y.o.}, cont heparin gtt, PTT 93 -> rate decreased per protocol. Groin site ok."],
  ["social-note", "Pt's parish ({loc:St. Columbkille} in {loc:Brighton}) called asking re visit - pt agreeable."],
  ["night-npn", "NPN 19-07: PT {age:NINETY-TWO}, QUIET NOC. UO 90-95CC/HR. SBP 100S."],
  ["night-npn", "Pt {age:100 yrs old}, slept 0100-0500, VSS, no c/o.\n{name:L. Ortiz} RN"],
  ["comfort-care", "cmo. ms gtt 3mg/hr. dtr ({name:peggy}) here. pt {age:90}, actively dying, rr 6."],
  ["ccu-npn", "CCU NPN 7a-7p: {age:93 y/o} F, rate-controlled AF on dilt 90 mg po q6. To floor. Son aware."],
  ["micu-npn", "micu npn: pt {age:ninety-one}, extubated @ 1000 to 4l nc, sat 95%. weak cough."],
  ["addendum", "Addendum: spoke w/ {loc:Hebrew Rehab} admissions ({phone:617-555-0155}) - bed avail {date:Wed}."],
  ["dispo-note", "Pt ({age:95}) d/c'd to {loc:Newbury Court} in {loc:Concord} w/ VNA. Dtr driving."],
];

/** Notes of the same kinds with no identifier in them. */
export const DECISION_234_FIRST_CLEAN: string[] = [
  "NPN 19-07\nPt is 87 y/o F w/ CHF. HR 92 AF, BP 94/50, sat 93% 2L. Lasix 40 IV @ 2200, UO 600cc. Glucose 96. Temp 99.1.",
  "MICU NPN 7A-7P\nNEURO: A+OX3, MAE.\nCV: HR 90S ST, SBP 90S-100S, MAP >60 ON LEVO 0.06.\nRESP: 4L NC, SAT 92-95%, RR 20S.\nGI: TF @ 40CC/HR.\nGU: FOLEY, UO 90-110CC/HR.\nCODE: DNR/DNI PER MOLST.",
  "pt is 89 yo, widowed, lives alone, dtr checks on her daily. hr 88, bp 126/70, sat 96% ra. no events.",
  "Family meeting w/ pt's wife & two sons. Pt is 84, metastatic lung ca. Agreed to DNR/DNI, cont abx, no pressors. Chaplain paged. Cont to support pt/fam.",
  "CMO NOTE: MS GTT 4MG/HR, ATIVAN 1MG IV Q4 PRN. RR 8-12. FAM AT BEDSIDE. PT APPEARS COMFORTABLE.",
  "Pt expired @ 0412. Pronounced by covering resident. Family notified by phone, will call funeral home in the morning. Not an ME case.",
  "Weight 91 kg (yest 92.4). Dilt 90 mg PO q6. HR 96 AF. K 3.9, Mg 1.8 -> 2 gm IV.",
  "D/C to rehab @ 1300 via ambulance. Report called. Copy of MOLST sent w/ pt. Son aware.",
  "npn 23-07: pt 88 y/o m, sundowning, haldol 0.5 mg iv x1 w/ good effect. sats 90s ra. slept after 0200.",
  "CCU NPN: S/P PPM, L CHEST DSG D+I, PACED @ 70. SAT 97% RA. OOB TO CHAIR. D/C PLANNED IN AM IF DEVICE CHECK OK.",
  "Swan-Ganz #s: RA 12, PA 48/22, PCWP 20, CO 3.9, CI 2.1, SVR 1290. Dobutamine 2.5 mcg/kg/min.",
  "Pt's husband is 86 and has Parkinson's, unable to visit; updated by phone @ 1900. HCP is their son.",
  "GCS 9 (E2 V2 M5). Pupils 3mm, brisk. Foley draining clear yellow 90-95cc/hr. Temp 99.1.",
  "ADDENDUM: HCP FORM LOCATED IN OLD CHART, NAMES PT'S DAUGHTER. COPY PLACED IN FRONT OF CHART.",
  "Fall risk high: pt fell at NH twice this yr per report. Bed alarm on, low bed, mats at bedside.",
  "pt states \"i'm 85, i've done everything i wanted to do.\" wants to go home w/ hospice. sw consulted.",
  "MICU NPN 19-07: INTUBATED, AC 500/14/40%/5. ABG 7.38/41/92. PROPOFOL 30 MCG/KG/MIN. RASS -2.",
  "Hct 29.1 -> 26.4, 1 unit PRBC given over 3 hrs, post-transfusion hct 29.8. No further melena.",
  "Family asked about organ donation; organ bank notified per protocol, pt not a candidate given sepsis.",
  "Pt is a retired machinist, married 62 yrs, wife is 83. Lives in a two-family house w/ dtr upstairs.",
  "BP 94/50 -> 500cc NS bolus -> 108/56. HR 92 -> 84. UO picked up to 45cc/hr.",
  "COMFORT CARE CONT. SCOPOLAMINE PATCH CHANGED. MOUTH CARE Q2H. PT TURNED Q2H. FAM UPDATED.",
  "Code status discussed w/ pt, who has capacity. Pt wants DNR but ok to intubate for a reversible cause. MOLST updated accordingly.",
  "npn: glucose 96, 143, 188 - riss coverage per scale. lantus 10 u @ hs given.",
  "CCU NPN 7A-7P: HEPARIN GTT @ 900 U/HR, PTT 93 -> DECREASED TO 800 U/HR PER PROTOCOL. NO CP.",
  "Pt refused foley, voiding in commode w/ assist x2. Incontinent x1 overnight, skin care done.",
  "Stage II coccyx, 2 x 3 cm, duoderm applied. Heels boggy, boots on. Wound RN consult placed.",
  "Pt's sister, 80, at bedside most of day. Pt more alert, asking for tea. Speech & swallow to eval in AM.",
  "MS gtt increased to 6 mg/hr for RR 30s & grimacing. Now RR 18, appears comfortable.",
  "NPN 19-07: TEMP 99.1 -> 101.4 @ 0300. BLD CX X2, UA/UCX SENT. TYLENOL 650 PR. CXR DONE.",
  "Pt on CPAP 5/5 since 0800, RSBI 62. Extubated @ 1100 to 4L NC, sat 94%. Strong cough.",
  "Dtr asking about hospice vs NH. SW to meet w/ her in AM. Pt is 78, end-stage COPD.",
  "Lactate 4.1 -> 2.3. MAP 65-70 on levo 0.08. CVP 10. ScvO2 71%.",
  "Pt made CMO @ 1400 after fam mtg. All meds except MS, ativan, scop d/c'd. Telemetry off.",
  "DEATH NOTE: PT EXPIRED @ 2215 W/ FAMILY PRESENT. PRONOUNCED BY MICU RESIDENT. FAM DECLINED AUTOPSY. BELONGINGS TO FAMILY.",
  "pt 82 y/o, a+ox3, independent at baseline, still drives. fell on ice, r hip fx, orif planned when cleared by cards.",
  "Cont to support pt/fam. Fam aware pt may not survive the night.",
  "Amio gtt 1 mg/min x6h then 0.5 mg/min. HR 110s -> 90s AF. BP stable 100s/60s.",
  "Pt's rosary & hearing aids in bedside drawer. Dentures (upper & lower) in labelled cup.",
  "INR 9.4, vit K 10 mg IV, 2 u FFP. Repeat INR 2.1. Coumadin on hold.",
  "NPN: PT TRANSFERRED TO FLOOR @ 1600, REPORT GIVEN, TELE BOX ON. FAM INFORMED OF NEW ROOM.",
  "Hypoglycemic to 48 @ 0430, amp D50 given, FS 96 -> 142. TF had been held for NPO.",
  "pt's wife died 3 yrs ago; pt lives w/ son. son is hcp. pt is 81, hx mi x2.",
  "Family meeting postponed until pt's second son arrives from out of state.",
  "CIWA 12, ativan 2 mg IV. Tremulous, diaphoretic. HR 90s. No hallucinations.",
  "PT C/O CHEST PRESSURE 4/10 @ 0215, EKG UNCHANGED, NTG SL X1 -> 0/10. TROP PENDING.",
  "SBP 90s-100s, RR 20s, sats 90s on 50% face tent. Suctioned for thick yellow sputum.",
  "MICU NPN: PEG SITE RED, INDURATED. SWAB SENT. TF HELD. SURGERY AWARE.",
  "Skin intact except small skin tear L forearm, steri-strips applied.",
  "Pt's hospice agency notified of admission; they will follow while pt is in house.",
  "Pt w/ Alzheimer's, nonverbal at baseline per NH report; grimaces w/ turning, tylenol 650 q6 standing.",
  "CCU NPN: PACED 100%, HR 60. PT ASKING WHEN HE CAN GO HOME. TOLD LIKELY IN 1-2 DAYS.",
  "Wt 91.2 kg, I/O +1.2 L. Lasix gtt 10 mg/hr started @ 1500. Goal neg 1-2 L.",
  "pt's brother, 79, hcp, agrees w/ dnr/dni. will come in tomorrow.",
  "NPN 19-07: QUIET NOC. HR 80S SR. SAT 95% 2L. SLEPT WELL.",
];

/** Decision 234's batch in corpus.json's shape, for score.ts. */
export function decision234Corpus(): Corpus {
  return { notes: DECISION_234_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_234_FIRST_CLEAN };
}
