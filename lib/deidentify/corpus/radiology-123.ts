// Decision 123's batch: the text radiologists and multidisciplinary teams write, which is what users
// of a case-discussion platform for radiology and MDT meetings type. Formal radiology reports in UK,
// US, Australian, Irish and Canadian conventions (headers with patient name, DOB, hospital, NHS, CHI,
// Medicare and OHIP numbers, accession numbers, referrers, wards and exam dates; CLINICAL HISTORY,
// TECHNIQUE, COMPARISON, FINDINGS and IMPRESSION; reporter signatures with GMC, IMC and CPSO numbers;
// radiographer and typist initials), critical-result communications with extensions, bleeps and
// pagers, addenda, MDT and tumour-board outcome summaries (attendee lists, dated meetings held on a
// routine weekday, outcomes with named clinicians and hospitals, onward referrals), teaching-case
// write-ups and conference posters in which a well-meaning author leaks identifiers, discussion
// comments and replies between clinicians (@-mentions, first names, "last March"), image captions
// and DICOM series descriptions, and PACS/RIS worklist lines and messages. Names are of many origins,
// including ones that are ordinary words (Bone, Moon, Winter, Story, Bishop, Hope, Head); places
// include hospitals by full name, short name and abbreviation, wards and centres named after people,
// imaging centres, towns, villages and addresses. Clean items are dense with eponyms used as
// fractures, signs, diseases, classifications and anatomy, reporting systems (BI-RADS, LI-RADS,
// Lung-RADS, Bosniak, PI-RADS, TNM, Gleason), MRI sequences, vertebral levels, measurements and
// fractions that are not dates, scan times without dates, routine MDT weekdays, generic roles, ages
// under 90, bare years, capitalised services and drug names. Written for this project (CC0, see
// LICENSE.md): every name, number and date is invented and no real patient text was used; real
// hospital and town names appear only as places. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "report-uk"
  | "report-us"
  | "report-au"
  | "report-ie"
  | "report-ca"
  | "critical-result"
  | "addendum"
  | "mdt-outcome"
  | "teaching-case"
  | "discussion"
  | "caption"
  | "pacs";

/**
 * The twenty-ninth batch (decision 123's), written before decision 123's rules.
 * First run, with every rule before it (decision 122's included): 90.3% (361/400; name 89.0%,
 * 130/146; location 81.4%, 83/102; date 98.8%, 84/85; id 94.4%, 34/36; age 87.5%, 7/8; phone and
 * contact 100%), precision 95.2%, 7 of 53 clean items flagged ("Dawson fingers", "Stanford A ...
 * DeBakey type II", "B. Crescent sign", "AVA 0.8 cm2", "Lung MDT (Thursday 08:00, ...)", "Angle of
 * Louis ... carina", "Aunt Minnie"). By style: UK reports 92.6%, US 88.2%, Australian 90.5%, Irish
 * 100%, Canadian 72.2%, critical results 92.0%, addenda 100%, MDT outcomes 93.8%, teaching cases
 * 84.8%, discussion 91.7%, captions 92.3%, PACS/RIS lines 84.2%.
 * After decision 123's rules: 96.8% (387/400; name 98.6%, location 90.2%), precision 99.8%, 1 of 53
 * ("AVA 0.8 cm2": a given name the lists hold before its value). Lower-cased 88.8%, in capitals 91.5%
 * (8 and 9 of 53 clean items flagged: radiology in one case is dense with letters).
 * Still missed: "at the INS", "AMERICAN LAKE PC CLINIC", "from Lions Gate", "from the Mater", "flown
 * to Mayo", "Breast MDM, SVUH,", "Gareth in PACS says", "Trial STUDY-UK-0931-117", numbered wards
 * ("Ward 22", "6 West", "T6B").
 */
