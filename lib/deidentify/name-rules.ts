// Names found by rules rather than by the word lists (names.ts): a title before capitalised words,
// labels ("Name:", "Dictated by"), signatures, typists' initials, credentials, relatives' first
// names, and the other patterns of dictated notes that name a person.
import { dictionaries } from "./dictionaries";
import { mistypedRelativeWord } from "./word-variants";
import { NAME_WORD, NOT_WORD_AFTER, STOP_WORDS } from "./patterns";
import { isCommonWord, isPersonCue, isTitle, looksMedical } from "./tokens";
import { MSG, spans, type Detector } from "./types";
import { CALENDAR_WORDS, eponymHeadAfter, GENERIC_PLACE_WORDS, GENERIC_WARD, RELATIONS, VALVE_GRADES } from "./name-context";

// Regex rules kept beside the dictionaries: a title before any capitalised words, and labels.
const HONORIFIC_NAME_RE = new RegExp(
  "(?<![\\p{L}])(?:Mrs|Mr|Ms|Miss|Mx|Drs|Dra|Sra|Srta|Dr|Prof|Professor|MRS|MR|MS|DRS|DRA|DR|PROF)\\.?[ \\t]+" +
    `(?:\\p{Lu}\\.[ \\t]*)*(?:(?:van|von|der|den|de|la|le|du|di|da|del|della|ter|ten|bin|ibn|al|el)[ \\t]+){0,2}${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}`,
  "dgu",
);
const LABEL_WORD = `(?!${STOP_WORDS}${NOT_WORD_AFTER})\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)`;
const NAME_LABEL = "(?<![\\p{L}])(?:[Pp]atient(?:['’]s)?[ \\t]+)?(?:(?:[Ff]ull|[Ff]irst|[Ll]ast|[Gg]iven|[Ff]amily|[Mm]aiden)[ \\t]+)?(?:[Nn]ame|[Pp]arents?|PARENTS?|[Mm]other|MOTHER|[Ff]ather|FATHER|[Ss]pouse|SPOUSE|[Gg]uardian|GUARDIAN|[Nn]ext of [Kk]in|NEXT OF KIN|NOK|[Ee]mergency [Cc]ontact|EMERGENCY CONTACT|[Ss]urname|[Ff]orename|NAME|[Ss]igned|SIGNED|[Dd]ictated [Bb]y|DICTATED BY|[Aa]ttending|ATTENDING|[Aa]tt|ATT|[Cc]c|CC|[Ss]ignature|[Ww]itness|WITNESS|[Cc]haperone|CHAPERONE|(?:[Oo]rdering|ORDERING|[Rr]eferring|REFERRING|[Pp]rimary [Cc]are|PRIMARY CARE)(?:[ \\t]+(?:[Pp]hysician|PHYSICIAN|[Pp]rovider|PROVIDER|[Dd]octor|DOCTOR|MD|[Cc]linician))?|[Pp]rovider|PROVIDER|(?:[Rr]equested|[Rr]ead|[Rr]eported|[Ww]itnessed|[Tt]ranscribed|[Tt]yped|[Ee]lectronically [Ss]igned|[Pp]repared|[Cc]ompleted|[Rr]eviewed|[Aa]pproved|[Vv]erified|[Ee]ntered|[Rr]ecorded|[Ee]xamined|[Aa]uthored|[Cc]hecked|[Pp]erformed)[ \\t]+[Bb]y|(?:READ|REPORTED|REQUESTED|TRANSCRIBED)[ \\t]+BY|[Tt]echnologist|TECHNOLOGIST|[Rr]adiologist|RADIOLOGIST|PCP|[Rr]esident|RESIDENT|[Pp]hysician|PHYSICIAN|[Ss]urgeon|SURGEON|[Aa]ssistant|ASSISTANT|[Aa]nesthesia|ANESTHESIA|[Aa]nesthesiologist|[Cc]onsultant|[Ww]itness|[Ii]nterpreter|[Cc]aller|CALLER|[Ii]nformant|INFORMANT|[Cc]aregiver|CAREGIVER|[Hh]ealth [Cc]are [Pp]roxy|HCP|[Pp]roxy|PROXY)s?";
// Found from the colon backwards (a scan from every letter for a label would cost more): the
// label must close the text before the colon, the value open the text after it.
const LABEL_BEFORE_COLON_RE = new RegExp(NAME_LABEL + "[ \\t]*$", "u");
/** Whether the text before a colon ends in a label of a person ("Attending", "NOK", "Submitting physician"). */
export const personLabelBefore = (beforeColon: string): boolean => LABEL_BEFORE_COLON_RE.test(beforeColon);
const LABELLED_VALUE_RE = new RegExp(`^[ \\t]*(${LABEL_WORD}(?:[ \\t]?,?[ \\t]+${LABEL_WORD}){0,3})`, "du");
// Dictated headers put the value on the next line ("NAME :" then "SCARS , SONNY"): the whole line
// must then be the name.
const LABELLED_VALUE_NEXT_LINE_RE = new RegExp(
  "^[ \\t]*\\r?\\n[ \\t]*" +
    `(${LABEL_WORD}(?:[ \\t]?,?[ \\t]+${LABEL_WORD}){0,3})(?=[ \\t]*(?:,[ \\t]*(?:M\\.?D\\.?|R\\.?N\\.?|N\\.?P\\.?))?[ \\t]*(?:\\r?\\n|$))`,
  "du",
);

