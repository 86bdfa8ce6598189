// Decision 124's rules, from a batch of ICU team notes (corpus/icu-teams-124.ts: nursing, NICU,
// respiratory therapy, social work, case management, nutrition, attending addenda) written before
// them by someone who had not read the rules; each with text it must find and text of the same
// shape it must leave alone.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Weekdays shortened where the short form is no word; ambiguous ones before a part of the day.
  ["d/c planned fri if wt up.", "date", "fri"],
  ["For CABG Thurs w/ Dr. Ramaswamy.", "date", "Thurs"],
  ["MICU FAMILY MTG Tues 1300: son and daughter.", "date", "Tues"],
  ["Dtr states pt had a fall Tues and has not been eating.", "date", "Tues"],
  ["Motorcycle crash Sat night, helmeted.", "date", "Sat night"],
  ["Chaplain contacted, will come Wed am.", "date", "Wed am"],
  // Dates after procedures and events.
  ["72 yo M w/ septic shock, s/p ERCP 3/9. On levophed.", "date", "3/9"],
  ["Trach change 6/8 to #8 cuffed, uneventful.", "date", "6/8"],
  // A baby by name, a colleague after a role or before a credential, a signature in capitals.
  ["Baby Hazel remains in isolette on servo.", "name", "Hazel"],
  ["Report called to RT supervisor Clement at 0700.", "name", "Clement"],
  ["Plan: SW to follow.\nAnneliese Dorr, LICSW, pager 3-2291", "name", "Anneliese Dorr"],
  ["AGREE W/ PLAN AS PER NP. - HAVERFORD", "name", "HAVERFORD"],
  // A birthplace, an exit, an insurer's codes.
  ["Both born 3/11/04 at Holy Family via c/s.", "location", "Holy Family"],
  ["Rollover on Rte 495 nb near exit 38 @ approx 0145.", "address", "exit 38"],
  ["Insurance: Neighborhood Health Plan, ID NHP4471902-01.", "mrn", "NHP4471902"],
  ["Insurance Harvard Pilgrim, auth # HP0938-22741 obtained.", "mrn", "HP0938-22741"],
];

const CLEAN = [
  // Routines: lists of days, every, the word "all" inside another.
  "HD Tues, Thurs and Sat via L arm AVF; every Tues and Thurs labs.",
  "Monday morning trauma meeting; Friday afternoon unknowns; the Tuesday night meeting.",
  // Ventilator settings, centiles, amounts.
  "ON SIMV 18/5 RATE 30; cpap/psv 10/5 fio2 .40; BiPAP 12/5 overnight.",
  "Now 1340g (10-25%ile Fenton). Est needs 2100-2500 kcal via Mifflin-St Jeor; Harris-Benedict x 1.2.",
  // NICU and ICU words, devices named after people and places, titles of police.
  "Infant in isolette; gavage feeds Similac Special Care; Survanta dose #2; 2 brady's to 70s.",
  "CPAP +6 via Hudson prongs. Chest tube to Pleur-evac. Post-transfusion Hgb 8.0. PCWP 18.",
  "Insulin gtt off per Portland protocol. Needs via Penn State equation 2050 kcal/day.",
  "Baby Boy in isolette; FOB and MOB at bedside. PD Det. in to speak w/ pt.",
];

describeRules("guard rules of decision 124", { found: FOUND, clean: CLEAN });
