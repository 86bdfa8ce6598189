// Decision 134's batch: US-centred synthetic clinical sentences of the kind published to test PHI
// de-identification tools (one or two templated sentences each, a few longer portal, billing and
// imaging blocks), covering admissions, clinic visits, medication lists, labs and imaging headers,
// referrals, portal and phone notes, reminders, billing, contacts, consent, social, family, travel,
// school and work notes. Written by a writer who had not read the guard's rules.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no
// real patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admit-discharge"
  | "clinic-visit"
  | "meds-pharmacy"
  | "labs-imaging"
  | "referral"
  | "portal-phone"
  | "reminder-billing"
  | "contacts-consent"
  | "social-family"
  | "travel-school-work";

/**
 * The thirty-eighth batch (decision 133's): US synthetic PHI sentences by a fifth writer, written
 * after decisions 128-132's rules.
 * First run at the session's start (decisions 122-127): 93.8% (517/551; age 78.9%, location 91.6%,
 * name 93.2%), precision 98.3%, 7 of 58 clean items flagged. With decisions 128-132: 95.1% (524/551),
 * 6 of 58 (+1.3 points).
 * After decision 133's rules: 96.9% (534/551), precision 99.8%, 1 of 58 ("sputum sandy brown" in
 * lower case). Lower-cased 90.2%, in capitals 93.1%.
 * Still missed: "TACOMA WA" and "FALLS CHURCH VA" in capitals, "Orange County EMS", "ROSE
 * MCALLISTER-PIERCE" between dashes, "bill", "sandy" and "will" as names in lower case, "urgent care
 * sun", employers ("home depot", "CAESARS ENTERTAINMENT"), "via JFK".
 */
