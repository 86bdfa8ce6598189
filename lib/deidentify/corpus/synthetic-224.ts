// Short synthetic US clinical sentences in the manner of public LLM-generated de-identification
// benchmarks: one or two sentences each on admissions, clinic visits, discharges, referrals, pharmacy
// calls, labs, imaging, billing, insurance checks, consent, research enrolment, transport, notes to
// file, quoted speech, field lists, contacts and portal messages. They are by "a thirty-first writer
// who had not read the guard's rules", whose habits are: opening on the patient's full name with a
// middle initial and an appositive (age, trade, home town); em dashes between clauses; "MRN",
// "Acct. No." and "Health Plan ID" or "HPID" before record numbers; phone and fax numbers in every US
// format (parentheses, dots, spaces, a leading +1, "ext" or "x" extensions); dates in every format,
// ISO and day-month-year as often as slashed; notes to file signed with a slash and initials ("/PR").
// About 15% are in capitals and 15% in lower case.
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
  | "pharmacy"
  | "lab"
  | "imaging"
  | "billing"
  | "insurance"
  | "consent"
  | "research"
  | "transport"
  | "note-to-file"
  | "quote"
  | "list"
  | "contact"
  | "portal";

/**
 * The batch of decision 224: short synthetic US clinical sentences with PHI, in the manner of public
 * LLM-generated de-identification benchmarks, by a writer who had not read the guard's rules.
 */
