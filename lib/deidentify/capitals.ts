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
// Only a text with such a run is rewritten; mixed-case text is read as it is.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, CAPS_IN_PLACE_LINE, GENERIC_PLACE_WORDS, GENERIC_WARD, RELATIONS } from "./name-context";
import { isCommonWord, looksMedical } from "./tokens";
import { FAITH_OR_PEOPLE } from "./venues";
import { US_STATE_CODES } from "./addresses";
import { PLACE_CUE_PHRASES } from "./vocabulary";
import { type Case, FUNCTION, isAbbreviation, jargonShaped, nameShaped, readWords, TITLES, wordsOf, type Word } from "./case-words";

const set = (s: string) => new Set(s.split(" "));
// An institution's, a residence's or a street's kind, and the words that build one ("NURSING",
// "HEALTH", "GENERAL"). A service's kind ("CLINIC", "UNIT") is named after what it does ("LEG ULCER
// CLINIC"): before it a name must begin with a word the lists know as a name or do not know at all
// ("BROOKSIDE ANTICOAGULATION CLINIC").
const SERVICE_END = set("clinic unit wing imaging radiology medicine rehab rehabilitation");
const KIND_END = set("ward hospital hospitals infirmary hospice sanatorium centre center practice surgery pharmacy chemist chemists general memorial regional institute polyclinic associates partners pediatrics paediatrics cardiology orthopedics orthopaedics dermatology urology oncology neurology rheumatology home manor lodge shelter elementary school academy college pines gardens village haven acres estates heights commons towers meadows oaks woods glen crest ridge springs house hall creek grove farm hills landing shores vista pointe city beach harbor harbour rapids bluffs township living health");
const RESIDENCE_END = set("home manor lodge pines gardens village haven acres estates heights commons towers meadows oaks woods glen crest ridge springs house hall creek grove farm hills landing shores vista pointe living");
const KIND_PART = set("health healthcare medical nursing care rest funeral community family group dental surgical children's women's eye ear treatment recovery assisted senior primary urgent internal teaching university base district high middle junior infant grammar general memorial regional royal county veterans behavioral behavioural");
// Kinds that are one only after these: "NURSING HOME" ("DISCHARGED HOME"), "ASSISTED LIVING", "FAMILY HEALTH".
const KIND_AFTER: Record<string, Set<string>> = { home: set("nursing care rest funeral residential retirement group children's"), living: set("assisted senior"), health: set("family community") };
const STREET_END = set("street st road rd avenue ave lane ln drive dr close crescent cres way place pl court ct gardens gdns grove terrace tce boulevard blvd square sq parade rise mews row hill highway hwy parkway pkwy circle cir");
// Words before an institution that say which one, not its name: "OUTSIDE HOSPITAL", "LOCAL PRACTICE".
// And words of an action, which open a sentence in capitals as often as a name does ("CALL WARD ON X3-4410").
const NOT_A_NAME = set("outside local same other another previous nearest referring receiving sending accepting transferring usual regular own new old main big small call ring phone page contact inform notify transfer return admit discharge send take bring see review discuss escort move collect");
// Numbers name no street or place ("a one way street").
const NUMBER_WORDS = set("one two three four five six seven eight nine ten");
const FAITH = new Set(FAITH_OR_PEOPLE.map((w) => w.toLowerCase()));
// Where someone lives, comes from or goes: with a preposition, a strong cue of a place.
const RESIDENCE_VERB = set("lives living lived resides residing home born raised up is was originally comes came moved native resident transferred transfer admitted discharged returned sent going went back");
const CLAUSE_END = set("with and on at in to for by via from since until after before as when then x last this where who but so is was were has had er ed ems nh alf snf ltc");
const CUE_END = set("in from near to at of outside by for is the");

