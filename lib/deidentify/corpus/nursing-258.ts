// MICU, SICU, CCU, CSRU and neuro ICU nursing progress notes as staff nurses typed them at Boston
// teaching hospitals around 1998-2008, imitating the public PhysioNet ICU nursing-note corpus: shift
// notes by systems, SOAP-style notes, short night notes, family meetings, transfers and addenda. They
// are by "a ninety-ninth writer who had not read the guard's rules", whose habits are: a unit header
// with the shift as "7a-7p", "19-07" or "0700-1900"; "Neuro:/CV:/Resp:" headings or a run of prose;
// about a third each in capitals, lower case and mixed case; relatives named after their relation
// ("wife Odette", "dtr hope") and clinicians by bare surname or after "Dr"/"dr"; sign-offs by first
// name ("Nadia, RN") or initials ("-jmk", "-F.O. RN"); pagers as "pg", "pgr" or "beeper", an internal
// extension now and then; outside hospitals, rehabs, nursing homes, churches, funeral homes, employers
// and agencies; towns and names that are also English words (Reading, Canton, Hull, Dr. Hope,
// dtr June, Dr. Swift); event dates slashed, ordinal, weekday or holiday, never with a year; a dozen
// patients over ninety; record, case and insurance numbers.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "micu-npn"
  | "sicu-npn"
  | "ccu-npn"
  | "csru-npn"
  | "neuro-npn"
  | "night-npn"
  | "family-note"
  | "transfer-note"
  | "addendum";

/**
 * The batch of decision 258: ICU nursing progress notes from five units in the manner of the
 * PhysioNet corpus, by a writer who had not read the guard's rules.
 */
