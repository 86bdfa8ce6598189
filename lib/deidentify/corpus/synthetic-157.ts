// Decision 157's batch: synthetic US clinical PHI sentences in the manner of public synthetic
// de-identification benchmarks built from templates, by "a thirteenth writer who had not read the
// guard's rules". One or two sentences each, varied templates: admissions ("{name}, a {age}-year-old
// {occupation} from {city}, {state}, presented to {hospital} on {date}"), contact and insurance lines,
// addresses with ZIP codes, appointments, medication and refill notes, lab and imaging lines with
// accession numbers, family and social history, emergency contacts, providers with NPI/DEA numbers,
// emails/URLs/IPs, dates in many formats and ages over 89 in digits and words. About a tenth in
// capitals, a tenth lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "admission" | "contact-insurance" | "address" | "appointment" | "medication" | "lab-imaging" | "family-history" | "social-history" | "emergency-contact" | "provider" | "electronic" | "dates" | "age" | "administrative";

/**
 * Decision 157's batch: template-style US synthetic PHI sentences by a thirteenth writer.
 */
export const DECISION_157_FIRST: Array<[Style, string]> = [
  // --- admissions ----------------------------------------------------------------------------
  ["admission", "{name:Thandiwe Mokoena}, a 58-year-old school bus driver from {loc:Greenville}, {loc:South Carolina}, presented to {loc:Prisma Health Greenville Memorial Hospital} on {date:February 14, 2023} with crushing substernal chest pain."],
  ["admission", "{name:Anders Halvorsen}, a {age:94-year-old} retired ferry captain from {loc:Bainbridge Island}, {loc:WA}, was admitted to {loc:Virginia Mason Medical Center} on {date:09/30/2022} after a syncopal episode at church."],
  ["admission", "Patient {name:Nguyen Thi Lan} (DOB {date:04/11/1961}, MRN {id:MR-00827164}), a 62-year-old nail salon owner from {loc:Garden Grove}, {loc:CA}, presented to {loc:UCI Medical Center} on {date:2023-06-02} with a three-day history of fever and flank pain."],
  ["admission", "{name:Rafael Echeverría-Luna}, 37, a line cook at {loc:Casa Bonita} in {loc:Lakewood}, {loc:Colorado}, was seen at {loc:St. Anthony Hospital} on {date:the 19th of August} for a partial-thickness burn to the left forearm."],
  ["admission", "On {date:Jan 7, 2024}, {name:Priyanka Venkataraman}, a 29-year-old graduate student at {loc:Purdue University}, presented to {loc:IU Health Arnett Hospital} in {loc:Lafayette}, {loc:IN}, with headache and neck stiffness."],
  ["admission", "{name:WILHELMINA OKAFOR-BRANDT}, A {age:96-YEAR-OLD} RETIRED SEAMSTRESS FROM {loc:SELMA}, {loc:ALABAMA}, WAS ADMITTED TO {loc:VAUGHAN REGIONAL MEDICAL CENTER} ON {date:12/24/2022} WITH ACUTE ON CHRONIC HEART FAILURE."],
  ["admission", "{name:dmitri volkov}, a 44 y/o long-haul trucker from {loc:joplin}, {loc:mo}, presented to {loc:freeman hospital west} on {date:3/3/23} c/o sob and pleuritic cp after a 14 hr drive."],
  ["admission", "{name:Siobhán Ní Bhriain}, a 71-year-old retired librarian visiting from {loc:Galway} and staying with her son in {loc:Worcester}, {loc:MA}, was taken to {loc:UMass Memorial Medical Center} on {date:Thursday, May 11} after a fall down the hotel stairs."],
  ["admission", "{name:Kofi Asante-Mensah}, a 52-year-old civil engineer employed by {loc:Kiewit Corporation}, was transferred from {loc:Great Plains Health} in {loc:North Platte}, {loc:NE}, to {loc:Nebraska Medicine} in {loc:Omaha} on {date:10-22-2021} for an inferior STEMI."],
  ["admission", "{name:Mei-Ling Tsao} was admitted on {date:11 Nov 2022} to {loc:Queen's Medical Center}, {loc:Honolulu}, {loc:HI} {loc:96813}, age 33, with hyperemesis gravidarum at 10 weeks."],
  ["admission", "The patient {name:Ahanu Redcloud}, a 23-year-old wildland firefighter from {loc:Missoula}, {loc:MT}, presented to {loc:St. Patrick Hospital} on {date:July 30, 2021} with smoke inhalation; his crew supervisor {name:Dale Ostrander} ({phone:406-555-0175}) accompanied him."],
  ["admission", "{name:farrukh yusupov} 34m from {loc:brooklyn} ({loc:bay ridge}) seen at {loc:nyu langone} {date:12/1} for kidney stone; mrn {id:0448712}, cb# {phone:718-555-0161}"],

  // --- contact and insurance ------------------------------------------------------------------
  ["contact-insurance", "Contact: {name:Bartholomew Fitzgerald-Ames}, tel {phone:(617) 555-0148}, cell {phone:617.555.0192}, email {contact:bfitzames@bostonmail.example.com}."],
  ["contact-insurance", "Insurance: {loc:Blue Cross Blue Shield of Michigan}, member ID {id:XYP884120337}, group {id:0092715}, subscriber {name:Darnell Whitaker} (spouse), effective {date:01/01/2023}."],
  ["contact-insurance", "Primary payer {loc:Aetna Better Health of Kentucky}; Medicaid ID {id:5512098734}; secondary Medicare MBI {id:1EG4-TE5-MK72}; policyholder {name:Lorraine Batiste}, DOB {date:7/9/1948}."],
  ["contact-insurance", "Patient {name:Yusuf Demir} can be reached at {phone:+1 (312) 555-0177} or at work ({loc:Rush University Medical Center} outpatient pharmacy), ext. {phone:4412}; preferred language Turkish."],
  ["contact-insurance", "INSURANCE: {loc:UNITEDHEALTHCARE} CHOICE PLUS  MEMBER #: {id:948271650-01}  GROUP #: {id:GRP-770314}  SUBSCRIBER: {name:HOLLOWAY, GRACE E}  DOB: {date:03/28/1979}  PHONE: {phone:803-555-0119}"],
  ["contact-insurance", "Tricare Prime beneficiary SSgt. {name:Marcus Delacroix-Hughes}, DoD ID {id:1592047386}, sponsor SSN {id:XXX-XX-4471}, currently stationed at {loc:Joint Base Lewis-McChord}."],
  ["contact-insurance", "Self-pay; guarantor {name:Esperanza Villalobos} (mother), {loc:2207 Calle del Sol}, {loc:Laredo}, {loc:TX} {loc:78043}, ph {phone:956-555-0133}, acct {id:GAR-00417392}."],

  // --- addresses ------------------------------------------------------------------------------
  ["address", "Home address: {loc:48 Juniper Hollow Rd}, {loc:Brattleboro}, {loc:VT} {loc:05301-4417}. Mailing address: {loc:PO Box 221}, {loc:Putney}, {loc:VT} {loc:05346}."],
  ["address", "{name:Tomasz Wiśniewski} resides at {loc:1912 N Kedzie Ave Apt 3R}, {loc:Chicago}, {loc:IL} {loc:60647}, with his wife {name:Agnieszka}."],
  ["address", "pt moved from {loc:914 w magnolia st} in {loc:lake charles} to her daughter {name:renee}'s house at {loc:77 bayou ct}, {loc:sulphur}, {loc:la} {loc:70663} after the storm"],
  ["address", "Discharge destination: {loc:Willowbrook Gardens Skilled Nursing}, {loc:3300 Orchard Pike}, {loc:Kalamazoo}, {loc:MI} {loc:49008}; fax {phone:269-555-0160}; admissions coordinator {name:Bethany Kowalczyk}."],
  ["address", "Address on file ({loc:16 Rue Sainte-Catherine Est}, {loc:Montréal}, {loc:QC} {loc:H2X 1K4}) is outdated; patient now lives at {loc:5 Harbor View Ln}, {loc:Bar Harbor}, {loc:ME} {loc:04609}."],
  ["address", "Visit summary mailed to {name:Percival Nakamura-Jones}, {loc:PO Box 1187}, {loc:Kailua-Kona}, {loc:HI} {loc:96745}; copy to {name:Dr. Kalani Akana} at {loc:Kona Community Hospital}."],
  ["address", "Discharged {date:10/10/2023} to home at {loc:6 Lighthouse Rd}, {loc:Chatham}, {loc:MA} {loc:02633}; VNA of {loc:Cape Cod Healthcare} to visit {date:10/11}; PCP {name:Dr. Whitney Osei}."],

  // --- appointments ---------------------------------------------------------------------------
  ["appointment", "Your appointment with {name:Dr. Ingrid Solberg} at {loc:Mayo Clinic Health System in Albert Lea} is on {date:Tuesday, April 16, 2024} at 9:30 AM. To reschedule call {phone:507-555-0121}."],
  ["appointment", "Reminder for {name:Chukwuemeka Obi}: follow-up with cardiology ({name:Dr. Rosenthal}) on {date:6/18} at 1400, {loc:Penn Presbyterian Medical Center}, {loc:Philadelphia}, Suite 2B."],
  ["appointment", "appt w/ {name:dr. haddad} moved from {date:wed 10/4} to {date:fri 10/6}, same time. pls bring insurance card + med list. questions? {phone:555-0136}"],
  ["appointment", "Telehealth visit scheduled {date:2024-03-05} 15:00 EST with nurse practitioner {name:Abigail Thornquist}; join link {contact:https://telehealth.lowcountryhealth.example.org/room/8842}; patient portal username {contact:jvelasquez1977}."],
  ["appointment", "Missed appointment on {date:the 2nd}; rescheduled to {date:the 23rd} with {name:Dr. O'Shaughnessy} at the {loc:Bozeman Health Deaconess} orthopedics clinic."],
  ["appointment", "NEXT APPOINTMENT: {date:MON 11/13/2023} 08:15 WITH {name:DR. PATEL-WHITFIELD}, {loc:BAPTIST HEALTH LOUISVILLE}. RE: {name:JOSEPHINE TRAN}. BRING GLUCOSE LOG."],

  // --- medications and refills ----------------------------------------------------------------
  ["medication", "Refill request from {name:Harriet Okonjo-Bell} (DOB {date:08/02/1955}) for metoprolol succinate 50 mg, 90-day supply, sent to {loc:Walgreens #10482}, {loc:Dayton}, {loc:OH}, on {date:5/14/2024}; approved by {name:Dr. Castellanos}."],
  ["medication", "Rx: apixaban 5 mg PO BID, #60, refills 3. Prescriber: {name:Leopold Marchetti, MD}, NPI {id:1487659230}, DEA {id:BM4418275}. Patient: {name:Constance Ebere}."],
  ["medication", "Mr. {name:Bjornsson} reports running out of insulin glargine over {date:Labor Day} weekend; the {loc:CVS} on {loc:Route 9} in {loc:Hadley} could not reach {name:Dr. Keane} for a refill."],
  ["medication", "refill sertraline 100mg x90d to {loc:kroger pharmacy} on {loc:n. high st}, {loc:columbus}. pt {name:aaliyah brooks} ok'd leaving vm at {phone:614 555 0184}. -{name:jm}"],
  ["medication", "Medication reconciliation completed {date:03.09.2023} by PharmD {name:Oyelaran}; patient brings bottles from {loc:Costco Pharmacy}, {loc:Issaquah}, and mail-order {loc:Express Scripts} (Rx# {id:7720413985})."],
  ["medication", "Prior authorization for adalimumab submitted {date:Dec 1st}, reference {id:PA-2023-448190}; {name:Gwendolyn Ashby} at {loc:Capital Rheumatology Associates} will call the patient at {phone:(919) 555-0106} when approved."],
  ["medication", "Methadone 85 mg daily dispensed at {loc:Crossroads Treatment Center of Asheville}; take-home doses for {date:Thanksgiving} weekend approved by medical director {name:Dr. Ruth Ann Pickering}."],

  // --- labs and imaging -----------------------------------------------------------------------
  ["lab-imaging", "CT abdomen/pelvis w/ contrast, accession {id:CT240318-00731}, performed {date:03/18/2024} at {loc:Intermountain Medical Center}, {loc:Murray}, {loc:UT}; read by {name:Dr. Eamon Gallagher}."],
  ["lab-imaging", "Specimen {id:S23-19044} (left breast core biopsy) received {date:7 July 2023} from {loc:Sutter Roseville Medical Center}; pathologist {name:Hyun-woo Park, MD}."],
  ["lab-imaging", "MRI brain, Acc# {id:MR5520918}, ordered by {name:Dr. Farida Nazarova} on {date:9/12/22}; compared with an outside study from {loc:Baptist Memorial Hospital-Golden Triangle} dated {date:02/2020}."],
  ["lab-imaging", "LAB: HGB A1C 9.4% COLLECTED {date:10/31/2023} 07:05, ACC {id:L2310310442}, ORDERING {name:DR. NAKASHIMA, KENJI}, PT {name:FUENTES, ROSALIND}, MRN {id:77410293}."],
  ["lab-imaging", "Blood cultures x2 (accession {id:MB-24-02217}) from {name:Emeka Nwosu}, drawn {date:Sunday} 23:10 in the {loc:Jackson Memorial} ED, grew MSSA; {name:Dr. Ferreira} notified by phone at 0540."],
  ["lab-imaging", "Screening mammogram at {loc:Women's Imaging Center of Sioux Falls}, {date:April 3rd}, BI-RADS 1; results mailed to {loc:1104 S Spring Ave}, {loc:Sioux Falls}, {loc:SD} {loc:57105}."],
  ["lab-imaging", "echo {date:2/27} (acc {id:ec-8841207}) ef 35-40%, read by {name:dr. amara diallo}, compared w/ study at {loc:st. luke's boise} from {date:10/2021}"],
  ["lab-imaging", "Sleep study at {loc:Ochsner Sleep Disorders Center} on the night of {date:5/21–5/22}, study ID {id:PSG-05211-OC}, technician {name:Darius Fontenot}, interpreting physician {name:Dr. Celeste Broussard}."],

  // --- family history -------------------------------------------------------------------------
  ["family-history", "Family history: mother {name:Beatrice Holm} died at 67 of ovarian cancer; maternal aunt {name:Ingeborg} had breast cancer at 45; father {name:Erik} alive at {age:91} with prostate cancer."],
  ["family-history", "Her brother {name:Rashid} (lives in {loc:Dearborn}) and sister {name:Noor Haddad-Saleh} both have type 2 diabetes; her grandmother died in {loc:Beirut} at age {age:ninety-three}."],
  ["family-history", "FHx: dad ({name:Rodney Pickens Sr.}) MI at 52, treated at {loc:Norton Hospital}; uncle {name:Lonnie} sudden cardiac death at 41 while working at the {loc:Ford Louisville Assembly Plant}."],
  ["family-history", "Paternal grandfather {name:Giuseppe Ferrante}, {age:98}, still living in {loc:Bari}, has Parkinson's disease; cousin {name:Luca} was recently diagnosed with Huntington disease at {loc:Mass General}."],
  ["family-history", "FAMILY HX: MOTHER {name:DOLORES YAZZIE} - RA, LIVES IN {loc:CHINLE}, {loc:AZ}. SISTER {name:TAMMY} - LUPUS, FOLLOWED AT {loc:NORTHERN NAVAJO MEDICAL CENTER}, {loc:SHIPROCK}."],
  ["family-history", "Twin sister {name:Hope} underwent BRCA testing at {loc:Huntsman Cancer Institute} on {date:August 9}; she can be reached at {contact:hope.larsen.slc@example.net} if results are needed."],

  // --- social history -------------------------------------------------------------------------
  ["social-history", "Social: works as a forklift operator at {loc:Tyson Foods} in {loc:Springdale}, {loc:AR}; lives with partner {name:Jaylen}; smokes 1/2 ppd; attends {loc:Cross Church} most weekends."],
  ["social-history", "Ms. {name:Valentina Kuznetsova} is a sophomore at {loc:Oberlin College}, originally from {loc:Novosibirsk}; she works part-time at {loc:Slow Train Cafe} and denies drug use."],
  ["social-history", "SH: retired from {loc:Bethlehem Steel} in 1995, widower, lives alone at {loc:Moravian Village}, {loc:Bethlehem}, {loc:PA}; daughter {name:Carol Ann} checks on him {date:Sundays}."],
  ["social-history", "sh: 16 yo, 10th grade at {loc:roosevelt high school} in {loc:des moines}, plays volleyball, lives w/ mom {name:tasha} and stepdad {name:will}. vapes. no etoh."],
  ["social-history", "He teaches eighth-grade science at {loc:Sequoyah Middle School} ({loc:Tahlequah Public Schools}) and coaches at {loc:Northeastern State University} summer camps; married to {name:Wanda Blackfox}."],
  ["social-history", "Occupation: RN, night shift at {loc:Cleveland Clinic Akron General}; previously at {loc:Summa Health} until {date:June 2019}. Lives in {loc:Cuyahoga Falls} with two children."],
  ["social-history", "Patient is a veteran (USMC, 2004-2012), now employed by {loc:Amazon} at the {loc:Robbinsville}, {loc:NJ} fulfillment center; VA primary care at {loc:James J. Peters VA Medical Center} in {loc:the Bronx}."],

  // --- emergency contacts ---------------------------------------------------------------------
  ["emergency-contact", "Emergency contact: {name:Florence Adebayo-Smith} (daughter), {phone:404-555-0152} (cell), {phone:404-555-0109} (work, {loc:Delta Air Lines}), {contact:florence.as@example.com}."],
  ["emergency-contact", "EC: husband {name:Art Mendelsohn} {phone:(520) 555-0163}; alt: neighbor {name:Joy Castellano} {phone:520 555 0140}, {loc:Green Valley}, {loc:AZ}."],
  ["emergency-contact", "EMERGENCY CONTACT: {name:KOWALSKI, STANLEY} (SON) - {phone:1-413-555-0181} - {loc:212 SUMMER ST}, {loc:PITTSFIELD}, {loc:MA} {loc:01201}"],
  ["emergency-contact", "In case of emergency notify Sister {name:Mary Perpetua} at {loc:St. Scholastica Monastery}, {loc:Duluth}, {loc:MN}, tel. {phone:218.555.0115}, or the prioress at ext. {phone:22}."],
  ["emergency-contact", "HCPOA: {name:Ngozi Eze}, niece, {phone:+1-832-555-0124}; documents on file dated {date:2/2/2021}, witnessed by {name:Patrick Doolan} and notarized in {loc:Harris County}."],
  ["emergency-contact", "emergency contact is bf {name:kyle} {phone:5555550197} but pt states do NOT call her ex {name:brandon reyes}."],

  // --- providers ------------------------------------------------------------------------------
  ["provider", "Referring provider: {name:Anjali Raghunathan, DO}, NPI {id:1326048715}, {loc:Valley Family Medicine}, {loc:900 E Main St}, {loc:Walla Walla}, {loc:WA} {loc:99362}, fax {phone:509-555-0190}."],
  ["provider", "Signed electronically by {name:Marguerite Beaulieu, MD} (DEA {id:AB7734102}, state license {id:MD.0412876}) on {date:04/22/2024} 16:47."],
  ["provider", "Attending: {name:Dr. Babajide Ogunleye}; resident: {name:Dr. Sarah-Jane Whitcombe}, PGY-2; med student {name:Ezra Kohn-Navarro}; pager {phone:3317}."],
  ["provider", "ORDERING PHYSICIAN: {name:HARGREAVES, DESMOND P} MD  NPI: {id:1902837465}  DEA: {id:FH2286410}  {loc:OAKWOOD ORTHOPAEDICS}  {phone:(734) 555-0172}"],
  ["provider", "Consulting nephrologist {name:Dr. Leilani Kahananui} ({loc:Kidney Institute of the Pacific}, NPI {id:1558392047}) recommended starting HD on {date:Monday}."],
  ["provider", "Co-signed by supervising physician {name:T. Abernathy}; scribe {name:Kendra Oyeyemi} (login {contact:koyeyemi}) present for the encounter on {date:1/5/24}."],

  // --- emails, URLs, IPs ----------------------------------------------------------------------
  ["electronic", "Parent emailed {contact:dr.solis@riverbendpeds.example.org} from {contact:mama.lupita82@example.com} on {date:Oct. 3} asking whether {name:Mateo} can return to daycare."],
  ["electronic", "Portal login from IP {contact:203.0.113.47} flagged on {date:02/11/2024}; account {contact:gthorvaldsen} locked; {name:Gunnar Thorvaldsen} called {phone:1-800-555-0102} to reset it."],
  ["electronic", "Heart failure education for {name:Lorraine Duquette} sent via {contact:https://mychart.bellinhealth.example.org/edu/CHF}; see also the support group page {contact:www.greenbaymendedhearts.example.org}."],
  ["electronic", "Patient {name:Orville Sandberg}, {age:90}: pacemaker serial {id:PJN428119S} uploads nightly from home router {contact:198.51.100.23}; remote clinic contact {contact:remotecare@sanfordhealth.example.org}."],
  ["electronic", "pt's daughter messaged via portal ({contact:kimtran_1988}) on {date:sat} re: ankle swelling; replied to {contact:kim.tran88@example.com} w/ instructions. -{name:cb}"],
  ["electronic", "Outside records forwarded from {contact:records@stjosephsorange.example.org} (sender IP {contact:192.0.2.118}); release signed by {name:Beatriz Ocampo} on {date:3/30}."],

  // --- dates in many forms --------------------------------------------------------------------
  ["dates", "Ms. {name:Achterberg} says symptoms began on the evening of {date:December 26th}, worsened after {date:New Year's Eve}, and she presented on {date:01/02/2024}."],
  ["dates", "LMP {date:14-Feb-2024}; EDD {date:11/20/2024} by first-trimester US done {date:2024.04.02} at {loc:Kaiser Permanente Fresno}; G2P1, pt {name:Ximena Arroyo}."],
  ["dates", "Last tetanus booster {date:Aug '18}; influenza vaccine given {date:10/12} by {name:June Whitaker, LPN}; COVID bivalent {date:9-28-2023} at {loc:Rite Aid}, {loc:Tacoma}."],
  ["dates", "Surgery was postponed from {date:Mon the 8th} to {date:Wed 17 Jan} because {name:Dr. Vukovic} was away; pre-op labs were drawn yesterday."],
  ["dates", "Admitted {date:20230815}, discharged {date:20230822}; readmitted {date:Sept 1} to {loc:Loma Linda University Medical Center} under {name:Dr. Haruto Ishikawa}."],
  ["dates", "DATE OF SERVICE: {date:FRIDAY, MARCH 1, 2024}  PATIENT: {name:ABERNATHY-LOWE, QUINN}  DOB: {date:1947-12-05}  ACCT: {id:ACC-6610248}"],
  ["dates", "He recalls the seizure happened two days after {date:Easter}, while visiting his brother {name:Anselm} in {loc:Fredericksburg}, {loc:Texas}."],
  ["dates", "Warfarin held since {date:the 4th of July}; INR 1.3 on {date:7/9}; Ms. {name:Greenleaf} to resume 5 mg on {date:Wed}."],

  // --- ages over 89 ---------------------------------------------------------------------------
  ["age", "{name:Cornelius Van der Berg}, {age:102 years old}, a resident of {loc:Holland Home}, {loc:Grand Rapids}, {loc:MI}, was seen on {date:6/6/2023} for a skin tear."],
  ["age", "Centenarian patient {name:Eudora Pettigrew} (age {age:one hundred and one}) lives independently in {loc:Natchez}, {loc:Mississippi}, with help from her grandson {name:Jerome}."],
  ["age", "{age:97}yo f from {loc:sun city west} w/ hip fx after fall at {loc:safeway}, daughter {name:pat} at bedside, ph {phone:623-555-0114}"],
  ["age", "PT IS A {age:NINETY-FOUR} YEAR OLD MALE, MR. {name:IGNATIUS MBEKI}, BROUGHT FROM {loc:SHADY PINES MANOR} BY {loc:AMR} AMBULANCE ON {date:2/29/2024}."],
  ["age", "Ms. {name:Halloran} turned {age:90} on {date:March 17}; her children {name:Declan} and {name:Maeve} asked to bring a cake to the {loc:Sheehan 4} unit at {loc:Mercy Hospital}."],
  ["age", "Age: {age:ninety-nine}. Sex: M. Name: {name:Li Wenjun}. Hospital: {loc:Chinese Hospital}, {loc:San Francisco}. Admitted: {date:08/08/2023}."],
  ["age", "A {age:91-year-old} female, {name:Ruth-Ellen Dabney}, from {loc:Staunton}, {loc:VA}, presented to {loc:Augusta Health} on {date:Nov 22} with delirium; her son {name:Boyd Dabney} reports baseline dementia."],

  // --- administrative -------------------------------------------------------------------------
  ["administrative", "Work note: {name:Grace Mbatha} was under my care at {loc:Sentara Norfolk General Hospital} from {date:April 2} through {date:April 5, 2024} and may return to work at {loc:Norfolk Naval Shipyard} on {date:April 8}. - {name:Dr. Lamont Reese}"],
  ["administrative", "School form: {name:Elijah Running Horse}, grade 3, {loc:Pine Ridge School}, may carry albuterol inhaler; parent {name:Dawn Running Horse}, {phone:605-555-0129}; signed {date:8/21/2023}."],
  ["administrative", "{name:ZHANG, WEI}  MRN {id:5502817}  DOB {date:11/30/1958}  ADM {date:05/05/2024}  RM 412B  ATTN {name:DR. OKORO}  {loc:ST. VINCENT'S MEDICAL CENTER}, {loc:BRIDGEPORT}"],
  ["administrative", "Interpreter {name:Abdirahman Warsame} (Somali, badge {id:INT-3308}) assisted during consent on {date:2/6}; the patient's cousin {name:Hodan} from {loc:Lewiston}, {loc:ME}, was also present."],
  ["administrative", "Driver's license {id:D482-7710-3391} and plate {id:8KLM217} recorded by security after the patient, {name:Franklin Stroud}, left {loc:Mercy Medical Center Redding} AMA on {date:Saturday} night."],
  ["administrative", "Incident report {id:IR-2024-01173}: visitor {name:Lyudmila Orlova} slipped in the {loc:Bennett Pavilion} lobby on {date:1/19/2024}; security officer {name:Marcus Bell} responded."],
  ["administrative", "called mr. {name:castellanos-ruiz} at {phone:(915) 555-0138} re: biopsy result from {date:5/2}, no answer, lm w/ wife {name:elena}. will try again {date:mon}. -{name:rk}"],
  ["administrative", "Research consent: {name:Imogen Fairweather}, study ID {id:SUBJ-0417-KC}, enrolled {date:09/14/2023} at {loc:University of Kansas Medical Center} by coordinator {name:Tariq Rahimi} ({contact:trahimi@kumc.example.edu}, {phone:913-555-0111})."],
  ["administrative", "Social worker {name:Bernadette Kaye} arranged rides through {loc:Medical Transportation Management} every {date:Tuesday} and {date:Thursday} from {loc:44 Ash St}, {loc:Dracut}, to {loc:Fresenius Kidney Care Lowell}."],
];

