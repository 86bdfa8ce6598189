// Decision 118's batch: notes in styles no earlier batch covered. Speech-recognition dictation as
// it comes out (lower case, little punctuation, spoken commands, numbers and dates in words, names
// misheard in lower case); letters and notes from New Zealand, South Africa, Ireland, Singapore,
// Nigeria, Kenya, the Philippines and Hong Kong with their own numbers, phones and addresses; EHR
// exports (banner lines, pipes, key=value, HL7-like segments), fax covers, lab requisitions, SMS
// reminders and e-referrals; ages over 89 and record, licence and device numbers in new shapes.
// Clean items are dense with numbers, eponyms, drugs, units, scores, scanner settings, levels and
// capitalised services and brands. Written for this project (CC0, see LICENSE.md): every name,
// place, number and date is invented. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

/**
 * The twenty-fourth batch (decision 118's), written before decision 118's rules.
 * First run: 78.7% (181/230; name 83.9%, 47/56; date 60.7%, 17/28; id 85.0%, 34/40; age 94.1%,
 * 16/17; location 76.2%, 48/63; phone 76.2%, 16/21; contact 60.0%, 3/5), precision 93.6%, 6 of 32
 * clean items flagged. The dictation found 29.8% (14/47), the rest 91.3% (167/183).
 * Missed in the dictation: lower-case names after 'doctor', 'mister', 'dictating ... on' and
 * 'typed by' ('fergal oshea', 'margaret quinlan', 'amrit sandhu', 'pradeep ramaswamy', 'lin',
 * 'hamad', 'mcilroy', 'jw'); dates in words ('twelfth june nineteen thirty', 'fourth of march',
 * 'the eleventh', 'twenty third of october', 'the second of january two thousand and twenty four',
 * 'fourteenth november', 'ninth of the ninth nineteen twenty nine', 'in september', 'last tuesday',
 * 'next friday'); phones in words ('oh seven seven nine ...', 'zero one six one ...', 'oh two nine
 * two ...'); places in lower case ('portishead', 'thornbury', 'royal gwent', 'ashgrove lodge',
 * 'kings mill', 'morriston', 'the elms surgery', 'bangor health centre', 'forty two station road',
 * 'bt20 4jq'); 'makes him ninety five'; 'nuala dot quinlan at gmail dot com'.
 * Missed elsewhere: folder and medical aid numbers with spaces ('BH 447 1220', 'DH 1147 2290'),
 * 'Co. Wexford', 'Tan Ah Kow', a Singapore unit ('#07-231'), eight-digit phones ('9123 4471',
 * '9345 6721'), '14th inst.', 'IP No. 0447128/2023', a Kenyan plate ('KDA 447Q'), a PhilHealth PIN
 * ('01-025567813-4'), 'Quarry Bay', an HL7 facility ('SJH') and street ('14 ORCHARD RISE'),
 * 'bit.ly/fgh-rb4471', a sort code ('20-45-77').
 * False findings: 'ID' and 'Eircode' (labels), 'Dra', 'Pre-assessment Unit', 'Loc', 'Adm', 'Blue
 * Badge'; in clean items 'TEWS', 'Libre', 'Coloplast SenSura Mio', 'Witts', 'Paris', 'Barcelona
 * Clinic'.
 */
