// Record, account and other identifying numbers (ages over 89 are in ages.ts).
import { NOT_BEFORE_UNIT, TREND_LABEL_BEFORE } from "./patterns";
import { digitCount, MSG, roundRange, spans, type Detector } from "./types";

/** NHS numbers carry a mod-11 check digit; using it avoids mislabelling phones. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// An explicit label makes even a short number identifying, so the threshold drops to 4 digits.
const MRN_LABELLED_RE = new RegExp(
  "(?<![\\p{L}])(?:MRN|M\\.R\\.N\\.?|MR[ \\t]*(?:no|number|#)|med(?:ical)?[ \\t]+rec(?:ord)?s?[ \\t]*(?:number|no|#)?|hospital[ \\t]+(?:number|no|id)|hosp[ \\t]*no|NHS[ \\t]*(?:number|no)|CHI[ \\t]*(?:number|no)|NHI(?:[ \\t]*(?:number|no))?|NRIC|FIN|UR[ \\t]*(?:number|no)|URN|patient[ \\t]+(?:id|identifier|number|no)|record[ \\t]+(?:number|no|#|id)|group[ \\t]*(?:number|no|#|id)|ref(?:erence)?[ \\t]*(?:number|no|#|id|:)|accession(?:[ \\t]*(?:number|no|#))?|unit[ \\t]+(?:number|no|#)|acc(?:oun)?t[ \\t]*(?:number|no|#)?|account|SSN|social[ \\t]+security(?:[ \\t]+(?:number|no))?|insurance[ \\t]+policy(?![\\p{L}])|(?:health[ \\t]*plan[ \\t]+)?(?:health[ \\t]*plan|insurance|policy|member|subscriber|beneficiary|medicare|medicaid|study|subject|participant|trial|enrol?lment|randomi[sz]ation|passport|employee|staff|badge|certificate|health[ \\t]*card|card|national[ \\t]+(?:id|insurance)|social[ \\t]+insurance|tax|bank[ \\t]*account|routing|pension|veteran)[ \\t]*(?:id|number|no|#)|(?:passport|aadhaa?r(?:[ \\t]*card)?|PAN(?:[ \\t]*card)?|NPI|DEA|OHIP|PHN|IHI|UHID|ABHA|IBAN|SIN|S\\/N|(?:insurance|health|medicare|medicaid|member|identity|ID)[ \\t]+card|plate|(?:implant|vaccine|device|product|kit|reagent|batch|drug)[ \\t]+lot|lot[ \\t]*(?:number|no|#))(?![\\p{L}])(?:[ \\t]*(?:number|no|#))?|licen[cs]e[ \\t]*(?:number|no|#)?|lic[ \\t]*#|serial(?:[ \\t]*(?:number|no|#))?|(?:vehicle|licen[cs]e|number|registration)[ \\t]+plate|VIN|device[ \\t]*(?:id|number|no|#)|encounter[ \\t]*(?:id|number|no|#)|visit[ \\t]*(?:id|number|no|#)|ID[ \\t]*(?:number|no|#)|I\\.D\\.|job[ \\t]*(?:number|no|#|id)?|batch(?:[ \\t]*(?:number|no|#))?|index[ \\t]*(?:number|no|#)|doc(?:ument)?[ \\t]*(?:id|number|no|#)|dictation[ \\t]*(?:id|number|no|#)|order[ \\t]*(?:number|no|#)|req(?:uisition)?[ \\t]*(?:number|no|#)|claim[ \\t]*(?:number|no|#)|case[ \\t]*(?:number|no|#)|specimen[ \\t]*(?:id|number|no|#)|billing[ \\t]*(?:acct|account|number|no|#)?|bill[ \\t]*(?:number|no|#)|chart[ \\t]*(?:number|no|#)|tax[ \\t]+file(?:[ \\t]*(?:number|no|#))?|TFN|carte[ \\t]+vitale|NIR|driver['’]?s?[ \\t]+licen[cs]e(?:[ \\t]*(?:number|no|#))?" +
    // Decision 118: a hospital's folder or file, an inpatient or outpatient number (South Africa,
    // Kenya, Nigeria), a medical aid, NHIF, PhilHealth, NIN, PPSN or HKID, a bank's sort code, a vehicle.
    "|folder(?:[ \\t]*(?:number|no|#))?|file[ \\t]*(?:number|no|#)|(?:IP|OP|OPD|IPD|in-?patient|out-?patient|reg(?:istration)?|hospital[ \\t]+reg(?:istration)?)[ \\t]*(?:number|no|#)|medical[ \\t]+aid(?:[ \\t]*(?:number|no|#))?|(?:NHIF|PhilHealth|NIN|PPSN|HKID|PIN)(?![\\p{L}])(?:[ \\t]*(?:PIN|number|no|#))?|sort[ \\t]*code|vehicle(?:[ \\t]+(?:reg(?:istration)?|number|no))?" +
    // Decision 123: a clinician's registration with a medical or nursing council (GMC, IMC, CPSO, AHPRA, NPI).
    "|(?:GMC|NMC|HCPC|IMC|CPSO|CPSA|CPSBC|AHPRA|MCNZ|NPI)(?:[ \\t]*(?:reg(?:istration)?|number|no|#))?" +
    // Decision 124: an insurer's authorisation and a bare "ID" before a code with digits ("ID NHP4471902-01").
    "|auth(?:ori[sz]ation)?(?:[ \\t]*(?:number|no|#|code))?|ID)" +
    "\\.?[ \\t]*(?:[:#=\\-]|is)?[ \\t]*[#:]?[ \\t]*" +
    // A billing line's procedure and diagnosis codes are no account ("Billing: CPT 99214 with modifier 25").
    "(?!(?:CPT|HCPCS|ICD|NDC|LOINC|DRG|SNOMED|code|codes)(?![\\p{L}]))" +
    "((?=[A-Z\\d\\-\\/]*\\d[A-Z\\d\\-\\/]*\\d)[A-Z\\d]{2,8}(?:-[A-Z\\d]{1,10}){1,3}(?![\\w\\-])|(?=[A-Z\\d\\/]*\\d[A-Z\\d\\/]*\\d[A-Z\\d\\/]*\\d[A-Z\\d\\/]*\\d)[A-Z\\d]{2,8}(?:\\/[A-Z\\d]{2,8}){1,3}(?![\\w\\/])|(?=[A-Z\\d]*\\d[A-Z\\d]*\\d)[A-Z\\d]{6,14}|(?:[A-Z]{1,4}[ \\t\\-]?)?\\d+[A-Z]?(?:[ \\t\\-:](?:(?=[A-Z]*\\d)[\\dA-Z]{2,}|[A-Z]{2,3}(?=[ \\t\\-:]\\d|[^\\w \\t\\-:]|$)))*)(?![\\w])",
  "dgiu",
);

// Space-separated NHS numbers (3-3-4) validated by check digit.
const NHS_SPACED_RE = /(?<![\w.\/\-])\d{3} \d{3} \d{4}(?!\w|[.\/\-]\d)/dgu;

// Letter prefix + long digit run ("AB1234567"). Case-sensitive so lower-case ids such as SNP ids
// ("rs1234567") are left alone; literature and trial registry ids are excluded.
const MRN_ALNUM_RE =
  /(?<![\w.\/\-])(?!(?:PMC|NCT|PMID|ISBN|ISSN|DOI|ISRCTN|EudraCT)\d)[A-Z]{1,4}-?\d{5,10}(?:[:\-][A-Z]{2,4})?(?!\w|[.\/\-]\d)/dgu;

// Digit groups joined by hyphens with 7 or more digits ("123-45-6789", "12-345-678"), which is
// the shape of social security and many record numbers; phone shapes are found first.
// Decision 126: a policy's, a research subject's or a device's code after its label alone: "policy
// STAR-4402-991-07", "subject SCR-0892", "SN 1094 3872". Decision 128: after a sample's, a claim's,
// a document's, an attendance's or an index's label too ("Biobank sample BB-2290-XQ", "A&E ATTENDANCE
// No. AE/07/118823", "eScription document: 2-1193047").
// Decision 132: a UK National Insurance number ("QQ 12 34 56 C") and a vehicle's plate after its label
// ("plate 8ABC 123", "Plate of car at scene BXK 4471").
const NI_NUMBER_RE = /(?<![\p{L}\p{N}])[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\p{L}\p{N}])/dgu;
const PLATE_RE = /(?<=(?<![\p{L}])(?:plate|PLATE|Plate|licen[cs]e plate|registration|reg\.?)(?:[ \t]+(?:no\.?|number|#|of[ \t]+(?:the[ \t]+)?(?:car|vehicle|van|truck)(?:[ \t]+at[ \t]+(?:the[ \t]+)?scene)?))?[ \t]*[:#]?[ \t]*)(?=[A-Z\d \-]{0,9}\d)[A-Z\d]{2,4}[ \-]?[A-Z\d]{3,4}(?![\p{L}\p{N}])/dgu;
// "PT HAD 2 MRN'S - 0438-2217 AND 0411-0952": every number after the plural label (decision 138).
const MRN_LIST_RE = /(?<=(?<![\p{L}])(?:MRN|mrn|MR#)['’]?[sS][ \t]*[-:]?[ \t]*(?:\d[\d\-]{4,}\d[ \t]*(?:,|and|AND|&)[ \t]*)*)\d[\d\-]{4,}\d(?![\d\-])/dgu;
// "acc# h7719302", "Confirmation #RX8841-27": a short label needs its sign ("ACC/AHA" is no label).
const SIGNED_CODE_RE = /(?<=(?<![\p{L}])(?:acc|confirmation|conf|auth|authorization|tracking|inmate|docket|officer[ \t]+\p{L}+|badge)[ \t]*#[ \t]*)(?=\d{3,}|[A-Za-z]{0,4}-?\d)[A-Za-z]{0,4}-?\d[A-Za-z\d]{2,}(?:-[A-Za-z\d]+){0,3}(?![\w\-\/])|(?<=(?<![\p{L}])case[ \t]*#?[ \t]*)\d{2,4}-\d{4,8}(?![\d\-])(?![ \t]*(?:mcg|mg|ml|units?|%|mm|cm|kg|min|mins|hrs?|days?))/dgiu;
const LABELLED_CODE_RE = /(?<=(?<![\p{L}])(?:receipt|autopsy|clia|badge|policy|subject|subj|participant|sample|specimen|document|claim|clm|member|cert(?:ificate)?|ref(?:erence)?|accession|pcr|chart|account|acct|invoice|requisition|attendance|index|enrol(?:l)?ment|registration|donor|biobank|SN|S\/N|serial)(?:[ \t]+(?:no\.?|number|num|#|id))?[ \t]*[:#.]?[ \t]*)(?:\d{4}[ \t]\d{4}(?:[ \t]\d{2,4})?|[A-Za-z\d]+(?:[\-\/][A-Za-z\d]+){0,4})(?![\w\-\/])/dgiu;
const GROUPED_ID_RE = /(?<![\w.\/\-])\d{2,4}(?:-\d{2,7}){1,3}(?:-\d)?(?!\w|[.\/\-]\d)/dgu;

// Pathology and laboratory accession numbers: a letter prefix, a two-digit year and a serial
// ("S04-11823", "SP-11-4522", "CY19-00231"). Vertebral levels and genes have one- or two-digit
// parts ("T12-L1", "CA19-9", "IL-6"), so the serial must have four digits or more.
const ACCESSION_RE = /(?<![\w.\/\-])[A-Z]{1,3}-?\d{2}-(?:[A-Z]{1,3}-)?\d{4,7}(?![\w\/]|[.\-]\d)|(?<![\w.\/\-])\d{2}-[A-Z]{1,3}-\d{4,7}(?![\w\/]|[.\-]\d)/dgu;
// A Medicare beneficiary identifier: eleven letters and digits in a fixed pattern, often as 4-3-4
// ("1EG4-TE5-MK72").
const MEDICARE_MBI_RE = /(?<![\w\-])\d[A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d{2}(?![\w\-])/dgu;

// National numbers with dots (a Brazilian CPF "123.456.789-09", a CNPJ "12.345.678/0001-95") and
// capitals before two or three groups of digits ("AXA-7734-2210") (decision 113).
const DOTTED_ID_RE = /(?=[\dA-Z])(?<![\w.,\/\-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}|(?!(?:ISO|IEC|EN|DIN|ASTM|ANSI|BS)-)[A-Z]{2,5}(?:-\d{3,8}){2,3})(?![\w\-]|[.,\/]\d)/dgu;
// Digits in three or four groups of four ("4567 8901 2345"): an Aadhaar number, a card's number
// (decision 113). A unit after them makes them measurements.
const FOUR_DIGIT_GROUPS_RE = new RegExp("(?=\\d)(?<![\\w.,\\/\\-])\\d{4}([ \\-])\\d{4}\\1\\d{4}(?:\\1\\d{4})?(?![\\w\\-]|[.,\\/]\\d)" + NOT_BEFORE_UNIT, "dgu");
// A code of nine to seventeen capitals and digits with at least four digits and two letters
// ("ABCPV1234D", a vehicle's VIN): the shape of an issued identifier. Gene and product names are
// shorter or carry small letters ("SLC22A12", "HbA1c"); registry ids are set aside by their prefix.
// The run is matched first and its neighbours and counts checked after (a lookbehind at every
// character cost more).
const CODE_ID_RE = /[A-Z\d]{9,17}(?![\w\-]|[.\/]\d)/dg;
const REGISTRY_PREFIX = /^(?:PMC|NCT|PMID|ISBN|ISSN|DOI|ISRCTN|EudraCT)\d/;

// Bare runs of 6+ digits, not glued to decimals or slashes and not followed by a unit.
// Numbers labelled as literature or terminology codes identify concepts, not patients.
const MRN_BARE_RE = new RegExp(
  "(?<![\\w.,\\/\\-+])(?<!(?:PMID|PMCID|DOI|ISBN|ISSN|NCT|SNOMED(?:[ \\t]*CT)?|SCTID|LOINC|OMIM|MIM|ORPHA|Orphanet|HGNC|RxNorm|CUI)[ \\t]*[:#]?[ \\t]*)\\d{6,}(?::[A-Z]{2,4})?(?!\\w|[.,\\/]\\d)" +
    NOT_BEFORE_UNIT,
  "dgu",
);

// Decision 115: labels that are also ordinary words ("plan", "group", "lot", "ref", "chart",
// "Medicare", "DL") count only before a code with capitals, a slash or a hyphen ("group 4471B",
// "plan BCBS-PPO-2291", "lot L45R992", "REF 7113-01", "ref INV/2023/77812"), never before a bare
// number ("plan 1000 mL", "group 2").
const LOOSE_LABEL_RE = /(?<![\p{L}])(?:[Pp]lan|PLAN|[Gg]roup|GROUP|[Ll]ot|LOT|[Rr]ef|REF|[Rr]eference|[Cc]hart|CHART|Medicare|MEDICARE|DL)\.?[ \t]*[:#]?[ \t]*((?=[A-Z\d\-\/]*\d)[A-Z\d]+(?:[\-\/][A-Z\d]+){0,3})(?![\w\-\/]|[.,]\d)/dgu;
// Unlabelled national shapes (decision 115): an Australian Medicare number 4-5-1 (with its
// reference after a slash), a French NIR in its printed groups, a US state's licence ("S530-4217-8820").
const NATIONAL_ID_RE = new RegExp("(?=\\d|[A-Z]\\d)(?<![\\w.,\\/\\-])(?:\\d{4} \\d{5} \\d(?:\\/\\d)?|[12] \\d{2} \\d{2} \\d{2} \\d{3} \\d{3}(?: \\d{2})?|[A-Z]\\d{3,5}(?:-\\d{4,5}){2})(?![\\w\\-]|[.,\\/]\\d)" + NOT_BEFORE_UNIT, "dgu");

// Decision 135: the last four digits of a social security number ("SSN ending in 4471").
const SSN_LAST_FOUR_RE = /(?<=(?<![\p{L}])(?:SSN|ssn|[Ss]ocial [Ss]ecurity(?: number)?)[ \t]*\(?(?:ending|ends|last (?:4|four)(?: digits)?)\)?(?:[ \t]+(?:in|of|with|is))?[ \t]*:?[ \t]*)\d{4}(?!\d)/dgu;

export const detectRecordNumbers: Detector = (text, add) => {
  for (const s of /SSN|ssn|ocial [Ss]ecurity/.test(text) ? spans(SSN_LAST_FOUR_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.account, priority: 4 });
  for (const s of spans(MRN_LABELLED_RE, text, 1)) {
    const id = s.match[1] ?? "";
    const label = s.match[0].slice(0, s.match[0].length - id.length);
    // A plate's letters carry as much as its digits: "BD51 SMR", "KA 05 MN 4432".
    const plate = /plate|registration|vehicle/i.test(label) && digitCount(id) >= 2 && /[A-Z].*[A-Z]/.test(id) && id.replace(/[ \t\-]/g, "").length >= 5;
    if (digitCount(id) >= 4 || plate || (/^[A-Z\d]{6,14}$/.test(id) && /[A-Z]/.test(id) && digitCount(id) >= 2)) {
      // "serial PJN418832H" names a device; "serial BNP 1200" is a series of tests.
      if (/serial[ \t:]*$/i.test(label) && !/^(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{6,14}$|^\d{6,}$/.test(id) && !(/^[A-Z\d]{2,8}(?:-[A-Z\d]{1,8}){1,3}$/.test(id) && digitCount(id) >= 4)) continue;
      const nhs = /nhs/i.test(label) || isValidNhsNumber(id.replace(/\D/g, ""));
      const account = /acc|ssn|social|plan|insur|policy|member|subscriber|beneficiary|medic|licen|lic|serial|device|passport|card|aadhaa?r|pan|tax|tfn|vitale|nir|bank|routing|iban|sin|aid|nhif|philhealth|sort|vehicle/i.test(label) && !/accession/i.test(label);
      // A label that is also a surname or a place ("Carte Vitale", "ABHA") is taken in with its number.
      const start = /vitale|abha/i.test(label) ? s.match.index : s.start;
      add({ kind: "mrn", start, end: s.end, message: nhs ? MSG.nhs : account ? MSG.account : MSG.mrn, priority: 4 });
    }
  }
  for (const s of spans(NHS_SPACED_RE, text)) {
    if (isValidNhsNumber(s.match[0].replace(/ /g, ""))) {
      add({ kind: "mrn", start: s.start, end: s.end, message: MSG.nhs, priority: 4 });
    }
  }
  // "obs at 0800 1200 1600": a row of clock times is no number of anyone's, nor is a shift
  // ("NPN 1900-0700", "slept 0200-0500").
  const clock = (g: string) => Number(g.slice(0, 2)) < 24 && Number(g.slice(2)) < 60;
  // Nor a span of years ("served in the Army 2061-2069", "1998-2004").
  const years = (m: string) => /^(?:19|20)\d\d[-–](?:19|20)\d\d$/.test(m) && Number(m.slice(0, 4)) < Number(m.slice(5));
  const shift = (m: string) => (/^\d{4}[-–]\d{4}$/.test(m) && m.split(/[-–]/).every(clock)) || years(m);
  for (const re of [MRN_ALNUM_RE, MRN_BARE_RE]) {
    for (const s of spans(re, text)) if (!shift(s.match[0])) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  }
  for (const re of [ACCESSION_RE, MEDICARE_MBI_RE]) for (const s of spans(re, text)) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  for (const s of /\d\.\d{3}\.\d|[A-Z]{2}-\d{3,8}-\d{3}/.test(text) ? spans(DOTTED_ID_RE, text) : []) if (digitCount(s.match[0]) >= 7) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.account, priority: 7 });
  for (const s of /\d{4}[ \-]\d{4}[ \-]\d{4}/.test(text) ? spans(FOUR_DIGIT_GROUPS_RE, text) : []) if (!s.match[0].split(/[ \-]/).every(clock)) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.account, priority: 7 });
  for (const s of /[A-Z]\d{3}|\d{3}[A-Z]/.test(text) && /[A-Z\d]{9}/.test(text) ? spans(CODE_ID_RE, text) : []) {
    const code = s.match[0];
    if (/[\w.\/\-]/.test(text[s.start - 1] ?? "") || REGISTRY_PREFIX.test(code) || digitCount(code) < 4 || code.replace(/\d/g, "").length < 2) continue;
    add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 7 });
  }
  for (const s of /(?:plan|group|lot|ref|chart|medicare|DL)\.?[ \t]*[:#]?[ \t]*[A-Z\d\-\/]*\d/i.test(text) ? spans(LOOSE_LABEL_RE, text, 1) : []) {
    const id = s.match[1]!;
    // "group COPD-2023", "ref BTS/2019": a name and a year name a cohort or a guideline.
    if (/^[A-Z]+[\-\/](?:19|20)\d{2}$/.test(id)) continue;
    if (digitCount(id) >= 3 && (/[A-Z]/.test(id) ? digitCount(id) >= 3 && id.length >= 5 : /[\-\/]/.test(id) && digitCount(id) >= 5)) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.account, priority: 6 });
  }
  for (const s of /\d \d{2} \d{2} |\d{4} \d{5} \d|[A-Z]\d{3,5}-\d{4}/.test(text) ? spans(NATIONAL_ID_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.account, priority: 6 });
  for (const s of /[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]/.test(text) ? spans(NI_NUMBER_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  for (const s of /late|LATE|egistration|reg/.test(text) ? spans(PLATE_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  for (const s of /mrn['’]?s/i.test(text) ? spans(MRN_LIST_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  for (const s of /#|case/i.test(text) ? spans(SIGNED_CODE_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  for (const s of /receipt|autopsy|clia|badge|policy|subject|subj|participant|sample|specimen|document|claim|clm|member|cert|ref|accession|pcr|chart|acc|invoice|requisition|attendance|index|enrol|registration|donor|biobank|SN|S\/N|serial/i.test(text) ? spans(LABELLED_CODE_RE, text) : []) {
    // A code, not a count or a range: five digits or more, or letters and digits together ("BB-2290-XQ", "07-112", "W49-221-7781").
    const code = s.match[0];
    const digits = code.replace(/\D/g, "").length;
    if (/^\d{1,3}\/\d{1,3}$/.test(code)) continue; // a score: "Barthel Index 95/100"
    if (digits >= 5 || (digits > 0 && /[A-Za-z]/.test(code) && code.length >= 5)) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  }
  for (const s of spans(GROUPED_ID_RE, text)) {
    // A drug's National Drug Code is no patient's number ("NDC 0003-0894-21").
    if (/NDC[ \t#:]*$/.test(text.slice(Math.max(0, s.start - 6), s.start))) continue;
    // A range before its unit is an amount: "needs 2100-2500 kcal" (decision 124).
    if (/^[ \t]*(?:kcal|KCAL|cal|CAL|calories|CALORIES|ml|mL|ML|cc|CC|mg|MG|mcg|MCG|g|kg|KG|units?|UNITS?|steps)(?![\p{L}:])/u.test(text.slice(s.end, s.end + 10))) continue;
    if (/^\d{1,4}(?:-\d{1,4}){2,}$/.test(s.match[0]) && TREND_LABEL_BEFORE.test(text.slice(Math.max(0, s.start - 32), s.start))) continue;
    if (digitCount(s.match[0]) >= 7 && !shift(s.match[0]) && !roundRange(s.match[0])) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 7 });
  }
};
