// Decision 122's batch: US outpatient and longitudinal records in the style of the public n2c2/i2b2
// 2014 de-identification corpus and of real clinic notes: primary-care visits under "Record date:"
// headers with far-future surrogate years, cardiology and endocrine follow-ups, oncology consults
// and pathology reports, ED notes, psychiatric evaluations with rich social histories (employers,
// schools, towns, churches, relatives), paediatric visits (parents, siblings, schools, daycares,
// pharmacies), obstetric visits, telephone encounters, and referral letters with letterheads,
// signature blocks, "cc:" lines and typists' initials. Surrogate names are of many origins and often
// rare, in every arrangement: first names alone, surnames after titles, initials with surnames,
// "LAST, FIRST", and names that are ordinary English words. Places include hospitals and their
// abbreviations, wards named after people, towns, counties, states, street addresses with ZIP codes,
// employers, schools, churches, pharmacies and nursing homes. Clean items are dense with eponyms used
// as diseases, signs, tests and devices, drug and brand names, scores, lab values, vertebral levels,
// MRI sequences, follow-up intervals, routine weekdays, bare years, unnamed relatives, ordinary words
// that are also names or towns, capitalised services, and ages under 90. Written for this project
// (CC0, see LICENSE.md): every name, number and date is invented and no real patient text was used;
// real hospital and town names appear only as places. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "pcp-visit"
  | "cardiology"
  | "endocrine"
  | "oncology"
  | "ed-note"
  | "psych-eval"
  | "peds-visit"
  | "ob-visit"
  | "telephone"
  | "referral-letter";

/**
 * The twenty-eighth batch (decision 122's), written before decision 122's rules.
 * First run, with every rule before it: 93.2% (345/370; name 98.7%, 152/154; location 80.0%, 76/95;
 * date 95.2%, 80/84; phone, id, age and contact 100%), precision 96.0%, 4 of 53 clean items flagged
 * ("Moro" reflex, "Denver II", "Deauville 2", "Epworth 16"). By style: primary care 94.7%,
 * cardiology 87.5%, endocrine 88.9%, oncology 97.1%, ED 93.1%, psychiatry 95.8%, paediatrics 94.3%,
 * obstetrics 91.7%, telephone 84.2%, referral letters 97.4%. Lower-cased 87.3%, in capitals 89.2%.
 * After decision 122's rules: 98.4% (364/370; location 94.7%), precision 99.0%, 1 of 53 ("Denver II").
 * Still missed: "at Baystate", "ENDOCRINOLOGY - Joslin", "Delivering at Women & Infants", "SVD May 14
 * at MVH", "Nephrology, Hallmark Health", "Next class 4/9".
 */
