// Text written in capitals (decision 119). In a run of capitals case says nothing, so the rules that
// read a capital as a name's mark see every word as one, or none. The guard reads such a text as a
// mixed-case writer would have written it ("PT ADMITTED FROM PLEASANT VALLEY NURSING HOME" is read as
// "PT admitted from Pleasant Valley Nursing Home"), with the same length, so findings keep their
// offsets. The word lists decide each word's case (case-words.ts); then what names a place or a
// person gives the ordinary words it covers a capital:
// - the kind of an institution, a residence or a street names the words before it ("Pleasant
//   Valley Nursing Home", "Cedar Ridge", "Main St"), unless they say what a service does ("leg ulcer
//   clinic");
// - a cue of where someone lives, works or goes names the words closing the clause after it ("LIVES
//   IN READING.", "WORKS AT STOP & SHOP."), and a state's code the town before it ("OAK HOLLOW, GA");
// - a title or a relation names the word after it ("DR BAN", "DAUGHTER GRACE"), and a name beside a
//   word makes it a name too ("FELICITY ROMANELLI").
// Only a text with such a run is rewritten; mixed-case text is read as it is. Its mirror, text
// without capitals, is read the same way in lower-case.ts (decision 120).
import { dictionaries } from "./dictionaries";
import { mistypedWord } from "./word-variants";
import { CALENDAR_WORDS, CAPS_IN_PLACE_LINE, GENERIC_PLACE_WORDS, GENERIC_WARD, RELATIONS } from "./name-context";
import { looksMedical } from "./tokens";
import { FAITH_OR_PEOPLE } from "./venues";
import { US_STATE_CODES } from "./addresses";
import { PLACE_CUE_PHRASES } from "./vocabulary";
import { type Case, FUNCTION, isAbbreviation, jargonShaped, nameShaped, readWords, TITLES, typoOfWord, wordsOf, type Word } from "./case-words";

const set = (s: string) => new Set(s.split(" "));
// An institution's, a residence's or a street's kind, and the words that build one ("NURSING",
// "HEALTH", "GENERAL"). A service's kind ("CLINIC", "UNIT") is named after what it does ("LEG ULCER
// CLINIC"): before it a name must begin with a word the lists know as a name or do not know at all
// ("BROOKSIDE ANTICOAGULATION CLINIC").
export const SERVICE_END = set("clinic unit wing imaging radiology medicine rehab rehabilitation");
export const FACILITY_LETTERS = set("afb ltach ltac snf alf ecf irf");
export const KIND_END = set("ltach ltac snf alf ecf irf ctr hosp afb ward hospital hospitals infirmary hospice sanatorium centre center practice surgery pharmacy chemist chemists general memorial regional institute polyclinic associates partners pediatrics paediatrics cardiology orthopedics orthopaedics dermatology urology oncology neurology rheumatology home manor lodge shelter elementary school academy college pines gardens village haven acres estates heights commons towers meadows oaks woods glen crest ridge springs house hall creek grove farm hills landing shores vista pointe city beach harbor harbour rapids bluffs township living health");
const RESIDENCE_END = set("home manor lodge pines gardens village haven acres estates heights commons towers meadows oaks woods glen crest ridge springs house hall creek grove farm hills landing shores vista pointe living");
export const KIND_PART = set("health healthcare medical med nursing care rest funeral community family group dental surgical children's women's eye ear treatment recovery assisted senior primary urgent internal teaching university base district high middle junior infant grammar general memorial regional royal county veterans behavioral behavioural");
// Kinds that are one only after these: "NURSING HOME" ("DISCHARGED HOME"), "ASSISTED LIVING", "FAMILY HEALTH".
const KIND_AFTER: Record<string, Set<string>> = { home: set("nursing care rest funeral residential retirement group children's"), living: set("assisted senior"), health: set("family community") };
export const STREET_END = set("street st road rd avenue ave lane ln drive dr close crescent cres way place pl court ct gardens gdns grove terrace tce boulevard blvd square sq parade rise mews row hill highway hwy parkway pkwy circle cir");
// Words before an institution that say which one, not its name: "OUTSIDE HOSPITAL", "LOCAL PRACTICE".
// And words of an action, which open a sentence in capitals as often as a name does ("CALL WARD ON X3-4410").
const NOT_A_NAME = set("under like likes liked chose choose chooses pursue pursuing consider considering discuss discussed request requested refuse refused accept accepted decline declined elect elected enroll enrolled now then still already today tonight give gave given giving get got over than vs versus meets meet needs need requires require prefers prefer wants want qualifies outside local same other another previous nearest referring receiving sending accepting transferring usual regular own new old main big small call ring phone page contact inform notify transfer return admit discharge send take bring see review discuss escort move collect");
// Words of a street's name that are also NOT_A_NAME's ("MAIN ST", "OLD RD").
const STREET_WORDS = set("main old new high north south east west upper lower middle");
// Numbers name no street or place ("a one way street").
// Not "the": "THE PINE STREET INN" is a place. After another determiner only a trip's or a road's adjective makes an
// idiom ("THAT LONG DRIVE"); "HER ELM STREET APARTMENT" is an address.
const DETERMINERS = set("a an that this his her their our my your its every each no");
const ROAD_ADJECTIVES = set("long short quick slow hard easy rough bumpy scenic steep winding icy busy");
const NUMBER_WORDS = set("one two three four five six seven eight nine ten");
// Words that say which scan a "CT" is ("MOST RECENT CT", "SURVEILLANCE CT"), not a court's name.
const SCAN_BEFORE = set("recent latest repeat repeated surveillance interval baseline staging screening initial prior follow-up followup planning outside head chest abdominal pelvic noncontrast contrast urgent stat emergent");
const FAITH = new Set(FAITH_OR_PEOPLE.map((w) => w.toLowerCase()));
// Where someone lives, comes from or goes: with a preposition, a strong cue of a place.
const RESIDENCE_VERB = set("lives living lived resides residing home born raised up is was originally comes came moved native resident transferred transfer admitted discharged returned sent going went back");
const CLAUSE_END = set("vs versus w with and on at in to for by via from since until after before as when then x last this where who but so is was were has had er ed ems nh alf snf ltc coming flying driving arriving visiting called calls will tonight tomorrow today overnight yesterday");
export const CUE_END = set("in from near to at of outside by for is the");

