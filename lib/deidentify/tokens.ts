// Word tokens with the facts the name and place rules look at: shape, whether the line is
// written in capitals (nursing-note style), and how the dictionaries classify the word.
import { dictionaries } from "./dictionaries";
import { mistypedWord } from "./word-variants";
import { PERSON_CUES, TITLES } from "./vocabulary";
import { looksMedical, MEDICAL_COMPOUND, MEDICAL_ENDING } from "./word-shapes";

export { looksMedical };

export type Shape = "title" | "caps" | "initial" | "lower" | "other";
/** strong: a name that is not an ordinary word; weak: a name that is also a word ("Hope"); unknown: in no list. */
export type NameClass = "strong" | "weak" | "unknown" | "common" | "none";

export interface Token {
  raw: string;
  key: string;
  start: number;
  end: number;
  shape: Shape;
  capsLine: boolean;
  /** Text between the previous token and this one. */
  gap: string;
  cls: NameClass;
  first: boolean;
  /** Begins a sentence or a line. */
  initialPosition: boolean;
}

const TITLE_SET = new Set(TITLES.map((t) => t.replace(/\.$/, "")));
const CUE_SET = new Set(PERSON_CUES.map((t) => t.replace(/\.$/, "")));
const PARTICLES = new Set(["de", "van", "von", "der", "den", "la", "le", "du", "di", "da", "del", "della", "bin", "ibn", "st"]);

export function isTitle(key: string): boolean {
  return TITLE_SET.has(key);
}
export function isPersonCue(key: string): boolean {
  return CUE_SET.has(key);
}
export function isParticle(key: string): boolean {
  return PARTICLES.has(key);
}

export function isCommonWord(key: string): boolean {
  const { common } = dictionaries();
  if (common.has(key)) return true;
  if (key.length >= 6 && MEDICAL_ENDING.test(key)) return true;
  const stems = [
    key.replace(/ies$/, "y"), key.replace(/es$/, ""), key.replace(/s$/, ""), key.replace(/ed$/, ""),
    key.replace(/d$/, ""), key.replace(/ing$/, ""), key.replace(/ing$/, "e"), key.replace(/ly$/, ""),
    key.replace(/ers?$/, ""), key.replace(/ness$/, ""), key.replace(/ment$/, ""), key.replace(/al$/, ""),
  ];
  return stems.some((s) => s !== key && s.length >= 3 && common.has(s));
}

const isUpper = (c: string) => c !== c.toLowerCase();
const isLower = (c: string) => c !== c.toUpperCase();

function shapeOf(raw: string): Shape {
  const c0 = raw[0]!;
  if (!isUpper(c0)) return isLower(c0) ? "lower" : "other";
  if (raw.length === 1) return "initial";
  let lower = 0;
  for (let i = 1; i < raw.length; i++) if (isLower(raw[i]!)) lower++;
  if (lower === 0) return "caps";
  // Capitals after small letters at the end: an abbreviation ("PsA", "IgA", "HbSS", "PitNET"),
  // where a name ends in small letters ("McDonald", "LaToya", "DeShawn").
  if (isLower(raw[1]!) && /\p{Ll}\p{Lu}+$/u.test(raw) && raw.length <= 8) return "other";
  if (isLower(raw[1]!) || /^(?:Mc|Mac|O['’]|D['’])\p{Lu}/u.test(raw)) return "title";
  return "other";
}

// Classifications are pure functions of (word, shape, caps line): cached, bounded.
const cache = new Map<string, { cls: NameClass; first: boolean }>();

function classify(key: string, shape: Shape, capsLine: boolean, raw: string): { cls: NameClass; first: boolean } {
  const id = shape === "caps" ? `${raw}|${key}|${shape}|${capsLine ? 1 : 0}` : `${key}|${shape}|${capsLine ? 1 : 0}`;
  let hit = cache.get(id);
  if (!hit) {
    if (cache.size > 50_000) cache.clear();
    hit = classifyUncached(key, shape, capsLine, raw);
    cache.set(id, hit);
  }
  return hit;
}