export const DECISION_123_FIRST: Array<[Style, string]> = [
  // --- UK reports --------------------------------------------------------------------------------
  ["report-uk", "{loc:ROYAL GWENT HOSPITAL} - DEPARTMENT OF CLINICAL RADIOLOGY\n" +
    "Patient: {name:PRYTHERCH, Gwenllian Mair}   DOB: {date:02/11/1941}   Hosp No: {id:G0938471}   NHS No: {id:476 201 9935}\n" +
    "Address: {loc:14 Heol y Nant, Tonypandy CF40 2QX}\n" +
    "Accession: {id:RGH2400318872}   Referrer: Dr {name:A. Bhattacharjee}, Consultant Respiratory Physician   Location: {loc:Cadoxton Ward}\n" +
    "Exam: CT THORAX ABDOMEN PELVIS WITH CONTRAST   Date of exam: {date:14/03/2024} 10:42\n\n" +
    "CLINICAL HISTORY: 82F, ex-smoker 40 pack-years, weight loss and haemoptysis. CXR {date:09/03/2024}: right hilar fullness.\n" +
    "TECHNIQUE: Portal venous phase CT, 100 mL Omnipaque 350. DLP 812 mGy.cm.\n" +
    "COMPARISON: CT abdomen {date:12/03/2021} at {loc:Nevill Hall}.\n" +
    "FINDINGS: 41 x 33 mm spiculated right hilar mass encasing the right lower lobe bronchus with distal collapse. Subcarinal node 14 mm short axis. " +
    "Two hypodense liver lesions, the larger 18 mm in segment VII, new since 2021. Adrenals normal. No bony metastasis.\n" +
    "IMPRESSION: Right hilar mass, radiologically T3 N2 M1b (hepatic). For lung MDT.\n\n" +
    "Reported by: Dr {name:Rhodri Vaughan-Ellis}, Consultant Radiologist, GMC {id:6142038}\n" +
    "Verified {date:14/03/2024} 16:05   Radiographer: {name:KT}"],
  ["report-uk", "MRI LEFT KNEE\nName: {name:Obi-Harrington, Tobias}  MRN {id:K7731904}  DOB {date:23.06.1988}\n" +
    "Referrer: Mr {name:Lamb}, T&O, {loc:Harrogate District Hospital}   Scanned {date:Tue 7 May 2024} at {loc:InHealth Ripon}\n" +
    "History: Twisting injury playing rugby on {date:21/04}. Giving way.\n" +
    "Findings: Complete ACL tear with Segond fracture and kissing contusions of the lateral femoral condyle and posterolateral tibial plateau. " +
    "Bucket-handle tear of the medial meniscus with double PCL sign. MCL grade 1 sprain. Small Baker's cyst.\n" +
    "Opinion: ACL rupture with Segond fracture; displaced bucket-handle tear. Urgent fracture clinic via Mr {name:Lamb}'s secretary ({phone:01632 960 418}).\n" +
    "Dr {name:Ffion Maddox}"],
  ["report-uk", "US ABDOMEN   {date:02-Feb-2024}   Ward: {loc:Aneurin Bevan Ward}, {loc:Prince Charles Hospital}\n" +
    "Pt: Mrs {name:Bronwen Jukes}, {age:91 years}, hosp no {id:M441207}\n" +
    "Raised ALP. Gallbladder contains multiple calculi; CBD 9 mm with intrahepatic duct dilatation. Suggest MRCP.\n" +
    "Sonographer: {name:Hester Quayle}   Checked: Dr {name:Mwale}"],
  ["report-uk", "CXR PA {date:18/06/24} 08:14. Requested by ED (Dr {name:Kowalczyk-Amadi}). Right middle lobe consolidation obscuring the right heart border. No effusion. Repeat 6 weeks after antibiotics.\nRep: {name:OMF}/{name:jr}"],
  ["report-uk", "CT HEAD (NON-CONTRAST)\nPatient: {name:McILWRAITH, Ishbel}   CHI: {id:0411395527}\n" +
    "Requested by: Dr {name:E. Summers} (bleep {phone:5563}), Acute Receiving Unit\n" +
    "Performed: {date:Sunday 9 June 2024} 02:17\n" +
    "History: Fall in the car park at {loc:Tesco Govan}, on apixaban, GCS 14.\n" +
    "Findings: 7 mm acute left convexity subdural haematoma, no midline shift. No skull fracture.\n" +
    "Conclusion: Acute SDH. Result phoned to Dr {name:Summers} at 02:40 and discussed with the on-call neurosurgical registrar at the {loc:INS}, " +
    "Dr {name:Tariq Al-Mansouri}, who advised reversal and repeat CT at 24 h.\n" +
    "{name:J. Fairbairn}, ST4 Radiology / Dr {name:C. Mennie}, Consultant, {loc:QEUH}"],
  ["report-uk", "MRI LUMBAR SPINE   {loc:Frimley Park Hospital}   {date:03/07/2024}\n" +
    "{name:ADEKUNLE-FROST, Kehinde}  {id:FPH5521937}  NHS {id:612 448 0195}\n" +
    "Ref: Dr {name:Bird}, {loc:Camberley Health Centre}\n" +
    "L4/5 broad-based disc protrusion with a left paracentral extrusion compressing the traversing left L5 root. Modic type 1 endplate change at L5/S1. Conus at L1, normal.\n" +
    "Dr {name:Wojciech Abara}, GMC {id:7203361}, {date:04/07/2024}"],
  ["report-uk", "Fluoroscopy: barium swallow on {loc:Fleming Ward} patient Mr {name:Horace Pennywhistle}, {age:90}. Moderate Zenker diverticulum, 2.5 cm. Aspiration into the laryngeal vestibule on the third swallow. " +
    "SALT ({name:Jodie}) present and will update the ward. Performed by {name:Abimbola Cole} (advanced practitioner) on {date:the 11th}."],
  // --- US reports --------------------------------------------------------------------------------
  ["report-us", "EXAM: CT ANGIOGRAPHY CHEST (PE PROTOCOL)\n" +
    "PATIENT: {name:DESROSIERS, LUCIEN M}   MRN: {id:40017723}   DOB: {date:04/17/1956}   ACC#: {id:CT-24-0918831}\n" +
    "ORDERING: {name:Halvorsen, Brita} PA-C   LOCATION: {loc:Mercy Hospital St. Louis} ED\n" +
    "DATE OF SERVICE: {date:6/5/2024} 13:58\n" +
    "CLINICAL INDICATION: SOB, tachycardia, recent TKA.\n" +
    "COMPARISON: CXR same day; outside CT {date:3/4/21} from {loc:Barnes-Jewish}.\n" +
    "FINDINGS: Saddle embolus extending into bilateral lobar and segmental arteries. RV/LV ratio 1.4 with septal bowing and reflux of contrast into the IVC and hepatic veins. " +
    "Hampton hump in the RLL. No Westermark sign.\n" +
    "IMPRESSION: Saddle PE with CT evidence of right heart strain.\n" +
    "CRITICAL RESULT: Discussed with {name:Brita Halvorsen}, PA-C, by telephone at 14:16 on {date:6/5/2024}, read-back confirmed.\n" +
    "Electronically signed: {name:Adaeze Oyelowo-Pratt}, MD   {date:06/05/2024} 14:21"],
  ["report-us", "BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS AND LEFT BREAST ULTRASOUND\n" +
    "{name:Park, Joy}  MRN {id:M0088412-3}  DOB {date:08/30/1971}\n" +
    "Referring: Dr. {name:Winston Rios}, {loc:Kaiser Permanente Oakland}\n" +
    "History: Palpable lump L breast 2:00 noted by patient in {date:April}. Mother with breast cancer at 52.\n" +
    "Findings: Scattered fibroglandular density. At the BB marker, L breast 2:00 5 cm FN, irregular hypoechoic mass 14 x 11 x 9 mm with angular margins and posterior shadowing. No axillary adenopathy.\n" +
    "Impression: BI-RADS 5. US-guided core biopsy scheduled {date:Thursday 6/13} at {loc:Berkeley Breast Imaging Center}.\n" +
    "Results given to the patient in person by {name:Lourdes Ibarra-Chen}, MD. Tech: {name:DW}."],
  ["report-us", "Prelim read by the resident, Dr. {name:Story}, at 0300; final by Dr. {name:Bishop}: no change. Spoke with the night float, Dr. {name:Hunter Mays}, pager {phone:33418}."],
  ["report-us", "VA {loc:PUGET SOUND} HCS RADIOLOGY REPORT\n" +
    "Patient: {name:ZUMWALT,DARNELL E}   Case #: {id:061324-2207}   Exam Date: {date:JUN 13, 2024}@11:05\n" +
    "Requesting Physician: {name:OKAFOR,CHINEDU}   Requesting Location: {loc:AMERICAN LAKE} PC CLINIC\n" +
    "Procedure: XR LUMBAR SPINE 2-3 VIEWS\n" +
    "Report: Grade 1 anterolisthesis of L4 on L5 with bilateral pars defects. Disc space narrowing L5-S1 with vacuum phenomenon. Flowing anterior osteophytes of the lower thoracic spine (DISH).\n" +
    "Impression: L4 spondylolysis with grade 1 spondylolisthesis.\n" +
    "Primary Interpreting Staff: {name:NAKASHIMA,ROSE}, Staff Radiologist"],
  // --- Australian reports ------------------------------------------------------------------------
  ["report-au", "{loc:I-MED Radiology} - {loc:Wollongong}\n" +
    "Patient: Mr {name:Tane Wiremu Ngata}   DOB: {date:19/01/1959}   Medicare: {id:2951 48371 2}\n" +
    "Ref. Dr: Dr {name:Sunita Raghunathan}, {loc:Corrimal Family Practice}, {loc:Shop 4, 212 Princes Hwy, Corrimal NSW 2518}\n" +
    "Examination: CT CORONARY ANGIOGRAM   Date: {date:11 June 2024}\n" +
    "Calcium score (Agatston) 412, 88th percentile for age and sex. Right dominant. 50-69% mixed plaque in the proximal LAD. Mild plaque in the RCA.\n" +
    "Conclusion: CAD-RADS 3/P3. Suggest functional testing.\n" +
    "Thank you for referring Mr {name:Ngata}. Reported by Dr {name:Lachlan Treloar}, FRANZCR.\n" +
    "Enquiries: {phone:(02) 5550 1187}"],
  ["report-au", "CT BRAIN/C-SPINE TRAUMA   {loc:RBWH}   UR {id:3318420}\n{name:FITZGERALD-NAPANANGKA, Shay}   {age:90y}\n" +
    "MVA near {loc:Caboolture} on {date:Sat} night.\n" +
    "Findings: Type II odontoid peg fracture (Anderson-D'Alonzo) with 3 mm posterior displacement. Background DISH. Brain: chronic small vessel change, no haemorrhage.\n" +
    "Findings conveyed to the ED registrar Dr {name:Mei-Ling Wu} at 01:55 by {name:Hamish Brodie}, radiology registrar (pager {phone:6612})."],
  // --- Irish reports -----------------------------------------------------------------------------
  ["report-ie", "{loc:BEAUMONT HOSPITAL}, {loc:DUBLIN 9} - RADIOLOGY DEPARTMENT\n" +
    "Name: {name:Ó Súilleabháin, Pádraig}   MRN: {id:1047735}   DOB: {date:03/05/1933}\n" +
    "Referred by: Dr {name:Nuala Breathnach}, {loc:St. Brigid's Ward}\n" +
    "Exam: XR PELVIS AND LEFT HIP   {date:22/05/2024}\n" +
    "History: {age:91yo}, fall in nursing home ({loc:Kilbarrack House}), shortened and externally rotated L leg.\n" +
    "Findings: Displaced intracapsular fracture of the left femoral neck (Garden IV). Shenton's line disrupted. Background osteopenia.\n" +
    "Conclusion: Garden IV NOF fracture. Orthopaedics aware.\n" +
    "Reported: Dr {name:Cormac Tierney}, IMC {id:402817}"],
  ["report-ie", "CT KUB {date:Wed 12/06} - {loc:CUH} ED. Pt {name:Declan Furlong}, MRN {id:00928314}. 6 mm calculus at the left VUJ with mild hydronephrosis and perinephric stranding; rim sign present. Discussed with the urology SpR, Dr {name:Aoife Ní Bhriain}, on ext {phone:22519}."],
  // --- Canadian reports --------------------------------------------------------------------------
  ["report-ca", "{loc:SUNNYBROOK HEALTH SCIENCES CENTRE} - MEDICAL IMAGING\n" +
    "Patient: {name:TREMBLAY-OKONKWO, Mathilde}   MRN: {id:S-2274019}   OHIP: {id:4827-319-605-KT}\n" +
    "DOB: {date:1948-09-02}   Exam date: {date:2024-06-18}\n" +
    "Ordering: Dr {name:Jean-François Bouchard}, {loc:Odette Cancer Centre}\n" +
    "MRI LIVER WITH GADOXETATE\nHistory: HCC surveillance, HBV cirrhosis. Prior CT {date:2023-12-07}.\n" +
    "Findings: 2.3 cm segment VIII observation with nonrim APHE, nonperipheral washout and enhancing capsule; hypointense in the hepatobiliary phase. Portal vein patent.\n" +
    "Impression: LR-5 observation, segment VIII. Recommend MCC discussion.\n" +
    "Dictated by: {name:Harpreet Sandhu-Lévesque}, MD FRCPC (CPSO {id:87213})"],
  ["report-ca", "Compared with the study of {date:March 3} at {loc:VGH} and the {date:Feb 14} film from {loc:Lions Gate}. The pneumothorax has resolved after removal of the chest tube. Findings relayed to Dr. {name:Beaulieu} on {loc:T6B} ({phone:604-555-0142})."],
  // --- critical results --------------------------------------------------------------------------
  ["critical-result", "Discussed with Dr {name:Okafor} (ext {phone:4471}) at 14:32 on {date:5 June}; she will arrange urgent admission to {loc:Ward 22} at {loc:St Elsewhere's}."],
  ["critical-result", "URGENT FINDING: new 38 mm pancreatic head mass with SMV abutment. Unable to reach the referring GP, Dr {name:Rajesh Fennimore}, at {loc:Bridge Street Surgery} ({phone:0115 496 0732}) by 17:30; " +
    "message left with the practice manager, {name:Carol}. Escalated to the acute oncology nurse {name:Siân Prowse}, bleep {phone:1190}, and added to the failsafe list for {date:Monday}."],
  ["critical-result", "Critical finding (tension pneumothorax) communicated by {name:Ivo Marchetti}, MD to {name:Ruthanne Goodnight}, RN, {loc:6 West} charge nurse, at 03:47 on {date:06/19/2024}; read-back performed. " +
    "Attending Dr. {name:Salazar} notified at 03:52 at {phone:(312) 555-0164}."],
  ["critical-result", "Findings discussed by phone with Dr {name:Kieran Bell} ({phone:0491 570 213}) at 11:20 on {date:Friday}: incidental 4.6 cm infrarenal AAA. Vascular referral to {loc:Flinders Medical Centre} advised."],
  ["critical-result", "Verbal report given to Dr {name:Head} (neurology SpR) and to Sister {name:Moira Gale} on {loc:Lister Unit} at 09:05: large left MCA territory infarct with hyperdense MCA sign. Thrombectomy window passed."],
  // --- addenda -----------------------------------------------------------------------------------
  ["addendum", "ADDENDUM {date:19/06/2024}: second opinion requested by Mr {name:Osei} (colorectal). On review with Dr {name:Marchbank}, the 'lesion' in segment IVb represents focal fatty sparing adjacent to the gallbladder fossa. No metastasis. " +
    "Revised report sent to {contact:colorectal.mdt@nevillhall-radiology.co.uk}."],
  ["addendum", "Addendum by {name:Stone, Marguerite A}, MD on {date:5/30/2024} 8:02 AM: the left adrenal nodule measures -4 HU on the noncontrast images (lipid-rich adenoma); no further imaging is needed. " +
    "Discussed with Dr. {name:Valentine}'s nurse {name:Kimberly} at {phone:(414) 555-0199}."],
  ["addendum", "ADDENDUM: Prior imaging from {loc:Foothills Medical Centre} ({date:Nov 2, 2023}) has now been received. The 7 mm RUL nodule is stable over 7 months; Fleischner follow-up at 12 months. - {name:D. Whitebear}, MD"],
  ["addendum", "ADDENDUM ({date:07/02/2024} 09:10): After review of the outside MRI of {date:6/28/24} from {loc:SimonMed Scottsdale} (accession {id:SMI-557102-A}), the 9 mm enhancing lesion at the left cerebellopontine angle is unchanged, " +
    "most consistent with a vestibular schwannoma. Dr. {name:Faith Okonjo-Barnes} notified via secure chat. - {name:Gregor Lindqvist}, MD"],
  // --- MDT and tumour-board outcomes ---------------------------------------------------------------
  ["mdt-outcome", "LUNG CANCER MDT OUTCOME - {loc:Royal Gwent Hospital}\nMeeting: Thursday lung MDT, {date:14/03/2024}\n" +
    "Present: Dr {name:A. Bhattacharjee} (chair, respiratory), Dr {name:R. Vaughan-Ellis} (radiology), a consultant histopathologist, Mr {name:Kwabena Asante} (thoracic surgery, {loc:Morriston}), " +
    "Dr {name:Lowri Pugh} (clinical oncology, {loc:Velindre}), {name:Ceri Rowlands} (lung CNS), the MDT coordinator\n\n" +
    "Patient: {name:Gwenllian Prytherch}   NHS {id:476 201 9935}   Hosp {id:G0938471}\n" +
    "Summary: 82F, PS 2, right hilar mass with subcarinal node and two liver lesions on CT {date:14/03}.\n" +
    "Outcome: Radiological stage IVA. For EBUS-TBNA of station 7 at {loc:UHW} (list {date:Tue 19/03}); liver biopsy if EBUS non-diagnostic. " +
    "For oncology clinic with Dr {name:Pugh} at {loc:Nevill Hall} once histology available. CNS {name:Ceri} to phone the daughter, {name:Eluned}, on {phone:07700 900417} with the outcome."],
  ["mdt-outcome", "Tumor Board {date:6/20} - Hepatobiliary\nCase 3: 67M, {name:Ezekiel Moon}, MRN {id:2290417}. Presented by Dr. {name:Farah Haddad} (IR). Hilar cholangiocarcinoma, Bismuth-Corlette IIIa, CA 19-9 388.\n" +
    "Recommendation: Refer to Dr. {name:Sebastian Crowe} at {loc:Johns Hopkins} for resection evaluation; right PVE first at {loc:GBMC} if FLR under 30%. Biliary drain exchange {date:next Tuesday} by IR."],
  ["mdt-outcome", "Head & Neck MDM, {loc:Royal Prince Alfred}, {date:12/6/24}\n" +
    "Attendees: A/Prof {name:Nikolaos Papadakis}, Dr {name:Yuki Tanabe}, Dr {name:Grace Okoro}, speech pathology, dietetics\n" +
    "Pt: {name:Colin Heffernan}, MRN {id:0441873} - T2N1 p16+ SCC right tonsil.\n" +
    "Outcome: Primary chemoradiation at {loc:Chris O'Brien Lifehouse}; dental assessment first; PEG discussion. Back to MDM after the restaging PET in {date:mid-September}."],
  ["mdt-outcome", "Breast MDM, {loc:SVUH}, {date:Thurs 30th May}. Patient {name:Orla Fennelly}, MRN {id:0093127}, referred from the {loc:Mater}. Left breast 2 o'clock 18 mm IDC grade 2, ER 8/8, HER2 negative; axillary US normal. " +
    "Outcome: WLE + SLNB with Ms {name:Kavanagh}; Oncotype DX on the excision. Patient informed by CNS {name:Bríd} on {date:31/5}."],
  ["mdt-outcome", "MCC (Multidisciplinary Cancer Conference), GU, {loc:Princess Margaret}, {date:June 11}\n" +
    "Patient {name:Rashid Qureshi}, 71, MRN {id:6681-22094}. mpMRI PI-RADS 5 lesion left PZ, Gleason 4+3 on biopsy ({date:May 2}), PSMA PET negative for nodal disease.\n" +
    "Consensus: offer radical prostatectomy (Dr {name:Tomasz Wierzbicki}) or EBRT + ADT (Dr {name:Amélie Gagnon}). The patient prefers {loc:Mississauga} for radiation."],
  ["mdt-outcome", "Sarcoma MDT: for referral to Dr {name:Morwenna Hext} at the {loc:Royal Orthopaedic Hospital}, {loc:Birmingham}; images pushed via IEP to {loc:ROH} on {date:17/06}. Clinic letter to Mr {name:Vine} (orthopaedics, {loc:Worcestershire Royal})."],
  ["mdt-outcome", "Neuro-oncology MDT, {date:Friday 7 June}: {name:Teodora Vasilescu}, 44. Right frontal non-enhancing lesion, T2-FLAIR mismatch sign positive, no restricted diffusion; likely IDH-mutant astrocytoma. " +
    "Outcome: awake craniotomy with Mr {name:Ashworth-Nkemelu} at the {loc:Walton Centre}; bed on {loc:Lipton Ward} requested."],
  // --- teaching cases and conference posts --------------------------------------------------------
  ["teaching-case", "Case of the week: this {age:94-year-old} retired miner from {loc:Merthyr Tydfil} presented with progressive breathlessness. HRCT shows progressive massive fibrosis in the upper lobes with eggshell calcification of the hilar nodes, classic coal workers' pneumoconiosis. " +
    "Thanks to my colleague Dr {name:Priya Raman} at {loc:Royal Gwent} for the images."],
  ["teaching-case", "Interesting one from {date:Tuesday}'s on-call: a 23-year-old who fell from scaffolding at the {loc:Hinkley Point} site. Lisfranc injury with fleck sign, missed on the initial films at {loc:Musgrove}. CT showed a homolateral pattern. " +
    "Reported by our ST2 {name:Ollie Chambers} - great spot!"],
  ["teaching-case", "Poster P-114: Pneumatosis intestinalis after checkpoint inhibitor therapy. A {age:91-year-old} man (Mr {name:E.H.}) from {loc:Aberystwyth} on pembrolizumab since {date:January 2023} presented with abdominal distension; CT showed extensive benign pneumatosis. " +
    "Authors: {name:S. Lloyd-Price} et al., {loc:Bronglais General Hospital}, {loc:Hywel Dda UHB}. Contact: {contact:s.lloydprice.rad@gmail.com}"],
  ["teaching-case", "Aunt Minnie of the month: Chilaiditi sign mimicking pneumoperitoneum. 58F, outside CXR from {loc:Sanford Fargo} ({date:4/11/24}) read as free air; she was flown to {loc:Mayo}. A decubitus film here showed haustra between the liver and the diaphragm. " +
    "Thanks to Dr. {name:Lindgren} for sending the case, and to {name:Marisol Vance}, our 3D lab tech."],
  ["teaching-case", "RSNA case submission. History: {age:96 y/o} woman, nursing home resident in {loc:Boca Raton}, abdominal distension. Coffee-bean sign on the radiograph and whirl sign on CT: sigmoid volvulus. " +
    "Endoscopic decompression on {date:12/2} by Dr. {name:Abernethy-Vo}. Submitted by {name:Cyrus Ghorbani}, PGY-4, {loc:Florida Atlantic University}. Note: key image 3 still shows accession {id:BR24-118203} in the corner."],
  ["teaching-case", "Grand rounds slide 12: Hill-Sachs and bony Bankart in a 19-year-old hurler from {loc:Thurles} injured in the county semi-final on {date:14 July}; CT 3D reconstruction from {loc:UHL} courtesy of Dr {name:Eimear Quirke}."],
  ["teaching-case", "Case post: Salter-Harris II of the distal radius in a 12-year-old from {loc:Ballarat}. Mum ({name:Kylie}) noticed the deformity after footy on {date:Saturday}. Missed at a GP practice in {loc:Sebastopol}; reduced at the {loc:Royal Children's}."],
  ["teaching-case", "Quiz answer: Bosniak IIF cyst. The patient (Mrs {name:D'Souza}, seen in our {loc:Kettering} clinic on {date:2nd April}) has been followed for 4 years without progression."],
  ["teaching-case", "Webinar case 6 - 'the wandering spleen'. {name:Lily}, 9, from {loc:Cheadle Hulme}, was scanned at {loc:RMCH} on {date:Christmas Eve} with torsion; splenopexy by Ms {name:Adeola Banjo}. Photo consent from her father, {name:Stephen Crake}, is on file."],
  // --- discussion comments and replies ------------------------------------------------------------
  ["discussion", "@{name:Tom} I think {name:Sarah}'s point about the 2019 scan is right - the nodule was already there."],
  ["discussion", "We saw the same thing in Mrs {name:Hughes} {date:last March}; it turned out to be sarcoid on EBUS."],
  ["discussion", "Agree with {name:Nnamdi}. The ADC is too bright for lymphoma. Could we get the outside DWI from {loc:Alliance Medical Preston}? {name:Gareth} in PACS says he can import it by {date:Wednesday}."],
  ["discussion", "Reply to Dr {name:Hope}: yes, it's the same patient I posted about on {date:the 3rd} - Mr {name:Ashby} from {loc:Bridgwater}, the one with the Zenker diverticulum. His wife {name:Pearl} rang the department again."],
  ["discussion", "Can whoever uploaded case 4 please crop it? The name {name:RAINBIRD, Summer} and DOB {date:02/02/1993} are burned into the scout."],
  ["discussion", "@{name:priya.r} ha, {name:Marcus} reported that one at {loc:Frimley} on his {date:Sunday} locum, not me. I'm only at {loc:Wexham} on Mondays and Tuesdays."],
  ["discussion", "Thanks all. Update for those who asked: the {age:93 yo} from {loc:Skegness} with the Pancoast tumour died peacefully on {loc:Tennyson Ward} on {date:Saturday}. Her family ({name:Joan} and {name:Derek}) thanked the team."],
  ["discussion", "Dr {name:Ikeda}, re your question: the outside report (from {loc:RadNet Tarzana}, read by {name:Lev Abramov-Reyes}) says 'no change' but it compared with the wrong study ({date:1/9/23} instead of {date:1/19/24})."],
  ["discussion", "+1. I'll add her to {date:next Thursday}'s list. {name:Winter}, can you bring the biopsy slides?"],
  ["discussion", "Could the registrar on tonight please vet the CT for bed 14 on {loc:Hazel Ward}? Mr {name:Baptiste}'s daughter is on {phone:07700 900862} if you need the history."],
  // --- image captions and series descriptions -----------------------------------------------------
  ["caption", "Axial T2, {date:3/4/21}, outside scan from {loc:Mayo}."],
  ["caption", "Fig 2. Coronal STIR ({loc:Spire Cardiff}, {date:Sept 2023}): marrow oedema in the medial femoral condyle."],
  ["caption", "Series 4 - AX DWI B1000 - {name:GOLDFINCH^ROSALIND} - {date:20240611} - ACC {id:7730018}"],
  ["caption", "Image 3: lateral C-spine from the {loc:Ninewells} trauma series, {date:17 Jan}, courtesy of {name:Fraser McAlpine}."],
  ["caption", "Key image (sag T1 post-gad) - PID {id:RX00482917} - {loc:Ysbyty Gwynedd} - {date:06.06.2024} 19:12"],
  // --- PACS and RIS lines -------------------------------------------------------------------------
  ["pacs", "{id:RGH2400319004} CT HEAD {name:JONES-ADEBAYO M} {date:14/03/24} 23:50 PRELIM: no acute intracranial abnormality. Final to follow ({name:RVE})."],
  ["pacs", "Worklist: {name:Bone, Harriet} | {id:N6630127} | XR L WRIST | Fracture Clinic B, {loc:Derriford} | {date:12-Jun-2024} 09:40 | Rep: {name:TNK}"],
  ["pacs", "RIS note: pt rang from {phone:0117 496 0558} to rebook her MRI; can't do {date:Fri 21st}, prefers {loc:Southmead} to {loc:Cossham}. - {name:Bev}"],
  ["pacs", "Outside images on CD from {loc:Medical Imaging Partnership, Gillingham}, labelled {name:Abubakar Sadiq} DOB {date:30.07.1967}; merged with local ID {id:D2190338} by {name:KW} today."],
  ["pacs", "Vetting: approved for CT colonography. Pt {name:Ignatius Field} needs Picolax; ring ext {phone:6231}. Booked {date:Thurs 27 June} 14:00 at {loc:Harefield}."],
  ["pacs", "Fax report to {phone:(585) 555-0193} attn Dr. {name:Wren}, {loc:Rochester Regional}."],
  ["pacs", "Trial {id:STUDY-UK-0931-117} ({loc:Christie} site): RECIST target lesions unchanged, SD. Randomised {date:03/01/2024}. Coordinator {name:Hollie Barraclough}, {contact:h.barraclough@christie-trials.org.uk}."],
  ["pacs", "PACS msg from Dr {name:Nguyen Thi Lan} ({loc:Westmead} ED): can you prioritise {name:Ahmad Nazari}, bay 12, CTPA? D-dimer 4.1. Thx. {date:Sun} 22:14"],
  ["pacs", "Report and images available at {url:https://portal.harbourside-imaging.com.au/s/QX7-4419-T} (PIN sent to Dr {name:Faulkner}'s mobile, {phone:0491 570 876})."],
];

