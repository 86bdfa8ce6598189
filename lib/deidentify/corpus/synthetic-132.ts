// Decision 132's batch: short synthetic clinical sentences of the kind published as test sets for
// de-identification and PII-detection tools (one to a few sentences each, several fake identifiers
// apiece): discharge instructions, referral openings, telehealth and triage notes, nursing handoffs,
// home-care schedules, pre-authorisations, court and social-services reports, school nurse, occupational
// health and sports notes, pet-therapy owner lines, genetic and family histories, travel history,
// dental and pharmacy notes. Written by a writer who had not read the guard's rules.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in fragments.ts
// (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "discharge-referral"
  | "telehealth-triage"
  | "handoff-homecare"
  | "admin-legal"
  | "school-occ-sports"
  | "pet-therapy"
  | "family-history"
  | "dental-pharmacy";

/**
 * The thirty-sixth batch (decision 132's): synthetic PHI sentences from many countries by a fourth
 * writer, written after decisions 128-130's rules and before decisions 131-132's.
 * First run at the session's start (decisions 122-127): 88.2% (539/611; date 80.7%, age 76.2%, phone
 * 88.2%, id 89.1%, name 89.4%, location 90.8%), precision 97.2%, 7 of 56 clean items flagged. With
 * decisions 128-130's rules: 89.0%. It is international (Turkish, Greek, Portuguese, Dutch, Maori,
 * Hawaiian and Samoan names, addresses and numbers) and labels routines ("Mon/Wed/Fri AM", "visits
 * Wednesdays") as dates, which the guard holds clean by design.
 * After decisions 131-132: 92.5% (565/611), precision 98.0%, 2 of 56. Lower-cased 87.4%, in capitals
 * 88.2%. Held to the recall it reached (fragments.test.ts).
 * Still missed: "İstanbul", "Sunrise of Bethesda", "106 76", "Utente nº 123 456 789", "Baker 4",
 * "Rosewood Cottage", "Lower Slaughter", "minor A.R.", "Ponsonby RFC", "14 Mart 2011", "dia 15".
 */
