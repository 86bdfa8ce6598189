// The guard's dictionaries, loaded once, lazily, on the first scan that needs them. They are
// plain text files in data/ (built by `npm run deidentify:data` from maintained packages) read
// through `process.getBuiltinModule`, which bundlers do not follow: the lists (about 600 KB)
// never enter a browser bundle, and the module stays importable anywhere. Where there is no
// file system (a browser), the dictionaries are empty and only the rules run; the browser asks
// the server instead (decision 050).
import { parseCatalogueVocabulary } from "./catalogue-vocabulary";
import { ABBREVIATIONS, CALENDAR, CLINICAL, DEVICE_EPONYMS, DRUG_BRANDS, EPONYM_PHRASES, EPONYMS } from "./vocabulary";
import { REGIONS } from "./regions";
import { WARD_FORMULARY } from "./ward-formulary";
import * as WORLD from "./world-names";
import { SHORT_FORMS } from "./short-forms";
import { BEDSIDE_EPONYMS, ICU_VOCABULARY } from "./icu-vocabulary";
import { deletions, isClipping, mergeSorted } from "./word-shapes";

export interface Dictionaries {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Lower-case entries of an English dictionary: "may", "will", "hope", "bell". */
  common: ReadonlySet<string>;
  /** Clinical vocabulary and calendar words: never a name on their own. */
  clinical: ReadonlySet<string>;
  eponyms: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Abbreviations of real notes' sign-outs and discharge summaries (data/note-abbreviations.txt): never a name
   * alone, but a name after a title, a relation or a first name, and initials where initials stand, since many are
   * also initials or short names ("AMS", "LTG", "Loc"; decision 143). */
  noteAbbreviations: ReadonlySet<string>;
  /** Abbreviations of the diagnosis catalogue as written ("NASH", "PsA"): not names in mixed-case text. */
  catalogueAbbreviations: ReadonlySet<string>;
  /** Diagnosis names that hold a person's or a place's name, by first key (catalogue-vocabulary.ts). */
  cataloguePhrases: ReadonlyMap<string, string[][]>;
  /** Employers whose name is a single English word ("fidelity", "delta"): places only after a job's cue (decision 139). */
  wordEmployers: ReadonlySet<string>;
  /** Clinical and English words of letters a-z, sorted: what a clipped word opens (word-shapes.ts). */
  sortedWords: readonly string[];
  /** Longest place name in words, for multi-word lookups ("salt lake city"). */
  maxPlaceWords: number;
}

/** Names that are also dictionary words but are far more often names in clinical writing. */
const NAME_DOMINANT = ["john", "smith", "jones", "mary", "james", "george", "peter", "paul", "jack", "jim", "joe", "bob", "tom", "ted", "tim", "ben", "sam", "dan", "ken", "fred", "harry", "dick", "joan", "jean", "bess", "kate", "liz", "nancy", "sally", "molly", "polly", "betty", "jenny", "tony", "terry", "larry", "jerry", "barry", "gary", "carol", "ann", "anne", "eve", "ada", "mae", "ida", "ava"];

type Fs = { readFileSync(path: string, encoding: "utf8"): string; existsSync(path: string): boolean };
type Path = { join(...parts: string[]): string };

function builtin<T>(name: string): T | null {
  const getter = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  return typeof getter === "function" ? ((getter(name) as T | undefined) ?? null) : null;
}

function dataDir(fs: Fs, path: Path): string | null {
  const cwd = (globalThis as { process?: { cwd?: () => string } }).process?.cwd?.() ?? ".";
  for (const candidate of [path.join(cwd, "lib/deidentify/data"), path.join(cwd, "..", "lib/deidentify/data")]) {
    if (fs.existsSync(path.join(candidate, "first-names.txt"))) return candidate;
  }
  return null;
}

function readList(fs: Fs, path: Path, dir: string | null, file: string): string[] {
  if (!dir || !fs.existsSync(path.join(dir, file))) return [];
  return fs.readFileSync(path.join(dir, file), "utf8").split("\n").filter(Boolean);
}

// On globalThis: server.ts loads the lists at start-up (decision 051), and Next.js bundles the
// actions apart from server.ts, so a module variable would be a second, cold copy.
const holder = globalThis as unknown as { roundsDictionaries?: Dictionaries };