export const DECISION_134_FIRST: Array<[Style, string]> = [
  ["admit-discharge", "{name:Rosalind Achterberg} is an {age:ninety-two-year-old} female admitted to {loc:Mercy Hospital of Buffalo} on {date:02/14/2024} for community-acquired pneumonia; MRN {id:0048815372}."],
  ["admit-discharge", "Mr. {name:Dusty Kowalczyk} was discharged home to {loc:1187 Greenbrier Rd, Apt 3C}, {loc:Parkersburg}, {loc:WV} {loc:26101} on {date:Tuesday} with his wife {name:Pam}."],
  ["admit-discharge", "ADMITTED {date:11/3/23} VIA ED AT {loc:ST. JOSEPH MEDICAL CENTER}, {loc:TACOMA} {loc:WA}. PT: {name:HOLLOWAY, GRANT}. ACCT# {id:7730019245}."],
  ["admit-discharge", "Discharge summary dictated by {name:Priya Venkataraman}, MD on {date:7/9/2023}; transferred to {loc:Sunrise Gardens Skilled Nursing} in {loc:Mesa}, {loc:Arizona}. F/u with Dr. {name:Oyelaran} in 1 wk."],
  ["admit-discharge", "Pt {name:Hope Castellanos-Reyes} ({age:97 y/o}) returned to {loc:Brigham and Women's Hospital} from {loc:Hebrew SeniorLife} on {date:New Year's Eve} with hyperactive delirium."],
  ["admit-discharge", "{name:Eldon Fairweather}, {age:ninety-four}, admitted {date:March 3rd} to {loc:Ochsner Medical Center} for CHF exacerbation; PCP {name:Sandy Broussard}, NP."],
  ["admit-discharge", "Admit date: {date:2024-01-19}. Discharge date: {date:2024-01-23}. Attending: {name:Will Abernathy-Tran}, DO. Facility: {loc:Baptist Health Louisville}."],
  ["admit-discharge", "pt d/c'd {date:sat} am w/ son {name:rusty} driving, going back to {loc:oak creek assisted living} in {loc:sedona}"],
  ["admit-discharge", "{name:Cash Whitfield} was readmitted within 30 days ({date:6/2} and again {date:6/27}) to {loc:Vanderbilt University Medical Center}; see MRN {id:VU-3318472}."],
  ["admit-discharge", "{name:Temperance Holloway-Sykes}, {age:95 y.o.}, brought in by {loc:Orange County} EMS from {loc:Laguna Woods Village}; ED arrival {date:07/04/2024} 23:50."],
  ["admit-discharge", "Pt {name:Sterling Bankhead}, a {age:ninety-year-old} man from {loc:Bowling Green}, {loc:KY}, admitted {date:12/31} with R hip fracture after a fall at {loc:Kroger} on {loc:Scottsville Rd}."],
  ["admit-discharge", "Pt's car (plate {id:7XKR512}, {loc:CA}) found at scene; pt {name:Gideon Strand} transported by {loc:Riverside County} Fire to {loc:Riverside University Health System}."],
  ["admit-discharge", "Admission H&P: {name:Augusta Pennington}, {age:one hundred and one years old}, from {loc:Wesley Village} in {loc:Shelton}, {loc:CT}; DNR/DNI per MOLST dated {date:9/9/22}."],
  ["clinic-visit", "{name:Mark Delacroix-Nguyen} seen today at {loc:Kaiser Permanente Oakland} for HTN follow-up by Dr. {name:Feinstein}; BP 142/88. Next visit {date:Sept 14}."],
  ["clinic-visit", "Visit summary for {name:Brook Adebayo-Lind} (DOB {date:04/22/1961}, MRN {id:55190027}) — {loc:Lakeview Family Medicine}, {loc:Evanston}, {loc:IL} {loc:60201}."],
  ["clinic-visit", "Pt seen in {loc:Cleveland Clinic} Heart Center on {date:Thursday} by {name:Nadia Haddad}, PA-C, supervised by Dr. {name:Ferenc Szabo}."],
  ["clinic-visit", "{age:103-year-old} {name:Tallulah Begay} presents to {loc:Gallup Indian Medical Center} with her great-granddaughter {name:Shandiin} for a wellness check on {date:11/18}."],
  ["clinic-visit", "ANNUAL PHYSICAL — {name:ROSE MCALLISTER-PIERCE} — {date:10/05/2023} — {loc:MERCYONE DES MOINES} — PROVIDER {name:J. OKONKWO}, MD — NPI {id:1467583920}"],
  ["clinic-visit", "follow up visit, {name:bill} reports his knees are better since the injection on {date:3/3}. wife {name:carolyn} present. lives in {loc:ypsilanti}."],
  ["clinic-visit", "Telehealth visit with {name:Xiomara Fuentes} (member ID {id:WGH884120337}) on {date:Monday, January 8, 2024}, provider located at {loc:UCSF Health} in {loc:San Francisco}."],
  ["clinic-visit", "{name:Faisal Al-Amin} f/u DM clinic {date:Jan 9}; A1c down to 7.1. Dr. {name:Whitaker} (endo) adjusted glargine to 24 u. Next visit in 3 mo at {loc:Henry Ford West Bloomfield}."],
  ["clinic-visit", "pt {name:sandy} here w/ mom for ear pain, seen by {name:kristen olafsdottir} np at {loc:duluth} urgent care {date:sun}. amox x10d."],
  ["meds-pharmacy", "Lisinopril 20 mg daily, prescribed by Dr. {name:Sunil Anand} (DEA {id:BA4718263}); filled at {loc:Walgreens #07731}, {loc:412 E Colfax Ave}, {loc:Denver}, {loc:CO}, ph {phone:(303) 555-0187}."],
  ["meds-pharmacy", "Metformin 500 mg BID — Rx by {name:Grant Oduya}, NP — {loc:CVS Pharmacy} on {loc:Main St} in {loc:Brattleboro}, fax {phone:802.555.0199}."],
  ["meds-pharmacy", "MED LIST (reconciled {date:8/30/22} by {name:Lucinda Marsh}, RPh)\n1. apixaban 5 mg PO BID\n2. atorvastatin 40 mg PO qhs\n3. furosemide 40 mg PO qAM\n4. KCl 20 mEq PO daily\nPharmacy: {loc:Rite Aid #3391}, {loc:Scranton}, {loc:PA} {loc:18503}\nPh {phone:570-555-0112} / Fax {phone:570-555-0113}"],
  ["meds-pharmacy", "Please send refill of levothyroxine 88 mcg to {loc:Costco Pharmacy} in {loc:Issaquah} — prescriber {name:Kamaka Alapa'i}, MD, NPI {id:1902847736}."],
  ["meds-pharmacy", "Mail-order via {loc:Express Scripts}, account {id:ES-20931776-04}; shipping to {loc:88 Quarry Lane, Unit 12}, {loc:Barre}, {loc:VT} {loc:05641}."],
  ["meds-pharmacy", "Pt brought pill bottles from {loc:Kinney Drugs} labeled for {name:Sylvester Ouellette}, Rx #{id:6612093}, written {date:12/12/23} by Dr. {name:Pham}."],
  ["meds-pharmacy", "Rx: amoxicillin 875 mg BID x10d. Prescriber: {name:Angela Moretti-Shaw}, DO, DEA {id:FM2284019}, NPI {id:1720493388}. Pharmacy: {loc:Publix Pharmacy}, {loc:Winter Park}."],
  ["meds-pharmacy", "Warfarin per Dr {name:Lindqvist}: 5 mg daily, INR 2.4; next INR check at {loc:Hy-Vee Pharmacy} in {loc:Ames} on {date:Wed 4/17}."],
  ["labs-imaging", "Hgb A1c 8.2% (collected {date:5/16/2024}, {loc:Quest Diagnostics}, {loc:Secaucus}, {loc:NJ}); ordering physician {name:Miriam Goldfarb}, MD; accession {id:QD7741092B}."],
  ["labs-imaging", "CBC w/ diff drawn {date:Friday} at {loc:LabCorp} {loc:Burlington}; results called to Nurse {name:Dottie} at {phone:336-555-0134 x318}."],
  ["labs-imaging", "EXAM: CT HEAD W/O CONTRAST\nPATIENT: {name:OKAFOR, CHIDINMA A}\nMRN: {id:002291847}\nDOB: {date:09/30/1958}\nDATE OF SERVICE: {date:03/11/2024}\nORDERING: {name:REYES-MORALES, ANDRES}, MD\nFACILITY: {loc:PARKLAND MEMORIAL HOSPITAL}\nINDICATION: Fall, on anticoagulation."],
  ["labs-imaging", "MRI L-spine, acc# {id:RAD-24-0081732}, read by {name:Esther Lindgren-Obi}, MD, {loc:Mayo Clinic} {loc:Rochester}, {date:2/29/24}."],
  ["labs-imaging", "Chest X-ray PA/lat — {name:Abdirahman Warsame}, {age:91 years old} — performed at {loc:Hennepin Healthcare}, {loc:Minneapolis} on {date:1/4}. Referring: Dr. {name:T. Sorensen}."],
  ["labs-imaging", "K 6.1 on repeat; critical value phoned to RN {name:Marcy Dunleavy} at 0214 on {date:7/19/2023} by lab tech {name:KJ}, {loc:St. Luke's Boise}."],
  ["labs-imaging", "US ABDOMEN | {name:Ferraro, Sal} | Acc {id:US55902113} | {date:Oct 2, 2023} | {loc:Northwell Lenox Hill} | Ordered by {name:Benedetta Corso}, NP | Callback {phone:212-555-0166}"],
  ["labs-imaging", "Lipid panel from last {date:Friday}: LDL 162. Ordered by {name:Rocco Bianchi}, PA; resulted at {loc:Sonora Quest Laboratories}, {loc:Tempe}."],
  ["labs-imaging", "Pathology {id:S24-11873}, received {date:3/27/2024}, {loc:ARUP Laboratories}, {loc:Salt Lake City}. Pathologist: {name:Hyun-woo Park}, MD. Clinician: {name:Bethany Larkspur}, CNM."],
  ["labs-imaging", "PROCEDURE: MAMMO SCREENING BILAT | PT: {name:Winona Featherstone} | MRN {id:M00456721} | DOS {date:12/19/23} | {loc:Sanford Medical Center Fargo} | Tech: {name:CJ}"],
  ["labs-imaging", "Pacemaker interrogation: Medtronic Azure XT, serial {id:RNB604218S}, implanted {date:5/5/2019} at {loc:Sanger Heart & Vascular Institute} by Dr. {name:Ravindra Kulkarni}."],
  ["labs-imaging", "TSH 0.02 (L), free T4 2.9 (H) — {date:06-03-2024} — ordered by {name:Marisa Kingfisher}, MD — {loc:Geisinger Medical Center}, {loc:Danville}."],
  ["referral", "Referral to {loc:Dana-Farber Cancer Institute} for {name:Genevieve Tolliver} (DOB {date:1/17/49}), referring provider {name:Kwame Asante}, MD, fax {phone:(617) 555-0190}."],
  ["referral", "Referred by Dr. {name:Marguerite Oyelowo} of {loc:Piedmont Atlanta} to Dr. {name:Hollis Grant} at {loc:Emory Sleep Center}, {loc:1599 Clifton Rd NE}, {loc:Atlanta}, {loc:GA} {loc:30329}; ph {phone:404.555.0121}."],
  ["referral", "REFERRAL: ortho hand, {name:Summer Blackfeather}, ins BCBS {id:XJH449201877}, pref location {loc:Tulsa}, contact pt at {phone:918-555-0147}."],
  ["referral", "pls see this {age:90 yo} for cataract eval — {name:Ignatius Pruitt}, lives in {loc:Lubbock}. thx, {name:DW}"],
  ["referral", "eConsult to {loc:Mass General} Neurology re {name:Ansel Fairbanks} (MRN {id:3302981}); question from Dr. {name:Rachel Liebowitz}: ?PD vs ET. Reply requested by {date:Friday}."],
  ["referral", "Referral for home PT: {name:Odessa Culpepper}, {loc:19 Tupelo Trace}, {loc:Oxford}, {loc:MS} {loc:38655}; agency {loc:Amedisys}, intake fax {phone:662-555-0129}; start {date:4/8}."],
  ["portal-phone", "Portal message from {name:Carmen Villalobos-Ortiz} ({date:4/2/24} 9:14 PM): 'Hi Dr. {name:Kessler}, my blood sugars have been over 300 since {date:Sunday}. Can you call me at {phone:512-555-0173}?'"],
  ["portal-phone", "MyChart msg: 'this is {name:Jolene}, {name:Earl Haskins}'s daughter — he fell again {date:Tuesday} night. email me at {contact:jolene.haskins88@example.com}'"],
  ["portal-phone", "Phone note {date:9/12/2023} 14:20 — spoke w/ pt's husband {name:Reggie Tabor} at {phone:(901) 555-0168}; pt doing ok after colonoscopy at {loc:Methodist Le Bonheur Germantown}. — {name:A. Whitcomb}, RN"],
  ["portal-phone", "TC from {loc:Walmart Pharmacy} {loc:Joplin} re: prior auth for Ozempic for {name:Darla Fenwick}, member ID {id:UHC938201457}; callback {phone:417-555-0139 ext 22}."],
  ["portal-phone", "Called {name:Sandy Kim} x2, no answer, left VM on {phone:206.555.0154} re: abnormal Pap; will send letter to {loc:2210 NE 65th St Apt 5}, {loc:Seattle}."],
  ["portal-phone", "portal: 'hi this is {name:will}, can i get my covid booster at the {loc:shawnee} clinic on {date:the 18th}? my chart # is {id:44821907}'"],
  ["portal-phone", "Pt's wife {name:Bonnie} called {date:Wednesday} AM, states pt ({age:ninety-six years old}) refused his meds; advised ED at {loc:Sentara Norfolk General}."],
  ["portal-phone", "RN phone triage {date:11/27}: {name:Tomasz Wiśniewski} reports fever 102.1 since {date:Thanksgiving}; directed to {loc:Advocate Lutheran General} urgent care. Callback {phone:847-555-0102}."],
  ["portal-phone", "Message to pt {name:Grayson Whitfield-Bey}: 'Your results from {date:April 3rd} are normal. — {name:Lynette}, RN, {loc:Atrium Health Wake Forest Baptist}'"],
  ["portal-phone", "VM left by Dr. {name:Akua Osei} ({loc:Nemours}) {date:Thurs}: pls call back re {name:Jada Freeman}'s echo, pager {phone:302-555-0196}."],
  ["portal-phone", "Please email the FMLA form to {contact:gbraithwaite@example.org} — {name:Gordon Braithwaite}, HR, {loc:Boeing} {loc:Everett}."],
  ["portal-phone", "Pt's daughter {name:Autumn Rainwater} prefers email: {contact:autumn.rainwater@example.com}; also {phone:(480) 555-0160}."],
  ["portal-phone", "Spoke with {name:Hank} from {loc:Lincare} re O2 concentrator serial {id:LC-SN-0093812}; delivery to {loc:Dover}, {loc:DE} on {date:Mon}."],
  ["portal-phone", "Subject: question about my mom\nFrom: {name:Marisol Ferreira-Pike}\nSent: {date:Sunday, March 10, 2024} 8:02 PM\nTo: Dr. {name:Abramowitz}\n\nHi Dr. {name:Abramowitz}, my mother {name:Lucia Ferreira} ({age:92}) has been more confused since her UTI. She is at {loc:Brookdale Cedar Park} now. Can someone call me at {phone:512.555.0138}?\nThanks, {name:Mari}"],
  ["reminder-billing", "Reminder: {name:Nguyen Thi Lan} has an appointment with Dr. {name:Halvorsen} on {date:Thursday, 05/09/2024} at 10:40 AM, {loc:Allina Health Woodbury Clinic}. Call {phone:651-555-0117} to reschedule."],
  ["reminder-billing", "Hi {name:Rusty}! This is {loc:Sutter Health} reminding you of your appt {date:3/14} @ 2:15p. Reply C to confirm. Questions? {contact:www.sutterhealth-example.org/appt}"],
  ["reminder-billing", "APPT REMINDER: {name:MARISOL QUINTANILLA} — MAMMOGRAM — {date:FRI 6/7} 8:00 AM — {loc:INOVA FAIRFAX BREAST CENTER}, {loc:3300 GALLOWS RD}, {loc:FALLS CHURCH} {loc:VA}."],
  ["reminder-billing", "Statement for {name:Percival Obi-Kane}, acct {id:10092387741}, date of service {date:08/14/2023}, balance $412.60. Remit to {loc:PO Box 4471}, {loc:Scottsdale}, {loc:AZ} {loc:85261}."],
  ["reminder-billing", "Insurance: Aetna PPO, member ID {id:W4429187703}, group {id:0081244-010}; subscriber {name:Dennis Albright} (spouse). Pt SSN on file {id:511-55-0193}."],
  ["reminder-billing", "Billing note: claim {id:CLM-2024-0042291} denied {date:Jan 30}; resubmitted with corrected NPI {id:1538266104} for Dr. {name:Gwendolyn Ashby}."],
  ["reminder-billing", "Medicare beneficiary {name:Lorraine Dubois} ({age:ninety-nine}) MBI {id:1EG4-TE5-MK73}; secondary Tricare, sponsor {name:Marcus Dubois}."],
  ["reminder-billing", "Your copay of $40 for the {date:2/21} visit with Dr. {name:Sheikh} at {loc:Aurora BayCare} is due. Pay online at {contact:https://pay.aurorabaycare-example.com} or call {phone:920-555-0140}."],
  ["reminder-billing", "Automated call to {phone:864-555-0188} for {name:Blessing Okonjo}: flu shot clinic {date:Sat 10/12} at {loc:Prisma Health Greenville}."],
  ["reminder-billing", "Patient {name:Hiroshi Tanabe}, account {id:HT-880231-9}, guarantor {name:Emiko Tanabe}, {loc:1450 Kapiolani Blvd #1806}, {loc:Honolulu}, {loc:HI} {loc:96814}."],
  ["reminder-billing", "Workers' comp claim {id:WC-77310452} for {name:Luis Ocampo}, employer {loc:Turner Construction}, adjuster {name:Trish Delaney} {phone:800-555-0144}, DOI {date:9/21/23}."],
  ["reminder-billing", "Dental: {name:Ivy Mercer-Ruiz}, your cleaning at {loc:Aspen Dental} {loc:Pueblo} is {date:Tues 11/5}. Call {phone:719-555-0177} with questions."],
  ["reminder-billing", "EXPLANATION OF BENEFITS\nMember: {name:KOWALSKI, THEODORE J}\nMember ID: {id:XQH771204536}\nClaim #: {id:20240311-88412}\nProvider: {loc:UPMC PRESBYTERIAN}, {loc:PITTSBURGH} {loc:PA}\nDate of service: {date:02/27/2024}\nAmount billed: $3,418.00\nPlan paid: $2,290.17\nYou owe: $1,127.83"],
  ["contacts-consent", "Emergency contact: {name:Brook Tillman} (sister), {phone:(614) 555-0193}, {loc:4 Heron Ct}, {loc:Dublin}, {loc:OH} {loc:43017}."],
  ["contacts-consent", "EMERGENCY CONTACT: SON — {name:FRANK CHURCH JR.} — CELL {phone:702-555-0124}, WORK {phone:702-555-0150 X3311} ({loc:CAESARS ENTERTAINMENT})."],
  ["contacts-consent", "Consent for cardiac catheterization signed by pt {name:Ramón Esquivel} on {date:10/22/2023}, witnessed by {name:Tiffany Cho}, RN, at {loc:Scripps Memorial Hospital La Jolla}."],
  ["contacts-consent", "Healthcare proxy: nephew {name:Dwayne 'Duke' Mosley} — {phone:334-555-0108} — lives at {loc:77 Magnolia Dr}, {loc:Selma}, {loc:AL}."],
  ["contacts-consent", "Pt ({age:ninety-one-year-old}) lacks capacity; consent obtained by phone from daughter {name:Gloria Petrakis} at {phone:631.555.0175} on {date:4/30}, witnessed by {name:M. Ferrante}, RN."],
  ["contacts-consent", "I, {name:Celestine Mbeki}, authorize {loc:Johns Hopkins Hospital} to release my records to Dr. {name:Yusuf Rahimi} at {loc:MedStar Union Memorial}, fax {phone:410-555-0163}. Signed {date:6/1/24}."],
  ["contacts-consent", "Photo consent signed {date:Monday} by guardian {name:Tammy Jo Bledsoe}; minor pt {name:Kaylee} DOB {date:02/09/2015}."],
  ["contacts-consent", "Emergency contacts: 1) {name:Mark Sandoval} (brother) {phone:505-555-0133}; 2) {name:Esperanza Sandoval} (mother, {age:91}) {phone:505-555-0181}, both in {loc:Albuquerque}."],
  ["contacts-consent", "Research consent signed {date:11/02/2023} by {name:Ofelia Guzmán}; study coordinator {name:Devon Ashcroft}, {phone:214-555-0142 x5}."],
  ["contacts-consent", "Pt identity verified with driver's license {id:D3928-44718-02}; {name:Corazon Dimaculangan} consented to HIV testing {date:2/2/24}."],
  ["social-family", "SH: Works as a forklift operator at {loc:Tyson Foods} in {loc:Springdale}, {loc:AR}; lives with girlfriend {name:Crystal} in a trailer off {loc:Hwy 412}."],
  ["social-family", "Social hx: retired schoolteacher from {loc:Lincoln High School} in {loc:Sioux Falls}; widowed ({name:Harold} d. 2019); lives alone at {loc:Prairie View Apartments, unit 2B}."],
  ["social-family", "lives w/ wife {name:patty} in {loc:chillicothe}, works at the {loc:kenworth} plant, smokes 1 ppd x 30 yrs, drinks a few beers on weekends"],
  ["social-family", "FH: Mother {name:Ilse Vanderhoven} died at {age:ninety-three} of stroke; father {name:Cornelis} MI at 61; brother {name:Piet}, 58, T2DM."],
  ["social-family", "Family history: maternal grandmother {name:Opal Whitlock}, now {age:102 years old}, alive in {loc:Harlan County}, {loc:Kentucky}; sister {name:Rhonda} BRCA1+."],
  ["social-family", "FHx significant for colon CA in dad ({name:Leon Marchetti}, dx at 52) and uncle {name:Vinnie}; mom {name:Rosemary} healthy at 80."],
  ["social-family", "Social: lives with partner {name:Jaylen Brooks} at {loc:315 W 141st St, Apt 6F}, {loc:New York}, {loc:NY} {loc:10031}; employed as barista at {loc:Blue Bottle Coffee}."],
  ["social-family", "Occupation: long-haul trucker for {loc:Werner Enterprises}, based out of {loc:Omaha}; truck plate {id:NE 4KT-219}."],
  ["social-family", "Pt is a {age:90-year-old} retired Navy machinist, lives at the {loc:Armed Forces Retirement Home} in {loc:Gulfport}, {loc:MS}; close friend {name:Chester 'Chet' Lyle} visits weekly."],
  ["social-family", "Former coal miner ({loc:Consol Energy}, {loc:Waynesburg}); now on disability. Lives with son {name:Buck} and daughter-in-law {name:Misty} in {loc:Greene County}."],
  ["social-family", "FH: twin brother {name:Ezekiel Thornbury} died {date:Christmas Day 2021} of MI at 64; father {name:Amos} lived to {age:ninety-eight}."],
  ["social-family", "Living situation: homeless, staying at {loc:Pine Street Inn} in {loc:Boston}; case manager {name:Destiny Morales} {phone:617-555-0159}."],
  ["social-family", "Grandfather {name:Giuseppe 'Joe' Lombardi}, {age:96}, has Alzheimer's, lives in {loc:Providence}; aunt {name:Carmela} had breast ca at 45."],
  ["travel-school-work", "Travel hx: returned from {loc:Lagos}, {loc:Nigeria} on {date:8/11} via {loc:JFK}; visited aunt {name:Folasade Adeyemi} in {loc:Ibadan}."],
  ["travel-school-work", "Recent travel to {loc:Cancún}, {loc:Mexico} over {date:Memorial Day} weekend with husband {name:Doug}; diarrhea since {date:5/29}."],
  ["travel-school-work", "TRAVEL: CRUISE ({loc:PORT CANAVERAL} TO {loc:NASSAU}) {date:2/3}–{date:2/10}, SEEN BY SHIP PHYSICIAN DR. {name:AURELIO SANTOS}."],
  ["travel-school-work", "School note: Please excuse {name:Maya Lindstrom-Oduya} from PE at {loc:Jefferson Middle School} through {date:October 20th}. — {name:Sharon Petty}, MD, {loc:Children's Mercy Kansas City}."],
  ["travel-school-work", "Work note: {name:Kendrick Howell} may return to full duty at {loc:UPS Worldport} on {date:Monday 12/4}. Questions: {phone:502-555-0171}. {name:R. Castellano}, PA-C"],
  ["travel-school-work", "To whom it may concern: {name:Dakota Running Bear} was seen at {loc:Rapid City Regional} on {date:the 9th} and should not lift >10 lb until cleared. Employer: {loc:Black Hills Energy}."],
  ["travel-school-work", "Pt is a student at {loc:Texas A&M University} in {loc:College Station}; roommate {name:Trey} drove him to ED on {date:Saturday}. Student ID {id:A00738215}."],
  ["travel-school-work", "Daycare letter: {name:Liam O'Shaughnessy}, age 4, cleared to return to {loc:Little Sprouts Learning Center} on {date:1/16}. Mom {name:Siobhan} at {phone:617-555-0123}."],
  ["travel-school-work", "Pt spent {date:Easter} with relatives in {loc:San Juan}, {loc:Puerto Rico}; many mosquito bites; cousin {name:Yadiel Rosario} had dengue."],
  ["travel-school-work", "Sports physical for {name:Brayden Kowalski}, {loc:Naperville North High School} varsity wrestling, cleared {date:8/15/24}. Parent: {name:Krista Kowalski}, {contact:kkowalski.fam@example.net}."],
  ["travel-school-work", "Arrived from {loc:Guatemala City} {date:3/20}, staying with uncle {name:Edgar Ixcoy} at {loc:2219 Quincy Ave}, {loc:Lake Worth}, {loc:FL}."],
  ["travel-school-work", "work excuse — {name:dusty pruett} seen {date:10/14/23} at {loc:st. vincent's} for back strain, off work at {loc:home depot} until {date:10/17}. {name:lk} np, {phone:205-555-0152}"],
];

