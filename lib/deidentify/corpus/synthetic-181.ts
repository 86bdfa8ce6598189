// Short synthetic US healthcare sentences in the manner of public synthetic PHI test sets (one or two
// sentences each, varied templates): admissions, visits, discharges, referrals, prescriptions, labs,
// imaging, billing, insurance, reminders, emergency contacts, portal messages, social and family
// history, school and work notes. They are by "a twentieth writer who had not read the guard's rules",
// whose habits are: "Pt." with a full stop, record numbers glued to "MRN#" with no space, phone numbers
// written with dots, dates with dots as often as slashes, relationships in parentheses after a name,
// semicolons between clauses, and portal or note sign-offs with a tilde or a dash before initials.
// About a tenth of the items are in capitals and a tenth in lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admission"
  | "visit"
  | "discharge"
  | "referral"
  | "prescription"
  | "lab"
  | "imaging"
  | "billing"
  | "insurance"
  | "reminder"
  | "emergency-contact"
  | "portal"
  | "social-history"
  | "school-work";

/**
 * The batch of decision 181: one- and two-sentence synthetic PHI items across clinical and office
 * templates, with names, dates in many formats, US addresses, phones, record numbers, emails and URLs.
 */
export const DECISION_181_FIRST: Array<[Style, string]> = [
  ["admission", "Pt. {name:Delphine Okonkwo-Reyes}, MRN#{id:00482913}, admitted to {loc:Harborview Medical Center} on {date:03.14.2023} via ED; lives at {loc:2218 Alder Crest Rd}, {loc:Renton}, {loc:WA} {loc:98055}."],
  ["admission", "Mr. {name:Teodoro Villalpando}, {age:92 y/o}, brought in by his son {name:Ramon} on {date:Sat 11/04}; admitted to 6 West under Dr. {name:Haugland}."],
  ["admission", "ADMIT DATE: {date:07/22/2021}. PATIENT: {name:FITZGERALD, CORMAC J}. MRN#{id:7720-41-889}. ATTENDING: DR. {name:ADEYEMI}. FACILITY: {loc:GRADY MEMORIAL HOSPITAL}, {loc:ATLANTA}, {loc:GA}."],
  ["admission", "Admitted {date:2022-09-30} to {loc:Ochsner Medical Center} for CHF exacerbation; Ms. {name:Lurline Batiste} is {age:ninety-one} and was transferred from {loc:Magnolia Gardens Nursing Home} in {loc:Metairie}."],
  ["admission", "pt {name:hyun-woo baek} admitted {date:jan 3} to {loc:rush university medical center}; acct-{id:5590218834}; pcp dr {name:mirela stanciu}, ph {phone:312.555.0178}."],
  ["admission", "Direct admission on {date:October 9th} of {name:Anneliese Wojcik} ({age:95 years old}) from {loc:Sanford Medical Center Fargo} clinic; guarantor {name:Piotr Wojcik} (son), {phone:(701) 555-0126}."],
  ["admission", "Transfer accepted {date:the 14th} at 0340 from {loc:Billings Clinic} for Mr. {name:Ahanu Redcloud}; referring Dr. {name:Saoirse Mulcahy}, pager {phone:406.555.0199}; MRN#{id:B3394021}."],
  ["visit", "Seen in {loc:Banner University Medical Center Tucson} endocrine clinic {date:2/9/2024}; {name:Graciela Ontiveros}, DOB {date:5/30/1961}, MRN#{id:01937745}; A1c improved."],
  ["visit", "{name:Kwabena Asante-Darko} returned for follow-up on {date:Thursday}; his wife {name:Efua} (driver) brought him in from {loc:Silver Spring}, {loc:MD}."],
  ["visit", "Visit note, {date:Dec 12 2022}: Mrs. {name:Thibodeaux} reports dizziness since {date:Thanksgiving}; BP 148/92; seen by {name:Yasmin Haddad}, NP."],
  ["visit", "OFFICE VISIT {date:04-17-2023} - {name:MARGARETHE STOLTZFUS}, {age:96 YO}, {loc:LANCASTER GENERAL HOSPITAL} OUTPATIENT; ACCT-{id:3304719925}."],
  ["visit", "Telehealth visit {date:2023-06-05} with {name:Priya Venkataraman}; she called from her sister's home in {loc:Edison}, {loc:New Jersey}; callback {phone:732.555.0164}."],
  ["visit", "f/u visit {date:8/1} w/ dr {name:oduya}; pt {name:lenora fairweather} states knee pain better, walking to {loc:st. brendan's church} again."],
  ["visit", "Ms. {name:Ngozi Eze-Whitfield} seen at {loc:Maine Medical Center} {date:March 3rd}; lives alone at {loc:14 Brackett St}, {loc:Portland}, {loc:ME} {loc:04102}."],
  ["visit", "Home visit {date:Wednesday} to {name:Eustace Pemberton}, {age:99 y/o}, at {loc:617 Magnolia Ave}, {loc:Savannah}, {loc:GA} {loc:31401}; aide {name:Precious} present."],
  ["visit", "Annual wellness visit for {name:Cleophas Mbatha}, {age:90}, on {date:5/2/2024} at {loc:Sanford Health Sioux Falls}; cognition intact; next visit {date:May 2025}."],
  ["discharge", "Discharged {date:11.02.2022} to home with VNA; Pt. {name:Oswaldo Quiñones}, MRN#{id:662019384}; f/u with Dr. {name:Lindqvist} at {loc:Intermountain Medical Center} in 2 wks."],
  ["discharge", "Discharge summary: {name:Beatrix Halloran-Sato}, {age:93 y/o}, admitted {date:6/11/2023}, discharged {date:6/19/2023} to {loc:Arbor Springs Rehabilitation} in {loc:Opelika}, {loc:AL}."],
  ["discharge", "DISCHARGE DATE {date:JAN 28 2024}.\nDISPOSITION: HOME WITH DAUGHTER {name:JOLENE PRUITT}, {loc:1107 CEDAR HOLLOW RD}, {loc:CHATTANOOGA}, {loc:TN} {loc:37415}. PH {phone:423.555.0137}."],
  ["discharge", "Pt. {name:Farida Rahimi} left AMA on {date:Sunday} evening; nurse {name:Colm} notified security at {loc:Jackson Memorial Hospital}."],
  ["discharge", "d/c'd {date:5/5/23} from {loc:tampa general hospital}; pt {name:ezekiel manyara} to f/u at {loc:bayside family practice}, fax {phone:813.555.0190}."],
  ["discharge", "Discharge instructions given to {name:Ilse Brandvold} and her husband {name:Torbjørn} on {date:the 3rd of August}; next INR check {date:Aug 7} at {loc:St. Luke's Boise Medical Center}."],
  ["discharge", "Discharged to {loc:Hebrew SeniorLife} {loc:Roslindale} on {date:Christmas Eve}; Pt. {name:Sylvia Goldfarb}, {age:96}, MRN#{id:3319-0774}."],
  ["discharge", "Pt's wife {name:Gudrun} will drive him home to {loc:Duluth}; f/u {date:Tue 6/18} at {loc:Essentia Health St. Mary's}; home health via {loc:Northland Home Care} {phone:218.555.0176}."],
  ["referral", "Referral to Dr. {name:Kalani Akana}, pulmonology, {loc:The Queen's Medical Center}, {loc:Honolulu}, {loc:HI}; fax {phone:808.555.0112}; re: {name:Makoa Kealoha}, DOB {date:09/16/1958}."],
  ["referral", "Please see Mr. {name:Bartholomew Ekwueme} ({age:90 yo}) for memory eval; referred by Dr. {name:Chavarría} at {loc:Valle del Sol Health}, {phone:(602) 555-0149 x212}."],
  ["referral", "REFERRAL #{id:RF-2291-0447} TO {loc:MAYO CLINIC} {loc:ROCHESTER} FOR {name:DUANE HOLLENBECK}, MEMBER ID {id:XQH884201937}. SENT {date:09/09/2023}."],
  ["referral", "Ortho referral for {name:Chiamaka Obi}, age 14, injured at {loc:Lincoln Middle School} on {date:Wed 4/12}; mother {name:Adaeze Obi}, {phone:614.555.0153}."],
  ["referral", "Referred by {name:Shlomo Adelstein}, LCSW, of {loc:Jewish Family Service of Greater Baltimore}; pt {name:Miriam Kaplowitz} consents to share records with {loc:Johns Hopkins Hospital}."],
  ["referral", "referral faxed to {phone:505.555.0181} ({loc:presbyterian hospital} cardiology) on {date:feb 2}; pt {name:tsosie, loretta}, mrn#{id:4418820}."],
  ["referral", "Hospice referral for {name:Augustin Delacroix}, {age:97 yo}; family ({name:Marie-Claire}, daughter) wants {loc:Hospice of the Bluegrass}; call {phone:859.555.0162} before {date:Friday 3/1}."],
  ["prescription", "Rx: metoprolol succinate 50 mg daily #90, 3 refills; pt {name:Aurelio Mastrantonio}, DOB {date:2/2/1949}; prescriber Dr. {name:Hana Sveinsdottir}, DEA {id:BS4827163}, NPI {id:1538294706}."],
  ["prescription", "Sent to {loc:CVS Pharmacy}, {loc:802 Ridgeway Ave}, {loc:Dayton}, {loc:OH} {loc:45419}, ph {phone:937.555.0102}, for {name:Tamsin Greer}."],
  ["prescription", "PRESCRIPTION FOR {name:OLUWASEUN ADEBAYO}, DOB {date:12/01/1985}. AMOXICILLIN 875 MG BID X 10 DAYS. DR. {name:KOWALCZYK}, LIC# {id:MD-0417736}."],
  ["prescription", "Refill request for {name:Ernestine Tubbs}'s warfarin came in {date:Friday}; her granddaughter {name:Kiara} picks it up at {loc:Walgreens} on {loc:Mill Creek Pkwy}."],
  ["prescription", "rx for sertraline 50mg sent {date:2023-03-21} to {loc:rite aid} in {loc:scranton}; pt {name:dominika lesniak} aware; -{name:jm}"],
  ["prescription", "Controlled substance agreement signed {date:7/8/22} by {name:Wendell Ashby-Poole}; PDMP checked; Rx #{id:6610234} oxycodone 5 mg #20."],
  ["prescription", "Pharmacist {name:Wei Zhang}, {loc:Costco Pharmacy} {loc:Issaquah}, called {phone:425.555.0105} to clarify Dr. {name:Burkhalter}'s script for {name:Imelda Pascua}."],
  ["lab", "Specimen accession {id:S23-004817} collected {date:06.02.2023} 0715 for {name:Rosario Benavídez}, MRN#{id:90021157}; K 5.9, repeat ordered."],
  ["lab", "Critical value called to Dr. {name:Ferreira-Lunde} on {date:Tue 3/12} at 2210 by {name:Odette} in lab, ext {phone:4471}; troponin 2.1."],
  ["lab", "LAB: {loc:QUEST DIAGNOSTICS} {loc:TETERBORO} {loc:NJ}. PT {name:BENAVIDES, HUGO}. COLLECTED {date:11/30/2022}. REQ# {id:QD-77314402}."],
  ["lab", "INR 3.4 on {date:Jan 9}; {name:Cornelius Vandermolen}, {age:97-year-old}, lives at {loc:Holland Home} in {loc:Grand Rapids}; anticoag clinic RN {name:Bettina} to call {phone:616.555.0147}."],
  ["lab", "labs drawn at {loc:labcorp} {loc:burlington} {date:9/14}; acct {id:LC-55019283}; results to dr {name:amadi} via fax {phone:336.555.0174}."],
  ["lab", "Newborn screen for baby girl {name:Nakamura-Ellis}, mother {name:Reiko Nakamura-Ellis} (MRN#{id:30558127}), collected {date:April 2nd} at {loc:Providence St. Vincent Medical Center}."],
  ["lab", "Surgical pathology {id:SP-23-11842}, received {date:10/17/2023}; pt {name:Wilhelmina Okeke}; pathologist Dr. {name:Fenwick-Alvarado}, {loc:Brigham and Women's Hospital}."],
  ["lab", "Blood bank: {name:Quintero, Abril}, type O neg, armband {id:BB-660413}; 2 units crossmatched {date:Sat}; called {name:Moana} in 4 North."],
  ["imaging", "CT head w/o contrast {date:2024-01-15}, accession {id:CT240115-0093}, {name:Ignatius Papadakis}, {age:94 y/o}; ordering Dr. {name:Ruiz-Tagle}; read by Dr. {name:Olamide Fashola}."],
  ["imaging", "MRI L-SPINE. PATIENT {name:GUTIERREZ-ALBA, FELICITAS}. MRN#{id:00873362}. EXAM DATE {date:03/03/2023}. {loc:CEDARS-SINAI MEDICAL CENTER} IMAGING, {phone:310.555.0115}."],
  ["imaging", "Mammogram reminder: {name:Josephine Tallchief}, due {date:June 2024}; last screen at {loc:Alaska Native Medical Center} {date:6/20/2023}; BI-RADS 1."],
  ["imaging", "cxr {date:12/24} portable, no ptx; pt {name:abernathy} in rm 412; picc serial {id:PS-20931847} tip at cavoatrial junction, called to dr {name:jeong}"],
  ["imaging", "Ultrasound at {loc:UAB Hospital} on {date:8-Nov}; {name:Lashonda Greenlee}'s pregnancy 22w; sonographer {name:Min-ji Cho}; accession {id:US-8841023}."],
  ["imaging", "DEXA scheduled {date:Monday, May 13} at {loc:University of Iowa Hospitals and Clinics}, {loc:200 Hawkins Dr}, {loc:Iowa City}; Pt. {name:Verna Ostrowski} to arrive 30 min early."],
  ["imaging", "Outside films from {loc:Sutter Roseville Medical Center} received on disc {date:2/27}; patient {name:Narges Tehrani}; accession {id:SR-0091447}; see {contact:https://imageshare.example.org/study/0091447}."],
  ["billing", "Statement for account {id:8870-2214-09}: {name:Thaddeus Okoro}, {loc:55 Quarry Hill Rd}, {loc:Barre}, {loc:VT} {loc:05641}; balance $412.60 due {date:10/31/2023}."],
  ["billing", "BILLING INQUIRY FROM {name:MARISOL ECHEVERRIA} RE ACCT# {id:449102337}, DOS {date:08/14/2022}. CALL BACK {phone:915.555.0129}."],
  ["billing", "Guarantor {name:Rupert Abernathy-Kyle} disputes charge for {date:Feb 29} ED visit at {loc:Baylor University Medical Center}; SSN on file {id:512-66-0931}."],
  ["billing", "self-pay pt {name:dmitri volkonsky}, acct {id:2209918}, payment plan started {date:1/15/24}; billing rep {name:keisha} ext {phone:2231}."],
  ["billing", "Claim {id:CLM-2023-0088412} for {name:Saanvi Iyer} denied {date:3 Apr 2023}; resubmitted with modifier 25 by {name:Gerald Pinkney}, billing office, {loc:Vanderbilt University Medical Center}."],
  ["billing", "pt {name:gwendolyn marsh} called re bill for dos {date:june 3}; acct {id:77310295}; she can be reached at {contact:gmarsh.home@examplemail.net}."],
  ["insurance", "Member ID {id:W284617339} group {id:00714-B}, subscriber {name:Hollis Drummond}, dependent {name:Avery Drummond}; coverage effective {date:01/01/2024}."],
  ["insurance", "Medicare MBI {id:1EG4-TE5-MK72} verified for {name:Philomena Castellanos}, {age:98}, on {date:7/3}; secondary {loc:AARP} supplement."],
  ["insurance", "PRIOR AUTH APPROVED {date:05/22/2023} FOR {name:DESMOND KILGALLEN}, MEMBER {id:ZGP771420856}, AUTH# {id:PA-5512093}. CONTACT {loc:BLUE CROSS BLUE SHIELD OF TEXAS} {phone:800.555.0133}."],
  ["insurance", "medicaid id {id:ny48812730} for {name:yesenia almonte}; mom {name:ana almonte} brought card; address {loc:1450 grand concourse apt 6c}, {loc:bronx}, {loc:ny} {loc:10452}."],
  ["insurance", "Insurance card scanned {date:Thursday}: {loc:Aetna} PPO, member {id:W182736450}, holder {name:Lionel Abara}, employer {loc:Boeing}."],
  ["insurance", "Tricare sponsor SFC {name:Darnell Whitaker}, SSN {id:443-09-2817}; dependent {name:Kaylee Whitaker}, DOB {date:03/19/2015}; seen at {loc:Womack Army Medical Center}."],
  ["reminder", "Reminder: {name:Cassius Oyelowo} has a colonoscopy {date:July 19th} at 8:00 at {loc:Duke University Hospital} endoscopy; clear liquids the day before. Questions: {phone:919.555.0161}."],
  ["reminder", "hi {name:marguerite}, this is {loc:westside pediatrics} reminding you of {name:ollie}'s 4 yr well visit on {date:tues 10/10} at 3:15. reply c to confirm."],
  ["reminder", "APPOINTMENT REMINDER: {name:HENRIETTA OSEI-BONSU} WITH DR. {name:WAGSTAFF} ON {date:FRIDAY MARCH 8} AT {loc:FROEDTERT HOSPITAL}, {loc:9200 W WISCONSIN AVE}. CALL {phone:414.555.0108}."],
  ["reminder", "Text sent to {phone:612.555.0170}: {name:Bao}, your flu shot is due; walk in at {loc:Hennepin Healthcare} any weekday."],
  ["reminder", "{name:Agnieszka Pawlak}, please bring your insulin log to your {date:11/20} visit with {name:Darnell}, CDE. Parking at {loc:Nebraska Medicine} garage 2."],
  ["reminder", "Dear Mr. {name:Tremblay}, your sleep study at {loc:Cleveland Clinic} is on {date:the 21st}. Directions: {contact:www.example-sleepcenter.org/directions}."],
  ["emergency-contact", "Emergency contact: {name:Leontyne Marchbanks} (niece), {phone:504.555.0187} cell, {phone:504.555.0122} work; for patient {name:Cyrus Marchbanks}, {age:92}."],
  ["emergency-contact", "EMERGENCY CONTACT {name:ROSALIND ACHTERBERG} (DAUGHTER) {phone:207.555.0159}; HCP ON FILE DATED {date:02/14/2019}."],
  ["emergency-contact", "ec: husband {name:tomasz}, cell {phone:773.555.0119}; alt: neighbor mrs {name:dolores kim} at {loc:3321 n kedzie}"],
  ["emergency-contact", "If unable to reach {name:Pauline Ferrante}'s son {name:Vittorio}, call her pastor, Rev. {name:Amos Whitlock} at {loc:Greater Mount Zion Baptist Church}, {phone:901.555.0140}."],
  ["emergency-contact", "Contact updated {date:9.19.2023}: primary {name:Ingrid Solheim-Baptiste}, {loc:88 Larkspur Ct}, {loc:Bozeman}, {loc:MT} {loc:59715}, email {contact:isolheim.b@mailbox.example.com}."],
  ["emergency-contact", "Guardian: {name:Luz Marina Ocampo} (aunt), {loc:417 Calle Sol}, {loc:Laredo}, {loc:TX} {loc:78040}; ph {phone:956.555.0183}."],
  ["portal", "Portal message from {name:Yusuf Abdirahman} ({contact:yusuf.abdi88@examplemail.com}) on {date:4/4/2024}: 'Can I take ibuprofen with my new meds?' Routed to {name:Claire}, RN."],
  ["portal", "hi dr {name:okafor} its {name:shanice}, my sugar was 310 this morning, should i come in? my number is {phone:404.555.0193}. thanks ~{name:sb}"],
  ["portal", "Reply sent via {contact:https://mychart.examplehealth.org} to {name:Marek Dvořák} on {date:Sunday}: your potassium is normal. -Dr. {name:Ashworth}"],
  ["portal", "PORTAL: PT {name:LUCINDA FAIRCHILD} REQUESTS RECORDS SENT TO {loc:DARTMOUTH HEALTH} {loc:LEBANON} {loc:NH}. USERNAME {contact:LFAIRCHILD52}. REQ {date:06/30/2023}."],
  ["portal", "Message from {name:Gerardo} (son of {name:Rosa Elizondo}, {age:91 years}) asking if her {date:Tuesday} appointment at {loc:UT Health San Antonio} can be moved; login {contact:gelizondo_sa}."],
  ["portal", "Pt. {name:Harriet Bloomquist} uploaded BP log through portal; IP {contact:198.51.100.47} flagged for unusual login on {date:12/02/2023}; security contacted her at {phone:651.555.0111}."],
  ["portal", "{name:Tovah}: 'My daughter's school nurse at {loc:Roosevelt High} needs the allergy form by {date:Friday}.' Form faxed to {phone:206.555.0138} on {date:5/17}. ~{name:RL}"],
  ["social-history", "SH: lives with partner {name:Jun} in {loc:Oakland}; works as a line cook at {loc:Sun Valley Noodle House}; quit smoking {date:New Year's Day}."],
  ["social-history", "social hx: retired from {loc:bethlehem steel}, widower since wife {name:dorothy} passed {date:march 2019}; lives at {loc:country meadows} in {loc:allentown}."],
  ["social-history", "Family hx: father {name:Emeka} died of MI at 58; mother {name:Comfort Nwosu}, {age:ninety-two}, living in {loc:Houston}; brother {name:Chidi} with T2DM."],
  ["social-history", "SOCIAL HISTORY: MR. {name:BRANNIGAN} IS A VETERAN, SERVED AT {loc:FORT BRAGG}; LIVES WITH DAUGHTER {name:KEELY} IN {loc:FAYETTEVILLE}, {loc:NC}."],
  ["social-history", "Ms. {name:Pa Nhia Vang} grew up in {loc:St. Paul}, attends {loc:Hmong American Alliance Church}; husband {name:Txawj} works nights at {loc:3M}."],
  ["social-history", "Sexual hx deferred; pt's boyfriend {name:Devontae} present; pt attends {loc:Florida A&M University} and works at {loc:Publix} on weekends."],
  ["social-history", "Born {date:August 30, 1931} in {loc:Tupelo}, {loc:Mississippi}; {name:Ophelia Rainwater} is {age:93 years old} and still gardens daily."],
  ["social-history", "Pt. moved here from {loc:San Juan}, {loc:PR} after the hurricane; works at {loc:Hartford HealthCare} in environmental services; lives with cousin {name:Yamilet}."],
  ["admission", "Pt. {name:Aleksander Nowicki} (lives in {loc:Jersey City}) arrived by EMS from {loc:Newark Liberty International Airport}; wallet shows driver license {id:N4420-18736-51930}."],
  ["admission", "L&D triage {date:12/31/2023} 2350: {name:Keziah Oduya-Marsh}, G2P1 at 39w, from {loc:Pine Bluff}; partner {name:Jamal} {phone:870.555.0131}; MRN#{id:21188403}."],
  ["school-work", "Please excuse {name:Mateo Sandoval-Brink} from school {date:Oct 2} through {date:Oct 4} due to influenza.\n{loc:Northside Pediatric Associates}, {phone:210.555.0135}."],
  ["school-work", "WORK NOTE: {name:DARIUS WHITFIELD} MAY RETURN TO {loc:UPS} {loc:LOUISVILLE} HUB ON {date:11/13/2023} WITH NO LIFTING >20 LB. DR. {name:OKPARA}."],
  ["school-work", "note for {loc:jefferson elementary}: {name:lily tran} may use inhaler at school as needed. signed dr {name:halvorsen}, {date:9/5/23}."],
  ["school-work", "{name:Sione Taufa} was seen at {loc:Kaiser Permanente Hayward} on {date:1/22/2024} and may return to work at {loc:Safeway Distribution Center} on {date:1/24/2024}. -{name:KM}, PA-C"],
  ["school-work", "Sports clearance for {name:Brynn Castellano}, {loc:Westfield High School}, {loc:Chantilly}, {loc:VA}; physical done {date:7/30}; coach {name:Lattimore} may call {phone:703.555.0156}."],
  ["school-work", "FMLA paperwork for {name:Renata Okafor-Lindgren}, employee #{id:E0048812}, {loc:Marriott International}; leave from {date:March 1} to {date:April 15}."],
  ["school-work", "RETURN TO SCHOOL: {name:ZAYDEN MORALES}, GRADE 3, {loc:MESA VERDE ELEMENTARY}, CLEARED {date:02/06/2024}. QUESTIONS: {loc:EL RIO COMMUNITY HEALTH CENTER} {phone:520.555.0148}."],
  ["school-work", "work note - {name:rahul sethi} off work {date:4/8} to {date:4/10}, {loc:amazon} fulfillment {loc:robbinsville}. -{name:dp}"],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_181_FIRST_CLEAN: string[] = [
  "Admitted overnight for community-acquired pneumonia; started ceftriaxone and azithromycin, blood cultures pending.",
  "Pt. arrived via EMS after a mechanical fall at home; GCS 15, no head strike per pt.",
  "ADMITTED TO STEP-DOWN FOR NSTEMI. HEPARIN DRIP PER PROTOCOL. CARDIOLOGY AWARE.",
  "Foley placed on arrival for urinary retention, 900 mL returned; will trial void in the morning.",
  "Seen in clinic for follow-up of Parkinson's disease; tremor stable on carbidopa-levodopa, gait slower.",
  "pt here for bp check, 134/82, no med changes today, rtc 3 months",
  "Visit for rash after hiking; erythema migrans on left thigh, likely Lyme disease; doxycycline 100 mg BID x 21 days.",
  "Positive Dix-Hallpike on the right; Epley maneuver performed in office with good relief.",
  "Discharged home in stable condition with walker; PT to continue via home health twice weekly.",
  "DISCHARGE DIAGNOSIS: CROHN'S FLARE. PREDNISONE TAPER AS DIRECTED. RETURN FOR FEVER OR BLOODY STOOL.",
  "Discharge instructions reviewed with patient and spouse using teach-back; both verbalized understanding.",
  "Referral to GI for screening colonoscopy; family history of colon cancer in a first-degree relative.",
  "referral to pt/ot for deconditioning after prolonged hospital stay",
  "Please evaluate for Hashimoto's thyroiditis; TSH elevated on two occasions, TPO antibodies pending.",
  "Rx: lisinopril 10 mg by mouth daily, #30 with 5 refills; hold for SBP under 100.",
  "Prescribed albuterol HFA 2 puffs q4h PRN wheeze with spacer; technique reviewed with parent.",
  "Pharmacy called to clarify insulin glargine dose; confirmed 22 units nightly.",
  "Potassium 3.1, replaced with 40 mEq KCl PO; recheck in AM.",
  "CBC with mild normocytic anemia, Hgb 10.8; iron studies and B12 ordered.",
  "LAB NOTE: SPECIMEN HEMOLYZED, REDRAW REQUESTED. FLOOR NOTIFIED.",
  "A1c 7.9, up from prior; discussed diet and increased metformin to 1000 mg twice daily.",
  "CT abdomen/pelvis with contrast shows acute appendicitis without perforation; surgery consulted.",
  "chest x-ray: swan-ganz catheter tip in right main pulmonary artery, recommend pulling back 3 cm",
  "Holter monitor placed for palpitations; patient to wear for 48 hours and keep a symptom diary.",
  "Ultrasound right upper quadrant: gallstones with positive sonographic Murphy's sign and wall thickening.",
  "MRI brain without contrast: no acute infarct; scattered white matter changes consistent with age.",
  "Patient asked for an itemized bill; forwarded to patient financial services.",
  "Charity care application received; awaiting proof of income before adjusting balance.",
  "BILLING NOTE: SELF-PAY DISCOUNT APPLIED PER POLICY. PATIENT NOTIFIED BY MAIL.",
  "Insurance requires prior authorization for the MRI; clinicals faxed, decision expected within 72 hours.",
  "Coverage verified; copay for specialist visit is forty dollars, deductible met for the plan year.",
  "out of network per plan, pt aware and wishes to proceed, signed financial waiver",
  "Reminder: fasting labs required; nothing to eat after midnight except water and morning meds.",
  "Your annual flu vaccine is due. Walk-in hours are available at the front desk during clinic hours.",
  "Reminder: bring all pill bottles, including vitamins and supplements, to your next appointment.",
  "Emergency contact on file is the patient's daughter (HCP); proxy document scanned into chart.",
  "Patient declines to list an emergency contact at this time; will readdress at next visit.",
  "Portal message: patient asks whether it is safe to take Tylenol with her new antibiotic. Replied yes, max 3 g per day.",
  "hi doc, my cough is better but still tired, do i need to finish all the antibiotics? thanks",
  "Portal reply: your cholesterol results are within goal; continue atorvastatin, no changes needed.",
  "SH: never smoker, drinks 2-3 beers on weekends, no illicit drug use; lives with spouse in a two-story home.",
  "Family history notable for Alzheimer's disease in maternal grandmother and type 2 diabetes in father.",
  "social hx: retired machinist, uses cane outdoors, daughter helps with groceries",
  "Family history: sibling with Down syndrome; no known bleeding disorders.",
  "Patient may return to school when fever-free for 24 hours without antipyretics.",
  "Work note: no lifting over 15 pounds and no ladder climbing for two weeks; may perform desk duties.",
  "EXCUSED FROM GYM CLASS FOR SIX WEEKS FOLLOWING ANKLE SPRAIN. MAY USE ELEVATOR.",
  "Babinski downgoing bilaterally; reflexes 2+ and symmetric; Romberg negative.",
  "Post-op day 2 after Whipple; JP drain output serosanguinous, 120 mL overnight.",
  "Apgar scores 8 and 9; newborn feeding well, voiding and stooling.",
  "Bell's palsy on the left, onset this morning; started prednisone and eye protection.",
  "Pt. is a 78-year-old with COPD on 2 L home oxygen, here for exacerbation.",
  "Hospice discussion held with family at bedside; comfort-focused care chosen, DNR/DNI confirmed.",
  "Interpreter used for the entire visit; patient prefers Spanish.",
  "Cleared for sports participation after normal ECG and echo; no family history of sudden cardiac death.",
  "Wound vac changed, granulation tissue healthy, no signs of infection; next change in three days.",
  "Call placed to pharmacy to cancel duplicate prescription; patient informed by phone.",
];

/** Decision 181's batch in corpus.json's shape, for score.ts. */
export function decision181Corpus(): Corpus {
  return { notes: DECISION_181_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_181_FIRST_CLEAN };
}
