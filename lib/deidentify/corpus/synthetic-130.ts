// Batch 130: short sentences in the manner of the public synthetic PHI data sets used to benchmark
// de-identification and PII tools: template-like sentences filled with fake values plus short
// LLM-style synthetic clinical snippets (patient introductions, patients and relatives talking,
// clinician messages, reminders, insurance, pharmacy, specimen labels, consent lines, social and
// family history, transfers), with a few longer label blocks, forms and chat threads. Written by a
// writer who had not read the guard's rules. Written for this project (CC0, see LICENSE.md): every
// name, number and date is invented and no real patient text was used; real hospital and town names
// appear only as places. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "patient-intro"
  | "conversational"
  | "clinician-message"
  | "scheduling"
  | "insurance"
  | "pharmacy"
  | "lab-label"
  | "research-consent"
  | "history"
  | "transfer";

/**
 * The thirty-fourth batch (decision 130's): synthetic PHI sentences by a third writer, written before
 * decisions 128-132's rules.
 * First run, with every rule before it (decisions 122-127): 88.6% (481/543; age 67.7%, location 87.0%,
 * name 88.8%, id 89.6%, date 95.4%), precision 98.4%, 5 of 57 clean items flagged ("Mediterranean",
 * "West Nile", "Jehovah's", "Auvi-Q", "AJCC"). Ages stated without "years" were the gap ("turns 94
 * next week", "Dad's ninety-one now", "Mrs. Dunleavy (96)", "lived to 104"), then codes after labels
 * ("sample BB-2290-XQ", "subject 07-112"), signatures ("Kind regards,\nFionnuala McBride", "Thx, RB")
 * and pharmacy chains ("Rite Aid", "walgreens on broad st").
 * After decisions 128-132: 95.4% (518/543), precision 99.4%, 0 of 57. Lower-cased 89.0%, in capitals
 * 91.7% (1 of 57 each).
 * Still missed: "june h. ackerley" and "o'malley, bridget" in lower case, "Junior", "Ward 7 North",
 * "GALTER 9", "Bright Smile Dental", "AARP Medicare Supplement", employers ("Consol Energy", "blue
 * bottle"), "E. VANDERMEER" in capitals, "Witness: A. Oduya".
 */
