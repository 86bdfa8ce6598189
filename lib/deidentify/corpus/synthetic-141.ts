// Decision 141's batch: synthetic US healthcare text in the manner of public PHI test sets made from
// templates and language models, by an eighth writer who had not read the guard's rules. One- and
// two-sentence records, CSV-like rows, JSON-ish key:value lines, pipe-separated form fields, SMS and
// portal chat, insurance correspondence, referral faxes, court and school forms, obituary-style family
// history, and identifiers in odd positions (first word, after a colon, in parentheses, in quotes).
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "record" | "csv" | "keyvalue" | "form" | "sms" | "insurance" | "fax" | "court-school" | "obituary" | "odd-position";

/**
 * The eighth writer's batch (decision 141's): template/LLM-style US PHI text in many small formats.
 */
export const DECISION_141_FIRST: Array<[Style, string]> = [
  // one- and two-sentence records
  ["record", "{name:Hope Barrientos-Lacy} (DOB {date:the 3rd of May, 1961}) was admitted to {loc:Baptist Health Lexington} on {date:Wednesday} after a syncopal episode at her job with {loc:Toyota Motor Manufacturing Kentucky}."],
  ["record", "{name:Grant O'Sullivan III}, {age:91}, was seen by Dr. {name:Mercy Adebayo-Quist} at {loc:Sanford Medical Center Fargo} on {date:5.6.21} for a CHF exacerbation; MRN {id:SMC-00488213}."],
  ["record", "pt {name:ivy chen-whitaker} called from {phone:503.555.0198} on {date:2021/05/06} asking whether {loc:providence st. vincent} had received her records from {loc:kaiser permanente interstate}."],
  ["record", "Mr. {name:Wade Thibodeaux Jr.} last saw his PCP in {date:May '21}; he lives at {loc:RR 3 Box 219}, {loc:Ville Platte}, {loc:LA} {loc:70586-4402} and has no phone."],
  ["record", "{name:Chase Nakamura-Reyes} is a 27-year-old graduate student at {loc:Georgia Tech} referred by {loc:Stamps Health Services} on {date:Feb 2nd}; preferred contact {contact:cnreyes27@gatech.edu}."],
  ["record", "PT {name:DELACROIX, MARIE-CLAIRE} AGE {age:NINETY-FOUR} ADMITTED {date:12/24/2022} TO {loc:OCHSNER MEDICAL CENTER} FROM {loc:LAKESIDE MANOR NURSING HOME}, {loc:METAIRIE} {loc:LA}."],
  ["record", "On {date:Tuesday the 14th}, {name:Oluwaseun Bankole} picked up 30 tabs of metformin 500 mg from {loc:Walgreens #07214} on {loc:S Halsted St} in {loc:Chicago}."],
  ["record", "Social worker {name:Rosalind Ferreira} documented that the patient's daughter, {name:Page Whitlow}, can be reached at {phone:+1 (907) 555-0134}; the family's mailing address is {loc:PO Box 88}, {loc:Bethel}, {loc:AK} {loc:99559}."],
  ["record", "{name:Dmitri Volkov}'s SSN ({id:532-71-9904}) was keyed incorrectly on the {date:June 30} claim and has been corrected."],
  ["record", "Admitted: {date:3/8/2023}. Discharged: {date:3/11/2023}. Attending: {name:Priya Raghunathan}, MD. Facility: {loc:Inova Fairfax Hospital}."],
  ["record", "{name:Ezekiel Mwangi-Barnes}, a 45 yo security guard at {loc:Lowe's Home Improvement} in {loc:Gastonia}, {loc:NC}, was brought in by EMS on {date:4th July 2022} after a dog bite to the left hand."],
  ["record", "Dr. {name:Sunita Bhardwaj} (DEA {id:FB2937741}, NPI {id:1730495586}) prescribed oxycodone 5 mg #12 for {name:Carlos Ybarra} on {date:10/31/22}."],
  ["record", "{name:CHASE BANKS}, {age:NINETY-SIX} YO M, BIB FAMILY FROM {loc:BELLA VISTA ASSISTED LIVING} {date:THURSDAY} NIGHT; WIFE {name:IVY} AT BEDSIDE."],
  ["record", "{name:wade} and {name:mercy o'connell} (parents) consented to circumcision for baby boy {name:o'connell} on {date:5/6}; procedure by dr. {name:lindqvist-amara}."],
  ["record", "Home health visit {date:Mon 2/7}: {name:Bertha Kowalski-Nunez}, {age:98}, {loc:12 Orchard Lane}, {loc:Mystic}, {loc:CT} {loc:06355}. Caregiver {name:Grace} reports poor oral intake."],
  ["record", "Per {name:Hunter Lovelace}'s employer, {loc:Boeing Everett Factory}, he may return to light duty {date:June 20th}; HR contact is {name:Dana Kimura} at {phone:425.555.0142}."],
  ["record", "Tele-visit link sent to {contact:kwame.appiah@icloud.com}: {contact:https://telehealth.sutterhealth.org/v/88Q2-KX7} (expires after 24 hours)."],
  ["record", "Medicaid ID {id:CA-99120447E} and SSN ending in {id:4471} verified for {name:Araceli Benítez} at the front desk on {date:Monday}."],
  ["record", "She moved from {loc:Oaxaca}, {loc:Mexico} in {date:September 2015} and now works the night shift at {loc:Tyson Foods} in {loc:Springdale}, {loc:AR}."],
  ["record", "{name:Mercy}, {age:93}, and her husband {name:Grant Whitfield}, {age:95}, share a room at {loc:Evergreen Commons} and both receive PT three times a week."],
  ["record", "Patient requests that all records be sent to her attorney, {name:Lucille Baptiste-Moore}, Esq., {loc:Baptiste-Moore & Tran LLP}, {loc:400 Poydras St, Suite 1850}, {loc:New Orleans}, {loc:LA} {loc:70130}."],
  ["record", "Chart note {date:Wed 11/16}: {name:Kai Kealoha} was transferred to {loc:Kapiolani Medical Center for Women & Children}; mother reachable at {phone:808 555 0199}."],
  ["record", "HIPAA release signed by {name:Rosa Villanueva de León} on {date:the 2nd of February}; authorized recipient is her son {name:Esteban} ({contact:evillanueva@ucdavis.edu})."],
  ["record", "Vaccine record: {name:Page Holloway} received MMR dose 2 on {date:6/5/21} at {loc:Kroger Pharmacy} in {loc:Roanoke}, {loc:VA}."],
  ["record", "{name:O'BRIEN-KAUR, SEAMUS} MRN {id:X00918827} DOB {date:01/09/1931} ({age:91 YO}) ADM {date:05/06/22} {loc:ST. VINCENT INDIANAPOLIS}"],
  ["record", "Transport: ambulette from {loc:1122 Grand Concourse, Apt 4F}, {loc:Bronx}, {loc:NY} {loc:10451} to {loc:Montefiore Einstein} dialysis every {date:Monday}, {date:Wednesday} and {date:Friday}."],
  ["record", "Work note: {name:Tobias Grant} may not lift more than 10 lb until {date:7/1}. Employer: {loc:UPS Worldport}, {loc:Louisville}."],
  ["record", "Interpreter {name:Abdirahman Yusuf} (Somali, badge {id:INT-2044}) assisted by phone for {name:Hodan Warsame}'s visit on {date:Tuesday}."],
  ["record", "Patient's son is a nurse at {loc:Vanderbilt University Medical Center} and asked that we call him, {name:Grant Oyelaran}, rather than her, at {phone:615.555.0120}."],
  ["record", "Dr. {name:Chase} and Dr. {name:Ivy Okonkwo} reviewed the MRI with radiology and agreed on conservative management."],
  ["record", "Discharge instructions were reviewed with {name:Wade Ashby III} and his partner {name:Jordan Kilpatrick} in Spanish; follow up with {loc:Clínica Sierra Vista} in {loc:Bakersfield} in one week."],
  ["record", "Research screening: subject {id:RS-0417} ({name:Emmanuelle Jean-Baptiste}) consented {date:Feb '22} at {loc:Brigham and Women's Hospital}; excluded, age {age:90}."],
  ["record", "the pt, {name:faith abernathy-cruz}, lives with her grandmother ({age:ninety-one}) on {loc:county road 14} outside {loc:hugo}, {loc:oklahoma}."],

  // CSV-like rows
  ["csv", "mrn,last,first,dob,zip\n{id:00731924},{name:Abernathy},{name:Mercy},{date:1929-02-11},{loc:37211}\n{id:00731925},{name:Solis},{name:Ramon},{date:1966-10-03},{loc:37013}"],
  ["csv", "\"{name:Hunter, Beau}\",{date:07/04/1988},{loc:1420 Magnolia Ave Apt 6C},{loc:Beaumont},{loc:TX},{loc:77701-3320},{phone:409-555-0162}"],
  ["csv", "encounter_id,patient,provider,date,site\n{id:E-2291-4470},{name:Yusuf Demir},{name:K. Oyelaran},{date:2022-09-19},{loc:Cleveland Clinic Akron General}"],
  ["csv", "{name:sage whitfield}|{date:11-02-1947}|{phone:7735550121}|{contact:sagew1947@aol.com}|{loc:evanston}|{loc:il}"],
  ["csv", "claim_no, member_id, svc_date, npi\n{id:CLM8830021477}, {id:XQH449102876}, {date:04/02/21}, {id:1588201934}"],
  ["csv", "Row 42 — {name:Tempe Holloway}, {age:96}, {loc:Sunrise of Bellevue}, last visit {date:Thurs 9/9}, guardian {name:Neil Holloway} ({phone:425.555.0107})"],
  ["csv", "{name:ivy ferreira},{date:05/06/1999},{loc:pawtucket},{loc:ri},{loc:02860},{phone:401-555-0130},{contact:ivyf99@hotmail.com}"],
  ["csv", "{id:000448172},{name:RAMIREZ},{name:ESPERANZA},F,{date:19270315},{age:95},{loc:EL PASO},{loc:TX}"],
  ["csv", "date;time;patient;med;dose;nurse\n{date:2023-01-07};0800;{name:Achterberg, Willem};furosemide;40 mg IV;{name:R. Castillo}\n{date:2023-01-07};1400;{name:Achterberg, Willem};KCl;20 mEq PO;{name:D. Mbatha}"],
  ["csv", "patient_id\tname\tage\tunit\n{id:PT-88213}\t{name:Lorenzo Bellamy}\t{age:102}\t4 West\n{id:PT-88214}\t{name:Opal Stringfellow}\t88\t4 West"],

  // JSON-ish key:value lines
  ["keyvalue", "patient: {name:Xiomara Quintanilla}\ndob: {date:1984-07-23}\nmrn: {id:MRN0092217}\nfacility: {loc:Jackson Memorial Hospital}\nadmit_day: {date:Saturday}"],
  ["keyvalue", "\"name\": \"{name:Bartholomew Oyelowo}\", \"age\": \"{age:90}\", \"email\": \"{contact:b.oyelowo@protonmail.com}\", \"last_login_ip\": \"{contact:73.162.44.209}\""],
  ["keyvalue", "provider_npi: {id:1295730418}\nprovider_dea: {id:BR4418273}\nprovider_name: {name:Raymond Ashworth-Lee}, DO\npractice: {loc:Blue Ridge Internal Medicine}\nfax: {phone:540-555-0188}"],
  ["keyvalue", "member: {name:joy okafor} | plan: ppo | policy#: {id:yjh883019224} | group: {id:0047712} | effective: {date:jan 1}"],
  ["keyvalue", "PATIENT_NAME: {name:GRANT, WADE E} | MRN: {id:4471092} | ENC_DATE: {date:05-JUN-2021} | LOC: {loc:ST. LUKE'S BOISE MEDICAL CENTER}"],
  ["keyvalue", "DL#: {id:D410-7730-1882} (issued {loc:FL}) | vehicle plate: {id:JKT-4471} | insurer contact: {name:Marisol Ibáñez}"],
  ["keyvalue", "\"device_serial\": \"{id:PMX-2208-77413}\", \"implanted\": \"{date:2019-11-18}\", \"site\": \"{loc:Oregon Health & Science University}\", \"rep\": \"{name:Trent Halvorsen}\""],
  ["keyvalue", "user: {contact:hmokoena@sbcglobal.net}\nip: {contact:24.131.88.6}\nsession_start: {date:2022-03-15} 21:14\nurl: {contact:https://mychart.example-health.org/patient/88120}"],

  // form fields
  ["form", "Name: {name:Chase Whitaker-Boone} | DOB: {date:08/15/1979} | Address: {loc:4418 Pinecrest Dr, Suite 210}, {loc:Boise}, {loc:ID} {loc:83704} | Phone: {phone:(208) 555-0147 x22}"],
  ["form", "Name: {name:Lupe Tautahi} | DOB: {date:4.22.56} | Sex: F | Emergency Contact: {name:Sione Tautahi} (son) {phone:801.555.0173} | Employer: {loc:Delta Air Lines}"],
  ["form", "NAME: {name:MERCY ANN DUBOIS} | AGE: {age:93} | ADDRESS: {loc:RR 1 BOX 47A}, {loc:MOUNT AYR}, {loc:IOWA} {loc:50854} | PCP: DR. {name:HALVORSEN}"],
  ["form", "Patient Name: {name:Faisal Al-Khatib}   Date of Birth: {date:30/04/1971}   Driver's License: {id:F2247-11893-04}   State: {loc:NJ}"],
  ["form", "Guarantor: {name:Hollis McCrae Sr.} | Acct #: {id:880-224-1937} | Relationship: spouse | Billing Address: {loc:PO Box 1193}, {loc:Hattiesburg}, {loc:MS} {loc:39403-1193}"],
  ["form", "name: {name:rose mbeki-larsen} | dob: {date:2/29/64} | address: {loc:77 harbor view rd apt 3}, {loc:gloucester}, {loc:ma} {loc:01930} | email: {contact:roselarsen64@gmail.com}"],
  ["form", "EMPLOYER: {loc:WALMART DC 6094} | SUPERVISOR: {name:T. HOLLOWAY} | PHONE: {phone:479.555.0165} | DATE OF INJURY: {date:5-6-21}"],
  ["form", "Pharmacy label: {loc:Rite Aid #3307}, {loc:1901 Columbia Rd NW}, {loc:Washington}, {loc:DC} {loc:20009} | Rx {id:6120448} | {name:HAMID SHARIFI} | Lisinopril 10 mg take 1 daily | Dr. {name:P. Adeyemi} | Filled {date:5/6/21}"],
  ["form", "Preferred Name: {name:Wren} | Legal Name: {name:Lauren Tsosie-Begay} | Pronouns: they/them | Tribal ID: {id:NN-0044718} | Clinic: {loc:Chinle Comprehensive Health Care Facility}"],

  // SMS and chat
  ["sms", "[10:42] {name:Ivy}: hi its ivy from dr {name:okonjo}'s office, ur mri at {loc:ucsf mission bay} got moved to {date:thurs}. call {phone:415-555-0139} if that doesnt work"],
  ["sms", "Mom fell again. She's at {loc:Mercy Hospital St. Louis}, 4th floor. Can u come after work? -{name:Darnell}"],
  ["sms", "Chat log {date:05/06/21} 14:02 — Nurse {name:Kelsey R.}: Good afternoon Mr. {name:Obi}, can you confirm your date of birth?\n14:03 — Patient: {date:sept 3 1958}\n14:03 — Nurse {name:Kelsey R.}: thanks! is your pharmacy still the {loc:CVS} on {loc:Route 9} in {loc:Wappingers Falls}?"],
  ["sms", "txt from {phone:+1 312 555 0164}: this is {name:Grant}, {name:Hope}'s husband. she won't take the lasix. can someone call me b4 {date:friday}"],
  ["sms", "hey its {name:wade} lol. got my labs back from {loc:quest} and the a1c is 8.2 ugh. see u {date:the 14th}?"],
  ["sms", "REMINDER: {name:HOPE G.} HAS AN APPT AT {loc:NORTHSIDE PEDIATRICS} ON {date:MON 6/7} AT 3:15PM. REPLY C TO CONFIRM OR CALL {phone:770.555.0110}."],
  ["sms", "Portal message from {name:Aaliyah Brooks-Tran} ({contact:abrookstran@yahoo.com}), sent {date:Sunday} night: \"My mother {name:Lorraine} is {age:95} now and her feet are swelling again.\""],
  ["sms", "Dr. {name:Wu}: how's the knee?\n{name:Hope Lee}: better!! walked to {loc:Trader Joe's} on {loc:Clement St} yesterday\nDr. {name:Wu}: great, keep icing it"],
  ["sms", "{date:5/6} 7:15a From: {phone:+1-646-555-0181} 'its {name:Reggie} from the shelter, miss {name:dottie} is {age:90} today and wont eat'"],

  // insurance correspondence
  ["insurance", "Dear Ms. {name:Ortega-Vance}: we have reviewed the claim for services rendered {date:March 2-4, 2022} at {loc:Banner University Medical Center Tucson}. Member ID {id:W18830492}; claim {id:2022A0091174}. Questions: {phone:1-800-555-0192 ext. 4}."],
  ["insurance", "RE: {name:Terrence Bailey-Ngata}, Policy {id:LTC-004471-88}, DOB {date:10/10/1930}. Per the attending physician statement from Dr. {name:Imelda Santos} dated {date:the 21st of June}, the insured, now {age:ninety-one}, requires assistance with 4 of 6 ADLs."],
  ["insurance", "eob: patient {name:chase lindqvist}, date of service {date:07.19.2022}, provider {loc:mountain view orthopedics}, billed $1,420.00, allowed $612.18, your responsibility $150.00. acct {id:77820193}."],
  ["insurance", "Prior authorization {id:PA-88120447} for {name:Noor Hassan} (DOB {date:1/3/1990}) requesting adalimumab was denied on {date:Friday, August 5}. Reviewer: {name:J. Whitcombe}, RN."],
  ["insurance", "APPEAL RECEIVED {date:11 JAN 2023} FROM {name:GRANT MERCER III} RE: DENIAL OF CLAIM {id:CL-55120-0093}. MAIL DECISION TO {loc:PO BOX 30212}, {loc:SALT LAKE CITY}, {loc:UT} {loc:84130-0212}."],
  ["insurance", "Coordination of benefits: our records show {name:Ivy Castellanos} is also covered under her spouse's plan through his employer, {loc:Honeywell Aerospace} in {loc:Phoenix}. Please fax the primary EOB to {phone:866.555.0125}."],
  ["insurance", "workers comp claim {id:WC-2021-118204}, employer {loc:sysco foods of houston}, adjuster {name:brent haliburton} {phone:713-555-0157 x118}, injury date {date:3/30/21}."],
  ["insurance", "Subrogation notice: accident of {date:Memorial Day} weekend; insured {name:Roderick Faulkner-Yates}, vehicle owner {name:Tamsin Yates}, at-fault carrier claim {id:AF-7720-11934}."],

  // referral faxes
  ["fax", "FAX — {date:05/06/2021} 4:12 PM\nTo: {loc:Piedmont Heart Institute}, Attn: Dr. {name:Emeka Nwosu}\nFrom: {loc:Peachtree Family Medicine}, {phone:404-555-0183}\nRe: {name:Lillian Okafor-Price}, DOB {date:12/02/1949}, MRN {id:PFM-220413}\nReason: new AF, CHA2DS2-VASc 4."],
  ["fax", "Referral to {loc:Mayo Clinic Rochester} Neurology for {name:Ansel Bjornstad} ({age:ninety-six}), requested by Dr. {name:Leah Kowalczyk}, NPI {id:1427093385}. Pages: 7 incl. cover. Callback {phone:(507) 555-0166}."],
  ["fax", "CONFIDENTIAL FAX TO {phone:919-555-0152} FROM {loc:DUKE REGIONAL HOSPITAL} CASE MANAGEMENT. PT: {name:HOLLOWAY, CHASE D}. SSN: {id:244-60-8813}. D/C PLANNED {date:WED 3/1}."],
  ["fax", "Fax cover: if you received this in error, notify {name:Mariana Ruiz-Ochoa} at {phone:213.555.0191 ext. 330} or {contact:mruizochoa@lacdhs.org} and destroy all copies."],
  ["fax", "referral: {name:tomasz wisniewski}, 67, to {loc:university of michigan health} pulm clinic, dx copd gold 3. referring dr. {name:benjamin asare}, sent {date:6/1}."],
  ["fax", "Urgent ortho referral from {loc:Riverside Urgent Care - Smithfield} for {name:Delphine Marchetti} (DOB {date:8-14-2003} is wrong, correct DOB {date:8-14-2002}); fax back to {phone:757.555.0118}."],

  // court and school forms
  ["court-school", "IN THE CIRCUIT COURT OF {loc:COOK COUNTY}, {loc:ILLINOIS}\nIn re the Guardianship of {name:Eleanor Prudence Whitlock}, a disabled adult, age {age:ninety-two}.\nCase No. {id:2022-P-004471}. Petitioner: {name:Russell Whitlock}, {loc:818 W. Fullerton Pkwy, Unit 5}, {loc:Chicago}, {loc:IL} {loc:60614}."],
  ["court-school", "School Health Form — Student: {name:Jaylen Ortiz-Freeman} | Grade 7 | School: {loc:Roosevelt Middle School} | Parent: {name:Mercy Freeman} | Cell: {phone:602-555-0114} | Allergies: peanuts (EpiPen Jr in nurse office)"],
  ["court-school", "Court-ordered evaluation of {name:Dashawn Pryor} (Docket {id:CR-21-118830}) was performed at {loc:Western State Hospital} on {date:the 9th and 10th of March}. Examiner: {name:Helen Park-Ostrowski}, PsyD, license {id:PSY-1042}."],
  ["court-school", "athletic physical: student {name:grant a. kimura}, {loc:lincoln high school}, dob {date:3/17/08}, cleared for football by dr. {name:ray} at {loc:st. joseph's sports medicine}."],
  ["court-school", "University Health excuse note: {name:Maya Haddad} (Student ID {id:900471238}) was seen at {loc:University of Arizona Campus Health} on {date:10/4} and may return to class {date:Thursday}."],
  ["court-school", "SUBPOENA DUCES TECUM — RECORDS OF {name:WADE ALLEN PRICE}, DOB {date:06-21-1975}, FROM {loc:MEMORIAL HERMANN TEXAS MEDICAL CENTER}, DATES {date:JAN 2020} THROUGH {date:DEC 2021}. RETURN BY {date:APRIL 30}."],
  ["court-school", "IEP health addendum: {name:Liberty Nguyen-Shaw}, DOB {date:2014/09/02}, attends {loc:Wildwood Elementary} in {loc:Aurora}, {loc:CO}; T1DM on insulin pump, CGM alerts go to mother's phone {phone:720-555-0106}."],
  ["court-school", "Per {loc:Franklin County} Juvenile Court order dated {date:2/14/22}, {name:Trinity Ames} (age 15) is placed with her aunt {name:Constance Ames} at {loc:2260 Sullivant Ave}, {loc:Columbus}, {loc:OH} {loc:43204}."],

  // obituary-style family history
  ["obituary", "Family history: father {name:Augustine Mensah} died {date:May '19} at {age:93} of a stroke at {loc:Holy Name Medical Center}; mother {name:Comfort} is living, {age:ninety}, in {loc:Kumasi}, {loc:Ghana}."],
  ["obituary", "{name:Harold \"Hal\" Brightwater Jr.}, {age:97}, of {loc:Marquette}, passed peacefully on {date:Christmas morning} at {loc:Norlite Nursing Center}. He retired from {loc:Cleveland-Cliffs} after 38 years and is survived by daughters {name:Joy Lindahl} and {name:Faith Brightwater-Cole}."],
  ["obituary", "fhx: paternal grandmother {name:ruby o'neal} lived to {age:one hundred and two}, maternal uncle {name:clement} had colon ca dx at 48, sister {name:june} brca2+ tested at {loc:huntsman cancer institute} {date:aug 2018}."],
  ["obituary", "Obituary attached to chart by daughter: '{name:Beatrice Achterberg} ({date:March 3, 1928} – {date:Oct. 2, 2021}), beloved wife of the late {name:Cornelis}; services at {loc:St. Ansgar Lutheran Church}, {loc:Pella}, {loc:Iowa}.'"],
  ["obituary", "FAMILY HX: MOTHER {name:DOLORES REYES-MACIAS} ALIVE AT {age:91}, DEMENTIA, LIVES AT {loc:CASA DE LAS CAMPANAS}, {loc:SAN DIEGO}. FATHER DECEASED AGE 70, MI."],
  ["obituary", "The patient's brother, {name:Chase Okoro}, died at {loc:Grady Memorial} on {date:New Year's Day} aged 54; his son {name:Wade} is now the patient's health-care proxy ({phone:678-555-0158})."],
  ["obituary", "Decedent: {name:Ignatius Boateng}, age {age:one hundred}, DOD {date:Saturday, March 12}, place of death {loc:Hospice of the Valley}, informant {name:Abena Boateng} (daughter)."],

  // identifier in an odd position
  ["odd-position", "{name:Montgomery-Achebe}, RN: ondansetron 4 mg IV given at 0200; pt tolerated, no further emesis."],
  ["odd-position", "\"{name:Ivy}\" is what she prefers to be called (legal name {name:Ivana Petrović-Hale})."],
  ["odd-position", "Discussed with cardiology ({name:Rashid Farouk}, fellow, pager {phone:4417}), who agrees with starting a heparin drip."],
  ["odd-position", "{date:06.05.2021}: wound vac changed; {name:Hope} from {loc:Amedisys Home Health} will follow twice weekly."],
  ["odd-position", "Contact: {contact:https://www.caringbridge.org/visit/wadethibodeaux} — family updates page set up by his niece {name:Celeste}."],
  ["odd-position", "Portal login flagged from IP {contact:98.207.113.54} on {date:Sat 5/22} for account {contact:g.mercer@outlook.com}; password reset sent."],
  ["odd-position", "Pt stable overnight, no events, pain 2/10. — {name:A.K.} / {name:TJW}"],
  ["odd-position", "Lives at \"{loc:Whispering Pines}\" mobile home park, lot 14, off {loc:Highway 61} outside {loc:Tunica}."],
  ["odd-position", "MRN: {id:00-44-718-2}; DOB: {date:the 3rd of May}; PCP: Dr. {name:Hope Castellano}; Pharmacy: {loc:Costco Pharmacy Tukwila}."],
  ["odd-position", "(per {name:Grant}, charge RN) bed 12 is ready; send Mr. {name:Delgado}'s daughter up when she arrives."],
  ["odd-position", "Ages: pt {age:99}, wife 86, daughter 62, granddaughter 31 — all live together in {loc:Lubbock}."],
  ["odd-position", "'{name:Mercy}' — the name she gave triage — did not match her ID, which read {name:Mercedes Alvarado-Pike}, DOB {date:9/9/1990}."],
];

