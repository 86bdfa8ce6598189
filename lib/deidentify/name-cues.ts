// Names found by cues that decision 111's batches showed (i2b2-style notes and chat-like messages):
// relatives listed after a plural relation ("Two sons, Mark and Tommy", "family (Greta, Lars)"), a
// first name in a lower-case note before where the person is from or what they did ("fyi jess from
// st vincents called"), and the writer's initials closing a note on a line of their own.
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, GENERIC_PLACE_WORDS, GENERIC_WARD, RELATIONS } from "./name-context";
import { isCommonWord, isPersonCue, isTitle, looksMedical } from "./tokens";
import { MSG, spans, type Detector } from "./types";

// A plural relation, then a list of given names: "Two sons, Mark and Tommy", "daughters (Ann,
// Sue)", "family (carla)", "children: Ben, Amy and Joe".
// Or a list of two or more with no mark before it: "sons Erik and Anders", "SONS SEAMUS AND COLM".
const GIVEN = "(?:\\p{L}[\\p{Ll}'’\\-]+|\\p{Lu}{2,}[\\p{Lu}'’\\-]*)";
const RELATIVES_LIST_RE = new RegExp(
  `(?<![\\p{L}])(?:dtrs|DTRS|sons|daughters|brothers|sisters|children|kids|friends|Friends|FRIENDS|coworkers|roommates|grandchildren|grandsons|granddaughters|grandkids|siblings|nieces|nephews|family|parents|Sons|Daughters|Children|Family|Siblings|SONS|DAUGHTERS|BROTHERS|SISTERS|CHILDREN|GRANDCHILDREN)(?:[ \\t]*[,:(][ \\t]*(${GIVEN}(?:[ \\t]*(?:,|&|and|AND)[ \\t]*${GIVEN}){0,4})|[ \\t]+(${GIVEN}(?:[ \\t]*(?:,|&|and|AND)[ \\t]*${GIVEN}){1,4}))(?=[ \\t]*(?:[,.;:)]|$)|[ \\t]+(?:both|who|are|live|were|all|at|ok|aware|present|visiting|visited|called|BOTH|WHO|ARE|LIVE|ALL|AT|AWARE|PRESENT|VISITING|CALLED)(?![\\p{L}]))`,
  "dgmu",
);
// A cue before a first name in a lower-case note: "fyi jess", "thx amir", "ask priya".
const LOWER_NAME_CUE_RE = /(?<![\p{L}])(?:fyi|thx|thanks|ty|ask|tell|ping|cc|w\/|spoke to|spoke with|spoke w\/|d\/w|per)[ \t]+(\p{Ll}{3,})(?![\p{L}])/dgu;
// Or what follows it: "jess from st vincents", "amir called", "priya says".
const LOWER_NAME_VERB_RE = /(?<![\p{L}\/])(\p{Ll}{3,})(?=[ \t]+(?:from[ \t]+(?:st|the|\p{Ll}+[ \t]+(?:hospital|rehab|snf|vna|hospice|clinic|pharmacy))|called|rang|texted|emailed|messaged|says|said|asked|mentioned|wants|thinks)(?![\p{L}]))/dgu;
// Mid-sentence, a capitalised word before what only a person does with a memory or an opinion:
// "— Raj might remember", "and Ana agrees" (the word lists hold "Raj" as an ordinary word).
const BEFORE_MEMORY_RE = /(?<=[\p{Ll},—–\-][ \t]+)(\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:(?:might|may|will|would|should|could|can|did|does|probably)[ \t]+)?(?:remember|remembers|recall|recalls|agrees|mentioned)(?![\p{L}]))/dgu;
const NOT_A_REMEMBERER = new Set("patient everyone everybody someone somebody anyone nobody nurse nursing staff team radiology pathology surgery medicine cardiology".split(" "));
// The writer's initials alone on the note's last line, after a sentence: "...at work.\nYKU".
const CLOSING_INITIALS_RE = /(?<=[.!)][ \t]*\r?\n[ \t]*)([A-Z]{2,4})(?=[ \t]*$)/dgu;

