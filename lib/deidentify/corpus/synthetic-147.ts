// Decision 147's batch: synthetic US healthcare sentences in the manner of public synthetic PHI/PII
// test sets made from templates and language models, by "a tenth writer who had not read the guard's
// rules". Mostly one or two plain sentences: admissions, discharge instructions, referrals,
// appointment reminders, billing and insurance, pharmacy, lab results, emergency contacts, social
// history, telehealth and clinical-trial screening. About a tenth in capitals, a tenth lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "admission" | "discharge" | "referral" | "reminder" | "insurance" | "pharmacy" | "lab" | "contacts" | "social" | "telehealth" | "trial";

/**
 * Decision 147's batch: template-style US synthetic PHI sentences by a tenth writer.
 */
export const DECISION_147_FIRST: Array<[Style, string]> = [
  // --- admissions ---------------------------------------------------------------------------
  ["admission", "{name:Guadalupe Ibarra-Solis}, a 67-year-old retired seamstress from {loc:Pharr}, {loc:TX}, was admitted to {loc:DHR Health} on {date:2023-04-17} for cellulitis of the left leg; MRN {id:MR-88120457}."],
  ["admission", "Patient {name:Tran Thi Ngoc Anh} (DOB {date:08/19/1951}) arrived at {loc:Providence Portland Medical Center} on {date:Jan 5th} complaining of chest tightness; her son {name:Minh} is at the bedside."],
  ["admission", "ADMIT NOTE: {name:WALTER KOWALCZYK}, {age:94 YEARS OLD}, ADMITTED FROM {loc:SAINT JOSEPH'S HOME FOR THE AGED}, {loc:1290 RIDGE RD}, {loc:LACKAWANNA}, {loc:NY} {loc:14218}, ON {date:05-JAN-2021} WITH UROSEPSIS."],
  ["admission", "Ms. {name:Faith Okafor}, age 38, was admitted under Dr. {name:Rajesh Venkataraman} at {loc:Baptist Memorial Hospital-Memphis} on the evening of {date:June 12} after a syncopal episode at work ({loc:FedEx World Hub})."],
  ["admission", "{name:Yusuf Al-Hashimi}, 52, presented to the {loc:Henry Ford Hospital} emergency department in {loc:Detroit} on {date:Thursday, 9/14/2023} with crushing substernal pain; account # {id:HF-2093-448817}."],
  ["admission", "The patient is a {age:ninety-six year old} widow, {name:Ruth Ellen Pettibone}, who lives alone on {loc:Old Mill Road} in {loc:Brattleboro}, {loc:VT}, and was found on the floor by her neighbor {name:Dale} on {date:the fifth of January}."],
  ["admission", "pt {name:jin-woo park}, 71m, admitted {date:3/2} to {loc:valley medical center} from home at {loc:18220 108th ave se}, {loc:renton}, {loc:wa} {loc:98055}. contact daughter {name:soo-ah} {phone:425 555 0187}."],
  ["admission", "{name:Dmitri Volkov}, {age:91}, was admitted to {loc:Maimonides Medical Center} in {loc:Brooklyn} on {date:November 30th} for an NSTEMI; SSN on file {id:123-45-9876}."],
  ["admission", "Admission date: {date:02/28/2024}. Name: {name:Precious Nwachukwu}. MRN: {id:7741903}. Admitting physician: {name:Elena Marchetti}, MD. Facility: {loc:Emory University Hospital Midtown}."],
  ["admission", "{name:Svetlana Morozova}, 74, was admitted to {loc:Sutter Medical Center, Sacramento} from the {loc:Kaiser South Sacramento} ED on {date:12 Nov 2023} for a hip fracture; SSN {id:562-18-3049}."],
  ["admission", "Direct admit from clinic: {name:Rashid Chowdhury}, MRN {id:5580-2291}, to {loc:Jamaica Hospital Medical Center} 5 West, attending Dr. {name:Bianca Lombardi}, admitted {date:Sun 8/6}."],
  ["admission", "admitting {name:joseph two bulls}, 63, from {loc:pine ridge}, {loc:sd} to {loc:monument health rapid city hospital} on {date:1/19} w/ chf exacerbation. niece {name:tasha} is poa, ph {phone:605-555-0121}."],
  ["admission", "{name:Fernando Hidalgo} (a.k.a. {name:Nando}), 33, was brought to {loc:Harborview Medical Center} by {loc:Seattle} Fire Medic 10 on {date:9-Jul-2023} after a motorcycle crash on {loc:Aurora Ave N}."],
  ["admission", "{name:Mohammed Rahimi}, {age:one hundred and two} years of age, was admitted to {loc:Sharp Memorial Hospital} in {loc:San Diego} on {date:the first of May} for aspiration pneumonia; a Dari interpreter was provided."],

  // --- discharge instructions ---------------------------------------------------------------
  ["discharge", "{name:Carlos Ramírez Delgado} was discharged home from {loc:Banner - University Medical Center Tucson} on {date:Tuesday} with instructions to follow up with Dr. {name:Whitfield} within 7 days and to call {phone:(520) 555-0143} with any fever above 101."],
  ["discharge", "Discharge instructions for {name:Aaliyah Simmons}: keep the incision dry until {date:Oct 3}, take Keflex 500 mg four times daily, and return to {loc:Wake Forest Baptist Medical Center} if redness spreads. Her mother {name:Sharon} will drive her home to {loc:Kernersville}."],
  ["discharge", "DISCHARGE SUMMARY - PATIENT: {name:HOPE MADISON GRANT}  MRN: {id:000482216}  ADMITTED: {date:12/19/2022}  DISCHARGED: {date:12/23/2022}  DISPOSITION: {loc:BROOKDALE SENIOR LIVING}, {loc:CHAPEL HILL}, {loc:NC}."],
  ["discharge", "{name:Bogdan Ionescu} left {loc:Rush University Medical Center} against medical advice on {date:4/9/23} at 22:15; his wife {name:Mirela} was notified at {phone:773.555.0199}."],
  ["discharge", "Mrs. {name:Kamala Subramanian}, {age:92}, was discharged to the care of her grandson {name:Arjun} at {loc:4417 Willow Bend Dr}, {loc:Plano}, {loc:TX} {loc:75093}; home health through {loc:Encompass Health} starts {date:Monday}."],
  ["discharge", "Follow-up: Dr. {name:Naomi Feldstein}, {loc:Cleveland Clinic Taussig Cancer Institute}, on {date:2024-01-08} at 9:30 AM. Fax the discharge summary to {phone:216-555-0122}."],
  ["discharge", "discharged {date:7/4} to {loc:sunnyside rehab} in {loc:sunnyside}, {loc:wa}. pt {name:mark ellison} to f/u with pcp dr {name:chaudhry} in 2 wks."],
  ["discharge", "{name:Xiomara Reyes} was discharged on {date:Dec. 24th} ({date:Christmas Eve}) and should see her OB, Dr. {name:Patrice Dubois}, at {loc:Women's Care of Orlando} on {date:January 2}."],
  ["discharge", "Patient {name:Sunil Mehta} was discharged from {loc:UCSF Medical Center at Mission Bay} to {loc:Laguna Honda Hospital} on {date:2023-08-30}; transport by {loc:King-American Ambulance}."],
  ["discharge", "PT {name:LAKSHMI RAO} DC'D {date:4/1} TO HOME WITH HUSBAND {name:VENKAT}. HOME ADDRESS {loc:2210 SW 14TH ST}, {loc:GAINESVILLE}, {loc:FL} {loc:32608}. F/U {loc:UF HEALTH SHANDS} ORTHO CLINIC 2 WKS."],
  ["discharge", "d/c instructions reviewed w/ {name:hope lindqvist} and her husband {name:erik}. f/u w/ dr {name:nakamura} {date:6/12} @ {loc:overlake medical center}, {loc:bellevue}. call {phone:425-555-0174} if wound drains."],

  // --- referrals ----------------------------------------------------------------------------
  ["referral", "Dear Dr. {name:Oyelaran}, I am referring {name:Lucía Ferreira} (DOB {date:03-Mar-1987}) for evaluation of a thyroid nodule; please call my office at {phone:+1 303 555 0164} or email {contact:referrals@cherrycreekfamilymed.org}."],
  ["referral", "Referral from {loc:Golden Valley Family Practice}, {loc:Kingman}, {loc:AZ}, to {loc:Mayo Clinic Arizona} neurology for {name:Thomas Birdsong}, insurance ID {id:AZB884412073}, reason: refractory migraine."],
  ["referral", "Please see {name:Ha-eun Choi}, a 29-year-old graduate student at {loc:Columbia University}, for persistent anxiety; she can be reached at {phone:646-555-0138} after 5 pm."],
  ["referral", "REFERRAL TO PHYSICAL THERAPY: {name:GRACE ABERNATHY}, DOB {date:1/30/1946}, S/P L TKA ON {date:8/15}. SEND NOTES TO DR. {name:PATEL} AT FAX {phone:(804) 555-0171}."],
  ["referral", "I saw {name:Kwabena Mensah} today on behalf of Dr. {name:Lisa Hartigan} at {loc:Mercy Family Health Center}; he works nights as a forklift operator for {loc:Amazon} in {loc:Joliet} and reports two weeks of hematuria."],
  ["referral", "Referred by: {name:Farah Siddiqui}, NP - {loc:Cedar Lane Pediatrics}, {loc:300 Cedar Ln Suite 210}, {loc:Teaneck}, {loc:NJ} {loc:07666} - tel {phone:201-555-0110 ext 24}."],
  ["referral", "Please schedule {name:Amara Okonjo-Lewis} with the {loc:Children's Hospital of Philadelphia} sleep clinic; her pediatrician, Dr. {name:Sam Greenwald}, is at {phone:610 555 0145} and fax {phone:610 555 0146}."],
  ["referral", "Referral #{id:RF-0034417}: {name:Felipe Araújo} to Dr. {name:Ingrid Solberg}, dermatology, {loc:Fairview Clinics - Edina}, {loc:6363 France Ave S}, {loc:Edina}, {loc:MN} {loc:55435}."],
  ["referral", "{name:Abebe Tesfaye}, a cab driver with {loc:Yellow Cab Co.} in {loc:Columbus}, is referred by the {loc:OhioHealth Riverside} ED to GI for melena; his Medicaid ID is {id:10448822913}."],

  // --- appointment reminders ----------------------------------------------------------------
  ["reminder", "Hi {name:Priya}, this is {loc:Northwestern Medicine Lake Forest Hospital} reminding you of your MRI on {date:Wed, Feb 7} at 7:15 AM. Reply C to confirm or call {phone:847.555.0102}."],
  ["reminder", "Reminder: Mr. {name:Abdullahi Warsame} has a dental cleaning at {loc:Smile Bright Dental}, {loc:2200 Lake St}, {loc:Minneapolis}, on {date:the 14th} at 3 pm."],
  ["reminder", "Your appointment with Dr. {name:June Takahashi} at {loc:Kaiser Permanente San Jose Medical Center} is scheduled for {date:09/05/2024}. To reschedule, use {contact:https://mychart.example-health.org/visit/8KQ2ZT} or call {phone:1-800-555-0119}."],
  ["reminder", "APPOINTMENT REMINDER FOR {name:ROSE DELACROIX}: {date:FRIDAY 3/22} 10:40 AM WITH DR. {name:AMIR NAZARI}, {loc:OCHSNER BAPTIST}, {loc:NEW ORLEANS}. BRING INSURANCE CARD AND PHOTO ID."],
  ["reminder", "this is a reminder for {name:esperanza villalobos}: flu shot clinic at {loc:st. luke's health center}, {loc:boise}, on {date:oct 12th}. questions? text {phone:208 555 0133}."],
  ["reminder", "Hello {name:Will}, your follow-up with Dr. {name:Adjoa Osei} has moved from {date:Thursday} to {date:next Monday, April 22}. Questions: {contact:scheduling@lakeshorecardiology.com}."],
  ["reminder", "Dear Mrs. {name:Cabrera}, your colonoscopy at {loc:Methodist Hospital Endoscopy Center} is set for {date:Tuesday the 9th}; begin clear liquids the day before and arrange a driver. Call {phone:(210) 555-0168} with questions."],
  ["reminder", "REMINDER: {name:ARTHUR PENDLETON}, ANNUAL WELLNESS VISIT DUE. LAST VISIT {date:06/14/2023} AT {loc:TOPEKA FAMILY MEDICINE}. CALL {phone:785.555.0114}."],
  ["reminder", "{name:Kateryna Bondarenko}, your annual mammogram at {loc:Hartford HealthCare Women's Imaging}, {loc:Glastonbury}, is due after {date:Nov 8}. Schedule online at {contact:https://hhcimaging.example.org/s/kbondarenko}."],

  // --- billing and insurance ----------------------------------------------------------------
  ["insurance", "Claim #{id:CLM-2023-0094471} for {name:Nguyen Van Hoa}, member ID {id:UHC 911 447 203}, date of service {date:6/18/2023}, was denied for missing prior authorization."],
  ["insurance", "Billing inquiry: {name:Marguerite Baptiste} called from {phone:(305) 555-0126} about a balance of $412.60 for her visit to {loc:Jackson Memorial Hospital} on {date:May 2nd}; her policy number is {id:HUM-77340218}."],
  ["insurance", "Subscriber {name:Robert Kincaid} ('{name:Bobby}'), employer {loc:Tyson Foods}, {loc:Springdale}, {loc:AR}; dependent {name:Cheyenne Kincaid}, DOB {date:2009-11-02}; group # {id:004418-01}, member {id:XQJ552109876}."],
  ["insurance", "MEDICARE BENEFICIARY IDENTIFIER {id:1EG4-TE5-MK73} - {name:ELEANOR FITZGERALD}, AGE {age:ONE HUNDRED AND ONE}, {loc:ASHEVILLE}, {loc:NC}."],
  ["insurance", "EOB dated {date:01/11/2024}: {loc:Blue Cross Blue Shield of Texas} paid $1,180.00 to {loc:Texas Health Presbyterian Hospital Dallas} for {name:Sanjay Iyer}, claim {id:BCX48190233}."],
  ["insurance", "Patient {name:Zofia Wiśniewska} has secondary coverage through Medicaid (ID {id:PA88317420}); primary is {loc:Aetna} through her husband {name:Piotr}'s employer, {loc:US Steel}."],
  ["insurance", "verified ins for {name:latoya jenkins}, dob {date:4/17/79}, sub id {id:w284771650}, ssn last four {id:4410}, copay $30."],
  ["insurance", "Pre-authorization request for {name:Hiroshi Tanaka} (member {id:MOL00284417}, group {id:GRP-55102}) submitted {date:April 4th} to {loc:Molina Healthcare} for an MRI of the lumbar spine."],
  ["insurance", "Patient {name:Destiny Carter} asked that statements go to her new address, {loc:PO Box 2281}, {loc:Gallup}, {loc:NM} {loc:87305}, and that her account {id:88120054} be put on a payment plan."],
  ["insurance", "Workers' comp claim {id:WC-22-118803}: {name:Luz Marina Ortega} injured her back lifting boxes at {loc:Costco Warehouse #1088}, {loc:Hialeah}, on {date:October 17th}; adjuster {name:Brad Kessler}, {phone:(954) 555-0197}."],
  ["insurance", "COB update: {name:Eduardo Sánchez}'s wife {name:Mónica} now carries him on her plan through {loc:Dallas ISD}; new member ID {id:CGN4419021-02}, effective {date:07/01/2024}."],

  // --- pharmacy -----------------------------------------------------------------------------
  ["pharmacy", "Rx for {name:Ignacio Fuentes}: metformin 1000 mg BID, #180, 3 refills; prescriber Dr. {name:Helen Cho}, DEA {id:BC4417823}, NPI {id:1588779012}; send to {loc:Walgreens #07731}, {loc:805 E Main St}, {loc:Alhambra}, {loc:CA}."],
  ["pharmacy", "{loc:CVS Pharmacy} on {loc:Colonial Ave} called at {phone:540-555-0181} on {date:12/7} to say {name:Dorothy Haynes}'s warfarin refill was too early."],
  ["pharmacy", "Pharmacist note: counseled {name:Amadou Diallo} on apixaban 5 mg twice daily; he picks up at {loc:Kroger Pharmacy}, {loc:Lexington}, {loc:KY}; Rx #{id:6120458}, filled {date:Sep 9 2023}."],
  ["pharmacy", "PRIOR AUTH APPROVED FOR {name:DAWN MCALLISTER}: DUPIXENT 300 MG Q2W, AUTH #{id:PA-55120984}, VALID {date:03/01/2024} THROUGH {date:02/28/2025}. PHARMACY FAX {phone:800-555-0155}."],
  ["pharmacy", "Mail-order refill for {name:Li Wei} shipped via {loc:Express Scripts} to {loc:77 Chrystie St Apt 4C}, {loc:New York}, {loc:NY} {loc:10002}; tracking {id:1Z4F77W20391845528}."],
  ["pharmacy", "Dr. {name:Chukwuemeka Obi} called in amoxicillin 875 mg BID x10 days for {name:Ella Sorensen} to {loc:Hy-Vee Pharmacy} in {loc:Ames} ({phone:515-555-0128}) on {date:Saturday} morning."],
  ["pharmacy", "refill req from {loc:rite aid #4412} for {name:nadia haddad}'s sertraline 100mg, last filled {date:5/28}, pharmacy ph {phone:215 555 0116}, dob {date:02/14/1993}."],
  ["pharmacy", "Compounded hydrocortisone suppository for {name:Lorenzo Bianchi} is ready for pickup at {loc:Medicine Shoppe}, {loc:Kingsport}, {loc:TN}; Rx {id:RX-3390021}; call {phone:423.555.0131}."],

  // --- lab results --------------------------------------------------------------------------
  ["lab", "Lab results for {name:Rania Haddad} (MRN {id:A00391827}), collected {date:11-Apr-2024} at {loc:Quest Diagnostics}, {loc:Dearborn}: HbA1c 8.9%, LDL 142 mg/dL."],
  ["lab", "CRITICAL VALUE: K 6.8 MMOL/L ON {name:HAROLD BRUBAKER}, MRN {id:20094417}, CALLED TO RN {name:TAMIKA} AT 0412 ON {date:2/11}, READ BACK CONFIRMED."],
  ["lab", "Pathology from {loc:Memorial Sloan Kettering} on specimen {id:S24-018833} for {name:Aiko Yamamoto}, received {date:June 3rd}, shows invasive ductal carcinoma, ER/PR positive."],
  ["lab", "{name:Benedict Okoro}'s COVID-19 PCR from {date:12/30/2021} at the {loc:Lenox Hill} drive-through site was negative; the result was sent to {contact:b.okoro77@gmail.com}."],
  ["lab", "urine culture for {name:maria de los angeles cruz}, acct {id:0091-447-2281}, grew >100k e. coli, sensitive to nitrofurantoin. called pt at {phone:915-555-0148} on {date:friday}, left vm."],
  ["lab", "The sample from {name:Ngozi Eze}, {age:90}, drawn on {date:the second of March} at {loc:LabCorp} in {loc:Burlington}, {loc:North Carolina}, shows a TSH of 0.02."],
  ["lab", "Specimen {id:CH23-04471} for {name:Kofi Asante}, collected {date:Aug 21, 2023} 06:45 at {loc:Piedmont Atlanta Hospital}: troponin I 0.09 ng/mL, repeat in 3 hours ordered by Dr. {name:Reyes}."],
  ["lab", "Genetic test results for {name:Esther Goldberg}, DOB {date:09/09/1958}, from {loc:Myriad Genetics} (accession {id:MG-2024-881230}): BRCA1 pathogenic variant detected; reviewed with her on {date:2/20}."],
  ["lab", "HEMOGLOBIN 6.9 G/DL ON {name:OKSANA SHEVCHENKO}, BED 412, {loc:NYU LANGONE}; DR. {name:FRIEDMAN} NOTIFIED {date:SAT 1/13} 0220, 2 UNITS PRBC ORDERED."],
  ["lab", "Newborn screen for Baby Boy {name:Ogunleye}, born {date:2/2/24} at {loc:Parkland Memorial Hospital}, mother {name:Funmilayo Ogunleye} (MRN {id:PMH-6630918}), came back abnormal for hemoglobin SC."],

  // --- emergency contacts -------------------------------------------------------------------
  ["contacts", "Emergency contact: {name:Luis Arroyo} (husband), cell {phone:(787) 555-0117}, work {phone:787-555-0190 x3312}, email {contact:luis.arroyo@claro-mail.pr}."],
  ["contacts", "In case of emergency notify her sister, {name:Joy Whitaker-Brown}, at {loc:2915 Magnolia Ave}, {loc:Long Beach}, {loc:CA} {loc:90806}, phone {phone:562/555-0159}."],
  ["contacts", "NEXT OF KIN: {name:FRANCISCO GOMES}, SON, {phone:508 555 0172}; ALTERNATE: {name:ANA GOMES}, DAUGHTER-IN-LAW, {phone:508-555-0194}, {loc:NEW BEDFORD}, {loc:MA}."],
  ["contacts", "Healthcare proxy is the patient's nephew, {name:Eitan Rosenblatt}, an attorney at {loc:Kirkland & Ellis} in {loc:Chicago}; he asked to be paged through his office at {phone:312-555-0106} pager {phone:4471}."],
  ["contacts", "emergency contact: {name:bill o'shea} (friend) {phone:555-0163}, lives down the road on {loc:county road 12} in {loc:hartley}, {loc:iowa}."],
  ["contacts", "Mother {name:Fatima Zahra Benali} can be reached at {phone:+1-617-555-0139}; father {name:Karim Benali} prefers WhatsApp at {phone:+212 6 55 12 34 56}."],
  ["contacts", "Primary caregiver: {name:Reggie Holloway} (grandson), {loc:88 Peachtree Ct}, {loc:Macon}, {loc:GA} {loc:31204}, {phone:478-555-0183}; secondary: Sister {name:Mary Agnes} at {loc:St. Joseph Convent}."],
  ["contacts", "Alternate contact is the patient's employer, {loc:Hilltop Veterinary Clinic} in {loc:Bozeman}, at {phone:406-555-0153}; ask for {name:Colleen Harlow}, the practice manager."],

  // --- social history -----------------------------------------------------------------------
  ["social", "Social history: {name:Oscar Lindgren} is a retired machinist from {loc:General Electric} in {loc:Schenectady}; he quit smoking in 1998 after 40 pack-years and drinks two beers on weekends."],
  ["social", "She is a third-grade teacher at {loc:Lincoln Elementary School} in {loc:Cedar Rapids} and lives with her partner {name:Renee} and two dogs; denies tobacco or drug use."],
  ["social", "Lives with daughter {name:Kiran Bhatt} at {loc:15 Orchard Hill Ln}, {loc:Edison}, {loc:NJ}; attends {loc:Shri Krishna Temple} weekly; worked 30 years at {loc:Johnson & Johnson}."],
  ["social", "SOCIAL: MR. {name:TUCKER} IS A {age:NINETY-THREE-YEAR-OLD} VETERAN WHO LIVES AT THE {loc:ARMED FORCES RETIREMENT HOME} IN {loc:GULFPORT}, {loc:MS}; HIS DAUGHTER {name:CAROL} VISITS EVERY {date:SUNDAY}."],
  ["social", "Pt {name:Dariusz Nowak} works as a long-haul truck driver for {loc:Werner Enterprises} based out of {loc:Omaha}; he is divorced, has two kids at {loc:Millard North High School}, and vapes daily."],
  ["social", "social hx: lives in {loc:east boston} w/ roommate, works at {loc:logan airport} for {loc:jetblue}, etoh socially, no ivdu. gf {name:stephanie} present."],
  ["social", "{name:Thandiwe Mokoena}, a PhD candidate at {loc:Georgia Tech}, moved from {loc:Johannesburg} in {date:August 2022} and lives in student housing on {loc:10th Street NW}."],
  ["social", "{name:Rose Mbeki}, who turned {age:ninety-nine} on {date:Easter Sunday}, still volunteers at the {loc:First AME Church} food pantry in {loc:Pasadena} and walks a mile daily."],
  ["social", "pt is a {age:ninety-one} y/o widower, lives alone in a trailer off {loc:hwy 61} outside {loc:tunica}, {loc:ms}; son {name:darnell} checks on him {date:sundays}."],

  // --- telehealth ---------------------------------------------------------------------------
  ["telehealth", "Telehealth visit {date:2024-03-19} 14:00 ET with {name:Ahmed Farouk} via Zoom; patient located at home in {loc:Paterson}, {loc:NJ}, provider located at {loc:Hackensack Meridian Health}. Patient IP {contact:73.214.18.207}."],
  ["telehealth", "Video visit link sent to {contact:jennifer.moreno84@yahoo.com}: {contact:https://telehealth.example-clinic.com/room/jmoreno-4482}. Patient {name:Jennifer Moreno} confirmed identity with DOB {date:07/07/1984}."],
  ["telehealth", "Phone visit with {name:Aleksandra Petrović}: she could not connect to the portal (username {contact:apetrovic1960}), so Dr. {name:Sung} called her at {phone:503-555-0177} instead on {date:Jan 16}."],
  ["telehealth", "TELEHEALTH CONSENT OBTAINED FROM {name:JAMAL WASHINGTON} ON {date:10/02/2023}. PATIENT PHYSICALLY IN {loc:MONTGOMERY}, {loc:ALABAMA}; CALLBACK {phone:334-555-0188}."],
  ["telehealth", "Virtual follow-up: {name:Min-jun Lee}'s mother joined from her office at {loc:Samsung Semiconductor} in {loc:Austin}; the child attends {loc:Bryker Woods Elementary}. Next video visit {date:May 30}."],
  ["telehealth", "Remote patient monitoring: {name:Gerardo Villanueva}'s home BP cuff (serial {id:OMR-7T4418-22}) transmitted readings of 168/94 on {date:3/3} and {date:3/4}; RN {name:Blessing Adeyemi} phoned him at {phone:956-555-0141}."],
  ["telehealth", "Patient {name:Anjali Deshpande} joined the telepsychiatry visit from her dorm at {loc:Rice University} in {loc:Houston}; safety plan reviewed and crisis line number given. Next session {date:Fri 11/17}."],

  // --- clinical-trial screening -------------------------------------------------------------
  ["trial", "Subject {id:ONC-117-0042} ({name:Beatriz Cardoso}), screened {date:February 6, 2024} at {loc:MD Anderson Cancer Center}, met all inclusion criteria for the phase II trial; consent witnessed by {name:Gerald Pike}."],
  ["trial", "Trial eligibility: {name:Olumide Bankole}, 58, excluded because eGFR was 28 on labs drawn {date:12/04}; coordinator {name:Shreya Nair} can be reached at {contact:snair@uabmc.edu} or {phone:205-555-0135}."],
  ["trial", "PRESCREEN LOG: {name:PEGGY O'DONNELL}, {age:90 Y/O}, {loc:SCRANTON}, {loc:PA}, INELIGIBLE (AGE > 85). SCREENED BY {name:K. ADEBAYO} ON {date:19-SEP-2023}."],
  ["trial", "The study coordinator at {loc:Vanderbilt University Medical Center} left a message for {name:Hyun-woo Kang} on {date:the twenty-first of March} about the diabetes device trial; subject ID {id:VU-DM-3318}."],
  ["trial", "Informed consent for the {loc:Johns Hopkins} memory study was signed by {name:Walter Greenberg}'s legally authorized representative, his daughter {name:Dana Greenberg-Ruiz}, on {date:the 3rd of October}; the participant is {age:ninety-four}."],
  ["trial", "Screen failure: {name:Tomasz Zieliński}, MRN {id:881-22-409}, HbA1c 11.2% on {date:2023-06-05} exceeds the limit; notify PI Dr. {name:Catherine Obuya} and the site at {loc:Atlanta VA Medical Center}."],
];