/** Identifier-free items in the same style. */
export const DECISION_134_FIRST_CLEAN: string[] = [
  "Pt admitted from the ED with CAP; CURB-65 score 2, started on ceftriaxone 1 g IV q24h and azithromycin 500 mg.",
  "Discharged home in stable condition with home health and a rolling walker; follow up with PCP in 1–2 weeks.",
  "Clinic visit: BP 138/84, HR 72, BMI 31.4; counseled on DASH diet, will recheck BMP in 3 months.",
  "Medication list: metoprolol succinate 50 mg daily, lisinopril 10 mg daily, atorvastatin 80 mg qhs, aspirin 81 mg daily.",
  "Lab results: Na 134, K 5.2, Cr 1.4 (baseline 1.1), BUN 28, glucose 212; ordering physician notified.",
  "EXAM: MRI BRAIN W AND WO CONTRAST. INDICATION: Headache, r/o mass. COMPARISON: None.",
  "Referral placed to GI for screening colonoscopy; Cologuard positive in 2022.",
  "Portal message: pt asks whether she can take Tylenol with her Eliquis; advised acetaminophen up to 3 g/day is fine.",
  "Phone call: returned pt's call re rash after starting Bactrim; instructed to stop the drug and come in if lips swell.",
  "Reminder: please arrive 15 minutes early and bring your insurance card and a list of your medications.",
  "Billing: CPT 99214 with modifier 25, ICD-10 E11.65 and I10; prior authorization approved for 12 visits.",
  "Emergency contact on file; pt declines to update at this time.",
  "Social history: lives with spouse in a two-story home, 14 stairs to bedroom; quit smoking in 1998, 20 pack-years.",
  "Family history: mother with Hashimoto thyroiditis, father with Parkinson disease diagnosed at 72, brother with Crohn's.",
  "Travel history: no recent travel outside the state; no sick contacts; no tick exposure.",
  "Work note: may return to light duty with no lifting over 20 lb for 2 weeks.",
  "Consent obtained for lumbar puncture after discussion of risks including post-dural puncture headache, bleeding, and infection.",
  "Pt is an 87-year-old man with Alzheimer's dementia, MMSE 18/30, admitted for aspiration pneumonia.",
  "Positive Murphy sign, no McBurney point tenderness; Alvarado score 3.",
  "Philadelphia collar in place; Canadian C-spine rule applied, imaging deferred.",
  "ECG: NSR 78, PR 180 ms, QTc 452, no Brugada pattern; Wells score 1.5, low pretest probability.",
  "Hope to wean O2 to 2 L NC by morning; will reassess after a trial of Lasix 40 mg IV.",
  "Grant funding covers the CHW program; Bill the visit as 99213 with the care-management add-on.",
  "Will follow up on cultures; Rose Bengal stain negative, Schirmer test 4 mm at 5 minutes.",
  "Bartter vs Gitelman syndrome considered given hypokalemia and metabolic alkalosis; urine Cl 45.",
  "Hgb A1c 9.4% → 7.8% over 6 months on Ozempic 1 mg weekly and Jardiance 25 mg daily.",
  "Vent: AC/VC, TV 450, RR 18, PEEP 8, FiO2 40%; ABG 7.38/42/88.",
  "CHA2DS2-VASc 4, HAS-BLED 2; Watchman discussed as alternative to long-term anticoagulation.",
  "CT CHEST PE PROTOCOL. TECHNIQUE: Helical images after 75 mL Omnipaque 350. FINDINGS: No filling defect.",
  "Appointment reminder: your Holter monitor must be returned within 48 hours of removal.",
  "Insurance: Medicaid managed care plan; copay $0; referral required for specialist visits.",
  "Lives alone in an apartment, uses a cane outdoors, Meals on Wheels three times a week, daughter checks in daily.",
  "FH: two maternal aunts with breast cancer in their 40s; no known Lynch syndrome; paternal grandfather died at 85.",
  "Returned from a hiking trip last month; Lyme titers pending; no bull's-eye rash.",
  "School note: child may use albuterol inhaler 2 puffs q4h PRN before gym class.",
  "Patient verbalized understanding of the risks, benefits and alternatives and wishes to proceed; teach-back done.",
  "Tdap given in left deltoid, lot recorded on vaccine record; VIS provided; observed 15 min without reaction.",
  "Pt denies EtOH, tobacco, or illicit drug use; works full time as an electrician; married with three kids.",
  "Dusty-appearing 4 mm papule on dorsum of the hand, punch biopsy done; sputum sandy brown; path to follow.",
  "Glasgow Coma Scale 15; pupils 3 mm PERRL; Babinski downgoing bilaterally; Romberg negative.",
  "Transferred from the MICU to Step-Down on hospital day 3; Foley removed, Swan-Ganz pulled.",
  "Rx: prednisone 40 mg daily x5 days, #5, no refills; take with food.",
  "Eosinophils 12%, IgE 840; Churg-Strauss on the differential, ANCA sent.",
  "Cash pay patient; self-pay discount applied per financial counseling policy.",
  "Baker's cyst on ultrasound, no DVT; Homans sign unreliable.",
  "Pt's father, 88, had a Whipple in 2015 for pancreatic cancer.",
  "Echo: EF 35–40%, moderate MR, RVSP 45; started Entresto 24/26 mg BID.",
  "Dad at bedside; Mom updated by phone; the attending will call back after rounds.",
  "Addison disease on hydrocortisone 15 mg AM / 5 mg PM; stress-dose instructions reviewed.",
  "Pap smear ASC-US, HPV negative; repeat co-testing in 3 years per ASCCP guidelines.",
  "INR 2.6 on warfarin 5 mg; no change; next INR in 2 weeks.",
  "Lives in a rural area about 40 miles from the nearest hospital; drives himself; no firearms in the home.",
  "Tanner stage 3; growth at 50th percentile; Denver II milestones appropriate for age.",
  "COVID-19 PCR negative; Pfizer booster given; return precautions reviewed at 10:30.",
  "Brook trout fishing trip; fishhook removed from thumb with string-yank technique, tetanus up to date.",
  "Graves disease s/p RAI in 2010, now on levothyroxine 112 mcg; TSH 1.8.",
  "MED LIST:\n1. Humalog sliding scale AC/HS\n2. Lantus 30 u qhs\n3. gabapentin 300 mg TID\n4. Senna 8.6 mg qhs PRN\nReconciled by pharmacy at admission; no discrepancies.",
  "Mark the left knee before the block; Rusty sputum noted this morning, consistent with pneumococcal pneumonia.",
];

/** Decision 134's batch in corpus.json's shape, for score.ts. */
export function decision134Corpus(): Corpus {
  return { notes: DECISION_134_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_134_FIRST_CLEAN };
}
