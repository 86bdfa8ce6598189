/**
 * De-identification guard for free clinical text.
 *
 * This is a *warning* tool, not a redaction guarantee: it points a clinician at
 * text that looks like one of the HIPAA Safe Harbor identifiers (names, record
 * numbers, dates, contact details, addresses, ages over 89) before a case is
 * shared. It is tuned to stay silent on ordinary clinical and radiology
 * language, because a guard that cries wolf on "T1", "C5-C6" or "10 mg" gets
 * ignored. Anything it cannot recognise from shape and context alone (for
 * example a bare "John Smith" with no honorific or label) will be missed.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), so they can be
 * used directly with `String.prototype.slice` and textarea selection APIs.
 */

export type IdentifierKind =
  | "name"
  | "mrn"
  | "date"
  | "phone"
  | "email"
  | "address"
  | "postcode"
  | "url"
  | "age";

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** Offset of the first character (inclusive). */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
  /** `text.slice(start, end)` of the scanned string. */
  text: string;
  /** Short explanation aimed at the clinician writing the case. */
  message: string;
}

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

const MSG = {
  name: "Looks like a person's name",
  mrn: "Looks like a medical record or hospital number",
  nhs: "Looks like an NHS number",
  date: 'Looks like a calendar date; use relative timings such as "day 3" or "6 weeks later"',
  dob: "Looks like a date or year of birth; give an age band instead",
  phone: "Looks like a phone number",
  email: "Looks like an email address",
  address: "Looks like a street address",
  postcode: "Looks like a postcode or ZIP code",
  url: "Link appears to contain a patient or record identifier",
  age: 'Ages above 89 must be given as "90+"',
} as const;

// ---------------------------------------------------------------------------
// Shared pattern fragments
// ---------------------------------------------------------------------------

// Month names are matched capitalised only: lower-case "may" and "march" are
// ordinary English words, whereas "12 March" in clinical prose is a date.
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

// Capitalised words that commonly follow an honorific or label but are not
// names ("Dr The ...", "Name: Not recorded", "Dr Reviewed").
const STOP_WORDS =
  "(?:The|This|That|These|Those|An|And|Or|But|Of|In|On|At|To|For|With|By|From|Is|Was|Were|Has|Had|Have|Will|Would|Should|Could|Can|Please|Review|Reviewed|Reviewing|Note|Notes|Team|Office|Clinic|Ward|Unknown|Not|None|Withheld|Redacted|Male|Female|Man|Woman|Patient|He|She|They|His|Her|Their|It|Said|Saw|Seen|Today|Yesterday|Tomorrow|MRN|DOB|NHS|ID|Age|Sex)";

// End of a word. Apostrophe-joined parts ("O'Brien", "Smith's") are consumed
// by the token patterns themselves, so a trailing possessive ("Bloggs'") may
// follow.
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

// A number followed by a unit is a measurement ("1200000 copies/mL",
// "0958 12 mm"), never part of an identifier.
const NOT_BEFORE_UNIT =
  "(?![ \\t]*(?:x(?!\\p{L})|×|\\/|copies|cells|units?(?!\\p{L})|U(?!\\p{L})|IU|[mµμunp]?(?:g|L|l|mol)(?!\\p{L})|mL|ml|mm|cm|%|per(?!\\p{L})|cfu|CFU|bp|kb|Hz|Da|kDa))";

// One capitalised name token: "Smith", "O'Brien", "McDonald", "Smith-Jones",
// "José". The stop-word guard sits in front so "Dr Reviewed" stays silent.
const NAME_WORD = `(?!${STOP_WORDS}${NOT_WORD_AFTER})\\p{Lu}\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?(?:['’\\-]\\p{Lu}?\\p{Ll}+)*${NOT_WORD_AFTER}`;

// Numeric dates. Two-digit years are only accepted with "/" or "-" because
// "1.5.10"-style strings are more often versions or decimals than dates.
const NUMERIC_DATE =
  "(?<![\\w.\\/\\-])\\d{1,2}(?:\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})|-\\d{1,2}-(?:\\d{4}|\\d{2})|\\.\\d{1,2}\\.\\d{4})(?![\\w\\/]|[.\\-]\\d)";
