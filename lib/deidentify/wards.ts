// Floors, wards and services named after a building or a benefactor, with their number ("Ellison 12",
// "the Pierce 4 step-down unit", "pt on Stoneman 6 found w/ FS 28"), and named units in lower-case
// sentences ("called the Rosewood unit"). Moved here from places.ts (decision 128).
import { dictionaries } from "./dictionaries";
import { GENERIC_WARD } from "./name-context";
import { spans } from "./types";

// Floors and services named after a building or a benefactor: "the Pierce 4 step-down unit",
// "admitted to the Lowell 9 service", "Bigelow 11", and a named unit in lower case mid-sentence
// ("called the Rosewood unit").
const NUMBERED_WARD_RE = /(?=\p{Lu})(?<![\p{L}])(\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{3,})[ \t]+\d{1,2}[A-Z]?(?:[ \t]+(?:North|South|East|West|north|south|east|west|[NSEW]))?(?=[ \t]*(?:[ \t](?:step-?down|stepdown|unit|service|floor|ward|team|ICU|CCU|UNIT|SERVICE|FLOOR)(?![\p{L}])|[ \t]*[,;:)|]|[ \t]*\.(?!\d)|[ \t]*$))/dgmu;
// After a move the number need not close the clause: "Transferred from PCH to Ellison 12 on 2/11"
// (a dose, a duration or a time after the number is no floor).
const MOVE_TO_WARD_RE = /(?=\p{Lu})(?<=(?<![\p{L}])(?:[Tt]ransferred|[Tt]ransferring|[Tt]ransfer|[Mm]oved|[Mm]oving|[Aa]dmitted|[Aa]dmit|[Ss]ent|[Bb]ack|[Rr]eturned|TRANSFERRED|TRANSFER|MOVED|ADMITTED|ADMIT|SENT|BACK|RETURNED)(?:[ \t]+(?:to|from|TO|FROM)[ \t]+[\p{L}\p{N}'’.\-]+)?[ \t]+(?:to|from|TO|FROM)[ \t]+(?:the[ \t]+)?)(\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{3,})[ \t]+\d{1,2}[A-Z]?(?![\p{L}\p{N}.\/:%])(?![ \t]*(?:mg|mcg|g|ml|mL|units?|u|x|times|days?|weeks?|months?|years?|hours?|hrs?|h|min|mins|minutes|cm|mm|am|pm|AM|PM|yo|y\/o)(?![\p{L}]))/dgu;
const LOWER_WARD_RE = /(?=\p{Lu})(?<=[\p{Ll},][ \t]+(?:the[ \t]+)?)(\p{Lu}\p{Ll}[\p{L}'’\-]+)[ \t]+(?:unit|ward|wing|floor|service)(?![\p{L}])/dgu;
const WARD_NOT_NAME = /^(?:age|aged|ahi|rdi|odi|bmi|ess|meld|curb|qsofa|sofa|apache|news|mews|nihss|timi|chads|hasbled|perc|abcd|ecog|grace|wells|heart|tews|pews|ews|sats|mrc|rass|cfs|vas|nrs|bps|bed|room|rm|level|grade|stage|day|week|month|year|hour|type|class|zone|section|segment|page|table|figure|fig|step|phase|cycle|dose|part|item|line|lead|series|image|slice|cm|mm|mg|ml|the|and|or|of|in|on|at|to|from|for|with|by|score|gcs|apgar|tanner|nyha|asa|who|ecog|gleason|birads|pirads|lirads|tirads|lumbar|cervical|thoracic|sacral|rib|ribs|toe|finger|digit|metatarsal|ray|zone|ward|unit|floor|building|bldg|suite|apt|pod|team|service|station|cpt|icd|vitamin|factor|interleukin|covid|sars|hpv|hla|trisomy|chromosome|exon|codon|intron|figure|version|v|no|number|x|times|over|under|about|approximately|around|nearly|only|just|every|each|now|then|still|also|was|is|were|are|up|down|to|til|till|until|q|post|pre|op|pod|hd|dol|gestation|para|gravida|g|p|room)$/;
const MAY_HAVE_NAMED_WARD = /\p{L}[ \t]+\d{1,2}[A-Z]?(?![\d\/]|\.\d)|unit|ward|wing|floor|service/u;
// Decision 128. Where a patient is: "pt on Stoneman 6 found", "RRT: pt on Reisman 9 w/ new facial
// droop" (a drug and its dose after "on" are no floor: the number may carry no unit after it).
const ON_WARD_RE = /(?=\p{Lu})(?<=(?<![\p{L}])(?:pt|patient|PT|PATIENT|Pt|Patient|now|NOW|still|remains|REMAINS|boarding|BOARDING)[ \t]+(?:on|ON)[ \t]+)(\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{3,})[ \t]+\d{1,2}[A-Z]?(?![\p{L}\p{N}.\/:%])(?![ \t]*(?:mg|mcg|g|ml|mL|units?|u|x|L|lpm|l\/min|%|cm|mm|mcg\/kg)(?![\p{L}]))/dgu;
// A location's label before a floor, after the hospital's letters: "LOC: MGH ELLISON 12",
// "LOCATION : CLOUGH 7 WEST", "Unit: Galter 9".
const LABELLED_WARD_RE = /(?<=(?<![\p{L}])(?:LOC|LOCATION|Location|Loc|UNIT|Unit|WARD|Ward|FLOOR|Floor)[ \t]*:[ \t]*(?:[A-Z][A-Za-z]{1,4}[ \t]+)?)([A-Za-z][A-Za-z'’\-]+)[ \t]+\d{1,2}[A-Za-z]?(?:[ \t]+(?:north|south|east|west|North|South|East|West|NORTH|SOUTH|EAST|WEST|[NSEW]))?(?![\p{L}\p{N}])/dgu;
// "(bed 3, Baker 5)": a bed's number before the comma is no result in a list.
const BED_BEFORE = /(?:bed|bay|rm|room|BED|BAY|RM|ROOM|Bed|Bay|Room)[ \t]*\d{1,3}[A-Z]?[ \t]*,[ \t]*$/;

// Decision 138: buildings whose floors Boston's teaching hospitals name wards by ("FARR 10", "bed on
// reisman 10", "from Feldberg 7 2/9"), in any case and any place in the sentence. Words that are also
// colours, trades or drains ("White", "Baker", "Blake") are left to the rules above.
const BUILDINGS = "farr|feldberg|reisman|ellison|bigelow|lunder|phillips|wang|stoneman|kirstein|shapiro|bulfinch|yawkey|gryzmish|deaconess|rabb";
const BUILDING_FLOOR_RE = new RegExp(`(?<![\\p{L}])(?<!(?:dr|mr|mrs|ms)\\.?[ \\t]+)(?:${BUILDINGS})[ \\t]+\\d{1,2}(?:(?![xX])[A-Z](?![\\p{L}]))?(?![\\d\\/:%]|\\.\\d|[ \\t]*(?:mg|mcg|ml|cc|units?|x|hrs?|hours?|min|mins|days?|weeks?|wks?|months?|years?|yrs?)(?![\\p{L}]))`, "dgiu");
const BUILDINGS_RE = new RegExp(BUILDINGS, "i");

export function detectNumberedWards(text: string, push: (start: number, end: number) => void): void {
  for (const s of BUILDINGS_RE.test(text) ? spans(BUILDING_FLOOR_RE, text) : []) push(s.start, s.end);
if (MAY_HAVE_NAMED_WARD.test(text)) {
  const numbered = [NUMBERED_WARD_RE, MOVE_TO_WARD_RE, ...(/(?:on|ON)[ \t]+\p{Lu}/u.test(text) ? [ON_WARD_RE] : []), ...(/:[ \t]*\p{L}/u.test(text) ? [LABELLED_WARD_RE] : [])];
  for (const re of /\S[ \t]+(?:unit|ward|wing|floor|service)(?![A-Za-z])/.test(text) ? [...numbered, LOWER_WARD_RE] : numbered) {
    for (const s of spans(re, text, 1)) {
      const word = s.match[1] ?? "";
      const w = word.toLowerCase();
      const before = text.slice(Math.max(0, s.start - 30), s.start);
      // "the Falls Prevention service": a capitalised word before it makes it a service's name,
      // and a noun of an activity names what the service does.
      if (re === LOWER_WARD_RE && (/\p{Lu}\p{Ll}*[ \t]+$/u.test(before) || /(?:tion|sion|ment|ance|ence|ing|ness|ity|ery|ogy|ics)$/.test(w))) continue;
      // A ward's name is no clinical word ("Bed 4", "Room 12", "Level 3", "Grade 2", "Day 5").
      // A surname the catalogue holds for a disease names a floor after a move ("transferring to Ellison 4").
      const afterPreposition = /(?:^|[^\p{L}])(?:to|from|the|on|TO|FROM|THE|ON)[ \t]+$/u.test(before);
      const afterMove = re === MOVE_TO_WARD_RE || re === LABELLED_WARD_RE || /(?:transfer|transferred|transferring|moved|moving|admitted|sent|back|returned)[ \t]+(?:to|from)[ \t]+(?:the[ \t]+)?$/i.test(before);
      if (GENERIC_WARD.has(w) || (dictionaries().clinical.has(w) && !(re !== LOWER_WARD_RE && afterMove)) || dictionaries().abbreviations.has(w) || WARD_NOT_NAME.test(w)) continue;
      // Mid-sentence, or on a line that names a service; and in the numbered form, after
      // "to/on/the/from/at" or a comma, where a floor is named.
      if (re !== LOWER_WARD_RE && re !== LABELLED_WARD_RE && !/(?:\b(?:to|the|from|at|in|of|on|TO|THE|FROM|AT|IN|ON)|[,:]|->|→)[ \t]*$/.test(before)) continue;
      // Decision 119. In a list of results or scores a word before a number is a test's or a score's
      // ("ALP 130, BILI 18", "Waterlow 18"), not a floor's.
      // An eponym names a floor after a preposition ("transferring to Ellison 4"), a score elsewhere.
      if (re !== LOWER_WARD_RE && ((/\d[ \t]*[,;][ \t]*$/.test(before) && !BED_BEFORE.test(before)) || (dictionaries().eponyms.has(w) && !afterPreposition))) continue;
      push(s.start, s.end);
    }
  }
}
}