export function dictionaries(): Dictionaries {
  if (holder.roundsDictionaries) return holder.roundsDictionaries;
  const fs = builtin<Fs>("node:fs");
  const path = builtin<Path>("node:path");
  const dir = fs && path ? dataDir(fs, path) : null;
  // On a server without the lists the guard would quietly lose most of its recall: say so once.
  if (fs && path && !dir) console.warn("de-identification guard: lib/deidentify/data not found from the working directory; only the rules run");
  const read = (file: string) => (fs && path ? readList(fs, path, dir, file) : []);
  const common = new Set(read("common-words.txt"));
  for (const name of NAME_DOMINANT) common.delete(name);
  // Notes drop accents ("from montreal", "Jose"): the lists answer for both spellings (decision 111).
  // A short name without its accents is often a word or an abbreviation ("Lộc", "Tô"): those stay out.
  const withPlain = (list: string[], minLength = 1) => {
    const out = [...list];
    for (const w of list) {
      if (!/[^\x00-\x7f]/.test(w)) continue;
      const plain = w.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      if (plain.length >= minLength && !common.has(plain)) out.push(plain);
    }
    return out;
  };
  // Neighbourhoods, small towns and bases (decision 135) are written for Rounds, not generated.
  // Employers, insurers and agencies (decision 138) are written for Rounds too; one that is a single
  // English word ("target", "chase", "ford") would make that word a place everywhere, so it stays out.
  const employerLines = read("employers.txt").filter((line) => !line.startsWith("#"));
  const employers = employerLines.filter((line) => line.includes(" ") || !common.has(line));
  const places = withPlain([...read("places.txt"), ...read("neighbourhoods.txt").filter((line) => !line.startsWith("#")), ...employers, ...REGIONS]);
  const catalogue = parseCatalogueVocabulary([...read("catalogue.txt"), ...EPONYM_PHRASES.map((phrase) => `p ${phrase}`)]);
  // Names of the origins the lists cover least, as given or family names (East Asian names put the
  // family name first), when they are no English, clinical or abbreviated word (decision 113).
  const vocabulary = new Set([...CLINICAL, ...CALENDAR, ...DRUG_BRANDS, ...WARD_FORMULARY, ...ABBREVIATIONS, ...EPONYMS]);
  const world = common.size === 0 ? [] : Object.values(WORLD).flatMap((list) => list.split(" ")).filter((w) => w.length >= 3 && !common.has(w) && !vocabulary.has(w));
  const clinical = new Set([...CLINICAL, ...CALENDAR, ...DRUG_BRANDS, ...WARD_FORMULARY, ...ICU_VOCABULARY, ...catalogue.words]);
  const eponyms = new Set([...EPONYMS, ...DEVICE_EPONYMS, ...BEDSIDE_EPONYMS]);
  const abbreviations = new Set(ABBREVIATIONS);
  const plain = (w: string) => /^[a-z]+$/.test(w);
  // common-words.txt is written sorted, so only the clinical words need sorting before the merge.
  const sortedWords = mergeSorted([...common].filter(plain), [...clinical].filter(plain).sort());
  // The 20,000 commonest US surnames of the 2000 census, in rank order (public domain; decision 142): faker's lists
  // lack many common ones ("Dunn", "Katz", "Gorman", "Sullivan"). Those that are also English, clinical, eponymous
  // or abbreviated words stay out; below the 5,000th, so do a word's plural ("states"), a clipping ("rech", "degen")
  // and a clinical word with one letter changed, added or left out ("kerlin", "heflin", "cuffee"): a note's shorthand
  // and typos are likelier there than the rare surname.
  const word = (x: string) => common.has(x) || clinical.has(x) || eponyms.has(x) || abbreviations.has(x);
  const calendar = new Set(CALENDAR);
  const longClinical = [...clinical].filter((c) => c.length >= 5 && !calendar.has(c));
  const clinicalDeletions = new Set(longClinical.flatMap(deletions));
  const longClinicalSet = new Set(longClinical);
  // One letter changed ("heflin"), left out ("kerlin" of a word one longer) or added ("cuffee").
  const typoOfClinical = (w: string) => clinicalDeletions.has(w) || deletions(w).some((x) => clinicalDeletions.has(x) || longClinicalSet.has(x));
  const census = read("census-surnames.txt").filter(
    (w, rank) => w.length >= 3 && !word(w) && (rank < 5000 || !((w.endsWith("s") && word(w.slice(0, -1))) || isClipping(w, sortedWords, clinical) || typoOfClinical(w))),
  );
  const loaded: Dictionaries = {
    firstNames: new Set([...withPlain(read("first-names.txt"), 4), ...world, ...SHORT_FORMS]),
    lastNames: new Set([...withPlain(read("last-names.txt"), 4), ...world, ...census]),
    places: new Set(places),
    common,
    clinical,
    eponyms,
    abbreviations,
    noteAbbreviations: new Set(read("note-abbreviations.txt").filter((line) => !line.startsWith("#"))),
    catalogueAbbreviations: new Set(catalogue.abbreviations),
    cataloguePhrases: catalogue.phrases,
    wordEmployers: new Set(employerLines.filter((line) => !line.includes(" ") && common.has(line))),
    sortedWords,
    maxPlaceWords: Math.min(4, places.reduce((max, p) => Math.max(max, p.split(" ").length), 1)),
  };
  holder.roundsDictionaries = loaded;
  return loaded;
}

/** True when the word lists were found (false in a browser or a copy without data/). */
export function dictionariesLoaded(): boolean {
  return dictionaries().firstNames.size > 0;
}
