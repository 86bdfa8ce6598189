// Decision 150's batch: synthetic US healthcare sentences in the manner of public synthetic
// de-identification test sets (short sentences and short paragraphs generated from templates or
// language models), by "an eleventh writer who had not read the guard's rules". Patient
// introductions, visit summaries, referral letters, discharge summaries, medication lists with
// prescribers, lab reports with accession numbers, insurance claims, appointment confirmations,
// caregiver contacts, social histories and imaging report headers. About a tenth in capitals and a
// tenth in lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "intro" | "visit" | "referral" | "discharge" | "medlist" | "lab" | "insurance" | "appointment" | "caregiver" | "social" | "imaging";

/**
 * Decision 150's batch: template-style US synthetic PHI sentences by an eleventh writer.
 */
export const DECISION_150_FIRST: Array<[Style, string]> = [
  // --- patient introductions ----------------------------------------------------------------
  ["intro", "Mr. {name:Desmond Okafor-Reyes}, a 72-year-old retired machinist from {loc:Beloit}, {loc:Wisconsin}, presents to {loc:Mercyhealth Hospital and Trauma Center} with three days of exertional chest pressure."],
  ["intro", "Mrs. {name:Thuy Linh Pham}, {age:94}, a former seamstress who lives with her son {name:Bao} on {loc:Carver Street} in {loc:Biloxi}, {loc:MS} {loc:39530}, was seen in clinic on {date:2/14/2023}."],
  ["intro", "{name:Evangeline Broussard} is a {age:ninety-six-year-old} Creole-speaking woman from {loc:Opelousas}, {loc:Louisiana}, admitted {date:Oct 9} for a left hip fracture; her granddaughter {name:Maëlle} interprets."],
  ["intro", "Patient: {name:Rajesh Venkataraman}, 58 M, DOB {date:04/17/1966}, MRN {id:MRN-2231907}, PCP Dr. {name:Colleen Farraday} at {loc:Edison Family Medicine}."],
  ["intro", "PT IS A {age:91 YO} MALE, {name:HAROLD J. WINTERBOTTOM}, RESIDENT OF {loc:MAPLE GLEN CARE CENTER} IN {loc:SAUK RAPIDS}, {loc:MN}, SENT IN {date:01/06} FOR ALTERED MENTAL STATUS."],
  ["intro", "ms. {name:grace nakamura-whitfield}, 34, a kindergarten teacher at {loc:lincoln elementary} in {loc:eugene}, presented {date:last tuesday} with a rash two weeks after starting lamotrigine."],
  ["intro", "Ms. {name:Ifeoma Chukwu} is a 29-year-old G2P1 who works as a nurse at {loc:Baptist Health Louisville} and relocated from {loc:Enugu} in {date:June 2019}."],
  ["intro", "Mr. {name:Tomasz Wiśniewski}, 67, a retired steelworker formerly employed by {loc:U.S. Steel Gary Works}, lives at {loc:1187 Ridge Rd}, {loc:Munster}, {loc:IN} {loc:46321}."],
  ["intro", "The patient, {name:Consuelo 'Connie' Arredondo}, age {age:ninety}, was accompanied by her nephew {name:Ruben Arredondo} (ph {phone:915-555-0182})."],
  ["intro", "Mr. {name:Ahmad Karimi}, a 45-year-old rideshare driver from {loc:Fairfax County}, {loc:Virginia}, was referred by Dr. {name:June Albrecht} on {date:5.3.24} for chronic low back pain."],
  ["intro", "{name:Chayton Red Cloud}, a 61-year-old Lakota man from {loc:Pine Ridge}, {loc:South Dakota}, was transferred from {loc:Pine Ridge IHS Hospital} to {loc:Monument Health Rapid City Hospital} on {date:08/02/2024}."],
  ["intro", "Mrs. {name:Giuseppina Russo-Calabrese}, {age:ninety-three}, widow of a {loc:Ford} assembly-line worker, lives in {loc:Dearborn Heights} with her daughter {name:Carla}."],
  ["intro", "mr. {name:bogdan ionescu} is a 55 yo truck driver for {loc:j.b. hunt} based in {loc:lowell, ar}, seen {date:7/4} after an mvc near {loc:bentonville}."],
  ["intro", "{name:Marguerite 'Peggy' Sullivan}, 81, a retired postal clerk from {loc:Worcester}, {loc:MA}, enrolled in the heart failure study on {date:1/30/2024}; portal username {contact:peggysull44}, study ID {id:HF-0217}."],
  ["intro", "Mr. {name:Óscar Ibáñez Ferrer}, {age:ninety-one years of age}, born in {loc:Zaragoza} and living in {loc:Coral Gables} since 1979, presents with progressive dysphagia to solids."],

  // --- visit summaries ----------------------------------------------------------------------
  ["visit", "Seen today {date:09/12/2024} at {loc:Kaiser Permanente Fontana Medical Center} by {name:Priya Ramaswamy}, MD. Pt {name:Luis Ocampo} (acct {id:8830-44197}) reports improved glycemic control on metformin."],
  ["visit", "Visit summary for {name:Hope Delacroix-Mbeki}, {date:Thursday, March 7, 2024}: BP 138/86, A1c 7.9%. Next visit with Dr. {name:Kwame Asante} at the {loc:Germantown} office."],
  ["visit", "Follow-up: {name:Siobhan O'Rourke} returns for recheck of the left ankle sprain she sustained at {loc:Marquette University} on {date:11/30}; x-ray negative. Seen by {name:Dawn Kessler}, PA-C."],
  ["visit", "Telehealth visit {date:2024-01-22} 14:30 via {contact:https://telehealth.ozarkcare.org/room/jlindgren}; patient {name:Jonas Lindgren} joined from home in {loc:Rolla}, {loc:MO}."],
  ["visit", "pt {name:will tran} seen in clinic {date:12/18}, c/o cough x 2 wks, afebrile, lungs clear. rtc prn. -{name:kb}"],
  ["visit", "Annual wellness visit, {date:April 2nd}. Mrs. {name:Beatrix Holloway} ({age:99 years old}) remains independent in ADLs and lives alone at {loc:22 Orchard Lane}, {loc:Stowe}, {loc:VT}."],
  ["visit", "Summary of care: {name:Kenji Matsuda}, DOB {date:1/9/1958}, was seen in the {loc:Queen's Medical Center} ED on {date:Sunday} and discharged in a walking boot; f/u Dr. {name:Leilani Kahananui} at {loc:Straub Clinic} in 1 week."],
  ["visit", "Pre-op visit {date:Dec. 12th}: {name:Anastasia Georgiou} cleared for laparoscopic cholecystectomy with Dr. {name:Ben Whitaker} at {loc:Lehigh Valley Hospital–Cedar Crest}; anesthesia consult by Dr. {name:Mukherjee}."],
  ["visit", "VISIT NOTE {date:11-14-2024}. {name:MCGILLICUDDY, FRANCIS X.} SEEN FOR DM2 FOLLOW UP. A1C 8.4. INCREASE OZEMPIC TO 1 MG WEEKLY. RTC 3 MOS WITH DR. {name:HUANG}."],
  ["visit", "Urgent care visit at {loc:MedExpress} in {loc:Morgantown}, {loc:WV} on {date:Saturday 2/10}: {name:Caleb Stutzman}, 19, inversion injury of the right ankle playing club soccer for {loc:West Virginia University}. Ottawa ankle rules negative."],
  ["visit", "Patient portal message from {name:Devon Achterberg} sent {date:2024-06-03} 21:14 from IP {contact:73.162.44.201}: asks whether he can take ibuprofen with his lisinopril."],

  // --- referral letters ---------------------------------------------------------------------
  ["referral", "Dear Dr. {name:Oyelaran},\nThank you for seeing {name:Marguerite Fontaine} (DOB {date:08-22-1951}), whom I am referring for evaluation of a 2.1 cm thyroid nodule. Please contact my office at {phone:(207) 555-0147} or fax {phone:(207) 555-0148}.\nSincerely,\n{name:Adrian Keleher}, MD\n{loc:Downeast Internal Medicine}, {loc:Ellsworth}, {loc:ME}"],
  ["referral", "Referral to {loc:Mayo Clinic} Department of Neurology, {loc:200 First St SW}, {loc:Rochester}, {loc:MN} {loc:55905}, for {name:Bartholomew Quist}, MRN {id:6610483}, re: suspected ALS. Referring provider: {name:Anika Solberg}, DO."],
  ["referral", "RE: {name:Nasrin Haddadi}; DOB {date:March 30, 1979}; Member ID {id:XHU884210377}. I am writing to request a cardiology consultation with Dr. {name:Felipe Arce} for palpitations and presyncope."],
  ["referral", "Referring clinician: {name:Mark Oduya}, NP — {loc:Sandhills Community Health}, {loc:Southern Pines}, {loc:NC}; tel {phone:910.555.0133 ext. 214}; email {contact:moduya@sandhillschc.org}."],
  ["referral", "REFERRAL: {name:OKONKWO, CHIDI} DOB {date:11/03/1988} TO {loc:UT SOUTHWESTERN} HEPATOLOGY. DX: CHRONIC HEP B. REFERRING MD {name:L. PETROSYAN}. FAX RESULTS TO {phone:214-555-0190}."],
  ["referral", "Patient {name:Ji-woo Kang} is referred to {loc:Seattle Children's} Endocrinology by Dr. {name:Ellen Marsh} ({loc:Kitsap Pediatrics}, {loc:Silverdale}, {loc:WA}; fax {phone:360-555-0109}) for short stature. Parents: {name:Min-jun} and {name:Soo-ah Kang}."],
  ["referral", "Please see {name:Stanislav Novák} (DOB {date:2/29/1956}, MRN {id:2207719-4}) for full PFTs. Referring: {name:Mariam Al-Sayed}, MD, {loc:Dearborn Pulmonary Associates}, {phone:313-555-0152}."],
  ["referral", "dear dr {name:mbeki}, i saw your patient {name:albert 'al' fontenot} today {date:nov 5} at {loc:ochsner st. anne} in {loc:raceland} for a non-healing heel ulcer. please call me at {phone:985-555-0178}. regards, {name:c. thibodeaux}, np"],

  // --- discharge summaries ------------------------------------------------------------------
  ["discharge", "DISCHARGE SUMMARY\nPatient: {name:Winifred Achterberg}   MRN: {id:00729184}\nAdmitted: {date:02/11/2024}   Discharged: {date:02/16/2024}\nAttending: {name:Rahul Banerjee}, MD\nDisposition: {loc:Lakeview Rehabilitation Hospital}, {loc:Elizabethtown}, {loc:KY}"],
  ["discharge", "The patient, a {age:102-year-old} widow, was discharged on {date:the 14th} to the care of her daughter {name:Faith Moreland} in {loc:Kingsport}, {loc:Tennessee}, with hospice to follow through {loc:Amedisys}."],
  ["discharge", "Mr. {name:Emeka Nwosu} was discharged home on {date:Jan. 4} in stable condition. He will follow up with Dr. {name:Ingrid Halvorsen} at {loc:Rush University Medical Center} on {date:1/11/25} at 9:15 AM."],
  ["discharge", "Hospital course: {name:Yolanda Ybarra} was admitted to {loc:University Medical Center of El Paso} on {date:12-24-2023} ({date:Christmas Eve}) with urosepsis, treated with ceftriaxone, and discharged {date:12/29}."],
  ["discharge", "discharged to {loc:golden living center - mountain view} on {date:5/6}. dtr {name:rosalind} aware, ph {phone:555-203-4481}. dc'd by dr {name:abernathy}."],
  ["discharge", "DISCHARGE INSTRUCTIONS for {name:Arturo Benavides} (Acct # {id:HAR-5529014}): call {loc:Valley Baptist Medical Center} at {phone:956-555-0119} for fever over 101.5; follow up with Dr. {name:Sunita Rao} in {loc:Harlingen} within 7 days."],
  ["discharge", "Discharge date: {date:September 30, 2024}. {name:Philippa Tremblay} was discharged to {loc:Brookdale Senior Living} in {loc:Burlington} with home PT from {loc:UVM Home Health & Hospice}. PCP: Dr. {name:Gretchen Whitlock}."],
  ["discharge", "Pt left AMA on {date:10/17} at 2300 after speaking with Dr. {name:Castellanos}; his brother {name:Jamal Whitfield} was notified at {phone:601-555-0113}, and {loc:Jackson} PD per protocol."],
  ["discharge", "DISCHARGED {date:04/30/2024} TO {loc:HEARTLAND HEALTH CARE CENTER - ALLENTOWN}. FOLLOW UP DR {name:PATEL, NIRAV} {date:5/7}. CALL {phone:610-555-0183} WITH QUESTIONS."],

  // --- medication lists ---------------------------------------------------------------------
  ["medlist", "Medications (reconciled {date:10/02/2024} by {name:Olga Petrenko}, PharmD):\n- Lisinopril 20 mg daily — Dr. {name:M. Gallardo}\n- Atorvastatin 40 mg qhs — Dr. {name:M. Gallardo}\n- Tamsulosin 0.4 mg qhs — Dr. {name:Bishop-Nguyen} (urology)"],
  ["medlist", "Rx: Eliquis 5 mg BID #60, RF x5. Prescriber: {name:Hamid Sadeghi}, MD, DEA {id:BS4471209}, NPI {id:1740392285}. Pharmacy: {loc:Walgreens #07321}, {loc:4410 Lemmon Ave}, {loc:Dallas}, {loc:TX}."],
  ["medlist", "Current meds per the {loc:CVS Pharmacy} on {loc:Main St} in {loc:Bangor} (ph {phone:207-555-0166}): levothyroxine 88 mcg, sertraline 50 mg, vitamin D3 2000 IU. Last fill {date:Aug 19}."],
  ["medlist", "MEDICATION LIST — {name:DELGADO, MARIA ELENA} — PRINTED {date:03/15/2024}\nMETOPROLOL SUCC 25 MG DAILY (DR. {name:FINKELSTEIN})\nFUROSEMIDE 40 MG DAILY (DR. {name:FINKELSTEIN})\nWARFARIN 5 MG DAILY, INR GOAL 2-3 ({loc:ANTICOAGULATION CLINIC - SCRIPPS LA JOLLA})"],
  ["medlist", "Insulin glargine 22 units qhs, prescribed by {name:Bill Tsosie}, FNP, at {loc:Chinle Comprehensive Health Care Facility}; refills sent to the {loc:Kayenta Health Center} pharmacy on {date:7/30}."],
  ["medlist", "Home medication list provided by wife {name:Joy Kowalczyk} ({phone:414-555-0137}): carvedilol 12.5 mg BID, spironolactone 25 mg daily, Jardiance 10 mg daily. Prescriber for all: Dr. {name:Vikram Iyer}, {loc:Aurora St. Luke's Medical Center}."],
  ["medlist", "Allergies: PCN (hives). Meds: Xarelto 20 mg daily (Dr. {name:Akintola}), Synthroid 100 mcg (Dr. {name:Reyes-Ortiz}), Januvia 100 mg (Dr. {name:Akintola}). Pharmacy: {loc:Publix Pharmacy #1142}, {loc:Ocala}, {phone:352-555-0106}."],
  ["medlist", "med list per pt {name:dolores ackerman} {date:6/27}: amlodipine 10, hctz 25, asa 81, tylenol pm prn. pcp dr {name:sweeney} at {loc:riverside family practice}."],
  ["medlist", "Discharge prescriptions e-prescribed {date:1/2/25} to {loc:Hy-Vee Pharmacy} ({loc:Ankeny}) by Dr. {name:Rebecca Solis}: apixaban 5 mg BID, metoprolol tartrate 25 mg BID."],

  // --- lab reports --------------------------------------------------------------------------
  ["lab", "LAB REPORT\nAccession: {id:S24-118372}\nPatient: {name:Carmichael, Denise R.}   DOB: {date:07/30/1962}   MRN: {id:E4420917}\nCollected: {date:05/13/2024} 07:42   Received: {date:05/13/2024} 09:10\nOrdering: {name:Tobias Wren}, MD\nPerformed at: {loc:Quest Diagnostics}, {loc:Chantilly}, {loc:VA}"],
  ["lab", "Specimen {id:CH-0093381-B} for {name:Aleksandr Volkov} received {date:Friday} at {loc:LabCorp Burlington}; potassium 6.1 (hemolyzed), redraw requested. Called to RN {name:Patty} at {phone:x4471}."],
  ["lab", "Pathology accession {id:SP-23-04417}: skin, left forearm, shave biopsy — basal cell carcinoma, nodular type. Signed out {date:11/8/2023} by {name:Anjali Deshmukh}, MD, {loc:Dermpath Diagnostics of Tampa}."],
  ["lab", "lab called critical trop 2.4 on {name:hernandez, jose} (mrn {id:3318275}) at 0215, read back to {name:t. mcallister} rn. acc# {id:h7719302}."],
  ["lab", "Blood bank: type and screen for {name:Ngozi Eze-Williams}, armband {id:BB-552918}, drawn {date:9/3} by phlebotomist {name:Rocío}; O negative, antibody screen negative."],
  ["lab", "COVID-19 PCR, accession {id:24-MOL-008812}: NOT DETECTED. Patient {name:Fatima Zahra Benali}, collected {date:2024-02-28} at the {loc:Brookline} drive-through site; result emailed to {contact:fbenali88@gmail.com}."],
  ["lab", "Hemoglobin A1c 9.2% (H) — {name:Obi, Chinedu} — collected {date:03/04/2024} — {loc:Sonora Quest Laboratories}, {loc:Tempe}, {loc:AZ} — Acc {id:SQ4410928731} — ordered by {name:Lindsey Yazzie}, FNP."],
  ["lab", "Urine drug screen for {name:Tristan Beaulieu} (ID {id:DS-0098113}), collected {date:Tues 4/23} at {loc:Concentra} in {loc:Manchester}, {loc:NH}, on behalf of employer {loc:FedEx Ground}: negative."],
  ["lab", "Newborn screen for Baby Boy {name:Yellowhorse} (mother {name:Tanisha Yellowhorse}, MRN {id:IHS-448120}) collected {date:12/27/2024}, sent to the {loc:Arizona State Public Health Laboratory}."],

  // --- insurance claims ---------------------------------------------------------------------
  ["insurance", "Claim #{id:CLM-2024-0881726} submitted to {loc:Blue Cross Blue Shield of Michigan} for {name:Dwayne Pettiford}, member ID {id:XYP449210083}, group {id:00724551}, DOS {date:04/09/2024}, CPT 99214."],
  ["insurance", "Subscriber: {name:Reginald Oyelowo}; dependent: {name:Amara Oyelowo} (DOB {date:12/01/2014}); Medicaid ID {id:OH9921840577}; plan through {loc:CareSource}; employer {loc:Honda of America Mfg.}, {loc:Marysville}, {loc:OH}."],
  ["insurance", "The EOB dated {date:June 18, 2024} shows the claim for {name:Rosemary Kittredge}'s MRI at {loc:Cape Cod Hospital} was denied for lack of prior authorization; appeal filed by {name:Lorraine Beaulieu} in billing, {phone:508-555-0175}."],
  ["insurance", "Medicare MBI {id:5TQ9-HN2-KR48}, secondary {loc:AARP Medicare Supplement} policy {id:391028847-11}; patient {name:Cornelius Vanderhoek}, {age:age 97}."],
  ["insurance", "CLAIM DENIED — PATIENT {name:LUNDQUIST, ERIK} — SSN {id:431-77-2096} — ACCT {id:00388172} — DOS {date:02/02/24} — PROVIDER {loc:ST. CLOUD HOSPITAL}."],
  ["insurance", "Workers' comp claim {id:WC-77-301948} for {name:Jesús Alcántara}, injured {date:3/11/24} while employed by {loc:Tyson Foods} in {loc:Garden City}, {loc:Kansas}; adjuster {name:Kim Stroud}, {phone:316-555-0124}, {contact:kstroud@heartlandcomp.com}."],
  ["insurance", "Prior auth request #{id:PA-4491027} to {loc:UnitedHealthcare} for Humira, patient {name:Ximena Castañeda}, member {id:919283746-01}, submitted {date:7/8/2024} by {name:Teresa} in Dr. {name:Goldfarb}'s office, fax {phone:(404) 555-0127}."],
  ["insurance", "Self-pay patient {name:Declan Murphy}; payment plan set up {date:Nov 1}, account {id:SP-330918}, billing address {loc:71 Holly St}, {loc:Quincy}, {loc:MA} {loc:02169}."],
  ["insurance", "Tricare sponsor SSgt {name:Brandon Kowalski}, DoD ID {id:1288419027}; beneficiary {name:Emily Kowalski}; sponsor stationed at {loc:Fort Cavazos}, {loc:Texas}."],

  // --- appointment confirmations --------------------------------------------------------------
  ["appointment", "Hi {name:Marcus}, this is {loc:Evergreen Dental} confirming your cleaning with Dr. {name:Haruka Ito} on {date:Mon 8/19} at 10:30 AM. Reply C to confirm or call {phone:425-555-0161}."],
  ["appointment", "Appointment confirmed: {name:Shirin Tehrani}, {date:Wednesday, November 13} at 2:15 PM, {loc:Stanford Health Care Women's Cancer Center}, {loc:900 Blake Wilbur Dr}, {loc:Palo Alto}. Bring your insurance card ({id:AET-W2290034})."],
  ["appointment", "reminder: {name:art sokolowski} has a colonoscopy {date:fri 1/10} at {loc:st. joseph's endoscopy center}, {loc:syracuse}. prep starts the day before. questions: {phone:315 555 0148}"],
  ["appointment", "Your appointment with {name:Rosalind Achebe}, LCSW, has been moved from {date:4/2} to {date:4/9}. Join at {contact:https://meet.bridgewaybh.com/r/achebe} — {loc:Bridgeway Behavioral Health}."],
  ["appointment", "MyChart: {name:Daniel Herrera-Lim}, your MRI is on {date:10/21/2024}; please arrive at 7:45 AM at {loc:Baptist Medical Center Beaches}, {loc:1350 13th Ave S}, {loc:Jacksonville Beach}, {loc:FL} {loc:32250}."],
  ["appointment", "APPT CONFIRMATION: {name:BELLAMY, JUNE} — {date:TUES 07/16} 0900 — DR {name:KAPOOR} — {loc:PINE BLUFF CARDIOLOGY ASSOCIATES} — {phone:870-555-0193}"],
  ["appointment", "{loc:Sutter Health} reminder: {name:Amir Farouk} — Dermatology, {date:Thu Oct 3} 3:40 PM, {loc:Sutter Roseville Medical Center}. To cancel, call {phone:1-916-555-0140}."],
  ["appointment", "Hello {name:Bridget}, your flu shot is scheduled at the {loc:Rite Aid} on {loc:East Market Street} in {loc:York}, {loc:PA} on {date:9/28} at 11:00."],
  ["appointment", "Confirmation #{id:RX8841-27}: {name:Leah Goldstein-Barak}, physical therapy at {loc:Athletico} {loc:Skokie}, {date:Monday the 3rd} at 5 PM with {name:Jordan}."],

  // --- caregiver contacts -------------------------------------------------------------------
  ["caregiver", "Emergency contact: {name:Tobias Hartmann} (son), {phone:(612) 555-0139} cell, {phone:(612) 555-0171} work; lives in {loc:Edina}."],
  ["caregiver", "Primary caregiver is her partner {name:Dana Whitcomb}, reachable at {phone:503-555-0102} or {contact:dana.whitcomb@protonmail.com}; backup is the neighbor, {name:Rose Ferreira}, at {loc:88 Alder Ct}."],
  ["caregiver", "HCPOA: {name:Gwendolyn Ashby-Rhodes}, daughter, {loc:4470 Peachtree Industrial Blvd, Apt 12}, {loc:Duluth}, {loc:GA} {loc:30097}; {phone:770.555.0188}."],
  ["caregiver", "caregiver {name:lupe} (granddaughter) stays nights, works days at the {loc:walmart} in {loc:las cruces}; best # {phone:575-555-0129}."],
  ["caregiver", "Mr. {name:Sung-min Park}'s wife {name:Ji-yeon} speaks limited English; their son {name:Andrew Park} ({phone:+1 213 555 0154}, {contact:apark.la@outlook.com}) is the preferred contact and works at {loc:Cedars-Sinai}."],
  ["caregiver", "Guardian: Sister {name:Mary Catherine Dolan}, {loc:Sisters of St. Joseph of Carondelet}, {loc:St. Louis}, ph {phone:314-555-0117}, for resident {name:Agnes Flaherty}, {age:100}."],
  ["caregiver", "Contacts: 1) {name:Lorenzo Bianchi} (son) {phone:718-555-0192}; 2) {name:Francesca Bianchi-Stone} (daughter) {phone:917-555-0164}, {contact:fbstone@yahoo.com}; 3) neighbor Mrs. {name:Okafor}, also in {loc:Astoria}."],
  ["caregiver", "CAREGIVER: {name:HOPE ST. CLAIR} (NIECE) {phone:555-408-3321}. PATIENT IS {age:NINETY-FOUR}, HARD OF HEARING; SPEAK TO CAREGIVER FOR SCHEDULING."],

  // --- social histories ---------------------------------------------------------------------
  ["social", "Social: Lives with husband {name:Gerald} in a two-story house in {loc:Muncie}; retired from {loc:Ball State University} as a librarian. Never smoker, 1-2 glasses of wine per week."],
  ["social", "SH: Works as a line cook at {loc:Lou Malnati's} in {loc:Evanston}; smokes 1/2 ppd; roommate {name:Chris} drives him to appointments. Moved from {loc:Guadalajara} in 2015."],
  ["social", "Social history: Mrs. {name:Wanjiru Nyambura} immigrated from {loc:Nairobi} in {date:August 2008}, attends {loc:Redeemed Christian Church of God} in {loc:Columbus}, and works nights as a CNA at {loc:Wexner Medical Center}."],
  ["social", "sh: farmer outside {loc:pierre, sd}, lives w/ wife {name:bev}, chews tobacco, drinks socially. son {name:cody} runs the feedlot in {loc:hughes county}."],
  ["social", "Patient is a veteran (USMC 1988-1992), gets care at {loc:Hines VA Hospital}, stays at the {loc:Pacific Garden Mission} shelter, {loc:1458 S Canal St}, {loc:Chicago}. Case manager {name:Latrice Bouknight}, {phone:312-555-0186}."],
  ["social", "Lives alone since her husband {name:Arvid} died on {date:Valentine's Day} last year; daughter {name:Karin Solheim} checks in by phone from {loc:Fargo}."],
  ["social", "Raised in {loc:Gallup}, {loc:New Mexico}; served in the Army; now a maintenance supervisor at {loc:Intel Rio Rancho}. Married to {name:Carmen}, two children. Denies drug use."],
  ["social", "Social hx: lives at {loc:The Willows at Harmony Hill}, {loc:Rocky Hill}, {loc:CT}; {age:98 yo} retired schoolteacher from {loc:Hartford Public High School}; son {name:Philip Danforth} visits weekly."],
  ["social", "Works remotely for {loc:Epic Systems} in {loc:Verona}; lives with wife {name:Lakshmi} and their twins in {loc:Fitchburg}, {loc:WI}; no tobacco."],

  // --- imaging report headers ---------------------------------------------------------------
  ["imaging", "CT ABDOMEN/PELVIS W CONTRAST\nPatient: {name:Fitzgerald, Brendan}   MRN: {id:MR0074219}   Acc#: {id:CT24-0031177}\nExam date: {date:01/25/2024} 16:02\nReferring: {name:Ortega, Pilar} MD\nRead by: {name:Nadia Khoury}, MD — {loc:Radiology Associates of Richmond}"],
  ["imaging", "MRI BRAIN WO/W CONTRAST — {name:Oksana Melnyk} — DOB {date:5/5/1990} — {loc:Northwestern Memorial Hospital} — Accession {id:NM-77410295} — Comparison: MRI {date:9/14/2022} at {loc:Lurie Children's}."],
  ["imaging", "XR CHEST 2 VIEWS | PT: {name:ABERNATHY, CLYDE W} | {age:92Y} M | MRN {id:0448213} | DOS {date:12/02/2024} | ORDERING: {name:R. DESAI} | SITE: {loc:MEMORIAL HERMANN KATY}"],
  ["imaging", "US RENAL, {date:Feb 3rd}, for {name:Kalani Makoa} ({id:QMC-5578123}); tech {name:BW}; compared with prior study from {loc:Kapiolani Medical Center} dated {date:11/2021}."],
  ["imaging", "Screening mammogram, bilateral: {name:Esperanza Villalobos}, accession {id:MG-2024-11873}, performed {date:the 22nd of July} at {loc:Solis Mammography}, {loc:Plano}; results sent to Dr. {name:Helen Langford}."],
  ["imaging", "ECHO REPORT — {name:Sarpong, Kofi} — {date:08/22/2024} — {loc:Piedmont Atlanta Hospital} — Sonographer: {name:T. Gunderson}, RDCS — Interpreting: {name:Ashok Menon}, MD — Acc {id:ECH-0092718}."],
  ["imaging", "cxr {date:3/1}: no acute process. compared w/ {date:1/14} film from {loc:north shore university hospital}. read by dr {name:lowenstein}. pt {name:eva rosenbaum}, mrn {id:55120938}."],
];

