import { describe, it, expect } from "vitest";
import {
  AGE_BANDS,
  ageBand,
  findIdentifiers,
  isValidAgeBand,
  scanFields,
  type IdentifierFinding,
  type IdentifierKind,
} from "./guard";

/** Findings must be sorted, non-overlapping, and `text` must match the offsets. */
function expectWellFormed(text: string, findings: IdentifierFinding[]) {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.message.length).toBeGreaterThan(0);
    if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  }
}

// [text, expected kind, the identifier substring that must be fully covered]
const POSITIVES: Array<[string, IdentifierKind, string]> = [
  // names
  ["Mr John Smith attended clinic", "name", "John Smith"],
  ["Seen with Mrs. Jones today", "name", "Jones"],
  ["Referred by Dr. A. Patel", "name", "A. Patel"],
  ["Referred by Dr A Patel for review", "name", "A Patel"],
  ["Ms O'Brien reports pain", "name", "O'Brien"],
  ["Miss Jane Doe, 24, presented", "name", "Jane Doe"],
  ["Mx Taylor was reviewed", "name", "Taylor"],
  ["Discussed with Prof Whitfield-Hughes", "name", "Whitfield-Hughes"],
  ["Mr McDonald had a fall", "name", "McDonald"],
  ["Patient name: Alice Brown", "name", "Alice Brown"],
  ["Name: John Smith", "name", "John Smith"],
  ["NAME: SMITH, John", "name", "SMITH, John"],
  ["Surname = Okonkwo", "name", "Okonkwo"],
  ["Mrs José Álvarez", "name", "José Álvarez"],
  ["Mrs Bloggs' daughter phoned", "name", "Bloggs"],
  // record numbers
  ["MRN 12345678", "mrn", "12345678"],
  ["MRN: 4455", "mrn", "4455"],
  ["mrn#00123456 noted", "mrn", "00123456"],
  ["Hospital number 0987654", "mrn", "0987654"],
  ["NHS number 943 476 5919", "mrn", "943 476 5919"],
  ["Ref 943 476 5919 on the request", "mrn", "943 476 5919"],
  ["ID on wristband AB1234567", "mrn", "AB1234567"],
  ["Accession number: RX-88812345", "mrn", "RX-88812345"],
  ["Records under 4412345678.", "mrn", "4412345678"],
  ["patient id: 77881", "mrn", "77881"],
  // dates
  ["Seen on 12/03/1975", "date", "12/03/1975"],
  ["Seen on 12-03-1975", "date", "12-03-1975"],
  ["Scan dated 1975-03-12", "date", "1975-03-12"],
  ["Admitted 12 March 1975", "date", "12 March 1975"],
  ["Admitted March 12, 1975", "date", "March 12, 1975"],
  ["DOB 1/2/80", "date", "1/2/80"],
  ["born on 3 Jan 1980", "date", "3 Jan 1980"],
  ["She was born in 1975 in Leeds", "date", "1975"],
  ["Date of birth: 04.11.1962", "date", "04.11.1962"],
  ["Operated on 1st of Sept 2021", "date", "1st of Sept 2021"],
  ["Presented on 12 March with pain", "date", "12 March"],
  // phone numbers
  ["Call +44 20 7946 0958 for results", "phone", "+44 20 7946 0958"],
  ["Tel (555) 123-4567", "phone", "(555) 123-4567"],
  ["Mobile 555-123-4567", "phone", "555-123-4567"],
  ["Daughter on 07700 900123", "phone", "07700 900123"],
  ["Ward phone 020 7946 0958", "phone", "020 7946 0958"],
  ["Call 1-800-555-0199 after hours", "phone", "1-800-555-0199"],
  // email and links
  ["Email j.smith@example.com with queries", "email", "j.smith@example.com"],
  ["Contact: jane_doe+clinic@nhs.net.", "email", "jane_doe+clinic@nhs.net"],
  ["Images at https://pacs.example.org/view?patientId=991234", "url", "https://pacs.example.org/view?patientId=991234"],
  // addresses and postcodes
  ["Lives at 12 Baker Street", "address", "12 Baker Street"],
  ["Lives at 221B Baker St", "address", "221B Baker St"],
  ["Lives at 45 Elm Road", "address", "45 Elm Road"],
  ["Address: Flat 3, 10 High Street", "address", "Flat 3, 10 High Street"],
  ["Moved to 7 St John's Close last year", "address", "7 St John's Close"],
  ["Lives at 45 Elm Dr, Springfield", "address", "45 Elm Dr"],
  ["London SW1A 1AA", "postcode", "SW1A 1AA"],
  ["Postcode: M1 1AE", "postcode", "M1 1AE"],
  ["Springfield, IL 62704", "postcode", "IL 62704"],
  ["ZIP 12345-6789", "postcode", "12345-6789"],
  ["zip code: 90210", "postcode", "90210"],
  // ages over 89
  ["A 92-year-old woman with a hip fracture", "age", "92"],
  ["Fell at home, aged 95", "age", "95"],
  ["91 years old, lives alone", "age", "91"],
  ["Age: 103", "age", "103"],
  // issue 25: names without titles, relatives, clinicians, capitals
  ["John Smith presented with midfoot pain", "name", "John Smith"],
  ["Patient Jane Doe was reviewed", "name", "Jane Doe"],
  ["Wife Rose at the bedside", "name", "Rose"],
  ["Discussed with his daughter Priyanka", "name", "Priyanka"],
  ["PT SEEN BY DR SHUFF OVERNIGHT", "name", "SHUFF"],
  ["NAME: KOWALCZYK, MARTA", "name", "KOWALCZYK, MARTA"],
  ["Reported by Dr Ca Shuff", "name", "Ca Shuff"],
  ["Note by nurse -JS", "name", "JS"],
  ["Keshaun had a comfortable night", "name", "Keshaun"],
  // dates more specific than a year
  ["Seen on 7/22 in clinic", "date", "7/22"],
  ["Repeat MRI on 3-Mar", "date", "3-Mar"],
  ["Surgery booked for March 3rd", "date", "March 3rd"],
  ["ADMITTED 2ND OF JANUARY", "date", "2ND OF JANUARY"],
  ["Fell in March 2004", "date", "March 2004"],
  // a month or weekday after a preposition is a date element (Safe Harbor); "May improve" is not
  ["Symptoms since March", "date", "March"],
  ["Worse in May and June", "date", "May"],
  ["Seen on Monday by the team", "date", "Monday"],
  ["Family meeting Sunday at 2 pm", "date", "Sunday"],
  ["He was seen Tuesday, then improved", "date", "Tuesday"],
  ["Admitted 2069-04-07", "date", "2069-04-07"],
  // places
  ["Transferred from Fairview General Hospital", "location", "Fairview General Hospital"],
  ["Moved to Nightingale Ward", "location", "Nightingale Ward"],
  ["Referred from St Mary's for review", "location", "St Mary's"],
  ["She lives in Framingham with her son", "location", "Framingham"],
  ["Retired teacher from Boston", "location", "Boston"],
  ["Lives on Coolidge Street", "address", "Coolidge Street"],
  // phone, pager, records, ages, links
  ["Call 555-1234 after 5", "phone", "555-1234"],
  ["Pager 4-1234.", "phone", "4-1234"],
  ["Fax: (617) 555-0100", "phone", "(617) 555-0100"],
  ["Account # 4455667", "mrn", "4455667"],
  ["SSN 123-45-6789", "mrn", "123-45-6789"],
  ["She is 92 yo", "age", "92 yo"],
  ["A 96F with a fall", "age", "96F"],
  ["See www.janedoe-family.com for updates", "url", "www.janedoe-family.com"],
  ["94 y/o male", "age", "94"],
  ["A man of 90 years of age", "age", "90"],
  // decision 104: towns, facilities and employers by their context
  ["PT IS FROM PORTAGE.", "location", "PORTAGE"],
  ["She lives in Sun City with her sister", "location", "Sun City"],
  ["I live at 127 East Shore Boulevard in Palm City.", "location", "Palm City"],
  ["She lives with her son on 623 Rietscher Road, Palm Beach.", "address", "623 Rietscher Road"],
  ["She lives with her son on 623 Rietscher Road, Palm Beach.", "location", "Palm Beach"],
  ["The patient resides at Hillcrest Commons .", "location", "Hillcrest Commons"],
  ["Works part time at Stop & Shop .", "location", "Stop & Shop"],
  ["He works for UPS as a driver.", "location", "UPS"],
  ["He is retired from the Electric Boat shipyard.", "location", "Electric Boat"],
  ["Copy to: Dr Mwangi, The Ridgeway Surgery, Wantage", "location", "Ridgeway Surgery"],
  ["Copy to: Dr Mwangi, The Ridgeway Surgery, Wantage", "location", "Wantage"],
  ["Royal Berkshire Hospital, Reading", "location", "Reading"],
  ["Her records were faxed to St. Kurt's in Evans.", "location", "Evans"],
  ["Discussed with the Carver family practice.", "location", "Carver"],
  // decision 104: names by their context
  ["spoke with daughter jose, updated on plan", "name", "jose"],
  ["Seen today with his wife June and daughter April.", "name", "June"],
  ["Seen today with his wife June and daughter April.", "name", "April"],
  ["Call Nurse Ellison at the desk", "name", "Nurse Ellison"],
  ["Nurse Practitioner Jones reviewed her", "name", "Jones"],
  ["Celal had a comfortable night.", "name", "Celal"],
  ["Axel and her husband moved here last year.", "name", "Axel"],
  ["Garden IV. Patient Kaing was told of the result.", "name", "Kaing"],
  // decision 104: dates, ages and numbers
  ["Will call back Tues.", "date", "Tues"],
  ["Family arriving Sat, will update.", "date", "Sat"],
  ["Back Tuesday for review.", "date", "Tuesday"],
  ["Admission Date: 1/10", "date", "1/10"],
  ["She turned 95 last month.", "age", "95"],
  ["Pathology ( S04-11823 ) showed adenocarcinoma.", "mrn", "S04-11823"],
  ["Lab accession 22-MB-001234 was hemolyzed.", "mrn", "22-MB-001234"],
  ["Medicare # : 1EG4-TE5-MK72", "mrn", "1EG4-TE5-MK72"],
  ["Admitted Mon 3/4 with chest pain", "date", "Mon 3/4"],
  ["Transport arranged for Mon 10am.", "date", "Mon 10am"],
  ["Pt hopes to go home Fri.", "date", "Fri"],
  ["After discharge she will go to Kindred for rehabilitation.", "location", "Kindred"],
  ["Seen in the Togus VA clinic in October.", "location", "Togus"],
  ["She was seen in the Mayo emergency department.", "location", "Mayo"],
  ["Came to clinic with knee pain; his employer is Bath Iron Works.", "location", "Bath Iron Works"],
  ["WIFE AT BEDSIDE, LIVES IN GORHAM.", "location", "GORHAM"],
  ["PT IS A 93 Y/O F FROM CARIBOU, LIVES ALONE.", "location", "CARIBOU"],
  ["PT FELL AT HOME IN SCHOOLCRAFT YESTERDAY.", "location", "SCHOOLCRAFT"],
  ["A 93 yo F from Caribou with a fall", "location", "Caribou"],
  ["Her cardiologist, Dr. van der Berg, was updated.", "name", "Dr. van der Berg"],
  ["Pt seen w/ JL (attending).", "name", "JL"],
  ["Obadiah Crane works as a ranger.", "name", "Obadiah Crane"],
  ["Lucius Dray (91) was admitted after a fall.", "age", "91"],
  ["Lucius Dray (91) was admitted after a fall.", "name", "Lucius Dray"],
  ["Transcribed: 02/02/2015 18:22 kr", "name", "kr"],
  ["Daughter will come in after work at Fidelity.", "location", "Fidelity"],
  ["Granddaughter visiting, will stay through Thurs.", "date", "Thurs"],
  ["Discussed at tumor board with Drs. Iyer and Castellanos.", "name", "Drs. Iyer"],
  ["IP address 192.168.14.201 logged the portal access.", "url", "192.168.14.201"],
  ["She goes by \"Bunny\" and prefers that name.", "name", "Bunny"],
  ["Username jsmith88 was used to log in.", "name", "jsmith88"],
  ["Chaplain Reverend Obi visited.", "name", "Reverend Obi"],
  ["NICU ADMISSION : Baby Boy Hernandez , born at 34 weeks", "name", "Baby Boy Hernandez"],
  ["Date of Service : 3/3", "date", "3/3"],
  ["He was treated there and later at BIDMC 's Lowry clinic.", "location", "BIDMC"],
  ["She was transferred from MGH to the Spaulding for rehabilitation.", "location", "Spaulding"],
  ["He lives in a shelter on Elm St in Dover.", "address", "Elm St"],
  ["He was found near the store on Route 9.", "address", "Route 9"],
  ["Please send records to Greenway Medical Practice, Harrogate HG1 2AB.", "location", "Greenway Medical Practice"],
  ["Please send records to Greenway Medical Practice, Harrogate HG1 2AB.", "location", "Harrogate"],
  ["I saw Mr Declan O'Shaughnessy (96) in clinic.", "age", "96"],
  ["Patient : Harold Jenkins , 91 , NHS 401 023 2137", "age", "91"],
  ["Refer to the sarcoma service at the Royal Orthopaedic in Birmingham.", "location", "Royal Orthopaedic"],
  ["Her ex-husband , Dale , is not to be given information.", "name", "Dale"],
  ["She was hospitalized at Deaconess last year.", "location", "Deaconess"],
  ["Sister visiting, staying at the Holiday Inn.", "location", "Holiday Inn"],
  ["PT IS 92, FORMER TEACHER AT HOOVER ELEMENTARY.", "location", "HOOVER ELEMENTARY"],
  ["Re: Bartholomew Quince, d.o.b. 02.11.1930", "name", "Bartholomew Quince"],
  ["Parents: Tamsin and Gareth Llewellyn", "name", "Tamsin"],
  ["Parents live at 4 Chapel Row, Llandeilo.", "address", "4 Chapel Row"],
  ["spoke w/ wife by phone, she will bring his cpap from home in bridgeton tomorrow.", "location", "bridgeton"],
  ["PCP : Dr. Haddad , Kids First Pediatrics .", "location", "Kids First Pediatrics"],
  ["Daycare at Little Sprouts three days a week.", "location", "Little Sprouts"],
  ["94 yo F BIBA from Shady Oaks ALF after a fall.", "location", "Shady Oaks"],
  ["FAMILY: SON HOWARD, DTR SHEILA.", "name", "SHEILA"],
  ["Pt was at St. E's 3/2-3/4 for pneumonia.", "date", "3/2-3/4"],
  ["Hospitalized for orbital cellulitis at Mass Eye and Ear.", "location", "Mass Eye and Ear"],
  ["I reviewed him in the Riverside children's clinic.", "location", "Riverside"],
  ["Ravi Menon lives with his son Arjun in Queens.", "location", "Queens"],
  ["Lic. # MA-223344 ; vehicle plate 7TRZ219 .", "mrn", "7TRZ219"],
];