const escape = (p: string) => p.replace(/[/.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
// A strong cue of where someone lives, works, comes from or goes ("LIVES IN", "TRANSFERRED FROM",
// "WORKS AT", "93 Y/O F FROM"): after it the words closing the clause are a place, even ordinary ones.
const STRONG_CUE_RE = new RegExp(
  `(?:^|[^a-z])(?:${PLACE_CUE_PHRASES.filter((p) => p.includes(" ")).map(escape).join("|")}|(?:${[...RESIDENCE_VERB].join("|")})[ \\t]+(?:in|from|near|of|outside|to)|(?:work|works|worked|working|job|employed|retired|volunteers?)(?:[ \\t]+(?:part|full)[ \\t\\-]time|[ \\t]+(?:nights|days|evenings|weekends|there|together|(?:first|second|third|night|day|evening|overnight)[ \\t]+shift))?[ \\t]+(?:at|for|by|from)|(?:attorney|lawyer|associate|student|employee|clerk|cook|chef|aide|cna|rn|nurse|intern|resident|partner)[ \\t]+at|employer[ \\t]+is|(?!(?:after|other|later|never|under|over|either|whether|together|rather|further|ever|per|monitor|monitoring)[ \\t])[a-z]{3,}(?:er|or|ist|ian|man|woman)[ \\t]+(?:at|for)|(?:y\\/?o|yo|y\\.o\\.|year[ \\-]old|yr[ \\-]old)[ \\t]+(?:[a-z]+[ \\t]+)?(?:m|f|male|female|man|woman)[ \\t]+(?:from|of))[ \\t]+(?:the[ \\t]+)?$`,
);
// A preposition alone is a weaker cue: a word in no list after it, or a town in the lists.
const WEAK_CUE_RE = /(?:^|[^a-z])(?:in|from|near|to|at|of|outside)[ \t]+(?:the[ \t]+)?$/;
// A state's or a province's code after a town, closing the clause: "OAK HOLLOW, GA.", "HIBBING, MN
// IS", "TOOWOOMBA QLD 4350" (not "ESOPHAGUS, LA GRADE B", "ABVD, IN REMISSION").
const STATE_AFTER_RE = new RegExp(`^(?:[ \\t]*,[ \\t]*(?:${US_STATE_CODES.slice(3, -1)}|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|NSW|VIC|QLD|TAS|ACT)(?=[ \\t]*(?:[.,;:)]|$|\\n|\\d{5}|IS\\b|WAS\\b|AND\\b|WITH\\b))|[ \\t]+(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)[ \\t]+\\d{4})(?![\\p{L}])`, "u");

/** Two words of one name: spaces, or an ampersand, between them. */
function joined(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 38) return false;
  }
  return true;
}

