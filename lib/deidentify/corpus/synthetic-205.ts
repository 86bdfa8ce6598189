// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets: one to three
// sentences across admissions, clinic visits, referrals, prescriptions, lab and imaging results,
// billing, insurance, reminders, emergency contacts, portal messages and social history. They are by
// "a twenty-sixth writer who had not read the guard's rules", whose habits are pipe-separated header
// fields ("Pt: ... | DOB: ... | MRN: ..."), dates as "Mar-07-2024", "07MAR24" or "2024.03.07", phone
// numbers prefixed "tel." or "+1" with spaces instead of dashes, IDs with "No." or a colon before the
// digits, "y/o" and "yo" after ages, "Re:" subject lines on portal messages, "ATTN:" on referrals and
// sign-offs written "/s/" plus initials.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admission"
  | "clinic"
  | "referral"
  | "rx"
  | "lab"
  | "imaging"
  | "billing"
  | "insurance"
  | "reminder"
  | "contact"
  | "portal"
  | "social";

/** The batch of decision 205: synthetic one- to three-sentence US healthcare texts with PHI. */
export const DECISION_205_FIRST: Array<[Style, string]> = [
  ["admission", "Pt: {name:Anselm K. Ravikumar} | DOB: {date:Mar-07-1951} | MRN: {id:0-447-2918} | Admitted {date:Jan-22-2024} to {loc:UPMC Presbyterian}, 9 North, with CHF exacerbation."],
  ["admission", "{name:Edwina Garneau}, {age:90 y/o}, admitted via the ED at {loc:Holyoke Medical Center} on {date:07MAR24} after being found on the kitchen floor by her neighbor {name:Lorne Dufresne}; she lives alone in {loc:Ludlow}."],
  ["admission", "ADMIT NOTE | PT: {name:LEOKADIA WIĘCKOWSKA} | AGE: 78 | MRN: {id:BH-2203-9914} | ADMITTED {date:2023.11.04} TO {loc:BRISTOL HOSPITAL} UNDER DR. {name:AMINATA SOW} FOR NSTEMI."],
  ["admission", "pt {name:fenella ashdown} came up from the ed at {loc:cape cod hospital} on {date:thurs.} with pyelonephritis; her partner {name:wren} is staying at the {loc:hyannis} inn. /s/ {name:d.o.}"],
  ["admission", "Transfer accepted from {loc:Cheshire Medical Center} to {loc:Concord Hospital} ICU on {date:Sept 19th} for {name:Bohdan Kravets}, a {age:93yo} with septic shock; sending MD Dr. {name:Iacobucci}, tel. {phone:603 555 0148}."],
  ["admission", "Pt. {name:Soraya Khoury} (Acct No. {id:71-004-55821}) was admitted {date:12.26.22}, the day after {date:Christmas}, with DKA; her insulin pump SN {id:MMT-770G-4419027} was removed and sent to biomed."],
  ["admission", "ADMISSION {date:FEB-02-2024}: MR. {name:TOBIAH J. WHEELOCK}, {age:AGE 96}, FROM {loc:THE ARBORS AT SPRINGFIELD}, DIRECT TO {loc:MERCY HOSPITAL SPRINGFIELD} 5 WEST; HCP IS SON {name:ABNER}, TEL. {phone:+1 417 555 0123}."],
  ["admission", "{name:YOKASTA PERALTA} PRESENTED TO {loc:TAMPA GENERAL HOSPITAL} ON {date:MEMORIAL DAY} WITH A SYNCOPAL EPISODE AT HER JOB AT {loc:PUBLIX} ON {loc:BAYSHORE BLVD}; MRN: {id:TGH00981224}."],
  ["admission", "Admitted overnight to 4B: {name:Faleolo Tuiasosopo} | DOB {date:1937.08.30} | chart said 86 but pt states he is {age:ninety-one}; corrected by {name:R. Tamayo}, RN."],
  ["admission", "pt: {name:lucía ferreyra} | dob: {date:04jun88} | mrn: {id:5518-20-773} | admitted {date:16jun24} to {loc:valleywise health medical center} obstetrics, g2p1 at 36 wks."],
  ["clinic", "Follow-up visit {date:Apr-11-2024} at {loc:Lahey Hospital} neurology, {loc:Burlington}: {name:Oswin Tremblay} reports fewer tremor episodes on primidone; seen by Dr. {name:Keiko Amsel}."],
  ["clinic", "CLINIC | {name:ISOLDE H. BRANNIGAN} | {age:AGE 94} | SEEN {date:2024.05.20} AT {loc:ST. PETER'S HOSPITAL} GERIATRICS, {loc:ALBANY} | ACCOMPANIED BY DAUGHTER-IN-LAW {name:PRISCILLA} | MMSE 24/30."],
  ["clinic", "{name:Rune Vantongeren} came in {date:Monday} for his knee; he drives for {loc:Hannaford} out of the {loc:South Portland} warehouse and kneels all shift."],
  ["clinic", "seen at {loc:kapiolani medical center for women & children} clinic {date:nov. 3}; {name:leilani kahananui}, 29 yo, mrn {id:KMC-40098113}, here for iud check; /s/ {name:m.k.}"],
  ["clinic", "Ms. {name:Pa Nhia Xiong} returned to {loc:Providence St. Vincent Medical Center} endocrine on {date:the 14th}; A1c down to 7.2; she asks that her next visit fall after {date:Labor Day}."],
  ["clinic", "MR. {name:VACLAV HRUBY}, A {age:102-YEAR-OLD} VETERAN, WAS SEEN AT THE {loc:VA CONNECTICUT HEALTHCARE SYSTEM} {loc:WEST HAVEN} CAMPUS ON {date:JUN-03-2024}; HE STILL WALKS TO {loc:ST. LAWRENCE CHURCH} EVERY MORNING."],
  ["clinic", "WALK-IN {date:SAT 08/17}: {name:DJALU FORTES}, 41, AT {loc:CAREWELL URGENT CARE} IN {loc:MANCHESTER}; LACERATION L HAND FROM WORK AT {loc:OSRAM SYLVANIA}; SEEN BY {name:T. MAKOWSKI}, PA-C."],
  ["clinic", "Pediatric well visit {date:2024.01.09}: {name:Yaretzi P. Delacruz}, 4 y/o, MRN {id:000-882-4401}, seen with her father {name:Teodoro} at {loc:Nemours Children's Health} in {loc:Wilmington}."],
  ["clinic", "{name:Ruth-Ellen Maguire}, {age:92 yrs}, presented to {loc:Eastern Maine Medical Center} wound clinic on {date:10/2} (second visit since {date:Sept 18}); next appt with Dr. {name:Petrosyan}."],
  ["clinic", "pt {name:kwabena sarfo} here {date:wed} for bp check at {loc:duke regional hospital} primary care, {loc:durham}; 138/86 today; wife {name:abena} manages his pillbox."],
  ["referral", "ATTN: Dr. {name:Shirin Moradi}, {loc:Yale New Haven Hospital} Hepatology | Re: {name:Garegin S. Sarkisian} | DOB {date:Dec-12-1966} | MRN {id:YN-33017842} | Please evaluate rising ALT; records faxed to {phone:203/555-0171} on {date:Jul-08-2024}."],
  ["referral", "REFERRAL TO {loc:ENCOMPASS HEALTH REHABILITATION HOSPITAL OF BRAINTREE} FOR {name:ZOFIA M. KRAWCZYK}, {age:AGE 97}, S/P HIP ORIF {date:01APR24}; REFERRING: {name:L. BRZOZOWSKI}, NP; TEL. {phone:617 555 0139}; FAX {phone:617 555 0140}."],
  ["referral", "REFERRING {name:IDRIS HADDAD} TO DR. {name:IÑAKI ETXEBERRIA} AT {loc:FROEDTERT HOSPITAL}, {loc:MILWAUKEE}, FOR A SECOND OPINION ON HIS SARCOMA; NPI OF REFERRING PROVIDER: {id:1730664815}; /S/ {name:J.P.}"],
  ["referral", "attn: {loc:wakemed raleigh campus} sleep lab | pt {name:jovan achterhof} | dob {date:2.19.74} | ins member id {id:BCN8831102457} | suspected osa, epworth 16. call pt at {phone:919 555 0182} to schedule."],
  ["referral", "Please see {name:Dorothea Gwynne} ({age:91 y.o.}) in the {loc:MetroHealth Medical Center} memory clinic; her son {name:Howell} ({phone:+1 (216) 555-0157}) will bring her; referral entered {date:2024.06.27}."],
  ["referral", "ATTN: INTAKE, {loc:BANNER HOSPICE} | PT: {name:ELWOOD P. TWOMBLY} | {age:95 YO} | ADDRESS {loc:7719 E CHAPARRAL RD}, {loc:SCOTTSDALE}, {loc:AZ} | REFERRAL DATE {date:MAY-30-2024}."],
  ["referral", "Physical therapy referral for {name:Fionnuala Brady} after rotator cuff repair on {date:Mar 2nd}; she prefers the {loc:ATI Physical Therapy} location in {loc:Naperville} near her office at {loc:Nicor Gas}."],
  ["referral", "Re-referral to cardiology: {name:Arben Hoxha} missed his {date:Aug-14} slot at {loc:Sentara Norfolk General}; patient says the reminder went to an old email ({contact:arben.hx77@hotmail.com}), updated to {contact:ahoxha.dc@proton.me}."],
  ["rx", "Rx: lisinopril 20 mg PO daily #90 RF3 | Pt: {name:Bernice V. Cabral} | DOB {date:Oct-01-1949} | Send to {loc:Osco Pharmacy} on {loc:Maine St}, {loc:Quincy} | Prescriber DEA {id:BF4472918}."],
  ["rx", "RX SENT {date:2024.02.15} TO {loc:KING SOOPERS} PHARMACY ON {loc:COLFAX AVE} IN {loc:DENVER} FOR {name:WEI-LIN KUO}: APIXABAN 5 MG BID; RX# {id:7720-1184-06}; PHARMACY TEL. {phone:303 555 0162}."],
  ["rx", "refill request from {name:itziar oyarzún} for sertraline 100 mg; last filled {date:may-02}; pharmacy is {loc:h-e-b} on {loc:s congress} in {loc:austin}, rx# {id:3318846}; approved /s/ {name:c.w.}"],
  ["rx", "{name:Aloysius Fenwick}, {age:98 y/o}, has been taking his late wife's metoprolol; new script written {date:Nov 21st} for his own carvedilol 3.125 mg BID to the {loc:Price Chopper} pharmacy in {loc:Rutland}."],
  ["rx", "Prior auth approved for {name:Yevgenia Tkachenko}'s adalimumab by {loc:Highmark Blue Shield}, auth No. {id:PA-24-0098172}, valid {date:2024.03.01} through {date:2025.02.28}; specialty pharmacy: {loc:Optum Specialty Pharmacy}."],
  ["rx", "PRESCRIPTION | {name:STAVROS K. PAPADAKIS} | DOB {date:06SEP60} | METFORMIN ER 750 MG QPM | DISP 90 | PRESCRIBER DR. {name:ROHINI BHATTACHARYA}, LIC. NO. {id:MD-0058214}."],
  ["rx", "Mail-order refill for {name:Rosario D. Dimaculangan} (member {id:XEH449201837}) shipped by {loc:Express Scripts} on {date:the 3rd}; she called {phone:1 (800) 555 0126 opt. 2} because the cold pack was warm."],
  ["rx", "new rx: amoxicillin 875 bid x 10 d for {name:tomasz wrzesniewski}, 52 y/o, to {loc:shaw's} on {loc:broadway} in {loc:bangor}; he leaves for {loc:quebec city} on {date:friday} so pls fill today."],
  ["lab", "LAB | PT: {name:THURGOOD GREAVES} | MRN: {id:BJH-55620073} | COLLECTED {date:2024.04.02} AT {loc:BARNES-JEWISH HOSPITAL} | K 5.9 (H), REPEAT ORDERED; CALLED TO DR. {name:PAGLIARULO} AT {phone:314 555 0117} AT 0710."],
  ["lab", "CRITICAL VALUE: TROPONIN I 2.41 FOR {name:EUSTACE G. LAVOIE}, {age:AGE 90}, {loc:CHRISTIANA HOSPITAL} ED; ACCESSION {id:CH24-118830}; READ BACK BY {name:P. VANG}, RN, ON {date:FEB-27-2024}."],
  ["lab", "{name:Genoveva Ybarra}'s hemoglobin A1c from {loc:Sanford Laboratories} ({date:Jan-05}) was 6.1; requisition No. {id:SL-3310-8867-2}; please mail the result to her {loc:Sioux Falls} address."],
  ["lab", "pathology from {loc:university of iowa hospitals & clinics}: {name:rosamund larkin}, specimen {id:S24-04471}, collected {date:03/19}, benign sessile serrated polyp; pt notified by phone {date:3/22} /s/ {name:k.t.}"],
  ["lab", "Urine culture (collected {date:Jul-30-2024} at {loc:Clinical Pathology Laboratories}) for {name:Sigrid Thorvaldsen}, {age:93}, grew E. coli >100K, resistant to Bactrim; her aide {name:Dulce} was called at {phone:972 555 0138}."],
  ["lab", "INR 3.8 for {name:Archibald Ngata} on {date:TUES 5/7}; anticoag clinic at {loc:St. Mark's Hospital} held warfarin x1; pt ID {id:SMH-998107726}; daughter {name:Aroha} aware."],
  ["lab", "LAB REQUISITION {date:2024.09.12} | {name:MIRIAM ROSENBLATT} | {age:AGE 99} | DRAWN AT HOME BY {loc:BIOREFERENCE} MOBILE PHLEBOTOMY, {loc:88 RIVERSIDE DR APT 12C}, {loc:MANHATTAN}."],
  ["imaging", "CT HEAD W/O CONTRAST, {loc:RHODE ISLAND HOSPITAL}, {date:2024.08.03}: {name:AMBROSE KIMANI}, {age:95 Y/O}, NO ACUTE HEMORRHAGE; ACCESSION {id:RIH-CT-24-551807}; READ BY DR. {name:OTTOLINE PRESSWOOD}."],
  ["imaging", "MRI L-SPINE | PT {name:DOROTEA VILLALOBOS} | MRN {id:NM-71044205} | {loc:NEBRASKA MEDICINE} {loc:OMAHA} | {date:JAN-16-2024} | L4-5 DISC PROTRUSION WITH L5 NERVE ROOT CONTACT."],
  ["imaging", "mammogram for {name:annelise fjeldstad} at {loc:hackensack meridian} breast center {date:12/4}: birads 0, callback scheduled {date:12/11}; implant card lists serial {id:MS-2288104-A}."],
  ["imaging", "Echo ({date:Mar-29-2024}, {loc:Parkland Memorial Hospital}): {name:Lucien Fontaine}, EF 35%; pacemaker SN {id:PJN-118402R} noted; results sent to Dr. {name:Villaseñor} by fax {phone:214/555-0145}."],
  ["imaging", "Mrs. {name:Mechthild Baumgartner} ({age:96 y/o}) had a DEXA at {loc:Ellis Hospital} in {loc:Schenectady} on the {date:Tuesday} before {date:Thanksgiving}; T-score -3.1; image ID {id:DX-0033918}."],
  ["imaging", "US ABDOMEN {date:04JUL24}, {loc:PROVIDENCE ALASKA MEDICAL CENTER}, {loc:ANCHORAGE}: {name:SIONE HAVILI}; GALLSTONES WITHOUT CHOLECYSTITIS; /s/ {name:R.E.}"],
  ["imaging", "Chest x-ray from {date:Friday} for {name:Gurpreet Dhillon} was pushed to the portal at {contact:https://myhealth.stlukesonline.org/results/88140}; no paper copy requested."],
  ["billing", "STATEMENT | GUARANTOR: {name:REGINALD F. OSTROWSKI} | ACCT NO. {id:00-31-77845} | DATE OF SERVICE {date:2024.02.09} | {loc:COOPER UNIVERSITY HOSPITAL}, {loc:CAMDEN} | BALANCE DUE $412.60 BY {date:APR-01-2024}."],
  ["billing", "BILLING NOTE: CLAIM # {id:2024-0318-77120} FOR {name:ADELAIDE R. FONSECA} DENIED BY {loc:CIGNA} ({date:MAR-18-2024}) FOR MISSING MODIFIER; RESUBMITTED BY {name:G. SZALAI} {date:MAR-20-2024}."],
  ["billing", "{name:Winifred Tsosie} called about a bill from {loc:UNM Hospital} for {date:Jan-4}; she says she was at her sister's in {loc:Shiprock} that day; account {id:UNMH-6604119}; forwarded to patient financial services at {phone:505 555 0193}."],
  ["billing", "payment plan set up for {name:marcus tillery}, guarantor {name:lavinia tillery}, acct no. {id:448210-03}; $50 monthly starting {date:aug 1}."],
  ["billing", "FINANCIAL ASSISTANCE APPROVED {date:2024.06.11} FOR {name:LUPITA C. ARREDONDO}, ACCT {id:BMC-0772915}; 100% WRITE-OFF FOR {loc:BOSTON MEDICAL CENTER} STAY {date:MAY 3}-{date:MAY 9}."],
  ["billing", "Self-pay estimate emailed to {name:Torvald Eide} at {contact:torvald.eide@gmail.com} on {date:Wednesday}: colonoscopy at {loc:Anna Jaques Hospital} in {loc:Newburyport}, est. $2,150."],
  ["billing", "collections hold placed on {name:bertrand gauthier}'s acct {id:77-4410-229} after his daughter {name:simone} explained he has been at {loc:the residence at otter creek} in {loc:middlebury} since {date:feb}; he is {age:ninety-four}."],
  ["insurance", "ELIGIBILITY CHECK {date:2024.01.02}: {name:TORBEN SKOV} | {loc:HARVARD PILGRIM} MEMBER ID {id:HPH40771829-01} | GROUP {id:0088217} | PCP ON FILE DR. {name:OTTAVIA LUND}."],
  ["insurance", "INSURANCE UPDATE | {name:MAXIMILIAN R. HOLZER} | PRIMARY: {loc:UNITEDHEALTHCARE} MBR {id:918-22-4410} | {age:AGE 91} | EFFECTIVE {date:JAN-01-2024}."],
  ["insurance", "medicaid redetermination letter for {name:dontrell mabry} came back undeliverable from {loc:2219 w fond du lac ave}, {loc:milwaukee}, {loc:wi} {loc:53206}; forwarding help line {phone:414 555 0109}."],
  ["insurance", "MEDICARE NO. {id:1EG4-TE5-MK72} AND SSN {id:XXX-XX-6612} VERIFIED FOR {name:ODESSA M. LAFLEUR}, {age:100 YEARS OLD}, AT {loc:SOUTHWESTERN VERMONT MEDICAL CENTER} REGISTRATION {date:SEP-05-2024}."],
  ["reminder", "Reminder: {name:Honoria Sweeney}, your mammogram at {loc:Newton-Wellesley Hospital} imaging, {loc:Newton}, is on {date:Tue Oct-15} at 9:40 AM. Reply C to confirm or call {phone:+1 781 555 0175}."],
  ["reminder", "APPOINTMENT REMINDER: {name:LEOPOLDO SY} | {date:THURS 06JUN24} 1:15 PM | DR. {name:YAN-TING CHO} | {loc:TUFTS MEDICAL CENTER} 4TH FLOOR | BRING INSURANCE CARD AND MED LIST."],
  ["reminder", "hi {name:nuala}, this is {loc:greater lowell family health} reminding you of your flu shot on {date:friday the 4th}. questions? {phone:978 555 0131}."],
  ["reminder", "Your child {name:Kaimana Lopaka} is due for the 4-year vaccines; please book by {date:Aug-30} at {contact:https://book.nemours.org/wilmington?pid=55102} or call our {loc:Newark} office."],
  ["reminder", "Colonoscopy prep reminder for {name:Cyprian Woźniak}: start clear liquids {date:Sunday}, procedure {date:Monday Apr-08} at {loc:Saint Francis Hospital} Endoscopy; driver on file: {name:Halina Woźniak}, {phone:860 555 0112}."],
  ["reminder", "REMINDER FOR MR. {name:KEALOHA}: ANNUAL WELLNESS VISIT DUE {date:2024.11.01}; LAST VISIT {date:2023.10.27} AT {loc:CONCORD HOSPITAL FAMILY HEALTH CENTER}, {loc:HILLSBOROUGH}."],
  ["reminder", "Grandma {name:Nneka}'s ({age:age 103}) home visit from Dr. {name:Ruhl} moved to {date:Tuesday} because of the {date:July 4th} holiday; gate code is in her chart."],
  ["reminder", "Lab reminder: fasting lipid panel for {name:Everard Nkemelu} due before his {date:Jan-19} visit; walk-in at any {loc:Penn Medicine} lab site, e.g. {loc:355 Lancaster Ave}, {loc:Wayne}, {loc:PA}."],
  ["contact", "Emergency contact | Name: {name:Bronwen T. Llewellyn} | Relation: niece | Cell: {phone:(802)555 0134} | Work: {loc:Ben & Jerry's}, {loc:Waterbury} | Email: {contact:bronwen.llew@gmail.com}."],
  ["contact", "EMERGENCY CONTACTS FOR {name:HALVARD J. RØNNING} ({age:97 Y/O}): 1) WIFE {name:SOLVEIG}, HOME {phone:612 555 0118}; 2) SON {name:EINAR}, {loc:ST. PAUL}, {phone:651 555 0170}."],
  ["contact", "pt's healthcare proxy is fr. {name:anselmo ruiz} of {loc:st. casimir parish} in {loc:lansing}; rectory tel. {phone:517 555 0184}; he visits {date:sundays} after mass."],
  ["contact", "NEXT OF KIN UPDATED {date:2024.03.14}: {name:AMRA HADŽIĆ} (DAUGHTER), {loc:77 WABASH AVE, UNIT 4B}, {loc:CHICAGO}; MOBILE {phone:+1 312 555 0151}."],
  ["contact", "Contact for {name:Haruto Nakagawa}, {age:ninety-two}: neighbor {name:Loretta Shabazz} has a key; her number is {phone:555-0193} (local, {loc:Bar Harbor})."],
  ["contact", "CASE MANAGER {name:JUANITA B. QUINTERO}, {loc:ELDER SERVICES OF THE MERRIMACK VALLEY}, CAN BE REACHED AT {phone:978 555 0127 EXT 3302} OR {contact:JBQUINTERO@ESMV.ORG} REGARDING MR. {name:CALLOWAY}."],
  ["contact", "Guardian: {name:Atticus W. Pennington}, court appointed {date:Apr-02-2024} ({loc:Hennepin County} probate); pager {phone:612 555 0103}; fax {phone:612 555 0104}."],
  ["contact", "{name:Marisela}, the pt's daughter, asks that we text rather than call: {phone:602-555-0178}; she works nights at {loc:Banner Desert Medical Center} in {loc:Mesa}."],
  ["portal", "Re: refill | From: {name:Gaspard L. Thériault} | Sent: {date:Mar-03-2024} | \"Hi Dr. {name:Aghajanian}, my pharmacy at {loc:Stop & Shop} on {loc:Congress St} says you never got the request. Thanks, {name:Gaspard}\""],
  ["portal", "RE: TEST RESULTS | {name:HEDWIG E. SCHAUMBURG} | SENT {date:2024.07.22} | MY DAUGHTER {name:CLARA} ({contact:CLARA.SCHAUM@YAHOO.COM}) HAS PROXY ACCESS; PLEASE COPY HER ON ANYTHING FROM DR. {name:BLACKWOOD}."],
  ["portal", "re: appointment | from {name:selamawit tsegaye} | {date:tues} | can i move my {date:11/19} visit at {loc:yale new haven} to the {loc:guilford} office? i start a new job at {loc:electric boat} that week."],
  ["portal", "Re: my mother | Sent by proxy {name:Kaisa Halonen} for {name:Aino Halonen}, {age:age 95} | \"Mom fell again last {date:Saturday} at {loc:Brookdale Woodbridge}; nobody called us.\""],
  ["portal", "Portal account locked for {name:Sebastian Dąbrowski} (user {contact:sdabrowski1962}); last login from IP {contact:98.114.27.203} on {date:Aug-09-2024}; reset link sent to {contact:seb.dab62@comcast.net}."],
  ["portal", "Reply from Dr. {name:Ishaan Van Heerden}, {date:Jun-12}: {name:Maribel}, your biopsy from {date:Jun-05} is benign; no need to come back to {loc:Alta Bates Summit Medical Center} until your yearly visit. /s/ {name:IVH}"],
  ["portal", "RE: FORM | {name:HODAN A. WARSAME} ASKS US TO FAX HER FMLA PAPERS TO HR AT {loc:BATH IRON WORKS}, FAX {phone:207 555 0166}, ATTN {name:D. PELLETIER}; SHE IS OUT {date:OCT-01} TO {date:OCT-29}."],
  ["portal", "re: bill | {name:caedmon ekwueme} writes \"why did i get charged for {date:4/2}, i was only at {loc:wakemed cary} on {date:4/3}\" - routed to billing, acct {id:WM-22018874}."],
  ["portal", "Message from {name:Zephyrine Boudinot} ({age:90 y/o}) via {contact:https://mychart.hartfordhealthcare.org}: \"My hearing aid SN {id:PH-7781-0429} stopped working after the {date:Tuesday} visit.\""],
  ["social", "Social hx: {name:Lachlan Buchanan} was a longshoreman at the {loc:Port of Baltimore} for 30 yrs; lives with his husband {name:Dario} in {loc:Dundalk}; quit smoking {date:New Year's Day 2019}."],
  ["social", "SOCIAL HISTORY: {age:93 Y/O} RETIRED SEAMSTRESS, WIDOWED; LIVES AT {loc:THE COMMONS IN LINCOLN}, {loc:LINCOLN}, {loc:MA}; DAUGHTER {name:ROSALIE PINKERTON} VISITS {date:WEDNESDAYS}."],
  ["social", "pt works as a line cook at {loc:legal sea foods} in {loc:somerville}; rents a room from mrs. {name:gallardo} at {loc:14 oak st}; etoh 3-4 beers nightly; no ivdu."],
  ["social", "{name:Ximena Brightwell}, 34, teaches 3rd grade at {loc:Hillcrest Elementary} in {loc:Lawrence}, {loc:KS}; runs half marathons; drinks 2 glasses of wine on weekends."],
  ["social", "SH | OCCUPATION: RETIRED FROM {loc:KODAK} ({loc:ROCHESTER}) | LIVES: WITH SON {name:BARTEK} AT {loc:509 CULVER RD} | TOBACCO: 40 PK-YR, QUIT | AGE: {age:96}."],
  ["social", "Social history per Mrs. {name:Hrabovsky}: her father, {name:Miroslav}, {age:101}, still gardens at their farm outside {loc:Decorah}, {loc:Iowa}, and attends {loc:Washington Prairie Methodist Church}."],
  ["social", "born in {loc:port-au-prince}, moved to {loc:mattapan} at age 12; works overnight security at {loc:logan airport}; her cousin {name:wilner jean-baptiste} is her main support. /s/ {name:a.b.}"],
  ["social", "Housing: {name:Khamphet Sisavath} has been staying at the {loc:Pine Street Inn} since {date:Jan-08-2024}; case worker {name:Deshawn Pettaway} at {phone:617 555 0186}; DL# {id:S530-2281-4471} lost."],
  ["admission", "ADMITTED {date:2024.10.07} | {name:ALTHEA M. GRONDIN} | {age:91 Y/O} | FROM {loc:WINDHAM CENTER NURSING HOME} | TO {loc:MAINEGENERAL MEDICAL CENTER}, {loc:AUGUSTA} | URINARY RETENTION."],
  ["clinic", "{name:ZARGHUNA SAFI} ({age:93YO}) SEEN {date:DEC-20-2023} AT {loc:SOUTHCOAST HEALTH} {loc:FALL RIVER}; HEARING IMPROVED AFTER CERUMEN REMOVAL; NEXT VISIT AFTER {date:NEW YEAR'S}."],
  ["reminder", "Text from {loc:Marshfield Clinic}: your ride to dialysis is confirmed for {date:Thu 2/6}. Reply STOP to opt out."],
  ["contact", "Spouse: {name:Teodora Lukić} | cell {phone:(907) 555-0122} | speaks Serbian, some English."],
  ["social", "lives with her sister, who is {age:ninety}, in a single-wide outside {loc:moab}; no running water in winter."],
  ["portal", "Re: records | please send my whole file to {contact:records@deschutesfamilymed.org} before my move, thanks. {name:Teruo Okuma}"],
  ["billing", "ACCT {id:STL-00482271} PAID IN FULL {date:09/30/24}; NO FURTHER STATEMENTS."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_205_FIRST_CLEAN: string[] = [
  "Pt admitted to 9 North with CHF exacerbation; diuresed 2.1 L overnight on IV furosemide 40 mg BID.",
  "ADMIT NOTE | AGE: 84 | CC: CHEST PRESSURE | TROPONIN 0.08 -> 0.31 | HEPARIN GTT STARTED PER ACS PROTOCOL.",
  "pt came up from the ed with pyelo; ctx 1 g q24h, foley placed for retention, uop 40 ml/hr.",
  "Transfer accepted to the ICU for septic shock; norepinephrine at 0.12 mcg/kg/min, lactate 4.4 trending down.",
  "Admitted with DKA, anion gap 24, pH 7.11; insulin drip per protocol, potassium repleted x2.",
  "Pt states he is 88, not 86; DOB verified against photo ID and corrected in registration.",
  "Follow-up visit: fewer tremor episodes on primidone 50 mg qhs; Parkinson's remains on the differential.",
  "CLINIC | AGE 79 | MMSE 26/30 | GAIT STEADY WITH CANE | TIMED UP AND GO 14 SEC | RTC 6 MONTHS.",
  "Knee pain worse after long shifts kneeling; McMurray negative, Lachman negative, mild effusion.",
  "well visit: 4 y/o, growth 60th percentile, apgars were 8 and 9, vaccines up to date, dtap #5 given.",
  "Seen for BP check; 138/86 today, home log averages 132/80; continue amlodipine 5 mg daily.",
  "A1C DOWN TO 7.2 FROM 8.9; CONTINUE METFORMIN ER 1000 MG; URINE MICROALBUMIN NEXT VISIT.",
  "ATTN: Hepatology | Please evaluate rising ALT (188) and AST (142); hepatitis panel negative; ultrasound shows steatosis.",
  "REFERRAL FOR OUTPATIENT PT S/P HIP ORIF; WBAT; FOCUS ON GAIT, BALANCE AND STAIRS.",
  "attn: sleep lab | suspected osa, epworth 16, neck 17.5 in, bmi 38; split-night study requested.",
  "Please see in memory clinic for progressive word-finding trouble over 2 years; B12 and TSH normal.",
  "Referral for second opinion on retroperitoneal sarcoma, 9.4 cm on CT; tumor board recommended neoadjuvant radiation.",
  "Rx: lisinopril 20 mg PO daily #90 RF3; hold for SBP < 100 or K > 5.5.",
  "RX: APIXABAN 5 MG BID #60 RF5; CRCL 52; NO DOSE ADJUSTMENT NEEDED.",
  "refill request for sertraline 100 mg; phq-9 today is 6, down from 15; approved x90 days.",
  "Prior auth approved for adalimumab 40 mg q2wk; TB QuantiFERON negative; hep B surface antigen negative.",
  "new rx: amoxicillin 875 mg bid x 10 days for strep pharyngitis, rapid strep positive, no pcn allergy.",
  "PDMP checked; last fill of oxycodone 5 mg #20 was 30 days ago; no early refills.",
  "Lab: K 5.9 (H) on hemolyzed sample, repeat ordered STAT; ECG without peaked T waves.",
  "CRITICAL VALUE: TROPONIN I 2.41 NG/ML; READ BACK AND VERIFIED; CARDIOLOGY PAGED.",
  "pathology: benign sessile serrated polyp, 6 mm, completely excised; repeat colonoscopy in 5 years.",
  "Urine culture grew E. coli >100K CFU/mL, resistant to TMP-SMX and ampicillin, sensitive to nitrofurantoin.",
  "INR 3.8; warfarin held x1, then resume 5 mg daily except 2.5 mg twice a week; recheck in one week.",
  "Genetic testing sent for BRCA1/2 and Lynch panel; counselor will review results with the family.",
  "CT head w/o contrast: no acute hemorrhage, chronic small vessel ischemic change, no midline shift.",
  "MRI L-SPINE: L4-5 DISC PROTRUSION WITH L5 NERVE ROOT CONTACT; T2 HYPERINTENSE SIGNAL AT L5-S1 ENDPLATES.",
  "mammogram birads 0, callback for spot compression views of the left breast at 2 o'clock.",
  "Echo: EF 35%, moderate MR, RVSP 42 mmHg; pacemaker lead seen in RV; no pericardial effusion.",
  "DEXA: T-SCORE -3.1 AT THE FEMORAL NECK; START ALENDRONATE 70 MG WEEKLY; CALCIUM AND VITAMIN D.",
  "US ABDOMEN: GALLSTONES WITHOUT WALL THICKENING OR PERICHOLECYSTIC FLUID; NEGATIVE SONOGRAPHIC MURPHY SIGN.",
  "Statement: balance due $412.60; payment plans are available; call the number on the back of your card.",
  "BILLING NOTE: CLAIM DENIED FOR MISSING MODIFIER 25; CORRECTED CLAIM RESUBMITTED WITH CPT 99214.",
  "Financial assistance approved at 100% based on household size of 4 and income below 200% FPL.",
  "Self-pay estimate for screening colonoscopy is $2,150 including anesthesia and pathology.",
  "Eligibility verified; Medicare Part B primary, supplement secondary; no prior auth needed for DME.",
  "INSURANCE UPDATE: NEW EMPLOYER PLAN EFFECTIVE NEXT MONTH; PATIENT WILL BRING THE NEW CARD.",
  "Medicaid redetermination letter returned undeliverable; patient asked to update address at next visit.",
  "Reminder: your mammogram is next week. Reply C to confirm or R to reschedule.",
  "APPOINTMENT REMINDER: BRING YOUR INSURANCE CARD, PHOTO ID AND A CURRENT MEDICATION LIST.",
  "hi, this is your care team reminding you that flu shots are available at every visit this fall.",
  "Colonoscopy prep reminder: clear liquids the day before; start the first half of the prep at 6 PM.",
  "Emergency contact: niece, lives nearby, has a key and is aware of the code status (DNR/DNI).",
  "EMERGENCY CONTACTS ON FILE: WIFE (HOME PHONE) AND SON (MOBILE); BOTH AWARE OF ADMISSION.",
  "pt's healthcare proxy is her parish priest; molst form signed and scanned into the chart.",
  "Re: refill | my pharmacy says they never got the request for my blood pressure pills, can you resend?",
  "RE: TEST RESULTS | MY DAUGHTER HAS PROXY ACCESS; PLEASE COPY HER ON ANYTHING ABOUT MY KIDNEYS.",
  "re: appointment | can i move my visit to a later time? i start a new job that week.",
  "Reply: your biopsy is benign; no need to come back until your yearly visit. Have a good summer.",
  "Social hx: retired longshoreman, 30 pk-yr smoker, quit; 2 beers on weekends; lives with husband.",
  "SOCIAL HISTORY: WIDOWED, RETIRED SEAMSTRESS, WALKS WITH A ROLLATOR, MEALS ON WHEELS 5 DAYS A WEEK.",
  "pt works as a line cook; etoh 3-4 beers nightly; no ivdu; interested in cutting down, ciwa not indicated.",
  "Housing: staying at a shelter for six weeks; case worker involved; lost his license and glasses.",
];

/** Decision 205's batch in corpus.json's shape, for score.ts. */
export function decision205Corpus(): Corpus {
  return { notes: DECISION_205_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_205_FIRST_CLEAN };
}