/** Identifier-free sentences in the same styles, with eponyms, capitals, drug names and numbers. */
export const DECISION_157_FIRST_CLEAN: string[] = [
  "Positive Murphy's sign; RUQ ultrasound shows gallbladder wall thickening to 5 mm without ductal dilation.",
  "Hx of Hodgkin lymphoma s/p ABVD x6 cycles, in remission; Reed-Sternberg cells noted on the original biopsy.",
  "Christmas disease (hemophilia B) on factor IX prophylaxis 50 IU/kg twice weekly.",
  "Virchow's node not palpable; no Sister Mary Joseph nodule on abdominal exam.",
  "FOLEY CATHETER REMOVED AT 0600, VOIDED 350 ML AT 1015. WILL CONTINUE TO MONITOR.",
  "Will recheck BMP in AM. Hope to wean O2 to RA by tomorrow if sats stay above 92%.",
  "Graves' disease on methimazole 10 mg daily; TSH <0.01, free T4 2.8.",
  "Lasix 40 mg IV x1 given at 1400 with 1.2 L UOP; K 3.4, replaced with KCl 40 mEq PO.",
  "Lachman negative, McMurray positive medially; MRI to r/o medial meniscus tear.",
  "Kussmaul respirations, anion gap 24, beta-hydroxybutyrate 6.1; insulin drip per DKA protocol.",
  "ECOG 1, NYHA class II, CHA2DS2-VASc 3, HAS-BLED 1.",
  "Bell's palsy, right side, onset <72 h; prednisone 60 mg daily x5 days then taper, valacyclovir 1 g TID.",
  "Guillain-Barré suspected; LP shows albuminocytologic dissociation, protein 148, WBC 2.",
  "Child-Pugh B, MELD-Na 17; paracentesis removed 4.5 L, albumin 25 g given.",
  "appt kept, pt doing well on Eliquis 5 mg bid, no bleeding, no missed doses.",
  "Mark as reviewed. Bill as level 4 established visit, CPT 99214, ICD-10 E11.65.",
  "ART THERAPY AND MUSIC THERAPY OFFERED; PATIENT DECLINED, PREFERS TO REST.",
  "Cheyne-Stokes breathing noted overnight; family aware, comfort care continues.",
  "Salter-Harris II fracture of the distal radius; closed reduction under hematoma block, long-arm cast.",
  "Lyme serology positive (IgM 3/3 bands); doxycycline 100 mg BID x21 days.",
  "Rocky Mountain spotted fever considered given petechial rash on the wrists and ankles; doxycycline started empirically.",
  "Holter monitor x48h: sinus rhythm, rare PVCs (<1%), no pauses >2 s.",
  "Tdap, MMR #2 and varicella #2 given today; VIS provided; next well visit at 5 years.",
  "Whipple procedure in 2019 for ampullary adenocarcinoma; on Creon 36,000 units with meals.",
  "Apgars 8 and 9 at 1 and 5 minutes; birth weight 3.41 kg; Ballard 39 weeks.",
  "tinel's and phalen's both positive at the right wrist, emg ordered.",
  "Epley maneuver performed x2 with resolution of nystagmus; Dix-Hallpike negative afterwards.",
  "Trendelenburg gait with a positive Trendelenburg sign on the left; PT for hip abductor strengthening.",
  "Lou Gehrig's disease (ALS) with FVC 48% predicted; BiPAP at night, riluzole 50 mg BID.",
  "Barrett's esophagus without dysplasia on EGD; repeat surveillance in 3 years; PPI BID.",
  "Insulin:carb ratio 1:10, ISF 1:40, target 120; correction dose 0.5 units per 20 mg/dL over target.",
  "Zofran 4 mg ODT q8h prn nausea; Tylenol 650 mg q6h prn; avoid NSAIDs given Cr 1.9.",
  "Kawasaki disease: fever x5 days, conjunctival injection, strawberry tongue; IVIG 2 g/kg and high-dose ASA.",
  "Down syndrome with AV canal repair in infancy; echo today shows mild residual MR.",
  "Charcot foot, right, in a total contact cast; HbA1c 8.2%.",
  "NO ACUTE DISTRESS. LUNGS CLEAR BILATERALLY. HEART RRR, NO M/R/G. ABD SOFT, NT/ND.",
  "Cushing's syndrome workup: late-night salivary cortisol elevated x2; 1 mg dexamethasone suppression test cortisol 5.2.",
  "Swan-Ganz: RA 12, PA 48/22, PCWP 24, CI 1.9; milrinone started at 0.25 mcg/kg/min.",
  "Crohn's disease, ileocolonic, on ustekinumab q8 weeks; fecal calprotectin 82.",
  "pt w/ hx of addison's on hydrocortisone 15/5, stress dosing reviewed.",
  "Babinski upgoing on the left, clonus 4 beats; stat CT head ordered at 0312.",
  "Joy and faith were themes in today's chaplain visit; patient requested prayer and communion.",
  "West Nile virus IgM pending; CSF lymphocytic pleocytosis, glucose normal.",
  "Mallory-Weiss tear on EGD, no active bleeding; pantoprazole 40 mg IV BID.",
  "Colles fracture of the left wrist after FOOSH; splinted, ortho f/u in 1 week.",
  "BP 168/94, HR 102, RR 20, T 38.4, SpO2 91% on 2 L NC; lactate 2.6.",
  "GCS 15, NIHSS 0, ABCD2 score 4; MRI DWI negative.",
  "Breslow depth 1.2 mm, Clark level IV, no ulceration; wide local excision with 1 cm margins.",
  "hashimoto's, levothyroxine increased 88 -> 100 mcg, recheck tsh 6 wks.",
  "Dupuytren contracture of the right ring finger, 40 degrees at the MCP; referral to hand surgery.",
  "Wilson's disease: ceruloplasmin 9, 24-h urine copper 210 mcg; Kayser-Fleischer rings on slit lamp.",
  "REFILL DENIED: TOO EARLY. LAST FILL 28 DAYS AGO, 30-DAY SUPPLY.",
  "Parkinson's disease, Hoehn and Yahr stage 2; carbidopa-levodopa 25/100 one tab TID.",
  "Tommy John surgery (UCL reconstruction) discussed; patient prefers nonoperative rehab first.",
  "Baker's cyst, 3.1 x 1.4 cm, on ultrasound; no DVT in the popliteal or femoral veins.",
  "Keppra 750 mg BID, level therapeutic; no seizures since the last visit.",
  "Ann Arbor stage IIA with a bulky mediastinal mass of 11 cm; PET-CT Deauville 2 after cycle 2.",
  "Arboviral panel including St. Louis encephalitis and eastern equine encephalitis negative.",
];

/** Decision 157's batch in corpus.json's shape, for score.ts. */
export function decision157Corpus(): Corpus {
  return { notes: DECISION_157_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_157_FIRST_CLEAN };
}
