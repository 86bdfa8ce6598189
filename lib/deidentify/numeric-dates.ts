// Dates written as two numbers without a year: "7/22", "12/3", "3/2-3/4", "on 03-14", "6/97".
// Fractions, scores and doses share these shapes ("5/5 strength", "pain 7/10", "hydrocortisone
// 15/5"), so each needs a date's cue or a shape no score has. Moved out of dates.ts (decision 135).
import { dictionaries } from "./dictionaries";
import { inRange, MSG, spans, type Detector } from "./types";

// Day/month or month/day without a year ("7/22", "12/3"). Fractions and scores share the shape
// ("5/5 strength", "2/6 murmur", "pain 7/10", "BP 120/80"), so these are set aside: a second
// number of 10 or less that is not smaller than the first... unless a date word comes before.
const SHORT_DATE_RE = /(?<![\w.\/\-+:=])(\d{1,2})\/(\d{1,2})(?![\w\/]|[.\-\/]\d|\s*(?:mm|cm|ml|mL|mg|%))/dgu;
const DATE_CUE_BEFORE =
  /(?:\b(?:last bm|sched|d\/c'?d|dc'?d|on|since|from|until|till|by|dated?|of|as of|admitted|admission|discharged?|discharge|seen|started|stopped|began|last|next|surgery|op|post-op|s\/p|scan|mri|ct|x-?ray|echo|tte|tee|ekg|ecg|cxr|kub|egd|cath|labs|eeg|emg|pfts?|biopsy|bx|dexa|pet|us|u\/s|visit|appt|appointment|meeting|mtg|conference|consult|recheck|rtc|ercp|trach|peg|picc|pci|ptca|angio|angiogram|angioplasty|lp|bronch|bronchoscopy|colonoscopy|thoracentesis|paracentesis|crani|craniotomy|laparotomy|ex-lap|exlap|aicd|ppm|pacer|neurosurgery|nsgy|extubated|intubated|cabg|mvc|mva|crash|accident|injury|injured|fell|placed|inserted|removed|change|changed|transfused|f\/u|follow[- ]up|d\/c|dc|adm|thru|through|to|and|note|notes|for|at|reported|results?|due|booked|planned|scheduled|arranged|called|call|dos|date|addendum|starting|starts|start|beginning|effective|expires|returning|return|back|week of|weekend of|prior to|last seen|tomorrow|today|tonight|-|–|,)\s*(?:the\s*)?|\b(?:date|dated|dates|admitted|discharged|dob|dos|seen|surgery|procedure|visit)\s*[:#]\s*|\bdate\s+of\s+[a-z]+\s*[:#]\s*|\(\s*)$/i;
// Named scores and questionnaires before their result: "GDS 6/15", "MoCA 19/30", "PHQ-9 14/27".
const SCORE_CUE_BEFORE = /(?:\b(?:air\s+leak|grips?|pap|pas|pad|cvp|pcwp|wedge|co\/ci|ci|svr|day|days|hd|pod|tinetti|berg|borg|barthel|fim|tof|twitch(?:es)?|simv|cpap|psv|bipap|ipap|epap|niv|prvc|peep|ps|vent|settings|bp|pain|strength|motor|power|reflexes?|murmur|score|scored|scores|scoring|gcs|apgar|ratio|grade|sats?|pulses?|vision|va|acuity|mrc|rated|scale|was|is|of|mmse|moca|gds|phq(?:-?\d+)?|gad(?:-?\d+)?|slums|bims|audit(?:-c)?|nihss|ess|ipss|odi|epds|ciwa|cows|das28|acer?|mini-cog|mna|cam|hads|dass|k10|qids|ybocs|sds)\s*:?\s*|[A-Za-z])$/i;
const SCORE_WORD_AFTER = /^\s*(?:ns|NS|normal saline|strength|bottles?|sets?|cores?|nodes?|strength|murmur|sem|hsm|power|pulses?|scale|score|reflexes|dtr|pain|vision|tabs?|tablets?)\b/i;
const SCORE_CUE_AFTER = /^\s*(?:strength|murmur|sem|hsm|power|pulses?|scale|score|in|on|ratio|reflexes|dtr|pain|vision|tabs?|tablets?|caps?|of|history|hx|ago|post|later|duration|review|f\/u|follow|dose|doses|units?)\b/i;

// A range of two month/day dates: "at St. E's 3/2-3/4", "admitted 12/28 - 1/2". Scores share the
// shape when both halves have one denominator ("pain 3/10-5/10", "2/6-3/6 murmur").
const SHORT_DATE_RANGE_RE = /(?<![\w.\/\-+:=])(\d{1,2})\/(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})\/(\d{1,2})(?![\w\/]|[.\-\/]\d)/dgu;

// Month-day with a hyphen after a date word ("on 03-14", "since 11-28"): a leading zero or a day
// above 12 tells it from a range ("on 2-3 days").
const HYPHEN_SHORT_DATE_RE = /(?<![\w.\/\-+:=])(\d{1,2})-(\d{1,2})(?![\w\/\-%]|[.]\d)/dgu;

// Month and two-digit year ("hip replacement 6/97", "in 11/03"): a month, then a number that is
// no day (32-99), or any two digits after a date word. Visual acuity (6/60), titres (1/80) and
// scores are set aside by their cues.
const MONTH_SHORT_YEAR_RE = /(?<![\w.\/\-+:=])(0?[1-9]|1[0-2])\/(\d{2})(?![\w\/]|[.\-\/]\d|\s*(?:mm|cm|ml|mL|mg|%|dilution|titer|titre|vision))/dgu;
const NOT_MONTH_YEAR_BEFORE = /(?:\b(?:(?:relief|down|improved|decreased|reduced|dropped|better|up|increased)\s+to|va|vision|acuity|snellen|visual|titer|titre|ana|dilution|ratio|bp|pain|score|grade|strength|power|rate|of|x)\s*:?\s*|\d\s*|[A-Za-z])$/i;

const SPLIT_DOSE_BEFORE = /\b(?:hydrocortisone|cortef|prednisolone|prednisone|dexamethasone|fludrocortisone|insulin|novomix|humalog|humulin|lantus|levemir|mixtard)\s*$/i;
// A sentence about vision: fractions of 6 or 20 in it are acuities, not dates (decision 111).
const ACUITY_BEFORE = /(?:\b(?:VA|V\/A|BCVA|UCVA|[Vv]isual [Aa]cuity|[Aa]cuity|[Vv]ision|VISION|[Ss]nellen|SNELLEN)\b)/;
const EVENT_WAS_BEFORE = /\b(?:last|next|prior|previous|most recent)\s+[\w\/\-]{1,15}\s+(?:was|is|will be)\s*$/i;
function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 80), start);
  const cut = Math.max(window.lastIndexOf("."), window.lastIndexOf(";"), window.lastIndexOf("\n"));
  return window.slice(cut + 1);
}

