// Decision 115's batch: sentences and note fragments built round ages over 89 and numbers of
// every kind (record, account, encounter, specimen, prescription, licence, device, plan, health
// card) in US, UK, Canadian, Australian, Indian and European formats, labelled and not, with
// other identifiers beside them, and clean sentences full of numbers that identify nobody (doses,
// results, scores, years, ICD-10 and CPT codes, stages, vertebral levels). Written for this project
// (CC0, see LICENSE.md): every name, place, number and date is invented. Markup as in fragments.ts.
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

/**
 * The twenty-third batch (decision 115's), written before decision 115's rules.
 * First run: 83.3% (80/96; id 77.8%, 35/45; age 82.4%, 14/17; name 92.3%, 12/13; location 87.5%,
 * 14/16; date 100%, 4/4; phone 100%, 1/1), precision 93.0%, 0 of 17 clean sentences flagged.
 * Missed: a group number ('4471B'), a Carte Vitale in groups ('1 53 07 75 115 004 42'), an Illinois
 * licence ('S530-4217-8820'), a plan ('BCBS-PPO-2291'), an implant's REF and lot, a chart number
 * '45-88-21', 'INV/2023/77812', a Medicare number after a name ('6843 21974 2'), a tax file number,
 * ages in brackets or after a name ('(95)', 'now 96', '94 jaar'), 'Sun Li', 'AOK Bayern', 'Google'.
 * False findings: 'Ontario' and 'Illinois' alone, 'ABHA', 'Vitale', 'ResMed AirSense'.
 */
export const DECISION_115_FIRST: string[] = [
  "Acct#{id:88213407} | Enc #{id:E-0049218} | {name:Marguerite Olsen}, a {age:91-year-old} widow.",
  "Visit ID: {id:V20240311-0087}; seen by Dr. {name:Tomasz Wilk}.",
  "Specimen ID {id:S24-11873} received in pathology on {date:3/14/2024}.",
  "Rx #{id:6620193} filled at {loc:Walgreens} on {loc:Elm Street}.",
  "Prescriber DEA {id:AB1234563}, NPI {id:1234567890}.",
  "Insurance policy no. {id:UHC-77120934-01}, group {id:4471B}.",
  "{name:Harold Jennings}, {age:91yo}, admitted from {loc:Maple Grove Nursing Home}.",
  "Age: {age:96}. Sex: F. MRN {id:0004421987}.",
  "Mrs {name:Evelyn Ashworth} ({age:92 y}) lives with her daughter in {loc:Harrogate}.",
  "NHS No: {id:485 777 3456}. Hospital no. {id:RJ1-2209381}.",
  "Ontario health card {id:1234-567-890-AB} presented at triage.",
  "Medicare card {id:2123 45670 1}/1 was scanned at reception.",
  "His UHID is {id:MH2023/004417} at {loc:Manipal Hospital}, {loc:Bengaluru}.",
  "ABHA number {id:91-4421-7736-0982} linked to the record.",
  "Carte Vitale {id:1 53 07 75 115 004 42} copied for billing.",
  "Versichertennummer {id:A123456780} der {loc:AOK Bayern}.",
  "BSN {id:123456782}; patient {name:Joost de Vries}, {age:94} jaar.",
  "Pt is a {age:98 y.o.} male with CHF, EF 25%.",
  "{name:Agnes Moriarty} celebrated her {age:100th} birthday on the ward.",
  "Patient is {age:ninety-three}, lives alone in {loc:Duluth}.",
  "{age:93F} presenting with syncope, hx AF on apixaban.",
  "Pt age {age:102}, DNR/DNI confirmed with son {name:Mark}.",
  "Driver's licence {id:D1234-56789-01234} (Ontario) was photocopied.",
  "DL# {id:S530-4217-8820} Illinois.",
  "Member ID {id:XEH912345678}, plan {id:BCBS-PPO-2291}.",
  "Claim number {id:CLM-2024-0091827} was denied on {date:May 2}.",
  "Lab accession {id:24-CH-118732} drawn at {loc:LabCorp} {loc:Raleigh}.",
  "Implant: {id:REF 7113-01}, lot {id:L45R992}, serial {id:SN 8834112}.",
  "CPAP serial {id:23171234567} (ResMed AirSense) issued {date:01/09/2023}.",
  "Pacemaker model ADDR01, serial {id:PZN604412H}.",
  "Chart #{id:45-88-21} reviewed with Dr {name:Okafor}.",
  "Billing ref {id:INV/2023/77812} sent to Mr {name:Lindqvist}.",
  "{name:Sun Li} ({age:95}), Medicare {id:6843 21974 2}, lives in {loc:Box Hill}.",
  "Patient number {id:P0009912} (UK), aged {age:90}.",
  "Case no. {id:HC-23-004512} opened by social work.",
  "Her IHI is {id:8003 6012 3456 7890}.",
  "CHI {id:0101315532} on the referral from {loc:Ninewells}.",
  "Admission no {id:A1927734}, bed 12, ward 7B.",
  "Ref: {id:RX/118/22}. {name:Ingrid Halvorsen}, {age:97}, {loc:Bergen}.",
  "Encounter {id:#7719043} closed by nurse {name:Pat}.",
  "He is a {age:99-yr-old} former miner from {loc:Merthyr Tydfil}.",
  "{age:Ninety-one-year-old} {name:Winifred Sykes} fell at home.",
  "Born {date:2 May 1928}, now {age:96}, still drives.",
  "Bank account {id:12-3456-7890123-00} for the care fund.",
  "Tax file number {id:123 456 782} on the pension form.",
  "Her PPS number is {id:1234567TA}.",
  "Dental chart {id:DN-00412}, age {age:104}, edentulous.",
  "Transfer from {loc:Mayo Clinic}; their MRN {id:5-412-889}.",
  "Employed by {loc:Google} until 2019; pager {phone:4417}.",
];

/** Identifier-free sentences written with the twenty-third batch. */
export const DECISION_115_FIRST_CLEAN: string[] = [
  "A nonagenarian with dementia, admitted from home.",
  "Alendronate 70 mg weekly; vitamin D 1000 units daily.",
  "Coded as M84.374A and E11.65; CPT 99214 billed.",
  "Compression fracture at T12 and L1, no canal compromise.",
  "G3P2, LMP two weeks ago, beta-hCG negative.",
  "Staged as T2N0M0; BI-RADS 4 lesion at 2 o'clock.",
  "Hb 98 g/L, MCV 82 fL, ferritin 12 ug/L.",
  "MMSE 24/30 and MoCA 21/30 in 2022.",
  "Tramadol 50 mg up to 4 times a day as needed.",
  "eGFR 38 mL/min/1.73m2, potassium 5.2 mmol/L.",
  "CHA2DS2-VASc 5, HAS-BLED 3; started apixaban 2.5 mg twice daily.",
  "Gleason 3+4=7, PSA 8.4 ng/mL, PI-RADS 4.",
  "Sodium 128 at 0600, 131 by 1800.",
  "QTc 478 ms on the 12-lead ECG.",
  "Smoked 40 pack-years, quit in 1998.",
  "Dexamethasone 6 mg for 10 days per RECOVERY protocol.",
  "Wound 3 x 2 cm, grade 2 pressure injury over the sacrum.",
];

/** Decision 115's batch in corpus.json's shape, for score.ts. */
export function decision115Corpus(): Corpus {
  return { notes: DECISION_115_FIRST.map((marked) => parseFragment("synthetic", marked)), clean: DECISION_115_FIRST_CLEAN };
}