/**
 * A word that may be part of a place's name: no function, generic, calendar or clinical word; a
 * clinical word that is also an English one only before a residence's kind ("SUNRISE HOUSE", not
 * "HEPARIN SQ").
 */
function mayBeNamePart(w: Word, residence = false): boolean {
  const d = dictionaries();
  const k = w.key;
  if (FAITH.has(k)) return true;
  // A kind of care named by its letters is no place's name ("D/C TO NH", "BACK TO ED").
  if (CLAUSE_END.has(k) || NUMBER_WORDS.has(k)) return false;
  if (k.includes("-")) return k.split("-").every((p) => mayBeNamePart({ ...w, key: p, raw: p }, residence));
  if ((d.clinical.has(k) && !(residence && d.common.has(k))) || d.noteAbbreviations.has(k)) return false;
  // A common word typed with two letters swapped ("BEDSDIE") (decision 143).
  if (!d.common.has(k) && !d.places.has(k) && !d.firstNames.has(k) && !d.lastNames.has(k) && typoOfWord(k)) return false;
  // A word in no list built as a clinical one ("NONTENDER"; not "BEVERLY", "FIDELITY").
  if (!(d.firstNames.has(k) || d.lastNames.has(k) || d.places.has(k) || d.common.has(k)) && jargonShaped(k)) return false;
  return !FUNCTION.has(k) && !NOT_A_NAME.has(k) && !isAbbreviation(w) && !GENERIC_WARD.has(k) && !GENERIC_PLACE_WORDS.has(k) && !CALENDAR_WORDS.has(k) && !TITLES.has(k) && !RELATIONS.has(k) && !RESIDENCE_VERB.has(k) && (!verbForm(k) || d.places.has(k));
}

/** A verb's past or participle ("ADMITTED", "SEEN", "GOING"; not "KINDRED", "SPAULDING"). */
function verbForm(k: string): boolean {
  const d = dictionaries();
  const stem = /(?:ed|ing)$/.test(k) && d.common.has(k) ? k.replace(/(?:ed|ing)$/, "") : "";
  return !!stem && (d.common.has(stem) || d.common.has(`${stem}e`) || (stem.length > 3 && stem.at(-1) === stem.at(-2) && d.common.has(stem.slice(0, -1))));
}

/** Towns of two or three words, each of which may be an ordinary word ("WAGGA WAGGA", "NEW ROCHELLE"). */
function placesOfWords(words: Word[], cases: Case[], text: string): void {
  const d = dictionaries();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!joined(text, words[i]!, words[i + 1]!)) continue;
    const two = `${words[i]!.key} ${words[i + 1]!.key}`;
    const three = i + 2 < words.length && joined(text, words[i + 1]!, words[i + 2]!) ? `${two} ${words[i + 2]!.key}` : "";
    const n = three && d.places.has(three) ? 3 : d.places.has(two) ? 2 : 0;
    for (let k = i; k < i + n; k++) cases[k] = "title";
    if (n) i += n - 1;
  }
}

/**
 * The words before an institution's, a residence's or a street's kind are its name. Words that say
 * what a service does ("DIABETES", "ANTICOAGULATION") may stand inside a name that begins with a name
 * ("SPRINGHILL DIABETES CENTRE", "BROOKSIDE ANTICOAGULATION CLINIC"), not make one ("LEG ULCER CLINIC").
 */
