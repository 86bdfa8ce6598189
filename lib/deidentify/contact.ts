// Emails, links and phone, fax and pager numbers.
import { dictionaries } from "./dictionaries";
import { isCommonWord } from "./tokens";
import { NOT_BEFORE_UNIT, SPOKEN_DIGIT } from "./patterns";
import { digitCount, MSG, roundRange, spans, type Candidate, type Detector } from "./types";

const EMAIL_RE =
  /(?<![\w.+\-])[\w.+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+/dgu;

// An IP address (a portal's or a device's log): four numbers up to 255 joined by dots, not a
// version ("v1.2.3.4") nor a longer run of numbers.
const IP_ADDRESS_RE = /(?<![\w.\-\/])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w\-\/]|\.\d)/dgu;

// A device's network addresses: IPv6 ("2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a")
// and MAC addresses ("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e"), which trace a device (decision 113).
// Clock times ("12:30:45") have fewer groups and no hex letters or "::".
const IPV6_RE = /(?<![\w:.\-])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/dgu;
const MAC_RE = /(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:\-])/dgu;

// An address read out by dictation: "nuala dot quinlan at gmail dot com" (decision 118).
const SPOKEN_EMAIL_RE = /(?<![\p{L}\p{N}])[a-z][a-z0-9]*(?:[ \t]+(?:dot|underscore|hyphen|dash)[ \t]+[a-z0-9]+){0,3}[ \t]+at[ \t]+[a-z][a-z0-9\-]*(?:[ \t]+dot[ \t]+[a-z0-9\-]+){0,3}[ \t]+dot[ \t]+(?:com|org|net|edu|gov|info|io|ie|uk|nz|za|au|ca|in|sg|ph|ke|ng|hk|co)(?![\p{L}])/dgu;

// A login or a portal's handle after its label: "(login koyeyemi)", "via portal (kimtran_1988)",
// "username: jdoe42" (decision 138). A handle has a digit, an underscore or a dot, or stands right
// after "login", "username" or "handle".
const LOGIN_HANDLE_RE = /(?<=(?<![\p{L}])(?:login|log-in|username|user name|user id|userid|handle:|account|portal|screen name)[ \t]*[:(]?[ \t]*)@?[A-Za-z][A-Za-z0-9._\-]{3,30}(?=[ \t]*[),;.]?(?:[ \t]|$))/dgimu;

