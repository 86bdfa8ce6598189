// Synthetic US healthcare sentences modelled on the public LLM-generated de-identification test sets
// in their most ordinary form: one or two plain sentences each about admissions, clinic visits,
// discharges, referrals, prescriptions, labs, imaging, billing, insurance, reminders, emergency
// contacts, portal messages and social or family history. They are by "a thirty-third writer who had
// not read the guard's rules", whose habits are the generator's usual ones: tidy title-case English,
// first-and-last names with "Dr." before clinicians, slashed MM/DD/YYYY dates with some "Month D,
// YYYY" and an occasional ISO date, phones written "(617) 555-01xx", "MRN" and "DOB" in brackets or
// after a colon, whole addresses in the "street, city, ST ZIP" order, emails built as first.last at a
// mail provider, ages as "age 93" or "a 92-year-old", and payer names set just before member IDs.
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
  | "rx"
  | "lab"
  | "imaging"
  | "billing"
  | "insurance"
  | "reminder"
  | "contact"
  | "portal"
  | "history";

/**
 * The batch of decision 232: synthetic one- and two-sentence US healthcare texts with PHI, in the
 * plain form typical of LLM-generated de-identification benchmarks.
 */
export const DECISION_232_FIRST: Array<[Style, string]> = [
  ["admission", "Patient {name:Margaret Ellison}, a 67-year-old female (DOB {date:02/14/1957}), was admitted to {loc:Massachusetts General Hospital} on {date:03/22/2024} with community-acquired pneumonia. Her MRN is {id:40918273} and her attending physician is Dr. {name:Rajesh Patel}."],
  ["admission", "{name:Harold Jenkins}, age {age:93}, was admitted to {loc:Baptist Memorial Hospital} in {loc:Memphis}, {loc:TN} on {date:January 8, 2023} after a fall at home. His daughter, {name:Linda Jenkins-Moore}, can be reached at {phone:(901) 555-0148}."],
  ["admission", "On {date:11/02/2023}, Dr. {name:Emily Nakamura} admitted {name:Carlos Mendoza} (MRN: {id:77204518}) to the cardiac step-down unit at {loc:Cedars-Sinai Medical Center} for evaluation of chest pain."],
  ["admission", "Ms. {name:Aisha Bello}, 34, presented to the emergency department at {loc:Grady Memorial Hospital} on {date:07/19/2022} with severe abdominal pain. She lives at {loc:1425 Peachtree Street NE}, {loc:Atlanta}, {loc:GA} {loc:30309}."],
  ["admission", "{name:Robert 'Bobby' Kowalski} was admitted on {date:2024-05-06} under account number {id:ACC-5582019} for management of diabetic ketoacidosis. Admitting physician: Dr. {name:Sandra Whitfield}, {loc:Northwestern Memorial Hospital}."],
  ["admission", "A {age:91-year-old} woman, {name:Dorothy Fairbanks}, was admitted from {loc:Sunrise Senior Living} in {loc:Naperville}, {loc:IL} on {date:March 3, 2024} with altered mental status and a urinary tract infection."],
  ["admission", "Patient {name:Nguyen Van Thanh} (MRN {id:31120987}, DOB {date:09/09/1980}) was transferred from {loc:Valley Regional Hospital} to {loc:Dartmouth-Hitchcock Medical Center} on {date:12/15/2023} for neurosurgical evaluation."],
  ["admission", "{name:Jessica Tran} was admitted to the labor and delivery unit at {loc:Kaiser Permanente Roseville Medical Center} on {date:August 21, 2023} at 39 weeks gestation. Her husband {name:Michael Tran} is listed as her emergency contact at {phone:(916) 555-0172}."],
  ["admission", "Admission date: {date:04/30/2024}. Patient: {name:Samuel O'Connor}, 58 years old, MRN {id:66019344}, SSN {id:604-21-7738}, admitted to {loc:Mount Sinai Hospital} for elective right total knee arthroplasty by Dr. {name:Leah Goldstein}."],
  ["clinic", "Dr. {name:Angela Brooks} saw {name:Thomas Whitaker} in the {loc:Cleveland Clinic} internal medicine clinic on {date:10/12/2023} for a follow-up of hypertension. His blood pressure was 138/86 and his next appointment is scheduled for {date:01/11/2024}."],
  ["clinic", "{name:Maria Gonzalez}, a 45-year-old female, was seen at {loc:Family Health Center of Worcester} on {date:June 5, 2024} for persistent cough. She was evaluated by nurse practitioner {name:Kevin O'Brien}."],
  ["clinic", "During her visit on {date:02/28/2024}, {name:Eleanor Whitmore}, age {age:96}, told Dr. {name:Benjamin Cho} that she still lives independently in her home on {loc:Maple Avenue} in {loc:Dubuque}, {loc:Iowa}."],
  ["clinic", "Patient {name:David Kim} (DOB: {date:05/17/1972}, MRN: {id:88213047}) presented to {loc:Stanford Health Care Primary Care} in {loc:Palo Alto}, {loc:CA} on {date:09/03/2023} complaining of lower back pain."],
  ["clinic", "Mr. {name:Jamal Washington} was seen by Dr. {name:Priya Sharma} at {loc:UPMC Presbyterian} on {date:March 14, 2024}. He reports good adherence to his HIV regimen and his viral load remains undetectable."],
  ["clinic", "Follow-up visit for {name:Olivia Bennett} on {date:08/08/2023} at {loc:Boston Children's Hospital}; her mother, {name:Rachel Bennett}, reports the asthma is better controlled. Contact: {contact:rachel.bennett@gmail.com}."],
  ["clinic", "{name:Frank Russo}, a {age:90-year-old} retired firefighter from {loc:Staten Island}, {loc:NY}, was seen by geriatrician Dr. {name:Helen Park} on {date:11/20/2023} for memory concerns."],
  ["clinic", "{name:Wei Zhang} attended his annual physical at {loc:One Medical}, {loc:455 Market Street}, {loc:San Francisco}, {loc:CA} {loc:94105}, on {date:January 16, 2024}. Provider: Dr. {name:Laura Mitchell}, MD."],
  ["clinic", "Patient {name:Hannah Schultz}, MRN {id:50227189}, was evaluated in the {loc:Mayo Clinic} dermatology department in {loc:Rochester}, {loc:MN} on {date:04/02/2024} for a changing mole on her left shoulder."],
  ["discharge", "{name:Linda Carter} was discharged from {loc:Johns Hopkins Hospital} on {date:06/14/2023} following a laparoscopic appendectomy. She should follow up with Dr. {name:Marcus Reed} in 2 weeks; clinic phone {phone:(410) 555-0136}."],
  ["discharge", "Discharge summary: Patient {name:George Albright}, {age:94 years old}, MRN {id:12098345}, was discharged to {loc:Maplewood Nursing and Rehabilitation Center} in {loc:Bridgeport}, {loc:CT} on {date:02/09/2024}."],
  ["discharge", "{name:Ana Lucia Ferreira} (DOB {date:12/01/1988}) was discharged home on {date:May 2, 2024} from {loc:St. Luke's Hospital}. Home health services will be provided by {loc:Amedisys}; call {phone:(816) 555-0193} with questions."],
  ["discharge", "Mr. {name:Daniel Hughes} was discharged on {date:10/27/2023} after treatment for congestive heart failure exacerbation. Follow-up appointment with cardiologist Dr. {name:Nadia Rahman} at {loc:Ochsner Medical Center} on {date:11/03/2023} at 9:30 AM."],
  ["discharge", "Patient {name:Betty Lou Harper}, age {age:101}, was discharged from {loc:Providence St. Vincent Medical Center} in {loc:Portland}, {loc:Oregon} on {date:01/05/2024} with hospice care arranged through {loc:Providence Hospice}."],
  ["discharge", "{name:Kevin Murphy} was discharged on {date:2023-09-18}; his discharge medications were reviewed with his wife, {name:Siobhan Murphy}, who can be reached at {phone:(617) 555-0155} or {contact:siobhan.murphy@yahoo.com}."],
  ["discharge", "Discharged: {date:07/07/2024}. Patient: {name:Isabella Rossi}, MRN {id:99034172}. Discharging physician: Dr. {name:Anthony Caruso}, {loc:Hackensack University Medical Center}."],
  ["discharge", "{name:Raymond Foster}, an 89-year-old veteran, was discharged from the {loc:VA Palo Alto Health Care System} on {date:December 12, 2023} and will return to his apartment at {loc:780 Alma Street, Apt 4B}, {loc:Palo Alto}, {loc:CA} {loc:94301}."],
  ["referral", "Dr. {name:Steven Walsh} of {loc:Lakeside Family Practice} is referring {name:Patricia Nguyen} (DOB {date:07/22/1965}) to Dr. {name:Olivia Grant}, a rheumatologist at {loc:Hospital for Special Surgery}, for evaluation of joint pain. Fax referral to {phone:(212) 555-0147}."],
  ["referral", "Referral: {name:Christopher Lee}, MRN {id:44871920}, to {loc:Memorial Sloan Kettering Cancer Center} for further management of newly diagnosed lymphoma. Referring provider: Dr. {name:Julia Hernandez}, NPI {id:1659382047}."],
  ["referral", "Please schedule {name:Evelyn Simmons}, a {age:92-year-old} female, with the cardiology department at {loc:Duke University Hospital} in {loc:Durham}, {loc:NC}. Her son, {name:Mark Simmons}, prefers to be contacted at {phone:(919) 555-0129}."],
  ["referral", "{name:Amir Hassan} was referred on {date:01/29/2024} by Dr. {name:Karen Liu} to the sleep clinic at {loc:University of Michigan Health} in {loc:Ann Arbor}."],
  ["referral", "Referral sent on {date:February 20, 2024} for {name:Grace Oduya} to physical therapy at {loc:ATI Physical Therapy} in {loc:Naperville}, {loc:IL}; authorization number {id:PA-2024-0887312}."],
  ["referral", "Dr. {name:Richard Stone} requests a gastroenterology consultation for {name:Sofia Martinez} (MRN {id:20398471}) at {loc:Baylor University Medical Center} in {loc:Dallas}, {loc:TX}. Contact the referring office at {phone:(214) 555-0183}."],
  ["referral", "Behavioral health referral for {name:Tyler Brooks}, age 17, to Dr. {name:Monica Alvarez} at {loc:Seattle Children's Hospital}; parent contact {name:Jennifer Brooks}, {contact:jbrooks82@outlook.com}."],
  ["referral", "{name:Ruth Abramowitz}, age {age:98}, has been referred to palliative care by her primary care physician, Dr. {name:Alan Feldman} of {loc:Beth Israel Deaconess Medical Center}, on {date:05/13/2024}."],
  ["rx", "Prescription for {name:Michael Johnson} (DOB {date:03/11/1975}): atorvastatin 40 mg by mouth once daily, 90 tablets, 3 refills. Prescribed by Dr. {name:Susan Taylor}, DEA number {id:BT4829103}, on {date:04/18/2024}."],
  ["rx", "{name:Rebecca Stein} picked up her prescription for sertraline 50 mg at {loc:Walgreens}, {loc:2200 N Clark St}, {loc:Chicago}, {loc:IL} {loc:60614} on {date:09/25/2023}."],
  ["rx", "Dr. {name:Jonathan Pierce} sent an e-prescription for amoxicillin 500 mg three times daily for 10 days to {loc:CVS Pharmacy} in {loc:Tampa}, {loc:FL} for patient {name:Lily Chen}, DOB {date:06/30/2016}."],
  ["rx", "Refill request received on {date:12/04/2023} from {name:Edward Sullivan}, age 78, for warfarin 5 mg. His INR checks are managed by the anticoagulation clinic at {loc:Lahey Hospital & Medical Center}."],
  ["rx", "Patient {name:Fatima Ali}, Rx number {id:6028814}, was dispensed insulin glargine 100 units/mL on {date:March 8, 2024} at {loc:Kroger Pharmacy} in {loc:Columbus}, {loc:OH}. Prescriber: Dr. {name:Neil Kapoor}."],
  ["rx", "Prior authorization for adalimumab was approved on {date:02/15/2024} for {name:Brandon Hill}, {loc:UnitedHealthcare} member ID {id:918273645}. The medication will be shipped by {loc:CVS Specialty} to his home address."],
  ["rx", "Dr. {name:Catherine Moore} prescribed metformin 1000 mg twice daily to {name:Luis Ramirez} (MRN {id:73019284}) on {date:11/09/2023} and sent it to {loc:Rite Aid} on {loc:Broad Street}, {loc:Philadelphia}, {loc:PA}."],
  ["rx", "Controlled substance prescription for oxycodone 5 mg issued to {name:Anthony Greco} by Dr. {name:Marie Dubois} on {date:08/01/2023}; state PDMP reviewed, patient account {id:4410-2287-19}."],
  ["lab", "Lab results for {name:Sarah Mitchell} (MRN {id:30018294}), collected on {date:05/20/2024} at {loc:Quest Diagnostics} in {loc:Dallas}: hemoglobin A1c 7.9%, fasting glucose 162 mg/dL."],
  ["lab", "Specimen ID {id:LC-5539201847} for {name:Karen Williams} (DOB {date:08/14/1959}) was received by {loc:LabCorp} in {loc:Burlington}, {loc:NC} on {date:April 3, 2024}. Ordering physician: Dr. {name:Paul Becker}."],
  ["lab", "Pathology report for {name:Emma Thompson}, age 52, accession {id:S24-18832}, from {loc:Brigham and Women's Hospital}: invasive ductal carcinoma, grade 2. Reviewed by Dr. {name:Rachel Friedman} on {date:03/19/2024}."],
  ["lab", "{name:Stanley Goldberg}, {age:97 years old}, had a complete blood count drawn at home on {date:10/10/2023} by a phlebotomist from {loc:BioReference Laboratories}; results faxed to {phone:(201) 555-0119}."],
  ["lab", "COVID-19 PCR test for {name:Jacob Martinez} collected {date:2023-01-04} at {loc:CityMD}, {loc:14 W 14th St}, {loc:New York}, {loc:NY} {loc:10011}: not detected. Results sent to {contact:jacob.martinez91@gmail.com}."],
  ["lab", "Thyroid panel for {name:Megan O'Neill} on {date:07/11/2024} showed TSH 0.12 mIU/L; Dr. {name:Victor Nunez} will call her at {phone:(505) 555-0177} to discuss."],
  ["lab", "Blood cultures for patient {name:Walter Brown}, MRN {id:55820193}, collected at {loc:UCHealth University of Colorado Hospital} in {loc:Aurora}, {loc:CO} on {date:12/28/2023}, grew Staphylococcus aureus."],
  ["imaging", "CT scan of the chest for {name:Gregory Palmer} (DOB {date:04/04/1961}) performed on {date:02/02/2024} at {loc:Penn Medicine Radiology} showed a 1.2 cm nodule in the right upper lobe. Interpreted by Dr. {name:Ava Collins}."],
  ["imaging", "MRI of the brain for {name:Rose Delgado}, age {age:90}, accession number {id:RAD-20394857}, was completed on {date:September 15, 2023} at {loc:Houston Methodist Hospital}."],
  ["imaging", "Screening mammogram for {name:Jennifer Lopez-Harris} on {date:06/06/2024} at {loc:Solis Mammography}: BI-RADS 2, benign findings. Results letter mailed to {loc:3310 Preston Rd}, {loc:Plano}, {loc:TX} {loc:75093}."],
  ["imaging", "Dr. {name:Nathan Brooks} reviewed the lumbar spine x-ray for {name:Patrick Doyle}, MRN {id:61029384}, obtained on {date:03/05/2024} at {loc:Intermountain Medical Center} in {loc:Murray}, {loc:Utah}."],
  ["imaging", "Ultrasound of the abdomen for {name:Chloe Anderson} performed on {date:January 22, 2024} at {loc:Riverside Imaging Center}; report sent to her obstetrician, Dr. {name:Miriam Cohen}, fax {phone:(757) 555-0105}."],
  ["imaging", "Echocardiogram performed on {date:08/29/2023} for {name:Arthur Pendleton}, a {age:99-year-old} male, at {loc:Hartford Hospital} showed an ejection fraction of 40%."],
  ["imaging", "DEXA scan for {name:Barbara Klein} (DOB {date:10/19/1950}) at {loc:Virginia Mason Medical Center} in {loc:Seattle}, {loc:WA} on {date:05/01/2024} showed osteopenia; Dr. {name:Samuel Ortiz} ordered follow-up in 2 years."],
  ["billing", "Billing statement for patient {name:Jonathan Reyes}, account number {id:8820147735}, for services at {loc:Tampa General Hospital} on {date:04/11/2024}. Amount due: $1,245.60. Please remit to {loc:PO Box 30211}, {loc:Tampa}, {loc:FL} {loc:33630}."],
  ["billing", "Patient {name:Nicole Adams} called the billing office on {date:01/08/2024} about a duplicate charge on account {id:5502-7781}. She can be reached at {phone:(480) 555-0131}."],
  ["billing", "Claim number {id:CLM-2023-884712} for {name:Victor Alvarez}, date of service {date:09/14/2023}, was denied by {loc:Cigna}. Resubmission handled by billing specialist {name:Dana Whitley}."],
  ["billing", "Guarantor: {name:Thomas Bradley} (father), SSN {id:521-44-8812}, {loc:4420 Oak Ridge Drive}, {loc:Knoxville}, {loc:TN} {loc:37919}. Patient: {name:Ethan Bradley}, age 12, account {id:7710294}."],
  ["billing", "Financial assistance application for {name:Maria Santos} was approved on {date:March 27, 2024} by the patient financial services department at {loc:Jackson Memorial Hospital} in {loc:Miami}, {loc:FL}."],
  ["billing", "Invoice {id:INV-009348} was mailed to {name:Harold Finch} at {loc:22 Birch Lane}, {loc:Concord}, {loc:NH} {loc:03301} for an ambulance transport by {loc:AMR} on {date:12/19/2023}."],
  ["billing", "Payment of $250.00 received on {date:06/03/2024} from {name:Carol Jensen} for account {id:660193482} at {loc:Sanford Health Fargo Medical Center}; confirmation sent to {contact:carol.jensen@hotmail.com}."],
  ["billing", "Account {id:93018274} for {name:Eugene Parker}, age 72, was transferred to collections on {date:02/01/2024}; his daughter, {name:Susan Parker}, is the responsible party."],
  ["insurance", "Insurance verification for {name:Rachel Green}: {loc:Blue Cross Blue Shield of Illinois}, member ID {id:XOF884019273}, group number {id:0047112}. Coverage effective {date:01/01/2024}."],
  ["insurance", "Mr. {name:William Scott}, age {age:91}, has Medicare as primary insurance (MBI {id:5TQ8-KR2-WX61}) and an {loc:AARP} Medicare Supplement plan as secondary, policy number {id:448102937}."],
  ["insurance", "{loc:Aetna} member {name:Jasmine Patel}, ID {id:W284019374}, was seen on {date:10/05/2023}; copay of $40 collected by front desk staff member {name:Luis Ortega}."],
  ["insurance", "Medicaid ID {id:98201744A} for {name:Destiny Robinson} (DOB {date:01/15/2001}) was verified on {date:03/12/2024} through the {loc:Ohio Department of Medicaid} portal."],
  ["insurance", "Patient {name:Samuel Green} is covered under {loc:Kaiser Permanente} health plan number {id:000123987645}; subscriber is his wife, {name:Alicia Green}, employed by {loc:Intel Corporation} in {loc:Hillsboro}, {loc:Oregon}."],
  ["insurance", "Workers' compensation claim {id:WC-884203} for {name:Derek Simmons}, injured on {date:07/17/2023} at {loc:Home Depot} in {loc:Marietta}, {loc:GA}; adjuster {name:Paula Henderson}, {phone:(770) 555-0152}."],
  ["insurance", "{loc:Humana} Gold Plus HMO member {name:Lorraine Baxter}, age 76, member ID {id:H48120395}, requires prior authorization for home oxygen; request faxed on {date:05/22/2024} to {phone:(502) 555-0187}."],
  ["insurance", "TRICARE beneficiary Sgt. {name:Marcus Webb}, DoD ID {id:1283049576}, was seen at {loc:Naval Medical Center San Diego} on {date:02/14/2024}."],
  ["insurance", "{loc:Cigna} denied coverage for {name:Allison Price}'s MRI on {date:11/30/2023}; appeal letter prepared by Dr. {name:Ravi Menon}, reference number {id:APL-55019283}."],
  ["reminder", "Reminder: {name:Jennifer Walsh} has an appointment with Dr. {name:Mark Thompson} at {loc:Lakewood Family Medicine} on {date:06/18/2024} at 10:30 AM. Please call {phone:(303) 555-0114} to reschedule."],
  ["reminder", "Hello Mr. {name:Oscar Delgado}, this is a reminder of your colonoscopy on {date:Tuesday, July 9, 2024} at {loc:Sutter Endoscopy Center}, {loc:2800 L Street}, {loc:Sacramento}, {loc:CA} {loc:95816}."],
  ["reminder", "Appointment confirmation sent to {contact:amanda.kerr@icloud.com} for {name:Amanda Kerr}'s annual wellness visit on {date:08/12/2024} with Dr. {name:Sophia Lee}."],
  ["reminder", "Your flu shot is due, {name:Beatrice Holloway}. Please visit the {loc:Walgreens} at {loc:100 Main Street}, {loc:Bangor}, {loc:ME} {loc:04401} or call {phone:(207) 555-0161}."],
  ["reminder", "This is a reminder that {name:Henry Clark}, age 84, is scheduled for a home visit from {loc:Visiting Nurse Service of New York} on {date:04/25/2024} between 9 AM and 12 PM."],
  ["reminder", "Dear {name:Sofia Russo}, your follow-up appointment at {loc:Yale New Haven Hospital} Heart and Vascular Center is on {date:March 4, 2024}. Patient portal: {contact:https://mychart.ynhh.org}."],
  ["reminder", "Text reminder to {phone:(602) 555-0109}: {name:Kyle Morgan}, your lab appointment at {loc:Banner Health} in {loc:Phoenix} is tomorrow, {date:05/15/2024}, at 7:45 AM. Fast after midnight."],
  ["contact", "Emergency contact for {name:Patricia Young}: her husband, {name:Richard Young}, {phone:(614) 555-0126}, residing at {loc:1802 Maple Grove Ave}, {loc:Columbus}, {loc:OH} {loc:43215}."],
  ["contact", "Next of kin for {name:Albert Weiss}, age 88, is his niece, {name:Deborah Kaplan}, who lives in {loc:Boca Raton}, {loc:Florida}. Her email is {contact:dkaplan1964@aol.com} and her cell is {phone:(561) 555-0138}."],
  ["contact", "The patient, {name:Li Wei}, listed her roommate {name:Kimberly Hayes} as her emergency contact at {phone:(206) 555-0157}, and her employer as {loc:Amazon} in {loc:Seattle}, {loc:Washington}."],
  ["contact", "Please contact {name:Joanne Mercer}, daughter of {name:Walter Mercer}, at {phone:(860) 555-0121} or {contact:joanne.mercer@comcast.net} regarding his transfer to {loc:Hebrew Senior Care} in {loc:West Hartford}."],
  ["contact", "Emergency contact updated on {date:01/31/2024} for {name:Diego Herrera}: mother {name:Rosa Herrera}, {loc:512 Cedar Street}, {loc:El Paso}, {loc:TX} {loc:79901}, phone {phone:(915) 555-0190}."],
  ["contact", "Legal guardian for {name:Noah Fischer} (DOB {date:11/11/2010}) is his grandmother, {name:Ingrid Fischer}, who can be reached at {phone:(414) 555-0102}."],
  ["portal", "Patient portal message from {name:Laura Bennett} on {date:04/08/2024}: 'Dr. {name:Gupta}, I have had a headache for three days and my blood pressure is 150/95. Should I come in?'"],
  ["portal", "Secure message sent to {contact:michael.obrien@gmail.com} on {date:02/19/2024} notifying {name:Michael O'Brien} that his test results from {loc:Lahey Hospital} are available."],
  ["portal", "Portal account for {name:Teresa Alvarez} (username {contact:talvarez72}) was unlocked on {date:09/06/2023} after she called the help desk at {phone:(888) 555-0184}."],
  ["portal", "Records release request submitted via MyChart by {name:Daniel Cho} on {date:12/12/2023} asking that records from {loc:Swedish Medical Center} be sent to Dr. {name:Fiona Marsh} at {loc:Overlake Medical Center}."],
  ["portal", "Message from {name:Arjun Mehta}, DOB {date:02/27/1983}: 'I need a refill on my lisinopril before my trip to {loc:Denver} next week.' Routed to Dr. {name:Karen Foster}'s nurse, {name:Jill Sanders}."],
  ["portal", "Login alert: patient {name:Evelyn Brooks} accessed her portal from IP address {contact:73.214.18.96} on {date:03/03/2024}; no suspicious activity was reported."],
  ["portal", "Video visit link for {name:Margaret Owens}, age 81, sent on {date:05/28/2024} to her caregiver {name:Helen Price} at {contact:helen.price@verizon.net}: {contact:https://telehealth.mainehealth.org/visit/88213}."],
  ["history", "Social history: {name:Jose Ramirez}, 52, works as a truck driver for {loc:Swift Transportation} and lives with his wife, {name:Carmen}, in {loc:Laredo}, {loc:Texas}. He quit smoking in 2015."],
  ["history", "Family history for {name:Natalie Brooks}: her mother, {name:Diane Brooks}, was diagnosed with breast cancer at age 48 and treated at {loc:Dana-Farber Cancer Institute}."],
  ["history", "Mrs. {name:Agnes Kowalczyk}, a {age:103-year-old} widow, immigrated from Poland in 1948 and has lived at {loc:15 Church Street}, {loc:Pittsburgh}, {loc:PA} {loc:15212} for sixty years."],
  ["history", "Past surgical history for {name:Brian Foster} includes a coronary artery bypass graft at {loc:Cleveland Clinic} on {date:06/10/2019} by Dr. {name:Harold Stein}."],
  ["history", "Tobacco history: {name:Sandra Lee}, age 61, smoked one pack per day until she enrolled in the Quitline program at {loc:Hennepin Healthcare} in {loc:Minneapolis}, {loc:MN} in {date:January 2021}."],
  ["history", "Patient {name:Omar Farouk} is a graduate student at {loc:Georgetown University} who lives at {loc:3700 O Street NW}, {loc:Washington}, {loc:DC} {loc:20057}, with two roommates."],
  ["history", "Social work note: {name:Mildred Hayes}, age {age:98}, lives alone in {loc:Burlington}, {loc:Vermont}; her only son, {name:Peter Hayes}, visits weekly from {loc:Plattsburgh}, {loc:NY}."],
];

