// Names by the form a message, a list or a form gives them (decision 135, from its three waves of
// batches): a greeting ("Hi Rose,"), a nickname in brackets after a full name ("Dorothy Wilkins
// (Dot)"), "Last, First M" and "Last, First 63F", a clinician's initials and surname ("-T. Graham"),
// a colleague beside a role or a service in brackets ("Brigid (charge)", "speech (Colleen)"), a name
// before an age, a date of birth, a phone's label, a possessive relation or a generational suffix,
// a chat's speaker and a caller naming themself. Each form names a person even when the words are
// ordinary English.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, COLOURS, GENERIC_PLACE_WORDS, RELATIONS } from "./name-context";
import { MSG, spans, type Detector } from "./types";

const GREETING_RE = /(?<![\p{L}])(?:Hi|Hello|Hey|Dear|Morning|Evening|Thanks|Thank you|hi|hello|hey|dear|thanks|thank you|HI|HELLO|DEAR)[ \t]*,?[ \t]+((?:\p{L}[\p{Ll}'’\-]+|\p{Lu}{2,})(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)(?=[ \t]*[,!.:—–\n])/dgu;
const NOT_GREETED = new Set("all everyone everybody team there folks guys both colleague colleagues doctor doc sir madam friends again you so very for mum mom dad nurse".split(" "));
const NICKNAME_AFTER_NAME_RE = /(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.?[ \t]+)?\p{Lu}[\p{Ll}'’\-]+[ \t]*\([ \t]*)\p{Lu}\p{Ll}+(?=[ \t]*\))/dgu;
const LAST_COMMA_FIRST_RE = /(?<![\p{L}\p{N}])(?:(\p{Lu}\p{Ll}+),[ \t]*(\p{Lu}\p{Ll}+)|(\p{Lu}{2,}),[ \t]*(\p{Lu}{2,}))(?:[ \t]+\p{Lu}\.?(?=[ \t]*(?:$|\n|[|—–;)]|[ \t]-[ \t]))|(?=[ \t]+\d{1,3}[ \t]?(?:M|F|yo|y\/o)(?![\p{L}])))/dgmu;
// A clinician by initials and surname ("-T. Graham PGY2", "RAD: P. Anantharaman", "-K. L. Dunleavy").
const INITIAL_SURNAME_RE = /(?<![\p{L}.'’])(?:\p{Lu}\.[ \t]?){1,2}(\p{Lu}[\p{Ll}'’\-]{2,})(?![\p{L}.])/dgu;
// A colleague before the role in brackets: "Brigid (charge) aware".
const NAME_BEFORE_CHARGE_RE = /(?<![\p{L}])\p{L}\p{Ll}{2,}(?=[ \t]*\((?:charge|charge RN|charge rn|charge nurse|resource|resource rn|resource RN|preceptor|float|supervisor|rn supv|nurse mgr|nm|cn)\))/dgu;
// Names listed in brackets after who they are: "Family (Margaret, Thomas, Kathleen) at bedside", "3 children (Luca 22, Sofia 19, Marco 15)".
const BRACKETED_FAMILY_RE = /(?<=(?<![\p{L}])(?:family|children|kids|sons|daughters|dtrs|grandchildren|grandkids|siblings|visitors|parents)[ \t]*\()[^()\n]{3,80}(?=\))/dgiu;
// A person before an age in apposition ("Mercy, 93, and her husband"), a chat's speaker after its
// time ("[10:42] Ivy: hi", "14:03 — Nurse Kelsey R.:"), a caller naming themself ("this is Grant,
// Hope's husband"), and a name before a generational suffix ("GRANT MERCER III").
const NAME_BEFORE_AGED_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+(?=,[ \t]+(?:an?|aged)[ \t]+\d{1,3}[ \t\-]*(?:-?year|yo|y\/o))/dgu;
const NAME_BEFORE_AGE_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?=,[ \t]*\d{1,3},[ \t]+(?:and|who|is|was|lives|has|had|a|an|the|of|from)(?![\p{L}]))/dgu;
const CHAT_SPEAKER_RE = /(?<=^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:[ap]m|[AP]M))?\]?[ \t]*(?:[—–\-][ \t]*)?(?:(?:Nurse|Dr\.?|Agent|Rep|Clinic|Pharmacist|RN|NP|MA)[ \t]+)?)\p{L}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?(?=[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:)/dgmu;
const CALLER_SELF_RE = /(?<=(?<![\p{L}])(?:this is|This is|THIS IS|it's|its|it is|It's|Its)[ \t]+)(\p{L}[\p{Ll}'’\-]+|\p{Lu}{2,})(?=[ \t]*(?:[,.!]|again|here|from|calling)(?![\p{L}]))/dgu;
const NAME_BEFORE_RELATION_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=['’]s[ \t]+(?:husband|wife|son|daughter|mom|mum|mother|dad|father|brother|sister|partner|boyfriend|girlfriend|grandson|granddaughter|caregiver|aide|nurse|doctor)(?![\p{L}]))/dgu;
const NAME_BEFORE_SUFFIX_RE = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}[ \t]+\p{Lu}{2,}[\p{Lu}'’\-]*|\p{Ll}{2,}[ \t]+\p{Ll}{2,}(?=[ \t]+(?:III|II|IV|JR|SR)(?![\p{L}])))(?=[ \t]+(?:III|II|IV|Jr\.?|Sr\.?|JR\.?|SR\.?)(?![\p{L}]))/dgu;
const NOT_A_SPEAKER = new Set("patient pt clinic nurse agent doctor pharmacy system note plan update bot assistant caller team office admin guest user me you billing scheduling triage staff support operator automated parent provider visitor virtual member customer client family rep representative coordinator".split(" "));
// A colleague in brackets after their service: "Passy-Muir eval planned w/ speech (Colleen)".
const NAME_AFTER_SERVICE_RE = /(?<=(?<![\p{L}])(?:speech|SLP|slp|PT|OT|SW|sw|RT|rt|nutrition|dietitian|dietician|case management|case mgmt|CASE MGMT|Case mgmt|case mgr|CM|cm|chaplain|pharmacy|social work|wound care|WOC|interpreter|RRT|rrt|TECH|tech)[ \t]*\([ \t]*|\([ \t]*(?:TECH|tech|Tech|RN|rn|RT|rt|RRT|rrt|NP|np|SW|sw|PCT|pct|CNA|cna)[ \t]+)\p{L}[\p{L}'’\-]+(?=[ \t]*\))/dgu;
const NAME_BEFORE_PHONE_RE = /(?<![\p{L}])(\p{L}[\p{L}\-]+)['’][sS][ \t]+(?:cell|CELL|Cell|mobile|MOBILE|phone|PHONE|number|NUMBER|#|home[ \t]+#|HOME[ \t]+#)(?=[ \t]*(?:is[ \t]+|IS[ \t]+|:[ \t]*)?[(+]?\d)/dgu;
// A relative or a colleague by a given name that is also a word ("son will called", "HUSBAND ED
// CALLED", "RT Hector at bedside", "sw bill"), told from the word by what follows: a name is followed
// by what a person does or where they are, a modal by a verb ("son will call", "sw will meet").
const CUED_WORD_NAME_RE = /(?<![\p{L}])(?:son|sons|dtr|dtrs|daughter|daughters|wife|husband|brother|brothers|sister|sisters|dad|father|mom|mother|mum|stepdad|stepmom|stepfather|stepmother|parents|dtr-in-law|daughter-in-law|son-in-law|brother-in-law|sister-in-law|mother-in-law|father-in-law|boss|supervisor|coworker|co-worker|landlord|roommate|case mgr|case manager|cm rn|asking for|asks for|calling for|calling out for|nephew|niece|grandson|granddaughter|partner|boyfriend|girlfriend|friend|neighbor|neighbour|sitter|sponsor|interpreter|interp|coordinator|tech|rt|rrt|sw|cm|pct|cna|goes by|known as|(?:report|handoff|hand-off|signed out|endorsed)(?:[ \t]+called|[ \t]+given)?[ \t]+to|->)[ \t]+(\p{L}[\p{Ll}'’]*|\p{Lu}+)(?=([ \t]*(?:[,;:.)(]|\n|$|['’]s(?![\p{L}])|[\-—][ \t])|[ \t]+(?:and|&|is|was|has|had|in|at|here|called|calls|visited|visits|came|left|stayed|notified|updated|aware|present|phoned|spoke|says|said|states|stated|reports|reported|asked|asks|wants|wanted|will|would|who|from|@|on|via|drove|flew|arrived|lives|works|avail|available|paged|coming|going|flying|driving|arriving|staying|visiting|following|follows|\+)(?![\p{L}])|[ \t]+\(?\d{3}))/dgiu;
// Given names and nicknames the lists do not hold as names because they are words.
const WORD_NICKNAMES = new Set("chip skip bud buddy butch sonny sunny cricket bunny duke tink bubba trip scooter jr junior sissy sully tiny dutch bear iggy rich buzz honey cookie norm gert dom rho smitty".split(" "));
// A nickname in quotes after a relative or "goes by", or before the legal name in brackets: "pt's
// daughter 'sissy' (cecilia)", "best friend 'Tiny'", "(goes by 'iggy')", "'Dutch' to everyone".
// The relatives before whose quoted word a nickname stands ("dtr 'peaches' is").
const QUOTING_KIN = "son|dtr|daughter|wife|husband|brother|sister|friend|nephew|niece|grandson|granddaughter|partner";
const QUOTED_NICKNAME_RE = new RegExp(`(?<=(?:(?<![\\p{L}])(?:${QUOTING_KIN}|goes by|known as|called|aka|a\\.k\\.a\\.|nicknamed|asking for|asks for|calling for|calling out for)[ \\t]+|^|[,;(][ \\t]*)['‘"“])\\p{L}[\\p{Ll}'’\\-]*(?:[ \\t]+\\p{L}[\\p{Ll}'’\\-]*)?(?=['’"”](?:[ \\t]*\\([ \\t]*\\p{L}+|[ \\t]+to[ \\t]+everyone|[ \\t]*[),]|[ \\t]+\\p{Lu}\\p{Ll}+[ \\t]*\\)|[ \\t]+(?:\\(|called|visited|here|is|was|who|has)(?![\\p{L}])))`, "dgimu");
const AFTER_KIN_QUOTE_RE = new RegExp(`(?:${QUOTING_KIN})[ \\t]+['‘"“]$`, "i");
// A handoff's line: "BED 12 - DIMITRIOU, 91 YO M", "bed 3: Hunter, Wallace 77M".
const BED_NAME_RE = /(?<=(?<![\p{L}])(?:bed|BED|Bed|rm|RM|room|ROOM|Room)[ \t]*#?\d{1,3}[A-Z]?[ \t]*[-–:][ \t]*)(\p{Lu}[\p{L}'’\-]+)(?=[ \t]*,[ \t]*(?:\d{1,3}|\p{Lu}[\p{L}'’\-]+[ \t]+\d{1,3}))/dgu;
// "Will flying in Wed", "Will called at 2200": a sentence that begins with "Will" before what a person
// did or is doing names him ("Will need", "Will continue" are the modal's).
const WILL_NAMED_RE = /(?<=(?:^|[.;!?][ \t]+|\n[ \t]*))(?:Will|WILL)(?=[ \t]+(?:(?:\p{L}+(?:ing|ed|ING|ED)|is|was|has|had|IS|WAS|HAS|HAD|and|AND)(?![\p{L}])|\())/dgmu;
const NOT_CUED_NAME = new Set("line phone services service present aware via called he she they we it you i his her re floor unit".split(" "));
const NOT_INITIALS = new Set("dr mr ms mrs st jr sr ct mri us xr cxr ekg ecg eeg emg echo tte tee pet ir ed er or icu md np pa rn do pt ot sw cm rt id gi ent uk usa".split(" "));
const MODALS = new Set("will may can must might shall".split(" "));
// Initials after who did or said something, closing the clause: "Gross by T.R., PA(ASCP)", "left at
// 555-4471 by JW.", "Filled 11/11, tech RM." (decision 138).
const INITIALS_AFTER_AGENT_RE = /(?<=(?<![\p{L}])(?:by|BY|tech|TECH|per|PER)[ \t]+)(?:\p{Lu}\.?){2,3}(?=[ \t]*(?:[.,;)]|$))/dgmu;
// An age after a caller and "(self)": "caller Delphine Marchetti (self), 92, reports".
const AGE_AFTER_SELF_RE = /(?<=\((?:self|SELF|patient|pt)\),[ \t]*)(?:9\d|1[01]\d)(?=[ \t]*,)/dgu;
// A sign-off with the writer's role, closing the note or a line: "-lm, rd", "-JO, RD X4-4471", "-R.
// KIRKPATRICK, RD", "-RICH M., RRT", and a colleague with an initial and a role mid-sentence ("BY ED F.
// RRT & DR. OSEI") (decision 138).
const ROLE = "(?:PA-C|pa-c|RN|RRT|RD|PT|OT|SLP|NP|PA|MD|SW|LICSW|MSW|CM|PCT|CNA|RT|SN|LPN|rn|rrt|rd|pt|ot|slp|np|pa|md|sw|licsw|msw|cm|pct|cna|rt|sn|lpn)";
const SIGN_OFF_WITH_ROLE_RE = new RegExp(`(?<=(?:^|[.!?)][ \\t]*|\\n[ \\t]*)(?:-{1,4}|—|–|\\/\\/)[ \\t]?)(?:\\p{L}\\.[ \\t]?)?\\p{L}[\\p{L}'’\\-]+(?:[ \\t]+\\p{L}(?:\\.|(?=[ \\t]*,)))?(?=[ \\t]*,?[ \\t]*${ROLE}(?:[ \\t]+(?:x|X|ext\\.?|EXT\\.?)?[ \\t]*\\d[\\d\\-]*)?[ \\t]*(?:$|\\n))`, "dgmu");
const NAME_INITIAL_ROLE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:by|BY|w\\/|W\\/|with|WITH|per|PER)[ \\t]+)\\p{L}[\\p{L}'’\\-]+[ \\t]+\\p{Lu}\\.(?=[ \\t]*,?[ \\t]*${ROLE}(?![\\p{L}]))`, "dgu");
// Two relatives named together: "Parents Jose & Maria", "PARENTS DIANE & RICK", "his sisters Bernadette + Cookie".
const PAIR_AFTER_RELATIVES_RE = /(?<=(?<![\p{L}])(?:parents|grandparents|sons|daughters|dtrs|sisters|brothers|kids|children|grandkids|cousins)[ \t]+)(\p{L}[\p{L}'’\-]+)[ \t]*(?:&|\+|and|AND)[ \t]*(\p{L}[\p{L}'’\-]+)/dgiu;
// A role before the writer's initials closing the note ("-rt jc"), and a colleague before a role after who
// did something ("called by ling rn", "per becca rn").
const ROLE_FIRST_SIGN_OFF_RE = /(?<=(?:^|[.!?)][ \t]*|\n[ \t]*)(?:-{1,2}|\/\/)[ \t]?(?:rt|rn|rrt|pt|ot|sw|cm|slp|rd|RT|RN|RRT|PT|OT|SW|CM|SLP|RD)[ \t]+)\p{L}{2,3}(?=[ \t]*$)/dgmu;
const NAME_BEFORE_ROLE_RE = /(?<=(?<![\p{L}])(?:by|per|w\/|with|to|from|called|BY|PER|W\/|WITH|TO|FROM|CALLED)[ \t]+)\p{L}[\p{L}'’\-]+(?=[ \t]+(?:rn|rrt|np|pa|cna|pct|RN|RRT|NP|PA|CNA|PCT)(?![\p{L}]))/dgu;
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
    if (/^[LRBlr]\.[ \t]?$/.test(initials) || /(?:\d[ \t]*|[\/&])$/.test(text.slice(Math.max(0, s.match.index - 3), s.match.index))) continue;
    if (!vocabulary(k) && !d.eponyms.has(k) && (d.lastNames.has(k) || (!d.common.has(k) && !/(?:ed|ing)$/.test(k)))) name(s.match.index, s.end);
  }
  for (const s of /(?:family|children|kids|sons|daughters|dtrs|grandchildren|grandkids|siblings|visitors|parents)[ \t]*\(/i.test(text) ? spans(BRACKETED_FAMILY_RE, text) : []) {
    for (const m of s.match[0].matchAll(/\p{L}[\p{L}'’\-]+/gu)) {
      const k = m[0].toLowerCase();
      // A language or a compound describes the family ("Family (Spanish-speaking)").
      const describes = k.includes("-") || /(?:ish|ese|ian|ic|an)$/.test(k);
      if ((d.firstNames.has(k) || (/^\p{Lu}\p{Ll}/u.test(m[0]) && !d.common.has(k) && !describes)) && !d.clinical.has(k) && !d.abbreviations.has(k) && !RELATIONS.has(k)) name(s.start + m.index, s.start + m.index + m[0].length);
    }
  }
  for (const s of /\((?:charge|resource|preceptor|float|supervisor|rn supv|nurse mgr|nm|cn)/.test(text) ? spans(NAME_BEFORE_CHARGE_RE, text) : []) {
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
  for (const s of /\([ \t]*(?:\p{L}+[ \t]+)?\p{L}+[ \t]*\)/u.test(text) ? spans(NAME_AFTER_SERVICE_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (known(k) || WORD_NICKNAMES.has(k) || (k.length >= 3 && !d.common.has(k) && !vocabulary(k) && !d.abbreviations.has(k))) name(s.start, s.end);
  }
  for (const s of spans(CUED_WORD_NAME_RE, text, 1)) {
    const k = s.match[1]!.toLowerCase();
    // Clinical words and abbreviations are no names here ("interpreter line", "son in ED") but for a few given names.
    // Given names that are also clinical words count only after a relative ("HUSBAND ED", not "-> ED", "Rt art").
    const relative = /^(?:son|sons|dtr|dtrs|daughter|daughters|wife|husband|brother|brothers|sister|sisters|dad|father|mom|mother|mum|step\p{L}+|parents|\p{L}+-in-law|nephew|niece|grandson|granddaughter|partner|boyfriend|girlfriend|friend|neighbou?r)[ \t]/iu.test(s.match[0]);
    const clinical = (d.abbreviations.has(k) || d.clinical.has(k)) && !(relative && /^(?:ed|art|bo|mae|june|april|peg)$/.test(k));
    // Two letters after a relative are initials ("son tj notified", "son JJ").
    const initials = k.length === 2 && /^(?:son|sons|dtr|daughter|husband|wife|brother|sister|nephew|niece|grandson|stepson|friend)[ \t]/i.test(s.match[0]) && !clinical && !NOT_CUED_NAME.has(k) && !/^(?:in|at|is|on|to|of|by|or|an|as|up|md|rn|np|pa|ed|er|or|ok|me|us|so|no|do|go|fr|dr|mr|ms|st|sr|jr)$/.test(k);
    if (!WORD_NICKNAMES.has(k) && !initials && (!d.firstNames.has(k) || RELATIONS.has(k) || clinical || NOT_CUED_NAME.has(k))) continue;
    // "TEA COLORED -> AMBER": after an arrow a colour is what something turned (decision 142).
    if (s.match[0].startsWith("->") && COLOURS.has(k)) continue;
    // A modal before "to", "will" or "would" is no name ("son will to", "wife may would" are not English).
    if (MODALS.has(k) && /^[ \t]+(?:will|would|to|at|on|from|has|had|have|be|been|not|need|want|is|was|coming|going|visiting|staying|\+)(?![\p{L}])/iu.test(s.match[2] ?? "")) continue;
    name(s.start, s.end);
  }
  for (const s of /['‘"“]/.test(text) ? spans(QUOTED_NICKNAME_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    // Before "is" or "was" the quoted word is a nickname only after a relative ("dtr 'peaches' is the only one").
    const verbAfter = /^['’"”][ \t]+(?:is|was|who|has)(?![\p{L}])/u.test(text.slice(s.end, s.end + 8));
    const afterRelative = AFTER_KIN_QUOTE_RE.test(text.slice(Math.max(0, s.start - 16), s.start));
    if (verbAfter && !afterRelative) continue;
    // A quoted nickname before the surname: "("Red" Mahoney)".
    const beforeSurname = /^['’"”][ \t]+\p{Lu}\p{Ll}+[ \t]*\)/u.test(text.slice(s.end, s.end + 24));
    if ((afterRelative || beforeSurname) && !vocabulary(k) && !RELATIONS.has(k)) {
      name(s.start, s.end);
      continue;
    }
    // In brackets right after a name ("ROSEMARY ('RO')") a quoted word is the nickname unless it is clinical.
    const before = /(\p{L}+)[ \t]*\([ \t]*['‘"“]$/u.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1]?.toLowerCase() ?? "";
    const afterName = (d.firstNames.has(before) || d.lastNames.has(before)) && !d.clinical.has(k);
    // Two quoted words are a quotation ("no heroics", "not hungry") unless a relative's name is meant.
    if (/[ \t]/.test(k)) continue;
    if (WORD_NICKNAMES.has(k) || afterName || (!vocabulary(k) && !RELATIONS.has(k) && (d.firstNames.has(k) || /^[ \t]*[(]/.test(text.slice(s.end + 1, s.end + 4)) || !d.common.has(k)))) name(s.start, s.end);
  }
  for (const s of /\d[ \t]*[-–:][ \t]*\p{Lu}/u.test(text) ? spans(BED_NAME_RE, text, 1) : []) if (!vocabulary(s.match[1]!.toLowerCase())) name(s.start, s.end);
  for (const s of /(?:by|BY|tech|TECH|per|PER)[ \t]+\p{Lu}/u.test(text) ? spans(INITIALS_AFTER_AGENT_RE, text) : []) {
    const k = s.match[0].replace(/\./g, "").toLowerCase();
    // Dotted initials are a person's ("T.R."); undotted ones only two letters no abbreviation has ("by IHC", "per APS").
    const dotted = /\p{Lu}\.\p{Lu}/u.test(s.match[0]);
    if (!NOT_INITIALS.has(k) && (dotted || (k.length === 2 && !d.abbreviations.has(k) && !d.clinical.has(k)))) name(s.start, s.end);
  }
  for (const s of /\((?:self|SELF|patient|pt)\),/.test(text) ? spans(AGE_AFTER_SELF_RE, text) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 9 });
  for (const s of /Will|WILL/.test(text) ? spans(WILL_NAMED_RE, text) : []) {
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(s.end))?.[1]?.toLowerCase() ?? "";
    // "Will need", "Will be seeing", "Will continue monitoring": the modal's verb may end in "-ed" or "-ing" only as a participle after "be".
    const stem = next.replace(/(?:ed|ing)$/, "");
    const past = stem !== next && stem.length >= 2 && (d.common.has(stem) || d.common.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && d.common.has(stem.slice(0, -1))));
    if ((past || !/(?:ed|ing)$/.test(next)) && !/^(?:need|needing|feed|feeding|speed|bleed|bleeding|heed|seed|proceed|proceeding|succeed|exceed|be|being|bring|bringing|continue|continuing|follow|following|reassess|recheck|rechecked)$/.test(next)) name(s.start, s.end);
  }
  for (const s of /(?:-|—|–|\/\/)[^\n]{1,24}(?:RN|RRT|RD|PT|OT|SLP|NP|PA|MD|SW|MSW|CM|PCT|CNA|RT|SN|LPN)[ \t\d\-xX.]*$/im.test(text) ? spans(SIGN_OFF_WITH_ROLE_RE, text) : []) {
    const word = s.match[0].replace(/^(?:\p{L}\.[ \t]?)/u, "").split(/[ \t]/)[0]!.toLowerCase();
    const initialled = /^\p{L}\.|[ \t]\p{L}\.?$/u.test(s.match[0]);
    // Two or three letters are the writer's initials; a longer word must be a name the lists hold or no English word.
    const named = initialled || WORD_NICKNAMES.has(word) || (word.length <= 3 && !d.common.has(word) && !/^(?:ok|ve|nad|prn|per|see|and|the|am|pm)$/.test(word)) || d.firstNames.has(word) || d.lastNames.has(word) || !d.common.has(word);
    if (named && (!vocabulary(word) || word.length <= 3)) name(s.start, s.end);
  }
  for (const s of /\p{Lu}\.[ \t]*,?[ \t]*(?:RN|RRT|RD|RT|NP|PA|MD|SW|CM|rn|rrt|rd|rt|np)/u.test(text) ? spans(NAME_INITIAL_ROLE_RE, text) : []) {
    const k = s.match[0].split(/[ \t]/)[0]!.toLowerCase();
    if (d.firstNames.has(k) || d.lastNames.has(k) || WORD_NICKNAMES.has(k)) name(s.start, s.end);
  }
  for (const s of /(?:parents|grandparents|sons|daughters|dtrs|sisters|brothers|kids|children|grandkids|cousins)[ \t]+\p{L}+[ \t]*(?:&|\+|and)/iu.test(text) ? spans(PAIR_AFTER_RELATIVES_RE, text) : []) {
    const pair = [s.match[1]!, s.match[2]!];
    const person = (w: string) => !vocabulary(w.toLowerCase()) && !RELATIONS.has(w.toLowerCase()) && (d.firstNames.has(w.toLowerCase()) || WORD_NICKNAMES.has(w.toLowerCase()) || !d.common.has(w.toLowerCase()));
    if (pair.every(person)) {
      const [a, b] = [s.match.indices![1]!, s.match.indices![2]!];
      name(a[0], a[1]);
      name(b[0], b[1]);
    }
  }
  for (const s of /(?:rt|rn|rrt|pt|ot|sw|cm|slp|rd)[ \t]+\p{L}{2,3}[ \t]*$/imu.test(text) ? spans(ROLE_FIRST_SIGN_OFF_RE, text) : []) if (!vocabulary(s.match[0].toLowerCase()) && !d.common.has(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of /[ \t](?:rn|rrt|np|pa|cna|pct)(?![\p{L}])/iu.test(text) ? spans(NAME_BEFORE_ROLE_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (!vocabulary(k) && !RELATIONS.has(k) && (!k.includes("-") || d.firstNames.has(k)) && !/^(?:the|a|an|your|his|her|their|pt's|pts|pt|patient's|night|day|charge|float|primary|oncoming|covering|floor|unit|icu|triage|staff|resource|bedside|another|other|same|new|on-call|agency|travel|traveler|student|preceptor|admitting|receiving|sending)$/.test(k) && (d.firstNames.has(k) || WORD_NICKNAMES.has(k) || !d.common.has(k))) name(s.start, s.end);
  }
  for (const s of /DOB|D\.O\.B|born/.test(text) ? spans(NAME_BEFORE_DOB_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).map((w) => w.toLowerCase().replace(/\.$/, ""));
    if (!words.some((k) => vocabulary(k) && !d.firstNames.has(k) && !d.lastNames.has(k))) name(s.start, s.end);
  }
};