function namesBeforeKinds(words: Word[], cases: Case[], text: string): void {
  for (let i = 1; i < words.length; i++) {
    const k = words[i]!.key;
    const service = SERVICE_END.has(k);
    const street = STREET_END.has(k);
    if ((!KIND_END.has(k) && !street && !service) || (KIND_AFTER[k] && !KIND_AFTER[k]!.has(words[i - 1]!.key)) || (k === "ct" && SCAN_BEFORE.has(words[i - 1]!.key))) continue;
    // "GENERAL" ends a hospital's name ("LOWELL GENERAL", "MASS GENERAL ED"), not a phrase ("GIVE GENERAL INFO").
    if (k === "general" && words[i + 1] && joined(text, words[i]!, words[i + 1]!) && !KIND_END.has(words[i + 1]!.key) && !FUNCTION.has(words[i + 1]!.key) && !CLAUSE_END.has(words[i + 1]!.key) && !/^(?:ed|er|ew|icu|micu|sicu|ccu|or|hosp)$/.test(words[i + 1]!.key)) continue;
    // The kind's own words ("NURSING", "HEALTH", "GENERAL"), then up to three words of the name.
    let j = i - 1;
    while (j >= 0 && KIND_PART.has(words[j]!.key) && joined(text, words[j]!, words[j + 1]!)) j--;
    const kind = j + 1;
    // A word in no list read as a typo may name a place before its kind ("PIEDMONT HEART INSTITUTE") (decision 143).
    const named = (m: number) => ((cases[m] === "title" || cases[m] === "caps" || mistypedWord(words[m]!.key)) && !isAbbreviation(words[m]!) && !NOT_A_NAME.has(words[m]!.key)) || FAITH.has(words[m]!.key);
    // A name's own words; a street may be named by "MAIN" or "OLD"; a residence's kind may stand inside
    // a name ("ORCHARD HOUSE SURGERY").
    // A town's name that is also a clinical word names a hospital too ("TEMPLE UNIVERSITY HOSPITAL").
    const part = (m: number) => !NUMBER_WORDS.has(words[m]!.key) && (named(m) || mayBeNamePart(words[m]!, RESIDENCE_END.has(k)) || KIND_PART.has(words[m]!.key) || (street && STREET_WORDS.has(words[m]!.key)) || (!street && dictionaries().places.has(words[m]!.key) && dictionaries().clinical.has(words[m]!.key)));
    const inside = (m: number) => !FUNCTION.has(words[m]!.key) && !NOT_A_NAME.has(words[m]!.key) && !TITLES.has(words[m]!.key) && !RELATIONS.has(words[m]!.key) && !verbForm(words[m]!.key) && (GENERIC_WARD.has(words[m]!.key) || dictionaries().clinical.has(words[m]!.key) || KIND_END.has(words[m]!.key) || looksMedical(words[m]!.key) || jargonShaped(words[m]!.key));
    while (j >= 0 && kind - j <= 3 && joined(text, words[j]!, words[j + 1]!) && (part(j) || inside(j))) j--;
    // The name begins with one of its own words, and with a name when a service's words are inside it.
    while (j + 1 < kind && !part(j + 1)) j++;
    // "a one way street", "a two lane road": a number before it makes the words an idiom.
    if (j >= 0 && NUMBER_WORDS.has(words[j]!.key)) continue;
    // "THAT LONG DRIVE", "A ROUGH ROAD": a determiner and a road's adjective before a street's kind (decision 143).
    if (street && j >= 0 && DETERMINERS.has(words[j]!.key) && !/\d/.test(text.slice(words[j]!.end, words[i]!.start)) && words.slice(j + 1, i).every((w) => ROAD_ADJECTIVES.has(w.key))) continue;
    const servicey = service || words.slice(j + 1, kind).some((_, m) => !part(j + 1 + m));
    while (servicey && j + 1 < kind && !named(j + 1)) j++;
    if (j + 1 === kind) continue;
    // A street's kind that is also a clinical abbreviation ("10U NPH SQ", "HR 100S ST") needs a word of the
    // name that is no abbreviation and no letter glued to a number ("ELM ST", "INMAN SQ").
    const wordy = (m: number) => words[m]!.raw.length > 1 && !isAbbreviation(words[m]!) && !/\d/.test(text[words[m]!.start - 1] ?? "");
    if (/^(?:sq|st|ct|dr|pl)$/.test(k) && !words.slice(j + 1, i).some((_, n) => wordy(j + 1 + n))) continue;
    // A facility's letters stay letters ("KINDRED LTACH" is read "Kindred LTACH").
    // An ordinal's letters keep their case ("7TH AVE" is read "7th Ave").
    for (let m = j + 1; m <= i; m++) if (m === i ? !FACILITY_LETTERS.has(k) : !(cases[m] === "caps" && isAbbreviation(words[m]!)) && !/\d/.test(text[words[m]!.start - 1] ?? "")) cases[m] = "title";
    if (FACILITY_LETTERS.has(k)) cases[i] = "caps";
  }
}

