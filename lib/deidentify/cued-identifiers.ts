// Names, places and employers known only from a cue (decision 115), and makers' names that are no one's.
// - An employer after "employed by", "works for", "worked at" ("Employed by Google").
// - A place after "referred to the", "transferred to the" and the like when it is one proper word
//   no list knows as a word ("referred to the Mayo for a second opinion").
// - A street named without its kind after "lives on" ("lives on Broadway").
// - A first name after a role in someone's care ("care home manager Sue", "keyworker Tane") or after
//   "I reviewed", "we saw" ("I reviewed Aroha in clinic").
// - Makers before a model or a product's noun are the product's: "Toyota Camry", "Boston
//   Scientific stent", "an Abbott FreeStyle Libre", "ResMed AirSense" (`makerSpans`, applied in
//   guard.ts to names and places).
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, eponymHeadAfter, GENERIC_PLACE_WORDS, GENERIC_WARD, RELATIONS } from "./name-context";
import { isCommonWord, isTitle, looksMedical } from "./tokens";
import { MSG, spans, type Detector } from "./types";

const WORD = "\\p{Lu}[\\p{Ll}'’\\-]+";
const EMPLOYER_RE = new RegExp(`(?=[EeWw])(?<![\\p{L}])(?:[Ee]mployed|[Ww]orks|[Ww]orked|[Ww]orking|[Ee]mployee)[ \\t]+(?:by|for|at|of)[ \\t]+(?:the[ \\t]+)?((?:${WORD}|[A-Z]{2,6})(?:[ \\t]+(?:&[ \\t]+)?${WORD}){0,2})(?![\\p{L}\\p{N}])`, "dgu");
const REFERRED_TO_THE_RE = new RegExp(`(?=[RrSsTtAaDd])(?<![\\p{L}])(?:[Rr]eferred|[Ss]ent|[Tt]ransferred|[Aa]dmitted|[Dd]ischarged|[Ss]een)[ \\t]+(?:to|at)[ \\t]+the[ \\t]+(${WORD})(?=[ \\t]*(?:[.,;)]|$|[ \\t]\\p{Ll}))`, "dgmu");
const LIVES_ON_RE = new RegExp(`(?=[LlRrMm])(?<![\\p{L}])(?:[Ll]ives|[Ll]iving|[Ll]ived|[Rr]esides|[Rr]esided|[Mm]oved)[ \\t]+(?:to[ \\t]+a[ \\t]+(?:flat|house|home)[ \\t]+)?on[ \\t]+(${WORD})(?=[ \\t]*(?:[.,;)]|$|[ \\t]\\p{Ll}))`, "dgmu");
// "Duane Reade on Broadway.": a business's street, one word no list knows, closing the clause.
const BUSINESS_ON_RE = new RegExp(`(?=on[ \\t])(?<=\\p{Lu}[\\p{L}'’&\\-]+[ \\t]+)on[ \\t]+(${WORD})(?=[ \\t]*(?:[.,;)]|$))`, "dgmu");
const BUSINESS_BEFORE = /(?:^|[^\p{L}])(?:pharmacy|chemist|store|shop|office|branch|practice|surgery|restaurant|bar|cafe|café|diner|works|worked|job|employer|lives|lived)(?![\p{L}])/iu;
const ROLES = ["manager", "carer", "caregiver", "keyworker", "key[ \\t]+worker", "support[ \\t]+worker", "warden", "matron", "coordinator", "co-ordinator", "navigator", "chaplain", "interpreter", "advocate", "case[ \\t]+worker"].map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`);
const ROLE_BEFORE_NAME_RE = new RegExp(`(?=[mckswanicMCKSWANI])(?<![\\p{L}])(?:${ROLES.join("|")})[ \\t]+(${WORD})(?![\\p{L}])(?![ \\t]+\\p{Lu})`, "dgu");
const REVIEWED_RE = new RegExp(`(?=[IWw])(?<![\\p{L}])(?:I|We|we)[ \\t]+(?:reviewed|saw|assessed|examined|visited|met|phoned|called|rang)[ \\t]+(${WORD})(?![\\p{L}])(?![ \\t]+\\p{Lu})`, "dgu");
// "referred to the Wellbeing service": a service of the hospital, named by what it does.
const SERVICE_AFTER = /^[ \t]+(?:service|team|clinic|unit|department|programme|program|pathway|ward|hub)(?![\p{L}])/u;
const PERSON_AFTER = /^[ \t]+(?:in[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:clinic|outpatients|her|his|their)|at[ \t]+home|on[ \t]+the[ \t]+ward|with[ \t]+(?:her|his|their)|and[ \t]+(?:her|his|their))(?![\p{L}])/u;
const PUBLIC_EMPLOYER = /^(?:social|public|national|local|county|city|state|federal|government|council|civil)$/;
const NOT_TAKEN_ON = new Set(["medicaid", "medicare", "benefits", "disability", "welfare", "social", "oxygen"]);

export const detectCuedIdentifiers: Detector = (text, add) => {
  const d = dictionaries();
  const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || d.eponyms.has(w) || GENERIC_WARD.has(w) || GENERIC_PLACE_WORDS.has(w) || CALENDAR_WORDS.has(w) || looksMedical(w) || isTitle(w);
  const keys = (s: string) => s.split(/[ \t&]+/).filter(Boolean).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  // After these cues a capitalised word is a name even when it is also a word ("Mayo", "Aroha"),
  // unless a clinical word, a kind of place or ward, a relation or a title.
  const word = (s: string) => !vocabulary(s) && !RELATIONS.has(s);
  const place = (s: string) => !(d.abbreviations.has(s) || d.eponyms.has(s) || GENERIC_WARD.has(s) || GENERIC_PLACE_WORDS.has(s) || CALENDAR_WORDS.has(s) || looksMedical(s) || isTitle(s));
  for (const s of /mploy|orks|orked|orking/.test(text) ? spans(EMPLOYER_RE, text, 1) : []) {
    // Capitalised after employment, even an ordinary word names the employer ("works for Apple").
    if (keys(s.match[1]!).every(place) && !PUBLIC_EMPLOYER.test(keys(s.match[1]!)[0]!) && !eponymHeadAfter(text, s.end)) add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 8 });
  }
  for (const s of /[ \t]the[ \t]+\p{Lu}/u.test(text) ? spans(REFERRED_TO_THE_RE, text, 1) : []) {
    if (word(s.match[1]!.toLowerCase()) && !SERVICE_AFTER.test(text.slice(s.end, s.end + 16))) add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 8 });
  }
  const onCapital = /[ \t]on[ \t]+\p{Lu}/u.test(text);
  for (const s of onCapital ? spans(LIVES_ON_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if (!NOT_TAKEN_ON.has(w) && !vocabulary(w)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const s of onCapital ? spans(BUSINESS_ON_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if (BUSINESS_BEFORE.test(text.slice(Math.max(0, s.start - 48), s.start)) && !isCommonWord(w) && !NOT_TAKEN_ON.has(w) && !vocabulary(w) && !d.firstNames.has(w) && !d.lastNames.has(w)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const re of [ROLE_BEFORE_NAME_RE, REVIEWED_RE]) {
    if (!(re === REVIEWED_RE ? /(?:I|[Ww]e)[ \t]+(?:reviewed|saw|assessed|examined|visited|met|phoned|called|rang)[ \t]+\p{Lu}/u : /(?:anager|arer|giver|worker|arden|atron|ordinator|avigator|haplain|nterpreter|dvocate)[ \t]+\p{Lu}/u).test(text)) continue;
    for (const s of spans(re, text, 1)) {
      const w = s.match[1]!.toLowerCase();
      // After a role, a capitalised word is its holder's name unless a language ("interpreter Spanish");
      // after "I reviewed" an ordinary word only where a person is meant ("Aroha in clinic", not "Bloods today").
      const head = w.split("-")[0]!;
      const listed = d.firstNames.has(w) || (!isCommonWord(w) && !isCommonWord(head)) || (re === REVIEWED_RE ? PERSON_AFTER.test(text.slice(s.end, s.end + 24)) : true);
      const language = re === ROLE_BEFORE_NAME_RE && !d.firstNames.has(w) && /(?:ish|ese|ian|ic)$/.test(head);
      if (listed && !language && word(w)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 5 });
    }
  }
};

// Makers whose names are also towns or surnames; their products follow them.
const MAKER_RE = /(?<![\p{L}])(?:Toyota|Honda|Nissan|Hyundai|Mazda|Subaru|Volkswagen|VW|BMW|Audi|Mercedes(?:-Benz)?|Tesla|Chevrolet|Chevy|Jeep|Dodge|Volvo|Peugeot|Renault|Skoda|Škoda|Fiat|Lexus|Suzuki|Mitsubishi|Abbott|Medtronic|Dexcom|Boston[ \t]+Scientific|Stryker|Zimmer(?:[ \t]+Biomet)?|ResMed|Insulet|Tandem|Roche|Accu-Chek|Omron|Philips[ \t]+Respironics|Fisher[ \t]*&[ \t]*Paykel|Edwards[ \t]+Lifesciences|Smith[ \t]*&[ \t]*Nephew|Johnson[ \t]*&[ \t]*Johnson|DePuy(?:[ \t]+Synthes)?|Biotronik|St\.?[ \t]+Jude[ \t]+Medical|Cochlear|Oticon|Phonak|Coloplast|ConvaTec|Hollister|Dansac|Salts|M[öo]lnlycke|Urgo|Welland|Pelican|Teleflex|Olympus|Siemens(?:[ \t]+Healthineers)?|Canon|Hologic|Fujifilm)((?:[ \t]+(?:\p{Lu}[\p{L}\d\-]*|\d[\p{L}\d\-]*)){0,3})(?![\p{L}])/gu;
const SURNAME_MAKER = /^(?:Abbott|Roche|Zimmer|Stryker|Dodge|Tandem|Jeep|Tesla|Volvo|Omron|Insulet|Cochlear|Hollister|Salts|Welland|Pelican|Canon|Olympus|Siemens|Urgo)/;
const TITLE_BEFORE = /(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+$/;
// An employer's cue before a maker keeps it a place ("works at Toyota Tsusho").
const EMPLOYER_BEFORE = /(?:at|for|by|with|of)[ \t]+(?:the[ \t]+)?$/;

// Brands that wear a title: "4 cans of Dr Pepper", "Dr. Scholl's insoles".
const TITLED_BRAND_RE = /(?<![\p{L}])(?:Dr|DR|dr)\.?[ \t]+(?:Pepper|PEPPER|pepper|Scholl['’]?s|SCHOLL['’]?S|Martens|MARTENS)(?![\p{L}])/gu;

const VALVE_MAKER_RE = /(?<=(?:MVR|AVR|TVR|valve|VALVE|mechanical|MECHANICAL|prosthe\p{L}*|PROSTHE\p{L}*|#\d{2})[^.;\n]{0,16})(?:St\.?|ST\.?|Saint)[ \t]*(?:Jude|JUDE)(?![\p{L}])(?![ \t]+(?:Children|CHILDREN|Hospital|HOSPITAL|Research|RESEARCH))/gu;

/** Spans of a maker's name and the model after it, or before a product's noun, and of a titled brand. */
export function makerSpans(text: string): Array<[number, number]> {
  // Not after what is said of a doctor ("seen by Dr. Pepper", "paged Dr Pepper").
  const doctor = (at: number) => /(?:by|with|per|saw|see|seen|paged|page|called|call|to|from|cc|attending|consult|consulted)[ \t:]*$/i.test(text.slice(Math.max(0, at - 16), at));
  const brands = /pepper|scholl|martens/i.test(text) ? [...text.matchAll(TITLED_BRAND_RE)].filter((m) => !doctor(m.index)).map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
  // A valve by its maker: "mechanical MVR (St. Jude)", "#29 St. Jude AVR".
  const valves = /jude/i.test(text) ? [...text.matchAll(VALVE_MAKER_RE)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
  return [...brands, ...valves, ...modelSpans(text)];
}

function modelSpans(text: string): Array<[number, number]> {
  if (!/Toyota|Honda|Nissan|Hyundai|Mazda|Subaru|Volkswagen|VW|BMW|Audi|Mercedes|Tesla|Chev|Jeep|Dodge|Volvo|Peugeot|Renault|koda|Fiat|Lexus|Suzuki|Mitsubishi|Abbott|Medtronic|Dexcom|Scientific|Stryker|Zimmer|ResMed|Insulet|Tandem|Roche|Accu|Omron|Philips|Paykel|Edwards|Nephew|Johnson|DePuy|Biotronik|Jude|Cochlear|Oticon|Phonak|Coloplast|ConvaTec|Hollister|Dansac|Salts|lnlycke|Urgo|Welland|Pelican|Teleflex|Olympus|Siemens|Canon|Hologic|Fujifilm/.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(MAKER_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // A maker that is also a surname ("Abbott", "Roche", "Zimmer") needs a model shaped like one
    // ("FreeStyle", "780G", "Accu-Chek") or a product's noun; a title before it makes it a person.
    const words = m[1]!.trim();
    const modelled = SURNAME_MAKER.test(m[0]) ? /[\p{Ll}][\p{Lu}]|\d|-|(?:^|[ \t])\p{Lu}{2,}(?![\p{L}])/u.test(words) : words.length > 0;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const model = modelled || /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:cars?|vehicle|sedan|truck|van|SUV|pumps?|sensors?|stents?|devices?|monitors?|meters?|pacemaker|defibrillator|valve|implant|hip|knee|machine|mask|hearing|processor|catheter|leads?|bags?|pouch(?:es)?|appliance|wafer|flange|scanner|scope|dressings?)(?![\p{L}])/u.test(after);
    if (model && !EMPLOYER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