export const DECISION_258_FIRST: Array<[Style, string]> = [
  ["micu-npn", "MICU Nursing Progress Note 0700-1900\n{age:92} yo woman from {loc:Sherrill House} adm {date:2/9} w/ urosepsis. Nephew, {name:Declan}, is HCP.\nNeuro: Lethargic but arousable, oriented to self. MAE weakly.\nCV: SR 80s, BP 90s-100s on neo .5 mcg/kg/min. CVP 6-9.\nResp: 3L NC, sats 95%. Coarse BS R base.\nGU: Foley, UO 25-40cc/hr, cloudy.\nID: Tmax 100.6. Zosyn. Blood cx from {loc:Faulkner} {date:2/8} growing GPCs in clusters, Dr. {name:Abernathy} aware.\nSocial: {name:Declan} called from work @ 1300, # {phone:617-555-0193}.\n{name:Nadia}, RN"],
  ["ccu-npn", "CCU NPN 7P-7A\nPT S/P INFERIOR MI, TRANSFERRED FROM {loc:STURDY MEMORIAL} {date:TUES} FOR CATH. CATH {date:4/6} W/ BMS TO RCA BY DR. {name:QUARSHIE}.\nNEURO: A&OX3, ANXIOUS, ASKING FOR HIS WIFE {name:ODETTE}.\nCV: SB 50S-60S, BP 100-120/60S. R FEM SITE SOFT, NO HEMATOMA.\nRESP: 2L NC, LUNGS CLEAR.\nSOCIAL: PT IS A MAILMAN IN {loc:ATTLEBORO}. WIFE'S CELL {phone:508-555-0177}.\n-{name:JMK}"],
  ["night-npn", "npn 19-07\npt slept most of noc. hr 70s sr, bp 110s. 2l nc, sats 96%. k 3.4 -> 40 meq kcl po. dtr {name:dolores} called @ 2230 from {loc:fall river}, updated. she will come in {date:sat}.\n-{name:bev} rn"],
  ["neuro-npn", "Neuro ICU NPN 7a-7p\nPt is a 58 yo man w/ SAH (Hunt-Hess III), s/p coiling of ACom aneurysm {date:10/2} by Dr. {name:Lindahl}. Day 5 post bleed.\nNeuro: Opens eyes to voice, follows simple commands, PERRL 3mm. EVD open @ 15cm H2O, draining 8-12cc/hr blood tinged CSF.\nCV: SBP 140-160 (goal 140-180 for vasospasm watch). Nimodipine 60 q4h.\nResp: RA, sats 98%.\nSocial: Wife {name:Marisol} and brother-in-law {name:Teo} at bedside. Family from {loc:Lawrence}. Wife's # {phone:978-555-0124}.\nPlan: TCDs in am, Dr. {name:Okafor-Pryce} to see.\n{name:R. Szabo} RN"],
  ["family-note", "FAMILY MTG NOTE\nMET W/ PT'S SON {name:ARAM} AND DTR {name:SIRANOUSH} W/ DR. {name:HAROUTUNIAN} (MICU) AND SW {name:PEG}. PT IS {age:93} W/ ASP PNA, 3RD INTUBATION THIS ADMISSION. FAMILY AGREES TO DNR, NO REINTUBATION AFTER EXTUBATION {date:THURS}. PRIEST FROM {loc:ST. JAMES ARMENIAN CHURCH} IN {loc:WATERTOWN} TO COME TOMORROW.\n-{name:LORNA} RN"],
  ["sicu-npn", "sicu npn 7p-7a\npod 2 s/p whipple w/ dr {name:castellano}. a&ox3, pca dilaudid, pain 3-4/10. sr 90s, bp 130s. 4l nc. ngt to lcws 250cc bilious. jp x2 serous. uo 40-60/hr. wife {name:hyun-joo} spent night in family lounge. their son {name:daniel} flying in from {loc:seattle} {date:wed}.\n-{name:tk}"],
  ["csru-npn", "CSRU NPN 0700-1900\nPOD #1 s/p AVR (#21 pericardial) and CABG x1 w/ Dr. {name:Frost}. Extubated @ 0200. SR 80s, A wires only. CI 2.4. CTs 20-40cc/hr. Insulin gtt 2-4u/hr. OOB to chair w/ PT. Pt's wife {name:June} in from {loc:Marshfield} all day; daughter {name:April} called. Plan d/c insulin gtt, transfer to floor tomorrow if stable.\n{name:Ines} RN"],
  ["micu-npn", "MICU NPN 19-07\nPT {name:MULCAHY}, {age:NINETY-FOUR}, REMAINS ON BIPAP 12/5 40%. ABG 7.33/56/70. DNI PER PT AND HCP.\nNEURO: ALERT, HOH, WRITES NOTES.\nCV: AFIB 80-100S, DIG/LOPRESSOR.\nSOCIAL: HCP IS GRANDNIECE {name:SIOBHAN TIERNEY}, WORKS NIGHTS @ {loc:CARNEY HOSPITAL}, BEEPER {phone:617-555-2281}. PT LIVES @ {loc:SOUTH COVE MANOR} SINCE {date:JAN}.\n-{name:F.O.} RN"],
  ["transfer-note", "transfer note: pt to {loc:whittier rehab} in {loc:haverhill} via {loc:trinity ems} @ 1100. report to {name:marguerite} rn, tel {phone:978-555-0346}. dtr {name:lisette} aware & will meet pt. next inr {date:3/22}, coumadin dosing by dr {name:aucoin}.\n-{name:pd}"],
  ["addendum", "Addendum 2200: Dr. {name:Hope} (renal) called back, pg {phone:617-555-4310}. Will start CVVH tonight. Quinton placed by Dr. {name:Ekwueme} R IJ, CXR ok. Pt's son {name:Tunde} aware.\n-{name:cm}"],
  ["ccu-npn", "ccu npn 7a-7p\nneuro: a&ox3, hoh.\ncv: s/p ppm {date:6/3}, l chest dsg d&i. paced 60s.\nresp: ra, clear.\nsocial: pt is {age:97}, lives w/ dtr {name:hope} in {loc:canton}. dtr works @ {loc:norwood hospital} lab. pcp dr {name:bishop}. d/c home {date:fri} w/ {loc:vna of norwood}.\n-{name:ana} rn"],
  ["night-npn", "NPN 2300-0700\nUNEVENTFUL NIGHT. PT SLEPT 4-5 HRS. HR 60S SR. BP 120S. SATS 97% 2L. HCT 29.1 STABLE. NO MELENA. GI FELLOW DR. {name:BANERJEE} AWARE OF AM HCT. WIFE {name:GERTRUDE} CALLED @ 0600 FROM {loc:NAHANT}.\n-{name:WINNIE} RN"],
  ["neuro-npn", "neuro icu npn 19-07\n{age:90} yo woman s/p fall @ {loc:rosewood nursing home} in {loc:dedham} w/ r sdh, nonop per nsurg (dr {name:tsegaye}). q1h neuro checks, gcs 13-14. keppra 500 bid. sbp <160 on prn labetalol. son {name:wendell} called, # {phone:781-555-0452}.\n-{name:kp}"],
  ["family-note", "Family Note: Spoke w/ pt's partner {name:Gabriel Sousa} and pt's mother {name:Fernanda}, who speaks Portuguese only (interpreter {name:Rui} from interpreter services). Updated on plan for trach/PEG per Dr. {name:Marsh}. Mother wants to wait until pt's sister arrives from {loc:Sao Miguel} on {date:the 12th}. {name:Gabriel}'s cell {phone:617-555-0609}.\n{name:Carla} RN"],
  ["sicu-npn", "SICU NPN 7A-7P\nPT IS A 45 YO M S/P MVC ON {loc:RTE 128} {date:8/30}, TRANSFERRED FROM {loc:BEVERLY HOSPITAL}. L FEMUR FX S/P IMN, SPLENIC LAC NONOP. HCT 27 STABLE X3.\nNEURO: A&OX3, PAIN 5/10 ON PCA.\nRESP: 3L NC, IS 1250.\nGI: CLEARS.\nSOCIAL: EMPLOYED BY {loc:RAYTHEON}, GIRLFRIEND {name:TAMSIN} IN. MOTHER {name:PATRICE} FROM {loc:PEABODY}. {loc:MASS STATE POLICE} REPORT # {id:04-118732} GIVEN TO FAMILY.\n-{name:DESMOND} RN"],
  ["csru-npn", "csru npn 19-07\npod 0 s/p mvr w/ dr {name:nakashima}. extubated @ 2300. v paced 80, underlying sr 60s. ct 40-80/hr. k 4.6. wife {name:ruby} stayed until mn, staying @ hotel in {loc:brookline}, cell {phone:617-555-0712}.\n-{name:j.m.}"],
  ["micu-npn", "MICU NPN 7p-7a\nPt is a {age:95} yo man, ex-boxer, from {loc:Don Orione} nursing home in {loc:East Boston}, adm w/ GI bleed. 4u PRBC since admit.\nNeuro: Confused at baseline per NH, calm overnight.\nCV: ST 100s, SBP 100-110.\nGI: Melena x2. Protonix gtt. EGD planned {date:Tues} w/ Dr. {name:Ruggiero}.\nSocial: Niece {name:Carmela Pizzuti} is HCP, {phone:(617) 555-0538} is her home #.\n{name:Brendan} RN"],
  ["transfer-note", "TRANSFER NOTE\nPT TRANSFERRED TO {loc:KINDRED HOSPITAL STOUGHTON} @ 1400 FOR VENT WEAN. TRACH #8 PORTEX, PEG. REPORT GIVEN TO {name:ABENA} RN @ {phone:781-555-0255 X204}. WIFE {name:DORIS} AND SON {name:CLIFF} AWARE. MEDICARE # {id:031-44-2987A}.\n-{name:HANK} RN"],
  ["addendum", "addendum @ 1630: pt's old records arrived from {loc:good samaritan medical center} in {loc:brockton}, mrn there {id:GS-0028814}. echo {date:12/1} showed ef 30%. dr {name:whitcombe} aware.\n-{name:lulu}"],
  ["ccu-npn", "CCU Nursing Progress Note 1900-0700\nPt {age:90} yo w/ severe AS, here for CHF. Lasix gtt 10 mg/hr, net neg 800 since mn.\nNeuro: A&Ox3, asking for rosary.\nCV: SR 70s, occ PACs. SBP 90s.\nResp: 4L NC, sats 93-95%.\nSocial: Pt is a retired teacher from {loc:Milton}. Dtr {name:Grace} and son-in-law {name:Baxter} in til 2100. Valvuloplasty discussed w/ Dr. {name:Sterling}, planned for {date:Monday}.\n{name:Ivy} RN"],
  ["night-npn", "npn 7p-7a\nuneventful. pt slept. vss. no prn's needed. pt says her husband {name:bud} died on {date:christmas eve} 2 yrs ago and she \"just wants to get home to the cat.\" lives alone in {loc:hull}.\n-{name:mo}"],
  ["neuro-npn", "NEURO ICU NPN 7A-7P\nPT IS A 71 YO RIGHT-HANDED WOMAN W/ L MCA STROKE, S/P TPA @ {loc:EMERSON HOSPITAL} @ 0300 {date:5/17}, MEDFLIGHTED HERE.\nNEURO: EXPRESSIVE APHASIA, R HEMIPARESIS 2/5. NIHSS 14.\nCV: SBP <180 PER PROTOCOL.\nSOCIAL: HUSBAND {name:EMORY} & DTR {name:BRIDGET} FROM {loc:CONCORD}. STROKE FELLOW DR. {name:VARTANIAN}, PGR {phone:617-555-6602}.\n-{name:TESS} RN"],
  ["family-note", "family note: met w/ pt's 3 daughters ({name:yvette}, {name:nadege}, {name:rose-marie}) w/ dr {name:pierre-louis} and chaplain sr. {name:agnes}. pt's pastor from {loc:eglise de dieu} in {loc:mattapan} also present. decision made for cmo tonight. family asking for pt's body to go to {loc:davis funeral home}.\n-{name:dk}"],
  ["micu-npn", "micu npn 7a-7p\nneuro: sedated, rass -2.\ncv: map 65-70 on levo .1.\nresp: ac 450x20 peep 10 fio2 .6.\nid: pan cx'd, vanc/meropenem.\nsocial: wife {name:bich} and son {name:long} in w/ interpreter, they live in {loc:dorchester} near {loc:fields corner}. dr {name:vuong} the pcp called.\n-{name:kt}"],
  ["csru-npn", "CSRU NPN 7P-7A\nPOD 1 S/P CABG X3. SR 90S. CI 2.2. NEO WEANED OFF @ 0100. EXTUBATED @ 2130. PT ASKING ABOUT HIS DOG, NEIGHBOR MR. {name:KOWALCZYK} FEEDING IT IN {loc:DRACUT}.\n-{name:ROSALIE} RN"],
  ["ccu-npn", "CCU NPN\nPt transferred from {loc:Caritas Holy Family} in {loc:Methuen} {date:Sun} w/ VT storm. Amio gtt 0.5 mg/min. No VT since 0400. EP (Dr. {name:Farahani}) plans ICD {date:Wed}. Wife {name:Parvin} here, # {phone:978-555-0867}.\n{name:Liesl} RN"],
  ["night-npn", "NPN 19-07\nPT {age:98 YO} F, CMO. RESTING COMFORTABLY ON MS GTT 2MG/HR. RR 10-14. SON {name:NORBERT} AT BEDSIDE ALL NIGHT. GRANDSON {name:CASEY} DRIVING FROM {loc:BANGOR, ME}, ETA {date:SAT} AM.\n-{name:AMARA} RN"],
  ["sicu-npn", "SICU NPN 0700-1900\nPOD #3 s/p open AAA repair w/ Dr. {name:Wolf}. Extubated yesterday. A&Ox3. SR 70s. Cr 1.6. Tolerating sips. Pt's wife {name:Faith} and dtr {name:Summer} visited; wife works @ {loc:Stop & Shop} in {loc:Quincy}.\n{name:Moira} RN"],
  ["transfer-note", "pt d/c'd to {loc:life care center of west bridgewater} @ 1300 via {loc:brewster ambulance}. report to {name:tiffany} lpn. belongings w/ pt. son {name:reggie} aware.\n-{name:ann} rn"],
  ["neuro-npn", "Neuro ICU Nursing Progress Note 1900-0700\nPt s/p crani for GBM resection {date:7/8} by Dr. {name:Chiang}. Neuro checks q1h: A&Ox3, mild L drift. Decadron 4 q6. Pt is a physics professor @ {loc:Tufts}, wife {name:Ilse} is a nurse @ {loc:Mount Auburn}. Both very anxious, update given.\n{name:Ngozi} RN"],
  ["micu-npn", "MICU NPN 7A-7P\nNEURO: A&OX2.\nCV: HR 110S AFIB, DILT GTT 15MG/HR.\nRESP: 5L NC, SATS 92%.\nSOCIAL: PT IS {age:91}, HOMELESS PER ED, STAYS @ {loc:PINE STREET INN}. NO NOK. CASE MGR {name:DARNELL} @ {loc:BOSTON HEALTH CARE FOR THE HOMELESS}, {phone:617-555-0950}. OLD MRN {id:2209-4471}.\n-{name:PB}"],
  ["addendum", "addendum: pt's dtr {name:wren} called from {loc:portland, or}, upset no one called her. updated per pt's permission. her # {phone:503-555-0121}. will call her {date:tues} after rounds.\n-{name:cm}"],
  ["family-note", "Family meeting {date:3/2} @ 1400. Present: Dr. {name:Ostergaard} (attending), Dr. {name:Mwangi} (resident), SW {name:Dina}, pt's husband {name:Luther}, sons {name:Amos} & {name:Jedediah}. Discussed poor prognosis. Husband wants \"everything done\" until the pt's sister {name:Opal} arrives from {loc:Tennessee}. Will readdress {date:Fri}.\n{name:Ruth Ann} RN"],
  ["ccu-npn", "ccu npn 19-07\npt w/ new afib, rate 120s -> lopressor 5 iv x3, now 80s. heparin gtt @ 1000u/hr. tee/dccv planned {date:12/28}. pt {age:96} and sharp, wants to be home in {loc:reading} for {date:new years}.\n-{name:lulu}"],
  ["csru-npn", "CSRU Nursing Note\nPt POD 4 s/p redo sternotomy. Afib overnight, amio load. Pt's daughter {name:Dawn Pelletier} from {loc:Woonsocket, RI} staying @ {loc:Hampton Inn}. Husband is pastor @ {loc:First Baptist Church} in {loc:Woonsocket}.\n-{name:Greer}"],
  ["neuro-npn", "NEURO ICU NPN 19-07\nPT S/P C5-6 FX FROM DIVING ACCIDENT @ {loc:WALDEN POND} {date:7/4}. IN HALO. C5 LEVEL, QUAD. SOLUMEDROL PROTOCOL DONE. ABG OK ON 3L. PT'S GIRLFRIEND {name:KENDRA} & FATHER {name:MILES} IN. FATHER IS A FIREFIGHTER IN {loc:WOBURN}.\n-{name:OBI} RN"],
  ["micu-npn", "micu npn\npt is 33 yo w/ dka, ag 28 -> 14. insulin gtt 6u/hr. d5 1/2ns @ 150. a&ox3. pt says endocrine dr {name:adeyemi} at {loc:joslin} follows her. roommate {name:priya} brought her phone charger.\n-{name:shauna}"],
  ["sicu-npn", "SICU NPN 7P-7A\nPT IS {age:92} YO W/ SBO S/P EX LAP, LOA {date:1/13}. NGT 600CC. PT ASKING FOR SON {name:BERNARD} WHO LIVES IN {loc:FLORIDA}. SON'S # {phone:561-555-0192}. PT'S GP DR {name:LAMB} IN {loc:SAUGUS} FAXED MED LIST.\n-{name:KIM} RN"],
  ["transfer-note", "Transfer Note: Pt called out to {loc:Farr 10} @ 1600. Report to {name:Shanice} RN. Pt's wife {name:Marta} informed."],
  ["night-npn", "NPN 7p-7a\nPt anxious overnight, asking repeatedly for \"{name:Bunny}\" (his late wife per son). Ativan 0.5 mg x1. HR 80s SR. Trop trending down. Son {name:Lyle} called @ 0530 from {loc:Nashua}.\n{name:Fern} RN"],
  ["ccu-npn", "CCU NPN 7A-7P\nPT S/P CARDIAC ARREST @ {loc:LOGAN AIRPORT} {date:11/21}, BYSTANDER CPR, COOLED. DAY 2. NOT FOLLOWING COMMANDS. FAMILY FROM {loc:LISBON}, ON WAY. CONSULATE CONTACT SR. {name:TAVARES} {phone:617-555-0330}.\n-{name:DIONNE} RN"],
  ["addendum", "ADDENDUM 1900: POISON CONTROL (SPOKE W/ {name:HEIDI}) RECOMMENDS NAC X 21 HRS. CASE # {id:MRP-6620193}. PSYCH (DR. {name:YILMAZ}) TO SEE IN AM. SECTION 12 PAPERS IN CHART.\n-{name:RJ}"],
  ["family-note", "spoke w/ pt's brother {name:ignatius} by phone from {loc:lagos}, very worried. explained pt remains intubated. he asked us to call pt's wife {name:chioma} who works @ {loc:state street} in {loc:boston}, cell {phone:857-555-0178}.\n-{name:fola} rn"],
  ["micu-npn", "MICU Nursing Progress Note 0700-1900\nS: \"I want to go back to the Home.\"\nO: {age:99} yo female from {loc:Hebrew Rehab Center} w/ CHF. 2L NC, sats 94%. Lasix 40 IV, diuresed 1.1L. SR 70s.\nA: Improving.\nP: Back to {loc:Hebrew Rehab} {date:Thurs} per Dr. {name:Rosenfeld} if stable. Dtr {name:Bina} aware.\n{name:Zofia} RN"],
  ["sicu-npn", "sicu npn 19-07\npt is a 23 yo m s/p gsw abd {date:9/14}, ex-lap, small bowel resection. open abd w/ vac. sedated. police officer at door overnight. mother {name:lashawn} called twice, # {phone:617-555-0491}. per sw ({name:toby}) no info to callers w/o password.\n-{name:jb}"],
  ["csru-npn", "CSRU NPN 7A-7P\nPOD 2 S/P CABG X2 W/ DR {name:KALOGEROPOULOS}. AFIB @ 1100 -> AMIO. CT'S OUT. WIFE {name:ELENI} AND SON {name:STAVROS} VISITED. FAMILY OWNS A DINER IN {loc:LYNN}.\n-{name:MEG} RN"],
  ["neuro-npn", "neuro icu npn 7a-7p\npt w/ myasthenic crisis, on plex, 3rd exchange today via r fem quinton. nif -24, fvc 1.1l. neuro (dr {name:halvorsen-tate}) following. husband {name:clement} in, drove from {loc:athol}.\n-{name:ines} rn"],
  ["micu-npn", "MICU NPN 19-07\nMR {name:OYARZUN} REMAINS INTUBATED. PS 10/5, TOL. SEDATION HELD 0600. SISTER {name:VERONICA} CALLED FROM {loc:SANTIAGO}, SPANISH ONLY, INTERPRETER USED.\n-{name:TEO} RN"],
  ["ccu-npn", "CCU NPN 7p-7a\nPt {age:94} yo, s/p NSTEMI, med mgmt per pt wishes. Chest pain free. Pt tells staff she was an army nurse in the war and met her husband {name:Walt} in {loc:London}. Daughter {name:Candace} from {loc:Andover} is HCP.\n{name:Pilar} RN"],
  ["transfer-note", "TRANSFER NOTE: PT TO {loc:SPAULDING REHAB} @ 1000 VIA {loc:CATARACT EMS}. REPORT TO {name:JOLENE} RN. F/U W/ DR. {name:SANTIAGO} IN NEURO CLINIC {date:6/19}, TEL {phone:617-555-0719}.\n-{name:NADIA} RN"],
  ["night-npn", "npn 2300-0700\npt slept well. no events. hr 70s, bp 130s. k 3.9, mg 2.1. pt's fiance {name:javier} slept in chair.\n-{name:bev} rn"],
  ["family-note", "Family Update: Pt's wife {name:Hannelore} called from {loc:Germany} @ 0400 our time. Updated by Dr. {name:Brandt} w/ translation by pt's nephew {name:Jonas}, who lives in {loc:Cambridge}. Wife plans to fly into {loc:Logan} {date:Sat}.\n{name:Sigrid} RN"],
  ["sicu-npn", "SICU NPN 1900-0700\nPOD 1 s/p liver tx. FK level pending. Donor organ via {loc:New England Organ Bank}, {loc:UNOS} # {id:ZXR4417}. Pt's wife {name:Lourdes} at bedside. Transplant coordinator {name:Marcy} pg {phone:617-555-3092}.\n-{name:ab} RN"],
  ["csru-npn", "csru npn 7a-7p\npod 1 s/p mvr/tv repair w/ dr {name:saint-amand}. extubated. sr 80s. pt from {loc:haiti}, lives in {loc:randolph}, dtr {name:fabienne} translating. dtr's # {phone:781-555-0874}.\n-{name:lo} rn"],
  ["micu-npn", "MICU NPN 0700-1900\nPt is a 52 yo man w/ ETOH pancreatitis, ARDS. Proned @ 0900 per Dr. {name:Moody}'s order. Sats 88-92% on FiO2 .8. Pt works for the {loc:MBTA} as a bus driver. Wife {name:Colleen} & brother {name:Fitz} updated.\n{name:Joy} RN"],
  ["ccu-npn", "CCU NPN 19-07\nPT {age:90} YO M W/ COMPLETE HB, TEMP WIRE VIA R IJ. PPM {date:MON} W/ DR. {name:SWIFT}. WIFE {name:IRMA} (ALSO {age:90}) CAN'T DRIVE, GRANDSON {name:TREVOR} WILL BRING HER FROM {loc:HOLBROOK}.\n-{name:JMK}"],
  ["neuro-npn", "Neuro ICU NPN 7a-7p\nPt s/p ICH, L BG, GCS 9. Intubated. SBP 120-150 on nicardipine. Pt's employer ({loc:Fidelity}) called - directed to family. Wife {name:Keiko} and son {name:Ren} in. Family meeting set for {date:Thurs} w/ Dr. {name:Pasternak}.\n{name:Tess} RN"],
  ["addendum", "Addendum: Correction to note above - pt's HCP is son {name:Dwight}, not son {name:Dale}. HCP form dated {date:4/22} scanned into chart.\n{name:Moira} RN"],
  ["micu-npn", "micu npn 19-07\npt from {loc:bridgewater state hospital}, corrections officers at bedside. sedated, rass -1. cv/resp stable. no visitors per corrections policy. inmate # {id:W88417}.\n-{name:obi}"],
  ["family-note", "FAMILY NOTE\nPT'S SISTERS {name:PEARL} & {name:HAZEL} IN FROM {loc:NEW BEDFORD}. BOTH IN THEIR 80S. PT IS {age:NINETY-ONE}. THEY WANT PT TO GO BACK TO {loc:SACRED HEART NURSING HOME} IF POSSIBLE. CASE MGR {name:JOANIE} AWARE, EXT {phone:4-6321}.\n-{name:LORNA} RN"],
  ["night-npn", "NPN 19-07\nPt restless 0200-0400, pulled out PIV. Re-sited x1. Haldol 1 mg IV. Pt states he is \"at the {loc:VA} in {loc:West Roxbury}.\" Reoriented. Sleeping now.\n{name:Winnie} RN"],
  ["transfer-note", "d/c to home w/ {loc:caregroup home health}. wife {name:peggy} taught insulin. f/u dr {name:cardoso} {date:7/30} 2pm and dr {name:hill} (cards) {date:8/6}.\n-{name:ann}"],
  ["sicu-npn", "SICU NPN 7A-7P\nPT S/P FALL FROM ROOF, WORKS FOR {loc:ACE ROOFING} IN {loc:REVERE}. L RIB FX 4-9, PTX W/ CT. EPIDURAL. WIFE {name:DEBBIE}, # {phone:781-555-0618}. {loc:OSHA} CALLED.\n-{name:DESMOND} RN"],
  ["csru-npn", "CSRU NPN 7p-7a\nPOD 0 s/p Type A dissection repair, emergently from {loc:Cape Cod Hospital} via {loc:Boston MedFlight}. Bleeding, 4 FFP, 2 plts. Wife {name:Nanette} arrived @ 0100 from {loc:Harwich}. Dr. {name:Kessler} updated wife @ 0200.\n-{name:jmk}"],
  ["micu-npn", "MICU NPN 7A-7P\nPT W/ TB RULE OUT, ON AIRBORNE ISO. CONTACT TRACING PER {loc:BOSTON PUBLIC HEALTH COMMISSION} (MS. {name:ALVARENGA}) {phone:617-555-0440}. PT RECENTLY FROM {loc:EL SALVADOR}. SON {name:WILBER} STAYING W/ FAMILY IN {loc:CHELSEA}.\n-{name:PB}"],
  ["ccu-npn", "ccu npn\npt {age:93} yo, here for sx brady, ppm today. pt's wife of 70 yrs {name:myrtle} at bedside all day. pt quite the comedian. pcp dr {name:hartigan} in {loc:quincy} notified.\n-{name:pilar} rn"],
  ["neuro-npn", "NEURO ICU NPN 19-07\nPT S/P AVM RESECTION {date:2/27} W/ DR. {name:NKEMELU}. A&OX3. EVD CLAMPED @ 0600, ICP 8-12. PT IS A STUDENT @ {loc:NORTHEASTERN}, ROOMMATE {name:DEV} VISITED. MOTHER {name:SUNITA} ARRIVING FROM {loc:NEW JERSEY} {date:MON}.\n-{name:OBI} RN"],
  ["night-npn", "npn 19-07\nnon-eventful noc. pt sleeping. bp 110-140s. uo 50cc/hr. will need new piv, only 1 access. pt's son {name:grady} will bring in pt's cpap machine from home in {loc:stoneham} tomorrow.\n-{name:shauna}"],
  ["family-note", "Family Meeting Note\nPt's wife {name:Almaz} and brother {name:Tesfaye} w/ Amharic interpreter ({name:Selam}). Dr. {name:Greenbaum} explained need for dialysis. Family agrees. Brother will call pt's mother in {loc:Addis Ababa}. Pt's church, {loc:St. Michael Ethiopian Orthodox}, to visit {date:Sunday}.\n{name:Sigrid} RN"],
  ["micu-npn", "micu npn 7p-7a\npt remains on cpap 5/5 overnight. rsbi 48. plan extubate in am. wife {name:noreen} to be called @ 0700 at {phone:617-555-0285}.\n-{name:cm}"],
  ["sicu-npn", "SICU NPN 0700-1900\nPOD 5 s/p Ivor Lewis esophagectomy by Dr. {name:Thackeray}. J-tube feeds @ 40. CT R, serous. Pt from {loc:Portsmouth, NH}, son {name:Everett} here.\n{name:Greer} RN"],
  ["ccu-npn", "CCU NPN 7P-7A\nPT {name:PAPADAKIS} S/P STEMI, LAD STENT. ASYMPTOMATIC. WIFE {name:ATHENA} BROUGHT FOOD FROM THEIR RESTAURANT IN {loc:WALTHAM}. D/C PLANNED {date:FRI}.\n-{name:AMARA} RN"],
  ["transfer-note", "transfer to {loc:radius specialty hospital} in {loc:roxbury} for long term vent. report to {name:efua} rn. pt's brother {name:ozzie} aware.\n-{name:lo}"],
  ["csru-npn", "CSRU NPN 19-07\nPOD 1 S/P OPCAB X2. EXTUBATED. PT'S DTR {name:MERCY} IS AN RN @ {loc:BRIGHAM}, ASKING DETAILED QUESTIONS. UPDATED.\n-{name:ROSALIE} RN"],
  ["night-npn", "NPN 2300-0700: Pt had 2 loose BM, C. diff sent. Afebrile. SBP 100s. Pt's son {name:Kwame} phoned from {loc:Accra} @ 0300 (morning there), updated briefly.\n{name:Fola} RN"],
  ["neuro-npn", "neuro icu npn\npt w/ status epilepticus, on propofol + versed. ceeg no sz since 0400. neuro attending dr {name:ferrante-ng}. wife {name:beatrix} here. pt's neurologist at {loc:lahey} faxed records.\n-{name:kp}"],
  ["micu-npn", "MICU NPN 7a-7p\nPt {age:102} yo woman, oldest pt on unit, from {loc:Marist Hill Nursing Home} in {loc:Lowell}. Comfort focused. Great-granddaughter {name:Brianna} visited. Old unit # {id:00-87-3312}.\n{name:Zofia} RN"],
  ["family-note", "FAMILY NOTE: PT'S WIFE {name:SOON-YI} AND DTR {name:GRACE KIM} MET W/ DR. {name:PARK} AND PALLIATIVE ({name:LIBBY}). TRANSITION TO CMO. FAMILY PASTOR FROM {loc:KOREAN CHURCH OF BOSTON} CALLED.\n-{name:MEG} RN"],
  ["addendum", "addendum: pt's glasses lost in transport from {loc:mgh}, security called, report # {id:SEC-22916}.\n-{name:tk}"],
  ["ccu-npn", "CCU Nursing Note\nPt w/ cardiogenic shock, IABP 1:1. Transferred from {loc:St. Vincent's} in {loc:Worcester} {date:1/3}. Wife {name:Claudette} staying @ {loc:Hope Lodge}. Dr. {name:Augustin} discussed LVAD eval.\n{name:Liesl} RN"],
  ["sicu-npn", "sicu npn 7p-7a\npod 1 s/p rt hemicolectomy. a&ox3. pain controlled. pt is {age:91} and \"still does her own taxes.\" dtr {name:rosalind} from {loc:braintree}.\n-{name:kim}"],
  ["micu-npn", "MICU NPN 19-07\nPT W/ PCP PNA, HIV (CD4 12). ON BACTRIM/PRED. ID (DR. {name:OKONJO}) FOLLOWING. PT'S PARTNER {name:DANTE} IS HCP. PT'S CLINIC IS {loc:FENWAY HEALTH}.\n-{name:RJ}"],
  ["transfer-note", "Pt transferred to {loc:Youville} today for rehab. Report called to {name:Precious} RN @ {phone:617-555-0802}. Dtr {name:Lorraine} aware.\n{name:Ivy} RN"],
  ["night-npn", "NPN 7P-7A\nQUIET NOC. PT SLEPT. SR 60S. BP 120S. PT'S BDAY IS {date:10/31}, WILL BE {age:95}. STAFF PLANNING CAKE. NIECE {name:THEODORA} CALLED.\n-{name:WINNIE} RN"],
  ["neuro-npn", "Neuro ICU NPN 0700-1900\nPt w/ GBS, on IVIG day 3/5. FVC 1.8L stable. Pt's wife {name:Marguerite} and minister Rev. {name:Goodwin} from {loc:First Parish Unitarian} in {loc:Bedford} visited.\n{name:Tess} RN"],
  ["csru-npn", "csru npn 7a-7p\npod 3 s/p cabg. walked 2x. pt's wife {name:carmen} & dtr {name:paz}. f/u w/ dr {name:ibarra} {date:9/9}.\n-{name:lo} rn"],
  ["micu-npn", "MICU NPN\nPt is a 44 yo with asthma, intubated at {loc:Milford Regional}. Extubated here today. Pt's mother {name:Wilhelmina} ('{name:Billie}') at bedside. Pt works for {loc:EMC} in {loc:Hopkinton}.\n{name:Pilar} RN"],
  ["family-note", "family mtg {date:wed}: dr {name:agarwal}, sw {name:merle}, pt's wife {name:lakshmi}, sons {name:vikram} & {name:arjun}. full code for now, re-eval {date:mon}.\n-{name:ines} rn"],
  ["addendum", "ADDENDUM: PT'S SSN ON FACE SHEET WRONG, CORRECTED TO {id:031-55-8842} W/ ADMITTING ({name:CHERYL}).\n-{name:HANK} RN"],
  ["ccu-npn", "ccu npn 19-07\npt s/p ablation for svt. no events. groin cdi. pt's husband {name:rocco} from {loc:everett} here. d/c home in am. pcp dr {name:dinh}.\n-{name:jmk}"],
];

