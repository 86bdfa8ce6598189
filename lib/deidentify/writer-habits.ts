// Habits of single writers that blind batches showed, each of which several writers shared (decision
// 139): a sign-off after a slash or a dotted leader closing the note ("..CONT W/ POC../ckm",
// "\n....LG"), a relative after an equals sign ("WIFE=ROSEMARIE", "PARENTS=DONNA + RICK"), a relative's
// or a patient's age after "is" ("HUSBAND IS 93"), and a trooper's abbreviated title ("TPR DUFFY").
import { dictionaries } from "./dictionaries";
import { RELATIONS } from "./name-context";
import { MSG, spans, type Detector } from "./types";

// A slash or a leader of dots, then two to four letters closing the note: units after a slash
// ("30cc/hr") have a number or a letter before the slash, so the slash must follow a sentence's end,
// a space or a line's start.
const LEADER_SIGN_OFF_RE = /(?<=(?:^|\n|[.!?)])[ \t]*(?:\.{2,}[ \t]*\/?|\/)[ \t]?)\p{L}{2,4}(?=[ \t]*$)/dgu;
const NOT_A_SIGN_OFF = new Set("hr hrs min mins day days wk wks mo mos yr yrs kg ml dl cc hpf lpf rn md np pa pt ot sw cm rt rrt slp pct end ok done".split(" "));

const RELATION_ALTERNATION = [...RELATIONS, "parents", "sons", "dtrs", "daughters", "brothers", "sisters", "hcp", "mgr", "boss"]
  .sort((a, b) => b.length - a.length)
  .join("|");
