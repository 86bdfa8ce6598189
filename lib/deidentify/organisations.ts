// Hospitals, sites and employers found by cues that decision 111's i2b2-style batches showed: a
// clinician's hospital in brackets ("Yolanda Ulrich, MD (Brookside)"), a hospital's name before one
// of its services ("the Brookside lab", "Brookside anticoagulation clinic"), a hospital's
// abbreviation after a department or a date ("the ED at BCH", "cath 3/64 at NEBH"), a business
// before the town it is in or the road it is on ("drawn at Quest in Naples", "CVS on Route 20"),
// an employer after an occupation ("a paralegal at Fidelity", "bus driver for the MBTA") and a
// practice after a clinician's name ("Dr. Lin Hua, Harbor Family Medicine").
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, eponymHeadAfter, GENERIC_PLACE_WORDS, GENERIC_WARD } from "./name-context";
import { isProper } from "./places";
import { isCommonWord, looksMedical } from "./tokens";
import { MSG, spans, type Detector } from "./types";
import { OCCUPATIONS } from "./vocabulary";

const CREDENTIAL = "(?:M\\.D\\.|MD|D\\.O\\.|DO|N\\.P\\.|NP|R\\.N\\.|RN|PA-C|MBBS|PhD|Dr\\.?[ \\t]+\\p{Lu}[\\p{L}'’\\-]+)";
const BRACKETED_AFTER_CLINICIAN_RE = new RegExp(`(?=\\()(?<=${CREDENTIAL}[ \\t]*)\\((\\p{Lu}[\\p{L}'’\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’\\-]+){0,2})\\)`, "dgu");
// A proper name, then at most one lower-case word of what is done there, then a service. Found
// from the service backwards (a scan from every capital would cost more).
const SERVICE_RE = /(?<=\p{L}[ \t]+)(?:lab|laboratory|anticoagulation clinic|infusion center|infusion centre|site|campus|satellite)(?![\p{L}])/dgu;
const NAME_BEFORE_SERVICE_RE = /(?<![\p{L}\-])(\p{Lu}\p{Ll}{2,}[\p{Ll}'’\-]*)(?:[ \t]+\p{Ll}{3,})?[ \t]+$/u;
const ABBREVIATION_AFTER_DEPARTMENT_RE = /(?=[A-Z])(?<=(?:(?:^|[^\p{L}])(?:ED|ER|ICU|CCU|MICU|CVICU|clinic|lab|floor|ward|unit|department|cath lab)|\d{1,2}\/\d{2,4})[ \t]+(?:at|of|from)[ \t]+(?:the[ \t]+)?)[A-Z]{2,6}(?![\p{L}\p{N}\-\/])/dgu;
const AT_PLACE_IN_TOWN_RE = /(?<=(?:^|[^\p{L}])(?:at|At|AT)[ \t]+(?:the[ \t]+)?)(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+\p{Lu}[\p{L}'’&\-]*){0,2})(?=[ \t]+in[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}]))/dgu;
const ON_ROAD_RE = /(?<=[\p{L}'’&][ \t]+)on[ \t]+(?:Route|Rte|Highway|Hwy|\p{Lu}\p{Ll}+[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Way|Pike)(?![\p{L}]))/dgu;
const BUSINESS_BEFORE_ROAD_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+\p{Lu}[\p{L}'’&\-]*){0,2})[ \t]+$/u;
// Found from the preposition: "at|for|with" then a capital, then the occupation before it.
const AT_CAPITAL_RE = /(?<=[\p{Ll}][ \t]+)(?:at|for|with)[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&\-]*){0,2})(?![\p{L}\p{N}])/dgu;
const OCCUPATION_BEFORE_RE = /(?:^|[^\p{L}])(?:an?|former|retired|Former|Retired|as|yo|y\/o|year-old|year old)[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}{4,})[ \t]+$/u;
const OCCUPATION_ENDING = /(?:er|or|ist|ian|legal|man|woman|aide|clerk|nurse|assistant|agent|officer|guard|tech|cook|chef)$/;
const NOT_OCCUPATION = new Set("ulcer tumor tumour murmur fever cancer catheter monitor order disorder floor water letter number paper center centre corner border error donor member visitor procedure answer encounter".split(" "));
// Decision 122. Where a prescription is filled or blood is drawn: "pick up the new Rx at Rite Aid",
// "Recheck 5/21 at Quest", "Sent to Express Scripts mail order". After such a cue a capitalised word
// names the business even when it is an English word ("Quest", "Rite Aid").
const DISPENSED_AT_RE = /(?<=(?:^|[^\p{L}])(?:Rx|rx|prescriptions?|meds|medications?|refills?|labs|bloodwork|blood work|drawn|recheck|Recheck|INR|filled|fill)(?:[ \t]+[\p{L}\p{N}\/\-]+){0,2}[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?)(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&\-]*){0,2})(?![\p{L}\p{N}])/dgu;
const PHARMACY_LABEL_RE = /(?<=(?:^|[^\p{L}])(?:[Pp]harmacy|PHARMACY|[Pp]referred pharmacy|[Ll]ab|[Ll]aboratory)[ \t]*:[ \t]*)(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&\-]*){0,2})(?![\p{L}\p{N}])/dgu;
const SENT_TO_PHARMACY_RE = /(?<=(?:^|[^\p{L}])(?:[Ss]ent|[Ff]axed|[Cc]alled in|e-?[Pp]rescribed|[Ee]scribed)[ \t]+to[ \t]+(?:the[ \t]+)?)(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’&\-]*){0,2})(?=[ \t]+(?:mail[ \t\-]order|pharmacy|specialty pharmacy)(?![\p{L}]))/dgu;
const PRACTICE_AFTER_CLINICIAN_RE = /(?<=(?:Dr\.?|DR\.?)[ \t]+[^\n,;]{2,40},[ \t]*)((?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,3})(?:Family Medicine|Family Practice|Family Health|Internal Medicine|Primary Care|Medical Group|Medical Associates|Health Cent(?:er|re)|Community Health|Pediatrics)(?![\p{L}])/dgu;