/** A pain or another score out of ten earlier in the sentence ("pain 7/10 ... relief to 3/10"). */
function scoredOutOfTenBefore(text: string, start: number): boolean {
  const sentence = text.slice(Math.max(0, start - 80), start);
  return /\d\/10(?!\d)(?:(?![.;][ \t]|\n)[^])*$/.test(sentence) && /(?:pain|relief|score|rated|discomfort|nrs|vas)/i.test(sentence);
}

/**
 * A score's change (decision 142): an arrow or "to" between two fractions of one small denominator ("pain 9/10 -> 5/10",
 * "grip 3/5 -> 4/5"), or a second fraction of the scale a sentence's leak, grip or strength already scored ("AIR LEAK 3/7
 * ON ARRIVAL, DOWN TO 2/7 BY 0300", "GRIP 4/5 (IMPROVED FROM 3/5)").
 */
function scoreChange(text: string, start: number, end: number, b: number): boolean {
  if (b > 10) return false;
  const sameScale = (m: RegExpExecArray | null) => !!m && Number(m[1]) === b;
  if (sameScale(/^[ \t]*(?:-+>|→|to)[ \t]*\d{1,2}\/(\d{1,2})(?!\d)/.exec(text.slice(end, end + 16)))) return true;
  if (sameScale(/\d\/(\d{1,2})[ \t]*(?:-+>|→|to)[ \t]*$/.exec(text.slice(Math.max(0, start - 16), start)))) return true;
  // Not after a date's own cue ("grip 4/5 ... stroke on 2/5", "air leak 2/7 ... chest tube placed 3/7").
  if (/\b(?:on|since|dated?|placed|inserted|admitted|adm|s\/p|seen)[ \t]*$/i.test(text.slice(Math.max(0, start - 16), start))) return false;
  const sentence = sentenceBefore(text, start);
  // A chest drain's air leak is scored by its chambers, one to seven ("AIR LEAK BACK UP TO 4/7").
  if (b <= 7 && /\bair[ \t]+leak\b[^.;\n]{0,24}$/i.test(sentence)) return true;
  return new RegExp(`\\d\\/${b}(?!\\d)`).test(sentence) && /(?:leak|grips?|strength|power|motor|pain|score)/i.test(sentence);
}

const SHIFT_HEADING_BEFORE = /(?:^|\n)[ \t]*(?:[\p{L}\-]+[ \t]+){0,2}(?:npn|nsg|nursing|note|pn|rn|micu|sicu|ccu|csru|cvicu|nicu|icu|tsicu|shift)[ \t:,]*$/iu;
const SHIFT_AFTER = /^[ \t]+(?:\d{1,2}[ap]|[01]\d{3}|2[0-3]\d{2})[ \t]*[-–>][ \t]*(?:\d{1,2}[ap]|[01]\d{3}|2[0-3]\d{2})(?![\d\/])/i;

// "BIPAP 12/6 FIO2 .60 -> 10/5": a ventilator's pressures changed, not a date (decision 143).
const VENT_CHANGE_BEFORE = /(?:bipap|cpap|ipap|epap|psv?|peep|niv|vent)\b[^;\n]{0,32}(?:->|→|to)[ \t]*$/i;

