// Decision 168's batch: synthetic US healthcare PHI sentences in the manner of public synthetic PHI
// test sets, by "a sixteenth writer who had not read the guard's rules". One or two sentences each
// across admissions, clinic visits, discharges, referrals, prescriptions, labs, imaging, billing,
// insurance, reminders, emergency contacts, and social and family history. About a tenth in
// capitals, a tenth in lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "admission" | "clinic" | "discharge" | "referral" | "prescription" | "lab" | "imaging" | "billing" | "insurance" | "reminder" | "contacts" | "social-family";

/**
 * Decision 168's batch: template-style US synthetic PHI sentences by a sixteenth writer.
 */
export const DECISION_168_FIRST: Array<[Style, string]> = [
  // --- admissions ---------------------------------------------------------------------------
  ["admission", "{name:Teodora Vasilescu}, a {age:94-year-old} retired seamstress from {loc:Hamtramck}, {loc:MI}, was admitted to {loc:Henry Ford Hospital} on {date:January 14, 2023} after a syncopal episode at home."],
  ["admission", "Pt {name:Kwabena Asante-Mensah}, MRN {id:MR-7730418}, DOB {date:04/09/1961}, admitted {date:2/27/24} from the {loc:Baystate Medical Center} ED with a lower GI bleed; attending Dr. {name:Rhiannon Pryce}."],
  ["admission", "ADMIT NOTE: {name:GUADALUPE ECHEVARRIA-RUIZ}, AGE {age:97}, TRANSFERRED FROM {loc:VALLEY VIEW CARE CENTER}, {loc:MCALLEN}, {loc:TX}, ON {date:06-JUN-2022} FOR LEFT HIP FRACTURE. ACCT# {id:4400918273}."],
  ["admission", "Mrs. {name:Hope Lindgren} (acct {id:A00982216}) was admitted on {date:the 3rd of October} to {loc:Saint Marys Hospital} in {loc:Rochester}, {loc:Minnesota}, for elective CABG; her daughter {name:Grace} is the health care proxy."],
  ["admission", "admitted {date:sat 8/19} from {loc:st. joseph's} in {loc:kokomo} - {name:dmitri volkonsky} 72M w/ chf exacerbation, mrn {id:0093381772}, pcp dr {name:ellen haskins}."],
  ["admission", "{name:Nguyen Thi Lan}, {age:ninety-three}, was admitted to {loc:Orange County Global Medical Center} in {loc:Santa Ana}, {loc:CA} {loc:92705}, on {date:Nov. 2, 2021}; Vietnamese interpreter requested."],
  ["admission", "Direct admission on {date:Wednesday} for {name:Bartholomew Okafor} (goes by \"{name:Bart}\"), 58, from Dr. {name:Schuyler}'s office at {loc:Piedmont Family Medicine}; room 412, bed B."],
  ["admission", "Patient {name:Ahmad Rahimi} was admitted to {loc:Cedars-Sinai Medical Center} on {date:2023-08-11} with sepsis secondary to pyelonephritis; SSN on file {id:512-44-9087}."],
  ["admission", "The {age:101-year-old} great-grandmother, {name:Winifred Ashcombe}, came in from {loc:Heritage Oaks Retirement Community} at {loc:77 Linden Ln}, {loc:Chagrin Falls}, {loc:OH} {loc:44022}, on {date:12/25} after she was found on the floor."],

  // --- clinic visits --------------------------------------------------------------------------
  ["clinic", "{name:Ingrid Solberg} was seen at the {loc:Fairbanks Memorial} walk-in clinic on {date:March 9} for a sore throat; rapid strep negative. Seen by {name:J. Whitlock}, PA-C."],
  ["clinic", "Follow-up visit {date:04/18/2024}: {name:Rosa Imelda Quispe}, 44, MRN {id:20-554-8812}, BP 138/86, A1c 7.9%, metformin increased to 1000 mg BID. Provider: Dr. {name:Arjun Mehta}."],
  ["clinic", "Mr. {name:Faustino Ibarra} presents to {loc:Clínica Esperanza} on {loc:Guadalupe Street}, {loc:San Antonio}, with his wife {name:Marisela}, who reports he has been more forgetful since {date:Thanksgiving}."],
  ["clinic", "Telehealth visit with {name:Priyanka Raghunathan} on {date:Tue 9/5/23}; she joined from her office at {loc:Deloitte} in {loc:Charlotte}. Callback number {phone:704-555-0193}."],
  ["clinic", "CLINIC VISIT {date:14 FEB 2024}. PT: {name:MCALLISTER, DESMOND R}. DOB: {date:07/30/1955}. MRN: {id:880012734}. SEEN IN {loc:UNC FAMILY MEDICINE CENTER}, {loc:CHAPEL HILL}. ATTENDING: {name:K. OYELARAN}, MD."],
  ["clinic", "Well-child check for {name:Amara Chukwu}, age 4, accompanied by her father {name:Emeka}; attends {loc:Little Sprouts Montessori} in {loc:Decatur}, {loc:GA}. Next visit {date:10/03/2025}."],
  ["clinic", "pt {name:june albrecht} seen today re: knee pain, hx of gout. works at {loc:home depot} on {loc:route 9}. f/u w/ dr {name:paulsen} in 3 wks. ph {phone:(413) 555-0128}."],
  ["clinic", "{name:Mateus Carvalho dos Santos} returned to the {loc:Lahey} hepatology office on {date:the 22nd}; his FibroScan was 9.1 kPa and he is still working nights at {loc:Logan Airport}."],
  ["clinic", "Annual wellness visit, {name:Eleanor Pruitt-Vance}, {age:90}, accompanied by her son {name:Will}. She still drives herself to {loc:First Baptist Church of Tupelo} every {date:Sunday}."],
  ["clinic", "Dr. {name:Chidi Nwankwo-Harris} saw {name:Yusuf Demir} at {loc:Mercy Clinic Springfield} on {date:5.6.2024}; referral placed to {loc:CoxHealth} cardiology for palpitations."],

  // --- discharges -----------------------------------------------------------------------------
  ["discharge", "{name:Leopold Strasser} was discharged home on {date:August 30, 2022} to {loc:1180 Birchwood Dr}, {loc:Wausau}, {loc:WI} {loc:54401}, with home health from {loc:Aspirus Home Care}."],
  ["discharge", "DISCHARGE SUMMARY — Patient: {name:Haruka Tanabe}  MRN: {id:61447709}  Admit: {date:03/02/2023}  Discharge: {date:03/07/2023}  Attending: {name:Marcus Feldstein}, MD  Facility: {loc:Queen's Medical Center}, {loc:Honolulu}, {loc:HI}."],
  ["discharge", "PATIENT DISCHARGED TO {loc:GOLDEN LIVING CENTER - BROOKHAVEN} ON {date:9/14/21}. RECEIVING RN {name:TAMIKA FLOYD} NOTIFIED AT {phone:601-555-0177 EXT 214}. FOLLOW UP DR {name:HAYWOOD} {date:9/28}."],
  ["discharge", "{name:Carmen Delacroix-Obi} left AMA on the evening of {date:June 2nd}; she was given the number for {loc:Esperanza Health Centers} ({phone:773.555.0164}) and told to return if the chest pain recurs."],
  ["discharge", "Discharge instructions reviewed with patient {name:Sven Halvorsen} and his partner {name:Rolf Bakke}; prescriptions sent to {loc:Walgreens #10243} on {loc:Main Ave} in {loc:Fargo}."],
  ["discharge", "d/c'd {date:1/3} to {loc:kindred rehab} in {loc:aurora} {loc:co} — {name:farida osmani}, {age:92yo}, s/p orif L hip. son {name:tariq} aware, cell {phone:720 555 0139}."],
  ["discharge", "Discharged {date:Friday} after 3 days of IV ceftriaxone. Follow up with Dr. {name:Beatriz Almonte} at {loc:Montefiore Medical Group}, {loc:3444 Kossuth Ave}, {loc:Bronx}, {loc:NY} {loc:10467}, within one week."],
  ["discharge", "Mr. {name:Akoni Kahananui}, {age:ninety-six}, passed away peacefully on {date:12 April 2024} at 0415 at {loc:Hospice of Hilo} with family present. Death certificate signed by Dr. {name:Leilani Cho}."],
  ["discharge", "Transferred on {date:Jan 9} to {loc:Spaulding Rehabilitation Hospital} in {loc:Charlestown} for acute rehab; contact case manager {name:Doreen Mulcahy}, RN, at {phone:617-555-0152} or {contact:dmulcahy@spauldingrehab.example.org}."],
  ["discharge", "Patient {name:Zofia Wiśniewska} discharged home with her niece {name:Agnieszka} to {loc:2219 W Cermak Rd}, {loc:Chicago}, {loc:IL} {loc:60608}. Next INR check {date:Monday 11/13} at the {loc:Saint Anthony Hospital} anticoagulation clinic."],

  // --- referrals ------------------------------------------------------------------------------
  ["referral", "Referral to {loc:Boston Children's Hospital} neurology for {name:Elijah Brooks-Tanaka} (DOB {date:2/14/2017}), seizures since {date:last July}. Referring: Dr. {name:Naomi Fairweather}, {loc:Wellesley Pediatrics}, fax {phone:781-555-0108}."],
  ["referral", "Dear Dr. {name:Okonjo}, I am referring Mr. {name:Lucien Beaumont}, a 67-year-old retired teacher from {loc:Lafayette}, {loc:Louisiana}, for evaluation of a right renal mass found on CT of {date:10/30/2023}."],
  ["referral", "REFERRAL: {name:ABERNATHY, RUTH ANN}  DOB {date:11/11/1930}  AGE {age:93}  MEDICARE ID {id:1EG4-TE5-MK72}  TO: {loc:DUKE GERIATRICS CLINIC}  FROM: DR {name:S. VENKATARAMAN}  PHONE {phone:919-555-0115}."],
  ["referral", "Please schedule {name:Olamide Bankole} with orthopedics at {loc:Hospital for Special Surgery}; her employer, {loc:Citibank}, is covering the visit through its on-site clinic program. Patient email: {contact:olamide.bankole88@example.com}."],
  ["referral", "Referred by {name:Hannah Greeley}, NP, at {loc:Planned Parenthood of Greater Ohio}, {loc:Columbus} health center, for colposcopy; patient {name:Destiny Marquez}, 23, cell {phone:+1 614 555 0170}."],
  ["referral", "referral to sleep clinic @ {loc:wexner} for {name:art kowalczyk}, snores per wife {name:dawn}, epworth 14. dob {date:8-2-64}. ins member id {id:XJH882271040}."],
  ["referral", "E-referral #{id:RF-2024-118342} sent {date:4/1} via {contact:https://referrals.intermountainhealth.example.org} for {name:Tupac Mamani}; PCP {name:Laurel Whitcomb}, {loc:Intermountain Cottonwood Clinic}, {loc:Murray}, {loc:UT}."],
  ["referral", "Referring {name:Saoirse Ní Bhriain} to the {loc:Dana-Farber} survivorship clinic; she finished her last cycle of FOLFOX on {date:St. Patrick's Day} and has persistent grade 1 neuropathy."],
  ["referral", "Podiatry referral: {name:Bill Tsosie}, diabetic foot ulcer L hallux, lives in {loc:Chinle}, {loc:AZ}, seen at {loc:Chinle Comprehensive Health Care Facility} {date:7/17/24}, IHS chart {id:CH-0048821}."],

  // --- prescriptions --------------------------------------------------------------------------
  ["prescription", "Rx: Lisinopril 10 mg PO daily, #90, 3 refills. Patient: {name:Gideon Abramowitz}, DOB {date:09/21/1948}. Prescriber: Dr. {name:Felicity Oduya}, DEA {id:BO4417823}, NPI {id:1639204478}. Pharmacy: {loc:CVS Pharmacy #6721}, {loc:Scarsdale}, {loc:NY}."],
  ["prescription", "Called in amoxicillin 875 mg BID x 10 days to {loc:Kroger Pharmacy} on {loc:Hamilton Ave} for {name:Liam O'Shaughnessy}; pharmacist {name:Jovana} read back the order at {phone:513-555-0186}."],
  ["prescription", "PRESCRIPTION REFILL REQUEST — {name:PETROVA, ANASTASIA V.} — WARFARIN 5 MG — LAST FILLED {date:MARCH 28} AT {loc:RITE AID} {loc:PORTLAND} {loc:OR}. PHARMACY FAX {phone:503 555 0191}."],
  ["prescription", "Ozempic prior authorization approved for {name:Keisha Wainwright} ({id:MBR 7738-0021-44}) through {date:12/31/2025}; filled at {loc:Costco Pharmacy} in {loc:Issaquah}."],
  ["prescription", "{name:Hamza Siddiqui} picked up his buprenorphine-naloxone 8/2 mg films at {loc:Mission Pharmacy}, {loc:2890 24th St}, {loc:San Francisco} on {date:the 5th}; PDMP checked, no other prescribers."],
  ["prescription", "pls send metoprolol succ 25mg to {loc:walmart pharmacy 10-1432} in {loc:dothan}. pt {name:mavis pettigrew} says she ran out {date:last thurs}. cb {phone:334-555-0123}."],
  ["prescription", "EpiPen 0.3 mg x2 for {name:Caleb Hirschfeld}, age 11; school nurse at {loc:Jefferson Middle School} ({loc:Champaign}, {loc:IL}) to keep one in the office. Form faxed to {phone:217-555-0145} on {date:8/21}."],
  ["prescription", "Mail-order script for {name:Esperanza Villaseñor} sent to {loc:Express Scripts}, member ID {id:ESX419920371}, ship to {loc:PO Box 1127}, {loc:Las Cruces}, {loc:NM} {loc:88004}."],
  ["prescription", "Dr. {name:Mark Ellison} changed {name:Faith Oyelowo}'s insulin glargine to 22 units qHS on {date:Oct 4}; she gets supplies from {loc:Moorhead Drug} and her CGM serial is {id:SN 3MH0-R442-K9}."],

  // --- labs -----------------------------------------------------------------------------------
  ["lab", "Specimen collected {date:2024-02-06} 07:35 from {name:Bao Tran Pham}, MRN {id:118-40-2291}, at {loc:Quest Diagnostics} PSC {loc:Garden Grove}. Potassium 5.9 mmol/L, critical value called to RN {name:Keller} at 09:02."],
  ["lab", "CRITICAL LAB: TROPONIN I 2.41 NG/ML ON {name:HOLLOWAY, JEROME} (MRN {id:5530981}) COLLECTED {date:10/10/23} 0212. CALLED TO DR. {name:PATEL} BY {name:C. ARMSTRONG} AT 0225."],
  ["lab", "Lab requisition: {name:Ximena Castañeda-Roth}, DOB {date:June 6, 1979}, fasting lipid panel and CMP, draw at {loc:LabCorp} on {loc:Wilshire Blvd}, results to Dr. {name:Tobias Grünwald}, fax {phone:310-555-0162}."],
  ["lab", "Newborn screen for Baby Girl {name:Adebayo} (mother {name:Funmilayo Adebayo}), born {date:09/02/2024} at {loc:Texas Children's Pavilion for Women}, kit number {id:NBS-44781203}: repeat needed for elevated TSH."],
  ["lab", "pt {name:roz meyer} in for inr, 3.4 today. held tonight's dose. recheck {date:tues}. spoke w/ her at {phone:555-0148}."],
  ["lab", "Pathology accession {id:S24-03317}, received {date:3/11/2024} from {loc:Sentara Norfolk General}: colon, sigmoid, biopsy — tubular adenoma. Signed out by {name:Ewa Kaczmarek}, MD, {date:3/13/2024}."],
  ["lab", "COVID-19 PCR for {name:Marguerite Toussaint} ({age:98}) from {loc:Maplewood Manor} resulted positive on {date:Dec. 28}; facility DON {name:Sheryl Ambrose} notified at {phone:(207) 555-0111}."],
  ["lab", "Urine drug screen for employment at {loc:Union Pacific Railroad}, donor {name:Travis Bellweather}, CCF # {id:0871124533}, collected {date:07/19/2023} at {loc:Concentra} {loc:Omaha}."],

  // --- imaging --------------------------------------------------------------------------------
  ["imaging", "CT head without contrast, {date:11/21/2023} 22:48, {name:Obadiah Fenwick}, {age:91 y/o} M, MRN {id:7004481}, {loc:St. Luke's Boise Medical Center}. No acute intracranial hemorrhage. Read by Dr. {name:Priya Sundaram}."],
  ["imaging", "MRI LUMBAR SPINE — {name:DELGADO, ISRAEL} — ACC# {id:RAD8812734} — {date:02/29/2024} — {loc:SUTTER ROSEVILLE} — L4-L5 DISC EXTRUSION. DICTATED: {name:M. ROSENQUIST}, MD."],
  ["imaging", "Mammogram screening reminder sent to {name:Dolores Kittredge}; prior study at {loc:Elizabeth Wende Breast Care} in {loc:Rochester}, {loc:NY} on {date:5/2/22} was BI-RADS 2."],
  ["imaging", "Outside films for {name:Kenji Morimoto} on CD from {loc:Kaiser Permanente Fremont} were uploaded to PACS on {date:Thursday}; request number {id:IMG-55320}."],
  ["imaging", "xr chest 2v {date:6/30}: no pna. pt {name:harold grace} from {loc:shady pines nursing home}, {age:95}, ordered by {name:n. bhatt} np."],
  ["imaging", "Echocardiogram {date:Sept 12, 2023} at {loc:Ochsner Medical Center – Baton Rouge}: LVEF 35%. Patient {name:Aurelien Thibodeaux} to follow with Dr. {name:Landry} in heart failure clinic."],
  ["imaging", "DEXA for {name:Margit Horváth}, 72, at {loc:Allina Health Coon Rapids Clinic} on {date:1/16/2024}: T-score −2.7 at the femoral neck. Images on {contact:https://portal.allina.example.com/imaging/88213}."],
  ["imaging", "Ultrasound-guided paracentesis performed {date:05/05/24} by {name:Ravindra Kulkarni}, MD, at {loc:University of Kansas Hospital}; 4.2 L removed. Patient {name:Delphine Mokoena} tolerated it well."],

  // --- billing --------------------------------------------------------------------------------
  ["billing", "Statement date {date:07/01/2024}. Guarantor: {name:Roberto Ferrante}, {loc:46 Orchard Hill Rd}, {loc:Torrington}, {loc:CT} {loc:06790}. Account {id:9920-114-0087}. Balance due $412.60. Questions: {phone:1-800-555-0137}."],
  ["billing", "FINAL NOTICE: ACCOUNT {id:HB00443129} FOR {name:YOLANDA PRICE-MCGEE}, DOS {date:01/13/2024}, {loc:BAPTIST HEALTH LITTLE ROCK}. PAY ONLINE AT {contact:WWW.BAPTIST-HEALTH-PAY.EXAMPLE.COM} OR CALL {phone:501-555-0199}."],
  ["billing", "Claim {id:CLM-20231107-33817} for {name:Nikolai Petrenko} denied by {loc:UnitedHealthcare} (CARC 197, no prior auth); resubmitted {date:11/20/2023} by {name:Shonda Greer} in patient accounts."],
  ["billing", "Payment plan set up for {name:Maribel Okoye}, $75/month starting on {date:the 1st}; agreement signed at {loc:Lakeland Regional Health} financial counseling."],
  ["billing", "billing note: pt {name:ezekiel ramsay} called re duplicate charge for {date:3/4} er visit at {loc:memorial hermann katy}. acct {id:55017723}. transferred to {name:lorna} {phone:x4471}."],
  ["billing", "Charity care application for {name:Tenzin Dolkar} approved; household of 4 in {loc:Jackson Heights}, {loc:Queens}, employer {loc:Elmhurst Laundromat}, income below 200% FPL. Effective {date:February 1, 2024}."],
  ["billing", "Superbill: {name:Anders Nyqvist}, DOS {date:10-17-2023}, CPT 99214, 93000; ICD-10 I48.91. Rendering provider Dr. {name:Lucía Benavides}, NPI {id:1427781905}, CO license {id:DR.0051882}, {loc:Pueblo Cardiology Associates}."],
  ["billing", "Refund of $38.00 mailed {date:Aug 8} to {name:Cosmo Pellegrino} at {loc:19 Ferry St Apt 3}, {loc:Hoboken}, {loc:NJ} {loc:07030}, for overpayment on account {id:AC-448190}."],

  // --- insurance ------------------------------------------------------------------------------
  ["insurance", "Insurance verified {date:9/9/24}: {loc:Blue Cross Blue Shield of Michigan} PPO, subscriber {name:Darnell Fitzgerald}, member ID {id:XYL882019374}, group {id:007129400}; patient is his daughter {name:Kiana}, DOB {date:03/15/2010}."],
  ["insurance", "MEDICAID ID {id:AZ4478123901} FOR {name:MENDOZA, JOSÉ LUIS}; ELIGIBILITY CONFIRMED {date:04/02/2024}. SECONDARY: NONE. PCP ASSIGNED: {loc:EL RIO HEALTH}, {loc:TUCSON}."],
  ["insurance", "Workers' comp claim #{id:WC-22-0098114}: {name:Rafael Quiñones}, warehouse associate at the {loc:Amazon} fulfillment center in {loc:Moreno Valley}, DL {id:B4419023}, injured L shoulder {date:Dec 3, 2022}. Adjuster {name:Patrice Lemaire}, {phone:(951) 555-0132}."],
  ["insurance", "Medicare Advantage card for {name:Clementine Oduya} ({age:ninety-nine}) shows member number {id:H5521-044-8812}; she lives at {loc:Sunny Acres} in {loc:Lubbock} and her grandson handles the paperwork."],
  ["insurance", "ins changed — pt {name:joy castellano} now on her husband's plan thru {loc:fedex}, member id {id:w2281937455}, eff {date:1/1/24}. front desk {name:marco} updated chart."],
  ["insurance", "Prior auth for MRI brain denied for {name:Isidore Baptiste}; peer-to-peer scheduled {date:Tuesday, May 14} at 3:15 pm with the {loc:Aetna} medical director. Reference {id:PA-88301-B}."],
  ["insurance", "COBRA continuation for {name:Marjorie Ellingsworth} after her layoff from {loc:Boeing} in {loc:Everett}, {loc:WA}; coverage through {date:06/30/2025}. Policy {id:PRM-4410-0093}."],
  ["insurance", "TRICARE beneficiary SSgt {name:Dante Whitfield}, DoD ID {id:1288476301}, stationed at {loc:Fort Liberty}, {loc:NC}; dependent wife {name:Alisha} seen {date:2/20} at {loc:Womack Army Medical Center}."],
  ["insurance", "Auto PIP claim: {name:Siddharth Iyer} was rear-ended on {loc:I-94} near {loc:Kalamazoo} on {date:the 16th}; claim {id:PRG-7781220-01} with {loc:Progressive}, vehicle plate {id:DFK 4419}."],

  // --- reminders ------------------------------------------------------------------------------
  ["reminder", "Hi {name:Benedikt}, this is {loc:Riverside Dermatology} reminding you of your appointment on {date:Thursday, June 20} at 10:40 AM with Dr. {name:Oyinlola Adeyemi}. Reply C to confirm or call {phone:951-555-0105}."],
  ["reminder", "REMINDER: {name:LORETTA BAUMGARTNER} — FLU SHOT CLINIC {date:SAT OCT 5} — {loc:ST. VINCENT DE PAUL PARISH HALL}, {loc:812 ELM ST}, {loc:DUBUQUE}. BRING CARD: {id:MBR 0091-22-4471}."],
  ["reminder", "{name:Chiara}, your colonoscopy at {loc:Piedmont Athens Regional} is {date:Mon 3/18}; begin clear liquids the day before. Directions: {contact:piedmont.example.org/athens-endo}."],
  ["reminder", "txt reminder to {name:nadia khoury} {phone:586-555-0172}: dental cleaning {date:2/6} 8:00am at {loc:smile brite dental}, {loc:sterling heights}."],
  ["reminder", "Voicemail left for Mr. {name:Cornelius Abernathy} at {phone:(601) 555-0140} re: missed PT appointment {date:last Wednesday}; asked him to reschedule with {loc:ATI Physical Therapy} {loc:Flowood}."],
  ["reminder", "Your child {name:Mateo Rivas-Lindqvist} is due for the 12-month vaccines. Book at {contact:https://mychart.childrensmn.example.org} or call the {loc:Children's Minnesota} {loc:St. Paul} clinic at {phone:651-555-0188}. Sent {date:04/04/2024} to {contact:rivas.family@example.net}."],
  ["reminder", "Annual eye exam reminder for {name:Harriet Oyelaran} ({age:92}): {loc:Wills Eye} {loc:Center City}, {date:Tuesday 9th July}, 1:30 pm."],
  ["reminder", "Reminder: fasting labs {date:Friday} AM before your visit with Dr. {name:Stanislav Horak} on {date:the 15th} at {loc:Geisinger} {loc:Danville}, Lab Suite 2."],
  ["reminder", "Portal message to {name:Temperance Bolding}, username {contact:tbolding1941}: your CPAP compliance download is due; device serial {id:22071K8834}. Upload at {loc:Lincare} {loc:Clearwater} or call {phone:727-555-0169}."],

  // --- emergency contacts ---------------------------------------------------------------------
  ["contacts", "Emergency contact: {name:Fatima Zahra Benali} (daughter), {phone:(718) 555-0124} cell, {phone:(718) 555-0190} work at {loc:NYU Langone}; alternate: son-in-law {name:Youssef}, {contact:youssef.benali@example.com}."],
  ["contacts", "EMERGENCY CONTACT: {name:OKAFOR, CHINWE} — SISTER — {loc:4410 BRIARWOOD CT}, {loc:DULUTH}, {loc:GA} {loc:30096} — {phone:770-555-0153}."],
  ["contacts", "Next of kin is her nephew {name:Ruairí Mac Giolla}, who lives in {loc:Galway} but can be reached on WhatsApp at {phone:+353 91 555 0142}; local contact is a neighbor, {name:Ilse Brandt}, of {loc:Sandpoint}, {loc:Idaho}."],
  ["contacts", "contacts: wife {name:rose} {phone:555-0116}, son {name:gabriel okonkwo} {phone:312.555.0107}, pastor rev. {name:jenkins} at {loc:greater mt zion}."],
  ["contacts", "HCPOA: Dr. {name:Miriam Szabo-Lee} (patient's sister, a dentist in {loc:Boulder}) — {phone:303-555-0181}, pager {phone:303-555-0104}."],
  ["contacts", "If unable to reach family, call Sister {name:Bernadette Kowal} at {loc:Our Lady of Lourdes Convent}, {phone:(412) 555-0163}; she visits every {date:Wednesday}."],
  ["contacts", "Guardian: {name:Lucinda Beauregard}, court-appointed, {loc:Orleans Parish}, case no. {id:2023-GD-00419}, office {phone:504-555-0118}, fax {phone:504-555-0119}, email {contact:lbeauregard@guardianship-nola.example.org}."],
  ["contacts", "Primary contact is partner {name:Sam Oduya}; prefers texts to {phone:240.555.0131}. Secondary: Aunt {name:Vera} in {loc:Silver Spring}, {phone:240-555-0166}."],

  // --- social and family history --------------------------------------------------------------
  ["social-family", "Social history: {name:Yohannes Tesfaye}, 52, drives for {loc:Metro Transit} in {loc:Minneapolis}, lives with his wife and three children, never smoker, occasional tej at family gatherings."],
  ["social-family", "Family history: mother {name:Dorothea} died at {age:94} of stroke; father had MI at 58; brother {name:Lars} has type 2 diabetes. Patient grew up in {loc:Hibbing}, {loc:MN}."],
  ["social-family", "SOCIAL: LIVES ALONE AT {loc:THE WILLOWS APARTMENTS}, {loc:BANGOR}, {loc:ME}. RETIRED FROM {loc:BATH IRON WORKS}. DAUGHTER {name:CHERYL} CHECKS IN DAILY. 40 PACK-YEAR SMOKER."],
  ["social-family", "{name:Ana Lucía Ferreyra} is a junior at {loc:Arizona State University}, works part-time at {loc:Trader Joe's} on {loc:Mill Ave}, and lives with roommates in {loc:Tempe}; denies tobacco, vapes socially."],
  ["social-family", "sh: pt {name:willie mae dubose} {age:91} lives w/ granddaughter {name:keyonna} on {loc:old bainbridge rd} in {loc:quincy} {loc:fl}. attends {loc:new hope missionary baptist}."],
  ["social-family", "Her late husband, Dr. {name:Reginald Thorne}, was a cardiologist at {loc:Emory}; she moved to {loc:Asheville} in 2019 to be near her son {name:Grant}."],
  ["social-family", "FHx notable for BRCA2 in maternal aunt {name:Sofía} (dx age 41) and cousin {name:Valentina Ruiz}, both treated at {loc:MD Anderson}; genetic counseling with {name:Rebecca Stahl}, MS, CGC, on {date:7/9}."],
  ["social-family", "Works nights as a CNA at {loc:Brookdale Senior Living} in {loc:Chattanooga}; husband {name:Dwayne} has been disabled since a roofing fall in {date:March 2018}."],
  ["social-family", "Born in {loc:Mogadishu}, arrived in {loc:Lewiston}, {loc:Maine} in 2006; {name:Abdikarim Warsame} lives with his mother {name:Hawa}, who is {age:ninety} and speaks only Somali."],
  ["social-family", "He coaches wrestling at {loc:Abraham Lincoln High School} in {loc:Council Bluffs} and was hurt at a meet on {date:1/27}; his wife {name:Brandi Koenig} teaches at {loc:Carter Lake Elementary}."],
];

