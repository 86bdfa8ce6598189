// Decision 142's rules: the long identifier-free notes of new writers (corpus/clean-notes-241.ts to 245.ts)
// showed what the guard took for names and places; the commonest US surnames showed what it missed.
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Common US surnames the faker lists lack, from the census list.
  ["Spoke w/ Dr. Dunn, will f/u in am.", "name", "Dunn"],
  ["CALLED MRS. GORMAN, SHE WILL COME IN.", "name", "GORMAN"],
  ["Pt's sister Linda Katz called x2.", "name", "Katz"],
  ["Shapiro 2x today, aware of plan.", "name", "Shapiro"],
  // A relative's name is still read before a closing quote.
  ["wife says 'ask son marco' if she is not here", "name", "marco"],
  // A real "Miss" before a listed name.
  ["MISS JONES CALLED FOR UPDATE.", "name", "JONES"],
  // A place after "going to" that the lists know; a phone number after "phone" but not "by phone".
  ["DTR IS GOING TO WORCESTER TONIGHT.", "location", "WORCESTER"],
  // Surnames the review found lost: after a first name a clipping is a surname; "given by" a first name is a person;
  // eponymous surnames stay names outside their phrases; "PA" before a day's shape is no pressure.
  ["Daughter Julie Carda is HCP.", "name", "Carda"],
  ["Meds given by ANA at 2100.", "name", "ANA"],
  ["Wife Ellen McDonald called for update.", "name", "McDonald"],
  ["Husband Jim Guthrie at bedside.", "name", "Guthrie"],
  ["Seen by PA 7/12, plan unchanged.", "date", "7/12"],
  ["Grip 4/5 bilat since stroke on 2/5.", "date", "2/5"],
  ["Wife's phone 2200 if any change.", "phone", "2200"],
];

const CLEAN: string[] = [
  // Clipped clinical words ("PANC", "HYDROCORT", "ERYTHRO", "EXTREMS", "INCR", "RESUSC", "ADENOCA").
  "71 YO M POD #3 S/P WHIPPLE FOR PANC HEAD ADENOCA. JP #1 (NEAR PANC ANAST) 90CC SEROSANG.",
  "STRESS DOSE HYDROCORT 50 IV Q6H. PRED INCR TO 20 DAILY PENDING PATH.",
  "MEDS: ALL QT PROLONGING MEDS STOPPED (ERYTHRO, ZOFRAN, METHADONE DOSE REDUCED).",
  "CVP 6-9. PERIPH PULSES PALP, EXTREMS WARM.",
  "PLAN: OR IN AM, CONT FLUID RESUSC PER BURN FORMULA.",
  // "'d" after a clinical word, contractions written without apostrophes.
  "pt brady'd down to 40s for a few sec w/ vagal, bp 80s",
  "pt said 'no breathing tube, ive had a good long life'",
  "organ bank notified per protocol, post mortem care done",
  // Words before a closing quote, "miss" as a verb, "both" after a relative.
  "says his mom has been drinking 'since dad passed' and nobody could stop her",
  "dad keeps asking 'did we miss something', reassured them",
  "TEACHING DONE ABOUT WHY IT IS IMPORTANT NOT TO MISS DOSES.",
  "PT AND WIFE BOTH TEARFUL. SATS STAYED 96%.",
  // Colours of what a writer measures, eponyms of scores and devices.
  "rectal tube placed w/ ~400cc liquid brown green stool",
  "keep Kelly clamps at bedside. L pleural Blake drain to bulb.",
  "EtOH cirrhosis, Child-Pugh C, MELD 31. Ranson's 6, APACHE II 19.",
  "TCDs: R MCA mean velocity 168, Lindegaard ratio 4.1. Corrected per Sheiner-Tozer approx 25.",
  "Clinic: IOP 18; Humphrey field full. Fitzpatrick type III skin. McDonald criteria met.",
  // Abbreviations a mixed-case writer puts in capitals, ICU words.
  "EP: ICD interrogated by EP fellow, ATP reprogrammed, VT zone 150.",
  "Pt is a 44 yo woman with AML, s/p induction chemo.",
  "open abd, wound vac temp closure, IAP 12. EBL 2L, PVR 80. Epidural placed by APS.",
  "PERRL. Kardex updated. Surgicel to site. Acapella q2h.",
  "SWAN: PA 28/12, CVP 6 -> 10, PCWP 11. Air leak 3/7 on arrival.",
  "psych liason consult. ep study tommorow.",
  // A score's change: an arrow between fractions of one scale, a second fraction of a scale the sentence scored.
  "dilaudid 1mg iv q2h prn given x4 w/ pain from 9/10 -> 5/10, bladder pressure 14",
  "+ AIR LEAK 3/7 ON ARRIVAL, DOWN TO 2/7 BY 0300, CREPITUS L CHEST WALL",
  "MAE, R GRIP 4/5 (IMPROVED FROM 3/5 PRE-OP). NO SZ.",
  "FIXED AND TAPED, AIR LEAK BACK UP TO 4/7 BRIEFLY.",
  // Census surnames at lower ranks that are a note's clippings or typos ("rech", "degen", "kerlin", "cuffee").
  "will rech K+ and Mg at 2200. MRI c-spine: degen disc disease C5-6.",
  "Kerlin changed to abd wound. cuffee trach downsized to 6 cuffless.",
  // A phone as the means before a clock time; "going to" before a verb; "yet"; a colour after an arrow.
  "SOCIAL: WIFE UPDATED BY PHONE 2200. SON IS HCP.",
  "said 'i feel like i'm going to faint.' page to ho at 0506",
  "PT WANTS TO GO HOME BUT 'NOT YET HOSPICE'. PARTNER TEARFUL.",
  "UO 80-120, URINE TEA COLORED -> AMBER. CK TRENDING DOWN.",
];

describeRules("guard rules of decision 142", { found: FOUND, clean: CLEAN });