const ISO_DATE =
  "(?<![\\w.\\/\\-])\\d{4}(?:-\\d{1,2}-\\d{1,2}|\\/\\d{1,2}\\/\\d{1,2})(?![\\w\\/]|[.\\-]\\d)";
// Day + month (year optional). Safe Harbor treats month-and-day of an event as
// identifying even without a year, so "seen on 12 March" is flagged.
const TEXT_DATE_DM = `(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}\\.?(?![\\p{L}])(?:,?[ \\t]+\\d{4}(?!\\p{N}))?`;
const TEXT_DATE_MD = `(?<![\\p{L}])${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?[ \\t]+\\d{4}(?!\\p{N}))?`;
// A bare year is allowed by Safe Harbor, so it is only used behind a birth label.
const BIRTH_YEAR = "(?:18|19|20)\\d{2}(?!\\p{N}|[\\/.\\-]\\p{N})";

const ANY_DATE = `(?:${NUMERIC_DATE}|${ISO_DATE}|${TEXT_DATE_DM}|${TEXT_DATE_MD})`;

// ---------------------------------------------------------------------------
// Candidate collection
// ---------------------------------------------------------------------------

interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  message: string;
  /**
   * Lower wins when two detectors claim exactly the same span, so the more
   * specific explanation (e.g. "date of birth" over "date") is shown.
   */
  priority: number;
}

type Detector = (text: string, add: (c: Candidate) => void) => void;

/** Iterates a global regex with indices, yielding the span of `group`. */
function* spans(
  re: RegExp,
  text: string,
  group = 0,
): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const idx = m.indices?.[group];
    if (idx) yield { start: idx[0], end: idx[1], match: m };
  }
}

function digitCount(s: string): number {
  return s.replace(/\D/g, "").length;
}

function inRange(n: number, lo: number, hi: number): boolean {
  return Number.isInteger(n) && n >= lo && n <= hi;
}

/** Rejects shapes like "45/12/99" that match the date regex but cannot be dates. */
function isPlausibleDate(s: string): boolean {
  let m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    // Either day/month or month/day order is possible, so only demand that one
    // of the first two parts can be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    return inRange(a, 1, 31) && inRange(b, 1, 31) && Math.min(a, b) <= 12;
  }
  m = /^(\d{4})[\/\-](\d{1,2})[\/\-](\d{1,2})$/.exec(s);
  if (m) {
    return (
      inRange(Number(m[1]), 1850, 2150) &&
      inRange(Number(m[2]), 1, 12) &&
      inRange(Number(m[3]), 1, 31)
    );
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return inRange(Number(m[1]), 1850, 2150);
  // Textual date: the day is the only 1–2 digit number in it.
  m = /(?<!\d)(\d{1,2})(?!\d)/.exec(s);
  return m ? inRange(Number(m[1]), 1, 31) : false;
}

/** NHS numbers carry a mod-11 check digit; using it avoids mislabelling phones. */
function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// --- email ----------------------------------------------------------------

const EMAIL_RE =
  /(?<![\w.+\-])[\w.+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+/dgu;

const detectEmail: Detector = (text, add) => {
  for (const s of spans(EMAIL_RE, text)) {
    add({ kind: "email", start: s.start, end: s.end, message: MSG.email, priority: 0 });
  }
};

// --- URLs -----------------------------------------------------------------

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'`]+/dgiu;
// Only links that carry a patient-level key are identifying; a DOI or PubMed
// link full of digits is a literature reference and must not be flagged.
const URL_ID_PARAM_RE =
  /[?&#;][\w\-]*(?:id|mrn|nhs|patient|accession|study|record)[\w\-]*=|\/(?:patients?|mrn|records?)\/[\w\-]+/i;

function urlSpans(text: string): Array<{ start: number; end: number; identifying: boolean }> {
  const out: Array<{ start: number; end: number; identifying: boolean }> = [];
  for (const s of spans(URL_RE, text)) {
    // Sentence punctuation after a link is not part of it.
    const trimmed = s.match[0].replace(/[.,;:!?)\]}]+$/u, "");
    const end = s.start + trimmed.length;
    out.push({ start: s.start, end, identifying: URL_ID_PARAM_RE.test(trimmed) });
  }
  return out;
}

// --- phone ----------------------------------------------------------------

