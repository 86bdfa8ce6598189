// Decision 115's rules, each with text it must find and text of the same shape it must leave alone
// (the rules came from the batch of ages over 89 and numbers in corpus/sentences-115.ts, scored
// before them, and from misses and false findings the earlier decisions left).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Labels that are also ordinary words, before a code with capitals, a hyphen or a slash.
  ["Insurance group 4471B, subscriber self.", "mrn", "4471B"],
  ["Coverage plan BCBS-PPO-2291 is active.", "mrn", "BCBS-PPO-2291"],
  ["Implant REF 7113-01, lot L45R992.", "mrn", "7113-01"],
  ["Implant REF 7113-01, lot L45R992.", "mrn", "L45R992"],
  ["Billing ref INV/2023/77812 was sent.", "mrn", "INV/2023/77812"],
  ["Chart #45-88-21 reviewed.", "mrn", "45-88-21"],
  ["DL# S530-4217-8820 on file.", "mrn", "S530-4217-8820"],
  // More labels: a tax file number, a Carte Vitale (taken in with its surname-like label), ABHA.
  ["Tax file number 123 456 782 on the form.", "mrn", "123 456 782"],
  ["Carte Vitale 1 53 07 75 115 004 42 copied.", "mrn", "Vitale"],
  ["ABHA number 91-4421-7736-0982 linked.", "mrn", "ABHA"],
  // Unlabelled national shapes: an Australian Medicare number, a French NIR, a state licence.
  ["Sun Li, Medicare 6843 21974 2, lives alone.", "mrn", "6843 21974 2"],
  ["Card 2123 45670 1/1 was scanned.", "mrn", "2123 45670 1/1"],
  ["NIR on the letter: 2 84 05 13 055 214 31.", "mrn", "2 84 05 13 055 214 31"],
  ["Copy of S530-4217-8820 kept.", "mrn", "S530-4217-8820"],
  // Ages: "Born" with a capital before "now 96", "years" in other languages.
  ["Born 2 May 1928, now 96, still drives.", "age", "96"],
  ["Joost de Vries, 94 jaar, woont alleen.", "age", "94 jaar"],
  ["Patientin, 92 Jahre, lebt allein.", "age", "92 Jahre"],
  // Probed after the batch's rules: "gender" beside the age as "sex" was.
  ["Age/Gender: 96 / M", "age", "96"],
  ["Gender/Age: F/93", "age", "93"],
  // Employers, places after a referral, streets without their kind, names after a role or "I reviewed".
  ["Employed by Google until 2019.", "location", "Google"],
  ["She works for Acme Freight.", "location", "Acme Freight"],
  ["She was referred to the Mayo for a second opinion.", "location", "Mayo"],
  ["He lives on Broadway near the park.", "address", "Broadway"],
  ["Her pharmacy is Duane Reade on Broadway.", "location", "Broadway"],
  ["Spoke to the care home manager Sue about falls.", "name", "Sue"],
  ["Keyworker Tane visits on Fridays.", "name", "Tane"],
  ["I reviewed Aroha in clinic today.", "name", "Aroha"],
  // A maker's name that is also a person's stays a name without a model after it.
  ["Mary Abbott Smith was seen.", "name", "Abbott"],
  ["Kia Thompson was admitted.", "name", "Kia Thompson"],
  ["Letter to Mrs Zimmer Brown.", "name", "Zimmer"],
];

const CLEAN: string[] = [
  "Plan 1000 mL fluid, group 2, a lot of pain, ref 12-15.",
  "Group A strep; plan: 2 L oxygen.",
  "Plan A1C recheck, group COPD-2023 cohort.",
  "Dose 1200 10000 units.",
  "Levels at T12-L1 and L4-L5.",
  "Born at term, now 36 weeks corrected.",
  "For 95 years the house stood empty.",
  "Age/Gender: 45 / M",
  "He works for Cardiology at weekends.",
  "The interpreter Spanish-speaking, booked.",
  "She was referred to the Fracture Clinic.",
  "Referred to the Wellbeing service.",
  "He lives on Medicaid.",
  "Started Keppra on Levetiracetam.",
  "We reviewed Bloods today.",
  "The manager said no.",
  // Makers before a model or a product's noun are the product's, not a person or a town.
  "She drives a Toyota Camry.",
  "An Abbott FreeStyle Libre sensor was placed.",
  "A Boston Scientific stent was used.",
  "CPAP via ResMed AirSense overnight.",
];

// Her town is still found beside a maker's product; an employer keeps its cue.
const NOT_FLAGGED: Array<[string, string]> = [
  ["She drives a Toyota Camry to Leeds.", "Toyota"],
  ["A Medtronic pump from Boston.", "Medtronic"],
];

describeRules("guard rules of decision 115", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
