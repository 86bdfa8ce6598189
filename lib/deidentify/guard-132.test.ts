// Decision 132's rules, from a third writer's batch of synthetic PHI sentences from many countries
// (corpus/synthetic-132.ts) written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // National phone numbers with a trunk 0; an international one before a field's slash.
  ["Questions after hours: 09 276 0044.", "phone", "09 276 0044"],
  ["St Brigid's Parish asked to call 01 555 2290.", "phone", "01 555 2290"],
  ["daughter femke wants a call on 06-55501234.", "phone", "06-55501234"],
  ["Nieuwe Binnenweg 201B, Rotterdam / +31 6 5550 1892 / vr 14 juni", "phone", "+31 6 5550 1892"],
  // Ages before "today", after "alive", before a comma and a life.
  ["RT: Mr. Angus MacPhail, CHI 1503458822, ninety today, weight loss.", "age", "ninety"],
  ["I-2 grandmother Nneka alive, ninety-two, in Enugu.", "age", "ninety-two"],
  ["Social services note: Mrs. Hope Akande (Nana) is 93, lives alone.", "age", "93"],
  // National Insurance numbers, plates, Dutch postcodes.
  ["Off work for 2 weeks from 28/02. NI no. QQ 12 34 56 C.", "mrn", "QQ 12 34 56 C"],
  ["Found near the market. Plate of car at scene BXK 4471.", "mrn", "BXK 4471"],
  ["Keizersgracht 512, 1017 EK Amsterdam.", "postcode", "1017 EK"],
  // Days: "the 27th" closing a clause, a weekday after "returned".
  ["Seen at The London Clinic, Devonshire Place, the 27th.", "date", "27th"],
  ["Travel hx: returned Sun from Ho Chi Minh City via Singapore.", "date", "Sun"],
  // Initials after who reviewed or handed over; names after a hygienist, a coach, a handler.
  ["Transferred to Hollywood Private on 26/11. Handed over by SK.", "name", "SK"],
  ["NHS NO 485 777 3456. REVIEWED BY AB 07/03.", "name", "AB"],
  ["Next recall Jun 12. Hygienist Bree.", "name", "Bree"],
  ["varsity soccer. Coach Faith signed.", "name", "Faith"],
];

const CLEAN = [
  // Eponyms with a capitalised head, abbreviations, devices and scores.
  "Prosthodontics: 3/4 crown on 46; Kennedy Class III partial denture planned. Modified Schober 3 cm.",
  "Pre-auth for CPAP: AHI 32/h, ODI 28, nadir SpO2 79%. Police Dept. was called.",
  "Stoma appliance: Coloplast SenSura Mio, 38 mm, changed every 3 days.",
  // Codes that are no identifier; a day in the 21st century; a fraction after a comma.
  "ECG normal. the 21st century; in the 95th centile; sats 96%, 4/10 pain.",
];

describeRules("guard rules of decision 132", { found: FOUND, clean: CLEAN });