/** Identifier-free items in the same styles, which a careless guard might flag. */
export const DECISION_150_FIRST_CLEAN: string[] = [
  "Positive Murphy's sign; RUQ ultrasound ordered. Will reassess in the morning.",
  "History of Graves' disease, s/p RAI in 2011; on levothyroxine 112 mcg daily.",
  "Foley catheter removed at 0600; voided 350 mL at 1030.",
  "BP 142/88, HR 76, RR 16, SpO2 97% on RA. Wells score 1, PERC negative.",
  "PATIENT ADVISED TO HOLD METFORMIN FOR 48 HOURS AFTER IV CONTRAST.",
  "no acute distress. lungs cta b/l. rrr, no m/r/g. abd soft nt nd.",
  "Parkinson's disease, Hoehn and Yahr stage 2; carbidopa-levodopa 25/100 TID.",
  "Bell's palsy on the right; started prednisone 60 mg daily x 7 days and valacyclovir.",
  "Will recheck BMP in AM. Hope to transition to PO antibiotics tomorrow.",
  "Mark the operative site before transfer. Art line placed in the left radial artery without complication.",
  "Crohn's disease with ileocolonic involvement, on Stelara 90 mg every 8 weeks.",
  "Glasgow Coma Scale 15; Babinski downgoing bilaterally.",
  "Apgar scores 8 and 9 at 1 and 5 minutes; birth weight 3410 g.",
  "Swan-Ganz catheter placed; wedge 18 mmHg, cardiac index 2.1.",
  "MMSE 24/30; MoCA 21/30. Referred to the memory clinic.",
  "Hgb 9.8, Plt 143, WBC 11.2, Cr 1.4 (baseline 1.1).",
  "COPD exacerbation, GOLD group E; prednisone 40 mg x 5 days and a Z-Pak.",
  "Addison's disease on hydrocortisone 15 mg AM / 5 mg PM; stress dosing reviewed.",
  "Patient reports 2/10 pain, is ambulating in the hall with a walker, and is tolerating a regular diet.",
  "CHF, NYHA class III, EF 30%; continue Entresto 49/51 mg BID.",
  "Rx sent: amoxicillin 875 mg BID x 10 days, #20, no refills.",
  "DNR/DNI confirmed with the patient at bedside; MOLST form completed.",
  "X-ray of the right wrist shows a Colles fracture; splinted and referred to ortho.",
  "FAMILY HISTORY: MOTHER WITH BREAST CANCER AT 52, FATHER WITH MI AT 60.",
  "insulin sliding scale per protocol; fsbg 212 at 1700, 4 units lispro given.",
  "Sjögren's syndrome with sicca symptoms; on hydroxychloroquine 200 mg BID.",
  "Tinel's and Phalen's tests positive at the left wrist; EMG/NCS ordered.",
  "Whipple procedure in 2019 for pancreatic adenocarcinoma; takes Creon with meals.",
  "Lives independently, drives, manages own finances; ambulates without an assistive device.",
  "ED COURSE: 1 L NS BOLUS, ZOFRAN 4 MG IV, MORPHINE 4 MG IV. PAIN IMPROVED.",
  "CPT 99214, ICD-10 E11.65 and I10; modifier 25 applied.",
  "Member is responsible for a $40 specialist copay and 20% coinsurance after the deductible.",
  "Please arrive 15 minutes early and bring a list of your current medications and your insurance card.",
  "Nothing by mouth after midnight. Hold Eliquis for 48 hours before the procedure.",
  "Retired from the Navy after 22 years; smoked 1 ppd x 30 years, quit in 2010.",
  "Occasional alcohol, no illicit drugs; exercises three times a week.",
  "CT head without contrast: no acute intracranial hemorrhage. Mild chronic small vessel ischemic changes.",
  "IMPRESSION: 1. No acute cardiopulmonary process. 2. Stable 6 mm RUL nodule.",
  "TECHNIQUE: Axial images of the abdomen and pelvis were obtained after 100 mL Omnipaque 350.",
  "Caregiver taught to use the Hoyer lift and to check the skin for pressure injuries daily.",
  "daughter at bedside, updated on plan of care, agrees with transfer to rehab.",
  "Kernig and Brudzinski signs negative; no meningismus.",
  "Potassium 3.1, replaced with KCl 40 mEq PO x2; recheck at 1800.",
  "Pt is a 78 yo M with HTN, HLD, CKD 3b, presenting with two days of dyspnea.",
  "She is an 84-year-old woman with atrial fibrillation on warfarin, INR 2.6 today.",
  "Brown-Séquard pattern of weakness noted; MRI C-spine ordered.",
  "Reviewed the Beers criteria; discontinued diphenhydramine and oxybutynin.",
  "Sinus rhythm with first-degree AV block, PR 224 ms, QTc 452 ms.",
  "Specimen sent to the core lab in a lavender top; accession label printed at bedside.",
  "Wound vac changed, wound 3 x 2 x 1 cm, granulating, no purulence.",
  "MEDICATIONS: ASPIRIN 81 MG DAILY, METOPROLOL 25 MG BID, LIPITOR 40 MG QHS.",
  "Denies fever, chills, night sweats. ROS otherwise negative x 10 systems.",
  "Christmas disease (hemophilia B), factor IX level 3%; prophylaxis with BeneFIX twice weekly.",
  "Down syndrome; annual TSH and echocardiogram reviewed, both unremarkable.",
  "Epley maneuver performed for right posterior canal BPPV with resolution of nystagmus.",
  "Admit to telemetry; heparin drip per ACS nomogram; cardiology to see in AM.",
];

/** Decision 150's batch in corpus.json's shape, for score.ts. */
export function decision150Corpus(): Corpus {
  return { notes: DECISION_150_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_150_FIRST_CLEAN };
}