export const DECISION_118_FIRST: string[] = [
  // --- speech-recognition dictation -------------------------------------------------------------
  "this is doctor {name:fergal oshea} dictating a clinic letter on {name:margaret quinlan} date of birth {date:twelfth june nineteen thirty} hospital number {id:k4471206}",
  "she was seen in clinic on the {date:fourth of march} and again on the {date:eleventh} when her sodium was one two eight",
  "he is {age:ninety four} and still lives on his own in {loc:portishead} with carers twice a day",
  "please ring her daughter {name:nuala} on {phone:oh seven seven nine three four four one two eight six} if there are any problems",
  "new paragraph mrs {name:bellweather} attended with her son {name:declan} comma who is her main carer full stop",
  "copy to doctor {name:amrit sandhu} {loc:the elms surgery} {loc:forty two station road} {loc:thornbury}",
  "she turned {age:ninety seven} last {date:tuesday} and her great granddaughter {name:kayleigh} visits most days",
  "follow up in the fracture clinic on the {date:twenty third of october} at {loc:royal gwent} full stop",
  "mister {name:pradeep ramaswamy} aged {age:one hundred and one} was admitted from {loc:ashgrove lodge} nursing home",
  "the x-ray from {date:the second of january two thousand and twenty four} shows a healing fracture of the left neck of femur",
  "her husband {name:bernard} can be reached on {phone:zero one six one four nine six five five two one}",
  "dictated but not checked by {name:mr callum ferris} consultant orthopaedic surgeon typed by {name:jw} {date:fourteenth november}",
  "mrs {name:oyelowo} was last reviewed in {date:september} by doctor {name:lin} at {loc:kings mill} and her inr was two point four",
  "the patient is a {age:ninety two} year old gentleman known to the stroke team at {loc:morriston}",
  "next of kin nephew {name:gareth pugh} telephone {phone:oh two nine two oh seven six one three four five}",
  "he was born on the {date:ninth of the ninth nineteen twenty nine} which makes him {age:ninety five}",
  "saw this lady with doctor {name:hamad} today full stop she tells me she is {age:ninety one} next {date:friday}",
  "if the results are normal email her daughter at {contact:nuala dot quinlan at gmail dot com} and copy the gp",
  "her gp is doctor {name:mcilroy} at {loc:bangor health centre} and her postcode is {loc:bt20 4jq}",
  // --- New Zealand -----------------------------------------------------------------------------
  "NHI: {id:ZHW58KJ}  Name: {name:NGATA, Tama Wiremu}  DOB: {date:03-11-1934}  Facility: {loc:Te Awakairangi Hospital}",
  "GP: Dr {name:Hemi Walker}, {loc:Ranui Family Health}, ph {phone:09 833 6142}, mob {phone:021 448 9021}.",
  "{name:Mere Tipene} (NHI {id:ZKB7312}) lives at {loc:14 Kowhai Street}, {loc:Gonville}, {loc:Whanganui 4501}; her mokopuna {name:Ariana} holds enduring power of attorney.",
  "Discharged home to {loc:Waitakere} with district nursing; whāngai daughter {name:Aroha} to call {phone:027 555 0193} if concerned.",
  "Results are also in the patient portal: {contact:https://patients.ranuifamily.co.nz/msg/4471}",
  // --- South Africa ----------------------------------------------------------------------------
  "Patient: {name:Thandiwe Mokoena}   ID No: {id:3405120456083}   Folder no: {id:BH 447 1220}   Ward: 22",
  "Referred from {loc:Mitchells Plain CHC} to {loc:Tygerberg} on {date:14/06/2023}; sister {name:Nomvula} on {phone:082 555 4412}.",
  "{name:Mr Johannes van der Merwe} ({age:93}) of {loc:Plot 41}, {loc:Bapsfontein}, {loc:Gauteng}, ID {id:3104125034081}, medical aid no {id:DH 1147 2290}.",
  "Dr {name:S. Naidoo}, HPCSA MP {id:0654321}, {loc:Westville Medical Centre}, tel {phone:+27 (0)31 555 8812}.",
  // --- Ireland ---------------------------------------------------------------------------------
  "{name:Máire Ní Dhomhnaill}, {loc:4 Ashfield Park}, {loc:Terenure}, {loc:Dublin 6W}, {loc:D6W Y2K4}. PPSN {id:7712345WA}. MRN {id:0412233}.",
  "Seen in the Day Ward, {loc:St Colman's University Hospital}, {loc:Cork}, on {date:Mon 9th Oct}; GP Dr {name:Cathal Breen}, {loc:Ballincollig}, tel {phone:(021) 487 1190}.",
  "Son {name:Eoin} mob {phone:087 555 1204}; IMC no. of referring doctor {id:412887}.",
  "{name:Mrs Kathleen Furlong} is {age:ninety-six}, from {loc:Enniscorthy}, {loc:Co. Wexford}, Eircode {loc:Y21 K7P4}.",
  // --- Singapore -------------------------------------------------------------------------------
  "{name:Tan Ah Kow}, NRIC {id:S2471190H}, {loc:Blk 415 Bedok North Ave 2} {loc:#07-231}, {loc:Singapore 460415}. HP {phone:9123 4471}.",
  "FIN {id:G5512873N}; work permit holder; employer {loc:Jurong Marine Engineering Pte Ltd}; contact {phone:+65 8334 2210}.",
  // --- Nigeria ---------------------------------------------------------------------------------
  "Hosp No: {id:UCH/23/11874}. {name:Chief Adebayo Ogunleye}, {age:98}, of {loc:Bodija}, {loc:Ibadan}. First son {name:Tunde} ({phone:0803 555 2290}).",
  "Thank you for your letter of the {date:14th inst.} concerning {name:Alhaji Musa Danladi}, whom we reviewed at {loc:Murtala General} GOPD.",
  "Address: {loc:No. 12 Ogunlana Drive}, {loc:Surulere}, {loc:Lagos State}. NIN {id:44712098831}.",
  // --- Kenya -----------------------------------------------------------------------------------
  "IP No. {id:0447128/2023}, {name:Wanjiru Kamau}, F, {age:92}, from {loc:Kiambu}. NOK: son {name:Njoroge} {phone:0722 555 019}.",
  "Write to {loc:P.O. Box 4471-00100}, {loc:Nairobi}, or {contact:wkamau@safarimail.co.ke}.",
  "NHIF no. {id:R0932117}; seen at {loc:Mwala Level 4 Hospital}; brought in by vehicle {id:KDA 447Q}.",
  // --- the Philippines -------------------------------------------------------------------------
  "Patient {name:Rosario Bautista}, {age:95 y/o}, from {loc:Brgy. San Roque}, {loc:Marikina City}; PhilHealth PIN {id:01-025567813-4}; CP no. {phone:0917 555 2041}.",
  "Referred by Dra. {name:Ma. Teresa Villaflor} of {loc:Cainta Municipal Hospital}, {loc:Rizal}; tel. {phone:(02) 8655 4471}.",
  // --- Hong Kong -------------------------------------------------------------------------------
  "{name:CHAN Tai Man}, HKID {id:K552014(3)}, {age:96}M, of {loc:Sham Shui Po}, admitted to {loc:Cheung Sha Wan Hospital} on {date:12/7}.",
  "Contact daughter {name:WONG Siu Ling} {phone:9345 6721}; address {loc:Flat B, 12/F, Block 3, Kornhill}, {loc:Quarry Bay}.",
  // --- EHR exports, fax covers, requisitions, reminders, e-referrals ---------------------------
  "PATIENT: {name:GARBUTT, NORMAN E}  DOB: {date:03/04/1931}  MRN: {id:00-44-7192}  AGE: {age:093Y}  SEX: M",
  "PID|1||{id:7718231}^^^{loc:SJH}^MR||{name:HARTIGAN^BRIDGET^M}||{date:19290914}|F|||{loc:14 ORCHARD RISE}^^{loc:KILKENNY}^^{loc:R95 F2X7}||{phone:(056)7721904}",
  "NK1|1|{name:DUBOIS^MARCEL}|SON||{phone:(514)555-0142}",
  "pt_name=\"{name:Lowther, Ivy}\" dob={date:1932-02-29} mrn={id:A00992817} ward=7B attending=\"{name:R. Chaudhry}\"",
  "FAX\nTo: Dr {name:Nkemdirim}, {loc:Ashby Road Medical Practice}\nFax: {phone:01530 412 998}\nFrom: Pre-assessment Unit\nPages: 3 (including cover)\nRe: {name:Mrs E. Cartwright}, DOB {date:06.08.1931}",
  "REQ# {id:LR-22-1187456}  Collected: {date:22-NOV-23} 07:45  Ordering: {name:PATEL,S}  Loc: 4W  Bed: 12",
  "Hi {name:Doreen}, reminder of your appt at {loc:Springhill Diabetes Centre} on {date:Thu 14/3} at 10:20. Reply Y to confirm or call {phone:0333 200 4411}. Txt STOP to opt out",
  "e-Referral UBRN: {id:0004 1287 5521} | Referrer: Dr {name:Olu Adeyemi} ({id:G8834112}) | Practice: {id:M85042} {loc:Kingsway Medical Group}",
  "Pt Acct: {id:V00018834552}  Adm: {date:11/29/2023}  Rm: 412-B  Att: {name:WEXFORD,LIAM}",
  "RESULT NOTIFICATION\nPatient: {name:Ms Agnes Pilkington}\nNHS No: {id:943 476 5919}\nSample received: {date:2024-01-09} 11:02\nAuthorised by: {name:Dr F. Ottaviani}, Consultant Microbiologist",
  "Your appointment with {name:Dr Rashid} is on {date:Wednesday 3rd April} at 09:40 at {loc:Furness General}. To rebook visit {contact:bit.ly/fgh-rb4471}",
  "OBR|1|{id:ORD558812}||CBC^Full blood count|||{date:202402140730}|||||||||{name:KOWALSKI^ANNA^^^DR}",
  "Subject: e-referral for {name:Ronan Keogh} ({date:14/02/1930})\nFrom: {contact:r.devlin@glenmoremedical.ie}\nReason: ?TIA, seen in the practice on {date:Fri}.",
  // --- ages over 89, record, account, licence and device numbers in new shapes ------------------
  "Age: {age:90y 4m}, weight 48 kg, 6 kg lost in 3 months.",
  "DOB/Age: {date:01/02/1930} ({age:94y})",
  "Our oldest, {name:Beatrice Ainsley}, is {age:ninety-nine and a half} and walks with a frame.",
  "ICD: Cobalt XT, serial {id:BLR612447S}; leads {id:PJN3315882V} and {id:PJN3315904V}.",
  "Sort code {id:20-45-77}, account {id:41187723}, for the care home fees.",
  "Blue Badge no. {id:BB 44 71 20 9}; Freedom Pass {id:0012 4471 9823}.",
  "DVLA licence {id:OKONJ512093AD9XY} surrendered after the seizure.",
  "Hearing aid serials {id:2271-88-0412} (left) and {id:2271-88-0419} (right).",
  "Pt {age:103yo} F, lives with her daughter in {loc:Hexham}.",
];

