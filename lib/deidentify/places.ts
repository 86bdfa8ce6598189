// Addresses, postcodes, hospitals and wards (shape rules; towns and cities are dictionary
// lookups in names.ts).
import { dictionaries } from "./dictionaries";
import { GENERIC_WARD_WORDS } from "./vocabulary";
import { MONTH, NOT_WORD_AFTER, STOP_WORDS, STREET_SUFFIX, STREET_SUFFIX_LONG } from "./patterns";
import { MSG, spans, type Detector } from "./types";

const CAP_WORD = `(?!(?:${MONTH}|${STOP_WORDS})${NOT_WORD_AFTER})\\p{Lu}[\\p{L}'’\\-]*\\.?`;

// House number + 1–3 capitalised words + a street suffix ("12 Baker Street", "221B Baker St").
const ADDRESS_RE = new RegExp(
  "(?<![\\p{L}\\p{N}.\\/\\-])(?:(?:Flat|Apartment|Apt|Unit|Suite|FLAT|APT)\\.?[ \\t]+[\\p{L}\\p{N}]+,?[ \\t]+)?" +
    "\\d{1,5}[A-Za-z]?(?:[\\-–\\/]\\d{1,5}[A-Za-z]?)?,?[ \\t]+" +
    `(?:(?:North|South|East|West|N|S|E|W)\\.?[ \\t]+)?(?:${CAP_WORD}[ \\t]+){1,3}${STREET_SUFFIX}\\.?(?!\\p{L})`,
  "dgu",
);
// A named street without a number ("lives on Coolidge Street"): long suffixes only, since
// "Dr" and "St" before a name are titles and saints.
const STREET_NAMED_RE = new RegExp(`(?<![\\p{L}])(?:${CAP_WORD}[ \\t]+){1,2}${STREET_SUFFIX_LONG}(?![\\p{L}])`, "dgu");
const PO_BOX_RE = /(?<!\p{L})(?:P\.?\s?O\.?\s?Box|PO BOX|Post Office Box)\s*\d+/dgiu;

// UK postcode: a real postcode area and the inward code's letters, so "T1", "C5", "T2N0M0" stay out.
const UK_POSTCODE_AREA =
  "(?:AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE)";
const UK_POSTCODE = `${UK_POSTCODE_AREA}\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}`;
const UK_POSTCODE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${UK_POSTCODE}(?![\\p{L}\\p{N}])`, "dgu");

export const US_STATE_CODES =
  "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";
// "City, ST" and "City, ST 12345": a state code is only a place after a comma and a word.
const US_STATE_AFTER_CITY_RE = new RegExp(`(?<=\\p{L}[.]?,[ \\t]*)${US_STATE_CODES}(?:[ \\t]+\\d{5}(?:-\\d{4})?)?(?![\\w\\-])`, "dgu");
// "Medford MA 02155": a state code and a ZIP after a word, without the comma.
const US_STATE_ZIP_RE = new RegExp(`(?<=\\p{L}[ \\t]+)${US_STATE_CODES}[ \\t]+\\d{5}(?:-\\d{4})?(?![\\w\\-])`, "dgu");
const US_ZIP4_RE = /(?<![\w.\/\-])\d{5}-\d{4}(?!\w|[.\/\-]\d)/dgu;
const POSTCODE_LABELLED_RE = new RegExp(
  `(?<!\\p{L})(?:ZIP|[Zz]ip|[Pp]ost(?:al)?[ \\t]*[Cc]ode)(?:[ \\t]*[Cc]ode)?[ \\t]*[:#]?[ \\t]*(\\d{5}(?:-\\d{4})?|${UK_POSTCODE})(?![\\w\\-])`,
  "dgu",
);

// Hospitals and other institutions: capitalised words before (or "of" after) an institution
// word ("Fairview General Hospital", "St Mary's", "Hospital of Saint Anne", "Oakwood Clinic").
const INSTITUTION =
  "(?:Hospitals?|HOSPITAL|Medical Cent(?:er|re)|MEDICAL CENTER|Health Cent(?:er|re)|Health Care|Healthcare|Health System|Clinic|CLINIC|Infirmary|INFIRMARY|Nursing Home|Care Home|Rest Home|Rehab(?:ilitation)?(?: Cent(?:er|re)| Hospital| Facility)?|Hospice|Sanatorium|Surgery Cent(?:er|re)|Cancer Cent(?:er|re)|Medical Group|Medical Practice|Memorial|Institute|NHS Trust|NHS Foundation Trust|Polyclinic)";