export const DECISION_122_FIRST: Array<[Style, string]> = [
  // --- primary care ----------------------------------------------------------------------------
  ["pcp-visit", "Record date: {date:2079-05-14}\n\n{loc:Mount Verity Hospital} Primary Care\nPatient: {name:CASTELLANOS-REYES, YOVANNI}   MRN: {id:8834107}\n\nS: Mr. {name:Castellanos-Reyes} is a 58 yo man with DM2, HTN and hyperlipidemia here for follow-up, last seen in the winter. He works overnight shifts as a forklift operator at a grocery warehouse and eats irregularly. His wife {name:Marisol} fills the pill box every Sunday.\nO: BP 138/84. A1c 7.8, down from 8.4.\nP: Metformin 1000 bid, add Jardiance 10 mg. RTC 3 months, labs before.\n\n{name:Ulrike Thistlewood}, MD\n{name:UT}/{name:mk}"],
  ["pcp-visit", "Record date: {date:2081-11-03}\n\nINTERNAL MEDICINE\n\nMs. {name:Oyelaran} returns for a BP check. She is a 67 yo retired city bus driver from {loc:Mattapan}. Home readings 140s/80s on amlodipine 10. She slipped on the ice on {date:10/29} outside her church, where she sings in the choir; no head strike. Her granddaughter drives her to appointments.\nExam: BP 148/86, P 72. Mild tenderness L wrist, snuffbox nontender.\nA/P: HTN - add chlorthalidone 12.5. Wrist sprain - ice, splint prn. Flu shot given.\n\n{name:Cosimo Abernathy}, MD"],
  ["pcp-visit", "Record date: {date:2080-02-19}\n\nPROBLEMS\nCOPD: FEV1 48%; on Trelegy. Pulmonologist is Dr. {name:Bird}.\nCAD: s/p LAD stent 2077.\nDepression: PHQ-9 6, stable on sertraline.\n\nSOCIAL: Lives with daughter {name:Hope} and her two boys in a second-floor walk-up in {loc:Haverhill}. Former welder. Quit smoking {date:Thanksgiving 2078}.\n\nHCP: daughter {name:Hope Drinkwater}, cell {phone:978-555-0112}."],
  ["pcp-visit", "Mr. {name:Fox} was seen {date:Tuesday} in walk-in clinic by {name:Sterling Mbeki-Lawson}, NP, for a URI; today's visit is his annual physical."],
  ["pcp-visit", "Record date: {date:2078-09-30}\n\nHome visit. {age:94 yo} woman at {loc:Marian Manor}; son {name:Rafferty Mulgrew} present. Hx dementia, CKD 3b, AF on Eliquis 2.5 bid (dose-reduced for age and Cr 1.6). Per nursing she was up most of the night on {date:the 27th}. No falls. Wt 51 kg.\nPlan: continue meds, BMP. Son will call with concerns.\n\n{name:Isadora Quennell}, NP"],
  ["pcp-visit", "Seen with her husband {name:Hunter}. She wants to discuss weight loss; BMI 38, interested in Wegovy. Insurance is {loc:Tufts Health Plan}, member ID {id:THP417730298}; prior auth sent. Returns {date:April 5}."],
  ["pcp-visit", "Seen with her son {name:Will}, who is her health care proxy. {name:Will} reports she has been eating less and lost 4 kg. Dr. {name:Price} (GI) plans EGD {date:12/9}. Visiting nurse {name:Dawn} comes twice a week."],
  ["pcp-visit", "Record date: {date:2080-10-17}\nCC: f/u gout. 63 yo fisherman who lives in {loc:Hope Valley, RI}. Three flares since {date:July 20}. Allopurinol titrated to 300; uric acid 6.4. Fills meds at {loc:Dave's Pharmacy}.\n{name:Ansgar Lindholm}, PA-C"],
  ["pcp-visit", "Pt moved from {loc:Reading} to {loc:Bath, ME} to be closer to her sister {name:Marigold}. Records requested."],
  ["pcp-visit", "New patient. 52 yo woman arrived from {loc:Port-au-Prince} in {date:August 2078}, now living with her cousin {name:Marie-Carmel} in {loc:Brockton}. Works as a CNA at a nursing home. Interpreter {name:Jean-Wesner Pierre-Louis} (Haitian Creole). PPD 14 mm, CXR clear; referred to the state TB clinic."],
  ["pcp-visit", "Patient: {name:QUIMBY-ADEYEMI, THEODORA R}\nAccount: {id:AC-0079-441822}\nAddress: {loc:77 Pleasant Street, Apt 2R, Gardner, MA 01440}\nHome phone: {phone:978-555-0117}\nInsurance: MassHealth, ID {id:100472991830}"],
  ["pcp-visit", "Record date: {date:2081-05-14}\n\nUrgent slot for cellulitis L shin. Redness since {date:12-May} after gardening; seen at urgent care on {date:Sat} and started on Keflex. Border marked today, receding. Afebrile.\n\n{name:Dagfinn Ostrowski-Bell}, MD"],
  ["pcp-visit", "Pt given login for the patient portal ({url:https://mychart.pinecrest-health.org}); her son {name:Ignatius} will manage it, email {contact:ignatius.pellegrew@outlook.com}. Next visit {date:Mon 9/18} with Dr. {name:Frost}."],
  ["pcp-visit", "Mrs. {name:Prudence Addison}, 45, has primary adrenal insufficiency (Addison disease) since {date:5/77}, diagnosed at {loc:Dartmouth-Hitchcock}. On hydrocortisone 15/5 and fludrocortisone 0.1. Emergency Solu-Cortef kit refilled at {loc:Walmart} in {loc:West Lebanon}."],
  ["pcp-visit", "Seen with her husband {name:Mark Tillinghast-Oduya}; she was last seen here on {date:the 3rd} and by Dr. {name:Grace} in Rheumatology on {date:Friday}."],

  // --- cardiology ------------------------------------------------------------------------------
  ["cardiology", "Record date: {date:2080-07-22}\n\nCARDIOLOGY FOLLOW-UP\n{loc:Pinecrest Community Hospital} Heart Center\n\nDear Dr. {name:Achterberg},\n\nI saw Mr. {name:Tadeusz Wroblewski} today for his ischemic cardiomyopathy. EF 30% on echo {date:06/30/80}, NYHA II, on Entresto 49/51 bid, carvedilol 12.5 bid, spironolactone 25, Jardiance 10. He had an ICD shock on {date:July 4th} at a cookout; interrogation showed appropriately treated VT. He drives for {loc:UPS} and we discussed the six-month driving restriction.\n\nSincerely,\n{name:Bartholomew Kinsella-Adeyemi}, MD\ncc: {name:Leopold Achterberg}, MD"],
  ["cardiology", "Transferred from {loc:PCH} to {loc:Ellison 12} on {date:2/11} for cath; RCA 90% lesion stented by Dr. {name:Sharp}. Back to {loc:PCH} {date:2/13}."],
  ["cardiology", "HOLTER REPORT\nName: {name:Dufresne-Kowalczyk, Marguerite}   Acc #: {id:H79-40821}\nHook-up: {date:03/02/2079} 10:14   Duration: 48 h\nReferring: Dr. {name:Evander Crutchfield}\nFindings: Sinus rhythm 52-131 bpm. Three runs of SVT, longest 9 beats. No pauses over 2 s. Palpitations logged at 22:10 correlate with sinus tachycardia.\nRead by: {name:K. Osei-Tutu}, MD"],
  ["cardiology", "Anticoagulation Clinic - {loc:Hartford Hospital}\n{date:14-May-2081}: INR 3.6 on warfarin 5 mg daily except 7.5 mg Mon/Fri. Spoke with pt's wife {name:Dorcas} at {phone:(860) 555-0184}; he ate extra greens at his nephew's wedding. Hold tonight, then resume. Recheck {date:5/21} at {loc:Quest}.\n{name:Philippa Gostelow}, PharmD"],
  ["cardiology", "Pre-op evaluation for R THA with Dr. {name:Gentle} at {loc:New England Baptist} on {date:10/03/2079}. RCRI 1. METs over 4: walks 2 miles daily. ECG NSR. OK to proceed; hold Eliquis 48 h prior.\n{name:M. Oyinlola-Strand}, MD"],
  ["cardiology", "TRANSTHORACIC ECHOCARDIOGRAM\n{loc:Rhode Island Hospital}\nName: {name:Pinheiro, Aldemar}   MRN: {id:RIH-2230917}   DOS: {date:01-Aug-2081}\nIndication: dyspnea. LVEF 55-60%. Moderate MR. RVSP 42 mmHg.\nSonographer: {name:G. Tallwood}, RDCS. Reading physician: {name:Henrike Oosterbaan}, MD"],
  ["cardiology", "Echo read by Dr. {name:Graves}; TSH 1.8, so no evidence of Graves disease. Seen in the {loc:Bigelow 8} clinic {date:Wednesday}."],

  // --- endocrine -------------------------------------------------------------------------------
  ["endocrine", "Record date: {date:2079-10-09}\n\nENDOCRINOLOGY - {loc:Joslin}\nRE: {name:Nguyen, Bao Trinh}; MRN {id:02917745}\n\n41 yo man with type 1 DM since age 9, on Omnipod 5 with Dexcom G7. TIR 62%, TBR 3%. He is a line cook and has lows during double shifts on Saturday nights. His former endocrinologist in {loc:Garden Grove, CA}, Dr. {name:Pham}, started the pump in 2074.\nPlan: lower basal 0200-0600, carb ratio 1:10 at dinner. Retinal exam due. F/u 3 months.\n\n{name:Zeynep Karakaya}, MD"],
  ["endocrine", "Ms. {name:Villaseñor} has Graves disease diagnosed in {date:August 2080} at {loc:Baystate}; she declined RAI because she cares for her grandson {name:Mateo}. TSH under 0.01, FT4 2.9 on methimazole 20. Next labs {date:11/18} at the lab. Dr. {name:Wise} (ophthalmology) following her eye disease."],
  ["endocrine", "{loc:Maine Medical Center} Endocrinology\nTel {phone:207-555-0150}\n\n{date:September 12, 2080}\n\n{name:Hamish Ruddock}, MD\n\nRe: {name:Kalani Akana}, DOB {date:3/9/2047}\n\nDear {name:Hamish},\n\nThank you for referring Mr. {name:Akana}, who has primary hyperparathyroidism (Ca 11.2, PTH 98). Sestamibi localises a left inferior adenoma, and I have referred him to Dr. {name:Moody} for minimally invasive parathyroidectomy.\n\nWarm regards,\n{name:Clementine Árnadóttir}, MD"],
  ["endocrine", "Diabetes education {date:Thursday 3/12}: pt and her husband {name:Mark} attended; Ozempic pen taught. She drives a school bus for the town and asked about CDL rules. Next class {date:4/9}.\n{name:Yolanda Etxeberria-Mokoena}, RD, CDE"],

  // --- oncology --------------------------------------------------------------------------------
  ["oncology", "Record date: {date:2081-01-26}\n\nHEMATOLOGY/ONCOLOGY CONSULTATION\n{loc:Dana-Farber}\n\nReferring: Dr. {name:Saoirse Vantongeren}\nReason: newly diagnosed stage IIIA NSCLC (adenocarcinoma, EGFR exon 19 deletion).\n\nHPI: 72 yo former roofer, 50 pack-years. CT chest on {date:12/28/80} showed a 4.1 cm RUL mass; EBUS on {date:1/9} at {loc:Brigham} confirmed N2 disease, accession {id:BW81-S-002261}.\n\nSocial: Married to {name:Dagny} for 44 years; they live in {loc:Hopedale}. Son {name:Erling} is a paramedic. Catholic.\n\nPlan: concurrent chemoradiation, then osimertinib. Tumor board {date:Thursday}.\n\n{name:Ngozi Iwuchukwu-Barnes}, MD"],
  ["oncology", "SURGICAL PATHOLOGY REPORT\nAccession: {id:S81-14472}   Received: {date:06/11/2081}\nPatient: {name:BIRNBAUM, SHOSHANA}   MRN: {id:5529-0418}\nSubmitting physician: {name:L. Castonguay}, MD\nSpecimen: Left breast, US-guided core biopsy, 2:00, 4 cm FN.\nDiagnosis: Invasive ductal carcinoma, Nottingham grade 2. ER 95%, PR 80%, HER2 1+ (negative).\nPathologist: {name:Aurelio Benvenuti}, MD   Signed {date:06/13/2081}"],
  ["oncology", "Family meeting {date:3/30} in the {loc:Lunder 9} conference room with pt, wife {name:Jovita}, two daughters, and palliative care (Dr. {name:Love}). Pt wishes to go home with {loc:Merrimack Valley Hospice}. Code status changed to DNR/DNI."],
  ["oncology", "Paged by infusion RN {name:Tamsin} (pager #{phone:41873}) re: rigors during rituximab. Infusion stopped, Benadryl and Solu-Medrol given. Dr. {name:Osterhaus} aware; rechallenge at half rate."],
  ["oncology", "Genetic counseling: pt's mother {name:Rivka} died of ovarian ca at 52; maternal aunt {name:Malka Feinstein} (breast ca at 44) lives out of state. BRCA panel sent to {loc:Myriad}. Results call {date:2/22}."],
  ["oncology", "cc: Dr. {name:Yevgenia Sokolova-Brandt}, Medical Oncology\n    Dr. {name:Priya Venkataraghavan}, Radiation Oncology\n    Mr. {name:Cuthbert Ogunleye}, {loc:18 Varnum Avenue, Lowell, MA 01854}"],

  // --- emergency department --------------------------------------------------------------------
  ["ed-note", "ED NOTE   {loc:MVH} Emergency Department   {date:08/19/79} 23:41\nCC: chest pain\nHPI: 46 yo M brought by EMS after collapsing at the {loc:Westgate Mall}. Girlfriend {name:Latisha} witnessed; no seizure activity.\nECG: STE II, III, aVF. Cath lab activated 23:50, Dr. {name:Ivanova-Heath} on call.\nDispo: cath lab, then CCU."],
  ["ed-note", "Pt is a {age:97-year-old} woman from {loc:Sunny Acres Nursing Home} sent in for lethargy. NH nurse reports poor PO intake since {date:Friday}. Na 158, BUN 64, Cr 2.1. POA is her nephew {name:Gideon Ashdown}, {phone:413-555-0129}; confirms DNR."],
  ["ed-note", "EMS: restrained driver, MVC on the highway at about 60 mph, extricated by the fire department. GCS 14. Trauma alert 02:14. Driving home from his shift at {loc:Raytheon} in {loc:Andover}. Mother {name:Eleni Papadakis} notified by Officer {name:Dunleavy}."],
  ["ed-note", "Section 12 signed by Dr. {name:Cook} at 04:10. To {loc:Arbour-HRI} once a bed is available; ED social worker {name:Mwajuma Kiptoo} faxed the packet to {phone:617-555-0172}."],
  ["ed-note", "ED ATTENDING NOTE\nSEEN AND EXAMINED WITH RESIDENT DR. {name:QUINTERO-BLACKWOOD}. {age:92 YO} M FROM {loc:HEBREW REHABILITATION CENTER} WITH FEVER, HYPOTENSION. LACTATE 4.2. 30 CC/KG GIVEN. BCX X2, VANC/ZOSYN. ADMIT MICU, {loc:FARR 10}. SON {name:AMOS} AT BEDSIDE, UPDATED.\n{name:R. ADEBAYO-KLEIN}, MD"],
  ["ed-note", "2 yo brought by grandfather Mr. {name:Abernathy} after swallowing a button battery at home in {loc:Shrewsbury}. Xray: round FB in esophagus with halo sign. Transferred by air to {loc:Boston Children's}, accepted by GI fellow Dr. {name:Oyelowo-Fairbanks} {date:06/04} 16:32."],

  // --- psychiatry ------------------------------------------------------------------------------
  ["psych-eval", "Record date: {date:2080-06-03}\n\nPSYCHIATRIC EVALUATION - {loc:McLean}\n\nID: Ms. {name:Octavia Pennywhistle} is a 34 yo single woman referred by her therapist {name:Saul Ebersole}, LICSW, for worsening depression with passive SI.\n\nSOCIAL HISTORY: Born in {loc:Kingston, Jamaica}; moved to the US at 11. Graduated from {loc:Boston Latin Academy}. Paralegal at {loc:Foley Hoag}. Lives with her partner {name:Desmond}. Mother {name:Winsome} lives nearby; father died {date:Christmas Eve 2071}. Attends {loc:Twelfth Baptist Church}. Older brother {name:Clive} is incarcerated.\n\nPHQ-9 19. Plan: sertraline 50, refer to partial program, safety plan reviewed.\n\n{name:Rutger Blankenship}, MD"],
  ["psych-eval", "Med management. Mr. {name:Ellerbee} rates mood 6/10. Stopped Seroquel last Tuesday because of weight gain. Back at work at {loc:Electric Boat} since {date:March 2}. Wife {name:Charmaine} says he is more like himself. GAD-7 9. Continue therapy with Ms. {name:Abernethy-Coyle}."],
  ["psych-eval", "SUBSTANCE USE: First drink at 14 in {loc:Holyoke}. DUI {date:11/2076}. Detox at {loc:Baystate Franklin}, then a 28-day residential program. Sponsor {name:Rocco}, whom he met at the Tuesday night meeting at {loc:Holy Name Parish} hall. Sober since {date:Labor Day 2078}."],
  ["psych-eval", "Collateral from mother, {name:Farida Al-Khatib}: {name:Yusuf} has refused to go to {loc:Revere High School} since {date:October 14}. School adjustment counselor Mr. {name:Gallagher} ({phone:781-555-0166 ext 214}) reports bullying on the bus. Pediatrician Dr. {name:Summer} started fluoxetine 10 mg."],
  ["psych-eval", "{age:91 yo} retired schoolteacher ({loc:Newton North}, 38 years) with progressive memory loss, MoCA 17/30. Lives alone in {loc:Auburndale}; daughter {name:Priscilla Wakefield-Oduya} visits daily. A neighbor found her wandering outside on {date:the 9th}."],
  ["psych-eval", "Collateral from probation officer {name:Rhiannon Delacroix-Tembo}, {loc:Hampden County} Probation, {phone:413-555-0176}. Arrested {date:9/14/78}; court date {date:November 2nd}."],
  ["psych-eval", "Army 2061-2069 including a deployment to {loc:Kandahar}. Followed at the {loc:VA Boston} {loc:Jamaica Plain} campus by Dr. {name:Hartigan}. Lives with his brother {name:Cormac} in {loc:Quincy}; part-time at a hardware store. Attends {loc:St. Ann's}."],

  // --- paediatrics -----------------------------------------------------------------------------
  ["peds-visit", "Record date: {date:2079-08-26}\n\n4-YEAR WELL CHILD\n{name:Keoni Kahananui-Ruiz} is here with mom {name:Leilani} and baby sister. Attends {loc:Little Sprouts} daycare; starts pre-K at {loc:Brooks Elementary} on {date:9/3}. Growth 50th %ile. Vision 20/30 OU, hearing pass. DTaP, IPV, MMR, varicella given.\n\n{name:Marisol Etxeberria}, MD\n{name:ME}/{name:jt}"],
  ["peds-visit", "8 mo with fever x3 days, Tmax 103.2. Brought by dad {name:Thanh} and grandmother. Older brother {name:Minh-Quan} had strep at daycare last week. Pharmacy: {loc:CVS} on {loc:Route 9}. Recheck with Dr. {name:Young} {date:Friday}."],
  ["peds-visit", "NEWBORN VISIT, 3 days old. Born {date:1/17/80} at {loc:Mount Auburn} to a 29 yo G2P2, {name:Anneliese Fjeldstad}; father {name:Olumide Bankole-Fjeldstad}. Bili 11.8 at 72 h, below light level. Weight down 6%. Lactation visit arranged. Return {date:1/22}."],
  ["peds-visit", "Camp form completed for {name:Ines Wojcik-Oduro}, DOB {date:05/06/2068}, for {loc:Camp Tanglewood Pines}. Peanut allergy (EpiPen Jr x2). Flovent 44 2 puffs bid. Mother's cell {phone:(508) 555-0104}, email {contact:kasia.wojcik77@gmail.com}."],
  ["peds-visit", "{name:Sterling} is a 9 yo in 3rd grade at {loc:St. Casimir School} in {loc:Worcester}. Teacher Mrs. {name:Hollowell} returned the Vanderbilt: inattentive 7/9, hyperactive 5/9. Focalin XR 5 mg started {date:11/6}. Parents report better homework completion."],
  ["peds-visit", "Confidential (mother stepped out): 16 yo, sexually active with boyfriend {name:Javon}, inconsistent condom use. Attends {loc:Madison Park}; works at {loc:Chipotle} on {loc:Tremont St}. Declined Nexplanon, started OCPs. Cell {phone:857-555-0153} for results only."],

  // --- obstetrics ------------------------------------------------------------------------------
  ["ob-visit", "Record date: {date:2080-04-11}\n\nPRENATAL VISIT 28w2d\n{name:Wilhelmina Sotomayor-Baptiste}, G3P1011, EDD {date:06/25/80}. GCT 152, 3 h GTT booked. Rh negative, RhoGAM today. FH 29 cm, FHR 140s. Works at {loc:Hasbro}; leave from {date:June 1}. Partner {name:Jerome} present. Delivering at {loc:Women & Infants}.\n\n{name:Isolde Marchetti}, CNM"],
  ["ob-visit", "L&D triage {date:12/02} 03:20. 37 yo G4P3 at 36w5d with decreased FM. NST reactive. Dr. {name:Baker} notified. Lives in {loc:Fall River}; usual OB at {loc:Charlton Memorial}."],
  ["ob-visit", "6-week postpartum visit. SVD {date:May 14} at {loc:MVH}; 3rd-degree laceration repaired by Dr. {name:Thornbury-Asante}. EPDS 14, referred to perinatal psychiatry (Dr. {name:Lachapelle}). Baby is followed at {loc:Codman Square Health Center}. Nexplanon placed."],
  ["ob-visit", "{loc:Tufts Medical Center} Maternal-Fetal Medicine\n{date:2079-12-04}\nDear Dr. {name:Strong},\nWe saw Ms. {name:Abebech Tesfaye-Lindqvist} at 20 weeks. Isolated echogenic intracardiac focus; cfDNA low risk; no further testing. She will deliver at {loc:Melrose-Wakefield}.\n{name:Cassius Oduya}, MD\n{contact:coduya@tuftsmedicine.org}"],

  // --- telephone encounters --------------------------------------------------------------------
  ["telephone", "TELEPHONE ENCOUNTER {date:05/16/79} 14:05\nCaller: {name:Beatriz}, daughter\nCallback: {phone:774-555-0181}\nReason: BS 42 this AM, given juice, now 118. Glipizide reduced to 2.5 mg per Dr. {name:Hill}. Daughter will pick up the new Rx at {loc:Rite Aid}.\n{name:Agnieszka Rudnicka}, RN"],
  ["telephone", "Tel enc: pt called from the {loc:Cape Cod Hospital} ED, seen for syncope while vacationing in {loc:Wellfleet}. ED attending Dr. {name:Penhallow} ({phone:508-555-0127}) requests records; faxed. Cardiology appt {date:7/30}."],
  ["telephone", "Refill request: Xarelto 20 mg #90. Last visit {date:2/4/81}. Sent to {loc:Express Scripts} mail order. Pt's wife {name:Oona} aware.\n-{name:dw}"],
  ["telephone", "Patient Gateway message from {name:Leontyne Baptiste-Okafor}: 'My sugar was 310 last night after my grandson's party. Should I take extra Lantus?' Reply sent by {name:Wren Ashby}, RN, CDE. Labs at the {loc:Dedham} site {date:Wed 6/8}."],

  // --- letters ---------------------------------------------------------------------------------
  ["referral-letter", "{loc:Hillcrest Orthopaedics}\n{loc:450 Lincoln Street, Suite 210, Worcester, MA 01605}\nPhone {phone:508-555-0190}\n\n{date:March 19, 2081}\n\nDr. {name:Thaddeus Quimby}\n\nRE: {name:Evangelina Szczepanski}   DOB: {date:11/30/1952}\n\nDear Dr. {name:Quimby},\n\nI saw Mrs. {name:Szczepanski} for right knee pain. X-rays show Kellgren-Lawrence grade 4 changes. She wants to dance at her granddaughter's wedding on {date:June 7}, and we will proceed with TKA on {date:April 28}.\n\nSincerely,\n\n{name:Beatrix Holloway-Nkemelu}, MD\nBoard Certified, Orthopaedic Surgery\n\ncc: {name:Thaddeus Quimby}, MD\n      Patient\n{name:BHN}/{name:ka}"],
  ["referral-letter", "To whom it may concern:\n\nMr. {name:Demetrius Achebe-Collins} (DOB {date:4/2/1979}) has been under my care at this health center since 2074. He was unable to work for seven weeks because of an L4-L5 disc herniation requiring microdiscectomy on {date:1/19/81} at {loc:Boston Medical Center}. He may return to his job at {loc:Dunkin'} without restrictions.\n\n{name:Marguerite Ngata}, MD\n{loc:637 Washington Street, Dorchester, MA 02124}\n{phone:617-555-0138}"],
  ["referral-letter", "{name:OSWIN P. VANDERHOEK}, M.D.\nDictated: {date:07/09/80}\nTranscribed: {date:07/11/80}\nJob #: {id:558192}\nDoc ID: {id:RN-80-334471}\ncc: {name:H. Fairweather-Obi}, MD"],
  ["referral-letter", "Dear Dr. {name:Bishop},\n\nThank you for asking me to see {name:Ebenezer Quarshie}, a {age:93-year-old} retired tailor who now lives with his granddaughter {name:Abena} in {loc:Malden}. He has stage 4 CKD (eGFR 22) and declines dialysis. I will see him again at our satellite office on {date:the 21st}.\n\nWith kind regards,\n{name:Siddharth Raghunathan-Vale}, MD\nNephrology, {loc:Hallmark Health}\n{phone:781-555-0143}"],
];

