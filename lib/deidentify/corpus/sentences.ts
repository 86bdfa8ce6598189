// Decision 113's batches: one- and two-sentence texts in the style of the public synthetic PHI
// datasets (sentences generated from templates with fake values: "Patient Maria Gonzalez, age 93,
// was admitted to St. Luke's Medical Center on 04/12/2023."), with US, UK, Canadian, Australian
// and Indian formats, names of many origins (some in lower case), ages in words, licence plates,
// IP addresses, device and health plan numbers. Written for this project (CC0, see LICENSE.md):
// every name, place, number and date is invented. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

/**
 * The nineteenth batch (decision 113's first), written before any of decision 113's rules.
 * First run: 93.3% (167/179; name 95.1%, 39/41; date 100%, 27/27; location 93.1%, 54/58; phone 90.0%,
 * 9/10; age 87.5%, 14/16; id 84.2%, 16/19; contact 100%, 8/8), precision 96.6%, 1 of 26 clean
 * sentences flagged ('Shingrix'). Missed: names in lower case ('kwame mensah', 'li na'), Canadian
 * and South African postcodes ('M5V 2T6', 'H3B 1A7', '0083'), a European street ('Via Roma 12'),
 * an Australian landline ('(02) 9555 0123'), Aadhaar and PAN numbers, a health plan number ending
 * in a letter, ages after 'is now' and before 'years' without 'old'. False findings: 'NHS',
 * 'MD' after a town, provinces and states ('Karnataka', 'Ontario', 'QC').
 */
