// Context shared by the name and place rules (names.ts, name-rules.ts, places.ts, addresses.ts):
// words that name a kind of place or ward, the line of a note in capitals that names a move, the
// head nouns after an eponym or a named score, relations and calendar words.
import type { Token } from "./tokens";
import { CALENDAR, GENERIC_WARD_WORDS } from "./vocabulary";

// Words that name a kind of place, not a town: "transferred from Emergency", "lives in Assisted Living".
export const GENERIC_PLACE_WORDS = new Set([...GENERIC_WARD_WORDS, "emergency", "department", "room", "bathroom", "restroom", "toilet", "commode", "shower", "hallway", "recliner", "lounge", "assisted", "living", "senior", "housing", "home", "nursing", "facility", "shelter", "group", "apartment", "house", "town", "city", "country", "county", "state", "area", "region", "the", "a", "an", "his", "her", "their", "good", "stable", "no", "mild", "moderate", "severe", "sinus", "atrial", "normal", "acute", "chronic", "medicine", "surgery", "psychiatry", "geriatrics", "hospitalist", "telemetry", "tele", "labor", "delivery", "holding", "hospice", "palliative", "internal", "family", "primary", "urgent", "express", "fast", "track", "floor", "outside", "cath", "lab", "laboratory", "bay", "suite", "office", "procedure", "endoscopy", "bed", "bedside", "burn", "burns", "service", "team", "school", "church", "work", "college", "university", "camp", "gym", "sleep", "theatre", "theater", "recovery", "dialysis", "radiology", "imaging", "clinic", "hospital", "rehabilitation", "rehab", "physio", "physiotherapy", "therapy", "respite", "day", "night", "length",
  // Parts of a town, not its name: "lives in Inner City housing".
  "inner", "outer", "downtown", "uptown", "suburbs", "suburban", "rural", "urban",
  // Nowhere in particular, and kinds of housing (decision 119): "FROM ABROAD", "LIVES IN SHELTERED ACCOMMODATION".
  "abroad", "overseas", "elsewhere", "sheltered", "supported", "accommodation",
  // Kinds of home: "LIVES IN TRAILER WITH SON".
  "trailer", "bungalow", "flat", "condo", "duplex", "caravan", "hostel", "motel", "hotel", "dorm", "basement", "mobile", "farmhouse", "cottage", "chair", "bedroom", "alone",
  // Ways of living, not places: "LIVES IN POVERTY".
  "poverty", "squalor", "fear", "denial", "isolation", "pain", "comfort", "peace", "hiding", "care", "custody", "prison", "jail",
  // Areas of an emergency department or a hospital, as British notes name them ("went to Majors").
  "outpatients", "outpatient", "inpatients", "inpatient", "majors", "minors", "resus", "resuscitation", "triage", "casualty", "ambulatory", "theatres", "wards", "ward", "ambulance", "transport", "pharmacy"]);

// In a note written in capitals, a known town after "IN" at the end of a clause, on a line that
// already names a move or a residence: "ADMITTED FROM ST. JOSEPH'S IN PORTAGE.", "SON LIVES
// NEAR HER IN READING." ("PT RESTING IN BED." names no town, and its line no move).
export const CAPS_IN_PLACE_LINE = /(?:^|[^A-Z])(?:FROM|TO|AT|LIVES|LIVING|LIVED|RESIDES|RESIDENT|MOVED|BORN|HOME|TRANSFERRED|TRANSFER|ADMITTED|DISCHARGED|WORKS|DAUGHTER|DTR|SON|SISTER|BROTHER|FAMILY|WIFE|HUSBAND|NIECE|NEPHEW|MOTHER|FATHER|MOM|DAD|PARENTS|HCP|VISITING|FLYING|DRIVING|COMING)(?![A-Z])/;