/** Each label and its value: "Attending: Lorenzo Batista", "NAME :\nSCARS , SONNY". */
function labelledNames(text: string): Array<{ start: number; end: number; label: string; value: string; nextLine: boolean }> {
  const out: Array<{ start: number; end: number; label: string; value: string; nextLine: boolean }> = [];
  for (let i = text.search(/[:=]/); i !== -1 && i < text.length; i = nextColon(text, i + 1)) {
    let from = Math.max(0, i - 48);
    // Start the window at a word's start, so a label is never the tail of a longer word.
    if (from > 0) from += Math.max(0, text.slice(from, i).search(/[^\p{L}]/u));
    const label = LABEL_BEFORE_COLON_RE.exec(text.slice(from, i));
    if (!label) continue;
    const rest = text.slice(i + 1, i + 160);
    const same = LABELLED_VALUE_RE.exec(rest);
    const next = same ? null : LABELLED_VALUE_NEXT_LINE_RE.exec(rest);
    const m = same ?? next;
    if (!m) continue;
    const start = i + 1 + m.indices![1]![0];
    out.push({ start, end: start + m[1]!.length, label: label[0], value: m[1]!, nextLine: !same });
  }
  return out;
}
function nextColon(text: string, from: number): number {
  const a = text.indexOf(":", from);
  const b = text.indexOf("=", from);
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

// Signatures: initials after a dash or slash at the end of a line ("—JS", "- J.S.", "/km").
const SIGNATURE_RE = /(?=\p{Lu})(?<=(?:^|[ \t.])(?:[-–—]{1,2}|\/)[ \t]?)(?:\p{Lu}\.?[ \t]?){2,3}(?=[ \t]*(?:,?[ \t]*(?:RN|MD|NP|PA|LPN))?(?:[ \t]*\/[ \t]*[A-Z]{2,4})?[ \t]*$)/dgmu;

// Lower-case notes: "dr. patel aware", "called dr nguyen": a title in lower case before a word that
// is no English or clinical word; dictation spells the title out and may give the whole name ("this
// is doctor fergal oshea dictating", "mister pradeep ramaswamy aged", decision 118).
const LOWER_TITLE_RE = /(?=[dmpfr])(?<![\p{L}])(?<!\d[ \t]?)(?:dr|mr|mrs|ms|miss|doctor|mister|missus|professor|prof|fr|rev|rabbi|pastor|deacon)\.?[ \t]+(\p{Ll}[\p{Ll}'’\-]+)(?:[ \t]+(\p{Ll}[\p{Ll}'’\-]+))?(?![\p{L}])/dgu;

