// Short synthetic US healthcare texts (one to three sentences) modelled on the LLM-generated PHI
// sentences of public de-identification benchmarks: intake forms, discharge instructions,
// appointment reminders, referral letters, pharmacy labels, insurance and billing notes, patient
// portal messages, emergency contacts, social histories and research consent forms. They are by
// "a thirtieth writer who had not read the guard's rules", whose habits are full street addresses
// with apartment or unit numbers and ZIP+4 codes; ages over 89 written every which way ("aged 93",
// "a 91-year-old", "(age 95)", "97 yrs"); dates in ISO, long ordinal, European day/month/year and
// bare day-month forms; names carrying middle initials, suffixes and stacked degrees; and a steady
// supply of emails, URLs, IP addresses, SSNs, driver's licence numbers, health-plan member IDs,
// vehicle plates, employers and schools. The same few patients recur across form types.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "intake"
  | "discharge"
  | "reminder"
  | "referral"
  | "pharmacy"
  | "insurance"
  | "billing"
  | "portal"
  | "contact"
  | "social"
  | "consent";

/**
 * The batch of decision 220: synthetic one- to three-sentence US healthcare texts with PHI, by a
 * writer who had not read the guard's rules.
 */
export const DECISION_220_FIRST: Array<[Style, string]> = [
  ["intake", "New patient intake: {name:Robert J. Alvarez Jr.}, DOB {date:1961-08-02}, home address {loc:1187 Larkspur Dr, Apt 4B}, {loc:Tempe}, {loc:AZ} {loc:85281-3307}; cell {phone:(480) 555-0143}; email {contact:rjalvarez.jr@fastmail.com}."],
  ["intake", "Registration {date:March 14th, 2023}: {name:Hortensia M. Villaseñor}, aged 58, SSN {id:512-44-8093}, Arizona DL {id:D07731942}; works as a cook in the central kitchen of {loc:Mesa Public Schools}."],
  ["intake", "Intake form dated {date:14/03/2023} for {name:Eleanor P. Whitcombe-Haas}, {age:aged 93}, of {loc:402 Mill Race Ct, Unit 7}, {loc:Lancaster}, {loc:PA} {loc:17601-4420}. Accompanied by her son {name:Gregory T. Haas}; PCP Dr. {name:Anil V. Ramaswamy}, MD."],
  ["intake", "{name:Kwame O. Asante-Boateng} (MRN {id:TMC-00418827}) checked in at {loc:Tucson Medical Center} on {date:14 Mar} with {loc:Blue Cross Blue Shield of Arizona}, member ID {id:AZB884102937}. Preferred contact is {contact:kwame.asante@outlook.com}."],
  ["intake", "{name:Dolores T. Quintanilla}, a {age:91-year-old} widow, completed intake at {loc:Sun City West Family Practice} on {date:2022-11-09}. Address on file: {loc:13902 W Meeker Blvd, Apt 212}, {loc:Sun City West}, {loc:AZ} {loc:85375-2216}."],
  ["intake", "INTAKE: {name:THEODORE R. BANKS III}, DOB {date:19/04/1947}, SSN {id:230-91-4456}. RETIRED CONDUCTOR, {loc:NORFOLK SOUTHERN}. WIFE {name:LORETTA A. BANKS}, {phone:757-555-0129}."],
  ["intake", "new pt paperwork for {name:siobhan k. o'rourke-diaz}, {age:97 yrs}, brought in by granddaughter {name:maeve diaz} on {date:2 feb}; lives at {loc:77 quarry hill rd, apt 3}, {loc:barre}, {loc:vt} {loc:05641-1908}."],
  ["intake", "Intake for {name:Augustine F. Mbeki Sr.} ({age:age 95}) completed by his daughter-in-law {name:Rosalind Mbeki} on {date:August 3rd, 2023}; Medicare ID {id:4TQ7-WX2-HN83}; home is {loc:5520 N Scottsdale Rd, Unit 1018}, {loc:Scottsdale}, {loc:AZ} {loc:85253-7741}."],
  ["intake", "Security intake: {name:Darnell E. Fitzhugh} parked in Deck B with a gray F-150, AZ plate {id:CKL4471}; driver's license {id:D11846203}; visitor badge issued {date:2023-07-19}."],
  ["discharge", "{name:Margaret L. Okonkwo-Reyes}, {age:aged 94}, was discharged from {loc:Banner Desert Medical Center} on {date:2023-05-02} to {loc:Arbor Rose Senior Care} in {loc:Mesa}. Follow up with Dr. {name:Feliks W. Nowak}, DO, within 7 days."],
  ["discharge", "Discharge instructions for {name:Harold B. Pennington Jr.}: keep the incision dry until {date:March 21st, 2023}; call Dr. {name:Mei-Ling Cho}, MD, PhD, at {phone:602-555-0178} for fever above 101.0 F."],
  ["discharge", "DISCHARGED {date:02/06/2023} FROM {loc:MAYO CLINIC HOSPITAL PHOENIX}: {name:WALLACE G. HUTCHENS}, {age:96 YRS}, MRN {id:MCP-7720193}. HOME HEALTH BY {loc:AMEDISYS} STARTS {date:4 JUN}."],
  ["discharge", "Post-op instructions reviewed with {name:Ingrid C. Solheim} and her husband {name:Bjorn} on {date:11 Oct}: no lifting over 10 lb for 6 weeks, oxycodone 5 mg q6h PRN; wound check at {loc:HonorHealth Shea Medical Center} on {date:2023-10-18}."],
  ["discharge", "discharged home {date:2022-12-27} after chf exacerbation; {name:lucius m. okafor}, a {age:90-year-old}, lives at {loc:918 e. juniper ave, apt 6}, {loc:phoenix}, {loc:az} {loc:85022-3319}; daughter {name:adaeze} will manage his furosemide."],
  ["discharge", "Discharge summary: {name:Beatriz A. Calderón-Shaw} (DOB {date:07/11/1954}) left {loc:St. Joseph's Hospital and Medical Center} on {date:July 9th, 2023}; discharging physician Dr. {name:Omar K. Haddad}, MD; PCP notified at {contact:ohaddad@dignityhealth.org}."],
  ["discharge", "Patient {name:Francis X. Delgado III} was discharged to {loc:Kindred Hospital Tucson} on {date:15/09/2023}; transport by {loc:Southwest Ambulance}, unit 42; belongings list signed by his niece {name:Teresa Delgado-Wu}."],
  ["discharge", "DC'd {date:Sat} after TAVR; {name:Ruth E. Abernathy} ({age:age 92}) goes home to {loc:Friendship Village}, {loc:2645 E Southern Ave, Apt 310}, {loc:Tempe}, {loc:AZ} {loc:85282-7605}; cardiology f/u {date:2023-09-05}."],
  ["discharge", "Discharge teaching completed with {name:Javier N. Olivares}, aged 47, on his new insulin pen. He may return to work at {loc:Salt River Project} on {date:16 Jan} and may drive per Dr. {name:Kathleen M. Brennan-Yoo}, MD."],
  ["reminder", "Reminder: {name:Robert J. Alvarez Jr.}, your appointment with Dr. {name:Mei-Ling Cho} at {loc:Valleywise Health Medical Center}, {loc:2601 E Roosevelt St}, {loc:Phoenix}, {loc:AZ} {loc:85008-4973}, is on {date:2023-04-11} at 9:40 AM."],
  ["reminder", "Hi {name:Tamsin}! This is {loc:Desert Sky Dental} reminding you of your cleaning on {date:Thursday, June 8th}. Reply Y to confirm or call {phone:623-555-0117}."],
  ["reminder", "APPOINTMENT REMINDER FOR {name:HENRY W. STRAUSS}, {age:AGED 98}: DR. {name:PAULINE D. ASHWORTH}, MD, GERIATRICS, {date:03/10/2023} 1:15 PM, {loc:BANNER SUN HEALTH RESEARCH INSTITUTE}, {loc:SUN CITY}. BRING YOUR MEDICATION LIST."],
  ["reminder", "Your telehealth visit with {name:Nadia R. Haddad-Kim}, PA-C, is {date:28 Sep} at 3 PM. Join at {contact:https://telehealth.honorhealth.com/room/nhk-4471} using the code sent to {contact:jpark.family@gmail.com}."],
  ["reminder", "Mammogram reminder: {name:Lourdes P. Encarnación}, your screening is due on or after {date:2024-02-19} at {loc:SimonMed Imaging}, {loc:Glendale}; schedule online at {contact:www.simonmed.com/schedule}."],
  ["reminder", "reminder - {name:eli} has his 4-year well check with dr {name:ogunleye} on {date:5 apr}, please bring his shot card and the {loc:kyrene school district} health form."],
  ["reminder", "Automated reminder sent {date:April 2nd, 2023} to {phone:(520) 555-0164} for {name:Cornelius A. Whitfield}: colonoscopy prep begins the day before; procedure at {loc:Northwest Medical Center}, {loc:6200 N La Cholla Blvd}, {loc:Tucson}."],
  ["reminder", "This is {loc:Chandler Regional Medical Center} for {name:Opal V. Kittredge}: the pre-op call is on {date:11/12/2023}. Because she is {age:93 yrs}, anesthesia wants a caregiver present; her nephew {name:Dale Kittredge} has confirmed."],
  ["reminder", "REMINDER: {name:ABIGAIL T. MORROW-SINGH} – PHYSICAL THERAPY {date:MON 14 AUG}, 7:30 AM, {loc:ATI PHYSICAL THERAPY}, {loc:4001 S POWER RD, STE 110}, {loc:MESA}, {loc:AZ} {loc:85212-3603}."],
  ["reminder", "Flu shot clinic reminder for residents of {loc:Royal Oaks Lifecare Community}: Mrs. {name:Gertrude H. Lindholm} (age 89) and Mr. {name:Stanislaus Lindholm} ({age:age 94}) are booked for {date:2023-10-06}."],
  ["referral", "Dear Dr. {name:Rajesh K. Venkataraman}, MD, FACC: I am referring {name:Gloria E. Fuentes-Albright}, aged 71, DOB {date:1952-03-30}, for evaluation of new atrial fibrillation. Please contact my office at {phone:480-555-0132} or {contact:referrals@mesafamilymed.com}. Sincerely, {name:Dana L. Whitaker}, DO."],
  ["referral", "REFERRAL LETTER {date:2023-06-21}: PATIENT {name:VIOLETTA N. DRAGOMIR}, MEMBER ID {id:UHC-908812457}, REFERRED BY DR. {name:ERNEST P. KOWALSKI}, MD, TO DR. {name:SUNITA R. BHATT}, MD, PHD, ENDOCRINOLOGY, {loc:UNIVERSITY OF ARIZONA MEDICAL CENTER}."],
  ["referral", "Referring {name:Tobias M. Wren} (DL {id:D09981230}, SSN {id:601-38-2274}) to {loc:Valley Sleep Center} for polysomnography; he drives a route truck for {loc:Frito-Lay} and had a near-miss on {date:3 Jul}."],
  ["referral", "Please schedule {name:Quentin D. Harlow} with Dr. {name:Yusuf A. Demir}, MD, in orthopedics; injury occurred {date:14 Feb} while pitching for {loc:Mesa Community College}; team trainer {name:Jill Oyelaran}, {phone:480-555-0188}."],
  ["referral", "e-referral {id:REF-2023-0088412} sent {date:November 3rd, 2023} for {name:Lakshmi V. Iyer} to {loc:Phoenix Children's Hospital} developmental pediatrics; mother {name:Deepa Iyer} prefers {contact:deepa.iyer@asu.edu}."],
  ["referral", "referral for hearing aids for {name:clarence o. fairbanks}, {age:aged 92}, to {loc:hearusa} in {loc:sun city west}; his {loc:vfw post 7401} will help with the cost per his wife {name:marjorie}."],
  ["referral", "Referral letter (dictated {date:2023-08-29}): Dr. {name:Helena M. Sokolova}, MD, PhD, of {loc:HonorHealth Neurology}, kindly see {name:Marcus T. Oyelowo II}, a 44-year-old electrician with {loc:Rosendin Electric}, for chronic migraine."],
  ["referral", "RE: {name:ESTHER R. GOLDBLUM}, DOB {date:05/02/1931} ({age:AGE 92}), TO {loc:HOSPICE OF THE VALLEY}, {loc:PHOENIX}; REFERRING MD {name:L. CHEN}, NPI {id:1386710432}."],
  ["pharmacy", "Rx# {id:4410928} | {name:ALVAREZ, ROBERT J JR} | Lisinopril 20 mg tab, take 1 by mouth daily | Qty 90 | Dr. {name:M. Cho} | Filled {date:2023-04-12} | {loc:Walgreens #11873}, {loc:1710 E Southern Ave}, {loc:Tempe} {phone:480-555-0104}"],
  ["pharmacy", "{loc:CVS/pharmacy #09821}, {loc:3302 N Campbell Ave}, {loc:Tucson}, {loc:AZ} {loc:85719-2305}. Rx {id:0719384}: metformin ER 500 mg, 2 tabs with supper. Patient: {name:Hyun-Joo P. Baek}. Prescriber: {name:Nadia R. Haddad-Kim}, PA-C. Refills: 3 before {date:14/03/2024}."],
  ["pharmacy", "PHARMACY LABEL: {name:EDNA F. MARCHETTI} ({age:AGE 96}) – WARFARIN 2.5 MG, TAKE AS DIRECTED BY {loc:SUN HEALTH ANTICOAGULATION CLINIC}; DISPENSED {date:17 MAR}; RPH {name:T. NGUYEN}."],
  ["pharmacy", "Sertraline 50 mg, #30, for {name:Caleb R. Whitmore}, DOB {date:2002-10-04}; auto-refill texts go to {phone:602-555-0191}; pick up at {loc:Fry's Pharmacy} on {loc:Baseline Rd}."],
  ["pharmacy", "amoxicillin 400 mg/5 mL susp, 6 mL bid x10d — {name:liam o. petrov}, 3 yrs; rx {id:6620481}; {loc:safeway pharmacy}, {loc:gilbert}; dispensed {date:9 nov}; shake well, refrigerate."],
  ["pharmacy", "Controlled substance label: oxycodone 5 mg, #20, no refills; patient {name:Deshawn L. Pritchett}; prescriber Dr. {name:Kathleen M. Brennan-Yoo}, DEA {id:BB4419823}; ID checked (AZ DL {id:D04418870}) on {date:2023-07-30}."],
  ["pharmacy", "Label reprint requested {date:21/06/2023} by {name:Lorna P. McFadden} because her dog chewed the bottle; prednisone 10 mg taper; {loc:Costco Pharmacy} {loc:Avondale}, {phone:623-555-0150}."],
  ["pharmacy", "LABEL — {name:NGUYEN, THI MAI}, {age:92 YO}, DONEPEZIL 10 MG AT BEDTIME; RX {id:3378205}; {loc:WALMART PHARMACY 10-1744}, {loc:MARICOPA}; CAREGIVER PICKUP BY {name:KHANH NGUYEN}."],
  ["insurance", "Eligibility verified {date:2023-03-14}: {name:Robert J. Alvarez Jr.}, {loc:UnitedHealthcare} Choice Plus, member ID {id:918273645-01}, group {id:705214}; coverage through his employer, {loc:Tempe Union High School District}."],
  ["insurance", "Medicare Advantage: {name:Lillian G. Fairweather}, {age:aged 94}, MBI {id:7KD2-RT4-WP19}, {loc:Humana Gold Plus} HMO, PCP assignment Dr. {name:Samuel T. Okoro}, MD; effective {date:01/01/2024}."],
  ["insurance", "Secondary coverage: {loc:AHCCCS} (Arizona Medicaid) ID {id:A12884409} for {name:Yesenia M. Duarte-Lopez}, DOB {date:23/05/2015}; guardian {name:Marisol Duarte}, SSN {id:602-14-9937}."],
  ["insurance", "INSURANCE CARD COPIED {date:9 OCT}: {loc:CIGNA} OPEN ACCESS PLUS, ID {id:U7739012804}, GROUP {id:3340129}, SUBSCRIBER {name:KENJI R. WATANABE}, EMPLOYER {loc:AMERICAN EXPRESS}, {loc:PHOENIX}."],
  ["insurance", "Auth request {id:PA-55092181} to {loc:Aetna Better Health} for MRI lumbar spine on {name:Delphine M. Achterberg}, submitted {date:June 5th, 2023} by {name:Carla S. Ruiz}, prior-auth coordinator, {phone:480-555-0137 ext. 221}."],
  ["insurance", "tricare beneficiary sgt. {name:marcus l. tolliver jr.}, dod id {id:1288403391}, stationed at {loc:luke air force base}; dependent wife {name:keisha tolliver}, dob {date:1993-12-02}."],
  ["insurance", "COB update: primary is {loc:Blue Cross Blue Shield of Arizona}, member {id:XEJ447120935}, through her employer {loc:Scottsdale Unified School District}; secondary through her husband, {name:Adrian P. Kovač}, at {loc:GoDaddy}."],
  ["insurance", "Workers' comp: {name:Ramón E. Ybarra} injured {date:2023-02-08} on a job site for {loc:Sundt Construction}; claim {id:WC-23-004418} with {loc:CopperPoint Insurance}; adjuster {name:Brenda K. Hollis}, {phone:602-555-0125}, {contact:bhollis@copperpoint.com}."],
  ["insurance", "Retro eligibility for {name:Ahmad F. Rahimi} ({age:90 yrs}): Medicare {id:2HW5-JK8-TT61} plus {loc:AARP Medicare Supplement} Plan G, policy {id:442190873-11}; verified {date:15/01/2024}."],
  ["insurance", "Member ID {id:BCA-0088-2213-47} was rejected on {date:27 Feb}; the new card from {loc:Banner|Aetna}, effective {date:2024-03-01}, lists {name:Celeste A. Moreau-Ibe} as subscriber."],
  ["billing", "Statement date {date:2023-05-31}: guarantor {name:Robert J. Alvarez Sr.}, account {id:VH-000448271}, for services to {name:Robert J. Alvarez Jr.} on {date:April 11th, 2023}; remit to {loc:PO Box 29187}, {loc:Phoenix}, {loc:AZ} {loc:85038-9187}."],
  ["billing", "Payment of $250.00 received {date:12/06/2023} from {name:Hiroko S. Tanabe} by credit card; receipt emailed to {contact:htanabe@cox.net}; remaining balance on acct {id:2210938847} is $118.40."],
  ["billing", "Itemized bill requested by {name:Jocelyn M. Varga} for her mother, {name:Ilona Varga}, {age:aged 95}, stay {date:02/03/2023}–{date:09/03/2023} at {loc:Abrazo Arrowhead Campus}; mail to {loc:8811 W Cactus Rd, Apt 16}, {loc:Peoria}."],
  ["billing", "Billing called {name:Reginald P. Osei} at {phone:602-555-0198} on {date:Tuesday, 14 Mar} about the duplicate CPT 99214 charge; corrected claim {id:CLM-4419-88230} resubmitted."],
  ["billing", "financial assistance: {name:maría j. santiago}, household of 5, income from the {loc:dollar general} distribution center in {loc:casa grande}; 75% discount approved on acct {id:pmc-551029} {date:2023-11-20}."],
  ["billing", "Good Faith Estimate issued {date:October 2nd, 2023} to self-pay patient {name:Ezra B. Lindqvist} for knee arthroscopy at {loc:Scottsdale Liberty Hospital}; estimate {id:GFE-2023-10-0412}; questions to {contact:billing@scottsdaleliberty.com}."],
  ["billing", "Portal payment posted from IP {contact:98.167.22.140} for {name:Nathaniel O. Abiodun}, acct {id:ST-20881934}, at 23:14 on {date:2023-12-24}."],
  ["billing", "AMBULANCE BILL: {name:GUSTAVO R. PEÑA}, PICKED UP AT {loc:CIRCLE K}, {loc:4402 N 7TH AVE}, {loc:PHOENIX}, ON {date:5 MAY}; TRANSPORTED TO {loc:BANNER UNIVERSITY MEDICAL CENTER PHOENIX}; RUN {id:PFD-23-0551874}."],
  ["portal", "Message from {name:Robert J. Alvarez Jr.} ({date:2023-04-13}): 'Dr. {name:Cho}, the lisinopril is making me cough at night. Can I switch? I'm teaching at {loc:Corona del Sol High School} until 4.'"],
  ["portal", "Hi {name:Ingrid}, your CT from {date:12 Oct} shows a 4 mm lung nodule that needs a repeat scan in 12 months. — {name:Nadia Haddad-Kim}, PA-C, {loc:HonorHealth Pulmonology}"],
  ["portal", "PORTAL: {name:OSWALD E. TREMBLAY}, {age:AGED 93}, ASKS THROUGH HIS DAUGHTER'S PROXY ACCOUNT ({contact:c.tremblay.proxy}) WHETHER HE STILL NEEDS THE {date:NOVEMBER 20TH, 2023} COLONOSCOPY. ROUTED TO DR. {name:FAIRCHILD}."],
  ["portal", "hi this is {name:tamara k. oyelaran}, my son {name:jayden} got sent home from {loc:desert vista high school} with a fever of 102, can we get in today? my new cell is {phone:480-555-0169}"],
  ["portal", "New sign-in to the MyChart account of {name:Evelyn R. Sutcliffe} from IP {contact:174.65.203.18} on {date:14/11/2023} near {loc:Flagstaff}; if this wasn't you, call {phone:1-800-555-0110}."],
  ["portal", "Your lab results are ready, {name:Bartholomew}. A1c 7.2%, down from 8.1% in {date:June}. View them at {contact:https://mychart.bannerhealth.com} ~ {name:Karen L. Ostrowski}, RN, CDCES"],
  ["portal", "Reply sent {date:3 Jan} to {name:Faisal N. Qureshi}: the prior auth for Ozempic was approved by {loc:Aetna}; please pick it up at {loc:Walgreens} on {loc:Mill Ave}. Dr. {name:Helen A. Vasquez-Ortiz}, MD"],
  ["portal", "Proxy access request: {name:Martin J. Kowalczyk}, son of {name:Irena Kowalczyk} ({age:age 99}), uploaded a POA dated {date:2021-09-17} at {contact:https://myhealth.tmcaz.com/proxy}; verified by {name:Lupe} in HIM."],
  ["portal", "Pt {name:Shira B. Goldfarb-Nunez} messaged at 02:40: 'my migraine is back since {date:Thursday} and the sumatriptan isn't working.' Advised ED at {loc:Banner Gateway Medical Center} in {loc:Gilbert} if worse."],
  ["portal", "Portal message ({date:August 3rd, 2023}) from {name:Rosalind Mbeki}, caregiver for {name:Augustine F. Mbeki Sr.}: 'Dad fell in the garage at {loc:5520 N Scottsdale Rd} this morning, no injury, but he is {age:95} and I'd like PT.'"],
  ["contact", "Emergency contact: {name:Loretta A. Banks} (wife), {loc:2216 Colley Ave, Apt 3F}, {loc:Norfolk}, {loc:VA} {loc:23517-1930}; home {phone:757-555-0129}, work {phone:757-555-0130 x412} at {loc:Sentara Norfolk General Hospital}."],
  ["contact", "EMERGENCY CONTACTS – 1) {name:GREGORY T. HAAS}, SON, {phone:717-555-0146}, {contact:ghaas@lancasterlaw.com}; 2) PASTOR {name:DIANE F. ULRICH}, {loc:TRINITY LUTHERAN CHURCH}, {phone:717-555-0112}."],
  ["contact", "If family cannot be reached, contact the patient's neighbor {name:Hamza Y. Siddiqui}, {loc:1187 Larkspur Dr, Apt 4C}, {loc:Tempe}, {loc:AZ} {loc:85281-3307}, tel {phone:480-555-0172}."],
  ["contact", "NOK: {name:Patricia O. Lindgren-Moss}, niece and health care POA, lives in {loc:Duluth}, {loc:MN}; cell {phone:218-555-0119}; best reached after 5 PM on weekdays because she teaches at {loc:Lake Superior College}."],
  ["contact", "emergency contact updated {date:2023-09-05}: {name:kenji watanabe} (husband) replaced by {name:hana watanabe-price} (daughter), {phone:(602) 555-0154}, {contact:hana.wp@icloud.com}."],
  ["contact", "Contact for {name:Ruth E. Abernathy}, {age:92yo}: son {name:Charles E. Abernathy II}, {phone:480-555-0183}; drives a silver Camry, plate {id:BXR7726}, registered with {loc:Friendship Village} security."],
  ["contact", "Secondary contact is Fr. {name:Anselm J. Brody}, OSB, at {loc:Holy Trinity Monastery} in {loc:St. David}, {loc:AZ}, phone {phone:520-555-0106}; the patient, {name:Wilfred M. Okafor}, is a lay oblate there."],
  ["contact", "Call the employer, {loc:Freeport-McMoRan}, {loc:Morenci} mine safety office, at {phone:928-555-0121} only if {name:Dwayne K. Yazzie} cannot be reached on his cell."],
  ["social", "Social history: {name:Robert J. Alvarez Jr.} teaches high school chemistry at {loc:Corona del Sol High School}, married, two children; quit smoking {date:2019-06-01}; drinks 2-3 beers on weekends."],
  ["social", "SH: widowed since {date:14/07/2018}, {age:aged 91}, former nurse at {loc:Good Samaritan Hospital} in {loc:Phoenix}; lives alone at {loc:9410 W Briarwood Cir, Apt 104}, {loc:Sun City}, {loc:AZ} {loc:85351-3328}; still drives (plate {id:HKE5590})."],
  ["social", "Social hx: works as a line cook at {loc:The Capital Grille} in {loc:Scottsdale}, 50 h/week; vapes daily; lives with partner {name:Diego A. Ríos}; denies IV drug use."],
  ["social", "SOCIAL HISTORY: RETIRED {loc:MOTOROLA} ENGINEER, {age:AGE 93}, WIDOWER OF {name:HELEN J. STRAUSS}; WALKS DAILY AT {loc:SUN CITY GRAND}; NO TOBACCO SINCE 1975."],
  ["social", "social: {name:caleb whitmore} is a junior at {loc:northern arizona university}, lives in {loc:mcconnell hall}; 6-8 drinks on weekends; plays club rugby; mother {name:dana whitmore} is his emergency contact."],
  ["social", "She came from {loc:Guadalajara} in 1998 and cleans offices at night for {loc:ABM Industries}; husband {name:Ernesto V. Salcido} works at {loc:Shamrock Foods} in {loc:Phoenix}; married {date:June 12th, 1999}."],
  ["social", "Patient reports he was paroled on {date:2022-10-03} from {loc:ASPC-Lewis} and checks in weekly with officer {name:Dana M. Whitford}; he now works at {loc:Goodwill of Central and Northern Arizona}."],
  ["social", "SH: Army veteran, VA claim file {id:C-28447129}, followed at {loc:Phoenix VA Health Care System}; lives with his brother {name:Luther P. Greer} in {loc:Avondale}; 40 pack-years, quit 2015."],
  ["social", "social history ({date:11 jan}): {age:ninety-four}, lives at {loc:the forum at tucson}, {loc:2500 n rosemont blvd, apt 207}, {loc:tucson}, {loc:az} {loc:85712-1714}; daughter {name:pam o'neill} visits {date:sundays}."],
  ["social", "Social history (per intake {date:March 14th, 2023}): {name:Hortensia M. Villaseñor} lives with her sister {name:Graciela} and three nephews, two of whom attend {loc:McClintock High School}; no alcohol."],
  ["consent", "I, {name:Robert J. Alvarez Jr.}, agree to join the {loc:Mayo Clinic Arizona} blood pressure registry as participant {id:BPR-0441-AZ}; signed {date:2023-04-20}; witness {name:Kelsey A. Marsh}, CRC."],
  ["consent", "Consent for future use of specimens for {name:Eleanor P. Whitcombe-Haas}, {age:aged 93}, signed by her legally authorized representative {name:Gregory T. Haas} on {date:15/03/2023}; questions to the study team at {phone:717-555-0161} or {contact:aging.study@pennstatehealth.psu.edu}."],
  ["consent", "RESEARCH CONSENT – SUBJECT {id:ALZ-2023-0917}, {name:HENRY W. STRAUSS}, DOB {date:02/11/1924}, ENROLLED AT {loc:BANNER ALZHEIMER'S INSTITUTE} ON {date:6 DEC}; CONSENTED BY DR. {name:PAULINE D. ASHWORTH}, MD, PHD."],
  ["consent", "Participant {name:Lakshmi V. Iyer} (assent) and parent {name:Deepa Iyer} (permission) signed on {date:November 20th, 2023}; study ID {id:PCH-ASD-2207}; $50 gift card mailed to {loc:1422 E Vaughn Ave, Unit 9}, {loc:Gilbert}, {loc:AZ} {loc:85234-6710}."],
  ["consent", "e-consent completed {date:2024-01-17} at 21:03 from IP {contact:68.2.114.57}; participant {name:Marcus D. Feldstein}; confirmation emailed to {contact:mdfeldstein@gmail.com}; REDCap record {id:1187}."],
  ["consent", "HIPAA authorization for research: I authorize {loc:University of Arizona Health Sciences} to use my records held by {loc:Banner University Medical Center Tucson}. Name: {name:Consuelo R. Arvizu}. SSN (last 4): {id:8841}. Date: {date:9 Oct}."],
  ["consent", "consent withdrawn by {name:tyrone d. baptiste} on {date:21/02/2024}; samples from his visit on {date:2023-11-02} to be destroyed at his request; coordinator {name:j. ostrander} notified the {loc:tgen} biobank."],
  ["consent", "The coordinator, {name:Ana Lucía Bermúdez}, MPH, read the consent aloud in Spanish to {name:Rogelio F. Mendoza}, {age:90 years old}; his grandson {name:Iván Mendoza} signed as witness on {date:12 Jul}."],
  ["consent", "CONSENT FORM – FLU VACCINE TRIAL, SITE {loc:ONE MEDICAL SCOTTSDALE}: {name:ADA M. FLETCHER-NWOSU}, DL {id:D02291877}, PHONE {phone:480-555-0107}, VISIT 1 {date:2023-09-28}, VISIT 2 {date:26/10/2023}."],
  ["consent", "Future-contact permission granted by {name:Winifred K. Oduya} ({age:age 95}) for the {loc:Mayo Clinic} Biobank; preferred contact {contact:w.oduya@q.com}, backup {phone:928-555-0193}; signed {date:14 Mar}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_220_FIRST_CLEAN: string[] = [
  "Intake: 67-year-old retired welder, lives with spouse in a single-story home; no stairs; uses a cane outdoors.",
  "New patient intake completed; BP 138/84, HR 72, SpO2 97% on RA, BMI 31.4; allergies: penicillin (hives), sulfa.",
  "INTAKE: PT IS 88 YRS, AMBULATES WITH WALKER, HX OF CABG X3 IN 2009, A-FIB ON APIXABAN 5 MG BID.",
  "pt arrived 08:45 for a 09:00 appt; insurance card scanned; copay $40 collected at front desk.",
  "Intake questionnaire: PHQ-9 score 12, GAD-7 score 9; patient aged 45 reports poor sleep for 3 months.",
  "Discharge instructions: take furosemide 40 mg every morning, weigh yourself daily, and call if you gain more than 3 lb in a day or 5 lb in a week.",
  "Keep the Steri-Strips in place for 7-10 days; no tub baths or swimming for 2 weeks; Tylenol 650 mg q6h as needed.",
  "DISCHARGE: FOLEY REMOVED 06:00, VOIDED 350 ML AT 10:15; TOLERATING REGULAR DIET; FOLLOW UP IN 1-2 WEEKS WITH UROLOGY.",
  "discharged home on ceftriaxone 1 g IV q24h via PICC x 14 days; home infusion nurse to teach dressing changes.",
  "Post-TAVR instructions: aspirin 81 mg daily for life, clopidogrel 75 mg daily for 6 months; no driving for 1 week.",
  "Reminder: your appointment is in 2 days at 10:30 AM; please arrive 15 minutes early with your photo ID and insurance card.",
  "APPOINTMENT REMINDER: NOTHING TO EAT OR DRINK AFTER MIDNIGHT BEFORE YOUR PROCEDURE; TAKE METOPROLOL WITH A SIP OF WATER.",
  "Reply C to confirm, R to reschedule, or STOP to opt out of text reminders. Msg & data rates may apply.",
  "your 6-month dental cleaning is due; please call our office to book.",
  "Referral reason: 62-year-old with BPH, PSA 6.8 ng/mL (up from 4.1), IPSS 19; please evaluate for biopsy.",
  "Referral for 48-hour Holter monitor for palpitations; EKG shows NSR with occasional PACs, QTc 442 ms.",
  "REFERRAL TO PT: S/P ROTATOR CUFF REPAIR, 2X/WEEK X 6 WEEKS, ROM AS TOLERATED, NO RESISTANCE UNTIL WEEK 6.",
  "Referred to GI for Barrett's esophagus surveillance; last EGD in 2021 showed no dysplasia.",
  "referral to sleep medicine; STOP-BANG 6, Epworth 15, neck circumference 44 cm.",
  "Rx: atorvastatin 40 mg tab, take 1 tab by mouth at bedtime; qty 90; refills 3; generic substitution permitted.",
  "Take 1 capsule by mouth twice daily with food. May cause drowsiness. Do not drink alcohol. Discard after 14 days.",
  "PREDNISONE 10 MG: TAKE 4 TABS DAILY X 3 DAYS, 3 TABS X 3 DAYS, 2 TABS X 3 DAYS, 1 TAB X 3 DAYS, THEN STOP.",
  "Insulin glargine 100 units/mL, inject 22 units subcut at 21:00; an opened pen may be kept at room temp up to 28 days.",
  "amoxicillin-clavulanate 875-125 mg, 1 tab po bid x 10 d; take with meals to reduce GI upset.",
  "NDC 0093-7214-01, levothyroxine 75 mcg, #30, take on an empty stomach 30-60 min before breakfast.",
  "Insurance verified: in-network, deductible $1,500 with $420 met, coinsurance 20%, out-of-pocket max $6,000.",
  "Prior authorization required for MRI lumbar spine; 6 weeks of conservative therapy documented, including PT and NSAIDs.",
  "MEDICARE PART B COVERS 80% OF THE APPROVED AMOUNT; SUPPLEMENT PLAN G COVERS THE REMAINING 20% AFTER THE PART B DEDUCTIBLE.",
  "Coverage denied for brand-name Eliquis; formulary alternative warfarin with INR monitoring suggested; appeal window 60 days.",
  "plan is hmo, referral needed for all specialists; copay $25 pcp, $50 specialist, $250 er.",
  "Billing: CPT 99214 with modifier 25 and 93000 billed; ICD-10 I10, E11.9 and R00.2.",
  "Patient balance $318.77 after insurance adjustment of $1,204.50; payment plan of $50 per month offered.",
  "SELF-PAY DISCOUNT OF 40% APPLIED; ESTIMATE FOR OUTPATIENT COLONOSCOPY WITH BIOPSY IS $1,850.",
  "Duplicate charge for CBC (85025) reversed; corrected claim sent electronically the same day.",
  "itemized statement shows 3 nights room and board at $2,400/night plus pharmacy $612.30.",
  "Portal message: patient asks whether she can take ibuprofen with her lisinopril 10 mg; advised acetaminophen up to 3 g/day instead.",
  "Your results: hemoglobin 13.2 g/dL, WBC 6.4, platelets 242, TSH 2.1 mIU/L, all within normal limits.",
  "MESSAGE: PATIENT REPORTS HOME BP READINGS 150S/90S FOR 1 WEEK ON AMLODIPINE 5 MG; INCREASED TO 10 MG, RECHECK IN 2 WEEKS.",
  "hi, the rash is back on both arms after I restarted the Bactrim. should I stop it? it's itchy but no blisters.",
  "Refill request for albuterol HFA 90 mcg received; approved for 1 inhaler with 1 refill; please schedule an asthma check within 3 months.",
  "Emergency contact is the patient's daughter, who lives 20 minutes away and is listed as health care POA.",
  "EMERGENCY CONTACT ON FILE IS OUTDATED; PATIENT TO UPDATE AT NEXT VISIT. SPOUSE AWARE OF ADMISSION.",
  "Patient declines to list an emergency contact; social work consulted per policy.",
  "contact: son (cell), ok to leave a detailed voicemail; daughter-in-law ok to receive results.",
  "Social history: 52-year-old married accountant, 2 children; former smoker, 20 pack-years, quit 2012; 1-2 glasses of wine per week.",
  "SH: LIVES ALONE IN A 2ND-FLOOR APT, NO ELEVATOR; GETS HOME-DELIVERED MEALS; INDEPENDENT IN ADLS, NEEDS HELP WITH IADLS.",
  "Denies illicit drugs; AUDIT-C score 2; exercises 3 times a week; sleeps 6-7 hours.",
  "social hx: construction worker, 10 h shifts, heat exposure; drinks 2 L water/day; no tobacco.",
  "Widowed in 2016; attends a senior center twice a week; no falls in the past 12 months; Timed Up and Go 14 s.",
  "Research consent: participation is voluntary; you may withdraw at any time without affecting your care at this clinic.",
  "You will be asked to give 3 blood samples (about 2 tablespoons each) at weeks 0, 12 and 24, and to complete a 10-minute survey.",
  "CONSENT: RISKS INCLUDE BRUISING AT THE NEEDLE SITE, FAINTING (LESS THAN 1 IN 100), AND LOSS OF CONFIDENTIALITY.",
  "Participants aged 65 to 85 with a Mini-Mental State Exam score of 24 or higher are eligible; compensation is $25 per visit.",
  "consent obtained after teach-back; copy of signed form given to participant; form version 3.2, approved 2023.",
  "Assent obtained from the 12-year-old participant and permission from one parent, as required by 45 CFR 46.404.",
  "Hgb A1c 6.9% (target <7.0%), LDL 88 mg/dL, eGFR 64; continue metformin 1000 mg BID and Jardiance 10 mg daily.",
];

/** Decision 220's batch in corpus.json's shape, for score.ts. */
export function decision220Corpus(): Corpus {
  return { notes: DECISION_220_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_220_FIRST_CLEAN };
}
