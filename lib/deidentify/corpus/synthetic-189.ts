// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets: one or two
// sentences each, across admissions, clinic visits, discharges, referrals, prescriptions, labs,
// imaging, billing and insurance, reminders, emergency contacts, portal messages and social or
// family history. They are by "a twenty-second writer who had not read the guard's rules", whose
// habits are: "Re:" and "Attn:" headers, bracketed record numbers ("[MRN 00482913]"), phone numbers
// written with dots, dates that wander between ISO, "the 3rd of June" and dashed DOBs, state
// abbreviations sometimes in lower case, semicolons instead of full stops, and sign-offs with an
// em dash and initials.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admission"
  | "clinic"
  | "discharge"
  | "referral"
  | "rx"
  | "lab"
  | "imaging"
  | "billing"
  | "reminder"
  | "contact"
  | "portal"
  | "history";

/**
 * The batch of decision 189: short synthetic US healthcare sentences full of invented PHI, by a
 * twenty-second writer with bracketed record numbers, dotted phone numbers and dash-initial sign-offs.
 */
export const DECISION_189_FIRST: Array<[Style, string]> = [
  ["admission", "Re: {name:Harriet Ngozi Adeyemi} [MRN {id:00482913}]; admitted to {loc:Harborview Medical Center} on {date:2023-02-14} via the ED after a fall at home, {loc:1187 Alder Creek Rd}, {loc:Seattle}, {loc:wa} {loc:98122}. —{name:RB}"],
  ["admission", "Pt {name:Dmitri Volkov}, DOB {date:06-19-1948}, admitted {date:3rd of March} to {loc:Mercy Hospital St. Louis} with community-acquired pneumonia; attending Dr. {name:Perlmutter}; contact wife {name:Svetlana} at {phone:314.555.0186}."],
  ["admission", "Admit note {date:11/02/2022}: {name:Luz Marina Quintero}, {age:91 y/o}, brought in by her grandson {name:Andrés} from {loc:Casa de Paz Assisted Living} on {loc:Calle Real}; [acct {id:A-7730418}]."],
  ["admission", "Attn: bed board; Mr. {name:Okonkwo} (MRN {id:5520-188-07}) transferring from {loc:Memorial Hermann Katy} to {loc:Houston Methodist} on {date:Tuesday}; call {phone:713.555.0142 x 2290} with questions."],
  ["admission", "{name:Priya Raghunathan}, a 47 yo teacher at {loc:Lincoln Middle School} in {loc:Fresno}, was admitted {date:Jan 9 2024} for DKA; her endocrinologist Dr. {name:Ishikawa} was paged at {phone:559.555.0117}."],
  ["clinic", "Clinic visit {date:5/17/23} at {loc:Sutter Health Palo Alto Medical Foundation}; {name:Marcus Whitfield} ([MRN {id:PA-0019982}]) seen for follow-up of HTN; BP 142/88; return in 3 months. —{name:JT}"],
  ["clinic", "Seen today, {date:the 8th of August}, by Dr. {name:Beatriz Coelho} at {loc:Family Health Center of Worcester}; pt {name:Tomasz Wiśniewski} reports improved sleep on trazodone."],
  ["clinic", "Ms. {name:Yeager} came to {loc:Kaiser Permanente Oakland} {date:Thurs} with her daughter {name:Kelsey}; knee pain R>L; x-ray ordered; pt's cell {phone:(510) 555-0163}."],
  ["clinic", "Well-child check for {name:Zainab Haddad}, DOB {date:2019-10-04}; mother {name:Rania Haddad} asks about school forms for {loc:Dearborn Public Schools}; seen by {name:K. Lindqvist}, PNP."],
  ["clinic", "Re: {name:Bernard Oyelaran-Smith}; follow up in {loc:Cleveland Clinic} cardiology with Dr. {name:Vasquez-Moreno} on {date:June 22}; Holter results reviewed; [MRN {id:CC-20488173}]."],
  ["discharge", "Discharged {date:04-30-2024} to {loc:Brookdale Senior Living} at {loc:4410 Peachtree Industrial Blvd}, {loc:Norcross}, {loc:GA} {loc:30071}; pt {name:Eunice Farragut} to follow up with Dr. {name:Abernathy} in 1 wk."],
  ["discharge", "Discharge summary for {name:Kwame Asante-Boateng} [MRN {id:88104427}]: admitted {date:2/11}, discharged {date:2/16}; dx CHF exacerbation; home with VNA; PCP Dr. {name:Lindgren} at {loc:Boston Medical Center}."],
  ["discharge", "Pt {name:Rosalind Teague}, {age:ninety-four}, discharged home to {loc:Bar Harbor}, {loc:me}, with her nephew {name:Colin}; hospice intake scheduled {date:Monday}; call {phone:207.555.0134}."],
  ["discharge", "{name:Chen Wei-Lin} discharged from {loc:UCSF Medical Center} on {date:the 21st}; script for apixaban sent to {loc:Walgreens on Irving St}; f/u Dr. {name:Hollis} {date:Dec 5}. —{name:mk}"],
  ["discharge", "Discharge instructions given to Mr. and Mrs. {name:Delacroix}; patient {name:Gaston Delacroix} may resume driving after {date:10/14}; questions to the unit at {phone:504.555.0199}."],
  ["referral", "Referral: Dr. {name:Samuel Achterberg} at {loc:Mayo Clinic Rochester}, fax {phone:507.555.0177}; re: {name:Ingrid Solheim}, DOB {date:1961-07-30}, for evaluation of refractory epilepsy; [MRN {id:MC-3318092}]."],
  ["referral", "Referring {name:Devontae Jamison} (member ID {id:XGH448210937}) to {loc:Children's Hospital of Philadelphia} pulmonology; mother {name:Tanisha} can be reached at {phone:215.555.0108}."],
  ["referral", "Attn: Dr. {name:Ferreira}, {loc:Dartmouth-Hitchcock}; please see {name:Agnes McTavish}, {age:93 yrs}, for second opinion on aortic stenosis; her daughter {name:Fiona McTavish} will bring records on {date:Sept 12}."],
  ["referral", "Referral to {loc:Shirley Ryan AbilityLab} for {name:Hamid Rezaei} after TBI sustained {date:7/4/2023} at his job at {loc:Midwest Steel Fabricators}; case mgr {name:Laurel Pike}, {phone:312.555.0155}."],
  ["referral", "Re: {name:Okafor, Chidinma}; referred by Dr. {name:Weintraub} ({loc:Mount Sinai}) to {loc:NYU Langone} rheumatology; email {contact:c.okafor88@fastmail.com} for scheduling."],
  ["rx", "Rx: lisinopril 10 mg daily #90 for {name:Gloria Benavides}, DOB {date:02-08-1955}; send to {loc:CVS Pharmacy}, {loc:2201 W Indian School Rd}, {loc:Phoenix}, {loc:AZ} {loc:85015}; prescriber DEA {id:BH4471902}. —{name:TH}"],
  ["rx", "Refill request {date:2024-05-02}: {name:Ahmed Al-Sayegh} [MRN {id:0073319}] needs metformin 500 mg; pharmacy fax {phone:602.555.0121}; approved by Dr. {name:Kowalczyk}."],
  ["rx", "Prior auth for adalimumab for {name:Siobhan Gallagher}, member ID {id:BCB-7719-44820}, submitted to {loc:Blue Cross Blue Shield of Illinois} on {date:3/8}; ref # {id:PA2024-0318-7741}."],
  ["rx", "RX SENT {date:01/19/2024} FOR {name:HAROLD JEPPESEN}, {age:96 YO}, FUROSEMIDE 20 MG BID TO {loc:HY-VEE PHARMACY} {loc:AMES} {loc:IA}; DAUGHTER {name:LINDA} NOTIFIED AT {phone:515.555.0190}."],
  ["rx", "new rx for {name:maya thibodeaux}: sertraline 50 mg; pick up at {loc:rite aid} on {loc:magazine st}, {loc:new orleans}; dr {name:fontenot} wants a call back on {date:friday} at {phone:504.555.0148}."],
  ["rx", "Controlled substance agreement signed {date:the 2nd of October} by {name:Rodney Clemmons}; NPI of prescriber Dr. {name:Awasthi} {id:1487392055}; urine tox due {date:Nov 2}."],
  ["lab", "Lab result for {name:Fatima Bello} [MRN {id:LB-5528410}], collected {date:2023-09-14 07:42}: HbA1c 9.1%; reviewed by Dr. {name:Stroud} at {loc:Grady Memorial Hospital}."],
  ["lab", "Accession {id:S23-0048817}; specimen from {name:Ezekiel Hart}, DOB {date:12/01/1970}, received {date:Aug 3} at {loc:Quest Diagnostics Chantilly}; potassium 6.1, called to RN {name:Dana} at {phone:703.555.0179}."],
  ["lab", "CRITICAL VALUE: TROPONIN 2.4 FOR {name:WALLACE OYELOWO} (MRN {id:30019884}) CALLED TO DR. {name:BRANNIGAN} ON {date:3/22/24} AT 0215 BY {name:K. ESPOSITO}, {loc:ST. VINCENT'S} LAB."],
  ["lab", "inr 3.8 today for {name:dolores kirkpatrick}; hold warfarin x1 dose; recheck {date:thursday} at the anticoag clinic at {loc:parkland}; pt aware via phone {phone:214.555.0126}. -{name:jw}"],
  ["lab", "Pathology report {id:SP-22-11094}: {name:Nguyen Thi Lan}, {age:92 years}, colon biopsy, tubular adenoma; signed out {date:05-Jan-2023} by Dr. {name:Rosenquist}, {loc:Emory University Hospital}."],
  ["imaging", "CT head w/o contrast {date:2024-03-11}, {name:Benedikt Auer}, [MRN {id:0019372-4}], ordered by Dr. {name:Achebe} from {loc:Penn Presbyterian}; no acute hemorrhage; read by Dr. {name:Lisa Marchetti}."],
  ["imaging", "MRI L-spine scheduled for {name:Consuelo Ybarra} on {date:Wed 6/5} at {loc:RadNet Imaging Center}, {loc:8700 Beverly Blvd}, {loc:Los Angeles}; arrive 30 min early; questions {phone:310.555.0152}."],
  ["imaging", "Mammogram screening reminder to {name:Dorothy Pennington} at {contact:dpennington1952@aol.com}; last study {date:April 18, 2022} at {loc:Hoag Breast Center}, {loc:Newport Beach}."],
  ["imaging", "XR CHEST 2 VIEWS, {name:JOSIAH BRUMFIELD}, ACC {id:RX88120455}, {date:07/07/2023}; IMPRESSION: NO ACUTE PROCESS; DICTATED BY DR. {name:PATEL}, {loc:OCHSNER MEDICAL CENTER}."],
  ["imaging", "echo done {date:9/30} on {name:gideon marsh}; ef 35%; images in pacs under acc {id:ech-4410987}; results to dr {name:ferraro} at {loc:rush university medical center}."],
  ["billing", "Statement for account {id:9920-441-88} — guarantor {name:Leonard Fairbanks}, {loc:77 Orchard Lane}, {loc:Montpelier}, {loc:VT} {loc:05602}; balance $412.50 due {date:June 30, 2024}; call {phone:802.555.0103}."],
  ["billing", "Claim {id:CLM-20231107-55219} for {name:Mei-Ling Tsao}, Aetna member {id:W228841930}, denied for DOS {date:10/21/2023}; resubmit with modifier 25. —{name:RB}"],
  ["billing", "Medicare beneficiary {name:Augustus Pryor}, MBI {id:1EG4-TE5-MK72}, SSN on file {id:412-55-0937}; {age:97-year-old} resident of {loc:Leisure World}, {loc:Silver Spring}, {loc:MD}."],
  ["billing", "Re: {name:Hollister, Grant}; self-pay discount approved {date:2/2/24}; payment plan of $50/mo via {contact:https://pay.riverbendhealth.org/acct/557120}; acct {id:557120}."],
  ["billing", "patient {name:ramon echeverria} called billing {date:monday} about invoice {id:inv-338172}; says he has medicaid id {id:NM44019276}; calls back at {phone:505.555.0111}."],
  ["reminder", "Reminder: {name:Theodora Kasprzak}, you have an appointment with Dr. {name:Halvorsen} on {date:Friday, May 10} at 9:15 am at {loc:Essentia Health Duluth Clinic}; reply C to confirm or call {phone:218.555.0164}."],
  ["reminder", "Hi {name:Jamal}, this is {loc:Piedmont Atlanta} reminding you of your colonoscopy prep starting {date:12/3}; clear liquids only; questions to {phone:404.555.0138}."],
  ["reminder", "APPOINTMENT REMINDER FOR {name:EVELYN STARKWEATHER} — {date:TUESDAY 4/16} 2:30 PM — {loc:MAINE MEDICAL CENTER} PULMONARY, {loc:22 BRAMHALL ST}, {loc:PORTLAND}; BRING INSURANCE CARD (MEMBER {id:HPH7721045})."],
  ["reminder", "Flu shot due for {name:Abdirahman Warsame} [MRN {id:HC-4411207}]; clinic open {date:Saturday Oct 19} at {loc:Hennepin Healthcare}, {loc:Minneapolis}; text {phone:612.555.0185} to book."],
  ["reminder", "your son {name:liam o'shaughnessy} is due for his 4-year vaccines; last visit {date:8/14/23} at {loc:nationwide children's} in {loc:columbus}; book online at {contact:https://mychart.nationwidechildrens.example/liam-osh}."],
  ["reminder", "Reminder sent {date:2024-01-05} to Mr. {name:Yusuf Demir}: annual wellness exam with nurse practitioner {name:Reilly}; voicemail left at {phone:718.555.0127}."],
  ["contact", "Emergency contact for {name:Margarethe Vogelsang}, {age:99 yo}: son {name:Kurt Vogelsang}, {loc:310 Elm Terrace}, {loc:Frankenmuth}, {loc:MI} {loc:48734}, home {phone:989.555.0150}, cell {phone:989.555.0151}."],
  ["contact", "Next of kin: {name:Adaeze Nwosu} (sister), email {contact:adaeze.nwosu@outlook.com}, phone {phone:+1 832 555 0119}; pt {name:Obinna Nwosu} asked that his employer {loc:Chevron} not be called."],
  ["contact", "EMERGENCY CONTACT UPDATED {date:03/03/2024}: {name:RUTH ANN BLEVINS}, NIECE, {phone:606.555.0172}; POA PAPERS ON FILE WITH {loc:APPALACHIAN REGIONAL HEALTHCARE}, {loc:HAZARD}, {loc:KY}."],
  ["contact", "HCP is Father {name:Tomás Elizondo} of {loc:St. Anthony's Church}, {loc:San Antonio}; reach him at {phone:210.555.0144} or {contact:frtomas@stanthonysa.org} for Mrs. {name:Ocampo}."],
  ["contact", "contact for {name:delphine}'s care: her partner {name:june okonjo-reyes}, {phone:503.555.0133}, lives at {loc:1819 se hawthorne blvd}, {loc:portland}, {loc:or} {loc:97214}."],
  ["portal", "Portal message from {name:Marisol Etxeberria} ({contact:metxeberria}) on {date:2/27/24}: \"Dr. {name:Lundqvist}, my rash is back since {date:Sunday}; can I get in before my trip to {loc:Tucson}?\""],
  ["portal", "MyChart msg {date:2023-11-30} 21:04 — {name:Hiroshi Tanabe} writes: \"the new dose of amlodipine makes my ankles swell\"; routed to {name:Carla}, RN, at {loc:Queen's Medical Center}. —{name:JT}"],
  ["portal", "Reply to {name:Beatrix Lowenthal}: \"Hi {name:Bea}, your thyroid labs from {date:Jan 12} are normal; Dr. {name:Sandoval} will see you on the {date:22nd}.\" —sent via {contact:https://portal.lakeshorehealth.example/msg/77821}"],
  ["portal", "hi dr {name:amadi} it's {name:rosa}, {name:rosa delgado-pinto} (mrn {id:0057721}), my mom {name:carmen} fell again last night... wait she's at {loc:sunrise of la jolla}, can you call them at {phone:858.555.0160}"],
  ["portal", "Patient {name:Bartholomew Quigg} uploaded his glucose log to the portal as user {contact:bquigg_1958}; IP on record {contact:73.162.44.201}; reviewed {date:Mon 3/4} by {name:S. Oduya}, CDE."],
  ["history", "Social hx: {name:Rashida Coleman} lives with her husband {name:Terrence} in {loc:Gary}, {loc:IN}; works nights at {loc:Methodist Hospitals Northlake}; no tobacco; occasional wine."],
  ["history", "Family history per pt {name:Gunnar Eriksson}: father {name:Lars} died of MI at 58; mother {name:Astrid} alive at {age:ninety-one} in {loc:Moorhead}, {loc:MN}; brother {name:Nils} with T2DM."],
  ["history", "SH: retired machinist from {loc:Pratt & Whitney}, {loc:East Hartford}; lives alone on {loc:Wethersfield Ave}; daughter {name:Colleen Brophy} checked on him {date:Sunday}. —{name:RB}"],
  ["history", "fhx: mom {name:aurelia} breast ca at 44, treated at {loc:md anderson}; maternal grandmother, nana {name:pearl}, lived to {age:102}; dad unknown."],
  ["history", "Pt {name:Jun-ho Baek} emigrated from Korea in 2009, works at {loc:H Mart} in {loc:Fort Lee}, {loc:NJ}; lives with wife {name:Seo-yeon} and two kids; vapes daily."],
  ["admission", "ADMITTED {date:12-24-2023} TO {loc:SAINT ALPHONSUS REGIONAL} FROM {loc:BOISE} ADDRESS {loc:5120 W FAIRVIEW AVE}; PT {name:CLAYTON REDHORSE}, MRN {id:SA-00774102}; WIFE {name:MAVIS} AT BEDSIDE."],
  ["admission", "Re: {name:Olumide Bankole}; direct admit from Dr. {name:Castellanos}'s office at {loc:Baylor Scott & White Temple} on {date:the 14th of Feb}; insurance {id:UHC-908812274}. —{name:TH}"],
  ["admission", "{name:Wilhelmina Ashdown-Prue}, {age:90 years old}, admitted overnight {date:9/9} from {loc:Hebrew SeniorLife} in {loc:Roslindale} for delirium; hospitalist Dr. {name:Mbeki}."],
  ["admission", "Pt arrived by EMS from Interstate 94 near {loc:Kalamazoo} after MVC {date:July 19th}; ID'd as {name:Travis Lockhart} by MI license {id:L263 554 801 772}; trauma attending Dr. {name:Oduya}."],
  ["clinic", "Ortho visit {date:2024-02-06} with Dr. {name:Ravindra Kulkarni} at {loc:Hospital for Special Surgery}; {name:Phoebe Caldwell-Young} [MRN {id:HSS-4490217}] 6 wks s/p ACL repair; PT at {loc:Upper East Side Physical Therapy}."],
  ["clinic", "Pt {name:Anselm Durand} seen {date:Wed} in {loc:Ochsner Baton Rouge} derm; biopsy of L shoulder lesion; results via {contact:adurand@lsu-alumni.example.org}; -{name:mk}"],
  ["clinic", "Sgt. {name:Marcus Ellery}, fresh off deployment, seen at {loc:VA Puget Sound} {date:10/10/23}; PTSD screen positive; referred to Dr. {name:Hyun}."],
  ["clinic", "PRENATAL VISIT 28 WKS, {name:ALEJANDRA FUENTES-RIVAS}, EDD {date:05/30/2024}; GLUCOSE TOLERANCE DUE; SEEN BY CNM {name:HOLLOWAY} AT {loc:UNIVERSITY OF NEW MEXICO HOSPITAL}."],
  ["clinic", "Telehealth visit {date:3/28} with {name:Bogdan Petrescu} who was calling from his daughter's home in {loc:Naperville}, {loc:IL}; link {contact:https://zoom.us/j/84420019371}; callback {phone:630.555.0114}."],
  ["discharge", "DC home {date:2023-06-02}; pt {name:Marguerite Olatunji} [MRN {id:00419982}] to see Dr. {name:Feldstein} at {loc:Rhode Island Hospital} {date:June 9}; home O2 via {loc:Apria Healthcare}, {phone:401.555.0146}."],
  ["discharge", "Discharged against medical advice on {date:the 5th}: {name:Cody Rainwater}, 33, left {loc:Billings Clinic} with friend {name:Shay}; told to return if chest pain recurs. —{name:JT}"],
  ["discharge", "DISCHARGED TO {loc:GOOD SAMARITAN SOCIETY - FAIRMONT} {date:JAN 3}; MS. {name:IRMGARD HOLTZ}, {age:95 YRS}; MEDS RECONCILED BY PHARMD {name:OKEKE}."],
  ["referral", "Referral to {loc:Johns Hopkins} genetics for {name:Noor Abdullah}, DOB {date:2016-04-11}; dad {name:Khalid} at {phone:410.555.0181}; prior workup at {loc:Sinai Hospital of Baltimore}; [MRN {id:JH-7720019}]."],
  ["referral", "Re: Sister {name:Mary Catherine Dolan}, {age:98}; referred by {loc:Our Lady of Lourdes} convent nurse to {loc:Cincinnati Geriatric Associates}; fax {phone:513.555.0139}."],
  ["referral", "Please schedule {name:Thaddeus Okoro-Lin} with sleep medicine at {loc:Intermountain LDS Hospital}, {loc:8th Ave & C St}, {loc:Salt Lake City}, {loc:UT} {loc:84143}; member {id:SH-99817723}."],
  ["rx", "Pharmacy called {date:4/2} re {name:Yolanda Pettigrew}'s Eliquis copay; plan ID {id:MEDD-7712-0419}; spoke with tech {name:Brandon} at {phone:865.555.0107}."],
  ["rx", "E-prescribed amoxicillin 875 mg BID x10d to {name:Kieran Flood} on {date:Oct 28 2023}; pharmacy {loc:Stop & Shop Pharmacy}, {loc:Quincy}, {loc:MA}; Dr. {name:Abramowitz}, lic {id:MD-241187}."],
  ["lab", "Quest req {id:RQ-83310445} for {name:Ignatius Molloy}: lipid panel, CMP, TSH; fasting; draw on {date:Monday 1/15}; results to {contact:labs@shoreline-family.example.com}."],
  ["lab", "COVID PCR positive for {name:Soraya Mansour} collected {date:12/27/22} at {loc:Walgreens} drive-thru, {loc:Dearborn Heights}; reported to {loc:Wayne County Health Department}; case # {id:WCHD-22-118403}."],
  ["lab", "Blood bank: type & screen for {name:Percival Nakamura-Ortiz}, wristband {id:BB-4471-2209}, O neg; 2 units crossmatched {date:08-11-2023}; tech {name:R. Mendoza}."],
  ["imaging", "Ultrasound RUQ for {name:Dalia Hussein} ({loc:Henry Ford Hospital}, [MRN {id:HF-30018827}]) on {date:11/04}: cholelithiasis without cholecystitis; surgeon Dr. {name:Kapoor} aware."],
  ["imaging", "DEXA {date:2022-08-19} at {loc:Women's Imaging of Tulsa}, {name:Lorraine Castellano}, {age:90 y/o}; T-score -3.1; report faxed to Dr. {name:Whitlock} at {phone:918.555.0166}."],
  ["imaging", "PET-CT for {name:Ambrose Kittredge} moved to {date:Thursday the 11th} at {loc:Dana-Farber}, {loc:450 Brookline Ave}; his wife {name:Nell} will drive him."],
  ["billing", "EOB from {loc:Cigna} {date:5/14/24}: {name:Florentina Badea}, ID {id:U77120048 01}, group {id:3340981}; allowed $218; patient resp $40; provider {loc:Allegheny General Hospital}."],
  ["billing", "COLLECTIONS NOTE: {name:DARNELL WASHBURN}, ACCT {id:0088417-22}, SSN XXX-XX-{id:4471}; LAST PAYMENT {date:08/01/2023}; MAIL TO {loc:PO BOX 1182}, {loc:JACKSON}, {loc:MS} {loc:39215}."],
  ["billing", "Workers' comp claim {id:WC-2023-0771849} for {name:Rigoberto Saldaña}, injured {date:3/15/23} at {loc:Sunbelt Rentals} yard in {loc:Bakersfield}; adjuster {name:Pam Whitcomb}, {phone:661.555.0174 ext 31}."],
  ["reminder", "Text reminder to {phone:973.555.0129}: \"{name:Giovanna}, your physical therapy with {name:Marco} at {loc:Kessler Institute} in {loc:West Orange} is {date:Mon 2/12} at 8:00\"."],
  ["reminder", "Recall letter to {name:Eliezer Blumenthal}, {loc:1450 Ocean Pkwy Apt 6C}, {loc:Brooklyn}, {loc:NY} {loc:11230}: colonoscopy due since {date:September 2023}."],
  ["contact", "If unreachable call {name:Big Mike} (pt's roommate, real name {name:Michael Szymanski}) at {phone:414.555.0188}; pt {name:Tyrell Gaines} lives at {loc:2733 N Holton St}, {loc:Milwaukee}."],
  ["contact", "Guardian: {name:Cornelius Abernathy-Webb}, court-appointed, {loc:Probate Court of Franklin County}, case {id:23-GRD-0419}; office {phone:614.555.0193}, fax {phone:614.555.0194}."],
  ["portal", "Portal msg {date:1/30} from {name:Ngaio Whitmore}: \"please send my records to {loc:Alaska Native Medical Center} in {loc:Anchorage}; my new email is {contact:ngaio.w@gci.example.net}\"."],
  ["portal", "Auto-reply sent to {contact:jkaradzic77@yahoo.com}: thank you {name:Jelena}, the {loc:Swedish Cherry Hill} cardiology team received your message of {date:Sat 4/6} and will respond within 2 business days."],
  ["portal", "PORTAL MESSAGE FROM {name:DONOVAN PIERCE-ALLEN}: \"MY DAD {name:EARL} IS {age:NINETY-SIX} AND CAN'T HEAR THE PHONE, PLEASE CALL ME AT {phone:972.555.0102} INSTEAD\" — {date:5/21/24}."],
  ["history", "SH: {name:Bronwyn Llewellyn} teaches at {loc:Bryn Mawr College}; lives in {loc:Ardmore}, {loc:PA} with partner {name:Jo}; ran the {loc:Philadelphia} half marathon {date:Nov 19}."],
  ["history", "pt's brother {name:osvaldo} also had sickle cell and died at {loc:grady} in 2011; pt {name:dayana mercado} now followed at {loc:children's healthcare of atlanta}."],
  ["history", "Patient {name:Kalani Akana} was born on {loc:Molokai}, lives in {loc:Hilo}, {loc:HI} {loc:96720}; works at {loc:Hilo Medical Center} as a unit clerk; married to {name:Leilani}."],
  ["history", "FHx per daughter {name:Mercedes}: pt {name:Wendell Ashby}, {age:100}, outlived three siblings; his late wife {name:Opal} had Alzheimer's; grandson is Dr. {name:Ashby} at {loc:Vanderbilt}."],
  ["clinic", "follow-up for {name:hassan el-amin} on {date:tues 7/9} at {loc:unity health clinic}, {loc:little rock}; bp better; np {name:garza} will call with labs at {phone:501.555.0158}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_189_FIRST_CLEAN: string[] = [
  "Re: admission; 67 yo M with COPD exacerbation admitted to the MICU on BiPAP; steroids and azithromycin started. —RN on nights",
  "Pt admitted overnight via the ED for syncope; telemetry ordered; orthostatics positive; IV fluids running.",
  "ADMITTED FOR CELLULITIS OF LEFT LOWER LEG; VANCOMYCIN STARTED; MARK BORDERS AND ELEVATE.",
  "Direct admit to the step-down unit for GI bleed; two large-bore IVs placed; GI consulted for EGD in the morning.",
  "Admit note: 54 yo F with new-onset atrial fibrillation with RVR; diltiazem drip titrated; TSH pending.",
  "Clinic follow-up: BP 128/76 on current regimen; continue losartan; return in six months with fasting labs.",
  "Seen in clinic for chronic low back pain; no red flags; referred to physical therapy three times a week for six weeks.",
  "Attn: front desk; patient prefers morning appointments and needs a Spanish interpreter at every visit.",
  "well-child visit, growth on the 60th percentile, vaccines up to date, parents counseled on car seat safety.",
  "Ortho clinic: Foley removed post-op, wound clean and dry, staples out at two weeks; weight bearing as tolerated.",
  "Discharge summary: admitted for pneumonia, treated with ceftriaxone and doxycycline, discharged home on oral antibiotics.",
  "Discharged to skilled nursing for rehab; follow up with PCP in one week; hold metformin until creatinine rechecked.",
  "DISCHARGE INSTRUCTIONS: NO LIFTING OVER 10 POUNDS FOR SIX WEEKS; CALL IF FEVER OVER 101.",
  "pt discharged home with home health; walker at all times; wound care teaching done with spouse.",
  "Referral: please evaluate for Parkinson's disease; resting tremor and bradykinesia for one year; DaTscan considered.",
  "Referral to cardiology for Swan-Ganz guided hemodynamics before transplant evaluation; echo attached.",
  "Re: referral to sleep medicine; STOP-BANG score 6; witnessed apneas per spouse; needs polysomnography.",
  "Referred to the Alzheimer's memory clinic after MoCA 19 of 30; daughter wants driving safety assessment.",
  "Rx: atorvastatin 40 mg nightly, #90 with three refills; counseled on myalgias.",
  "Refill approved for levothyroxine 88 mcg daily; recheck TSH in six weeks.",
  "RX: PREDNISONE 40 MG DAILY X5 DAYS, NO TAPER; TAKE WITH FOOD.",
  "prior auth needed for semaglutide; A1c 8.4 on metformin and glipizide; letter of medical necessity drafted.",
  "Lab: potassium 3.1, magnesium 1.6; replaced orally; recheck BMP in the morning.",
  "Critical value: lactate 4.2 called to covering physician at 0340, read back and verified.",
  "CBC with WBC 14.2 and left shift; blood cultures x2 drawn before antibiotics.",
  "LAB: HEMOGLOBIN 6.8, TRANSFUSE 1 UNIT PRBC, RECHECK POST-TRANSFUSION.",
  "urinalysis positive for nitrites and leukocyte esterase; culture sent; started nitrofurantoin.",
  "Imaging: CT abdomen/pelvis with contrast shows uncomplicated appendicitis; surgery notified.",
  "MRI brain without contrast: no acute infarct; chronic small vessel ischemic changes; no mass.",
  "Chest x-ray after central line placement: tip at cavoatrial junction, no pneumothorax.",
  "echo: ef 55-60%, mild mitral regurgitation, no pericardial effusion.",
  "Billing: claim denied for missing prior authorization; appeal letter sent with clinical notes attached.",
  "Patient asked about a payment plan; financial counselor will call back to review charity care eligibility.",
  "BILLING NOTE: SELF-PAY DISCOUNT APPLIED; BALANCE REDUCED BY 40 PERCENT.",
  "Coordination of benefits needed; secondary insurance not yet on file; patient will bring card to next visit.",
  "Reminder: please arrive fifteen minutes early and bring a list of your current medications.",
  "Reminder: nothing to eat or drink after midnight before your procedure; a driver is required afterward.",
  "your flu shot is due this season; walk-in vaccine hours are posted at the front desk.",
  "Annual eye exam overdue for diabetic patient; message sent to schedule with optometry.",
  "Emergency contact on file is the patient's spouse; health care proxy form scanned into chart.",
  "Patient declined to list an emergency contact; social work notified per protocol.",
  "Contact info verified at check-in; patient prefers text messages over voicemail.",
  "Portal message: patient asks whether she can take ibuprofen with her blood pressure medicine; advised acetaminophen instead.",
  "Portal reply: your cholesterol results are improved; keep taking the statin and we will recheck in a year.",
  "portal msg from pt: rash on both arms after starting the new antibiotic, no trouble breathing.",
  "PORTAL MESSAGE: PATIENT REQUESTS REFILL OF INHALER AND A COPY OF HER VACCINE RECORD.",
  "Social hx: retired bus driver, lives alone in a second-floor apartment, quit smoking twenty years ago, no alcohol.",
  "Family hx: father with colon cancer at 62, mother with type 2 diabetes, no known bleeding disorders.",
  "SH: works night shifts at a warehouse, drinks four energy drinks a day, lives with two roommates.",
  "fhx noncontributory; no early cardiac death; no family hx of anesthesia problems.",
  "Patient is 88 and lives with her son; independent with ADLs; uses a cane outdoors.",
  "SOCIAL HX: MARRIED, TWO ADULT CHILDREN, WORKS IN CONSTRUCTION, DENIES DRUG USE.",
  "Telehealth visit via video; patient at home, provider in clinic; consent for virtual care obtained.",
  "Pt seen with Hoyer lift assistance; Foley catheter in place; stage 2 sacral ulcer dressed with foam.",
  "Bell's palsy on the right; started prednisone and valacyclovir; eye patch at night.",
];

/** Decision 189's batch in corpus.json's shape, for score.ts. */
export function decision189Corpus(): Corpus {
  return { notes: DECISION_189_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_189_FIRST_CLEAN };
}
