// Dates: any element more specific than a year ("7/22", "3-Mar", "March 3rd", "03/2004",
// "12/03/1975", "2069-04-07"), and a bare year behind a birth label.
import { MONTH, SPOKEN_YEAR, TREND_LABEL_BEFORE } from "./patterns";
import { detectNumericDates } from "./numeric-dates";
import { inRange, MSG, spans, type Detector } from "./types";

const ORD = "(?:st|nd|rd|th|ST|ND|RD|TH)";
const YEAR_TAIL = "(?:,?[ \\t]+(?:\\d{4}|'\\d{2})(?!\\p{N}))?";
// Either end of a range of slashed dates counts too: "VALID 07/01/24-09/30/24", "STAY 12/10/2023-12/19/2023" (decision 140).
const NUMERIC_DATE =
  "(?<![\\w.\\/]|(?<!\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})-)\\d{1,2}(?:\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})|-\\d{1,2}-(?:\\d{4}|\\d{2})|\\.\\d{1,2}\\.(?:\\d{4}|\\d{2}))(?![\\w\\/]|\\.\\d|-(?!\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}(?![\\w\\/]))\\d)";
const ISO_DATE =
  "(?<![\\w.\\/\\-])\\d{4}(?:-\\d{1,2}-\\d{1,2}|\\/\\d{1,2}\\/\\d{1,2}|\\.\\d{2}\\.\\d{2})(?!(?!T\\d)[\\w\\/]|[.\\-]\\d)";
// Day + month (year optional): Safe Harbor treats month-and-day as identifying without a year.
const TEXT_DATE_DM = `(?<![\\p{L}\\p{N}])\\d{1,2}${ORD}?(?:[ \\t]+(?:(?:of|OF)[ \\t]+)?|-|[ \\t]*-[ \\t]*)${MONTH}\\.?(?![\\p{L}])(?:(?:,?[ \\t]+|-)(?:\\d{4}|\\d{2}|'\\d{2})(?!\\p{N}))?`;
const TEXT_DATE_MD = `(?<![\\p{L}])${MONTH}\\.?(?:[ \\t]+(?:the[ \\t]+)?|-)\\d{1,2}${ORD}?(?![\\p{L}\\p{N}])${YEAR_TAIL}`;
// Month + year ("March 2004", "Mar '04", "MARCH, 2004").
const TEXT_MONTH_YEAR = `(?<![\\p{L}])${MONTH}\\.?(?:,?[ \\t]+|-)(?:of[ \\t]+)?(?:(?:19|20)\\d{2}|'\\d{2})(?!\\p{N})`;
// A day before a month in Spanish, Portuguese, French, Italian, German or Dutch: "15 de marzo",
// "2 mei 1931", "3. März" (decision 113). A day's number must come first: alone these are words.
const FOREIGN_MONTH = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)";
const FOREIGN_DATE_RE = new RegExp(`(?=\\d)(?<![\\p{L}\\p{N}])\\d{1,2}(?:\\.|º|er)?[ \\t]+(?:de[ \\t]+)?${FOREIGN_MONTH}(?![\\p{L}])(?:[ \\t]+(?:de[ \\t]+)?(?:19|20)\\d{2}(?!\\p{N}))?`, "dgiu");
// A month's name alone as a cheap first test.
const MAY_HAVE_FOREIGN_DATE = new RegExp(`\\b${FOREIGN_MONTH}\\b`, "i");
const ANY_DATE = `(?:${NUMERIC_DATE}|${ISO_DATE}|${TEXT_DATE_DM}|${TEXT_DATE_MD}|${TEXT_MONTH_YEAR})`;
const DATE_RE = new RegExp(ANY_DATE, "dgu");
// Decision 130: a laboratory label's compact date ("COLL 08MAR24 0612").
// Decision 139: the year may be left off ("DOS 22MAR", "FALL AT HOME 11NOV,", "EXTUBATED 23MAR @ 0500").
const COMPACT_DATE_RE = /(?<![\p{L}\p{N}])(?:[0-2]?\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{2}|(?:19|20)\d{2})?(?![\p{L}\p{N}])/dgu;