/** After a cue of where someone lives, works, comes from or goes, the words closing the clause are a place. */
function placesAfterCues(words: Word[], cases: Case[], text: string): void {
  const d = dictionaries();
  const ends = (w: Word | undefined) => !!w && (CLAUSE_END.has(w.key) || CALENDAR_WORDS.has(w.key));
  for (let i = 1; i < words.length; i++) {
    // Cheap test first: every cue ends in a preposition, "IS" or "THE".
    if (FUNCTION.has(words[i]!.key) || !CUE_END.has(words[i - 1]!.key)) continue;
    const before = text.slice(Math.max(0, words[i]!.start - 48), words[i]!.start).toLowerCase();
    const strong = STRONG_CUE_RE.test(before);
    if (!strong && !WEAK_CUE_RE.test(before)) continue;
    // One to three words, closing the clause: "FROM CARIBOU,", "AT STOP & SHOP.", "TO KINDRED FOR REHAB";
    // words no dictionary holds need not close it ("REHAB AT SPAULDING ACCEPTED PT").
    const unlistedAt = (m: number) => (cases[m] === "title" || (cases[m] === "caps" && nameShaped(words[m]!.key)) || mistypedWord(words[m]!.key)) && !isAbbreviation(words[m]!);
    let j = i;
    while (j - i < 2 && words[j + 1] && joined(text, words[j]!, words[j + 1]!) && !ends(words[j + 1]) && (mayBeNamePart(words[j + 1]!) || !unlistedAt(j))) j++;
    const closes = !words[j + 1] || /^[ \t]*[.,;:)]/.test(text.slice(words[j]!.end, words[j + 1]!.start)) || (joined(text, words[j]!, words[j + 1]!) && ends(words[j + 1])) || words.slice(i, j + 1).every((_, m) => unlistedAt(i + m));
    const seq = words.slice(i, j + 1);
    // "DAUGHTER IN LAW BROUGHT PHOTOS": a relation "in law", not a place.
    if (seq[0]!.key === "law" && i >= 2 && RELATIONS.has(words[i - 2]!.key.replace(/s$/, ""))) continue;
    // "I'M GOING TO FAINT.": after "going to" an English word that names no town is a verb (decision 142).
    if (seq.length === 1 && /(?:going|gonna|have|has|had|need|needs|want|wants|used|able|trying)[ \t]+to[ \t]+$/.test(before) && d.common.has(seq[0]!.key) && !d.places.has(seq[0]!.key)) continue;
    // "FROM LAKE COUNTRY", "MOVED TO SUN CITY": a kind of place may end a town's name, but names none
    // alone ("WORKS AT HEIGHTS").
    if (!closes || (seq.length === 1 && (KIND_END.has(seq[0]!.key) || STREET_END.has(seq[0]!.key))) || !seq.every((w, m) => mayBeNamePart(w) || (m > 0 && /^(?:city|town|county|country|village)$/.test(w.key)))) continue;
    // An abstract noun names a trade after "IN" ("WORKS IN CONSTRUCTION", "IN NURSING"), a firm only
    // after "AT" or "FOR" ("WORKS AT FIDELITY").
    if (!/(?:at|for)[ \t]+(?:the[ \t]+)?$/.test(before) && seq.some((w, m) => /(?:tion|sion|ment|ity|ness|ance|ence|ism|ing|ics)$/.test(w.key) && !d.places.has(w.key) && !unlistedAt(i + m))) continue;
    // After a preposition alone: words in no list, or a town in the lists on a line that names a
    // move ("ADMITTED FROM ST. JOSEPH'S IN PORTAGE"; not "DIFFICULTY IN READING").
    const unlisted = seq.every((_, m) => unlistedAt(i + m));
    const town = d.places.has(seq.map((w) => w.key).join(" ")) && CAPS_IN_PLACE_LINE.test(text.slice(text.lastIndexOf("\n", words[i]!.start) + 1, words[i]!.start));
    if (!strong && !unlisted && !town) continue;
    for (let m = i; m <= j; m++) cases[m] = "title";
    i = j;
  }
}