export const detectEmail: Detector = (text, add) => {
  for (const s of /login|log-in|user|handle|account|portal|screen name/i.test(text) ? spans(LOGIN_HANDLE_RE, text) : []) {
    const handle = s.match[0].replace(/\.$/, "");
    const label = /(?:login|log-in|username|user name|user id|userid|handle|screen name)[ \t]*[:(]?[ \t]*$/i.test(text.slice(Math.max(0, s.start - 16), s.start));
    // A word is no handle ("login attempt", "bucket-handle tear").
    if (/[0-9_]|\.\p{L}/u.test(handle) || (label && !isCommonWord(handle.toLowerCase()) && !dictionaries().clinical.has(handle.toLowerCase()))) add({ kind: "url", start: s.start, end: s.start + handle.length, message: MSG.url, priority: 12 });
  }
  // Cheap test first: "::", or four groups of hex digits in a row (clock times have three).
  if (text.includes("::") || /[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]/.test(text) || /[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-/.test(text)) {
    for (const s of spans(IPV6_RE, text)) {
      // "::" alone or a ratio's colons are no address: four groups at least, one with a hex letter or "::".
      if (s.match[0].split(":").filter(Boolean).length >= 3) add({ kind: "url", start: s.start, end: s.end, message: "Looks like an IP address, which can trace the patient or the device", priority: 0 });
    }
    for (const s of spans(MAC_RE, text)) add({ kind: "url", start: s.start, end: s.end, message: "Looks like a device's hardware address", priority: 0 });
  }
  for (const s of spans(EMAIL_RE, text)) {
    add({ kind: "email", start: s.start, end: s.end, message: MSG.email, priority: 0 });
  }
  for (const s of / dot (?:com|org|net|edu|gov|info|io|ie|uk|nz|za|au|ca|in|sg|ph|ke|ng|hk|co)(?![a-z])/.test(text) ? spans(SPOKEN_EMAIL_RE, text) : []) add({ kind: "email", start: s.start, end: s.end, message: MSG.email, priority: 0 });
  for (const s of /\d\.\d{1,3}\.\d{1,3}\.\d/.test(text) ? spans(IP_ADDRESS_RE, text) : []) {
    if (/(?:v|version|ver)\.?[ \t]*$/i.test(text.slice(Math.max(0, s.start - 8), s.start))) continue;
    add({ kind: "url", start: s.start, end: s.end, message: "Looks like an IP address, which can trace the patient or the device", priority: 0 });
  }
};

// Links: any http(s) or www. address, and bare host names with a common top-level domain.
// A country's domain counts with a path or under a second level ("healthportal.ca/login",
// "clinic.com.au"); alone it may be an abbreviation's ending ("Dr.De Souza") (decision 113).
// Link shorteners and other short domains count the same way ("bit.ly/fgh-rb4471", decision 118).
const COUNTRY_TLD = "(?:ca|au|in|de|fr|es|it|nl|za|nz|ie|us|cn|jp|br|mx|ng|ke|eu|ch|se|no|dk|pl|pt|be|at|sg|my|ph|pk|ae|sa|gh|co|hk|tw|kr|ly|gl|me|to|tv|cc|app|link)";
const URL_RE = new RegExp(
  "(?:https?:\\/\\/|www\\.)[^\\s<>\"'`]+|(?<![\\w@.\\-\\/])[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.(?:(?:co|com|org|net|gov|ac|edu|nhs)\\." + COUNTRY_TLD + "|com|org|net|edu|gov|nhs\\.uk|co\\.uk|org\\.uk|ac\\.uk|io|info|health)(?:\\/[^\\s<>\"'`]*)?(?![\\w@])",
  "dgiu",
);
// Run only when a country's domain is followed by a path (a cheap test first).
const COUNTRY_PATH_URL_RE = new RegExp("(?<![\\w@.\\-\\/])[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\." + COUNTRY_TLD + "\\/[^\\s<>\"'`]*", "dgiu");
const MAY_HAVE_COUNTRY_PATH = new RegExp("\\." + COUNTRY_TLD + "\\/", "i");
// Literature and reference sites: a link to a paper or a guideline identifies nobody, and the
// digits inside it are not record numbers. The NHS's own public sites are references; a trust's
// ("intranet.stmarks-trust.nhs.uk") names a hospital.
const REFERENCE_HOSTS =
  /^(?:https?:\/\/)?(?:(?:www\.|digital\.|(?:www\.)?england\.)?nhs\.uk(?:[\/?#:]|$)|(?:www\.)?(?:[\w\-]+\.)*(?:doi\.org|ncbi\.nlm\.nih\.gov|pubmed\.gov|nih\.gov|who\.int|nice\.org\.uk|radiopaedia\.org|wikipedia\.org|clinicaltrials\.gov|cochranelibrary\.com|bmj\.com|thelancet\.com|nejm\.org|jamanetwork\.com|rsna\.org|ajronline\.org|acr\.org|esr\.org|orthobullets\.com|uptodate\.com|nature\.com|sciencedirect\.com|springer\.com|wiley\.com|oup\.com|cdc\.gov|fda\.gov|ema\.europa\.eu|bnf\.nice\.org\.uk|gov\.uk)(?:[\/?#:]|$))/i;

export interface UrlSpan {
  start: number;
  end: number;
  identifying: boolean;
}

export function urlSpans(text: string): UrlSpan[] {
  const out: UrlSpan[] = [];
  const found = spans(URL_RE, text);
  if (MAY_HAVE_COUNTRY_PATH.test(text)) for (const s of spans(COUNTRY_PATH_URL_RE, text)) if (!found.some((f) => f.start <= s.start && f.end >= s.end)) found.push(s);
  for (const s of found) {
    // Sentence punctuation after a link is not part of it.
    const trimmed = s.match[0].replace(/[.,;:!?)\]}]+$/u, "");
    out.push({ start: s.start, end: s.start + trimmed.length, identifying: !REFERENCE_HOSTS.test(trimmed) });
  }
  return out;
}

// International format; the digit-count check afterwards separates phones from prose.
const PHONE_INTL_RE = new RegExp(
  "(?<![\\w+])\\+\\d{1,3}(?:[ .\\-]?(?:\\(\\d{1,4}\\)|\\d{1,5})){1,5}(?!\\w)" + NOT_BEFORE_UNIT,
  "dgu",
);
// North American: 3-3-4 with a separator, optional leading 1 and (area code), spaces allowed
// inside the brackets ("( 617 ) 555-1234"), a slash after the area code ("413/555-0162"; decision 140), a home,
// cell or work letter and a hyphen before it ("c-617.555.0183", "H-508 555 0271"; decision 140),
// and an optional extension.
const PHONE_NANP_RE =
  /(?:(?<![\w+\-.\/])|(?<=(?<![\p{L}])(?:[chwmpCHWMP]|cell|CELL|Cell|hm|HM|home|HOME|Home|wk|WK|work|WORK|Work)-))(?:1[ .\-])?(?:\([ ]?\d{3}[ ]?\)[ .\-]?|\d{3}[ .\-]|[2-9]\d{2}\/[ ]?(?=[2-9]\d{2}[.\-]\d{4}))\d{3}[ .\-]\d{4}(?:[ ]?(?:x|X|ext\.?|Ext\.?|EXT\.?)[ ]?\d{1,5})?(?!\w|[.\-\/]\d)/dgu;
// A local seven-digit number ("555-1234"), not glued to other digits and not a measurement.
const PHONE_LOCAL_RE = new RegExp("(?<![\\w+\\-.\\/:])\\d{3}-\\d{4}(?!\\w|[.\\-\\/]\\d)" + NOT_BEFORE_UNIT, "dgu");
// UK national format: trunk prefix 0 and 10–11 digits in total.
const PHONE_UK_RE =
  /(?<![\w+\-.\/])(?:\(0\d{2,4}\)|0\d{2,4})(?:[ \-]?\d{3,4}){2}(?!\w|[.\-\/]\d)/dgu;
// Australian landlines and national numbers ("(02) 9555 0123", "03 9123 4567", "1300 555 123") and Indian mobiles written 5-5 ("98765
// 43210"): national shapes the patterns above miss (decision 113).
const PHONE_AU_RE = /(?<![\w+\-.\/])(?:(?:\(0[2378]\)|0[2378])[ \t]?\d{4}[ \t\-]?\d{4}|1[38]00[ \t]\d{3}[ \t]\d{3})(?!\w|[.\-\/]\d)/dgu;
// Chinese mobiles written 3-4-4: "138 0013 8000".
const PHONE_CN_MOBILE_RE = /(?<![\w+\-.\/])1[3-9]\d([ \-])\d{4}\1\d{4}(?!\w|[.\-\/]\d)/dgu;
const PHONE_IN_MOBILE_RE = new RegExp("(?<![\\w+\\-.\\/])[6-9]\\d{4}[ \\t]\\d{5}(?!\\w|[.\\-\\/]\\d)" + NOT_BEFORE_UNIT, "dgu");
// A labelled number: "pager 4-1234", "bleep 2345", "ext. 5567", "Fax: 617 555 0100", "tel 5551234".
const PHONE_LABELLED_RE =
  /(?<!\p{L})(?:[Pp]ager|PAGER|[Bb]eeper|BEEPER|[Bb]leep|BLEEP|[Pp]gr|[Ee]xtension|EXTENSION|[Ee]xt|EXT|[Ff]ax|FAX|[Tt]el|TEL|[Pp]hone|PHONE|[Pp]h|PH|[Mm]obile|MOBILE|[Cc]ell|CELL|[Tt]elephone|TELEPHONE|[Cc]ontact (?:number|no)|x(?=\d)|#)\.?(?: ?(?:number|no|#)\.?)?[ \t]*[:#]?[ \t]*(\(?\d[\d \-().]{2,16}\d)(?![\w\/]|\.\d|[ \t]*(?:mg|mL|ml|mm|cm|%|units?|x\b))/dgu;

// An internal extension after a calling verb: "page 3-3381", "call Dr. Lee at 4-5512", "p#20931",
// "page me at #41872".
const PHONE_EXTENSION_CUED_RE =
  /(?=\d)(?<=(?:\b(?:page|paged|call|called|reach|reached|contact|dial|beep|Page|Paged|Call|Called|PAGE|PAGED|CALL|CALLED)(?:[ \t]+(?:me|us|him|her|them))?(?:[ \t]+(?:Dr\.?|DR\.?)[ \t]+\p{Lu}[\p{L}'’\-]+)?(?:[ \t]+(?:at|on))?|\bp[#:])[ \t]*#?)(?:\d-\d{4}|\d{5}|(?<=#)\d{4})(?![\w\/]|[.\-]\d|[ \t]*(?:mg|mL|ml|mm|cm|%|units?|patients|cases|times|cells|copies))/dgu;

// A number read out digit by digit, as dictation writes it: "oh seven seven nine three four four one
// two eight six", "zero one six one four nine double six" (decision 118); seven digits or more.
const SPOKEN_PHONE_RE = new RegExp(`(?<![\\p{L}])(?:(?:double|treble|triple)[ \\t]+)?${SPOKEN_DIGIT}(?:[ \\t,\\-]+(?:(?:double|treble|triple)[ \\t]+)?${SPOKEN_DIGIT}){5,}(?![\\p{L}])`, "dgu");
const MAY_HAVE_SPOKEN_PHONE = new RegExp(`${SPOKEN_DIGIT}[ \\t,]+${SPOKEN_DIGIT}[ \\t,]+${SPOKEN_DIGIT}[ \\t,]+${SPOKEN_DIGIT}(?![a-z])`);
function spokenDigits(s: string): number {
  let n = 0;
  for (const [, repeat] of s.matchAll(/(?:(double|treble|triple)[ \t]+)?(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)/g)) n += repeat === "double" ? 2 : repeat ? 3 : 1;
  return n;
}
// Eight digits as 4-4, as Singapore and Hong Kong write their numbers ("HP 9123 4471", "daughter
// WONG Siu Ling 9345 6721"): only after a word of contact or a relative (decision 118).
const PHONE_EIGHT_RE = new RegExp("(?=[3-9])(?<![\\w+\\-.\\/])[3-9]\\d{3}[ \\-]\\d{4}(?!\\w|[.\\-\\/]\\d)" + NOT_BEFORE_UNIT, "dgu");
// Decision 132: national numbers with a trunk 0 and an area code of one or two digits, written 2-3-4
// ("09 276 0044" in New Zealand, "01 555 2290" in Dublin) or a mobile 2-8 ("06-55501234" in the
// Netherlands): no count, dose or code is written so.
// Decision 135: a pager's number after its label ("his pager is 27718", "pgr 4-1129") and a hospital's
// internal extension after a paging or calling cue or closing a signature ("paged 4-2290", "ID fellow 4-1129").
const PAGER_RE = /(?<=(?<![\p{L}])(?:pager|PAGER|Pager|beeper|pgr|PGR|pg|PG|bpr|BPR|bleep|BLEEP)(?:[ \t]+(?:is|#|no\.?|number))?[ \t]*[:#]?[ \t]*)\d(?:-?\d){3,6}(?![\d\-\/]|\.\d)/dgu;
const EXTENSION_RE = /(?<![\d\-\/.,])\d-\d{4}(?![\d\-\/%]|[.,]\d)/dgu;
const EXTENSION_CUE_BEFORE = /(?:paged?|PAGED?|call|CALL|callback|pgr|PGR|x|ext\.?|EXT\.?|fellow|resident|intern|attending|RN|MD|NP|[Qq]['’]?[Ss])[^\n\d]{0,12}$/;
const PHONE_TRUNK_RE = /(?<![\w+\-.\/])(?:0\d{1,2}[ \-]\d{3}[ \-]\d{4}|0\d[ \-]\d{8})(?!\w|[.\-\/]\d)/dgu;
const CONTACT_BEFORE = /(?:^|[^\p{L}])(?:call|ring|phone|tel|mob|mobile|dtr|home|cell|hm|wk|work|pager|pgr|hp|h\/p|handphone|contact|reach|whatsapp|sms|text|daughter|son|wife|husband|nok|sister|brother|niece|nephew|neighbour|neighbor|carer|guardian)(?![\p{L}])[^\n;.]{0,32}$/iu;

function isPhoneLike(s: string): boolean {
  const n = digitCount(s);
  return n >= 4 && n <= 15;
}

export const detectPhone: Detector = (text, add) => {
  const push = (start: number, end: number) =>
    add({ kind: "phone", start, end, message: MSG.phone, priority: 5 } satisfies Candidate);
  for (const s of spans(PHONE_INTL_RE, text)) {
    const n = digitCount(s.match[0]);
    if (n >= 8 && n <= 15) push(s.start, s.end);
  }
  for (const s of spans(PHONE_NANP_RE, text)) push(s.start, s.end);
  for (const s of spans(PHONE_LOCAL_RE, text)) if (!roundRange(s.match[0]) || CONTACT_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) push(s.start, s.end);
  for (const s of spans(PHONE_UK_RE, text)) {
    const n = digitCount(s.match[0]);
    if (n >= 10 && n <= 11) push(s.start, s.end);
  }
  for (const s of /0[2378]\)?[ \t]?\d{4}|1[38]00[ \t]\d/.test(text) ? spans(PHONE_AU_RE, text) : []) push(s.start, s.end);
  for (const s of /0\d{1,2}[ \-]\d{3}/.test(text) ? spans(PHONE_TRUNK_RE, text) : []) push(s.start, s.end);
  for (const s of /pager|PAGER|Pager|beeper|pgr|PGR|pg|PG|bpr|BPR|bleep|BLEEP/.test(text) ? spans(PAGER_RE, text) : []) push(s.start, s.end);
  for (const s of /\d-\d{4}/.test(text) ? spans(EXTENSION_RE, text) : []) if (EXTENSION_CUE_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start))) push(s.start, s.end);
  for (const s of /1[3-9]\d[ \-]\d{4}[ \-]\d{4}/.test(text) ? spans(PHONE_CN_MOBILE_RE, text) : []) push(s.start, s.end);
  // Two round counts ("platelets 85000 90000") are no phone number.
  for (const s of /\d{5}[ \t]\d{5}/.test(text) ? spans(PHONE_IN_MOBILE_RE, text) : []) if (!/00(?:[ \t]|$)/.test(s.match[0])) push(s.start, s.end);
  for (const s of MAY_HAVE_SPOKEN_PHONE.test(text) ? spans(SPOKEN_PHONE_RE, text) : []) {
    const n = spokenDigits(s.match[0]);
    if (n >= 7 && n <= 15) push(s.start, s.end);
  }
  for (const s of /[3-9]\d{3}[ \-]\d{4}/.test(text) ? spans(PHONE_EIGHT_RE, text) : []) {
    if (!/0[ \-]\d{3}0$/.test(s.match[0]) && CONTACT_BEFORE.test(text.slice(Math.max(0, s.start - 48), s.start))) push(s.start, s.end);
  }
  for (const s of spans(PHONE_EXTENSION_CUED_RE, text)) {
    // Five bare digits only after a calling verb, never after "at"/"on" ("at 10000 feet").
    // "page me at #41872": a hash makes it a number too.
    if (/^\d{5}$/.test(s.match[0]) && !/(?:page|paged|call|called|beep|p[#:])[ \t]*$|#$/i.test(text.slice(Math.max(0, s.start - 10), s.start))) continue;
    push(s.start, s.end);
  }
  for (const s of spans(PHONE_LABELLED_RE, text, 1)) {
    const label = s.match[0];
    // "#" alone labels many things; only a phone-shaped number after it counts.
    if (label.startsWith("#") && digitCount(s.match[1] ?? "") < 7) continue;
    // "goal ph 7.50-7.55": a pH, not a phone.
    if (/^(?:ph|PH|Ph)[ \t.:]/.test(label) && /^[5-8]\.\d/.test(s.match[1] ?? "")) continue;
    // "x4471" is an extension; "CABG x3 2001" is a count before a year.
    if (label.startsWith("x") && /\s/.test(s.match[1] ?? "")) continue;
    // "POD#0 AVR. EXT 2040.": after a surgery or a ventilator's words, "ext" before a clock time and after no number is
    // the extubation's time (decision 140).
    if (/^(?:ext|EXT|Ext)\.?[ \t]/.test(label) && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(s.match[1] ?? "") && !/\d[ \t,]*$/.test(text.slice(Math.max(0, s.start - label.length - 4), s.start - label.length + label.search(/[ \t]/))) && /(?:pod|cabg|avr|mvr|asd|vsd|repair|post-?op|s\/p|csru|vent|intubated|sbt|rsbi|weaned)/i.test(text.slice(Math.max(0, s.start - 60), s.start)) && !/(?:call|page|phone|ph|reach|tel|contact|number|dial|rep|office|unit|desk|line|at)[^.\n]{0,20}$/i.test(text.slice(Math.max(0, s.start - 40), s.start))) continue;
    // "UPDATED BY PHONE 2200": a phone as the means, before a clock time, is when (decision 142).
    if (/^phone\b/i.test(label) && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(s.match[1] ?? "") && /(?:by|via|per|on[ \t]+the|over[ \t]+the)[ \t]+$/i.test(text.slice(Math.max(0, s.match.index - 12), s.match.index))) continue;
    if (isPhoneLike(s.match[1] ?? "")) push(s.start, s.end);
  }
};
