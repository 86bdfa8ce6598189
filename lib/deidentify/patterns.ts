// Regular-expression fragments shared by the guard's detectors.

// Month names: capitalised or in capitals. Lower-case "may" and "march" are ordinary English
// words, whereas "12 March" or "MARCH 12" in clinical writing is a date.
export const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?" +
  "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)";

// Capitalised words that commonly follow an honorific or label but are not
// names ("Dr The ...", "Name: Not recorded", "Dr Reviewed").
const STOP_LIST =
  "The|This|That|These|Those|An|And|Or|But|Of|In|On|At|To|For|With|By|From|Is|Was|Were|Has|Had|Have|Will|Would|Should|Could|Can|Please|Review|Reviewed|Reviewing|Note|Notes|Team|Office|Clinic|Ward|Unknown|Not|None|Withheld|Redacted|Male|Female|Man|Woman|Patient|He|She|They|His|Her|Their|It|Said|Saw|Seen|Today|Yesterday|Tomorrow|Age|Sex|Aware|Notified|Called|Paged|Here|There|Also|Who|Following|Service|On-call|Oncall|Are|As|If|A";
// The same words in capitals too ("MR. OKAFOR IS A 93 YO"), and record labels.
export const STOP_WORDS = `(?:${STOP_LIST}|${STOP_LIST.toUpperCase()}|MRN|DOB|NHS|ID)`;

// End of a word. Apostrophe-joined parts ("O'Brien", "Smith's") are consumed
// by the token patterns themselves, so a trailing possessive ("Bloggs'") may follow.
export const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

// A number followed by a unit is a measurement ("1200000 copies/mL",
// "0958 12 mm"), never part of an identifier; a slash between spaces separates fields ("+31 6 5550 1892 / vr").
export const NOT_BEFORE_UNIT =
  "(?![ \\t]*(?:x(?!\\p{L})|×|\\/(?![ \\t])|copies|cells|units?(?!\\p{L})|U(?!\\p{L})|IU|[mµμunp]?(?:g|L|l|mol)(?!\\p{L})|mL|ml|mm|cm|%|per(?!\\p{L})|cfu|CFU|bp|kb|Hz|Da|kDa|mg|mcg|kg|hrs?|hours?|min|mins|secs?|days?|weeks?|wks?|months?|years?|beats|bpm|cc))";

// One capitalised name token: "Smith", "O'Brien", "McDonald", "Smith-Jones",
// "José", or the same in capitals ("SMITH"). The stop-word guard sits in front.
export const NAME_WORD = `(?!${STOP_WORDS}${NOT_WORD_AFTER})\\p{Lu}(?:\\p{Ll}*(?:\\p{Lu}\\p{Ll}+)?|\\p{Lu}+)(?:['’\\-]\\p{Lu}?(?:\\p{Ll}+|\\p{Lu}+))*${NOT_WORD_AFTER}`;

// Suffixes that name a street even without a house number ("lives on Coolidge Street").
export const STREET_SUFFIX_LONG =
  "(?:Street|Road|Avenue|Lane|Boulevard|Crescent|Terrace|Highway|Parkway|Nagar|Marg|Enclave|Vihar|STREET|ROAD|AVENUE|LANE|BOULEVARD)";
// After a house number, shorter and more ordinary words are streets too ("45 Elm Way"), in
// capitals too, as exports write them ("14 ORCHARD RISE", decision 118).
export const STREET_SUFFIX =
  `(?:${STREET_SUFFIX_LONG.slice(3, -1)}|Drive|Close|Court|Place|Gardens|Grove|Square|Mews|Way|Row|Rise|Hill|Parade|Wharf|Pike|Trace|Trail|Cove|Loop|Bend|Run|Crossing|DRIVE|CRESCENT|TERRACE|CLOSE|COURT|PLACE|GARDENS|GROVE|SQUARE|MEWS|WAY|RISE|PARADE|St|Rd|Ave|Ln|Dr|Blvd|Ct|Pl|Cres|Tce|Gdns|Sq|Hwy|Pkwy|Cir|ST|RD|AVE|LN|DR|BLVD)`;

// A number before a unit of time is a duration, never a house number ("F/U 1 WK. PCP DR ...").
const TIME_UNIT = "(?:WKS?|Wks?|MOS?|Mos?|HRS?|Hrs?|DAYS?|Days?|WEEKS?|Weeks?|MONTHS?|Months?|YRS?|Yrs?|YEARS?|Years?|MINS?|Mins?)";
/** A capitalised word that may be part of a street's or an institution's name. */
export const CAP_WORD = `(?!(?:${MONTH}|${STOP_WORDS}|${TIME_UNIT})${NOT_WORD_AFTER})\\p{Lu}[\\p{L}'’\\-]*\\.?`;

// Numbers as speech recognition writes them in dictated notes (decision 118): digits read out
// one by one ("oh seven seven nine"), 1-99 ("forty two") and years ("nineteen thirty", "two
// thousand and twenty four").
export const SPOKEN_DIGIT = "(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)";
const SPOKEN_UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
const SPOKEN_TEEN = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const SPOKEN_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
export const SPOKEN_NUMBER = `(?:${SPOKEN_TENS}(?:[ \\t\\-]+${SPOKEN_UNIT})?|${SPOKEN_TEEN}|${SPOKEN_UNIT})`;
export const SPOKEN_YEAR =
  `(?:(?:nineteen|eighteen)[ \\t]+(?:hundred(?:[ \\t]+and[ \\t]+${SPOKEN_NUMBER})?|oh[ \\t]+${SPOKEN_UNIT}|${SPOKEN_TEEN}|${SPOKEN_TENS}(?:[ \\t\\-]+${SPOKEN_UNIT})?)` +
  `|two[ \\t]+thousand(?:(?:[ \\t]+and)?[ \\t]+${SPOKEN_NUMBER})?|twenty[ \\t]+(?:${SPOKEN_TEEN}|twenty(?:[ \\t\\-]+${SPOKEN_UNIT})?))`;

// A lab's, a vital's or a vent setting's label before numbers joined by hyphens: a trend, neither a date nor a
// record number ("PEEP 5-8-10", "Plt 110-98-76", "FIO2 WEANED 100-80-60"; decision 143).
export const TREND_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:plts?|fs|fsbs|bs|bg|ck|cpk|na|k|hr|sbp|dbp|map|cvp|peep|ps|wbc|hct|hgb|tmax|temp|glucose|fio2|inr|cr|bun|trop|lactate|ptt|rr|pip|icp|cpp|uo|ci|svr|sats?)[ \t:=]*(?:(?:weaned|increased|decreased|titrated|trended|down|up|from|went)[ \t]+)*$/iu;