export const DECISION_224_FIRST: Array<[Style, string]> = [
  ["admission", "{name:Marcus T. Whitfield}, a {age:94-year-old} retired machinist from {loc:Toledo}, {loc:Ohio}, was admitted to {loc:ProMedica Toledo Hospital} on {date:03/14/2021} with a hip fracture — MRN {id:4471920}."],
  ["admission", "On {date:March 14, 2021}, {name:Ysolde K. Marchbanks} (DOB {date:7/2/1949}) was brought by her grandson {name:Tobin} to {loc:St. Vincent Mercy Medical Center} for confusion and a UTI; he can be reached at {phone:(419) 555-0132}."],
  ["admission", "{name:DEMETRIUS A. OKONKWO-REILLY}, A 71-YEAR-OLD BUS DRIVER FOR {loc:SEPTA}, WAS ADMITTED TO {loc:TEMPLE UNIVERSITY HOSPITAL} ON {date:14-MAR-2021} — MRN {id:T-0092215}; ACCT. NO. {id:55-1029384}."],
  ["admission", "Admitted {date:2022-11-03} under Dr. {name:Lucas Ferreira-Tan}: {name:Winifred P. Osei}, a {age:ninety-one-year-old} widow living at {loc:Brookdale Sandy Springs}, with pneumonia; HPID {id:AET-771204419}."],
  ["admission", "pt {name:roscoe d. villanueva}, 58, from {loc:las cruces}, {loc:nm}, admitted to {loc:memorial medical center} {date:3/14/21} for dka — mrn {id:mmc 3308817}."],
  ["admission", "{name:Hannelore B. Stavros}, an 89-year-old former librarian from {loc:Duluth}, {loc:Minnesota}, was admitted to {loc:Essentia Health St. Mary's Medical Center} on {date:the 14th of March} after fainting at the {loc:Duluth Public Library}."],
  ["clinic", "Seen {date:Tuesday, 9/6/22} in the {loc:Cleveland Clinic Strongsville} family health center: {name:Oluwaseun R. Adebayo-Kline}, 44, MRN {id:CC8820193}, for a BP check; next visit with {name:Dana Whitcomb}, PA-C, in {date:December}."],
  ["clinic", "{name:Bertram J. Haskell}, a {age:102-year-old} World War II veteran, was seen by Dr. {name:Anjali Deshmukh} at the {loc:VA Ann Arbor Healthcare System} on {date:1 Feb 2023} — he told her, \"I plan to see {age:103}.\""],
  ["clinic", "MS. {name:FRANCESCA L. DIMAGGIO} SEEN {date:06/21/2023} FOR ANNUAL PHYSICAL; CALL {phone:516-555-0171} WITH LAB RESULTS."],
  ["clinic", "Wound clinic visit {date:2023-08-15}: {name:Ezekiel N. Mapother} of {loc:Bangor}, {loc:Maine}, 67, diabetic foot ulcer smaller — photos filed under encounter {id:ENC-20230815-4471}; seen with his wife {name:Corinne}."],
  ["clinic", "{name:Thi Lan Nguyen-Harper}'s well-child visit at {loc:Lurie Children's Pediatrics at Uptown} was on {date:May 3rd}; mom {name:Kim} asked Dr. {name:Obregón} about the 18-month vaccines."],
  ["discharge", "{name:Cordelia M. Fairbairn}, {age:aged 95}, was discharged from {loc:Mercy Hospital St. Louis} on {date:4/9/2022} to {loc:Friendship Village Chesterfield}; follow-up with Dr. {name:Raymond Okafor} — tel {phone:314-555-0129}."],
  ["discharge", "DISCHARGED {date:2021-03-14}: {name:STANISLAW J. KOWALCZYK}, MRN {id:8830-4417}, HOME WITH VNA SERVICES."],
  ["discharge", "Discharge summary for {name:Quentin R. Abernethy} dictated {date:3/14/21} by Dr. {name:Helena Brightwater}."],
  ["discharge", "she left {loc:jefferson} on {date:sunday the 14th} — {name:philippa o. mensah-grant}, acct {id:JH44019283}, discharged to her son {name:kwame}'s place at {loc:2210 s. 17th st}."],
  ["referral", "Referral: {name:Ignatius P. Oyelowo}, DOB {date:11-Jan-1957}, to Dr. {name:Mireille Duchamp} for a lung nodule — questions to {contact:referrals@nhfamilymed.org}."],
  ["referral", "Please see {name:Lavinia S. Ortega-Bright}, 33, at {loc:Banner University Medical Center Tucson} high-risk OB — her Health Plan ID is {id:AZC-004417719}, and her husband {name:Mateo} prefers calls at {phone:+1 520 555 0161}."],
  ["referral", "ref to {loc:spaulding rehab} for {name:dorothea v. kasprzak}, {age:ninety-two}, after stroke {date:3/2}; dr {name:feinstein} says bed likely {date:fri}."],
  ["pharmacy", "Rx sent {date:2/14/2024} to {loc:Walgreens #4471} on {loc:Monroe St}, {loc:Toledo}, for {name:Marcus T. Whitfield}: apixaban 2.5 mg BID; prescriber Dr. {name:Priya Raman}, DEA {id:BR5520193}."],
  ["pharmacy", "{name:Gianna F. Castellucci}'s insulin pens were picked up {date:the 2nd of March} by her neighbor {name:Doris Pelletier}."],
  ["pharmacy", "PHARMACY CALLBACK: {name:ALFONSO R. BETANCOURT}, {age:93 YO}, DUPLICATE METOPROLOL ORDERS — {loc:KROGER PHARMACY} {loc:MURFREESBORO} {phone:615-555-0177}; SPOKE WITH {name:TRACY}, RPH, {date:8/30/23}."],
  ["lab", "Specimen {id:SP-21-0314-0081} for {name:Adaeze C. Nwankwo} (MRN {id:2290417}) was collected {date:14-Mar-2021} at the {loc:Labcorp} patient service center in {loc:Webster}; potassium 6.2 was called to Dr. {name:Hollis}."],
  ["lab", "INR 3.8 on {date:2021-03-14} — {name:Edmund J. Radcliffe} was told by {name:Sue Ann}, RN, at {loc:Marshfield Clinic} anticoagulation to hold tonight's warfarin; recheck {date:Tues}."],
  ["lab", "newborn screen for baby girl {name:yazzie} (mom {name:darlene yazzie}) collected {date:3/14/21} 0600 at {loc:northern navajo medical center}, kit {id:nm-nbs-2104471}."],
  ["imaging", "CT ABDOMEN/PELVIS FOR {name:LEOPOLDO M. GARZA}, {age:AGE 90}, DONE AT {loc:CHRISTUS SPOHN HOSPITAL CORPUS CHRISTI} ON {date:MARCH 14, 2021} — ACCESSION {id:CSP-RAD-0314-221}; READ BY DR. {name:NKECHI OBI}."],
  ["imaging", "{name:Rosemary T. Quinlan} had her mammogram at {loc:Solis Mammography} {loc:Plano} on {date:the 20th of June}; the callback for extra views was left at {phone:972.555.0108} and emailed to {contact:rtquinlan@sbcglobal.net}."],
  ["imaging", "MRI BRAIN {date:10/05/2022}, {name:DESMOND K. ACHTERBERG}, MRN {id:0047712}, {loc:OHSU} — SCANNER SERIAL {id:SIEMENS-PRISMA-166204}; NO ACUTE INFARCT."],
  ["billing", "Statement mailed {date:5/1/23} to {name:Harriet E. Lindgren}, {loc:PO Box 448}, {loc:Stillwater}, {loc:OK} {loc:74076} — Acct. No. {id:SMC-7710293}, balance $1,284.60."],
  ["billing", "Billing note: {name:Reginald T. Osei-Bonsu} disputes the {date:2023-01-17} ER charge; he says he was billed as {name:Reginald T. Osei} with SSN ending {id:0931}; call {phone:(804) 555-0190} after 5 PM."],
  ["billing", "guarantor {name:patrice l. thibodeaux}, employer {loc:entergy}, {loc:lafayette}, {loc:la}; acct {id:LGH-0088213}, payment plan $75/mo starting {date:04/01/2024}."],
  ["billing", "Per {name:Kendra} in patient accounts at {loc:Intermountain LDS Hospital}: claim {id:CLM-2021-0314-7781} for {name:Anders P. Solberg} was resubmitted {date:14 March 2021} with modifier 59."],
  ["insurance", "MEDICARE MBI {id:3XK7-UE2-PT41} VERIFIED FOR {name:CLARENCE O. WHITTAKER}, {age:AGE 97}, ON {date:2/28/2023} BY {name:L. MARQUEZ}; SUPPLEMENT {loc:MUTUAL OF OMAHA} POLICY {id:MOO-3310482}."],
  ["insurance", "{name:Jun-ho Baek}'s {loc:Anthem Blue Cross} member ID {id:XEB448190221} ended {date:the 31st of December}; his employer, {loc:Boeing} in {loc:Everett}, says new coverage starts {date:Jan 1}."],
  ["consent", "I, {name:Marguerite A. Vollmer}, consent to a left total knee arthroplasty by Dr. {name:Stephen Obuya} at {loc:Rush University Medical Center} on {date:04/18/2023}. Witness: {name:Paula Nkemelu}, RN."],
  ["consent", "Consent for release of information signed {date:2022-09-12} by {name:Jerome D. Hathaway}; records to go by fax to {phone:757-555-0124}."],
  ["consent", "Because {name:Ottoline Bracegirdle}, {age:98}, lacks capacity, consent for the PEG was obtained by phone from her HCP, nephew {name:Ambrose Bracegirdle}, at {phone:(802) 555-0157} on {date:the 14th of March}; witnessed by {name:J. Oduya}, RN."],
  ["consent", "CONSENT FOR BLOOD TRANSFUSION: PATIENT {name:LAMONT B. PRICE} REFUSES ON RELIGIOUS GROUNDS; ELDER {name:TRAVIS KINGSLEY} OF {loc:KINGDOM HALL OF JEHOVAH'S WITNESSES}, {loc:GASTONIA}, PRESENT; {date:11/02/21}."],
  ["consent", "telehealth consent given verbally {date:3/14/21} by {name:sunniva h. eriksen} from her home in {loc:fargo}, {loc:nd}; visit id {id:TH-90021884}; ip {contact:24.117.83.201}."],
  ["research", "{name:Cornelius W. Abara}, 62, was enrolled in the heart failure registry on {date:March 14, 2021} as subject {id:HF-REG-0447}."],
  ["research", "Screen failure logged {date:2023-06-01}: {name:Dolores A. Finnegan}, {age:91}, is over the age limit for the study at {loc:Mayo Clinic Rochester}; PI Dr. {name:Reinholt} told by email at {contact:reinholt.kurt@mayo.edu}."],
  ["research", "research coordinator {name:tavish mcbride} called {name:hyacinth o. boateng} at {phone:404.555.0119} on {date:14-mar-21} to book her week-12 visit at {loc:emory winship}; subject # {id:EW-2217}."],
  ["research", "Biobank sample {id:BB-001-44719} from {name:Rutger V. Haakonsen} (MRN {id:5502918}) was withdrawn on {date:the 9th of August} at his request; a confirmation letter was mailed the same day."],
  ["transport", "A {loc:Lifeline Ambulance} crew transported {name:Evangeline S. Moreau}, {age:93}, from {loc:Sunrise of Shaker Heights} to {loc:University Hospitals Cleveland Medical Center} on {date:3/14/2021}; trip {id:LLA-21-03140077}."],
  ["transport", "MEDICAL TRANSPORT BOOKED FOR {name:ISAIAH P. COLEMAN} — PICKUP {date:FRI 4/7} 7:15 AM AT {loc:3920 MAGNOLIA AVE}, {loc:MEMPHIS}, {loc:TN} {loc:38111}; {loc:MODIVCARE} CONFIRMATION {id:MVC-880123}."],
  ["transport", "Air transfer of {name:Tallulah J. Redcloud} from {loc:Pine Ridge IHS Hospital} to {loc:Monument Health Rapid City Hospital} by {loc:Black Hills Life Flight} on {date:2021-03-14}, tail number {id:N911BH}."],
  ["note-to-file", "Note to file, {date:03/15/2021}: {name:Marcus T. Whitfield}'s daughter, {name:Renata Whitfield-Pope}, called from {loc:Ann Arbor} at {phone:734-555-0166} to ask why her father's MRN {id:4471920} is on a letter addressed to someone else. /{name:PR}"],
  ["note-to-file", "NTF: the voicemail left {date:Tuesday} for {name:Gloria E. Ybarra} at {phone:210-555-0103} went to her old number — correct cell is {phone:210-555-0187} per her son {name:Ruben}. /{name:kl}"],
  ["note-to-file", "NOTE TO FILE {date:14MAR2021}: CHART FOR {name:WALLACE Q. BIRNBAUM}, {age:AGE 96}, REVIEWED WITH DR. {name:OYELARAN}; POA PAPERWORK FROM {loc:HENDERSON & LOWE LLP} SCANNED. /{name:TM}"],
  ["note-to-file", "Note to file: patient {name:Soraya N. Haddadi} asked that her records no longer be shared with {loc:Kaiser San Leandro}; request logged {date:2022-07-19} under ticket {id:HIM-22-07719}."],
  ["quote", "\"My father is {age:ninety-three} and he still drives to {loc:Hy-Vee} every morning,\" said {name:Colleen Brandt-Oyelaran} when asked about {name:Harold R. Brandt}'s independence on {date:March 14}."],
  ["quote", "{name:Annika J. Solheim} told the triage nurse, \"I fell on the ice outside {loc:Our Savior's Lutheran} in {loc:Sioux Falls} on {date:Sunday} and my wrist has been swollen since.\""],
  ["quote", "\"call my wife {name:bernadette} at {phone:308-555-0142}, not the house phone,\" {name:harlan w. kučera} said on arrival to {loc:great plains health} {date:3/14/21}."],
  ["quote", "Per Dr. {name:Iman Saleh}: \"Mr. {name:Pemberton}'s {date:Jan 3} echo at {loc:Sutter Roseville} showed an EF of 30%, so hold off on the knee surgery.\""],
  ["list", "Patient: {name:Marcus T. Whitfield}; DOB: {date:1926-08-02}; Age: {age:94}; MRN: {id:4471920}; Address: {loc:1187 Sylvania Ave}, {loc:Toledo}, {loc:OH} {loc:43612}; Phone: {phone:(419) 555-0132}."],
  ["list", "Emergency contacts — 1) {name:Yvette Lamarre} (daughter), {phone:504-555-0138}; 2) {name:Clement Lamarre} (son), {phone:504.555.0151}; 3) Fr. {name:Dominic Ashe}, {loc:St. Louis Cathedral}, {phone:504-555-0199 x204}."],
  ["list", "PT: {name:OPAL V. MCALLISTER} | DOB {date:02/29/1932} | {age:AGE 91} | {loc:HIGHLAND HOSPITAL}, {loc:ROCHESTER} | ACCT {id:HH-00917734} | PCP DR. {name:FITZGERALD}"],
  ["list", "Allergies reviewed with {name:Benedikt O. Amankwah} on {date:14-Mar-2021}: penicillin (hives), latex; pharmacy {loc:Hy-Vee Pharmacy} {loc:Ankeny} {phone:515-555-0120}; MRN {id:MG-220417}."],
  ["contact", "Emergency contact for {name:Pilar S. Echevarría}: wife {name:Dolores Echevarría}, {phone:(787) 555-0124}, {loc:Calle Luna 214}, {loc:San Juan}, {loc:PR} {loc:00901}."],
  ["contact", "HCP on file is {name:Theophilus A. Grange}'s longtime friend {name:Marvin Ostrowski}, cell {phone:313-555-0117}."],
  ["contact", "next of kin: {name:wilhelmina o. achebe}, {age:90}, mother, lives w/ pt at {loc:4 cobblestone ct}, {loc:frederick}, {loc:md} {loc:21702}; landline {phone:301 555 0188}."],
  ["portal", "MyChart message from {name:Darius F. Kamara} on {date:3/14/21} 9:12 PM: \"Dr. {name:Lindqvist}, my sugar was 412 after dinner, should I go to {loc:Sparrow Hospital}?\" — routed to on-call."],
  ["portal", "Portal account {contact:jmcallister1931} for {name:Juniper McAllister}, {age:92}, was accessed from IP {contact:98.207.11.64} on {date:2023-04-02}; proxy access granted to her grandson {name:Finn}, {contact:finn.mcallister@icloud.com}."],
  ["admission", "Transfer accepted {date:the 14th of March, 2021}: {name:Lorraine D. Kowalski}, 81, intubated for ARDS — callback {phone:715-555-0193}."],
  ["clinic", "Telephone encounter {date:Wed 3/15}: {name:Abdirahman Y. Farah} says his cough is better but he needs a work note for {loc:JBS}."],
  ["discharge", "Discharge to hospice was arranged for {name:Seraphina D. Oakes}, {age:ninety-seven}, on {date:March 14, 2021} by the MSW; a {loc:Hospice of the Western Reserve} nurse will visit her at home that evening."],
  ["lab", "Pathology {id:S21-04471} from {name:Garrison L. Pyle}'s colonoscopy at {loc:Dayton Gastroenterology} on {date:2/26/21} shows a tubular adenoma; letter mailed {date:3/14/21}; Dr. {name:Whitlock}."],
  ["billing", "ITEMIZED BILL REQUESTED BY {name:CONSTANCE R. ABERNATHY-SHAW} ({phone:818.555.0174}) FOR ACCT {id:CSMC-44019872}; SERVICES {date:1/3/23}-{date:1/9/23} AT {loc:CEDARS-SINAI}."],
  ["insurance", "Prior authorization {id:PA-2021-118304} was approved by {loc:Highmark} for {name:Fenella J. Rourke}'s MRI on {date:March 16}; member ID {id:HMK882201947}; reference given to {name:Jess} at {phone:412-555-0135 x7}."],
  ["consent", "Interpreter {name:Khadija Warsame} (ID {id:INT-0442}) interpreted Somali for the surgical consent of {name:Hodan A. Abdi} on {date:2021-03-14} at {loc:Hennepin Healthcare}."],
  ["research", "The enrolment visit for {name:Thaddeus C. Moreland} in the COPD inhaler trial at {loc:National Jewish Health}, {loc:Denver}, was on {date:14 March 2021}; his study card lists subject {id:NJH-COPD-0318} and the 24-hour line {phone:303-555-0100}."],
  ["transport", "Patient {name:Ignacio R. Valdés}, {age:aged 92}, was taken by {loc:Care Ambulance} from {loc:Kaiser Permanente Downey Medical Center} to his daughter's home on {date:3/14/21}; PCS form signed by Dr. {name:Huang}."],
  ["note-to-file", "note to file {date:2021-03-14}: faxed {name:lucinda p. gorham}'s immunization record to the {loc:westfield middle school} nurse at {phone:413-555-0176} per mom's request; mrn {id:bmc-203318}. /{name:jd}"],
  ["quote", "Her husband {name:Dwight} wrote on the intake form, \"{name:Maureen} has not been herself since we moved to {loc:The Villages} in {date:October}.\""],
  ["list", "Visit summary — Patient: {name:Kofi A. Mensah}; Provider: {name:Elise Bernard}, NP; Location: {loc:MinuteClinic} at {loc:Target}, {loc:Edina}; Date: {date:03/14/2021}; Rx: azithromycin Z-pak."],
  ["contact", "Please text {name:Bao Tran Nguyen}'s caregiver, {name:Linh}, at {phone:714.555.0192}; she rarely checks email at {contact:linh.nguyen.ca@gmail.com} and works days at {loc:Saigon Bakery} on {loc:Bolsa Ave}."],
  ["portal", "{name:Adelheid}, your {date:March 22} appointment with Dr. {name:Moritz Vogel} at {loc:Froedtert Menomonee Falls Hospital} is confirmed — manage it at {contact:https://mychart.froedtert.com} or call {phone:262.555.0111}."],
  ["admission", "ED ARRIVAL {date:03/14/21} 23:40: {name:RAYMOND J. ST. CLAIR}, {age:AGE 100}, FROM {loc:THE GARDENS AT WESTON} — FAX FROM FACILITY {phone:954-555-0165}; MRN {id:CCF-0019282}."],
  ["clinic", "{name:Ngozi E. Abernathy}'s twins were seen {date:14-Mar-2021} for strep testing; mom's cell {phone:614-555-0142}."],
  ["referral", "REFERRAL SENT {date:2023-05-09} TO {loc:SHRINERS CHILDREN'S PORTLAND} FOR {name:EZRA M. LOCKWOOD}, DOB {date:10/10/2015}; REFERRING PROVIDER DR. {name:HANNA BJORK}, NPI {id:1093817264}."],
  ["pharmacy", "Prior auth for Ozempic denied {date:3/14/21} for {name:Marisela Q. Duarte}; appeal letter drafted."],
  ["lab", "COVID PCR positive for {name:Wendell H. Oyelaran}, collected {date:2020-12-24} at the {loc:Dodger Stadium} site, lab {loc:Curative}, barcode {id:CUR-8830217745}; reported to {loc:LA County DPH}."],
  ["imaging", "Dr. {name:Suresh Kalidindi} read {name:Pearl A. Whitmore}'s DEXA from {date:14 Mar 2021} at {loc:Billings Clinic} as osteoporosis; results were mailed to her home."],
  ["billing", "Refund check #{id:004417} for $62.10 was sent to {name:Evander P. Ogunleye} on {date:April 2, 2021} and came back undeliverable from {loc:1402 Cherry St Apt 3B}, {loc:Kansas City}, {loc:MO} {loc:64108}."],
  ["insurance", "eligibility check {date:3/14/21}: {name:roosevelt m. jenkins}, {loc:humana} gold plus id {id:H44719203}, copay $0."],
  ["research", "Withdrawal of consent arrived by email from {contact:g.tremblay55@videotron.ca} — {name:Gaston L. Tremblay}, participant {id:MEM-0092} in the memory study at {loc:Boston University Alzheimer's Disease Research Center}, {date:2022-02-17}."],
  ["transport", "Stretcher transport to {loc:Villa Las Palmas Healthcare Center} was delayed {date:the 14th} because {name:Ofelia Ruiz-Gamboa}'s family had not signed the facility agreement."],
  ["note-to-file", "Note to file: on {date:14 March 2021} I took a call from a man who said he was {name:Clifford Ames}, asking about {name:Helena Ames}' admission; nothing was disclosed because he is not on her release. — Dr. {name:R. Okafor}"],
  ["quote", "\"I was born in {loc:Tupelo} and I've been a patient of Dr. {name:Weems} since before you were born,\" said {name:Lottie B. Fairchild}, {age:ninety-six}, at her {date:14-Mar-21} visit to {loc:North Mississippi Medical Center}."],
  ["list", "Dx: CHF; Pt: {name:Omar F. Haddad}; Room 412 ({loc:Beaumont Royal Oak}); Adm: {date:3/14/21}; Cardiologist: Dr. {name:Teodora Ilic}; pager {phone:248-555-0133}; HPID {id:BCBSM-XYH551029}."],
  ["admission", "{name:Marisol P. Vega-Trujillo}, a 36-year-old teacher at {loc:Lincoln Elementary} in {loc:Pueblo}, {loc:Colorado}, was admitted to {loc:Parkview Medical Center} on {date:3/14/21} with appendicitis."],
  ["consent", "photography consent: {name:anneke s. de vries} agreed on {date:march 14} that photos of her burn may be used for teaching at {loc:regions hospital burn center}, faces excluded; witnessed by {name:k. halvorsen}, rn."],
  ["contact", "Mail came back from {loc:77 Harbor View Rd}, {loc:Gloucester}, {loc:MA} {loc:01930}; the new address for {name:Salvatore J. Lomonaco} is c/o his sister {name:Rita}, {loc:15 Pleasant St}, {loc:Rockport}."],
  ["portal", "SECURE MESSAGE FROM {name:DEANDRE L. WATKINS}: \"MY MOM {name:EARLINE} IS {age:94} AND SHE FELL AGAIN LAST {date:SATURDAY}, CAN DR. {name:BOATENG} CALL ME AT {phone:601-555-0168}?\""],
  ["billing", "A collections hold was placed {date:3/14/2021} on Acct. No. {id:55-1029384} ({name:Demetrius A. Okonkwo-Reilly}) while {loc:Keystone First} reviews the claim; agent {name:Shonda}, ext. {phone:4471}."],
  ["research", "{name:Imogen R. Tate}, 27, agreed to be contacted for future studies by the {loc:University of Utah} registry; preferred contact {contact:imogen.tate@utah.edu} or {phone:801-555-0179}; enrolled {date:2021-03-14}."],
  ["transport", "ambulance report: {name:otis v. greenlee}, {age:91}, found on floor at {loc:1120 n. main st}; taken by {loc:guilford county ems} medic 7 to {loc:high point medical center} {date:3/14/21} 0212; pcr {id:GCEMS-21-0314-0057}."],
  ["note-to-file", "Late entry for {date:March 13, 2021}: spoke with {name:Lorna K. Whitfield} (sister-in-law of {name:Marcus T. Whitfield}) at {phone:+1 (419) 555-0109}; she confirmed his dentures were left at {loc:Kingston Residence of Sylvania}. /{name:PR}"],
  ["clinic", "Dr. {name:Adaeze Okoro} saw {name:Fitzgerald M. Boyle}, {age:95}, at his home in {loc:Brighton}, {loc:Colorado} on {date:2021-03-14} as part of the {loc:UCHealth} house-calls program."],
  ["discharge", "the patient, {name:cosmo a. benedetti}, was discharged to {loc:hebrew senior care} on {date:14-mar-2021} for long-term care."],
  ["lab", "A1c 9.8% for {name:Delphine R. Okeke} drawn {date:3/14/21}; results faxed to Dr. {name:Gupta} at {phone:(312) 555-0198}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_224_FIRST_CLEAN: string[] = [
  "The patient, a 74-year-old retired machinist, was admitted with a hip fracture; orthopedics plans ORIF within 24 hours.",
  "An 89-year-old woman was admitted overnight with confusion and a UTI — ceftriaxone 1 g IV daily started.",
  "ADMITTED WITH DKA: GLUCOSE 612, ANION GAP 28, BETA-HYDROXYBUTYRATE 7.4; INSULIN DRIP PER PROTOCOL.",
  "pt is a 58 y/o m w/ hx of t2dm, htn and ckd stage 3b, admitted for dka after running out of insulin.",
  "Seen for a BP check: 142/88 on lisinopril 20 mg; increase to 40 mg and recheck in 4 weeks.",
  "Wound clinic: diabetic foot ulcer 2.1 x 1.4 cm, down from 3.0 x 2.2 cm — continue the offloading boot.",
  "Discharged to skilled nursing after 6 days; apixaban 2.5 mg BID, furosemide 40 mg daily, follow up in 1-2 weeks.",
  "DISCHARGE DIAGNOSES: 1) COMMUNITY-ACQUIRED PNEUMONIA 2) ACUTE KIDNEY INJURY, RESOLVED 3) DELIRIUM.",
  "Referral to cardiology for a new grade 3/6 systolic murmur; echo ordered; Wells score 0.",
  "please see for lung nodule 1.2 cm rul, spiculated; pet-ct ordered; 40 pack-year history.",
  "Rx: apixaban 2.5 mg twice daily, #60, five refills — dose reduced for age 80 and creatinine 1.6.",
  "Insulin glargine 22 units at bedtime plus lispro sliding scale; pens picked up by a neighbor.",
  "Potassium 6.2 on repeat, not hemolyzed; EKG with peaked T waves; calcium gluconate 1 g given.",
  "INR 3.8 — hold tonight's warfarin, resume 5 mg tomorrow, recheck in 3 days.",
  "CT abdomen/pelvis: 8 mm obstructing stone at the right UVJ with mild hydronephrosis.",
  "MRI BRAIN: NO ACUTE INFARCT. SCATTERED T2/FLAIR HYPERINTENSITIES, FAZEKAS GRADE 2.",
  "Mammogram BI-RADS 0; additional views and ultrasound recommended.",
  "Balance of $1,284.60 after insurance; patient enrolled in a 12-month payment plan at $107.05 per month.",
  "CLAIM RESUBMITTED WITH MODIFIER 59 AND CPT 99214; ICD-10 E11.65.",
  "billing note: pt disputes er charge, level 5 visit billed; itemized bill requested.",
  "Prior authorization approved for 12 sessions of physical therapy; copay $40 per visit.",
  "Medicare Part D coverage gap reached; patient assistance program application started.",
  "Consent obtained for left total knee arthroplasty; risks including infection, DVT and nerve injury discussed.",
  "CONSENT FOR BLOOD TRANSFUSION DECLINED; PATIENT HAS CAPACITY; HEMATOLOGY CONSULTED FOR ALTERNATIVES.",
  "telehealth consent obtained verbally; patient located at home during the visit.",
  "The patient, 62, was enrolled in the heart failure registry: baseline NYHA class III, EF 25%, NT-proBNP 3,410.",
  "Screen failure: exclusion criterion 4 (eGFR below 30); no study procedures performed.",
  "week-12 visit completed; no adverse events; study drug compliance 96% by pill count.",
  "Transported by ALS ambulance, GCS 14, BP 98/60, 2 L nasal cannula; no events en route.",
  "WHEELCHAIR VAN BOOKED FOR DIALYSIS THREE TIMES A WEEK, PICKUP AT 6:15 AM.",
  "Note to file: the patient's belongings (dentures, glasses, hearing aid) were inventoried and placed in a labeled bag.",
  "note to file: voicemail left, no callback yet; will try again tomorrow afternoon.",
  "\"I've had this cough for three weeks and it's worse at night,\" the patient said; no fever, no hemoptysis.",
  "The patient stated, \"I'm 84 and I've never been in a hospital before.\"",
  "Allergies: penicillin (hives), sulfa (rash), latex; no known food allergies.",
  "Vitals: T 38.4, HR 112, BP 94/58, RR 24, SpO2 89% on room air; qSOFA 2.",
  "Emergency contact is the patient's wife, who is aware of the admission and will visit after work.",
  "Health care proxy is the patient's nephew; the form is scanned into the chart.",
  "Portal message: patient reports a glucose of 412 after dinner — advised to go to the emergency department.",
  "your appointment is confirmed; please arrive 15 minutes early and bring a list of your medications.",
  "Family history: father died at 89 of a stroke; mother had breast cancer at 55; no early cardiac deaths.",
  "SOCIAL HISTORY: WIDOWED, LIVES ALONE, QUIT SMOKING IN 1998 AFTER 30 PACK-YEARS, NO ALCOHOL.",
  "Newborn screen collected at 26 hours of life; birth weight 3,215 g; Apgars 8 and 9.",
  "Pathology: tubular adenoma, 6 mm, no high-grade dysplasia; repeat colonoscopy in 7 years.",
  "COVID PCR positive; isolation for 5 days; Paxlovid not prescribed because of an interaction with amiodarone.",
  "DEXA T-score -2.9 at the femoral neck; start alendronate 70 mg weekly with calcium and vitamin D.",
  "hospice referral accepted; comfort medications ordered: morphine 5 mg sl q2h prn, lorazepam 0.5 mg prn.",
  "The patient, an 88-year-old veteran, uses a walker and lives with his daughter; PT recommends home with 24-hour supervision.",
  "Interpreter used for the consent discussion; teach-back confirmed understanding.",
  "PCR FOR C. DIFF NEGATIVE; CONTINUE CONTACT PRECAUTIONS UNTIL DIARRHEA HAS RESOLVED FOR 48 HOURS.",
  "Glasgow Coma Scale 15, NIHSS 0; Babinski absent bilaterally; plan for an outpatient Holter monitor.",
  "a1c 9.8%, up from 8.1% in 2019; start metformin er 1000 mg and recheck in 3 months.",
  "Swan-Ganz placed: PCWP 24, CI 1.8 — dobutamine 2.5 mcg/kg/min started.",
  "Room 412, bed B; Morse fall risk score 45; bed alarm on.",
  "PHQ-9 score 14, GAD-7 score 11; sertraline 50 mg started with follow-up in 4 weeks.",
  "the patient was born in 1940 and served in the army from 1958 to 1962; no combat exposure.",
];

/** Decision 224's batch in corpus.json's shape, for score.ts. */
export function decision224Corpus(): Corpus {
  return { notes: DECISION_224_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_224_FIRST_CLEAN };
}