export const DECISION_113_FIRST: string[] = [
  "Patient {name:Maria Gonzalez}, age {age:93}, was admitted to {loc:St. Luke's Medical Center} on {date:04/12/2023}.",
  "Contact Dr. {name:Ahmed Khan} at {phone:(312) 555-0198} or {contact:akhan@northwell.org}.",
  "Her address is {loc:4821 Oak Ridge Dr}, {loc:Apt 5B}, {loc:Columbus}, OH {loc:43215}.",
  "MRN: {id:00483921}; Account #: {id:7723-119-02}; SSN {id:123-45-6789}",
  "DOB: {date:March 3, 1931}",
  "The patient was seen at {loc:10 Downing Street}, {loc:London} {loc:SW1A 2AA}.",
  "For results, visit {contact:https://portal.example-health.com/patient/8821}.",
  "Mr. {name:Oluwaseun Adeyemi} is {age:ninety-two years old} and lives alone.",
  "{name:Priya Venkataraman}, a {age:92 y/o} retired teacher, reports dizziness since {date:2023-04-12}.",
  "{name:Chen Wei-Ling} was born on {date:12.04.1930} in {loc:Taipei}.",
  "Follow-up scheduled for {date:April 12th} with Dr. {name:Svetlana Petrova}.",
  "The biopsy was performed on {date:the 12th of April} at {loc:Mount Sinai Hospital}.",
  "Mrs. {name:Fatima Al-Sayed}, aged {age:91}, resides at {loc:77 Elm Street}, {loc:Springfield}, IL {loc:62704}.",
  "Vehicle license plate {id:7XKJ392} was recorded by hospital security.",
  "Login attempt from IP address {contact:192.168.14.237} flagged on the patient portal.",
  "Pacemaker serial number {id:PMX-55839201} registered to {name:José Ramírez}.",
  "Health plan beneficiary number: {id:HPB-4471-9920-X}.",
  "{name:kwame mensah} called from {phone:+233 24 555 0192} about his mother's discharge.",
  "Please fax the referral to {phone:(617) 555-0143}, attention {name:Nadia Haddad}.",
  "{name:Hiroshi Tanaka}, {age:94}, was transferred from {loc:Kyoto University Hospital} on {date:June 5, 2022}.",
  "The patient, {name:Aisha Bello-Okafor}, gave her email as {contact:aisha.bello88@gmail.com}.",
  "Call {name:Rahul Sharma} on {phone:+91 98765 43210} regarding the MRI report.",
  "Ms. {name:Zanele Dlamini} lives at {loc:15 Jacaranda Avenue}, {loc:Pretoria} {loc:0083}.",
  "Address: {loc:221B Baker Street}, {loc:London} {loc:NW1 6XE}, United Kingdom.",
  "He is a {age:97-year-old} veteran treated at the {loc:Hines VA Hospital}.",
  "The {age:103 yo} woman from {loc:Tulsa}, Oklahoma was admitted on {date:1/23/2024}.",
  "Date of admission: {date:15/08/2023}; date of discharge: {date:22/08/2023}.",
  "Insurance policy no. {id:BCX 448 201 976} expires {date:31 Dec 2025}.",
  "{name:Dmitri Volkov}'s daughter, {name:Anastasia}, can be reached at {phone:647-555-0188}.",
  "The Medicare number {id:2345 67890 1} was verified by {name:Grace O'Connor}.",
  "Ms. {name:Nguyen Thi Lan} was discharged to {loc:Sunrise Senior Living} in {loc:Garden Grove}, CA {loc:92840}.",
  "Patient ID {id:PT-20931-A} was assigned on {date:Feb 14, 2021}.",
  "{name:Carlos Eduardo Mendoza}, age {age:95}, presented to the emergency department at {loc:Hospital General de México}.",
  "She was seen by Dr. {name:Mei-Ling Zhou} at {loc:Vancouver General Hospital} on {date:March 8th}.",
  "Device identifier {id:UDI 00844588003288} was logged for the insulin pump.",
  "{name:Olga Kowalczyk} (DOB {date:07/19/1928}) was seen in clinic today.",
  "{name:Tariq Mahmood} was taken to the {loc:Royal London Hospital}, {loc:Whitechapel Road}, {loc:London} {loc:E1 1FR}.",
  "The patient's NHS number is {id:943 476 5919}.",
  "Her son {name:Arjun} lives in {loc:Bengaluru}, Karnataka {loc:560034}.",
  "Aadhaar number {id:4567 8901 2345} was provided at registration.",
  "PAN card {id:ABCPV1234D} was used for the billing record.",
  "The patient's Social Insurance Number is {id:046 454 286}.",
  "Health card number {id:1234-567-890-AB} (Ontario) was checked at triage.",
  "{name:Amara Nwosu}, aged {age:ninety-four}, lives with her granddaughter in {loc:Houston}.",
  "Appointment confirmed for {date:Tuesday, 14 March 2023} at 10:30 am.",
  "Seen on {date:3rd January 2024} by Dr {name:Siobhan Murphy}, {loc:Mater Hospital}, {loc:Dublin}.",
  "Emergency contact: {name:Lucia Fernández}, {phone:+34 612 345 678}.",
  "Send the records to {contact:records@stmarys-clinic.co.uk} by {date:Friday 5th May}.",
  "{name:Yusuf Ibrahim} was admitted to {loc:Aga Khan University Hospital}, {loc:Nairobi}, on {date:2022-11-30}.",
  "Account number {id:0012-8845-3390} has an outstanding balance.",
  "The patient {name:li na} was seen at {loc:Peking Union Medical College Hospital}.",
  "Paramedics brought the patient from {loc:1450 Maple Avenue}, {loc:Toronto}, ON {loc:M5V 2T6}.",
  "She celebrated her {age:90th birthday} on {date:July 4th} with family in {loc:Savannah}.",
  "{name:Ravi Patel}, {age:91 years}, was referred by Dr. {name:Anjali Desai} on {date:05-06-2023}.",
  "Visit {contact:www.lakeviewcardiology.com} or call {phone:1-800-555-0199}.",
  "{name:Bogdan Nowak}'s driver's license number is {id:D1234-56789-01234}.",
  "Patient {name:Sofia Rossi}, {age:100}, resides at {loc:Via Roma 12}, {loc:Milano}.",
  "Dr. {name:Kenji Watanabe} can be reached on pager {phone:4471}.",
  "The lab results from {date:Sept. 9} were forwarded to {name:Hannah Schmidt}, RN.",
  "She moved from {loc:Lagos} to {loc:Manchester} in 2019 and lives at {loc:8 Princess Road}, {loc:M14 5AB}.",
  "{name:Mohammed Al-Farsi}, a {age:96-yr-old} male, was seen at {loc:Cleveland Clinic Abu Dhabi}.",
  "Encounter number {id:ENC-2023-004418} dated {date:10/31/2023}.",
  "Email the discharge summary to {contact:t.wisniewski@medcare.pl}.",
  "{name:Guadalupe Hernández} (phone {phone:555-867-5309}) missed her appointment on {date:Monday}.",
  "The patient lives on {loc:Rue Sainte-Catherine} in {loc:Montréal}, QC {loc:H3B 1A7}.",
  "Admitted {date:Dec 25th, 2022}, discharged {date:Jan 2nd, 2023}.",
  "{name:Abebe Girma}, {age:98}, of {loc:Silver Spring}, MD was brought in by his son {name:Dawit}.",
  "She is {age:ninety-nine} and still drives to {loc:Walmart} on {loc:Route 9}.",
  "Ms. {name:Hye-jin Park} works at {loc:Samsung Medical Center} in {loc:Seoul}.",
  "Hearing aid serial no. {id:HA77120934} was issued to {name:Mateo Silva} on {date:08/15/2021}.",
  "Contact the clinic on {phone:(02) 9555 0123} or {contact:info@harbourmedical.com.au}.",
  "{name:Ewa Zielinska} was born {date:4 February 1932} and is now {age:91}.",
];

