// Shorthand of ICU notes' writers that the blind batches of decision 139 showed, each used by more than
// one writer: sign-offs after a slash, a dotted leader, a tilde or a dash ("../ckm", "....T.BRANNIGAN RN",
// "~sb"); relatives after "=" or named in brackets ("WIFE=ROSEMARIE", "SON (KWAME)"); nicknames, officers,
// house officers and badges; ages of 90 and over said of a patient or a relative; and places written
// the way such notes write them ("fr. Revere", "@ NEWTON", "14 PRENTISS RD, NEWTON", "ON RT 24 IN
// BROCKTON", "IN CONCORD 2/14", "works at Fidelity"). Every rule has found and clean cases in guard-139.test.ts.
import { dictionaries } from "./dictionaries";
import { RELATIONS } from "./name-context";
import { isCommonWord } from "./tokens";
import { MSG, spans, type Detector } from "./types";

// A slash or a leader of dots, then two to four letters closing the note: units after a slash
// ("30cc/hr") have a number or a letter before the slash, so the slash must follow a sentence's end,
// a space or a line's start.
const LEADER_SIGN_OFF_RE = /(?<=(?:^|\n|[.!?)])[ \t]*(?:\.{2,}[ \t]*\/?|\/)[ \t]?)\p{L}{2,4}(?=(?:[ \t]+(?:rn|RN|rrt|RRT|rt|RT|np|NP|cm|CM|sw|SW|lcsw|LCSW|licsw|LICSW))?[ \t]*$)/dgu;
const FROM_ABBREVIATED_RE = /(?<=(?<![\p{L}])(?:fr|FR|Fr)\.[ \t]+(?:the[ \t]+|THE[ \t]+)?)\p{L}[\p{L}'’.]*(?:[ \t]+\p{L}[\p{L}'’.]*){0,2}/dgu;
// A house officer by name: "h.o. mcallister aware", "H.O. Ilana aware" (not "H.O. PGR #5-2208").
const HOUSE_OFFICER_RE = /(?<=(?<![\p{L}])(?:h\.o\.|H\.O\.|HO)[ \t]+)\p{L}[\p{L}'’\-]+/dgu;
// Dotted initials after a dash, or a slash opening a line, closing it, with or without a role: "-s.v. rn", "-j.n. rn",
// "/ g.t.", "/ D.A., LICSW".
const DOTTED_DASH_SIGN_OFF_RE = /(?<=(?:^|[\s.!?)])(?:-{1,2}|—|–)[ \t]?|(?:^|[.!?)])[ \t]{0,3}\/[ \t]?)(?:\p{L}\.){2,3}(?=(?:[ \t]*,?[ \t]*(?:rn|RN|Rn|rrt|RRT|np|NP|cm|CM|sw|SW|lcsw|LCSW|licsw|LICSW))?[ \t]*$)/dgmu;
// A tilde before the writer's initials, or a given name and an initial, closing a message: "thanks ~sb", "on 5/17. ~RL",
// "~gm, rn", "~ceci v, rn" (decision 140).
const TILDE_SIGN_OFF_RE = /(?<=(?:^|[\s.!?)])~{1,2}[ \t]?)(?:\p{L}\.[ \t]?\p{L}[\p{L}'’\-]+|\p{L}\.\p{L}-\p{L}\.|\p{L}[\p{L}'’\-]+[ \t]\p{L}\.?|\p{L}{2,3}(?:-\p{L})?)(?=(?:(?:[ \t]*[\/,][ \t]*|[ \t]+)(?:rn|RN|Rn|rrt|RRT|np|NP|cm|CM|sw|SW))?[ \t]*$)/dgmu;
const NOT_A_SIGN_OFF = new Set("hr hrs min mins day days wk wks mo mos yr yrs kg ml dl cc hpf lpf rn md np pa pt ot sw cm rt rrt slp pct end ok done am pm bpm abd med meds".split(" "));

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
// YRS (91)"); doses and weights after the number are no ages. The patient's, after "pt" before a clause's
// end or its next words ("Pt 93. will explore guardianship", "PT 96 LIVES ALONE", "pt 91, from south
// weymouth"); a relative's between commas or after a name in brackets ("pt's sister, 94, to be driven",
// "wife rosaria (91)"), or "herself" ("She is 95 herself").
const AGE_AFTER_RELATIVE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATION_ALTERNATION})(?:[ \\t]+of[ \\t]+\\d{1,2}[ \\t]*(?:yrs?|years))?[ \\t]+(?:is|IS|Is)[ \\t]+|(?:wife|husband|WIFE|HUSBAND)[ \\t]+(?:of|OF)[ \\t]+\\d{1,2}[ \\t]*(?:yrs?|YRS?|years|YEARS)[ \\t]*\\()(?:9\\d|1[01]\\d)(?![\\d\\/%]|[.,]\\d)(?![ \\t]*(?:%|kg|lbs?|mg|cc|ml|min|mins|minutes|hrs|hours|beats|bpm)(?![\\p{L}]))`, "dgiu");
const AGE_AFTER_PATIENT_RE = /(?<!(?<![\p{L}])(?:spiked|spiking|spikes|temp|Temp|TEMP|fever|Fever|FEVER|febrile|Febrile|tmax|Tmax|TMAX|again|sats?|Sats?|SATS?|spo2|SpO2|SPO2|resp|RESP|Resp|o2|O2)(?![\p{L}])[^.\n]{0,24})(?<=(?<![\p{L}])(?:pt|PT|Pt|patient|Patient|PATIENT|(?:he|she|HE|SHE|He|She)['’](?:s|S))[ \t]+(?:(?:is|IS)[ \t]+)?)(?:9\d|1[01]\d)(?![\d.]\d|[\d%\/])(?=[ \t]*(?:[.;!]|\n|$|\((?:turns|TURNS|will|WILL)|,[ \t]*(?:day|DAY|pod|POD|hd|HD|hosp|HOSP|s\/p|S\/P|lives|LIVES|alert|ALERT|a&o|A&O|widow(?:ed)?|WIDOW(?:ED)?|dnr|DNR|cmo|CMO|in[ \t]+(?:ccu|micu|sicu|icu|CCU|MICU|SICU|ICU))(?![\p{L}])|[ \t]+(?:lives|LIVES|from|FROM|s\/p|S\/P|who|WHO)(?![\p{L}])|[ \t]+(?:w\/|W\/|with|WITH)[ \t]+(?!\d|(?:nc|NC|ra|RA|o2|O2|bipap|BIPAP|BiPAP|cpap|CPAP|nebs?|NEBS?|activity|ACTIVITY|exertion|EXERTION|ambulation|amb|AMB|fm|FM|nrb|NRB|face|FACE|trach|TRACH|vent|VENT|hfnc|HFNC|fio2|FIO2|FiO2|l|L|lpm|LPM)(?![\p{L}]))\p{L}))/dgu;
const AGE_OF_RELATIVE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATION_ALTERNATION})(?:['’]s)?(?:,[ \\t]*|[ \\t\\/\\-]+\\p{L}[\\p{L}'’\\-]+[ \\t]*\\())(?:9\\d|1[01]\\d)(?=[ \\t]*(?:,|!?\\)))`, "dgiu");
// A relative's age after their name in brackets ("HUSBAND (CLARENCE, 99)", "WIFE (RITA) IS 94"), or a birthday
// to come ("she'll be 101 on Friday").
const AGE_IN_RELATIVE_BRACKET_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATION_ALTERNATION})[ \\t]*\\([ \\t]*\\p{L}[\\p{L}'’\\-]*(?:,[ \\t]*|[ \\t]*\\)[ \\t]+(?:is|IS)[ \\t]+|[ \\t]*\\)[ \\t]*,[ \\t]*))(?:9\\d|1[01]\\d)(?![\\d.%\\/])`, "dgiu");
const AGE_TO_COME_RE = /(?<=(?<![\p{L}])(?:she|he|pt|SHE|HE|PT|She|He|Pt)(?:['’]ll|[ \t]+will|[ \t]+WILL)[ \t]+(?:be|BE|turn|TURN)[ \t]+)(?:9\d|1[01]\d)(?![\d.%\/])(?![ \t]*(?:kg|kgs|lbs?|pounds|degrees?|deg|%|percent|mg|ml|cc|min|mins|minutes|hours|hrs|days|weeks|months|mmhg|bpm)(?![\p{L}]))/dgu;
const AGE_HERSELF_RE = /(?<=(?<![\p{L}])(?:is|IS)[ \t]+)(?:9\d|1[01]\d)(?=[ \t]+(?:herself|himself|HERSELF|HIMSELF)(?![\p{L}]))/dgu;
// A state trooper's or a police officer's abbreviated title before the surname: "TPR DUFFY", "Ofc. Reyes".
const OFFICER_RE = /(?<=(?<![\p{L}])(?:TPR|Tpr|tpr|OFC|Ofc|ofc|PTLM|Ptlm|SGT|Sgt|DET|Det|officer|Officer|OFFICER|trooper|Trooper|TROOPER)\.?[ \t]+)\p{L}[\p{L}'’\-]+/dgu;
// A word in quotes the note says is a name ("('MALIK' - PT'S MIDDLE NAME)", "CALLED WIFE BY NAME 'BUNNY'"); a
// password alone is no name ("PASSWORD FOR FAMILY CALLS: 'BLUEBERRY'").
const QUOTED_NAME_RE = /(?<=(?:name|NAME|Name|nickname|NICKNAME|goes[ \t]+by|GOES[ \t]+BY)[^.\n'"]{0,20}['"‘“])\p{L}[\p{L}'’\-]{0,30}(?=['"’”][ \t]*(?:[-–(),.]|$))|(?<=['"‘“])\p{L}[\p{L}'’\-]{0,30}(?=['"’”][^.\n]{0,8}(?:middle|first|last|nick)[ \t]*name|['"’”][ \t]*\((?:nickname|NICKNAME)(?![\p{L}]))/dgmu;
// What a relative says, or a pet word, in quotes: 'Husband "fine" with plan', 'called him "baby"'.
const QUOTED_SPEECH = new Set("fine ok okay good great better worse bad tired scared upset happy sad angry confused hopeful comfortable yes no maybe baby honey sweetie sweetheart dear buddy hon doc love".split(" "));
const anyCase = (alternation: string) => alternation.split("|").flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]).join("|");
// A nickname in quotes between a given name and a surname, after a relative, or after being called so:
// 'BF RAYMOND "RAY" TOUSIGNANT', 'LIVES W/ WIFE "DOT"', 'asks staff to call him "Chip"'; a name before
// "(real name ...)": "NEIGHBOR TOOTS (REAL NAME THERESA GALLAGHER)".
const QUOTED_NICKNAME_RE = new RegExp(`(?<=(?:\\p{Lu}[\\p{L}'’\\-]+[ \\t]+(?=["“]\\p{L}[\\p{L}'’\\-]*["”][ \\t]+\\p{Lu})|(?<![\\p{L}])(?:${anyCase(RELATION_ALTERNATION)})[ \\t]+|(?<![\\p{L}])(?:${anyCase("call|calls|called|calling")})[ \\t]+(?:${anyCase("him|her|me|them|pt")})[ \\t]+)["“])\\p{L}[\\p{L}'’\\-]*(?=["”])|\\p{L}[\\p{L}'’\\-]*(?=[ \\t]*\\((?:real|REAL|Real|legal|LEGAL|Legal)[ \\t]+(?:name|NAME)(?![\\p{L}]))`, "dgu");
// A relative named by a hyphen, the name first or the relation first, or after the relation and a slash:
// "carol-wife in all day", "ARAXIE-DTR & KAREN-GDTR CALLED", "bev-d-in-law", "wife-carol", "son/ibrahim",
// "dtr/mei-ling", "augusto/brother" (not "ex-wife", "step-son", "son-in-law", "son/dtr", "wife/hcp", "pt/wife").
const HYPHEN_RELATIONS = anyCase([...RELATIONS, "husb", "bro", "sis", "gdtr", "hcp", "d-in-law", "s-in-law", "dil", "sil", "gma"].sort((a, b) => b.length - a.length).join("|"));
const NAME_HYPHEN_RELATION_RE = new RegExp(`(?<![\\p{L}\\p{N}'’\\-\\/])(?!(?:ex|step|half|grand|great|god|foster|EX|STEP|Ex|Step)-)(\\p{L}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]+)?)[\\-\\/](?:${HYPHEN_RELATIONS})(?![\\p{L}\\-\\/])|(?<![\\p{L}\\-\\/])(?:${HYPHEN_RELATIONS})[\\-\\/](\\p{L}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]+)?)(?![\\p{L}\\-\\/])`, "dgu");
const NOT_A_RELATIVE_NAME = new Set("ex step half grand great god foster adopted adoptive birth bio x in law co pt pts his her their fam family new old former late only eldest oldest youngest elder older younger twin first second third surrogate common future estranged deceased dead favorite favourite big little baby jr sr the a and or of to with w hcp poa pcp hcps md rn np sw cm pt ot patient him her them mom dad mother father nok sdm mpoa kin per lm vm tc ec emt pcg next nicu picu micu sicu ccu icu tsicu csru ed er df".split(" "));
// A weekday closing a shift note's heading is the note's day: "MICU Nsg 7A-7P, Sat.", "micu 7a-7p sun." (decision 140).
const SHIFT_HEADING_WEEKDAY_RE = /(?<=^[ \t]*(?:\p{L}+[ \t]+){0,3}(?:\d{1,2}[ap][ \t]*[-–>][ \t]*\d{1,2}[ap]|\d{4}[ \t]*[-–>][ \t]*\d{4}|(?:7|11|3|19|23|15)[ \t]*[-–>][ \t]*(?:7|07|3|11|19|23|15))[ \t]*,?[ \t]*)(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?(?=\.?[ \t]*$|\.[ \t]|[\/\-](?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?[ \t]*$)/dgimu;
// A relative's name glued to the relation in brackets: "yesenia(gf) here", "RITA(DTR) NOTIFIED", "LUCILLE(DIL)" (decision 140).
const NAME_BRACKETED_RELATION_RE = new RegExp(`(?<![\\p{L}\\p{N}'’\\-])(\\p{L}[\\p{L}'’]+(?:-\\p{L}[\\p{L}'’]+)?)[ \\t]?\\((?:${HYPHEN_RELATIONS}|ex-wife|ex-husband|EX-WIFE|EX-HUSBAND|dil|DIL|sil|SIL)\\)`, "dgu");
// The writer's initials after a role and a slash on the note's last line: "rn/gqh", "RN/SLO" (decision 140).
const ROLE_SLASH_SIGN_OFF_RE = /(?<=(?:^|\n)[ \t]{0,3}(?:rn|RN|Rn|np|NP|rrt|RRT|rt|RT|sw|SW|cm|CM|pct|PCT|lpn|LPN)[ \t]?\/[ \t]?)(?:\p{L}{2,4}|(?:\p{L}\.){2,3})(?=[ \t]*(?:\r?\n[ \t]*)*$(?![^]))/dgu;
// Whoever signed after the electronic signature's "/s/": "/s/ d.o.", "/S/ J.P.", "/s/ IVH", "/s/ N. CASTELLANOS, MD" (decision 140).
const SLASH_S_SIGNATURE_RE = /(?<=(?<![\p{L}])\/[sS]\/[ \t]{0,2})(?:(?:\p{L}\.[ \t]?){1,3}(?:\p{L}[\p{L}'’\-]+)?|\p{L}[\p{L}'’\-]+(?:[ \t]\p{L}\.)?(?:[ \t]\p{L}[\p{L}'’\-]+)?)/dgu;
// A day with its month in Roman numerals, as some European-trained writers date notes: "22-IV", "3-vii", "9-XI" (decision 140);
// not cranial nerves, grades, stages, types, classes, zones, ribs or digits ("CN 2-XII", "stage 3-IV"); one letter is too often no month
// ("1-x assist"), and IV is a route ("Lopressor 5-IV").
const ROMAN_MONTH_DATE_RE = /(?<![\p{L}\d\-\/.])(?:[12]\d|3[01]|0?[1-9])-(?:i{2,3}|vi{1,3}|ix|xi{1,2}|I{2,3}|VI{1,3}|IX|XI{1,2})(?![\p{L}\d\-\/])/dgu;
const NOT_ROMAN_DATE_BEFORE = /(?:cns?|cn['’]s|cranial|nn|nerves?|grades?|stages?|types?|class(?:es)?|levels?|factors?|leads?|phases?|gr\.?|gcs|nyha|asa|tanner|ccs|hunt|hess|fisher|zones?|killip|mallampati|wfns|martin|harris|garden|lenke|fontaine|ceap|weber|pugh|in|digits?|toes?|fingers?|ribs?|\()[ \t\-:]*$/i;
// A surname, a comma and an initial after a tilde opening the last line, before a role: "~HARRINGTON, P. RN", "~Brennock, A. RN CM",
// "~shapiro-tran, d. licsw" (decision 140).
const TILDE_SURNAME_INITIAL_RE = /(?<=(?:^|\n)[ \t]*~{1,2}[ \t]?)\p{L}[\p{L}'’\-]+,[ \t]?\p{L}\.(?=[ \t]+(?:rn|RN|Rn|rrt|RRT|licsw|LICSW|lcsw|LCSW|np|NP|cm|CM|md|MD|pt|PT|ot|OT|sw|SW|slp|SLP)(?![\p{L}]))/dgu;
// A badge's number: "OFFICER RIVERA BADGE 2817".
const BADGE_RE = /(?<=(?<![\p{L}])(?:badge|BADGE|Badge)[ \t]*(?:#|no\.?|No\.?|NO\.?|number)?[ \t]*)\d{3,7}(?![\d])/dgu;
// A state route by number after a crash's preposition or another route: "MVC ON RT 24 IN BROCKTON",
// "T-BONED AT RT 1 + RT 60" ("RT" is also respiratory therapy, which no crash happens on).
const ROUTE_RE = /(?<=(?<![\p{L}])(?:on|at|off|onto|ON|AT|OFF|ONTO|\+|&)[ \t]+)(?:RT|Rt|rt|RTE|Rte|rte)\.?[ \t]?\d{1,3}[AB]?(?![\d.\/%]|[ \t]*(?:l|L|liters?|lpm|cc|ml|mg|mcg|kg|hrs?|min)(?![\p{L}]))(?=[ \t]*(?:\+|&|and|AND|in|IN|near|NEAR|nr|NR|[NSEW]B|[nsew]b|(?:north|south|east|west|NORTH|SOUTH|EAST|WEST)(?:bound|BOUND)?|[,.;)]|$))/dgmu;

// An initial and a surname after a leader, a dash or a slash, closing a line, with or without a space or a role:
// "....T.BRANNIGAN RN", "....a.oduya rn", "(LUCIA). --R. DUQUETTE", "/ l. mbeki rn".
const INITIAL_SURNAME_SIGN_OFF_RE = /(?<=(?:^|\n|[.!?)])[ \t]*(?:\.{2,}|-{1,2}|—|\/)[ \t]?)\p{L}\.[ \t]?(?:(?:st|ST|St)\.[ \t]*)?\p{L}[\p{L}'’\-]+(?=(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:rn|RN|rrt|RRT|lcsw|LCSW|licsw|LICSW|np|NP|sw|SW|pt|PT|ot|OT|md|MD|cm|CM)){0,3}[ \t]*$)/dgmu;
// An initial glued to a surname opening the note's last line before a role: "d.ferreira rn", "N.OBI RN" (decision 140).
const GLUED_INITIAL_SIGN_OFF_RE = /(?<=(?:^|\n)[ \t]{0,3})\p{L}\.\p{L}[\p{L}'’\-]+(?=[ \t]*,?[ \t]*(?:rn|RN|Rn|rrt|RRT|np|NP|lpn|LPN|sw|SW|licsw|LICSW)[ \t]*(?:\r?\n[ \t]*)*(?![^]))/dgmu;
// A signature line of its own, an initial and a surname before the role in capitals: "D. FOLEY RN", "J. PINA RN"
// (decision 141): the surname may be an eponym or a word, since nothing else stands on the line.
const PLAN_VERBS = new Set("notify page call consult check obtain monitor contact continue review follow update assess send give start hold discuss order draw repeat titrate wean".split(" "));
const CAPS_SIGNATURE_LINE_RE = /(?<=(?:^|\n)[ \t]{0,3})[A-Z]\.[ \t]?[A-Za-z][A-Za-z'’\-]+(?=,?[ \t]+(?:RN|RRT|LPN|NP|LICSW|LCSW|RNC|CCRN)[ \t]*(?:\r?\n|$))/dg;
// A town whose name is also a word, right before an event's day: "ROUTE 1A IN REVERE 8/14,", "rollover on
// rt 2 in concord 2/14.", "tree fall in newton wed." (nothing else is "in" a place on a day).
const TOWN_BEFORE_DAY_RE = /(?<=(?<![\p{L}])(?:in|IN|In)[ \t]{1,3})\p{L}+(?:[ \t]{1,3}(?!approx(?![\p{L}]))\p{L}+)?(?=[ \t]{1,3}(?:(?:approx\.?|APPROX\.?|~|@)?[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+)?(?:\d{1,2}[\/\-.]\d{1,2}(?![\d\/\-]|\.\d)|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?(?![\p{L}])))/dgiu;

// An age of ninety or more written in words, said of the patient ("ninety-four and still lives alone" opening
// a note, "pt ninety-six yrs young", "Pt ninety, s/p L BKA"); not a rate or a count ("Heart rate, ninety").
const SPELLED_AGE_RE = /(?<![\p{L}\-])(?:ninety|one[ \t]+hundred(?:[ \t]+and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}]))?(?![ \t\-]+(?:one|two|three|four|five|six|seven|eight|nine)(?![\p{L}]))(?:[ \t]*(?:yrs?|years?|yo|y\/o)(?:[ \t]+old)?)?(?![\p{L}\-])(?![ \t]*(?:percent|per[ \t]+cent|%|mins?|minutes|hours|hrs?[ \t]+of|secs?|seconds|degrees|days|weeks|months|lbs?|pounds|kgs?|kilos|mmhg|beats|bpm|times|feet|ft|meters|metres|units|mg|mls?|cc|over|\/|mph|miles)(?![\p{L}]))/dgiu;
const MEASURE_BEFORE = /(?:bp|sbp|dbp|hr|rate|pressure|sats?|saturations?|spo2|pulse|o2|temp|glucose|fsbg|fs|map|cvp|uo|rr|weight|wt|count|up to|down to|about|over|under|x)[ \t:]*(?:in[ \t]+the[ \t]+)?$/i;
// A relative's or a helper's name in brackets after who they are: "SON (AMADOU) VISITED", "nephew (fergus)",
// "1:1 sitter (reginald)". What else a note brackets there is a state or a role ("(deceased)", "(HCP)").
const BRACKETED_AFTER_ROLE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATION_ALTERNATION}|sitter|interpreter|translator|chaplain|priest|rabbi|imam|aide|rep|mgr|manager|coordinator|liaison|officer|detective)[ \\t]*\\([ \\t]*)\\p{L}[\\p{L}'’\\-]+(?=[ \\t]*\\))`, "dgiu");
const BRACKETED_STATE = new Set("deceased estranged present absent local adopted step elderly twin older younger oldest youngest eldest late ex former biological legal primary secondary alternate alt backup hcp proxy poa guardian nurse rn md np doctor physician pharmacist lawyer attorney police officer himself herself themselves self both all none several two three four five many some multiple other others phone telephone here there aware also too pt patient above below see same".split(" "));

// "@" for "at" before where someone lives, works or studies: "lives alone @ revere", "DTR RUTH @ NEWTON
// 617-...", "nurse @ metrowest". A town that is no word counts after any "@"; one that is a word ("revere",
// "reading") after a person, a residence or a job.
const AT_SIGN_PLACE_RE = /(?<=(?:^|[^\p{L}])((?:\p{L}[\p{L}'’]*[ \t]+){0,2})@[ \t]*)\p{L}[\p{L}'’.]*(?:[ \t]+\p{L}[\p{L}'’.]*){0,2}/dgu;
const PERSON_OR_RESIDENCE = /(?:(?<![\p{L}])(?:lives?|living|lived|resides|stays?|staying|works?|working|employed|student|nurse|teacher|job|alone|home|dtr|daughter|son|wife|husband|sister|brother|mother|mom|father|dad|niece|nephew|friend|partner|hcp|mgr)|(?<![\p{L}])(?:LIVES?|LIVING|LIVED|RESIDES|STAYS?|STAYING|WORKS?|WORKING|EMPLOYED|STUDENT|NURSE|TEACHER|JOB|ALONE|HOME|DTR|DAUGHTER|SON|WIFE|HUSBAND|SISTER|BROTHER|MOTHER|MOM|FATHER|DAD|NIECE|NEPHEW|FRIEND|PARTNER|HCP|MGR)|\p{Lu}\p{Ll}+|\p{Lu}{3,})[ \t]+$/u;

// A town after a street's address and a comma, in capitals too ("14 PRENTISS RD, NEWTON", "22 WINTHROP AVE, REVERE").
const TOWN_AFTER_ADDRESS_RE = /(?<=(?<![\p{L}\p{N}])\d{1,5}[ \t]+(?:\p{L}[\p{L}'’.]*[ \t]+){1,3}(?:st|ave|rd|blvd|dr|way|ln|ct|pl|ter|sq|pkwy|hwy|street|avenue|road|lane|drive|court|place|terrace)\.?,[ \t]*)\p{L}+(?:[ \t]+\p{L}+)?/dgiu;
// Capitals after a dash closing the note: the writer's initials ("...HOME # 617-555-4419.\n-ED"), unless a role's.
const CAPS_DASH_SIGN_OFF_RE = /(?<=(?:^|[.!?)\n])[ \t]*-{1,2}[ \t]?)[A-Z]{2,3}(?=[ \t]*$)/dgu;
const ROLE_LETTERS = new Set("RN RT MD NP PA SW CM OT PT RRT LPN CNA SLP RD DO".split(" "));
const CREDENTIAL_LETTERS = new Set("BSN MSN CCRN CEN APRN DNP CNL CNS EMT ICU PCU PRN RNC CRNP FNP ANP ACNP CNM CRNA PHD MPH MBA LICSW LCSW MSW CCM CDE".split(" "));
// A nickname after "goes by", "nicknamed" or "a.k.a." ("goes by red per staff"), or in quotes after "known as"
// (undotted "AKA" is an above-knee amputation).
const GOES_BY_RE = /(?<=(?<![\p{L}])(?:goes[ \t]{1,3}by|GOES[ \t]{1,3}BY|Goes[ \t]{1,3}by|nicknamed|NICKNAMED|alias|ALIAS|a\.k\.a\.?|A\.K\.A\.?)[ \t]{1,3}['"‘“]?|(?<![\p{L}])(?:known|KNOWN)[ \t]{1,3}(?:as|AS)[ \t]{1,3}['"‘“])\p{L}(?:[\p{L}\-]|['’](?=\p{L}))*/dgu;

// An employer whose name is an English word, after a job's cue: "WORKS AT FIDELITY", "FLIGHT ATTENDANT W/ DELTA".
const EMPLOYER_AFTER_JOB_RE = /(?<=(?<![\p{L}])(?:works?|working|worked|employed|employee|job|retired|attendant|driver)(?:[ \t]{1,3}\p{L}+){0,2}[ \t]{1,3}(?:at|for|by|w\/|@|from)[ \t]{1,3}(?:the[ \t]+)?|(?:employer|EMPLOYER|Employer)[ \t]*(?:\(|:|,|is|IS)?[ \t]*)\p{L}+(?![\p{L}\-'’])(?=[ \t]*(?:[,.;:)]|$|\n|(?:in|as|since|for|and|x|IN|AS|SINCE|FOR|AND|X)(?![\p{L}])))/dgmu;
// New England towns whose names are English words, after a preposition of where someone lives, goes or comes
// from, closing the clause: "VISITED FROM HULL.", "HOME TO HULL BY EASTER", "IN FROM CANTON EVERY OTHER DAY",
// "(INDEPENDENT LIVING, CANTON)" (not "half of sandwich.", "the need to revere.").
const WORD_TOWNS = "revere|canton|hull|beverly|sharon|dover|mansfield|rockland|plymouth|falmouth|bourne|chelsea|everett|milton";
const WORD_TOWN_RE = new RegExp(`(?<=(?<![\\p{L}])(?:in|from|fr\\.|(?:home|back|moved|return|returning|going)[ \\t]{1,3}to|living,?)[ \\t]{1,3})(?:${WORD_TOWNS})(?=[ \\t]*(?:[.,;:)]|$|\\n|[ \\t](?:every|since|by|and|for|on|at|area|ma|nh|ri)(?![\\p{L}])))`, "dgimu");

/** How many of `words` from the first a place list holds as one place ("newton centre", "st. e's"), longest first; 0 if none. */
function leadingPlaceWords(words: string[], key: (phrase: string) => string, usable: (k: string) => boolean): number {
  const d = dictionaries();
  for (let n = words.length; n >= 1; n--) {
    const k = key(words.slice(0, n).join(" "));
    if (d.places.has(k) && !d.clinical.has(k) && usable(k)) return n;
  }
  return 0;
}

export const detectWriterHabits: Detector = (text, add) => {
  const d = dictionaries();
  const place = (start: number, end: number) => add({ kind: "location", start, end, message: MSG.location, priority: 6 });
  const name = (start: number, end: number) => add({ kind: "name", start, end, message: MSG.name, priority: 9 });
  const vocabulary = (w: string) => d.clinical.has(w) || d.abbreviations.has(w) || RELATIONS.has(w);
  // A word no list holds as English or clinical vocabulary; a role's or a credential's letters.
  const unlisted = (k: string) => !d.common.has(k) && !vocabulary(k) && !isCommonWord(k);
  const roleOrCredential = (k: string) => ROLE_LETTERS.has(k.toUpperCase()) || CREDENTIAL_LETTERS.has(k.toUpperCase());
  if (/[.\/][ \t]?\p{L}{2,4}(?:[ \t]+\p{L}{2,5})?[ \t]*$/u.test(text)) {
    for (const s of spans(LEADER_SIGN_OFF_RE, text)) {
      const k = s.match[0].toLowerCase();
      // A unit needs a number before its slash: on a line of its own, "/ml" signs the note.
      if (NOT_A_SIGN_OFF.has(k) && !/\n[ \t]*\/$/.test(text.slice(Math.max(0, s.start - 3), s.start))) continue;
      // Two letters sign; three unless they are a word or an abbreviation ("/abd", "/med"); four only as a given name.
      const three = !d.abbreviations.has(k) && !d.clinical.has(k) && !d.common.has(k);
      if (k.length === 2 || (k.length === 3 ? three : d.firstNames.has(k) && !vocabulary(k))) name(s.start, s.end);
    }
  }
  for (const s of /[.\-—\/][ \t]?\p{L}\.[ \t]?\p{L}/u.test(text) ? spans(INITIAL_SURNAME_SIGN_OFF_RE, text) : []) {
    if (!vocabulary(s.match[0].slice(s.match[0].indexOf(".") + 1).trim().toLowerCase())) name(s.start, s.end);
  }
  for (const s of /(?:in|IN|In)[ \t]{1,3}\p{L}+(?:[ \t]{1,3}\p{L}+)?[ \t]{1,3}(?:[\d~@]|approx|mon|tue|wed|thu|fri|sat|sun)/iu.test(text) ? spans(TOWN_BEFORE_DAY_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (d.places.has(k) && !d.clinical.has(k) && !d.abbreviations.has(k)) place(s.start, s.end);
    else if (k.includes(" ") && d.places.has(k.slice(k.indexOf(" ") + 1)) && !d.clinical.has(k.slice(k.indexOf(" ") + 1))) place(s.start + k.indexOf(" ") + 1, s.end);
  }
  for (const s of /['"‘“]/.test(text) ? spans(QUOTED_NAME_RE, text) : []) if (!d.clinical.has(s.match[0].toLowerCase())) name(s.start, s.end);
  for (const s of /["“]|real[ \t]+name|legal[ \t]+name/i.test(text) ? spans(QUOTED_NICKNAME_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    // A quoted word after a relative may be what they said ('wife "concerned"'): a name or no word.
    // Before "(real name": a nickname, whatever the word ("TOOTS"), but no verb ("prefers to be called (legal name").
    const realNameAfter = /^[ \t]*\(/.test(text.slice(s.end, s.end + 3)) && !/(?:ed|ing)$/.test(k) && !/^(?:is|be|as|to|was|name|names|her|his)$/.test(k);
    if (QUOTED_SPEECH.has(k)) continue;
    if (realNameAfter || d.firstNames.has(k) || (!d.clinical.has(k) && !d.common.has(k) && !isCommonWord(k))) name(s.start, s.end);
  }
  for (const s of /badge/i.test(text) ? spans(BADGE_RE, text) : []) add({ kind: "mrn", start: s.start, end: s.end, message: MSG.mrn, priority: 5 });
  for (const s of /rte?\.?[ \t]?\d/i.test(text) ? spans(ROUTE_RE, text) : []) place(s.start, s.end);
  for (const s of /ninety|hundred/i.test(text) ? spans(SPELLED_AGE_RE, text) : []) {
    const before = text.slice(Math.max(0, s.start - 20), s.start);
    // Said of the patient: with its unit, right after "pt" or "is", or opening the note or a line.
    const ofPerson = /(?:yrs?|years?|yo|y\/o|old)$/i.test(s.match[0]) || /(?:^|\n|(?<![\p{L}])(?:pt|patient|is|aged|age|now|turns|turned)[ \t]+)$/iu.test(before);
    if (ofPerson && !MEASURE_BEFORE.test(before)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 4 });
  }
  for (const s of text.includes("(") ? spans(BRACKETED_AFTER_ROLE_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    // A listed name or a word in no list: not a state in brackets ("mother (pregnant)", "husband (deaf)").
    const listed = d.firstNames.has(k) || d.lastNames.has(k);
    const word = d.common.has(k) || isCommonWord(k) || d.clinical.has(k) || d.abbreviations.has(k);
    if (!BRACKETED_STATE.has(k) && !/(?:ed|ing|ly)$/.test(k) && !RELATIONS.has(k) && (listed ? !d.clinical.has(k) : !word)) name(s.start, s.end);
  }
  for (const s of text.includes("@") ? spans(AT_SIGN_PLACE_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).map((w) => w.replace(/[.]$/, ""));
    const n = leadingPlaceWords(words, (phrase) => phrase.toLowerCase(), (k) => !d.abbreviations.has(k));
    if (n === 0) continue;
    const phrase = words.slice(0, n).join(" ");
    const word = d.common.has(phrase.toLowerCase()) || isCommonWord(phrase.toLowerCase());
    if (!word || PERSON_OR_RESIDENCE.test(s.match[1] ?? "")) place(s.start, s.start + phrase.length);
  }
  for (const s of /\p{L}\.\p{L}{2}/u.test(text) ? spans(GLUED_INITIAL_SIGN_OFF_RE, text) : []) if (!vocabulary(s.match[0].slice(2).toLowerCase())) name(s.start, s.end);
  for (const s of /[A-Z]\.[ \t]?[A-Za-z]{2}[A-Za-z'’\-]*,?[ \t]+[A-Z]{2}/.test(text) ? spans(CAPS_SIGNATURE_LINE_RE, text) : []) {
    // A lettered plan's item is no signature ("B. NOTIFY RN", "A. NEURO NP").
    const k = s.match[0].slice(2).trim().toLowerCase();
    if (!(d.clinical.has(k) && !d.lastNames.has(k) && !d.eponyms.has(k)) && !d.abbreviations.has(k) && !PLAN_VERBS.has(k)) name(s.start, s.end);
  }
  for (const s of /\/[sS]\//.test(text) ? spans(SLASH_S_SIGNATURE_RE, text) : []) {
    const signer = s.match[0].replace(/[ \t]+(?:md|rn|np|pa|do|phd|md\.|rn\.)$/i, "");
    const initials = /^(?:\p{L}\.[ \t]?){1,3}$/u.test(signer) || /^\p{L}{2,4}$/u.test(signer);
    if (initials ? signer.includes(".") || (!roleOrCredential(signer) && !vocabulary(signer.toLowerCase()) && !d.common.has(signer.toLowerCase())) : signer.split(/[ \t]+/).some((w) => { const k = w.toLowerCase().replace(/\.$/, ""); return d.firstNames.has(k) || d.lastNames.has(k) || (k.length > 1 && unlisted(k)); })) name(s.start, s.start + signer.length);
  }
  for (const s of /\d-[ivxIVX]/.test(text) ? spans(ROMAN_MONTH_DATE_RE, text) : []) if (!NOT_ROMAN_DATE_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start))) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of text.includes("~") ? spans(TILDE_SURNAME_INITIAL_RE, text) : []) {
    const surname = s.match[0].split(",")[0]!.toLowerCase();
    // "~Thanks, J. RN": a word before the comma is a closing, no surname.
    if (d.lastNames.has(surname) ? !vocabulary(surname) : unlisted(surname)) name(s.start, s.end);
  }
  for (const s of spans(SHIFT_HEADING_WEEKDAY_RE, text)) add({ kind: "date", start: s.start, end: s.end, message: MSG.date, priority: 3 });
  for (const s of /\/[ \t]?(?:\p{L}{2,4}|(?:\p{L}\.){2,3})\s*$/u.test(text) ? spans(ROLE_SLASH_SIGN_OFF_RE, text) : []) {
    const k = s.match[0].toLowerCase().replace(/\./g, "");
    // Two letters are initials unless a unit's or a service's; three or four unless a word or an abbreviation ("rn/dvt").
    const word = k.length === 2 ? /^(?:ed|er|or|bp|hr|iv|po|pm|am|ok|na|pt|ot|cc|dc)$/.test(k) : d.clinical.has(k) || d.abbreviations.has(k) || RELATIONS.has(k) || d.common.has(k);
    if (!roleOrCredential(k) && !word) name(s.start, s.end);
  }
  for (const s of [...(/\p{L}[\-\/]\p{L}/u.test(text) ? spans(NAME_HYPHEN_RELATION_RE, text) : []), ...(/\p{L}[ \t]?\(/u.test(text) ? spans(NAME_BRACKETED_RELATION_RE, text) : [])]) {
    const group = s.match.indices![1] ?? s.match.indices![2]!;
    const word = text.slice(group[0], group[1]);
    const k = word.toLowerCase();
    if (NOT_A_RELATIVE_NAME.has(k) || NOT_A_RELATIVE_NAME.has(k.split("-")[0]!) || RELATIONS.has(k)) continue;
    // A listed given name, or a word no list holds; a word or a clinical term only when listed ("carol", "hope").
    // A word no list holds must look like a name, not an abbreviation: three letters or more, not in capitals
    // where the reading kept capitals for abbreviations ("dtr/babinski", "GS/TSICU", "nok(wife)" are not relatives).
    const unlisted = k.length >= 3 && !/^\p{Lu}{2,}$/u.test(word) && !d.eponyms.has(k) && !k.split("-").some((part) => vocabulary(part) || d.common.has(part)) && !isCommonWord(k);
    if (d.firstNames.has(k) || d.firstNames.has(k.split("-")[0]!) || unlisted) name(group[0], group[1]);
  }
  for (const s of /[\-\/—–][ \t]?\p{L}\.\p{L}\./u.test(text) ? spans(DOTTED_DASH_SIGN_OFF_RE, text) : []) {
    // Dosing shorthand closes a line as dotted letters too ("Meds given -i.v.", "-p.o.", "-q.d.").
    // After a slash, a role's dotted letters are the role ("seen by o.t. / p.t.").
    const letters = s.match[0].replace(/\./g, "").toLowerCase();
    const afterSlash = /\/[ \t]?$/.test(text.slice(Math.max(0, s.start - 2), s.start));
    if (!/^(?:po|iv|qd|bid|tid|qid|prn|pr|im|sc|sq|sl|od|os|ou|qh|qhs|hs|ac|pc|ie|eg|am|pm|npo|qod|qam|qpm)$/.test(letters) && !(afterSlash && /^(?:pt|ot|sw|rn|md|np|pa|rt|vna|slp|cm)$/.test(letters))) name(s.start, s.end);
  }
  for (const s of text.includes("~") ? spans(TILDE_SIGN_OFF_RE, text) : []) {
    const [given, initial] = s.match[0].toLowerCase().split(/[ \t]/);
    if (initial === undefined ? !NOT_A_SIGN_OFF.has(given!) : d.firstNames.has(given!) || unlisted(given!)) name(s.start, s.end);
  }
  // "fr." for "from" before a town ("67 yo M fr. Revere", "fr. woods hole", "fr. the vineyard"); "Fr. McGrath" is a priest.
  for (const s of /fr\.[ \t]/i.test(text) ? spans(FROM_ABBREVIATED_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/);
    const n = leadingPlaceWords(words, (phrase) => phrase.toLowerCase().replace(/[.,]$/, ""), (k) => !d.abbreviations.has(k));
    if (n > 0) place(s.start, s.start + words.slice(0, n).join(" ").replace(/[.,]$/, "").length);
  }
  for (const s of /h\.o\.|(?<![\p{L}])HO[ \t]/iu.test(text) ? spans(HOUSE_OFFICER_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    if (!d.clinical.has(k) && !d.abbreviations.has(k) && !d.common.has(k) && !/^(?:pgr|pager|paged|aware|notified|called|here|at|in|on|to)$/.test(k)) name(s.start, s.end);
  }
  for (const s of /\d[ \t]+\p{L}[^,\n]{0,40},/u.test(text) ? spans(TOWN_AFTER_ADDRESS_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/);
    const n = leadingPlaceWords(words, (phrase) => phrase.toLowerCase(), () => true);
    if (n > 0) place(s.start, s.start + words.slice(0, n).join(" ").length);
  }
  for (const s of /-[ \t]?[A-Z]{2,3}[ \t]*$/.test(text) ? spans(CAPS_DASH_SIGN_OFF_RE, text) : []) {
    // Not a role, a ward or a word ("--ICU", "- OK"); letters that are also a given name ("-ED") sign.
    const k = s.match[0].toLowerCase();
    if (!ROLE_LETTERS.has(s.match[0]) && (d.firstNames.has(k) || (!d.abbreviations.has(k) && !d.common.has(k) && !d.clinical.has(k)))) name(s.start, s.end);
  }
  for (const s of /goes|nicknamed|alias|a\.k\.a|known/i.test(text) ? spans(GOES_BY_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    // A word after "goes by" may be how the patient moves ("goes by stretcher"); after an alias, a trauma
    // alias's word ("Trauma Zebra"): a common or a clinical word only in quotes, and never a clinical one.
    const quoted = /['"‘“]$/.test(text.slice(Math.max(0, s.start - 1), s.start));
    if (d.clinical.has(k) || ((d.common.has(k) || isCommonWord(k)) && !quoted && !d.firstNames.has(k))) continue;
    const alias = /alias[ \t]{1,3}['"‘“]?$/i.test(text.slice(Math.max(0, s.start - 10), s.start));
    if (alias && !quoted && /^\p{Ll}/u.test(s.match[0])) continue; // "registered under alias per trauma policy"
    if (quoted && (d.common.has(k) || isCommonWord(k)) && !d.firstNames.has(k) && (alias || /['’]s$/.test(k))) continue;
    if (!d.clinical.has(k) && !/^(?:the|a|an|his|her|their|pt|patient|name|nickname|first|last|middle)$/.test(k)) name(s.start, s.end);
  }
  for (const s of /work|employ|job|retired|attendant|driver/i.test(text) ? spans(EMPLOYER_AFTER_JOB_RE, text) : []) {
    if (d.wordEmployers.has(s.match[0].toLowerCase())) place(s.start, s.end);
  }
  // The cue and the clause's end are the evidence: notes in capitals reach here read in lower case.
  for (const s of /revere|canton|hull|beverly|sharon|dover|mansfield|rockland|plymouth|falmouth|bourne|chelsea|everett|milton/i.test(text) ? spans(WORD_TOWN_RE, text) : []) {
    place(s.start, s.end);
  }
  if (text.includes("=")) {
    for (const group of [1, 2]) {
      for (const s of spans(RELATION_EQUALS_RE, text, group)) {
        const k = s.match[group]!.toLowerCase();
        // A listed name ("wife=ana", "dtr=Heather"), or a word in no list; not "wife = aware", "WIFE=DNR".
        const word = d.common.has(k) || isCommonWord(k) || d.clinical.has(k) || d.abbreviations.has(k);
        if (s.end > s.start && !RELATIONS.has(k) && (d.firstNames.has(k) || d.lastNames.has(k) || !word) && !/^(?:hcp|pt|none|unknown|na|self)$/.test(k)) name(s.start, s.end);
      }
    }
  }
  if (/9\d|1[01]\d/.test(text)) {
    for (const re of [AGE_AFTER_RELATIVE_RE, AGE_AFTER_PATIENT_RE, AGE_OF_RELATIVE_RE, AGE_HERSELF_RE, AGE_IN_RELATIVE_BRACKET_RE, AGE_TO_COME_RE]) for (const s of spans(re, text)) add({ kind: "age", start: s.start, end: s.end, message: MSG.age, priority: 4 });
  }
  for (const s of /tpr|ofc|ptlm|sgt|det|officer|trooper/i.test(text) ? spans(OFFICER_RE, text) : []) {
    if (!vocabulary(s.match[0].toLowerCase()) && !d.common.has(s.match[0].toLowerCase())) name(s.start, s.end);
  }
};