const INSTITUTION_NAME_WORD = `(?!(?:The|THE|This|Our|Your|A|An|Same|Outside|Other|Local|Another|Previous|Referring|TO|AT|FROM|IN|OF|AND|FOR|WITH|BY|ON|TRANSFER|TRANSFERRED|ADMITTED|DISCHARGED|PLAN|SEEN|SENT|ARRIVED|RETURNED|FAMILY|CALLED)${NOT_WORD_AFTER})(?:St\\.?|Saint|Mt\\.?|\\p{Lu}[\\p{L}'’\\-&]*\\.?)`;
const INSTITUTION_WORD_RE = new RegExp(`^${INSTITUTION}$`, "u");
const TITLE_WORD = `(?!(?:${MONTH}|${STOP_WORDS})${NOT_WORD_AFTER})\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*`;
const HOSPITAL_RE = new RegExp(
  `(?<![\\p{L}])(?:${INSTITUTION_NAME_WORD}[ \\t]+(?:(?:of|and|for|the|de|&)[ \\t]+)?){1,5}${INSTITUTION}(?:[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,2})?(?![\\p{L}])`,
  "dgu",
);
const HOSPITAL_OF_RE = new RegExp(`(?<![\\p{L}])(?:Hospital|HOSPITAL|University|UNIVERSITY|Clinic)[ \\t]+(?:of|OF)[ \\t]+(?:the[ \\t]+)?${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,3}`, "dgu");
// "St Mary's", "St. Elsewhere's", "Saint Anne's": a saint's name is a hospital or a church.
const SAINT_RE = /(?<![\p{L}\d])(?<!\d[ \t])(?:St\.?|ST\.?|Saint|SAINT)[ \t]+\p{Lu}[\p{L}\-]*(?:['’]s|S)?(?:[ \t]+(?:(?:and|&)[ \t]+)?\p{Lu}[\p{L}\-]*(?:['’]s)?)?(?!\p{L})/dgu;
// Hospitals known by a name and "General" or "Memorial" alone ("Mass General", "Toronto General").
const GENERAL_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:General|Memorial|GENERAL|MEMORIAL)(?![ \t]+(?:[Ss]urgery|[Mm]edicine|[Pp]ractice|[Pp]ractitioners?|[Aa]na?esthe\p{L}*|[Pp]a?ediatrics|[Hh]ealth|[Ss]urgeons?|[Pp]hysicians?|[Ww]ards?|[Mm]edical|[Hh]ospital|[Ii]nfirmary|[Cc]ondition|[Aa]ppearance|[Ss]tate))(?!\p{L})/dgu;