export const DECISION_130_FIRST: Array<[Style, string]> = [
  // patient introductions
  ["patient-intro", "My name is {name:Marisol Quintero-Baptiste}, I was born on the {date:fourth of July 1931} and I live at {loc:17 Calle del Pez}, {loc:28004} {loc:Madrid}."],
  ["patient-intro", "The patient, {name:Okonkwo, Chidera A.}, MRN {id:00482291}, is a {age:ninety-three-year-old} retired ferry pilot from {loc:Tobermory}."],
  ["patient-intro", "hi my name is {name:dolly pruitt} and my birthday is {date:3rd march}, i turn {age:ninety} this year"],
  ["patient-intro", "Mr {name:Frank Church}, DOB {date:03.04.1929}, NHS no. {id:485 777 3456}, presented to {loc:Royal Derby Hospital} with his wife {name:Rose}."],
  ["patient-intro", "PATIENT: {name:HUNTER, ROSE M.}   DOB: {date:1928/11/02}   AGE: {age:95}   SEX: F\nADDRESS: {loc:4410 W BELMONT AVE APT 3C}, {loc:CHICAGO}, {loc:IL} {loc:60641}"],
  ["patient-intro", "The patient, Mx {name:Sable Ndiaye-Forsythe}, prefers to be called '{name:Bee}' and can be reached at {contact:bee.nf@lanternpost.example} or {phone:+44 7700 900 418}."],
  ["patient-intro", "Sister {name:Bernadette Ó Dálaigh}, a {age:ninety-six-year-old} religious sister from the convent in {loc:Kilkenny}, was seen by Dr. {name:Pravin Acharya} on {date:Tuesday the 9th}."],
  ["patient-intro", "I'm {name:Tomasz}, {name:Tomasz Wierzbicki}, my passport is {id:EK4419023} and my date of birth is {date:17/08/1958}."],
  ["patient-intro", "Patient {name:Yusuf Al-Harthy} (MRN {id:H-7730-118}) is a 58 y/o man referred by Rabbi {name:Eli Marcowitz} of {loc:Temple Beth Shalom} in {loc:Skokie}."],
  ["patient-intro", "this is grandma {name:june}'s info: {name:june h. ackerley}, {age:97 yrs old}, {loc:po box 118}, {loc:ely}, {loc:nv} {loc:89301}, landline {phone:775.555.0193}"],
  ["patient-intro", "Prof. {name:Ingrid Solberg-Haugen}, aged {age:91}, attended clinic on {date:2021-04-03} accompanied by her son {name:Lars}."],
  ["patient-intro", "My name is {name:Deshawn T. Rivers} and my social is {id:412-66-9081}."],
  ["patient-intro", "The patient, Father {name:Anselm Kiprotich}, is parish priest at {loc:St. Brigid's Church} in {loc:Nairobi}, {loc:Kenya}."],
  ["patient-intro", "Hello, my name is {name:Kwame Asante-Bonsu}, my driver's licence number is {id:A4471-90223-81706}, I'm from {loc:Kumasi} originally but now I live in {loc:Columbus}."],
  ["patient-intro", "the patient, {name:o'malley, bridget}, a {age:ninety-nine year old} female, was brought in by her grandson {name:Finn} on {date:st. patrick's day}."],
  ["patient-intro", "Patient name: {name:Liu Wen-Hsuan} (goes by {name:Wendy}); DOB {date:1990.03.07}; email {contact:wendy.liu88@qmail.example}; tel {phone:+886 2 2555 0147}."],
  ["patient-intro", "The patient is {name:Ambrose}, surname {name:Pennywhistle}, a {age:103-year-old} gentleman who says he has never been in a hospital before."],
  ["patient-intro", "Meet {name:Hana Kobayashi-Reyes}: 34, software tester at {loc:Nintendo of America}, lives at {loc:1530 NE 8th St, Unit 412}, {loc:Bellevue}, {loc:WA} {loc:98007}."],

  // conversational
  ["conversational", "I live at {loc:Flat 2, 19 Cedarwood Road}, {loc:Leeds} {loc:LS8 2QW}, and you can reach my daughter {name:Priya} on {phone:07700 900 561}."],
  ["conversational", "you can reach my son {name:Gideon} at work, he's at {loc:Boeing} in {loc:Everett}, the number is {phone:425-555-0177 ext 3312}"],
  ["conversational", "My husband {name:Walt} turns {age:94} next week and he still drives himself to {loc:Dunmore's Grocery} on {loc:Route 9} every {date:Saturday}."],
  ["conversational", "Oh she's a {age:ninety-eight-year-old} firecracker, my aunt {name:Clementine}, still lives alone in {loc:Natchez}."],
  ["conversational", "call me back on {phone:(503) 555-0148}, or email {contact:ruthie.k.blum@fastmail.example}, ask for {name:Ruthie}"],
  ["conversational", "my mom {name:Lourdes Ibarra} was moved to {loc:Casa de Paz Nursing Center} on {date:Jan 14th} and nobody told us"],
  ["conversational", "We're staying at {loc:88 Rue des Lilas}, {loc:75020} {loc:Paris}, until the {date:22nd}, then back home to {loc:Montréal}."],
  ["conversational", "I'm the one who called — {name:Noor}, Mr. {name:Haddad}'s granddaughter. My cell is {phone:+1 416 555 0102}."],
  ["conversational", "Our address changed, it's now {loc:2207 Kalākaua Ave #1804}, {loc:Honolulu}, {loc:HI} {loc:96815}. Same email, {contact:the.kealohas@islandmail.example}."],
  ["conversational", "my daughter-in-law {name:Becca} works nights at {loc:Mercy Hospital} so try her on {phone:555.301.7720} after {date:Thursday}"],
  ["conversational", "Dad's {age:ninety-one} now, and Uncle {name:Herb} lives with him out in {loc:Yuma}."],
  ["conversational", "i dont remember the date, maybe {date:easter sunday}? it was at {loc:st joseph's} in {loc:ann arbor}"],
  ["conversational", "My neighbour Mrs. {name:Adeyemi} has a key to {loc:No. 6 Orchard Close}, her number's {phone:01632 960 772}."],
  ["conversational", "I was born in {loc:Montego Bay}, {loc:Jamaica}, came here in '62, and now I'm a {age:ninety-three-year-old} — they all call me Miss {name:Pearl}."],
  ["conversational", "Tell Dr. {name:Hart} that {name:Junior} will bring me on {date:Tuesday}, he's got a car from {loc:Enterprise} on {loc:Fulton Street}."],
  ["conversational", "If I don't pick up, text my grandson {name:Ezra Goldfarb}, {phone:917 555 0124}, he lives right by {loc:Mount Sinai}."],
  ["conversational", "we moved from {loc:Guadalajara} to {loc:1419 S Pulaski Rd}, {loc:Cicero}, in March, the kids go to {loc:Unity Junior High}"],

  // clinician-to-clinician
  ["clinician-message", "Hi {name:Kev}, can you see {name:Lindqvist, Annika} in bay 4 before {date:Mon}? DOB {date:9 Feb 1930} so she's {age:94}. Thx, {name:RB}"],
  ["clinician-message", "Dr. {name:Osei}, FYI pt {name:Gregor Vasić} (acct {id:AC-55091733}) had a fall at {loc:Brookdale Westwood} overnight. Pls call {phone:x4471}. - {name:Tamsin}, charge RN"],
  ["clinician-message", "To: Dr. {name:H. Nakagawa-Bell}\nFrom: {name:Sam O'Rourke}, PA-C\nRe: {name:Mabel Finch}, seen {date:10/23/22}\nRequesting repeat echo at {loc:Cedars-Sinai}; last EF 35%."],
  ["clinician-message", "Paging Dr {name:Wojcik} re bed 12 — pager {phone:7-3390}"],
  ["clinician-message", "Thanks {name:Amara}! I'll sign out Mr. {name:Crane} to Dr. {name:Bellweather} tonight; family (wife {name:Jolene}) reachable at {phone:(919) 555-0163}."],
  ["clinician-message", "quick q - is ms. {name:pike} in 14B the one from {loc:cape cod}? she says she's {age:ninety-two}. admit date {date:11/3}"],
  ["clinician-message", "Per Dr. {name:Ferreira}'s note of {date:4 Sept}, please forward the path report to {contact:path.reports@harbourviewlabs.example}."],
  ["clinician-message", "Re your patient {name:Elspeth Gunn} (CHI {id:1503287764}), seen in {loc:Raigmore Hospital}, {loc:Inverness} on {date:Wednesday}.\nKind regards,\n{name:Fionnuala McBride}, Consultant Geriatrician"],
  ["clinician-message", "Could someone from {loc:Ward 7 North} ring {name:Joaquín}, the nephew, on {phone:+34 612 55 80 19}? He's flying in from {loc:Sevilla} on the {date:16th}."],
  ["clinician-message", "Team — Mr. {name:Salazar-Ruiz} (bed 3, {loc:Baker 5}) wants to go to his granddaughter's wedding in {loc:Tucson} on the {date:28th}. Can PT clear him by {date:Wed}? —{name:JF}"],
  ["clinician-message", "@{name:Leila} I'm covering for {name:Hollander} today, so text me on {phone:555-0147} not her. {name:Sven}"],
  ["clinician-message", "FYI Mrs. {name:Dunleavy} ({age:96}) from {loc:Hartford} is asking for Father {name:Tom} from {loc:St. Anne's} to visit."],
  ["clinician-message", "[09:14] {name:Priya S}: is Mr {name:Whitcombe} in 22 going home today?\n[09:15] {name:Dan}: waiting on his son {name:Rupert}, flight lands from {loc:Aberdeen} 2pm\n[09:16] {name:Priya S}: ok. {loc:Lloyds} pharmacy in {loc:Morningside} has his dosette\n[09:20] {name:Dan}: son's mobile {phone:07700 900 733} if needed"],
  ["clinician-message", "dr {name:amadi} pls review {name:frost, winston} — K 6.1 this am. sister {name:ellen} called from {loc:duluth} twice. -{name:mk}"],

  // scheduling and reminders
  ["scheduling", "Reminder: {name:Harold B. Ames} has an appointment with Dr. {name:Patel} at {loc:Riverside Family Practice}, {loc:1200 Mill St}, on {date:Tue 05/14} at 9:40 AM. Call {phone:555-0100} to reschedule."],
  ["scheduling", "Hi {name:JENNA}! Your dental cleaning is {date:Friday, August 2nd}. Reply C to confirm. - {loc:Bright Smile Dental} {phone:(702) 555-0119}"],
  ["scheduling", "APPT CONFIRMED: {name:KOWALCZYK, PIOTR} | {date:2024-09-30} 14:15 | {loc:NORTHWESTERN MEMORIAL} - {loc:GALTER 9} | MRN {id:0031-227-854}"],
  ["scheduling", "Dear Mrs {name:Oyelaran}, your flu jab is booked for the {date:3rd of November} at {loc:Whitchurch Health Centre}. Please bring your NHS number ({id:943 476 5919})."],
  ["scheduling", "Your telehealth visit with Dr. {name:Abimbola Lawal} starts {date:Wed 12 June} at 3pm. Join: {contact:https://visit.carelinkhealth.example/r/7QX2-LMA}"],
  ["scheduling", "{name:grace}, don't forget your INR check {date:thurs}!! {loc:walgreens} on {loc:broad st} — Auntie {name:Vee}"],
  ["scheduling", "Rescheduled: {name:Arjun Mehta-Sloane}, MRI brain, from {date:6/7} to {date:6/21}, {loc:Stanford Health Care}, {loc:Palo Alto}, accession {id:RAD2407113}."],
  ["scheduling", "Hello Mr. {name:Abernathy}, this is {name:Carla} from {loc:Whitfield Cardiology} calling to remind you about your stress test on {date:Monday the 15th}. Our number is {phone:800-555-0134}."],
  ["scheduling", "Your next dialysis session at {loc:DaVita Lakeshore} has moved to {date:Christmas Eve}, chair 7. Questions: {phone:312 555 0188}."],
  ["scheduling", "REMINDER FROM {loc:MAYO CLINIC} {loc:ROCHESTER}: {name:E. VANDERMEER} COLONOSCOPY {date:MONDAY 10/7} ARRIVE 7:00 AM {loc:GONDA BUILDING} 9TH FLOOR. PREP QUESTIONS {phone:507-555-0126}"],
  ["scheduling", "Your child {name:Mateo Ruiz} is due for vaccines. {loc:Sunnyvale Pediatrics} has openings on {date:Sept 3} and {date:Sept 5}. Book at {contact:sunnypeds.example/book}."],
  ["scheduling", "Physio for {name:Desmond Achterberg} moved from {date:Thu 2nd} to {date:Fri 10th}, same time, {loc:Southmead} outpatients. Any problems ring {name:Gemma} on {phone:0117 496 0803}."],

  // insurance and claims
  ["insurance", "Member: {name:Olusegun Bakare} | Member ID: {id:XGH884120731} | Group: {id:00774-B} | Plan: {loc:Blue Cross Blue Shield of Texas}"],
  ["insurance", "Claim {id:CLM-2023-0092281} for DOS {date:08/15/2023} was denied; subscriber {name:Theresa Vo} (DOB {date:2/29/1932}), policy {id:W49-221-7781}."],
  ["insurance", "Medicare Beneficiary Identifier {id:1EG4-TE5-MK73} for {name:Bertrand LaFleur}, {age:92 years}, {loc:Lafayette}, {loc:LA} {loc:70503}."],
  ["insurance", "EOB: patient {name:SOTO, MARIBEL} acct# {id:884-20-1173}, provider {loc:Valley Orthopedic Associates}, NPI {id:1487650923}, billed $1,240.00"],
  ["insurance", "Employer: {loc:Harbor Freight Tools}; Insured: {name:Dmitri Volkov}; Relationship: spouse of {name:Anya Volkova}; SSN {id:531-70-4482}"],
  ["insurance", "prior auth # {id:PA77120934} approved {date:3/1} thru {date:8/31} for {name:k. ramdin}; contact {name:Lorraine} at {loc:Aetna} {phone:1-800-555-0172 opt 3}"],
  ["insurance", "Secondary coverage: {loc:AARP Medicare Supplement}, cert no. {id:44719382-11}; primary holder {name:Augustine Fairweather}, age {age:ninety-five}."],
  ["insurance", "Workers' comp claim {id:WC-118-44021}, employer {loc:Amazon Fulfillment Center BFI4}, adjuster {name:Tricia Mahoney} ({contact:tmahoney@libmutual.example}), date of injury {date:July 4th}."],
  ["insurance", "CLAIMANT {name:PELLETIER, JEAN-LUC}  POLICY {id:QC-4471-0092}  INSURER {loc:DESJARDINS}  ADDR {loc:55 RUE SAINT-JEAN}, {loc:QUÉBEC} {loc:G1R 1N9}  TEL {phone:418.555.0165}"],

  // pharmacy and prescriptions
  ["pharmacy", "Rx #{id:6620913} {name:NGUYEN, THANH B}\nTake 1 tab by mouth daily.\nDr. {name:R. Castellanos}   Refills: 2\n{loc:CVS Pharmacy #4471} {phone:(617) 555-0129}"],
  ["pharmacy", "Pharmacy note: spoke with {name:Wendell}, Ms. {name:Ortiz}'s caregiver, re warfarin pickup at {loc:Rite Aid} on {loc:Germantown Ave}; DEA {id:BW4417203} verified for Dr. {name:Beaumont}."],
  ["pharmacy", "Filled {date:12-Mar-2024}: donepezil 10 mg #30 for {name:Evangeline Moss}, {age:99 y}, {loc:Sunrise of Bellevue}. Prescriber {name:Jun Takahashi} MD, NPI {id:1902837465}."],
  ["pharmacy", "Hi {name:Ayodele}, your prescription is ready at {loc:Boots}, {loc:High Street}, {loc:Guildford}. Please collect by {date:Sat 14th}."],
  ["pharmacy", "e-Rx from {loc:Kaiser Permanente Oakland} to {loc:Lakeshore Apothecary} for {name:Zoltan Fekete}, DOB {date:June 5, 1934}, ph {phone:510-555-0166}."],
  ["pharmacy", "Compounded by {name:LG} on {date:02/11}. Lot {id:CX-22091}. For: {name:Moana Tuilagi}, {loc:Auckland City Hospital}."],
  ["pharmacy", "Mrs. {name:Ng}, your refill request for metformin was sent to {loc:Shoppers Drug Mart}, {loc:Markham}, {loc:ON} {loc:L3R 5B4}. Ref: {id:RX-09-558812}."],

  // lab and specimen labels
  ["lab-label", "SPECIMEN: {id:S24-118873} | PT: {name:BRENNAN, SEAMUS J} | DOB {date:1931-07-19} | COLL {date:04/02/24} 07:55 | LOC: {loc:MGH} {loc:ELLISON 12}"],
  ["lab-label", "Accession {id:A-55012-B}, {name:Ferguson-Tate, Iona}, collected {date:3 Jan} by {name:DM}, received {loc:Quest Diagnostics} {loc:Teterboro}."],
  ["lab-label", "Label: {name:Hussain, Zainab} / MRN {id:77310045} / blood culture x2 / {date:19.10.2023} / ward {loc:Nightingale}"],
  ["lab-label", "Urine C&S, pt {name:lucille banks}, {age:90 yo}, collected at {loc:Oak Hollow Assisted Living}, specimen id {id:U-00913-77}, courier {name:Reggie}"],
  ["lab-label", "Path #: {id:SP-23-04417}  Surgeon: {name:Margarethe Lindahl}  Received: {date:Friday}  Source: left breast core, {loc:Karolinska}"],
  ["lab-label", "Holter serial {id:4C7A-99E1-02} issued to {name:Cornelius Obi} on {date:2/6}; return to {loc:Jefferson Heart Institute}."],
  ["lab-label", "*** SPECIMEN LABEL ***\n{name:ABERCROMBIE, WINIFRED E}\nDOB {date:12-DEC-1929}  ({age:94Y})\nMRN {id:004471902}\nACC {id:24-CH-018834}\nCOLL {date:08MAR24} 0612 BY {name:TLK}\n{loc:ST VINCENT'S} {loc:DARLINGHURST}"],
  ["lab-label", "Specimen rec'd from {loc:Holy Cross} 0342; pt {name:deveraux, antoine}; MRN {id:HC0049127}; ordering Dr {name:Quist}, callback {phone:954 555 0181}"],

  // research and consent
  ["research-consent", "Participant {id:ROSE-0417}, {name:Hollis Grant}, consented on {date:October 9th} by study coordinator {name:Mei-Ling Zhou} ({contact:mzhou@northlake-research.example})."],
  ["research-consent", "I, {name:Beatriz Carvalho}, agree to take part in this study.\nSigned: {date:12/05/2022}\nWitness: {name:A. Oduya}"],
  ["research-consent", "Consent obtained from health-care proxy, daughter {name:Marguerite}, as pt ({age:ninety-four}) lacks capacity. IRB protocol {id:2021-0883}. Site: {loc:University of Iowa Hospitals}."],
  ["research-consent", "Screening log: subject {id:07-112} enrolled at {loc:Hôpital Lariboisière}, {loc:Paris}, le {date:3 mai}."],
  ["research-consent", "Biobank sample {id:BB-2290-XQ} linked to donor {name:Piet van der Berg}, {loc:Utrecht}, {loc:Netherlands}; enrolment terminal IP {id:10.42.17.203}."],
  ["research-consent", "Contact the PI, Dr. {name:Ruth Abernethy-Kwan}, at {phone:+61 2 5550 1234} or visit {contact:www.sleepstudy-unsw.example/enrol}."],
  ["research-consent", "Re-contact letter sent {date:2 Aug 2023} to Mrs {name:Henrietta Poole} at {loc:3 Meadow Bank}, {loc:Keswick}, {loc:Cumbria} {loc:CA12 4QR}; study ID {id:LTC-8841}."],

  // social and family history
  ["history", "Works as a forklift operator at {loc:Costco} in {loc:Tukwila}; lives with partner {name:Deon} and two kids who attend {loc:Foster High School}."],
  ["history", "Retired schoolteacher (taught at {loc:Lincoln Elementary} for 40 yrs), widow of {name:Harold}, lives in {loc:Kearney}, {loc:Nebraska}."],
  ["history", "SH: former coal miner, {loc:Consol Energy}, {loc:Logan County}, {loc:WV}. Quit tobacco 1998. Wife {name:Opal}."],
  ["history", "She is a {age:ninety-year-old} former seamstress from {loc:Kraków} who moved to {loc:Hamtramck} in 1952 and attends {loc:St. Florian Church}."],
  ["history", "Student at {loc:Ohio State}, lives in {loc:Morrill Tower}; roommate {name:Jaylen} brought him in."],
  ["history", "occupation: barista @ {loc:blue bottle}, {loc:brooklyn}. insta: {contact:instagram.com/latteart_kai}"],
  ["history", "Lives alone on a farm outside {loc:Dubbo}, {loc:New South Wales}; nearest neighbour {name:Col Fitzpatrick} checks in daily."],
  ["history", "Employed by {loc:Tata Consultancy Services}, {loc:Pune}; wife {name:Sunita} is a nurse at {loc:Ruby Hall Clinic}."],
  ["history", "Pt's sister {name:Farida} runs a bakery in {loc:Dearborn}; pt himself drives for {loc:Uber}, plate {id:8KJM217}."],
  ["history", "FH: mother {name:Agnes Whitlock} died aged {age:97} of stroke; brother {name:Cyril} has Parkinson's; sister {name:Maude Whitlock-Harris} lives in {loc:Bournemouth}."],
  ["history", "Father {name:Gustavo} (deceased 1989, MI); grandmother {name:Inés Paredes} lived to {age:one hundred and two}."],
  ["history", "Her twin {name:Rosalind} and cousin {name:Felix Amsel} both carry BRCA2; tested at {loc:Myriad Genetics}, {loc:Salt Lake City}."],
  ["history", "FAMILY HX: SON ({name:DARNELL}) T2DM, DAUGHTER ({name:KEISHA MONROE}, {phone:404-555-0191}) HTN, MOTHER ({age:93}, ALIVE, {loc:MACON}) DEMENTIA"],
  ["history", "paternal uncle {name:Bao} — colon ca at 52; aunt {name:Linh Tran} — ovarian; family all from {loc:Huế}, {loc:Vietnam}"],
  ["history", "Family history: Mrs {name:Kearney}'s father, {name:Patrick Kearney}, was treated at {loc:Beaumont Hospital} in {loc:Dublin} for Huntington's."],
  ["history", "Grandfather {name:Ezekiel Muldoon} lived to {age:104}; great-aunt {name:Winnie} to {age:ninety-seven}."],

  // transfers and ambulance
  ["transfer", "EMS: Medic 14 transporting {age:93 YOF} from {loc:2314 Sycamore Dr}, {loc:Tulsa} to {loc:Saint Francis Hospital}, ETA 12 min. Unit cell {phone:918-555-0154}."],
  ["transfer", "Transfer accepted by Dr. {name:Ilse Brandt} at {loc:Johns Hopkins Bayview}; report called to {name:Nadia} RN at {phone:410-555-0111 x2207}; depart {date:11/30} 1600."],
  ["transfer", "PCR {id:2024-00571833}: pt {name:Abel Okoro}, found at the bus station on {loc:1st Ave}, {loc:Seattle}; NOK {name:Grace Okoro} {phone:206.555.0199}."],
  ["transfer", "Air ambulance from {loc:Broome} to {loc:Royal Perth Hospital}, pt {name:Jarrah Woods}, {age:ninety-one} y.o., escorted by flight nurse {name:Kez Arnold}."],
  ["transfer", "INTERFACILITY TRANSFER\nPatient: {name:Rigoberto Salas Ortega}\nPassport: {id:G11847392}\nDOB: {date:15/06/1930}\nAge: {age:93}\nSending: {loc:Hospital Angeles Tijuana}\nReceiving: {loc:Sharp Chula Vista Medical Center}\nAccepting MD: Dr. {name:Lena Ostrowski}\nReport to: {phone:619-555-0138}\nDeparture: {date:06/15/2023} 14:20\nMode: ALS ground"],
  ["transfer", "Ambulance tablet IMEI {id:356938035643809} logged pickup at {loc:Unit 5, 40 Fenwick Rd}, {loc:Glasgow} {loc:G41 2PL} on {date:Boxing Day}."],
  ["transfer", "Pt transferred {loc:Bellevue} → {loc:Rusk Rehab} {date:12/02}; belongings bag #{id:BG-00731}; escort {name:Mohammed}."],
  ["transfer", "ALS unit from {loc:Bozeman} bringing {name:Hatcher, Lyle}, a {age:ninety-two yr old} rancher, to {loc:Billings Clinic}; wife {name:Dot} following by car, cell {phone:406 555 0172}."],
];

