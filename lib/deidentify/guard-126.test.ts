// Decision 126's rules, from a batch of sentences in the style of the public synthetic PHI datasets
// (corpus/synthetic-126.ts) written before them by someone who had not read the rules; each with
// text it must find and text of the same shape it must leave alone.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  ["She was discharged on the 21st with instructions to call.", "date", "21st"],
  ["Urgent referral: Bartholomew Hope, 96, PSA 48.", "age", "96"],
  ["Follow-up on Thursday at Baptist Health Primary Care.", "location", "Baptist Health"],
  ["Specimen received at Quest Diagnostics on Apr 3, 2024.", "location", "Quest Diagnostics"],
  ["Prescribed apixaban; pharmacy: Boots, Princes Street.", "location", "Boots"],
  ["Prior authorisation for Humira, policy STAR-4402-991-07, effective 01-Jan-2024.", "mrn", "STAR-4402-991-07"],
  ["Screening log: subject SCR-0892 screen failed.", "mrn", "SCR-0892"],
  ["Insulin pump (Tandem t:slim X2, SN 1094 3872) registered.", "mrn", "1094 3872"],
  ["Dolores, ninety-three, from the Pine Ridge Reservation wishes to return home.", "location", "Pine Ridge Reservation"],
];

const CLEAN = [
  "Richmond Agitation-Sedation Scale -2; Framingham 10-year risk 18%; Pavlik harness for DDH.",
  "Shingrix dose 2 and Prevnar 20 given; NDC 0003-0894-21 dispensed; HCPCS J1745 billed.",
  "The consent was read to her in Quechua on the ward; the Clinical Laboratory and the Pathology Laboratory agreed.",
  "Pharmacy: Home delivery. She is on the 5th day of admission.",
];

describeRules("guard rules of decision 126", { found: FOUND, clean: CLEAN });