// Wards named after people or places: "Nightingale Ward", "Ward Elm", "Kingfisher Unit".
const WARD_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’\-]+)[ \t]+(?:Ward|WARD|Wing|WING|Unit|UNIT)(?![\p{L}])|(?<![\p{L}])(?:Ward|WARD)[ \t]+(\p{Lu}[\p{Ll}'’\-]+)(?![\p{L}])/dgu;
const GENERIC_WARD = new Set(GENERIC_WARD_WORDS);

// Cheap tests first: most texts name no street, institution or ward at all.
const MAY_HAVE_STREET = new RegExp(`${STREET_SUFFIX}|Box|BOX`, "u");
const MAY_HAVE_INSTITUTION = /Hospital|HOSPITAL|Cent(?:er|re)|CENTER|Clinic|CLINIC|Infirmary|INFIRMARY|Home|Rehab|Hospice|Sanatorium|Group|Practice|Memorial|Institute|Trust|Health|St\.?[ \t]|ST\.?[ \t]|Saint|SAINT|University|UNIVERSITY/u;
const MAY_HAVE_WARD = /Ward|WARD|Wing|WING|Unit|UNIT/u;

export const detectAddress: Detector = (text, add) => {
  for (const re of MAY_HAVE_STREET.test(text) ? [ADDRESS_RE, STREET_NAMED_RE, PO_BOX_RE] : []) {
    for (const s of spans(re, text)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const re of [UK_POSTCODE_RE, US_STATE_ZIP_RE, US_ZIP4_RE]) {
    for (const s of spans(re, text)) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
  // "Springfield, IL": without a ZIP, only after a known town, since "Smith, MD" and "Jones, PA"
  // are credentials.
  for (const s of spans(US_STATE_AFTER_CITY_RE, text)) {
    const before = /([\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*)?)[.]?,[ \t]*$/u.exec(text.slice(Math.max(0, s.start - 40), s.start));
    const words = before?.[1]?.toLowerCase() ?? "";
    const towns = dictionaries().places;
    if (/\d/.test(s.match[0]) || towns.has(words) || towns.has(words.split(/[ \t]+/).pop() ?? "")) {
      add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
    }
  }
  for (const s of spans(POSTCODE_LABELLED_RE, text, 1)) {
    add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
};

/** A proper-noun part: a word that is not ordinary English or clinical, or is a known name or place. */
function isProper(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, "").replace(/\.$/, "");
  if (/^(?:st|saint|mt)$/.test(w)) return true;
  if (GENERIC_WARD.has(w)) return false;
  const d = dictionaries();
  if (d.clinical.has(w)) return false;
  if (d.firstNames.has(w) || d.lastNames.has(w) || d.places.has(w)) return true;
  return !d.common.has(w) && !d.common.has(w.replace(/s$/, ""));
}

export const detectInstitutions: Detector = (text, add) => {
  const push = (start: number, end: number) => add({ kind: "location", start, end, message: MSG.location, priority: 8 });
  for (const re of MAY_HAVE_INSTITUTION.test(text) ? [HOSPITAL_RE, HOSPITAL_OF_RE, SAINT_RE] : []) {
    for (const s of spans(re, text)) {
      // "Fracture Clinic", "General Hospital", "Children's Hospital" are kinds, not names: at
      // least one word must be a proper noun.
      const words = s.match[0].split(/[ \t]+/).filter((w) => !/^(?:of|and|for|the|de|&|OF)$/.test(w));
      const strongInstitution = !/(?:Clinic|CLINIC|Institute|Polyclinic)$/.test(s.match[0]);
      const generic = (w: string) => GENERIC_WARD.has(w.toLowerCase()) || /^(?:St\.?|Saint|Mt\.?)$/.test(w) === false && /^(?:Hospitals?|HOSPITAL|Medical|MEDICAL|Health|Cent(?:er|re)|CENTER|Care|System|Home|Group|Trust|NHS|Foundation|Rehab(?:ilitation)?|Facility|University|UNIVERSITY|Clinic|Memorial|Infirmary|INFIRMARY|Institute)$/.test(w);
      if (strongInstitution ? words.some((w) => !generic(w)) : true) {
        if (strongInstitution || words.some((w) => !generic(w) && isProper(w))) { push(s.start, s.end); continue; }
      }
      if (!words.some((w) => !INSTITUTION_WORD_RE.test(w) && !/^(?:Hospitals?|HOSPITAL|Medical|MEDICAL|Health|Cent(?:er|re)|CENTER|Care|System|Home|Group|Trust|NHS|Foundation|Rehab(?:ilitation)?|Facility|University|UNIVERSITY|Clinic)$/.test(w) && isProper(w))) continue;
      push(s.start, s.end);
    }
  }
  for (const s of /General|Memorial|GENERAL|MEMORIAL/.test(text) ? spans(GENERAL_RE, text) : []) {
    const word = (s.match[1] ?? "").toLowerCase();
    // A clinical word ("Mass") counts only mid-sentence, where its capital marks a name.
    const midSentence = /[\p{L},][ \t]+$/u.test(text.slice(Math.max(0, s.start - 3), s.start));
    if (!GENERIC_WARD.has(word) && (midSentence || !dictionaries().clinical.has(word)) && !/^(?:the|a|an|in|on|at|under|via|given|with|for|and|good|fair|poor|stable)$/.test(word)) push(s.start, s.end);
  }
  for (const s of MAY_HAVE_WARD.test(text) ? spans(WARD_RE, text) : []) {
    const word = s.match[1] ?? s.match[2] ?? "";
    const w = word.toLowerCase();
    if (!/^\d/.test(word) && !GENERIC_WARD.has(w) && !dictionaries().clinical.has(w)) push(s.start, s.end);
  }
};