// Decision 122. A sentence about someone by name and age: "Sterling is a 9 yo in 3rd grade",
// "Summer is a 4-year-old girl" (a word the lists hold as ordinary English; "Baby is a 3-day-old").
const NAME_WITH_AGE_RE = /(?<=(?:^|[.!?][ \t]+|\n[ \t]*))(\p{Lu}\p{Ll}+)(?=[ \t]+is[ \t]+an?[ \t]+\d{1,3}[ \t\-]*(?:yo|y\/o|y\.o\.|(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[ \t\-]+old)(?![\p{L}]))/dgu;
const NOT_NAMED_BY_AGE = new Set("he she they this that patient pt client baby infant child boy girl man woman mother father mom dad husband wife son daughter twin resident caller it who".split(" "));

// Decision 123, from radiology reports and case discussions:
// - a surname in capitals before a given name, as banners and PACS write them ("RAINBIRD, Summer",
//   "NAKASHIMA,ROSE", "FITZGERALD-NAPANANGKA, Shay");
// (a run of capitals reaches the rules recased, so a comma with no space marks the form too: "Nakashima,Rose");
const SURNAME_FIRST_RE = /(?<![\p{L}\-'’,])(?:(\p{Lu}{3,}(?:[\-'’]\p{Lu}{2,})?)[ \t]*,[ \t]*(\p{Lu}\p{Ll}+|\p{Lu}{3,})|(\p{Lu}[\p{Ll}'’\-]+),(\p{Lu}[\p{Ll}'’\-]+))(?![\p{L}]|,\S)/dgu;
// Headings and field words these comma patterns would otherwise read as names ("FINDINGS, Normal").
const NOT_A_SURNAME = new Set("note notes findings finding impression history technique comparison plan assessment report conclusion indication indications procedure exam examination addendum summary result results comment comments opinion recommendation recommendations diagnosis and or the of with male female man woman boy girl age aged weight height pulse rate score total room bed ward bay page grade level stage class type group year years number no normal abnormal left right yes".split(" "));
// - an age over 89 after a name and a comma ("Mr Horace Pennywhistle, 90.", "Ada Lovell, 94,");
const AGE_AFTER_NAME_RE = /(?<=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?|(\p{Lu}\p{Ll}+))[ \t]+\p{Lu}[\p{Ll}'’\-]+[ \t]*,[ \t]*)(?:9\d|1[01]\d)(?=[ \t]*(?:[.;)]|,[ \t]+\D|$))/dgmu;
// - someone spoken to ("Winter, can you bring the slides?"), a signature after a dash ("- Bev"),
//   an author before "et al." ("S. Lloyd-Price et al."), and a child with an age ("Lily, 9, from").
// Decision 141: also after a message's sender ("UCHealth: Maria, we have an earlier opening"), and before words
// spoken to the reader, where the name must be a listed first name ("Nocturnist, thank you" is no one's name).
const VOCATIVE_RE = /(?<=(?:^|[.!?][ \t]+|\n[ \t]*)(?:[^:\n]{2,40}:[ \t]{1,3})?)(\p{Lu}\p{Ll}+)(?=,[ \t]+(?:can|could|would|will|are|did|do|have|please|pls|(your|you|you['’]re|we|we['’]re|this is|thank|thanks|just|reminder|our|it['’]s|it is|I|I['’]m))(?![\p{L}]))/dgmu;
const NOT_SPOKEN_TO = new Set("yes no thanks also however please sorry ok okay hi hello guys team everyone all folks sir madam doctor nurse overall so well now then first second third finally again otherwise alternatively additionally actually basically today tomorrow tonight radiology surgery".split(" "));
const DASH_SIGNATURE_RE = /(?<=[.!?)][ \t]*(?:\n[ \t]*)?)[-–—~][ \t]*(\p{Lu}\p{Ll}{1,}|\p{Lu}{4,})(?=[ \t]*$|,[ \t]*[\p{L} \t]{0,24}$)/dgmu;
// Decision 130: the signature under a valediction ("Kind regards,\nFionnuala McBride, Consultant"), and
// initials after thanks closing a message ("Thx, RB").
const VALEDICTION_NAME_RE = /(?<=(?:regards|Regards|REGARDS|sincerely|Sincerely|faithfully|Faithfully|wishes|Wishes|Thanks|thanks|Cheers|cheers|Best|Warmly|warmly)[,.!]?[ \t]*\r?\n[ \t]*)((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{L}'’\-]+){0,2})(?=[ \t]*(?:,|$|\n|\())/dgmu;
const THANKS_INITIALS_RE = /(?<=(?:^|[^\p{L}])(?:thx|Thx|THX|thanks|Thanks|cheers|Cheers|ta|Ta|ty|TY)[,!.]?[ \t]+)[A-Z]{2,3}(?=[ \t]*(?:$|\n))/dgmu;
// Decision 131: a name in quotes after "for", "as" or a relation ("yelling for 'mickey'", "gives name
// as 'Jay'", "friend 'Red' (617-555-0161)"), and a given name before a bracket that says whose
// relative it is ("Amadou (pt's son) called").
const QUOTED_NAME_RE = /(?<=(?:^|[^\p{L}])(?:for|as|named|called|calls|friend|nickname|aka|FOR|AS|NAMED|CALLED|FRIEND)[ \t]+)['‘"“](\p{L}[\p{L}'’\-]*)['’"”](?![\p{L}])/dgu;
const NAME_BEFORE_RELATION_BRACKET_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=[ \t]*\((?:(?:pt['’]s|patient['’]s|her|his|the)?[ \t]*(?:son|daughter|wife|husband|mother|father|brother|sister|niece|nephew|grandson|granddaughter|friend|partner|neighbou?r|boyfriend|girlfriend|cousin|aunt|uncle)|(?:rm|room|bed|bay|Rm|Room|Bed|Bay)[ \t]*\d{1,3}[A-Z]?)\))/dgu;
// Decision 131: a lower-case name before a role in brackets ("sheila (sw)", "brook (rn) to d.
// achterberg (rn)"), after "mr and mrs" ("parents mr and mrs dunbar") or a cleric ("rabbi feldblum"),
// and initials closing a note, alone or before a role ("... will be home after 3pm. lk", "--kp PT").
const LOWER_NAME_BEFORE_ROLE_RE = /(?<![\p{L}.])((?:\p{Ll}\.[ \t]?)?\p{Ll}{3,})(?=[ \t]*\((?:sw|rn|np|pa|md|pt|ot|slp|rt|cm|rd|lpn|cna|msw|licsw|chaplain|interpreter|SW|RN|NP|PA|MD|PT|OT|SLP|RT|CM|RD)\))/dgu;
const MR_AND_MRS_RE = /(?<=(?<![\p{L}])(?:mr|Mr|MR)\.?[ \t]+(?:and|&|AND)[ \t]+(?:mrs|Mrs|MRS)\.?[ \t]+)(\p{L}[\p{L}'’\-]+)(?![\p{L}])/dgu;
const LOWER_CLERGY_RE = /(?<=(?<![\p{L}])(?:rabbi|imam|pastor|rev|reverend|father|fr|chaplain|deacon)\.?[ \t]+)(\p{Ll}{3,})(?![\p{L}])/dgu;
const LOWER_INITIALS_BEFORE_ROLE_RE = /(?<=[.;,][ \t]+)[a-z]{2,3}(?=[ \t]+(?:np|rn|md|pa|pa-c)[ \t]*[,.;]?[ \t]*(?:\d|$))/dgmu;
// Decision 134: people listed after a meeting's "Present:" or "Attendees:" label, one item per comma
// ("ATTENDEES: K. Nakashima (chair), T. Osei-Bonsu, R. Hunter"), in any case.
const ATTENDEES_LINE_RE = /(?<![\p{L}])(?:present|attendees|attendance|in attendance|absent|apologies|participants|PRESENT|ATTENDEES|ABSENT|Present|Attendees|Absent|Apologies|Participants)[ \t]*[:\-–][ \t]*([^\n]+)/dgu;
const ATTENDEE_RE = /^[ \t]*(?:(?:dr|Dr|DR)\.?[ \t]+)?((?:\p{L}\.[ \t]?)?\p{L}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]+)?)[ \t]*(?:\([^)]{0,30}\))?[ \t]*\.?[ \t]*$/u;
// Initials of a research subject or a minor: after "Initials", in brackets with full stops or after
// "enrolled", and before ", a minor" ("Initials MRT", "(A.K.)", "enrolled (LM, RT)", "D.R.W., a minor").
const SUBJECT_INITIALS_RE = /(?<=(?<![\p{L}])(?:Initials|INITIALS|initials|Init\.?)[ \t]*:?[ \t]*)[A-Z]{2,3}(?![\p{L}])|(?<=\()(?:\p{Lu}\.){2,3}(?=\))|(?:\p{Lu}\.){2,3}(?=,?[ \t]+a[ \t]+minor)|(?<=(?:enrolled|screened|consented|randomi[sz]ed)[ \t]*\((?:[A-Z]{2,3},[ \t]*)*)[A-Z]{2,3}(?=[ \t]*[,)])/dgu;
const NOT_DOTTED_INITIALS = new Set("U.S. U.K. E.U. N.B. P.S. A.M. P.M. I.V. P.O. Q.D. B.I.D. T.I.D. Q.I.D. U.N. D.C.".split(" "));
// A given name opening a message before where the caller is from ("Jolene from Boise Family Medicine, pls call").
const CALLER_FROM_RE = /(?<=(?:^|[.:;!?][ \t]+|\n[ \t]*|VM:[ \t]+))(\p{Lu}\p{Ll}+)(?=[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu})/dgmu;
const DASH_SIGN_OFF_RE = /(?<=[.!?);][ \t]*(?:\n[ \t]*)?)(?:-{1,2}|\/\/)[ \t]?([a-z]{2,})(?:[ \t]+[a-z](?=\s*$))?(?=(?:[ \t]*,?[ \t]+(?:rn|rrt|np|pct|sw|rt|cm|ot|pt|slp|rd|md|lcsw|licsw)){0,2}\s*$)/dgu;
const LAST_LINE_SIGNATURE_RE = /(?<=\n[ \t]*|[.!?)][ \t]+)(?:(?:\p{L}\.[ \t]?){2,3}|(?<=\n[ \t]*)\p{L}\p{L}{1,})(?=[ \t]*(?:,?[ \t]*(?:RN|RD|MS RD|CM|RN CM|LICSW|PT|OT|SW|rn|rd|cm|licsw|pt|ot|sw))?[ \t]*$)/dgu;
const CLOSING_SIGNATURE_RE = /(?<=[.!?)][ \t]{0,8}(?:\n[ \t]{0,8})?)(?:-{1,2}|—|\/\/)?[ \t]{0,8}([A-Za-z]{2,3})(?=(?:[ \t]+(?:PT|RN|OT|SW|SLP|RT|RD|CM|MSW|LICSW|NP))?\s*$)/dgu;
const ET_AL_RE = /(?<![\p{L}])(?:\p{Lu}\.[ \t]*){1,2}\p{Lu}[\p{L}'’\-]+(?=,?[ \t]+et[ \t]+al)/dgu;
const CHILD_WITH_AGE_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=,[ \t]*\d{1,2},[ \t]*(?:from|of|who|with|was|is|presented|a|an)(?![\p{L}]))/dgu;

