// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets, one to three
// sentences each: intake, progress notes, discharges, referrals, pharmacy, labs, radiology, billing,
// coverage, scheduling, next-of-kin, portal messages, device records and social history. They are by
// "a twenty-seventh writer who had not read the guard's rules", whose habits are "Last, First" name
// headers, phone numbers with a leading "+1" or a "tel:"/"fax:" tag, dates as "05JAN2024" or "Jan. 5"
// beside slashed ones, "Member ID:" and "MRN#" with alphanumeric hyphenated numbers, double hyphens
// ("--") between clauses, relatives in brackets ("[dtr]"), "y/o" and spelled-out words for ages, and
// lower-case "pt" with a colon-led field list ("Pt: ... | DOB: ...") in some templates.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "intake"
  | "progress"
  | "discharge"
  | "referral"
  | "pharmacy"
  | "lab"
  | "radiology"
  | "billing"
  | "coverage"
  | "scheduling"
  | "nextofkin"
  | "message"
  | "device"
  | "social";

/** The batch of decision 208: synthetic one- to three-sentence US healthcare texts with PHI. */
export const DECISION_208_FIRST: Array<[Style, string]> = [
  ["intake", "Pt: {name:Nwankwo, Chidinma} | DOB: {date:14MAR1951} | MRN#: {id:BMC-77-40219} -- presented to {loc:Boston Medical Center} ED on {date:Jan. 5} with dyspnea; daughter {name:Adaeze} [dtr] at tel: {phone:+1 (617) 555-0143}."],
  ["intake", "{name:HALVARD STRØMSNES}, {age:97 Y/O}, WALKED IN TO {loc:SOUTHCOAST HOSPITALS} IN {loc:FALL RIVER} ON THE MORNING OF {date:02/27/2024}; MRN# {id:SCH-0092731}."],
  ["intake", "INTAKE -- {name:DUBROVSKY, ANATOLY P.} | DOB: {date:07/19/1929} | AGE: {age:94} | ADDR: {loc:61 SCHOOL ST}, {loc:BRATTLEBORO}, {loc:VT} {loc:05301} | PCP: DR. {name:R. HAYASHIDA} | TEL: {phone:802-555-0176}."],
  ["intake", "New patient intake at {loc:Cambridge Health Alliance} -- {name:Thandiwe Mokoena-Serrano}, 41, referred by her employer {loc:Moderna} occupational health; Member ID: {id:HPHC-5510-8827-03}; email on file {contact:t.mokoena.serrano@fastmail.example}."],
  ["intake", "pt: {name:guadalupe ortiz-villanueva} | dob: {date:3/9/1938} | arrived via {loc:brewster ambulance} from the {loc:stanley tippett home} in {loc:dover} -- son {name:rafael} [son] tel: {phone:508 555 0122}."],
  ["intake", "Triage note {date:Sun 11 Feb} 23:40 -- Mr. {name:Evaristus Dunmore-Obi} ({age:ninety-two}) fell at {loc:Linden Ponds} in {loc:Hingham}; seen by {name:Ewa Szczepańska}, RN; MRN# {id:SSH-400-18273}."],
  ["intake", "ED REGISTRATION: {name:LETOURNEAU, MARIE-CLAIRE}; SSN {id:031-55-8824}; ACCT {id:A0077163520}; EMPLOYER {loc:HANNAFORD SUPERMARKETS}; EMERGENCY CONTACT {name:JACQUES LETOURNEAU} [HUSBAND] {phone:+1 (207) 555-0139}."],
  ["intake", "{name:Kwabena Owusu-Sarpong}, {age:101 y/o}, admitted {date:2023-12-24} ({date:Christmas Eve}) to {loc:Rhode Island Hospital}, {loc:593 Eddy St}, {loc:Providence}, {loc:RI} {loc:02903}; MRN# {id:LSP-2210764}."],
  ["intake", "INTAKE FOR {name:OBIAGELI IKWUEMESI} COMPLETED BY {name:PLAMEN VALCHEV}, LPN, ON {date:4/02/24} -- ALLERGIES: PCN (HIVES), LATEX; PHARMACY: {loc:CVS} ON {loc:MAIN ST}, {loc:NORTHAMPTON}."],
  ["intake", "Pt: {name:Soraya Haddadi} | DOB: {date:22OCT1987} | MRN#: {id:UMM-0338-291} | Ins: {loc:Tufts Health Plan} Member ID: {id:TH-88172-004} -- c/o pelvic pain x3 days."],
  ["progress", "Progress note {date:Jan. 9} -- {name:Osei, Kofi} remains on heparin gtt; discussed plan with his niece {name:Abena Osei} [niece] by phone ({phone:+1 (860) 555-0188}); attending Dr. {name:Liesel Sorrentino}."],
  ["progress", "HD #3 -- {name:Ms. Rasmussen-Tate} is tolerating a regular diet; plan d/c to {loc:Marina Bay Skilled Nursing} {date:Friday} if PT clears; --{name:BJW}"],
  ["progress", "PROGRESS NOTE {date:06FEB2024}: {name:TEODORO BALLESTEROS}, {age:AGE 90}, AFEBRILE; CXR IMPROVED; SEEN WITH DR. {name:CHIAMAKA ODUMOSU-KLEIN}, {loc:LAHEY HOSPITAL & MEDICAL CENTER}, {loc:BURLINGTON}."],
  ["progress", "{name:FIORELLA MONTALVO} WAS SEEN ON ROUNDS WITH DR. {name:OLATUNJI} ON {date:FEB. 14} -- AMBULATING IN HALL, PAIN 3/10; WANTS TO BE HOME BY {date:VALENTINE'S DAY} EVENING, WHICH IS TODAY."],
  ["progress", "interval hx -- pt {name:yevgenia koval} ({age:93 y/o}) more alert today, ate 50% of breakfast; grandson {name:maksym} [grandson] visited; plan per dr {name:quaresma}."],
  ["progress", "Follow-up visit {date:3/18/2024} at {loc:Fenway Health}, {loc:1340 Boylston St}: {name:Jordan Rutherford-Liu} reports good adherence to PrEP; labs drawn; next visit {date:June 17}."],
  ["progress", "POD 2 -- {name:Hakimi, Farid} afebrile, drain output 40 mL; Dr. {name:Wendeline Akintola} to remove staples at {loc:Lowell General Hospital} clinic on {date:Tues. 4/9}."],
  ["progress", "Hospitalist note, {date:27 Aug 2023}: {name:Comfort Onyeama-Keane}, {age:98}, DNR/DNI per MOLST signed by HCP {name:Colm Keane} [son]; {loc:Beverly Hospital} 4 North."],
  ["discharge", "DISCHARGED {date:03/02/2024} FROM {loc:MERCY MEDICAL CENTER}, {loc:SPRINGFIELD} -- {name:WOJCIECH ZIELIŃSKI} TO {loc:CHAPIN CENTER} SNF; F/U DR. {name:HUDA AL-RASHIDI}, CARDIOLOGY, TEL: {phone:413-555-0157}, FAX: {phone:413-555-0158}."],
  ["discharge", "DISCHARGE SUMMARY | PT: {name:MCALLISTER, EUNICE WINIFRED} | {age:AGE 95} | ADM {date:11NOV2023} | D/C {date:19NOV2023} | {loc:CONCORD HOSPITAL}, {loc:CONCORD}, {loc:NH} | DISPO: HOME W/ {loc:GRANITE VNA}."],
  ["discharge", "d/c home {date:wed} with wife {name:noriko} [wife] -- {name:haruto ishikawa-lund} to call {phone:+1 (774) 555-0190} for any bleeding from the groin site; f/u {loc:umass memorial} cath lab clinic {date:5/1}."],
  ["discharge", "{name:Benedetta Ricciardi}, a {age:96-year-old} widow, went home from {loc:Cooley Dickinson Hospital} on {date:Apr. 22, 2024} with services from {loc:VNA of Hampshire County}; MRN# {id:CDH-1190-442}."],
  ["discharge", "Patient {name:Emeka Obiora} discharged AMA on {date:the 30th} -- risks explained by Dr. {name:Sunniva Lindahl}; he gave his address as {loc:14 Tremont Pl}, {loc:Dorchester}, {loc:MA} {loc:02124}."],
  ["discharge", "DISCHARGED TO {loc:NEWTON WELLESLEY HOSPITAL} INPATIENT REHAB ON {date:JUNE 3RD} -- {name:RUDOLPH DELACOURT-HAYE}, MRN# {id:NWH-55-09127}; REPORT CALLED TO {name:CARMELITA YBARRA}, RN, AT {phone:617-555-0104 X2231}."],
  ["discharge", "{name:Jolanta Wachowiak} -- d/c {date:2024-01-15}; home O2 from {loc:Apria Healthcare}, concentrator S/N {id:APR-7C-448210}; PCP appt {date:Jan. 22} at {loc:Atrius Health} {loc:Quincy}."],
  ["discharge", "DISPOSITION: HOSPICE AT HOME THROUGH {loc:CARE DIMENSIONS} -- {name:ARCHIBALD PENNINGTON-SOW} ({age:AGE 103}), DNR; SON {name:LAMINE} [SON] AND DAUGHTER-IN-LAW {name:RUTH} PRESENT AT DISCHARGE {date:SAT. 9/14}."],
  ["referral", "Referral: {name:Sandberg-Osei, Maja} (DOB {date:06/06/1972}) to Dr. {name:Tomasz Wierzbicki}, {loc:Norris Cotton Cancer Center}, {loc:Lebanon}, {loc:NH}; fax: {phone:603-555-0171}; NPI {id:1730492286}."],
  ["referral", "Please evaluate {name:Chukwuemeka Nnaji-Ross}, 58, for OSA -- sleep study at {loc:Sleep HealthCenters} {loc:Brighton}; referring MD {name:Greer Halloran}, tel: {phone:+1 (617) 555-0112}."],
  ["referral", "REFERRAL TO PODIATRY -- {name:HILDEGARD OLUWOLE}, {age:91 Y/O}, DIABETIC FOOT ULCER; SEND TO {loc:SAINT FRANCIS HOSPITAL} WOUND CENTER, {loc:80 SEYMOUR ST}, {loc:HARTFORD}, {loc:CT} {loc:06102}."],
  ["referral", "ref to neuro for tremor -- pt {name:salvatore mancuso} | dob {date:2/28/1950} | mrn# {id:smh-33-71009} | to dr {name:grabowski} at {loc:st. mary's hospital}, {loc:waterbury}."],
  ["referral", "{name:Priscilla Amankwah} is referred by {name:Bao Tran Nguyen}, NP, to the {loc:Yale New Haven} genetics clinic after her sister {name:Efua} [sister] tested BRCA2+ on {date:Dec. 1}."],
  ["referral", "OUTPATIENT PT REFERRAL FOR {name:DESHAWN PETTAWAY} AFTER ACL REPAIR {date:10/03/23} -- {loc:EXCEL PHYSICAL THERAPY} IN {loc:WARWICK}; AUTH # {id:PA-2023-0918-77}; EMPLOYER {loc:ELECTRIC BOAT}."],
  ["referral", "Urgent derm referral: {name:Mathilde Ouellette}, {age:ninety-four}, enlarging lesion L cheek -- seen by Dr. {name:Ruairí Breathnach} at {loc:Maine Dermatology} {loc:Portland} on {date:Feb 20}."],
  ["referral", "REFERRAL FAXED {date:05MAY2024} TO {loc:FLOATING HOSPITAL FOR KIDS} ADOLESCENT MEDICINE (FAX {phone:617-555-0193}) RE: {name:ZARA QURESHI-HOLM}, DOB {date:12/12/2008}, MRN# {id:CHB-4471-230}."],
  ["pharmacy", "Rx: apixaban 5 mg BID #60 for {name:Ogunbiyi, Babatunde} | DOB {date:08/08/1949} -- send to {loc:Price Chopper} pharmacy on {loc:Elm St}, {loc:Somerville}; prescriber DEA {id:BW4419027}."],
  ["pharmacy", "Pharmacy called {date:Thursday} -- {name:Kezia Holmberg} is asking for an early refill of oxycodone; PDMP checked by Dr. {name:Anselm Voigt}; pharmacist {name:Lwazi} at tel: {phone:+1 (401) 555-0168}."],
  ["pharmacy", "REFILL REQUEST {date:JAN. 30}: {name:ROSALEEN CONNOLLY-NDIAYE}, {age:AGE 99}, LEVOTHYROXINE 75 MCG -- {loc:WALMART PHARMACY} {loc:WOONSOCKET}, FAX {phone:401-555-0149}; MEMBER ID: {id:BCBSRI-ZXH-66120934}."],
  ["pharmacy", "e-rx sent {date:4/11/24} to {loc:mark cuban cost plus drugs} mail order for {name:lucius ekwueme} -- metformin er 500 mg; order conf {id:CPD-0045-88213}; questions to {contact:rx-support@costplus.example}."],
  ["pharmacy", "PRIOR AUTH FOR SEMAGLUTIDE APPROVED FOR {name:RENATA OLIVEIRA-FALK} THROUGH {date:03/31/2025} -- {loc:HARVARD PILGRIM} CASE # {id:HP-PA-7720193}; NOTIFIED PT AT {contact:RENATA.OS@GMAIL.EXAMPLE}."],
  ["pharmacy", "{name:Ahmad Farouqi}, PharmD, {loc:Mass General Cancer Center} infusion pharmacy -- cycle 4 of FOLFOX for {name:Solange Aucoin} verified {date:Mon 2/26}; BSA 1.72."],
  ["pharmacy", "Med rec with {name:Sipho Ndlovu} [son] for his father {name:Thabo Ndlovu-Carr}, {age:92 y/o} -- all meds filled at {loc:Stop & Shop} pharmacy {loc:Brockton}, tel: {phone:508.555.0117}."],
  ["lab", "LAB RESULT | {name:Fitzgerald, Niamh} | MRN# {id:MGH-8840217} | collected {date:02/14/2024} 06:10 | K 5.9 (H) -- called to Dr. {name:Tanaka}'s covering resident {name:Olufemi Bankole} at pager {phone:617-555-0131}."],
  ["lab", "SPECIMEN {id:QS-24-118873-B} FOR {name:LUDMILA PETRENKO}, DOB {date:5/5/1944}, RECEIVED AT {loc:BIOREFERENCE LABORATORIES} {loc:MARLBOROUGH} ON {date:APR. 3} -- HEMOLYZED, REDRAW REQUESTED."],
  ["lab", "CRITICAL VALUE: TROPONIN 2.41 ON {name:CASSIUS KAMARA-HOLT}, {age:AGE 96}, DRAWN {date:09MAR2024}; READ BACK BY {name:S. FADAHUNSI}, RN, {loc:STURDY MEMORIAL HOSPITAL}, {loc:ATTLEBORO}."],
  ["lab", "pathology: {id:S24-04417} -- {name:anneke de graaf}, skin L shin, basal cell ca, margins clear; signed out {date:3/21/24} by dr {name:pieter vos} at {loc:bmc pathology}."],
  ["lab", "Outside labs faxed from {loc:ARUP Laboratories} {loc:Salt Lake City} (fax {phone:801-555-0102}) on {date:Nov. 7} -- {name:Jun-seo Park}, HbA1c 8.2%, accession {id:LC-318-445-2201}."],
  ["lab", "COVID PCR positive on {date:12/26/2023} for {name:Jacqueline Lavallée}, {age:aged ninety-one}, resident of {loc:Marist Hill Nursing Home} in {loc:Lewiston}, {loc:ME} -- facility notified via {name:Chanelle Ruiz}, DON."],
  ["lab", "Genetic testing report {id:INV-2024-551093} from {loc:Invitae} for {name:Yitzhak Bernstein-Alon} -- VUS in MYH7; results portal {contact:https://portal.invitae.example/report/551093}."],
  ["radiology", "CT HEAD W/O CONTRAST {date:01/18/2024} -- {name:STANISLAWA NOWICKA}, {age:100 Y/O}, FALL FROM BED AT {loc:SHERRILL HOUSE}; NO ACUTE BLEED; READ BY DR. {name:RAVINDRA IYER}, {loc:FAULKNER HOSPITAL}."],
  ["radiology", "MRI L-SPINE | PT: {name:PENDERGAST, COLIN} | ACC# {id:RAD-55720983} | {loc:SHIELDS MRI} {loc:BROCKTON} | {date:FEB. 3} -- L4-L5 disc protrusion; images pushed to PACS at {contact:10.42.117.9}."],
  ["radiology", "chest x-ray {date:sat 6/22} for {name:femi ogunleye-marsh} -- rll infiltrate; prelim called to dr {name:imogen stafford} by {name:kaito mori}, radiology resident, tel: {phone:+1 (603) 555-0185}."],
  ["radiology", "Mammogram screening {date:2024-05-09} at {loc:Elizabeth Wende Breast Care}, {loc:Rochester}, {loc:NY} -- {name:Linnea Whitford-Ansah} BI-RADS 1; letter mailed to {loc:33 Linden Ave}, {loc:Pittsford}, {loc:NY} {loc:14534}."],
  ["radiology", "Echo {date:Oct. 2} -- {name:Vasiliki Papadakis}, {age:92}, EF 35%; compared with outside study from {loc:Heywood Hospital} {loc:Gardner} dated {date:4/4/2022}; sonographer {name:Bree Caldwell}."],
  ["radiology", "DEXA {date:14AUG2023}, {loc:CAPE COD HOSPITAL}, {loc:HYANNIS}: {name:ODILE MERCIER-APPIAH}, {age:AGE 97}, T-SCORE -3.1 FEMORAL NECK; ORDERING PROVIDER {name:LARS ENGSTRÖM}, NP."],
  ["billing", "Statement for {name:Kenji Takeda-Morales} -- acct# {id:88201-447-0} -- DOS {date:01/04/2024}, {loc:Tufts Medical Center}; balance $412.60; pay online at {contact:https://pay.tuftsmedicine.example} or call {phone:1-800-555-0147}."],
  ["billing", "BILLING HOLD: {name:DESROSIERS, ROLANDE} ACCT {id:9004417782} -- GUARANTOR {name:LUC DESROSIERS} [HUSBAND], {loc:12 RIVERVIEW LN}, {loc:BIDDEFORD}, {loc:ME} {loc:04005}; EMPLOYER {loc:GENERAL DYNAMICS}."],
  ["billing", "Claim {id:CLM-2024-0087713} for {name:Nadia Benali} denied {date:Mar. 11} by {loc:UnitedHealthcare} -- timely filing; appeal faxed to fax: {phone:860-555-0126} by {name:Gretchen Pfaff}, billing specialist."],
  ["billing", "self-pay estimate given to {name:oluwaseun adeleke} for colonoscopy at {loc:south shore hospital}, {loc:weymouth} on {date:july 8} -- est $1,850; financial counselor {name:mireille jean-baptiste}."],
  ["billing", "Payment plan set up {date:2/2/24} for {name:Jedediah Hartsfield}, guarantor acct# {id:GA-551204} -- receipt emailed to {contact:jed.hartsfield@comcast.example}."],
  ["billing", "ITEMIZED BILL REQUESTED BY {name:CONCEPCIÓN ARRIAGA} [DTR] FOR HER MOTHER {name:REMEDIOS ARRIAGA}, {age:AGED 104}, STAY {date:12/10/2023}-{date:12/19/2023} AT {loc:LAWRENCE GENERAL HOSPITAL} {loc:LAWRENCE}."],
  ["billing", "WORKERS' COMP -- {name:TREVOR MCCLOSKEY}, EMPLOYER {loc:SHAW'S DISTRIBUTION CENTER}, {loc:WELLS}, {loc:ME}; DOI {date:11/29/2023}; CLAIM# {id:WC-ME-23-448102}; ADJUSTER {name:PAMELA OKWU} {phone:+1 (207) 555-0161}."],
  ["coverage", "Eligibility verified {date:1/2/2024}: {name:Anjali Raghunathan}, Member ID: {id:MH-00471-2298}, MassHealth Standard."],
  ["coverage", "MEDICARE MBI {id:4TR7-WQ2-KM81} ON FILE FOR {name:OSWIN ONYEKACHI-FRITZ}, {age:AGE 93}; SECONDARY {loc:HUMANA} SUPPLEMENT PLAN G."],
  ["coverage", "Coverage terminated {date:Dec. 31} per {loc:Cigna} -- {name:Massimo Bianchi-Ekwensi} now covered through his wife's employer {loc:Raytheon}; new Member ID: {id:U88410227-01}."],
  ["coverage", "pt {name:xiomara fuentes} has no active coverage -- referred to navigator {name:dov feldstein} at {loc:health care for all}, tel: {phone:+1 (617) 555-0178}."],
  ["coverage", "Medicaid redetermination letter dated {date:04-15-2024} received for {name:Kwesi Quaye}; group # {id:GRP-77310}, subscriber {name:Akosua Quaye} [wife]."],
  ["coverage", "VA ELIGIBILITY CONFIRMED FOR {name:LYLE TARBOX}, {age:95 Y/O} KOREA VETERAN -- CARE AT {loc:VA BOSTON HEALTHCARE SYSTEM}, {loc:WEST ROXBURY}; ICN {id:1012448839V552107}."],
  ["coverage", "Tricare Member ID: {id:TRC-6620184471} for Sgt. {name:Malia Fonoti}'s dependent {name:Keoni Fonoti}, DOB {date:09/27/2016}."],
  ["scheduling", "Appt reminder: {name:Giedre Kazlauskas}, {date:Tues. May 14} at 9:40 AM with Dr. {name:Zaitsev}, {loc:North Shore Physicians Group} -- reply C to confirm."],
  ["scheduling", "NO SHOW {date:02MAR2024} -- {name:DARIUS FEIZABADI}; LEFT VM AT {phone:+1 (978) 555-0153}; RESCHEDULED {date:03/11}."],
  ["scheduling", "colonoscopy booked for {name:hamza el-amin} on {date:friday 6/7} at {loc:beth israel deaconess needham}; prep instructions sent to {contact:hamza.elamin@yahoo.example}."],
  ["scheduling", "Telehealth visit {date:2024-03-19} 14:00 for {name:Hendrika Osterhout}, {age:ninety-eight} -- link {contact:https://telehealth.ccmc.example/room/osterhout-88} sent to granddaughter {name:Tess} [gdtr]."],
  ["scheduling", "Infusion chair booked {date:Mon. 9/9} at {loc:Smilow Cancer Hospital} for {name:Farrukh Tashkentova}; transport via {loc:The Ride}."],
  ["scheduling", "PLEASE MOVE MR. {name:FERGUSON-IKPE}'S STRESS TEST FROM {date:THURSDAY} TO {date:THE 28TH} -- CARDIOLOGY SCHEDULER {name:LUPITA}."],
  ["scheduling", "SURGERY POSTED: {name:KRISTOFFERSEN, SOLVEIG}, {age:AGE 91}, L HIP HEMIARTHROPLASTY {date:FEB. 29}, OR 7, {loc:MILFORD REGIONAL MEDICAL CENTER}; SURGEON DR. {name:ADEBOWALE}."],
  ["scheduling", "Flu shot clinic {date:Oct. 12} at {loc:Hancock United Church} in {loc:Lexington} -- {name:Walburga Brandauer}, {age:96}, signed up by her aide."],
  ["nextofkin", "NOK: {name:Yaw Darko} [brother] -- tel: {phone:+1 (860) 555-0107}, {loc:55 Wethersfield Ave}, {loc:Hartford}, {loc:CT} {loc:06106}."],
  ["nextofkin", "health care proxy: {name:siobhan kilbride} [niece], cell {phone:413 555 0128}, for pt {name:fergus kilbride}, {age:90 y/o}."],
  ["nextofkin", "EMERGENCY CONTACT UPDATED {date:01/29/2024}: {name:MARGARIDA SOUSA} [DTR] {phone:508-555-0135}; ALT {name:NUNO SOUSA} [SON] {contact:NSOUSA@VERIZON.EXAMPLE}."],
  ["nextofkin", "Guardian for {name:Anders Morrow-Nakamura} is {name:Judith Aronoff}, Esq., {loc:Aronoff & Pike LLP}, {loc:Worcester}; letters of guardianship dated {date:7 June 2023}."],
  ["nextofkin", "SPOKE WITH {name:HYACINTH ADEGOKE} [WIFE] -- SHE WILL BRING HIS CPAP FROM HOME IN {loc:RANDOLPH} ON {date:SATURDAY}."],
  ["nextofkin", "Pt's partner {name:Ren Aoki-Sullivan} is the emergency contact ({phone:+1 (802) 555-0196}); pt {name:Casimir Sullivan}, {age:ninety-one}, lives at {loc:Wake Robin} in {loc:Shelburne}."],
  ["message", "Portal msg {date:3/3/24} from {name:Ifeoma Chukwu}: \"can i take tylenol with the new bp pill?\" -- reply by {name:Lorna Baptiste}, RN."],
  ["message", "MyChart message from {contact:q.marchbanks@protonmail.example} ({name:Quentin Marchbanks}) asks to cancel {date:Friday}'s PT at {loc:Pro Sports Physical Therapy} {loc:Wellesley}."],
  ["message", "VOICEMAIL {date:MON 4/22} 7:15 AM -- {name:HALINA DUDEK} REPORTS BLOOD SUGARS IN 300S; CALLBACK {phone:+1 (401) 555-0110}."],
  ["message", "pt {name:theo nakagawa-birch} messaged asking for a work note for {loc:state street} covering {date:2/12}-{date:2/14}."],
  ["message", "Login alert: patient account for {name:Zinaida Morozova-Kay} accessed from IP {contact:73.214.18.202} on {date:Jan. 17} at 02:14."],
  ["message", "SECURE FAX FROM {loc:EMERSON HOSPITAL} ({phone:617-555-0182}) RE: {name:KONRAD HAAS}, {age:92 Y/O} -- PLEASE FORWARD TO DR. {name:VUONG}."],
  ["message", "Letter from Dr. {name:Paloma Castellón} at {loc:Sutter Health} {loc:Sacramento} dated {date:November 2, 2023} regarding {name:Raúl Echevarría-Linde}'s prior surgeries."],
  ["message", "Reply to pt {name:Mei-Ling Harcourt}: your results are normal -- see {contact:www.nhhealthlabs.example/results} -- {name:DPK}"],
  ["device", "Pacemaker interrogation {date:12JAN2024} -- {name:Alphonsus Uchendu}, {age:AGE 94}; dual-chamber PPM S/N {id:RNB449021S}; remote monitor IP {contact:192.168.40.77}."],
  ["device", "ICD SHOCK REPORTED {date:5/19} -- {name:YUSRA BENHADDOU}; DEVICE SERIAL {id:BSC-114502-883}; REMOTE DATA AT {contact:https://latitude.bsci.example/pt/114502}."],
  ["device", "INSULIN PUMP SERIAL {id:TNDM-0927714} FOR {name:CALLUM O'RIORDAN}; CGM TRANSMITTER {id:8GH44K}; DME VENDOR {loc:BYRAM HEALTHCARE}."],
  ["device", "home bipap rental for {name:ottavia rinaldi}, {age:95}, unit s/n {id:RS2-3340917}, delivered {date:2/9/24} by {loc:lincare} {loc:keene}."],
  ["device", "Hearing aid repair -- {name:Gustav Lindbergh-Mensah}, {age:aged 99}; device ID {id:PHK-7721-00493}; shipped from {loc:Hear USA} {loc:Natick} on {date:Apr. 1}."],
  ["social", "SH: {name:Esperanza Quintero}, {age:92 y/o}, widowed, lives with dtr {name:Rocío} [dtr] in {loc:Chelsea}; retired from {loc:Gillette} factory after 30 yrs."],
  ["social", "social hx -- pt works as a line cook at {loc:legal sea foods} in the {loc:seaport}; lives w/ roommate on {loc:dorchester ave}; no etoh."],
  ["social", "SOCIAL: RETIRED LOBSTERMAN FROM {loc:STONINGTON}, {loc:ME}; {name:ELIJAH THIBODEAU}, {age:AGE 97}, LIVES WITH SON {name:MARCUS} [SON]."],
  ["social", "Attends {loc:St. Anthony's Shrine} on {loc:Arch St} weekly; {name:Bronisława Wiśniewska} is a member of the {loc:Polish American Citizens Club} in {loc:Chicopee}."],
  ["social", "Teacher at {loc:Newton North High School}; {name:Joaquín Salcedo-Wu} lives with husband {name:Declan} [spouse] and two children in {loc:Jamaica Plain}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_208_FIRST_CLEAN: string[] = [
  "Pt: presented with dyspnea on exertion -- O2 sat 91% on RA, improved to 96% on 2 L NC.",
  "Pt: presented to the ED with chest pain radiating to the L arm -- troponin x2 negative, ECG with NSR and no ST changes.",
  "INTAKE -- ALLERGIES: SULFA (RASH), SHELLFISH; CODE STATUS: FULL; PREFERRED LANGUAGE: PORTUGUESE; INTERPRETER REQUESTED.",
  "pt: arrived by ambulance from home after a witnessed syncopal episode -- glucose 64 in the field, given D50 x1.",
  "Triage -- 88 y/o with fever 39.1 and rigors x2 days; Foley placed for retention, UA sent.",
  "ED REGISTRATION COMPLETE; INSURANCE CARD SCANNED; PHOTO ID VERIFIED; HIPAA NOTICE SIGNED.",
  "Progress note -- HD #5 -- Swan-Ganz removed, CI 2.4; diuresing well with net negative 1.8 L.",
  "PROGRESS NOTE: AFEBRILE X48H; WBC 11.2 FROM 17.8; TRANSITION TO PO CEFPODOXIME; ANTICIPATE D/C IN 24-48H.",
  "interval hx -- pt slept poorly, c/o nausea after tramadol; switched to acetaminophen 650 q6h prn.",
  "POD 1 s/p lap chole -- tolerating clears, JP drain 30 mL serosanguinous, incisions c/d/i.",
  "Hospitalist note: Parkinson's disease with freezing of gait; carbidopa-levodopa timing adjusted to 0700, 1100, 1500, 1900.",
  "Discharged home with VNA for wound care and PT/OT; follow-up with PCP in 7-10 days.",
  "DISCHARGE DISPOSITION: SNF FOR SHORT-TERM REHAB; MOLST REVIEWED AND UNCHANGED (DNR/DNI).",
  "d/c instructions reviewed w/ pt and spouse -- teach-back done for enoxaparin injections; no questions.",
  "Disposition: home hospice; comfort-focused care; morphine concentrate 5 mg SL q2h prn dyspnea.",
  "Referral: cardiology for new AF with RVR, CHA2DS2-VASc 4; started on apixaban 5 mg BID.",
  "REFERRAL TO GI FOR SCREENING COLONOSCOPY -- AVERAGE RISK, AGE 52, NO PRIOR SCREENING.",
  "ref to ortho for L knee OA, Kellgren-Lawrence grade 3 -- failed PT and two steroid injections.",
  "Urgent ENT referral for unilateral hearing loss; Weber lateralizes to the right, Rinne positive bilaterally.",
  "Rx: atorvastatin 40 mg PO qHS #90 with 3 refills -- LDL 162 on last panel.",
  "REFILL REQUEST: LISINOPRIL 20 MG DAILY; LAST BMP K 4.6, CR 1.1; APPROVED X90 DAYS.",
  "e-rx sent for nitrofurantoin 100 mg bid x5 days; pt counseled re: urine discoloration.",
  "Prior auth denied for brand Eliquis; generic unavailable -- appeal letter to be drafted by the team.",
  "LAB RESULT | NA 128 (L) | K 3.1 (L) | MG 1.4 (L) -- REPLETION ORDERED, RECHECK AM.",
  "Specimen hemolyzed; redraw requested for potassium and LDH.",
  "pathology: colon, sigmoid, polypectomy -- tubular adenoma, low-grade dysplasia, margins negative.",
  "CRITICAL VALUE: LACTATE 4.8 -- READ BACK AND VERIFIED; 30 ML/KG BOLUS STARTED.",
  "HbA1c 9.4% up from 8.1% -- discussed adding basal insulin, starting glargine 10 units qHS.",
  "CT ABD/PELVIS W/ CONTRAST: ACUTE UNCOMPLICATED APPENDICITIS, 11 MM, NO PERFORATION OR ABSCESS.",
  "MRI C-spine: C5-C6 disc osteophyte complex with moderate foraminal narrowing on the left; no cord signal change.",
  "chest x-ray -- bibasilar atelectasis, no effusion, ett 4 cm above the carina, og tube in stomach.",
  "Echo: LVEF 55-60%, grade I diastolic dysfunction, mild MR, RVSP 32 mmHg.",
  "DEXA: T-SCORE -2.7 AT L1-L4; FRAX 10-YEAR HIP FRACTURE RISK 4.1%; START ALENDRONATE.",
  "Statement balance $0.00 after insurance adjustment; no further action required.",
  "BILLING HOLD PENDING CODING REVIEW -- CPT 99223 AND 93306; ICD-10 I50.23 AND N17.9.",
  "self-pay discount of 40% applied per financial assistance policy; payment plan of 12 months offered.",
  "Claim denied for missing modifier 25; corrected claim resubmitted electronically.",
  "COVERAGE VERIFIED: MEDICARE PART A AND B PRIMARY, MEDIGAP PLAN N SECONDARY; NO PRIOR AUTH NEEDED.",
  "Eligibility check returned inactive; patient states new plan began this month and will bring the card.",
  "pt has no active coverage; navigator consult placed for marketplace enrollment.",
  "Appt reminder: fasting labs at 7:30 AM; hold metformin the morning of the test.",
  "NO SHOW X2 FOR PULMONARY FUNCTION TESTS; LETTER SENT PER CLINIC POLICY.",
  "colonoscopy prep: clear liquids the day before, split-dose polyethylene glycol, nothing by mouth 2 h prior.",
  "Telehealth visit converted to phone visit due to video connection failure; 22 minutes spent.",
  "NOK notified of transfer to the ICU; will arrive within the hour.",
  "HEALTH CARE PROXY INVOKED PER TWO-PHYSICIAN DETERMINATION OF INCAPACITY; PROXY AGREES WITH COMFORT CARE.",
  "spoke with pt's brother by phone -- updated on plan, agrees with trach discussion next week.",
  "Portal msg: pt asks if she can fly 10 days after her knee replacement -- advised compression stockings and walking hourly.",
  "VOICEMAIL: PATIENT REPORTS SWELLING OF LEFT CALF SINCE YESTERDAY; ADVISED TO COME TO ED FOR DOPPLER.",
  "Reply: your INR is 2.6, within goal; continue warfarin 5 mg daily and recheck in 2 weeks.",
  "Pacemaker interrogation: normal device function, battery 8.5 years, 3% RV pacing, no arrhythmias.",
  "INSULIN PUMP BASAL RATES REVIEWED: 0.8 U/H OVERNIGHT, 1.0 U/H DAYTIME; CARB RATIO 1:10.",
  "home bipap settings ipap 14 epap 6, full face mask; compliance 87% of nights > 4 h.",
  "SH: retired mail carrier, lives with wife in a single-level home, quit smoking in 1998 (40 pack-years).",
  "SOCIAL: NO ETOH, NO ILLICITS; WORKS FROM HOME AS A BOOKKEEPER; TWO ADULT CHILDREN NEARBY.",
  "FH: mother with Graves' disease, father with Alzheimer's dementia at 78; no family hx of colon cancer.",
  "social hx -- pt is a veteran, uses a cane, drives locally, attends church weekly with neighbors.",
];

/** Decision 208's batch in corpus.json's shape, for score.ts. */
export function decision208Corpus(): Corpus {
  return { notes: DECISION_208_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_208_FIRST_CLEAN };
}