/** Clean items: the same styles, no identifiers, as dense as the batch with what must not be flagged. */
export const DECISION_122_FIRST_CLEAN: string[] = [
  "Hashimoto thyroiditis, TPO Ab 412. Levothyroxine 88 mcg daily, TSH 2.1. Follow up in 3 months with repeat TFTs.",
  "Graves disease in remission after 18 months of methimazole; TRAb negative. No proptosis, lid lag absent.",
  "Cushingoid features absent. 1 mg dexamethasone suppression test: AM cortisol 1.2. Late-night salivary cortisol normal x2.",
  "Crohn's disease of the terminal ileum on Stelara 90 mg every 8 weeks; calprotectin 48. Colonoscopy due in 2082.",
  "Barrett esophagus without dysplasia on the 2079 EGD; repeat surveillance in 3-5 years. Continue omeprazole 20 mg daily.",
  "Bell's palsy, right, House-Brackmann grade III. Prednisone 60 mg x5 days then taper; valacyclovir 1 g tid x7 days. Eye patch at night.",
  "Neuro: Babinski downgoing bilaterally. Romberg negative. Tandem gait steady. Reflexes 2+ and symmetric.",
  "Phalen and Tinel positive at the right wrist; EMG shows moderate median neuropathy. Wrist splint at night; Hand Surgery referral.",
  "Foley removed POD 2, voiding. Swan-Ganz discontinued. Denver shunt patent per IR.",
  "Holter: sinus rhythm, 2% PVC burden, no pauses. Return to Cardiology in 6 months.",
  "Meds: Januvia 100 mg daily, Jardiance 25 mg daily, Lantus 28 units qhs, Eliquis 5 mg bid, Keppra 500 mg bid. Xarelto stopped.",
  "PHQ-9 14, GAD-7 11. MoCA 24/30 (missed delayed recall x3 and the cube). C-SSRS negative. Discussed therapy options.",
  "CHA2DS2-VASc 3 (HTN, DM, age 68). HAS-BLED 1. Continue apixaban. TTE: LVEF 60%, mild LAE.",
  "MRI L-spine: L4-L5 broad-based disc bulge with moderate foraminal narrowing; C5-C6 not imaged. T2 and STIR hyperintensity at the L5 endplate; DWI not obtained; T1 marrow signal normal.",
  "Dialysis Monday/Wednesday/Friday via left arm fistula; dry weight 78.5 kg. Sevelamer with meals.",
  "Her daughter will bring the medication list next visit. His wife manages the insulin. Lives with son and daughter-in-law.",
  "Reading glasses only. She enjoys reading and knitting and takes a warm bath each evening for her back.",
  "Grace period on her insurance ends soon; Social Work to help with reapplication. She is hopeful and says she will march on.",
  "May consider stopping aspirin if the bleeding recurs. Mark the margins of erythema with a skin marker; may return sooner if spreading.",
  "Emergency Department course: seen by Cardiology and Social Work; Nutrition consulted. Discharged home with a Physical Therapy referral.",
  "72 yo man. Mother 84, alive with dementia; father died at 89 of MI. Two brothers, one with DM2.",
  "Smoked from 1998 until 2019. Colonoscopy 2076 normal. Shingrix series completed in 2078.",
  "Follow up in 3 months. Labs 1 week prior: CMP, lipid panel, A1c, urine microalbumin. Dilated eye exam yearly.",
  "BP 132/78, HR 64, T 98.4, RR 14, SpO2 97% RA. Wt 82.1 kg (down 1.4 kg). BMI 29.3.",
  "Na 138, K 4.6, Cl 101, CO2 24, BUN 22, Cr 1.3, eGFR 54, Glu 141, Ca 9.4, Alb 3.9. A1c 7.2%. LDL 88.",
  "G2P1001 at 32w4d. FH 32 cm, FHR 148. Leopold maneuvers: vertex. Braxton Hicks contractions, no cervical change. Kick counts reviewed.",
  "Apgars 8 and 9. Ballard 39 weeks. Moro, rooting and suck intact. Ortolani and Barlow negative. Hep B vaccine given.",
  "Denver II: passes all domains. M-CHAT-R low risk. Tanner 1. Snellen 20/25 OU.",
  "Rule of nines: 9% TBSA partial thickness. Parkland formula used. Silvadene to burns; tetanus up to date.",
  "GCS 15. Canadian CT head rule negative; NEXUS criteria met, C-spine cleared clinically.",
  "Wells score 1.5, D-dimer under 0.5. Homans sign not elicited. PERC negative. No imaging needed.",
  "Parkinson disease, Hoehn and Yahr stage 2. Carbidopa-levodopa 25/100 tid. Lewy body dementia not suspected.",
  "Raynaud phenomenon and Sjogren syndrome (SSA positive). Schirmer test 4 mm. Hydroxychloroquine 200 mg bid.",
  "Wolff-Parkinson-White on ECG: short PR, delta wave. EP referral for ablation; avoid AV nodal blockers.",
  "Alzheimer dementia, moderate, MMSE 18/30. Donepezil 10 mg, memantine 10 mg bid. Caregiver support group information given.",
  "Tanner stage 4. Osgood-Schlatter at the left tibial tubercle. Ice after practice; back to soccer as tolerated.",
  "Guillain-Barre ruled out: CSF protein normal, NIF -60. Lumbar puncture at L3-L4 without complication.",
  "Stage IIB Hodgkin lymphoma, ABVD cycle 4 of 6. Interim PET Deauville 2. Neulasta on-body injector applied.",
  "Whipple procedure in 2078 for pancreatic adenocarcinoma; CA 19-9 now 22. Creon 36,000 units with meals.",
  "Pt states 'I hope to be home by spring.' Husband will help with dressing changes. Home PT twice weekly.",
  "Brown-Sequard pattern not present. Hoffmann sign negative. Spurling negative. Lhermitte absent.",
  "CIWA 6 at 08:00. Thiamine 100 mg, folate 1 mg, MVI daily. AUDIT-C 9. Naltrexone discussed; LFTs normal.",
  "Lokelma 10 g x1, repeat K 5.1. Bumex 1 mg bid. Dialysis not indicated.",
  "Pap NILM, HPV negative. Mammogram BI-RADS 2. DEXA T-score -2.1 at the femoral neck. FRAX 14%/2.1%.",
  "Epworth 16, STOP-BANG 6. Sleep study AHI 34. CPAP 10 cm H2O on a ResMed AirSense; use 6.2 h/night.",
  "Tdap, PCV20 and high-dose flu vaccine given today; Shingrix #2 due in 2 months. RSV vaccine discussed.",
  "Triage ESI 3, abdominal pain. McBurney point tenderness, Rovsing and psoas signs positive. Alvarado score 8.",
  "Mallory-Weiss tear on EGD; no varices. Pantoprazole 40 mg IV bid. Glasgow-Blatchford 6.",
  "Family history: father 88, living, CAD; mother died at 86 of stroke; sister 61, breast cancer at 55.",
  "She asked whether she may march in the parade with her walker; advised yes, with rest breaks. Will recheck the hip next visit.",
  "Oncology, Radiation Oncology, Palliative Care and Nutrition Services to see her in the Infusion Center. Chaplaincy on request.",
  "Mini-Cog 3/5. Timed Up and Go 14 s. Berg Balance 44/56. High fall risk; PT referral placed.",
  "Lipids: TC 212, LDL 138, HDL 42, TG 160. ASCVD 10-year risk 12.4%. Start atorvastatin 40 mg; recheck in 6-8 weeks.",
];

/** Decision 122's batch in corpus.json's shape, for score.ts. */
export function decision122Corpus(): Corpus {
  return { notes: DECISION_122_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_122_FIRST_CLEAN };
}