/** Decision 232's clean texts: the same kinds of sentence with no identifier in them. */
export const DECISION_232_FIRST_CLEAN: string[] = [
  "A 67-year-old male with a history of hypertension and hyperlipidemia presented with substernal chest pain; initial troponin was 0.04 ng/mL and the EKG showed no ST elevation.",
  "The patient was started on lisinopril 10 mg daily and advised to check her blood pressure twice a day, with a goal below 130/80.",
  "Hemoglobin A1c was 8.2%, fasting glucose 174 mg/dL, and LDL cholesterol 131 mg/dL; metformin was increased to 1000 mg twice daily.",
  "Glasgow Coma Scale was 14 on arrival, pupils were equal and reactive, and a Foley catheter was placed for strict intake and output.",
  "Discharge medications include aspirin 81 mg daily, atorvastatin 80 mg at bedtime, metoprolol succinate 25 mg daily and clopidogrel 75 mg daily for 12 months.",
  "An 84-year-old woman with Alzheimer's disease was evaluated for increasing confusion; urinalysis showed 50 WBC per high-power field and was nitrite positive.",
  "The patient underwent a Whipple procedure without complications and was transferred to the surgical ICU in stable condition.",
  "CT of the abdomen and pelvis with contrast showed a 2.3 cm simple cyst in the left kidney, Bosniak category I, requiring no follow-up.",
  "Please take 1 tablet of amoxicillin-clavulanate 875/125 mg by mouth every 12 hours for 10 days with food.",
  "Your appointment is scheduled for 8:15 AM; please arrive 15 minutes early and bring a list of your current medications.",
  "Vital signs: temperature 101.3°F, heart rate 112, blood pressure 94/58, respiratory rate 24, oxygen saturation 89% on room air.",
  "A 45-year-old female presents with right upper quadrant pain after fatty meals; Murphy's sign is positive and ultrasound shows gallstones with gallbladder wall thickening of 4 mm.",
  "The claim was denied for a missing modifier and has been resubmitted with CPT code 99214 and modifier 25.",
  "Insurance verification complete: $35 specialist copay, $1,500 annual deductible of which $1,120 has been met, and 20% coinsurance after the deductible.",
  "Emergency contact is the patient's daughter, who has been notified of the admission and plans to visit this evening.",
  "Family history is significant for type 2 diabetes in the mother and colon cancer in the father at age 62; no family history of sudden cardiac death.",
  "Social history: the patient is a retired schoolteacher who lives with her spouse, drinks one glass of wine per week and has never smoked.",
  "Potassium 3.1 mmol/L was repleted with 40 mEq of oral potassium chloride, and a repeat level at 18:00 was 3.8 mmol/L.",
  "The patient has Parkinson's disease treated with carbidopa-levodopa 25/100 mg three times daily and reports worsening tremor in the afternoon.",
  "Apgar scores were 8 and 9 at one and five minutes; birth weight was 3,420 grams and the infant is breastfeeding well.",
  "Mammogram results: BI-RADS 1, negative. Routine screening mammography is recommended in 12 months.",
  "A 72-year-old man with COPD, FEV1 48% predicted, was admitted for an exacerbation and treated with prednisone 40 mg daily for 5 days and azithromycin.",
  "Patient portal message: the patient asks whether she can take ibuprofen with her current dose of warfarin, and the nurse advised acetaminophen instead.",
  "Crohn's disease is well controlled on infliximab 5 mg/kg every 8 weeks; the last colonoscopy showed no active inflammation.",
  "A balance of $312.45 remains after insurance adjustment; a 6-month interest-free payment plan is available.",
  "INR was 3.6 today, so the warfarin dose was held for one night and reduced to 5 mg daily except 2.5 mg on two days per week.",
  "Lumbar spine MRI shows an L4-L5 disc herniation with moderate left foraminal stenosis; referral to physical therapy for 6 to 8 weeks.",
  "Graves' disease was diagnosed with a TSH below 0.01 and free T4 of 3.2 ng/dL; methimazole 10 mg daily was started.",
  "The patient was counseled on the Mediterranean diet and a goal of 150 minutes of moderate exercise per week.",
  "Babinski sign is absent bilaterally, deep tendon reflexes are 2+ and symmetric, and strength is 5/5 in all extremities.",
  "Echocardiogram: left ventricular ejection fraction 35% to 40%, moderate mitral regurgitation, and an estimated RVSP of 42 mmHg.",
  "Prior authorization is required for the requested MRI; clinical notes documenting 6 weeks of failed conservative therapy have been submitted.",
  "A 30-year-old G2P1 at 38 weeks 2 days presents with regular contractions every 4 minutes; the cervix is 5 cm dilated and 80% effaced.",
  "Blood cultures grew methicillin-sensitive Staphylococcus aureus in 2 of 2 bottles; cefazolin 2 g IV every 8 hours was started.",
  "Reminder: nothing to eat or drink after midnight before your procedure, except sips of water with your morning medications.",
  "The patient was discharged home in stable condition with home physical therapy 2 to 3 times per week.",
  "Sodium 128 mEq/L, serum osmolality 262 mOsm/kg and urine sodium 45 are consistent with SIADH; fluid restriction to 1.2 L per day was ordered.",
  "Hodgkin lymphoma was treated with ABVD chemotherapy in 2012 and remains in remission; history of Bell's palsy in 2016 with full recovery.",
  "Patient reports 7 out of 10 pain in the left knee, worse with stairs; x-ray shows Kellgren-Lawrence grade 3 osteoarthritis.",
  "Tdap, influenza and 20-valent pneumococcal vaccines were administered today in the left deltoid without immediate reaction.",
  "A 16-year-old male was seen for an asthma follow-up; peak flow is 420 L/min, about 85% of predicted, and he uses albuterol twice a week.",
  "The health care proxy form is on file and the patient has a Do Not Resuscitate order signed in 2022.",
  "The Swan-Ganz catheter was removed with a cardiac index of 2.4 L/min/m2, and the patient was transferred from the CCU to the step-down unit.",
  "Urine drug screen was positive for cannabinoids only; the patient was counseled, and buprenorphine-naloxone 8/2 mg daily was continued.",
  "Referral placed to endocrinology for evaluation of a 1.8 cm thyroid nodule, TI-RADS 4, with fine-needle aspiration recommended.",
  "Take 2 puffs of fluticasone-salmeterol 250/50 twice daily and rinse your mouth after each use.",
  "eGFR is 38 mL/min/1.73 m2, consistent with stage 3b chronic kidney disease; the metformin dose was reduced to 500 mg twice daily.",
  "Financial assistance was approved at 75% based on a household of three and an annual income of $41,000.",
  "The patient, an 89-year-old retired carpenter, walks with a cane and is independent in all activities of daily living.",
  "The wound on the right heel measures 2.1 x 1.4 x 0.3 cm, stage 3, with granulation tissue; the dressing was changed with silver alginate.",
  "Troponin peaked at 4.82 ng/mL at 06:00; cardiac catheterization showed 95% stenosis of the proximal LAD treated with one drug-eluting stent.",
  "Medicare Part B covers the annual wellness visit at no cost; the supplemental plan covers the 20% coinsurance for other services.",
  "Portal reply: your cholesterol results have improved, with LDL now 92 mg/dL; please continue rosuvastatin 20 mg nightly.",
  "A 58-year-old woman with Cushing's syndrome underwent transsphenoidal surgery, and morning cortisol on postoperative day 2 was 1.8 mcg/dL.",
  "The patient completed 12 sessions of cardiac rehabilitation and now walks 2 miles 5 days a week without chest pain.",
  "Screening colonoscopy found two tubular adenomas, 4 mm and 6 mm, removed by cold snare; repeat colonoscopy in 7 years.",
];

/** Decision 232's batch in corpus.json's shape, for score.ts. */
export function decision232Corpus(): Corpus {
  return { notes: DECISION_232_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_232_FIRST_CLEAN };
}