function isShortDate(text: string, start: number, end: number, a: number, b: number): boolean {
  if (!(inRange(a, 1, 31) && inRange(b, 1, 31) && Math.min(a, b) <= 12)) return false;
  if (a === 24 && b === 7) return false; // "officers at bedside 24/7": all the time
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  if (/^[ \t]+(?:@[ \t]*)?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/.test(after)) return true; // before a clock: "rec'd 3/4 4:52 PM"
  if (VENT_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return false;
  // A date in a shift note's heading before the shift: "CSRU NPN 1/9 7P-7A", "ccu npn 1/4 7a-7p".
  if (SHIFT_HEADING_BEFORE.test(before) && SHIFT_AFTER.test(after)) return true;
  // A date heading a line of a running note: "7/22: pt seen", "3/4 - echo done".
  if (/(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?::|[-–][ \t])/.test(after)) return true;
  // A date in a table's first column: "01/06 | INR | 3.4", "3/5<TAB>Hb 92".
  if (/(?:^|\n)[ \t|]*$/.test(before) && /^[ \t]*(?:\||\t)/.test(after)) return true;
  // A part written with a leading zero is a calendar's, never a fraction's or a score's ("01/06",
  // "3/05"), unless a score's word says otherwise.
  if (/^0/.test(text.slice(start, end)) || /\/0/.test(text.slice(start, end))) return !SCORE_CUE_BEFORE.test(before) && !SCORE_CUE_AFTER.test(after);
  // British durations: "review in 3/12" is three months, "for 2/7" two days.
  if ((b === 12 || b === 7) && /\b(?:in|for|after|over|within|x)\s*$/i.test(before)) return false;
  // A comma or a dash alone is a weak cue: "pain 2/10 at rest, 5/10 on movement" is a score, while
  // "seen 3/4, 3/5" continues a list of dates.
  // An injury's day, even after a comma: "S/P STABBING, L CHEST, 5/5 0130 OUTSIDE THE BAR".
  if (EVENT_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 64), start)) && (DATE_CLOSING_AFTER.test(after) || CLOCK_AFTER.test(after)) && !SCORE_IN_CLAUSE.test(sentenceBefore(text, start))) return true;
  const weakCue = /(?:[,\-–]\s*)$/.test(before) && !/\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[,\-–]\s*$/.test(before);
  if (weakCue && b <= 10 && a <= b) return false;
  // Visual acuity in a sentence that says so: "VA 6/12 right eye and 6/9 left eye", "20/25 OS".
  if ((a === 6 || a === 20) && ACUITY_BEFORE.test(sentenceBefore(text, start))) return false;
  // Split doses of a steroid or an insulin: "hydrocortisone 15/5", "Novomix 30/20".
  if (SPLIT_DOSE_BEFORE.test(before)) return false;
  // A second score of a scale the sentence already scored ("pain 7/10 ... relief to 3/10"), and
  // non-invasive ventilation's pressures ("on BiPAP overnight 12/5").
  if (b === 10 && a <= b && (scoredOutOfTenBefore(text, start) || /(?:pain|relief|discomfort)/i.test(sentenceBefore(text, start)))) return false;
  if (a <= b && scoreChange(text, start, end, b)) return false;
  // A pulmonary artery's pressures, systolic over diastolic ("SWAN: PA 28/12"; "seen by PA 7/12" is a day).
  if (a > b && /\bpa[ \t]*:?[ \t]*$/i.test(before)) return false;
  if (a >= b && VENT_SETTING_BEFORE.test(before)) return false;
  if (DATE_CUE_BEFORE.test(before)) return !SCORE_WORD_AFTER.test(after);
  // "Last HD was 11/1", "next visit is 12/3": an event's date, when the shape is no fraction.
  if (!(b <= 10 && a <= b) && EVENT_WAS_BEFORE.test(before)) return true;
  // A bracket may follow a procedure's day ("TRACH'D 1/5 (#8 SHILEY)").
  if ((CLINICIAN_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || PROCEDURE_BEFORE.test(before)) && (DATE_CLOSING_AFTER.test(after) || /^[ \t]*\(/.test(after)) && !SCORE_IN_CLAUSE.test(sentenceBefore(text, start))) return true;
  if (SCORE_CUE_BEFORE.test(before)) return false;
  // Before a clock or a part of the day: "EVENT 4/8 0515", "recheck rhythm 4/5 am" (decision 135).
  if (CLOCK_AFTER.test(after) && b !== 10 && !(b <= 10 && a <= b && SCORE_IN_CLAUSE.test(sentenceBefore(text, start)))) return true;
  // After a clock time, before a clause's end: "Extubated @ 2200 4/7.", "via MedFlight @ 0240 6/9."
  if (CLOCK_BEFORE.test(before) && DATE_CLOSING_AFTER.test(after) && b !== 10) return true;
  // A procedure's day in its "s/p" clause, or an event's day at a place, closing the clause:
  // "S/P WHIPPLE 5/8 W/ DR. A", "s/p hartmann's 9/9.", "Pt to OR 7/9 for trach", "DETOX BED AT SHATTUCK 1/2?".
  if ((SP_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 64), start)) || PLACE_BEFORE.test(before) || SENT_BEFORE.test(before) || EVENT_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 64), start))) && DATE_CLOSING_AFTER.test(after) && !SCORE_IN_CLAUSE.test(sentenceBefore(text, start))) return true;
  // A numerator above its denominator is no score, so a preposition after it is a place's or a
  // person's: "GSW TO ABD 11/2 IN DORCHESTER", "wedding 11/4 in bar harbor".
  // Decision 139: so is a day past the 12th ("PEDESTRIAN STRUCK 5/30 ON CENTRE ST").
  if (SCORE_CUE_AFTER.test(after) && !((a > b || b > 12) && PREPOSITION_AFTER.test(after))) return false;
  // A fraction or a score: "1/2", "4/5", "5/5", "3/4", "8/10".
  return !(b <= 10 && a <= b);
}

