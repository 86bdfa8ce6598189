// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets: one or two
// sentences each across admissions, clinic visits, discharges, referrals, prescriptions, labs,
// imaging, billing, insurance, reminders, emergency contacts, portal messages and social or family
// history. They are by "a twenty-third writer who had not read the guard's rules", whose habits are
// dotted phone numbers with "ext." or "x" extensions, "Mbr#" and "Acct#" with no space before the
// digits, dates written as ordinals ("the 4th of May") or ISO strings next to slashed ones, "c/o"
// addresses, tilde-initials as sign-offs ("~RV"), semicolons between clauses and "aged" before ages.
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
 * The batch of decision 193: synthetic one- and two-sentence US healthcare texts with PHI.
 */
export const DECISION_193_FIRST: Array<[Style, string]> = [
  ["admission", "{name:Rosalind Achterberg}, aged 67, was admitted to {loc:Maine Medical Center} on {date:2023-02-11} with a COPD exacerbation; MRN {id:MMC-0048813}; PCP Dr. {name:Ilse Vandermeer}."],
  ["admission", "Pt. {name:Desmond Oyelaran-Fitch} (DOB {date:09/30/1958}) came in through the ED at {loc:Harborview Medical Center} on the {date:2nd of January} after a fall on ice outside his home at {loc:4417 Fremont Ave N}, {loc:Seattle}, {loc:WA} {loc:98103}."],
  ["admission", "Admitted {date:Thursday} night to 6 West under Dr. {name:Kavanagh}; patient {name:Lucinda Ferreira-Banks}, acct#{id:220991746}, reports chest tightness since {date:Tuesday}."],
  ["admission", "ADMISSION: {name:WALTER GRZESKOWIAK}, {age:AGED 93}, FROM {loc:SUNNY ACRES NURSING HOME} IN {loc:TOLEDO}, {loc:OH}; ADMIT DATE {date:04/18/2022}; MRN {id:00-771-3925}."],
  ["admission", "{name:Hyun-woo Baek} was brought to {loc:Cedars-Sinai Medical Center} by his daughter {name:Grace} on {date:June 7, 2021}; she can be reached at {phone:310.555.0187}."],
  ["admission", "Direct admit to {loc:Vanderbilt University Medical Center} on {date:11-Aug-2020} for {name:Tobias Nwachukwu}, referred by Dr. {name:Priya Raman} at {loc:Franklin Family Medicine}; MRN {id:VU4471029}."],
  ["admission", "the patient, {name:orla mcgillicuddy}, {age:aged 91}, was admitted on {date:3/3/23} for sepsis of urinary source; she lives alone at {loc:22 birch hollow rd}, {loc:montpelier}, {loc:vt} {loc:05602}."],
  ["admission", "Mrs. {name:Abernathy-Quist} was admitted overnight ({date:the 19th}) to {loc:Mayo Clinic Hospital, Saint Marys Campus} with new-onset atrial fibrillation ~{name:RV}"],
  ["clinic", "{name:Marisol Echeverría} was seen in {loc:Lakeview Internal Medicine} on {date:5/14/2024} for a follow-up of her hypertension; next visit with Dr. {name:Adeyemi} in three months."],
  ["clinic", "Clinic visit {date:2019-10-02}: {name:Caspar Lindqvist}, aged 44, MRN {id:4420871}, reports improved sleep after stopping evening caffeine; seen by {name:Janelle Okonkwo}, NP."],
  ["clinic", "Mr. {name:Pettibone} returned to the {loc:Dartmouth-Hitchcock} cardiology clinic on {date:February 3rd} and says his ankles swell by {date:Friday} of every work week at {loc:Kessler Lumber Yard}."],
  ["clinic", "Seen today, {date:Wednesday the 9th of October}, {name:Anneliese Trubetskoy} (DOB {date:12 Feb 1961}) with left knee pain after gardening; x-ray ordered; ~{name:JKO}"],
  ["clinic", "{name:Thaddeus Mbeki-Harlan}, a {age:94-year-old} retired machinist, was seen at {loc:Geisinger Medical Center} geriatrics clinic on {date:08/22/2023} with his son {name:Ruben}."],
  ["clinic", "DR. {name:FALCONE} SAW {name:BERNADETTE OKAFOR-LYNCH} IN THE {loc:NORTHSIDE COMMUNITY HEALTH CENTER} ON {date:JULY 30, 2022}; BP 148/92; RECHECK IN TWO WEEKS."],
  ["clinic", "Dermatology visit for {name:Yusuf Al-Khatib} on {date:the 4th of May}: two lesions on the back biopsied by Dr. {name:Stellan Brandt}; path to {loc:Quest Diagnostics} under accession {id:QD-23-0918841}."],
  ["clinic", "{name:Priyanka} says her mother {name:Lakshmi Venkataraman} has missed two appointments at {loc:Emory Clinic} since {date:March}; new appointment made for {date:4/12}."],
  ["clinic", "pt {name:darnell whitfield-oakes} seen in {loc:rush university medical center} pulm clinic on {date:tues 6/11}; spirometry stable; f/u with dr {name:oyelowo} in {date:september}."],
  ["clinic", "Ms. {name:Tereza Novotná}, aged 38, attended the {loc:Planned Parenthood} health center on {loc:Broadway} in {loc:Albany} on {date:1/17/2024}; provider {name:K. Whitcombe}, CNM."],
  ["discharge", "{name:Gwendolyn Pryce-Adebayo} was discharged from {loc:Brigham and Women's Hospital} on {date:12/08/2022} to {loc:Hebrew SeniorLife} rehab in {loc:Roslindale}; follow up with Dr. {name:Szymanski} at {phone:617.555.0421 ext. 3}."],
  ["discharge", "Discharged home {date:Sat 14 Sept} with her husband {name:Leopold}; {name:Ines Carvalho-Moreau}, MRN {id:5520-1187}, to call {phone:(503) 555-0199} if fever returns."],
  ["discharge", "DISCHARGE SUMMARY FOR {name:EZEKIEL HOLLOWAY} (MRN {id:88301274}): ADMITTED {date:01/02/2023}, DISCHARGED {date:01/09/2023} FROM {loc:OCHSNER MEDICAL CENTER}, {loc:NEW ORLEANS}; ATTENDING DR. {name:M. BOUDREAUX}."],
  ["discharge", "Pt. {name:Zsófia Kertész}, {age:aged 96}, discharged {date:the 21st of March} back to {loc:Maplewood Assisted Living}, {loc:118 Orchard Lane}, {loc:Ames}, {loc:IA} {loc:50010}; home health via {loc:Bayada}."],
  ["discharge", "discharged {date:2021-07-30} from {loc:ucsf medical center} after laparoscopic cholecystectomy; {name:arjun chatterjee-hale} to see dr {name:mcmurtry} in 2 weeks ~{name:rv}"],
  ["discharge", "{name:Bartholomew Njoroge} left {loc:Methodist Hospital} against medical advice on {date:Monday}; social worker {name:Fernanda Quiroga}, LCSW, left a voicemail at {phone:713.555.0164}."],
  ["discharge", "Discharge instructions were reviewed with {name:Consuelo} (granddaughter) on {date:Oct 5}; Mr. {name:Abelard Whitcombe-Syed}'s wound care nurse from {loc:VNA of Greater Philadelphia} visits {date:Tue/Thu} starting {date:10/8}."],
  ["discharge", "{name:Oksana Hrycenko} was discharged on {date:August 2nd, 2023} from {loc:Spaulding Rehabilitation Hospital}; outpatient PT at {loc:Athletico} on {loc:Route 9} in {loc:Framingham}."],
  ["referral", "Referral to Dr. {name:Nnamdi Eze}, {loc:Children's Hospital of Philadelphia} endocrinology, for {name:Aurelio Santangelo} (DOB {date:06/02/2011}); fax records to {phone:215.555.0340}."],
  ["referral", "Please see {name:Marguerite Delacroix-Pham}, aged 52, for a colonoscopy at {loc:Virginia Mason Medical Center}; referring provider Dr. {name:Halvorsen}, NPI {id:1548823907}."],
  ["referral", "REFERRAL: {name:JOAQUIN ESTRADA-BELL} TO {loc:MD ANDERSON CANCER CENTER} THORACIC ONCOLOGY; CT FROM {date:9/19/23} ON DISC; CONTACT DAUGHTER {name:PILAR} AT {phone:832.555.0112}."],
  ["referral", "Referred {date:2024-01-25} by Sister {name:Mary Clementine Ogundipe} of {loc:St. Vincent de Paul Parish} for counseling with {name:Rafferty Lowe}, LMHC, at {loc:Brookline Counseling Associates}."],
  ["referral", "{name:Ama Boateng-Keller} is referred to physical therapy at {loc:Hospital for Special Surgery} after her ACL repair on {date:the 6th of June}; authorization {id:AUTH-7731920}."],
  ["referral", "e-referral sent {date:3/28} to {loc:Kaiser Permanente Oakland Medical Center} neurology for {name:Dmitri Vasquez-Orlov}; questions to {contact:referrals@eastbayfamilyhealth.org}."],
  ["referral", "ref for {name:hollis tennyson-amadi} to sleep medicine at {loc:university of michigan health}; his wife {name:beatrix} reports loud snoring since {date:christmas}."],
  ["rx", "Rx: lisinopril 10 mg daily for {name:Florentyna Pawlak}, DOB {date:03/17/1949}; sent to {loc:CVS Pharmacy}, {loc:2201 Main St}, {loc:Hartford}, {loc:CT}; prescriber DEA {id:BK4420918}."],
  ["rx", "{name:Cornelius Achebe-Ward} picked up his warfarin refill at {loc:Walgreens} on {loc:Lake Shore Dr} on {date:Friday}; INR check booked for {date:11/15}."],
  ["rx", "Metformin ER 500 mg, #90, three refills, for {name:Svetlana Ivanova-Reyes} (Mbr#{id:W88210034}); e-prescribed {date:2022-05-06} by Dr. {name:Ebenezer Tutu}, license {id:MD-58712}."],
  ["rx", "PRESCRIPTION FOR {name:LORELEI FAIRWEATHER}: AMOXICILLIN 875 MG BID X 10 DAYS; {loc:RITE AID} {loc:SCRANTON} {phone:570.555.0126}; {date:06 JAN 2021}."],
  ["rx", "please refill {name:gus}'s albuterol; his mom {name:tamsin oduya} says the {loc:safeway pharmacy} in {loc:boulder} has it on file under rx#{id:6620147}."],
  ["rx", "Prior auth approved {date:the 2nd} for Humira for {name:Benedikt Schwarzkopf}, aged 41; specialty pharmacy {loc:Accredo} will call {phone:314.555.0158} to arrange delivery."],
  ["lab", "{name:Ngozi Abernathy} had a fasting lipid panel drawn at {loc:LabCorp} on {loc:Peachtree St} on {date:4/2/2024}; LDL 162; accession {id:LC2409312884}."],
  ["lab", "Lab result for {name:Mateus Figueiredo} (MRN {id:3320177}) collected {date:2023-09-14 07:42}: potassium 5.9, repeated; Dr. {name:Chen-Laurent} notified by {name:Bea}, RN."],
  ["lab", "HbA1c 8.4% on {date:Nov 3}; {name:Rahel Tesfaye} to return to {loc:Unity Health Care} on {loc:14th St NW} in {loc:Washington}, {loc:DC} for a diabetes education class."],
  ["lab", "CRITICAL VALUE: TROPONIN 2.1 FOR {name:HORATIO BELLWEATHER}, {loc:CLEVELAND CLINIC} ED BED 14, CALLED TO DR. {name:ANAND} ON {date:03/09/2022} AT 0214."],
  ["lab", "{name:Agnieszka}, your thyroid results from {date:Monday} are normal; you can view them at {contact:https://mychart.northshore.org} ~ Dr. {name:Petrakis}'s office."],
  ["lab", "urine culture for {name:fatoumata diallo-brennan} grew e. coli >100k on {date:7/7}; sensitivities pending at {loc:aruplabs} in {loc:salt lake city}, accession {id:aru-22-771045}."],
  ["imaging", "MRI lumbar spine for {name:Cyrus Farahani-Doyle}, DOB {date:10/11/1970}, performed {date:02/27/2024} at {loc:RadNet Imaging} in {loc:Tarzana}; read by Dr. {name:Yolanda Breckenridge}."],
  ["imaging", "Chest x-ray {date:the 30th}: no acute process; {name:Hiroshi Takemura-Blake}, {loc:Queen's Medical Center} {loc:Honolulu}, accession {id:QMC-RAD-5582013}."],
  ["imaging", "CT HEAD WITHOUT CONTRAST, {name:PERPETUA NWOSU}, {age:AGE 92}, {loc:BAYSTATE MEDICAL CENTER}, {date:12/24/2023}: CHRONIC SMALL VESSEL CHANGES, NO BLEED. DICTATED BY {name:R. KOWALCZYK}, MD."],
  ["imaging", "{name:Delphine Arceneaux} had her screening mammogram at {loc:Women's Imaging Center of Lafayette} on {date:Wednesday, April 3}; results mailed to {loc:309 Bayou Teche Rd}, {loc:Breaux Bridge}, {loc:LA} {loc:70517}."],
  ["imaging", "Ultrasound requested by Dr. {name:Magnusson} for {name:Keziah Ampofo}, 28 weeks; scheduled {date:2022-08-16} at {loc:Intermountain Medical Center}; call {phone:801.555.0173 x2} to reschedule."],
  ["imaging", "echo done {date:friday 3/8} on {name:ignatius oyelaran}, ef 35%; dr {name:sundaram} wants him seen at {loc:ohio state wexner} heart failure clinic."],
  ["imaging", "DEXA for Mrs. {name:Wilhelmina Strand} on {date:the 11th of July}: T-score -2.8; device serial {id:HOLOGIC-DX-004419}; copy to {contact:wstrand1938@aol.com} at her request."],
  ["billing", "Statement for {name:Evander Kolawole-Price}, Acct#{id:9002718835}, service date {date:05/19/2023} at {loc:Northwestern Memorial Hospital}; balance $418.20 due by {date:July 1}."],
  ["billing", "{name:Milagros Cortez} called billing on {date:Tuesday} about a duplicate charge; invoice {id:INV-0047712}; call back at {phone:915.555.0107} after 5."],
  ["billing", "BILLING NOTE: {name:ANTWAN DELACROIX-SMYTHE}, ACCT#{id:6610029944}, PAYMENT PLAN $50/MONTH BEGINNING {date:02/01/2024}; MAIL TO {loc:PO BOX 1187}, {loc:JACKSON}, {loc:MS} {loc:39215}."],
  ["billing", "Claim {id:CLM-88230019} for {name:Ottilie Brandvold}'s visit on {date:3 March 2022} was resubmitted by {name:Gracie} in patient accounts, {loc:Sanford Health Fargo}."],
  ["billing", "guarantor is {name:leon fairbanks-oyelowo} (father), ssn {id:412-55-0931}, employer {loc:john deere}, {loc:moline}, {loc:il}; acct#{id:77120943}."],
  ["billing", "Financial assistance approved {date:the 9th of December} for {name:Rustam Karimov}, household of four; account {id:SJH-5510284}, {loc:St. Joseph's Hospital Phoenix}."],
  ["insurance", "{name:Philippa Oyekunle} is covered by {loc:Blue Cross Blue Shield of Texas}, Mbr#{id:XOJ882019374}, group {id:00471920}; effective {date:01/01/2024}."],
  ["insurance", "Medicare ID {id:1EG4-TE5-MK72} for {name:Ambrose Featherstonehaugh}, {age:aged 97}; secondary is {loc:AARP} supplement, policy {id:AARP-30918842}."],
  ["insurance", "Medicaid eligibility checked {date:2023-06-12} for {name:Yesenia Rocafuerte} (DOB {date:04/04/1999}); ID {id:NY-CIN-KL44921R}; managed care plan {loc:Fidelis Care}."],
  ["insurance", "INSURANCE VERIFICATION: {name:CORMAC O'SULLIVAN-DIAZ}, {loc:AETNA} MEMBER {id:W992104883}, COPAY $30; VERIFIED BY {name:T. NAKASHIMA} ON {date:09/05/2022}, REF {id:AET-0519-2241}."],
  ["insurance", "Workers' comp claim {id:WC-22-118830} through {loc:Liberty Mutual} for {name:Isidro Vallejo}, injured {date:Aug 17} at {loc:Harmon Concrete Supply} in {loc:Bakersfield}; adjuster {name:Deborah Klinefelter}, {phone:661.555.0135}."],
  ["insurance", "tricare member sgt. {name:dashiell okonjo}, dod id {id:1290447781}, seen at {loc:walter reed} on {date:the 3rd}; sponsor ssn ends {id:4417}."],
  ["reminder", "Reminder: {name:Anouk}, you have an appointment with Dr. {name:Ferreira-Walsh} at {loc:Allina Health Uptown Clinic} on {date:Thursday, May 9} at 10:15 AM; reply C to confirm."],
  ["reminder", "Hi Mr. {name:Obuya}, this is {loc:Penn Medicine Radnor} reminding you of your colonoscopy prep starting {date:Sunday 6/23}; questions? {phone:610.555.0118}."],
  ["reminder", "REMINDER FOR {name:GERTRUDE HALVERSON}: FLU SHOT CLINIC AT {loc:LUTHERAN CHURCH OF THE GOOD SHEPHERD}, {loc:412 ELM ST}, {loc:MANKATO}, ON {date:SAT OCT 12}."],
  ["reminder", "Your annual wellness visit at {loc:One Medical} {loc:Flatiron} is due after {date:the 15th of November}, {name:Sebastián}; book at {contact:www.onemedical.com/book} or call {phone:888.555.0163}."],
  ["reminder", "hi {name:nia}, dr {name:abernathy} asked me to remind you about labs fasting on {date:wed}; {loc:quest} on {loc:college ave} opens at 7 ~{name:kt}"],
  ["reminder", "Automated call placed {date:2024-03-04} to {name:Barnaby Okwuosa} at {phone:(404) 555-0152} regarding his {date:March 6} stress test at {loc:Piedmont Atlanta Hospital}; left message."],
  ["contact", "Emergency contact for {name:Evangelina Sørensen}: son {name:Mikkel Sørensen}, {phone:612.555.0194} (cell), {loc:3318 Lyndale Ave S}, {loc:Minneapolis}, {loc:MN} {loc:55408}."],
  ["contact", "Next of kin: {name:Augustin Marchetti-Oduya} (brother), {phone:207.555.0147}; alternate {name:Rose Tillinghast} (neighbor) at {phone:207.555.0189}; email {contact:rtillinghast@gwi.net}."],
  ["contact", "EMERGENCY CONTACT: {name:LUCRETIA VANTERPOOL} (WIFE), {phone:340.555.0116}, {loc:CHRISTIANSTED}, {loc:ST. CROIX}; PATIENT {name:ELIAS VANTERPOOL}, {age:AGED 90}."],
  ["contact", "Health care proxy is {name:Faustina Abara}, the patient's niece, who lives in {loc:Silver Spring}, {loc:Maryland}; she prefers texts to {phone:301.555.0172} and email at {contact:faustina.abara@gmail.com}."],
  ["contact", "Pt lists her pastor, Rev. {name:Cleon Whitlock} of {loc:Greater Mount Zion Baptist Church}, as contact if family cannot be reached; church office {phone:901.555.0128, ext. 14}."],
  ["contact", "contact is {name:joey} (partner), {phone:415.555.0133}; also ok to speak with his sister {name:rhiannon castellanos} at {contact:rcastellanos@sfsu.edu}."],
  ["portal", "Portal message from {name:Henrietta Gallagher-Nwosu} ({date:5/1/2024}): \"Dr. {name:Lindgren}, my blood pressure was 162/95 this morning, should I take an extra dose?\""],
  ["portal", "Reply to {name:Ravi Subramaniam} sent {date:2023-11-20 16:02} by {name:Colleen Ashby}, RN, {loc:Stanford Health Care} Primary Care; user {contact:ravi.s.1987} flagged for password reset."],
  ["portal", "{name:Olumide} wrote through MyChart on {date:Saturday}: the rash spread to both arms after he started Bactrim on {date:the 12th}; routed to Dr. {name:Haverford-Ng}."],
  ["portal", "PORTAL MESSAGE: {name:MAEVE DONNELLY} REQUESTS RECORDS BE SENT TO {loc:DANA-FARBER CANCER INSTITUTE}, FAX {phone:617.555.0111}; SIGNED RELEASE DATED {date:08/14/2023}."],
  ["portal", "Login from IP {contact:73.162.44.109} on {date:Jan 9} for account {contact:glorialvarez54}; {name:Gloria Alvarez-Trinh} confirmed it was her iPad at home in {loc:Tucson}."],
  ["portal", "hi dr {name:okafor} it's {name:bettina kuhlmann} again, my mom {name:ursula} is {age:98} and still confused since {date:sunday}, can someone call me at {phone:262.555.0176}"],
  ["portal", "Message to {name:Chidi}: your COVID booster is recorded for {date:October 28}; lot {id:FK4471}; if you got it at {loc:Costco Pharmacy} in {loc:Issaquah}, no action needed. ~{name:LM}"],
  ["history", "Social history: {name:Ignacio Belmonte-Ray} works nights at {loc:Amazon} fulfillment center {loc:ONT8} in {loc:Moreno Valley}; smokes half a pack per day; lives with girlfriend {name:Katya}."],
  ["history", "Family history: mother {name:Dorothea Kittredge} died at {age:ninety-four} of stroke; father {name:Rowland} had colon cancer at 60; both treated at {loc:Albany Medical Center}."],
  ["history", "SOCIAL HX: {name:WINSTON ABIODUN-HART} IS A RETIRED TEACHER FROM {loc:ROOSEVELT HIGH SCHOOL} IN {loc:DES MOINES}; MOVED TO {loc:SUN CITY}, {loc:AZ} IN 2015; NO ALCOHOL."],
  ["history", "{name:Noor Haddad}, aged 34, emigrated in 2009, teaches at {loc:Dearborn Public Schools}; married to {name:Karim} since {date:June 2012}; two children."],
  ["history", "Grandmother {name:Philomena Szabo}, {age:aged 101}, lives with the family at {loc:77 Quarry Rd}, {loc:Barre}, {loc:VT}; she was a patient of Dr. {name:Lavigne} at {loc:Central Vermont Medical Center}."],
  ["history", "pt {name:lorenzo quintanilla} reports incarceration at {loc:folsom state prison} from 2011 to 2018; currently attends aa at {loc:st. anne's} on {date:thursdays}; sponsor {name:mack}."],
  ["history", "Patient's late husband, {name:Cedric Pemberton-Oyo}, died at {loc:Hospice of the Valley} on {date:the 2nd of February, 2020}; she still sees grief counselor {name:Ines Marlowe}."],
  ["admission", "{name:Tiberius Wojcik}, {age:92 y/o}, came to {loc:Hoag Hospital Newport Beach} on {date:11/27} with hip fracture; lives at {loc:Lido Sands Senior Residences}; daughter {name:Amelie Wojcik-Barr} {phone:949.555.0103}."],
  ["clinic", "{name:Saoirse Quinlan-Mbatha} came to the {loc:Mass General} travel clinic on {date:Fri., 2/16/24} before her trip; vaccines given by {name:Pedro}, LPN; MRN {id:0921-44-881}."],
  ["rx", "Naloxone kit dispensed {date:12-Jun-2023} to {name:Jaxon Whitehorse} at {loc:Indian Health Service} {loc:Gallup Indian Medical Center}; pharmacist {name:V. Begay}, license {id:RPH-NM-4418}."],
  ["lab", "Blood alcohol 0.21 on {name:Wendell Fairclough} drawn {date:01/01/2024 02:30} at {loc:Regions Hospital}, {loc:St. Paul}; specimen {id:RH-TOX-0019237}; officer {name:Brandt} badge {id:4471}."],
  ["imaging", "Ms. {name:Octavia Lindqvist-Amari}'s knee MRI from {loc:SimonMed} {loc:Scottsdale} ({date:9/9/2022}) was uploaded to {contact:https://portal.simonmed.com/share/7Q2KX9}; viewer code {id:SMX-550183}."],
  ["billing", "{name:Florian Dubois-Asante} disputes the {date:April 4th} ambulance bill from {loc:AMR} for $1,240; Acct#{id:AMR-8830271}; reach him at {contact:fdubois.asante@outlook.com}."],
  ["insurance", "{name:Kalani Akana} switched from {loc:HMSA} to {loc:Kaiser Permanente Hawaii} on {date:the first of January}; new Mbr#{id:00018837720}; prior auth to be redone by {name:Leilani} at the front desk."],
  ["discharge", "{name:Clementine Abruzzo}, {age:aged 99}, discharged {date:Sunday} to home hospice with {loc:Hospice of Central Ohio}; DNR signed by her son {name:Vittorio}; MRN {id:OH-55102938}."],
  ["referral", "REFERRED TO {loc:JOHNS HOPKINS WILMER EYE INSTITUTE} ON {date:5/5/2023} FOR {name:OBADIAH KESSELRING}; PRIOR RECORDS FROM DR. {name:AMARA} FAXED TO {phone:410.555.0140}."],
  ["contact", "the patient's only contact is her landlord, mr. {name:petros galanis}, at {loc:1540 w. 9th st}, {loc:brooklyn}, {loc:ny} {loc:11204}, tel {phone:718.555.0166}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_193_FIRST_CLEAN: string[] = [
  "Patient was admitted overnight with a COPD exacerbation; started on nebulized albuterol and prednisone 40 mg daily.",
  "The patient, aged 72, was admitted through the ED after a fall at home; CT head negative, hip films pending.",
  "ADMITTED TO THE MICU FOR SEPTIC SHOCK; NOREPINEPHRINE STARTED, LACTATE 4.2, BLOOD CULTURES X2 SENT.",
  "Direct admit for new-onset atrial fibrillation with rapid ventricular response; diltiazem drip started at 5 mg/hr.",
  "admitted yesterday for pyelonephritis; afebrile since last night, tolerating po, plan to switch to oral antibiotics tomorrow.",
  "Seen in clinic for follow-up of hypertension; BP 138/84 on amlodipine 5 mg; continue current regimen and recheck in three months.",
  "Follow-up visit for type 2 diabetes; A1c improved to 7.1%; foot exam normal with intact monofilament sensation.",
  "Patient reports tremor at rest in the right hand; concern for early Parkinson's disease; referred to neurology.",
  "pt seen for left knee pain after gardening; mild effusion, no instability; ice, nsaids, and recheck in two weeks.",
  "Discharged home in stable condition with a Foley catheter; urology to arrange a voiding trial next week.",
  "DISCHARGE INSTRUCTIONS REVIEWED WITH PATIENT AND WIFE; TEACH-BACK COMPLETED; NO DRIVING FOR SIX WEEKS.",
  "Discharged to subacute rehab after hip replacement; weight bearing as tolerated; enoxaparin for 35 days.",
  "Patient left against medical advice after the risks were explained; capacity was assessed and documented.",
  "Referral to endocrinology for suspected Graves' disease; TSH suppressed, free T4 elevated.",
  "Please see for colonoscopy; positive stool DNA test; no prior screening; family history of colon polyps.",
  "referred to sleep medicine for loud snoring and witnessed apneas; epworth score 14.",
  "Referral to physical therapy after ACL reconstruction; twice weekly for eight weeks.",
  "Rx: lisinopril 10 mg by mouth once daily, #90, three refills.",
  "Warfarin dose held tonight for INR of 4.3; recheck INR in three days.",
  "PRESCRIPTION: AMOXICILLIN-CLAVULANATE 875 MG TWICE DAILY FOR 10 DAYS; TAKE WITH FOOD.",
  "Prior authorization approved for adalimumab; specialty pharmacy will arrange delivery and injection teaching.",
  "please refill albuterol inhaler; using it about twice a week, no night symptoms.",
  "Fasting lipid panel: total cholesterol 241, LDL 162, HDL 38, triglycerides 205; discuss statin at next visit.",
  "Critical potassium of 6.1 called to the covering physician; repeat sample not hemolyzed; EKG ordered.",
  "Urine culture grew Klebsiella pneumoniae greater than 100,000 colonies, sensitive to ceftriaxone.",
  "Your thyroid results are normal and no change in your levothyroxine dose is needed.",
  "HbA1c 8.4%, up from 7.6%; diabetes education class recommended.",
  "MRI lumbar spine: L4-L5 disc protrusion with mild foraminal narrowing; no cord compression.",
  "CHEST X-RAY: NO ACUTE CARDIOPULMONARY PROCESS. HEART SIZE NORMAL.",
  "echo shows ef 35% with global hypokinesis; start guideline-directed therapy.",
  "Screening mammogram BI-RADS 1, negative; repeat in one year.",
  "CT head without contrast: chronic small vessel ischemic changes, no hemorrhage, no mass effect.",
  "Patient statement shows a balance of $418.20 after insurance adjustment; a payment plan is available.",
  "Called billing about a duplicate charge for the same lab panel; the charge was reversed.",
  "Financial assistance application approved at 100% for a household of four.",
  "Claim denied for missing modifier; corrected claim resubmitted with modifier 25.",
  "Insurance verified: copay $30 for specialist visits, deductible met for the year.",
  "Medicare Part B covers the annual wellness visit with no copay; supplement plan covers the remainder.",
  "prior auth needed for the mri; clinical notes and failed conservative therapy documented.",
  "Reminder: your appointment is tomorrow at 10:15 AM; please arrive 15 minutes early and bring your insurance card.",
  "Colonoscopy prep starts the day before: clear liquids only, then the first half of the prep at 6 PM.",
  "REMINDER: FLU SHOTS ARE AVAILABLE AT ALL CLINIC LOCATIONS; NO APPOINTMENT NEEDED.",
  "fasting labs in the morning: nothing to eat after midnight, water is fine.",
  "Emergency contact is the patient's son, who is aware of the admission and will visit this evening.",
  "Health care proxy form is on file; the patient's niece is the designated agent.",
  "Portal message: patient asks whether to take an extra dose of amlodipine for a home reading of 162/95.",
  "Reply sent advising the patient to stop Bactrim because of a spreading rash and to come in today.",
  "Patient asks that records be sent to the oncology center; signed release is on file.",
  "your covid booster has been recorded in your chart; no further action is needed.",
  "Social history: works night shifts in a warehouse; smokes half a pack per day; drinks socially on weekends.",
  "Family history: mother had a stroke in her eighties; father had colon cancer at 60; no known bleeding disorders.",
  "SOCIAL HX: RETIRED TEACHER, LIVES WITH SPOUSE, NO ALCOHOL OR TOBACCO, WALKS DAILY.",
  "pt reports prior incarceration and is now sober for two years; attends aa meetings three times a week.",
  "Lives alone in a second-floor apartment with no elevator; home safety evaluation requested.",
  "Widowed in 2020; attends a grief support group; denies suicidal ideation.",
  "Hodgkin lymphoma in remission since 2015; Bell's palsy in 2018, fully resolved.",
];

/** Decision 193's batch in corpus.json's shape, for score.ts. */
export function decision193Corpus(): Corpus {
  return { notes: DECISION_193_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_193_FIRST_CLEAN };
}