// Month/year in digits ("03/2004", "3/04" is left to the day/month rule).
const MONTH_YEAR_RE = /(?<![\w.\/\-])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\w\/]|[.\-]\d)/dgu;
// With a hyphen or a full stop the month has two digits ("04-2023", "04.2023", "11-2019", "2023-04");
// "4-2023" could be a range (decision 113).
const MONTH_YEAR_OTHER_RE = /(?=[012])(?<![\w.,\/\-])(?:(?:0[1-9]-|1[0-2]-|0[1-9]\.)(?:19|20)\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![\w\/]|[.,\-]\d)/dgu;
// Days in words: "the twelfth of April", "April twelfth", "the 1st of May" is DATE_RE's.
const ORDINAL_WORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
const MAY_HAVE_WORD_DATE = /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)[ \t]+of[ \t]+\p{Lu}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*[ \t]+(?:the[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)/u;
const WORD_DATE_RE = new RegExp(`(?=[tTfsSeEnJFMAOD])(?<![\\p{L}])(?:(?:the|The)[ \\t]+)?${ORDINAL_WORD}[ \\t]+of[ \\t]+${MONTH}(?![\\p{L}])|(?<![\\p{L}])${MONTH}[ \\t]+(?:the[ \\t]+)?${ORDINAL_WORD}(?![\\p{L}\\-])`, "dgu");

// Dates as speech recognition writes them (decision 118): "the fourth of march", "twelfth june
// nineteen thirty", "march the fourth", "4th june", "the ninth of the ninth nineteen twenty nine".
// An ordinal day makes a month of a lower-case word; "may" and "march" still need "of" ("the second
// may be"). "The ninth of the ninth" is a date unless a noun follows ("the third of the fifth
// metatarsal"). Found case-blind; the month's case is checked after.
const ANY_MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const SPOKEN_DAY = `(?:${ORDINAL_WORD}|(?:[12]?\\d|3[01])${ORD})`;
const ORDINAL_MONTH = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
const SPOKEN_DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:the[ \\t]+)?${SPOKEN_DAY}[ \\t]+(?:(of)[ \\t]+)?(?:the[ \\t]+)?(${ANY_MONTH})|(${ANY_MONTH})[ \\t]+(?:the[ \\t]+)?${SPOKEN_DAY}|(?:the[ \\t]+)?${ORDINAL_WORD}[ \\t]+of[ \\t]+the[ \\t]+${ORDINAL_MONTH}(?![ \\t]+(?!(?:nineteen|eighteen|two|twenty)(?![\\p{L}]))\\p{L}))(?![\\p{L}\\-])` +
    `(?:,?[ \\t]+(?:${SPOKEN_YEAR}|(?:19|20)\\d{2})(?![\\p{L}\\p{N}]))?`,
  "dgiu",
);
// Cheap test first: an ordinal in words, or a month in lower case (DATE_RE has "12th March").
const MAY_HAVE_SPOKEN_DATE = [
  /(?:irst|econd|hird|ourth|ifth|ixth|venth|ighth|inth|enth|elfth|teenth|tieth)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)/,
  /\d(?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)/,
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]+(?:the[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty|\d)/,
];
// A day's ordinal in words alone after "on the", "since the", "until the": "seen again on the
// eleventh when". A noun after it makes it a count ("on the third day"), and so does a list ("on
// the second and third toes").
const ORDINAL_WORD_DAY_RE = new RegExp(
  `(?=[fstenS])(?<=(?:^|[^\\p{L}])(?:on|since|until|till|by|On|Since|Until|By)[ \\t]+the[ \\t]+)${ORDINAL_WORD}(?![\\p{L}\\-])` +
    `(?=[ \\t]*(?:[.;:!?)]|$)|[ \\t]*,(?![ \\t]*(?:${ORDINAL_WORD}|and|or)(?![\\p{L}]))|[ \\t]+(?:when|and(?![ \\t]+(?:the[ \\t]+)?${ORDINAL_WORD})|full[ \\t]+stop|comma|new[ \\t]+paragraph|at[ \\t]+\\d|in[ \\t]+the[ \\t]+(?:morning|afternoon|evening))(?![\\p{L}]))`,
  "dgmu",
);
// Months and weekdays written in lower case, as dictation and chat write them, after a word of
// time: "last reviewed in september", "last tuesday", "next friday" ("every monday" is a routine).
const LOWER_MONTH_OR_DAY_RE = /(?=[jfaosndmtwf])(?<=(?:^|[^\p{L}])(?:in|on|since|during|until|till|by|from|through|early|late|mid|last|next|this|about|around|before|after|of)[ \t]+(?:(?:early|late|mid)[ \t\-]+)?)(?:january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\-])(?![ \t]+(?:teaching|rounds|mdt|meeting|conference|list|clinic|session|lecture|huddle|handover|quiz)(?![\p{L}]))/dgu;
const MAY_HAVE_LOWER_MONTH_OR_DAY = /january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday/;
// Letters' old forms: "your letter of the 14th inst." (this month), "the 3rd ult." (last month).
// A birthday's ordinal day: "pt's bday is the 12th" (decision 135).
const BIRTHDAY_DAY_RE = /(?<=(?:bday|b-day|birthday|BDAY|BIRTHDAY|Birthday)[ \t]+(?:is[ \t]+|IS[ \t]+|was[ \t]+)?(?:on[ \t]+)?(?:the[ \t]+|THE[ \t]+)?)(?:[12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)(?![\p{L}\p{N}])/dgu;
// Decision 135: a date written as eight digits ("19270315"), and a month in lower case with its day
// and year ("sept 3 1958"): with the year, "may" and "march" are months too.
const EIGHT_DIGIT_DATE_RE = /(?<![\p{N}\p{L}\-\/.])(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\p{N}\p{L}]|\.\d)/dgu;
const LOWER_MONTH_DAY_YEAR_RE = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)?,?[ \t]+(?:18|19|20)\d{2}(?![\p{N}])/dgu;
const INSTANT_RE = /(?<![\p{L}\p{N}])(?:[12]?\d|3[01])(?:st|nd|rd|th)[ \t]+(?:inst|instant|ult|ulto|ultimo|prox|proximo)\.?(?![\p{L}])/dgu;


// Ordinal day after a date word: "on the 22nd", "the 3rd of this month".
// Days listed together: "off the 5th and 6th", "on the 3rd or 4th" (decision 138): both are days.
const ORDINAL_PAIR_RE = /(?<=(?<![\p{L}])(?:the|THE|on|ON|off|OFF)[ \t]+)([12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:and|or|&|AND|OR|-)[ \t]+([12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)(?![\p{L}\p{N}])(?![ \t]+(?:\p{L}+[ \t]+)?(?:digits?|ribs?|toes?|fingers?|days?|weeks?|months?|cycles?|doses?|trimesters?|metacarpals?|metatarsals?|intercostal|nerves?|degree|heart|sounds?|times?|attempts?|tries|lines?|generation|floor|grade|fractures?|vertebrae|levels?|dose|week|day|month)(?![\p{L}]))/dgiu;
const THE_LATE_ORDINAL_RE = /(?<=(?<![\p{L}])(?:the|THE)[ \t]+)(?:1[3-9]|2\d|3[01])(?:st|nd|rd|th)(?=[ \t]*(?:[.;!?)]|,[ \t]+(?!\d)|$))/dgmu; // "the 27th." (decision 132): past the 12th, a day
const ORDINAL_DAY_RE = new RegExp(`(?=\\d)(?<=\\b(?:on|since|admitted|discharged|ADMITTED|DISCHARGED|from|until|till|til|through|thru|to|by|before|after|of|On|Since|From|Until|Till|Through|By|ON)[ \\t]+(?:the|THE)[ \\t]+)(?:[12]?\\d|3[01])${ORD}(?![\\p{L}\\p{N}])(?![ \\t]+(?!of\\b|at\\b|and\\b|is\\b|was\\b|showed\\b|shows\\b|revealed\\b|he\\b|she\\b|he['’]s\\b|she['’]s\\b|they\\b|we\\b|it\\b|pt\\b|when\\b|in\\b|to\\b|with\\b|for\\b|from\\b|until\\b|but\\b|so\\b|as\\b|via\\b|after\\b|before\\b|by\\b)\\p{Ll})`, "dgu");

const ANATOMY_OF_BEFORE = /\b(?:base|head|neck|shaft|tip|tuft|body|apex|border|side|root|dorsum|margin|aspect|level|bases|heads|necks|shafts|tips)[ \t]+of[ \t]+the[ \t]+$/i;

// A month or a weekday named after a preposition is a date element too ("seen in April", "on
// Monday", "since last March", "until about Tuesday", "RTC June", "for February and March", "spent November"); alone,
// A weekday before a teaching event's noun ("cases for Thursday teaching") or a part of the day in
// the plural ("on Saturday nights") names a routine, not a day.
const ROUTINE_AFTER_DAY = "(?![ \\t]+(?:teaching|rounds|MDT|mdt|meeting|conference|list|clinic|session|lecture|huddle|handover|quiz|unknowns|mornings|afternoons|evenings|nights)(?![\\p{L}]))";
// "May" and "March" are as often words, so a cue is required. "every Monday" is a routine (decision 111).
const MONTH_OR_DAY_CUED_RE = new RegExp(
  `(?=\\p{Lu})(?<=\\b(?:in|In|IN|on|On|ON|since|Since|SINCE|during|until|till|by|from|through|of|early|late|mid|last|Last|LAST|next|Next|NEXT|this|This|past|Past|PAST|about|around|before|after|for|For|RTC|rtc|Rtc|spent|spend|spending|spends)[ \\t]+(?:(?:early|late|mid|last|next|this|past)[ \\t\\-]+)?|(?:${MONTH})[ \\t]+(?:and|or|to|through|thru|&)[ \\t]+)(?:${MONTH}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)` +
    `${ROUTINE_AFTER_DAY})` +
    "(?![\\p{L}\\-])(?!\\.\\p{L})",
  "dgu",
);


// A day of the week names a date when a date, a time or a part of the day follows it ("Tuesday,
// 8/12", "Sunday at 2 pm", "Friday morning") or when it closes a clause right after an event
// ("family meeting Sunday.", "seen Tuesday"); after a preposition, MONTH_OR_DAY_CUED_RE has it.
// Alone before a noun it names a routine, not a day: "Thursday teaching", "the Tuesday MDT".
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
// A part of the day before a meeting's noun is still a routine: "Monday morning trauma meeting",
// "Friday afternoon unknowns", "the Tuesday night meeting". The words between are the noun's own,
// never a preposition: "seen Tuesday in walk-in clinic" is one day.
const ROUTINE_NOUN = "(?:(?!(?:in|at|on|by|for|with|to|from|and|of|IN|AT|ON|BY|FOR|WITH|TO|FROM|AND|OF)[ \\t])[\\p{L}&\\-]+[ \\t]+){0,2}(?:meetings?|teaching|rounds|MDTs?|mdts?|sessions?|conferences?|unknowns|quiz|lectures?|huddles?|lists?|clinics?|tutorials?|club|course|case|cases|seminars?|board|review|reviews|handover|journal)(?![\\p{L}])";
// A list of days after "every" is a routine too ("every Monday, Wednesday and Friday, 2 mg").
const DAYS_BEFORE = `(?:${WEEKDAY}(?:[ \\t]*[,/])?[ \\t]*(?:(?:and|or|&)[ \\t]+)?)*`;
// A meeting's day in brackets is its routine: "Sarcoma MDT (Thursday)", "Lung MDT (Thursday 08:00, Seminar Room 2)".
const NOT_A_MEETING_BRACKET = "(?<!(?:meetings?|MDTs?|mdts?|MDM|rounds|teaching|clinics?|conferences?|huddles?|lists?|sessions?|unknowns|quiz)[ \\t]*[(\\[][ \\t]*)";
const WEEKDAY_RE = new RegExp(
  `(?=[MTWFS])(?<![\\p{L}])(?<!(?:every|each|alternate|EVERY|EACH|Every|Each)[ \\t]+${DAYS_BEFORE})${NOT_A_MEETING_BRACKET}${WEEKDAY}(?=,?[ \\t]+(?:\\d|${MONTH}\\b|at[ \\t]+\\d|(?:morning|afternoon|evening|night|noon)(?![\\p{L}])|AM\\b|PM\\b|am\\b|pm\\b|a\\.m\\.|p\\.m\\.))(?![ \\t]+(?:morning|afternoon|evening|night|lunchtime)[ \\t]+${ROUTINE_NOUN})` +
    `|(?<=\\b(?:meeting|visit|appointment|surgery|procedure|clinic|seen|discharged|admitted|review|call|called|follow-up|returned|arrived|died|fell|MEETING|VISIT|APPOINTMENT|SURGERY|PROCEDURE|CLINIC|SEEN|DISCHARGED|ADMITTED|REVIEW|CALL|CALLED|RETURNED|ARRIVED|DIED|FELL)[ \\t]+)${WEEKDAY}(?=[ \\t]*(?:[.;,!?]|$))`,
  "dgmu",
);

// A weekday after a verb of coming and going or a preposition of time, in full or shortened as
// nursing notes write it: "will call back Tues", "arriving Sat", "family visiting Thurs.", "until
// Mon", and in lower-case notes "confused since sat". A shortened day must close the clause or
// come before a time or a conjunction ("seen on Sat and started on Keflex"): "O2 Sat 95%", "Sun
// exposure" and "Wed to" stay out.
const WEEKDAY_SHORT = "(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)";
const WEEKDAY_AFTER_VERB_RE = new RegExp(
  // The day first, then the verb before it (a scan from every verb would cost more).
  `(?=[MTWFSmtwfs])(?<=(?<![\\p{L}])(?:back|through|thru|Through|THROUGH|THRU|home|HOME|Home|arriving|arrives|arrive|coming|comes|returning|returns|return|visiting|visit|leaving|leaves|until|till|til|by|on|since|from|next|this|last|expected|due|planned|scheduled|booked|discharge|d\\/c|dc|him|her|them|HIM|HER|THEM|around|AROUND|was|WAS|avail|available|AVAIL|AVAILABLE|returned|arrived|left|RETURNED|ARRIVED|Back|Arriving|Returning|Visiting|Until|By|On|Since|Next|Last|Due|BACK|ARRIVING|RETURNING|VISITING|UNTIL|BY|ON|SINCE|NEXT|LAST|DUE|D\\/C|DC)\\.?[ \\t]+)` +
    `(?:${WEEKDAY}(?![\\p{L}\\-])${ROUTINE_AFTER_DAY}|(?:${WEEKDAY_SHORT}|mon|tues|weds|wed|thurs|thur|fri|sat|sun)\\.?(?=[ \\t]*(?:[.;,!?)]|$|\\n|[ \\t](?:and|or|but|when|with|after|before|if|pending|unless|from|to)(?![\\p{L}])|(?:at[ \\t]+)?\\d{1,2}(?::\\d{2})?[ \\t]*(?:am|pm|AM|PM|h)?(?![\\d\\/%.])|am\\b|pm\\b|AM\\b|PM\\b|morning|afternoon|evening|night|nite|NITE)))`,
  "dgmu",
);

// A shortened weekday with a date, a clock time or a part of the day after it, anywhere: "Admitted
// Mon 3/4", "cath Tues 3/5", "transport Mon 10am", "crash Sat night", "will come Wed am". The date is part of the finding (alone, "3/4" reads as a fraction).
const WEEKDAY_SHORT_WITH_DATE_RE = new RegExp(
  `(?<![\\p{L}])(?<!(?:o2|O2|spo2|SpO2|SPO2|sao2|SaO2|SAO2)[ \\t]*)${NOT_A_MEETING_BRACKET}(?:${WEEKDAY_SHORT}|${WEEKDAY}|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\\.?,?[ \\t]+(?:@[ \\t]*|~[ \\t]*|the[ \\t]+)?(?:(?:[12]?\\d|3[01])(?:st|nd|rd|th)(?![\\p{L}\\p{N}])|\\d{1,2}\\/\\d{1,2}(?:\\/(?:\\d{4}|\\d{2}))?(?![\\d\\/])|\\d{1,2}(?::\\d{2})?[ \\t]*(?:am|pm|AM|PM)(?![\\p{L}])|(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d|:\\d)|(?:[01]\\d|2[0-3])[0-5]\\d(?:h|hrs)?(?![\\d%\\/]|[.:]\\d)(?![ \\t]*(?:cc|ml|mL|mg|g|units?|kcal|%)(?![\\p{L}]))|(?:am|pm|AM|PM|morning|afternoon|evening|night|nite|NITE|noon)(?![\\p{L}])(?![ \\t]+${ROUTINE_NOUN}))`,
  "dgu",
);

// Holidays used as dates; before a teaching event's noun a holiday names the event, not a day
// ("Christmas quiz", "Easter revision session"). "Christmas disease" is in the catalogue.
const HOLIDAY_RE = /(?<!\p{L})(?:(?:Christmas|Xmas)(?: Day| Eve)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|New Year['’]?s(?: Day| Eve)?|(?:Chinese|Lunar) New Year|Boxing Day|Hallowe['’]?en|Labou?r Day|Memorial Day|Independence Day|Fourth of July|Valentine['’]?s Day|Mother['’]?s Day|Father['’]?s Day|St\.? Patrick['’]?s Day|Anzac Day|Australia Day|Canada Day|Waitangi Day|Remembrance (?:Day|Sunday)|Veterans['’]? Day|Presidents['’]? Day|Juneteenth|Bonfire Night|Guy Fawkes(?: Night)?|Hogmanay|Diwali|Deepavali|Hanukk?ah|Chanukah|Passover|Yom Kippur|Rosh Hashanah|Eid(?:(?: al|-al| ul|-ul)[ \-](?:Fitr|Adha)|(?![ \t]+(?:test|testing|assay|pcr|result|results|panel)(?![\p{L}]))))(?!\p{L})(?![ \t]+(?:[\p{L}\-]+[ \t]+)?(?:quiz|party|teaching|revision|sessions?|lectures?|rounds|meeting|MDT|conference|course|special|social|lunch|dinner|edition|cases?|unknowns|disease|factor|tree|trees|adapter|adaptor|connector|lights|decorations|carols|music|cards?|gifts?|presents|parties|cookies)(?!\p{L}))/dgiu;

// A holiday's meal after a preposition of time is the day again: "was fine at Easter dinner",
// "since Christmas lunch" (a conference's "Christmas lunch cases" has no preposition before it).
const HOLIDAY_MEAL_RE = /(?=[CTENBH])(?<=(?:^|[^\p{L}])(?:at|since|after|before|during|over|until|till|At|Since|After|Before|During|Over|Until)[ \t]+)(?:Christmas|Thanksgiving|Easter|New Year's|Boxing Day|Halloween)(?=[ \t]+(?:lunch|dinner|brunch|meal|supper)(?!\p{L}))/dgu;
// Birth context turns even a bare year into an identifier worth flagging.
const BIRTH_YEAR = "(?:18|19|20)\\d{2}(?!\\p{N}|[\\/.\\-]\\p{N})";
const DOB_RE = new RegExp(
  "(?<![\\p{L}])(?:DOB|D\\.O\\.B\\.?|YOB|[Dd]ate[ \\t]+of[ \\t]+[Bb]irth|[Yy]ear[ \\t]+of[ \\t]+[Bb]irth|[Bb]orn(?:[ \\t]+(?:on|in))?)" +
    "[ \\t]*[:\\-]?[ \\t]*" +
    `(${ANY_DATE}|${BIRTH_YEAR})`,
  "dgu",
);

/** Rejects shapes like "45/12/99" that match the date regex but cannot be dates. */
function isPlausibleDate(s: string): boolean {
  let m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return inRange(a, 1, 31) && inRange(b, 1, 31) && Math.min(a, b) <= 12;
  }
  m = /^(\d{4})[\/\-.]?(\d{1,2})[\/\-.]?(\d{1,2})$/.exec(s);
  if (m) return inRange(Number(m[1]), 1850, 2150) && inRange(Number(m[2]), 1, 12) && inRange(Number(m[3]), 1, 31);
  m = /^(\d{4})$/.exec(s);
  if (m) return inRange(Number(m[1]), 1850, 2150);
  // Textual date: the day is the only 1–2 digit number in it (month + year has none).
  m = /(?<![\d'])(\d{1,2})(?!\d)/.exec(s);
  return m ? inRange(Number(m[1]), 1, 31) : true;
}


// A weekday in full, or shortened where the short form is no English word ("Thurs", "Tues", "fri"),
// names one day wherever it stands ("a bed Monday", "f/u with Dr. Whitcomb Thursday", "son coming
// friday", "For CABG Thurs w/ Dr. R"), unless it names a routine: after "every" or in a list after it,
// before a meeting's noun ("Monday morning trauma meeting", "the Tuesday MDT"), or a range of days
// ("Monday to Friday", "Mon-Fri") or a list of them ("HD Tues, Thurs and Sat"), a meeting's day in brackets ("Sarcoma MDT (Thursday)") or a
// day something moved to ("Moved to Friday"). A shortened one after a clock time ("booked for 1000 Tues").
const ANY_WEEKDAY_RE = new RegExp(
  `(?=[mtwfsMTWFS])(?<![\\p{L}\\-–/])(?<!(?<![\\p{L}])(?:every|each|alternate|other|most|some|all|to|EVERY|EACH|Every|Each|To|TO)[ \\t]+${DAYS_BEFORE})${NOT_A_MEETING_BRACKET}(?<!(?:${WEEKDAY}|${WEEKDAY_SHORT})[ \\t]*(?:-|–|to|through|thru|until|,|&|and|or)[ \\t]*)(?<!(?:cardiac|tele|telemetry|apnea|apnoea|holter|heart|continuous|cont|fetal|was|were|got|get|be|been|newly|recently)[ \\t]+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|thur|thu|tues|tue|weds|fri|mon|wed)(?![\\p{L}'’\\-–/])(?![ \\t]*(?:,|&|and|or)[ \\t]*(?:${WEEKDAY}|${WEEKDAY_SHORT})(?![\\p{L}]))(?![ \\t]+(?:mornings|afternoons|evenings|nights)(?![\\p{L}]))(?![ \\t]*(?:-|–|to|through|thru|until)[ \\t]*(?:${WEEKDAY}|${WEEKDAY_SHORT})(?![\\p{L}]))(?![ \\t]+(?:(?:morning|afternoon|evening|night|lunchtime)[ \\t]+)?${ROUTINE_NOUN})` +
    `|(?<=(?<![\\d:])(?:(?:[01]\\d|2[0-3])[0-5]\\d(?:h|hrs)?|\\d{1,2}(?::\\d{2})?[ \\t]?(?:am|pm|AM|PM))[ \\t]+)(?:${WEEKDAY_SHORT}|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?![\\p{L}])`,
  "dgiu",
);

// A weekday in full closing a clause names one day ("PLAN D/C TO CEDAR RIDGE MONDAY.", "home
// Friday."); "every Monday." and "on Mondays" are routines, and "Moved to Friday" a clinic's day.
const WEEKDAY_CLOSING_RE = new RegExp(`(?=[MTWFS])(?<![\\p{L}])(?<!(?:every|each|alternate|to|EVERY|EACH|TO|Every|Each|To)[ \\t]+${DAYS_BEFORE})${WEEKDAY}(?=[ \\t]*(?:[.;!]|$))`, "dgmu");

// In a note written in lower case, a shortened weekday closing a clause about going somewhere:
// "pt going back to ridgeview tues", "d/c home fri" (not "o2 sat.", "out in the sun.").
const LOWER_WEEKDAY_CLOSING_RE = /(?<![\p{L}])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?=[ \t]*(?:[.;,!?)]|$)|[ \t]+(?:if|pending|unless)(?![\p{L}]))/dgmu;
const MOVE_BEFORE_RE = /(?:^|[^\p{L}])(?:flying|fly|flies|driving|drive|drives|visiting|going|go|goes|back|home|d\/c|dc|discharge|discharged|transfer|transferred|moving|move|coming|arriving|leaving|returning|return)(?:[ \t]+[\p{Ll}\/'’]+){0,4}[ \t]+$/u;
const NOT_BEFORE_LOWER_WEEKDAY = /(?:o2|spo2|sao2|ox|oxygen|the|a|in)[ \t]+$/;

// A weekday, in full or shortened, closing its clause, or before "w/", a preposition or a part of the day, in a
// clause about an event or a move ("Son Marcus to visit Sat w/ grandkids", "ADM SUN W/ ASPIRATION",
// "TRANSFER TO FELDBERG 6 SAT.", "wedding Sat in Newport", "d/c home Friday or Sat."; decision 138).
// Saturation and sunlight stay out: "O2 sat 92%", "the sun", "sat of 88", "sun exposure".
const WEEKDAY_IN_EVENT_RE = /(?<![\p{L}\d\/\-])(?<!(?<![\p{L}])(?:o2|spo2|sao2|ox|oxygen|pulse|the|a|his|her|their|its|cardiac|tele|telemetry|apnea|holter|heart|continuous|cont|fetal|desat|sats?)[ \t]+)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri)\.?(?=[ \t]*(?:[.;,)!?]|$)|[ \t]+(?:w\/|in|at|to|for|with|night|nights|nite|am|pm|morning|evening|afternoon|or|and|after|before|when|eve|early|late|->)(?![\p{L}]))/dgimu;
const EVENT_IN_CLAUSE_RE = /(?:^|[^\p{L}])(?:adm|admit|admitted|transfer|transferred|tx'?d|visit|visits|visiting|wedding|funeral|party|graduation|baptism|christening|surgery|cath|d\/c|dc|discharge|home|back|fly|flying|flew|arrive|arrives|arriving|arrived|drive|driving|come|coming|came|leave|leaving|left|return|returning|returned|planned|scheduled|expected|since|until|till|after|before|last|next|this|by|npo|hd|dialysis|missed|missing|fell|found|seen|started|stopped|extubated|intubated|died|meeting|mtg|appt|church|mass|game|call|again|avail|available|handoff|hand-off|bed|plan|dispo|visited|called|rollover|mvc|accident|injured|assaulted|s\/p|coiling|clipping|procedure|revisit|reassess|recheck|f\/u|placed|bring|brings|bringing|marry|married|vigil|shift|birthday|sing|wake)(?![\p{L}])(?:(?![.;\n])[^])*$/iu;
const ROUTINE_AFTER_PART_RE = new RegExp(`^[ \\t]+(?:morning|afternoon|evening|night)[ \\t]+${ROUTINE_NOUN}`, "u");
const DAY_WORD_RE = /(?<![\p{L}])(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?s?(?![\p{L}])/giu;
const SITTER_BEFORE_RE = /(?:,|(?:^|[^\p{L}])(?:pt|patient|he|she|they|we|i|then|and|who|wife|husband|family|son|dtr|daughter|mother|father|nurse|rn|sitter|niece|nephew|sister|brother|friend|volunteer|pca|aide|cna|chaplain|pastor|priest|well|also|quietly))[ \t]*$/iu;
// Coming or going in the clause makes "Sat with ..." a day ("She will drive up Sat with grandson").
const COMING_BEFORE_RE = /(?:^|[^\p{L}])(?:drive|drives|driving|fly|flies|flying|come|comes|coming|visit|visiting|arrive|arrives|arriving|bring|brings|bringing|return|returning)(?![\p{L}])(?:(?![.;,\n])[^])*$/iu;
const SEAT_AFTER_RE = /^[ \t]+(?:with|up|down|on|by|for[ \t]+(?:\d|an?[ \t]|about|~|over|most|the[ \t]+(?:rest|afternoon|evening))|at[ \t]+(?:the[ \t]+)?(?:bedside|table|edge)|in[ \t]+(?:the[ \t]+|a[ \t]+|her[ \t]+|his[ \t]+)?(?:chair|bed|recliner|wheelchair|w\/c|lounge|room|cardiac|geri))(?![\p{L}])/iu;

export const detectDates: Detector = (text, emit) => {
  // "Copy of MAR/face sheet sent": the medication administration record, not March.
  const record = (c: { start: number }) => /(?:copy|copies)[ \t]+of[ \t]+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) && /^MAR(?![a-z])/i.test(text.slice(c.start, c.start + 4));
  const add: typeof emit = (c) => {
    if (!record(c)) emit(c);
  };
  for (const s of /(?:sat|sun|mon|tue|wed|thu|fri)/i.test(text) ? spans(WEEKDAY_IN_EVENT_RE, text) : []) {
    const clause = text.slice(Math.max(0, s.start - 60), s.start);
    // "sat" is also what a patient did: "pt sat in chair", "back to bed, sat with wife".
    const sitting = /^sat\.?$/i.test(s.match[0]) && (SITTER_BEFORE_RE.test(clause) || (SEAT_AFTER_RE.test(text.slice(s.end, s.end + 24)) && !COMING_BEFORE_RE.test(clause)) || /^[ \t]*(?:at|@|of|was|is)?[ \t]*\d{2,3}[ \t]*%/i.test(text.slice(s.end, s.end + 12)));
    // Three days in one clause, or a day after "every", are a routine ("HD Mon, Wed and Fri").
    const around = clause.slice(Math.max(0, clause.search(/[^.;\n]*$/))) + text.slice(s.start, s.end + 30).split(/[.;\n]/)[0];
    const days = (around.match(DAY_WORD_RE) ?? []).length;
    // Three days in a clause, or two on a dialysis schedule ("HD Tues and Sat"), are a routine.
    const routine = days >= 3 || (days >= 2 && /(?:^|[^\p{L}])(?:hd|dialysis|dialyzes|dialyses)(?![\p{L}])/iu.test(around)) || /(?:every|each|alternate|q)[ \t]+(?:other[ \t]+)?$/i.test(clause) || ROUTINE_AFTER_PART_RE.test(text.slice(s.end, s.end + 48));
    // "taken outside in sun", "OUT IN SUN W/ FAMILY": sunlight.
    const sunlight = /^sun/i.test(s.match[0]) && /(?:in|into|out|outside|the)[ \t]+$/i.test(clause);
    if (!sitting && !routine && !sunlight && EVENT_IN_CLAUSE_RE.test(clause)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of spans(LOWER_WEEKDAY_CLOSING_RE, text)) {
    const line = text.slice(Math.max(0, text.lastIndexOf("\n", s.start) + 1, s.start - 60), s.start);
    if (MOVE_BEFORE_RE.test(line) && !NOT_BEFORE_LOWER_WEEKDAY.test(line.slice(-8))) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of /day[ \t]*(?:[.;!]|$)|DAY[ \t]*(?:[.;!]|$)/m.test(text) ? spans(WEEKDAY_CLOSING_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of spans(DOB_RE, text, 1)) {
    if (isPlausibleDate(s.match[1] ?? "")) add({ kind: "date", start: s.start, end: s.end, message: MSG.dob, priority: 2 });
  }
  for (const s of spans(DATE_RE, text)) {
    if (/^\d{1,3}-\d{1,3}-\d{1,3}$/.test(s.match[0]) && TREND_LABEL_BEFORE.test(text.slice(Math.max(0, s.start - 32), s.start))) continue;
    if (isPlausibleDate(s.match[0])) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of MAY_HAVE_FOREIGN_DATE.test(text) ? spans(FOREIGN_DATE_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)|\d[A-Za-z]{3}\d\d/i.test(text) ? spans(COMPACT_DATE_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of spans(MONTH_YEAR_RE, text)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /\d[\-.](?:19|20)\d\d|(?:19|20)\d\d-[01]\d/.test(text) ? spans(MONTH_YEAR_OTHER_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of MAY_HAVE_WORD_DATE.test(text) ? spans(WORD_DATE_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of MAY_HAVE_SPOKEN_DATE.some((re) => re.test(text)) ? spans(SPOKEN_DATE_RE, text) : []) {
    // "the second may be", "third march": a lower-case "may" or "march" is a month only after "of"
    // ("march" also after a day in digits: "on the 4th march").
    const month = s.match[2] ?? s.match[3];
    if (month && /^(?:may|mar|march)$/.test(month) && !(s.match[1] && s.match[2]) && !(month !== "may" && s.match[2] && /^(?:the[ \t]+)?\d/i.test(s.match[0]))) continue;
    add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of /(?:on|since|until|till|by|On|Since|Until|By)[ \t]+the[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|twenty|thirtieth|thirty)/.test(text) ? spans(ORDINAL_WORD_DAY_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of MAY_HAVE_LOWER_MONTH_OR_DAY.test(text) ? spans(LOWER_MONTH_OR_DAY_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /\d{8}/.test(text) ? spans(EIGHT_DIGIT_DATE_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 6 });
  for (const s of /[a-z][ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:18|19|20)\d\d/.test(text) ? spans(LOWER_MONTH_DAY_YEAR_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /bday|b-day|birthday/i.test(text) ? spans(BIRTHDAY_DAY_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /\d(?:st|nd|rd|th)[ \t]+(?:inst|ult|prox)/.test(text) ? spans(INSTANT_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  detectNumericDates(text, add);
  for (const s of /\d(?:st|nd|rd|th)[ \t]+(?:and|or|&|-)[ \t]+\d/i.test(text) ? spans(ORDINAL_PAIR_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /the[ \t]+(?:1[3-9]|2\d|3[01])(?:st|nd|rd|th)/i.test(text) ? spans(THE_LATE_ORDINAL_RE, text) : []) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of spans(WEEKDAY_AFTER_VERB_RE, text)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of spans(WEEKDAY_SHORT_WITH_DATE_RE, text)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const re of [ORDINAL_DAY_RE, HOLIDAY_RE, ...(/lunch|dinner|brunch|meal|supper/.test(text) ? [HOLIDAY_MEAL_RE] : []), MONTH_OR_DAY_CUED_RE, WEEKDAY_RE, ANY_WEEKDAY_RE]) {
    for (const s of spans(re, text)) {
      // "the base of the 5th", "the head of the 2nd": a ray, a rib or a digit, not a day.
      if (re === ORDINAL_DAY_RE && ANATOMY_OF_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) continue;
      // Before "is", "was", "showed" (decision 141) only after "on", "since" or "from" in a clause with no rib,
      // level or digit: "fracture of the 5th is healing", "compared to the 1st it shows" are no days.
      if (re === ORDINAL_DAY_RE && /^[ \t]+(?:is|was|showed|shows|revealed|he|she|he['’]s|she['’]s|they|we|it|pt)(?![\p{L}])/iu.test(text.slice(s.end, s.end + 8)) && (!/(?:on|since|from)[ \t]+the[ \t]+$/i.test(text.slice(Math.max(0, s.start - 12), s.start)) || /(?:rib|vertebra|level|digit|toe|finger|metatarsal|metacarpal|cervical|thoracic|lumbar|sacral|fracture|fx|height|arising|compared|cranial|nerve|ray|web|space|intercostal)/i.test(text.slice(Math.max(0, s.start - 60), s.start)))) continue;
      add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
    }
  }
};