export const DECISION_132_FIRST: Array<[Style, string]> = [
  ["discharge-referral", "DISCHARGE INSTRUCTIONS – {name:Tevita Fifita}, MRN {id:00482913}. Follow up with Dr. {name:Aroha Ngata} at {loc:Middlemore Hospital} on {date:14/08/2024}. Questions after hours: {phone:09 276 0044}."],
  ["discharge-referral", "Dear Dr {name:Yılmaz},\nRe: {name:Elif Kaya}, DOB {date:03.02.1931}, TC Kimlik {id:28461937504}, {loc:Moda Cd. No:44 D:7}, {loc:Kadıköy}, {loc:İstanbul}.\nThank you for seeing this {age:ninety-three-year-old} lady with recurrent falls."],
  ["discharge-referral", "Referred by {name:Faith Obi-Nwosu}, NP ({loc:Lekki Family Clinic}, {loc:Lagos}) for {name:Chukwuemeka Eze}, hosp no. {id:LUTH-77120}. Seen {date:Mon 4 Mar}; please review before {date:the 18th}."],
  ["discharge-referral", "d/c home w/ wife {name:Summer}. f/u {name:Hoang} clinic {date:2023-07-19} 0930, {loc:Bankstown-Lidcombe Hospital} outpatients, ph {phone:(02) 9722 8000} ext {phone:4471}."],
  ["discharge-referral", "Pt {name:Major Whitlock-Adeyemi} discharged the day after {date:Thanksgiving} to {loc:Sunrise of Bethesda}; son {name:Clay} will bring meds. Acct {id:4400918276}."],
  ["discharge-referral", "REFERRAL – OPHTHALMOLOGY\nTo: Mr {name:A. Papadakis}, {loc:Evangelismos Hospital}, {loc:Ipsilantou 45-47}, {loc:Athens} {loc:106 76}\nPatient: {name:Eleni Mavridou}, AMKA {id:12043104567}, tel {phone:+30 210 555 1234}."],
  ["discharge-referral", "Discharge summary cc: Dr. {name:Sterling}, GP; {name:Brook Halvorsen} (case manager) {contact:b.halvorsen@northbaycare.org}. Admitted {date:Aug 2}, discharged {date:Aug 9}."],
  ["discharge-referral", "the patient, mrs {name:nguyen thi lan}, {age:97}, was discharged to her daughter's home at {loc:18/4 Lê Văn Sỹ}, {loc:Phú Nhuận}, {loc:Ho Chi Minh City}. next review {date:10th Jan}."],
  ["discharge-referral", "Dear Colleague,\nI would be grateful if you could see {name:Hemi Tupou} (NHI {id:ZAB4821}) of {loc:Unit 3, 27 Great South Road}, {loc:Papatoetoe}, {loc:Auckland} {loc:2025}, who has had three syncopal episodes.\nYours sincerely,\n{name:Mere Kaihau}"],
  ["discharge-referral", "REFERRAL LETTER FROM {loc:ST. ELSEWHERE FAMILY PRACTICE}\nRE: {name:DE GRAAF, JOHANNES P.}, BSN {id:193847265}, {loc:KEIZERSGRACHT 512-III}, {loc:1017 EK} {loc:AMSTERDAM}. SEEN {date:12-FEB-24}."],
  ["telehealth-triage", "Telehealth visit {date:Tue 11/05} via Zoom. Pt {name:Parisa Tehrani} joined from {loc:Shiraz}, {loc:Iran} (visiting family); callback {phone:+98 917 555 2741}. Verified ID with DOB {date:1986-04-22}."],
  ["telehealth-triage", "TRIAGE 0214: {age:91yo} M brought by EMS from {loc:Willow Creek Assisted Living}, pt {name:Horace}. Nephew {name:Dwayne Lockett} at {phone:555-0139}. Chief complaint SOB."],
  ["telehealth-triage", "video call dropped x2 - pt reconnected on phone {phone:0412 555 093}. lives alone {loc:Lismore NSW} {loc:2480}. GP is dr {name:tran}. email for portal: {contact:kimwatts77@bigpond.net.au}"],
  ["telehealth-triage", "Triage nurse {name:Hope Adeyemi} RN: caller is {name:Ngozi}, mother of {name:Chidi Okafor} (acct {id:8812-004-771}). Advised to attend {loc:Queen Elizabeth Hospital Woolwich} ED tonight."],
  ["telehealth-triage", "TELEHEALTH NOTE. Patient: {name:Avi Ben-David}. Location during visit: {loc:Haifa}. Teudat Zehut {id:039475126}. Follow-up after {date:Yom Kippur}; Rx sent to {loc:Super-Pharm Grand Canyon}."],
  ["telehealth-triage", "Pt {name:Joaquim Ferreira da Silva}, {age:90 anos}, called from {loc:Funchal}, {loc:Madeira}. Utente nº {id:123 456 789}. Daughter {name:Inês} on {phone:+351 912 345 678}."],
  ["telehealth-triage", "Triage: walked in {date:Saturday} 2245 hrs, c/o chest tightness. Brought by roommate {name:Koa Kealoha}. Home address {loc:1847 Kalakaua Ave Apt 1204}, {loc:Honolulu}, {loc:HI} {loc:96815}. HMSA member {id:0047731122}."],
  ["telehealth-triage", "Virtual visit w/ {name:Sefa Leota} (portal username {id:sleota04}). Guardian {name:Afa} present. Pt in {loc:Pago Pago}; time difference noted. Next slot {date:Thurs 6/13}."],
  ["telehealth-triage", "ED TRIAGE — pt known as {name:Bram} (states surname {name:Visser}), no ID; tattoo reads {name:Marieke}. Found near {loc:Pike Place Market}. Plate of car at scene {id:BXK 4471}."],
  ["telehealth-triage", "Phone triage call from {phone:+1 (416) 555-0173} — caller Mrs. {name:Roya Karimi} re: father {name:Mehdi Karimi}, {age:ninety-four}, fever since {date:Nowruz}. Lives {loc:North York}, {loc:Ontario}."],
  ["handoff-homecare", "HANDOFF 1900: Bed 12, Mr. {name:Sione Vaipulu}, {age:92 y/o} from {loc:Ōtara}. Wife {name:Losana} at bedside, mobile {phone:021 555 8840}. Allergy PCN. Dr {name:Fonua} aware of K 5.9."],
  ["handoff-homecare", "SBAR to night RN {name:Jolene}: pt {name:Theodoros 'Teddy' Angelopoulos}, MRN {id:HX-5520913}, rm {loc:Baker 4} bed 2. Family meeting {date:Fri} w/ son {name:Nikos}."],
  ["handoff-homecare", "Home visit schedule – Mrs {name:Ayşe Demir}, {loc:Flat 9, Harcourt House}, {loc:42 Green Lanes}, {loc:London} {loc:N16 9BS}.\n{date:Mon}/{date:Wed}/{date:Fri} AM: carer {name:Marta}\n{date:Tue 14th}: DN {name:Gemma Clough} for dressing\nKey safe code with office; office line {phone:020 7946 0418}."],
  ["handoff-homecare", "nursing handoff - {name:brook} (rn) to {name:d. achterberg} (rn): rm 7 pt {name:van der Meulen} NPO after midnight for OR {date:wed}. daughter {name:femke} wants a call on {phone:06-55501234}."],
  ["handoff-homecare", "Home care log {date:05/06/24}: visited {name:Faith Morrison}, {age:101 years}, at {loc:Rosewood Cottage}, {loc:Lower Slaughter}, {loc:GL54 2HS}. Niece {name:Hope} to take over {date:Sundays}."],
  ["handoff-homecare", "Shift report — Ward 5B ({loc:Royal Perth Hospital}). Col. {name:Major Brennan} (ret), UR {id:0078834}, {age:94yo}, for transfer to {loc:Hollywood Private} on {date:26/11}. Handed over by {name:SK}."],
  ["handoff-homecare", "Visit schedule {name:Nguyễn Văn Hùng} ({loc:Westminster}, {loc:CA}): PT {date:Tues}/{date:Thurs} 10:00 with {name:Clay Redbird}, OT {date:Mon} with {name:Dao Thi Mai}. Daughter-in-law {name:Linh} is primary contact {phone:(714) 555-0198}."],
  ["handoff-homecare", "HANDOVER: Mrs {name:O'Sullivan-Kaya} bed 3, {age:ninety-six years old}, confused overnight, pulled IV x1. Son {name:Deniz} visiting after 5. Chaplain Fr. {name:Declan} from {loc:St Brigid's Parish} asked to call {phone:01 555 2290}."],
  ["admin-legal", "PRIOR AUTHORIZATION REQUEST\nMember: {name:Kalani Akana}\nMember ID: {id:XJH884102937}\nGroup #: {id:00917-44}\nDOB: {date:09/30/1957}\nRequesting provider: {name:Rosalind Achebe}, MD, NPI {id:1457392086}\nFax: {phone:(808) 555-0122}\nService: MRI L-spine, requested start {date:10/14}."],
  ["admin-legal", "Court report for {loc:Maricopa County} Juvenile Court, case no. {id:JD-2023-004419}: minor {name:A.R.} resides with maternal grandmother {name:Esperanza Ruiz} at {loc:4410 W Glendale Ave Apt 22}, {loc:Phoenix}. Hearing set {date:January 8}."],
  ["admin-legal", "Social services referral: caseworker {name:Oluwaseun 'Seun' Adebayo} ({contact:sadebayo@cfs.example.gov}) — home visit to {name:Tamar Levi} and children at {loc:Rehov Herzl 17}, {loc:Be'er Sheva} on {date:the twenty-first of May}."],
  ["admin-legal", "Claim {id:CLM-2024-0088713} denied {date:3/28}; appeal filed by {name:Sterling Mbeki} (billing, {loc:Riverside Medical Group}), tel {phone:951-555-0164}. Policyholder {name:Marguerite Duval}."],
  ["admin-legal", "PRE-AUTH: inpatient rehab at {loc:Spaulding Rehabilitation Hospital} for {name:WALSH, FINBAR}, {age:90 y.o.}, Medicare {id:1EG4-TE5-MK72}. Reviewer {name:J. Oyelaran} approved 14 days from {date:12 Dec 2023}."],
  ["admin-legal", "In the matter of {name:Hendrik Jansen} (deceased) — medical examiner's ref {id:ME-19-03317}. Last seen by neighbour {name:Summer Bell} on {date:Easter Sunday} at {loc:22 Church Lane}, {loc:Little Snoring}, {loc:Norfolk}."],
  ["admin-legal", "Guardianship report: Mr. {name:Kamau} has capacity per Dr {name:Faith Lindqvist} ({date:17/03/2024}). Public Guardian ref {id:PG/88412}. Contact office {phone:1300 555 291}."],
  ["admin-legal", "Workers' comp claim #{id:WC-6630-1182}, employer {loc:Tyson Foods}, injured worker {name:Luis Ángel Marrero}, DOI {date:Sept 9}. Adjuster {name:Ginny Pratt} {phone:800-555-0133 x212}."],
  ["admin-legal", "CPS intake {date:2/2}: reporter is school counsellor Ms. {name:Hope Castellanos} at {loc:Roosevelt Middle School}, {loc:Eugene}. Child {name:Jaylen} (DOB {date:5/19/2013}), mother {name:Crystal}."],
  ["admin-legal", "insurance pre-cert for {name:ali reza hosseini}, passport {id:K39281744}, travel insurer ref {id:TRV-55019-Q}; treating at {loc:Cleveland Clinic Abu Dhabi} since {date:the 3rd}."],
  ["school-occ-sports", "School nurse note: {name:Mele Taufa} (gr 4, Rm 12) seen at 10:15 for nosebleed. Mom {name:Salote} notified at {phone:(801) 555-0150}. {loc:Granger Elementary}."],
  ["school-occ-sports", "Occupational health — {name:Pieter Bakker}, employee no. {id:E-204817}, {loc:Port of Rotterdam} crane operator. Audiogram {date:2022-11-03} vs today; supervisor {name:Anouk de Vries}."],
  ["school-occ-sports", "Sports med: {name:Tane Walker}, hooker for {loc:Ponsonby RFC}, coach {name:Bruce 'Mad Dog' Henare} reports neck stinger {date:Sat} vs {loc:Marist}. Physio {name:Clay}."],
  ["school-occ-sports", "SCHOOL NURSE: {name:JOSHUA 'JOSH' ABERNATHY-NWANKWO} USED INHALER X2 AT RECESS. NOTE SENT HOME; DAD ({name:OBINNA}) TO CALL {phone:555-0192}. {loc:LINCOLN HIGH}, {date:THURS}."],
  ["school-occ-sports", "Pre-placement medical for {name:Yasmin Farahani}, {loc:Heathrow} baggage handler, badge {id:LHR-77410}. Fit. Reviewed by OH nurse {name:Clare Fenwick} on {date:1 Oct}."],
  ["school-occ-sports", "Athletic trainer note — {name:Stavros Kouris} (#23, {loc:Thessaloniki} U-19). Hamstring strain at {loc:Kaftanzoglio Stadium}, {date:May 4th}. Head coach {name:Giorgos Manolas}, team doc Dr. {name:Ariadne Petrou}."],
  ["school-occ-sports", "occ health f/u: forklift driver {name:teodoro}, site {loc:amazon fulfillment center bfi4}, {loc:kent wa}. RTW {date:mon 8/12} light duty. case mgr {name:summer nakamura} ({contact:snakamura@example-ohs.com})."],
  ["school-occ-sports", "The school nurse at {loc:Kura Kaupapa Māori o Māngere} saw {name:Rangi}, 7, after a fall. Whānau contact Aunty {name:Pania} {phone:027 555 3312}."],
  ["school-occ-sports", "Pre-season physical: {name:Emeka Nwachukwu}, DOB {date:04/11/2006}, {loc:Brookline High School} varsity soccer. Coach {name:Faith} signed. Parent email {contact:ifeoma.nwachukwu@gmail.com}."],
  ["school-occ-sports", "Fit note issued to Mr {name:G. Yıldırım} ({loc:Tesco Extra Slough}) for 2 weeks from {date:28/02}. NI no. {id:QQ 12 34 56 C}."],
  ["pet-therapy", "Pet-therapy volunteer registration: owner {name:Greta Hoogland}, {loc:77 Maple Row}, {loc:Ithaca}, {loc:NY} {loc:14850}; dog Biscuit (golden retriever). Cell {phone:607-555-0181}. Visits {loc:Cayuga Medical Center} {date:Wednesdays}."],
  ["pet-therapy", "Therapy animal team: {name:Kawika Mahoe} & Lani (labradoodle), {loc:Kailua}. Cleared by infection control ({name:N. Feld}, {date:2/14})."],
  ["pet-therapy", "PAWS PROGRAM — Handler: Dr. {name:Shirin Sadeghi}\nAddress: {loc:Unit 5, 118 Bathurst St}, {loc:Toronto}, {loc:ON} {loc:M5V 2R3}\nAnimal: cat Noodle. Insurance cert {id:PAW-00381}."],
  ["pet-therapy", "owner contact line: {name:Hemi} & {name:Ana Walker}, {loc:3 Kauri Road}, {loc:Whangārei} {loc:0110}, {phone:+64 9 555 0173}; pony Pōhutukawa visits {loc:Te Puna Hauora} garden monthly."],
  ["pet-therapy", "Rm 614 pt Mrs. {name:Bernadette Foy} asked for the dog again; handler {name:Brook} ({contact:brook.t@pawsforcomfort.org}) scheduled next {date:Tuesday}."],
  ["pet-therapy", "Volunteer {name:Tran Quoc Bao}, {loc:Garden Grove}, ph {phone:714.555.0126}, Instagram {contact:@bao.and.mochi}. Background check {id:BG-4471920} clear {date:Jan 30}."],
  ["pet-therapy", "Owner: {name:Dimitra Galanis}. {loc:Kallithea}, {loc:Attica}. Dog license {id:ATH-2219-K9}. Emergency contact husband {name:Yannis}, {phone:+30 694 555 8812}."],
  ["family-history", "Genetic counselling FHx: proband {name:Rivka Adler}; mother {name:Miriam} (BRCA1 c.68_69delAG carrier); maternal grandmother {name:Chana} died aged {age:94}. Counsellor {name:D. Okoro}, {loc:Sheba Medical Center}."],
  ["family-history", "Social hx: widowed — husband {name:Arthur 'Art' Penhaligon} passed {date:Boxing Day 2019}. Survived by daughters {name:Rose Hunter} ({loc:Truro}) and {name:Faith Penhaligon-Moss} ({loc:Penzance}), 6 grandchildren."],
  ["family-history", "Travel hx: returned {date:Sun} from {loc:Ho Chi Minh City} via {loc:Singapore}; seat 42C. Passport {id:N2091847} (Vietnam). Stayed with cousin {name:Phạm Thị Hằng} in {loc:District 7}."],
  ["family-history", "Pedigree: III-2 {name:Chinonso} (affected, HCM), II-1 father {name:Ikenna Obi} (SCD at 41), I-2 grandmother {name:Nneka} alive, {age:ninety-two}, in {loc:Enugu}."],
  ["family-history", "FAMILY HX (per son {name:Kaan}): father {name:Mustafa Öztürk} d. {date:14 Mart 2011} in {loc:Trabzon}; mother {name:Hatice}, {age:96}, still in {loc:Of}, {loc:Trabzon}."],
  ["family-history", "Immigration hx: arrived {loc:Schiphol} {date:12-03-2015} from {loc:Tehran}; IND file {id:2981-44-017}. Lives {loc:Lombok}, {loc:Utrecht}. Interpreter {name:Farzaneh} (Farsi)."],
  ["family-history", "Obit-style SHx: Pt's wife of 61 yrs, {name:Leilani Kahale}, died last {date:Christmas Eve} at {loc:Hale Makua Kahului}. Pt now lives with grandson {name:Keoni} on {loc:Molokai}."],
  ["family-history", "Genetics clinic {loc:Leiden University Medical Center}: consultand {name:Sanne van Rijn}, DOB {date:1990-02-17}; maternal uncle {name:Wim} (Huntington, CAG 44), grandfather {name:Cornelis van Rijn} died aged {age:ninety-one years}."],
  ["family-history", "travel: spent {date:Tết} with family in {loc:Huế}, then {loc:Hội An}; mosquito bites. Vietnamese ID card {id:046193004417}. Partner {name:Minh} also febrile."],
  ["family-history", "Social history: born in {loc:Ponta Delgada}, {loc:Azores}; emigrated to {loc:Fall River}, {loc:MA} aged 19. Late husband {name:Manuel Medeiros} ran a bakery on {loc:Columbia St}. Sister {name:Fátima} phones weekly from {phone:+351 296 555 104}."],
  ["family-history", "FHx: paternal grandfather Dr. {name:Yosef Ben-Haim}, colon ca, lived to {age:99}; aunt {name:Shoshana}, Lynch syndrome dx at {loc:Hadassah Ein Kerem}."],
  ["dental-pharmacy", "Dental: {name:Kemal Aydın}, chart {id:D-004417}. #30 MOD composite. Next recall {date:Jun 12}. Hygienist {name:Bree}. {loc:Smile Studio Bayswater}."],
  ["dental-pharmacy", "Pharmacy counselling: spoke with Mrs. {name:Lan Vu} re apixaban; Rx # {id:6620184}, {loc:Walgreens on Bellaire Blvd}, {loc:Houston}. Refill due {date:4/30}. {name:R. Okonkwo}, PharmD"],
  ["dental-pharmacy", "pt {name:sione} lost upper partial at {loc:mt albert} bus stop lol. new impressions {date:thurs}. mum {name:ana} paying cash, receipt no {id:RC-88104}."],
  ["dental-pharmacy", "MEDICATION REVIEW — {name:DOROTHEA VANDERBILT-OKAFOR}, {age:NINETY-EIGHT}, {loc:MEADOWBROOK CARE HOME}, {loc:HARROGATE}. NHS NO {id:485 777 3456}. REVIEWED BY {name:AB} {date:07/03}."],
  ["dental-pharmacy", "Extraction #17 under LA. Pt {name:Reza Mohammadi}, national code {id:0071234568}, escorted by brother {name:Amir}. Post-op call {phone:+98 21 5555 8812}."],
  ["dental-pharmacy", "Counselled {name:Grace Tupou-Lolohea} on insulin pen technique ({loc:Chemist Warehouse Manukau}). Her GP Dr. {name:Ravindran}, script ID {id:2ZC4-91KQ-7TH8}. Follow-up phone {date:Monday}."],
  ["dental-pharmacy", "Ortho note: {name:Lior Katz} age 14, brackets bonded {date:9 Apr}. Parent {name:Noa Katz} {contact:noa.katz@walla.co.il}. Next adj in 6 weeks."],
  ["dental-pharmacy", "Rx pickup by {name:Sterling Hayes} for his grandmother {name:Opal Hayes} ({age:100 yrs}), ID shown: TX DL {id:40918273}. {loc:H-E-B Pharmacy}, {loc:Kerrville}."],
  ["discharge-referral", "Discharged to {loc:Hebrew Home at Riverdale}; transport by {loc:Empress EMS}, confirmation {id:EMS-77231}. Pt {name:Sadie Rosenblum}, {age:103}. Summary faxed to {phone:718-555-0147}."],
  ["telehealth-triage", "Tele-psych: {name:Kiri} states she is at her cousin's in {loc:Rotorua}. Safety plan sent to {contact:kiri.w.1999@outlook.com}. Crisis line {phone:0800 555 762}."],
  ["handoff-homecare", "Night shift: 2 falls. Mr {name:Doukas} (rm 4) and {name:Gladys} (rm 9). Incident reports {id:IR-20931} and {id:IR-20932} filed. Dr {name:Winter} on call, pager {phone:4-1177}."],
  ["admin-legal", "Subpoena received {date:Oct 2} from {loc:Multnomah County} DA re {name:Tyrell Hanks}, MRN {id:30-55-8112}. Records custodian {name:Penny Alcott}."],
  ["school-occ-sports", "Concussion protocol stage 3 for {name:Ana-Sofia Lopes} ({loc:Benfica} women's U-17). Cleared by Dr {name:Duarte Nogueira} {date:21/09}. Next SCAT {date:Fri}."],
  ["pet-therapy", "HUMAN CLINIC PET-THERAPY SIGN-IN: {name:Willem Roos} / therapy dog Bas / {loc:Nieuwe Binnenweg 201B}, {loc:Rotterdam} / {phone:+31 6 5550 1892} / {date:vr 14 juni}"],
  ["family-history", "Genetic hx via interpreter (Mrs. {name:Mai}): pt's parents {name:Trần Văn Long} and {name:Lê Thị Hoa} are first cousins from {loc:Nam Định}. Sib {name:Tuấn} died in infancy."],
  ["dental-pharmacy", "Pharmacist note {date:Sat 2/3}: {name:Afua} (Ms. {name:Mensah}) declined shingles vax. Loyalty acct {id:7730-1148-2290}. Call back {phone:(267) 555-0119}."],
  ["telehealth-triage", "Triage note — pt {name:Joseph 'Grandpa Joe' Kowalczyk}, {age:95-year-old}, from {loc:Hamtramck}, BIBA after fall on {date:New Year's Day}. DNR on file ({id:POLST-8842})."],
  ["handoff-homecare", "Homecare visit schedule wk of {date:7/8}: Mr. {name:Temitope Bello}, {loc:Apt 3C, 1560 Grand Concourse}, {loc:Bronx} {loc:10457}. Aide {name:Marisol} {date:Mon}-{date:Fri} 8-12; RN {name:Hope} {date:Sat}."],
  ["admin-legal", "Disability form: applicant {name:Laila Ahmadi}, SSN {id:512-55-8830}. Treating clinician Dr. {name:Cyrus Navabi}, {loc:UCLA Health Santa Monica}. Onset {date:6/2/2021}."],
  ["school-occ-sports", "{loc:Kamehameha Schools Kapālama} health room: {name:Kainoa} c/o stomach ache, sent back to class. Kumu {name:Leināʻala} informed."],
  ["discharge-referral", "Referral (urgent 2WW) from {loc:Blackhall Medical Practice}, {loc:Edinburgh} {loc:EH4 3RT}: Mr. {name:Angus MacPhail}, CHI {id:1503458822}, {age:ninety} today, weight loss and dysphagia."],
  ["telehealth-triage", "Video consult. Patient {name:Oyelaran, Babatunde} in {loc:Ibadan}, NIN {id:48210937716}. Wife {name:Folake} translating. Next consult after {date:Eid al-Fitr}."],
  ["handoff-homecare", "handoff: {name:fifita} bed 22 — wife {name:mele} asks for Fr. {name:Tevita} from {loc:St Mary's Tongan Catholic Church}, {loc:Otahuhu}. car in ED bay, plate {id:KJH221}, needs moving!!"],
  ["admin-legal", "Pre-authorisation #{id:PA-88-10447} for {name:Noor Al-Hashimi}, Bupa member {id:7731 2290 04}. Procedure at {loc:The London Clinic}, {loc:Devonshire Place}, {date:the 27th}."],
  ["family-history", "SHx: retired fisherman from {loc:Lefkada}. Wife {name:Kalliopi} d. {date:25 March}; son {name:Spyros} in {loc:Melbourne} ({phone:+61 3 9555 0148})."],
  ["pet-therapy", "Therapy-horse visit @ {loc:Shriners Children's Portland}: owner {name:Major Thibodeaux}, {loc:Route 2 Box 41}, {loc:Canby}, {loc:OR}. Horse: Sugar. Waiver {id:EQ-2024-117}."],
  ["dental-pharmacy", "Dental trauma: {name:Clay Okafor-Lindgren} (hockey, {loc:Edmonton Oil Kings}) avulsed #8 {date:thursday} night. Replanted by Dr {name:Ng} at 2140. AHCIP {id:62719-4408}."],
  ["school-occ-sports", "Occ health immunisation record — {name:Anahera Paki}, staff ID {id:WDHB-33910}, {loc:Whangārei Hospital}. Hep B booster {date:2024-01-22}. Manager {name:Ruth}."],
  ["discharge-referral", "Discharge instructions (Portuguese provided): Sr. {name:Rui Carvalho}, {loc:Rua das Flores 88, 2.º Esq.}, {loc:4050-265} {loc:Porto}. Retorno {date:dia 15} no {loc:Hospital de Santo António}. SNS {id:284 551 903}."],
  ["telehealth-triage", "tele triage: caller {name:brooklyn} (pt's gf) says {name:marcus} took ~20 tabs. address {loc:5512 elmhurst dr}, {loc:dayton}. ems dispatched, incident {id:24-117803}."],
  ["admin-legal", "Social services note: Mrs. {name:Hope Akande} ({name:Nana}) is {age:93}, lives alone at {loc:Flat 2, 9 Peckham Rye}, {loc:SE15}. Meals on wheels ref {id:MOW-55201}. Next review after {date:Easter}."],
  ["family-history", "Genetic counselling intake: {name:Tavita} (Samoan) adopted; bio mother possibly from {loc:Apia}, {loc:Upolu}. Adoption agency file {id:AA-1977-0442}. Counsellor {name:Sarah Goldfarb}, {contact:https://genetics.example.org/intake/sgoldfarb}."],
  ["handoff-homecare", "Evening medication round — {loc:Rosebank Lodge}, Kowhai wing: Aunty {name:Vai} refused; Mr {name:Lindqvist} slept. Handover to {name:Mereana}. {date:Sun} 2200."],
  ["dental-pharmacy", "Pharmacy: dispensed Paxlovid to {name:Efua Boateng-Wright}, {loc:Boots}, {loc:Tottenham Court Road}. Interaction check w/ her rosuvastatin. Follow-up by {name:Summer} (pre-reg) {date:Weds}."],
  ["school-occ-sports", "Team doctor's note, {loc:Galatasaray} youth academy: {name:Emre Çelik} ({date:07.11.2007}) ankle sprain; coach {name:Burak} Hoca notified. MRI at {loc:Acıbadem Maslak} {date:Salı}."],
  ["discharge-referral", "cc: Dr. {name:Faith Ogunleye}, {loc:Cedar Ridge Family Medicine}, {loc:1020 Peachtree Industrial Blvd, Suite 210}, {loc:Suwanee}, {loc:GA} {loc:30024}; fax {phone:770.555.0110}."],
  ["telehealth-triage", "X user {contact:@nana_kofi_91} messaged clinic re: rash; identified as {name:Kofi Asante}, MRN {id:A0093311}. Advised telehealth on {date:the 9th}."],
  ["admin-legal", "Driver's licence {id:D1234-56789-01234} and plate {id:8ABC 123} recorded by police at scene ({loc:I-5} near {loc:Tukwila}). Pt {name:Brooke Salcedo} refused BAL."],
];