/** Identifier-free items written with the twenty-fourth batch. */
export const DECISION_118_FIRST_CLEAN: string[] = [
  "MRI lumbar spine 3T: sagittal T1 and T2 FSE, TR 3500 TE 102, slice 4 mm, FOV 280 mm; L4-L5 broad-based disc bulge.",
  "Seen in the Emergency Department, then the Acute Medical Unit and the Frailty Assessment Unit; home via the Discharge Lounge.",
  "Falls and Bone Health Service: DXA T-score -2.8 at L1-L4 and -2.4 at the femoral neck; FRAX 22%.",
  "Freiberg infraction of the second metatarsal head; Lisfranc ligament intact; Hoffa fat pad oedema.",
  "Micra AV leadless pacemaker implanted via the right femoral vein; Amplatzer occluder 25 mm.",
  "x-ray left wrist shows a colles fracture with ten degrees of dorsal angulation full stop plan closed reduction",
  "she takes bisoprolol two point five milligrams once a day and ramipril five milligrams at night",
  "blood pressure one forty over eighty five pulse seventy two regular saturations ninety four percent on air",
  "GCS 14/15 (E4 V4 M6), NEWS2 5, qSOFA 1, Wells score 4.5.",
  "Ottawa ankle rules positive; Weber B fracture; Salter-Harris II fracture of the distal radius.",
  "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-5.5|H|||F",
  "dose=5 mg | route=PO | freq=BD | duration=7 days | indication=cellulitis",
  "Reply Y to confirm or N to cancel. Please bring a list of your medicines and arrive 15 minutes early.",
  "Fax cover: 3 pages including this one. Confidential: intended for the addressee only.",
  "The Tissue Viability Service, the Vascular Access Team and Dietetics reviewed her on the ward round.",
  "C5-C6 and C6-C7 disc osteophyte complexes; cord signal normal; foramina patent at T1-T2.",
  "Triaged orange on the South African Triage Scale, TEWS 6, then seen in resus.",
  "Dexcom G7 sensor, Omnipod 5 pump and a FreeStyle Libre 3 reader; time in range 68%.",
  "Apgar 8 and 9 at one and five minutes, Ballard 34 weeks, Tanner stage 3 at follow-up.",
  "ward round at eight thirty review bloods at four repeat lactate in two hours then decide",
  "CT head: 120 kVp, 250 mAs, slice 0.625 mm, CTDIvol 52 mGy, DLP 980 mGy.cm; no bleed.",
  "Mallampati 2, ASA 3, Clinical Frailty Scale 6; Rockwood frailty index 0.31.",
  "Stoma appliance: Coloplast SenSura Mio, 38 mm, changed every 3 days.",
  "Mayo score 2 with Truelove and Witts severe colitis; infliximab 5 mg/kg at weeks 0, 2 and 6.",
  "Boston Bowel Preparation Scale 8; Paris 0-IIa polyp 12 mm, NICE type 2, removed by EMR.",
  "NHS number not yet allocated; PPSN awaited; NHI to be confirmed at the next visit.",
  "HbA1c 58 mmol/mol, eGFR 52 mL/min/1.73m2, ACR 3.4 mg/mmol, LDL 2.9 mmol/L.",
  "Child-Pugh B8, MELD-Na 16, Milan criteria not met; Barcelona Clinic Liver Cancer stage B.",
  "the patient is in her nineties and lives in a care home with nursing",
  "AL1|1|DA|^Penicillin^|SV|Anaphylaxis",
  "Tested with GeneXpert MTB/RIF Ultra; started 2RHZE/4RH per the national TB guidelines.",
  "Erector spinae block at T5 with 20 mL ropivacaine 0.25%; level 2 HDU, bed 12.",
];

/** Decision 118's batch in corpus.json's shape, for score.ts. */
export function decision118Corpus(): Corpus {
  return { notes: DECISION_118_FIRST.map((marked) => parseFragment("synthetic", marked)), clean: DECISION_118_FIRST_CLEAN };
}
