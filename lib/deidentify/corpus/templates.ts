// Note templates for the labelled corpus, written for this project in the styles of real notes:
// nursing notes (some in capitals), radiology reports, clinic letters, MDT summaries and
// discharge summaries. Slots in braces are filled with surrogates by generate.ts:
// {P} patient's full name, {PF} first name, {PL} surname, {DR} clinician's surname, {DRF} clinician's
// full name, {R} a relative's first name, {DATE}, {PHONE}, {AGE}, {MRN}, {EMAIL}, {URL}, {TOWN},
// {HOSP}, {WARD}, {STREET}, {SIG} initials.

export interface Template {
  style: "nursing" | "nursing-caps" | "radiology" | "letter" | "mdt" | "discharge" | "synthetic";
  text: string;
}

const t = (style: Template["style"], text: string): Template => ({ style, text });

export const TEMPLATES: Template[] = [
  t("nursing", "Nursing progress note {DATE} 7p-7a. Neuro: A+Ox3, MAE. CV: NSR 70s, no ectopy. Resp: LS clear, sats 96% on 2L NC. Wife {R} in to visit, updated on plan. Dr. {DR} aware of K 3.3, repleted. {SIG}"),
  t("nursing", "Pt is a {AGE} woman admitted from {HOSP} with CHF exacerbation. Daughter {R} ({PHONE}) is HCP. Lasix 40 mg IV given with good UO. Will continue to monitor."),
  t("nursing", "{PF} had a comfortable night. Son {R} called at 2200 asking for update, will call back on {DATE}. Foley draining clear yellow urine. Plan per {DRF}."),
  t("nursing", "Events: pt transferred to {WARD} at 1400. Family meeting set for {DATE} with Dr {DR} and case manager. Husband {R} can be reached at {PHONE}."),
  t("nursing", "Resp: weaned to 40% FiO2. Skin: stage 2 sacral ulcer, dressing changed. Social: lives alone in {TOWN}, niece {R} visits weekly. Dispo: rehab at {HOSP} when bed available."),
  t("nursing-caps", "NURSING NOTE {DATE}. PT SEEN BY DR {DR}. WIFE {R} AT BEDSIDE. VSS, AFEBRILE. PLAN TO TRANSFER TO {HOSP} TOMORROW. {SIG}"),
  t("nursing-caps", "PT {P} IS A {AGE} MAN WITH HX OF CAD, S/P CABG. NEURO INTACT. FAMILY ({R}) CALLED, UPDATED BY DR {DR}. MRN {MRN}."),
  t("nursing-caps", "0300 PT AGITATED, PULLING AT LINES. HALDOL 2 MG IV GIVEN PER DR {DR}. SON {R} NOTIFIED AT {PHONE}. WILL CONT TO MONITOR."),
  t("radiology", "MRI LEFT FOOT. Clinical history: {AGE} runner, midfoot pain. Comparison: radiographs from {HOSP} dated {DATE}. Findings: marrow oedema in the second metatarsal shaft on STIR with a low T1 fracture line. Impression: stress fracture. Reported by Dr {DRF}, {DATE}."),
  t("radiology", "CT chest with contrast. Accession {MRN}. History: cough. Prior study {DATE} at {HOSP} is not available for comparison. No pulmonary embolus. Discussed with Dr. {DR} by telephone at 14:10 on {DATE}."),
  t("radiology", "MR knee (right). Requested by {DRF} ({PHONE}). Patient: {P}, MRN: {MRN}. Horizontal tear of the posterior horn of the medial meniscus. Small Baker's cyst."),
  t("radiology", "X-ray pelvis: displaced subcapital fracture of the left femoral neck, Garden IV. Patient {PL} was told of the result on {DATE}; results phoned to ward {WARD}."),
  t("letter", "Dear Dr {DR},\nThank you for referring {P}, a {AGE} lady from {TOWN}, whom I saw in clinic on {DATE}. She lives at {STREET} with her daughter {R}. I have requested an MRI of the lumbar spine.\nYours sincerely,\n{DRF}\nConsultant Rheumatologist, {HOSP}"),
  t("letter", "Re: {P}, DOB {DATE}, Hospital No {MRN}\nI reviewed Mr {PL} in the foot and ankle clinic. He can be contacted on {PHONE} or {EMAIL}. Plan: walker boot for 4 weeks and review.\n{DRF}"),
  t("letter", "Dear {PF},\nYour results from {DATE} are normal. If you have questions please ring my secretary on {PHONE}. Kind regards, Dr {DRF}, {HOSP}."),
  t("letter", "To whom it may concern: {P} has been under my care at {HOSP} since {DATE}. His wife {R} accompanies him to appointments. cc: Dr {DRF}, {TOWN} Family Practice."),
  t("mdt", "MSK MDT {DATE}. Present: Dr {DRF} (radiology), Mr {DR} (orthopaedics), {DRF} (pathology). Case: {P}, {AGE}, referred by {HOSP}. Biopsy confirms chondrosarcoma. Outcome: wide excision; patient to be told by Mr {DR} on {DATE}."),
  t("mdt", "Tumour board: {PF} {PL} was discussed. Imaging from {HOSP} reviewed. Plan for resection at {HOSP}. Contact daughter {R} on {PHONE} to arrange admission on {DATE}."),
  t("mdt", "MDT outcome for {P} (MRN {MRN}): chemotherapy then restaging MRI in 6 weeks. Coordinator: {DRF}, {EMAIL}."),
  t("discharge", "DISCHARGE SUMMARY\nName: {P}\nUnit No: {MRN}\nAdmission Date: {DATE}\nDischarge Date: {DATE}\nAttending: {DRF}\nHistory: {AGE} with fall at home in {TOWN}. Discharged to {HOSP} for rehabilitation. Follow up with Dr. {DR} on {DATE}."),
  t("discharge", "HISTORY OF PRESENT ILLNESS: {P} is a {AGE} female transferred from {HOSP} on {DATE} after a syncopal episode. She lives with her son {R} on {STREET}, {TOWN}. Her PCP is Dr. {DRF}."),
  t("discharge", "Patient was seen by {DRF} of cardiology who recommended amiodarone. Account #{MRN}. Contact info: {PHONE}. Family website {URL}."),
  t("synthetic", "{P} presented with ankle pain after a fall on {DATE}."),
  t("synthetic", "My name is {P} and I live at {STREET} in {TOWN}."),
  t("synthetic", "{PF} {PL} was born on {DATE} and was treated at {HOSP}."),
  t("synthetic", "Please send the report to {EMAIL} or call {PHONE}."),
  t("synthetic", "The patient, {P}, {AGE}, was admitted to {WARD} on {DATE}."),
  t("synthetic", "Her records (MRN {MRN}) were faxed to {HOSP} in {TOWN}."),
  t("synthetic", "Follow-up with {DRF} is booked for {DATE}; updates are posted at {URL}."),
  t("synthetic", "{PF} and her husband {R} {PL} moved from {TOWN} last year."),
  t("synthetic", "Seen today with {PF}'s mother {R}, who drove from {TOWN}."),
  t("synthetic", "{P} ({AGE}) tolerated the procedure well; spoke with {R} afterwards."),
];