/** Identifier-free items in the same style. */
export const DECISION_132_FIRST_CLEAN: string[] = [
  "Foley d/c'd at 0600; voided 350 mL by 1000. Glasgow 15. Braden 14.",
  "Pt is a 78 yo F with Hashimoto's thyroiditis on levothyroxine 88 mcg daily; TSH 4.2.",
  "Discharge instructions: keep Jackson-Pratt drain site dry, empty JP q8h and record output. Call the clinic if temp > 38.5.",
  "Telehealth visit via video; audio lagged ~3 s. Pt in no distress. PHQ-9 = 11, GAD-7 = 8.",
  "TRIAGE: ESI 2. Chest pain x 40 min radiating to L arm. ECG: ST elevation II, III, aVF. Cath lab activated 0312.",
  "SBAR: S – new AF with RVR, HR 142. B – CABG in 2009. A – CHA2DS2-VASc 4. R – diltiazem 10 mg IV.",
  "Insurance pre-authorisation requested for Humira 40 mg q2wk; failed methotrexate 20 mg weekly x 6 months.",
  "School nurse: Grade 3 student with peanut allergy; EpiPen Jr 0.15 mg kept in the health office. Parent notified by phone.",
  "Occupational health: audiogram shows 4 kHz notch bilaterally, consistent with noise exposure. Hearing protection reinforced.",
  "Sports medicine: Lachman positive, McMurray equivocal, anterior drawer 2+. Plan MRI and Thessaly test at next review.",
  "Pet-therapy visit went well; the Labrador stayed 15 min, pt smiled and stroked the dog. Hand hygiene before and after.",
  "Genetic counselling: autosomal dominant pattern, 50% recurrence risk. Offered cascade testing to first-degree relatives.",
  "FHx: Mother – T2DM, died at 82. Father – MI at 55. Brother – Marfan syndrome. No consanguinity.",
  "Dental: Angle Class II div 1 occlusion. #14 MO amalgam replaced with composite. Fluoride varnish applied.",
  "Pharmacy counselling: take Eliquis 5 mg BID with or without food; avoid NSAIDs; report black stools.",
  "Home-care schedule: AM visits for insulin, PM visits for wound care; Braden reassessed weekly; Waterlow 18.",
  "Social hx: retired teacher, widowed, lives with son. Ex-smoker 20 pack-years, quit 2004. EtOH 2 units/week.",
  "Travel hx: back from a safari trip 3 weeks ago; Malarone taken as prescribed throughout.",
  "Court report: the child appeared well nourished, weight on the 25th centile, no bruising in a TEN-4 distribution.",
  "Referral: please assess for Parkinson's disease – resting tremor, cogwheel rigidity, Myerson's sign positive.",
  "Nursing handoff: Swan-Ganz in situ, CI 2.1, SVR 1400. Norepinephrine 0.08 mcg/kg/min. Philadelphia collar on.",
  "Sports: Osgood-Schlatter disease in a 13 yo forward; ice, quad stretches, return to play as tolerated.",
  "Triage: Ottawa ankle rules negative, weight bearing 4 steps. RICE, crutches, review in 1 week if not improving.",
  "Discharge: Lisfranc injury, non-weightbearing in CAM boot for 6 weeks; review in fracture clinic.",
  "Pt has great hope and strong faith; plans a summer garden; walks by the brook most mornings with major effort.",
  "Dad brought her in. Mum at work. Grandma lives in the granny flat. Coach says she collapsed at practice.",
  "Vent: AC 450 x 14, PEEP 8, FiO2 0.40. ABG 7.36/42/88. P/F 220.",
  "Labs: Na 138, K 4.1, Cr 1.2, eGFR 58, Hb 10.9, plt 212. INR 2.4 on warfarin.",
  "Apgar 8 and 9 at 1 and 5 minutes. Ballard score consistent with 38 weeks.",
  "Pre-auth for CPAP: AHI 32/h, ODI 28, nadir SpO2 79%. Epworth 15.",
  "Prosthodontics: 3/4 crown on 46; Kennedy Class III partial denture planned.",
  "Pharmacy: Augmentin 875/125 BID x 7 days; counselled on C. diff risk. Brand Coumadin vs generic warfarin discussed.",
  "Occ health: spirometry FEV1/FVC 0.68, FEV1 71% predicted. Fit test passed on 3M 1860 N95.",
  "She is 89 years old and her husband is 88; both independent with ADLs and still driving.",
  "Rehab: Berg 42/56, TUG 14 s, 6MWT 310 m. Progressing from Zimmer frame to stick.",
  "Psych: Mini-Cog 3/5, MoCA 22/30. Family describe a Capgras-type delusion.",
  "Immunisations: Tdap, MMR x2, Hep B series complete; BCG scar present L deltoid.",
  "Travel medicine: yellow fever vaccine given; certificate valid for life. Oral typhoid course started.",
  "Derm: Koebner phenomenon noted; Auspitz sign positive; started calcipotriol ointment.",
  "Cardiology: Brugada type 1 pattern in V1-V2 after procainamide challenge; ICD discussed.",
  "Ortho: Colles fracture R wrist, closed reduction under Bier block, Charnley cast applied.",
  "GI: Barrett's oesophagus, Prague C2M4; repeat OGD in 3 years.",
  "Peds: Kawasaki disease, day 6 of fever; IVIG 2 g/kg over 12 h plus aspirin.",
  "Neuro: Guillain-Barré suspected; NIF -30, VC 1.8 L, repeat q4h.",
  "ENT: Rinne positive bilaterally, Weber central; Dix-Hallpike negative, Epley not required.",
  "Handoff: 2 units PRBC in, post Hb pending; Hickman line flushed; Port-a-Cath accessed with 20G Huber needle.",
  "ID: Lyme serology pending; erythema migrans 8 cm; doxycycline 100 mg BID x 14 d.",
  "Wells score 4, revised Geneva score 5, D-dimer 1.2; CTPA ordered.",
  "Neonatal: Guthrie card collected at 48 h; hearing screen pass bilaterally.",
  "Rheum: Heberden and Bouchard nodes; Baker's cyst on US; modified Schober 3 cm.",
  "ICU: Richmond Agitation-Sedation Scale -2, CAM-ICU negative, Braden 12.",
  "CLINIC LETTER: NO CHANGE TO MANAGEMENT. CONTINUE ATORVASTATIN 40 MG NOCTE. REVIEW IN 6 MONTHS.",
  "Oncology: ECOG 1, cycle 3 of FOLFOX, day 1; Reed-Sternberg cells absent, Hodgkin lymphoma excluded.",
  "Dental: Black's Class V lesion on 33; Hall technique crown on primary molar.",
  "Occ health: phased RTW 4 h/day x 2 weeks, then full duties; no lifting > 10 kg.",
  "Telehealth: pt turned camera off at 10:45; visit lasted 22 minutes; verbal consent recorded.",
];

/** Decision 132's batch in corpus.json's shape, for score.ts. */
export function decision132Corpus(): Corpus {
  return { notes: DECISION_132_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_132_FIRST_CLEAN };
}
