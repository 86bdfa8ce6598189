// Names by the form a message, a list or a form gives them (decision 135, from its three waves of
// batches): a greeting ("Hi Rose,"), a nickname in brackets after a full name ("Dorothy Wilkins
// (Dot)"), "Last, First M" and "Last, First 63F", a clinician's initials and surname ("-T. Graham"),
// a colleague beside a role or a service in brackets ("Brigid (charge)", "speech (Colleen)"), a name
// before an age, a date of birth, a phone's label, a possessive relation or a generational suffix,
// a chat's speaker and a caller naming themself. Each form names a person even when the words are
// ordinary English.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, GENERIC_PLACE_WORDS, RELATIONS } from "./name-context";
import { MSG, spans, type Detector } from "./types";

const GREETING_RE = /(?<![\p{L}])(?:Hi|Hello|Hey|Dear|Morning|Evening|Thanks|Thank you|hi|hello|hey|dear|thanks|thank you|HI|HELLO|DEAR)[ \t]*,?[ \t]+((?:\p{L}[\p{Ll}'’\-]+|\p{Lu}{2,})(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)(?=[ \t]*[,!.:—–\n])/dgu;
const NOT_GREETED = new Set("all everyone everybody team there folks guys both colleague colleagues doctor doc sir madam friends again you so very for mum mom dad nurse".split(" "));
const NICKNAME_AFTER_NAME_RE = /(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}[\p{Ll}'’\-]+[ \t]*\([ \t]*)\p{Lu}\p{Ll}+(?=[ \t]*\))/dgu;
const LAST_COMMA_FIRST_RE = /(?<![\p{L}\p{N}])(?:(\p{Lu}\p{Ll}+),[ \t]*(\p{Lu}\p{Ll}+)|(\p{Lu}{2,}),[ \t]*(\p{Lu}{2,}))(?:[ \t]+\p{Lu}\.?(?=[ \t]*(?:$|\n|[|—–;)]|[ \t]-[ \t]))|(?=[ \t]+\d{1,3}[ \t]?(?:M|F|yo|y\/o)(?![\p{L}])))/dgmu;
// A clinician by initials and surname ("-T. Graham PGY2", "RAD: P. Anantharaman", "-K. L. Dunleavy").
const INITIAL_SURNAME_RE = /(?<![\p{L}.'’])(?:\p{Lu}\.[ \t]?){1,2}(\p{Lu}[\p{Ll}'’\-]{2,})(?![\p{L}.])/dgu;
// A colleague before the role in brackets: "Brigid (charge) aware".
const NAME_BEFORE_CHARGE_RE = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?=[ \t]*\((?:charge|charge RN|charge rn|charge nurse|resource|preceptor|float|supervisor)\))/dgu;
// A person before an age in apposition ("Mercy, 93, and her husband"), a chat's speaker after its
// time ("[10:42] Ivy: hi", "14:03 — Nurse Kelsey R.:"), a caller naming themself ("this is Grant,
// Hope's husband"), and a name before a generational suffix ("GRANT MERCER III").
const NAME_BEFORE_AGED_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+(?=,[ \t]+(?:an?|aged)[ \t]+\d{1,3}[ \t\-]*(?:-?year|yo|y\/o))/dgu;
const NAME_BEFORE_AGE_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?=,[ \t]*\d{1,3},[ \t]+(?:and|who|is|was|lives|has|had|a|an|the|of|from)(?![\p{L}]))/dgu;
const CHAT_SPEAKER_RE = /(?<=^[ \t]*\[?\d{1,2}:\d{2}(?:[ \t]*[ap]m)?\]?[ \t]*(?:[—–\-][ \t]*)?(?:(?:Nurse|Dr\.?|Agent|Rep|Clinic|Pharmacist|RN|NP|MA)[ \t]+)?)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?(?=[ \t]*:)/dgmu;
const CALLER_SELF_RE = /(?<=(?<![\p{L}])(?:this is|This is|THIS IS|it's|its|it is|It's|Its)[ \t]+)(\p{L}[\p{Ll}'’\-]+|\p{Lu}{2,})(?=[ \t]*(?:[,.!]|again|here|from|calling)(?![\p{L}]))/dgu;
const NAME_BEFORE_RELATION_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=['’]s[ \t]+(?:husband|wife|son|daughter|mom|mum|mother|dad|father|brother|sister|partner|boyfriend|girlfriend|grandson|granddaughter|caregiver|aide|nurse|doctor)(?![\p{L}]))/dgu;
const NAME_BEFORE_SUFFIX_RE = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}[ \t]+\p{Lu}{2,}[\p{Lu}'’\-]*|\p{Ll}{2,}[ \t]+\p{Ll}{2,}(?=[ \t]+(?:III|II|IV|JR|SR)(?![\p{L}])))(?=[ \t]+(?:III|II|IV|Jr\.?|Sr\.?|JR\.?|SR\.?)(?![\p{L}]))/dgu;
const NOT_A_SPEAKER = new Set("patient pt clinic nurse agent doctor pharmacy system note plan update bot assistant caller team office admin".split(" "));
// A colleague in brackets after their service: "Passy-Muir eval planned w/ speech (Colleen)".
const NAME_AFTER_SERVICE_RE = /(?<=(?<![\p{L}])(?:speech|SLP|slp|PT|OT|SW|sw|RT|rt|nutrition|dietitian|dietician|case management|CM|cm|chaplain|pharmacy|social work|wound care|WOC|interpreter)[ \t]*\([ \t]*)\p{Lu}\p{Ll}+(?=[ \t]*\))/dgu;
const NAME_BEFORE_PHONE_RE = /(?<![\p{L}])(\p{L}[\p{L}\-]+)['’][sS][ \t]+(?:cell|CELL|Cell|mobile|MOBILE|phone|PHONE|number|NUMBER|#|home[ \t]+#|HOME[ \t]+#)(?=[ \t]*(?:is[ \t]+|IS[ \t]+|:[ \t]*)?[(+]?\d)/dgu;
// A relative or a colleague by a given name that is also a word ("son will called", "HUSBAND ED
// CALLED", "RT Hector at bedside", "sw bill"), told from the word by what follows: a name is followed
// by what a person does or where they are, a modal by a verb ("son will call", "sw will meet").
const CUED_WORD_NAME_RE = /(?<![\p{L}])(?:son|sons|dtr|dtrs|daughter|daughters|wife|husband|brother|brothers|sister|sisters|dad|father|mom|mother|mum|parents|nephew|niece|grandson|granddaughter|partner|boyfriend|girlfriend|friend|sitter|sponsor|interpreter|interp|coordinator|rt|rrt|sw|cm|pct|cna|(?:report|handoff|hand-off|signed out|endorsed)(?:[ \t]+called|[ \t]+given)?[ \t]+to|->)[ \t]+(\p{L}[\p{Ll}'’]*|\p{Lu}+)(?=([ \t]*(?:[,;:.)(]|\n|$|['’]s(?![\p{L}])|[\-—][ \t])|[ \t]+(?:and|&|is|was|has|had|in|at|here|called|calls|visited|visits|came|left|stayed|notified|updated|aware|present|phoned|spoke|says|said|states|stated|reports|reported|asked|asks|wants|wanted|will|would|who|from|@|on|via|drove|flew|arrived|lives|works|avail|available)(?![\p{L}])|[ \t]+\(?\d{3}))/dgiu;
// Given names and nicknames the lists do not hold as names because they are words.
const WORD_NICKNAMES = new Set("chip skip bud buddy butch sonny sunny cricket bunny duke tink bubba trip scooter jr junior sissy sully tiny dutch bear iggy rich".split(" "));
// A nickname in quotes after a relative or "goes by", or before the legal name in brackets: "pt's
// daughter 'sissy' (cecilia)", "best friend 'Tiny'", "(goes by 'iggy')", "'Dutch' to everyone".
const QUOTED_NICKNAME_RE = /(?<=(?:(?<![\p{L}])(?:son|dtr|daughter|wife|husband|brother|sister|friend|nephew|niece|grandson|granddaughter|partner|goes by|known as|called|aka|a\.k\.a\.|nicknamed)[ \t]+|^|[,;(][ \t]*)['‘"“])\p{L}[\p{Ll}'’\-]*(?:[ \t]+\p{L}[\p{Ll}'’\-]*)?(?=['’"”](?:[ \t]*\([ \t]*\p{L}+|[ \t]+to[ \t]+everyone|[ \t]*[),]|[ \t]+(?:\(|called|visited|here)(?![\p{L}])))/dgimu;
// A handoff's line: "BED 12 - DIMITRIOU, 91 YO M", "bed 3: Hunter, Wallace 77M".
const BED_NAME_RE = /(?<=(?<![\p{L}])(?:bed|BED|Bed|rm|RM|room|ROOM|Room)[ \t]*#?\d{1,3}[A-Z]?[ \t]*[-–:][ \t]*)(\p{Lu}[\p{L}'’\-]+)(?=[ \t]*,[ \t]*(?:\d{1,3}|\p{Lu}[\p{L}'’\-]+[ \t]+\d{1,3}))/dgu;
const NOT_CUED_NAME = new Set("line phone services service present aware via called".split(" "));
const MODALS = new Set("will may can must might shall".split(" "));
const NAME_BEFORE_DOB_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}[\p{Ll}'’\-]+(?=[ \t]*(?:\([ \t]*(?:DOB|D\.O\.B\.|born)|,[ \t]*(?:DOB|D\.O\.B\.)[ \t]*:?[ \t]*\d))/dgu;

export const detectNameForms: Detector = (text, add) => {
  const d = dictionaries();
  const name = (start: number, end: number) => add({ kind: "name", start, end, message: MSG.name, priority: 9 });
  const vocabulary = (k: string) => d.clinical.has(k) || d.abbreviations.has(k) || CALENDAR_WORDS.has(k) || GENERIC_PLACE_WORDS.has(k);
  // A word the name lists hold that is no clinical, calendar or relation word.
  const known = (k: string) => (d.firstNames.has(k) || d.lastNames.has(k)) && !vocabulary(k) && !RELATIONS.has(k);
  for (const s of /hi|hello|hey|dear|morning|evening|thank/i.test(text) ? spans(GREETING_RE, text, 1) : []) {
    const [k, surname] = s.match[1]!.toLowerCase().split(/[ \t]+/);
    // "Dear Sunshine Abernethy,": a surname after the first word makes it a name whatever the first word is.
    const named = d.firstNames.has(k!) || d.lastNames.has(k!) || (!!surname && d.lastNames.has(surname) && !vocabulary(surname));
    if (!NOT_GREETED.has(k!) && !vocabulary(k!) && named) name(s.start, s.end);
  }
  for (const s of /\(\p{Lu}\p{Ll}+\)/u.test(text) ? spans(NICKNAME_AFTER_NAME_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (d.firstNames.has(k) && !vocabulary(k)) name(s.start, s.end);
  }
  for (const s of /,[ \t]*\p{Lu}\p{L}+[ \t]+[\p{Lu}\d]/u.test(text) ? spans(LAST_COMMA_FIRST_RE, text) : []) {
    const [last, first] = [(s.match[1] ?? s.match[3])!.toLowerCase(), (s.match[2] ?? s.match[4])!.toLowerCase()];
    // One of the two must be a name the lists know; neither may be clinical ("CXR, ABG Q").
    if (!vocabulary(last) && !vocabulary(first) && (d.lastNames.has(last) || d.firstNames.has(first))) name(s.start, s.end);
  }
  // A given name before a phone's label: "SUSAN'S CELL 978-555-0111" (not "son's cell", "pt's #").
  for (const s of /['’][sS][ \t]+(?:cell|CELL|Cell|mobile|MOBILE|phone|PHONE|number|NUMBER|#|home|HOME)/.test(text) ? spans(NAME_BEFORE_PHONE_RE, text, 1) : []) {
    const k = s.match[1]!.toLowerCase();
    if (known(k) && !/^(?:pt|patient|family|hcp)$/.test(k)) name(s.start, s.end);
  }
  for (const s of /\p{Lu}\.[ \t]?\p{Lu}\p{Ll}/u.test(text) ? spans(INITIAL_SURNAME_RE, text, 1) : []) {
    const k = s.match[1]!.toLowerCase();
    const initials = s.match[0].slice(0, s.match[0].length - s.match[1]!.length);
    // "upgoing L. Hoffmann's", "net -2.1 L. Transitioned": a side or a unit closing a sentence.
    if (/^[LRBlr]\.[ \t]?$/.test(initials) || /\d[ \t]*$/.test(text.slice(Math.max(0, s.match.index - 3), s.match.index))) continue;
    if (!vocabulary(k) && !d.eponyms.has(k) && (d.lastNames.has(k) || (!d.common.has(k) && !/(?:ed|ing)$/.test(k)))) name(s.match.index, s.end);
  }
  for (const s of /\((?:charge|resource|preceptor|float|supervisor)/.test(text) ? spans(NAME_BEFORE_CHARGE_RE, text) : []) {
    if (d.firstNames.has(s.match[0].toLowerCase())) name(s.start, s.end);
  }
  for (const s of /,[ \t]+(?:an?|aged)[ \t]+\d/.test(text) ? spans(NAME_BEFORE_AGED_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).map((w) => w.toLowerCase());
    if (!words.some(vocabulary) && words.some(known)) name(s.start, s.end);
  }
  for (const s of /,[ \t]*\d{1,3},/.test(text) ? spans(NAME_BEFORE_AGE_RE, text) : []) if (known(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of /\d:\d\d/.test(text) ? spans(CHAT_SPEAKER_RE, text) : []) {
    const k = s.match[0].split(/[ \t]/)[0]!.toLowerCase();
    if (!NOT_A_SPEAKER.has(k) && !vocabulary(k) && (known(k) || !d.common.has(k))) name(s.start, s.end);
  }
  for (const s of /this is|it'?s|it is/i.test(text) ? spans(CALLER_SELF_RE, text, 1) : []) {
    const k = s.match[1]!.toLowerCase();
    // "it's fine.": a given name that is also a word needs more of a caller's words after it.
    const calling = /^[ \t]*(?:,[ \t]*\p{Lu}\p{Ll}+['’]s|from|again|here|calling)/u.test(text.slice(s.end, s.end + 20));
    if (d.firstNames.has(k) && !vocabulary(k) && !NOT_GREETED.has(k) && (!d.common.has(k) || calling)) name(s.start, s.end);
  }
  for (const s of /['’]s[ \t]+(?:husband|wife|son|daughter|mom|mum|mother|dad|father|brother|sister|partner|boyfriend|girlfriend|grand|caregiver|aide|nurse|doctor)/.test(text) ? spans(NAME_BEFORE_RELATION_RE, text, 1) : []) {
    if (known(s.match[1]!.toLowerCase()) && s.match[1] !== "Patient") name(s.start, s.end);
  }
  for (const s of /(?:III|II|IV|Jr|Sr|JR|SR)(?![A-Za-z])/.test(text) ? spans(NAME_BEFORE_SUFFIX_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).map((w) => w.toLowerCase());
    // Before a roman numeral ("Ann Arbor Staging II", "STE II, III") or read from capitals ("grant
    // mercer III"), the words must be a given name and a surname the lists know.
    const roman = /^[ \t]+I/.test(text.slice(s.end, s.end + 3));
    const listed = words.length === 2 && words[0]!.length >= 3 && words[1]!.length >= 3 && d.firstNames.has(words[0]!) && d.lastNames.has(words[1]!);
    if (!words.some(vocabulary) && ((/\p{Lu}/u.test(s.match[0]) && !roman) || listed)) name(s.start, s.end);
  }
  for (const s of /[ \t]*\(\p{Lu}\p{Ll}+\)/u.test(text) ? spans(NAME_AFTER_SERVICE_RE, text) : []) if (known(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of spans(CUED_WORD_NAME_RE, text, 1)) {
    const k = s.match[1]!.toLowerCase();
    // Clinical words and abbreviations are no names here ("interpreter line", "son in ED") but for a few given names.
    const clinical = (d.abbreviations.has(k) || d.clinical.has(k)) && !/^(?:ed|art|bo|mae|june|april)$/.test(k);
    if (!WORD_NICKNAMES.has(k) && (!d.firstNames.has(k) || RELATIONS.has(k) || clinical || NOT_CUED_NAME.has(k))) continue;
    // A modal before "to", "will" or "would" is no name ("son will to", "wife may would" are not English).
    if (MODALS.has(k) && /^[ \t]+(?:will|would|to|at|on|from|and|has|had|is|was)(?![\p{L}])/iu.test(s.match[2] ?? "")) continue;
    name(s.start, s.end);
  }
  for (const s of /['‘"“]/.test(text) ? spans(QUOTED_NICKNAME_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (WORD_NICKNAMES.has(k) || (!vocabulary(k) && !RELATIONS.has(k) && (d.firstNames.has(k) || /^[ \t]*[(]/.test(text.slice(s.end + 1, s.end + 4)) || !d.common.has(k)))) name(s.start, s.end);
  }
  for (const s of /\d[ \t]*[-–:][ \t]*\p{Lu}/u.test(text) ? spans(BED_NAME_RE, text, 1) : []) if (!vocabulary(s.match[1]!.toLowerCase())) name(s.start, s.end);
  for (const s of /DOB|D\.O\.B|born/.test(text) ? spans(NAME_BEFORE_DOB_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).map((w) => w.toLowerCase().replace(/\.$/, ""));
    if (!words.some((k) => vocabulary(k) && !d.firstNames.has(k) && !d.lastNames.has(k))) name(s.start, s.end);
  }
};