/** Clean items: the same styles with no identifier at all. */
export const DECISION_141_FIRST_CLEAN: string[] = [
  "Murphy's sign positive; RUQ ultrasound shows gallbladder wall thickening to 5 mm. Surgery consulted.",
  "pt c/o chest pain x2 days, trop neg x2, EKG NSR, Wells score 1, d-dimer not sent.",
  "Grant of coverage pending — will resubmit with updated A1c (7.9%) and BMI 41.",
  "HOPE: hypertension optimally controlled, patient engaged in plan.",
  "POD 3 s/p lap chole, tolerating regular diet, JP drain removed.",
  "HD#5: Foley removed, voiding spontaneously. Ambulating in the hall with PT.",
  "row,drug,dose,route,freq\n1,metoprolol tartrate,25 mg,PO,BID\n2,apixaban,5 mg,PO,BID\n3,atorvastatin,40 mg,PO,QHS",
  "status: active | allergy: sulfa (rash) | code: full | isolation: contact (MRSA)",
  "txt: pls take ur insulin b4 dinner & check sugar at bedtime. reply STOP to opt out",
  "Will chase the troponin at 0600 and repeat the EKG.",
  "Parkinson's disease, Hoehn and Yahr stage 2; carbidopa-levodopa 25/100 TID.",
  "Hashimoto's thyroiditis, TSH 6.2, increase levothyroxine to 88 mcg daily.",
  "Family history: mother with T2DM diagnosed at 52, father MI at 61, no known cancers.",
  "The patient is an 88-year-old widower who lives alone with a cat and ambulates with a walker.",
  "L4-L5 disc protrusion with mild foraminal narrowing; no cord compression. C5-C6 spondylosis.",
  "Insurance denied the MRI as not medically necessary; appeal letter drafted with PT notes attached.",
  "Referral fax received, 6 pages, legible; scheduling will call the patient.",
  "GCS 15, NIHSS 0, mRS 1. Gait steady, Romberg negative.",
  "Apgar 8 and 9. Birth weight 3.4 kg. Breastfeeding well, voiding and stooling.",
  "Glasgow-Blatchford score 6; Rockall 3. Start pantoprazole drip, GI aware.",
  "PRN lorazepam 0.5 mg for anxiety; max 2 doses per 24 h.",
  "bp 142/88 hr 76 spo2 97% ra temp 98.9 — will recheck in am",
  "Graves' disease in remission since 2015; off methimazole.",
  "School form: cleared for full participation in sports, no restrictions. Immunizations up to date per state registry.",
  "COURT-ORDERED EVAL COMPLETED. PATIENT COMPETENT TO STAND TRIAL. REPORT TO FOLLOW.",
  "Grandfather died at 84 of a stroke; grandmother lived to 89 with Alzheimer's.",
  "Bell's palsy, right side; started prednisone 60 mg x 5 days and valacyclovir.",
  "Babinski downgoing bilaterally, Kernig and Brudzinski negative.",
  "Cushing's triad absent. Pupils equal and reactive, 3 mm.",
  "Apley grind test positive on the left; McMurray equivocal. MRI knee ordered.",
  "Whipple procedure in 2019 for pancreatic adenocarcinoma; surveillance CT every 6 months.",
  "allergy_status: NKDA, smoker: former, pack_years: 20, quit_year: 2010",
  "Pt says 'my sugar was 300 this morning' — reinforced sick-day rules.",
  "Spoke with pharmacy re: prior auth for Ozempic; approved for 12 months.",
  "Day 2 of 7 ceftriaxone. Blood cultures NGTD at 48 h.",
  "T12 compression fracture, kyphoplasty discussed. DEXA T-score -3.1.",
  "Braden 14, Morse fall score 45 — bed alarm on, yellow socks.",
  "CHILD-PUGH B, MELD 16. CONTINUE LACTULOSE AND RIFAXIMIN.",
  "Wound 3 x 2 cm sacral stage 3, Santyl daily, turn q2h.",
  "Seen in clinic today; return in 3 months with fasting lipids.",
  "grant-funded program covers copays for insulin through the end of the year",
  "Hope is that she will tolerate extubation tomorrow; SBT this morning passed.",
  "Will hold metformin 48 h post contrast. Cr 1.1.",
  "HbA1c 6.8% (was 7.4% in 2022).",
  "Pager test message — please disregard.",
  "ABG 7.31/48/62 on 40% FiO2; BiPAP 12/5.",
  "Sinus rhythm with first-degree AV block, PR 220 ms; Mobitz I episodes overnight.",
  "Crohn's flare; started budesonide 9 mg, GI to see in the morning.",
  "Dx: Tourette's, ADHD. Meds: guanfacine ER 2 mg qhs.",
  "Addison's disease on hydrocortisone 15/5; stress-dose education given.",
  "field,value\nsmoking,never\nalcohol,socially\ndrugs,none",
  "APPT CONFIRMED. PLEASE ARRIVE 15 MIN EARLY AND BRING YOUR INSURANCE CARD AND MED LIST.",
  "Dear Member: the enclosed Explanation of Benefits is not a bill. Keep it for your records.",
  "fax cover: 4 pages incl cover. urgent — please review labs and call back today.",
  "Mercy is not what she wants — she wants full code and everything done, per family meeting.",
  "chat: nurse: any chest pain? patient: no just tired. nurse: ok rest and we'll check vitals at 2",
];

/** Decision 141's batch in corpus.json's shape, for score.ts. */
export function decision141Corpus(): Corpus {
  return { notes: DECISION_141_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_141_FIRST_CLEAN };
}