/** Texts in the same kinds of note with no identifier at all. */
export const DECISION_258_FIRST_CLEAN: string[] = [
  "MICU Nursing Progress Note 0700-1900\nNeuro: A&Ox3, MAE, follows commands. PERRL 3mm brisk.\nCV: SR 70s-80s, no ectopy. BP 110-130/60s.\nResp: 2L NC, sats 96-98%. LS clear upper, diminished bases.\nGI: Tol clears, +BS.\nGU: Foley draining clear yellow urine 40-80cc/hr.\nPlan: Advance diet, ?call out to floor in am.",
  "CCU NPN 7P-7A\nPT S/P CATH W/ DES TO LAD. R FEM SITE CDI, +DP/PT. INTEGRILIN OFF @ 0200. NO CP. SR 70S. BP 110S.",
  "npn 19-07\npt slept in naps. hr 60s sb. bp 100-120s. 2l nc. k 3.6 repleted. no events.",
  "Neuro ICU NPN: Pt s/p SAH, Hunt-Hess II, Fisher 3. Day 7 post bleed. TCDs w/ mild elevation in L MCA velocities. Triple H started, SBP goal 160-200. EVD @ 10cm, draining 6-10cc/hr clear CSF.",
  "SICU NPN 7A-7P\nPOD 2 S/P WHIPPLE. NGT TO LCWS. JP X2 SEROSANG. PCA DILAUDID, PAIN 4/10. UO 40-60CC/HR.",
  "csru npn\npod 1 s/p cabg x3. extubated @ 0300. ci 2.4. ct 30cc/hr. insulin gtt 3u/hr. oob to chair.",
  "Family in to visit this evening, updated by RN. Questions answered. Wife states understanding of plan.",
  "MICU NPN 19-07\nNEURO: SEDATED, RASS -3.\nCV: LEVO .08, MAP 60S.\nRESP: AC 450X18, PEEP 12, FIO2 .6.\nGI: TF @ 20.\nGU: UO 20CC/HR.\nID: TMAX 101.2, VANC/ZOSYN.",
  "Pt is an 89 yo woman w/ dementia, pleasant, A&Ox1. Mitts on for pulling at lines. Daughter at bedside, helpful in reorienting.",
  "transfer note: pt to floor @ 1500 via bed w/ tele. report given. belongings w/ pt. wife notified of new room number.",
  "ADDENDUM: PT HAD 8 BEAT RUN NSVT @ 1430, ASYMPTOMATIC. K 3.3 -> 40 MEQ KCL IV. MG 2G IV. HO AWARE.",
  "Swan-Ganz d/c'd @ 1000, tip intact. Cordis remains R IJ. Dsg changed, site w/o erythema.",
  "neuro icu npn 7p-7a\npt w/ l mca stroke. nihss 12. q1h neuro checks unchanged. sbp 150-170. swallow eval pending, npo.",
  "Pt placed in reverse Trendelenburg for comfort. Cheyne-Stokes respirations noted during sleep, sats 88-93%.",
  "CSRU NSG NOTE\nPOD 0 S/P AVR. ARRIVED FROM OR @ 1530 ON PROPOFOL, NEO 0.5. EXTUBATED @ 2100. A-V WIRES, DDD 80 BACKUP.",
  "Miami J collar on, skin under collar checked and intact. Log-rolled q2h w/ assist x3.",
  "micu npn\npt on bipap 14/6 fio2 50%. abg 7.31/58/70. declining intubation, team aware. morphine 1mg iv for air hunger.",
  "Pt transferred from the ED @ 1700, intubated for airway protection after seizure x2. Ativan and fosphenytoin given in ED. EEG in am.",
  "SICU NPN: TRACH CHANGED TO #8 CUFFLESS BY ENT. PASSY-MUIR VALVE TRIAL 20 MIN, TOL WELL.",
  "Heparin gtt adjusted per nomogram, PTT 102 -> rate decreased to 1100 u/hr. Next PTT @ 0400.",
  "ccu npn 7a-7p\npt s/p ppm (ddd), l chest dsg cdi, arm immobilizer on. cxr no ptx. ancef x2 more doses.",
  "NPN 2300-0700: PT SLEPT POORLY, C/O BACK PAIN 6/10, TYLENOL 650 PO W/ RELIEF. REPOSITIONED Q2H.",
  "Family meeting planned for tomorrow afternoon w/ attending and SW. Family aware and will attend.",
  "Pt s/p Jackson-Pratt removal, small amt serous drainage from site. Dry sterile dsg applied.",
  "Sengstaken-Blakemore tube placed by GI @ 0200 for variceal bleed, gastric balloon inflated, traction applied. Octreotide gtt @ 50 mcg/hr.",
  "micu npn 7a-7p\npt w/ alcohol withdrawal, ciwa 18 -> ativan 2mg iv x4. now ciwa 6. thiamine/folate/mvi given.",
  "CVVHDF running via R femoral Quinton, BFR 150, net removal 100cc/hr. Citrate per protocol, iCa 1.10.",
  "NEURO ICU NPN 19-07\nEVD @ 15CM, ICP 10-18. MANNITOL 25G X1 FOR ICP 24 @ 0300. NA 148. HOB 30.",
  "Pt ambulated 150 ft in hall w/ walker and assist x1. Tol well, HR 88 -> 104. Back to chair after.",
  "Code status discussed w/ pt and family. Pt wishes to remain full code. Team aware.",
  "csru addendum: pt hypotensive 80s @ 1900, cvp 4. 500cc hespan given, sbp to 100s. ho aware.",
  "Pt c/o 7/10 incisional pain, dilaudid 0.5 mg IV x2 w/ relief to 3/10. Encouraged IS use, pulls 750.",
  "CCU NPN: PT S/P VF ARREST, COOLED TO 33C X24 HRS. REWARMING STARTED @ 0800. SHIVERING, DEMEROL 25MG IV X1.",
  "sicu npn 19-07\npod 1 s/p ex lap. ngt 400cc. jp serosang. pca effective. 500cc lr bolus x1 for uo 20.",
  "Pt tearful this evening, talking about her late husband. Emotional support given. Slept after midnight.",
  "MICU NPN 7A-7P\nPT W/ ESLD. LACTULOSE 30ML Q4H, 3 LOOSE STOOLS. PARACENTESIS 4.2L REMOVED, ALBUMIN GIVEN. MENTAL STATUS IMPROVING.",
  "Babinski upgoing on L, downgoing on R. Pupils 3mm, L sluggish. Neurosurgery resident aware.",
  "npn: pt restless, calling out. reoriented frequently. 1:1 sitter since 2200. seroquel 25 mg po @ hs.",
  "Tube feeds held @ 0000 for OR in am. NPO. Consent signed and in chart. Type & cross x2 units.",
  "CSRU NPN 7A-7P\nPOD 3. AFIB 110S @ 1000, AMIO BOLUS 150MG, NOW SR 80S. CT'S OUT. WALKED 2X W/ PT.",
  "Pt may go to rehab when medically cleared. Case manager to start referrals. Pt and wife agree.",
  "ccu npn 19-07\nquiet night. no cp. hr 60s. bp 110s. heparin @ 1200u/hr, ptt 65.",
  "Pt extubated @ 1030 to 40% face tent. Stridor noted, racemic epi neb x1 and decadron 10 mg IV, improved.",
  "SOCIAL: PT LIVES W/ WIFE IN SINGLE FAMILY HOME, 2 FLIGHTS OF STAIRS. RETIRED ELECTRICIAN. WIFE IS HCP.",
  "Neuro: GCS 7 on arrival, now 10. Opens eyes to pain, withdraws x4. Propofol held for neuro exam @ 1200.",
  "micu npn\npt is a 67 yo woman w/ ipf on 6l home o2, here for flare. solumedrol 60 iv q6h.",
  "Dsg changed to sternal and L leg incisions, both CDI. Pt taught splinting w/ pillow for cough.",
  "COMFORT CARE NOTE\nPT EXTUBATED TO COMFORT @ 1130 W/ FAMILY PRESENT. MS GTT @ 3MG/HR. PT EXPIRED @ 1240. FAMILY SPENT TIME W/ PT.",
  "npn 19-07\nuneventful. vss. pt slept. no prn's. will cont to monitor.",
  "Pt's son at bedside most of the shift, asking good questions about the trach and PEG. Teaching started.",
];

/** Decision 258's batch in corpus.json's shape, for score.ts. */
export function decision258Corpus(): Corpus {
  return { notes: DECISION_258_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_258_FIRST_CLEAN };
}
