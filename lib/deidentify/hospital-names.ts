// Hospitals, rehabs, health systems, pharmacies and laboratories known by a short name, without
// "Hospital" after it: "DC'D TO SPAULDING 3/22", "transferred from Lahey", "a radiologist at
// Baystate", "flown to Mayo", "from the Mater", "Spaulding liaison" (decision 128). Facts of where
// care happens, written here. A name counts after a move or a place's preposition, or before a word
// of admissions and transfers. Those that are also English words ("Kindred", "Christie", "Grady")
// count only with a capital as written, and none counts before an instrument's or a rule's noun
// ("Mayo stand", "Lahey clamp").
import { dictionaries } from "./dictionaries";
import { spans } from "./types";

const KNOWN_HOSPITALS = [
  // New England, where the PhysioNet notes were written, and the US's best known.
  "Spaulding", "Kindred", "Lahey", "Baystate", "Mount Auburn", "Mt Auburn", "Mt. Auburn", "Hebrew SeniorLife", "Hebrew Rehab",
  "Youville", "Whittier", "New England Baptist", "Faulkner", "Brigham", "Brigham and Women's", "Mass General", "Massachusetts General",
  "Beth Israel", "Deaconess", "Dana-Farber", "Dana Farber", "Newton-Wellesley", "Lawrence General", "Lowell General", "Sturdy Memorial",
  "Carney", "Caritas", "UMass Memorial", "Mayo", "Johns Hopkins", "Hopkins", "Sloan Kettering", "Sloan-Kettering", "MSKCC",
  "MD Anderson", "Cedars-Sinai", "Cedars Sinai", "Mount Sinai", "Mt Sinai", "Cleveland Clinic", "Kaiser", "Kaiser Permanente",
  "Sutter", "Geisinger", "Intermountain", "Ochsner", "Northwell", "NYU Langone", "Langone", "NewYork-Presbyterian",
  "Columbia Presbyterian", "Bellevue", "Jackson Memorial", "Parkland", "Grady", "Stroger", "Barnes-Jewish", "Vanderbilt",
  "Montefiore", "Maimonides", "Lenox Hill", "Hackensack", "Christiana", "Yale-New Haven", "Dartmouth-Hitchcock", "Fletcher Allen",
  "Walter Reed", "Scripps", "Henry Ford", "Froedtert", "Shriners", "MedStar", "Sentara", "Inova", "Novant", "Atrium Health",
  // The UK, Ireland, Australia, New Zealand and Canada.
  "Addenbrooke's", "Addenbrookes", "Barts", "Guy's", "St Thomas'", "Royal Free", "Great Ormond Street", "GOSH", "Christie",
  "Royal Marsden", "Marsden", "Walton Centre", "Stoke Mandeville", "Papworth", "Harefield", "Royal Brompton", "Brompton",
  "Whittington", "Homerton", "Mater", "Tallaght", "Raigmore", "Ninewells", "Aintree", "Alder Hey", "Frenchay", "Southmead",
  "Derriford", "Freeman", "RVI", "Western General", "Wythenshawe", "Hammersmith", "Royal London", "UCLH", "Moorfields", "Maudsley",
  "Clatterbridge", "Velindre", "Craigavon", "Altnagelvin", "Musgrave Park", "Royal Victoria", "Royal Prince Alfred", "RPA",
  "Royal Perth", "Royal Melbourne", "Westmead", "Princess Alexandra", "Starship", "Middlemore", "Sunnybrook", "Toronto Western",
  "SickKids", "Sick Kids", "Foothills", "Vancouver General",
  // Rehabs, long-term acute care and assisted living known by name ("family prefers Radius in Dedham").
  "Sunrise", "Brookdale", "Atria", "Benchmark Senior Living", "Radius", "Radius Specialty", "Sancta Maria", "Hallmark Health",
  "Lemuel Shattuck", "Shattuck", "Hebrew Home", "Hebrew Home at Riverdale",
  // Hospitals named after a faith, known without "Hospital" after a move ("rec'd from Holy Cross").
  "Holy Cross", "Holy Family", "Holy Name", "Holy Redeemer", "Sacred Heart", "Good Samaritan", "Good Shepherd", "Mercy",
  // Pharmacy and laboratory chains ("pickup at Rite Aid", "home meds from cvs on mass ave").
  "CVS", "Walgreens", "Rite Aid", "Duane Reade", "Boots", "Lloyds", "Superdrug", "Shoppers Drug Mart", "Jean Coutu",
  "Chemist Warehouse", "Walmart Pharmacy", "Kroger", "Quest", "LabCorp", "Invitae", "Myriad", "Express Scripts", "OptumRx",
  "CVS Caremark", "Amedisys", "DaVita",
  // Decision 138: more of New England's, as ICU notes name them.
  "HRC", "Caritas Carney", "Caritas Norwood", "Caritas Good Samaritan", "Quincy Medical",
  "Milton Hospital", "Jordan Hospital", "South Shore", "Emerson", "Winchester", "Melrose-Wakefield", "Whidden", "Cambridge Hospital",
  "Somerville Hospital", "Mount Auburn", "Saints", "Anna Jaques", "Holy Family", "Lawrence Memorial", "New England Sinai", "Braintree Rehab",
  "HealthSouth", "Life Care Center", "Wingate", "Kindred Northeast", "Kindred Park View",
  // Decision 139: Boston's universities, named where a patient studies or works ("a sophomore at Northeastern").
  "Harvard Vanguard", "Atrius", "Orchard Cove", "Linden Ponds", "Marina Bay", "Harbor Health", "Neville Place", "Sherrill House", "Goddard House",
  "Tufts", "Northeastern", "Suffolk University", "UMass Boston", "Wentworth", "Emerson College", "Simmons", "Berklee",
  // Decision 141: long-term acute care and rehab as the notes name them (not the air ambulance or the organ
  // bank, which most writers leave unlabelled).
  "NE Sinai", "Kindred Peabody", "UMass", "Fairlawn",
];

