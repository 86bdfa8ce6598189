// Ages over 89, in digits and in words, with or without "years" ("92 yo", "ninety-one", "turns 94",
// "Mrs. Dunleavy (96)"). Moved out of records.ts (decision 135).
import { dictionaries } from "./dictionaries";
import { isCommonWord } from "./tokens";
import { RELATIONS } from "./name-context";
import { MSG, spans, type Detector } from "./types";

const TENS = "(?:ninety|one hundred(?: and)?)";
const UNITS = "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
// Phrasings that state an age: "92-year-old", "92 yo", "92 y/o", "aged 95", "age: 103",
// "92M"/"92 F" (sex after the age), "ninety-two years old", "in her 90s".
const AGE_RES: RegExp[] = [
  /(?<![\p{N}.])(\d{2,3})[ \t\-]*(?:years?|yrs?|y)[ \t\-]*old(?!\p{L})/dgiu,
  /(?<![\p{N}.])(\d{2,3})[ \t\-]*(?:years?|yrs?)[ \t\-]+of[ \t\-]+age(?!\p{L})/dgiu,
  /(?<![\p{N}.])(\d{2,3})[ \t\-]*(?:y\/o|y\.o\.?|yo|yrs?\.?|y)(?:[ \t]*(?:[MF]|male|female|man|woman|gentleman|lady|w|m|f))?(?!\p{L})/dgiu,
  /(?<![\p{N}.])(\d{2,3})[ \t]?(?:M|F)(?![\p{L}\p{N}°])(?![ \t]*(?:°|degrees?|temp))/dgu,
  // "aged 95" but not "aged 90 days" (neonatal ages in days are not ages in years).
  /(?<!\p{L})(?:[Aa]ged?|AGED?|(?:[Aa]ge|AGE)[ \t]+(?:of|OF)|(?:[Aa]ge|AGE)[ \t]*\((?:years|yrs|y)\))[ \t]*[:\-=]?[ \t]*(\d{2,3})(?!\p{N}|\.\d)(?![ \t]*(?:days?|d|weeks?|wks?|w|months?|mo|mths?)(?!\p{L}))/dgu,
  /(?<!\p{L})(?:his|her|their|HIS|HER|THEIR)[ \t]+(?:(?:late|early|mid|LATE|EARLY|MID)[ \t\-]+)?(\d{2,3})'?[sS](?!\p{L})/dgu,
  // Decision 135 (the lookbehind-first ones start with "(?=\d)" so a scan fails fast where no digit
  // is): an age field in JSON or key=value ("age": "90"); after a generational suffix
  // ("Brightwater Jr., 97, of Marquette", "O'Sullivan III, 91,"); after a name and "is" before
  // "now" or "today" ("Lorraine is 95 now"); at death or alive ("died May '19 at 93 of a stroke",
  // "ALIVE AT 91").
  /(?<![\p{L}])["']?(?:age|Age|AGE)["']?[ \t]*[:=][ \t]*["']?(\d{2,3})(?![\p{N}.])/dgu,
  /(?=\d)(?<=(?:(?<![\p{L}])(?:Jr|Sr|JR|SR)\.?|(?<![\p{L}])(?:II|III|IV))[ \t]*,[ \t]*)(\d{2,3})(?=[ \t]*,)/dgu,
  /(?=\d)(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+(?:is|was)[ \t]+)(\d{2,3})(?=[ \t]+(?:now|today|this[ \t]+year|years?)(?![\p{L}]))/dgu,
  /(?=\d)(?<=(?<![\p{L}])(?:died|passed away|deceased|death|DIED|DECEASED)(?:[ \t]+[^\s.;]+){0,4}?[ \t]+(?:at|AT|aged|AGED)[ \t]+)(\d{2,3})(?![\p{N}%]|[.,]\d)/dgu,
  /(?=\d)(?<=(?:\p{Lu}\p{Ll}+|mother|father|mom|mum|dad|wife|husband|grandmother|grandfather|aunt|uncle|sister|brother),[ \t]*(?:now|aged)[ \t]+)(\d{2,3})(?=[ \t]*[,;)])/dgu,
  /(?=\d)(?<=(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth)[ \t]*:?[ \t]*\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4}[ \t]*\([ \t]*)(\d{2,3})(?=[ \t]*(?:y|yo|yrs?|years?)?[ \t]*\))/dgu,
  /(?=\d)(?<=(?<![\p{L}])(?:miss|mrs|mr|ms|mother|mom|mum|father|dad|wife|husband|grandma|grandpa|nana|granny)[ \t]+\p{Ll}+[ \t]+(?:is|was)[ \t]+)(\d{2,3})(?=[ \t]+(?:now|today|this[ \t]+year|years?)(?![\p{L}]))/dgu,
  // A delimited row's age after its date of birth ("F,19270315,95,EL PASO"); a line of ages ("Ages: pt 99, wife 86").
  /(?=\d)(?<=(?:^|[,|\t])[ \t]*(?:\d{1,2}[\/.\-]\d{1,2}[\/.\-](?:18|19)\d{2}|(?:18|19)\d{2}(?:[\/.\-]?\d{2}){2})[ \t]*[,|\t][ \t]*)(\d{2,3})(?=[ \t]*(?:[,|\t]|$))/dgmu,
  /(?=\d)(?<=^[ \t]*(?:Ages?|AGES?)[ \t]*:[^\n]*?\p{L}[ \t]+)(\d{2,3})(?![\d%.])/dgmu,
  // Decision 138: "he's 90 himself", "(turns 91 on 5/3, per dtr)" ("pt is 102!" may be a temperature).
  /(?=\d)(?<=(?:\(|,)[ \t]*(?:turns|turning|turned|TURNS|TURNING|TURNED)[ \t]+)(9\d|1[01]\d)(?![\p{N}%]|[.,]\d)(?![ \t]*(?:mg|mcg|units?|ml|cc|%|degrees?))/dgu,
  /(?=\d)(?<=(?<![\p{L}])(?:he['’]?s|she['’]?s|he is|she is|HE['’]?S|SHE['’]?S|HE IS|SHE IS)[ \t]+)(9\d|1[01]\d)(?=[ \t]+(?:himself|herself|HIMSELF|HERSELF)(?![\p{L}]))/dgu,
  /(?=\d)(?<=(?<![\p{L}])(?:alive|living|ALIVE|LIVING)(?:[ \t]+(?:and|AND)[ \t]+(?:well|WELL))?[ \t]+(?:at|AT)[ \t]+)(\d{2,3})(?![\p{N}%]|[.,]\d)/dgu,
];
// A bare age between commas after a name: "Zoe Martin, 97, was admitted".
// A fracture's hash may follow ("Mr Alistair Dunmore, 94, #NOF", decision 119).
const AGE_APPOSITION_RE = /(?=\d)(?<=\p{Lu}[\p{Ll}'’\-]+[ \t]?,[ \t]*)(9\d|1[01]\d)(?=[ \t]?,[ \t]+(?:\p{Ll}|#|NHS|MRN|DOB|Hospital|Unit|ID|\d|(\p{Lu})))/dgu;
// "Tom Grealish 90, R - transfer back": a bare age right after a first name and a surname.
// A ward's whiteboard or a list separates the cells ("Tom Grealish 90 - transport", "S. Menezes | 99 |", decision 119).
const AGE_AFTER_FULL_NAME_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+|\p{Lu}\.)[ \t]+(\p{Lu}[\p{Ll}'’\-]+)[ \t]+(?:\|[ \t]*)?(9\d|1[01]\d)(?=[ \t]*(?:[,;)|]|[ \t]-[ \t]))/dgu;
// "Lucius Dray (91) was admitted": a bare age in brackets right after a name.
const AGE_BRACKETED_RE = /(?=\d)(?<=\p{Lu}[\p{Ll}'’\-]+[ \t]*\([ \t]*)(9\d|1[01]\d)(?=[ \t]*(?:\)|,[ \t]*\p{L}))/dgu;
// "He is now 91.", "she turned 95 last week", "Mrs. Alvarez is 93 and": an age stated with a
// person as the subject (a measurement's subject, "Sat is 93", is not a person).
const AGE_STATED_RE = /(?<![\p{L}])(?:[Hh]e|[Ss]he|HE|SHE|[Pp]atient|PATIENT|[Pp]t|PT|[Ww]ho|(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?[ \t]+\p{Lu}[\p{L}'’\-]+|(?:[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Ss]ister|[Bb]rother|[Mm]om|[Dd]ad|[Aa]unt|[Uu]ncle|[Nn]eighbou?r|[Ff]riend)[ \t]+\p{Lu}[\p{L}'’\-]+)[ \t]+(?:is|was|turned|turns|IS|WAS|TURNED)[ \t]+(?:now[ \t]+|NOW[ \t]+)?(9\d|1[01]\d)(?=[ \t]*(?:[.,;)]|and\b|AND\b|today\b|now\b|$|\n))/dgu;
// "She turned 95 last month", "he will turn 100 in May": turning an age is said of a person, so no
// punctuation need follow (the subject is still checked: "the sat turned 95%" is no age).
const AGE_TURNED_RE = /(?<![\p{L}])(?:[Hh]e|[Ss]he|HE|SHE|[Pp]atient|PATIENT|[Pp]t|PT|[Ww]ho|WHO|(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?[ \t]+\p{Lu}[\p{L}'’\-]+|(?<=\p{Lu}[\p{L}'’\-]*\.?[ \t]+)\p{Lu}[\p{Ll}'’\-]+)[ \t]+(?:(?:just|recently|will|JUST|WILL)[ \t]+)?(?:turned|turns|turn|celebrated|TURNED|TURNS|TURN|CELEBRATED)[ \t]+(?:her[ \t]+|his[ \t]+|HER[ \t]+|HIS[ \t]+)?(9\d|1[01]\d)(?:th)?(?![\d.,]\d)(?![ \t]*(?:%|\/|percent|mg|kg|lbs?|pounds|degrees|°|mmHg|bpm|units?\b))/dgu;
// "Abigail Turner, is 93", "The patient, Abigail Turner, is 93 and": a name of two capitalised
// words, then an age stated with "is/was/turned" (the name's words are checked below).
const AGE_AFTER_NAME_RE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,})[ \t]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}[\p{Ll}'’\-]+|\p{Lu}{2,}),?[ \t]+(?:is|was|turned|turns|IS|WAS|TURNED|TURNS)[ \t]+(?:now[ \t]+|NOW[ \t]+)?(9\d|1[01]\d)(?![\d.,]\d)(?![ \t]*(?:%|\/|percent|mg|kg|lbs?|pounds|kilos|mmHg|bpm|cm|mm|degrees|°|F\b|C\b|on\b|over\b|units?\b|beats|breaths|seconds|minutes|hours|days|weeks|months))/dgu;
const AGE_WORDS_RE = new RegExp(`(?<!\\p{L})(${TENS}${UNITS})[ \\t\\-]*(?:(?:years?|yrs?)[ \\t\\-]*(?:old|of age)|y\\/o|y\\.o\\.?|yo)(?!\\p{L})|(?=[nNoO])(?<=(?:\\bis|\\bwas|\\baged?|\\bturned|\\bturns|\\bturn|\\bturning|\\bbe|\\bage[ \\t]+of|\\b(?:lived|lives|living|live|survived)[ \\t]+to(?:[ \\t]+be)?|\\b(?:died|passed away|deceased)[ \\t]+at|\\bbeing|\\bnow|\\breached|\\breaches|\\bam|\\b(?:he|she|i)['’][sm]|\\b\\p{L}{2,}['’]s(?:[ \\t]+(?:now|only|already|nearly|almost|just))?|\\bmak(?:es|ing)[ \\t]+(?:him|her|them)|\\bmade[ \\t]+(?:him|her|them))(?:[ \\t]*:)?[ \\t]+)(${TENS}${UNITS})(?![\\p{L}\\-])(?![ \\t]+(?:percent|per|mg|kg|pounds|lbs|degrees|beats|minutes|seconds|days|weeks|months|beds|patients|people|staff|cases|members|residents|visits|times|miles|units|ml|cc)(?!\\p{L}))`, "dgiu");
// "Ravi Patel, 91 years, was referred", "age 93 years": a number from 90 up before "years" without
// "old" is an age unless the words around it make it a span of time ("for 90 years", "95 years ago").
const AGE_YEARS_BARE_RE = /(?=[91])(?<![\p{N}.,\/\-])(9\d|1[01]\d|12[0-5])[ \t\-]*(?:years?|yrs?|YEARS?|YRS?)(?![\p{L}\-])(?![ \t\-]*(?:old|of[ \t]+age|ago|later|earlier|prior|before|after|since|of|in|on|duration|history|OLD|AGO))/dgu;
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:for|over|past|last|within|in|after|than|about|approximately|around|nearly|almost|x|of|spent|lasting|FOR|OVER)[ \t]+$/iu;
// "making him 91", "which makes her 93": an age worked out from a birth date (decision 113).
const AGE_MAKING_RE = /(?<![\p{L}])(?:making|makes|made|MAKING)[ \t]+(?:him|her|them|HIM|HER)[ \t]+(?:now[ \t]+)?(9\d|1[01]\d)(?![\p{L}\d]|[.,]\d|[ \t]*(?:%|\/|mg|kg|lbs?|units?\b))/dgu;
// "was born in 1932 and is now 91": in a sentence about a birth, "now" and a number is an age.
const AGE_NOW_RE = /(?<![\p{L}])(?:now|NOW)[ \t]+(?:aged[ \t]+)?(9\d|1[01]\d)(?![\p{L}\d]|[.,]\d|[ \t]*(?:%|\/|mg|kg|lbs?|mmHg|bpm|beats|cm|mm|units?\b|centile|percentile))/dgu;
// An age in words between commas after a name: "Lorenzo Bianchi, ninety-seven, was found".
const AGE_WORDS_APPOSITION_RE = new RegExp(`(?<=\\p{Lu}[\\p{Ll}'’\\-]+,[ \\t]*)(?:${TENS}${UNITS})(?=[ \\t]*,)`, "dgiu");
// "yusuf demir is 91 and lives alone": a number after "is" before what is said of a person's life.
// An age stated without "years" where only an age stands: after "turn(s/ed)" ("Walt turns 94 next
// week"), "lived to 104", in brackets after a person ("Mrs. Dunleavy (96)", "MOTHER (93, ALIVE,
// MACON)", "pt (ninety-four)"), and any number of ninety or more written in words alone in brackets.
const AGE_TURNS_RE = /(?<![\p{L}])(?:turn|turns|turned|turning|TURN|TURNS|TURNED|TURNING)[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[.,;!)]|$|\n|(?:next|this|last|on|in|today|tomorrow|soon|years?|yrs?|NEXT|THIS|LAST|ON|IN|TODAY)(?![\p{L}])))/dgu;
const AGE_LIVED_TO_RE = /(?<![\p{L}])(?:lived|lives|living|live|survived|LIVED|LIVES|LIVING|SURVIVED)[ \t]+(?:to|TO)[ \t]+(?:(?:be|BE)[ \t]+)?(9\d|1[01]\d)(?![\d%\/]|[.,]\d|[ \t]*(?:%|percent|mg|kg|miles|km|yards|feet|ft|metres|meters|minutes|hours|days|weeks|months))/dgu;
const AGE_PERSON_BRACKET_RE = new RegExp(`(?<=(?:(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|MISS)\\.?[ \\t]+\\p{Lu}[\\p{L}'’\\-]+|(?<![\\p{L}])(?:pt|patient|mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|gran|granny|nan|nana|husband|wife|spouse|aunt|uncle|brother|sister|sibling|PT|PATIENT|MOTHER|FATHER|MOM|MUM|DAD|GRANDMOTHER|GRANDFATHER|HUSBAND|WIFE|AUNT|UNCLE|BROTHER|SISTER|Pt|Patient|Mother|Father|Mom|Mum|Dad|Grandmother|Grandfather|Husband|Wife|Aunt|Uncle|Brother|Sister))[ \\t]*\\([ \\t]*)(?:9\\d|1[01]\\d|${TENS}${UNITS})(?=[ \\t]*[,;)])|(?<=\\([ \\t]*)${TENS}${UNITS}(?=[ \\t]*!{0,3}[ \\t]*\\))|(?<=\\((?:mother|father|mom|mum|dad|grandmother|grandfather|husband|wife|aunt|uncle|brother|sister)[ \\t]*,[ \\t]*)(?:9\\d|1[01]\\d)(?=[ \\t]*[,;)])`, "dgiu");
// Decision 132: a number of ninety or more in words before "today" or "now", or after "alive" ("CHI
// 1503458822, ninety today", "grandmother Nneka alive, ninety-two, in Enugu").
const AGE_WORDS_WHEN_RE = new RegExp(`(?<![\\p{L}\\-])(?:(?<=(?:alive|living|ALIVE|LIVING)[ \\t]*,?[ \\t]+)(?:${TENS}${UNITS})(?![\\p{L}\\-])|(?:${TENS}${UNITS})(?=[ \\t]+(?:today|now|tomorrow|this year|next week|TODAY|NOW)(?![\\p{L}])))`, "dgiu");
const AGE_AND_LIFE_RE = /(?<![\p{L}])(?:is|was|IS|WAS)[ \t]+(9\d|1[01]\d)(?:[ \t]+(?:and|AND)|[ \t]*,)[ \t]+(?:(?:also|still|ALSO|STILL)[ \t]+)?(?:also|ALSO|lives|lived|living|resides|resided|uses|walks|drives|drove|widowed|married|retired|independent|LIVES|USES|WALKS)(?![\p{L}])/dgu;
// Said of oneself or with the sex before or after: "She's 94", "I am 91", "Male, 93, smoker",
// "Sex/Age: F/94", "Age/Sex: 94/F", "turning 95", "died at 93" (decision 113).
const AGE_MORE_RES: RegExp[] = [
  /(?<![\p{L}])(?:[Hh]e['’]s|hes|[Ss]he['’]s|[Ss]hes|HE['’]S|SHE['’]?S|I['’]m|I[ \t]+am|I['’]M|I[ \t]+AM|[Yy]ou['’]re|[Yy]ou[ \t]+are|YOU['’]RE)[ \t]+(?:now[ \t]+)?(9\d|1[01]\d)(?=[ \t]*(?:[.,;!?)]|and\b|years?\b|yrs?\b|(?:next|this)[ \t]+(?:week|month|year|spring|summer|fall|autumn|winter)\b|$|\n))/dgmu,
  /(?<![\p{L}])(?:[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman|[Gg]entleman|[Ll]ady|MALE|FEMALE|[MF])[ \t]*,[ \t]*(9\d|1[01]\d)(?=[ \t]*[,;.)])/dgu,
  /(?<![\p{L}])(?:[Ss]ex|SEX|[Gg]ender|GENDER)[ \t]*\/[ \t]*(?:[Aa]ge|AGE)[ \t]*:?[ \t]*[MFmf][ \t]*\/[ \t]*(9\d|1[01]\d)(?!\d)/dgu,
  /(?<![\p{L}])(?:[Aa]ge|AGE)[ \t]*\/[ \t]*(?:[Ss]ex|SEX|[Gg]ender|GENDER)[ \t]*:?[ \t]*(9\d|1[01]\d)[ \t]*\/[ \t]*[MFmf](?![\p{L}])/dgu,
  /(?<=(?:^|[.;!?][ \t]+|\n[ \t]*))(?:At|AT)[ \t]+(9\d|1[01]\d)(?=[ \t]*,[ \t]*(?:\p{Lu}|(?:he|she|his|her)(?![\p{L}])))/dgu,
  /(?<![\p{L}])(?:[Tt]urning|TURNING)[ \t]+(9\d|1[01]\d)(?![\d.,]\d|[ \t]*(?:%|°|degrees?|deg\b|\/|mg|kg|units?\b))/dgu,
  /(?<![\p{L}])(?:died|passed away|deceased|widowed|retired|married|diagnosed|driving|working|DIED)[ \t]+at[ \t]+(9\d|1[01]\d)(?![\d.,]\d|[ \t]*(?:%|°|degrees?|\/|mg|kg|bpm|mmHg|units?\b|mph|km|miles|feet|ft))/dgu,
];
// "94 jaar", "92 Jahre", "95 ans", "91 años" (decision 115): "years" in the languages of the
// European formats, unless a span of time comes before ("seit 95 Jahren" is no age: "Jahren").
const AGE_FOREIGN_YEARS_RE = /(?<![\p{N}.,\/\-])(9\d|1[01]\d)[ \t]+(?:jaar|Jahre|ans|años|anos|anni|lat|år|vuotta)(?![\p{L}])/dgu;
// "nonagenarian, 93": the number after such a word is the age. The word alone says no more than "90+"
// (a clean sentence of corpus/sentences-115.ts).
const AGE_DECADE_WORD_RE = /(?<=(?<![\p{L}])(?:nonagen|centen|supercenten)arian,[ \t]{0,3})(?:9\d|1[01]\d)(?![\d%\/\-]|\.\d)(?![ \t]*(?:percent|%|days?|years?))/dgiu;
const WORD_VALUE: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

export const detectAge: Detector = (text, add) => {
  for (const re of AGE_RES) {
    for (const s of spans(re, text)) {
      const years = Number(s.match[1]);
      if (years >= 90 && years <= 125) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
    }
  }
  // Cheap test first: both rules below need "is/was/turned" right before a number from 90 to 119.
  const ageAfterVerb = /(?:is|was|turned|turns|IS|WAS|TURNED|TURNS)[ \t]+(?:now[ \t]+|NOW[ \t]+)?(?:9\d|1[01]\d)(?!\d)/.test(text);
  for (const s of ageAfterVerb ? spans(AGE_STATED_RE, text, 1) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /(?:turn|TURN|celebrated|CELEBRATED)[a-zA-Z]*[ \t]+(?:(?:her|his|HER|HIS)[ \t]+)?(?:9\d|1[01]\d)/.test(text) ? spans(AGE_TURNED_RE, text, 1) : []) {
    // A surname after a given name or an initial ("Bartholomew K. Osei turned 100"), not a measurement's name.
    const subject = /^\p{Lu}[\p{Ll}'’\-]+/u.exec(s.match[0])?.[0].toLowerCase() ?? "";
    const d = dictionaries();
    if (!/^(?:he|she|patient|pt|who|mr|mrs|ms|miss)$/.test(subject) && (d.clinical.has(subject) || (isCommonWord(subject) && !d.lastNames.has(subject) && !d.firstNames.has(subject)))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /\(\s*(?:9\d|1[01]\d)\s*[),]/.test(text) ? spans(AGE_BRACKETED_RE, text) : []) {
    // After a name: a word of the name lists, or two capitalised words one of which is no English
    // word ("Lucius Dray (91)"); not after a measurement ("Heart Rate (95)", "Glucose (95)").
    const m = /(?:(\p{Lu}[\p{Ll}'’\-]+)[ \t]+)?(\p{L}[\p{L}'’\-]*)[ \t]*\([ \t]*$/u.exec(text.slice(Math.max(0, s.start - 40), s.start));
    const [given, word] = [m?.[1]?.toLowerCase() ?? "", m?.[2]?.toLowerCase() ?? ""];
    const d = dictionaries();
    const listed = (w: string) => d.firstNames.has(w) || d.lastNames.has(w);
    if (!word || d.clinical.has(word) || d.abbreviations.has(word) || d.clinical.has(given)) continue;
    if (!(listed(word) && !d.common.has(word)) && !(given && (listed(given) || !d.common.has(given) || !d.common.has(word)))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /\p{Lu}\p{Ll}+[ \t]+(?:\|[ \t]*)?(?:9\d|1[01]\d)[ \t]*(?:[,;)|]|[ \t]-[ \t])/u.test(text) ? spans(AGE_AFTER_FULL_NAME_RE, text, 3) : []) {
    // "Tom Grealish 90, transfer back": a listed first name, or an initial, and a surname, then the age.
    const [given, family] = [s.match[1]!.toLowerCase(), s.match[2]!.toLowerCase()];
    const d = dictionaries();
    const initial = /^\p{L}\.$/u.test(given) && !d.common.has(family);
    if ((!d.firstNames.has(given) && !initial) || d.clinical.has(given) || d.clinical.has(family) || d.abbreviations.has(family) || (d.common.has(family) && !d.lastNames.has(family))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of spans(AGE_APPOSITION_RE, text)) {
    // After a name, not after a lab or a vital sign ("Glucose, 95, repeat"); a surname that is
    // also a word counts after a listed first name ("Ignatius Obi, 97,").
    const m = /(?:(\p{Lu}\p{Ll}+)[ \t]+)?(\p{L}+),[ \t]*$/u.exec(text.slice(Math.max(0, s.start - 40), s.start));
    const [given, word] = [m?.[1]?.toLowerCase() ?? "", m?.[2]?.toLowerCase() ?? ""];
    const d = dictionaries();
    const firstBefore = d.firstNames.has(given) && !d.common.has(given) && !d.clinical.has(given);
    if (d.clinical.has(word) || d.abbreviations.has(word) || (d.common.has(word) && !d.firstNames.has(word) && !d.lastNames.has(word) && !firstBefore)) continue;
    // Before a capitalised word ("Elena Popescu, 97, Cluj-Napoca, was") only after a listed first name.
    if (s.match[2] && !(d.firstNames.has(given) && !d.clinical.has(given))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of ageAfterVerb ? spans(AGE_AFTER_NAME_RE, text, 3) : []) {
    // A person's name: a first name then a word that is no clinical or ordinary word ("Abigail
    // Turner"), not a test's or a drug's name ("Oxygen saturation was 93").
    const [given, family] = [s.match[1]!.toLowerCase(), s.match[2]!.toLowerCase()];
    const d = dictionaries();
    if (!d.firstNames.has(given) || d.clinical.has(given) || d.clinical.has(family) || d.abbreviations.has(family) || (d.common.has(family) && !d.lastNames.has(family))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /(?:9\d|1[01]\d|12[0-5])[ \t\-]*(?:y|Y)/.test(text) ? spans(AGE_YEARS_BARE_RE, text, 1) : []) {
    if (!DURATION_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start))) add({ kind: "age", start: s.start, end: s.match.index + s.match[0].length, message: MSG.age, priority: 1 });
  }
  for (const s of /(?:making|makes|made|MAKING)[ \t]+(?:him|her|them|HIM|HER)/.test(text) ? spans(AGE_MAKING_RE, text, 1) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /born|BORN|Born/.test(text) ? spans(AGE_NOW_RE, text, 1) : []) {
    const before = text.slice(Math.max(0, s.start - 100), s.start);
    const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1);
    if (/(?:^|[^\p{L}])(?:born|BORN|Born)(?![\p{L}])/u.test(sentence)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /inety|INETY|undred|UNDRED/.test(text) ? spans(AGE_WORDS_APPOSITION_RE, text) : []) {
    // After a name: no clinical word before the comma ("Heart rate, ninety, regular").
    const raw = /([\p{L}'’\-]+),[ \t]*$/u.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1] ?? "";
    const word = (/\p{L}+$/u.exec(raw)?.[0] ?? "").toLowerCase();
    // A double-barrelled surname is a person's whatever its last part means ("Ashby-Teller, ninety-one").
    // A title, or an initial before the surname ("Seraphina D. Oakes, ninety-seven"), makes the words a name.
    const titled = /(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|DR)\.?[ \t]+(?:\p{Lu}[\p{L}'’\-]+[ \t]+){0,2}|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.[ \t]+)\p{Lu}[\p{L}'’\-]+,[ \t]*$/u.test(text.slice(Math.max(0, s.start - 60), s.start));
    if (titled || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(raw)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
    else if (!dictionaries().clinical.has(word) && !dictionaries().abbreviations.has(word) && !(isCommonWord(word) && !dictionaries().lastNames.has(word))) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  // Cheap tests first, one for each of AGE_MORE_RES.
  const more = [/(?:['’](?:[sSmM]|re|RE)|(?<![A-Za-z])(?:hes|shes))[ \t]+(?:now[ \t]+)?(?:9\d|1[01]\d)|(?:I|[Yy]ou)[ \t]+(?:am|AM|are)[ \t]+(?:now[ \t]+)?(?:9\d|1[01]\d)/, /,[ \t]*(?:9\d|1[01]\d)[ \t]*[,;.)]/, /(?:[Ss]ex|SEX|[Gg]ender|GENDER)[ \t]*\//, /(?:[Aa]ge|AGE)[ \t]*\//, /(?:At|AT)[ \t]+(?:9\d|1[01]\d)[ \t]*,/, /urning|URNING/, /[ \t]at[ \t]+(?:9\d|1[01]\d)/];
  for (let k = 0; k < AGE_MORE_RES.length; k++) if (more[k]!.test(text)) for (const s of spans(AGE_MORE_RES[k]!, text, 1)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /(?:is|was|IS|WAS)[ \t]+(?:9\d|1[01]\d)(?:[ \t]+(?:and|AND)|[ \t]*,)/.test(text) ? spans(AGE_AND_LIFE_RE, text, 1) : []) {
    // "also" alone says little: a person must be the subject ("Wife is 91, also at Sunrise", not "Potassium was 95, also low").
    const subject = (/(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, s.match.index - 24), s.match.index))?.[1] ?? "").toLowerCase();
    if (/(?:also|ALSO)$/.test(s.match[0]) && !(RELATIONS.has(subject) || /^(?:he|she|pt|patient|who)$/.test(subject) || (dictionaries().firstNames.has(subject) && !dictionaries().clinical.has(subject)))) continue;
    add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /\d[ \t]+(?:jaar|Jahre|ans|años|anos|anni|lat|år|vuotta)/.test(text) ? spans(AGE_FOREIGN_YEARS_RE, text, 1) : []) {
    if (!DURATION_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start)) && !/(?:pendant|durante|per|voor|für|seit|depuis|desde|da)[ \t]+$/i.test(text.slice(Math.max(0, s.start - 12), s.start))) add({ kind: "age", start: s.start, end: s.match.index + s.match[0].length, message: MSG.age, priority: 1 });
  }
  for (const s of /urn|URN/.test(text) ? spans(AGE_TURNS_RE, text, 1) : []) {
    // Said of a person ("Walt turns 94", "i turn ninety"), not of a measurement ("the Temperature turned 100").
    const subject = /(\p{L}+)[ \t]+(?:(?:will|just|recently|soon|WILL|JUST)[ \t]+)?$/u.exec(text.slice(Math.max(0, s.match.index - 30), s.match.index))?.[1] ?? "";
    const w = subject.toLowerCase();
    const d = dictionaries();
    const person = /^(?:i|he|she|they|who|pt|patient|gran|nan)$/.test(w) || RELATIONS.has(w) || ((d.firstNames.has(w) || d.lastNames.has(w) || !isCommonWord(w)) && !d.clinical.has(w) && (/^\p{Lu}/u.test(subject) || (d.firstNames.has(w) && !isCommonWord(w))));
    if (person) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
  for (const s of /ive|IVE|urvived|URVIVED/.test(text) ? spans(AGE_LIVED_TO_RE, text, 1) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /\([^)]{0,14}(?:9\d|1[01]\d|ninety|one hundred)/i.test(text) ? spans(AGE_PERSON_BRACKET_RE, text) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /inety|INETY|undred|UNDRED/.test(text) ? spans(AGE_WORDS_WHEN_RE, text) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of /genarian|tenarian/i.test(text) ? spans(AGE_DECADE_WORD_RE, text) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  for (const s of spans(AGE_WORDS_RE, text)) {
    const words = (s.match[1] ?? s.match[2] ?? "").toLowerCase();
    const years = (words.startsWith("ninety") ? 90 : 100) + (WORD_VALUE[words.split(/[- ]/).pop() ?? ""] ?? 0);
    if (years >= 90) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 1 });
  }
};
