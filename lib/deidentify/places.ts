// Hospitals, clinics, schools, care homes and wards by their shape and context (addresses are in
// addresses.ts; towns and cities are dictionary lookups in names.ts).
import { dictionaries } from "./dictionaries";
import { detectHospitalLetters } from "./hospital-letters";
import { detectKnownHospitals } from "./hospital-names";
import { detectNumberedWards } from "./wards";
import { CALENDAR } from "./vocabulary";
import { CAP_WORD, MONTH, NOT_WORD_AFTER, STOP_WORDS } from "./patterns";
import { MSG, spans, type Detector } from "./types";
import { eponymHeadAfter, GENERIC_PLACE_WORDS, GENERIC_WARD } from "./name-context";
import { isCommonWord, looksMedical } from "./tokens";

// Hospitals and other institutions: capitalised words before (or "of" after) an institution
// word ("Fairview General Hospital", "St Mary's", "Hospital of Saint Anne", "Oakwood Clinic").
const INSTITUTION =
  "(?:Eye (?:and|&) Ear(?: Infirmary)?|Hospitals?|HOSPITAL|Medical Cent(?:er|re)|MEDICAL CENTER|Health Cent(?:er|re)|Health Care|Healthcare|Health System|Health Plan|HEALTH PLAN|Diagnostics|Laborator(?:y|ies)|(?:Health )?Sciences? Cent(?:er|re)|(?:HEALTH )?SCIENCES? CENT(?:ER|RE)|(?:University )?Health Board|UHB|LHB|MEDICAL CENTRE|Clinic|CLINIC|Infirmary|INFIRMARY|Nursing Home|Care Home|Rest Home|Rehab(?:ilitation)?(?: Cent(?:er|re)| Hospital| Facility)?|Hospice|Sanatorium|Surgery Cent(?:er|re)|Funeral (?:Home|Directors|Services)|(?:Treatment|Recovery) Cent(?:er|re)|Dental (?:Group|Practice|Care|Cent(?:er|re))|Pharmacy|PHARMACY|Chemists?|(?:Surgical|Endoscopy|Dialysis|Wellness|Birth(?:ing)?|Kidney|Sleep) Cent(?:er|re)|Cancer Cent(?:er|re)|Medical Group|Medical Practice|Family Health|FAMILY HEALTH|Community Health|COMMUNITY HEALTH|VNA|Visiting Nurses?(?: Association)?|Home Health(?: Care)?|Home Care|HOME CARE|Homecare|HOMECARE|Home Medical|HOME MEDICAL|Home Infusion|HOME INFUSION|Ambulance|AMBULANCE|Gym|GYM|LIVING CENT(?:ER|RE)|Memorial|Institute|NHS Trust|NHS Foundation Trust|Polyclinic|Family Practice|FAMILY PRACTICE|Family Medicine|Group Practice|(?:Medical |Health |MEDICAL )?(?:Associates|ASSOCIATES)|Medical (?:Park|Plaza|Arts|Building)|MEDICAL (?:PARK|PLAZA|BUILDING)|Manor|MANOR|Assisted Living|ASSISTED LIVING|Senior Living|Living Cent(?:er|re)|(?:Nursing|Care|Convalescent|Extended Care) Cent(?:er|re)|NURSING CENTER|Convalescent Home|Skilled Nursing(?: Facility)?|Nursing Facility|Community College|COMMUNITY COLLEGE|University|UNIVERSITY|(?:Disease|Research|Memory|Heart|Vascular|Spine|Stroke) Cent(?:er|re)|Elder Services|ELDER SERVICES|Council on Aging|Learning Cent(?:er|re)|Child Care Cent(?:er|re)|Day ?[Cc]are|Preschool" +
  // Shortened as notes shorten them: "Landmark Med Ctr", "Kindred Hosp", "Courtyard Nursing Care Ctr".
  "|(?:Med(?:ical)?|MED(?:ICAL)?|Nursing|NURSING|Care|CARE|Health|HEALTH|Rehab|REHAB|Community|COMMUNITY)\\.?[ \\t]+(?:Ctr|CTR)\\.?|(?:Hosp|HOSP)\\.?(?![ \\t]+(?:[Cc]ourse|COURSE|[Dd]ay|DAY|#))" +
  // Practices named after their specialty: "Westside Internal Medicine", "NORTH SHORE CARDIOLOGY
  // ASSOCIATES", "Lakeview Pediatrics" (a proper word must come before; "Interventional
  // Radiology" is a service).
  "|Internal Medicine|INTERNAL MEDICINE|FAMILY MEDICINE|Primary Care|PRIMARY CARE|Urgent Care|URGENT CARE" +
  "|(?:Cardiology|Pediatrics|Paediatrics|Orthopedics|Orthopaedics|Dermatology|Gastroenterology|Urology|Oncology|Neurology|Pulmonology|Rheumatology|Endocrinology|Nephrology|Ophthalmology|Physical Therapy|Imaging|Radiology|Women's Health" +
  "|CARDIOLOGY|PEDIATRICS|ORTHOPEDICS|ORTHOPAEDICS|DERMATOLOGY|GASTROENTEROLOGY|UROLOGY|ONCOLOGY|NEUROLOGY|PULMONOLOGY|RHEUMATOLOGY|ENDOCRINOLOGY|NEPHROLOGY|OPHTHALMOLOGY|PHYSICAL THERAPY|IMAGING|RADIOLOGY)" +
  "(?:[ \\t]+(?:Associates|ASSOCIATES|Group|GROUP|Partners|PARTNERS|Specialists|SPECIALISTS|PC|P\\.C\\.|LLC))?" +
  "|(?:Orthop(?:a)?edic|Cardiac|Surgical|Pediatric|Paediatric|Spine|Pain)[ \\t]+(?:Associates|Group|Partners|Specialists))";