const NEGATIVES: string[] = [
  "T1",
  "T2 weighted",
  "STIR",
  "2nd metatarsal",
  "4 weeks",
  "+4 weeks",
  "6 months",
  "51-year-old man",
  "aged 89",
  "1.5 T MRI",
  "3T",
  "C5-C6",
  "L4/5",
  "T12 vertebra",
  "Grade 2",
  "BI-RADS 4",
  "10 mg",
  "500 mg twice daily",
  "CRP 12 mg/L",
  "WBC 11.2 x 10^9/L",
  "ESR 45 mm/h",
  "HbA1c 48 mmol/mol",
  "Day 0",
  "day 120",
  "3 x 2 x 1.5 cm",
  "12 mm",
  "Dr. reviewed",
  "Fit and healthy runner with midfoot pain",
  "Weber B fracture",
  "Salter-Harris II",
  "Lisfranc",
  "Kager's fat pad",
  "Achilles tendon",
  "MR imaging of the left ankle",
  "MRI",
  "Sagittal T1 and STIR images",
  "ICD-10 M84.37",
  "AO 42-A2",
  "Hounsfield units 400",
  "2019",
  "in 2019",
  "Stage IV",
  "Ficat stage 2",
  "Gd 0.1 mmol/kg",
  "phone review in 2 weeks",
  // further clinical and radiology phrasing
  "BP 120/80 mmHg, HR 72 bpm, SpO2 98% on air",
  "Platelets 250 x 10^9/L",
  "Viral load 1200000 copies/mL",
  "Incidence of 1 in 100,000",
  "Gleason 3+4=7, PI-RADS 5",
  "T2N0M0 adenocarcinoma",
  "HLA-B27 positive, BRCA1 negative",
  "G6PD deficiency",
  "TR 500 ms, TE 15 ms, b-value 800 s/mm2",
  "GCS 15/15, NYHA class III",
  "Kellgren-Lawrence grade 3",
  "6 Minute Walk Test 420 m",
  "Follow-up in 2021 showed union",
  "L5/S1 disc protrusion",
  "CD4 count 350 cells/mm3",
  "Temperature 38.5 °C",
  "Reviewed by the MR team",
  "Dr on call reviewed the images",
  "See PMID 31234567 and PMC7654321",
  "Reference: https://doi.org/10.1016/j.jfas.2019.123456",
  "Trial NCT01234567",
  "COVID-19 negative",
  "IgG4-related disease",
  "Type 2 diabetes since age 40",
  "Vitamin D 25 nmol/L",
  "Eosinophils 0.45 x 10^9/L",
  "Born at 34 weeks gestation",
  "Case 3, Fig. 2, Table 1",
  "Mass measuring 12 x 8 x 6 mm on day 14",
  "Surgery planned in 6-8 weeks",
  "Aged 90 days at presentation",
  "SNOMED CT 263204007",
  "Coronal T1 3DS sequence",
  "L5 S1 level",
  // a weekday naming a routine, not a day (conference titles)
  "Thursday teaching",
  "Weekly Wednesday conference: the Tuesday MDT list",
  "Moved to Friday",
  // issue 25: clinical words that are also names, places or eponyms
  "Lisfranc injury with Freiberg infraction",
  "Hoffa fat pad oedema and a Baker's cyst",
  "Monteggia fracture-dislocation",
  "Bell's palsy resolved",
  "Jones fracture of the fifth metatarsal",
  "Smith fracture of the distal radius",
  "Hill-Sachs lesion and Bankart tear",
  "Churg Strauss syndrome",
  "Osgood-Schlatter disease",
  "Addison disease on hydrocortisone",
  "Will review in 4 weeks.",
  "Hope is that symptoms settle.",
  "May improve with offloading.",
  "March fracture of the second metatarsal",
  "Follow-up in 2021 showed union",
  "Mark the site before theatre.",
  "Power 5/5, a 2/6 murmur, pain 7/10",
  "Sagittal T1, coronal STIR, DWI with ADC map",
  "NEURO: A+OX3, MAE. CV: NSR 80S. RESP: LS CLEAR ON 2L NC.",
  "GU: FOLEY DRAINING CLEAR URINE. PLAN: CONT ABX.",
  "Seen in Fracture Clinic and placed in a walker boot",
  "Transferred to the Medical Ward for IV antibiotics",
  "Started Lasix 40 mg IV and Coumadin 5 mg",
  "FiO2 40%, SpO2 97%",
  "Hb 98 g/L. Will review",
  "6/12 history of pain",
  // decision 104: services, roles, kinds of workplace and shorthand are no names or places
  "Referred to General Surgery for laparoscopic cholecystectomy",
  "cc : Primary care physician ; Cardiology clinic",
  "PT WILL D/C HOME WITH VNA.",
  "PT IS FROM HOME. LIVES ALONE.",
  "O2 Sat 95% on RA; Sun exposure advised",
  "Nurse Specialist review; Nurse Practitioner to follow up",
  "Referred by the Vascular Surgery team to the Day Surgery Unit",
  "She is retired from the Army and works at night",
  "Retired from teaching; WORKS AT NIGHT.",
  "Sat turned 95% on 2L",
  "T12-L1, CA19-9 and IL-6",
  "Patient Transport was booked.",
  "Patient Safety was discussed; Patient Experience reported good feedback.",
  "son will call; daughter can visit",
  "Pain: 1/10 at rest; Score: 3/10",
  "Seen in Fracture Clinic, Radiology reviewed",
  "Lives in Inner City housing",
  "The bleeding is from Haemorrhoids.",
  "Back to Theatre; Monday teaching cancelled",
  "The Ottawa ankle rules were negative; Glasgow coma scale 15",
  "Mobilised with a Zimmer frame; Bence Jones protein negative",
  "Transferred from Majors to the Clinical Decision Unit",
  "cc : GP ; Dictated by : Consultant",
  "PT IS FROM OSH. PT RESIDENT OF SNF. LIVES IN ALF.",
  "PT LIVES IN TRAILER WITH SON. HOME IN AM. PT FELL AT HOME IN BED LAST NIGHT.",
  "75 YO M FROM REHAB WITH FALL. LIVES IN POVERTY. LIVES IN GROUP HOME WITH STAFF.",
  "Pain 2/10 at rest, 5/10 on movement",
  "Referred to Community Physiotherapy and the Falls Prevention service",
  "The Marie Curie nurse will visit overnight; Macmillan nurse informed",
  "Heart Rate (95), Glucose (95), Oxygen Saturation (94)",
  "Transcribed: 09:14 am",
  "Software v1.2.3.4 installed; ratio 1.2.3",
  "Diffuse large B-cell lymphoma, Ann Arbor stage IIIB; Follicular lymphoma, Ann Arbor Staging II",
  "Baby Boy born at 34 weeks; admitted to NICU for CPAP. Baby Aspirin given.",
  "Her Facebook page shows the rash. DEA and NPI numbers on file.",
  "Route of administration: IV; exit site clean; transferred to the ward for observation.",
  "Admitted for rehabilitation; discharged home for respite with family.",
  "Philadelphia chromosome positive; West Nile virus and Rocky Mountain spotted fever excluded",
  "Manchester triage category 2; Tokyo guidelines grade II; Berlin definition of ARDS met",
  "Sydney system for gastritis; Hong Kong flu; Ebola and Marburg excluded; Norwalk virus negative",
  "Kansas City Cardiomyopathy Questionnaire completed; Seattle Heart Failure Model; Boston keratoprosthesis",
  "Royal College of Radiologists guidance; royal jelly supplements",
  "Medical School teaching; the Sports Academy physio",
  "Mother: deceased. Father: unknown. Next of kin: Daughter.",
  "G2P1 at 32 weeks, EDD by dating scan; BIBA from her care home; Per EMS, found on the floor.",
  "Follow-up in General Pediatrics and Developmental Pediatrics; Interventional Radiology to drain.",
  "PT FROM ALF. Admitted from the local nursing home; lives in assisted living.",
  "Home in 2 days; home in bed; going home in the morning.",
  "Virchow node palpable; Sister Mary Joseph nodule noted on examination.",
  "Pain 3/10-5/10 today; murmur 2/6-3/6; BP 120/80-130/90.",
  "The queens of the hive; seen in the children's clinic.",
  "Austin Flint murmur heard at the apex; Los Angeles grade C oesophagitis",
  "Child-Pugh class B, MELD 14; CURB 2",
  "The Durham-Humphrey amendment was discussed in the pharmacology teaching.",
];

