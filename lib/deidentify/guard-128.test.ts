// Decision 128's rules, from a batch of ICU nursing notes by a third writer (corpus/nursing-128.ts),
// written before them by someone who had not read the rules; each with text it must find and text
// of the same shape it must leave alone.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Short forms of given names after a relation or a role; HO (house officer) is a role.
  ["son Mickey lives in Dorchester, 617-555-2880.", "name", "Mickey"],
  ["pt w/ hr 150s afib rvr. HO Bill notified, dilt 10 iv x2.", "name", "Bill"],
  ["restrained per HO order, ho jen aware.", "name", "jen"],
  ["DTR VIVIAN AND SON-IN-LAW HERB HERE, LIVE IN BROOKLINE.", "name", "HERB"],
  ["REPORT GIVEN TO SHEILA RN @1415.", "name", "SHEILA"],
  ["daughter ilse aware via phone. report to teddy rn.", "name", "teddy"],
  // Shortened weekdays that are no word, wherever they stand; ambiguous ones before a clock time.
  ["PLAN FOR EXTUBATION MON. RN D. OKWUOSA", "date", "MON"],
  ["EP (DR SRINIVASAN) AWARE, PLAN AICD WED.", "date", "WED"],
  ["FAMILY MEETING SAT 1400 W/ PALLIATIVE CARE.", "date", "SAT 1400"],
  ["Rapid response sun 0920: pt found w/ FS 28.", "date", "sun 0920"],
  ["Son Sal 617-555-4807 will bring him Sun.", "date", "Sun"],
  ["Plan: ?transfer to floor sat if stable.", "date", "sat"],
  ["fall from ladder at home on sun, SDH/SAH.", "date", "sun"],
  // Days after procedures and moves, even when they could be ranges.
  ["ccu nsg: pt s/p pci 4-11, on integrilin.", "date", "4-11"],
  ["transferred from Lawrence General 11-4 for further mgmt of GI bleed.", "date", "11-4"],
  ["met w/ Dr Szczepanski neurosurgery 3/8, decided against surgery.", "date", "3/8"],
  // Floors where the patient is, and hospitals known by a short name.
  ["RRT: pt on Reisman 9 w/ new L facial droop.", "location", "Reisman"],
  ["PT TO BE DC'D TO SPAULDING 3/22 PENDING BED.", "location", "SPAULDING"],
  ["ADMITTED TO MOUNT AUBURN 1/17 W/ SOB.", "location", "MOUNT AUBURN"],
  ["dc'd to kindred in waltham for vent weaning.", "location", "kindred"],
  ["home meds from cvs on mass ave.", "location", "cvs"],
  // Ages in words with "y/o".
  ["CCU: NINETY-ONE Y/O W/ AS, CHF.", "age", "NINETY-ONE Y/O"],
];

const CLEAN = [
  // Monitors, saturations and devices that look like days, floors or hospitals.
  "Pt on cardiac mon, NSR 70s. O2 SAT 1000 cc? no: o2 sat 92 on 2L. HD Mon, Wed and Fri.",
  "pt on Lasix 40 bid; pt on Levophed 10 mcg/min; pt on BiPAP 12/5 overnight.",
  "Mayo stand set up. Lahey clamp on the field. The dura mater was opened.",
  "HUNT-HESS 3, FISHER 4. NIMODIPINE. CAMINO ICP 12. CPP >70. HOB 30.",
  "JP to bulb suction, Hemovac 120cc. AVR 2001 (St. Jude mechanical), coumadin goal INR 2.5-3.5.",
  "PT HAD CABG X4 IN 1987 AND REDO 2003. LIMA, SVG. NOW NSTEMI. Ottawa rules neg per ED.",
  "notified by floor RN. report to oncoming rn. checked by RN x2.",
];

describeRules("guard rules of decision 128", { found: FOUND, clean: CLEAN });