const escape = (p: string) => p.replace(/[/.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
// A strong cue of where someone lives, works, comes from or goes ("LIVES IN", "TRANSFERRED FROM",
// "WORKS AT", "93 Y/O F FROM"): after it the words closing the clause are a place, even ordinary ones.
const STRONG_CUE_RE = new RegExp(
  `(?:^|[^a-z])(?:${PLACE_CUE_PHRASES.filter((p) => p.includes(" ")).map(escape).join("|")}|(?:${[...RESIDENCE_VERB].join("|")})[ \\t]+(?:in|from|near|of|outside|to)|(?:work|works|worked|working|job|employed|retired|volunteers?)(?:[ \\t]+(?:part|full)[ \\t\\-]time)?[ \\t]+(?:at|for|by|from)|employer[ \\t]+is|(?!(?:after|other|later|never|under|over|either|whether|together|rather|further|ever|per)[ \\t])[a-z]{3,}(?:er|or|ist|ian|man|woman)[ \\t]+(?:at|for)|(?:y\\/?o|yo|y\\.o\\.|year[ \\-]old|yr[ \\-]old)[ \\t]+(?:[a-z]+[ \\t]+)?(?:m|f|male|female|man|woman)[ \\t]+(?:from|of))[ \\t]+(?:the[ \\t]+)?$`,
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
  if (d.clinical.has(k) && !(residence && d.common.has(k))) return false;
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
    if ((!KIND_END.has(k) && !street && !service) || (KIND_AFTER[k] && !KIND_AFTER[k]!.has(words[i - 1]!.key))) continue;
    // The kind's own words ("NURSING", "HEALTH", "GENERAL"), then up to three words of the name.
    let j = i - 1;
    while (j >= 0 && KIND_PART.has(words[j]!.key) && joined(text, words[j]!, words[j + 1]!)) j--;
    const kind = j + 1;
    const named = (m: number) => ((cases[m] === "title" || cases[m] === "caps") && !isAbbreviation(words[m]!)) || FAITH.has(words[m]!.key);
    // A name's own words; a street may be named by "MAIN" or "OLD"; a residence's kind may stand inside
    // a name ("ORCHARD HOUSE SURGERY").
    const part = (m: number) => !NUMBER_WORDS.has(words[m]!.key) && (named(m) || mayBeNamePart(words[m]!, RESIDENCE_END.has(k)) || KIND_PART.has(words[m]!.key) || (street && NOT_A_NAME.has(words[m]!.key)));
    const inside = (m: number) => !FUNCTION.has(words[m]!.key) && !NOT_A_NAME.has(words[m]!.key) && !TITLES.has(words[m]!.key) && !RELATIONS.has(words[m]!.key) && !verbForm(words[m]!.key) && (GENERIC_WARD.has(words[m]!.key) || dictionaries().clinical.has(words[m]!.key) || KIND_END.has(words[m]!.key) || looksMedical(words[m]!.key) || jargonShaped(words[m]!.key));
    while (j >= 0 && kind - j <= 3 && joined(text, words[j]!, words[j + 1]!) && (part(j) || inside(j))) j--;
    // The name begins with one of its own words, and with a name when a service's words are inside it.
    while (j + 1 < kind && !part(j + 1)) j++;
    // "a one way street", "a two lane road": a number before it makes the words an idiom.
    if (j >= 0 && NUMBER_WORDS.has(words[j]!.key)) continue;
    const servicey = service || words.slice(j + 1, kind).some((_, m) => !part(j + 1 + m));
    while (servicey && j + 1 < kind && !named(j + 1)) j++;
    if (j + 1 === kind) continue;
    for (let m = j + 1; m <= i; m++) if (m === i || !(cases[m] === "caps" && isAbbreviation(words[m]!))) cases[m] = "title";
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
    const unlistedAt = (m: number) => (cases[m] === "title" || (cases[m] === "caps" && nameShaped(words[m]!.key))) && !isAbbreviation(words[m]!);
    let j = i;
    while (j - i < 2 && words[j + 1] && joined(text, words[j]!, words[j + 1]!) && !ends(words[j + 1]) && (mayBeNamePart(words[j + 1]!) || !unlistedAt(j))) j++;
    const closes = !words[j + 1] || /^[ \t]*[.,;:)]/.test(text.slice(words[j]!.end, words[j + 1]!.start)) || (joined(text, words[j]!, words[j + 1]!) && ends(words[j + 1])) || words.slice(i, j + 1).every((_, m) => unlistedAt(i + m));
    const seq = words.slice(i, j + 1);
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

function titleCase(raw: string): string {
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
function casesOf(run: Word[], text: string): Case[] {
  const cases = readWords(run, text);
  placesOfWords(run, cases, text);
  namesBeforeKinds(run, cases, text);
  placesAfterCues(run, cases, text);
  townsBeforeStates(run, cases, text);
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

// A sentence written without capitals: no word but its first begins with a capital and goes on in
// lower case ("pt's wife mary called from boston", "Seen by dr okafor at st columba's"; abbreviations
// in capitals allowed: "CT done, wife aware").
// A sentence ends at a full stop, but not one after a title, a saint or an initial ("Dr. Villanueva",
// "St. Luke's", "P.O. Box").
const SENTENCE_END_RE = /(?<!(?:^|[^\p{L}])(?:\p{L}|[Dd]rs?|[Mm]rs?|[Mm]s|[Ss]t|[Pp]rof|[Nn]o|[Vv]s|[Aa]pprox|[Ee]tc))[.!?;](?=[ \t]|$)|\n/gu;
const TITLE_WORD_RE = /^\p{Lu}[\p{Ll}'’]/u;
const HAS_CAPITAL = /\p{Lu}/u;
// A capital anywhere in a word, a letter's code first (most words are ASCII).
const hasCapital = (raw: string) => {
  const c = raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || (raw !== raw.toLowerCase() && HAS_CAPITAL.test(raw));
};
const HAS_LOWER_WORD = /(?:^|[^\p{L}])\p{Ll}{2}/u;

/**
 * Each run of sentences written without capitals, two lower-case words or more in all, with, for
 * each word, whether its sentence also begins in lower case: a writer who capitalises nothing, where
 * every word is read as in capitals. A sentence that begins with a capital may be a mixed-case
 * writer's with no name in it ("Procedure performed at the bedside", "MR imaging of the ankle"):
 * there only the words the lists know as names and places are read so.
 */
type Sentence = "lower" | "capital";
function uncasedRuns(text: string): { runs: Array<{ words: Word[]; kind: Sentence }>; casedAnywhere: boolean } {
  const runs: Array<{ words: Word[]; kind: Sentence }> = [];
  let casedAnywhere = false;
  let from = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (;;) {
    const m = SENTENCE_END_RE.exec(text);
    const to = m ? m.index + 1 : text.length;
    const words = wordsOf(text.slice(from, to), from);
    // A title's capital says nothing of a name's ("Told her Dr. abernathy would call back").
    if (words.some((w, i) => i > 0 && TITLE_WORD_RE.test(w.raw) && !TITLES.has(w.key))) casedAnywhere = true;
    else if (words.some((w) => w.raw === w.key && w.raw.length >= 2)) runs.push({ words, kind: words[0]!.raw === words[0]!.raw.toLowerCase() ? "lower" : "capital" });
    if (!m) break;
    from = to;
  }
  return { runs, casedAnywhere };
}

/**
 * `text` with every sentence written without capitals as a mixed-case writer would have written it;
 * null when nothing changes. A lower-case word says as little as one in capitals, so each run is read
 * as the same words in capitals are (`casesOf`); only lower-case words that a mixed-case writer
 * would capitalise change ("wife mary called" is read as "wife Mary called"). A word that begins
 * with a capital is left as its writer wrote it.
 */
export function readUncased(text: string): string | null {
  if (!HAS_LOWER_WORD.test(text)) return null;
  const { runs, casedAnywhere } = uncasedRuns(text);
  if (runs.length === 0) return null;
  const upper = text.toUpperCase();
  // Offsets must hold: a text whose capitals change its length ("ß") is read as it is.
  if (upper.length !== text.length) return null;
  const pieces: string[] = [];
  let copied = 0;
  // Only runs with a word that may change are read (a cheap test first: in mixed-case text most are not).
  const read = runs.map(({ words, kind }) => (words.some((_, i) => mayChange(words, i, text, kind === "lower", casedAnywhere)) ? casesOf(words.map((w) => ({ ...w, raw: w.raw.toUpperCase() })), upper) : null));
  // A writer who leaves a listed name in lower case in a sentence that begins with a capital
  // ("Wife dolores says he fell at the walmart") capitalises only what the phone does: every
  // sentence of the text without a capital inside it is read as one that begins in lower case.
  const careless = runs.some(({ words, kind }, r) => kind === "capital" && !!read[r] && words.some((w, i) => !hasCapital(w.raw) && mixedCaseOf(words, read[r]!, i, text, false, false) !== null));
  for (const [r, { words, kind }] of runs.entries()) {
    const loose = kind === "lower" || careless;
    // A careless writer's sentences that begin with a capital are read whole.
    const cases = read[r] ?? (loose && words.some((_, i) => mayChange(words, i, text, true, casedAnywhere)) ? casesOf(words.map((w) => ({ ...w, raw: w.raw.toUpperCase() })), upper) : null);
    if (!cases) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (hasCapital(w.raw)) continue;
      const recased = mixedCaseOf(words, cases, i, text, loose && !casedAnywhere, loose);
      if (recased === null || recased === w.raw || recased.length !== w.raw.length) continue;
      pieces.push(text.slice(copied, w.start), recased);
      copied = w.end;
    }
  }
  if (copied === 0) return null;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

// Words after which a listed word that is also an English one may be a name or a place ("wife grace", "lives in reading").
const CUE_BEFORE = new Set([...TITLES, ...RELATIONS, ...CUE_END]);

/**
 * Whether a lower-case word may take a capital or capitals, a cheap test before a run is read: a
 * word beside a number (a date, a code, an address); in a text with no capitals, any word; else only
 * a word the lists hold as a name or a place, and one that is also an English word only after a
 * cue or before a kind of place.
 */
function mayChange(words: Word[], i: number, text: string, loose: boolean, casedAnywhere: boolean): boolean {
  const w = words[i]!;
  const k = w.key;
  if (FUNCTION.has(k) || hasCapital(w.raw)) return false;
  if (loose && !casedAnywhere) return true;
  const d = dictionaries();
  if (d.firstNames.has(k) || d.lastNames.has(k) || d.places.has(k) || d.eponyms.has(k)) {
    if (!d.common.has(k)) return true;
    const prev = words[i - 1]?.key ?? "";
    const next = words[i + 1]?.key ?? "";
    if (CUE_BEFORE.has(prev) || KIND_END.has(next) || STREET_END.has(next) || SERVICE_END.has(next) || KIND_PART.has(next)) return true;
  }
  // Beside a number: a date, an address or, from a writer with no capitals, a code.
  if (!(CALENDAR_WORDS.has(k) || NUMBERED_PLACE.has(k) || (loose && !UNITS.has(k)))) return false;
  return /\d/.test(text[w.start - 1] ?? "") || /^[ \t\-/#]*\d/.test(text.slice(w.end, w.end + 3));
}

// Units and multipliers a writer leaves in lower case beside a number ("5mg", "2pm", "x3", "24h").
const UNITS = set("mg mcg ug ng g kg ml l dl cm mm m km am pm h hr hrs min mins s sec d wk wks mo mos yo y yr yrs x st nd rd th iu u mmol umol mol meq bpm kpa mmhg mls cc gy cgy mgy msv mbq mhz hz kcal cal ft in lb lbs oz ext");
// A shortened street or building word before its number ("route 9", "apt 5", "po box 118").
const NUMBERED_PLACE = set("route highway interstate exit apartment apt suite ste bldg building box unit flat floor room block plot");

/** The mixed-case form of a lower-case word in a run read as if in capitals; null to leave it. */
function mixedCaseOf(run: Word[], cases: Case[], i: number, text: string, unlisted: boolean, loose: boolean): string | null {
  // An initial and the surname after it ("k. brannigan", "j. oduya"; not "e. coli", "s. aureus").
  if (loose && (surnameAfterInitial(run, i, text) || surnameAfterInitial(run, i + 1, text))) return run[i]!.raw.length === 1 ? run[i]!.raw.toUpperCase() : titleCase(run[i]!.raw);
  if (cases[i] === "lower") return null;
  const d = dictionaries();
  const w = run[i]!;
  const k = w.key;
  const after = text.slice(w.end, w.end + 3);
  const listed = d.firstNames.has(k) || d.lastNames.has(k) || d.places.has(k);
  // An eponym, with its possessive's apostrophe or without ("parkinsons", "mcburneys point"), is a
  // disease's or a sign's name in lower case as much as in any: left as written but after a title.
  const eponym = d.eponyms.has(k) || (k.endsWith("s") && d.eponyms.has(k.slice(0, -1)));
  if (eponym && !listed && !cueBefore(run, i, text)) return null;
  // A word inside an address, a domain or a file's name is no name of its own ("alice.b@example.com").
  if (cases[i] === "title" && !(/^[@._/:\\][\p{L}\d]/u.test(after) || /[\p{L}\d][@._/:\\]$/u.test(text.slice(Math.max(0, w.start - 2), w.start)))) {
    // A word in no list reads as a name only where the writer uses no capitals at all: in a text
    // with capitals elsewhere a lower-case word the lists lack is a word of the trade ("glucometer").
    // In a sentence that begins with a capital only a listed name or place that is no English word
    // ("Seen with wife mary"), or a listed one after a title or a relation ("Wife grace aware").
    if (!loose) return listed && (!d.common.has(k) || cueBefore(run, i, text)) && !lowerCaseAbbreviations().has(k) ? titleCase(w.raw) : null;

    return (unlisted || listed || CALENDAR_WORDS.has(k)) && !lowerCaseAbbreviations().has(k) ? titleCase(w.raw) : null;
  }
  if (cases[i] !== "caps") return null;
  const next = run[i + 1];
  const nextNamed = !!next && cases[i + 1] === "title" && next.start - w.end <= 2;
  // An initial before a name ("k. brannigan"), a saint's "st" before one ("st. joseph's").
  if ((w.raw.length === 1 && after[0] === "." && nextNamed) || (k === "st" && nextNamed)) return titleCase(w.raw);
  const numberAfter = /^[ \t]*[-/#]?\d/.test(after);
  const numberBefore = /\d[ \t-]?$/.test(text.slice(Math.max(0, w.start - 2), w.start));
  // A month or a day beside a number ("march 3rd", "3-mar", "tues 12 mar").
  if (CALENDAR_WORDS.has(k) && (numberAfter || numberBefore || (next && CALENDAR_WORDS.has(next.key)))) return titleCase(w.raw);
  if (NUMBERED_PLACE.has(k) && numberAfter) return titleCase(w.raw);
  if (k === "po" && next?.key === "box") return w.raw.toUpperCase();
  // Codes a writer puts in capitals: letters joined to digits ("ox16 5tj", "a1927734", "mr-2280914"),
  // and a state's or another short code before a number ("ak 99508", "qld 4350"); not units. A
  // mixed-case writer's lower-case code is meant so ("rs12345", "hba1c").
  if (!loose || UNITS.has(k) || FUNCTION.has(k)) return null;
  const joinedToDigits = /\d/.test(text[w.start - 1] ?? "") || /^[-/]?\d/.test(after);
  // A short word before a number is a code unless it is a word ("bed 7", "due 2200"); before a ZIP code a state's ("ca 92840").
  const code = w.raw.length <= 3 && numberAfter && ((!d.common.has(k) && !d.clinical.has(k)) || /^[ \t]+\d{5}(?![\d:])/.test(text.slice(w.end, w.end + 8)));
  if (joinedToDigits || code) return w.raw.toUpperCase();
  return null;
}

/** A title before a name the lists hold, a relation before a first name ("dr grace", "wife hope"; not "daughter's mobile"). */
function cueBefore(run: Word[], i: number, text: string, anyWord = false): boolean {
  const d = dictionaries();
  const prev = run[i - 1];
  if (!prev || !/^\.?[ \t]+$/.test(text.slice(prev.end, run[i]!.start))) return false;
  const k = run[i]!.key;
  const named = anyWord || d.firstNames.has(k) || d.lastNames.has(k);
  return (TITLES.has(prev.key) && named) || (RELATIONS.has(prev.key) && prev.raw === prev.key && (anyWord || d.firstNames.has(k)));
}

// The catalogue's abbreviations in lower case: in text without capitals "rea" is reactive arthritis's
// ReA as much as a surname.
let lowerAbbreviations: Set<string> | undefined;
function lowerCaseAbbreviations(): Set<string> {
  lowerAbbreviations ??= new Set([...dictionaries().catalogueAbbreviations].map((a) => a.toLowerCase()));
  return lowerAbbreviations;
}

/** A word after an initial and its full stop that reads as a surname: listed, or no frequent word and shaped as a name but not as a species. */
function surnameAfterInitial(run: Word[], i: number, text: string): boolean {
  const prev = run[i - 1];
  const w = run[i];
  if (!prev || !w || prev.raw.length !== 1 || !/^\.[ \t]+$/.test(text.slice(prev.end, w.start))) return false;
  const d = dictionaries();
  const k = w.key;
  if (FUNCTION.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || CALENDAR_WORDS.has(k)) return false;
  return d.firstNames.has(k) || d.lastNames.has(k) || (!isCommonWord(k) && nameShaped(k) && !/(?:ae|ii|us|is|um|ensis)$/.test(k));
}