/** Identifier-free sentences written with the nineteenth batch, in the same style. */
export const DECISION_113_FIRST_CLEAN: string[] = [
  "Patient reports chest pain radiating to the left arm for 3 weeks.",
  "Started metformin 500 mg twice daily and lisinopril 10 mg once daily.",
  "MRI showed disc herniation at L4-L5 with mild compression of the L5 nerve root.",
  "Glasgow Coma Scale 14/15 on arrival; NIHSS score 4.",
  "Positive Murphy's sign and elevated bilirubin; ultrasound consistent with cholecystitis.",
  "History of Hodgkin lymphoma treated in 2009 with ABVD chemotherapy.",
  "Blood pressure 142/88 mmHg, heart rate 96 bpm, SpO2 94% on room air.",
  "Diagnosed with Parkinson's disease in 2015; on carbidopa-levodopa 25/100 mg three times daily.",
  "Wells score 2, D-dimer 0.8 mg/L FEU; CT pulmonary angiogram negative.",
  "Apgar scores were 8 and 9 at one and five minutes.",
  "Fracture of the C6 vertebral body without cord involvement; Philadelphia collar applied.",
  "Hemoglobin A1c 8.2% in 2021, improved to 7.1% after adding empagliflozin 10 mg.",
  "The patient denies fever, chills, or night sweats over the past 2 months.",
  "Crohn's disease managed with infliximab 5 mg/kg every 8 weeks.",
  "Chest X-ray showed Kerley B lines and bilateral pleural effusions.",
  "Administered 2 units of packed red blood cells for a hemoglobin of 6.8 g/dL.",
  "Follow-up in 6 weeks with a repeat lipid panel and liver function tests.",
  "Tinel's sign and Phalen's test positive on the right; nerve conduction study ordered.",
  "Smoked one pack per day for 30 years, quit in 2010.",
  "Eczema flares worsen during winter; continue hydrocortisone 1% cream twice daily.",
  "Guillain-Barré syndrome was considered but CSF protein was normal.",
  "She was vaccinated against influenza in 2022 and received the Shingrix series.",
  "Gleason score 3+4=7 on biopsy; PSA 6.4 ng/mL.",
  "Mini-Mental State Examination score 26/30; clock drawing normal.",
  "Admitted for 5 days with community-acquired pneumonia, treated with ceftriaxone and azithromycin.",
  "Warfarin dose adjusted to 5 mg daily for an INR of 1.7; recheck in 1 week.",
];

/** Decision 113's batches in corpus.json's shape, for score.ts. */
export function sentencesCorpus(which: "first" | "all" = "all"): Corpus {
  const notes = which === "first" ? DECISION_113_FIRST : [...DECISION_113_FIRST];
  const clean = which === "first" ? DECISION_113_FIRST_CLEAN : [...DECISION_113_FIRST_CLEAN];
  return { notes: notes.map((marked) => parseFragment("synthetic", marked)), clean };
}