// A label of a place: its value is a name ("LOCATION: MERCY SOUTH 4W", "WARD: NIGHTINGALE").
const PLACE_LABEL_RE = /(?:^|[^a-z])(?:location|loc|facility|hospital|site|ward|practice|pharmacy|surgery|destination|discharge destination|care home|nursing home)[ \t]*:[ \t]*$/;

/** After a place's label, the value's first words, up to a number or a function word. */
function placesAfterLabels(words: Word[], cases: Case[], text: string): void {
  for (let i = 0; i < words.length; i++) {
    if (!text.slice(words[i - 1]?.end ?? 0, words[i]!.start).includes(":") || !PLACE_LABEL_RE.test(text.slice(Math.max(0, words[i]!.start - 32), words[i]!.start).toLowerCase())) continue;
    let j = i;
    while (j - i < 2 && words[j + 1] && joined(text, words[j]!, words[j + 1]!) && mayBeNamePart(words[j + 1]!)) j++;
    if (!words.slice(i, j + 1).every((w) => mayBeNamePart(w))) continue;
    for (let m = i; m <= j; m++) cases[m] = "title";
  }
}

/** A town before its state's code, after a cue or known as a town or as no word at all. */
function townsBeforeStates(words: Word[], cases: Case[], text: string): void {
  const d = dictionaries();
  for (let i = 0; i < words.length; i++) {
    const after = text.slice(words[i]!.end, words[i]!.end + 16);
    if (!(after.includes(",") || /\d{4}/.test(after)) || !STATE_AFTER_RE.test(after)) continue;
    let j = i;
    while (j > i - 2 && j > 0 && joined(text, words[j - 1]!, words[j]!) && mayBeNamePart(words[j - 1]!)) j--;
    const seq = words.slice(j, i + 1);
    const before = text.slice(Math.max(0, words[j]!.start - 48), words[j]!.start).toLowerCase();
    const named = seq.every((w, m) => d.places.has(w.key) || (cases[j + m] === "caps" && !isAbbreviation(w) && !/^[ivx]+[a-d]?$/.test(w.key)));
    if (!seq.every((w) => mayBeNamePart(w)) || !(named || STRONG_CUE_RE.test(before) || WEAK_CUE_RE.test(before))) continue;
    for (let m = j; m <= i; m++) cases[m] = "title";
  }
}

/** The town after a numbered street and a comma, closing the clause: "4402 N 7TH AVE, PHOENIX, ON 5 MAY". */
function townsAfterStreets(words: Word[], cases: Case[], text: string): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!STREET_END.has(words[i]!.key) || !/^\.?[ \t]*,[ \t]*$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) continue;
    // A house number before the street's name ("4402 N 7TH AVE", "12 OAK ST").
    const head = text.slice(Math.max(0, words[i]!.start - 40), words[i]!.start);
    if (!/(?:^|[^\d#])\d{1,5}[ \t]+(?:(?!(?:in|on|at|of|to|and|with|x)[ \t])[^\s,]+[ \t]+){0,3}$/i.test(head) || /(?:hr|sr|rate|bp|map|hd|pod|day)[ \t:]*\d{1,5}[ \t]+(?:[^\s,]+[ \t]+){0,3}$/i.test(head)) continue;
    let j = i + 1;
    if (words[j + 1] && joined(text, words[j]!, words[j + 1]!) && mayBeNamePart(words[j + 1]!)) j++;
    const after = text.slice(words[j]!.end, words[j]!.end + 12);
    if (!words.slice(i + 1, j + 1).every((w) => mayBeNamePart(w) && (dictionaries().places.has(w.key) || nameShaped(w.key))) || !/^[ \t]*(?:[,.;)]|$|\n|[A-Z]{2}[ \t]+\d{5})/.test(after)) continue;
    for (let m = i + 1; m <= j; m++) cases[m] = "title";
  }
}