// "WIFE=ROSEMARIE", "Niece=Carol (HCP)", "PARENTS=DONNA + RICK", "wife=mary-kate": an equals sign
// after a relation names the relative, whatever the word is.
const RELATION_EQUALS_RE = new RegExp(
  `(?<![\\p{L}])(?:${RELATION_ALTERNATION})[ \\t]*=[ \\t]*(\\p{L}[\\p{L}'’\\-]+)(?:[ \\t]*(?:\\+|&|and|AND)[ \\t]*(\\p{L}[\\p{L}'’\\-]+))?`,
  "dgiu",
);
// A relative's age after "is" ("HUSBAND IS 93,"), or in brackets after a marriage's length ("WIFE OF 66
// YRS (91)"); doses and weights after the number are no ages.
const AGE_AFTER_RELATIVE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATION_ALTERNATION})(?:[ \\t]+of[ \\t]+\\d{1,2}[ \\t]*(?:yrs?|years))?[ \\t]+(?:is|IS|Is)[ \\t]+|(?:wife|husband|WIFE|HUSBAND)[ \\t]+(?:of|OF)[ \\t]+\\d{1,2}[ \\t]*(?:yrs?|YRS?|years|YEARS)[ \\t]*\\()(?:9\\d|1[01]\\d)(?![\\d\\/%]|[.,]\\d)(?![ \\t]*(?:%|kg|lbs?|mg|cc|ml|min|mins|minutes|hrs|hours|beats|bpm)(?![\\p{L}]))`, "dgiu");
// A state trooper's or a police officer's abbreviated title before the surname: "TPR DUFFY", "Ofc. Reyes".
const OFFICER_RE = /(?<=(?<![\p{L}])(?:TPR|Tpr|tpr|OFC|Ofc|ofc|PTLM|Ptlm|SGT|Sgt|DET|Det|officer|Officer|OFFICER|trooper|Trooper|TROOPER)\.?[ \t]+)\p{L}[\p{L}'’\-]+/dgu;
// A word in quotes the note says is a name ("('MALIK' - PT'S MIDDLE NAME)", "CALLED WIFE BY NAME 'BUNNY'"); a
// password alone is no name ("PASSWORD FOR FAMILY CALLS: 'BLUEBERRY'").
const QUOTED_NAME_RE = /(?<=(?:name|NAME|Name|nickname|NICKNAME|goes[ \t]+by|GOES[ \t]+BY)[^.\n'"]{0,20}['"‘“])\p{L}[\p{L}'’\-]*(?=['"’”][ \t]*(?:[-–(),.]|$))|(?<=['"‘“])\p{L}[\p{L}'’\-]*(?=['"’”][^.\n]{0,8}(?:middle|first|last|nick)[ \t]*name|['"’”][ \t]*\((?:nickname|NICKNAME)(?![\p{L}]))/dgmu;
// A badge's number: "OFFICER RIVERA BADGE 2817".
const BADGE_RE = /(?<=(?<![\p{L}])(?:badge|BADGE|Badge)[ \t]*(?:#|no\.?|No\.?|NO\.?|number)?[ \t]*)\d{3,7}(?![\d])/dgu;
// A state route by number after a crash's preposition or another route: "MVC ON RT 24 IN BROCKTON",
// "T-BONED AT RT 1 + RT 60" ("RT" is also respiratory therapy, which no crash happens on).
const ROUTE_RE = /(?<=(?<![\p{L}])(?:on|at|off|onto|ON|AT|OFF|ONTO|\+|&)[ \t]+)(?:RT|Rt|rt|RTE|Rte|rte)\.?[ \t]?\d{1,3}[AB]?(?![\d.\/%]|[ \t]*(?:l|L|liters?|lpm|cc|ml|mg|mcg|kg|hrs?|min)(?![\p{L}]))(?=[ \t]*(?:\+|&|and|AND|in|IN|near|NEAR|[,.;)]|$))/dgmu;

// An initial and a surname after a leader or a dash, closing a line, with or without a space or a role:
// "....T.BRANNIGAN RN", "....a.oduya rn", "(LUCIA). --R. DUQUETTE".
const INITIAL_SURNAME_SIGN_OFF_RE = /(?<=(?:^|\n|[.!?)])[ \t]*(?:\.{2,}|-{1,2}|—)[ \t]?)\p{L}\.[ \t]?\p{L}[\p{L}'’\-]+(?=(?:[ \t]*,?[ \t]*(?:rn|RN|rrt|RRT|lcsw|LCSW|licsw|LICSW|np|NP|sw|SW|pt|PT|ot|OT|md|MD|cm|CM))*[ \t]*$)/dgmu;
// A town whose name is also a word, right before an event's day: "ROUTE 1A IN REVERE 8/14,", "rollover on
// rt 2 in concord 2/14.", "tree fall in newton wed." (nothing else is "in" a place on a day).
const TOWN_BEFORE_DAY_RE = /(?<=(?<![\p{L}])(?:in|IN|In)[ \t]+)\p{L}+(?:[ \t]+(?!approx(?![\p{L}]))\p{L}+)?(?=[ \t]+(?:(?:approx\.?|APPROX\.?|~|@)?[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+)?(?:\d{1,2}[\/\-.]\d{1,2}(?![\d\/\-]|\.\d)|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?(?![\p{L}])))/dgiu;

export const detectWriterHabits: Detector = (text, add) => {
  const d = dictionaries();
  const name = (start: number, end: number) => add({ kind: "name", start, end, message: MSG.name, priority: 9 });
  const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || RELATIONS.has(w);
  if (/[.\/][ \t]?\p{L}{2,4}[ \t]*$/u.test(text)) {
    for (const s of spans(LEADER_SIGN_OFF_RE, text)) {
      const k = s.match[0].toLowerCase();
      if (NOT_A_SIGN_OFF.has(k)) continue;
      if (k.length <= 3 ? !d.abbreviations.has(k) || s.match[0] !== s.match[0].toUpperCase() : d.firstNames.has(k) && !vocabulary(k)) name(s.start, s.end);
    }
  }
  for (const s of /[.\-—][ \t]?\p{L}\.[ \t]?\p{L}/u.test(text) ? spans(INITIAL_SURNAME_SIGN_OFF_RE, text) : []) {
    if (!vocabulary(s.match[0].slice(s.match[0].indexOf(".") + 1).trim().toLowerCase())) name(s.start, s.end);
  }
  for (const s of spans(TOWN_BEFORE_DAY_RE, text)) {
    const k = s.match[0].toLowerCase();
    if (d.places.has(k) && !d.clinical.has(k) && !d.abbreviations.has(k)) add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 6 });
    else if (k.includes(" ") && d.places.has(k.slice(k.indexOf(" ") + 1)) && !d.clinical.has(k.slice(k.indexOf(" ") + 1))) add({ kind: "location", start: s.start + k.indexOf(" ") + 1, end: s.end, message: MSG.location, priority: 6 });
  }
  for (const s of /['"‘“]/.test(text) ? spans(QUOTED_NAME_RE, text) : []) if (!d.clinical.has(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of /badge/i.test(text) ? spans(BADGE_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 5 });
  for (const s of /rte?\.?[ \t]?\d/i.test(text) ? spans(ROUTE_RE, text) : []) add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 6 });
  if (text.includes("=")) {
    for (const group of [1, 2]) {
      for (const s of spans(RELATION_EQUALS_RE, text, group)) {
        const k = s.match[group]!.toLowerCase();
        // After an equals sign the relative's name may be an abbreviation's letters too ("wife=ana").
        if (s.end > s.start && !d.clinical.has(k) && !RELATIONS.has(k) && !/^(?:hcp|pt|none|unknown|na|self)$/.test(k)) name(s.start, s.end);
      }
    }
  }
  for (const s of /9\d|1[01]\d/.test(text) ? spans(AGE_AFTER_RELATIVE_RE, text) : []) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 4 });
  for (const s of /tpr|ofc|ptlm|sgt|det|officer|trooper/i.test(text) ? spans(OFFICER_RE, text) : []) {
    if (!vocabulary(s.match[0].toLowerCase()) && !d.common.has(s.match[0].toLowerCase())) name(s.start, s.end);
  }
};
