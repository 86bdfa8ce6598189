// Decision 120's rules: sentences written without capitals are read, beside the text as written, as
// a mixed-case writer would have written them (capitals.ts: readUncased), each rule with text it
// must find and text of the same shape it must leave alone. The batch in corpus/lowercase-120.ts was
// written before the rules by someone who had not read them; the examples here are variations it lacks.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // A writer with no capitals: every word read as in capitals (kinds, cues, relations, titles).
  ["pt admitted from meadowbrook nursing home with uti", "location", "meadowbrook nursing home"],
  ["d/c to silver birch care home on warfarin", "location", "silver birch care home"],
  ["son lives in reading, visits weekly", "location", "reading"],
  // As "LIVES IN READING." in capitals: after a strong cue a town may be an ordinary word.
  ["moved from bath last year", "location", "bath"],
  ["wife maureen called, will visit at 1500", "name", "maureen"],
  ["daughter grace going home tonight", "name", "grace"],
  ["husband victor died in 2019", "name", "victor"],
  ["spoke to dr okonkwo re bloods", "name", "okonkwo"],
  ["transferred from st anselm's overnight", "location", "st anselm's"],
  ["seen by j. oduya rn", "name", "oduya"],
  // Codes, postcodes, a state before its ZIP code, months and holidays beside their numbers.
  ["lives at 14 primrose lane, hexham ne46 3qj", "postcode", "ne46 3qj"],
  ["her address is 2210 elm st, dayton, oh 45402", "postcode", "45402"],
  ["mrn a1927734, seen in ed", "mrn", "a1927734"],
  ["po box 4471, apt 5", "address", "po box 4471"],
  ["follow up clinic on march 3rd", "date", "march 3rd"],
  ["op was 3-mar, wound check tues 12 mar", "date", "3-mar"],
  ["fell at home on boxing day", "date", "boxing day"],
  ["Fell on Anzac Day, seen in ED.", "date", "Anzac Day"],
  // A weekday in full names one day wherever it stands; a shortened one after a clock time.
  ["the hospice have a bed Monday, can we discuss?", "date", "Monday"],
  ["son coming friday to collect her", "date", "friday"],
  ["Interpreter booked for 1000 Tues via language line.", "date", "Tues"],
  // A sentence that begins with a capital: names and places the lists know; and a writer who leaves
  // one in lower case there leaves them all ("Wife dolores ... at the walmart").
  ["Seen with daughter priyanka, plan explained.", "name", "priyanka"],
  ["Told her Dr. abernathy would call back.", "name", "abernathy"],
  ["Pt seen in ED. Wife dolores says he fell at home.", "name", "dolores"],
  // A trust's own site names a hospital; the NHS's public sites stay references.
  ["the m&m is up at https://intranet.stmarks-trust.nhs.uk/mm/case-0417.", "url", "https://intranet.stmarks-trust.nhs.uk/mm/case-0417"],
];

const CLEAN = [
  // A mixed-case writer's sentence with no name in it: only listed names and places take a capital.
  "Procedure performed at the bedside; dressing done at home.",
  "MR imaging of the left ankle, no fracture.",
  "FRCR 2B viva practice tonight.",
  "Daughter's mobile number is on the chart.",
  "Ship the glucometer with the pt.",
  // Lower case throughout: services by their letters, idioms with numbers, routines, eponyms.
  "go to icu, then d/c to nh; back to ed",
  "ran two miles down the road and down a one way street",
  "warfarin 3mg every monday, wednesday and friday, inr weekly at the anticoag clinic",
  "Warfarin 3mg every Monday, Wednesday and Friday.",
  "hx crohns and parkinsons, tender at mcburneys point",
  "st john's wort stopped; st depression laterally",
  "Stopped St John's wort last week.",
  "christmas disease, factor ix 2%",
  "Monday morning trauma meeting moved to the Tuesday MDT.",
  "HD on Mondays and Thursdays; podiatry every tuesday and friday.",
  "Clinic moved to Friday.",
  // The ward's formulary, species after an initial, words beside numbers, names that are words.
  "calprotectin sent, pabrinex 2 pairs tds, ticagrelor stopped",
  "e. coli in urine, s. aureus bacteraemia, h. pylori positive",
  "bed 7, bay 2, due 2200, walked 20m with frame",
  "son will call back tomorrow, wife aware",
  "grace period for the bloods is 48h",
  "mark the site and consent in am",
  "reading glasses at bedside, hearing aid in left ear",
  "Patient leaflet: https://www.nhs.uk/conditions/gout/ and www.england.nhs.uk/ourwork",
  // Markup and code in a Markdown comment are no prose: their words take no capital.
  '| sign | value |\n|---|---|\n| CRP | 4 |\n\n<img src=x onerror="window.__xss=1">[link](javascript:alert(1))',
  "the viewer crashed in `renderslice()`; <kbd>ctrl</kbd> reloads it",
];

// An address's or a domain's words are not names of their own.
const NOT_FLAGGED: Array<[string, string]> = [
  ["Daughter's mobile 07700 900123, email alice.b@example.com", "mobile"],
];

describeRules("guard rules of decision 120", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