// Words in capitals with nothing but spaces, digits and punctuation between them, on one line,
// matched from the start of a word that has two capitals in a row (found fast, Latin letters only).
const RUN_RE = /\p{Lu}[\p{Lu}'’\-]*(?:[^\p{L}\n]+\p{Lu}[\p{Lu}'’\-]*)+(?![\p{Ll}])/uy;
const TWO_CAPITALS_RE = /[A-Z\u00C0-\u00D6\u00D8-\u00DE]{2}/g;
// Cheap test first: two words in capitals with little but spaces and punctuation between them.
const MAY_HAVE_RUN = /\p{Lu}{2}[^\p{Ll}\n]{1,6}\p{Lu}[\p{Lu}.]/u;
const isLetter = (c: number, text: string, i: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019 || (c > 127 && text[i]!.toLowerCase() !== text[i]!.toUpperCase());

/** Runs of two words or more in capitals, one of them longer than three letters. */
function runsOf(text: string): Word[][] {
  const runs: Word[][] = [];
  TWO_CAPITALS_RE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = TWO_CAPITALS_RE.exec(text)) !== null) {
    let start = found.index;
    while (start > 0 && isLetter(text.charCodeAt(start - 1), text, start - 1)) start--;
    RUN_RE.lastIndex = start;
    const m = RUN_RE.exec(text);
    let end = found.index + 2;
    if (m) {
      const run = wordsOf(m[0], start);
      if (run.length >= 2 && run.some((w) => w.raw.length >= 4)) runs.push(run);
      end = start + m[0].length;
    }
    while (end < text.length && isLetter(text.charCodeAt(end), text, end)) end++;
    TWO_CAPITALS_RE.lastIndex = end;
  }
  return runs;
}

export function titleCase(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const prev = raw[i - 1];
    // A capital after a hyphen, or after an early apostrophe with two letters more ("O'DONNELL", not "HARTMANN'S").
    const upper = i === 0 || prev === "-" || ((prev === "'" || prev === "’") && i <= 2 && /^\p{L}{2}/u.test(raw.slice(i)));
    out += upper ? raw[i]!.toUpperCase() : raw[i]!.toLowerCase();
  }
  return out;
}

/** The case a mixed-case writer would give each word of a run: each word's own, then what names a place or a person. */
export function casesOf(run: Word[], text: string): Case[] {
  const cases = readWords(run, text);
  placesOfWords(run, cases, text);
  namesBeforeKinds(run, cases, text);
  placesAfterCues(run, cases, text);
  townsBeforeStates(run, cases, text);
  townsAfterStreets(run, cases, text);
  placesAfterLabels(run, cases, text);
  return cases;
}

/** `text` with every run of capitals as a mixed-case writer would have written it; null when there is none. */
export function readCapitals(text: string): string | null {
  if (!MAY_HAVE_RUN.test(text)) return null;
  const runs = runsOf(text);
  if (runs.length === 0) return null;
  const pieces: string[] = [];
  let copied = 0;
  for (const run of runs) {
    // A run of abbreviations and words in no list ("SNOMED CT", "HRCT UIP") reads the same in any case.
    const d = dictionaries();
    if (run.every((w) => isAbbreviation(w) || !(d.common.has(w.key) || d.firstNames.has(w.key) || d.lastNames.has(w.key) || d.places.has(w.key) || FUNCTION.has(w.key)))) continue;
    const cases = casesOf(run, text);
    for (let i = 0; i < run.length; i++) {
      const w = run[i]!;
      if (cases[i] === "caps") continue;
      const recased = cases[i] === "title" ? titleCase(w.raw) : w.raw.toLowerCase();
      // Only where the new case keeps the length ("ß", "İ" change it), so offsets stay the same.
      if (recased.length !== w.raw.length) continue;
      pieces.push(text.slice(copied, w.start), recased);
      copied = w.end;
    }
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}
