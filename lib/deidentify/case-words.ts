// The case a mixed-case writer would give each word of a run of capitals (decision 119, capitals.ts),
// from the word lists:
// - ordinary English and clinical words in lower case ("admitted", "fracture", "will");
// - names, places and eponyms the lists hold with a capital ("Adebayo", "Boston", "Parkinson"), so
//   the rules for eponyms and named scores see their head in lower case ("Parkinson disease");
// - abbreviations and codes left in capitals, as a writer leaves "MRSA"; a word in no list gets a
//   capital if it reads as a name ("MENEZES"), stays in capitals if it reads as an abbreviation or
//   could be either ("DNACPR", "FRESENIUS"), and goes to lower case if it is built as a clinical
//   word ("NONTENDER", "DIURESED");
// - a name that is also a word gets its capital after a title or a relation, or beside a name.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, COLOURS, eponymHeadAfter, GENERIC_PLACE_WORDS, RELATIONS } from "./name-context";
import { isCommonWord, looksMedical } from "./tokens";
import { ICU_VOCABULARY } from "./icu-vocabulary";
import { CLINICAL } from "./vocabulary";
import { personLabelBefore } from "./name-rules";
import { clippedWord, mistypedAs, mistypedRelativeWord, mistypedWord } from "./word-variants";

export type Case = "lower" | "title" | "caps";
export interface Word { start: number; end: number; raw: string; key: string }

const WORD_RE = /\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;