// International format; the digit-count check afterwards separates phones from
// things like "+2 0.5" in prose.
const PHONE_INTL_RE = new RegExp(
  "(?<![\\w+])\\+\\d{1,3}(?:[ .\\-]?(?:\\(\\d{1,4}\\)|\\d{1,5})){1,5}(?!\\w)" + NOT_BEFORE_UNIT,
  "dgu",
);
// North American: 3-3-4 with a separator, optional leading 1 and (area code).
const PHONE_NANP_RE =
  /(?<![\w+\-.\/])(?:1[ .\-])?(?:\(\d{3}\)[ .\-]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?!\w|[.\-\/]\d)/dgu;
// UK national format: trunk prefix 0 and 10–11 digits in total.
const PHONE_UK_RE =
  /(?<![\w+\-.\/])(?:\(0\d{2,4}\)|0\d{2,4})(?:[ \-]?\d{3,4}){2}(?!\w|[.\-\/]\d)/dgu;

const detectPhone: Detector = (text, add) => {
  for (const s of spans(PHONE_INTL_RE, text)) {
    const n = digitCount(s.match[0]);
    if (n >= 8 && n <= 15) {
      add({ kind: "phone", start: s.start, end: s.end, message: MSG.phone, priority: 5 });
    }
  }
  for (const s of spans(PHONE_NANP_RE, text)) {
    // "943 476 5919" could be either; a valid NHS check digit tips it to NHS.
    if (/^\d{3} \d{3} \d{4}$/.test(s.match[0]) && isValidNhsNumber(s.match[0].replace(/ /g, ""))) {
      continue;
    }
    add({ kind: "phone", start: s.start, end: s.end, message: MSG.phone, priority: 5 });
  }
  for (const s of spans(PHONE_UK_RE, text)) {
    const n = digitCount(s.match[0]);
    if (n >= 10 && n <= 11) {
      add({ kind: "phone", start: s.start, end: s.end, message: MSG.phone, priority: 5 });
    }
  }
};

// --- record numbers -------------------------------------------------------

// An explicit label makes even a short number identifying, so the threshold
// drops to 4 digits here.
const MRN_LABELLED_RE = new RegExp(
  "(?<![\\p{L}])(?:MRN|M\\.R\\.N\\.?|MR[ \\t]*(?:no|number|#)|medical[ \\t]+record[ \\t]+(?:number|no)|hospital[ \\t]+(?:number|no|id)|hosp[ \\t]*no|NHS[ \\t]*(?:number|no)|CHI[ \\t]*(?:number|no)|UR[ \\t]*(?:number|no)|URN|patient[ \\t]+(?:id|identifier|number|no)|record[ \\t]+(?:number|no)|accession(?:[ \\t]*(?:number|no))?|unit[ \\t]+number)" +
    "\\.?[ \\t]*(?:[:#=\\-]|is)?[ \\t]*" +
    "((?:[A-Z]{1,3}[ \\t\\-]?)?\\d+(?:[ \\t\\-]\\d{3,})*)(?![\\w])",
  "dgiu",
);

// Space-separated NHS numbers (3-3-4) are validated by check digit so that an
// unlabelled one is still recognised without catching random number triples.
const NHS_SPACED_RE = /(?<![\w.\/\-])\d{3} \d{3} \d{4}(?!\w|[.\/\-]\d)/dgu;

// Letter prefix + long digit run ("AB1234567"). Case-sensitive so lower-case
// identifiers such as SNP ids ("rs1234567") are left alone; literature and
// trial registry ids are excluded because they identify papers, not patients.
const MRN_ALNUM_RE =
  /(?<![\w.\/\-])(?!(?:PMC|NCT|PMID|ISBN|ISSN|DOI)\d)[A-Z]{1,3}-?\d{6,10}(?!\w|[.\/\-]\d)/dgu;

// Bare runs of 6+ digits. Digits glued to decimals, thousands separators or
// slashes belong to measurements, and a trailing unit ("1200000 copies/mL")
// marks a lab value rather than an identifier. Numbers labelled as literature
// or terminology codes (PMID, SNOMED CT, LOINC, ...) identify concepts and
// papers, not patients.
const MRN_BARE_RE = new RegExp(
  "(?<![\\w.,\\/\\-+])(?<!(?:PMID|PMCID|DOI|ISBN|ISSN|NCT|SNOMED(?:[ \\t]*CT)?|SCTID|LOINC|OMIM|MIM|ORPHA|Orphanet|HGNC|RxNorm|CUI)[ \\t]*[:#]?[ \\t]*)\\d{6,}(?!\\w|[.,\\/]\\d)" +
    NOT_BEFORE_UNIT,
  "dgu",
);

