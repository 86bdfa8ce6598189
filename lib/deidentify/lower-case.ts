// Text without capitals (decision 120): phones, pagers, chat, speech recognition and hurried notes
// ("pt's wife mary called from boston"). A lower-case word says as little as one in capitals, so each
// sentence written without a capital inside it is read as the same words in capitals are
// (capitals.ts), and only its lower-case words change, to what a mixed-case writer writes: a capital
// for names and places, capitals for codes beside digits, a capital for months and days beside a
// number. The guard runs its rules on the text as written and again on the lines this changed.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, RELATIONS } from "./name-context";
import { isCommonWord } from "./tokens";
import { casesOf, CUE_END, FACILITY_LETTERS, KIND_END, KIND_PART, SERVICE_END, STREET_END, titleCase } from "./capitals";
import { US_STATE_CODES } from "./addresses";
import { type Case, FUNCTION, nameShaped, ROLE_LETTERS, TITLES, wordsOf, type Word } from "./case-words";

const set = (s: string) => new Set(s.split(" "));
const US_STATE_CODE_RE = new RegExp(`^${US_STATE_CODES}$`, "i");
const STATE_CLOSING_RE = /^(?:[ \t]*(?:[.;:,)]|$|\n)|[ \t]+(?:\d{5}|to|and|where|who|for|with|is|was)(?![\p{L}\d]))/u;

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
 * Each sentence written without capitals that has a lower-case word, and whether it begins in lower
 * case: a writer who capitalises nothing, where every word is read as in capitals. A sentence that
 * begins with a capital may be a mixed-case writer's with no name in it ("Procedure performed at the
 * bedside", "MR imaging of the ankle"): there only the words the lists know as names and places are
 * read so. `casedAnywhere`: some sentence has a capital inside it.
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
  // Each run read as the same words in capitals, only when a word of it may change (a cheap test
  // first: in mixed-case text most may not).
  const readIf = (words: Word[], loose: boolean) => (words.some((_, i) => mayChange(words, i, text, loose, casedAnywhere)) ? casesOf(words.map((w) => ({ ...w, raw: w.raw.toUpperCase() })), upper) : null);
  const read = runs.map(({ words, kind }) => readIf(words, kind === "lower"));
  // A writer who leaves a listed name in lower case in a sentence that begins with a capital
  // ("Wife dolores says he fell at the walmart") capitalises only what the phone does: every
  // sentence of the text without a capital inside it is read as one that begins in lower case.
  const careless = runs.some(({ words, kind }, r) => kind === "capital" && !!read[r] && words.some((w, i) => !hasCapital(w.raw) && mixedCaseOf(words, read[r]!, i, text, false, false) !== null));
  for (const [r, { words, kind }] of runs.entries()) {
    const loose = kind === "lower" || careless;
    // A careless writer's sentences that begin with a capital are read whole.
    const cases = read[r] ?? (loose ? readIf(words, true) : null);
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
const NUMBERED_PLACE = set("route rte hwy highway interstate exit apartment apt suite ste bldg building box unit flat floor room block plot");

/** The mixed-case form of a lower-case word in a run read as if in capitals; null to leave it. */
function mixedCaseOf(run: Word[], cases: Case[], i: number, text: string, unlisted: boolean, loose: boolean): string | null {
  // An initial and the surname after it ("k. brannigan", "j. oduya"; not "e. coli", "s. aureus").
  if (loose && (surnameAfterInitial(run, i, text) || surnameAfterInitial(run, i + 1, text))) return run[i]!.raw.length === 1 ? run[i]!.raw.toUpperCase() : titleCase(run[i]!.raw);
  // A role's letters before a colleague's name ("sw deb" is read "SW Deb").
  if (ROLE_LETTERS.has(run[i]!.key) && cases[i + 1] === "title" && /^[ \t]+$/.test(text.slice(run[i]!.end, run[i + 1]!.start))) return run[i]!.raw.toUpperCase();
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
  // A word inside an address, a domain, a file's name or markup is no name of its own
  // ("alice.b@example.com", '<img src=x onerror="...">', "alert(1)").
  if (cases[i] === "title" && !(/^(?:[@._/:\\][\p{L}\d]|[=(<>_`{])/u.test(after) || /(?:[\p{L}\d][@._/:\\]|[<=_`{])$/u.test(text.slice(Math.max(0, w.start - 2), w.start)))) {
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
  // A state's code after a town read as a name ("outside tunica, ms;").
  if (k.length === 2 && i > 0 && cases[i - 1] === "title" && US_STATE_CODE_RE.test(k) && k !== "md" && k !== "pa" && /^[ \t]?,[ \t]*$/.test(text.slice(run[i - 1]!.end, w.start)) && STATE_CLOSING_RE.test(text.slice(w.end, w.end + 8))) return w.raw.toUpperCase();
  // A facility's letters after its name ("kindred ltach").
  if (FACILITY_LETTERS.has(k) && cases[i - 1] === "title") return w.raw.toUpperCase();
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
function cueBefore(run: Word[], i: number, text: string): boolean {
  const d = dictionaries();
  const prev = run[i - 1];
  if (!prev || !/^\.?[ \t]+$/.test(text.slice(prev.end, run[i]!.start))) return false;
  const k = run[i]!.key;
  return (TITLES.has(prev.key) && (d.firstNames.has(k) || d.lastNames.has(k))) || (RELATIONS.has(prev.key) && prev.raw === prev.key && d.firstNames.has(k));
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
