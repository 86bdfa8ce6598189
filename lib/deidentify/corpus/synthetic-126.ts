// Decision 126's batch: one- to three-sentence texts in the style of the public synthetic PHI data
// sets used to test de-identification tools, that is sentences generated from templates and filled
// with fake values, and short LLM-written synthetic clinical snippets: admissions, discharges,
// referrals, appointment reminders, insurance and billing lines, consent forms, lab requisitions,
// prescriptions, device implants, research enrolment, emergency contacts, transport requests, the
// first lines of letters, portal messages and registration lines. Names are of many origins
// (Hispanic, South Asian, East Asian, African, Arabic, Slavic, Irish, Nordic, Maori) and some are
// ordinary words; addresses are US, UK, Irish, Canadian, Australian, Indian and European with ZIP
// codes and postcodes; phone numbers come with dots, spaces, brackets, +1, +44 and extensions; dates
// in every common format; ages over 89 in figures and in words; record, account, insurance, licence,
// passport, SSN-like, prescription, specimen and device serial numbers with and without labels;
// emails and URLs; hospitals, clinics, nursing homes, pharmacies, employers, insurers, schools,
// towns, counties, states and countries. Clean items are in the same synthetic-sentence style with
// no identifier: doses and lab values, scores and eponymous signs, diseases and scales (several named
// after cities), drug and device brands, imaging scanner models, ICD-10, CPT, HCPCS and NDC codes,
// ages under 90, bare years, durations, times without dates, generic roles and services, and ordinary
// words that are also names or towns. Written for this project (CC0, see LICENSE.md): every name,
// number and date is invented and no real patient text was used; real hospital and town names
// appear only as places. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admission"
  | "discharge"
  | "referral"
  | "appointment"
  | "billing"
  | "consent"
  | "lab-requisition"
  | "prescription"
  | "device"
  | "research"
  | "emergency-contact"
  | "transport"
  | "letter"
  | "portal"
  | "registration";

/**
 * The thirty-first batch (decision 126's), written before decision 126's rules.
 * First run, with every rule before it (decisions 122-124 included): 96.2% (376/391; name 98.3%,
 * 113/115; location 94.2%, 97/103; date 98.5%, 66/67; id 92.9%, 39/42; age 87.5%, 21/24; phone and
 * contact 100%), precision 98.5%, 5 of 57 clean items flagged ("Richmond Agitation-Sedation Scale",
 * "Framingham 10-year risk", "Pavlik harness", "Prevnar 20", "NDC 0003-0894-21").
 * After decision 126's rules: 98.5% (385/391), precision 99.8%, 0 of 57. Lower-cased 93.6%, in
 * capitals 95.1%.
 * Still missed: "from Jamal Carter was received" (a given name held out of the lists, decision 051),
 * "Bill Sparrow, husband", "at Target Corporation", "Lakeshore Family Medicine", ages in words
 * without "years" ("ninety-one on Saturday", "in her late nineties": earlier batches hold "in her
 * nineties" clean).
 */