/** The words of `text`, offsets shifted by `at`. */
export function wordsOf(text: string, at = 0): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) words.push({ start: at + m.index, end: at + m.index + m[0].length, raw: m[0], key: m[0].toLowerCase().replace(/['’]s$|(?<=[a-z]{4})['’]d$/, "").replace(/['’]+$/, "") });
  return words;
}

const set = (s: string) => new Set(s.split(" "));
/** Words no writer capitalises mid-sentence. */
export const FUNCTION = set("a an the of to from at in on for with by and or but nor so as if is was are were be been being has had have do does did will would can could might must shall should not no yet per via into onto than then this that these those it its he she they him her his hers their them we our you your i me my who whom which what when where while after before since until about above below up down out off herself himself themselves myself yourself");
export const TITLES = set("dr mr mrs ms miss mx prof professor rev fr msgr rabbi imam pastor reverend bishop deacon det detective sgt sergeant trooper atty sister nurse matron");
const RELATIVE_DAYS = set("today tomorrow yesterday tonight weekends weekdays");
// Words that never begin a person's name after a title or a relation ("DR. TO REVIEW", "SON WILL VISIT").
const NOT_A_NAME_AFTER_CUE = set("will can may also still just only well long even said lives and very so quite extremely wake funeral service mass burial now later never again more less too often always sometimes somewhat already usually both all each together alone");
// Onsets no English word has: a word in no list that starts so is an abbreviation ("DNACPR", "NBM").
const ABBREVIATION_SHAPE = /^(?!mc[a-z]{4})(?:[^aeiouy]*$|[^aeiouy]{3}|(?![bcdfgkpst][hlr]|s[cklmnpqtw]|[dt]w|qu|wh|wr|kn|gn|ps|sch|str|spr|scr|spl|thr|shr|squ)[^aeiouy]{2})/;
// Clinical words the lists lack, by their make: a prefix before a word the lists know ("NONTENDER",
// "BIBASILAR", "INTRAOPERATIVE"), an English ending or one of a condition, a sign or a drug
// ("DIURESED", "EGOPHONY", "LAMOTRIGINE").
const CLINICAL_PREFIX = /^(?:non|bi|tri|multi|hypo|hyper|intra|inter|extra|neo|peri|post|pre|sub|supra|infra|trans|ortho|photo|erythro|cavo|omo|para|pan|poly|mono|anti|dys|endo|epi|re|un|de|dis|mis|over|under|out|up|down|counter|micro|macro|pseudo|semi|retro|co|auto|osteo|neuro|cardio|gastro|uro|haemo|hemo|angio|broncho)(?=[a-z]{4})/;
const CLINICAL_ENDING = /(?:therapy|therapies|metria|cephalic|emboli|embolic|emic|chromic|pathic|lytic|plegic|paretic|trophic|tropic|ed|ly|ness|ment|ity|ive|ical|ular|ous|tion|sion|ence|ance|ism|able|ible|pnea|pnoea|phony|phonia|emia|aemia|uria|iasis|itis|opathy|ectomy|otomy|plasty|lysis|rrhea|rrhoea|cele|algia|ptosis|esis|osis|genic|otic|etic|atic|xin|cin|pine|pam|etam|lol|vir|stat|zole|mab|nib|amic|oic)$/;
// Latin and chemical endings, and two English words run together ("FAECALIS", "FLOWSHEET"): also the
// make of many places' and firms' names ("FRESENIUS", "WESTSIDE"), so such a word stays in capitals.
const AMBIGUOUS_ENDING = /(?:ae|um|us|ii|ans|ens|is|ine|ide|ate|ary|ory|ist)$/;
// Words kept in capitals before a number, as the rules for addresses, dates and ages read them:
// "ROUTE 9", "APT 5", "MAY 2", "AT 101", "OH 43215".
const BEFORE_NUMBER = /^[ \t]*#?\d/;
const NUMBERED = set("route highway interstate exit apartment suite bldg building box unit flat floor room may");

export function isAbbreviation(w: Word): boolean {
  const d = dictionaries();
  return d.abbreviations.has(w.key) || d.catalogueAbbreviations.has(w.raw);
}

/** A word in no list that could be a name: long enough, pronounceable, not built as a clinical word ("MENEZES"; not "RUQ", "DNACPR"). */
export function nameShaped(k: string): boolean {
  return k.length >= 4 && !ABBREVIATION_SHAPE.test(k) && !jargonShaped(k) && !typoOfWord(k);
}

// Prefixes no name begins with, so a word of seven letters or more they open is clinical whatever follows
// ("HYPERCHOL", "TACHYCARDIC"; decision 141's long clean notes; not "dys" or "angio": Dysart, Angiolillo).
const STRONG_CLINICAL_PREFIX = /^(?=[a-z]{7})(?:hyper|hypo|tachy|brady|neuro|cardio|gastro|nephro|hepato|pneumo|haemo|broncho|osteo|encephalo|cerebro|thrombo|lympho|leuko|erythro)[a-z]/;

/**
 * A common word typed with two letters swapped ("PATEINT", "RECIEVED"). A letter left out is a test only in
 * long words: shorter surnames are often one letter from a word ("HEGARTY", "hearty").
 */
export function typoOfWord(k: string): boolean {
  if (k.length < 7 || !/^[a-z]+$/.test(k)) return false;
  const common = dictionaries().common;
  for (let i = 0; i + 1 < k.length; i++) if (k[i] !== k[i + 1] && common.has(k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2))) return true;
  // In a long word (ten letters or more) a letter left out too ("CHOLECYSTECOMY"): surnames that long are rarely a word's typo.
  if (k.length >= 10) for (let i = 0; i <= k.length; i++) for (let c = 97; c <= 122; c++) if (common.has(k.slice(0, i) + String.fromCharCode(c) + k.slice(i))) return true;
  return false;
}

export function jargonShaped(k: string): boolean {
  if (CLINICAL_ENDING.test(k) || STRONG_CLINICAL_PREFIX.test(k)) return true;
  const m = CLINICAL_PREFIX.exec(k);
  if (!m) return false;
  const rest = k.slice(m[0].length);
  const d = dictionaries();
  return d.common.has(rest) || d.clinical.has(rest) || isCommonWord(rest) || looksMedical(rest);
}

function compoundOfWords(k: string): boolean {
  const d = dictionaries();
  for (let cut = 4; cut <= k.length - 4; cut++) if (d.common.has(k.slice(0, cut)) && d.common.has(k.slice(cut))) return true;
  return false;
}

/** A word that may be a person's name after a title: no function, clinical or abbreviated word. */
function mayBeName(w: Word): boolean {
  const d = dictionaries();
  return !FUNCTION.has(w.key) && !NOT_A_NAME_AFTER_CUE.has(w.key) && !d.clinical.has(w.key) && !isAbbreviation(w) && !CALENDAR_WORDS.has(w.key);
}

// A role's letters before a colleague's first name.
export const ROLE_LETTERS = set("rn np nnp pa cm sw ot slp rt rrt cna lpn pharmacist sponsor interpreter chaplain");
// Roles written as words: a first name after one that is also a word needs a person's verb after it
// ("PHARMACIST TED NOTIFIED", "AA SPONSOR BILLY VISITED"; not "interpreter line").
const ROLE_WORDS = set("pharmacist sponsor interpreter chaplain");
// Titles that are also roles, relations or verbs ("SISTER CALLED", "NURSE SPECIALIST", "NOT TO MISS DOSES"): a name after them
// must be one the lists know as a name, or no word at all.
const ROLE_TITLES = set("sister nurse matron miss");

// Words of the bedside lists (not the catalogue's, which holds the surnames of eponyms).
let bedsideWords: Set<string> | null = null;
const BEDSIDE_WORDS = () => (bedsideWords ??= new Set([...CLINICAL, ...ICU_VOCABULARY]));

/** A title and the name after it, with only a full stop and spaces between ("DR. TRAN", "MRS LUM"; not "DR. TO REVIEW", "MR KNEE"). */
function titledName(title: Word, name: Word, text: string): boolean {
  const d = dictionaries();
  if (!/^\.?[ \t]+$/.test(text.slice(title.end, name.start))) return false;
  // "DR AWARE", "MD NOTIFIED": what the doctor is or did, not a surname (decision 138); a relative's feelings
  // and doings added later name a doctor ("DR. READING").
  if (PERSON_VERB.has(name.key) && !RELATIVE_ONLY_VERB.has(name.key)) return false;
  // A surname that is also an eponym after "DR" ("DR. LEVENTHAL", "DR PARKINSON"): a doctor, not a syndrome (decision 135).
  if (!mayBeName(name)) return title.key === "dr" && (d.lastNames.has(name.key) || d.eponyms.has(name.key) || (!d.common.has(name.key) && !BEDSIDE_WORDS().has(name.key))) && !FUNCTION.has(name.key) && !CALENDAR_WORDS.has(name.key) && !isAbbreviation(name) && !d.abbreviations.has(name.key);
  return !ROLE_TITLES.has(title.key) || d.firstNames.has(name.key) || d.lastNames.has(name.key) || !d.common.has(name.key);
}

// Words before and after a person spoken of, for a word that may also be a typo (decision 143).
const PERSON_BEFORE = set("per with called call calling paged page paging informed notified told asked spoke messaged texted emailed dw md pcp attending fellow resident intern surgeon");
const PERSON_AFTER = set("aware paged notified informed rn md np pa pcp here");
// What a relative does, after the relative's name: "DAUGHTER PRECIOUS CALLED".
const RELATIVE_ONLY_VERB = set("tearful crying upset anxious interprets interpreting interpreted translates translating translated reading staying stays agrees agreed consents consented declines declined requests requested understands verbalizes verbalized refuses refused");
const PERSON_VERB = set("called rang phoned paged ordered visited visits visiting states stated says said reports reported asked asks aware updated informed notified present is was who going died checks wants wanted works lives brings brought collects agrees agreed consents consented declines declined requests requested understands verbalizes verbalized refuses refused tearful crying upset anxious interprets interpreting interpreted translates translating translated reading staying stays");

// First reading, word by word: "short" is a word in no list of four or five letters that reads as
// a name, "unknown" one that may be a name or not ("FRESENIUS"), "ordinary" a word of the
// dictionaries that a list also holds as a name ("GRACE", "FELICITY").
// "word" an English word in no name list, a surname only after a first name ("MARIE CURIE"); "clipped" a clipped
// clinical or English word in no list ("PANC", "RESUSC"), a surname only after a first name, a title or a relation;
// "mistyped" a word with a letter left out ("RESTLES"); "abbreviated" one of real notes' abbreviations ("LTG").
type Reading = Case | "short" | "unknown" | "ordinary" | "word" | "clipped" | "mistyped" | "abbreviated";

function firstReading(words: Word[], i: number, text: string): Reading {
  const d = dictionaries();
  const w = words[i]!;
  const k = w.key;
  const prev = words[i - 1];
  const after = text.slice(w.end, w.end + 4);
  const digitBefore = /\d/.test(text[w.start - 1] ?? "");
  // Letters joined to digits: an ordinal ("2ND", "14TH") as a writer puts it, a code ("4W", "A1927734",
  // "SW1A 2AA") as it is.
  if (digitBefore) return /^(?:st|nd|rd|th)$/.test(k) ? "lower" : "caps";
  if (/^\d/.test(after)) return k === "x" ? "lower" : "caps";
  if (w.raw.length === 1) {
    // "IS A 97 YO", "X 21 DAYS", "X3": an article and a multiplication sign; other letters are initials,
    // sides or parts of a code ("F2X7").
    if (k === "a" && after[0] !== "." && !(prev && TITLES.has(prev.key))) return "lower";
    return k === "x" && /^[ \t]?\d/.test(after) ? "lower" : "caps";
  }
  // A writer's initials after a dash closing the line ("- EM").
  if (w.raw.length <= 3 && /[-–—][ \t]?$/.test(text.slice(Math.max(0, w.start - 2), w.start)) && /^[ \t]*(?:\n|$)/.test(after)) return "caps";
  // A short code, an address's or a month's word before a number stays as the rules read it ("ROUTE 9",
  // "APT 5", "MAY 2", "OH 43215"); a score's or a test's name does not ("SCORE 8", "BICARBONATE 24").
  // "OR 97477" is Oregon's code; "PO BOX".
  if (BEFORE_NUMBER.test(after) && ((k.length <= 3 && (!FUNCTION.has(k) || /^[ \t]*\d{5}(?!\d)/.test(text.slice(w.end, w.end + 8)))) || NUMBERED.has(k))) return "caps";
  if (k === "po" && words[i + 1]?.key === "box") return "caps";
  // A title before a name, with only a full stop and spaces between ("DR. TRAN", "MRS LUM"; not
  // "DR. TO REVIEW", "MR KNEE"), and the name after it.
  const next = words[i + 1];
  // A title's word after a title is a surname ("DR. BISHOP"), before a name a title again ("PASTOR BISHOP REID").
  if (prev && TITLES.has(prev.key) && titledName(prev, w, text) && !(TITLES.has(k) && next && titledName(w, next, text))) return "title";
  if (TITLES.has(k)) return next && titledName(w, next, text) ? "title" : d.common.has(k) && k.length > 3 ? "lower" : "caps";
  // A first name after a role's letters ("RN MARIA", "cm roz", "SW DEB"; not "sw will meet").
  if (prev && ROLE_LETTERS.has(prev.key) && /^[ \t]+$/.test(text.slice(prev.end, w.start)) && d.firstNames.has(k) && !FUNCTION.has(k) && !d.clinical.has(k) && !d.abbreviations.has(k) && ((!ROLE_WORDS.has(prev.key) && !NOT_A_NAME_AFTER_CUE.has(k)) || !d.common.has(k) || (next !== undefined && PERSON_VERB.has(next.key)))) return "title";
  return readingOfWord(k, w.raw);
}

// A word's own reading, which depends on the word alone: cached, bounded (as tokens.ts classifies).
const readings = new Map<string, Reading>();
function readingOfWord(k: string, raw: string): Reading {
  let r = readings.get(raw);
  if (r === undefined) {
    if (readings.size > 20_000) readings.clear();
    r = readingOfWordUncached(k, raw);
    readings.set(raw, r);
  }
  return r;
}

function readingOfWordUncached(k: string, raw: string): Reading {
  const d = dictionaries();
  // Months and days as a writer capitalises them; "MAY", "MARCH", "WED" are words too, and the date
  // rules read them in capitals.
  if (CALENDAR_WORDS.has(k)) return RELATIVE_DAYS.has(k) ? "lower" : d.common.has(k) && k.length <= 5 ? "caps" : "title";
  if (FUNCTION.has(k)) return "lower";
  const parts = k.split("-");
  if (parts.length > 1) {
    // A double name or place: every part listed, or one listed and the others no word ("MARY-KATE").
    const listed = (p: string) => d.eponyms.has(p) || d.firstNames.has(p) || d.lastNames.has(p) || d.places.has(p);
    if (parts.some((p) => p.length >= 3 && listed(p)) && parts.every((p) => listed(p) || (!d.common.has(p) && !d.clinical.has(p) && nameShaped(p))) && !parts.every((p) => d.clinical.has(p))) return "title";
    if (parts.every((p) => d.eponyms.has(p))) return "title";
    return parts.every((p) => p.length > 0 && (isCommonWord(p) || d.common.has(p) || d.clinical.has(p) || d.abbreviations.has(p))) ? "lower" : "caps";
  }
  if (d.abbreviations.has(k) || d.catalogueAbbreviations.has(raw)) return d.common.has(k) && !d.clinical.has(k) && k.length > 3 ? "lower" : "caps";
  // Two letters are no name in capitals but after a title ("WM" for William, "RE", "NG"): a word the
  // lists know is written in lower case, any other left as it is.
  if (k.length <= 2) return d.common.has(k) || d.firstNames.has(k) || d.lastNames.has(k) ? "lower" : "caps";
  // An eponym as a writer capitalises it ("PARKINSON DISEASE"), unless it also names a kind of place ("WARD").
  // A colour that is also an eponym ("BROWN GREEN STOOL") reads as any word that is also a name: one only beside one.
  if (d.eponyms.has(k) && !COLOURS.has(k)) return GENERIC_PLACE_WORDS.has(k) ? "lower" : "title";
  // A listed name or place that is no dictionary word gets its capital even when it looks like a
  // word's plural or past ("SHIELDS", "TACOMA").
  const named = d.firstNames.has(k) || d.lastNames.has(k) || d.places.has(k);
  if (d.clinical.has(k)) return "lower";
  if (d.common.has(k)) return named ? "ordinary" : looksMedical(k) || jargonShaped(k) ? "lower" : "word";
  if (named) return "title";
  if (looksMedical(k) || mistypedRelativeWord(k)) return "lower";
  // A word the dictionaries hold only as an inflection ("SPAULDING", "ATTENDS") may be either; one in
  // no list is a name if it reads as one ("MENEZES", "KOORINGAL"), and a short one is more often an
  // abbreviation ("DECUB", "BILAT") unless a name stands beside it.
  if (isCommonWord(k)) return "unknown";
  // Real notes' abbreviations ("LTG", "HRS", "IPAP") are names only after a title, a relation, a role or a first name
  // ("SON LOC", "DR THAL") (decision 143).
  if (d.noteAbbreviations.has(k)) return "abbreviated";
  if (ABBREVIATION_SHAPE.test(k) || k.length < 4) return "caps";
  if (typoOfWord(k)) return "lower";
  if (clippedWord(k)) return "clipped";
  if (mistypedWord(k)) return "mistyped";
  if (jargonShaped(k)) return "lower";
  if (AMBIGUOUS_ENDING.test(k) || compoundOfWords(k)) return "unknown";
  return k.length >= 6 ? "title" : "short";
}

/** The case of every word of a run: each word's own reading, then its neighbours'. */
export function readWords(words: Word[], text: string): Case[] {
  const d = dictionaries();
  const first = words.map((_, i) => firstReading(words, i, text));
  // Beside: spaces between, or a comma in a list of names ("FAMILY (GRETA, LARS)").
  const beside = (a: number, b: number) => a >= 0 && b < words.length && /^(?:[ \t]+|[ \t]*,[ \t]*)$/.test(text.slice(words[a]!.end, words[b]!.start));
  // A title beside a word names nothing by itself ("YEAR OLD MALE, MR. MBEKI").
  const nameAt = (m: number) => first[m] === "title" && !TITLES.has(words[m]!.key);
  // After a person's label, the value's words up to a function word ("SUBMITTING PHYSICIAN: GRANGER, NELL").
  const labelled: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const gap = text.slice(i > 0 ? words[i - 1]!.end : Math.max(0, words[i]!.start - 4), words[i]!.start);
    const colon = gap.indexOf(":");
    const afterLabel = colon !== -1 && /^[ \t]*$/.test(gap.slice(colon + 1)) && personLabelBefore(text.slice(Math.max(0, words[i]!.start - gap.length + colon - 48), words[i]!.start - gap.length + colon));
    labelled.push(!FUNCTION.has(words[i]!.key) && (afterLabel || (i > 0 && labelled[i - 1]! && /^(?:[ \t]+|[ \t]*,[ \t]*)$/.test(gap))));
  }
  // What a relative does is no name ("NIECE STATES PT WOULD NOT WANT").
  // A role's letters name the person after them too ("RT MARCY AWARE"), in no list as that name may be.
  const cueBefore = (i: number, roles = false) => {
    if (labelled[i]! || i === 0) return labelled[i]!;
    const [prev, gap] = [words[i - 1]!.key, text.slice(words[i - 1]!.end, words[i]!.start)];
    // A role's letters only with spaces between ("2L NP, SPO2" is nasal prongs, then a saturation).
    // ...and only before what a person does ("RT MARCY AWARE"; "RT HEMI COLECTOMY", "OT EVALS PENDING" are no names).
    const role = roles && ROLE_LETTERS.has(prev) && /^[ \t]+$/.test(gap) && PERSON_VERB.has(words[i + 1]?.key ?? "");
    return (TITLES.has(prev) || ((RELATIONS.has(prev) || role) && !PERSON_VERB.has(words[i]!.key))) && /^[ \t,]+$/.test(gap);
  };
  // Where a person is spoken of: after a role's letters, "per", "with", "called", "paged" ("RN POLSTER", "PER SPURIER",
  // "D/W HOSLER", "CALLED PICKREL"), or before what only a person is ("HOSLER AWARE", "THACHER PAGED") (decision 143).
  const spokenOf = (i: number) =>
    (i > 0 && /^[ \t]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start)) && (ROLE_LETTERS.has(words[i - 1]!.key) || PERSON_BEFORE.has(words[i - 1]!.key))) ||
    /(?:^|[^\p{L}])(?:d\/w|w\/)[ \t]*$/iu.test(text.slice(Math.max(0, words[i]!.start - 6), words[i]!.start)) ||
    (i + 1 < words.length && /^[ \t]+$/.test(text.slice(words[i]!.end, words[i + 1]!.start)) && PERSON_AFTER.has(words[i + 1]!.key));
  // After an initial: "R.QUARSHIE", "O. FERRITER".
  const afterInitial = (i: number) => i > 0 && words[i - 1]!.raw.length === 1 && /^\.[ \t]?$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  return first.map((r, i): Case => {
    if (r === "lower" || r === "title" || r === "caps") return r;
    const k = words[i]!.key;
    const nameBeside = (beside(i - 1, i) && nameAt(i - 1)) || (beside(i, i + 1) && nameAt(i + 1));
    // "TEGUH ALKSNIS": two words in no list side by side read as a name ("PERRL, EOMI" is a list).
    const spaced = (a: number, b: number) => a >= 0 && b < words.length && /^[ \t]+$/.test(text.slice(words[a]!.end, words[b]!.start));
    // Two Latin words are a species ("HAEMOPHILUS INFLUENZAE", "FUSOBACTERIUM NECROPHORUM").
    const latin = (m: number) => AMBIGUOUS_ENDING.test(words[m]!.key);
    const unknownNear = (m: number) => (first[m] === "unknown" || first[m] === "short") && !(latin(m) && latin(i));
    const unknownBeside = (spaced(i - 1, i) && unknownNear(i - 1)) || (spaced(i, i + 1) && unknownNear(i + 1));
    // After a first name that is also a word ("BILL HARTNETT").
    const afterGiven = i > 0 && spaced(i - 1, i) && first[i - 1] === "ordinary" && d.firstNames.has(words[i - 1]!.key) && nameShaped(k);
    // A clipping after a first name, a title or a relation is a surname ("DAUGHTER JULIE CARDA"); beside another no name.
    if (r === "clipped") return cueBefore(i, true) || nameBeside || (i > 0 && spaced(i - 1, i) && d.firstNames.has(words[i - 1]!.key) && !FUNCTION.has(words[i - 1]!.key) && first[i - 1] !== "lower") ? "title" : "lower";
    if (r === "abbreviated") return cueBefore(i, true) || (i > 0 && spaced(i - 1, i) && first[i - 1] === "title" && d.firstNames.has(words[i - 1]!.key)) ? "title" : "caps";
    // A word with a letter left out ("RESTLES") is a name only where a person is spoken of, after an initial, or beside a
    // name or a word in no list ("R. QUARSHIE"); a place's kind after it still names it (capitals.ts) (decision 143).
    if (r === "mistyped") {
      // "WIFE UPDATD BY MD": what a person does or is, mistyped, is no name even after a relation.
      const meant = mistypedAs(k)!;
      if (PERSON_VERB.has(meant) || mistypedRelativeWord(k)) return "lower";
      return cueBefore(i, true) || nameBeside || unknownBeside || afterGiven || afterInitial(i) || spokenOf(i) ? "title" : "lower";
    }
    if (r === "short") return cueBefore(i, true) || nameBeside || unknownBeside || afterGiven ? "title" : "caps";
    if (r === "unknown") return cueBefore(i, true) || nameBeside || unknownBeside || afterGiven ? "title" : "caps";
    // An English word after a first name that is neither a place nor an eponym ("MARIE CURIE"; not
    // "MILAN CRITERIA", "BARRETT SEGMENT"), unless it is the head of a sign ("SISTER MARY JOSEPH NODULE").
    const given = i > 0 ? words[i - 1]!.key : "";
    const givenName = first[i - 1] === "title" && !d.places.has(given) && !d.eponyms.has(given) && d.firstNames.has(given);
    const afterFirstName = beside(i - 1, i) && givenName && !PERSON_VERB.has(k) && !eponymHeadAfter(` ${k}`, 0, true);
    // After a relation, before what a person does ("DAUGHTER PRECIOUS CALLED"; not "MOTHER FELL").
    const relativeNamed = i > 0 && i + 1 < words.length && RELATIONS.has(words[i - 1]!.key) && /^[ \t]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start)) && !NOT_A_NAME_AFTER_CUE.has(k) && !PERSON_VERB.has(k) && !/[,;:.!?]/.test(text.slice(words[i]!.end, words[i + 1]!.start)) && PERSON_VERB.has(words[i + 1]!.key);
    if (r === "word") return afterFirstName || relativeNamed || labelled[i]! ? "title" : "lower";
    // A first name that is also a word before a word in no list that reads as a name ("BILL HARTNETT").
    const beforeUnknown = d.firstNames.has(k) && spaced(i, i + 1) && unknownNear(i + 1) && nameShaped(words[i + 1]!.key);
    if (beforeUnknown || (relativeNamed && d.firstNames.has(k))) return "title";
    // A listed name that is also a word: after a title or a relation ("DAUGHTER GRACE"), or beside a
    // name that is no word ("FELICITY ROMANELLI", "GRACE O'CONNOR").
    return cueBefore(i) || nameBeside || afterFirstName ? "title" : "lower";
  });
}