const detectMrn: Detector = (text, add) => {
  for (const s of spans(MRN_LABELLED_RE, text, 1)) {
    const id = s.match[1] ?? "";
    if (digitCount(id) >= 4) {
      const nhs = /nhs/i.test(s.match[0]) || isValidNhsNumber(id.replace(/\D/g, ""));
      add({ kind: "mrn", start: s.start, end: s.end, message: nhs ? MSG.nhs : MSG.mrn, priority: 4 });
    }
  }
  for (const s of spans(NHS_SPACED_RE, text)) {
    if (isValidNhsNumber(s.match[0].replace(/ /g, ""))) {
      add({ kind: "mrn", start: s.start, end: s.end, message: MSG.nhs, priority: 4 });
    }
  }
  for (const s of spans(MRN_ALNUM_RE, text)) {
    add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  }
  for (const s of spans(MRN_BARE_RE, text)) {
    add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 6 });
  }
};

// --- dates ----------------------------------------------------------------

const DATE_RE = new RegExp(ANY_DATE, "dgu");

// Birth context turns even a bare year into an identifier worth flagging.
const DOB_RE = new RegExp(
  "(?<![\\p{L}])(?:DOB|D\\.O\\.B\\.?|YOB|[Dd]ate[ \\t]+of[ \\t]+[Bb]irth|[Yy]ear[ \\t]+of[ \\t]+[Bb]irth|[Bb]orn(?:[ \\t]+(?:on|in))?)" +
    "[ \\t]*[:\\-]?[ \\t]*" +
    `(${ANY_DATE}|${BIRTH_YEAR})`,
  "dgu",
);

const detectDates: Detector = (text, add) => {
  for (const s of spans(DOB_RE, text, 1)) {
    if (isPlausibleDate(s.match[1] ?? "")) {
      add({ kind: "date", start: s.start, end: s.end, message: MSG.dob, priority: 2 });
    }
  }
  for (const s of spans(DATE_RE, text)) {
    if (isPlausibleDate(s.match[0])) {
      add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
    }
  }
};

// --- ages over 89 -----------------------------------------------------------

// Only phrasings that unambiguously state an age are used: a bare "92 years"
// could be a duration, and "92F" collides with Fahrenheit temperatures.
const AGE_RES: RegExp[] = [
  /(?<![\p{N}.])(\d{2,3})[ \t\-]*(?:years?|yrs?|y)[ \t\-]*old(?!\p{L})/dgu,
  /(?<![\p{N}.])(\d{2,3})[ \t\-]*(?:years?|yrs?)[ \t\-]+of[ \t\-]+age(?!\p{L})/dgu,
  /(?<![\p{N}.])(\d{2,3})[ \t]*(?:y\/o|y\.o\.|yo)(?!\p{L})/dgu,
  // "aged 95" but not "aged 90 days" (neonatal ages in days are not ages in years).
  /(?<!\p{L})[Aa]ged?[ \t]*[:\-]?[ \t]*(\d{2,3})(?![\p{N}.])(?![ \t]*(?:days?|d|weeks?|wks?|w|months?|mo|mths?)(?!\p{L}))/dgu,
];

const detectAge: Detector = (text, add) => {
  for (const re of AGE_RES) {
    for (const s of spans(re, text)) {
      const years = Number(s.match[1]);
      if (years >= 90 && years <= 125) {
        add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
      }
    }
  }
};

// --- addresses and postcodes -------------------------------------------------

const STREET_SUFFIX =
  "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Court|Ct|Way|Place|Pl|Crescent|Cres|Terrace|Tce|Gardens|Gdns|Grove|Square|Sq|Mews|Highway|Hwy|Parkway|Pkwy)";
// Month names are excluded so that "12 March Dr Smith" reads as a date plus a
// doctor, not as a house on "March Dr".
const STREET_WORD = `(?!(?:${MONTH}|${STOP_WORDS})${NOT_WORD_AFTER})\\p{Lu}[\\p{L}'’\\-]*\\.?`;