// Decision 124, from ICU team notes: a baby by name ("Baby Hazel", "Baby Girl Okonkwo"), a colleague
// after a role ("RT supervisor Clement", "liaison Greer") or after "d/w" ("d/w Sully at Seacoast").
const BABY_NAME_RE = /(?<![\p{L}])(?:Baby|BABY)[ \t]+(?:(?:Boy|Girl|BOY|GIRL)[ \t]+)?(\p{Lu}[\p{L}'’\-]+)(?![\p{L}])/dgu;
const ROLE_BEFORE_NAME_RE = /(?<=(?:sonographer|Sonographer|technologist|Technologist|radiographer|Radiographer|NNP|nnp|[Pp]harmacist|PHARMACIST|[Ss]ponsor|SPONSOR|INTERPRETER|Interpreter|CHAPLAIN|Chaplain|supervisor|liaison|coordinator|manager|mgr|worker|chaplain|interpreter|sitter|therapist|educator|ODP|odp|scrub|Scrub|SCRUB|porter|Porter|HCA|CNA|PCA|RRT|hygienist|Hygienist|coach|Coach|handler|Handler|physio|Physio|DN|HV|aide|Aide|tech|Tech|technician|Technician)[ \t]+)((?:\p{Lu}\.[ \t]?)?\p{Lu}\p{Ll}+|[A-Z]{2,3}(?=[ \t]*[,.;)]))(?![\p{L}])/dgu;
// Decision 128: a given name before a nurse's credential after a hand-over's verb, in any case: "report
// to teddy rn", "REPORT GIVEN TO SHEILA RN" (read in lower case: capitals.ts).
const GIVEN_BEFORE_CREDENTIAL_RE = /(?<=(?:^|[^\p{L}])(?:to|by|from|with|w\/|per|and|TO|BY|FROM|WITH|W\/|PER|AND)[ \t]+)(\p{Ll}{2,})(?=[ \t]+(?:rn|RN|lpn|LPN|np|NP)(?![\p{L}]))/dgu;
const DISCUSSED_WITH_RE = /(?<=(?:^|[^\p{L}])(?:d\/w|D\/W|spoke w\/|spoke with|spoke to)[ \t]+)(\p{Lu}\p{Ll}+)(?![\p{L}])/dgu;
// Decision 126: a contact's name before the relation ("1) Bill Sparrow, husband, 0412 555 078").
const NAME_BEFORE_RELATION_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}[\p{Ll}'’\-]+)(?=[ \t]*,[ \t]*(?:husband|wife|son|daughter|mother|father|brother|sister|partner|niece|nephew|grandson|granddaughter|friend|neighbou?r|carer|caregiver|guardian|spouse)(?![\p{L}]))/dgu;
const NOT_A_BABY_NAME = new Set("boy girl a b c twin twins boys girls doe unnamed".split(" "));

// After "patient", "Mr" or "named", lower-case words in no English list before a verb or a comma
// are the person's name even when the lists lack them: "The patient li na was seen".
const LOWER_AFTER_PERSON_CUE_RE = /\b(?:[Pp]atient|[Pp]t|[Cc]lient|[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Nn]amed|[Nn]ame[ \t]+is)\.?[ \t]+(\p{Ll}{2,}(?:[ \t]+\p{Ll}{2,}){1,2})(?=[ \t]*(?:,|\(|$|\.)|[ \t]+(?:was|is|has|had|called|presented|reported|came|arrived|died|denies|complains|says|said)(?![\p{L}]))/dgmu;

// Decision 118. Dictation names its subject after what is dictated ("dictating a clinic letter on
// margaret quinlan date of birth ...") and its typist after "typed by" ("typed by jw").
const DICTATION_SUBJECT_RE = /(?<![\p{L}])(?:dictating|dictated|dictation|letter|report|summary|referral)(?:[ \t]+(?:a|an|the|this|clinic|discharge|outpatient|referral|letter|summary|report)){0,3}[ \t]+(?:on|regarding|re|about|concerning)[ \t]+(?:(?:mr|mrs|ms|mister|missus|master)[ \t]+)?(\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}'’\-]+){0,2})/dgu;
const LOWER_TYPED_BY_RE = /(?<![\p{L}])(?:typed|transcribed|dictated|signed|checked|verified)[ \t]+by[ \t]+(?:(?:dr|mr|mrs|ms|doctor|mister)\.?[ \t]+)?(\p{Ll}[\p{Ll}'’\-]+)(?![\p{L}])/dgu;
// A name opening a line or a sentence before an identity number's label: "Tan Ah Kow, NRIC
// S2471190H", "Sun Mei (DOB 3/4/1931)", a banner's "Park, Joy  MRN M0088412-3". Found from the label backwards.
const ID_LABEL_RE = /(?:[,(][ \t]*|(?<![ \t])[ \t]{2,})(?:NRIC|FIN|HKID|NHI|MRN|NHS[ \t]*(?:[Nn]o|[Nn]umber)|DOB|D\.O\.B|UR|PPSN|CHI|UHID|IC[ \t]*[Nn]o)(?![\p{L}])/dgu;
const NAME_BEFORE_ID_LABEL_RE = /(?:^|[\n.;|])[ \t]*((?:\p{Lu}[\p{L}'’\-]*,?[ \t]+){1,3}\p{Lu}[\p{L}'’\-]*)[ \t]*$/u;
const HEADING_WORDS = new Set("patient patients details information info demographics data particulars identity identification record records number name names card summary address contact referral letter discharge admission lab results label sticker client resident subject".split(" "));

export const detectNameCues: Detector = (text, add) => {
  const d = dictionaries();
  const name = (start: number, end: number) => add({ kind: "name", start, end, message: MSG.name, priority: 9 });
  const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || d.eponyms.has(w) || GENERIC_PLACE_WORDS.has(w) || CALENDAR_WORDS.has(w) || RELATIONS.has(w) || isTitle(w) || isPersonCue(w) || looksMedical(w);
  if (/dtrs|DTRS|sons|daughters|brothers|sisters|children|kids|friends|Friends|FRIENDS|coworkers|roommates|grand|siblings|nieces|nephews|family|parents|Sons|Daughters|Children|Family|Siblings/.test(text)) {
    for (const m of text.matchAll(RELATIVES_LIST_RE)) {
      const list = m[1] ?? m[2]!;
      const at = m.indices![m[1] ? 1 : 2]![0];
      const words = [...list.matchAll(/\p{L}[\p{L}'’\-]*/gu)].filter((w) => !/^(?:and|AND)$/.test(w[0]));
      // Every word must be a given name or a word in no list: "family (both local)" names nobody.
      const keys = words.map((w) => w[0].toLowerCase());
      // A hyphenated word is a description ("Spanish-speaking"), not a given name, unless each part is one ("Tracy-Ann").
      if (keys.some((k) => vocabulary(k) || (k.includes("-") && !k.split("-").every((p) => d.firstNames.has(p))) || (!d.firstNames.has(k) && isCommonWord(k)))) continue;
      for (const w of words) name(at + w.index!, at + w.index! + w[0].length);
    }
  }
  // Lower-case notes only: in a sentence with capitals a lower-case word is no name.
  if (!/\p{Lu}\p{Ll}/u.test(text.slice(0, 400))) {
    for (const re of [LOWER_NAME_CUE_RE, LOWER_NAME_VERB_RE]) {
      for (const s of spans(re, text, 1)) {
        const w = s.match[1]!;
        if (d.firstNames.has(w) && !isCommonWord(w) && !vocabulary(w) && !d.places.has(w)) name(s.start, s.end);
      }
    }
  }
  for (const s of /atient|[Pp]t[ \t]|lient|[Mm]r|[Mm]s|[Mm]iss|amed|ame[ \t]+is/.test(text) ? spans(LOWER_AFTER_PERSON_CUE_RE, text, 1) : []) {
    if (/\p{L}/u.test(text[s.match.index - 1] ?? "")) continue;
    const words = s.match[1]!.split(/[ \t]+/);
    if (words.some((w) => isCommonWord(w) || d.common.has(w) || d.clinical.has(w) || RELATIONS.has(w) || CALENDAR_WORDS.has(w) || looksMedical(w)) || words.filter((w) => d.abbreviations.has(w)).length > 1) continue;
    name(s.start, s.end);
  }
  // A lower-case word is a name here when it is a listed given name or in no list at all.
  const nameWord = (w: string) => (d.firstNames.has(w) && !vocabulary(w)) || (!isCommonWord(w) && !d.common.has(w) && !vocabulary(w) && !d.places.has(w));
  for (const s of /dictat|letter|report|summary|referral/.test(text) ? spans(DICTATION_SUBJECT_RE, text, 1) : []) {
    const words = s.match[1]!.split(/[ \t]+/);
    let n = 0;
    while (n < words.length && nameWord(words[n]!)) n++;
    if (n > 0) name(s.start, s.start + words.slice(0, n).join(" ").length);
  }
  for (const s of /(?:typed|transcribed|dictated|signed|checked|verified)[ \t]+by[ \t]+\p{Ll}/u.test(text) ? spans(LOWER_TYPED_BY_RE, text, 1) : []) {
    const w = s.match[1]!;
    // Initials ("typed by jw") or a given name; not "signed by me", "checked by rn".
    if ((w.length <= 3 && !d.common.has(w) && !vocabulary(w)) || (w.length > 3 && nameWord(w))) name(s.start, s.end);
  }
  for (const l of /[,( \t](?:NRIC|FIN|HKID|NHI|MRN|NHS|DOB|D\.O\.B|UR|PPSN|CHI|UHID|IC)/.test(text) ? spans(ID_LABEL_RE, text) : []) {
    const from = Math.max(0, l.start - 60);
    const m = NAME_BEFORE_ID_LABEL_RE.exec(text.slice(from, l.start));
    // The window's own start is a line's start only at the text's start.
    if (!m || (m.index === 0 && from > 0 && !/[\n.;|]/.test(m[0][0]!))) continue;
    // An abbreviation counts only in capitals: "Ng Wei Ming" is a name, "NG tube" is not.
    const words = m[1]!.split(/[ \t]+/);
    if (words.some((w) => HEADING_WORDS.has(w.toLowerCase()) || (vocabulary(w.toLowerCase()) && (w === w.toUpperCase() || !d.abbreviations.has(w.toLowerCase()) || d.clinical.has(w.toLowerCase()))))) continue;
    const start = from + m.index + m[0].indexOf(m[1]!);
    name(start, start + m[1]!.length);
  }
  const personal = (w: string) => !vocabulary(w) && !HEADING_WORDS.has(w);
  // Words a cue has put where a person stands: no kind of place, time, role or clinical word (a listed
  // name may be an eponym too: "Hunter"), and one of them a listed name or a word in no list; after an
  // initial any surname ("F. Church").
  // An intensive care unit's letters are no surname ("son, MICU attending, bedside RN"), whatever a list holds.
  const UNIT_LETTERS = /^(?:micu|sicu|ccu|csru|nicu|picu|cvicu|tsicu|ticu|icu|pacu|ed|er|or)$/;
  const ROLE_LETTERS = /^(?:rn|sw|md|np|pa|cm|ot|pt|rt|rrt|lpn|pct|slp|msw|licsw|lcsw)$/;
  const listedPerson = (words: string[], initial: boolean) =>
    words.length > 0 && words.every((w) => !GENERIC_PLACE_WORDS.has(w) && !GENERIC_WARD.has(w) && !CALENDAR_WORDS.has(w) && !RELATIONS.has(w) && !isTitle(w) && !isPersonCue(w) && !HEADING_WORDS.has(w) && !NOT_A_SURNAME.has(w) && !(words.length === 1 && d.clinical.has(w) && !d.firstNames.has(w) && !d.lastNames.has(w)) && !(d.abbreviations.has(w) && !ROLE_LETTERS.test(w) && !d.firstNames.has(w) && !d.lastNames.has(w)) && !UNIT_LETTERS.test(w)) &&
    !words.every((w) => d.clinical.has(w) && !d.firstNames.has(w) && !d.lastNames.has(w)) &&
    (initial || words.some((w) => d.firstNames.has(w) || d.lastNames.has(w) || !isCommonWord(w)));
  for (const s of /\p{Lu}{3}[ \t]*,|\p{Ll},\p{Lu}/u.test(text) ? spans(SURNAME_FIRST_RE, text) : []) {
    const [surname, given] = [(s.match[1] ?? s.match[3]!).toLowerCase(), (s.match[2] ?? s.match[4]!).toLowerCase()];
    // The shape is the cue, so the lists only rule out headings and clinical words ("CHEST, Abdomen").
    // Both in capitals with a space after the comma, it may be a list of abbreviations ("PERRL, EOMI"):
    // the given name must then be a listed one.
    const listLike = s.match[1] !== undefined && /^\p{Lu}+$/u.test(s.match[2]!) && /,[ \t]/.test(s.match[0]);
    if (listLike && (!d.firstNames.has(given) || !/[AEIOUY]/.test(s.match[1]!))) continue;
    if (personal(surname) && personal(given) && !NOT_A_SURNAME.has(surname) && !NOT_A_SURNAME.has(given)) name(s.start, s.end);
  }
  for (const s of /, ?(?:9\d|1[01]\d)/.test(text) ? spans(AGE_AFTER_NAME_RE, text) : []) {
    // After a title, or a listed given name, and a surname: "Mr Horace Pennywhistle, 90" ("Random Glucose, 95" is a result).
    const given = s.match[1]?.toLowerCase();
    const word = /(\p{Lu}[\p{Ll}'’\-]+)[ \t]*,[ \t]*$/u.exec(text.slice(Math.max(0, s.start - 40), s.start))?.[1]?.toLowerCase() ?? "";
    if ((given === undefined || d.firstNames.has(given) || (!d.common.has(given) && personal(given))) && word && personal(word) && !NOT_A_SURNAME.has(word)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const re of [VOCATIVE_RE, DASH_SIGNATURE_RE, CHILD_WITH_AGE_RE]) {
    for (const s of spans(re, text, 1)) {
      const w = s.match[1]!.toLowerCase();
      if (personal(w) && !NOT_SPOKEN_TO.has(w) && !NOT_A_SURNAME.has(w) && !(/ly$/.test(w) && !d.firstNames.has(w)) && (re !== VOCATIVE_RE || (!d.places.has(w) && (s.match[2] === undefined || d.firstNames.has(w)))) && (re !== DASH_SIGNATURE_RE || d.firstNames.has(w) || !d.common.has(w))) name(s.start, s.end);
    }
  }
  for (const s of /et al/.test(text) ? spans(ET_AL_RE, text) : []) name(s.start, s.end);
  for (const s of /\((?:sw|rn|np|pa|md|pt|ot|slp|rt|cm|rd|lpn|cna|msw|licsw|chaplain|interpreter|SW|RN|NP|PA|MD|PT|OT|SLP|RT|CM|RD)\)/.test(text) ? spans(LOWER_NAME_BEFORE_ROLE_RE, text, 1) : []) {
    const w = s.match[1]!.replace(/^\p{Ll}\.[ \t]?/u, "");
    if ((d.firstNames.has(w) || (w !== s.match[1] && !isCommonWord(w))) && personal(w) && !GENERIC_WARD.has(w)) name(s.start, s.end);
  }
  for (const s of /(?:mr|Mr|MR)\.?[ \t]+(?:and|&|AND)[ \t]+(?:mrs|Mrs|MRS)/.test(text) ? spans(MR_AND_MRS_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if (personal(w) && (d.lastNames.has(w) || !isCommonWord(w))) name(s.start, s.end);
  }
  for (const s of /rabbi|imam|pastor|rev|father|fr\.?[ \t]|chaplain|deacon/.test(text) ? spans(LOWER_CLERGY_RE, text, 1) : []) {
    const w = s.match[1]!;
    if (personal(w) && !isCommonWord(w) && !d.abbreviations.has(w)) name(s.start, s.end);
  }
  for (const s of /[a-z]{2,3}[ \t]+(?:np|rn|md|pa)/.test(text) ? spans(LOWER_INITIALS_BEFORE_ROLE_RE, text) : []) if (!d.common.has(s.match[0]) && !d.abbreviations.has(s.match[0])) name(s.start, s.end);
  for (const line of /resent|ttendee|ttendance|bsent|pologies|articipants|RESENT|TTENDEES|BSENT/.test(text) ? spans(ATTENDEES_LINE_RE, text, 1) : []) {
    let at = line.start;
    for (const item of line.match[1]!.split(/[,;]/)) {
      const m = ATTENDEE_RE.exec(item);
      const words = m ? m[1]!.split(/[ \t.]+/).filter((w) => w.length > 1).map((w) => w.toLowerCase()) : [];
      if (m && listedPerson(words, /^\p{L}\./u.test(m[1]!))) name(at + m.index + m[0].indexOf(m[1]!), at + m.index + m[0].indexOf(m[1]!) + m[1]!.length);
      at += item.length + 1;
    }
  }
  for (const s of /nitials|INITIALS|Init|\(\p{Lu}\.|\p{Lu}\.,?[ \t]+a[ \t]+minor|enrolled|screened|consented|randomi/u.test(text) ? spans(SUBJECT_INITIALS_RE, text) : []) if (!NOT_DOTTED_INITIALS.has(s.match[0]) && !d.abbreviations.has(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of /[ \t]from[ \t]+\p{Lu}/u.test(text) ? spans(CALLER_FROM_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if ((d.firstNames.has(w) || !isCommonWord(w)) && personal(w) && !d.places.has(w)) name(s.start, s.end);
  }
  // Decision 135: after a dash (or "--", "//") closing the note, the writer's sign-off in lower case, initials or a
  // given name: "-cg", "-mo", "-dk rrt", "-pat w", "-barb" (name-rules.ts's LOWER_SIGNOFF_RE reads
  // such initials at the end of any line, but only when they are no word).
  for (const s of /(?:-|\/\/)[ \t]?[a-z]{2,}(?:[ \t]*,?[ \t]+[a-z]{1,5}){0,2}\s*$/.test(text) ? spans(DASH_SIGN_OFF_RE, text, 1) : []) {
    const w = s.match[1]!;
    const initials = w.length <= 3 && !/^(?:ve|ish|ok|rn|rrt|np|nnp|pct|sw|rt|md|ot|pt|slp|cna|lpn|msw)$/.test(w);
    if (initials || d.firstNames.has(w)) name(s.start, s.end);
  }
  // Decision 138: the writer's initials or first name alone on the note's last line ("...aware.\nA.M.",
  // "\nTess", "\nPK"): on a line of their own, letters that are also an abbreviation sign the note.
  for (const s of /\n[ \t]*(?:\p{L}\.?){2,3}[ \t]{0,3}(?:(?:[A-Z]{2,4}|rn|np|rrt|sw|cm)[ \t]{0,3})?$|\n[ \t]*\p{L}[\p{Ll}]{2,}(?:[ \t]{0,3},?[ \t]{0,3}(?:rn|RN))?[ \t]{0,3}$|\p{L}\.\p{L}\.[ \t]*$/u.test(text) ? spans(LAST_LINE_SIGNATURE_RE, text) : []) {
    const k = s.match[0].replace(/\./g, "").toLowerCase();
    const dotted = s.match[0].includes(".");
    const ownLine = /\n[ \t]*$/.test(text.slice(0, s.start));
    if (/\d[ \t]*$/.test(text.slice(Math.max(0, s.start - 3), s.start)) || /^(?:nad|prn|ok|dnr|dni|npo|tbd|fyi|asap|ps|etc|end|done|thanks|thx)$/.test(k) || (!ownLine && /^(?:am|pm|nb)$/.test(k))) continue;
    // Undotted: two letters no ward's shorthand is, three that are no abbreviation, or a first name.
    const letters = (k.length === 2 && !/^(?:md|rn|np|pt|ot|sw|cm|rd|pa|ed|er|or|iv|po|bp|hr|rr|sq|sc|ok|no|na|nc|tf|gi|gu|id|dc|vs|ua|cx|dx|tx|hx|rx|sx|fx|us|ct|mr|ekg|cc|rt|sn|xx)$/.test(k)) || (k.length === 3 && !d.abbreviations.has(k) && !d.clinical.has(k) && !d.common.has(k));
    // Dotted dosing shorthand closes a medication list ("Coumadin 5 mg p.o. q.h.s.").
    const dosing = /^(?:qhs|qd|qod|bid|tid|qid|prn|po|pr|pc|ac|hs|sl|im|iv|sc|sq|od|os|ou|qam|qpm|qh|stat|npo|ie|eg)$/.test(k) || d.abbreviations.has(k) || d.clinical.has(k);
    // Or a word in no list on the last line before a nurse's role: "jdacunha rn" (decision 140).
    const signed = ownLine && k.length >= 4 && /^[ \t]{0,3},?[ \t]{0,3}(?:rn|RN)[ \t]{0,3}$/.test(text.slice(s.end, s.end + 16)) && !d.common.has(k) && !d.clinical.has(k) && !d.abbreviations.has(k) && !isCommonWord(k);
    const end = s.start + s.match[0].trimEnd().length;
    if ((dotted && (ownLine || !dosing) && !/^(?:am|pm|ie|eg|rn|bsn|msn|md|np)$/.test(k.trim())) || (ownLine && (letters || signed || (d.firstNames.has(k) && !d.clinical.has(k))))) name(s.start, end);
  }
  for (const s of spans(CLOSING_SIGNATURE_RE, text, 1)) {
    const w = s.match[1]!;
    // A role after a signer's initial is the role ("~Brennock, A. RN CM").
    // A role before a role is a credential's pair ("RN CM", "MS RD") (decision 143).
    if (/^(?:rn|md|np|pa|do|pt|ot|sw|cm|rt|rd|lpn|cna|rrt)$/i.test(w) && /\p{L}\.[ \t]*$/u.test(text.slice(Math.max(0, s.start - 4), s.start))) continue;
    if (/^(?:rn|ms|bsn|msn|lpn)$/i.test(w) && /^[ \t]+(?:PT|OT|SW|SLP|RT|RD|CM|MSW|LICSW|NP)[ \t]*$/.test(text.slice(s.end))) continue;
    const role = /[ \t]+(?:PT|RN|OT|SW|SLP|RT|RD|CM|MSW|LICSW|NP)[ \t]*$/.test(text.slice(s.end));
    // Two letters closing the whole note after a full sentence sign it even when they are also an
    // abbreviation ("...DR MORALES AWARE OF CR. ML", "...WORKED FOR NORFOLK SOUTHERN 30 YRS. DM").
    const signsNote = w.length === 2 && /^\s*$/.test(text.slice(s.end)) && /(?:^|[ \t])\p{L}+[ \t]+\p{L}+[ \t]+\p{L}+[^.!?\n]*[.!?)][ \t]+(?:-{1,2}|—|\/\/)?[ \t]*$/u.test(text.slice(Math.max(0, s.start - 60), s.start)) && !/^(?:ok|no|na|md|rn|np|pt|ot|sw|cm|ed|er|or|iv|po|bp|hr|rr|gi|gu|id|nc|ra|tf|hd|cp|sob|am|pm)$/i.test(w);
    if (signsNote) {
      name(s.start, s.end);
      continue;
    }
    // Closing a note, two or three letters are the writer's initials unless they are a word or an abbreviation of the ward's.
    if (role || (!d.common.has(w.toLowerCase()) && !d.abbreviations.has(w.toLowerCase()) && !d.clinical.has(w.toLowerCase()) && !/^(?:NAD|PRN|BID|TID|QID|QD|QHS|ASAP|FYI|TBD|NPO|DNR|DNI|OK|ok|pt|PT|HR|BP|RR|MD|RN|ED|ER|US|CT)$/i.test(w))) name(s.start, s.end);
  }
  for (const s of /['‘"“]/.test(text) ? spans(QUOTED_NAME_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if ((d.firstNames.has(w) || d.lastNames.has(w) || /^\p{Lu}/u.test(s.match[1]!)) && personal(w) && !d.abbreviations.has(w)) name(s.start, s.end);
  }
  for (const s of /\((?:pt|patient|her|his|the)?[^)]{0,12}(?:son|daughter|wife|husband|mother|father|brother|sister|niece|nephew|friend|partner)|\((?:rm|room|bed|bay|Rm|Room|Bed|Bay)[ \t]*\d/.test(text) ? spans(NAME_BEFORE_RELATION_BRACKET_RE, text, 1) : []) {
    if (personal(s.match[1]!.toLowerCase())) name(s.start, s.end);
  }
  for (const s of /egards|EGARDS|incerely|aithfully|ishes|hanks|heers|Best|armly/.test(text) ? spans(VALEDICTION_NAME_RE, text, 1) : []) {
    // "The Cardiology Team", "Radiology", "Ward 4 staff" sign as a service.
    const keys = s.match[1]!.split(/[ \t.]+/).filter((w) => w.length > 1).map((w) => w.toLowerCase());
    if (listedPerson(keys, false)) name(s.start, s.end);
  }
  for (const s of /hx|HX|hanks|heers|ta|Ta|ty|TY/.test(text) ? spans(THANKS_INITIALS_RE, text) : []) {
    // Closing a message after thanks, letters are the sender's, whatever else they abbreviate; not a role's ("Thanks, RN").
    if (!/^(?:OK|MD|DR|RN|NP|PA|ED|ER|ALL|GP|CNA|LPN|RT|OT|PT|SW|CM)$/.test(s.match[0])) name(s.start, s.end);
  }
  for (const s of /, ?(?:husband|wife|son|daughter|mother|father|brother|sister|partner|niece|nephew|grand|friend|neighbo|carer|caregiver|guardian|spouse)/.test(text) ? spans(NAME_BEFORE_RELATION_RE, text) : []) {
    const [given, surname] = [s.match[1]!.toLowerCase(), s.match[2]!.toLowerCase()];
    if (personal(given) && personal(surname) && !NOT_A_SURNAME.has(given) && (d.firstNames.has(given) || d.lastNames.has(surname) || !d.common.has(surname))) name(s.start, s.end);
  }
  for (const s of /Baby|BABY/.test(text) ? spans(BABY_NAME_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    // After "Baby" a short surname may spell an abbreviation ("Baby Ng"), unless written in capitals.
    if (!NOT_A_BABY_NAME.has(w) && !d.clinical.has(w) && !HEADING_WORDS.has(w) && (s.match[1] !== s.match[1]!.toUpperCase() || personal(w))) name(s.start, s.end);
  }
  for (const s of /[ \t](?:rn|RN|lpn|LPN|np|NP)(?![\p{L}])/u.test(text) ? spans(GIVEN_BEFORE_CREDENTIAL_RE, text, 1) : []) {
    const w = s.match[1]!;
    if (d.firstNames.has(w) && !d.clinical.has(w) && !d.abbreviations.has(w) && !GENERIC_WARD.has(w) && !GENERIC_PLACE_WORDS.has(w)) name(s.start, s.end);
  }
  for (const re of /onographer|echnologist|adiographer|NNP|nnp|harmacist|HARMACIST|ponsor|PONSOR|INTERPRETER|CHAPLAIN|supervisor|liaison|coordinator|manager|mgr|worker|chaplain|interpreter|sitter|therapist|educator|ODP|odp|scrub|Scrub|SCRUB|porter|Porter|HCA|CNA|PCA|RRT|ygienist|oach|andler|hysio|DN|HV|ide|ech|d\/w|D\/W|spoke/.test(text) ? [ROLE_BEFORE_NAME_RE, DISCUSSED_WITH_RE] : []) {
    for (const s of spans(re, text, 1)) {
      const w = s.match[1]!.replace(/^\p{Lu}\.[ \t]?/u, "").toLowerCase();
      if (personal(w) && !NOT_SPOKEN_TO.has(w) && !GENERIC_PLACE_WORDS.has(w) && (d.firstNames.has(w) || d.lastNames.has(w) || !d.common.has(w))) name(s.start, s.end);
    }
  }
  for (const s of / is an? \d/.test(text) ? spans(NAME_WITH_AGE_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if (!NOT_NAMED_BY_AGE.has(w) && !isTitle(w) && !d.clinical.has(w) && !d.abbreviations.has(w) && !RELATIONS.has(w)) name(s.start, s.end);
  }
  for (const s of /remember|recall|agrees|mentioned/.test(text) ? spans(BEFORE_MEMORY_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    // After a determiner it is a thing: "the Board might remember".
    if (vocabulary(w) || d.places.has(w) || NOT_A_REMEMBERER.has(w) || /(?:^|[^\p{L}])(?:the|a|an|this|that|our|their|his|her|your|its|my)[ \t]+$/iu.test(text.slice(Math.max(0, s.start - 8), s.start))) continue;
    name(s.start, s.end);
  }
  for (const s of /\n[ \t]*[A-Z]{2,4}[ \t]*$/.test(text) ? spans(CLOSING_INITIALS_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    if (!vocabulary(w) && !d.common.has(w) && !d.catalogueAbbreviations.has(s.match[1]!)) name(s.start, s.end);
  }
};
