// Places found by the shape of what names them rather than by a list (decision 109): residences by
// their head noun ("fall at Heritage Pointe"), a hospital named before its emergency room ("seen
// at Pen Bay ER"), lower-case saints and towns in chat-like notes ("fyi jess from st vincents",
// "going back to ridgeview", "lives in fall river"), the town line of a British address above its
// postcode, and Canadian and Australian towns before their province or state ("Calgary, AB").
import { dictionaries } from "./dictionaries";
import { CALENDAR_WORDS, eponymHeadAfter, GENERIC_PLACE_WORDS } from "./name-context";
import { UK_POSTCODE } from "./addresses";
import { isCommonWord, looksMedical } from "./tokens";
import { MSG, spans, type Detector } from "./types";

// A residence or estate by its head noun after a preposition of place: "fall at Heritage Pointe",
// "from Willow Commons", "to Cedar Crossing". The words before the head must be no clinical word
// ("at McBurney Point" is tenderness).
const RESIDENCE_HEAD_RE = /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:at|from|to|in|At|From|To|In)[ \t]+(?:the[ \t]+)?)((?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,2})(?:Pointe|Commons|Village|Estates|Meadows|Crossing|Landing|Heights|Lodge|Towers|Glen|Pines|Oaks|Acres|Haven|Springs|Woods)(?![\p{L}])/dgu;
// A hospital named before its emergency room: "seen at Pen Bay ER", "taken to Mercy ED".
const BEFORE_EMERGENCY_RE = /(?=\p{Lu})(?<=(?:^|[^\p{L}])(?:at|from|to|At|From|To|AT|FROM|TO)[ \t]+(?:the[ \t]+)?)((?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,3})(?:ER|ED|E\.R\.|A&E|Emergency Room|Emergency Department)(?![\p{L}])/dgu;
const NOT_BEFORE_EMERGENCY = new Set("main local nearest same outside other previous adult adults pediatric paediatric peds children's childrens this our their your north south east west new old busy".split(" "));
// In lower case, a saint's name is a hospital's: "from st vincents", "at st mary's" (not "st
// elevation", "st john's wort").
const LOWER_SAINT_RE = /(?<![\p{L}\d])(?:st\.?|saint)[ \t]+(\p{Ll}+?)(?:['’]?s)?(?![\p{L}'’])(?![ \t]+wort)/dgu;
// A strong cue of where the patient lives, goes or comes from, then lower-case words.
const LOWER_AFTER_PLACE_CUE_RE = /(?:(?<![\p{L}])(?:lives|living|lived|moved|back|home|going|go|went|returning|return|transferred|transfer|discharged|discharge|d\/c|from|staying|stays|stayed)(?:[ \t]+(?:in|to|from|at|near))?|(?:(?<![\p{L}])is|['’]s)[ \t]+(?:at|in))[ \t]+(?!(?:back|home|in|to|from|at|near|the|a|an|his|her|their)(?![\p{L}]))(\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})/dgu;
// "going back to ridgeview": a word in no list with a town's ending, after such a cue.
const LOWER_TOWN_SHAPE = /^\p{Ll}{4,}(?:view|wood|field|dale|brook|ville|burg|borough|ford|crest|haven|mont|ridge|port|bury|stead|worth|minster|chester|caster|mouth)$/u;
// The town line of a British address, right above (or before) its postcode: "Callington\nPL17 7AB".
const TOWN_ABOVE_POSTCODE_RE = new RegExp(`(?<=^|\\n)[ \\t]*(\\p{Lu}[\\p{Ll}'’\\-]+(?:[ \\t\\-]+\\p{Lu}[\\p{Ll}'’\\-]+){0,2})[ \\t]*,?[ \\t]*(?:\\r?\\n[ \\t]*|[ \\t]+)${UK_POSTCODE}(?![\\p{L}\\p{N}])`, "dgu");
// Canadian provinces and Australian states after a known town: "Calgary, AB", "Dubbo NSW 2830".
const PROVINCE_AFTER_TOWN_RE = /(?=[A-Z])(?<=(\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)[ \t]?,?[ \t]+)(?:AB|BC|MB|NB|NL|NS|NU|ON|PE|PEI|QC|SK|YT|NSW|VIC|QLD|TAS|ACT)(?:[ \t]+\d{4})?(?![\w\-])/dgu;
// In lower case, a hospital's abbreviation by its ending after a move: "wants bed 9 to go to mgh",
// "transfer from bmc" ("go to icu" is a level of care, "d/c to nh" a nursing home, "to much" a word).
const LOWER_HOSPITAL_ABBREVIATION_RE = /(?=[a-z])(?<=(?:^|[^\p{L}])(?:to|from|at)[ \t]+)(?:[a-z]{2,3}h|[a-z]{1,2}(?:mc|gh))(?![\p{L}\p{N}\-\/])/dgu;
// Where the patient spends a season: "summers on the Cape", "winters at the Lake".
const SEASONAL_PLACE_RE = /(?<=(?:summers|winters|summered|wintered|vacations|vacationed|holidays)[ \t]+(?:on|in|at|by|down[ \t]+(?:on|in|at))[ \t]+)the[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?/dgu;
// A hospital named by a faith or a people, which the word lists hold as ordinary words: "ADMITTED
// FROM HEBREW REHAB", "Baptist Hospital", "Swedish Medical Center".
/** Faiths and peoples that name hospitals and homes (capitals.ts capitalises them before an institution's kind). */
export const FAITH_OR_PEOPLE = "Hebrew Jewish Baptist Methodist Presbyterian Lutheran Episcopal Adventist Catholic Swedish German Norwegian Polish Irish Italian French Chinese Japanese Korean Armenian Greek".split(" ");
const FAITH_OR_PEOPLE_INSTITUTION_RE = new RegExp(`(?<![\\p{L}])(?:${[...FAITH_OR_PEOPLE, ...FAITH_OR_PEOPLE.map((w) => w.toUpperCase())].join("|")})[ \\t]+(?:Rehab(?:ilitation)?|REHAB(?:ILITATION)?|Hospital|HOSPITAL|Home|HOME|Medical Cent(?:er|re)|MEDICAL CENTER|Senior Life|SENIOR LIFE|Healthcare|HEALTHCARE|Health|HEALTH)(?![\\p{L}])`, "dgu");
// A mountain's name names a hospital or a town after a preposition: "Born at Mount Auburn", "from Mt.
// Vernon".
const MOUNT_RE = /(?<=(?:^|[^\p{L}])(?:at|from|to|in|near|At|From|To|In|AT|FROM|TO|IN)[ \t]+(?:the[ \t]+)?)(?:Mount|Mt\.?|MOUNT|MT\.?)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]+)?/dgu;
// Where someone was born or delivered: "Both born 3/11/04 at Holy Family via c/s" (decision 124).
const BORN_AT_RE = /(?<=(?:^|[^\p{L}])(?:born|delivered|Born|Delivered|BORN|DELIVERED)(?:[ \t]+[\d\/\-.]+)?[ \t]+(?:at|in|AT|IN)[ \t]+(?:the[ \t]+)?)\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,3}/dgu;
// A place of worship by its name: "Attends Twelfth Baptist Church", "Holy Name Parish hall" (not
// "the Catholic Church": a faith alone names no congregation).
// Decision 135: a congregation named "Church of ..." or "Our Lady of ...", and a Kingdom Hall, in any
// case ("ATTENDS CHURCH OF GOD OF PROPHECY", "our lady of the assumption parish"); a national church
// ("Church of England") names a faith, not a congregation.
const CHURCH_OF_RE = /(?<![\p{L}])(?:(?:church|parish|cathedral|basilica|our[ \t]+lady)[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:england|scotland|ireland|wales|rome)(?![\p{L}]))\p{L}{3,}(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{L}{3,})?(?:[ \t]+(?:parish|church))?|kingdom[ \t]+hall)(?![\p{L}])/dgiu;
const WORSHIP_RE = /(?<![\p{L}])((?:(?:St\.?|Saint|\p{Lu}[\p{Ll}'’\-]+)[ \t]+){1,3})(?:Church|Parish|Chapel|Synagogue|Mosque|Temple|Cathedral|Congregation|Masjid|Gurdwara|Mandir|AME|A\.M\.E\.|Tabernacle|Ministries)(?![\p{L}])/dgu;
// A congregation named by its number: "church at Twelfth Baptist" (decision 135).
const ORDINAL_CHURCH_RE = /(?<![\p{L}])(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Nineteenth|Twentieth)[ \t]+(?:Baptist|Presbyterian|Methodist|Congregational|Lutheran)(?![\p{L}])/dgu;
const FAITH_WORDS = new Set("catholic roman anglican orthodox christian protestant evangelical baptist methodist presbyterian lutheran episcopal adventist pentecostal mormon lds jewish reform conservative unitarian quaker muslim islamic hindu sikh buddhist the our his her their local a an this that same parish church".split(" "));
// A family business: "Funeral home: Hartwell & Sons".
const FAMILY_BUSINESS_RE = /(?<![\p{L}])\p{Lu}[\p{L}'’\-]+[ \t]+(?:&|and)[ \t]+Sons(?![\p{L}])/dgu;
// A discharge destination by its head noun: "Destination: Rosewood House" ("Destination: Home").
const DESTINATION_RE = /(?<=(?:[Dd]estination|DESTINATION)[ \t]*:[ \t]*)(?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,2}(?:House|Lodge|Court|Manor|Hall|Grange|View|Gardens|Park)(?![\p{L}])/dgu;
// A British GP's practice after the GP's name: "GP: Dr S Kaur, Parkside Surgery".
const GP_SURGERY_RE = /(?<=(?:GP|G\.P\.|[Gg]eneral [Pp]ractitioner)[ \t]*:?[^\n]{0,40},[ \t]*)((?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,2})Surgery(?![\p{L}])/dgu;
const AUSTRALIAN_POSTCODE_RE = /(?=[A-Z])(?<=\p{L}[ \t,]+)(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)[ \t]+\d{4}(?![\w\-])/dgu;

// A postcode right after a known town, closing the clause: "Seoul 06241.", "Pune 411001," (a
// four-digit one must be no year: "Boston 2019") (decision 113).
const POSTCODE_AFTER_PLACE_RE = /(?=\d)(?<=(\p{Lu}[\p{Ll}'’\-]+)[ \t]+)\d{4,6}(?=[ \t]*(?:[.,;)]|$))/dgmu;
// Towns named with a Spanish, Portuguese or Italian article or saint after a preposition: "in El
// Alto", "from São Bento", "to Villa Rica" (the lists hold the famous ones) (decision 113).
const ARTICLE_TOWN_RE = /(?=[ELSPVCNBR])(?<=(?:^|[^\p{L}])(?:in|from|to|near|at|of)[ \t]+)(?:El|La|Las|Los|San|Santa|Santo|São|Puerto|Porto|Villa|Vila|Ciudad|Nueva|Nuevo|Bahía|Río|Rio|Ponta)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:de[ \t]+)?\p{Lu}\p{Ll}+)?(?![\p{L}])/dgu;

// Decision 118. An Irish county, "Enniscorthy, Co. Wexford", "County Kerry" (not "& Co.", "County Council").
const COUNTY_RE = /(?<![\p{L}])(?<!(?:and|&)[ \t]*)(?:Co\.|Co|CO\.|County|COUNTY)[ \t]+(\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{3,})(?![\p{L}])/dgu;
const NOT_A_COUNTY = new Set("ltd limited inc plc council court hall hospital clinic general road street office offices coroner councillor health".split(" "));
// The assigning facility of an HL7 identifier, "PID|1||7718231^^^SJH^MR": the hospital's code.
const HL7_FACILITY_RE = /(?<=\^\^\^)[A-Z][A-Z\d]{1,9}(?=\^(?:MR|MRN|PI|PN|AN|PT|VN|NH|HC|SS|DL|PPN)(?![A-Z]))/dgu;
// In a note written in lower case (dictation): "royal gwent", "at kings mill" (hospitals named for a
// crown), a named institution ("ashgrove lodge", "bangor health centre", "the elms surgery"), a
// known town after a preposition ("lives on his own in portishead"), and a word in no list after
// a service's place ("the stroke team at morriston").
const LOWER_CROWN_RE = /(?<![\p{L}])(?:royal|kings|king['’]s|queens|queen['’]s|princess|prince)[ \t]+([a-z][a-z'’\-]+)(?![\p{L}])/dgu;
const NOT_CROWN_NAME = /^(?:college|society|academy|mail|family|navy|air|marines?|army|jelly|blue|flush|highness|court|charter|commission|warrant|assent|decree|and|of|the|in|at|to|was|is|has|had)$/;
const LOWER_INSTITUTION_RE = /(?<![\p{L}])((?:[a-z][a-z'’\-]+[ \t]+){1,2})(?:hospital|infirmary|hospice|health[ \t]+cent(?:re|er)|medical[ \t]+cent(?:re|er)|surgery|nursing[ \t]+home|care[ \t]+home|rest[ \t]+home|lodge|manor|practice)(?![\p{L}])/dgu;
const LEAD_WORDS = new Set("the at from to in a an her his their of by our your local".split(" "));
const NOT_A_PRACTICE_NAME = new Set("doctors gps dentists vets nurses surgeons opticians chemists physios others parents patients days hours weeks months years".split(" "));
const LOWER_TOWN_RE = /(?<=(?:^|[^\p{L}])(?:in|at|from|near|to|of)[ \t]+)[a-z]{4,}(?![\p{L}])/dgu;
const AFTER_SERVICE_RE = /(?<=(?:^|[^\p{L}])(?:team|clinic|ward|unit|seen|admitted|reviewed|treated|transferred|referred|followed)[ \t]+(?:at|to|from|in)[ \t]+)[a-z]{5,}(?![\p{L}])(?=[ \t]*(?:[.,;]|$|\n)|[ \t]+(?:and|for|on|with|where|full[ \t]+stop|comma)(?![\p{L}]))/dgmu;

function detectLowerCaseVenues(text: string, place: (start: number, end: number) => void): void {
  const d = dictionaries();
  const known = (w: string) => d.places.has(w) && !d.common.has(w) && !isCommonWord(w) && !d.clinical.has(w) && !d.abbreviations.has(w);
  const unknown = (w: string) => w.length >= 4 && !d.common.has(w) && !isCommonWord(w) && !d.clinical.has(w) && !d.abbreviations.has(w) && !d.eponyms.has(w) && !CALENDAR_WORDS.has(w) && !GENERIC_PLACE_WORDS.has(w) && !looksMedical(w);
  for (const s of /royal|king|queen|prince/.test(text) ? spans(LOWER_CROWN_RE, text) : []) {
    const w = s.match[1]!;
    if (NOT_CROWN_NAME.test(w) || d.clinical.has(w) || d.abbreviations.has(w)) continue;
    if (known(w) || unknown(w) || /(?:^|[^\p{L}])(?:at|from|to|in)[ \t]+(?:the[ \t]+)?$/u.test(text.slice(Math.max(0, s.start - 10), s.start))) place(s.start, s.end);
  }
  for (const s of /[a-z][ \t]+(?:hospital|infirmary|hospice|health|medical|surgery|nursing|care|rest|lodge|manor|practice)(?![a-z])/.test(text) ? spans(LOWER_INSTITUTION_RE, text, 1) : []) {
    const words = s.match[1]!.trim().split(/[ \t]+/);
    // "asked for 'everything done' before surgery": a quotation's end or a word of time is no practice's name.
    if (words.some((w) => /['’]$/.test(w) || /^(?:before|after|during|since|until|post|pre|prior)$/.test(w))) continue;
    let k = 0;
    while (k < words.length && LEAD_WORDS.has(words[k]!)) k++;
    const name = words.slice(k);
    // "the elms surgery", "the limes practice": after "the", one plural word names a practice.
    const plural = k > 0 && words[k - 1] === "the" && name.length === 1 && /[^su]s$/.test(name[0]!) && !NOT_A_PRACTICE_NAME.has(name[0]!) && !d.clinical.has(name[0]!) && !GENERIC_PLACE_WORDS.has(name[0]!);
    if (name.length === 0 || name.some((w) => d.clinical.has(w) || GENERIC_PLACE_WORDS.has(w) || d.abbreviations.has(w)) || !(plural || name.some((w) => known(w) || unknown(w)))) continue;
    let offset = 0;
    for (const w of words.slice(0, k)) offset = s.match[1]!.indexOf(w, offset) + w.length;
    place(s.start + s.match[1]!.indexOf(name[0]!, offset), s.match.index + s.match[0].length);
  }
  for (const s of spans(LOWER_TOWN_RE, text)) if (known(s.match[0]) && !d.firstNames.has(s.match[0]) && !d.lastNames.has(s.match[0])) place(s.start, s.end);
  // Not a service's name: "referred to orthogeriatrics", "seen in dermatology".
  for (const s of spans(AFTER_SERVICE_RE, text)) if (unknown(s.match[0]) && !d.firstNames.has(s.match[0]) && !/(?:ics|logy|iatry|ery|ine|ing|tion|ment|ence|ance|ists?)$/.test(s.match[0])) place(s.start, s.end);
}

export const detectVenues: Detector = (text, add) => {
  const d = dictionaries();
  const ordinary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || d.eponyms.has(w) || CALENDAR_WORDS.has(w) || GENERIC_PLACE_WORDS.has(w);
  const place = (start: number, end: number) => add({ kind: "location", start, end, message: MSG.location, priority: 8 });
  for (const s of /Pointe|Commons|Village|Estates|Meadows|Crossing|Landing|Heights|Lodge|Towers|Glen|Pines|Oaks|Acres|Haven|Springs|Woods/.test(text) ? spans(RESIDENCE_HEAD_RE, text) : []) {
    const words = s.match[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (!words.some(ordinary)) place(s.start, s.end);
  }
  for (const s of /\S[ \t]+(?:ER|ED|E\.R\.|A&E|Emergency Room|Emergency Department)(?![A-Za-z])/.test(text) ? spans(BEFORE_EMERGENCY_RE, text, 1) : []) {
    const words = s.match[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (!words.every((w) => ordinary(w) || NOT_BEFORE_EMERGENCY.has(w))) place(s.start, s.start + s.match[1]!.trimEnd().length);
  }
  if (/(?:^|[^\p{L}])(?:st|saint)\.?[ \t]/u.test(text)) {
    for (const s of spans(LOWER_SAINT_RE, text)) if (d.firstNames.has(s.match[1]!) && !d.clinical.has(s.match[1]!)) place(s.start, s.end);
  }
  // Lower-case towns: a known town of two or three words, or a word in no list with a town's
  // ending, after a strong cue.
  for (const s of spans(LOWER_AFTER_PLACE_CUE_RE, text, 1)) {
    const words = s.match[1]!.split(/[ \t]+/);
    const n = [3, 2].find((k) => words.length >= k && !ordinary(words[0]!) && d.places.has(words.slice(0, k).join(" ")));
    if (n) place(s.start, s.start + words.slice(0, n).join(" ").length);
    else if (/(?:(?:is|['’]s|staying|stays|stayed)[ \t]+(?:at|in)|(?:flying|flown|flew|fly|driving|drove|coming|came)(?:[ \t]+(?:in|down|up|over))?[ \t]+from)[ \t]+$/.test(text.slice(Math.max(0, s.start - 16), s.start)) && words[0]!.length >= 4 && d.places.has(words[0]!) && !d.common.has(words[0]!) && !d.firstNames.has(words[0]!) && !d.clinical.has(words[0]!) && !CALENDAR_WORDS.has(words[0]!)) place(s.start, s.start + words[0]!.length);
    else if (LOWER_TOWN_SHAPE.test(words[0]!) && !isCommonWord(words[0]!) && !ordinary(words[0]!) && !looksMedical(words[0]!)) place(s.start, s.start + words[0]!.length);
  }
  for (const s of /summer|winter|vacation|holidays/.test(text) ? spans(SEASONAL_PLACE_RE, text) : []) {
    if (!ordinary(s.match[0].split(/[ \t]+/)[1]!.toLowerCase())) place(s.start, s.end);
  }
  for (const s of /Rehab|REHAB|Hospital|HOSPITAL|Home|HOME|Medical|MEDICAL|Senior|SENIOR|Health|HEALTH/.test(text) ? spans(FAITH_OR_PEOPLE_INSTITUTION_RE, text) : []) place(s.start, s.end);
  for (const s of /estination|ESTINATION/.test(text) ? spans(DESTINATION_RE, text) : []) {
    if (!ordinary(s.match[0].split(/[ \t]+/)[0]!.toLowerCase())) place(s.start, s.end);
  }
  for (const s of /Surgery/.test(text) ? spans(GP_SURGERY_RE, text) : []) {
    // A residence's kind may end the name ("Orchard House Surgery", decision 119), not begin it.
    const words = s.match[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (!ordinary(words[0]!) && !words.slice(1).some((w) => ordinary(w) && !GENERIC_PLACE_WORDS.has(w))) place(s.start, s.end);
  }
  for (const s of /Sons/.test(text) ? spans(FAMILY_BUSINESS_RE, text) : []) place(s.start, s.end);
  for (const s of /Mount|Mt|MOUNT|MT/.test(text) ? spans(MOUNT_RE, text) : []) place(s.start, s.end);
  for (const s of /born|deliver/i.test(text) ? spans(BORN_AT_RE, text) : []) {
    if (!s.match[0].split(/[ \t]+/).every((w) => ordinary(w.toLowerCase()) || /^(?:term|preterm|home|full|night|night-time|weekend|gestation)$/i.test(w))) place(s.start, s.end);
  }
  for (const s of /Baptist|Presbyterian|Methodist|Congregational|Lutheran/.test(text) ? spans(ORDINAL_CHURCH_RE, text) : []) place(s.start, s.end);
  for (const s of /church of|parish of|cathedral of|basilica of|lady of|kingdom hall/i.test(text) ? spans(CHURCH_OF_RE, text) : []) place(s.start, s.end);
  for (const s of /Church|Parish|Chapel|Synagogue|Mosque|Temple|Cathedral|Congregation|Masjid|Gurdwara|Mandir|AME|A\.M\.E\.|Tabernacle|Ministries/.test(text) ? spans(WORSHIP_RE, text) : []) {
    const words = s.match[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    // A sentence's first word may be its verb ("Attends Grace Chapel").
    let start = s.start;
    if (words.length > 1 && /(?:^|[.!?:;]\s+|\n\s*)$/.test(text.slice(Math.max(0, s.start - 3), s.start)) && d.common.has(words[0]!)) {
      start += /^\S+[ \t]+/.exec(s.match[1]!)![0].length;
      words.shift();
    }
    if (words.some((w) => !FAITH_WORDS.has(w) && !d.clinical.has(w) && !d.abbreviations.has(w))) place(start, s.end);
  }
  for (const s of /(?:to|from|at)[ \t]+[a-z]{1,3}(?:h|mc|gh)(?![a-z])/.test(text) ? spans(LOWER_HOSPITAL_ABBREVIATION_RE, text) : []) {
    const w = s.match[0];
    if (!isCommonWord(w) && !d.clinical.has(w) && !d.abbreviations.has(w) && !d.firstNames.has(w) && !d.lastNames.has(w) && !d.places.has(w)) place(s.start, s.end);
  }
  for (const s of /\d[A-Z]{2}/.test(text) ? spans(TOWN_ABOVE_POSTCODE_RE, text, 1) : []) {
    const words = s.match[1]!.split(/[ \t\-]+/).map((w) => w.toLowerCase());
    if (!words.every(ordinary)) place(s.start, s.end);
  }
  for (const s of spans(PROVINCE_AFTER_TOWN_RE, text)) {
    if (d.places.has(s.match[1]!.toLowerCase()) || d.places.has(s.match[1]!.toLowerCase().split(/[ \t]+/).pop()!)) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
  for (const s of spans(AUSTRALIAN_POSTCODE_RE, text)) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const s of /[A-Z][a-z]+[ \t]+\d{4,6}[ \t]*(?:[.,;)]|$)/m.test(text) ? spans(POSTCODE_AFTER_PLACE_RE, text) : []) {
    const town = s.match[1]!.toLowerCase();
    if (!d.places.has(town) || ordinary(town) || isCommonWord(town) || /^(?:19|20)\d\d$/.test(s.match[0])) continue;
    add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
  for (const s of /Co\.?[ \t]|County[ \t]|COUNTY[ \t]|CO\.[ \t]/.test(text) ? spans(COUNTY_RE, text) : []) {
    const w = s.match[1]!.toLowerCase();
    // A county's name may be a clinical word too ("County Mayo", "Co. Down").
    if (!NOT_A_COUNTY.has(w) && !GENERIC_PLACE_WORDS.has(w) && !CALENDAR_WORDS.has(w) && !d.abbreviations.has(w)) place(s.start, s.end);
  }
  for (const s of text.includes("^^^") ? spans(HL7_FACILITY_RE, text) : []) place(s.start, s.end);
  if (!/\p{Lu}\p{Ll}/u.test(text.slice(0, 400))) detectLowerCaseVenues(text, place);
  for (const s of /(?:in|from|to|near|at|of) (?:El|La|Las|Los|San|Sant|São|Puerto|Porto|Vila|Villa|Ciudad|Nuev|Bahía|Río|Rio|Ponta) [A-ZÀ-Ý]/.test(text) ? spans(ARTICLE_TOWN_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).slice(1).map((w) => w.toLowerCase());
    if (words.some((w) => d.clinical.has(w) || d.eponyms.has(w)) || eponymHeadAfter(text, s.end, true)) continue;
    place(s.start, s.end);
  }
};