/** Identifier-free items in the same styles, which a careless guard might flag. */
export const DECISION_168_FIRST_CLEAN: string[] = [
  "Admitted for community-acquired pneumonia; CURB-65 score 2, started on ceftriaxone 1 g IV q24h and azithromycin 500 mg daily.",
  "ADMIT TO MED-SURG. VITALS Q4H. STRICT I&O. HEPARIN 5000 UNITS SC Q8H. NPO AFTER MIDNIGHT.",
  "Positive Murphy's sign and RUQ tenderness; ultrasound shows gallbladder wall thickening, surgery consulted for lap chole.",
  "pt ambulated 150 ft w/ rolling walker, SBA, no LOB. tolerated well. will cont PT bid.",
  "Foley removed at 0600; voided 350 mL at 1015. Bladder scan PVR 60 mL.",
  "History of Hodgkin lymphoma treated with ABVD in 1998, in remission since.",
  "Follow-up in 2 weeks; return sooner for fever over 101.5, worsening pain or spreading redness.",
  "Discharged home in stable condition on apixaban 5 mg BID, metoprolol tartrate 25 mg BID and atorvastatin 40 mg nightly.",
  "DISCHARGE DIAGNOSES: 1. NSTEMI. 2. TYPE 2 DIABETES MELLITUS. 3. CKD STAGE 3A.",
  "Referral to cardiology for evaluation of Wolff-Parkinson-White pattern on ECG; asymptomatic, no syncope.",
  "Referred to hand surgery for Dupuytren's contracture of the right ring finger, 40 degrees at the MCP joint.",
  "Rx: amoxicillin-clavulanate 875/125 mg PO BID x 7 days, #14, no refills. Dispense as written.",
  "Take 2 tablets by mouth every 6 hours as needed for pain; do not exceed 8 tablets in 24 hours.",
  "prednisone taper: 40 mg x3 days, 30 mg x3 days, 20 mg x3 days, 10 mg x3 days then stop.",
  "Na 131, K 4.8, Cl 99, CO2 22, BUN 34, Cr 1.6, glucose 212. Anion gap 10.",
  "HbA1c 8.4% (was 9.1% three months ago); TSH 2.3; LDL 118 mg/dL.",
  "CBC: WBC 14.2 with 82% neutrophils, Hgb 10.1, plt 455. Blood cultures x2 pending.",
  "CT abdomen/pelvis with contrast: acute uncomplicated appendicitis, 11 mm appendix, no abscess or free air.",
  "MRI brain: scattered T2/FLAIR white matter hyperintensities, likely chronic small vessel ischemic change. No acute infarct.",
  "CHEST X-RAY PA AND LATERAL: NO FOCAL CONSOLIDATION, EFFUSION OR PNEUMOTHORAX. HEART SIZE NORMAL.",
  "Billing code 99215 with modifier 25; ICD-10 E11.65 and I10. Time spent 45 minutes, over half in counseling.",
  "Copay $40 collected at check-in; deductible met for the year.",
  "Prior authorization required for adalimumab; step therapy with methotrexate documented for 3 months.",
  "Coverage: Medicare Part A and B, Part D plan on file; no secondary insurance.",
  "Reminder: nothing to eat or drink after midnight before your procedure. Bring a list of your medications and a photo ID.",
  "Please arrive 15 minutes early to complete paperwork; masks are optional in waiting areas.",
  "Emergency contact declined by patient; advance directive on file, full code.",
  "Social history: married, two adult children, retired electrician, former smoker (20 pack-years, quit 2010), drinks 2 beers on weekends.",
  "Family history: father with colon cancer at 62, mother with Alzheimer's disease, no known bleeding disorders.",
  "FHx: +HTN, +DM2 in both parents; no sudden cardiac death.",
  "lives alone in 2nd floor walkup, 14 steps, no railing. daughter helps w/ groceries.",
  "Apgar 8 and 9 at 1 and 5 minutes; birth weight 3.41 kg; vitamin K and erythromycin given.",
  "Glasgow Coma Scale 15, pupils equal and reactive, cranial nerves II-XII intact, Romberg negative.",
  "Babinski sign absent bilaterally; Hoffmann negative; reflexes 2+ and symmetric.",
  "EKG: sinus rhythm 72, PR 168, QRS 94, QTc 441, no ST changes.",
  "Tdap given L deltoid 0.5 mL IM, lot on vaccine log; VIS provided, observed 15 min without reaction.",
  "Alert and oriented x3. Morse fall score 45. Bed alarm on, call light in reach.",
  "Graves' disease on methimazole 10 mg daily; free T4 normalized.",
  "Stage IIIA non-small cell lung cancer, T2N2M0; plan concurrent chemoradiation with carboplatin and paclitaxel.",
  "Kerley B lines and cephalization consistent with pulmonary edema; BNP 1,240.",
  "Tinel's and Phalen's positive on the left; nerve conduction study ordered for suspected carpal tunnel syndrome.",
  "Insulin lispro sliding scale: 151-200 give 2 units, 201-250 give 4 units, 251-300 give 6 units, over 300 call MD.",
  "PATIENT EDUCATED ON WOUND CARE. DRESSING CHANGE DAILY WITH NORMAL SALINE AND DRY GAUZE.",
  "Chronic Lyme disease not supported by serology; Western blot negative for IgG and IgM.",
  "Direct Coombs test positive; haptoglobin low, LDH elevated, consistent with hemolysis.",
  "s/p Whipple procedure 2019 for pancreatic adenocarcinoma; on Creon with meals.",
  "Cushing's syndrome ruled out with a normal 1 mg overnight dexamethasone suppression test.",
  "Patient declined the flu vaccine this season; education provided.",
  "1:1 sitter overnight; restraints discontinued at 0800 per protocol.",
  "BP 142/88, HR 96, RR 18, SpO2 94% on 2 L NC, T 38.1.",
  "Dressler syndrome considered given pleuritic pain 3 weeks after MI; started colchicine 0.6 mg BID.",
  "Dr. appointment kept; patient reports good adherence to CPAP, 6.5 hours per night.",
  "Bell's palsy, right side, onset 2 days ago; valacyclovir and prednisone started, eye patch at night.",
  "Crohn's disease flare, CRP 48; infliximab 5 mg/kg every 8 weeks, next infusion due.",
  "Hemoglobin A1c goal under 7.0; continue Jardiance 10 mg daily and Trulicity 1.5 mg weekly.",
  "Labs to be drawn Q6H x3 for troponin trend; repeat EKG with any chest pain.",
  "PPD read at 48 hours: 0 mm induration, negative.",
  "Spoke with pharmacy; generic substitution permitted. Quantity 30, refills 5.",
];

/** Decision 168's batch in corpus.json's shape, for score.ts. */
export function decision168Corpus(): Corpus {
  return { notes: DECISION_168_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_168_FIRST_CLEAN };
}