const escape = (name: string) => name.replace(/[.'’]/g, (c) => (c === "." ? "\\.?" : "['’]")).replace(/[ \-]/g, "[ \\t\\-]+");
const KNOWN_HOSPITAL_RE = new RegExp(`(?<![\\p{L}\\-])(?:${[...KNOWN_HOSPITALS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\-'’])`, "dgiu");
// (Not after "Language:" or "Religion:", where "Hebrew" is no rehab.)
const CUE_BEFORE = /(?:^|[^\p{L}])(?:to|from|at|in|via|by|the|vs|versus|parish|for|@|To|From|At|In|Via|By|The|For|TO|FROM|AT|IN|VIA|BY|THE|FOR)[ \t]+$|(?:->|→)[ \t]*$|(?<!(?:language|religion|lang|rel|faith)[ \t]*):[ \t]*$/iu;
const MOVE_BEFORE = /(?:^|[^\p{L}])(?:d\/?c'?d|dc|discharged?|transferred|transfer|sent|going|go|goes|back|admitted|flown|moved|returned)[ \t]+(?:to|from)[ \t]+(?:the[ \t]+)?$/iu;
// Or an institution's word after it, as a text in capitals is read ("FROM MAYO CLINIC" is read "from mayo clinic").
const INSTITUTION_AFTER = /^[ \t]+(?:clinic|hospital|health|medical|rehab|center|centre)(?![\p{L}])/iu;
const ROLE_AFTER = /^(?:[ \t]*#[ \t]?\d{3,}|[ \t]+(?:on[ \t]+\p{L}+[ \t]+(?:st|street|ave|avenue|rd|road|blvd|dr|drive|way)\b|pharmacy|Pharmacy|PHARMACY|store|mail[ \t\-]order|Genetics|liaison|declined|accepted|screened|DECLINED|ACCEPTED|contact|CONTACT|in[ \t]+\p{Lu}\p{L}+|IN[ \t]+\p{Lu}\p{L}+|rep|representative|screener|screening|admissions?|intake|bed|beds|transport|team|ED|ER|emergency|Emergency|LIAISON|REP|SCREENER|ADMISSIONS|BED|TRANSPORT|TEAM))(?![\p{L}])/u;
const NOT_A_PLACE_AFTER = /^[ \t]+(?:stands?|scissors|clamps?|forceps|retractors?|classification|criteria|score|scale|procedure|sign|syndrome|disease|technique|man(?:eu|oeu)vre|table|tray|needle|valve|approach|protocol|brace|collar|splint|tube|catheter|equation|formula|rules?|grade|staging|complex|triad|cocktail|mixture|method|exam|examination|test|cognitive|verbal|functional|manual|guidelines?)(?![\p{L}])/iu;

// Boston's teaching hospitals by their letters, which name nothing else (decision 138): "ECMO discussed
// w/ MGH", "Caritas Carney -> BI MICU" ("BI" only before a unit or after a move's arrow or preposition).
const HOSPITAL_LETTERS_RE = /(?<![\p{L}\-\/])(?:MGH|BWH|BIDMC|NEBH|NEMC|DFCI|MEEI|Tufts-NEMC|TUFTS-NEMC|BI(?=[ \t]+(?:MICU|SICU|CCU|CVICU|ICU|ED|EW|ER|OR|cath|Deaconess|East|West)(?![\p{L}])))(?![\p{L}\-\d])/dgiu;

// A hospital's name that is also a phrase of ordinary or clinical writing ("a good Samaritan", the right
// pulmonary artery's "RPA", "Hammersmith Functional Motor Scale") counts only with a cue, like a word.
const NEEDS_CUE = new Set(["good samaritan", "good shepherd", "sacred heart", "holy family", "holy cross", "holy name", "hopkins", "hammersmith", "rpa", "rvi", "hrc"]);
// Boston's and New England's care places that name nothing else count without a cue ("Rec: acute rehab
// (Spaulding)", "SON MATT WANTS SPAULDING"); elsewhere's names also name scales and indices ("Frenchay
// Activities Index", "Sunnybrook facial grading", "MSKCC nomogram"), so they keep their cue.
const NO_CUE_NEEDED = new Set(["spaulding", "lahey", "baystate", "mount auburn", "mt auburn", "hebrew seniorlife", "hebrew rehab", "youville", "whittier", "new england baptist", "faulkner", "brigham", "brigham and womens", "mass general", "massachusetts general", "beth israel", "dana-farber", "dana farber", "newton-wellesley", "lawrence general", "lowell general", "sturdy memorial", "carney", "caritas carney", "caritas norwood", "quincy medical", "melrose-wakefield", "whidden", "anna jaques", "lemuel shattuck", "new england sinai", "ne sinai", "kindred peabody", "umass", "fairlawn", "braintree rehab", "kindred northeast", "kindred park view", "harvard vanguard", "atrius", "orchard cove", "linden ponds", "marina bay", "harbor health", "neville place", "sherrill house", "goddard house", "northeastern"].filter((name) => !NEEDS_CUE.has(name)));

const FACILITY_WORDS = new Set(["kindred", "tufts"]);

export function detectKnownHospitals(text: string, push: (start: number, end: number) => void): void {
  const d = dictionaries();
  for (const s of /mgh|bwh|bidmc|nebh|nemc|dfci|meei|bi[ \t]/i.test(text) ? spans(HOSPITAL_LETTERS_RE, text) : []) push(s.start, s.end);
  for (const s of spans(KNOWN_HOSPITAL_RE, text)) {
    const name = s.match[0];
    const after = text.slice(s.end, s.end + 24);
    if (NOT_A_PLACE_AFTER.test(after)) continue;
    const capitalInstitution = /^\p{Lu}/u.test(name) && INSTITUTION_AFTER.test(after);
    const distinctive = NO_CUE_NEEDED.has(name.toLowerCase().replace(/[.'’]/g, ""));
    if (!distinctive && !CUE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start)) && !ROLE_AFTER.test(after) && !capitalInstitution) continue;
    // An English word ("kindred", "christie", "grady") needs its capital as written, a move right before it
    // ("dc'd to kindred") or an institution's word after it.
    // Decision 139: Kindred and Tufts, in notes in capitals read in lower case, after a place's preposition ("SCREENING FOR
    // KINDRED VS NEW ENGLAND SINAI"); "a large kindred", "tufts of hair" have no such preposition or an "of".
    const facilityWord = FACILITY_WORDS.has(name.toLowerCase()) && !/^[ \t]+of(?![\p{L}])/iu.test(after);
    if (d.common.has(name.toLowerCase()) && !/^\p{Lu}/u.test(name) && !facilityWord && !MOVE_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) && !INSTITUTION_AFTER.test(after)) continue;
    push(s.start, s.end);
  }
}