export const DECISION_126_FIRST: Array<[Style, string]> = [
  // --- admissions ------------------------------------------------------------------------------
  ["admission", "Patient {name:Maria Guadalupe Ortega}, age {age:93}, was admitted to {loc:St. Luke's Medical Center} on {date:04/12/2023} with community-acquired pneumonia."],
  ["admission", "{name:Oluwaseun Adebayo-Clarke} (MRN {id:00731946}) was admitted via the Emergency Department at {loc:King's College Hospital} on {date:12-Apr-2023} at 02:40."],
  ["admission", "Mr. {name:Hiroshi Tanabe}, a {age:91-year-old} retired engineer from {loc:Sacramento, CA}, was admitted to {loc:UC Davis Medical Center} on {date:2023-07-19} after a fall at home."],
  ["admission", "Admit date: {date:March 3, 2024}. Patient: {name:Siobhan Ní Bhraonáin}. DOB: {date:11/22/1958}. Attending: Dr. {name:Kwame Mensah-Boateng}. Unit: 6 West, {loc:Beaumont Hospital}."],
  ["admission", "{name:Fatima Zahra El Idrissi}, {age:ninety-two years old}, was brought from {loc:Maple Grove Care Home} to {loc:Toronto General Hospital} by ambulance on the {date:12th of April} and admitted under General Internal Medicine."],
  ["admission", "The patient, {name:Dmitri Volkov} (account #{id:A-55820193}), presented to {loc:Mercy Hospital} in {loc:Cedar Rapids, Iowa} on {date:Apr 12} with chest pain and was admitted to telemetry."],
  ["admission", "{name:Priya Raghavan}, 34, was admitted on {date:15/06/2023} to {loc:Apollo Hospitals, Greams Road, Chennai 600006} for elective laparoscopic cholecystectomy; UHID {id:CHN2290447}."],

  // --- discharges ------------------------------------------------------------------------------
  ["discharge", "Discharged on {date:June 2nd} to {loc:Silver Pines Assisted Living} in {loc:Scottsdale, AZ} with home oxygen at 2 L via nasal cannula."],
  ["discharge", "{name:Ingrid Solberg} was discharged home to {loc:Tromsø, Norway} on {date:2023-09-14}; follow-up with Dr. {name:Anders Haugland} in 2 weeks."],
  ["discharge", "Discharge summary for {name:Tyrone Washington}, {age:97 y/o}, discharged {date:08/30/2024} from {loc:Grady Memorial Hospital} to his daughter's home at {loc:1187 Peachtree Creek Rd, Decatur, GA 30033}."],
  ["discharge", "Pt {name:Nguyen Thi Lan} discharged {date:Sept 5} to {loc:Heritage Gardens Nursing Home}, {loc:Garden Grove}; facility phone {phone:714.555.0162}."],
  ["discharge", "She was discharged on the {date:21st} with instructions to call the {loc:Cleveland Clinic} Heart Failure Clinic at {phone:216-555-0148 ext. 3321} if her weight rises by 2 kg."],
  ["discharge", "Discharged against medical advice on {date:Christmas Eve}. Patient {name:Brendan O'Sullivan} left with his brother {name:Cian} before the 04:00 labs were drawn."],

  // --- referrals -------------------------------------------------------------------------------
  ["referral", "Referral to Rheumatology: {name:Aisha Bello}, DOB {date:02/14/1987}, NHS No. {id:471 882 9034}, GP at {loc:Hillside Surgery}, {loc:14 Moor Lane, Leeds LS6 2QT}."],
  ["referral", "Please see {name:Rajiv Malhotra} (aged {age:94}) for cataract assessment. Referred by {loc:Fortis Hospital, Mulund, Mumbai}; contact {phone:+91 98201 55473}."],
  ["referral", "Referral from Dr. {name:Kenji Watanabe}, {loc:Kaiser Permanente Oakland}, to Pediatric Neurology at {loc:UCSF Benioff Children's Hospital}, re: {name:Leo Fairbanks-Ito}, 7, for new-onset seizures."],
  ["referral", "Kindly review Mrs. {name:Gwenllian Pryce}, {age:90}, of {loc:Aberystwyth, Ceredigion}, hospital number {id:W2281046}, regarding recurrent falls since 2022."],
  ["referral", "Referral received {date:2024-01-08} from {loc:Hamilton Health Sciences} for {name:Tomasz Wiśniewski}, OHIP {id:4572-881-093-KT}; please call {phone:(905) 555-0177} to book."],
  ["referral", "Urgent two-week-wait referral: {name:Bartholomew Hope}, {age:96}, PSA 48, from {loc:Riverside Medical Practice}, {loc:Reading RG1 4PS}. Email {contact:riverside.referrals@nhs-example.net}."],
  ["referral", "Refer to the {loc:Royal Melbourne Hospital} Memory Clinic: {name:Con Papadopoulos}, a {age:93-year-old} who lives in {loc:Brunswick, VIC 3056}; his son {name:Nick} will bring him."],

  // --- appointments ----------------------------------------------------------------------------
  ["appointment", "Reminder: {name:Carmen Delgado} has an appointment with Dr. {name:Samuel Abernathy} on {date:Thursday, May 16, 2024} at 9:15 AM at {loc:Baptist Health Primary Care}."],
  ["appointment", "Dear {name:Sunil Kapoor}, your colonoscopy at {loc:Northwell Health Endoscopy Center} is scheduled for {date:11/04/2024}. Questions? Call {phone:516.555.0139}."],
  ["appointment", "{name:Aoife Gallagher} moved her antenatal scan from {date:the 3rd} to {date:the 10th of June} at the {loc:Rotunda Hospital}."],
  ["appointment", "Follow-up booked with nurse {name:Will Thackeray} on {date:12.03.2024} at {loc:Praxis am Sendlinger Tor, Schillerstraße 12, 80336 München}."],
  ["appointment", "Telehealth visit for {name:Mei-Ling Huang} on {date:2024-02-29} via {url:https://telehealth.bayviewclinic.example.com/room/mhuang}; backup number {phone:+1 (415) 555-0186}."],
  ["appointment", "No-show: {name:Grace Mwangi} missed her {date:Jan 9} appointment at {loc:Aga Khan University Hospital, Nairobi}; SMS sent to {phone:+254 722 555 018}."],

  // --- insurance and billing -------------------------------------------------------------------
  ["billing", "Insurance: {loc:BlueCross BlueShield of Texas}, member ID {id:XKJ884211905}, group {id:0049871}; subscriber {name:Roberto Castillo Jr.}, SSN {id:531-62-0948}."],
  ["billing", "Statement date {date:05/31/2024}. Account {id:200-448-7712}. Patient: {name:Olumide Fashola}. Amount due $142.60. Pay online at {url:www.stvincentbilling.example.org} or call {phone:1-800-555-0199}."],
  ["billing", "Medicare Beneficiary Identifier {id:1EG4-TE5-MK73} for {name:Dorothy Kowalczyk}, {age:102}, verified on {date:3/1/24}."],
  ["billing", "Self-pay patient {name:Yusuf Demir}, passport {id:U18847263}, treated at the {loc:Charité} on {date:7. August 2023}; the invoice was sent to {contact:y.demir@example.com.tr}."],
  ["billing", "Guarantor: {name:Helen Mbeki}, {loc:45 Vilakazi Street, Orlando West, Soweto 1804, South Africa}. Relationship: daughter. Employer: {loc:Discovery Health}."],
  ["billing", "Prior authorization {id:PA-7731904} approved for Humira 40 mg for {name:Lakshmi Venkataraman}, policy {id:STAR-4402-991-07}, effective {date:01-Jan-2024} for 12 months."],

  // --- consent ---------------------------------------------------------------------------------
  ["consent", "I, {name:Abdullah Rahimi}, consent to a right total hip replacement to be performed by Mr {name:Gareth Lloyd-Evans} at {loc:Morriston Hospital} on {date:14 February 2024}."],
  ["consent", "Consent was obtained from the patient's health care proxy, {name:Bridget Kavanagh} (niece), by telephone at {phone:(617) 555-0171} on {date:12/04/2023}; witnessed by {name:Marcus Lee}, RN."],
  ["consent", "Patient {name:Solveig Lindqvist}, a {age:98-year-old} woman with capacity, declined transfusion. Signed {date:Feb 2, 2024}, {loc:Karolinska University Hospital}."],
  ["consent", "Research and photography consent signed by {name:Kofi Asante} and his mother {name:Ama Asante} on {date:2023.11.08}; a copy was mailed to {loc:P.O. Box 3310, Kumasi, Ghana}."],
  ["consent", "Interpreter {name:Lucía Fernández} (ID {id:INT-4471}) translated the consent for {name:Rosa Quispe Mamani}, who speaks Quechua, on {date:the 5th}."],
  ["consent", "Verbal consent for COVID-19 vaccination given by {name:Wiremu Tane}, NHI {id:ZAB4712}, at {loc:Tamaki Health}, {loc:Otahuhu, Auckland 1062}."],
  ["consent", "Patient {name:Mark Stone} consents to release records to {loc:Liberty Mutual}, claim {id:LM-337819204}, adjuster {name:Dana Whitfield}, {contact:dana.whitfield@claims-example.com}."],

  // --- lab requisitions ------------------------------------------------------------------------
  ["lab-requisition", "LAB REQUISITION - Patient: {name:WOJCIK, AGNIESZKA} DOB: {date:1949-03-27} MRN: {id:M0023817} Collect: {date:04/15/2024} 07:30 Tests: CBC, CMP, HbA1c."],
  ["lab-requisition", "Specimen {id:S24-118732} from {name:Jamal Carter} was received at {loc:Quest Diagnostics} on {date:Apr 3, 2024}; results by fax to {phone:201-555-0194}."],
  ["lab-requisition", "Repeat newborn screen for Baby Girl {name:Okonjo} (mother {name:Chiamaka Okonjo}, MRN {id:61-22-0847}), born {date:03/02/2024} at {loc:Parkland Memorial Hospital}."],
  ["lab-requisition", "Please draw an INR on {name:Björn Eriksson}, {age:95 yrs}, at home: {loc:Storgatan 14, 411 38 Göteborg}. The key safe code is with his son {name:Erik}."],
  ["lab-requisition", "Histology request: {name:Chen Xiaoming}, hospital no. {id:HK-0091-4472-6}, {loc:Queen Mary Hospital}, {loc:Pok Fu Lam, Hong Kong}; biopsy taken {date:5 Mar}."],

  // --- prescriptions ---------------------------------------------------------------------------
  ["prescription", "Rx: Eliquis 2.5 mg PO BID #60, refills 5. Patient: {name:Margarethe Baumann}, {age:91 y.o.}, {loc:322 Elm St, Fredericksburg, TX 78624}. Prescriber: {name:Luis Herrera}, MD, DEA {id:BH4417203}."],
  ["prescription", "E-prescription for {name:Sipho Ndlovu} sent to {loc:Walgreens #10482}, {loc:1500 N Clark St, Chicago, IL 60610}; pharmacy phone {phone:312.555.0115}."],
  ["prescription", "Patient {name:Olga Petrenko} (DOB {date:04.09.1930}) was prescribed apixaban on {date:02/03/24}; pharmacy: {loc:Boots}, {loc:Princes Street, Edinburgh EH2 2YJ}."],
  ["prescription", "Controlled substance agreement: {name:Travis McAllister}, driver's licence {id:D412-7789-3301}, {loc:Missoula, MT}; fills only at {loc:Albertsons Pharmacy, Reserve St}."],
  ["prescription", "Prescription #{id:RX7740213} for Ozempic 0.5 mg weekly, patient {name:Shira Katz}, {loc:Tel Aviv}, dispensed {date:14/11/2023}."],
  ["prescription", "Repeat prescription request from {name:Tadhg Murphy}, a {age:90-year-old} resident of {loc:St. Joseph's Nursing Home}, {loc:Ennis, Co. Clare}, for review by the GP."],

  // --- devices ---------------------------------------------------------------------------------
  ["device", "Dual-chamber pacemaker (Medtronic Azure XT DR MRI, model W1DR01, serial {id:RNB412765S}) implanted in {name:Harold Jenkins}, {age:93}, on {date:01/22/2024} at {loc:Sentara Norfolk General Hospital}."],
  ["device", "ICD interrogation: {name:Farah Haddad}, device serial {id:PZX800214H}, remote monitoring ID {id:CL-55903128}, transmission received {date:2024-03-11} 06:12. On amiodarone since 2021."],
  ["device", "Cochlear implant activation for {name:Emily Tran} at the {loc:Sydney Cochlear Implant Centre} on {date:6 May 2024}; implant S/N {id:CI632-0417785}."],
  ["device", "Insulin pump (Tandem t:slim X2, SN {id:1094 3872}) registered to {name:Kaitlyn Murphy-Ross}, {loc:Halifax, Nova Scotia B3H 2Y9}; support line {phone:1-877-555-0131}."],
  ["device", "Hip implant record: {name:Giuseppe Romano}, left THR {date:09-Mar-2022}, UDI {id:(01)10603295123456(17)270301(10)K2241}, at {loc:Ospedale San Raffaele}."],
  ["device", "Wearable defibrillator returned by {name:Noor Hussain}; ZOLL LifeVest serial {id:LV4-09281}, collected from {loc:88 Crescent Road, Bradford BD7 1AQ}."],

  // --- research --------------------------------------------------------------------------------
  ["research", "{name:Ravi Shankar Iyer} enrolled in the heart failure substudy on {date:11/02/2023} at {loc:Duke University Hospital}; participant ID {id:DUK-0147}; coordinator {name:Kelsey Marsh}."],
  ["research", "Screening log: subject {id:SCR-0892}, {name:Aleksandra Nowak}, 89, screen failed on {date:Feb 20} (eGFR 28)."],
  ["research", "Biobank sample {id:BB-22-004871} donated by {name:Kwabena Owusu} ({age:100 years old}) at {loc:Korle Bu Teaching Hospital} on {date:the 2nd of March}."],
  ["research", "Dear Ms. {name:Park}, thank you for joining the {loc:University of Michigan} sleep study. Your study visit is {date:Saturday 8/17} at the {loc:North Campus Research Complex}."],
  ["research", "The six-month questionnaire was posted to {name:Patrick Nwachukwu}, {loc:Flat 4, 19 Hyde Park Road, Leeds LS6 1AH}, and emailed to {contact:pnwachukwu@example.co.uk}."],

  // --- emergency contacts ----------------------------------------------------------------------
  ["emergency-contact", "Mrs. {name:Abernathy}'s son, {name:Curtis Abernathy}, can be reached at {phone:503.555.0198} or {contact:curtis.abernathy@example.com}."],
  ["emergency-contact", "Emergency contact: {name:Hope Okoro} (sister), {phone:+44 7700 900431}, {loc:Peckham, London}."],
  ["emergency-contact", "Next of kin: {name:Svetlana Ivanova}, wife, {loc:ul. Lenina 42, kv. 17, Novosibirsk 630099, Russia}; phone {phone:+7 383 555-01-22}."],
  ["emergency-contact", "ICE: {name:Rahul Mehta} (son-in-law) {phone:(646) 555-0190}; the patient, {name:Kamala Devi}, is {age:ninety-five}."],
  ["emergency-contact", "The contact person for {name:Ibrahim Diallo}, {age:96}, is his grandson {name:Mamadou Diallo} in {loc:Dakar, Senegal}, telephone {phone:+221 77 555 40 12}."],
  ["emergency-contact", "Emergency contacts on file: 1) {name:Bill Sparrow}, husband, {phone:0412 555 078}; 2) {name:Joy Sparrow}, daughter, {phone:(08) 5550 1234}, {loc:Fremantle WA 6160}."],
  ["emergency-contact", "POA {name:Teresa Lindgren} asks that calls go to her work line at {loc:Target Corporation}, {phone:612-555-0187 x4410}, not to her mother's home in {loc:Edina}."],

  // --- transport -------------------------------------------------------------------------------
  ["transport", "Transport request: pick up {name:Walter Brzezinski}, {age:99}, wheelchair, from {loc:1420 Oak Hollow Dr, Apt 3B, Columbus, OH 43215} on {date:10/22/2024} at 07:45 for dialysis."],
  ["transport", "Ambulance transfer from {loc:Whangarei Hospital} to {loc:Auckland City Hospital} for {name:Hemi Walker}, NHI {id:PRT3381}, booked for {date:Tue 14 May}."],
  ["transport", "Patient {name:Ayodele Bankole} will be driven home to {loc:Dover, Delaware} by her nephew {name:Tunde} after discharge on {date:the 30th}."],
  ["transport", "Air medical transfer: {name:Liam Ó Ceallaigh} from {loc:Letterkenny University Hospital} to {loc:Beaumont Hospital}, departing {date:04-10-2023} 11:20; receiving consultant Mr {name:Fergal Doyle}."],
  ["transport", "Wheelchair van to {loc:Keys Dialysis Center}, {loc:Marathon, FL 33050}, for {name:Gloria Pinder} three times a week; Medicaid ID {id:FL88214403}."],
  ["transport", "Patient transport card: {name:Farhan Qureshi}, {loc:Manchester Royal Infirmary} → {loc:Wythenshawe Hospital}, {date:Fri 9th Feb}, stretcher."],

  // --- letters ---------------------------------------------------------------------------------
  ["letter", "Dear Dr. {name:Oyelowo}, I saw {name:Chidinma Eze}, a {age:94-year-old} lady from {loc:Lewisham}, in clinic today ({date:12/03/2024}) regarding her leg ulcers."],
  ["letter", "{loc:Royal Victoria Infirmary}, {date:3rd April 2024}. Re: {name:Stanley Robson}, DOB {date:07/07/1931}, Hosp No {id:RVI0049271}."],
  ["letter", "Dear Mr. {name:Abara}, your blood results from {date:22/05/2024} are normal. Yours sincerely, {name:Fiona MacLeod}, Practice Nurse, {loc:Drumchapel Health Centre}."],
  ["letter", "Dear Colleague, Re: {name:Viktor Horváth} ({age:91}), {loc:Váci út 33, 1134 Budapest}. I reviewed this gentleman in the memory clinic on {date:the 3rd of June}."],
  ["letter", "{loc:Lakeshore Family Medicine} | {loc:310 Shore Rd, Burlington, VT 05401} | Tel {phone:(802) 555-0144} | Fax {phone:(802) 555-0145} | {url:www.lakeshorefm.example.com}"],
  ["letter", "Dear Ms {name:Aroha Ngata}, following your visit to {loc:Rotorua Hospital} on {date:12-Apr-2023}, please find your outpatient summary enclosed (NHI {id:HKX2291})."],

  // --- portal messages -------------------------------------------------------------------------
  ["portal", "Portal message from {name:Diego Hernández} ({contact:dhernandez77@example.com}): 'Dr. {name:Patel}, can I take ibuprofen with my Eliquis? My knee has hurt since {date:Sunday the 14th}.'"],
  ["portal", "MyChart message sent {date:04/18/2024} 16:02 to {name:Bea Thornton} about lab results; account {id:MC-4471902}; log in at {url:https://mychart.examplehealth.org/login}."],
  ["portal", "Hi, this is {name:Ngozi}, {name:Emeka Obi}'s daughter. Dad ({age:ninety-one} on {date:Saturday}!) fell again. Please call me on {phone:07700 900 218}."],
  ["portal", "Message from {contact:r.okonkwo@example.org}: Please update my address to {loc:56 Beacon Street, Apt 2, Somerville, MA 02143} and my phone to {phone:617 555 0173}. Thanks, {name:Rita Okonkwo}"],
  ["portal", "Secure message to {name:Kwaku Mensah}: prescription {id:RX-0441877} is ready for collection at {loc:CVS Pharmacy, 12 Main St, Reading, MA}."],
  ["portal", "Video visit link for {name:Svea Johansson}: {url:https://meet.nordichealth.example.se/vv/8841-2270}. The PIN was sent to {phone:+46 70 555 12 34}."],

  // --- registration and other one-liners ------------------------------------------------------
  ["registration", "The patient lives at {loc:19 Willow Bend Court, Frederick, MD 21702} with her husband {name:Frank Oduya}; home phone {phone:301-555-0152}."],
  ["registration", "{name:Meenakshi Sundaram}, F, DOB {date:1931-12-02}, SSN {id:412-55-8830}, {loc:2 Lakeview Towers, Edison, NJ 08817}."],
  ["registration", "ED triage {date:12/25/2023} 23:14: {name:Jerome Baptiste}, {age:104}, brought by {loc:Miami-Dade Fire Rescue}; son at {phone:305-555-0126}."],
  ["registration", "Patient {name:Huda Al-Mansouri} arrived from {loc:Abu Dhabi, United Arab Emirates} on {date:27/08/2023}; Emirates ID {id:784-1956-4471829-3}."],
  ["registration", "{name:Xu Mingyu} attends {loc:Lincoln Elementary School} in {loc:Fremont, CA}; the school nurse called from {phone:510-555-0161} about his asthma on {date:Oct 2}."],
  ["registration", "Social work note: {name:Dolores Whitehorse}, {age:ninety-three}, from the {loc:Pine Ridge Reservation}, {loc:South Dakota}, wishes to return home before {date:Thanksgiving}."],
  ["registration", "Home visit to a woman in her {age:late nineties}, {name:Edith Crane}, at {loc:Ivy Cottage, Church Lane, Little Snoring, NR21 0AX}; she has lived there since 1958."],
];