const INSTITUTION_NAME_WORD = `(?!(?:The|THE|This|Our|Your|A|An|Same|Outside|Other|Local|Another|Previous|Referring|Near|NEAR|Next|NEXT|TO|AT|FROM|IN|OF|AND|FOR|WITH|BY|ON|TRANSFER|TRANSFERRED|ADMITTED|DISCHARGED|PLAN|SEEN|SENT|ARRIVED|RETURNED|FAMILY|CALLED)${NOT_WORD_AFTER})(?:St\\.?|Saint|Mt\\.?|\\p{Lu}[\\p{L}'’\\-&]*\\.?)`;
const INSTITUTION_WORD_RE = new RegExp(`^${INSTITUTION}$`, "u");
const TITLE_WORD = `(?!(?:${MONTH}|${STOP_WORDS})${NOT_WORD_AFTER})\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*`;
const HOSPITAL_RE = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}\\/])(?:${INSTITUTION_NAME_WORD}[ \\t]+(?:(?:of|and|for|the|de|&)[ \\t]+)?){1,5}${INSTITUTION}(?:[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,2})?(?![\\p{L}])`,
  "dgu",
);
const HOSPITAL_OF_RE = new RegExp(`(?<![\\p{L}])(?:Hospital|HOSPITAL|University|UNIVERSITY|Clinic)[ \\t]+(?:of|OF)[ \\t]+(?:the[ \\t]+)?${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,3}`, "dgu");
// "St Mary's", "St. Elsewhere's", "Saint Anne's": a saint's name is a hospital or a church; "St
// John's wort" is a herb.
const SAINT_RE = /(?<![\p{L}\d])(?<!\d[ \t])(?:St\.?|ST\.?|Saint|SAINT)[ \t]+(?!\p{Lu}[\p{L}\-]*['’]?[sS]?[ \t]+[Ww][Oo][Rr][Tt](?!\p{L}))\p{Lu}[\p{L}\-]*(?:['’]s|S)?(?:[ \t]+(?:(?:and|&)[ \t]+)?\p{Lu}[\p{L}\-]*(?:['’]s)?)?(?!\p{L})/dgu;
// Hospitals known by a name and "General" or "Memorial" alone ("Mass General", "Toronto General").
const GENERAL_RE = /(?=\p{Lu})(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:General|Memorial|GENERAL|MEMORIAL)(?![ \t]+(?:[Ss]urgery|[Mm]edicine|[Pp]ractice|[Pp]ractitioners?|[Aa]na?esthe\p{L}*|[Pp]a?ediatrics|[Hh]ealth|[Ss]urgeons?|[Pp]hysicians?|[Ww]ards?|[Mm]edical|[Hh]ospital|[Ii]nfirmary|[Cc]ondition|[Aa]ppearance|[Ss]tate))(?!\p{L})/dgu;

// Wards named after people or places: "Nightingale Ward", "Ward Elm", "Ward: Nightingale", "Kingfisher Unit";
// and rooms and buildings (decision 128): "the Ridley Suite", "GONDA BUILDING", "ward Nightingale".
const WARD_RE = /(?=\p{Lu}|ward)(?:(?<![\p{L}])(\p{Lu}[\p{L}'’\-]+)[ \t]+(?:Ward|WARD|Wing|WING|Unit|UNIT|Suite|SUITE|Building|BUILDING|Pavilion|PAVILION|Tower|TOWER)(?![\p{L}])|(?<![\p{L}])(?:(?:Ward|WARD|ward)[ \t]*:?)[ \t]+(\p{Lu}[\p{Ll}'’\-]+)(?![\p{L}]))/dgu;
const CALENDAR_WORDS = new Set(CALENDAR);
// "followed at the Brookside clinic": a proper noun (no English or clinical word) before a
// lower-case institution word.
const LOWER_CLINIC_RE = /(?=\p{Lu})(?<=[\p{Ll},][ \t]+(?:the[ \t]+)?)(\p{Lu}\p{Ll}[\p{L}'’\-]+)[ \t]+(?:VA[ \t]+|VAMC[ \t]+)?(?:clinic|practice|hospital|medical center|health center|nursing home|rehab|emergency department|emergency room|office|VA|VAMC|LTACH|LTAC|SNF|ECF|IRF)(?![\p{L}])/dgu;

// The site code in a record header: a record number, then the hospital's abbreviation alone on
// the rest of the line ("804713552 FMC", "12345678 | PUOMC |") or before the next number ("4413091 NWH 76621098").
const SITE_CODE_RE = /(?=[A-Z])(?<=^[ \t]*\d{6,}[ \t]*\|?[ \t]*)[A-Z]{2,6}(?=[ \t]*\|?[ \t]*(?:$|\d{5,}(?![\d.\/])))/dgmu;
// "A Caribou resident", "a Galway native": the words before "resident" or "native" are a place,
// unless they name a kind of doctor ("the Surgery resident", "a senior resident").
const RESIDENT_WORD_RE = /(?<![\p{L}])(?:resident|native|RESIDENT|NATIVE)(?![\p{L}])/dgu;
const PLACE_BEFORE_RESIDENT_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’\-]+[ \t]+){0,2}\p{Lu}[\p{L}'’\-]+)[ \t]+$/u;
const NOT_A_PLACE_BEFORE_RESIDENT = /^(?:ltc|snf|nh|alf|chaplain|chaplaincy|pastoral|senior|junior|chief|night|day|covering|admitting|overnight|float|floor|team|first|second|third|year|surgery|medicine|radiology|pediatrics|paediatrics|psychiatry|neurology|anesthesia|anaesthesia|orthopedics|orthopaedics|obstetrics|gynecology|dermatology|urology|ophthalmology|cardiology|pgy|intern|american|native|permanent|legal|long-term|nursing|home|care|facility|the|a|an|our|your|this|that|former|current|new|local)$/i;
// A care home or residence named after a discharge or residence cue: "D/C TO SHADY PINES",
// "discharged to Willow Creek", "resident of Elmhurst Gardens".
const RESIDENCE_AFTER_CUE_RE = /(?=\p{Lu})(?<=(?:discharged|discharge|d\/c|d\/c'd|dc|dc'd|transferred|transfer|returned|return|returning|admitted|sent|go|going|went|back|Discharged|Discharge|D\/c|D\/c'd|Dc|Dc'd|Transferred|Transfer|Returned|Return|Returning|Admitted|Sent|Go|Going|Went|Back|DISCHARGED|DISCHARGE|D\/C|D\/C'D|DC|DC'D|TRANSFERRED|TRANSFER|RETURNED|RETURN|RETURNING|ADMITTED|SENT|GO|GOING|WENT|BACK)[ \t]+(?:to|from|TO|FROM)[ \t]+(?:the[ \t]+|THE[ \t]+)?|(?:resident|RESIDENT|resides|residing|lives|living|Resides|Lives|RESIDES|RESIDING|LIVES|LIVING)[ \t]+(?:of|OF|at|AT|in|IN)[ \t]+(?:the[ \t]+|THE[ \t]+)?|(?:^|[.;][ \t]*)(?:Pt|PT|Patient|PATIENT|pt|patient)[ \t]+(?:is[ \t]+|IS[ \t]+)?(?:from|FROM)[ \t]+(?:the[ \t]+|THE[ \t]+)?)(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,2}(?:Pines|Manor|Gardens|Village|Haven|Acres|Estates|Heights|Commons|Lodge|Towers|Meadows|Oaks|Woods|Glen|Crest|Ridge|Springs|House|Hall|Creek|Grove|Farm|Farms|Hills|Knoll|Landing|Harbor|Harbour|Shores|Vista|Court|Place|Terrace|PINES|MANOR|GARDENS|VILLAGE|HAVEN|ACRES|ESTATES|HEIGHTS|COMMONS|LODGE|TOWERS|MEADOWS|OAKS|WOODS|GLEN|CREST|RIDGE|SPRINGS|HOUSE|HALL|CREEK|GROVE|HILLS|LANDING|SHORES|VISTA)(?![\p{L}])/dgu;


// An employer named after a verb of work: "works part time at Stop & Shop", "retired from the
// Electric Boat shipyard", "a driver for UPS", "drives for UPS", "employed by Raytheon". Up to four capitalised
// words (an "&" or "of" between them); kinds of workplace ("works at Home", "retired from the
// Army", "worked in Nursing") are no names and are checked below.
const WORK_CUE = "(?:work|works|worked|working|employed|retired|volunteers|volunteered|job|drives|drove|delivers|delivered|teaches|taught|Works|Worked|Working|Employed|Retired|WORKS|WORKED|WORKING|EMPLOYED|RETIRED)(?:[ \\t]+(?:\\d{1,2}[ \\t]+(?:years?|yrs?|months?)|part[ \\-]time|full[ \\-]time|nights|days|there|PART[ \\-]TIME|FULL[ \\-]TIME|(?:\\d(?:st|nd|rd|th|ST|ND|RD|TH)|first|second|third|night|day|evening|overnight|NIGHT|DAY)[ \\t]+(?:shift|SHIFT)|(?:a|an|A|AN)[ \\t]+(?:truck|bus|cab|taxi|van|forklift|route|TRUCK|BUS|CAB|TAXI|VAN|FORKLIFT|ROUTE)))?(?:[ \\t]+(?:as|AS)[ \\t]+(?:an?|AN?)[ \\t]+[a-z]+(?:[ \\t]+[a-z]+)?)?" +
  "|(?:an?|AN?)[ \\t]+(?:[a-z]+[ \\t]+)?(?:driver|cashier|clerk|manager|engineer|technician|secretary|accountant|worker|employee|aide|janitor|custodian|receptionist|salesman|saleswoman|analyst|teacher|mechanic|machinist|welder|guard|nurse|chef|cook|server|waitress|waiter|bartender|pharmacist|programmer|consultant|electrician|plumber|carpenter|labourer|laborer|operator|trucker|farmer|fisherman|pilot|officer|firefighter|cleaner|porter|carer|caretaker|housekeeper|labourer|volunteer|administrator|assistant)";
const EMPLOYER_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:${WORK_CUE})[ \\t]+(?:at|for|by|from|with|AT|FOR|BY|FROM|WITH)|(?:employer|EMPLOYER|Employer)(?:[ \\t]+(?:is|was)|[ \\t]*[:,]))[ \\t]+(?:the[ \\t]+|THE[ \\t]+)?` +
    "((?:\\p{Lu}[\\p{L}'’\\-]*|\\p{Lu}{2,6})(?:[ \\t]+(?:&[ \\t]+|of[ \\t]+|and[ \\t]+)?(?:\\p{Lu}[\\p{L}'’\\-]*))*)",
  "dgu",
);
const NOT_AN_EMPLOYER = new Set("now then still also home night nights day days dad mom mum mother father wife husband son daughter brother sister friend friends army navy air force marines military police nhs va city county state government council school college university church hospital clinic office factory farm shop store restaurant bar company firm business family himself herself weekends the this that a an same local".split(" "));