const CLOCK_AFTER = /^[ \t]+(?:@[ \t]*)?(?:(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?(?![\d%\/]|[.:]\d)(?![ \t]*(?:cc|ml|mL|mg|g|units?|kcal|%)(?![\p{L}]))|(?:am|pm|AM|PM|a\.m\.|p\.m\.)(?![\p{L}]))/u;
const SP_CLAUSE_BEFORE = /(?:s\/p|S\/P|status post|STATUS POST)(?![\p{L}])[^.;\n\/]{1,50}$/u;
const PLACE_BEFORE = /(?:(?:^|[^\p{L}])(?:to|TO|at|AT|in|IN|from|FROM)[ \t]+(?:the[ \t]+)?(?:OR|ICU|MICU|SICU|CCU|CSRU|PACU|ED|ER|EW|\p{Lu}{4,}|\p{Lu}\p{Ll}+)(?:[ \t]+(?:\p{Lu}{3,}|\p{Lu}\p{Ll}+)){0,2}(?:[ \t]+\d{1,2}[A-Z]?)?|(?:^|[^\p{L}])(?:there|THERE))[ \t]+$/u;
const CLOCK_BEFORE = /(?:^|[^\d:])(?:@[ \t]*)?(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?[ \t]+$/;
const SENT_BEFORE = /(?:^|[^\p{L}])(?:sent|SENT|received|RECEIVED|arrived|ARRIVED|presented|PRESENTED|returned|RETURNED)[ \t]+(?:in[ \t]+|IN[ \t]+|on[ \t]+|ON[ \t]+)?$/u;
const DATE_CLOSING_AFTER = /^[ \t]*(?:[,.;:?)]|$|\n|(?:for|w\/|with|by|at|via|@|FOR|W\/|WITH|BY|AT|VIA)(?![\p{L}])|(?:in|IN)[ \t]+(?:IR|OR)(?![\p{L}])|(?:[01]\d|2[0-3])[0-5]\d(?![\d.%\/]))/u;
const VENT_SETTING_BEFORE = /(?:^|[^\p{L}])(?:bipap|bi-pap|ipap|niv|psv|ps|cpap|sbt|pressure support|vent)(?:[ \t]+(?:overnight|tonight|settings?|at|of|on|@|qhs|hs|nightly|home|\d{1,3}[ \t]*(?:min|mins|minutes|hrs?|h)|x[ \t]*\d+[ \t]*(?:min|mins|hrs?|h))){0,2}[ \t:]*$/iu;
// A procedure's day after who did it or what was done: "HALO PLACED BY DR NWOSU 7-23.", "FOLLOW UP DR
// PATEL, NIRAV 5/7.", "EXCHANGE TRANSFUSION DONE 8/10." (decision 138).
// A procedure with its count right before the day: "CABG x4 3/6 w/ Dr. Castellano", "transferred 1/1 via".
const PROCEDURE_BEFORE = /(?:^|[^\p{L}])(?:cabg|avr|mvr|pci|ptca|cath|ercp|egd|crani|craniotomy|whipple|trach|peg|picc|transferred|transfused|intubated|extubated|admitted|admit|delivered|born|replacement|repair|repaired|pinned|fusion|resection|amputation|ablation|coiling|clipping|stenting|sent|orif|bka|aka|tka|tha|cea|bypass|colectomy|colostomy|ileostomy|lobectomy|esophagectomy|gastrectomy|nephrectomy|splenectomy|cholecystectomy|appendectomy|thoracotomy|laparotomy|ex-?lap|sbr|debridement|laminectomy|discectomy|evacuation|fixation|embolization|thrombectomy|arthroplasty|tracheostomy|tavr|lvad|dos|trach['’]?d|peg['’]?d|trached|study|studies|\p{L}{3,}(?:centesis|ectomy|otomy|ostomy|plasty|pexy|scopy))(?:[ \t]+x[ \t]?\d)?[ \t]+$/iu;
// An injury or a collapse earlier in the clause: its day closes the clause, even in a fraction's shape
// ("STABBED IN ABD 7/7.", "fell from 3rd floor porch roxbury 6/6.", "MASSIVE L MCA STROKE 9/9.").
const EVENT_CLAUSE_BEFORE = /(?:^|[^\p{L}])(?:fell|fall|stabbed|stabbing|shot|shooting|gsw|struck|hit|collapsed|assaulted|assault|injured|injury|accident|mvc|mva|mcc|crash|rollover|pedestrian|stroke|found[ \t]+down|arrest|coded)(?![\p{L}])[^.;\n]{0,48}$/iu;
const CLINICIAN_BEFORE = /(?:^|[^\p{L}])(?:by|with|w\/|per|PER|f\/u|F\/u|F\/U|follow[ \t-]?up|see|seen by|appt)[ \t]+(?:pcp[ \t]+|PCP[ \t]+)?(?:dr\.?|DR\.?|Dr\.?)[ \t]+\p{L}[\p{L}'’\-]+(?:,[ \t]*\p{L}+)?[ \t]+$|(?:^|[^\p{L}])(?:done|DONE|placed|PLACED|performed|PERFORMED|inserted|INSERTED|changed|CHANGED|removed|REMOVED|pulled|PULLED|neg|NEG|negative|NEGATIVE|pos|POS|positive|POSITIVE|drawn|DRAWN|checked|CHECKED|screened|SCREENED|accepted|ACCEPTED|declined|DECLINED|interrogated|INTERROGATED)[ \t]+$/u;
const SCORE_IN_CLAUSE = /\b(?:tof|pulses|dp|ef|strength|power|motor|pain|murmur|score|gcs|grade|pulses?|reflexes|scale|rated|apgar|rue|lue|rle|lle|ue|le|ues|les|pupils?|perrl|grips?|mae|deltoids?|biceps|triceps|plantar|dorsiflexion)\b/i;
const PREPOSITION_AFTER = /^\s*(?:in|on|at|IN|ON|AT)\b/;

// After a procedure or a named place, closing its clause, "4-11" is a day even if it could be a range ("s/p pci 4-11,").
// Decision 139: after an event ("collapsed 3-9;", "LAST DRINK 8-28."), an arrival, a meeting or a plan's
// question ("?FLOOR 1-29."); not after a test or a procedure, where it is a level or a count ("laminectomy 4-5.").
const HYPHEN_DATE_STRONG_BEFORE = /(?:(?:^|[^\p{L}])(?:s\/p|on|since|sent|dated?|adm|admit|admitted|readmitted|d\/c'?d|dc'?d|discharged|transferred(?:[ \t]+(?:here|in|out|over|back))?|pci|ptca|cabg|cath|angio|ercp|egd|lp|crani|craniotomy|surgery|op|(?:re-?)?intubated|extubated|trach|peg|picc|cardioversion|dccv|collapsed|fell|arrested|coded|seized|injured|shot|stabbed|assaulted|meeting|mtg|discussion|arrive|arrives|arriving|arrived|start|starts|starting|started|due|until|till|thru|through|last[ \t]+\p{L}+|\?[ \t]*(?:floor|call[ \t]+out|extubat\p{L}*|d\/c|dc|transfer|or|trach|peg)|(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?[ \t]*\()|(?:^|[^\p{L}])(?:from|to|at|FROM|TO|AT)[ \t]+(?:\p{Lu}[\p{L}'’.]*[ \t]+){1,4})[ \t]*$/iu;
// In a town, case as written: "IN BURLINGTON 11-19;" (not "pain in low back 3-4,").
const HYPHEN_DATE_TOWN_BEFORE = /(?:^|[^\p{L}])(?:in|IN)[ \t]+(?:(?:\p{Lu}\p{Ll}[\p{L}'’]+|\p{Lu}{4,})[ \t]+){1,3}$/u;
const HEADING_CLOCK_AFTER = /^[ \t]+(?:@[ \t]*)?(?:[01]\d|2[0-3]):?[0-5]\d(?:h|hrs)?[ \t]*[:\-–]/; // a day heading an events line: "10-3 0700: pt HR 40s"
const HYPHEN_DATE_CLOSING_AFTER = /^[ \t]*(?:[,.;:)]|$|\n|(?:for|w\/|with|and|at|from|@|by|per|via|on|if|dr\.?|showed|revealed)(?![\p{L}]))/iu;

// Month.day after an admission, "s/p", a weekday or a place, closing its clause, or before a holiday or a
// weekday in brackets (decision 139): "ADMITTED 3.11 AFTER FALL", "Sat 11.16 at their home", "4.21 (EASTER
// SUNDAY)". Lab values, doses and tube sizes share the shape ("K 3.9.", "Intubated 7.5 for airway",
// "Paracentesis 4.5,"), so only these cues right before count.
const DOT_SHORT_DATE_RE = /(?<![\w.\/\-+:=])(\d{1,2})\.(\d{1,2})(?![\w\/\-%]|[.,]\d)/dgu;
// Two of them joined by a dash, a stay's first and last days: "at Lowell General 10.3-10.6 for same".
const DOT_DATE_RANGE_RE = /(?<![\w.\/\-+:=])(\d{1,2})\.(\d{1,2})[ \t]?[-–][ \t]?(\d{1,2})\.(\d{1,2})(?![\w\/\-%]|[.,]\d)/dgu;
const DOT_DATE_BEFORE = /(?:^|[^\p{L}])(?:(?:admitted|readmitted|returned|discharged|d\/c['’]?d|dc['’]?d)[ \t]+(?:here|there|back)|admitted|readmitted|late[ \t]+entry(?:[ \t]+for)?|transfer(?:red)?[ \t]+(?:in|out)|dos|since|scheduled|set[ \t]+for|mtg|meeting|as[ \t]+of|documented|s\/p|status[ \t]+post|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?)[ \t]+$/iu;
// "adm" is an admission's day only after who or a clause's start and before where from or why ("78yo m adm 11.2 from beverly
// hosp"): "Cr on adm 1.2, now 0.9" and "K adm 3.1 to 4.0" are values.
const DOT_ADMISSION = /(?:^|[,;.:]|(?<![\p{L}])(?:m|f|male|female|man|woman|yo|y\/o|pt|patient|and|was|initially))[ \t]+(?:adm|adm'd|admit)[ \t]+$/iu;
// After an operation's name ("s/p crani 10.31."), not after an admission, a transfer, a tap or a tube, whose volumes, sizes and
// values share the shape ("Paracentesis 4.5,").
const NOT_A_DOT_PROCEDURE = /(?:\p{L}*centesis|tap|admit|admitted|transferred|transfused|sent|study|studies|dos|delivered|born|intubated|extubated|trach|trach['’]?d|trached|peg|peg['’]?d|picc)[ \t]+$/iu;
const DOT_ADMISSION_AFTER = /^[ \t]+(?:from|fr\.?|to|w\/|c|via|for|after|s\/p|@)(?![\p{L}])/iu;
const DOT_DATE_AFTER = /^[ \t]*(?:[,.;:)(]|@?[ \t]*(?:\d{1,2}(?::\d\d)?[ \t]*(?:am|pm)|(?:[01]\d|2[0-3])[0-5]\d)(?![\d])|$|\n|(?:for|w\/|with|by|at|from|after|in|and|per|via|dr\.?|am|pm|re)(?![\p{L}]))/iu;
// Or a holiday in brackets right after it: "GSW TO ABD 4.21 (EASTER SUNDAY)", "ON MORRISSEY BLVD 10.31 (HALLOWEEN)".
const HOLIDAY_IN_BRACKETS_AFTER = /^[ \t]*\([ \t]*(?:christmas|xmas|new[ \t]+year|easter|thanksgiving|halloween|valentine|independence|july[ \t]+4|fourth[ \t]+of[ \t]+july|4th[ \t]+of[ \t]+july|st\.?[ \t]+patrick|labor|labour|memorial|patriots|mothers|mother's|fathers|father's|veterans|columbus|presidents|mlk|good[ \t]+friday|passover|hanukkah|chanukah|rosh|yom|ramadan|eid|diwali|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?[ \t]*\))/iu;
// Or after a place and before a clock time or a part of the day: "TX'D HERE 5.30 0300", "(LITTLETON) 11.18 ~2330", "in duxbury
// 7.4 pm"; or after a known town in brackets before a clause's end: "(Taunton) 10.2 for" (decision 140).
const DOT_TIME_AFTER = /^[ \t]+(?:~|@|approx\.?[ \t]*)?[ \t]*(?:(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?(?![\d%\/:]|\.\d)|(?:am|pm|a\.m\.|p\.m\.|evening|morning|afternoon|night|noc)(?![\p{L}]))/iu;
const MEASURE_BEFORE_DOT = /(?:^|[^\p{L}])(?:k|na|cl|mg|ca|phos|ph|hct|hgb|hb|wbc|plt|plts|inr|ptt|pt|cr|creat|bun|glu|gluc|glucose|bs|fs|fsbg|lactate|lac|temp|t|tm|tmax|ci|co|svr|cvp|pcwp|pap|map|ef|vt|peep|fio2|ps|rr|hr|sbp|dbp|bp|sat|sats|o2|abg|vbg|ast|alt|bili|tbili|alb|trop|tnt|ck|bnp|fib|nh3|osm|uo|wt|weight|kg|lbs|ml|cc|mcg|units?|u|dose|gtt|drip|rate|level|levels?|value|result|x|iv|po|ett|size|ngt|ogt|got|given|gave|received|bolus|bolused|infused|push|pushed|started|increased|decreased|titrated|weaned|up|down|to|at|on|off|of|now|was|is|from|by)[ \t:=]*$|[\d%][ \t]*$|\d\.\d[^\n]{0,24}$/iu;
const TOWN_IN_BRACKETS_BEFORE = /\(([\p{L}][\p{L} .'’\-]{2,30})\)[ \t]+$/u;
// Or at a place, after "from" or "at" ("TRANSFERRED FR. CAPE COD HOSP 5.30 FOR", "seen at Quincy Med Ctr 9.2 for").
const DOT_PLACE_BEFORE = /(?:^|[^\p{L}])(?:from|FROM|From|fr\.|FR\.|Fr\.|at|AT|At)[ \t]+(?:\p{Lu}[\p{L}'’]*\.?[ \t]+){1,4}$/u;

// A shift note's heading dated month.day (decision 140): "CCU nsg 7a>7p 5.16", "11-7 nsg 12.2-12.3", "TRANSFER IN
// 6.30 0210". Only at the heading's end or before a clock time: a lab value follows a test's name ("Lactate on admit 4.2").
const HEADING_DOT_DATE_RE = /^[ \t]*(?:[\p{L}\d\-]+[ \t]+){0,2}(?:nsg(?:[ \t]+note)?|npn|nursing(?:[ \t]+(?:progress[ \t]+)?note)?|rn[ \t]+note|transfer[ \t]+in|admit[ \t]+note)[ \t,:]*(?:(?:\d{1,2}[ap]?|\d{4})[ \t]*[-–>][ \t]*(?:\d{1,2}[ap]?|\d{4})[ \t,:]*)?((\d{1,2})\.(\d{1,2})(?:-(\d{1,2})\.(\d{1,2}))?)(?=[ \t]*(?:[:.][ \t]*)?(?:$|(?:[01]\d|2[0-3])[0-5]\d(?!\d)))/dgimu;

/** A town the lists hold that is no ordinary or clinical word ("Taunton", not "OSH", "normal", "central", "mobile"). */
function isTown(key: string): boolean {
  const d = dictionaries();
  return key.length > 2 && d.places.has(key) && !d.common.has(key) && !d.clinical.has(key) && !d.abbreviations.has(key);
}

// A lab's or a measurement's name earlier in the clause: its value, not a date, follows ("K in Quincy 3.2", "Cr stable since 1.2-1.4").
const LAB_IN_CLAUSE = /(?:^|[^\p{L}])(?:k|na|cl|mg|ca|phos|ph|hct|hgb|hb|wbc|plt|plts|inr|ptt|cr|creat|creatinine|bun|glu|glucose|bs|fs|lactate|lac|bili|alb|trop|tnt|ck|bnp|tsh|nh3|ammonia|co2|hco3|ci|co|svr|cvp|map|uo|temp|tmax|hgba1c|a1c|level|levels?)(?![\p{L}])[^.;\n]{0,30}$/iu;

/** A place right before, in the note's words: "tx'd here", "(LITTLETON)", "in duxbury", "IN HINGHAM" (an outside review: lab values before clocks are no dates). */
function placeRightBefore(before: string): boolean {
  if (/(?:^|[^\p{L}])(?:here|home|there)[ \t]+$/iu.test(before)) return true;
  const m = /(?:\(([\p{L}][\p{L} .'’\-]{2,30})\)|(?<![\p{L}])(?:in|at|near|IN|AT|NEAR)[ \t]+(\p{L}+(?:[ \t]+\p{L}+)?))[ \t]+$/u.exec(before);
  const words = (m?.[1] ?? m?.[2] ?? "").toLowerCase();
  return words !== "" && (isTown(words) || isTown(words.split(/[ \t]+/).pop() ?? ""));
}

const wordBefore = (before: string) => /(\p{L}+)[ \t:=]*$/u.exec(before)?.[1]?.toLowerCase();

/** Whether the word right before is a clinical word, an abbreviation or one the note gave a value earlier ("ICA 0.92 ... REPEAT ICA 1.10 @ 0400"). */
function clinicalWordBefore(before: string): boolean {
  const word = wordBefore(before);
  const d = dictionaries();
  if (word === undefined) return false;
  return d.abbreviations.has(word) || d.clinical.has(word) || new RegExp(`(?<![\\p{L}])${word}[ \\t:=]*\\d[^]*${word}[ \\t:=]*$`, "iu").test(before);
}

/** Month.day (already in a calendar's range) with a cue around it that lab values, doses and sizes lack. */
function isDottedDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 24);
  if ((DOT_DATE_BEFORE.test(before) || DOT_PLACE_BEFORE.test(before)) && DOT_DATE_AFTER.test(after)) return true;
  if (HOLIDAY_IN_BRACKETS_AFTER.test(after) || (DOT_ADMISSION.test(before) && DOT_ADMISSION_AFTER.test(after))) return true;
  if (PROCEDURE_BEFORE.test(before) && !NOT_A_DOT_PROCEDURE.test(before) && DATE_CLOSING_AFTER.test(after)) return true;
  // After a town, before a clock or closing the clause: "IN HINGHAM 10.2 0300", "fell in waltham 10.4, seen at".
  if (DOT_TIME_AFTER.test(after) && placeRightBefore(before) && !MEASURE_BEFORE_DOT.test(before) && !clinicalWordBefore(text.slice(Math.max(0, start - 200), start))) return true;
  // Closing the clause, only after a town with no lab's name before it ("fell in waltham 10.4,"; not "K in Quincy 3.2.", "INR at home 2.8.").
  if (DATE_CLOSING_AFTER.test(after) && !/(?:here|home|there)[ \t]+$/i.test(before) && placeRightBefore(before) && !LAB_IN_CLAUSE.test(before) && !clinicalWordBefore(text.slice(Math.max(0, start - 200), start))) return true;
  // After a town in brackets, unless a test's name comes before the brackets ("Hgb (Lowell) 10.2").
  const town = TOWN_IN_BRACKETS_BEFORE.exec(before);
  if (!town || !DATE_CLOSING_AFTER.test(after) || !isTown(town[1]!.toLowerCase())) return false;
  const outside = before.slice(0, town.index);
  return !dictionaries().abbreviations.has(wordBefore(outside) ?? "") && !MEASURE_BEFORE_DOT.test(outside);
}

export const detectNumericDates: Detector = (text, add) => {
  for (const s of /\d\.\d/.test(text) ? spans(HEADING_DOT_DATE_RE, text, 1) : []) {
    const [m1, d1, m2, d2] = [2, 3, 4, 5].map((k) => (s.match[k] === undefined ? 1 : Number(s.match[k])));
    if (inRange(m1!, 1, 12) && inRange(d1!, 1, 31) && inRange(m2!, 1, 12) && inRange(d2!, 1, 31)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of /\d\.\d/.test(text) ? spans(DOT_SHORT_DATE_RE, text) : []) {
    if (inRange(Number(s.match[1]), 1, 12) && inRange(Number(s.match[2]), 1, 31) && isDottedDate(text, s.start, s.end)) {
      add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
    }
  }
  for (const s of /\d\.\d{1,2}[ \t]?[-–][ \t]?\d{1,2}\.\d/.test(text) ? spans(DOT_DATE_RANGE_RE, text) : []) {
    const [m1, d1, m2, d2] = [1, 2, 3, 4].map((k) => Number(s.match[k]));
    // A later day of the same or the next month, not a range of values ("K 3.5-5.0").
    const later = m2! === m1! ? d2! > d1! : m2! === (m1! % 12) + 1;
    if (inRange(m1!, 1, 12) && inRange(d1!, 1, 31) && inRange(m2!, 1, 12) && inRange(d2!, 1, 31) && later && !LAB_IN_CLAUSE.test(text.slice(Math.max(0, s.start - 40), s.start)) && isDottedDate(text, s.start, s.end)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of spans(SHORT_DATE_RE, text)) {
    if (isShortDate(text, s.start, s.end, Number(s.match[1]), Number(s.match[2]))) {
      add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
    }
  }
  for (const s of /\d\/\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\//.test(text) ? spans(SHORT_DATE_RANGE_RE, text) : []) {
    const [a, b, c, e] = [1, 2, 3, 4].map((k) => Number(s.match[k]));
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    const after = text.slice(s.end, s.end + 16);
    if (!inRange(a!, 1, 12) || !inRange(c!, 1, 12) || !inRange(b!, 1, 31) || !inRange(e!, 1, 31) || b === e) continue;
    if (SCORE_CUE_BEFORE.test(before) && !DATE_CUE_BEFORE.test(before)) continue;
    if (SCORE_CUE_AFTER.test(after) || SCORE_WORD_AFTER.test(after)) continue;
    add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of /\d-\d/.test(text) ? spans(HYPHEN_SHORT_DATE_RE, text) : []) {
    const [a, b] = [s.match[1]!, s.match[2]!];
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    const after = text.slice(s.end, s.end + 16);
    if (!inRange(Number(a), 1, 12) || !inRange(Number(b), 1, 31)) continue;
    // A score's or a reading's range: "Pain 5-8", "RASS 0-1", "HR 6-8 beats".
    if (/(?:^|[^\p{L}])(?:pain|score|gcs|rass|sas|riker|cam|strength|grade|level|rr|hr|sbp|map|cvp|icp|cpp|uo|peep|ps|fio2|nrs|vas|cpot|bps)[ \t:=]*$/iu.test(before)) continue;
    // Ribs and levels: "bilat rib fx 3-8", "ribs 4-9".
    if (/\bribs?\b[^.;\n]{0,16}$/i.test(before)) continue;
    // An injury's or a collapse's day after where it happened: "SHOT ON WARREN ST NEAR DUDLEY SQ 10-23.", "COLLAPSED AT WORK (FIDELITY ON SUMMER ST) 10-11,".
    const eventDay = EVENT_CLAUSE_BEFORE.test(text.slice(Math.max(0, s.start - 64), s.start)) && /(?:(?:^|[^\p{L}])(?:st|sq|ave|rd|blvd|dr|ln|hwy|pl|ct|way|pkwy|park|center|centre|site|mall|plaza|square|street|avenue|road)\.?|\))[ \t]*$/iu.test(before) && !SCORE_IN_CLAUSE.test(sentenceBefore(text, s.start)) && HYPHEN_DATE_CLOSING_AFTER.test(after);
    const strong = eventDay || ((HYPHEN_DATE_STRONG_BEFORE.test(before) || HYPHEN_DATE_TOWN_BEFORE.test(before) || SP_CLAUSE_BEFORE.test(text.slice(Math.max(0, s.start - 64), s.start)) || CLINICIAN_BEFORE.test(text.slice(Math.max(0, s.start - 48), s.start))) && HYPHEN_DATE_CLOSING_AFTER.test(after)) || (/(?:^|\n)[ \t]*$/.test(before) && HEADING_CLOCK_AFTER.test(after));
    if (!(/^0/.test(a) || /^0/.test(b) || Number(b) > 12) && !strong) continue;
    if (!strong && (!DATE_CUE_BEFORE.test(before) || /^[-–,]?\s*$/.test(before.slice(-2)) && !/\b(?:on|since|from|until|dated?|of)\s*$/i.test(before))) continue;
    if (SCORE_CUE_AFTER.test(after) || /^[ \t]*(?:x|times|days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes|mg|mcg|g|ml|mL|cm|mm|kg|%|units?|beats|breaths|bpm|mmHg|cases|patients|episodes|shifts?|SHIFTS?)(?![\p{L}])/u.test(after)) continue;
    add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
  for (const s of spans(MONTH_SHORT_YEAR_RE, text)) {
    const year = Number(s.match[2]);
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    const after = text.slice(s.end, s.end + 16);
    if (NOT_MONTH_YEAR_BEFORE.test(before) || SCORE_CUE_AFTER.test(after) || SCORE_WORD_AFTER.test(after)) continue;
    // British durations: "6/52" is six weeks, "review in 3/12" three months.
    if (year === 52 || (year === 12 && /\b(?:in|for|after|over|within|x|at|of)\s*$/i.test(before))) continue;
    if (VENT_CHANGE_BEFORE.test(text.slice(Math.max(0, s.start - 48), s.start))) continue;
    // After a comma alone, a fraction's shape is a score ("radiating to L arm, 5/10"), unless dates are listed.
    const month = Number(s.match[1]);
    if (/[,\-–]\s*$/.test(before) && year <= 10 && month <= year && !/\d\/\d/.test(before)) continue;
    if ((year === 10 && scoredOutOfTenBefore(text, s.start)) || (Number(s.match[1]) <= year && scoreChange(text, s.start, s.end, year))) continue;
    if (year > 31 || DATE_CUE_BEFORE.test(before) || /\b(?:in|after|before)\s*$/i.test(before)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  }
};