// House number + 1–3 capitalised words + a street suffix. Requiring the suffix
// (case-sensitive) keeps "2nd metatarsal" and "6 Minute Walk Test" out.
const ADDRESS_RE = new RegExp(
  "(?<![\\p{L}\\p{N}.\\/\\-])(?:(?:Flat|Apartment|Apt|Unit|Suite)\\.?[ \\t]+[\\p{L}\\p{N}]+,?[ \\t]+)?" +
    "\\d{1,5}[A-Za-z]?(?:[\\-–\\/]\\d{1,5}[A-Za-z]?)?,?[ \\t]+" +
    `(?:${STREET_WORD}[ \\t]+){1,3}${STREET_SUFFIX}(?!\\p{L})`,
  "dgu",
);

// UK postcode. The outward code must start with a real postcode area and the
// inward code uses only the letters Royal Mail allocates; together these keep
// letter-digit clinical codes ("T1 3D...", "C5", "T2N0M0") out, since T and C
// are not postcode areas. Case-sensitive: postcodes are written in capitals.
const UK_POSTCODE_AREA =
  "(?:AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE)";
const UK_POSTCODE = `${UK_POSTCODE_AREA}\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}`;
const UK_POSTCODE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${UK_POSTCODE}(?![\\p{L}\\p{N}])`, "dgu");

const US_STATES =
  "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";
// A bare 5-digit number is far too common in clinical text to call a ZIP, and
// many state codes double as clinical abbreviations (CT, MD, MS, PA), so a ZIP
// is only recognised in the "City, ST 12345" shape.
const US_ZIP_STATE_RE = new RegExp(
  `(?<=[\\p{L}.],[ \\t]*)${US_STATES}[ \\t]+\\d{5}(?:-\\d{4})?(?![\\w\\-])`,
  "dgu",
);
// ZIP+4 is distinctive enough to stand alone.
const US_ZIP4_RE = /(?<![\w.\/\-])\d{5}-\d{4}(?!\w|[.\/\-]\d)/dgu;
const POSTCODE_LABELLED_RE = new RegExp(
  `(?<!\\p{L})(?:ZIP|[Zz]ip|[Pp]ost(?:al)?[ \\t]*[Cc]ode)(?:[ \\t]*[Cc]ode)?[ \\t]*[:#]?[ \\t]*(\\d{5}(?:-\\d{4})?|${UK_POSTCODE})(?![\\w\\-])`,
  "dgu",
);