// The head noun of an eponym: "Westermark sign", "Hampton hump", "Kerley B lines", "Hickman line",
// "Whipple procedure", "Hoehn and Yahr stage", "Rutherford category 3". A capitalised word right
// before one names a sign, not a person or a place.
const EPONYM_HEAD_AFTER = /^(?:['’]s)?(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{Ll}'’\-]+)?[ \t\-]+(?:(?:[A-Z]|I{1,3}|IV|VI{0,3})[ \t]+)?(?:signs?|hump|lines?|disease|syndrome|tests?|maneuver|manoeuvre|fracture|procedure|classification|criteria|score|scale|reflex|phenomenon|triad|lesions?|nodes?|nodules?|ring|bodies|body|cells?|tube|catheter|drain|stockings?|filter|operation|repair|incision|position|view|method|technique|rule|equation|formula|index|murmur|space|canal|hernia|diverticulum|cyst|duct|pouch|angle|palsy|paralysis|ulcer|deformity|stain|prep|blot|mask|clamp|forceps|retractor|straps?|needle|splint|brace|shunt|valve|bag|fistula|anastomosis|fundoplication|gastrectomy|protocol|regimen|solution|rash|spots?|nodes?|sac|gland|fascia|capsule|membrane|zone|area|frame|protein|proteins|pessary|speculum|walker|collar|boot|nurses?|[Ss]tag(?:e|es|ing)|virus|viruses|fever|flu|influenza|triage|guidelines?|definition|system|questionnaire|model|chart|consensus|declaration|keratoprosthesis|spotted|grade|class|amendment|category|categories|wort|sump|rules|bolt|bougie|approach|flap|hemiarthroplasty|arthroplasty|prosthes[ie]s|diet|serology|IgM|IgG|titre|titer|antibody|antibodies|mechanical|graft|balloon|stent|nail|plate|sling|bag|Class|Classification|Grade|Type|Stage|Score|Scale|Sign|Criteria|Test|Procedure|Operation|Syndrome|Disease|Fracture|Position|Index|Catheter|Tube|Drain|Valve|Collar|Splint|Brace|Cast|Approach|Incision)(?![\p{L}])/u;
// A score named after a place or a person, with words between: "Boston Bowel Prep Score",
// "Glasgow Coma Scale", "Ottawa Ankle Rules".
const SCORE_HEAD_AFTER = /^(?:[ \t]+\p{Lu}\p{Ll}+){1,3}[ \t]+(?:[Ss]cores?|[Ss]cales?|[Cc]riteria|[Rr]ules?|[Cc]lassification|[Ii]ndex|[Pp]rotocol|[Ss]tag(?:e|es|ing)|[Gg]rading|Preparation Scale|[Qq]uestionnaire|[Mm]odel|[Ss]ystem|[Gg]uidelines?|[Cc]hart|[Tt]ests?|[Ss]urvey|[Ii]nventory|murmur|sign|signs|syndrome|disease|nodule|lesion|fracture|phenomenon|reflex|procedure|operation|pattern|criteria)(?![\p{L}])/u;
// The same in lower case, as notes write them: "the Ottawa ankle rules", "Glasgow coma scale".
// Words between may be no article or preposition ("a trip to Paris for the test" names a town).
const SCORE_HEAD_AFTER_LOWER = /^(?:[ \t]+(?!(?:for|the|a|an|to|of|in|on|at|with|and|or|by|from)(?![\p{L}]))\p{Ll}+){1,3}[ \t]+(?:scores?|scales?|criteria|rules?|classification|index|protocol|stag(?:e|es|ing)|grading|questionnaire|model|system|guidelines?|tests?|survey|inventory|equation|formula)(?![\p{L}])/u;
// A class written as a code after a place: "Paris 0-IIa polyp", "Paris 0-Is" (decision 118), "Prague C2M4"
// (decision 132).
const CLASS_CODE_AFTER = /^[ \t]+(?:0-I{1,3}[a-cpsA-CPS]?|C\d{1,2}M\d{1,2})(?![\p{L}\p{N}])/u;
export function eponymHeadAfter(text: string, end: number, scores = false): boolean {
  const after = text.slice(end, end + 48);
  return EPONYM_HEAD_AFTER.test(after) || (scores && (SCORE_HEAD_AFTER.test(after) || SCORE_HEAD_AFTER_LOWER.test(after) || CLASS_CODE_AFTER.test(after)));
}

// A line in capitals that states where the patient lives or comes from, up to the cue: "LIVES IN",
// "PT IS FROM", "93 Y/O F FROM", "ORIGINALLY FROM", "HOME IN". The town after it is read below.
export const CAPS_RESIDENCE_CUE = /(?:^|[^A-Z])(?:LIVES|LIVING|LIVED|RESIDES|RESIDING|HOME|BORN|RAISED|GREW UP|IS|WAS|ORIGINALLY|COMES|CAME|MOVED|NATIVE|RESIDENT|(?:Y\/?O|YO|Y\.O\.|YEAR[ \-]OLD|YR[ \-]OLD)[ \t]+(?:[A-Z]+[ \t]+)?(?:M|F|MALE|FEMALE|MAN|WOMAN|GENTLEMAN|LADY))[ \t]+(?:IN|FROM|NEAR|OF|OUTSIDE)[ \t]+$/;

/** Grades of a valve's leak: after one, "MR" is mitral regurgitation, not "Mister" ("Moderate MR. RVSP 42"). */
export const VALVE_GRADES = new Set("no trace trivial mild moderate severe significant torrential mod sev minimal".split(" "));
export const CALENDAR_WORDS = new Set(CALENDAR);
// Colours of what a note describes ("BROWN LIQUID", "green sputum"): surnames and eponyms too, read as colours (decisions 135, 142).
export const COLOURS = new Set(["brown", "green", "black", "white", "gray", "grey", "golden", "amber", "rose", "tan", "olive", "pink", "red", "yellow", "orange", "purple", "blue", "crimson"]);
export const RELATIONS = new Set(["fob", "mob", "dtr", "dau", "ex-wife", "ex-husband", "ex-partner", "spouse", "stepfather", "stepmother", "godmother", "godfather", "roommate", "housemate", "flatmate", "landlord", "landlady", "twin", "wife", "husband", "son", "daughter", "mother", "mom", "mum", "father", "dad", "brother", "sister", "partner", "fiance", "fiancee", "girlfriend", "boyfriend", "friend", "neighbour", "neighbor", "niece", "nephew", "cousin", "aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter", "guardian", "caregiver", "carer", "proxy", "daughter-in-law", "son-in-law", "auntie", "aunty", "granny", "nana", "grandma", "grandpa", "coworker", "co-worker", "gf", "bf", "daus", "gdau", "gson", "gdaughter", "granddtr", "nbr"]);
export const capitalised = (t: Token) => t.shape === "title" || t.shape === "caps" || t.shape === "initial";
export const GENERIC_WARD = new Set(GENERIC_WARD_WORDS);
// Words after a title or a relation that are no name: "DETECTIVE HERE EARLIER", "nurse line", "nurse practitioner" (decision 140).
export const NOT_AFTER_CUE = new Set("here there now today tonight also present aware again too still earlier later line station practitioner manager".split(" "));
