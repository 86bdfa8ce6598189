// Short synthetic US healthcare sentences carrying protected health information, in the manner of
// public synthetic PHI test sets (one or two sentences each): admissions, clinic notes, discharge
// instructions, referrals, prescriptions, lab and imaging reports, billing and insurance, reminders,
// emergency contacts, portal messages, family and social history. They are by "a nineteenth writer
// who had not read the guard's rules", whose habits are: "Pt." with a period, "MRN#" with the pound
// sign glued on, dotted phone numbers (617.555.0100) as often as dashed ones, "w/" and "c/o", "re:" and
// "attn:" headers, spelled-out ordinal dates ("the 2nd of February"), holidays as dates, and a
// trailing "-- initials" signature on many notes; about a tenth in capitals, a tenth in lower case.
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
  | "reminder"
  | "contact"
  | "portal"
  | "history";

/**
 * The batch of decision 177: one- and two-sentence synthetic PHI sentences across the whole US,
 * by a writer with dotted phones, MRN# and "-- initials" signatures.
 */
export const DECISION_177_FIRST: Array<[Style, string]> = [
  ["admission", "Pt. {name:Rosalind T. Abernathy}, MRN# {id:00482915}, admitted {date:03/14/2023} to {loc:Maine Medical Center} via ED w/ CAP; PCP is Dr. {name:Haruto Ishikawa} at {loc:Scarborough Family Practice}. -- {name:JMW}"],
  ["admission", "Admitted on {date:the 2nd of February}, {name:Desmond Okonkwo-Reyes} ({age:91 y/o}) arrived by ambulance c/o {loc:Sunrise of Edina} assisted living; son {name:Chidi} can be reached at {phone:952.555.0184}."],
  ["admission", "ADMIT NOTE {date:7/9/22}: {name:WALLACE, BERNARD J}, ACCT {id:A-77310298}, {age:94 YO} M FROM HOME AT {loc:1187 OLD HICKORY BLVD}, {loc:NASHVILLE}, {loc:TN} {loc:37215}; ADMITTED TO {loc:VANDERBILT UNIVERSITY MEDICAL CENTER} 6 NORTH."],
  ["admission", "Ms. {name:Farida Nazari}, DOB {date:11-02-1957}, transferred in from {loc:Banner Desert Medical Center} in {loc:Mesa} to our neuro ICU on {date:Aug. 30}; accepting attending Dr. {name:Liesl Vanderhoek}."],
  ["admission", "Pt. admitted {date:Sunday} evening after a fall at work ({loc:Amazon} fulfillment center, {loc:Kent}, {loc:WA}); wife {name:Marisol Quintanilla} at bedside, cell {phone:(253) 555-0147}, MRN# {id:H3390271}."],
  ["admission", "{date:10/30/2023} 2215 - {name:Ngozi Eze-Walters}, 34F, G2P1 at 38 wks, admitted L&D {loc:Cedars-Sinai Medical Center}; husband {name:Clayton} ({phone:310-555-0115}). OB Dr. {name:Rachael Goldfarb}. -- {name:MVN}"],
  ["admission", "Direct admit out of {loc:Cheyenne Regional Medical Center} clinic on {date:Wed.}: {name:Ambrose Two Crows}, MRN# {id:CR-0048821}, cellulitis R leg; pt lives {loc:Route 2 Box 114}, {loc:Lodge Grass}, {loc:MT}."],
  ["admission", "Pt. {name:Celestine Arceneaux} ({age:99}) admitted {date:Feb. 11th} out of {loc:St. Joseph Manor} w/ aspiration PNA; code status DNR per her nephew {name:Luc}, {phone:337.555.0144}."],
  ["admission", "Pt. {name:Yusuf Demir} admitted to {loc:NYU Langone Hospital - Brooklyn} {date:Sat.} night; roommate {name:Cem} brought meds list. Address on file {loc:540 86th St, Apt 3B}, {loc:Brooklyn}, {loc:NY} {loc:11209}."],

  ["clinic", "Seen in clinic {date:4/18}; {name:Tomasz Wierzbicki} reports improved sleep on trazodone. RTC 6 wks w/ Dr. {name:Ndiaye}. -- {name:AKP}"],
  ["clinic", "re: {name:Gwendolyn Ashby-Frye}, MRN# {id:7720-11843}. Follow-up at {loc:Mayo Clinic} {loc:Rochester} on {date:June 5th, 2024}; BP 142/88, A1c 7.9 on {date:5/28/24}."],
  ["clinic", "Mr. {name:Kalani} (first name {name:Keoni}) came in w/ his daughter {name:Leilani Kahananui} over from {loc:Hilo}; f/u at {loc:Queen's Medical Center} cardiology on {date:the 21st}."],
  ["clinic", "pt {name:marcus delacroix-boone} seen today {date:10/3} at {loc:tulane medical center} clinic, c/o knee pain since {date:sept 12}; lives at {loc:2240 n rampart st}, {loc:new orleans} {loc:70117}."],
  ["clinic", "Dr. {name:Soo-ah Baek} reviewed labs with Ms. {name:Yevgenia Roskova} on {date:Thursday}; next visit {date:01.09.2025} at the {loc:UCSF Mission Bay} office, ph {phone:415.555.0162}."],
  ["clinic", "Well child visit for {name:Aiden Oyelaran-Cho}, DOB {date:3/3/2021}; 2 yr shots given. Dad {name:Sung-min Cho} asked about the daycare form for {loc:Bright Horizons} on {loc:Elm St}."],
  ["clinic", "Ms. {name:Halvorsen-Tate} returns for wound check; dressing changed by {name:Perpetua} RN. Next visit {date:the 19th}, same time. Dr. {name:Iwu} aware. -- {name:CF}"],
  ["clinic", "Saw {name:Zbigniew} today (he goes by \"{name:Ziggy}\"), last name {name:Przybylski}, for gout flare; uric acid ordered, note faxed to his PCP at {loc:Cleveland Clinic Lakewood}, {phone:216-555-0163}."],
  ["clinic", "OB intake {date:05/29/24}: {name:Daniela Ferreira Souza}, LMP {date:3/18/24}, EDD {date:12/23/24}; PNV started. Works as an aide for {loc:Fall River Public Schools}."],
  ["clinic", "Ortho f/u at {loc:Rothman Orthopaedics}, {loc:925 Chestnut St}, {loc:Philadelphia}: {name:Raymond Okoro} s/p TKA {date:8/14}, ROM 0-110. PT at {loc:NovaCare} 3x/wk. -- Dr. {name:Fiorentino}"],
  ["clinic", "Telehealth {date:2/12/2025} w/ {name:Marigold Fenwick-Ojo}, connected at her office at {loc:Deloitte} in {loc:Charlotte}; IP logged {contact:10.22.145.7}. F/u in 3 mo. -- {name:HS}"],

  ["discharge", "Discharge instructions for {name:Harold \"Hal\" Brinkerhoff}: follow up with Dr. {name:Aminata Sow} at {loc:Froedtert Hospital} on {date:12/02/2023} at 10:30; call {phone:414-555-0139} w/ fever over 101."],
  ["discharge", "DISCHARGED {date:MARCH 3, 2024} TO {loc:GOLDEN LIVING CENTER - MOUNTAIN VIEW} IN {loc:GREENSBURG}, {loc:PA}. PT {name:EULALIA MARCHETTI}, {age:97}, MRN# {id:30018847}. REPORT GIVEN TO RN {name:TOBIAS}."],
  ["discharge", "{name:Priyanka Venkataraman} discharged home {date:Jan 17}; husband {name:Arvind} to drive. Wound check at {loc:Novant Health Presbyterian Medical Center} {date:1/24}, fax summary to {phone:704.555.0190}. -- {name:rl}"],
  ["discharge", "Pt. d/c'd to {loc:Spaulding Rehabilitation Hospital} {date:2023-05-11}; rehab contact {name:Bridget O'Shaughnessy}, {contact:boshaughnessy@spauldingrehab.example.org}, {phone:617-555-0122 ext. 4471}."],
  ["discharge", "discharge f/u: pcp dr. {name:oyelaran} at {loc:grady memorial hospital} primary care, {date:feb 6} @ 2pm; bring med list. home: {loc:88 joseph e lowery blvd}, {loc:atlanta}, {loc:ga}."],
  ["discharge", "Discharge to home w/ VNA ({loc:VNA of Southwest Michigan}, {phone:269-555-0121}); pt {name:Shirley Van Dyke}, {loc:Kalamazoo}; first visit {date:Sat 9/9}."],
  ["discharge", "AMA discharge {date:11/11/2023} 0200: {name:Trevor Lightfoot} left {loc:Harborview Medical Center} against advice; given card for {loc:Seattle Indian Health Board}, {phone:206-555-0108}."],
  ["discharge", "Mr. {name:Evgeny Baranov} to be discharged tomorrow after PT eval; ride arranged with son {name:Ilya} ({phone:267.555.0130}). F/u Dr. {name:Waweru} at {loc:Temple University Hospital} {date:4/4}."],

  ["referral", "attn: Dr. {name:Ines Carvalho}, {loc:Boston Children's Hospital} GI. Referring {name:Mateo Sandoval-Lugo} (DOB {date:8/30/2016}, MRN# {id:BCH-5518274}) for poor weight gain; mom {name:Yesenia} {phone:(508) 555-0173}."],
  ["referral", "Referral faxed {date:9/12/2023} to {loc:Intermountain Medical Center} sleep lab, fax {phone:801.555.0148}; pt {name:Brigham Thackeray}, {loc:Murray}, {loc:UT} {loc:84107}. -- {name:DLH}"],
  ["referral", "Re: {name:Abdirahman Warsame}. Please see at {loc:Hennepin Healthcare} hepatology; MA member ID {id:00293814}, interpreter (Somali) needed. Contact case manager {name:Kirsten Lindgren} at {phone:612-555-0105}."],
  ["referral", "REFERRAL TO {loc:MD ANDERSON CANCER CENTER}, {loc:HOUSTON}: {name:CORDELL WASHINGTON JR.}, SSN {id:412-55-0938}, BIOPSY {date:11/28/2022} AT {loc:CHRISTUS SPOHN HOSPITAL CORPUS CHRISTI}."],
  ["referral", "Referred by Dr. {name:Mehwish Qureshi} of {loc:Lahey Hospital} on {date:the 8th of May}; patient {name:Fionnuala Breathnach} prefers email at {contact:fbreathnach77@example.net}."],
  ["referral", "Sending {name:Marguerite Laliberté} to {loc:Dana-Farber Cancer Institute} ({loc:450 Brookline Ave}, {loc:Boston}, {loc:MA} {loc:02215}) for second opinion; appt {date:Jan 30, 2024}, ref# {id:DF-7719042}."],
  ["referral", "Please schedule {name:Otieno Kamau} w/ ENT at {loc:University of Iowa Hospitals & Clinics}; pt prefers texts to {phone:319-555-0176}. MRN# {id:U0078315}. Thanks, {name:Geneva}"],
  ["referral", "referral to pt/ot at {loc:shepherd center}, {loc:atlanta}, for {name:deshawn mccray} after sci {date:7/4/23}; case mgr {name:lorna pike}, fax {phone:404-555-0187}."],

  ["rx", "Rx: lisinopril 10 mg daily #90, 3 refills. Pt. {name:Oluwaseun Adebayo}, DOB {date:04/22/1969}; sent to {loc:CVS Pharmacy} on {loc:W Broad St}, {loc:Richmond}. Prescriber Dr. {name:Gretchen Voss}, DEA {id:BV4418297}."],
  ["rx", "new rx sent to {loc:walgreens} at {loc:1600 e colfax ave}, {loc:denver}; pt {name:dolores archuleta}, ph {phone:303.555.0118}. -- {name:mk}"],
  ["rx", "Refill request for {name:Yitzchak Halberstam}'s warfarin came in {date:Monday}; INR {date:10/16} was 2.4. Pharmacist {name:Renée Dufresne} at {loc:Brooklyn Hospital Center} outpatient pharmacy, {phone:718-555-0156}."],
  ["rx", "Pt. {name:Maybelle Crouch}, {age:ninety-two}, Medicare ID {id:1EG4-TE5-MK72}; Rx for donepezil 5 mg filled at {loc:Harps Pharmacy}, {loc:Fayetteville}, {loc:AR} on {date:Nov 4}."],
  ["rx", "PRIOR AUTH FOR HUMIRA: {name:TRAN, MINH THU}, MEMBER ID {id:W88213570}, GROUP {id:0045129}; PRESCRIBER DR. {name:ESPERANZA LUJAN}, NPI {id:1487652093}, FAX {phone:505-555-0197}."],
  ["rx", "Pt. {name:Antonella Rizzo-Park} picked up Paxlovid {date:12/26} at {loc:Kroger Pharmacy} in {loc:Columbus}; rx# {id:6120993}. Prescriber Dr. {name:Adeyemi}, {loc:OhioHealth Riverside Methodist Hospital}."],
  ["rx", "Controlled substance agreement signed {date:7/1/2023} by {name:Clifford Ames Hollingsworth}; PDMP checked, last fill {date:6/27/23} at {loc:Rite Aid}, {loc:Bangor}, {loc:ME}. -- {name:PRW}"],
  ["rx", "E-RX ERROR: {name:GUTIERREZ, OFELIA M} DOB {date:02/14/1948}, PHARMACY {loc:H-E-B PHARMACY}, {loc:LAREDO}, {loc:TX} REJECTED NDC. CALL PHARMACY {phone:956-555-0110}."],

  ["lab", "Specimen {id:S23-448190} collected {date:06/07/2023} 08:15 on {name:Thaddeus Kowalczyk}, MRN# {id:0091772}; K 6.1 called to RN {name:Shay} at {loc:Rush University Medical Center} 9W."],
  ["lab", "Critical value: troponin 2.3 on {name:Ayodele Fashola}, acct {id:5530129847}, read back by {name:K. Marsh} RN {date:2/19/24} 0340. -- lab, {loc:Ochsner Medical Center}"],
  ["lab", "LAB RESULT {date:12-DEC-2022}: {name:ALVAREZ-PEÑA, RODRIGO}, HBA1C 11.2%. ORDERING DR. {name:NAKASHIMA}. {loc:PARKLAND MEMORIAL HOSPITAL}, {loc:DALLAS}, {loc:TX}."],
  ["lab", "pathology accession {id:SP-24-03317}: skin, left cheek, basal cell carcinoma, margins clear. patient {name:wendell pruitt}, seen at {loc:dartmouth hitchcock medical center} {date:3/5/24}; dr. {name:ilse marquardt} signing."],
  ["lab", "Ms. {name:Svetlana Oduya}'s TSH drawn {date:the 11th} was 0.02; results released to MyChart and Dr. {name:Brennan} notified via pager {phone:555-0731}."],
  ["lab", "Blood cultures x2 drawn {date:4/7/24} 0600 on {name:Ignacio Villaseñor}, MRN# {id:5566120}; 1/2 GPC in clusters. Called to Dr. {name:Sørensen} at ext. {phone:4-3921}. -- micro, {loc:University of Colorado Hospital}"],
  ["lab", "Genetic testing on {name:Shoshana Levitt-Cohen} (DOB {date:9/9/1985}) returned BRCA1 positive; counselor {name:Amaris Quispe}, MS, CGC, will call out of {loc:Memorial Sloan Kettering} at {phone:212-555-0158}."],
  ["lab", "UA {date:Oct 2}: nitrite pos, LE 3+. Pt {name:Wilma Schaffer}, {age:95 yrs}, resident of {loc:Good Samaritan Society - Hastings Village}; culture pending, accession {id:M2310-0482}."],
  ["lab", "POCT glucose 42 on Baby Girl {name:Tran-Nguyen}, MRN# {id:N2400918}, born {date:6/2/24} 0412 at {loc:Texas Children's Pavilion for Women}; mom {name:Kim Tran} notified by {name:Ruby} RN."],

  ["imaging", "CT HEAD W/O, {date:09/01/2023}: {name:Lucinda Baptiste}, MRN# {id:LB77102}, {loc:Jackson Memorial Hospital}. No acute hemorrhage. Dictated by Dr. {name:Rafael Szymanski}, accession {id:CT-889201-3}."],
  ["imaging", "Mammogram for {name:Nkechi Umeh} scheduled {date:Friday, July 12} at {loc:Piedmont Atlanta} breast center, {loc:1968 Peachtree Rd NW}; reminder sent to {contact:nkechi.umeh@example.com}."],
  ["imaging", "MRI L-spine on {name:Gunnar Halvorsen} ({age:90 yo}) limited by motion; compared w/ outside study dated {date:4/2019} at {loc:Sanford Medical Center Fargo}. -- {name:TJB}"],
  ["imaging", "ULTRASOUND RUQ {date:5/16/23}, {name:PATEL, HEMANT}, ACC# {id:US0034419}. GALLSTONES W/O CHOLECYSTITIS. READ AT {loc:UAB HOSPITAL} BY DR. {name:FOLAMI}."],
  ["imaging", "chest x-ray today on {name:rosa ybarra}, sent over by {loc:la clinica de la raza}, {loc:oakland}; dr {name:chen} wants comparison w/ film dated {date:january 2021}."],
  ["imaging", "Echo {date:01/22/2024} for {name:Tariq Mahmoud}, MRN# {id:E-301559}: EF 35%, mod MR. Compared w/ {date:2022-08-05} study at {loc:Henry Ford Hospital}. Read by Dr. {name:Lindqvist}."],
  ["imaging", "Pt. {name:Heloise Garnier} states prior CT was done at {loc:Bayfront Health St. Petersburg} around {date:Labor Day}; records requested via {contact:records@bayfront.example.org}."],
  ["imaging", "dexa for {name:beatrice onwuachi}, {age:ninety-one}, shows t-score -3.1 at femoral neck; prior scan {date:6/14/2021} at {loc:st. luke's boise}. results letter mailed to {loc:2211 w state st}, {loc:boise}, {loc:id} {loc:83702}."],
  ["imaging", "PET/CT {date:August 8, 2023} on {name:Cyprian Mwangi}, ordered by Dr. {name:Helga Brandt} ({loc:University of Kansas Medical Center}); acc# {id:PT-2308-11940}, images pushed to {contact:pacs.kumc.example.edu}."],

  ["billing", "Statement for {name:Cornelius Abernathy-Lowe}, account {id:40028817-02}, date of service {date:10/14/2023}, {loc:Lehigh Valley Hospital-Cedar Crest}; balance $312.40. Questions: {phone:610-555-0188}."],
  ["billing", "Insurance: {loc:Blue Cross Blue Shield of Michigan} PPO, member {id:XYP904417203}, group {id:66120}; subscriber {name:Darnell Pettaway} (spouse), {loc:17420 Greenfield Rd}, {loc:Detroit}, {loc:MI} {loc:48235-3312}."],
  ["billing", "BILLING HOLD: {name:OKAFOR, CHINWE A}, MRN# {id:2209475}, SSN {id:XXX-XX-4419}, ADMIT {date:01/03/2024}, DISCH {date:01/09/2024}; MISSING AUTH, {loc:AETNA} NOTIFIED."],
  ["billing", "Self-pay pt {name:Xiomara Betancourt} set up payment plan on {date:March 22}, acct# {id:77-310559}. Call her at work ({loc:Publix}, {loc:Lakeland}) {phone:863-555-0129}."],
  ["billing", "claim {id:2023110800417} denied for {name:ruth ann kimbrough}, medicaid id {id:KY1290338}; resubmit w/ notes on {loc:baptist health lexington} visit {date:11/08/23}. -- {name:ss}"],
  ["billing", "Workers' comp claim {id:WC-2024-118734} for {name:Efraín Colón}, employer {loc:Sanderson Farms}, {loc:Laurel}, {loc:MS}; adjuster {name:Patrice Dumont}, {phone:601.555.0166}, {contact:pdumont@claimsco.example.com}."],
  ["billing", "EOB received {date:3/3/2024} for {name:Mikhail Sorokin}, member {id:UHC 9914-207733}; patient responsibility $85. Remit to {loc:PO Box 4410}, {loc:Omaha}, {loc:NE} {loc:68104}."],
  ["billing", "Please update insurance for {name:Precious Ndlovu}: new Medicaid ID {id:TN3398120A}, effective {date:4/1/24}; old acct {id:88120473} closed. -- {name:lg}, patient financial services"],
  ["billing", "SSN on intake form for {name:Gideon Ashkenazi} ({id:523-55-7789}) doesn't match registration; pt to bring card to {loc:Sutter Roseville Medical Center} front desk {date:Friday}."],
  ["billing", "Collections notice mailed {date:07/15/2023} to {name:Jolene Harjo}, {loc:PO Box 218}, {loc:Okmulgee}, {loc:OK} {loc:74447}; acct {id:OK-44190327}."],

  ["reminder", "Reminder: {name:Ignatius Mbeki} has an appointment {date:Tue 3/12} at 9:40 AM with Dr. {name:Halloran} at {loc:Providence St. Vincent Medical Center}, {loc:9205 SW Barnes Rd}, {loc:Portland}, {loc:OR}."],
  ["reminder", "Hi {name:Brianna}, this is {loc:Allina Health Coon Rapids Clinic} reminding you of your flu shot on {date:October 7th}. Reply C to confirm or call {phone:763-555-0111}."],
  ["reminder", "APPOINTMENT REMINDER FOR {name:LORRAINE VU} ON {date:WED 11/15} AT {loc:KAISER PERMANENTE SAN JOSE}; PLEASE ARRIVE 15 MIN EARLY. TO RESCHEDULE CALL {phone:408-555-0102}."],
  ["reminder", "reminder to self: call mrs. {name:gallardo} re colonoscopy prep before {date:thursday}; her # is {phone:520 555 0137}, lives in {loc:nogales}. -- {name:jh}"],
  ["reminder", "Your telehealth visit with {name:Rebekah Stoltzfus}, CNM, is {date:8/8/2024} at 1 PM. Join at {contact:https://telehealth.pennmedicine.example.org/v/RS8841}; visit ID {id:TV-5520931}."],
  ["reminder", "Reminder: {name:Perla}, your child {name:Joaquín Estrada} is due for the 4-month checkup. Book online at {contact:www.valleychildrensclinic.example.com} or call {phone:559-555-0112}."],
  ["reminder", "Colonoscopy prep reminder for {name:Winston Adeyemi-Clarke}: procedure {date:Thursday, Sept. 14} at {loc:Baylor Scott & White Medical Center - Temple} endoscopy; clear liquids the day before."],
  ["reminder", "Hi Mr. {name:Pham}, this is {name:Della} with Dr. {name:Oduya}'s office at {loc:Sentara Norfolk General Hospital}. Your sleep study is {date:11/30}. Call {phone:757.555.0174} w/ questions."],

  ["contact", "Emergency contact: {name:Dorothea Finch} (sister), {loc:403 Magnolia Ct}, {loc:Savannah}, {loc:GA} {loc:31405}, home {phone:912-555-0178}, cell {phone:912-555-0104}."],
  ["contact", "EC: nephew {name:Rashid Al-Amin}, works nights at the {loc:Ford Rouge Complex} in {loc:Dearborn}; best # {phone:313.555.0153}. Pt. {name:Samira Al-Amin} is {age:96}."],
  ["contact", "EMERGENCY CONTACT ON FILE: {name:HOLLIS BEAUREGARD} (SON) {phone:(225) 555-0161}; ALT {name:JOLENE BEAUREGARD} (DIL) {phone:(225) 555-0119}. PT LIVES {loc:14 CYPRESS BEND}, {loc:BATON ROUGE}."],
  ["contact", "Health care proxy is her neighbor {name:Vivienne Castellanos}; copy of HCP scanned {date:5/02/2022}. Neighbor's email {contact:vcastellanos@example.org}, phone {phone:505-555-0140}."],
  ["contact", "pt's daughter {name:noor haddad} is poa, lives in {loc:paterson}, {loc:nj}; call {phone:973-555-0125} before any procedures. -- {name:ek}"],
  ["contact", "Next of kin: {name:Augustine Beaulieu} (husband), {age:90}, hard of hearing, text only {phone:207-555-0196}; backup {name:Colette Beaulieu-Smart} at {contact:colette.bsmart@example.com}."],
  ["contact", "Guardian for pt is the {loc:Franklin County Public Guardian} office, worker {name:Thaddeus Imbrogno}, {phone:614-555-0181}, fax {phone:614-555-0182}; court case #{id:19PR-002217}."],
  ["contact", "Pt. {name:Annelise Dahlberg} asks that no info be given to ex-husband {name:Curtis Dahlberg}; only sister {name:Maren Wold} ({phone:701-555-0127}) may call."],

  ["portal", "Portal msg by {name:Leandro Figueiredo} {date:6/20/23}: \"Dr. {name:Kapoor}, my sugars are running 250s since the steroid shot on {date:Monday}, should I call?\" Routed to {name:Tamsin} RN."],
  ["portal", "Message to {name:Agnieszka Wróbel}: your results of {date:April 3} are normal. If you have questions reply here or call the {loc:Northwestern Medicine Lake Forest Hospital} clinic at {phone:847-555-0193}. - Dr. {name:Oyelowo}"],
  ["portal", "hi dr {name:zhang} its {name:tiffany moreau}, my username is {contact:tmoreau_88} and i cant get into the portal, my mrn is {id:00615522}. can you call me back at {phone:225-555-0180} thx"],
  ["portal", "Patient {name:Bartholomew Nyquist} uploaded outside records, {loc:Essentia Health Duluth}, on {date:2/2/2024}; pt's secondary email {contact:bart.nyquist@example.net}. Forwarding to Dr. {name:Ahn}'s pool."],
  ["portal", "Proxy access granted to {name:Consuelo Arreola} for her father {name:Benigno Arreola}, {age:93 years old}, per signed form {date:09/18/2023}; proxy login {contact:carreola63}."],
  ["portal", "Re: your message {date:3/28} - Hi {name:Olamide}, Dr. {name:Reinholt} reviewed your MRI and would like to see you at the {loc:Mayo Clinic Arizona} clinic {date:April 9}. Please confirm here. -- {name:Kaylee}, RN"],
  ["portal", "Portal: {name:Jedediah Strand} reports wife {name:Ingrid} fell at home ({loc:611 Fjord Ln}, {loc:Stoughton}, {loc:WI}) and asks if he should bring her to {loc:UW Health University Hospital}."],

  ["history", "FH: mother {name:Wilhelmina} d. breast ca at 58; father living in {loc:Sioux Falls}, {age:91}. SH: retired out of {loc:John Morrell & Co.}, lives w/ wife {name:Marlene} on farm outside {loc:Brandon}, {loc:SD}."],
  ["history", "Social hx: works as a line cook at {loc:Commander's Palace}, lives with partner {name:Jean-Baptiste Thibodeaux} in {loc:Metairie}. Quit smoking {date:Christmas 2019}."],
  ["history", "Pt. grew up in {loc:Bethel}, {loc:AK}; mother {name:Evelyn Nanouk} ({age:94 y.o.}) still lives there. Brother {name:Phillip} treated at {loc:Alaska Native Medical Center} for TB in {date:March 2011}."],
  ["history", "SH: PT IS A RETIRED TEACHER, {loc:LINCOLN HIGH SCHOOL} IN {loc:TACOMA}; ATTENDS {loc:MT. ZION BAPTIST CHURCH}; WIDOWED SINCE {date:6/1/2015}. DAUGHTER {name:CHERYL} VISITS DAILY."],
  ["history", "family hx per pt: sister {name:aurelia} w/ lupus, dx at {loc:hospital for special surgery} ~2005; cousin {name:pedro sanchez-ruiz} had mi at 44. pt works at {loc:target} distribution, {loc:perris}."],
  ["history", "SH: lives alone in {loc:Tuba City}, {loc:AZ}; daughter {name:Loretta Begay} checks on her. Former employee of {loc:Navajo Generating Station}. Pt {name:Mae Yazzie} is {age:92 years old}."],
  ["history", "FHx: father {name:Seamus Quigley} died at {loc:St. Vincent Hospital} in {loc:Worcester} on {date:2/29/1988} of MI; mother {name:Nora} alive at {age:96}. -- {name:BKO}"],
  ["history", "Pt. reports his grandfather {name:Hiroshi Tanabe} had Parkinson's and was cared for at {loc:Kuakini Medical Center}; pt born {date:5/5/1970}, grew up in {loc:Kaneohe}."],
  ["history", "SOCIAL HX: PT WORKS AS A CORRECTIONS OFFICER AT {loc:MISSISSIPPI STATE PENITENTIARY}, LIVES IN {loc:CLEVELAND}, {loc:MS}; WIFE {name:DEBORAH GAINES}, {phone:662-555-0155}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_177_FIRST_CLEAN: string[] = [
  "Pt. admitted via ED w/ community-acquired pneumonia; started on ceftriaxone and azithromycin, O2 2L NC.",
  "ADMITTED TO MICU FOR DKA; INSULIN DRIP PER PROTOCOL, K REPLETED. FAMILY AT BEDSIDE.",
  "Admit for COPD exacerbation; nebs q4h, prednisone 40 mg, doxycycline. -- night float",
  "ADMIT TO TELEMETRY FOR CHEST PAIN RULE OUT; SERIAL TROPONINS, ASA 325 GIVEN IN ED.",
  "Seen in clinic for HTN f/u; BP improved on amlodipine 5 mg. RTC 3 months w/ home BP log.",
  "pt is 87 yo, lives independently, uses a walker; daughter helps with groceries.",
  "Epley maneuver performed for BPPV with good relief; Dix-Hallpike negative on repeat.",
  "Bell's palsy, left side, onset 2 days ago; prednisone taper and eye patch at night.",
  "Tdap given today, VIS provided, no reaction after 15 minutes observation.",
  "Pt was counseled on vagal maneuvers incl. Valsalva for SVT; metoprolol started.",
  "Discharge instructions: keep the Foley catheter bag below bladder level and empty when half full.",
  "discharge: no driving while on oxycodone, no lifting over 10 lbs for 6 wks, shower ok after 48 hrs.",
  "Discharged to skilled nursing facility for rehab; report called to receiving RN.",
  "Call the clinic if you have fever over 100.4, increasing redness, or drainage at the incision.",
  "Referral to neurology for possible Parkinson's disease; resting tremor R hand, cogwheel rigidity noted.",
  "Referral placed to physical therapy for rotator cuff tendinopathy, 2x/week for 6 weeks.",
  "Referral for home-delivered meals and a home health aide; pt lives alone and is unsteady.",
  "REFERRAL TO GI FOR ELEVATED LFTS; HEPATITIS PANEL NEGATIVE, US SHOWS FATTY LIVER.",
  "Rx: metformin 500 mg BID with meals, #180, 1 refill. Counseled on GI side effects.",
  "Warfarin dose held for INR 4.1; recheck in 3 days, no signs of bleeding.",
  "Pt requests refill of sertraline 100 mg; PHQ-9 today is 6, down by 8 points.",
  "Tylenol 650 mg q6h prn pain, max 3 g per day; avoid alcohol.",
  "rx changed to generic albuterol hfa, 2 puffs q4h prn, after brand was denied.",
  "Lab: Na 131, K 4.2, Cr 1.4 (baseline 1.1). Repeat BMP in AM.",
  "Lab called with critical potassium of 6.4; repeat sample was not hemolyzed, ECG obtained.",
  "Lymph node biopsy c/w classic Hodgkin lymphoma; hematology to see inpatient.",
  "Pathology: tubular adenoma, no high-grade dysplasia. Repeat colonoscopy in 5 years.",
  "hgb 7.2, transfused 1 unit prbc, post-transfusion hgb pending.",
  "CXR: Swan-Ganz catheter tip in the right main pulmonary artery; no pneumothorax.",
  "MAMMOGRAM BI-RADS 2, BENIGN FINDINGS. ROUTINE ANNUAL SCREENING RECOMMENDED.",
  "ultrasound: no DVT in the left lower extremity; compressible common femoral and popliteal veins.",
  "CT abd/pelvis w/ contrast: acute appendicitis without perforation. Surgery consulted.",
  "MRI brain: no acute infarct. Chronic small vessel ischemic changes. -- rads",
  "Glasgow Coma Scale 14 on arrival, E4 V4 M6; CT head ordered.",
  "Billing note: prior authorization still pending for the MRI; pt aware and will hold appointment.",
  "Billing: self-pay discount applied; pt set up on a 6-month payment plan.",
  "Insurance requires a peer-to-peer review for the brand-name biologic; clinic staff to arrange.",
  "EOB shows deductible met for the year; remaining balance is coinsurance only.",
  "Reminder: please bring all medication bottles and your insurance card to your next visit.",
  "Reminder: fasting labs, nothing to eat after midnight, water is ok.",
  "Please complete the pre-visit questionnaire in the portal before your appointment.",
  "reminder: annual diabetic eye exam due, pt to schedule w/ ophthalmology.",
  "Emergency contact on file was confirmed with pt today; no changes.",
  "Emergency contact declined to give a phone number; pt says she will update at next visit.",
  "Advance directive discussed; pt wishes to remain full code and will name a health care proxy.",
  "Portal message: pt asks whether she can take ibuprofen with her lisinopril. Advised acetaminophen instead.",
  "Patient portal message: \"Can I get my flu shot while I'm on antibiotics?\" Replied yes.",
  "portal: pt asking for a work note for this week, letter drafted and sent for signature.",
  "FH: mother with type 2 DM, father with CAD s/p CABG at 62. No family hx of colon ca.",
  "SH: retired machinist, lives with wife in a one-story home, quit smoking 10 years ago, 2 beers per week.",
  "Hx Crohn's disease on infliximab infusions every 8 weeks; last colonoscopy showed mild disease.",
  "Down syndrome, congenital heart disease repaired in infancy; annual thyroid screen due.",
  "Pt states her sister had breast cancer in her 40s; genetic counseling offered.",
  "FAMILY HX NEGATIVE FOR SUDDEN CARDIAC DEATH. PT DENIES SYNCOPE.",
  "wife is primary caregiver, husband has moderate Alzheimer's, wanders at night.",
  "FHx: twin brother with schizophrenia; no other psychiatric illness in the family.",
  "Apgar scores 8 and 9; baby to breastfeed on demand, bilirubin check prior to discharge.",
];

/** Decision 177's batch in corpus.json's shape, for score.ts. */
export function decision177Corpus(): Corpus {
  return { notes: DECISION_177_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_177_FIRST_CLEAN };
}
