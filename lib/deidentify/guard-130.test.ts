// Decision 130's rules, from a batch of synthetic PHI sentences by a third writer
// (corpus/synthetic-130.ts) written before them by someone who had not read the rules.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Ages stated without "years": after "turn(s)", "lived to", in brackets after a person, in words.
  ["My husband Walt turns 94 next week and he still drives.", "age", "94"],
  ["my birthday is 3rd march, i turn ninety this year", "age", "ninety"],
  ["Dad's ninety-one now, and Uncle Herb lives with him.", "age", "ninety-one"],
  ["FYI Mrs. Dunleavy (96) from Hartford is asking for you.", "age", "96"],
  ["FHx: MOTHER (93, ALIVE, MACON) DEMENTIA.", "age", "93"],
  ["Grandfather Ezekiel Muldoon lived to 104.", "age", "104"],
  ["grandmother Inés Paredes lived to one hundred and two.", "age", "one hundred and two"],
  ["health care proxy, daughter Marguerite, as pt (ninety-four) lacks capacity.", "age", "ninety-four"],
  ["pt Jarrah Woods, ninety-one y.o., escorted by flight nurse.", "age", "ninety-one y.o."],
  // Codes after labels; a laboratory's compact date; initials of who collected or compounded.
  ["Biobank sample BB-2290-XQ linked to a donor.", "mrn", "BB-2290-XQ"],
  ["Screening log: subject 07-112 enrolled.", "mrn", "07-112"],
  ["for subscriber Theresa Vo (DOB 2/29/1932), policy W49-221-7781.", "mrn", "W49-221-7781"],
  ["ACC 24-CH-018834\nCOLL 08MAR24 0612 BY TLK", "date", "08MAR24"],
  ["Ferguson-Tate, Iona, collected 3 Jan by DM, received at the lab.", "name", "DM"],
  ["Compounded by LG on 02/11. Lot CX-22091.", "name", "LG"],
  // Signatures under a valediction, after thanks and after a dash before a role.
  ["Seen on Wednesday.\nKind regards,\nFionnuala McBride, Consultant Geriatrician", "name", "Fionnuala McBride"],
  ["DOB 9 Feb 1930 so she's 94. Thx, RB", "name", "RB"],
  ["Pls call x4471. - Tamsin, charge RN", "name", "Tamsin"],
  ["Any problems ring Gemma on 0117 496 0803.", "name", "Gemma"],
  ["The patient is Ambrose, surname Pennywhistle, a 103-year-old gentleman.", "name", "Pennywhistle"],
  ["walgreens on broad st — Auntie Vee", "name", "Vee"],
  // Pharmacy chains, named suites, regions.
  ["re warfarin pickup at Rite Aid on Germantown Ave.", "location", "Rite Aid"],
  ["Lloyds pharmacy in Morningside has her blister packs.", "location", "Lloyds"],
  ["is ms. pike in 14B the one from cape cod?", "location", "cape cod"],
  ["/ blood culture x2 / 19.10.2023 / ward Nightingale", "location", "Nightingale"],
];

const CLEAN = [
  // Numbers of ninety or more that are no age; codes and scores after labels that are no identifier.
  "The ward's ninety beds were full; lived to 100 yards from the hospital; turned 90 degrees.",
  "Medicare Beneficiary Identifier on file. Thanks, MD. Best wishes,\nThe Breast Team",
  "SBAR text: S - desatting to 86%. Sample 2B. O2 Sat 10am 95%.",
  // Phrases of disease, diet and faith named after places and people.
  "Eats a Mediterranean diet; West Nile IgM negative; a Jehovah's Witness, declines blood products.",
  "Allergic to peanuts, carries an Auvi-Q. Ring enhancement noted on the MRI.",
];

describeRules("guard rules of decision 130", { found: FOUND, clean: CLEAN });