// "RE: Yoder, Quinn": a letter's subject line in the surname-comma-given form.
const RE_LINE_NAME_RE = /(?<![\p{L}])(?:Re|RE|re)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’\-]+[ \t]*,[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}\.?(?![\p{L}]))?)/dgu;
// "Re: Bartholomew Quince, d.o.b. ...": the given-name-first form, closed by a comma or the line's end.
const RE_LINE_GIVEN_FIRST_RE = /(?<![\p{L}])(?:Re|RE)[ \t]*:[ \t]*((?:Mr|Mrs|Ms|Miss|Dr)?\.?[ \t]*\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}\.?)?(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})(?=[ \t]*(?:,|\r?\n|$|\(|DOB|D\.O\.B))/dgmu;

// Dictation footers: the transcriptionist's or technologist's initials ("TR : rq", "Tech: RB"),
// the dictator/typist line ("KJ / ab", "ESM:rq") and a lower-case sign-off ("- mk").
// Also after a column's gap or a separator, with the typist after a slash and a full stop after
// them: "16:05   Radiographer: KT", "Rep: OMF/jr", "| Rep: TNK", "Tech: DW." (decision 123).
const TYPIST_RE = /(?<=^[ \t]{0,40}|[ \t]{2}|[|;.][ \t]{0,8})(?:TR|Tr|TRANS|[Tt]ranscribed by|TRANSCRIBED BY|[Tt]yped by|[Tt]ranscriptionist|[Tt]ech(?:nologist)?|TECH(?:NOLOGIST)?|[Ss]cribe|[Rr]adiographer|RADIOGRAPHER|[Ss]onographer|SONOGRAPHER|[Rr]ep|REP|[Rr]eporter|REPORTER|[Tt]ypist|TYPIST)[ \t]*:[ \t]*(?!(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Prof)(?![A-Za-z]))([A-Za-z]{2,4}(?:[ \t]*\/[ \t]*[A-Za-z]{2,4})?)[ \t]*\.?[ \t]*$/dgmu;
// The reporter's initials closing a report in brackets, and initials after "by" in a sentence:
// "Final to follow (RVE).", "merged with local ID by KW today".
const BRACKETED_INITIALS_END_RE = /(?<=[\p{Ll}.][ \t]*)\(([A-Z]{3,4})\)(?=\.?[ \t]*$)/dgmu;
const INITIALS_AFTER_BY_RE = /(?<=[\p{Ll}\p{N}][ \t]+by[ \t]+)([A-Z]{2,3})(?=[ \t]+(?:today|yesterday|this morning|this afternoon|overnight)(?![\p{L}]))/dgmu;
// Decision 130: initials after who did something to a specimen or a dose ("collected 3 Jan by DM",
// "Compounded by LG on 02/11", "COLL 08MAR24 0612 BY TLK"), whatever else the letters abbreviate.
const INITIALS_AFTER_ACTION_BY_RE = /(?<=(?<![\p{L}])(?:handed over|HANDED OVER|Handed over|reviewed|REVIEWED|Reviewed|seen|SEEN|examined|EXAMINED|given|GIVEN|hung|HUNG|placed|PLACED|done|DONE|collected|compounded|dispensed|checked|verified|prepared|drawn|received|witnessed|entered|performed|administered|coll|COLL|COLLECTED|COMPOUNDED|DISPENSED|CHECKED|VERIFIED|RECEIVED|DRAWN|PERFORMED|Collected|Compounded|Dispensed|Checked|Verified|Prepared|Drawn|Received)(?:[ \t]+[^\n]{0,24}?)?[ \t]+(?:by|BY)[ \t]+)([A-Z]{2,3})(?![\p{L}])/dgu;
const NOT_INITIALS_OF_A_PERSON = new Set("RN RRT NNP MD NP PA ED ER US GP EMS OR IR CT ICU PT OT RT SW CM LPN CNA DR HO OK ALL MRI CXR LAB ID GI ENT EP OB PMR SLP NSG IV".split(" "));
const INITIALS_LINE_RE = /^[ \t]*([A-Z]{2,4})[ \t]*[\/:][ \t]*([a-z]{2,4})[ \t]*$/dgmu;
// The typist's initials closing a dictation line after its date and time: "Transcribed: 02/02/2015
// 18:22 kr", "DT : 01/25/2006 09:14 jm".
const TYPIST_AFTER_TIME_RE = /^[ \t]*(?:Transcribed|TRANSCRIBED|Typed|TYPED|DT|TD|T)[ \t]*:?[^\n]{0,30}\d{1,2}:\d{2}(?:[ \t]*(?:[AP]M?|[ap]m?))?[ \t]+([a-z]{2,3})[ \t]*$/dgmu;
const LOWER_SIGNOFF_RE = /(?<=(?:^|[ \t.])[-–—]{1,2}[ \t]?)[a-z]{2,3}(?=[ \t]*$)/dgmu;
// A clinician's code after the credential in dictated signatures: "SHAW , M.D. QT74".
const CLINICIAN_CODE_RE = /(?=[A-Z])(?<=(?:M\.D\.|\bMD|R\.N\.|\bRN|\bNP|PA-C|P[Hh]\.D\.|\bPhD)[ \t]*,?[ \t]+)[A-Z]{2,3}\d{1,3}(?![\p{L}\p{N}])/dgu;
// Names right before a credential: "J. Albright RN", "ELIZABETH M. SHAW , M.D.", "Harold Pinsky, M.D.".
// Eponymous surnames are names here; ordinary and clinical words end the name ("REPORT CALLED TO
// MAUREEN RN" flags MAUREEN only).
// Found from the credential backwards (a scan from every capital would cost more).
const CREDENTIAL_RE = /(?<![\p{L}\-.])(?:M\.D\.|MD|R\.N\.|RN|N\.P\.|NP|PA-C|P\.A\.|D\.O\.|Ph\.?D\.?|MBBS|FRCS|FRCR|MRCP|LPN|CNM|CRNA|LICSW|LCSW|MSW|DPT|OTR|PharmD|FACS|FACP)(?![\p{L}\-])/dgu;
const NAME_BEFORE_CREDENTIAL_RE = /((?:\p{Lu}[\p{L}'’\-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}'’\-]*)(?:[ \t]*,[ \t]*|[ \t]+)$/u;

function credentialName(text: string, start: number, raw: string, add: (c: { kind: "name"; start: number; end: number; message: string; priority: number }) => void): void {
  const d = dictionaries();
  const parts = [...raw.matchAll(/\p{Lu}[\p{L}'’\-]*\.?/gu)];
  let first = parts.length;
  for (let k = parts.length - 1; k >= 0; k--) {
    const w = parts[k]![0].replace(/\.$/, "");
    const key = w.toLowerCase();
    const initial = w.length === 1;
    const word = !initial && !d.clinical.has(key) && !d.abbreviations.has(key) && !isTitle(key) && !isPersonCue(key) &&
      (d.eponyms.has(key) || d.firstNames.has(key) || d.lastNames.has(key) || !d.common.has(key));
    if (!initial && !word) break;
    first = k;
  }
  const named = parts.slice(first).filter((p) => p[0].replace(/\.$/, "").length > 1);
  if (named.length === 0) return;
  const s = start + parts[first]!.index!;
  const last = parts[parts.length - 1]!;
  add({ kind: "name", start: s, end: start + last.index! + last[0].replace(/\.$/, "").length, message: MSG.name, priority: 9 });
}

// A relative's first name right after the relation, where the word lists alone would not make it
// one: in a note written in lower case ("daughter maria", "son jose called": a first name that is
// no English word, or one that is also a surname and no word that follows a relation, as "son
// will call", "daughter can" do), or a name that is also a month ("his wife June", "daughter April").
const RELATION_NAME_RE = new RegExp(`(?<![\\p{L}])(?:${[...RELATIONS].join("|")})[ \\t]*,?[ \\t]+(?!(?:${[...RELATIONS].join("|")})(?![\\p{L}]))(\\p{L}\\p{Ll}[\\p{Ll}'’\\-]*)(?![\\p{L}])(?![ \\t]*(?:\\d|the[ \\t]+\\d))`, "dgiu");
const NOT_A_NAME_AFTER_RELATION = new Set(["will", "can", "may", "also", "still", "just", "only", "well", "long", "even", "rose", "mark", "pat", "grace", "hope", "ray", "dawn", "chase", "love", "line", "art", "bill", "drew", "said", "lives", "and"]);
// "Nurse Ellison", "Matron Okafor": a nursing title before a surname ("Nurse Practitioner",
// "Nurse Specialist", "Nurse Endoscopist" name roles).
const NURSE_NAME_RE = /(?<![\p{L}\d])(?:(?:Nurse|NURSE|Matron|MATRON|Sister|SISTER|Reverend|REVEREND|Rev\.?|Fr\.?|FR\.|Pastor|PASTOR|Rabbi|RABBI|Imam|IMAM|Chaplain|CHAPLAIN|Bishop|BISHOP|Deacon|DEACON|Msgr\.?|MSGR\.?|Trooper|TROOPER|Officer|OFFICER|Ofc\.?|OFC\.?|Det\.?|DET\.?|Detective|DETECTIVE|Sgt\.?|SGT\.?|Baby|BABY)[ \t]+)+(?:(?:Boy|Girl|BOY|GIRL)[ \t]+)?((?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’\-]+|(?:Mc|Mac)?\p{Lu}[\p{Lu}'’\-]{2,})(?:[ \t]+(\p{Lu}[\p{Ll}'’\-]+))?(?![\p{L}])/dgu;

// A nickname: "she goes by "Bunny"", "known as Red", "prefers to be called Bea".
const NICKNAME_RE = /(?<![\p{L}])(?:goes by|known as|prefers to be called|likes to be called|nicknamed|calls (?:himself|herself)|(?:his|her|my) name is|(?:please )?call (?:him|her|me)|GOES BY|KNOWN AS|(?:HIS|HER) NAME IS|CALL (?:HIM|HER))[ \t]*["“'‘]?[ \t]*(\p{L}[\p{L}'’\-]+)/dgu;
// A user name: "Username jsmith88", "login: mlopez".
// "user mtorres from 203.0.113.45": after "user" alone, a word in no list (decision 113).
const USERNAME_RE = /(?<![\p{L}\-])(?:(?:[Uu]ser ?name|USERNAME|[Uu]ser ID|[Uu]ser|USER)[ \t]*(?:[:#=]|is)?|(?:[Ll]ogin|LOGIN|[Hh]andle)[ \t]*(?:[:#=]|is))[ \t]*([A-Za-z][\w.\-]{2,30})(?![\w])/dgu;
// A clinician's initials with the role in brackets: "seen w/ JL (attending)", "d/w KM (fellow)".
const INITIALS_ROLE_RE = /(?<![\p{L}])([A-Z]{2,3})[ \t]*\((?:attending|resident|fellow|intern|registrar|consultant|charge nurse|charge RN|RN|NP|PA|MD|SHO|FY1|FY2|CT1|CT2|ST\d|CM|SW|RT|OT|SLP|RD|LCSW|LICSW|cm|sw)\)/dgu;

// A name right before a bracket that says who the person is or how old: "J. Pereira (paramedic)",
// "Felicity Okoro (RN)", "Pattie Bock (96 year old) tolerated".
// Found from the bracket backwards (a scan from every capital would cost more).
const ROLE_BRACKET_RE = /\((?:paramedic|EMT(?:-[BPI])?|[Tt]echnician|[Nn]urse|RN|LPN|HCA|CNA|[Pp]hysio(?:therapist)?|[Ii]nterpreter|[Cc]haplain|[Pp]harmacist|[Mm]edic|[Dd]river|[Ss]tudent|[Ss]cribe|[Mm]idwife|[Dd]ietitian|[Cc]arer|[Ss]ocial [Ww]orker|(?:9\d|1[01]\d)(?:[ \t\-]*(?:years?|yrs?|y)[ \t\-]*(?:old|o))?)(?=[),])/dgu;
const NAME_BEFORE_BRACKET_RE = /(?<![\p{L}.])((?:\p{Lu}\.[ \t]?){1,2}\p{Lu}[\p{Ll}'’\-]+|\p{Lu}[\p{Ll}'’\-]+[ \t]+\p{Lu}[\p{Ll}'’\-]+)[ \t]*$/u;
// A user's handle in a comment: "Shared by @mbarrett" (an address has a domain after the @).
const HANDLE_RE = /(?<![\w.@])@([A-Za-z][\w.\-]{2,30})(?![\w@]|\.[A-Za-z])/dgu;

/** Words after a relation that name no one: a place, a kind of person, a time or a cue ("son Also", "wife Home"). */
function isCommonRole(w: string): boolean {
  return GENERIC_PLACE_WORDS.has(w) || GENERIC_WARD.has(w) || CALENDAR_WORDS.has(w) || RELATIONS.has(w) || isPersonCue(w) || isTitle(w) || looksMedical(w) || dictionaries().abbreviations.has(w);
}

export const detectRuleNames: Detector = (text, add) => {
  const d0 = dictionaries();
  for (const r of /\(/.test(text) ? spans(ROLE_BRACKET_RE, text) : []) {
    const from = Math.max(0, r.start - 48);
    const m = NAME_BEFORE_BRACKET_RE.exec(text.slice(from, r.start));
    if (!m) continue;
    const words = m[1]!.split(/[ \t.]+/).filter((w) => w.length > 1).map((w) => w.toLowerCase());
    if (words.some((w) => d0.clinical.has(w) || d0.abbreviations.has(w) || d0.eponyms.has(w) || GENERIC_PLACE_WORDS.has(w) || isTitle(w)) || (!/\(\s*\d+[ \t\-]*y/.test(r.match[0]) && words.every((w) => isCommonWord(w) && !d0.firstNames.has(w) && !d0.lastNames.has(w)))) continue;
    add({ kind: "name", start: from + m.index, end: from + m.index + m[1]!.length, message: MSG.name, priority: 9 });
  }
  for (const s of /@/.test(text) ? spans(HANDLE_RE, text) : []) {
    if (/\d/.test(s.match[1]!) || !isCommonWord(s.match[1]!.toLowerCase())) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of /\(/.test(text) ? spans(INITIALS_ROLE_RE, text, 1) : []) if (!NOT_INITIALS_OF_A_PERSON.has(s.match[1]!)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  for (const s of spans(NICKNAME_RE, text, 1)) {
    const w = s.match[1]!.toLowerCase();
    // In lower case (or capitals read so) only a listed given name: "call him buddy", not "call him back".
    if (s.match[1] === w && (!d0.firstNames.has(w) || CALENDAR_WORDS.has(w))) continue;
    if (!d0.clinical.has(w) && !d0.abbreviations.has(w)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of /[Uu]ser|USER|ogin|LOGIN|andle/.test(text) ? spans(USERNAME_RE, text, 1) : []) {
    const w = s.match[1]!.toLowerCase();
    // After "user" alone the word must be in no list at all ("user error", "drug user since").
    if (/^[ \t]*(?:user|USER)[ \t]*$/i.test(s.match[0].slice(0, s.match[0].length - s.match[1]!.length).replace(/^[^Uu]*/, "")) && (isCommonWord(w) || d0.clinical.has(w) || d0.abbreviations.has(w) || d0.firstNames.has(w) || d0.lastNames.has(w) || d0.places.has(w))) continue;
    if (!d0.common.has(w) || /\d/.test(s.match[1]!)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(RELATION_NAME_RE, text, 1)) {
    const raw = s.match[1]!;
    // A closing quote is no part of the word ("says 'since dad passed'").
    const w = raw.toLowerCase().replace(/['’]+$/, "");
    if (d0.abbreviations.has(w)) continue;
    // "per niece pt's baseline": a possessive of the patient or of a clinical word names no relative.
    const owner = w.replace(/['’]s$/, "");
    if (owner !== w && !d0.firstNames.has(owner) && (owner === "pt" || d0.clinical.has(owner) || d0.abbreviations.has(owner))) continue;
    // "DAD MAY HAVE BEEN", "WIFE MAY NOT COME": a modal, mistyped words of what a relative does ("SON AWAER") (decision 143).
    if (mistypedRelativeWord(w) || (w === "may" && /^[ \t]+(?:have|be|been|not|need|want|also|still|come|call|visit|bring|stay|return)(?![\p{L}])/iu.test(text.slice(s.end, s.end + 12)))) continue;
    // A month after a relation is the relative's name, listed or not ("twin sister , June ,").
    if (raw !== w && CALENDAR_WORDS.has(w) && /^(?:january|april|may|june|july|august)$/.test(w)) {
      add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
      continue;
    }
    // In lower case, a word after a relation that no list knows and no English word is is the
    // relative's name too ("son tyrone", "wife yvette"): nothing else stands there in a note.
    // Decision 133: in mixed case, a capitalised word right after a relation is the relative's name even
    // when it is also a word ("Son Chip is a firefighter", "wife Dot"), unless it is a kind of person or place.
    if (raw !== w && /^\p{Lu}\p{Ll}/u.test(raw) && /\p{Ll}{3}/u.test(text.slice(Math.max(0, s.start - 40), s.start + 40)) && !NOT_A_NAME_AFTER_RELATION.has(w) && !d0.clinical.has(w) && !isCommonRole(w)) {
      add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
      continue;
    }
    if (!d0.firstNames.has(w)) {
      if (raw === w && w.length >= 3 && !d0.clinical.has(w) && !isCommonWord(w) && !looksMedical(w) && !CALENDAR_WORDS.has(w) && !GENERIC_PLACE_WORDS.has(w) && !RELATIONS.has(w) && !isPersonCue(w)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
      continue;
    }
    const lowerName = raw === w && !d0.clinical.has(w) && !NOT_A_NAME_AFTER_RELATION.has(w) && (!isCommonWord(w) || d0.lastNames.has(w));
    const monthName = raw !== w && CALENDAR_WORDS.has(w);
    // A capitalised given name that is also a word, after a relation the tokens do not see as one
    // ("daughter-in-law Sheila").
    const hyphenatedRelation = raw !== w && /-/.test(s.match[0]) && !NOT_A_NAME_AFTER_RELATION.has(w) && !d0.clinical.has(w);
    if (lowerName || monthName || hyphenatedRelation) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of /Nurse|NURSE|Matron|MATRON|Sister|SISTER|Rev|REV|Fr\.?[ \t]|FR\.|Pastor|PASTOR|Rabbi|RABBI|Imam|IMAM|Chaplain|CHAPLAIN|Bishop|BISHOP|Deacon|DEACON|Msgr|MSGR|Trooper|TROOPER|Officer|OFFICER|Ofc|OFC|Det|DET|Sgt|SGT|Baby|BABY/.test(text) ? spans(NURSE_NAME_RE, text) : []) {
    const w = s.match[1]!.toLowerCase();
    // After a clergy title any capitalised word is a name ("Reverend Obi", "Pastor Grant").
    const clergy = /^(?:Rev|REV|Fr|FR|Pastor|PASTOR|Rabbi|RABBI|Imam|IMAM|Chaplain|CHAPLAIN|Bishop|BISHOP|Deacon|DEACON|Msgr|MSGR)/.test(s.match[0]);
    // "7.5 Fr sheath", "14 FR foley": after a number, Fr is a catheter's French size (decision 140).
    if (/^(?:Fr|FR)/.test(s.match[0]) && /\d[ \t]?$/.test(text.slice(Math.max(0, s.start - 2), s.start))) continue;
    if ((isCommonWord(w) && !clergy) || (clergy && /^(?:note|notes|came|went|said|called|visited|visit|here|aware|services?|office|on|to)$/.test(w)) || GENERIC_PLACE_WORDS.has(w) || d0.abbreviations.has(w) || (d0.clinical.has(w) && !d0.lastNames.has(w) && /(?:ist|ian|or|er|ary|ive)$/.test(w)) || looksMedical(w)) continue;
    // "Sister Mary Joseph nodule" is a sign.
    if (eponymHeadAfter(text, s.end) || eponymHeadAfter(text, s.end + (/^[ \t]+\p{Lu}\p{Ll}+/u.exec(text.slice(s.end, s.end + 20))?.[0].length ?? 0))) continue;
    const second = s.match[2] && !isCommonWord(s.match[2].toLowerCase()) && !d0.clinical.has(s.match[2].toLowerCase());
    const start = s.start;
    const end = second ? s.end : start + s.match[0].indexOf(s.match[1]!, s.match[0].search(/[ \t]/)) + s.match[1]!.length;
    add({ kind: "name", start, end, message: MSG.name, priority: 9 });
  }
  for (const s of /Re|RE/.test(text) ? spans(RE_LINE_GIVEN_FIRST_RE, text, 1) : []) {
    const words = s.match[1]!.split(/[ \t.]+/).filter(Boolean).map((w) => w.toLowerCase());
    if (!words.some((w) => d0.clinical.has(w) || d0.abbreviations.has(w) || GENERIC_PLACE_WORDS.has(w))) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(RE_LINE_NAME_RE, text, 1)) {
    const words = s.match[1]!.split(/[ \t]*,[ \t]*|[ \t]+/).map((w) => w.toLowerCase());
    if (!words.some((w) => d0.clinical.has(w) || d0.abbreviations.has(w))) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(TYPIST_RE, text, 1)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  for (const re of /\([A-Z]{2,4}\)|by [A-Z]{2}/.test(text) ? [BRACKETED_INITIALS_END_RE, INITIALS_AFTER_BY_RE] : []) {
    for (const s of spans(re, text, 1)) if (!d0.abbreviations.has(s.match[1]!.toLowerCase()) && !d0.common.has(s.match[1]!.toLowerCase()) && !d0.catalogueAbbreviations.has(s.match[1]!)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  // Three letters that abbreviate a service and name nobody are its ("placed by APS"; not "given by ANA"); two are as often initials as not.
  for (const s of /(?:by|BY)[ \t]+[A-Z]{2,3}/.test(text) ? spans(INITIALS_AFTER_ACTION_BY_RE, text, 1) : []) if (!NOT_INITIALS_OF_A_PERSON.has(s.match[1]!) && !(s.match[1]!.length === 3 && d0.abbreviations.has(s.match[1]!.toLowerCase()) && !d0.firstNames.has(s.match[1]!.toLowerCase()))) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  for (const s of /\d:\d\d[ \t]*[AaPp]?[Mm]?[ \t]+[a-z]{2,3}[ \t]*(?:\n|$)/.test(text) ? spans(TYPIST_AFTER_TIME_RE, text, 1) : []) {
    if ((!d0.common.has(s.match[1]!) || s.match[1]!.length === 2) && !/^(?:am|pm|hrs|hr|h)$/.test(s.match[1]!)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(INITIALS_LINE_RE, text)) {
    const m = s.match;
    if (d0.abbreviations.has(m[1]!.toLowerCase()) && d0.common.has(m[2]!)) continue;
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(LOWER_SIGNOFF_RE, text)) {
    const w = s.match[0];
    if (!d0.common.has(w) && !d0.clinical.has(w) && !d0.abbreviations.has(w)) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  // "2L NP, SPO2 96%": nasal prongs and a saturation, not a nurse practitioner's code.
  for (const s of spans(CLINICIAN_CODE_RE, text)) if (!d0.abbreviations.has(s.match[0].toLowerCase())) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  if (/MD|M\.D|RN|R\.N|NP|PA|Ph|MB|FR|MR|LPN|CNM|CRNA|LCSW|MSW|DPT|OTR|FAC/.test(text)) {
    for (const s of spans(CREDENTIAL_RE, text)) {
      const from = Math.max(0, s.start - 60);
      const m = NAME_BEFORE_CREDENTIAL_RE.exec(text.slice(from, s.start));
      if (m) credentialName(text, from + m.index, m[1]!, add);
    }
  }
  for (const s of spans(LOWER_TITLE_RE, text, 1)) {
    const [word, second] = [s.match[1]!.replace(/['’]+$/, ""), s.match[2]?.replace(/['’]+$/, "")];
    const d = dictionaries();
    // A surname that only looks like a word's plural or past ("morales", "waters") is a name.
    const known = (w: string) => (d.lastNames.has(w) || d.firstNames.has(w) || /(?:ez|es|son|sen|ski|sky|wicz|berg|stein|man|ton|ley|ford|field)$/.test(w)) && !d.common.has(w);
    const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || CALENDAR_WORDS.has(w) || RELATIONS.has(w) || GENERIC_PLACE_WORDS.has(w);
    const surname = !!second && !vocabulary(second) && (d.lastNames.has(second) || !isCommonWord(second));
    // "doctor amrit sandhu": a listed first name that is also a word, before a surname.
    // "dr. ng", "dr ho": a doctor's two-letter surname (one of the common ones), though the letters are clinical ones too.
    const short = /^dr\.?[ \t]/.test(s.match[0]) && /^(?:ng|ho|wu|li|ma|yu|xu|lu|hu|ko|oh|le|ly|vo|vu|ha|ye|mo|ro)$/.test(word);
    const given = short || ((known(word) || !isCommonWord(word) || (d.firstNames.has(word) && surname)) && !vocabulary(word));
    if (given) add({ kind: "name", start: s.start, end: surname ? s.match.index + s.match[0].length : s.end, message: MSG.name, priority: 9 });
  }
  for (const s of spans(HONORIFIC_NAME_RE, text)) {
    // "Moderate MR. RVSP 42 mmHg": after a grade, "MR" is mitral regurgitation, not "Mister".
    // "MS GTT 4MG/HR", "MS IV 2MG": morphine sulphate, not "Ms".
    if (/^MS[ \t]+(?:GTT|GTTS|DRIP|IV|IVP|PO|PCA|SC|SQ|IM|IR|ER|SR|CONTIN|BOLUS|INFUSION|ELIXIR|SOLN)(?![\p{L}])/u.test(s.match[0])) continue;
    if (/^MR\.?[ \t]/.test(s.match[0]) && VALVE_GRADES.has(/(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, s.start - 16), s.start))?.[1]?.toLowerCase() ?? "")) continue;
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  for (const s of labelledNames(text)) {
    if (s.nextLine) {
      add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
      continue;
    }
    // "cc : Primary care physician", "Attending : Cardiology": a value of ordinary or clinical
    // words that no name list holds is a role, not a person.
    const keys = s.value.split(/[ \t]*,?[ \t]+/).map((w) => w.toLowerCase().replace(/\.$/, ""));
    if (keys.every((k) => (d0.common.has(k) || d0.clinical.has(k) || d0.abbreviations.has(k) || GENERIC_PLACE_WORDS.has(k)) && !d0.firstNames.has(k) && !d0.lastNames.has(k))) continue;
    // "Anesthesia: General", "Anaesthetic : Regional": the kind of anaesthesia, not the anaesthetist.
    if (/^(?:general|regional|local|spinal|epidural|sedation|mac|block)$/.test(keys[0]!) && /^[Aa]n(?:a)?esthe|^ANA?ESTHE/.test(s.label)) continue;
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
  }
  // "FLUID VOLUME / AKI.": a problem's letters after a slash are no initials.
  for (const s of spans(SIGNATURE_RE, text)) if (!NOT_INITIALS_OF_A_PERSON.has(s.match[0].trim()) && !unitAfterHeading(text, s.start, s.match[0]) && !(/\/[ \t]?$/.test(text.slice(s.start - 2, s.start)) && /^\p{Lu}{2,3}\.?$/u.test(s.match[0].trim()) && /\S/.test(text.slice(s.end).replace(/^[^\n]*/, "")) && (d0.clinical.has(s.match[0].replace(/[.\s]/g, "").toLowerCase()) || d0.abbreviations.has(s.match[0].replace(/[.\s]/g, "").toLowerCase())))) add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 9 });
};

// A unit's letters or a plan's shorthand ("TBD") after a heading's or a sentence's dash (decision 143).
const UNIT_OR_PLAN_LETTERS = /^(?:[a-z]{0,3}icu|ccu|csru|pacu|cvicu|ed|er|or|tbd|tba|prn|npo|nad|wnl)$/;

/**
 * "NUTRITION REASSESSMENT - CCU", "ORIF THIS ADMIT - TBD.": a unit's letters or a plan's shorthand after words and a
 * dash, with more of the note after them, name no signer ("Shift note - DES" does).
 */
function unitAfterHeading(text: string, start: number, letters: string): boolean {
  const key = letters.replace(/[.\s]/g, "").toLowerCase();
  if (!UNIT_OR_PLAN_LETTERS.test(key)) return false;
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  return /\p{L}[ \t]+[-–—]{1,2}[ \t]?$/u.test(line) && /\S/.test(text.slice(start + letters.length).replace(/^[^\n]*/, ""));
}