// Decision 135: a union's local ("ILA LOCAL 800", "construction worker w/ local 223") and an employer
// before a retiree's occupation ("retired Raytheon engineer", "RETIRED MBTA BUS DRIVER").
// Decision 138: a veterans' or a fraternal post with its number ("VFW Post 639", "HIS VFW POST 1822"),
// a state prison by its letters ("MCI-NORFOLK", "mci-cedar junction"), an employer in brackets after
// work ("CALLED FROM WORK (FIDELITY, 617-...)"), and Jamaica Plain's letters after a preposition.
const POST_RE = /(?<![\p{L}])(?:VFW|vfw|American Legion|AMERICAN LEGION|american legion|AmVets|AMVETS|Elks|ELKS|elks|Moose|MOOSE)[ \t]+(?:Post|POST|post|Lodge|LODGE|lodge)[ \t]*#?[ \t]*\d{1,5}(?![\d])/dgu;
const PRISON_RE = /(?<![\p{L}])(?:MCI|mci|Mci)(?:[ \t]*-[ \t]*|[ \t]+)\p{L}[\p{L}'’]*(?:[ \t]+(?:Junction|JUNCTION|junction))?/dgu;
const WORK_BRACKET_RE = /(?<=(?<![\p{L}])(?:work|WORK|Work|job|JOB|Job)[ \t]*\([ \t]*)(\p{L}[\p{L}'’&.\-]*(?:[ \t]+(?:&[ \t]+)?\p{L}[\p{L}'’&.\-]*){0,3})(?=[ \t]*[,)])/dgu;
const JP_RE = /(?<=(?<![\p{L}])(?:in|from|to|IN|FROM|TO|In|From)[ \t]+)(?:JP|jp)(?=[ \t]*(?:[.,;)]|$|\n))/dgmu;
// Decision 138: a congregation by its name, in any case: a qualifier or a name, then a denomination or a
// church's word ("TWELFTH BAPTIST CHURCH", "Old South Church", "first parish", "Concord Baptist",
// "Union United Methodist", "Holy Trinity"), and a funeral home after its cue ("funeral home
// preference mcnamara-sparrell", "will arrange w/ levine chapels"). A faith alone ("Pt is Baptist") is no place.
const CONGREGATION_RE = /(?<![\p{L}])((?:\p{L}[\p{L}'’.\-]*[ \t]+){0,2}?\p{L}[\p{L}'’\-]*)[ \t]+(?:baptist|methodist|congregational|episcopal|lutheran|presbyterian|pentecostal|evangelical|unitarian|a\.m\.e\.?|ame|ame zion|church|parish|chapel|chapels|cathedral|tabernacle|synagogue|temple|mosque|congregation|restaurant|diner|cafe|café|pub|tavern|pizzeria|bakery|pastry|deli|salon|laundromat)(?:[ \t]+(?:church|chapel|parish|congregation))?(?![\p{L}])/dgiu;
const CONGREGATION_QUALIFIER = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|old|holy|trinity|grace|christ|emmanuel|immanuel|bethel|union|greater|mount|mt\.?|st\.?|saint|our|sacred|blessed|good|new|true|calvary|zion|ebenezer|shiloh|bethany|faith|hope|jubilee|victory|deliverance|abundant|redeemer|resurrection|nativity|ascension|annunciation|assumption|epiphany|transfiguration)$/i;
const NOT_A_CONGREGATION_WORD = /^(?:pt|pt's|patient|patient's|is|was|a|an|the|his|her|their|my|to|at|from|in|of|and|or|for|with|by|on|goes|go|went|attends|attend|local|same|family|devout|practicing|lapsed|religion|rel|faith|prefers|no|any|catholic|jewish|muslim|protestant|christian|orthodox|hindu|buddhist|home|after|before|weekly|sunday|sundays)$/i;
const INNER_BREAK = /^(?:pt|pt's|patient|is|was|a|an|the|his|her|their|my|to|at|from|in|of|and|or|for|with|by|on|goes|went|attends)$/i;
// A synagogue or a congregation named after its word: "RABBI FROM TEMPLE EMETH", "temple beth el", "Congregation Mishkan Tefila".
const TEMPLE_NAMED_RE = /(?<![\p{L}])(?:temple|TEMPLE|Temple|congregation|CONGREGATION|Congregation|kehillath|KEHILLATH|Kehillath)[ \t]+((?:\p{L}[\p{L}'’\-]*)(?:[ \t]+(?:\p{L}[\p{L}'’\-]*)){0,2})/dgu;
// A visiting nurses' association by its town or its name in any case: "butler vna", "NORTH SHORE VNA".
const NAMED_VNA_RE = /(?<![\p{L}])((?:\p{L}[\p{L}'’\-]*[ \t]+){0,1}\p{L}[\p{L}'’\-]*)[ \t]+(?:vna|VNA|Vna)(?![\p{L}])/dgu;
const FUNERAL_CUE_RE = /(?<=(?:funeral home|funeral parlor|funeral director)(?:[ \t]+(?:preference|is|will be|of choice))?[ \t]*:?[ \t]+|(?:arrange|arrangements)[ \t]+(?:w\/|with)[ \t]+)(?!(?:preference|is|will|of|notified|called|aware|here|to|and)(?![\p{L}]))(\p{L}[\p{L}'’\-]+(?:[ \t]+(?:&[ \t]+)?\p{L}[\p{L}'’\-]+)?)(?=[ \t]*(?:[.,;)]|$|in[ \t]|funeral|chapels?))/dgimu;
// A state agency's office by its town ("DSS ROXBURY AREA OFFICE", "DCF Lynn area office") and a town's
// police or fire department ("Fall River PD", "Revere FD") (decision 138).
const AREA_OFFICE_RE = /(?<![\p{L}])((?:\p{L}[\p{L}'’\-]*[ \t]+){0,1}\p{L}[\p{L}'’\-]*)(?=[ \t]+(?:area[ \t]+office|AREA[ \t]+OFFICE|Area[ \t]+Office)(?![\p{L}]))/dgu;
// A town read in lower case from capitals ("FATHER IS REVERE PD OFFICER") counts too (decision 139).
const TOWN_DEPARTMENT_RE = /(?<![\p{L}])((?:\p{L}[\p{L}'’\-]*[ \t]+){0,1}\p{L}[\p{L}'’\-]*)[ \t]+(?:PD|FD|Police|POLICE|Fire|FIRE)(?![\p{L}])/dgu;
// A children's hospital by its town or its benefactor: "at boston children's", "Cincinnati Children's", "dell children's neuro".
const TOWN_CHILDRENS_RE = /(?<![\p{L}])(\p{L}[\p{L}'’\-]+)[ \t]+(?:children['’]?s|Children['’]?s|CHILDREN['’]?S)(?![\p{L}])(?![ \t]+(?:doses?|books?|toys?|games?|clothes|rights|charity|society|play|services|homes?|ward)(?![\p{L}]))/dgu;
const UNION_LOCAL_RE = /(?<![\p{L}\p{N}])(?:[A-Z]{2,5}[ \t]+)?(?:LOCAL|Local|local)[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?![\d%\/]|[.,]\d|[ \t]*(?:mg|mcg|ml|mL|cc|cm|mm|%|units?|hrs?|hours?|days?|mins?|minutes|x|times|pm|am)(?![\p{L}]))/dgu;
// A home-care agency or a hospice named by its region: "VNA OF CAPE COD", "Hospice of the North Shore".
const AGENCY_OF_RE = /(?<![\p{L}])(?:VNA|Visiting Nurse Association|VISITING NURSE ASSOCIATION|Hospice|HOSPICE|Elder Services|ELDER SERVICES)[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}/dgu;
// A children's hospital by its usual short name ("from Children's Hospital", "at children's as a kid"),
// and a state's code alone after "in"/"from" closing its clause ("ONLY FAMILY, IN NH, CELL ..."): the
// codes that are also clinical abbreviations (OR, CT, NC, MI, MS, PA, MD, CA, VA, GA, LA, ...) stay out, and
// "NH" counts only after "in": "FROM NH" is from a nursing home; "IN VT" is in ventricular tachycardia (decision 143).
const CHILDRENS_RE = /(?<![\p{L}])(?:(?<=(?:at|from|to|in|by|At|From|To|In|By|AT|FROM|TO|IN|BY)[ \t]+(?:the[ \t]+)?)(?:children['’]?s|Children['’]s|CHILDREN['’]S)(?![\p{L}])(?![ \t]+(?:clinic|ward|unit|outpatients?|services?|department|dept|team|nurses?|nursing|cent(?:er|re)|ed|emergency|icu|room|play|doses?|section|books?|homes?|hospice|rights|charity|society|trust)(?![\p{L}]))|(?:Children['’]s|CHILDREN['’]S)[ \t]+(?:Hospital|HOSPITAL)|children['’]s[ \t]+hospital)(?![\p{L}])/dgu;
const STATE_ALONE_RE = /(?<=(?:^|[^\p{L}])(?:in|from|IN|FROM|In|From)[ \t]+)(?:NH(?<=(?:in|IN|In)[ \t]+NH)|NJ|NY|RI|SC|FL|AZ|NM|NV|UT|WA|WY|WV|WI|MN|IA|IL|KS|KY|MO|NE|ND|TN|AK|AR|AL|TX|ME(?=,))(?=[ \t]*[,.;)])/dgu;
// "Hospital for Special Surgery", "Hospital for Sick Children": a hospital named for what it treats.
const HOSPITAL_FOR_RE = /(?<![\p{L}])(?:Hospital|HOSPITAL|Institute|INSTITUTE|Home|HOME)[ \t]+(?:for|FOR)[ \t]+(?:the[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2}/dgu;
const EMPLOYER_BEFORE_OCCUPATION_RE = /(?<=(?:^|[^\p{L}])(?:retired|former|Retired|Former|RETIRED|FORMER)[ \t]+)(\p{Lu}[\p{L}'’&\-]*(?:[ \t]+\p{Lu}[\p{L}'’&\-]*)?)(?=[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}{4,})(?![\p{L}]))/dgu;

export const detectOrganisations: Detector = (text, add) => {
  const d = dictionaries();
  const place = (start: number, end: number) => add({ kind: "location", start, end, message: MSG.location, priority: 8 });
  const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || d.eponyms.has(w) || GENERIC_WARD.has(w) || GENERIC_PLACE_WORDS.has(w) || CALENDAR_WORDS.has(w) || looksMedical(w);
  const keys = (s: string) => s.trim().split(/[ \t]+/).filter((w) => w !== "&").map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  // Some word must be a proper noun, or an abbreviation no list knows ("MBTA", "CVS").
  const named = (s: string) => s.trim().split(/[ \t]+/).some((w) => !vocabulary(w.toLowerCase()) && (isProper(w) || (/^[A-Z]{2,6}$/.test(w) && !d.common.has(w.toLowerCase()))));
  for (const s of /\(/.test(text) ? spans(BRACKETED_AFTER_CLINICIAN_RE, text, 1) : []) {
    if (!keys(s.match[1]!).some(vocabulary) && named(s.match[1]!)) place(s.start, s.end);
  }
  for (const r of /lab|anticoagulation|infusion|site|campus|satellite/.test(text) ? spans(SERVICE_RE, text) : []) {
    const from = Math.max(0, r.start - 40);
    const m = NAME_BEFORE_SERVICE_RE.exec(text.slice(from, r.start));
    const w = m?.[1]!.toLowerCase();
    if (m && w && !vocabulary(w) && isProper(w) && !d.firstNames.has(w)) place(from + m.index, from + m.index + m[1]!.length);
  }
  for (const s of /[A-Z]{2}/.test(text) ? spans(ABBREVIATION_AFTER_DEPARTMENT_RE, text) : []) {
    const w = s.match[0].toLowerCase();
    if (!vocabulary(w) && !d.common.has(w) && !/^(?:mn|am|pm|hs|qhs|noon)$/.test(w)) place(s.start, s.end);
  }
  for (const s of /[ \t]in[ \t]+\p{Lu}/u.test(text) ? spans(AT_PLACE_IN_TOWN_RE, text, 1) : []) {
    const town = s.match[2]!.toLowerCase();
    if (d.places.has(town) && !keys(s.match[1]!).every(vocabulary) && !d.places.has(s.match[1]!.toLowerCase())) place(s.start, s.end);
  }
  // Before a road, an abbreviation is a business's name ("CVS on Route 20"), not a body system.
  const business = (s: string) => s.trim().split(/[ \t]+/).some((w) => (isProper(w) && !vocabulary(w.toLowerCase())) || (/^[A-Z]{2,6}$/.test(w) && !d.common.has(w.toLowerCase()) && !GENERIC_WARD.has(w.toLowerCase()) && !d.abbreviations.has(w.toLowerCase())));
  for (const r of /[ \t]on[ \t]+(?:Route|Rte|Highway|Hwy|\p{Lu})/u.test(text) ? spans(ON_ROAD_RE, text) : []) {
    const from = Math.max(0, r.start - 48);
    const m = BUSINESS_BEFORE_ROAD_RE.exec(text.slice(from, r.start));
    if (m && business(m[1]!)) place(from + m.index, from + m.index + m[1]!.length);
  }
  for (const s of spans(AT_CAPITAL_RE, text, 1)) {
    const m = OCCUPATION_BEFORE_RE.exec(text.slice(Math.max(0, s.match.index - 40), s.match.index));
    const job = m?.[1] ?? "";
    if (!(OCCUPATIONS.includes(job) || (OCCUPATION_ENDING.test(job) && !NOT_OCCUPATION.has(job) && !vocabulary(job)))) continue;
    // Capitalised after an occupation, even an ordinary word is the employer's name ("at Fidelity").
    if (keys(s.match[1]!).some(vocabulary) || eponymHeadAfter(text, s.end)) continue;
    place(s.start, s.end);
  }
  for (const re of /Rx|rx|prescri|meds|medicat|refill|labs|blood|drawn|echeck|INR|fill|mail|harmacy|HARMACY|[Ll]ab/.test(text) ? [DISPENSED_AT_RE, SENT_TO_PHARMACY_RE, PHARMACY_LABEL_RE] : []) {
    for (const s of spans(re, text, 1)) {
      // A kind of place ("the Anticoagulation Clinic", institutions.ts names the named ones) or a time ("meds at Bedtime").
      const words = keys(s.match[1]!);
      // "PHARMACY: PRIOR AUTHORIZATION REQUIRED": ordinary words after the label are what it says, not a pharmacy's name.
      if (re === PHARMACY_LABEL_RE && words.every((k) => d.common.has(k) || isCommonWord(k) || vocabulary(k) || k === "auth")) continue;
      if (words.some((k) => GENERIC_WARD.has(k)) || words.every((k) => vocabulary(k) || /^(?:home|this|that|same|nearest|local|bedtime|noon|night|midnight|breakfast|lunch|dinner|supper|meals?|discharge|admission|baseline|presentation|diagnosis|rest|time|least)$/.test(k))) continue;
      place(s.start, s.end);
    }
  }
  for (const s of /ocal[ \t]+(?:No)?\.?[ \t]*\d/i.test(text) ? spans(UNION_LOCAL_RE, text) : []) place(s.start, s.end);
  for (const s of /post|lodge/i.test(text) ? spans(POST_RE, text) : []) place(s.start, s.end);
  for (const s of /area[ \t]+office/i.test(text) ? spans(AREA_OFFICE_RE, text, 1) : []) {
    const words = keys(s.match[1]!).filter((k) => !/^(?:dss|dcf|dmh|dds|dta|ssa|the|from|at|of|local)$/.test(k));
    if (words.length && words.every((k) => d.places.has(words.join(" ")) || d.places.has(k) || !vocabulary(k))) place(s.match.index + s.match[1]!.toLowerCase().lastIndexOf(words[0]!), s.end);
  }
  for (const s of /PD|FD|Police|POLICE|Fire|FIRE/.test(text) ? spans(TOWN_DEPARTMENT_RE, text, 1) : []) {
    const words = keys(s.match[1]!);
    if (d.places.has(words.join(" "))) place(s.start, s.end);
    else if (d.places.has(words.at(-1)!)) place(s.end - words.at(-1)!.length, s.end);
  }
  for (const s of /baptist|methodist|congregational|episcopal|lutheran|presbyterian|pentecostal|evangelical|unitarian|church|parish|chapel|cathedral|tabernacle|synagogue|temple|mosque|congregation|a\.m\.e|\bame\b|restaurant|diner|cafe|café|pub|tavern|pizzeria|bakery|pastry|deli|salon|laundromat/i.test(text) ? spans(CONGREGATION_RE, text, 1) : []) {
    // Words after a sentence's end only ("provided letter. Pt's church"), a saint's or a mount's stop aside.
    const names = s.match[1]!.replace(/^.*(?<!(?:^|[ \t])(?:st|mt|ft|St|Mt|Ft|ST|MT|FT))[.!?][ \t]+/u, "").split(/[ \t]+/);
    // From the first word that names the congregation: a qualifier or a word that is no vocabulary.
    let first = 0;
    // An eponym's surname names a chapel as well as a sign ("Levine Chapels").
    const word = (w: string) => vocabulary(w.toLowerCase()) && !d.eponyms.has(w.toLowerCase()) && !CONGREGATION_QUALIFIER.test(w);
    // Leading words that only say what the patient does ("owns golden harvest restaurant") are no part of it.
    const namesPart = (w: string) => CONGREGATION_QUALIFIER.test(w) || d.places.has(w.toLowerCase()) || d.firstNames.has(w.toLowerCase().replace(/['’]s$/, "")) || d.lastNames.has(w.toLowerCase().replace(/['’]s$/, "")) || !isCommonWord(w.toLowerCase().replace(/['’]s$/, ""));
    while (first < names.length && (NOT_A_CONGREGATION_WORD.test(names[first]!) || word(names[first]!) || (first < names.length - 1 && !namesPart(names[first]!)))) first++;
    // And after the last such word inside it: in "Fr. Okafor from the parish" the parish is named, not Okafor.
    for (let m = names.length - 1; m > first; m--) if (INNER_BREAK.test(names[m]!) || word(names[m]!)) { first = m + 1; break; }
    if (first >= names.length) continue;
    const kept = names.slice(first);
    const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, "");
    // "Our" qualifies only a name after it ("Our Savior's Lutheran", not "our chapel").
    const qualified = kept.some((w) => CONGREGATION_QUALIFIER.test(w) && !/^our$/i.test(w)) || (/^our$/i.test(kept[0]!) && kept.length >= 2);
    if (!qualified && !kept.some((w) => d.places.has(bare(w)) || d.firstNames.has(bare(w)) || d.lastNames.has(bare(w)) || !isCommonWord(bare(w)))) continue;
    const start = s.match.index + s.match[0].indexOf(kept.join(" "));
    place(start, s.match.index + s.match[0].length);
  }
  for (const s of /temple|congregation|kehillath/i.test(text) ? spans(TEMPLE_NAMED_RE, text, 1) : []) {
    const words = s.match[1]!.split(/[ \t]+/);
    let n = 0;
    while (n < words.length && !INNER_BREAK.test(words[n]!) && !/^(?:visited|visits|visiting|called|calls|came|comes|here|notified|aware|services?|today|tonight|member|members|in|on|and|or|with|for|to|at)$/i.test(words[n]!) && !vocabulary(words[n]!.toLowerCase())) n++;
    const first = words[0]!.toLowerCase();
    // "Temple tenderness", "temple tender": the side of the head.
    if (n > 0 && (!isCommonWord(first) || d.firstNames.has(first) || d.lastNames.has(first) || d.places.has(first)) && !looksMedical(first) && !/^tend/.test(first)) place(s.match.index, s.match.index + s.match[0].length - s.match[1]!.length + words.slice(0, n).join(" ").length);
  }
  for (const s of /vna/i.test(text) ? spans(NAMED_VNA_RE, text, 1) : []) {
    const words = s.match[1]!.split(/[ \t]+/);
    while (words.length && (INNER_BREAK.test(words[0]!) || vocabulary(words[0]!.toLowerCase()) || /^(?:w\/|via|thru|through|has|have|had|gets|getting|receives|receiving|with|and|no|on|for|by|home|pt|ot|the|her|his|own|local|new|same|from|will|arrange|arranged|set|up|order|ordered|need|needs|refer|referred|call|called|contact|notify|notified|and)$/i.test(words[0]!))) words.shift();
    if (words.length && words.some((w) => d.places.has(w.toLowerCase()) || d.lastNames.has(w.toLowerCase()) || !isCommonWord(w.toLowerCase())) && !words.some((w) => vocabulary(w.toLowerCase()))) place(s.end - words.join(" ").length, s.match.index + s.match[0].length);
  }
  for (const s of /funeral|arrange/i.test(text) ? spans(FUNERAL_CUE_RE, text, 1) : []) if (!keys(s.match[1]!).some((k) => vocabulary(k) && !d.eponyms.has(k))) place(s.start, s.end);
  for (const s of /mci[ \t]*[-\p{L}]/iu.test(text) ? spans(PRISON_RE, text) : []) {
    // "MCI - continue donepezil", "MCI with word-finding": mild cognitive impairment; a prison's name is a town's or no word.
    const site = s.match[0].replace(/^mci(?:[ \t]*-[ \t]*|[ \t]+)/i, "").split(/[ \t]+/)[0]!.toLowerCase();
    if (d.places.has(site) || !isCommonWord(site) || /junction$/i.test(s.match[0])) place(s.start, s.end);
  }
  for (const s of /jp/i.test(text) ? spans(JP_RE, text) : []) place(s.start, s.end);
  for (const s of /(?:work|job)[ \t]*\(/i.test(text) ? spans(WORK_BRACKET_RE, text, 1) : []) {
    const words = keys(s.match[1]!);
    if (!words.some(vocabulary) && !words.some((k) => /^(?:his|her|their|the|same|night|nights|days|today|tonight|now|cell|phone|home)$/.test(k))) place(s.start, s.end);
  }
  for (const s of /(?:VNA|ospice|OSPICE|ervices|ERVICES|ssociation|SSOCIATION)[ \t]+(?:of|OF)[ \t]/.test(text) ? spans(AGENCY_OF_RE, text) : []) place(s.start, s.end);
  for (const s of /hildren['’]?s|HILDREN['’]?S/.test(text) ? spans(CHILDRENS_RE, text) : []) place(s.start, s.end);
  for (const s of /hildren['’]?s|HILDREN['’]?S/.test(text) ? spans(TOWN_CHILDRENS_RE, text) : []) {
    const k = s.match[1]!.toLowerCase();
    if ((!vocabulary(k) || d.places.has(k)) && !/^(?:the|his|her|their|my|our|your|of|for|and|with|to|at|from|in|two|three|four|five|young|small|older|younger|other|all|both|grand|adult|sick|local)$/.test(k) && (d.places.has(k) || d.lastNames.has(k) || d.firstNames.has(k) || !isCommonWord(k))) place(s.start, s.end);
  }
  for (const s of /(?:in|from|IN|FROM|In|From)[ \t]+[A-Z]{2}[ \t]*[,.;)]/.test(text) ? spans(STATE_ALONE_RE, text) : []) place(s.start, s.end);
  for (const s of /(?:ospital|OSPITAL|nstitute|NSTITUTE|Home|HOME)[ \t]+(?:for|FOR)[ \t]/.test(text) ? spans(HOSPITAL_FOR_RE, text) : []) place(s.start, s.end);
  for (const s of /retired|former/i.test(text) ? spans(EMPLOYER_BEFORE_OCCUPATION_RE, text, 1) : []) {
    const job = s.match[2]!;
    if ((OCCUPATIONS.includes(job) || (OCCUPATION_ENDING.test(job) && !NOT_OCCUPATION.has(job) && !vocabulary(job))) && !keys(s.match[1]!).some(vocabulary) && named(s.match[1]!)) place(s.start, s.end);
  }
  for (const s of /Dr|DR/.test(text) ? spans(PRACTICE_AFTER_CLINICIAN_RE, text) : []) {
    if (!GENERIC_PLACE_WORDS.has(keys(s.match[1]!)[0]!) && !GENERIC_WARD.has(keys(s.match[1]!)[0]!)) place(s.start, s.end);
  }
};