// A general practice named "The <Name> Surgery" (British): "The Ridgeway Surgery", "the Old Mill
// Surgery". Specialties are no names ("the Vascular Surgery team", "the Day Surgery Unit").
const THE_SURGERY_RE = /(?<![\p{L}])(?:The|the|THE)[ \t]+((?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,2})(?:Surgery|SURGERY)(?![\p{L}])(?![ \t]+(?:[Tt]eam|[Ss]ervice|[Dd]epartment|[Dd]ept|[Rr]egistrar|[Cc]onsultant|[Ll]ist|[Ww]ard|[Cc]linic|[Ff]ellow|[Rr]esident|[Rr]otation|[Uu]nit|[Rr]eferral|[Tt]heatre|[Cc]ase|[Oo]n[- ]call|SHO|F[Yy]?[12]|[Pp]rogramme|[Pp]rogram|[Nn]urse|[Cc]entre|[Cc]enter|[Mm]eeting)(?![\p{L}]))/dgu;

// A named practice in lower case with its kind: "the Carver family practice", "from the Oakdale
// medical group", "the Brookside pediatric clinic".
const LOWER_NAMED_PRACTICE_RE = /(?=\p{Lu})(?<=[\p{Ll},][ \t]+(?:the[ \t]+)?)(\p{Lu}\p{Ll}[\p{L}'’\-]+)(?=[ \t]+(?:family|medical|group|dental|pediatric|paediatric|primary|internal|women's|children's|eye|foot|urgent|walk-in)[ \t])[ \t]+(?:family|medical|group|dental|pediatric|paediatric|primary care|internal medicine|women's|children's|eye|foot|urgent care|walk-in)[ \t]+(?:practice|clinic|group|center|centre|associates)(?![\p{L}])/dgu;

// A town after an institution's name and a comma: "The Ridgeway Surgery, Wantage", "Royal
// Berkshire Hospital, Reading". One or two capitalised words closing the line or the clause.
const TOWN_AFTER_INSTITUTION_RE = /^(?:[ \t]*,[ \t]*|[ \t]+(?:in|IN)[ \t]+)(\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)(?=[ \t]*(?:[,.;)]|\r?\n|$|[A-Z]{1,2}\d|\d{5}))/u;

// A town named by its kind after a preposition mid-sentence: "lives in Palm City", "moved from
// Cedar Rapids", "near Sulphur Springs" (the first word must be no clinical or generic word).
const TOWN_WITH_KIND_RE = /(?=[a-z])(?<=[\p{Ll},][ \t]+)(?:in|from|to|near|at|of|outside)[ \t]+(?:the[ \t]+)?((\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:City|Beach|Springs|Falls|Heights|Harbor|Harbour|Creek|Valley|Hills|Rapids|Bluffs|Junction|Landing|Township|Shores|Lakes|Reservation|Rancheria|Pueblo))(?![\p{L}])/dgu;

// A facility known by its name alone, before what it is for: "transferred to the Spaulding for
// rehabilitation", "at the Whittier for respite", "to Kindred for dialysis".
const FACILITY_FOR_CARE_RE = /(?<![\p{L}])(?:to|at|from|in)[ \t]+(?:the[ \t]+)?((?:\p{Lu}\p{Ll}+[ \t]+){0,1}\p{Lu}\p{Ll}+)(?=[ \t]+for[ \t]+(?:(?:short[- ]term|long[- ]term|further|ongoing|acute|inpatient)[ \t]+)?(?:rehab|rehabilitation|respite|dialysis|chemotherapy|radiotherapy|radiation|placement|skilled nursing|nursing care|hospice care|palliative care)(?![\p{L}]))/dgu;

// British hospitals known by "Royal" and a name: "the Royal Orthopaedic", "the Royal Free", "Royal
// Marsden" (learned bodies are no hospitals: "Royal College of Radiologists").
const ROYAL_RE = /(?<![\p{L}])(?:Royal|ROYAL)[ \t]+(?!(?:College|Society|Academy|Mail|Family|Navy|Air|Marines|Marine|Army|Institution|Court|Charter|Commission|Warrant|Highness|Jelly|Blue|Flush|Assent|Decree)(?![\p{L}]))\p{Lu}\p{Ll}+(?:[ \t]+(?!(?:College|Society|Hospital|Infirmary)(?![\p{L}]))\p{Lu}\p{Ll}+)?(?![\p{L}])/dgu;
// Schools: "a teacher at Hoover Elementary", "Lincoln High School".
const SCHOOL_RE = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’\-]+[ \t]+){1,3}(?:Elementary|ELEMENTARY|High School|HIGH SCHOOL|Middle School|MIDDLE SCHOOL|Primary School|Secondary School|Grammar School|Junior School|Infant School|Academy|ACADEMY|School|SCHOOL)(?![\p{L}])/dgu;