/** Identifier-free items in the same style. */
export const DECISION_130_FIRST_CLEAN: string[] = [
  "Foley removed at 0600. Glasgow 14. Swan-Ganz wedge 18, CVP 9.",
  "My name is on the wristband, the nurse said, and I'm 84 next spring.",
  "Patient reports Parkinson's diagnosed in 2009; on Sinemet 25/100 three times a day.",
  "Please remind the patient to bring all pill bottles to the next visit and to fast for 12 hours.",
  "I live alone since my husband passed, but my daughter checks on me twice a week.",
  "You can reach my son at work in the afternoons; he works the early shift at the plant.",
  "Hi Doc, the Holter showed runs of SVT up to 14 beats and Mobitz I overnight, nothing sustained.",
  "Reminder: your annual wellness visit is due. Please call the front desk to book.",
  "Claim denied: CPT 99214 not covered under plan tier 2; modifier 25 missing.",
  "Take 1 tablet of Eliquis 5 mg by mouth twice daily. Do not crush. Refills: 3.",
  "Pharmacist counselled on Coumadin interactions; INR goal 2.0-3.0; keep vitamin K intake consistent.",
  "Specimen: serum, 2 x gold top, spun at 3000 rpm for 10 min, stored at -20 C.",
  "Consent form version 4.2 signed; participant given a copy; 30-minute washout before baseline.",
  "Works as a hunter and trapper in the winter months, smokes 1 ppd x 40 yrs, drinks 2 beers a night.",
  "Family history: mother with Hashimoto's, father with Crohn's disease, brother with Marfan syndrome.",
  "Ambulance en route, ETA 12 min, BP 88/50, HR 122, SpO2 91% on NRB at 15 L.",
  "Philadelphia collar in place, log-rolled with C-spine precautions, GCS 13 (E3 V4 M6).",
  "Mom says she'll bring the EpiPen and the Ventolin inhaler to school pickup.",
  "The patient is an 89-year-old retired carpenter who still builds birdhouses.",
  "Apgar 8 and 9 at 1 and 5 minutes; Ballard score consistent with 38 weeks.",
  "rose spots on the abdomen, suspect typhoid; Widal and blood cultures pending.",
  "Charcot foot, Baker's cyst on the right, positive Homans sign, Wells score 3.",
  "Grace period for premium payment is 31 days; coverage resumes once paid in full.",
  "Kernig and Brudzinski negative; no Janeway lesions or Osler nodes; Roth spots absent.",
  "Started on Lasix 40 mg IV BID, KCl 20 mEq PO, strict I/O, daily weights.",
  "Vent: AC/VC, Vt 450, RR 16, PEEP 8, FiO2 40%, P/F ratio 210.",
  "Referred to Physical Therapy and Occupational Therapy; Social Work to follow up on home services.",
  "My dad is 76 and still mows the lawn every week, but lately he gets short of breath.",
  "Please call the on-call pharmacist with any questions after hours.",
  "Lab: Na 134, K 5.1, Cr 1.8 (baseline 1.2), BUN 42, glucose 212, A1c 9.4%.",
  "Pt unable to state the year; oriented to self only; Mini-Cog 1/5; MoCA 14/30.",
  "Gleason 3+4=7 on biopsy, PSA 8.2; Whipple deferred; Nissen fundoplication in 2015.",
  "Insurance card photocopied front and back; copay of $40 collected at check-in.",
  "Randomised 2:1 to the active arm; double-blind; adverse events reported within 24 hours.",
  "Eats a Mediterranean diet, walks 30 minutes a day, sleeps in a recliner due to orthopnea.",
  "Transfer to step-down once off pressors x 12h; Levophed weaned to 0.02 mcg/kg/min.",
  "Hello, this is the nurse from the clinic calling about your test results, please call us back.",
  "Buffalo hump and moon facies noted; suspect Cushing's; dexamethasone suppression test ordered.",
  "Lyme titers negative; Rocky Mountain spotted fever serology pending; West Nile IgM negative.",
  "Spanish-speaking, interpreter used; patient is a Jehovah's Witness and declines blood products.",
  "Father was a Marine, mother a homemaker; grew up on a dairy farm; finished high school.",
  "Tylenol 650 mg q6h PRN, Zofran 4 mg ODT, Colace 100 mg BID, Senna 2 tabs HS.",
  "Sister says the patient has been more confused since the move and is not eating much.",
  "Summer camp form: allergic to peanuts, carries an Auvi-Q, may participate in swimming.",
  "Down syndrome with Eisenmenger physiology; tetralogy of Fallot repaired in 1978.",
  "Bell's palsy improving; House-Brackmann grade II; continue prednisone taper.",
  "Stage IIIA per AJCC 8th edition; ECOG 1; started FOLFOX, cycle 1 of 12.",
  "The ambulance crew gave 324 mg aspirin and 0.4 mg nitroglycerin SL x3 en route.",
  "Plan: Tdap today, Shingrix dose 2 in 2-6 months, Prevnar 20 due at next visit.",
  "Hunter syndrome carrier screening offered and declined; genetic counselling referral placed.",
  "74F walking with a Zimmer frame, Barthel 60/100, Waterlow 14, Braden 15.",
  "Bill to secondary insurance; patient responsible for the remaining balance of $112.50.",
  "Sats 94% on room air, Kussmaul breathing resolved, anion gap closed at 11, insulin drip off at 0400.",
  "I have a son and two granddaughters, and my grandson visits me every weekend.",
  "Rx: amoxicillin 875 mg/clavulanate 125 mg PO BID x 10 days; dispense 20; no substitutions.",
  "Research nurse explained the study; patient will think it over and call back next week.",
  "MRN field left blank on the requisition; lab will call the ward for a relabel before processing.",
];

/** Decision 130's batch in corpus.json's shape, for score.ts. */
export function decision130Corpus(): Corpus {
  return { notes: DECISION_130_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_130_FIRST_CLEAN };
}
