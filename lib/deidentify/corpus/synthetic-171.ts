// One- and two-sentence synthetic US healthcare texts in the manner of public synthetic PHI test sets:
// admissions, clinic visits, discharges, referrals, prescriptions, lab results, imaging, billing and
// insurance, appointment reminders, emergency contacts, patient portal messages, social and family
// history, and employer and school notes, by "a seventeenth writer who had not read the guard's rules".
// This writer's habits: phone and fax numbers written with dots (503.555.0187), ZIP+4 codes, asides set
// off with a double hyphen, "re:" headers on letters, ordinal dates ("the 5th of March", "Jan. 5th"),
// a lower-case initials sign-off after a slash ("/mk"), and "pt" for the patient; about a tenth of the
// texts are in capitals and a tenth in lower case.
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
  | "prescription"
  | "lab"
  | "imaging"
  | "billing"
  | "insurance"
  | "reminder"
  | "emergency-contact"
  | "portal"
  | "history"
  | "employer-note"
  | "school-note";

/**
 * The batch of decision 171: short synthetic PHI sentences across the US healthcare paperwork kinds,
 * by a seventeenth blind writer.
 */
export const DECISION_171_FIRST: Array<[Style, string]> = [
  ["admission", "Pt {name:Rosalind Achterberg} admitted to {loc:Providence St. Vincent Medical Center} on {date:03/05/2021} -- MRN {id:88301472}, DOB {date:11/19/1957}; attending Dr. {name:Farouk}."],
  ["admission", "{name:Mateo Villalobos-Reyes}, 34, was brought to the {loc:UCSF Medical Center} ED by his brother {name:Julián} on {date:Jan. 5}; acct # {id:AC-5530917}, callback {phone:415.555.0163}."],
  ["admission", "ADMIT {date:2021-03-05} -- {name:HOLLOWAY, CLARENCE J}, {age:94 YO} M, SENT OVER BY {loc:ST. AGNES MANOR}, {loc:BALTIMORE}, {loc:MD}. MRN {id:00719346}."],
  ["admission", "Direct admit to {loc:Billings Clinic} 4 West on {date:the 14th of November} for {name:Wendell Two Bulls}, MRN {id:BC-2208841}; PCP is Dr. {name:Harriet Solberg} in {loc:Hardin}."],
  ["admission", "pt {name:Nguyen Thi Lan} (DOB {date:6/2/1961}) admitted overnight via {loc:The Queen's Medical Center} ED, {loc:Honolulu} -- interpreter (Vietnamese) requested, daughter {name:Vy} at bedside."],
  ["admission", "Admitted {date:Sat} night by Dr. {name:Adebayo-Chukwu}: {name:Leopold Brzezinski}, a {age:91-year-old} retired machinist, MRN {id:7730-0412}, found down at home on {loc:Kosciuszko St}."],
  ["admission", "Transfer accepted from {loc:Cheyenne Regional Medical Center} to {loc:UCHealth University of Colorado Hospital} on {date:12.04.21}; accepting physician Dr. {name:Marisol Etxeberria}, pager {phone:303.555.0177}."],
  ["admission", "{name:Ahmad Al-Masri} (MRN {id:55012938} is wrong -- correct MRN {id:55012983}) admitted {date:4 Dec 2021} to {loc:Henry Ford Hospital}, {loc:Detroit}."],
  ["clinic", "Seen ({date:5th of March}) for f/u of HTN -- Ms. {name:Adaeze Oyelaran} reports home BPs in the 140s; next visit with Dr. {name:Lindqvist} at {loc:Hennepin Healthcare Whittier Clinic}."],
  ["clinic", "Mr. {name:Tsosie} was seen at {loc:Northern Navajo Medical Center} in {loc:Shiprock} on {date:August 9th} for his diabetic foot check; his wife {name:Loretta} drove him from {loc:Beclabito}."],
  ["clinic", "Well-child visit for {name:Seo-yeon Park}, 4 yo, on {date:2/11/22} at {loc:Kaiser Permanente Fresno Medical Center}; mom {name:Ji-hoon}'s cell is {phone:559.555.0108}."],
  ["clinic", "Dr. {name:Ezekiel Fairbanks} saw {name:Cordelia Vance} in clinic {date:Thursday}; she brought her log and her neighbor {name:Bev} who helps with meds. /{name:ef}"],
  ["clinic", "CLINIC NOTE {date:03-05-2021}: MR. {name:DUC PHAM} RETURNS TO {loc:UNIVERSITY OF KANSAS HEALTH SYSTEM} GI CLINIC; SEEN WITH DR. {name:KOWALCZYK}. MRN {id:KU8814402}."],
  ["clinic", "Telehealth visit {date:Jan. 5th}, 10:30 -- pt {name:Imani Okafor-Reyes} joined by video from her office at {loc:Fifth Third Bank} in {loc:Cincinnati}; no distress."],
  ["clinic", "{name:Gurpreet Sandhu} presents to {loc:Valley Children's Hospital} endocrine clinic {date:10/14} with his father {name:Harjit}; A1c 9.2, up from 8.1 in {date:June}."],
  ["discharge", "Discharged {date:04-12-2022} to home at {loc:4417 Calloway Dr}, {loc:Bakersfield}, {loc:CA} {loc:93312-2209}; daughter {name:Teresa Muñoz} to pick up meds. /{name:kp}"],
  ["discharge", "Discharge to {loc:Brookdale Sioux Falls} assisted living on {date:2021-11-30}; Mrs. {name:Eleanor Haugland} ({age:92 y/o}) to follow up with Dr. {name:Vanderpool} at {loc:Avera McKennan} in 1 wk."],
  ["discharge", "d/c summary -- {name:Kwabena Asante-Mills}, MRN {id:60-448-219}, admitted {date:Feb 2}, discharged {date:Feb 6, 2022}, {loc:Maine Medical Center}; f/u PCP Dr. {name:Roux} {phone:207.555.0131}."],
  ["discharge", "DISCHARGED TO {loc:ENCOMPASS HEALTH REHABILITATION HOSPITAL OF LITTLE ROCK} ON {date:12/20/2021}. PT {name:ODESSA MAE FRANKLIN}, {age:96 YRS}. CONTACT SON {name:LAMONT} {phone:501.555.0119}."],
  ["discharge", "Home today ({date:Christmas Eve}) w/ home O2; Mr. {name:Faleolo} and wife {name:Mele} taught by RN {name:Corinne}, home health through {loc:Ohana Pacific Health} to call {phone:808-555-0184}."],
  ["discharge", "Pt {name:Bartholomew Quigley} discharged {date:the 3rd} after TKA, going to his sister {name:Agnes}'s place at {loc:2210 W Grace St}, {loc:Richmond}, {loc:VA} {loc:23220-1952} -- PT to start there."],
  ["referral", "re: {name:Desmond Ashby-Kwarteng} (DOB {date:7/22/1989}) -- referring to {loc:Cleveland Clinic} Neurology, Dr. {name:Priya Raghunathan}; fax notes to {phone:216.555.0148}."],
  ["referral", "re: referral for {name:Abdirahman Warsame}, MRN {id:MN-03391827} -- please schedule with Dr. {name:Holtzclaw} at {loc:Hennepin Healthcare} cardiology; pt's cell {phone:612.555.0150}, Somali interpreter needed."],
  ["referral", "Referral faxed {date:3/9/2022} to {loc:Ochsner Medical Center} hepatology (fax {phone:504.555.0172}) for {name:Rosemarie Thibodeaux}, DOB {date:5/5/1966}; -- {name:J. Landry}, RN"],
  ["referral", "Dear Dr. {name:Castellanos}, I am sending {name:Marguerite Obi-Lindgren} to you at {loc:Sanford Medical Center Fargo} for a second opinion on her thyroid nodule, seen here {date:Jan. 19}."],
  ["referral", "re: {name:Haruto Kimura} -- kindly see at {loc:Virginia Mason} allergy, {loc:1100 9th Ave}, {loc:Seattle}, {loc:WA} {loc:98101-2756}; ins member ID {id:PRM448120936}."],
  ["referral", "Please see {name:Hakob Hakobyan} at {loc:Glendale Adventist} behavioral health asap; he was referred by his counselor {name:Ani} at {loc:Armenian Relief Society} -- call {phone:818.555.0163}."],
  ["prescription", "Rx: lisinopril 10 mg daily #90, 3 refills, for {name:Gwendolyn Pruitt}, DOB {date:02/14/1948}; send to {loc:Walgreens} on {loc:N Tryon St}, {loc:Charlotte}, {loc:NC}. Prescriber DEA {id:BP4417263}."],
  ["prescription", "Refill request for {name:Thaddeus Mbeki-Collins}'s metformin came through the {loc:Hy-Vee} pharmacy in {loc:Ames} on {date:11/8}; ok'd by Dr. {name:Greer}, NPI {id:1487726503}."],
  ["prescription", "rx for amoxicillin 875 twice daily x10d for {name:lucia fernandez-ortiz}, sent {date:3/14} to {loc:h-e-b} pharmacy {loc:el paso}, call back {phone:915.555.0199}"],
  ["prescription", "Prior auth submitted {date:2022-01-17} for Ozempic, pt {name:Darnell Hightower}, {loc:Humana} member {id:H48872019}; ref # {id:PA-7731-0042}."],
  ["prescription", "Please transfer Mrs. {name:Ingrid Sorensen}'s prescriptions to {loc:Costco Pharmacy}, {loc:2201 S Broadway}, {loc:Sioux Falls} -- she moved {date:Oct. 1} to be near her son {name:Nils}."],
  ["prescription", "Controlled substance agreement signed {date:5/27/21} by {name:Royce Abernathy} with Dr. {name:Nwosu}; PDMP checked, pharmacy of record {loc:Kroger} on {loc:Kingston Pike} in {loc:Knoxville}."],
  ["lab", "Lab accession {id:L22-0481736} for {name:Harvey Blankenship}, collected {date:Jan. 5th} 07:40 at {loc:Quest Diagnostics} {loc:Scottsdale} PSC: potassium 5.9, repeat ordered."],
  ["lab", "Critical value called to Dr. {name:Ferreira-Lund} at 0215 on {date:9/12}: troponin 4.1 for {name:Maurice Delacroix}, MRN {id:0031-77420}; read back by RN {name:Tamika}."],
  ["lab", "your results from {date:march 3rd} are in: a1c 6.1, cholesterol fine. message me here or call {loc:fairview} clinic at {phone:651.555.0107} -- dr. {name:amundsen}"],
  ["lab", "{loc:LabCorp} req #{id:4481902265} for {name:Precious Nkemelu}, DOB {date:01-30-1992}, ordering MD {name:H. Vasquez}; results to fax {phone:404.555.0114}."],
  ["lab", "Pathology {id:S22-11873} ({loc:UAMS Medical Center}): benign fibroadenoma, left breast, pt {name:Chantal Dubois-Ray}, received {date:4/18/2022}; signed out by Dr. {name:Iyer}."],
  ["lab", "HEMOGLOBIN 6.8 ON {date:07-03-2021} FOR {name:GUADALUPE ESPINOZA}, {loc:UNIVERSITY MEDICAL CENTER OF EL PASO} ACCT {id:UMC4409173}; DR. {name:SALAZAR} NOTIFIED."],
  ["lab", "Newborn screen for Baby Girl {name:Yazzie} (mother {name:Renata Yazzie}, MRN {id:4471128}) drawn {date:6/1/22} at {loc:Gallup Indian Medical Center}; repeat due at 2 wks."],
  ["imaging", "CT head w/o contrast, {name:Lorraine Castellanos-Whitby}, MRN {id:4005-2271}, performed {date:2021-03-05} at {loc:Banner University Medical Center Tucson}; read by Dr. {name:Okonkwo-Baird}."],
  ["imaging", "MRI L-spine ({date:Dec. 14th}) for {name:Silas Worthington} at {loc:Intermountain Medical Center}, {loc:Murray}, {loc:UT}: L4-5 disc protrusion. Acc {id:IMC-9912037}."],
  ["imaging", "Mammo screening {date:10/22/2021}, {name:Beatriz Camacho}, DOB {date:3/3/1970}, {loc:Women's Imaging Center of Tulsa}; BI-RADS 1. Images on CD mailed to {loc:1908 S Boston Ave}."],
  ["imaging", "CXR portable, {date:the 2nd of April}, {age:ninety-three y/o} Mr. {name:Alphonse Girard} at {loc:Elliot Hospital} -- no change from prior; radiologist {name:K. Thornbury} MD."],
  ["imaging", "US abd for {name:Kalani Akana} scheduled at {loc:Kapiolani Medical Center} {date:Wed 4/6} 8am, NPO after midnight; order # {id:RAD-2204-5581}."],
  ["imaging", "DEXA result letter to Mrs. {name:Hollis} at {loc:77 Birch Hollow Rd}, {loc:Montpelier}, {loc:VT} {loc:05602}: T-score -2.6 -- please call {loc:Central Vermont Medical Center} {phone:802.555.0193}."],
  ["billing", "Statement for acct {id:9920-117-44}, patient {name:Tobias Reinholt}, date of service {date:October 3rd, 2021}: balance $312.40. Questions? Call {phone:(800) 555-0199} or visit {contact:https://pay.hillcrestmedgroup.com}."],
  ["billing", "Payment plan set up {date:1/7/22} for guarantor {name:Marisela Orozco} (acct {id:200448193}), $50/mo; receipt to {contact:m.orozco77@gmail.com}."],
  ["billing", "ITEMIZED BILL -- {name:FITZGERALD, BRENDAN P} -- ACCT {id:0044812277} -- DOS {date:09/14/2021} -- {loc:RHODE ISLAND HOSPITAL}, {loc:593 EDDY ST}, {loc:PROVIDENCE}, {loc:RI} {loc:02903}."],
  ["billing", "Claim {id:22108477301} for {name:Oluwaseun Adeyemi} denied {date:3/28}: timely filing. Resubmit with proof to {loc:UnitedHealthcare}, PO Box 30555, {loc:Salt Lake City}, {loc:UT} {loc:84130-0555}."],
  ["billing", "Financial assistance approved for {name:Dolores Kingfisher}, acct {id:HF-118820}, {loc:Hartford Hospital}, services {date:Aug. 2} through {date:Aug. 9}, 2021 -- 100% adjustment."],
  ["billing", "Hi, this is {name:Trina} in billing at {loc:Norton Healthcare}, calling for Mr. {name:Cordell Haynes} about account {id:3390127}; please call {phone:502.555.0128} ext {phone:4471}."],
  ["insurance", "Member ID {id:XWB884120317}, group {id:0047731}, subscriber {name:Lakshmi Venkataraman}; patient is her spouse {name:Arjun}, DOB {date:09/30/1974}. Plan: {loc:Aetna} Choice POS II."],
  ["insurance", "Medicaid ID {id:MS40019283} for {name:Jaylen Womack}, age 5, {loc:Magnolia Health} plan; mother {name:Tasha Womack} reachable at {phone:601.555.0121}."],
  ["insurance", "Medicare MBI {id:1EG4-TE5-MK73} for {name:Virgil Oberholtzer}; secondary {loc:Mutual of Omaha} policy {id:MO-77120944}, effective {date:01/01/2022}."],
  ["insurance", "COB questionnaire: {name:Francesca Lombardi-Hsu} is covered under her husband {name:Kevin}'s plan through his employer {loc:Pratt & Whitney}, {loc:East Hartford}; SSN on file {id:031-55-8820}."],
  ["insurance", "eligibility verified {date:2021-10-04} -- {name:rahim chowdhury}, {loc:bcbs of michigan} id {id:xyj229104417}, copay $30, verified by {name:deb} at {phone:800.555.0165}"],
  ["insurance", "Workers' comp claim {id:WC-21-0088143} for {name:Esteban Garza}, injured {date:June 18th} at {loc:Tyson Foods} plant in {loc:Amarillo}; adjuster {name:Carla Whitmore}, {phone:806.555.0141}."],
  ["reminder", "Hi {name:Brianna}, reminder of your appt w/ Dr. {name:Szymanski} on {date:Tues., 3/9} at 2:15 pm at {loc:Aurora BayCare Medical Center}, {loc:Green Bay}. Reply C to confirm or call {phone:920.555.0134}."],
  ["reminder", "{name:Ignatius}, your colonoscopy at {loc:MUSC Health} is {date:Friday, April 22}. Start prep the day before; questions to {phone:843.555.0102} or {contact:gi-scheduling@muschealth-example.org}."],
  ["reminder", "REMINDER: MS. {name:WILHELMINA DUPREE} HAS AN APPOINTMENT {date:MON 11/15} 9:40 AM WITH DR. {name:OYELOWO}, {loc:OCHSNER HEALTH CENTER - BATON ROUGE}. CALL {phone:225.555.0186} TO CANCEL."],
  ["reminder", "Your flu shot is due, Mr. {name:Abernethy}! Walk in any weekday at {loc:Group Health Cooperative of South Central Wisconsin}, {loc:Madison} -- or book at {contact:www.ghcscw.com/book}."],
  ["reminder", "reminder: {name:tomasz} has a dental cleaning {date:3-Mar} 3:30 at {loc:smile bright pediatric dentistry}, {loc:schaumburg}. text back Y to confirm"],
  ["reminder", "This is {loc:Sacred Heart Medical Center} confirming {name:Ayasha Whitehorse}'s sleep study on {date:the 21st} at 8 pm, {loc:101 W 8th Ave}, {loc:Spokane}; bring CPAP mask."],
  ["reminder", "Pre-op call for {name:Desirée Fontenot}: surgery at {loc:Lafayette General} {date:2022-05-09}, arrive 5:30 am; ride home will be her cousin {name:Marcel}, {phone:337.555.0159}."],
  ["emergency-contact", "Emergency contact: {name:Ruth Kessler-Abara} (mother), {phone:(617) 555-0122} cell, {phone:617-555-0190} work; lives at {loc:88 Pleasant St Apt 3}, {loc:Malden}, {loc:MA} {loc:02148}."],
  ["emergency-contact", "EC #1 husband {name:Bao Vang} {phone:651.555.0174}; EC #2 his sister {name:Mai Yer Xiong} {phone:651.555.0115} -- both in {loc:St. Paul}, Hmong speaking."],
  ["emergency-contact", "In case of emergency notify Fr. {name:Dominic Osei} at {loc:St. Brendan's Parish}, {loc:Cheyenne}, {phone:307.555.0127}; patient has no family -- {name:rb}"],
  ["emergency-contact", "EMERGENCY CONTACT: {name:ROSALIE PICKETT}, NIECE, {loc:412 MAGNOLIA AVE}, {loc:MOBILE}, {loc:AL} {loc:36604-1138}, {phone:251-555-0145}."],
  ["emergency-contact", "Contact roommate {name:Devon} ({phone:503.555.0187}) if pt can't be reached; parents {name:Gail} and {name:Ron Lindstrom} in {loc:Eugene} are listed but estranged."],
  ["emergency-contact", "Health care proxy: {name:Consuelo Ibarra-Knight}, daughter, {contact:consuelo.ik@outlook.com}, {phone:702.555.0136}; form signed {date:March 30th, 2020} at {loc:Renown Regional Medical Center}."],
  ["portal", "hi dr {name:nakashima} its {name:keisha} again, my sugar was 310 this morning and i ran out of the lantus, can you send it to the {loc:cvs} on {loc:dale mabry}? my number is {phone:813 555 0176}"],
  ["portal", "Dr. {name:Bhattacharya}, my mom {name:Prabha} fell {date:Sunday} -- nothing broken per the {loc:Mercy Hospital St. Louis} ER but can she be seen this week? --{name:Anand}"],
  ["portal", "Message to Dr. {name:Whitlock-Ames}: my insurance changed {date:July 1}, new member # {id:KSR029184455}. Could the front desk update it? Thanks, {name:Hollis Grandberry}"],
  ["portal", "Hi Nurse {name:Kimberly}, this is {name:Solomon Tesfaye}'s wife {name:Meron}. His BP at home was 168/98 on {date:5/16} and {date:5/17}; should we come in to {loc:MedStar Georgetown}?"],
  ["portal", "Your message was received by {loc:Denver Health} Internal Medicine. Dr. {name:Abernathy-Cruz}'s team replies within 2 business days; for emergencies call 911. Ref {id:MSG-00481227}."],
  ["portal", "i cant log in to {contact:mychart.uwhealth.org} -- username is {contact:jpelletier58} -- can someone reset? {name:joan pelletier} dob {date:08/05/1958}"],
  ["portal", "DR {name:GALLOWAY} I NEED A NOTE FOR MY JOB AT {loc:WALMART DISTRIBUTION CENTER} IN {loc:BENTONVILLE} FOR BEING OUT {date:12/6} THRU {date:12/10}. {name:RAYMOND TUCKER}"],
  ["history", "Social: lives with wife {name:Marguerite} in {loc:Ely}, {loc:Minnesota}; retired from {loc:Cleveland-Cliffs} mine in 2015; quit smoking after his brother {name:Arvo} died."],
  ["history", "FHx: mother {name:Theodora} d. age 61 of breast ca; maternal aunt {name:Evangelia} BRCA2+ per testing at {loc:Dana-Farber} -- pt ({name:Chrysanthi Papadakis}) wants counseling."],
  ["history", "Pt works nights at {loc:Amazon} fulfillment in {loc:Kent}, {loc:WA}; lives with partner {name:Jordan} and her grandmother, who is {age:ninety-one}."],
  ["history", "Grew up in {loc:Paramaribo}, moved to {loc:Brooklyn} in 1998; attends {loc:Sint Jozef Church} with her sister {name:Wilhelmina}. Pt {name:Astrid Amatdjais} denies EtOH."],
  ["history", "SOCIAL HX: WIDOWED; HUSBAND {name:EARL} DIED {date:1/3/2019}. LIVES ALONE AT {loc:1714 COUNTY ROAD 9}, {loc:KEARNEY}, {loc:NE}. DAUGHTER {name:JUNE} CHECKS IN DAILY."],
  ["history", "father {name:moses} had a stroke at 58; brother {name:isaiah} is on dialysis at {loc:davita} in {loc:jackson}. pt {name:cornelius batiste} is adopted? -- clarify next visit"],
  ["history", "Mr. {name:Quintanilla} served in the Army, followed at {loc:VA Palo Alto Health Care System}; he volunteers weekly at {loc:Second Harvest of Silicon Valley} with his wife {name:Rosa}."],
  ["employer-note", "To whom it may concern: {name:Jamal Whitfield-Ode} was seen at {loc:Grady Memorial Hospital} on {date:02/17/2022} and may return to work at {loc:Delta TechOps} on {date:Monday, Feb. 21}. -- Dr. {name:S. Abernathy}"],
  ["employer-note", "re: {name:Natalia Wojcik}, employee #{id:E-448201} at {loc:Boeing} {loc:Everett} -- light duty, no lifting >10 lb until {date:4/30/22}. {name:Petra Nilsson}, PA-C, {phone:425.555.0133}"],
  ["employer-note", "Mr. {name:Oyelaran-Brooks} was under my care {date:Jan 10}-{date:Jan 14} and is cleared to drive for {loc:Greyhound} as of {date:Jan 17}; DOT med card {id:MEC-2201-77341}."],
  ["employer-note", "FMLA cert for {name:Charmaine Whitaker} ({loc:Piedmont Atlanta Hospital} staff RN) caring for her father {name:Otis}, {age:95 years old}, intermittent leave {date:Mar 1}-{date:May 31}."],
  ["employer-note", "Please excuse {name:Gideon Abramowitz} from work at {loc:Goldman Sachs} {date:Thursday} and {date:Friday}; seen for acute gastroenteritis at {loc:CityMD Chelsea}. {name:L. Moreau}, MD"],
  ["employer-note", "work note: {name:benny ortega} may return to {loc:pepsico} in {loc:fort worth} on {date:6/13} w/o restrictions. questions fax {phone:817.555.0180}"],
  ["school-note", "Please excuse {name:Sofia Petrakis} from {loc:Lincoln-Way East High School} PE {date:3/7} through {date:3/18} -- sprained ankle. Contact our office at {phone:815.555.0157} with questions."],
  ["school-note", "{name:Aarav Mehta} (DOB {date:4/9/2013}) may carry his albuterol inhaler at {loc:Cherry Creek Elementary}; parent {name:Sneha Mehta}, {phone:720.555.0104}. Dr. {name:Fontaine}"],
  ["school-note", "To the nurse at {loc:Westside Middle School}, {loc:Omaha}: {name:Keanu Faletogo} had a concussion {date:the 8th of October}; no contact sports for 2 wks. /{name:mw}"],
  ["school-note", "STUDENT {name:DEJA MONTGOMERY} WAS SEEN AT {loc:CHILDREN'S OF MISSISSIPPI} ON {date:11/02/2021} AND MAY RETURN TO {loc:MURRAH HIGH SCHOOL} {date:11/04/2021}."],
  ["school-note", "Dear Coach {name:Henriksen}, {name:Priscilla Adjei} is cleared for volleyball at {loc:Bishop Kelly High School} in {loc:Boise} after her visit at {loc:St. Luke's Children's} on {date:Aug. 3rd}."],
  ["school-note", "504 plan letter for {name:Elijah Rainwater}, grade 3, {loc:Lakeview Elementary}, {loc:Norman}, {loc:OK}: type 1 diabetes, CGM alerts to mom {name:Shonda} at {phone:405.555.0169}."],
  ["clinic", "pt {name:Henrietta Blomqvist}, {age:90 yo}, seen at {loc:Bayada} home visit {date:9/8}; daughter-in-law {name:Lise} reports poor appetite. Weight 98 lb."],
  ["admission", "Patient {name:Ivo Radovanović} arrived by {loc:Life Flight Network} from {loc:Bend} to {loc:OHSU Hospital} on {date:7/4/2021}; MRN {id:OH-66120045}, SSN {id:541-88-2036}."],
  ["billing", "Refund check #{id:008841} mailed {date:12/22} to Ms. {name:Valentina Cruz} at {loc:3305 Gulf Blvd}, {loc:St. Pete Beach}, {loc:FL} {loc:33706-4412} for overpayment on acct {id:71130-55}."],
  ["discharge", "Patient {name:Anselm Okwuosa} left AMA {date:2022-02-19} 23:10 from {loc:Temple University Hospital}; nephew {name:Chidi} notified at {phone:215.555.0111}. /{name:sg}"],
  ["lab", "COVID PCR negative, collected {date:Dec 28, 2021} at {loc:Walgreens} drive-thru, {loc:Manchester}, {loc:NH}; patient {name:Colette Beaulieu}, order {id:WAG-CV-4471902}."],
  ["portal", "Thank you Dr. {name:Amara Eze}! {name:Luis} and I are so grateful for everything on {date:Tuesday}. Sent you a card at the {loc:Children's Mercy} address. -- {name:Gabriela Ruiz}"],
  ["history", "Pt's great-grandmother, Mrs. {name:Ophelia Banks}, is {age:102} and lives with them in {loc:Savannah}; she was a nurse at {loc:Candler Hospital} for 40 years."],
  ["imaging", "echo ordered for mr. {name:francis o'rourke}, {age:91 yo}, at {loc:buffalo general} on {date:10/19}; results to dr {name:zielinski} fax {phone:716.555.0195}"],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_171_FIRST_CLEAN: string[] = [
  "Pt admitted through the ED with community-acquired pneumonia; started on ceftriaxone and azithromycin, O2 2L NC.",
  "Admitted to MICU for DKA -- insulin drip per protocol, K replaced, q1h glucose checks.",
  "ADMITTED FOR CHEST PAIN R/O ACS. TROPONIN X2 NEGATIVE. TELEMETRY OVERNIGHT.",
  "Transfer to step-down once off pressors for 24 hours; family updated at bedside.",
  "Seen today for follow-up of hypertension; home readings in the 130s, continue amlodipine 5 mg.",
  "Well-child visit: growth along the 60th percentile, vaccines up to date, anticipatory guidance given.",
  "Parkinson's symptoms stable on carbidopa-levodopa; discussed fall precautions and a walker.",
  "pt reports the knee is better since the injection, still stiff in the morning, walking 20 min a day",
  "Telehealth visit; no distress, speaking in full sentences, reviewed glucose log with the patient.",
  "Discharged home with home health PT; Foley removed prior to discharge, voiding without difficulty.",
  "Discharge instructions reviewed: no driving while on oxycodone, keep incision dry for 48 hours.",
  "DISCHARGED TO SKILLED NURSING FACILITY FOR SHORT-TERM REHAB. FOLLOW UP WITH PCP IN 1-2 WEEKS.",
  "d/c on apixaban 5 mg bid; teach-back done, pt verbalized understanding of bleeding precautions.",
  "Referral to cardiology for new murmur and exertional dyspnea -- echo ordered before the visit.",
  "re: referral for sleep study -- snoring, witnessed apneas, Epworth score 14.",
  "Please see for Crohn's flare not responding to budesonide; colonoscopy last done two years ago.",
  "Rx: atorvastatin 40 mg nightly #90 with 3 refills; check lipids and LFTs in 12 weeks.",
  "Prior authorization required for the GLP-1 agonist; step therapy with metformin documented.",
  "rx sent for prednisone taper, 40 mg down by 10 every 3 days, take with food",
  "Refill denied pending visit -- patient overdue for A1c and foot exam.",
  "Potassium 5.9 on the morning draw, hemolyzed specimen; repeat ordered stat.",
  "Your cholesterol results are back and look good; no changes to your medicines are needed.",
  "CRITICAL VALUE: SODIUM 118. PROVIDER NOTIFIED AND READ BACK. FLUID RESTRICTION STARTED.",
  "Urine culture grew E. coli sensitive to nitrofurantoin; course of 5 days sent.",
  "Pathology benign; no further surgery needed, routine screening to resume in one year.",
  "CT head without contrast: no acute intracranial hemorrhage, chronic small vessel changes.",
  "MRI lumbar spine shows L4-5 disc protrusion contacting the traversing L5 nerve root.",
  "chest x-ray portable -- Swan-Ganz tip in the right main pulmonary artery, no pneumothorax",
  "Mammogram screening BI-RADS 1, negative; return in one year for routine screening.",
  "Your balance after insurance is $45.20; payment plans are available, ask at the front desk.",
  "Claim denied for missing modifier 25; corrected claim resubmitted with visit documentation.",
  "FINANCIAL ASSISTANCE APPLICATION RECEIVED. PLEASE ALLOW 30 DAYS FOR A DECISION.",
  "Copay for specialist visits is $40; deductible met for the year per the eligibility check.",
  "Coordination of benefits form incomplete -- need secondary insurance card front and back.",
  "Reminder: fasting labs need nothing to eat or drink except water for 8 hours beforehand.",
  "Your appointment is coming up soon. Please arrive 15 minutes early and bring a list of your medicines.",
  "reminder: start your colonoscopy prep the day before, clear liquids only after breakfast",
  "Pre-op call completed; NPO after midnight, hold metformin the morning of surgery.",
  "Emergency contact not listed -- patient asked to update at next visit.",
  "Health care proxy form on file; code status full code, reviewed with patient and spouse.",
  "Patient prefers that her son be called first and her daughter second in an emergency.",
  "hi doc my knee is still swollen after the fall, should i keep icing it or come in?",
  "Thank you for your message. A member of the care team will reply within two business days.",
  "Can you tell me if I should take the water pill in the morning or at night? It keeps me up.",
  "Social: lives with spouse in a single-story home, retired teacher, never smoker, rare alcohol.",
  "FHx: father with MI at 52, mother with type 2 diabetes, no known colon cancer in the family.",
  "pt works construction, smokes half a pack a day, interested in quitting -- nicotine patch offered",
  "SOCIAL HX: LIVES ALONE, INDEPENDENT IN ADLS, USES A CANE OUTDOORS, DRIVES DURING THE DAY.",
  "Patient may return to work without restrictions; was seen in clinic for acute gastroenteritis.",
  "Light duty recommended: no lifting over 10 pounds and no overhead work for four weeks.",
  "FMLA paperwork completed for intermittent leave to care for a parent after hip surgery.",
  "Please excuse this student from physical education for two weeks due to an ankle sprain.",
  "Student may carry an albuterol inhaler and use it as needed before exercise.",
  "no contact sports for 2 weeks after concussion; gradual return-to-learn plan attached",
  "Babinski negative bilaterally; strength 5/5 throughout, gait steady without assistive device.",
];

/** Decision 171's batch in corpus.json's shape, for score.ts. */
export function decision171Corpus(): Corpus {
  return { notes: DECISION_171_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_171_FIRST_CLEAN };
}