/** Clean items: the same styles, no identifiers, as dense as the batch with what must not be flagged. */
export const DECISION_123_FIRST_CLEAN: string[] = [
  "Lisfranc ligament disruption with 3 mm diastasis between the base of the second metatarsal and the medial cuneiform. Fleck sign present. Weight-bearing views advised.",
  "Segond fracture with associated ACL tear; no reverse Segond. Hill-Sachs defect and bony Bankart on the shoulder study, glenoid bone loss about 1/5 of the inferior glenoid width.",
  "Salter-Harris II fracture of the distal radial physis, dorsally angulated 15 degrees. Weber B fibular fracture of the other ankle with medial clear space 6 mm.",
  "Barium swallow: Schatzki ring at the gastro-oesophageal junction narrowing the lumen to about 1/3. Small Zenker diverticulum through Killian's dehiscence. No Barrett's appearance.",
  "Bosniak IIF cyst in the interpolar left kidney with thin enhancing septa; follow-up at 6 and 12 months, then annually for 5 years per Bosniak v2019.",
  "Solid 7 mm nodule in the right lower lobe. Fleischner 2017: CT at 6-12 months. On the screening programme this is Lung-RADS 4A; three-month LDCT advised.",
  "BI-RADS 3: oval circumscribed 8 mm mass at 10 o'clock, 4 cm from the nipple, likely fibroadenoma. Short-interval ultrasound in 6 months.",
  "LI-RADS 5 observation of 24 mm in segment VI with nonrim APHE, washout and capsule. Background cirrhosis, splenomegaly 15 cm and a recanalised paraumbilical vein.",
  "Staging TNM T2N1M0 (AJCC 8th edition). Gleason 4+3=7, Grade Group 3. PSA density 0.21. PI-RADS 4 lesion at the right mid-gland peripheral zone.",
  "Fat attenuation of -82 Hounsfield units within the adrenal lesion confirms a myelolipoma. Relative washout 64%, absolute washout 71%.",
  "Kerley B lines, upper lobe diversion and small bilateral effusions: interstitial oedema. Cardiothoracic ratio 0.58.",
  "Chilaiditi sign: the hepatic flexure lies between the liver and the right hemidiaphragm, not pneumoperitoneum. Small volume free fluid in Morison's pouch and the pouch of Douglas.",
  "Tender at McBurney's point. Ultrasound: non-compressible appendix 9 mm with an appendicolith; Alvarado 7. For surgical review.",
  "MRI brain: ovoid T2/FLAIR lesions perpendicular to the ventricles (Dawson fingers), no restricted diffusion on DWI/ADC and no blooming on SWI. McDonald 2017 dissemination in space met.",
  "STIR hyperintensity at T12 with 30% height loss and no retropulsion. Kümmell disease less likely. Denis middle column intact.",
  "Disc extrusion at L4/5 compressing the traversing left L5 nerve root. C5-C6 uncovertebral hypertrophy with moderate left foraminal stenosis. Power 5/5 throughout; Hoffmann negative.",
  "Patient scanned at 02:15; excretory phase at 10 minutes. Contrast: 80 mL Omnipaque 300 at 3 mL/s via a 20G cannula in the right antecubital fossa.",
  "For discussion at the Thursday MDT. Please add to the weekly Monday meeting list if histology returns before then.",
  "The referring team requested an urgent scan; the reporting radiologist discussed it with the on-call registrar, who will inform the patient's GP.",
  "72-year-old man, ex-smoker since 2019, COPD GOLD 3. The prior chest CT in 2021 showed centrilobular and paraseptal emphysema.",
  "Cardiology, Respiratory Medicine, Interventional Radiology and Nuclear Medicine were represented. Outcome deferred pending PET-CT.",
  "Apixaban 5 mg bd held for 48 h before the biopsy; metformin withheld for 48 h after iodinated contrast given eGFR 28. Buscopan 20 mg IV for MR enterography.",
  "Crohn's disease: 15 cm of terminal ileal wall thickening with comb sign and fibrofatty proliferation; MaRIA score 14. No fistula to the sigmoid.",
  "Ruptured Baker's cyst tracking into the calf; no DVT on compression ultrasound. Popliteal artery of normal calibre.",
  "Colles fracture with 25 degrees of dorsal tilt and 3 mm radial shortening; Smith and Barton patterns excluded. Scapholunate interval normal, Terry Thomas sign absent.",
  "Monteggia fracture-dislocation: ulnar shaft fracture with anterior radial head dislocation. Galeazzi pattern excluded. Radiocapitellar line disrupted.",
  "Stanford A aortic dissection from the root to the left subclavian artery, DeBakey type II. Pericardial effusion 9 mm.",
  "Pancoast tumour at the right apex eroding the first rib and the T1 vertebral body. Horner syndrome reported clinically.",
  "Meckel scan (Tc-99m pertechnetate) positive at 30 minutes. No Ladd's bands; the duodenojejunal flexure lies left of the left pedicle at the level of L1.",
  "Klatskin tumour, Bismuth-Corlette IV. Courvoisier's law not applicable; gallbladder collapsed. Virchow's node not enlarged.",
  "Wilms tumour excluded; the lesion is a mesoblastic nephroma in this 2-month-old. Beckwith-Wiedemann surveillance ultrasound every 3 months until age 8.",
  "Legg-Calvé-Perthes disease of the right femoral head, Herring lateral pillar B. Crescent sign on the frog-leg lateral.",
  "Hoffa's fat pad oedema and Osgood-Schlatter changes at the tibial tubercle. No Sinding-Larsen-Johansson change.",
  "Pott's disease at T10-T11 with a paraspinal abscess extending 4 cm; spread via Batson's plexus considered. Start RIPE after CT-guided biopsy.",
  "Chiari I malformation with tonsillar ectopia 7 mm below the foramen magnum and a C4-T2 syrinx. Dandy-Walker excluded.",
  "Boerhaave syndrome: pneumomediastinum and left pleural effusion after vomiting; Gastrografin swallow shows a leak at the distal oesophagus.",
  "Paget's disease of the left hemipelvis with cortical thickening and coarsened trabeculae; no Looser zones. ALP 410.",
  "Rigler sign and football sign on the supine film: free air. Surgeons informed at 16:40.",
  "The Monday list usually has three CT-guided lung biopsies; Friday afternoons are kept for paediatric MRI under GA.",
  "Cyst contents measure 12 Hounsfield units with less than 10 HU enhancement: Bosniak I. No follow-up needed.",
  "CTDIvol 9.8 mGy, DLP 420 mGy.cm. Scan time 03:42. Radiographer comment: patient moved during the arterial phase.",
  "The stricture involves 3/4 of the circumference of the sigmoid colon over 6 cm, with shouldering (apple-core). CEA pending.",
  "Grade 3/6 systolic murmur noted by the referring team. AVA 0.8 cm2, mean gradient 46 mmHg. TAVI CT: annulus 24 x 21 mm, sinuses of Valsalva adequate.",
  "Cobb angle 38 degrees T6-T12, Risser 2, Lenke 1A curve. Scheuermann kyphosis excluded.",
  "Swyer-James pattern: hyperlucent left lung with air trapping on expiratory CT. Poland syndrome excluded clinically.",
  "Central dot sign favours Caroli disease over polycystic liver disease. MRCP on the next available list.",
  "Hashimoto thyroiditis: heterogeneous hypoechoic gland with pseudonodules; TI-RADS 3 nodule 14 mm in the right lobe. No FNA required.",
  "Lung MDT (Thursday 08:00, Seminar Room 2): six new cases, two for SABR, one for lobectomy, three for EBUS.",
  "Angle of Louis at T4/5; carina splayed at 95 degrees, consistent with left atrial enlargement.",
  "PET-CT: SUVmax 11.4 in the left lower lobe mass; Deauville 4 in the mediastinal nodes. No Krukenberg tumours.",
  "Patient is 89 and lives alone, mobilising with a frame. Consent for the biopsy obtained by the IR registrar.",
  "Follow-up CT in 3 months; if stable, annual imaging for 2 years. Hb 98, platelets 140, INR 1.1 before the drain.",
  "Aunt Minnie: ivory vertebra at L2 with preserved height. Differential lymphoma, sclerotic metastasis (prostate, breast) or Paget's.",
];

/** Decision 123's batch in corpus.json's shape, for score.ts. */
export function decision123Corpus(): Corpus {
  return { notes: DECISION_123_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_123_FIRST_CLEAN };
}
