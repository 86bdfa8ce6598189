// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets: one or two
// sentences each, on admissions, visits, discharges, referrals, prescriptions, labs, imaging, billing,
// insurance, reminders, emergency contacts, portal messages, social and family history, and work and
// school notes. They are by "a twenty-first writer who had not read the guard's rules", whose habits
// are: headers as "Surname, Firstname"; "Pt" with no period and "c/o" for complaints; dates usually
// as "Mon DD, YYYY" or ISO "YYYY-MM-DD", with a weekday now and then ("Thurs 2/9"); phones with dots
// and "ext."; record numbers with "MR#" and hyphens; two-letter states inside addresses but spelled
// out elsewhere; sign-offs after a double slash ("//RB"); and a fondness for parentheses.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admission"
  | "visit"
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
  | "work-school";

/**
 * The batch of decision 185: one- and two-sentence synthetic PHI lines by a twenty-first blind writer.
 */
export const DECISION_185_FIRST: Array<[Style, string]> = [
  // admissions
  ["admission", "ADMIT NOTE: {name:Quiñones}, {name:Rosalba} (MR# {id:00-4471-392}) admitted to {loc:St. Vincent Indianapolis Hospital} on {date:Feb 11, 2023} c/o chest tightness x2 days. //{name:RB}"],
  ["admission", "Pt {name:Tobias Wendt-Harrow}, 67M, brought by EMS {date:2022-09-04} from his home at {loc:1182 Larkspur Ct}, {loc:Dubuque}, {loc:IA} {loc:52001}; daughter {name:Ilse} (cell {phone:563.555.0187}) at bedside."],
  ["admission", "{name:Okonkwo-Baptiste}, {name:Chidinma} was admitted {date:Thurs 2/9} under Dr. {name:Halvorsen} (hospitalist) to {loc:Mercy Hospital Springfield}, acct {id:ACC-88120457}."],
  ["admission", "Direct admit per Dr. {name:Venkataraman} ({loc:Ochsner Medical Center}, {loc:New Orleans}); Pt is {age:93 years old} (DOB {date:Jun 2, 1930}) and lives alone."],
  ["admission", "PT ADMITTED {date:07-MAR-2024} TO {loc:BAPTIST HEALTH LEXINGTON} 4 NORTH. NAME: {name:DELACROIX, FERNAND}. MR# {id:31-0098-775}. NOK: WIFE {name:ODILE} {phone:859.555.0143}."],
  ["admission", "Transfer accepted {date:2021-12-19} 0230 h from {loc:Sampson Regional Medical Center} ({loc:Clinton}, {loc:North Carolina}); accepting MD {name:Aurelio Betancourt}, sending RN {name:Kezia} ({phone:910.555.0120 ext. 2214})."],
  ["admission", "{name:Marchetti}, {name:Giulia} (Pt) presented to the ED at {loc:Hennepin County Medical Center} on {date:Aug 30, 2023} after a fall at work ({loc:Cargill} plant)."],
  ["admission", "admit hx: {name:lwazi dube}, 44, seen {date:nov 3} at {loc:harborview medical center}, mrn {id:hmc-5520931}, lives {loc:2210 e union st}, {loc:seattle}. //{name:kt}"],
  // visits
  ["visit", "Clinic visit {date:2023-05-16}: Mrs. {name:Ferreira-Lindqvist} returns for BP f/u (last seen {date:Feb 21, 2023} by Dr. {name:Oyelaran})."],
  ["visit", "{name:Ahanu Begay} (MR# {id:07-3316-008}) seen at {loc:Northern Navajo Medical Center}, {loc:Shiprock}, {loc:NM} on {date:Mon 10/2} for diabetic foot check."],
  ["visit", "Walk-in {date:Jan 5, 2024} at {loc:MinuteClinic} ({loc:4410 Kirby Dr}, {loc:Houston}, {loc:TX} {loc:77098}); Pt {name:Ravi Subramaniam} c/o sore throat. //{name:JMc}"],
  ["visit", "Telehealth w/ {name:Birgitta} ({name:Birgitta Sandoval-Aho}) {date:2022-11-28}; she was at her sister's in {loc:Flagstaff} (sister {name:Marisol}, {phone:928.555.0166})."],
  ["visit", "VISIT SUMMARY - {name:HAWTHORNE, DESMOND J}. SEEN {date:DEC 14, 2023} BY DR. {name:PIETRZAK} AT {loc:GEISINGER WYOMING VALLEY}. F/U {date:JAN 11}."],
  ["visit", "Pt {name:Yevgenia Bortnik} is a {age:91 y/o} F seen today ({date:Sept 19, 2023}) in the {loc:Hebrew SeniorLife} clinic; accompanied by son {name:Arkady}."],
  ["visit", "pcp visit {date:2024-02-06} w/ dr {name:nakagawa-reyes} @ {loc:kaiser permanente oakland}. pt {name:desiree holloway} c/o ankle swelling since {date:sunday}."],
  ["visit", "Annual physical, {date:April 4, 2023}: Mr. {name:Aldous Fenwick}, MR# {id:55-0021-947}, DL {id:F655-2210-8834} on file; next appt w/ NP {name:Thandeka} in 6 mo."],
  // discharges
  ["discharge", "Discharged {date:2023-03-22} from {loc:Intermountain Medical Center} ({loc:Murray}, {loc:Utah}) to home w/ wife {name:Lorelei}; f/u Dr. {name:Stavros Kallergis} in 1 wk ({phone:801.555.0199})."],
  ["discharge", "D/C SUMMARY: {name:Mbeki, Sipho}, adm {date:Jul 1, 2022}, d/c {date:Jul 6, 2022}, dx CAP. Dispo: {loc:Brookdale Fort Myers} (SNF). //{name:AW}"],
  ["discharge", "Pt {name:Concepción Arrieta} ({age:96 yo}) d/c'd to {loc:Our Lady of Peace Nursing Care Residence}, {loc:Lewiston}, {loc:NY}; report called to RN {name:Fabienne} {phone:716.555.0148}."],
  ["discharge", "DISCHARGE {date:10/31/2023}. PT {name:GUSTAVSSON, ELOF}. TO HOME AT {loc:77 BIRCH HOLLOW RD}, {loc:BANGOR}, {loc:ME} {loc:04401}. MR# {id:62-8840-113}."],
  ["discharge", "d/c instructions given to mrs. {name:okafor}'s daughter {name:adaeze} on {date:2022-06-14}; f/u {loc:grady memorial hospital} wound clinic {date:june 21}."],
  ["discharge", "Left AMA {date:Sat 4/15} 2140 h; Pt {name:Cormac Ó Briain} signed form, witnessed by RN {name:Yolanda Pizarro}. Acct {id:4420-9917-03}."],
  // referrals
  ["referral", "Referral: {name:Hollis}, {name:Temperance} to Dr. {name:Arjun Mehrotra}, cardiology, {loc:Cleveland Clinic} (fax {phone:216.555.0131}); ref date {date:2023-08-08}."],
  ["referral", "Referred by Dr. {name:Wexler} ({loc:Lakeside Family Practice}, {loc:Sandusky}, {loc:Ohio}) for colonoscopy; Pt {name:Gideon Ashworth} asks for {date:Tuesday}, {date:Sept 12}."],
  ["referral", "REFERRAL TO {loc:MAYO CLINIC} NEUROLOGY FOR {name:TSOSIE, VERNON} (MR# {id:19-6624-030}), SENT {date:MAY 2, 2024} BY {name:L. ABERNATHY}, NP."],
  ["referral", "Please schedule {name:Noor al-Haddad} (DOB {date:1988-01-27}) w/ {loc:Henry Ford Hospital} ENT; her cell {phone:(313) 555-0172}, email {contact:noor.alhaddad88@mailbox.example}."],
  ["referral", "PT referral from Dr. {name:Szczepanski} to {loc:Spaulding Rehabilitation Hospital} for {name:Rafferty, Colm}, s/p TKA {date:Jan 9, 2024}; ins member ID {id:XKB771203456}."],
  ["referral", "re: {name:Ingrid Halloran-Moss} - sending to Dr. {name:Aguinaldo} at {loc:UCSF Benioff Children's Hospital} for 2nd opinion; mom {name:Siobhan} ok'd on {date:Wed 3/6}."],
  // prescriptions
  ["prescription", "Rx: lisinopril 10 mg PO daily #90, 3 RF. Pt {name:Darnell Whitcombe}, DOB {date:Oct 3, 1961}. Prescriber Dr. {name:Esperanza Villalobos}, DEA {id:BV4418203}, NPI {id:1629047715}."],
  ["prescription", "Called in amoxicillin to {loc:Walgreens} #{id:07731} ({loc:3301 N Broadway}, {loc:Chicago}, {loc:IL}) for {name:Mateo Carvajal} on {date:2023-10-12}; pharm {phone:773.555.0110}."],
  ["prescription", "RX REFILL REQUEST {date:03/02/2024}: {name:PELLETIER, AMANDINE} - LEVOTHYROXINE 75 MCG. PHARMACY {loc:CVS} {loc:LEWISTON} ME, FAX {phone:207.555.0158}."],
  ["prescription", "Pt {name:Hiroshi Tanabe-Cole} requests 90-day supply of metformin via {loc:Express Scripts} mail order (acct {id:ES-3390-1187-22}); last fill {date:Nov 30, 2023}. //{name:RB}"],
  ["prescription", "eRx sent {date:2022-04-18} to {loc:Kroger Pharmacy} {loc:Nashville} for {name:Lavinia Tuipulotu}: ondansetron 4 mg ODT, per Dr. {name:Braithwaite}."],
  ["prescription", "controlled substance agreement signed {date:5/23/23} by {name:dwayne kittredge}; oxycodone 5 mg #20 only, pdmp checked by {name:n. farahani}, pa-c."],
  // labs
  ["lab", "LAB: {name:Abernathy}, {name:Clementine} - HbA1c 8.4% (collected {date:2023-07-11} at {loc:Quest Diagnostics} {loc:Tucson}, accession {id:QD7730915A})."],
  ["lab", "Critical K+ 6.7 called to Dr. {name:Nwachukwu} at 0312 on {date:Jan 22, 2024} by lab tech {name:Porfirio} ({phone:612.555.0137 ext. 41}); Pt {name:Elsbeth Kranz}."],
  ["lab", "Specimen {id:S24-018834} for {name:Wojciechowski, Tadeusz} (MR# {id:44-1902-557}) hemolyzed; redraw requested {date:Fri 1/19} at {loc:LabCorp} {loc:Burlington}, {loc:NC}."],
  ["lab", "LIPID PANEL RESULTED {date:09-AUG-2023} FOR {name:ACHTERBERG, WILLEM}, {age:90 YO} M. LDL 142. ORDERING: DR. {name:FONTAINE-OBI}."],
  ["lab", "INR 3.9 on {date:2022-12-05}; {name:Bettina} (Pt's daughter) notified at {phone:504.555.0179}, told to hold warfarin x1. Coumadin clinic at {loc:Touro Infirmary}."],
  ["lab", "urine cx from {date:aug 2} grew e. coli >100k; pt {name:marguerite solano} notified via portal by {name:j. tremblay}, rn. mr# {id:28-3317-640}."],
  ["lab", "Newborn screen for Baby Boy {name:Kowalczyk} (mother {name:Agnieszka Kowalczyk}, MR# {id:90-0041-215}) sent {date:May 8, 2023} to {loc:Michigan Department of Health and Human Services} lab."],
  // imaging
  ["imaging", "CT head w/o contrast {date:2024-03-14}: {name:Prudhomme, Lucien} ({age:97 yo}), {loc:Lafayette General Medical Center}; read by Dr. {name:Ekwueme}, acc# {id:RAD-4471902}. No acute bleed."],
  ["imaging", "MRI L-spine scheduled {date:Thurs Jun 6} 0745 at {loc:Advanced Imaging of Boise} ({loc:1550 W Main St}, {loc:Boise}, {loc:ID} {loc:83702}) for {name:Teodora Radulescu}."],
  ["imaging", "CXR PA/LAT {date:NOV 2, 2022} - {name:MCALLISTER, FIONNUALA} - MR# {id:73-5510-028} - {loc:DARTMOUTH HITCHCOCK MEDICAL CENTER}. IMPRESSION: RLL INFILTRATE. //{name:DRH}"],
  ["imaging", "Mammogram recall letter mailed {date:2023-09-27} to {name:Precious Mahlangu}, {loc:806 Pinecrest Ave} Apt 3B, {loc:Atlanta}, {loc:GA} {loc:30318}; imaging line {phone:404.555.0104}."],
  ["imaging", "US abdomen for {name:Augustin Lefebvre} done {date:Dec 1, 2023} at {loc:Sutter Roseville Medical Center}; images pushed to {loc:UC Davis Medical Center} per Dr. {name:Carrasquillo}."],
  ["imaging", "outside films ({loc:st. luke's boise}) for {name:hyun-woo baek} received {date:2/27/2024}, cd logged as {id:OSF-221907}, tech {name:marcy}."],
  // billing
  ["billing", "Statement {date:2023-06-30} for {name:Bartholomew Nkemelu}, acct {id:7730-0412-88}, balance $412.60; mail to {loc:19 Quarry Ln}, {loc:Montpelier}, {loc:VT} {loc:05602}."],
  ["billing", "Guarantor {name:Rosario Dimaculangan} called {date:Mon 8/14} disputing charge on acct {id:HB-00918273}; callback {phone:702.555.0163}. //{name:RB}"],
  ["billing", "BILLING HOLD: {name:ESTERHAZY, MAGDOLNA}, DOS {date:04/11/2023}, {loc:UPMC SHADYSIDE}. SSN ON FILE {id:218-55-4730} DOES NOT MATCH PAYER."],
  ["billing", "Payment plan set up {date:Jan 17, 2024} for {name:Quentin Abara} ($50/mo); card ending 4417; contact {contact:qabara@inbox.example}, {phone:319.555.0121}."],
  ["billing", "Itemized bill requested by Pt's attorney, {name:Marisa Lindgren-Oduya} ({loc:Lindgren & Pratt LLP}, {loc:Denver}); Pt {name:Tyrell Mabry}, acct {id:55190274}."],
  ["billing", "sent to collections {date:2022-10-03}: {name:kelvin ostrowski}, acct {id:9920-4471}, last payment {date:may 12, 2022}. see notes by {name:d. ibarra}."],
  // insurance
  ["insurance", "Ins verified {date:2023-11-02}: {name:Leocadia Ferraro}, {loc:Blue Cross Blue Shield of Massachusetts} member ID {id:XJH442109917}, group {id:00481273}; subscriber spouse {name:Enzo Ferraro}."],
  ["insurance", "Medicare MBI {id:4TE7-QK2-WM81} for {name:Horace Pettigrew} ({age:92 y/o}) confirmed; secondary Medigap plan {id:381947220-11}. //{name:AW}"],
  ["insurance", "Prior auth for Humira denied {date:Feb 28, 2024}; appeal faxed to {loc:Aetna} at {phone:860.555.0149} on behalf of {name:Shoshana Adebayo-Klein} by {name:Trinh} in our office."],
  ["insurance", "MEDICAID ID {id:TX-550128734} FOR {name:GARZA-VILLARREAL, ESTEBAN} EXPIRED {date:12/31/2023}; MOM {name:YESENIA} TO RENEW AT {loc:HIDALGO COUNTY} HHSC OFFICE."],
  ["insurance", "Workers' comp claim {id:WC-23-118402} ({loc:Liberty Mutual}) for {name:Brandt Oyelowo}, injured {date:2023-05-09} at {loc:Tyson Foods} in {loc:Springdale}, {loc:Arkansas}; adjuster {name:Kim Lachance} {phone:479.555.0102}."],
  ["insurance", "tricare eligibility ok for sgt. {name:rashad coleman}'s dependent {name:amani} (dod id {id:1592047731}), checked {date:3/19/24}."],
  // reminders
  ["reminder", "Reminder: {name:Ophelia}, you have an appt w/ Dr. {name:Mbatha} on {date:Tuesday, May 14} at 10:20 at {loc:Piedmont Atlanta Hospital}, 2nd floor. Call {phone:404.555.0191} to reschedule."],
  ["reminder", "Hi Mr. {name:Castellanos} - your colonoscopy prep starts {date:Sun 9/8}. Questions? {phone:915.555.0138} or {contact:https://portal.elpasogi.example/prep}."],
  ["reminder", "APPT REMINDER: {name:VANTERPOOL, CLARICE} - {date:THU JAN 25} 2:15 PM - {loc:MOUNT SINAI QUEENS}, {loc:25-10 30TH AVE}, {loc:ASTORIA} {loc:NY} {loc:11102}."],
  ["reminder", "Flu shot clinic {date:Oct 7} at {loc:First Baptist Church of Tupelo} (hosted by Nurse {name:Corliss Whitfield}); RSVP to {contact:corliss.w@northmiss.example}."],
  ["reminder", "pls remind {name:gunnar} his sleep study is {date:2024-04-02} at {loc:sleep center of nebraska}, {loc:omaha}; wife {name:sigrid} prefers text {phone:402.555.0184}."],
  // emergency contacts
  ["emergency-contact", "Emergency contact: {name:Marguerite Osei} (sister), {loc:3309 Whitmore Ave}, {loc:Baltimore}, {loc:MD} {loc:21216}; home {phone:410.555.0156}, work {phone:410.555.0177 ext. 309}."],
  ["emergency-contact", "NOK for {name:Anselm Rutkowski} is his partner {name:Devlin Achebe} ({phone:206.555.0116}); HCP form dated {date:2021-08-30} scanned under MR# {id:81-4402-019}."],
  ["emergency-contact", "ICE: {name:Esperanza} (mother) {phone:(956) 555-0128}; alt Tío {name:Beto Saldívar} {phone:956.555.0190}. Pt {name:Lupita Saldívar}, age 7."],
  ["emergency-contact", "EMERGENCY CONTACT UPDATED {date:06/20/2023}: {name:HUANG, MEI-LING} (DAUGHTER) {phone:626.555.0114}, {loc:ARCADIA}, CA. PT {name:HUANG, SHU-FEN}, {age:94 YO}."],
  // portal
  ["portal", "Portal msg from {name:Isadora Blackwood-Nunez} {date:2023-12-08} 21:47: \"Dr. {name:Hargreaves}, my rash is worse since {date:Monday}, can I come in?\" Reply sent by {name:Tamsin}, RN."],
  ["portal", "Msg to Pt: Hi {name:Demetrius}, your labs from {date:Feb 2} look fine. -Dr. {name:Nakashima} ({loc:Swedish First Hill}). Login at {contact:https://mychart.swedish.example}."],
  ["portal", "Proxy access granted {date:Apr 10, 2024} to {name:Fatoumata Diallo} for her father {name:Ousmane Diallo} ({age:ninety-one}); username {contact:fdiallo_proxy}."],
  ["portal", "patient {name:beatriz mancuso} asked via mychart on {date:7/4} whether her mri at {loc:baylor scott & white} is covered; forwarded to {name:rochelle} in billing."],
  // social and family history
  ["history", "SH: Pt {name:Wendell Abiodun} works as a welder at {loc:Newport News Shipbuilding}, lives w/ wife {name:Carla} in {loc:Hampton}, Virginia; quit smoking {date:Jan 1, 2019}."],
  ["history", "FH: mother {name:Henrietta Voss} d. {date:2015-03-02} of breast ca at {loc:MD Anderson}; father alive, {age:95}, in a home in {loc:Galveston}."],
  ["history", "Social: {name:Rúben} (goes by \"{name:Rube}\") is a retired teacher from {loc:Kamehameha Schools}; attends {loc:Kawaiahaʻo Church} w/ his granddaughter {name:Leilani}."],
  ["history", "Pt {name:Constance Ebbesen} reports she moved from {loc:Fargo} to {loc:4418 Ridgeview Dr}, {loc:Rapid City}, {loc:SD} {loc:57702} on {date:Sept 1, 2022} to be near son {name:Mikkel}."],
  ["history", "SOCIAL HX: PT {name:DUBOIS-NKEMDIRIM, ARMAND} WAS INCARCERATED AT {loc:ANGOLA} UNTIL {date:MARCH 2021}; NOW AT {loc:HARMONY HOUSE} SHELTER, {loc:SHREVEPORT}. CASE MGR {name:P. LANDRY}."],
  ["history", "FHx per Pt's aunt {name:Gwendolyn Ashby} (visiting from {loc:Tulsa}): grandfather {name:Elias Ashby} had MI at 52; great-grandmother lived to {age:101}."],
  ["history", "Pt {name:Farida Rahimi} came to the US {date:Aug 2016}; resettled via {loc:International Rescue Committee} {loc:Sacramento}, case worker {name:Dana Whitlow} ({phone:916.555.0151})."],
  ["history", "hx per wife {name:oksana}: pt {name:volodymyr petrenko} drinks ~6 beers/night, last drink {date:fri}, works nights at {loc:amazon} warehouse in {loc:joliet}."],
  ["history", "Lives at {loc:Sunrise of Bloomfield Hills} assisted living since {date:2020-11-15}; POA is nephew {name:Thaddeus Greer}, {contact:tgreer.poa@lawmail.example}. Pt is {age:98 years}."],
  ["history", "Pt {name:Saoirse Delahunt} was adopted; biologic mother's name ({name:Maeve Quill}) obtained {date:June 3, 2023} through {loc:Catholic Charities of Boston}."],
  ["history", "Veteran: {name:Luther Obi-Castellano} served USMC, followed at {loc:VA Palo Alto Health Care System}, VA claim # {id:C-29440817}. Lives w/ roommate {name:Spencer}."],
  ["history", "Pt's twin brother {name:Ignatius} (MR# {id:50-2217-904}) also seen here {date:2023-01-12} w/ similar sx; both attend {loc:Loyola University Chicago}."],
  // work and school notes
  ["work-school", "To whom it may concern: {name:Keisha Montgomery-Lau} was seen in our office on {date:Oct 23, 2023} and may return to work at {loc:Delta Air Lines} on {date:Oct 26, 2023}. -Dr. {name:Gutiérrez}, {loc:Emory Clinic} ({phone:404.555.0193})"],
  ["work-school", "School note: please excuse {name:Jaden Pham} ({loc:Lincoln Middle School}, {loc:Alameda}) from PE {date:3/4/24} through {date:3/18/24}. //{name:RB}"],
  ["work-school", "WORK STATUS: {name:KRZYZANOWSKI, BOGDAN} MAY RETURN {date:MON 11/6} W/ NO LIFTING >20 LB. EMPLOYER {loc:UNITED PARCEL SERVICE} {loc:LOUISVILLE} HUB, FAX {phone:502.555.0145}."],
  ["work-school", "Pt {name:Anneliese Brandvold} asks for FMLA paperwork for her job at {loc:Target} ({loc:Eagan}, {loc:MN}); forms due {date:2024-01-31}, HR contact {contact:leaves@hr-target.example}."],
  ["work-school", "Sports physical {date:Jul 29, 2023}: {name:Xavier Quintanilla-Rhee}, 15, cleared for football at {loc:Bishop Gorman High School}; coach {name:Dunleavy} notified."],
  ["work-school", "Letter for {name:Priyanka Nair}, PhD student at {loc:Vanderbilt University}, re: accommodations after concussion {date:Nov 11, 2023}; sent to disability office fax {phone:615.555.0170}."],
  ["work-school", "daycare note: {name:emmy lou harkins} may go back to {loc:little sprouts learning center} on {date:wednesday} if fever-free 24 h. mom {name:jolene} {phone:423.555.0109}."],
  ["work-school", "Jury duty excusal for {name:Herbert Castellano} ({age:90 yrs}), juror # {id:JD-44102}, {loc:Maricopa County Superior Court}, requested {date:2024-05-20}."],
  ["work-school", "Return-to-duty note faxed {date:Jun 12, 2023} to {loc:Chicago Fire Department} for FF {name:Declan Moriarty-Soto}, badge {id:CFD-7731}, cleared by Dr. {name:Olumide Bankole}."],
  ["work-school", "Pt {name:Esmé Lachapelle} teaches at {loc:Champlain Valley Union High School}; note given excusing her {date:Thurs} and {date:Fri} ({date:Apr 18-19}). Lic # {id:VT-ED-228104}."],
  // mixed leftovers
  ["visit", "Home visit {date:2023-10-05} to {name:Ruthanne Colegrove} ({age:99 YO}) at {loc:52 Elderberry Way}, {loc:Keene}, {loc:NH} {loc:03431} by RN {name:Maximilian Osterhout}; daughter {name:Patrice} present."],
  ["lab", "Paternity test kit {id:DNA-55-02917} collected {date:Dec 19} for {name:Lamar Whitaker} and child {name:Zion Whitaker}; results to {contact:lwhitaker77@mailbox.example}."],
  ["imaging", "Echo {date:2024-01-08}: {name:Ngozi Abernethy-Uche}, EF 35%; device serial (ICD) {id:PRM884102Q} implanted {date:2019-07-22} at {loc:Emory University Hospital Midtown}. //{name:DRH}"],
  ["admission", "ED TRIAGE {date:12/25/2023} 0115: {name:LINDQVIST, SOREN}, 58M, C/O SOB. LIVES {loc:910 CEDAR ST}, {loc:DULUTH} {loc:MN}. WIFE {name:ASTRID} {phone:218.555.0122}."],
  ["prescription", "Prior Rx records for {name:Marisela Ybarra} requested {date:2023-02-14} by {name:Tomasz}, {loc:Rite Aid} {loc:Scranton} ({phone:570.555.0135}); her old pharmacist was Mr. {name:Delgado}."],
  ["discharge", "Pt {name:Osvaldo Teixeira}, MR# {id:66-0193-482}, d/c'd from {loc:Jackson Memorial Hospital} {date:Mar 3, 2024} w/ home health via {loc:Bayada Home Health Care} ({phone:305.555.0118}); RN {name:Gloriana} to visit {date:Wed 3/6}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_185_FIRST_CLEAN: string[] = [
  "ADMIT NOTE: Pt admitted from the ED c/o chest tightness x2 days; troponin negative x1, will trend. //",
  "Pt is a 67M brought in by EMS after a syncopal episode at home; Foley placed, strict I/O.",
  "Direct admit to the hospitalist service for cellulitis of the L lower leg (failed outpatient Keflex).",
  "PT ADMITTED TO MICU FOR DKA. INSULIN DRIP PER PROTOCOL. NPO EXCEPT SIPS.",
  "admit hx: 44 y/o m w/ etoh use disorder, last drink ~36 h ago, ciwa q4h, thiamine given.",
  "Transfer accepted for cath; Swan-Ganz in place on arrival, PA pressures elevated (see flowsheet).",
  "Clinic visit: BP 148/92 on amlodipine 5 mg; will increase to 10 mg and recheck in 4 wk.",
  "Walk-in c/o sore throat x3 days; Centor score 3, rapid strep positive, started amoxicillin.",
  "Telehealth f/u for Hashimoto's thyroiditis; TSH improved on current levothyroxine dose.",
  "VISIT SUMMARY: PARKINSON'S DISEASE, STABLE ON CARBIDOPA-LEVODOPA. F/U 3 MO.",
  "pcp visit, pt c/o ankle swelling since the weekend; no calf tenderness, homan's sign negative.",
  "Annual physical: Tdap up to date, colon cancer screening due next year, Pap normal in 2021.",
  "Discharged to home w/ spouse; f/u w/ cardiology in 1 wk and PCP in 2 wk (appts to be made by Pt).",
  "D/C SUMMARY: dx CAP, treated w/ ceftriaxone + azithromycin, transitioned to PO cefpodoxime. Dispo: SNF.",
  "Pt left AMA at 2140 h after risks explained, including death; AMA form signed and witnessed.",
  "d/c instructions reviewed w/ pt's daughter; wound care bid, keep dressing dry, return if fever >101.",
  "Referral to cardiology for new LBBB on ECG and exertional dyspnea; echo ordered in the meantime.",
  "REFERRAL TO NEUROLOGY FOR NEW-ONSET SEIZURE; EEG AND MRI BRAIN ORDERED. NO DRIVING PER STATE LAW.",
  "Please schedule ENT consult for chronic sinusitis; Pt prefers a morning slot if possible.",
  "Rx: lisinopril 10 mg PO daily #90, 3 RF. Counseled on cough and angioedema.",
  "RX REFILL REQUEST: LEVOTHYROXINE 75 MCG, 90-DAY SUPPLY. LAST TSH 2.1 (WNL). APPROVED.",
  "eRx sent for ondansetron 4 mg ODT q8h prn nausea, #12, no refills.",
  "controlled substance agreement signed; oxycodone 5 mg #20 only, pdmp reviewed, naloxone co-prescribed.",
  "LAB: HbA1c 8.4%, up from 7.6%; discussed adding empagliflozin. //",
  "Critical K+ 6.7 called to the covering MD at 0312; repeat on whole blood was 5.1 (hemolysis suspected).",
  "INR 3.9 this morning; hold warfarin x1 and recheck in 3 days per anticoagulation protocol.",
  "urine cx grew e. coli >100k, sensitive to nitrofurantoin; pt notified via portal, rx sent.",
  "LIPID PANEL: LDL 142, HDL 38, TG 210. START ATORVASTATIN 40 MG. RECHECK 6-8 WK.",
  "Newborn screen sent at 26 h of life; Apgars 8 and 9; bilirubin below phototherapy threshold.",
  "CT head w/o contrast: no acute bleed, chronic small-vessel ischemic change. GCS 15.",
  "MRI L-spine: L4-5 disc protrusion w/ mild foraminal narrowing; no cauda equina findings.",
  "CXR PA/LAT: RLL INFILTRATE, NO EFFUSION. CLINICAL CORRELATION ADVISED.",
  "US abdomen: gallstones w/o wall thickening, Murphy's sign negative; surgery aware.",
  "outside films received on cd and uploaded to pacs; radiology overread requested.",
  "Statement generated for outstanding balance after insurance; Pt may call billing to set up a plan.",
  "Guarantor called disputing a duplicate charge for the same lab draw; escalated to billing supervisor.",
  "Payment plan set up at $50/mo; financial assistance application also mailed.",
  "sent to collections after 3 statements and 2 phone attempts; see billing notes.",
  "Ins verified; copay $30, deductible met for the year. Prior auth not required for PT.",
  "Prior auth for Humira denied (step therapy not met); appeal letter drafted w/ methotrexate trial history.",
  "Workers' comp claim opened for L wrist injury at work; modified duty recommended.",
  "Reminder: your appt is in 2 days. Please bring a list of your meds and arrive 15 min early.",
  "Your colonoscopy prep starts the day before the procedure: clear liquids only, then split-dose prep.",
  "APPT REMINDER: FASTING LAB DRAW. NOTHING TO EAT AFTER MIDNIGHT. WATER IS OK.",
  "Flu shot clinic this week in the lobby; no appointment needed, bring your insurance card.",
  "Emergency contact: sister, per Pt; number on the facesheet was confirmed at bedside today.",
  "NOK notified of the transfer to the ICU by the charge RN; HCP form on chart.",
  "Portal msg: Pt reports rash worse since starting Bactrim; advised to stop and come in today.",
  "Msg to Pt: your labs look fine; no changes to your meds. Please keep your follow-up.",
  "SH: retired welder, lives w/ wife, quit smoking in 2019 (40 pack-years), no etoh.",
  "FH: mother w/ breast ca in her 50s, father w/ CAD and Alzheimer's, brother w/ Crohn's.",
  "hx per wife: ~6 beers/night, works nights at a warehouse, no prior withdrawal seizures.",
  "To whom it may concern: the above patient was seen in our office today and may return to work in 3 days.",
  "School note: please excuse the student from PE for 2 weeks due to a sprained ankle.",
  "WORK STATUS: MAY RETURN W/ NO LIFTING >20 LB X 2 WK, THEN FULL DUTY.",
  "daycare note: child may return when fever-free 24 h without tylenol or motrin.",
  "Sports physical: cleared for all sports; Heimlich and CPR reviewed w/ parent.",
];

/** Decision 185's batch in corpus.json's shape, for score.ts. */
export function decision185Corpus(): Corpus {
  return { notes: DECISION_185_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_185_FIRST_CLEAN };
}