function classifyUncached(key: string, shape: Shape, capsLine: boolean, raw: string): { cls: NameClass; first: boolean } {
  const d = dictionaries();
  const first = d.firstNames.has(key);
  if (shape === "caps" && (d.abbreviations.has(key) || d.noteAbbreviations.has(key))) return { cls: "none", first: false };
  // An abbreviation with a capital inside ("CrCl", "SpO"): no name is written so (decision 143).
  if (d.abbreviations.has(key) && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(raw)) return { cls: "none", first: false };
  // An abbreviation written with one capital that no list holds as a name ("Afib", "Ogt", "Hrs").
  if (shape === "title" && key.length >= 3 && d.abbreviations.has(key) && !d.common.has(key) && !d.firstNames.has(key) && !d.lastNames.has(key) && !d.places.has(key)) return { cls: "none", first: false };
  // A diagnosis's abbreviation in mixed-case text ("consistent with NASH", "PsA"); in a note
  // written in capitals every word looks like one, so there it may still be a name.
  if (!capsLine && d.catalogueAbbreviations.has(raw)) return { cls: "none", first: false };
  if (capsLine && key.length <= 2) return { cls: "none", first };
  if (d.clinical.has(key) || TITLE_SET.has(key) || CUE_SET.has(key)) return { cls: "none", first: false };
  const parts = key.split("-");
  if (parts.length > 1 && parts.every((p) => d.eponyms.has(p) || d.clinical.has(p))) return { cls: "none", first: false };
  const isName = first || d.lastNames.has(key) || (parts.length > 1 && parts.every((p) => d.lastNames.has(p) || d.firstNames.has(p)));
  // A product's name in camel case ("FibroScan", "GeneXpert", "PowerPICC"): two words joined, neither a name
  // ("MaryAnn" is one, "McDonald" and "DeShawn" have a short prefix) (decision 111).
  const camel = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}[\p{L}]+)$/u.exec(raw);
  if (!isName && camel && ![camel[1]!, camel[2]!].some((p) => d.firstNames.has(p.toLowerCase()) || d.lastNames.has(p.toLowerCase()))) return { cls: "none", first: false };
  // "Vietnamese-speaking", "Crohn-like": a clinical word joined to ordinary ones.
  if (!isName && parts.length > 1 && parts.some((p) => d.clinical.has(p)) && parts.every((p) => d.clinical.has(p) || isCommonWord(p))) return { cls: "none", first: false };
  // A medical compound in no name list ("Subchondral", "Extramedullary", "Hepatosplenic"): a
  // prefix of anatomy or position, a long stem and an adjective's or a condition's ending.
  if (!isName && MEDICAL_COMPOUND.test(key)) return { cls: "none", first: false };
  // An abbreviation's or a clinical word's plural in no name list ("Serial Hcts", "Abgs", "Pvcs") (decision 143).
  if (!isName && key.length >= 4 && key.endsWith("s") && (d.abbreviations.has(key.slice(0, -1)) || d.clinical.has(key.slice(0, -1)))) return { cls: "none", first: false };
  const common = isCommonWord(key) || (parts.length > 1 && parts.every(isCommonWord));
  const eponym = d.eponyms.has(key);
  if (isName) return { cls: common || eponym ? "weak" : "strong", first };
  if (eponym || key.length < 2) return { cls: "none", first: false };
  if (common) return { cls: "common", first: false };
  return { cls: /^[\p{L}'’\-]+$/u.test(key) ? "unknown" : "none", first: false };
}

/** Lines where almost every letter is a capital: there, case says nothing about names. */
function capsLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === undefined || c === "\n") {
      if (letters >= 12 && upper / letters > 0.85) out.push([lineStart, i]);
      lineStart = i + 1;
      letters = 0;
      upper = 0;
    } else if (isUpper(c)) {
      letters++;
      upper++;
    } else if (isLower(c)) {
      letters++;
    }
  }
  return out;
}

const WORD_RE = /\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;

export function tokenize(text: string): Token[] {
  const caps = capsLines(text);
  const tokens: Token[] = [];
  let prevEnd = 0;
  let ci = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const raw = m[0];
    while (ci < caps.length && caps[ci]![1] < start) ci++;
    const capsLine = ci < caps.length && caps[ci]![0] <= start;
    const gap = text.slice(prevEnd, start);
    const key = raw.toLowerCase().replace(/['’]s?$|(?<=[a-z]{4})['’]d$/, "");
    // "FiO2", "L4", "T1": letters glued to digits are codes, not words.
    // "A&Ox3", "H&P", "D&C": letters joined by an ampersand are abbreviations too.
    // "D/C", "S/P", "N/V": one or two letters joined by a slash are shorthand, not an initial.
    const shape = /[\d&]/.test(text[start + raw.length] ?? "") || ((text[start - 1] === "&" || text[start - 1] === "/" || text[start + raw.length] === "/") && raw.length <= 2) ? "other" : shapeOf(raw);
    // After "J." the next word continues a name; after any other full stop a sentence begins.
    const prevToken = tokens[tokens.length - 1];
    const afterInitial = prevToken !== undefined && prevToken.raw.length === 1 && /^\.[ \t]?$/.test(gap);
    const initialPosition = tokens.length === 0 || /\n/.test(gap) || (/[.!?:;•*\-][ \t]*$/.test(gap) && !afterInitial);
    const { cls, first } = shape === "lower" || shape === "other" ? { cls: "common" as NameClass, first: false } : classify(key, shape, capsLine, raw);
    tokens.push({ raw, key, start, end: start + raw.length, shape, capsLine, gap, cls, first, initialPosition });
    prevEnd = start + raw.length;
  }
  return tokens;
}

/** "PT HAS DVT.", "PT CONFUSD.": a word or a typo in capitals after "PT" says what the patient has or is (decision 143). */
export function plainInCapitals(t: Token): boolean {
  return t.shape === "caps" && (isCommonWord(t.key) || mistypedWord(t.key));
}