describe("findIdentifiers: positives", () => {
  it.each(POSITIVES)("%s → %s", (text, kind, identifier) => {
    const findings = findIdentifiers(text);
    expectWellFormed(text, findings);
    const at = text.indexOf(identifier);
    expect(at).toBeGreaterThanOrEqual(0);
    const covering = findings.find(
      (f) => f.kind === kind && f.start <= at && f.end >= at + identifier.length,
    );
    expect(covering, JSON.stringify(findings)).toBeDefined();
  });
});

describe("findIdentifiers: negatives", () => {
  it.each(NEGATIVES)("%s → nothing", (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});

describe("findIdentifiers: mixed text", () => {
  it("finds exactly the name, MRN and date in a realistic opening line", () => {
    const text =
      "Mr John Smith, MRN 12345678, a 51-year-old man with T1 low signal in the 2nd metatarsal, seen on 12/03/2024";
    const findings = findIdentifiers(text);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ["name", "Mr John Smith"],
      ["mrn", "12345678"],
      ["date", "12/03/2024"],
    ]);
    expectWellFormed(text, findings);
  });

  it("highlights a whole nursing note in capitals", () => {
    const text = "NURSING NOTE 7/22. PT SEEN BY DR SHUFF. WIFE MARY AT BEDSIDE. PLAN TO TRANSFER TO MERCY HOSPITAL 3-MAR.";
    const findings = findIdentifiers(text);
    expectWellFormed(text, findings);
    expect(findings.map((f) => f.text)).toEqual(["7/22", "DR SHUFF", "MARY", "MERCY HOSPITAL", "3-MAR."]);
  });

  it("stays silent on a clean radiology report", () => {
    const text = [
      "Fit and healthy 34-year-old runner with 6 weeks of midfoot pain.",
      "1.5 T MRI: sagittal T1 and STIR images show marrow oedema in the 2nd metatarsal",
      "with a 3 x 2 x 1.5 cm periosteal reaction. No Lisfranc injury. Kager's fat pad normal.",
      "CRP 12 mg/L, ESR 45 mm/h. Follow-up MRI at +4 weeks; phone review in 2 weeks.",
    ].join("\n");
    expect(findIdentifiers(text)).toEqual([]);
  });

  it("flags identifiers scattered through a multi-line note", () => {
    const text = [
      "Patient name: Alice Brown",
      "DOB: 04/11/1962   NHS number 943 476 5919",
      "Address: 12 Baker Street, London NW1 6XE",
      "Daughter's mobile 07700 900123, email alice.b@example.com",
      "Seen by Dr. A. Patel on 12 March 2024; T2 weighted images reviewed.",
    ].join("\n");
    const findings = findIdentifiers(text);
    expectWellFormed(text, findings);
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ["name", "Alice Brown"],
      ["date", "04/11/1962"],
      ["mrn", "943 476 5919"],
      ["address", "12 Baker Street"],
      ["location", "London"],
      ["postcode", "NW1 6XE"],
      ["phone", "07700 900123"],
      ["email", "alice.b@example.com"],
      ["name", "Dr. A. Patel"],
      ["date", "12 March 2024"],
    ]);
  });

  it("explains a date of birth differently from an event date", () => {
    const [dob] = findIdentifiers("DOB 12/03/1975");
    const [event] = findIdentifiers("Seen 12/03/1975");
    expect(dob?.message).toMatch(/birth/i);
    expect(event?.message).not.toMatch(/birth/i);
  });

  it("does not let a phone number swallow a following measurement", () => {
    const findings = findIdentifiers("Call +44 20 7946 0958 12 mm lesion");
    expect(findings.map((f) => [f.kind, f.text])).toEqual([["phone", "+44 20 7946 0958"]]);
  });

  it("tells the clinician to use 90+ for very old patients", () => {
    const [f] = findIdentifiers("A 97-year-old man");
    expect(f?.kind).toBe("age");
    expect(f?.message).toContain("90+");
  });
});