const detectAddress: Detector = (text, add) => {
  for (const s of spans(ADDRESS_RE, text)) {
    add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const re of [UK_POSTCODE_RE, US_ZIP_STATE_RE, US_ZIP4_RE]) {
    for (const s of spans(re, text)) {
      add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
    }
  }
  for (const s of spans(POSTCODE_LABELLED_RE, text, 1)) {
    add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
};

// --- names -------------------------------------------------------------------

// Case-sensitive on purpose: "MR imaging" and "MRI" must never look like "Mr".
// The honorific is included in the span so the whole courtesy form is
// highlighted. Clinicians' names are flagged too: the treating team can
// identify the patient as easily as the patient's own name.
const HONORIFIC_NAME_RE = new RegExp(
  "(?<![\\p{L}])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor)\\.?[ \\t]+" +
    `(?:\\p{Lu}\\.[ \\t]*)*${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}`,
  "dgu",
);

// After an explicit "Name:" label the value is a name even in capitals
// ("SMITH, John"), so the token shape is looser than after an honorific.
const LABEL_WORD = `(?!${STOP_WORDS}${NOT_WORD_AFTER})\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)`;
const LABELLED_NAME_RE = new RegExp(
  "(?<![\\p{L}])(?:[Pp]atient(?:['’]s)?[ \\t]+)?(?:(?:[Ff]ull|[Ff]irst|[Ll]ast|[Gg]iven|[Ff]amily|[Mm]aiden)[ \\t]+)?(?:[Nn]ame|[Ss]urname|[Ff]orename|NAME)s?[ \\t]*[:=][ \\t]*" +
    `(${LABEL_WORD}(?:,?[ \\t]+${LABEL_WORD}){0,3})`,
  "dgu",
);

const detectNames: Detector = (text, add) => {
  for (const s of spans(HONORIFIC_NAME_RE, text)) {
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(LABELLED_NAME_RE, text, 1)) {
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
};

const DETECTORS: Detector[] = [
  detectEmail,
  detectPhone,
  detectMrn,
  detectDates,
  detectAge,
  detectAddress,
  detectNames,
];

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Finds text that looks like a patient identifier.
 *
 * Findings are sorted by `start` and never overlap. When detectors disagree
 * about overlapping text (e.g. a labelled MRN that is also a bare digit run,
 * or "Name: Mr John Smith"), the spans are merged into their union so nothing
 * identifying is left uncovered; the kind and message come from the longest
 * original span, ties going to the more specific detector.
 */
export function findIdentifiers(text: string): IdentifierFinding[] {
  if (!text) return [];

  const urls = urlSpans(text);
  const candidates: Candidate[] = [];
  for (const u of urls) {
    if (u.identifying) {
      candidates.push({ kind: "url", start: u.start, end: u.end, message: MSG.url, priority: 0 });
    }
  }

  // Digits inside a literature link (DOI, PubMed id) are not patient data, so
  // anything found wholly inside a non-identifying URL is discarded.
  const insideHarmlessUrl = (c: Candidate) =>
    urls.some((u) => !u.identifying && c.start >= u.start && c.end <= u.end);
  const add = (c: Candidate) => {
    if (c.end > c.start && !insideHarmlessUrl(c)) candidates.push(c);
  };
  for (const detect of DETECTORS) detect(text, add);

  candidates.sort(
    (a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority,
  );

  const groups: Array<{ start: number; end: number; best: Candidate }> = [];
  for (const c of candidates) {
    const last = groups[groups.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      const bestLen = last.best.end - last.best.start;
      const len = c.end - c.start;
      if (len > bestLen || (len === bestLen && c.priority < last.best.priority)) {
        last.best = c;
      }
    } else {
      groups.push({ start: c.start, end: c.end, best: c });
    }
  }

  return groups.map((g) => ({
    kind: g.best.kind,
    start: g.start,
    end: g.end,
    text: text.slice(g.start, g.end),
    message: g.best.message,
  }));
}

/**
 * Scans several named fields of a case (e.g. `{ title, presentation,
 * "studies.0.findings": ... }`). Empty and missing fields are skipped; offsets
 * are relative to each field's own value. Results follow the order of the
 * fields object, then position within the field.
 */
export function scanFields(
  fields: Record<string, string | null | undefined>,
): Array<IdentifierFinding & { field: string }> {
  const out: Array<IdentifierFinding & { field: string }> = [];
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value !== "string" || value.length === 0) continue;
    for (const f of findIdentifiers(value)) out.push({ ...f, field });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Age bands
// ---------------------------------------------------------------------------

/** Safe Harbor allows exact ages up to 89; everything older is pooled. */
const AGE_CAP = 90;
const EN_DASH = "\u2013";

function buildAgeBands(): string[] {
  const bands: string[] = [];
  for (let lo = 0; lo < AGE_CAP; lo += 5) bands.push(`${lo}${EN_DASH}${lo + 4}`);
  bands.push(`${AGE_CAP}+`);
  return bands;
}

/** All age bands in ascending order: "0–4", "5–9", …, "85–89", "90+" (en dash). */
export const AGE_BANDS: string[] = buildAgeBands();

// Validation uses a private copy so that code mutating the exported array
// cannot widen what counts as a valid band.
const VALID_AGE_BANDS: ReadonlySet<string> = new Set(buildAgeBands());

/**
 * Maps an age in years to its 5-year band ("50–54"), or "90+" for 90 and over.
 * Fractional ages are floored (4.9 years is still in "0–4").
 * @throws RangeError for negative or non-finite ages.
 */
export function ageBand(age: number): string {
  if (!Number.isFinite(age) || age < 0) {
    throw new RangeError(`Age must be a finite number >= 0, got ${age}`);
  }
  const years = Math.floor(age);
  if (years >= AGE_CAP) return `${AGE_CAP}+`;
  const lo = years - (years % 5);
  return `${lo}${EN_DASH}${lo + 4}`;
}

/** True only for the exact strings in AGE_BANDS (en dash, no spaces). */
export function isValidAgeBand(s: string): boolean {
  return VALID_AGE_BANDS.has(s);
}
