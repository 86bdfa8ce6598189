// Short synthetic healthcare sentences in the manner of public synthetic PHI/PII test sets built
// from templates: one sentence each mostly, some two, heavy on locations and contacts (street
// addresses with and without ZIP codes, apartments, cities, states, counties, employers, schools,
// pharmacies, clinics and hospitals across the US, emails, websites, usernames, IP addresses) with
// names, dates, phone and fax numbers, record and member numbers and a few ages over ninety. They are
// by "an eighteenth writer who had not read the guard's rules", whose habits are their own: most
// items open with "Pt." or "Re:", phone numbers are written with dots, fax numbers follow "F:",
// emails sit in angle brackets, ZIP+4 turns up now and then, mail goes "c/o" a relative, counties
// and parishes drift into free text, and a few lines are signed off with lower-case initials after
// a double dash. About a tenth is in capitals and a tenth in lower case.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "intake"
  | "referral"
  | "portal"
  | "billing"
  | "pharmacy"
  | "records"
  | "social"
  | "scheduling"
  | "device"
  | "caps"
  | "lower";

/**
 * The batch of decision 174: template-style synthetic sentences, heavy on addresses and contacts.
 */
export const DECISION_174_FIRST: Array<[Style, string]> = [
  ["intake", "Pt. {name:Rosalind Achterberg}, DOB {date:1951-03-07}, MRN {id:00482271}, resides at {loc:1148 Wexford Ln Apt 2B}, {loc:Dayton}, {loc:OH} {loc:45429-1132}; cell {phone:937.555.0184}."],
  ["referral", "Re: {name:Tomasz Wierzbicki}, referred by Dr. {name:Helen Oduya} of {loc:Northside Family Medicine}, {loc:Racine}, {loc:WI}; F: {phone:262.555.0917} attn {name:Becca}."],
  ["portal", "Portal user {contact:kwanjiru.m77} <{contact:kwanjiru.mwangi@fastmail.com}> signed in from {contact:73.158.42.19} on {date:Apr. 11th} and updated her address to {loc:402 Birchmont Dr NE}, {loc:Bemidji}, {loc:MN} {loc:56601}."],
  ["billing", "Acct {id:44-902817-3}; guarantor {name:Luis Arredondo-Paz}, employed at {loc:Sysco} in {loc:Houston}, {loc:TX}; member ID {id:XKP448120937} with {loc:Blue Cross Blue Shield of Texas}."],
  ["pharmacy", "Rx transferred to {loc:CVS Pharmacy #7712}, {loc:3300 Ridge Rd}, {loc:Lansing}, {loc:Michigan} {loc:48910}, ph {phone:517.555.2290}, F: {phone:517.555.2291}; RPh {name:Ngozi Eze}, lic. {id:5302048812}."],
  ["records", "Records request received for {name:Delphine Marchetti} c/o {name:Arturo Marchetti}, {loc:19 Cove St}, {loc:New Bedford}, {loc:MA} {loc:02740}, covering {date:02/14/2022} through {date:02/19/2022}."],
  ["caps", "PT {name:HAROLD QUIMBY}, {age:93 YO}, ADMITTED {date:12/03/2023} FROM {loc:MAPLEWOOD MANOR NURSING HOME}, {loc:BURLINGTON}, {loc:VT}. MRN {id:7730145}."],
  ["lower", "pt {name:yusuf haddad} lives w/ daughter {name:mira} at {loc:88 elm st apt 4}, {loc:dearborn} {loc:mi}, call {phone:313-555-0146} before {date:6/2}."],
  ["social", "Works nights as a forklift operator at the {loc:Amazon} fulfillment center in {loc:Kent}, {loc:WA}; wife {name:Soo-ah Park} can be reached at {phone:253.555.0733} or <{contact:sooah.park@outlook.com}>."],
  ["scheduling", "Pt. {name:Darnell Whitfield} rescheduled to {date:Thursday 9/14} at {loc:Banner - University Medical Center Tucson}, {loc:1625 N Campbell Ave}; reminder text sent to {phone:520.555.0408}. -- {name:mk}"],
  ["intake", "Emergency contact: {name:Inés Castellanos} (sister), {loc:2207 Calle Ocho}, {loc:Miami}, {loc:FL} {loc:33135}, {phone:(305) 555-0162}."],
  ["referral", "Re: {name:Wendell Abernathy}, DOB {date:7-Mar-1949}. Seen at {loc:Sanford Medical Center Fargo} on {date:10/02/2023}; please forward to Dr. {name:Lindqvist}, F: {phone:701.555.3120}."],
  ["records", "Pt. {name:Agnieszka Kowalczyk} asks that copies be mailed to {loc:PO Box 418}, {loc:Hamtramck}, {loc:MI} {loc:48212}; SSN on file {id:389-41-7726}."],
  ["portal", "Message via the patient app from {contact:@bigdave_1958}: 'this is {name:Dave Thibodeaux}, my new email is {contact:dthib58@yahoo.com}'."],
  ["billing", "Statement for {name:Priya Ramaswamy}, acct {id:A0098812}, came back undeliverable at {loc:5515 Kellogg Ave}, {loc:Wichita}, {loc:Kansas} {loc:67209}."],
  ["pharmacy", "Called {loc:Walgreens} on {loc:Main St} in {loc:Bozeman}, {loc:MT} at {phone:406.555.0876}; tech {name:Kaylee} confirmed the refill was picked up {date:3/29}."],
  ["caps", "DISCHARGE TO {loc:ST. JOSEPH'S HOME FOR THE AGED}, {loc:1200 PAWNEE ST}, {loc:OMAHA}, {loc:NE} {loc:68104}. ACCEPTING MD: DR. {name:FEODOROV}, PH {phone:402.555.0193}."],
  ["lower", "son {name:eli goldfarb} emailed <{contact:eli.goldfarb@gmail.com}> asking about mom's appt on {date:tues the 19th} at {loc:hennepin healthcare}."],
  ["social", "Pt. is a sophomore at {loc:Gonzaga University} in {loc:Spokane}; roommate {name:Jaylen Moore} brought her in. Student ID {id:G00418822}."],
  ["device", "Pacemaker serial {id:RNB418722S}, implanted {date:08/21/2019} at {loc:Vanderbilt University Medical Center} by Dr. {name:Oyelaran}; next interrogation {date:Oct 3rd}."],
  ["intake", "Pt. {name:Marguerite Delacroix}, {age:96 y/o}, from {loc:Thibodaux}, {loc:Lafourche Parish}, {loc:LA}; daughter {name:Claudette Boudreaux} {phone:985.555.0219}."],
  ["referral", "Referred by {name:Samuel Begay}, PA-C, {loc:Chinle Comprehensive Health Care Facility}, {loc:Chinle}, {loc:AZ} {loc:86503}; NPI {id:1538274610}."],
  ["scheduling", "Appt confirmed for {date:Nov. 6th} 10:40 with Dr. {name:Anjali Kaur} at {loc:Intermountain Medical Center}, {loc:Murray}, {loc:UT}; questions to <{contact:scheduling@imc-heartclinic.org}>."],
  ["billing", "Medicaid ID {id:MO2290417735}; pt {name:Terrence Vu}, {loc:1420 Locust St Unit 9}, {loc:St. Louis}, {loc:MO} {loc:63103}, ph {phone:314.555.0651}."],
  ["records", "Faxed op note dated {date:2022-11-30} to {loc:Maine Medical Center} Medical Records, F: {phone:207.555.0440}, re {name:Colm O'Dwyer}, MRN {id:MMC-5518093}."],
  ["portal", "Login failures for {contact:rkealoha} from {contact:2601:1c0:8a02:4e10::17} on {date:2024-01-08}; account locked and pt {name:Rachel Kealoha} notified at <{contact:rachel.kealoha@hawaiiantel.net}>."],
  ["lower", "spoke w/ ms {name:petrosyan} - her address is {loc:14 n jackson st}, {loc:glendale}, {loc:ca} {loc:91206}, dob {date:02.11.1962}."],
  ["caps", "FOLLOW UP WITH DR. {name:AMADOU DIALLO} AT {loc:GRADY MEMORIAL HOSPITAL}, {loc:ATLANTA}, {loc:GA}, ON {date:JAN 22}. CALL {phone:404.555.0188}."],
  ["social", "Retired from {loc:John Deere} in {loc:Moline}, {loc:Illinois}; now lives at {loc:Heritage Oaks Assisted Living} in {loc:Rock Island County}."],
  ["pharmacy", "Pt. fills at {loc:Kroger Pharmacy #0631}, {loc:Louisville}, {loc:KY} {loc:40205}; DEA for prescriber Dr. {name:Hollis Brandt}: {id:BB4418270}."],
  ["intake", "Pt. {name:Obinna Okonkwo}, DOB {date:11/30/1987}, driver's licence {id:S530-4417-8820}, home {loc:76 Prospect Hill Rd}, {loc:Providence}, {loc:RI} {loc:02906}."],
  ["referral", "Re: your pt {name:Lucía Estrada}. We saw her at {loc:UNM Hospital} {date:5/17/23}; her PCP is Dr. {name:Trujillo} at {loc:First Choice Community Healthcare}, {loc:Albuquerque}."],
  ["scheduling", "{name:Gerald Schuyler} no-show {date:Mon 7/8}; voicemail left at {phone:(716) 555-0129 x2}. Next slot {date:7/22} at {loc:Buffalo General Medical Center}. -- {name:mk}"],
  ["records", "Accession {id:S23-044817}, specimen received {date:3-14-23} at {loc:Geisinger Medical Center}, {loc:Danville}, {loc:PA} {loc:17822}; pt {name:Marcus Yoder}."],
  ["portal", "Pt. shared a link to her blog {contact:www.lupusandlavender.com} and said to message {contact:@lavender_lupie} on Instagram; name on account {name:Colette Ferreira}."],
  ["billing", "Please bill {loc:Tyson Foods} workers' comp, claim {id:WC-2023-118804}, adjuster {name:Renée Simmons} {phone:479.555.0310}, {loc:Springdale}, {loc:AR}."],
  ["lower", "grandpa {name:joe} is {age:ninety-one} and still lives alone on {loc:county road 12} outside {loc:mitchell}, {loc:sd}."],
  ["caps", "RECORDS TO: {loc:MUSC HEALTH}, ATTN {name:T. GRIMSLEY}, {loc:171 ASHLEY AVE}, {loc:CHARLESTON}, {loc:SC} {loc:29425}. F: {phone:843.555.0177}."],
  ["social", "Pt's husband {name:Hamid Rahimi} teaches at {loc:Pima Community College}; their daughter attends {loc:Sabino High School}."],
  ["intake", "Pt. {name:Chiamaka Adeyemi} gives her address as {loc:3100 W Franklin St Apt 310}, {loc:Richmond}, {loc:Virginia} {loc:23221-3304}, email <{contact:chiamaka.adeyemi@vcu.edu}>."],
  ["device", "Insulin pump serial {id:PT-4418-9021-K} registered to {name:Brody Halvorsen}; supplies ship via {loc:Edgepark Medical Supplies} to {loc:602 4th Ave S}, {loc:Fargo}, {loc:ND}."],
  ["referral", "Re: {name:Hyun-woo Cho}, DOB {date:April 2, 1975}. Consult with Dr. {name:Petra Sokolov}, {loc:Cleveland Clinic} Neurological Institute, {phone:216.555.0702}."],
  ["scheduling", "MRI moved to {date:Saturday the 3rd} at {loc:St. Luke's Boise Medical Center}; pt {name:Kendra Lowry} aware, callback {phone:208.555.0165}."],
  ["records", "Subpoena issued by {loc:Ada County} District Court re {name:Wade Pittman}, DOB {date:09/09/1970}, case {id:CV01-23-14470}; served {date:Aug 30}."],
  ["portal", "New patient form: name {name:Nguyen Thi Lan}, email {contact:lan.nguyen1984@hotmail.com}, phone {phone:714.555.0238}, zip {loc:92844}, referring site {contact:https://www.gardengrovefamilyclinic.com}."],
  ["lower", "called {loc:rite aid} in {loc:erie} {loc:pa} ({phone:814-555-0147}), they had no record for {name:bianchi, gina} dob {date:4/4/56}."],
  ["caps", "MRS. {name:EULALIA FONSECA}, {age:94 YEARS OLD}, OF {loc:FALL RIVER}, {loc:MA}. SSN {id:027-55-8813}. PCP DR. {name:MEDEIROS}."],
  ["social", "Pt. coaches wrestling at {loc:Lincoln Southeast High School} in {loc:Lincoln}, {loc:NE} and works summers for the {loc:Nebraska Department of Transportation}."],
  ["intake", "Pt. {name:Aroha Ngata} recently moved to {loc:Anchorage}, {loc:AK} from {loc:Kailua}, {loc:HI}; new address {loc:4510 Reka Dr Apt 12}, ZIP {loc:99508}, phone {phone:907.555.0122}."],
  ["billing", "Account {id:880127745} for {name:Ophelia Grant}, guarantor {name:Marcus Grant}, coverage through {loc:Ford Motor Company}, group {id:GRP-00441}, member {id:FMC88120447}."],
  ["pharmacy", "Sig verified with {name:Imani} at {loc:Costco Pharmacy}, {loc:Issaquah}, {loc:WA}, {phone:425.555.0950}; pt {name:Felix Moreau}, DOB {date:1990-06-18}."],
  ["records", "Outside films on CD sent by {loc:Renown Regional Medical Center}, {loc:Reno}, {loc:NV}, exam date {date:20230611}, pt {name:Corinne Abbott}, MRN {id:RN00917744}."],
  ["referral", "Re: {name:Isaiah Tsosie}. Discussed with Dr. {name:Kaye} at {loc:Northern Navajo Medical Center}, {loc:Shiprock}, {loc:NM}, pager {phone:505.555.0841}."],
  ["scheduling", "{name:Beatriz Villanueva} requests an interpreter for her appt {date:the 27th}; prefers texts to {phone:+1 956 555 0112}, lives in {loc:Brownsville}, {loc:Cameron County}."],
  ["portal", "Video visit link sent to <{contact:hpham@utexas.edu}>; pt {name:Huong Pham} joined from IP {contact:128.62.19.204} on {date:Feb 9}."],
  ["lower", "wife {name:shirley} says he was at the {loc:va} in {loc:white river junction} last {date:march 3rd}, mrn there {id:4417720}."],
  ["caps", "PATIENT {name:DMITRI VOLKOV} DOB {date:03/05/1958} ARRIVED BY AMBULANCE FROM {loc:1440 STATE ST}, {loc:NEW HAVEN}, {loc:CT} {loc:06511}. EMS RUN {id:NH23-10447}."],
  ["social", "Lives with partner {name:Jesse Lindgren} in a trailer off {loc:Highway 93} near {loc:Salmon}, {loc:Idaho}; works at {loc:Bitterroot Lumber}."],
  ["intake", "Pt. {name:Moshe Adler}, {age:90 years}, of {loc:Boca Raton}, {loc:FL}; son {name:Ari Adler} <{contact:ari@adlerlaw.com}>, {phone:561.555.0199}."],
  ["device", "CPAP serial {id:22183746591} issued by {loc:Apria Healthcare} on {date:6/30/2021}; pt {name:Lorraine Whitcombe}, {loc:Asheville}, {loc:NC}."],
  ["pharmacy", "Prior auth faxed to {loc:Express Scripts} at {phone:800.555.0127} for {name:Raúl Ibarra}, member {id:EXP449201887}, on {date:1/5}."],
  ["records", "Release signed {date:10/31/23} by {name:Yolanda Pierce} authorizing {loc:Ochsner Medical Center} to send records to {loc:Tulane Medical Center}, {loc:1415 Tulane Ave}, {loc:New Orleans}."],
  ["portal", "Pt. {name:Ethan Zhang} uses the screen name {contact:ez_runner42}; reset email sent to <{contact:ethan.zhang@proton.me}>, request came in from {contact:10.40.7.118}."],
  ["lower", "{name:kowalczyk, a} - lives {loc:green bay}, works at {loc:schreiber foods}, cell {phone:920 555 0133}, next visit {date:10-4}."],
  ["caps", "ATTN: {loc:ALASKA NATIVE MEDICAL CENTER} ADMISSIONS. PT {name:NORA KASHEVAROF}, BENEFICIARY ID {id:AK-0044817}, ARRIVING {date:FRI 2/16} FROM {loc:BETHEL}."],
  ["social", "Grad student at {loc:Montana State University}, lab phone {phone:406.555.0314}; her advisor Prof. {name:Elsbeth Hartigan} knows about the diagnosis."],
  ["scheduling", "Infusion chair held {date:Wed 4/10} at {loc:Baptist Health Louisville}, {loc:4000 Kresge Way}; pt {name:Clarence Mayfield} needs a ride in from {loc:Shelbyville}."],
  ["intake", "Pt. {name:Svetlana Orlova}, DOB {date:7th of May 1983}, lives at {loc:3 Harbor View Ter}, {loc:Portland}, {loc:ME} {loc:04101}; MRN {id:M0088412}."],
  ["referral", "Re: {name:Kofi Mensah}, {age:92 yo}. Sent by Dr. {name:Whitley} at {loc:Wheeling Hospital}, {loc:Wheeling}, {loc:WV}; tel {phone:304.555.0627}."],
  ["billing", "Self-pay pt {name:Ahmad Nasser}, acct {id:200-418-772}, employer {loc:Caterpillar Inc.}, {loc:Peoria}, {loc:IL} {loc:61629}."],
  ["records", "Disability form for {name:Tamika Rowe} sent to the {loc:Social Security Administration} field office in {loc:Jackson}, {loc:MS}, claim {id:425-61-0093}."],
  ["portal", "Family member {name:Gwen Abbott} requested proxy access; username {contact:gwen.abbott.rn}, email <{contact:gabbott@roanokecity.gov}>, verified {date:09/12/2023}."],
  ["lower", "pt {name:marisol trujillo-baca} was dropped off by her boss at {loc:el pollo loco} on {loc:central ave}, {loc:phoenix}, has no phone."],
  ["caps", "DR. {name:PRAKASH} CALLED FROM {loc:MAYO CLINIC}, {loc:ROCHESTER}, {loc:MN}. RE: PT {name:SIGRID OLSEN}, MRN {id:5-118-204}. CALL BACK {phone:507.555.0190}."],
  ["pharmacy", "Compounded cream made at {loc:Pharmacy Solutions of Cheyenne}, {loc:1901 Carey Ave}, {loc:Cheyenne}, {loc:WY}; filled {date:Sept. 8} for {name:Lyle Harrington}."],
  ["social", "Pt. volunteers at {loc:St. Vincent de Paul} on {loc:Fulton St}, {loc:Fresno}; Rev. {name:Okonjo} of {loc:Bethel AME Church} visits her."],
  ["referral", "Re: {name:Bryce Adebayo}, sent over by the {loc:Carilion Roanoke Memorial Hospital} ED on {date:12-26-2023}; Dr. {name:Fincastle} reachable at {phone:540.555.0153}."],
  ["scheduling", "Pt. {name:Wilhelmina Dykstra} ({age:97}) to be seen at home {date:Tuesday}; address {loc:44 Wolverine Dr}, {loc:Holland}, {loc:MI}, gate code on file."],
  ["billing", "Charity care application for {name:Rigoberto Salas}, {loc:Yakima County}, household of 5, last paystub from {loc:Stemilt Growers} dated {date:11/24}."],
  ["records", "Pathology slides {id:SP-22-8891} returned to {loc:Roswell Park Comprehensive Cancer Center}, {loc:Buffalo}, {loc:NY}; tracking under {name:Gerald Schuyler}."],
  ["portal", "Pt. {name:Nkechi Obi} wrote in from <{contact:nkechi.obi@icloud.com}>: new phone is {phone:469.555.0108}, and she has moved to {loc:Plano}."],
  ["lower", "fax in from {loc:sunrise dialysis} {phone:480-555-0192}: {name:lopez, hector}, dob {date:1-9-61}, chair time mwf second shift. -- {name:mk}"],
  ["caps", "NOTIFY {loc:KING COUNTY} MEDICAL EXAMINER, {phone:206.555.0110}. DECEDENT {name:ARTHUR PENNINGTON}, {age:101 Y}, DOD {date:05/05/2024}."],
  ["social", "Pt. drives for {loc:FedEx Ground} out of {loc:Memphis}; CDL {id:TN-118472209}."],
  ["intake", "Pt. {name:Keoni Kahananui}, {loc:Hilo}, {loc:Hawaii County}; contact nephew {name:Makoa} at {phone:808.555.0145} or <{contact:makoa.k@hawaii.rr.com}>."],
  ["referral", "Re: {name:Laurel Fitzgerald}, seen {date:06/03/24} at {loc:Dartmouth-Hitchcock Medical Center}, {loc:Lebanon}, {loc:NH}; records portal {contact:https://records.dhmc-share.org/req/44817}."],
  ["pharmacy", "Naloxone dispensed at {loc:Safeway Pharmacy}, {loc:2800 E Bijou St}, {loc:Colorado Springs}, {loc:CO} {loc:80909}, on {date:May 1st}; pt {name:Tanner Roe}."],
  ["billing", "{name:Giselle Moreau-Baptiste}, acct {id:A771-0092}, paid by phone at {phone:954.555.0164}; receipt to <{contact:giselle.mb@comcast.net}>."],
  ["lower", "dr {name:ashby} from {loc:st. mary's} in {loc:grand junction} wants labs faxed to {phone:970.555.0191} for the pt born {date:8/15/1944}."],
  ["caps", "PT {name:LEROY WASHINGTON} LIVES AT {loc:2215 MLK JR BLVD}, {loc:SAVANNAH}, {loc:GA} {loc:31401}. WORKS AT {loc:GULFSTREAM AEROSPACE}. PHONE {phone:912.555.0138}."],
  ["social", "Kids attend {loc:Roosevelt Elementary} and {loc:Wilson Middle School} in {loc:Cedar Rapids}; mom {name:Trina Kessler} works at {loc:Collins Aerospace}."],
  ["records", "Vaccine record request: pt {name:Sebastián Orozco}, DOB {date:Jan. 19, 2010}, school {loc:Desert Vista High School}, {loc:Maricopa County}; registry ID {id:AZIIS-0048127}."],
  ["portal", "Web form submitted from {contact:66.249.70.13} by <{contact:j.delgado.cpa@gmail.com}>, name {name:Joaquín Delgado}, DOB {date:10/10/1966}, zip {loc:87505}."],
  ["scheduling", "Pt. {name:Annika Lindqvist} moved from {date:Jun 12} to {date:Jun 19}, {loc:Hartford Hospital} Bone & Joint Institute, {phone:860.555.0188 ext 3}."],
  ["intake", "Pt. {name:Abdirahman Warsame}, Somali interpreter; home {loc:1900 E Franklin Ave Apt 1112}, {loc:Minneapolis}, {loc:MN} {loc:55404}; MRN {id:HC-00712934}."],
  ["referral", "Re: {name:Opal Henley}, {age:ninety-eight}, of {loc:Brookdale Senior Living} in {loc:Little Rock}; hospice referral to {loc:Arkansas Hospice}, F: {phone:501.555.0172}."],
  ["device", "Cochlear implant serial {id:CI-612-0047713}, activated {date:1/28/2020} at {loc:Children's Hospital Colorado}; pt {name:Mila Sorensen}, mom {name:Kirsten} {phone:303.555.0199}."],
  ["billing", "Dr. {name:Hideo Yamamoto}, NPI {id:1902887416}, state lic. {id:MD.0488127}, billing under {loc:The Queen's Medical Center}, tax ID {id:99-0073524}."],
  ["lower", "nephew {name:dante} (<{contact:dante.r@aol.com}>) will pick pt up {date:friday} at {loc:mercy hospital} in {loc:iowa city}."],
  ["social", "Former nurse at {loc:UF Health Shands Hospital}, now teaches at {loc:Santa Fe College} in {loc:Gainesville}, {loc:FL}; married to {name:Hector Ruiz}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_174_FIRST_CLEAN: string[] = [
  "Pt. states the Foley has been out since yesterday and she is voiding without difficulty.",
  "Re: your referral. We agree with starting metformin 500 mg twice daily and rechecking the A1c in three months.",
  "Portal message: pt asks whether she can take ibuprofen with her lisinopril.",
  "Pt. lives alone in a second-floor apartment with no elevator; uses a rollator.",
  "Acct balance paid in full; no further statements needed.",
  "Rx for amoxicillin 875 mg sent to the preferred pharmacy on file.",
  "Records request incomplete: signature missing on the release form, returned to pt.",
  "PT HAS PARKINSON'S DISEASE WITH MILD RESTING TREMOR, NO FALLS THIS MONTH.",
  "pt says the swan was pulled this morning, no bleeding at the site.",
  "Works full time as a welder; denies asbestos exposure.",
  "Appt rescheduled per pt request; reminder text sent to the number on file.",
  "Emergency contact is her husband, who lives with her and drives.",
  "Referred for evaluation of Bell's palsy, onset three days ago.",
  "Pacemaker interrogation normal; battery life estimated at seven years.",
  "Hx of Hodgkin lymphoma in remission and Graves disease s/p RAI.",
  "Prior auth approved for adalimumab for twelve months.",
  "Billing code changed to 99214 after chart review.",
  "Pt. lost her insurance card; told her to call the number on the back of her member booklet.",
  "Portal password reset by pt without assistance.",
  "MRI brain shows no acute infarct; small vessel changes noted.",
  "DAUGHTER AT BEDSIDE, UPDATED ON PLAN. FULL CODE.",
  "pt walked 200 ft w/ walker, sats 94% on ra.",
  "Baker's cyst on ultrasound, no DVT.",
  "Pt. prefers to be called by her middle name; chart updated.",
  "Interpreter used for the entire visit, language Vietnamese.",
  "Pt. moved in with her son last month and will need a new home health agency.",
  "Records faxed to the requesting cardiologist; confirmation received.",
  "Hemoglobin A1c 9.4, up from 8.1 at the last check.",
  "PT IS 5 FT 4 IN AND 142 LB.",
  "pt asked for a work note for the next 3 days.",
  "Grandson set up the patient app on her phone and will help with messages.",
  "Addison's disease on hydrocortisone 15 mg in the morning and 5 mg in the afternoon.",
  "Pt. attends community college part time and works weekends at a grocery store.",
  "Ambulance transported pt to the ED; family following by car.",
  "Cochlear implant processor replaced under warranty.",
  "Dx: Crohn's disease, ileocolonic; on vedolizumab every 8 weeks.",
  "Glasgow Coma Scale 15, pupils equal and reactive.",
  "Pt. to call back with the name of her new primary care doctor.",
  "Statement returned as undeliverable; address update requested at next visit.",
  "Pt. uses CPAP nightly with good adherence per the download.",
  "Discussed advance directive; pt wants DNR and her health care proxy is her sister.",
  "WBC 11.2, Hgb 10.1, Plt 245.",
  "lives in a group home, staff manage meds.",
  "PRESCRIPTION SENT ELECTRONICALLY. PT AWARE.",
  "Insurance requires step therapy with two generics first.",
  "Pt. is a freshman in college and lives in a dorm.",
  "Smoked 1 ppd x 30 years, quit two years ago.",
  "Pt. reports a rash after starting Bactrim and stopped it on her own.",
  "Follow up in 6 weeks with repeat labs.",
  "Video visit dropped twice due to poor connection; completed by phone.",
  "Pt. declined the flu vaccine, accepted Tdap.",
  "Re: consult request. Hx of Wilson disease, on zinc, LFTs stable.",
  "no contact info on file for next of kin.",
  "pt's wife is also a patient here.",
  "Heimlich performed by a bystander at a restaurant; pt now eating normally.",
  "Left a voicemail asking pt to return the call to the clinic.",
  "Apgar 8 and 9; birth weight 3.2 kg.",
];

/** Decision 174's batch in corpus.json's shape, for score.ts. */
export function decision174Corpus(): Corpus {
  return { notes: DECISION_174_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_174_FIRST_CLEAN };
}