// A residence named right before its level of care: "BIBA from Shady Oaks ALF", "the Sunrise
// assisted living", "from Maple Crest nursing home".
const RESIDENCE_BEFORE_LEVEL_RE = /(?<![\p{L}])((?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){0,2}\p{Lu}[\p{Ll}'’\-]+)[ \t]+(?:ALF|SNF|LTC|LTACH|NH|nursing home|assisted living|care home|rest home|retirement home|memory care)(?![\p{L}])/dgu;

// Cheap tests first: most texts name no street, institution or ward at all.
const MAY_HAVE_INSTITUTION = /Diagnostics|Ctr|CTR|Hosp|HOSP|Laborator|Eye|VNA|Visiting|Dental|Funeral|Treatment|Recovery|Pharmacy|PHARMACY|Chemist|ology|OLOGY|ics\b|ICS\b|Imaging|IMAGING|Care|CARE|Therapy|THERAPY|Practice|PRACTICE|Medicine|MEDICINE|Associates|ASSOCIATES|Manor|MANOR|Living|LIVING|Nursing|NURSING|Park|PARK|Plaza|PLAZA|Building|BUILDING|Hospital|HOSPITAL|Cent(?:er|re)|CENTER|Clinic|CLINIC|Infirmary|INFIRMARY|Home|Rehab|Hospice|Sanatorium|Group|Practice|Memorial|Institute|Trust|Health|St\.?[ \t]|ST\.?[ \t]|Saint|SAINT|University|UNIVERSITY/u;
const MAY_HAVE_WARD = /Ward|WARD|ward[ \t]*:?[ \t]+\p{Lu}|Wing|WING|Unit|UNIT|Suite|SUITE|Building|BUILDING|Pavilion|PAVILION|Tower|TOWER/u;

// A compound with a place name's ending ("Rosewood", "Lakeview", "Brookside"): a name before an
// institution's kind even when the word lists hold it as a word (decision 113).
const PLACE_SHAPE = /^(?!(?:out|in|bed|way|up|down|along|be)(?:side|field|water))\p{L}{3,}(?:wood|view|side|field|dale|brook|ridge|crest|haven|vale|mont|ford|gate|croft|hurst|ville|port|bury|borough)$/u;
export function placeShaped(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 7 && PLACE_SHAPE.test(w) && !dictionaries().clinical.has(w);
}

/** A proper-noun part: a word that is not ordinary English or clinical, or is a known name or place. */
export function isProper(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, "").replace(/\.$/, "");
  if (/^(?:st|saint|mt)$/.test(w)) return true;
  if (GENERIC_WARD.has(w)) return false;
  const d = dictionaries();
  if (d.clinical.has(w) || d.abbreviations.has(w)) return false;
  if (d.firstNames.has(w) || d.lastNames.has(w) || d.places.has(w)) return true;
  return !d.common.has(w) && !d.common.has(w.replace(/s$/, ""));
}

/** A town or a county after an institution and a comma: a known place or a proper noun, no kind of place. */
export function townAfterInstitution(text: string, end: number, add: (start: number, end: number) => void): void {
  const m = TOWN_AFTER_INSTITUTION_RE.exec(text.slice(end, end + 48));
  if (!m) return;
  const d = dictionaries();
  const words = m[1]!.split(/[ \t]+/).map((w) => w.toLowerCase());
  // A first name that is also a listed town names the town here ("Apt 22, Phoenix.").
  if (words.some((w) => GENERIC_WARD.has(w) || GENERIC_PLACE_WORDS.has(w) || d.clinical.has(w) || d.abbreviations.has(w) || (d.firstNames.has(w) && !d.places.has(words.join(" "))))) return;
  if (!d.places.has(words.join(" ")) && !words.every((w) => isProper(w) || d.common.has(w))) return;
  const start = end + m.index + m[0].length - m[1]!.length;
  add(start, start + m[1]!.length);
}

/** Whether a hospital-shaped phrase names one institution rather than a kind ("Fracture Clinic"). */
function namesInstitution(name: string): boolean {
  // "Fracture Clinic", "General Hospital", "Children's Hospital" are kinds, not names: at
  // least one word must be a proper noun.
  const words = name.split(/[ \t]+/).filter((w) => !/^(?:of|and|for|the|de|&|OF)$/.test(w));
  const strongInstitution = /(?:Medical|Family|Group|MEDICAL|FAMILY|GROUP)[ \t]+(?:Practice|PRACTICE)$/.test(name) || !/(?:Hosp\.?|HOSP\.?|Laborator(?:y|ies)|Clinic|CLINIC|Institute|Polyclinic|Practice|PRACTICE|Medicine|MEDICINE|Associates|ASSOCIATES|ology|OLOGY|ics|ICS|Imaging|IMAGING|Care|CARE|Therapy|THERAPY|Health|Group|GROUP|Partners|PARTNERS|Specialists|SPECIALISTS|PC|P\.C\.|LLC)$/.test(name);
  const generic = (w: string) => GENERIC_WARD.has(w.toLowerCase()) || /^(?:St\.?|Saint|Mt\.?)$/.test(w) === false && /^(?:Hospitals?|HOSPITAL|Medical|MEDICAL|Health|HEALTH|Sciences?|SCIENCES?|Board|Cent(?:er|re)|CENTER|Care|System|Home|Group|Trust|NHS|Foundation|Rehab(?:ilitation)?|Facility|University|UNIVERSITY|Clinic|Memorial|Infirmary|INFIRMARY|Institute|Family|FAMILY|Practice|PRACTICE|Medicine|Associates|ASSOCIATES|Park|PARK|Plaza|PLAZA|Arts|Building|BUILDING|Manor|MANOR|Assisted|ASSISTED|Living|LIVING|Senior|Nursing|NURSING|Skilled|Convalescent|Extended)$/.test(w);
  // "Quest Diagnostics", "Acme Laboratories": a laboratory named by any word but a kind of one ("Clinical Laboratory").
  if (/(?:Diagnostics|Laborator(?:y|ies))$/.test(name) && words.slice(0, -1).some((w) => !generic(w) && !/^(?:clinical|central|main|regional|reference|pathology|hospital|state|public|national|molecular|medical|diagnostic)$/i.test(w) && !dictionaries().clinical.has(w.toLowerCase()))) return true;
  if (strongInstitution ? words.some((w) => !generic(w)) : true) {
    if (strongInstitution || words.some((w) => !generic(w) && (isProper(w) || placeShaped(w)))) return true;
  }
  // Decision 134: a business's ending after any word that is no kind or clinical word names a practice
  // ("Lakeshore Cardiology Associates", "Placer Orthopaedic Group", "Pivot Physical Therapy").
  const business = /(?:Associates|ASSOCIATES|Group|GROUP|Partners|PARTNERS|Specialists|SPECIALISTS|PC|P\.C\.|LLC|Physical Therapy)$/.test(name);
  const ownWords = words.filter((w) => !INSTITUTION_WORD_RE.test(w) && !/^(?:Medical|MEDICAL|Health|Group|GROUP|Associates|ASSOCIATES|Partners|Specialists|Physical|Therapy|Orthop(?:a)?edic|Cardiac|Surgical|Pediatric|Paediatric|Spine|Pain|Cardiology|Pediatrics|Paediatrics|Orthopedics|Orthopaedics|Dermatology|Urology|Oncology|Neurology|Imaging|Radiology)$/.test(w));
  if (business && ownWords.length >= 1 && ownWords.every((w) => !generic(w) && !dictionaries().clinical.has(w.toLowerCase()) && !dictionaries().abbreviations.has(w.toLowerCase()) && !looksMedical(w.toLowerCase()))) return true;
  // "Kids First Pediatrics", "Bright Horizons Family Practice": two or more ordinary words
  // before a practice's kind name the practice; a service has one ("General Pediatrics").
  const head = words.filter((w) => !INSTITUTION_WORD_RE.test(w) && !/^(?:Hospitals?|HOSPITAL|Medical|MEDICAL|Health|Cent(?:er|re)|CENTER|Care|System|Home|Group|Trust|NHS|Foundation|Rehab(?:ilitation)?|Facility|University|UNIVERSITY|Clinic|Associates|ASSOCIATES|Partners|Specialists|Cardiology|Pediatrics|Paediatrics|Orthopedics|Orthopaedics|Dermatology|Gastroenterology|Urology|Oncology|Neurology|Pulmonology|Rheumatology|Endocrinology|Nephrology|Ophthalmology|Physical|Therapy|Imaging|Radiology)$/.test(w));
  if (head.length >= 2 && head.every((w) => !generic(w) && !dictionaries().clinical.has(w.toLowerCase()) && !dictionaries().abbreviations.has(w.toLowerCase()) && !looksMedical(w.toLowerCase()))) return true;
  if (!words.some((w) => !INSTITUTION_WORD_RE.test(w) && !/^(?:Hospitals?|HOSPITAL|Medical|MEDICAL|Health|Cent(?:er|re)|CENTER|Care|System|Home|Group|Trust|NHS|Foundation|Rehab(?:ilitation)?|Facility|University|UNIVERSITY|Clinic)$/.test(w) && isProper(w))) return false;
  return true;
}

// "HR 140s ST. Propranolol 1mg", "HR 90s-100s ST. BP 130s", "SR-ST. MAP 60s", "ST DEP V4": sinus tachycardia after a rate
// or a rhythm, or before a drug or a vital's letters, or the ECG's segment, not a saint (decisions 138 and 143).
function sinusTachycardia(text: string, start: number, match: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:HR|hr|Hr|rate|RATE|sinus|SINUS)[ \t]*(?:\d+(?:['’]?[sS])?[ \t]*(?:-|to|TO)?[ \t]*)*$/.test(before) || /(?:SR|sr|NSR|nsr|AF|af)[ \t]*[-\/][ \t]*$/.test(before)) return true;
  const next = /[ \t]+(\p{L}+)/u.exec(match)?.[1] ?? "";
  // "ST DEP V4-V6", "ST elevations": the ECG's segment.
  if (/^(?:dep|depr|depression|depressions|elev|elevation|elevations|changes?|segments?|seg|wave|waves|abn|abnormalit(?:y|ies))$/i.test(next)) return true;
  // "ST II DECUB": a pressure ulcer's stage.
  if (/^(?:i{1,3}|iv)$/i.test(next)) return true;
  return looksMedical(next.toLowerCase()) || (next.length <= 4 && next === next.toUpperCase() && dictionaries().abbreviations.has(next.toLowerCase()));
}

export const detectInstitutions: Detector = (text, add) => {
  const push = (start: number, end: number) => add({ kind: "location", start, end, message: MSG.location, priority: 8 });
  // Named institutions: a town may follow them after a comma.
  const pushInstitution = (start: number, end: number) => {
    push(start, end);
    if (text.charCodeAt(end) === 44 || /^[ \t](?:,|in[ \t]|IN[ \t])/.test(text.slice(end, end + 4))) townAfterInstitution(text, end, push);
  };
  if (/work|employ|retired|volunteer|job|drive|drove|deliver|teach|taught|cashier|clerk|manager|engineer|technician|secretary|accountant|worker|employee|aide|janitor|custodian|receptionist|sales|analyst|teacher|mechanic|machinist|welder|guard|nurse|chef|cook|server|waitress|waiter|bartender|pharmacist|programmer|consultant|electrician|plumber|carpenter|labou?rer|operator|trucker|farmer|fisherman|pilot|officer|firefighter/i.test(text)) {
    const d = dictionaries();
    for (const s of spans(EMPLOYER_RE, text, 1)) {
      const words = s.match[1]!.split(/[ \t]+/).filter((w) => !/^(?:&|of|and)$/.test(w));
      const keys = words.map((w) => w.toLowerCase().replace(/['’]s$/, ""));
      if (keys.every((k) => NOT_AN_EMPLOYER.has(k) || GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/.test(k))) continue;
      if (keys.length === 1 && /ing$/.test(keys[0]!) && d.common.has(keys[0]!)) continue;
      // In a note written in capitals every word looks like a name: one of them must be no English word.
      const line = text.slice(text.lastIndexOf("\n", s.start) + 1, s.start);
      if (!/\p{Ll}/u.test(line + s.match[1]) && keys.every((k) => d.common.has(k) || isCommonWord(k))) continue;
      push(s.start, s.end);
    }
  }
  for (const s of /City|Beach|Springs|Falls|Heights|Harbo|Creek|Valley|Hills|Rapids|Bluffs|Junction|Landing|Township|Shores|Lakes|Reservation|Rancheria|Pueblo/.test(text) ? spans(TOWN_WITH_KIND_RE, text, 1) : []) {
    const k = s.match[2]!.toLowerCase();
    const d = dictionaries();
    if (GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || (d.clinical.has(k) && !CALENDAR_WORDS.has(k)) || d.abbreviations.has(k)) continue;
    push(s.start, s.end);
  }
  for (const s of /ALF|SNF|LTC|NH|nursing home|assisted living|care home|rest home|retirement home|memory care/.test(text) ? spans(RESIDENCE_BEFORE_LEVEL_RE, text, 1) : []) {
    const d = dictionaries();
    // Mid-sentence only, and from the first word that is no kind or clinical word ("PT FROM ALF").
    const words = s.match[1]!.split(/[ \t]+/);
    let k = 0;
    while (k < words.length && (GENERIC_WARD.has(words[k]!.toLowerCase()) || GENERIC_PLACE_WORDS.has(words[k]!.toLowerCase()) || d.clinical.has(words[k]!.toLowerCase()) || d.abbreviations.has(words[k]!.toLowerCase()) || /^(?:From|To|At|The|Her|His|A|An|Local|Pt|Patient)$/.test(words[k]!))) k++;
    if (k === words.length) continue;
    const start = s.start + s.match[1]!.indexOf(words[k]!, words.slice(0, k).join(" ").length);
    if (!/[\p{Ll},][ \t]+$/u.test(text.slice(Math.max(0, start - 3), start)) && k === 0) continue;
    push(start, s.end);
  }
  for (const s of /Royal|ROYAL/.test(text) ? spans(ROYAL_RE, text) : []) pushInstitution(s.start, s.end);
  for (const s of /Elementary|ELEMENTARY|School|SCHOOL|Academy|ACADEMY/.test(text) ? spans(SCHOOL_RE, text) : []) {
    const d = dictionaries();
    const keys = s.match[0].split(/[ \t]+/).slice(0, -1).map((w) => w.toLowerCase());
    // "Medical School", "the Sports Academy", "Hogwarts"-free: a kind of school is no name.
    if (keys.every((k) => GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || d.clinical.has(k) || /^(?:at|to|from|in|the|a|an|high|middle|primary|secondary|medical|nursing|dental|sports|music|art|summer|sunday|boarding|special|public|private|state|local|village|elementary|junior|infant|grammar|middle|grad|graduate|law|business|night|day|charter|catholic|parochial|trade|vocational|language|driving|home|after|before|his|her|their|our|my|AT|TO|FROM|IN|THE)$/i.test(k))) continue;
    let start = s.start;
    const lead = /^(?:(?:at|to|from|in|the|AT|TO|FROM|IN|THE)[ \t]+)+/.exec(s.match[0]);
    if (lead) start += lead[0].length;
    push(start, s.end);
  }
  for (const s of /[ \t]for[ \t]+(?:\p{Ll}+[ \t\-]+)?(?:rehab|respite|dialysis|chemo|radio|radiation|placement|skilled|nursing|hospice|palliative)/u.test(text) ? spans(FACILITY_FOR_CARE_RE, text, 1) : []) {
    const d = dictionaries();
    const keys = s.match[1]!.split(/[ \t]+/).map((w) => w.toLowerCase());
    if (keys.some((k) => GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || CALENDAR_WORDS.has(k))) continue;
    push(s.start, s.end);
  }
  for (const s of /Surgery|SURGERY/.test(text) ? spans(THE_SURGERY_RE, text) : []) {
    const d = dictionaries();
    const keys = s.match[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (keys.some((k) => GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || looksMedical(k))) continue;
    pushInstitution(s.start + s.match[0].indexOf(s.match[1]!), s.end);
  }
  for (const s of /(?:family|medical|group|dental|pediatric|paediatric|primary care|internal medicine|women's|children's|eye|foot|urgent care|walk-in)[ \t]+(?:practice|clinic|group|center|centre|associates)/.test(text) ? spans(LOWER_NAMED_PRACTICE_RE, text, 1) : []) {
    const k = s.match[1]!.toLowerCase();
    const d = dictionaries();
    if (GENERIC_WARD.has(k) || GENERIC_PLACE_WORDS.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || d.eponyms.has(k) || /(?:tion|sion|logy|ics|ing|ment|ence|ance|ity|ism|ive|ary|ery|ure|al|ic)$/.test(k)) continue;
    push(s.start, s.end);
  }
  for (const s of spans(SITE_CODE_RE, text)) {
    if (!dictionaries().abbreviations.has(s.match[0].toLowerCase())) push(s.start, s.end);
  }
  for (const r of /resident|native|RESIDENT|NATIVE/.test(text) ? spans(RESIDENT_WORD_RE, text) : []) {
    const from = Math.max(0, r.start - 60);
    const m = PLACE_BEFORE_RESIDENT_RE.exec(text.slice(from, r.start));
    if (!m) continue;
    const s = { start: from + m.index, end: from + m.index + m[1]!.length, match: m };
    const words = s.match[1]!.split(/[ \t]+/);
    const d = dictionaries();
    // Only the words that can be a place: from the first one that is no clinical or kind word.
    let k = 0;
    while (k < words.length && (NOT_A_PLACE_BEFORE_RESIDENT.test(words[k]!) || GENERIC_WARD.has(words[k]!.toLowerCase()) || d.clinical.has(words[k]!.toLowerCase()) || d.abbreviations.has(words[k]!.toLowerCase()))) k++;
    if (k === words.length || words.slice(k).some((w) => NOT_A_PLACE_BEFORE_RESIDENT.test(w) || GENERIC_WARD.has(w.toLowerCase()) || d.clinical.has(w.toLowerCase()))) continue;
    // In capitals, case says nothing: an ordinary word ("PT IS RESIDENT") is no place.
    if (words.slice(k).some((w) => w === w.toUpperCase() && !isProper(w))) continue;
    const startAt = s.start + s.match[1]!.indexOf(words[k]!, words.slice(0, k).join(" ").length);
    push(startAt, s.end);
  }
  for (const s of spans(RESIDENCE_AFTER_CUE_RE, text)) push(s.start, s.end);
  detectHospitalLetters(text, push);
  for (const re of MAY_HAVE_INSTITUTION.test(text) ? [HOSPITAL_RE, HOSPITAL_OF_RE, SAINT_RE] : []) {
    for (const s of spans(re, text)) {
      // "Barcelona Clinic Liver Cancer stage B": an institution's name before a staging's head names the staging.
      if (re === HOSPITAL_RE && eponymHeadAfter(text, s.end, true)) continue;
      // "HR 140s ST. Propranolol 1mg": sinus tachycardia before a drug, not a saint (decision 138).
      if (re === SAINT_RE && sinusTachycardia(text, s.start, s.match[0])) continue;
      if (namesInstitution(s.match[0])) { pushInstitution(s.start, s.end); continue; }
      // "Mount Verity Hospital Primary Care": a department after a hospital; the hospital is named.
      const hospital = re === HOSPITAL_RE ? /^.+?(?:Hospital|HOSPITAL|Medical Cent(?:er|re)|MEDICAL CENTER|Infirmary|INFIRMARY)(?=[ \t]+\S)/u.exec(s.match[0]) : null;
      if (hospital && namesInstitution(hospital[0])) pushInstitution(s.start, s.start + hospital[0].length);
    }
  }
  for (const s of /General|Memorial|GENERAL|MEMORIAL/.test(text) ? spans(GENERAL_RE, text) : []) {
    const word = (s.match[1] ?? "").toLowerCase();
    // A clinical word ("Mass") counts only mid-sentence, where its capital marks a name.
    const midSentence = /[\p{L},][ \t]+$/u.test(text.slice(Math.max(0, s.start - 3), s.start));
    if (!GENERIC_WARD.has(word) && (midSentence || !dictionaries().clinical.has(word)) && !/^(?:the|a|an|in|on|at|under|via|given|with|for|and|good|fair|poor|stable)$/.test(word)) pushInstitution(s.start, s.end);
  }
  detectNumberedWards(text, push);
  detectKnownHospitals(text, push);
  for (const s of /\S[ \t]+(?:VA[ \t]+|VAMC[ \t]+)?(?:clinic|practice|hospital|medical center|health center|nursing home|rehab|emergency department|emergency room|office|VA|VAMC|LTACH|LTAC|SNF|ECF|IRF)(?![A-Za-z])/.test(text) ? spans(LOWER_CLINIC_RE, text, 1) : []) {
    const w = (s.match[1] ?? "").toLowerCase();
    // "the Mayo emergency department", "the Togus VA clinic", "the Bangor office": after "the",
    // a capitalised word before a department of a hospital names the hospital, even an ordinary word.
    const kind = s.match[0].slice(s.match[1]!.length);
    // "screening for Kindred LTACH": before a facility's letters a capitalised word is its name, even an ordinary one.
    if (/^[ \t]+(?:LTACH|LTAC|SNF|ECF|IRF)/.test(kind) && !GENERIC_WARD.has(w) && !GENERIC_PLACE_WORDS.has(w) && !dictionaries().clinical.has(w) && !dictionaries().abbreviations.has(w) && !/^(?:local|nearest|new|same|another|other|outside)$/.test(w)) { push(s.start, s.end); continue; }
    if (/^[ \t]+(?:VA|VAMC|emergency|office)/.test(kind) && /(?:^|[^\p{L}])the[ \t]+$/u.test(text.slice(Math.max(0, s.start - 5), s.start)) && !GENERIC_WARD.has(w) && !GENERIC_PLACE_WORDS.has(w) && !dictionaries().clinical.has(w) && !dictionaries().abbreviations.has(w)) { push(s.start, s.end); continue; }
    // Clinics named after what they do: "Anticoagulation", "Nutrition", "Orthopedics", "Wound".
    if (/(?:tion|sion|logy|ics|ing|ment|ence|ance|ity|ism|ive|ary|ery|ure|al|ic)$/.test(w)) continue;
    if (!GENERIC_WARD.has(w) && isProper(w) && !dictionaries().abbreviations.has(w) && !dictionaries().eponyms.has(w)) push(s.start, s.end);
  }
  for (const s of MAY_HAVE_WARD.test(text) ? spans(WARD_RE, text) : []) {
    const word = s.match[1] ?? s.match[2] ?? "";
    const w = word.toLowerCase();
    // "Pre-assessment Unit": a hyphenated activity names a service (decision 118).
    // "Acute Receiving Unit", "Admitting Unit": an activity's word names what the unit does (decision 123).
    if (/-/.test(w) && /(?:ment|tion|sion|ance|ence|ing|ery|ogy|ics|sis|ive)$/.test(w) && isCommonWord(w.split("-").pop()!)) continue;
    // "Acute Receiving Unit", "Admitting Unit": what the unit does ("Sterling Unit" is a name).
    if (/^(?:receiving|admitting|assessing|holding|waiting|discharging|recovering|observing|monitoring|birthing|nursing|dosing|screening|teaching|training)$/.test(w)) continue;
    // A suite, a building, a pavilion or a tower is named after a person or a place, not a word ("Main Building", "Procedure Suite").
    if (/(?:Suite|SUITE|Building|BUILDING|Pavilion|PAVILION|Tower|TOWER)$/.test(s.match[0]) && !(isProper(w) && (!isCommonWord(w) || dictionaries().lastNames.has(w)))) continue;
    if (!/^\d/.test(word) && !GENERIC_WARD.has(w) && !dictionaries().clinical.has(w)) push(s.start, s.end);
  }
};
