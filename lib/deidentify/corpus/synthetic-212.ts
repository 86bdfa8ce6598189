// Synthetic US healthcare sentences in the manner of public synthetic PHI test sets, the kind built
// from templates and filled with fake values for de-identification benchmarks: one or two plain
// sentences each across intake, visits, discharges, consults, pharmacy, results, radiology, claims,
// coverage, scheduling, emergency contacts, messages, social history, devices and transfers, set in
// towns and hospitals all over the US. They are by "a twenty-eighth writer who had not read the
// guard's rules", whose habits are hyphenated phone numbers with a "+1" or "1-" prefix, "Tel:" and
// "Fax:" labels, "Key: value" fragments joined by " | " pipes, military dates ("05JAN2022") and
// dotted dates next to spelled-out ones, "yo" and "yrs" after ages, relations in brackets "(dtr)",
// an "@" before places and "/s/" initials as signatures.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "intake"
  | "visit"
  | "discharge"
  | "consult"
  | "pharmacy"
  | "result"
  | "radiology"
  | "claim"
  | "coverage"
  | "scheduling"
  | "emergency"
  | "message"
  | "social"
  | "device"
  | "transfer";

/** The batch of decision 212: synthetic one- and two-sentence US healthcare texts with PHI. */
export const DECISION_212_FIRST: Array<[Style, string]> = [
  ["intake", "Intake: {name:Nguyen Thi Hoa} | DOB: {date:Jan-05-1931} | age {age:93} | MRN: {id:BMC-77310452} | arrived @ {loc:Boston Medical Center} ED {date:05JAN2024} at 0412."],
  ["intake", "New patient {name:Obiora Chukwuemeka-Lind}, 58 yo, registered {date:3.14.2023} with {loc:Banner – University Medical Center Tucson}; Tel: {phone:+1 520-555-0186}; home address {loc:7719 E Calle Arroyo}, {loc:Tucson}, {loc:AZ} {loc:85715}."],
  ["intake", "INTAKE FORM — PATIENT: {name:KOWALCZYK, STANISLAWA M.} | {age:97 YRS} | ADDR: {loc:1408 WEST CULLERTON ST}, {loc:CHICAGO}, {loc:IL} {loc:60608} | PHONE: {phone:1-773-555-0129} | SSN: {id:318-55-4470}"],
  ["intake", "Registered by {name:Dolores Mackey} on {date:Monday, 10/2/2023}: {name:Tavita Faleolo}, phone {phone:(808)555-0177}, email {contact:tfaleolo.ohana@yahoo.com}, PCP listed as {name:Keoni Kahananui}, MD."],
  ["intake", "pt name {name:ricardo anaya-villalobos}, dob {date:11.30.1962}, lives {loc:302 calle del norte apt 4}, {loc:las cruces}, {loc:nm} {loc:88001}; interpreter needed (spanish)."],
  ["intake", "Walk-in at {loc:Hennepin Healthcare} on {date:February twelfth}: {name:Hodan Warsame} with her father {name:Abdirahman Warsame} ({age:92 yo}), who reports a cough for ten days; MRN: {id:HH-6240917}."],
  ["intake", "{name:Everett J. Sandoval-Pruitt}, employer {loc:Tyson Foods} ({loc:Springdale}, {loc:AR}), came in {date:Aug 8 '22} after a forklift struck his left foot; work comp claim {id:WC-2208-44617}."],
  ["intake", "INTAKE {date:22MAR2024}: {name:ARAKSI TER-PETROSYAN}, {age:AGE 95}, BROUGHT BY SON {name:GAREGIN} FROM {loc:ARARAT NURSING FACILITY}, {loc:MISSION HILLS}, {loc:CA}; TEL: {phone:+1 818-555-0152}."],
  ["visit", "{name:Marguerite Lafontant} seen {date:04/09/24} @ {loc:Sak Pase Family Health}, {loc:Miami}, {loc:FL}; A1c 8.1, metformin increased; next appt {date:July 9}. /s/ {name:D.B.}"],
  ["visit", "Annual physical for {name:Gunnar Thorvaldsen}, 61 yo, with Dr. {name:Helga Rasmussen-Ortiz} at {loc:Sanford Fargo Medical Center} on {date:Sept. 19, 2023}; colonoscopy referral placed."],
  ["visit", "OFFICE VISIT {date:12/01/2022} — MRS. {name:ESPERANZA QUINTANILLA}, {age:90 YRS OLD}, ACCOMPANIED BY GRANDSON {name:MATEO}; SEEN BY DR. {name:R. ABERNETHY} AT {loc:VALLEY VIEW CLINIC}, {loc:HARLINGEN}, {loc:TX}."],
  ["visit", "follow-up {date:thurs 3/7}: {name:kwame asante-bekoe} reports less knee pain since starting PT at {loc:ivy rehab} in {loc:hoboken}; dr {name:feldstein} to recheck in 6 wks."],
  ["visit", "{name:Yerlan Bekmukhambetov} came to {loc:Intermountain Medical Center} in {loc:Murray}, {loc:Utah} on {date:2023/06/27} for a sports physical; cleared for play. Tel: {phone:801-555-0148}."],
  ["visit", "Telehealth visit {date:Oct 30} with {name:Beatrix Holloway-Nakamura} via {contact:https://telehealth.dartmouth-hitchcock.org/room/4471} — patient logged in from IP {contact:174.62.118.203}; Dr. {name:Ansel Whitford} on video."],
  ["visit", "Seen today ({date:06.18.2024}): {name:Chaim Rosenzweig}, {age:ninety-six-year-old} retired tailor, MRN: {id:MSH-0093381}, at {loc:Mount Sinai Hospital} geriatrics with his daughter {name:Rivka Adler} (dtr)."],
  ["visit", "{name:Lucía Paz Ferreyra} visited {loc:Denver Health} {loc:Westside Family Health Center} on {date:March 4th} for prenatal care at 24 weeks; midwife {name:Solveig Brannigan}, CNM."],
  ["discharge", "{name:Florence Adebisi-Cole} discharged {date:2/17/2024} from {loc:Grady Memorial Hospital} to home; Tel: {phone:404-555-0131}."],
  ["discharge", "DISCHARGED {date:09NOV2023}: {name:HAROLD P. VANDERSLOOT}, {age:AGE 99}, MRN: {id:UPMC-5518824}, FROM {loc:UPMC PRESBYTERIAN} TO {loc:VINCENTIAN HOME}, {loc:PITTSBURGH}, {loc:PA}."],
  ["discharge", "Discharge: {name:Aigerim Sadykova} | d/c date {date:May 3} | f/u Dr. {name:Brennan Ocampo} @ {loc:Sentara Norfolk General Hospital} cardiology | Fax: {phone:757-555-0190}"],
  ["discharge", "{name:Wendell Thibodeaux}, {age:91 yo}, went home {date:Sunday} afternoon with his wife {name:Clothilde}; home health from {loc:LHC Group} starts {date:11/14}."],
  ["discharge", "pt {name:soo-ah jang} discharged {date:07.22.2023} from {loc:providence st. vincent medical center}, {loc:portland} — pcp dr {name:meyerhoff} to see her next week; call {phone:503-555-0115} w/ questions."],
  ["discharge", "Discharge summary sent to {loc:Billings Clinic} (Attn: Dr. {name:Tallulah Crowfeather}) for {name:Dwight Elkshoulder}, MRN: {id:BC-0418873}, admitted {date:December 28th}, discharged {date:January 2nd}."],
  ["discharge", "{name:Oluwaseun Bamgbose} left {loc:Jackson Memorial Hospital} on {date:Fri 10/6}; prescriptions sent to {loc:Walgreens} on {loc:NW 7th Ave}; follow-up at {loc:UHealth Tower} in two weeks."],
  ["consult", "CARDIOLOGY CONSULT REQUESTED FOR {name:THEODORA PAPADIMITRIOU}, {age:94 YRS}, BY DR. {name:NASSER HADDAD} AT {loc:HARTFORD HOSPITAL} ON {date:2024-01-16}; PAGER {phone:860-555-0193}."],
  ["consult", "GI CONSULT — {name:LEROY WASHINGTON-BEAUCHAMP}, MRN: {id:DUH-2290614}, {loc:DUKE UNIVERSITY HOSPITAL}, {loc:DURHAM}, {loc:NC}; SEEN {date:14FEB2024} BY DR. {name:PRIYA SUBRAMANIAN-COLE}."],
  ["consult", "Neurology was asked on {date:Wed 8/23} to see {name:Bernadine Kowalski} for new tremor; neurologist {name:Idris Farouk}, MD, {loc:Baystate Medical Center}, {loc:Springfield}."],
  ["consult", "ID consult: {name:Rafael Ochoa-Benítez}, 42 yo, dairy worker at {loc:Darigold} in {loc:Sunnyside}, {loc:WA}, with fever since {date:April 2}; brucellosis serology sent."],
  ["consult", "Palliative care met with {name:Agnes Fairweather} ({age:aged 102}) and her niece {name:Philippa Kerr} on {date:6/1/23} at {loc:Eastern Maine Medical Center}, {loc:Bangor}; MOLST completed."],
  ["consult", "psych consult {date:1/9} for {name:tobias wrenfield}, student at {loc:university of vermont}; emergency contact mother {name:jolene wrenfield} {phone:802-555-0162}."],
  ["consult", "Ortho e-consult from Dr. {name:Sabine Lachance} re: {name:Matthias Oberholzer}, DOB {date:05/14/1933} ({age:91}), MRN: {id:LHMC-308812}, {loc:Lahey Hospital & Medical Center}, {loc:Burlington}, {loc:MA}."],
  ["pharmacy", "RX: LISINOPRIL 10 MG DAILY #90 FOR {name:CONSOLATA WANJIRU}, DOB {date:1/28/1957}; PRESCRIBER {name:GIDEON MARSH}, NP, DEA {id:MG4419285}; PHARMACY {loc:CVS PHARMACY #2231}, {loc:ALBANY}, {loc:GA}."],
  ["pharmacy", "Refill request from {loc:Rite Aid} on {loc:Lancaster Ave} (Fax: {phone:610-555-0158}) for {name:Ignatius Brophy}, {age:96 yrs old}; last fill {date:Nov 20, 2023}."],
  ["pharmacy", "PHARMACY NOTE {date:03/03/24}: {name:MAI LEE VANG} PICKED UP INSULIN PENS AT {loc:WALMART PHARMACY}, {loc:ST. PAUL}, {loc:MN}; RX# {id:6621874-03}; PHARMACIST {name:K. OYELARAN}."],
  ["pharmacy", "Prior auth for Ozempic approved {date:9/12/2023} for {name:Delphine Moreau-Batiste}; auth # {id:PA-88120573}; call {loc:Express Scripts} at {phone:1-800-555-0117} with questions."],
  ["pharmacy", "Mail-order pharmacy shipped to {loc:4611 Brushy Creek Rd}, {loc:Round Rock}, {loc:TX} {loc:78681} on {date:the 5th} for member {name:Anand Krishnamurthy}."],
  ["pharmacy", "pharmacist {name:yolanda pickens} called dr {name:okafor}'s office {date:tuesday} re: warfarin/bactrim interaction for {name:ezra goldfarb}, 88 yo."],
  ["result", "LAB RESULT: POTASSIUM 5.9 FOR {name:CYRUS BAHRAMI}, MRN: {id:0088-41277}, COLLECTED {date:01/30/2024} 0640; CALLED TO DR. {name:LIESL HARTWIG}."],
  ["result", "CRITICAL VALUE {date:17JUL2023} 2215 — TROPONIN 2.41 — PT {name:GERTRUDE OYELOWO-BANKS} ({age:93}) — READ BACK BY RN {name:T. MCALLISTER}."],
  ["result", "Pathology report {id:S24-018832} from {loc:Mayo Clinic Laboratories} received {date:Feb 2}: benign tubular adenoma, patient {name:Ferdinand Castellucci}."],
  ["result", "{name:Winona Begay}'s HbA1c from {date:4/11} came back at 6.4; result letter mailed to {loc:PO Box 1127}, {loc:Window Rock}, {loc:AZ} {loc:86515}."],
  ["result", "covid pcr negative for {name:ivanka petrović}, specimen {id:LC7731204455}, resulted {date:12.26.2022}."],
  ["result", "Sleep study {date:March 10-11, 2024} at {loc:Cooley Dickinson Hospital} sleep lab for {name:Ruairí Ó Donnchadha}: AHI 31; interpreted by Dr. {name:Yevgenia Sorokina}."],
  ["radiology", "CT head without contrast {date:2023-10-05} 03:12 for {name:Isidore Blanchette}, {age:98 yo}, after a fall at {loc:Maple Knoll Village}, {loc:Cincinnati}; accession {id:RAD-4471102}."],
  ["radiology", "MRI L-spine: {name:Kaiya Runningwater}, DOB {date:08/19/1979}; L4-L5 disc protrusion; read by {name:Benedikt Aurich}, MD, {loc:University of New Mexico Hospital}."],
  ["radiology", "MAMMOGRAM SCHEDULED {date:TUES NOV 14} AT {loc:ELLIOT BREAST HEALTH CENTER}, {loc:MANCHESTER}, {loc:NH}, FOR {name:PRUDENCE ALDRICH-OKONJO}; BI-RADS 1 LAST YEAR."],
  ["radiology", "cxr {date:6/2} for {name:feliks zawadzki}, {age:95 y/o}: small L effusion, no pna; compared with film from {date:may 20}."],
  ["radiology", "Images from {loc:Rhode Island Hospital} pushed to PACS at IP {contact:10.44.218.7} for outside review; patient {name:Concepción Mirabal}, MRN: {id:LS-55102984}."],
  ["claim", "Claim {id:CLM-2024-0081733} for {name:Bertrand Ouellette}, date of service {date:01/11/2024}, at {loc:Concord Hospital} was denied — missing NPI {id:1730498826}."],
  ["claim", "EOB: {name:Shirin Ghorbani} | Member ID: {id:HUM-W44018827} | DOS {date:Aug 29 2023} | billed $1,240.00 | provider {loc:Tampa General Hospital}"],
  ["claim", "BILLING CALL {date:05/22/24}: {name:LORENZO BUSTAMANTE} DISPUTES CHARGE ON ACCOUNT {id:TGH-4420158}; CALLBACK {phone:(813)555-0126}."],
  ["claim", "{name:Eudora Pennington}, {age:100 years old}, guarantor is her son {name:Clifton Pennington}, {loc:88 Gallup Hill Rd}, {loc:Ledyard}, {loc:CT} {loc:06339}; account {id:LM-00772145}."],
  ["claim", "Ambulance claim from {loc:American Medical Response} for transport {date:Christmas Eve} — patient {name:Tomasz Wróblewski}, run # {id:AMR-23-1224-0912}."],
  ["coverage", "COVERAGE VERIFIED {date:2/1/24}: {name:ESI BOATENG-MILLS} | {loc:BLUE CROSS BLUE SHIELD OF MICHIGAN} | MEMBER {id:XYP904418273} | GROUP {id:007731-0044}"],
  ["coverage", "MEDICARE BENEFICIARY {name:ALOYSIUS MCGONIGLE}, {age:AGE 94}, MBI {id:5TR2-WK8-QJ41}; SECONDARY {loc:TRICARE FOR LIFE}."],
  ["coverage", "{name:Priscila Nascimento} lost her coverage through {loc:Amazon} ({loc:Fall River} fulfilment center) on {date:June 30}; MassHealth application started, case # {id:MH-2287714}."],
  ["coverage", "coverage note: {name:hamid nouri}, {loc:kaiser permanente}, mrn {id:11-448201-7}, pcp dr. {name:ling zhao} @ {loc:oakland medical center}."],
  ["scheduling", "APPOINTMENT REMINDER: {name:OKSANA MELNYK}, {date:THURSDAY 02/29/2024} 9:40 AM WITH DR. {name:HALVARD STRAND}, {loc:SOUTHWESTERN VERMONT MEDICAL CENTER}. TO RESCHEDULE CALL {phone:802-555-0170}."],
  ["scheduling", "Your colonoscopy is booked for {date:Oct 3} at {loc:Berkshire Medical Center}, {loc:725 North St}, {loc:Pittsfield}; prep instructions at {contact:www.bhs1.org/prep}."],
  ["scheduling", "NO-SHOW {date:11JAN2024}: {name:DESHAWN PURIFOY}, MRN: {id:UAB-3318702}; LETTER SENT."],
  ["scheduling", "rescheduled {name:ama owusu}'s echo from {date:8/4} to {date:8/18} per her request; she works at {loc:fedex} in {loc:memphis} and can't get off before 3."],
  ["scheduling", "Scheduled: {name:Cornelius Van Wyck}, {age:aged 92}, home visit {date:Monday the 15th} by {name:Marisela Duarte}, RN, from {loc:VNA Health Group}."],
  ["scheduling", "PRE-OP CALL FOR {date:JUNE 6TH} SURGERY: {name:BJÖRN AXELSSON-REYES} TO ARRIVE 0530 AT {loc:BARNES-JEWISH HOSPITAL}, {loc:ST. LOUIS}, {loc:MO}; NPO AFTER MIDNIGHT."],
  ["scheduling", "Flu shot clinic sign-up: {name:Lorraine Dufresne} {phone:603-555-0109} — {date:Saturday, October 19} at {loc:St. Anne's Parish Hall}, {loc:Berlin}, {loc:NH}."],
  ["emergency", "Emergency contact: {name:Fatou Diallo} (sister) | Tel: {phone:+1 (646) 555-0188} | {loc:1170 Grand Concourse}, {loc:Bronx}, {loc:NY} {loc:10456}"],
  ["emergency", "EMERGENCY CONTACT FOR {name:WILHELMINA STROUD} ({age:AGE 96}): NEPHEW {name:ARCHIBALD STROUD}, CELL {phone:207-555-0144}, WORK {phone:207-555-0197 EXT 22} AT {loc:L.L.BEAN}, {loc:FREEPORT}."],
  ["emergency", "Health care proxy: {name:Dagny Solberg} (dtr), {phone:406-555-0135}, email {contact:dagny.solberg@montana.edu}; patient {name:Ole Solberg} is {age:101}."],
  ["emergency", "next of kin {name:pedro acevedo} (husband) can be reached at {phone:787-555-0153} or via his job at {loc:popular bank} in {loc:san juan}."],
  ["emergency", "ED TRIAGE {date:04JUL2023} 2340 — {name:JUAN CARLOS DOMINGUEZ-FAIR} BROUGHT BY {loc:PHOENIX FIRE DEPARTMENT} FROM {loc:3100 N 27TH AVE}; BURNS TO HANDS."],
  ["message", "Portal message {date:3/19/24} from {name:Hyacinth Blackwood-Osei}: \"Can Dr. {name:Lindgren} call me back at {phone:614-555-0124}? The new pills make me dizzy.\""],
  ["message", "MESSAGE FROM {name:MIRIAM ZELIKOVSKY} (DAUGHTER OF {name:BORIS ZELIKOVSKY}, {age:AGE 97}): PLEASE SEND RECORDS TO {contact:MZELIKOVSKY@COMCAST.NET}."],
  ["message", "Left voicemail {date:Wed} for {name:Adaeze Nwankwo} at {phone:512-555-0166} re: abnormal pap; will try again {date:Friday}. /s/ {name:J.R.T.}"],
  ["message", "pt {name:elias haddad-mercer} emailed from {contact:ehmercer77@protonmail.com} asking for a work note for {loc:boeing} covering {date:4/1} through {date:4/5}."],
  ["message", "Secure message to {name:Chiamaka Obi}: your results are ready at {contact:https://mychart.hopkinsmedicine.org}; please log in or call {phone:410-555-0102}."],
  ["social", "SOCIAL HX: {name:ROSCOE PETTIGREW} IS A RETIRED COAL MINER FROM {loc:LOGAN}, {loc:WV}; WORKED FOR {loc:ISLAND CREEK COAL} 31 YRS; LIVES WITH WIFE {name:OPAL}."],
  ["social", "Lives at {loc:Friendship Village of Tempe} since {date:March 2022}; {name:Marjorie Ellsworth}, {age:ninety-three}, still plays bridge every week."],
  ["social", "social: works as a line cook at {loc:hattie b's} in {loc:nashville}; lives with partner {name:desmond}; vapes daily."],
  ["social", "{name:Tevita Fifita} works night security at {loc:Salt Lake City International Airport}; attends {loc:Glendale Tongan Methodist Church} on {loc:Navajo St}."],
  ["device", "Pacemaker interrogation {date:01/08/2024}: {name:Augustin Delacroix-Mbeki}, {age:94 yo}; device serial {id:RNB612894H}; remote monitoring via {contact:carelink.medtronic.com}."],
  ["device", "DEVICE CHECK — {name:HENRIETTA VOSKUIJLEN}, INSULIN PUMP SN {id:TNDM-1148820}, CGM TRANSMITTER ID {id:8HQ4T2}; UPLOAD {date:03/30/24}."],
  ["device", "cpap supplied by {loc:apria healthcare} to {name:marvin goldblatt}, serial {id:23191844927}, on {date:jan 17}; compliance 82%."],
  ["device", "Hearing aids for {name:Philomena Carrigan}, {age:age 99}, ordered {date:9/5} from {loc:Beltone} in {loc:Worcester}; L serial {id:BTN-4471-0092}, R serial {id:BTN-4471-0093}."],
  ["device", "HOME O2 CONCENTRATOR DELIVERED {date:28AUG2023} TO {name:CLARENCE OYAMA}, {loc:46-211 KAHUHIPA ST}, {loc:KANEOHE}, {loc:HI} {loc:96744}; VENDOR TEL {phone:808-555-0112}."],
  ["transfer", "Transfer accepted {date:2/9/24} 0315 from {loc:Aroostook Medical Center}, {loc:Presque Isle} to {loc:Maine Medical Center} ICU by helicopter; pt {name:Lucien Thériault}, {age:90 y/o}."],
  ["transfer", "TRANSFER CENTER: {name:MAGDALENA SZCZEPAŃSKA}, MRN: {id:WVU-7719042}, FROM {loc:DAVIS MEDICAL CENTER}, {loc:ELKINS} TO {loc:J.W. RUBY MEMORIAL HOSPITAL}, {loc:MORGANTOWN}; ACCEPTING DR. {name:A. VELASQUEZ}."],
  ["transfer", "{name:Nizhoni Tsosie} transferred by air from {loc:Tuba City Regional Health Care} to {loc:Flagstaff Medical Center} on the evening of {date:May 1}; report called to {phone:928-555-0141}."],
  ["transfer", "pt {name:olumide adeyinka} going to {loc:kindred hospital} in {loc:houston} tomorrow {date:12/2}; records faxed to {phone:713-555-0181}."],
  ["transfer", "SNF PLACEMENT: {name:AUGUSTA BRENNEMAN}, {age:95 YRS}, ACCEPTED AT {loc:PLEASANT VIEW HOME}, {loc:BROADWAY}, {loc:VA} FOR {date:MONDAY 10/21}."],
  ["intake", "INTAKE: {name:BAO TRAN NGUYEN}, {age:AGE 90}, SPEAKS VIETNAMESE; DAUGHTER {name:LINH} INTERPRETS; TEL {phone:714-555-0198}."],
  ["visit", "WELL-CHILD VISIT {date:07/15/2024}: {name:AMARA OKONKWO-REID}, DOB {date:07/13/2023}; MOTHER {name:CHIDINMA}; SEEN AT {loc:NEMOURS CHILDREN'S HEALTH}, {loc:WILMINGTON}, {loc:DE}."],
  ["discharge", "D/C {date:8-12-23} TO {loc:HEBREW HOME AT RIVERDALE}: {name:SOLOMON ABRAMOWITZ}, {age:AGE 103}."],
  ["consult", "SOCIAL WORK CONSULT {date:FEB 27}: {name:DARLENE MCCRACKEN} HAS BEEN STAYING AT {loc:UNION GOSPEL MISSION} ON {loc:3RD AVE S}, {loc:SEATTLE}; PHONE {phone:206-555-0157}."],
  ["result", "A1C 9.2 ON {date:12/04/23} — {name:ALFONSO REYES-CAMACHO}, ACCT {id:8840021937}; NOTIFIED BY NURSE {name:K. LUNDQUIST}."],
  ["claim", "Overpayment refund check #{id:10448823} mailed {date:April 15} to {name:Gisela Hoffmann-Ruiz}, {loc:209 Prospect Ave}, {loc:Milwaukee}, {loc:WI}."],
  ["coverage", "MEDICAID ID {id:FL-7731980442} FOR {name:JAYDEN ALVARADO} (DOB {date:03/09/2016}); PLAN {loc:SUNSHINE HEALTH}; VERIFIED TODAY {date:6/3}."],
  ["scheduling", "Dr. {name:Wairimu Gathoni} is out {date:Thanksgiving} week; Mrs. {name:Ilona Baranyi}, {age:98}, moved to {date:Dec 2} with Dr. {name:Prewitt}."],
  ["message", "FAX COVER — TO: DR. {name:CASSIUS MBAH}, {loc:GREENVILLE ONCOLOGY ASSOCIATES}, FAX {phone:864-555-0138} | FROM: {loc:PRISMA HEALTH} | RE: {name:VERNA LYTLE}, DOB {date:10/02/1930}."],
  ["social", "Family hx per {name:Kerstin Albrecht} (dtr): patient's mother died at {age:104}; patient herself is {age:ninety-one} and widowed."],
  ["social", "PMH per records from {loc:Alaska Native Medical Center}, {loc:Anchorage}: {name:Nathaniel Kanayurak}, MRN: {id:ANMC-220418}, had TB treated {date:October 2019}."],
  ["emergency", "911 CALL {date:01/01/2024} 0012: {name:EFRAÍN COLÓN} FELL AT {loc:PLAZA LAS AMÉRICAS}; EMS UNIT FROM {loc:SAN JUAN}; CONTACT WIFE {phone:787-555-0119}."],
  ["pharmacy", "Vaccine record: {name:Leilani Kahale} received Shingrix dose 2 on {date:11.08.2023} at {loc:Longs Drugs}, {loc:Hilo}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_212_FIRST_CLEAN: string[] = [
  "Intake: chief complaint is shortness of breath on exertion for two weeks; no chest pain.",
  "INTAKE: CHIEF COMPLAINT LEFT FLANK PAIN x 2 DAYS | PAIN 7/10 | NO FEVER | ALLERGIES: PCN (HIVES)",
  "New patient paperwork completed; preferred language English; no interpreter needed; advance directive not on file.",
  "pt is a 67 yo male w/ hx of CHF (EF 30%), CKD stage 3b, and gout, here for volume check.",
  "Visit: BP 138/86 | HR 72 | SpO2 97% RA | BMI 31.4 | A1c 7.8 → continue metformin 1000 mg BID.",
  "OFFICE VISIT — 89-YEAR-OLD WOMAN WITH OSTEOARTHRITIS OF BOTH KNEES; STEROID INJECTION GIVEN TO THE RIGHT KNEE.",
  "Annual wellness visit done; Medicare Part B covers it; AWV questionnaire scanned; fall risk screen negative.",
  "Well-child check at 15 months: walks alone, says 6 words, MMR and varicella given today.",
  "telehealth video visit; pt at home, provider in clinic; consent for virtual care obtained verbally.",
  "Discharged home with Foley catheter in place; teaching done; urology follow-up in 1 week.",
  "DISCHARGE DX: NSTEMI, S/P DES TO LAD; DAPT X 12 MONTHS; CARDIAC REHAB REFERRAL PLACED.",
  "Discharge: d/c to SNF for short-term rehab | PT/OT 5x/week | WBAT RLE | Lovenox 40 mg daily x 28 days",
  "d/c home w/ wife; walker at home; no driving while on oxycodone.",
  "Cardiology consult: new-onset AF with RVR, CHA2DS2-VASc 4; start apixaban 5 mg BID; TTE ordered.",
  "NEURO CONSULT: RIGHT-SIDED WEAKNESS, NIHSS 6, LAST KNOWN WELL 0700; tPA NOT GIVEN (OUTSIDE WINDOW).",
  "Palliative consult: goals-of-care discussion held with the patient and family; code status changed to DNR/DNI.",
  "GI consult for Barrett's esophagus surveillance; EGD with biopsies recommended in 3 years.",
  "Rx: atorvastatin 40 mg PO nightly #90, 3 refills; amoxicillin 875 mg BID x 10 days.",
  "PHARMACY: PRIOR AUTHORIZATION REQUIRED FOR GLP-1 AGONIST; STEP THERAPY WITH METFORMIN DOCUMENTED.",
  "pharmacist flagged interaction between clarithromycin and simvastatin; prescriber switched to doxycycline.",
  "Influenza vaccine given IM left deltoid; VIS provided; no reaction observed after 15 minutes.",
  "Lab: Na 131, K 5.6, Cr 1.9 (baseline 1.3), BUN 44; repeat BMP in the morning.",
  "CRITICAL VALUE: INR 6.2 — WARFARIN HELD, VITAMIN K 2.5 MG PO GIVEN, RECHECK IN 24 HOURS.",
  "Pap smear: NILM, HPV negative; repeat co-testing in 5 years.",
  "urine culture >100k E. coli, sensitive to nitrofurantoin; pt notified and rx sent.",
  "Sleep study: AHI 22, nadir SpO2 81%; moderate OSA; CPAP titration recommended.",
  "CT abdomen/pelvis with contrast: acute appendicitis without perforation; surgery notified.",
  "MRI BRAIN: T2/FLAIR HYPERINTENSITIES IN PERIVENTRICULAR WHITE MATTER, CONSISTENT WITH CHRONIC SMALL-VESSEL DISEASE.",
  "cxr: RLL consolidation; no effusion; ET tube 4 cm above the carina; NG tube in stomach.",
  "DEXA: T-score -2.7 at L1-L4, -2.1 at the femoral neck; osteoporosis; start alendronate.",
  "Echo: LVEF 55-60%, mild MR, no pericardial effusion; compared with the prior study.",
  "Claim denied: CPT 99214 billed with modifier 25 but no separate procedure documented.",
  "BILLING: SELF-PAY DISCOUNT APPLIED; PAYMENT PLAN OF $50 PER MONTH SET UP PER PATIENT REQUEST.",
  "EOB shows deductible met for the year; coinsurance 20% for outpatient imaging.",
  "ICD-10 codes: E11.65, I10, N18.31; HCC risk adjustment reviewed.",
  "Coverage: commercial PPO primary, Medicare secondary; referral not required for specialist visits.",
  "MEDICAID RENEWAL PACKET MAILED; PATIENT REMINDED TO RETURN PROOF OF INCOME.",
  "Insurance card scanned front and back; copay $25 collected at check-in.",
  "Appointment reminder: please arrive 15 minutes early and bring your medication list and insurance card.",
  "COLONOSCOPY PREP: CLEAR LIQUIDS ONLY THE DAY BEFORE; SPLIT-DOSE PREP; NOTHING BY MOUTH 2 HOURS BEFORE.",
  "no-show x2 for sleep clinic; per policy, patient must call to reschedule.",
  "Pre-op: NPO after midnight, hold lisinopril the morning of surgery, continue beta-blocker.",
  "Emergency contact on file is the patient's wife; HIPAA release signed for both adult children.",
  "ED TRIAGE: ESI 2; GCS 15; CHEST PAIN RADIATING TO LEFT ARM; ECG WITHIN 10 MINUTES: ST ELEVATION V2-V4.",
  "Code blue called on the unit; ROSC after 2 rounds of CPR and 1 mg epinephrine; transferred to the MICU.",
  "Message: patient asks whether she can take ibuprofen with her new blood thinner; advised acetaminophen instead.",
  "FAX COVER SHEET: CONFIDENTIAL HEALTH INFORMATION ENCLOSED; IF RECEIVED IN ERROR PLEASE NOTIFY THE SENDER AND DESTROY.",
  "portal msg: pt reports rash on trunk after starting allopurinol; told to stop it and come in today.",
  "Social: retired mail carrier; quit smoking in 1998 (40 pack-years); one beer a week; lives with spouse in a one-story home.",
  "FAMILY HX: FATHER WITH PARKINSON'S DISEASE, MOTHER WITH HASHIMOTO'S THYROIDITIS, SISTER WITH CROHN'S.",
  "social hx: unemployed, staying with a friend; food insecurity screen positive; SNAP referral made.",
  "Device: dual-chamber pacemaker, battery 8.5 years remaining, lead impedances stable, no arrhythmia episodes.",
  "CGM data reviewed: time in range 64%, 8% below 70 mg/dL mostly overnight; basal rate lowered.",
  "TRANSFER: ACCEPTED TO STEP-DOWN UNIT FOR SWAN-GANZ MONITORING; REPORT GIVEN RN TO RN.",
  "transfer to inpatient rehab once medically stable; PM&R consult requested.",
];

/** Decision 212's batch in corpus.json's shape, for score.ts. */
export function decision212Corpus(): Corpus {
  return { notes: DECISION_212_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_212_FIRST_CLEAN };
}