/** Identifier-free sentences in the same styles. */
export const DECISION_147_FIRST_CLEAN: string[] = [
  "Admitted for exacerbation of COPD; started on prednisone 40 mg daily and doxycycline 100 mg BID.",
  "Positive Murphy's sign; RUQ ultrasound ordered and general surgery consulted.",
  "DISCHARGE DIAGNOSIS: ACUTE KIDNEY INJURY, RESOLVED. CREATININE 1.1 AT DISCHARGE.",
  "Take Eliquis 5 mg twice a day, at 8 am and 8 pm, and do not skip doses.",
  "History of Hodgkin lymphoma treated in 2009 with ABVD x6 cycles; in remission since.",
  "Referred to the Parkinson's clinic for evaluation of resting tremor and bradykinesia.",
  "Patient meets Rome IV criteria for IBS-D; trial of rifaximin 550 mg TID x14 days.",
  "Appointment reminder: please arrive 15 minutes early and bring your medication list and insurance card.",
  "Your lab work is due in 3 months; fasting for 12 hours is required.",
  "CPT 99214 and ICD-10 E11.65 billed; prior authorization not required for this service.",
  "Copay of $25 collected; remaining balance of $140.00 billed to secondary insurance.",
  "Dispense #30 tablets, 0 refills, DAW; take 1 tab PO at bedtime for sleep.",
  "Gabapentin titration: 300 mg QHS x3 days, then 300 mg BID x3 days, then 300 mg TID.",
  "WBC 12.4, Hgb 10.2, Plt 188; Na 131, K 3.2, Cr 1.4, BUN 28.",
  "INR 3.4 on warfarin 5 mg; hold tonight's dose and recheck in 2 days.",
  "Foley catheter removed at 0600; patient voided 350 mL at 1015.",
  "Emergency contact declined to be listed; patient prefers no calls at home.",
  "Lives with spouse in a two-story house, 14 steps to the bedroom, no handrail.",
  "Quit smoking 10 years ago with a 20 pack-year history; drinks 1-2 glasses of wine per week.",
  "Telehealth visit conducted via secure video; patient consented to virtual care and was alone in a private room.",
  "Audio dropped twice during the video visit; completed by telephone at 1430.",
  "Inclusion criteria: age 18-75, HbA1c 7.0-10.5%, BMI 25-40; exclusion: eGFR < 30 or prior bariatric surgery.",
  "Randomization 2:1 to study drug vs placebo, double-blind, with visits at weeks 0, 4, 12 and 24.",
  "Hx of Crohn's disease on Humira 40 mg q2wk; last colonoscopy showed mucosal healing.",
  "Graves' disease, s/p radioactive iodine; now on Synthroid 112 mcg.",
  "Babinski negative bilaterally, Romberg negative, gait steady.",
  "Apgar 8 and 9 at 1 and 5 minutes; birth weight 3.4 kg.",
  "PT TOLERATED DIET, AMBULATING IN HALL WITH WALKER, PAIN 3/10 ON TYLENOL.",
  "bp 142/88 hr 76 rr 16 spo2 97% ra temp 98.6",
  "ekg nsr, no st changes. trop neg x2. ok for d/c from cardiology standpoint.",
  "Patient drinks 4 cans of Dr Pepper or Mountain Dew daily; dental erosion consistent with Mountain Dew mouth discussed.",
  "Referred for Mohs surgery of a basal cell carcinoma on the left nasal ala.",
  "Whipple procedure in 2019; chronic pancreatic insufficiency on Creon 24,000 units with meals.",
  "Cushing's syndrome workup: 24-hour urine cortisol and late-night salivary cortisol ordered.",
  "Epley maneuver performed for BPPV with good response; Dix-Hallpike positive on the right.",
  "Vaccines given today: Tdap, Shingrix dose 2, and the updated COVID-19 booster.",
  "Pharmacy notified of penicillin allergy (hives); cefazolin given with no reaction.",
  "Sodium 118, critical; called to the covering physician at 0315 and read back.",
  "Lipid panel: total cholesterol 212, HDL 48, LDL 138, triglycerides 130.",
  "Urinalysis: specific gravity 1.025, nitrite positive, leukocyte esterase 2+.",
  "Hep B surface antibody reactive; immune due to vaccination.",
  "Insurance denied brand-name Ozempic; formulary alternative Trulicity 1.5 mg weekly approved.",
  "Member must meet the $1,500 deductible before coinsurance of 20% applies.",
  "PATIENT TO FOLLOW UP WITH PRIMARY CARE IN 1-2 WEEKS. RETURN TO ED FOR CHEST PAIN OR SHORTNESS OF BREATH.",
  "Reminder: flu shots are available at every visit during clinic hours, no appointment needed.",
  "Social worker consulted for transportation needs and medication affordability.",
  "Works full time in construction; denies illicit drug use; sexually active with one partner.",
  "Retired; enjoys gardening and fishing; independent in all ADLs and IADLs.",
  "Addison's disease on hydrocortisone 15 mg AM and 5 mg PM; stress dosing reviewed.",
  "Bell's palsy on the right; started prednisone 60 mg daily x7 days and an eye patch at night.",
  "Trial drug lot number recorded in the investigational pharmacy log; 28 capsules dispensed.",
  "Screening ECG showed QTc 468 ms, within the protocol limit of 480 ms.",
  "Sent to pharmacy: ondansetron 4 mg ODT q8h PRN nausea, #12.",
  "Kernig and Brudzinski signs absent; no neck stiffness.",
  "Hemoglobin A1c improved from 9.1% to 7.4% over 6 months.",
  "on lasix 40 po daily, k-dur 20 meq, metoprolol succinate 50.",
  "GLASGOW COMA SCALE 15; PUPILS 3 MM AND REACTIVE; MOVES ALL EXTREMITIES.",
];

/** Decision 147's batch in corpus.json's shape, for score.ts. */
export function decision147Corpus(): Corpus {
  return { notes: DECISION_147_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_147_FIRST_CLEAN };
}