/** Clean items: the same synthetic-sentence style, no identifiers, dense with what must not be flagged. */
export const DECISION_126_FIRST_CLEAN: string[] = [
  "Patient, age 78, was admitted to Cardiology with new-onset atrial fibrillation and started on Eliquis 5 mg BID and metoprolol 25 mg.",
  "The patient is an 89-year-old man with Parkinson's disease, Hoehn and Yahr stage 3, on carbidopa-levodopa 25/100 four times daily.",
  "Diagnosed with Crohn's disease in 2019; started Humira in 2021. CRP 12 mg/L, fecal calprotectin 410 ug/g.",
  "Stage IIA Hodgkin lymphoma treated with ABVD for 4 cycles; end-of-treatment PET Deauville score 2.",
  "Babinski sign present on the right; Romberg negative; Kernig and Brudzinski signs absent.",
  "Apgar scores 7 and 9 at 1 and 5 minutes. Birth weight 3,420 g. Vitamin K and erythromycin eye ointment given.",
  "ICD-10 I48.91 and E11.65; CPT 99214 and 93000 billed for today's visit.",
  "CT performed on a Siemens SOMATOM Force and MRI on a GE SIGNA Premier 3T. Contrast: iohexol 350, 80 mL.",
  "Store vials at room temperature (20-25 °C) for up to 30 days; discard 28 days after opening.",
  "She may bathe after 48 hours. Her daughter will help with dressing changes twice daily.",
  "Mark the operative site before the patient goes to theatre; reading glasses to stay with the patient.",
  "Glasgow Coma Scale 14 (E4 V4 M6) on arrival to the Emergency Department at 03:20.",
  "Ottawa ankle rules negative; no X-ray required. Rest, ice and ibuprofen 400 mg TID for 5 days.",
  "Bristol stool chart type 6, four times a day for 3 weeks; C. difficile toxin negative.",
  "Edinburgh Postnatal Depression Scale score 14; referred to Perinatal Mental Health.",
  "NYHA class III heart failure, EF 30%. Entresto 49/51 mg BID, Farxiga 10 mg daily, spironolactone 25 mg daily.",
  "Los Angeles grade B esophagitis; Barrett's esophagus excluded on biopsy. Omeprazole 40 mg daily for 8 weeks.",
  "Berlin criteria for moderate ARDS met: P/F ratio 160 on PEEP 10. Prone positioning for 16 hours.",
  "Richmond Agitation-Sedation Scale -2; CAM-ICU negative. Propofol weaned off at 06:00.",
  "Lyme disease serology positive (IgM and IgG); doxycycline 100 mg BID for 21 days.",
  "Norwalk-like virus outbreak on the ward; contact precautions until 48 hours after the last symptoms.",
  "Temple tenderness and jaw claudication; ESR 88. Prednisone 60 mg started pending temporal artery biopsy.",
  "Frank hematuria with clots; a 3-way Foley catheter was placed and continuous bladder irrigation started.",
  "PSA rose from 4.1 to 6.8 over 18 months; Gleason 3+4=7 on biopsy. Referred to Urology.",
  "Independent in all ADLs; Barthel Index 95/100. Lives alone with a cat and a supportive neighbour.",
  "Oxford knee score 22/48. Kellgren-Lawrence grade 3 medial compartment changes on standing films.",
  "L4-L5 disc herniation with right L5 radiculopathy; straight leg raise positive at 40 degrees. No cauda equina symptoms.",
  "C5-C6 and C6-C7 anterior cervical discectomy and fusion in 2018; stable on flexion-extension films.",
  "Dexcom G7 sensor and Omnipod 5 pod changed; time in range 74%, GMI 6.9%. No glucose below 54 mg/dL.",
  "Medtronic MiniMed 780G in SmartGuard mode; basal 0.8 units/h. A1c 7.1%.",
  "Wells score 4.5; CT pulmonary angiogram negative. D-dimer 0.9 mg/L FEU.",
  "Framingham 10-year risk 18%; start atorvastatin 40 mg and recheck lipids in 6-8 weeks.",
  "Child-Pugh class B, MELD-Na 17. Lactulose 20 g TID titrated to 2-3 soft stools daily.",
  "Kawasaki disease: fever for 6 days, conjunctival injection, strawberry tongue. IVIG 2 g/kg and aspirin started.",
  "Bell's palsy, House-Brackmann grade IV; prednisolone 60 mg for 5 days and eye protection at night.",
  "Down syndrome with an atrioventricular septal defect repaired at 4 months of age; annual TSH normal.",
  "Marfan syndrome, aortic root 4.6 cm; losartan 50 mg daily. Echo every 12 months.",
  "Tinel and Phalen signs positive at the right wrist; nerve conduction studies confirm moderate carpal tunnel syndrome.",
  "Murphy's sign positive; ultrasound shows a 9 mm gallstone with wall thickening. Tokyo grade I cholecystitis.",
  "Braden score 13, Morse Fall Scale 55, Waterlow 18. Pressure-relieving mattress and 2-hourly turns.",
  "Pavlik harness for developmental dysplasia of the hip; Ortolani positive on the left at 2 weeks old.",
  "The attending physician discussed the plan with her son and the charge nurse at 14:00.",
  "Seen by Physical Therapy, Occupational Therapy and the Palliative Care team; Social Work to follow up on home services.",
  "Ate half a sandwich and a cup of soup at lunch; tolerated thin liquids without coughing.",
  "Temperature 38.6 °C at 22:00, HR 112, BP 98/60, SpO2 93% on 2 L. Lactate 2.8 mmol/L. Blood cultures x2 drawn.",
  "Hemoglobin 8.2 g/dL, MCV 72 fL, ferritin 9 ng/mL. Ferric carboxymaltose 750 mg IV x2, one week apart.",
  "He ran his first marathon in 2016 and still cycles 40 km a week; resting HR 52.",
  "Patient states she will march in the charity walk if her knee allows; she is full of hope and motivated.",
  "Keytruda 200 mg IV every 3 weeks, cycle 6. TSH 6.2, free T4 normal. Continue to monitor.",
  "Karnofsky 70%, ECOG 1. Chemotherapy to continue for 4 more cycles.",
  "Shingrix dose 2 and Prevnar 20 given in the left deltoid; Arexvy discussed and declined.",
  "Nissen fundoplication in 2010 and Roux-en-Y gastric bypass in 2015; B12 and vitamin D replaced.",
  "Boston Scientific Watchman FLX 27 mm left atrial appendage occluder; TEE at 45 days shows no leak.",
  "NDC 0003-0894-21 dispensed; HCPCS J1745 billed. DRG 291 for heart failure and shock with MCC.",
  "Patient aged 86 years lives with her husband of 60 years; he cooks and manages her medications.",
  "Hartmann's procedure in 2020 with reversal planned; stoma output 600 mL/day. Loperamide 2 mg QID.",
  "Sjogren syndrome with Raynaud phenomenon; Schirmer test 3 mm at 5 minutes. Hydroxychloroquine 200 mg BID.",
];

/** Decision 126's batch in corpus.json's shape, for score.ts. */
export function decision126Corpus(): Corpus {
  return { notes: DECISION_126_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_126_FIRST_CLEAN };
}