describe("findIdentifiers: overlaps", () => {
  it.each<[string, string, IdentifierKind, string]>([
    // label detector and honorific detector both claim the name
    ["labelled name with honorific", "Name: Mr John Smith", "name", "Mr John Smith"],
    // labelled MRN, bare digit run and NHS check digit all match the same digits
    ["labelled NHS number", "NHS number: 9434765919", "mrn", "9434765919"],
    // the digits of a phone number are also a bare 6+ digit run
    ["phone digits are not a second MRN", "Call +447700900123", "phone", "+447700900123"],
    // the local part of an email contains a long digit run
    ["digits inside an email", "Write to jsmith1234567@example.com", "email", "jsmith1234567@example.com"],
    // an identifying link contains a digit run that the MRN detector also sees
    ["digits inside an identifying link", "https://pacs.example.org/view?mrn=12345678", "url", "https://pacs.example.org/view?mrn=12345678"],
    // "Dr" is both a street suffix and an honorific: the union is reported once
    ["street suffix Dr followed by a name", "45 Elm Dr Smith", "address", "45 Elm Dr Smith"],
    // a later, longer span (the email) decides the kind of the merged finding
    ["name running into an email", "Contact Mr Smith.jones@example.com", "email", "Mr Smith.jones@example.com"],
    // a date of birth is found by both the DOB and the plain-date detector
    ["DOB and plain date", "DOB 12 March 1975", "date", "12 March 1975"],
  ])("%s", (_label, text, kind, covered) => {
    const findings = findIdentifiers(text);
    expectWellFormed(text, findings);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.kind).toBe(kind);
    expect(findings[0]!.text).toBe(covered);
  });

  it("keeps touching but non-overlapping findings separate", () => {
    const text = "Springfield, IL 62704-1234";
    const findings = findIdentifiers(text);
    expectWellFormed(text, findings);
    expect(findings.map((f) => f.text)).toEqual(["Springfield", "IL 62704-1234"]);
  });

  it("returns well-formed results for every corpus entry", () => {
    for (const [text] of POSITIVES) expectWellFormed(text, findIdentifiers(text));
    const all = POSITIVES.map(([t]) => t).join(" | ");
    expectWellFormed(all, findIdentifiers(all));
  });

  it("handles empty input", () => {
    expect(findIdentifiers("")).toEqual([]);
  });
});

describe("scanFields", () => {
  it("labels findings with their field and skips empty fields", () => {
    const results = scanFields({
      title: "Stress fracture in Mr John Smith",
      presentation: "Fit and healthy runner with midfoot pain",
      notes: null,
      extra: undefined,
      empty: "",
      "studies.0.findings": "Scan 12/03/2024 shows T1 low signal",
    });
    expect(results.map((r) => [r.field, r.kind, r.text])).toEqual([
      ["title", "name", "Mr John Smith"],
      ["studies.0.findings", "date", "12/03/2024"],
    ]);
    // Offsets are relative to each field's own value.
    const first = results[0]!;
    expect("Stress fracture in Mr John Smith".slice(first.start, first.end)).toBe("Mr John Smith");
  });

  it("returns nothing for clean fields", () => {
    expect(scanFields({ title: "Weber B fracture", presentation: "51-year-old man" })).toEqual([]);
  });
});

describe("ageBand", () => {
  it.each<[number, string]>([
    [0, "0–4"],
    [4, "0–4"],
    [4.9, "0–4"],
    [5, "5–9"],
    [51, "50–54"],
    [54, "50–54"],
    [85, "85–89"],
    [89, "85–89"],
    [89.9, "85–89"],
    [90, "90+"],
    [120, "90+"],
  ])("ageBand(%s) = %s", (age, band) => {
    expect(ageBand(age)).toBe(band);
    expect(isValidAgeBand(ageBand(age))).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (age) => {
    expect(() => ageBand(age)).toThrow(RangeError);
  });

  it("AGE_BANDS lists every band in order with en dashes", () => {
    expect(AGE_BANDS).toHaveLength(19);
    expect(AGE_BANDS[0]).toBe("0–4");
    expect(AGE_BANDS[1]).toBe("5–9");
    expect(AGE_BANDS[17]).toBe("85–89");
    expect(AGE_BANDS[18]).toBe("90+");
    for (let age = 0; age <= 95; age++) expect(AGE_BANDS).toContain(ageBand(age));
  });

  it.each<[string, boolean]>([
    ["50–54", true],
    ["90+", true],
    ["0–4", true],
    ["50-54", false], // hyphen-minus, not en dash
    ["50 – 54", false],
    ["51–55", false],
    ["90–94", false],
    ["95+", false],
    ["", false],
  ])("isValidAgeBand(%j) = %s", (s, valid) => {
    expect(isValidAgeBand(s)).toBe(valid);
  });
});
