// Hospitals named by their letters: after a move or an admission ("transferred from FIH", "Back to
// PCH"), by the letters' ending after a preposition ("later at BIDMC"), and before an emergency
// department ("MVH Emergency Department"). Units, levels of care and conditions that end in H
// ("ICU", "SNF", "ICH", "SAH") are no hospitals.
import { dictionaries } from "./dictionaries";
import { GENERIC_WARD } from "./name-context";
import { spans } from "./types";

// A hospital's abbreviation after a transfer or admission cue in mixed-case text: "transferred
// from FIH", "admitted to PUOMC", "seen at the BMC". Units and levels of care ("ICU", "SNF",
// "PACU") are clinical words and stay out.
const ABBREVIATION_CUES = "admitted transferred transfer presented brought taken sent seen followed treated evaluated discharged returned came went hospitalised hospitalized delivered delivering born died care studies films records images imaging scans reports notes labs referral referred back"
  .split(" ").map((cue) => `[${cue[0]}${cue[0]!.toUpperCase()}]${cue.slice(1)}`).join("|");
// A sentence may open with the cue: "Transferred from PCH to Ellison 12", "Back to PCH 2/13"; before
// "team" or "service" the letters name a service ("referred to the MH team").
const HOSPITAL_ABBREVIATION_RE = new RegExp(`(?=[A-Z])(?<=(?<![\\p{L}])(?:${ABBREVIATION_CUES})[ \\t]+(?:to|from|at|in|by)[ \\t]+(?:the[ \\t]+)?|(?:outside|Outside)[ \\t]+(?:hospital|facility)[ \\t]*\\(?)[A-Z]{2,6}(?![\\p{L}\\p{N}\\-\\/])(?![ \\t]+(?:team|teams|service|services|clinic|nurse|nurses|referral|input|review)(?![\\p{L}]))`, "dgu");
// A hospital's letters before its emergency department, heading a note: "MVH Emergency Department".
// Conditions ending in H ("ICH", "SAH") are not hospitals (CLINICAL_ENDING_H).
const ABBREVIATION_BEFORE_EMERGENCY_RE = /(?<![\p{L}\p{N}])[A-Z]{1,4}(?:H|MC)(?=[ \t]+(?:Emergency (?:Department|Room)|EMERGENCY (?:DEPARTMENT|ROOM)|ED|ER)(?![\p{L}]))/dgu;
const CLINICAL_ENDING_H = new Set("lvh rvh pph bph nph fsh pth adh acth siadh gvh cah iph aph ich sah ivh sdh edh ldh osh tsh lh gh hgh dh bh ph sh ah mch rdh lah rah pah dvh avh hh nh pnh aih fnh idh mph kph nash dish gbh mdh".split(" "));
// A hospital's abbreviation by its ending, after a preposition mid-sentence: "later at BIDMC",
// "records from UMMC", "seen at LGH" ("MC" medical center, "GH" general hospital).
// Decision 123: after a date too ("March 3 at VGH"), a hospital's "H" alone ("scanned at RMCH",
// "pushed to ROH") and a university hospital's "UH" ("at UHW", "from UHL"); and in a banner's
// column between wide gaps ("CT BRAIN   RBWH   UR 3318420"). Decision 128: in brackets after a hospital's
// name ("Beth Israel ( BIDMC )").
const HOSPITAL_ABBREVIATION_ENDING_RE = /(?=[A-Z])(?<=[\p{L}\p{N},][ \t]+(?:(?:at|from|to|in|AT|FROM|TO)[ \t]+|@[ \t]*)(?:the[ \t]+)?|\p{Lu}\p{Ll}+[ \t]*\([ \t]*)(?:[A-Z]{1,4}(?:MC|GH)|[A-Z]{2,4}H|UH[A-Z]{1,2})(?![\p{L}\p{N}\-\/])/dgu;
// Decision 135: between commas or brackets in a history ("s/p TAVR (3/2087, BWH, Dr. Sakamoto)") or
// before a hospital's service ("(BIDMC echo lab").
const HOSPITAL_IN_LIST_RE = /(?=[A-Z])(?<=[(,][ \t]*)(?:[A-Z]{1,4}(?:MC|GH)|[A-Z]{2,4}H)(?=[ \t]*[,)]|[ \t]+(?:echo|cath|lab|ED|ER|clinic|radiology|pathology|imaging)(?![\p{L}]))/dgu;
const HOSPITAL_IN_COLUMN_RE = /(?<=[ \t]{2,}|^)[A-Z]{2,4}H(?=[ \t]{2,})/dgmu;
const LEVEL_OF_CARE = new Set("icu ccu micu sicu nicu picu cicu ticu nsicu cvicu csicu ctu cdu tcu ssu hdu adu pacu or ed er ep ir gi snf ltac ltach ltc alf ecf irf vna obs home rehab floor er ward unit ct mri us cath lab ob gyn pt ot slp dr rn np pa md md's ems ems's als bls ama cmed gmed gms hms msu emu sdu nsu csu bicu tsicu cticu cvu mcu rcu scu ldr lnd ldrp icn scn mbu".split(" "));

export function detectHospitalLetters(text: string, push: (start: number, end: number) => void): void {
  const d = dictionaries();
  for (const s of /[HC][ \t]+E/.test(text) ? spans(ABBREVIATION_BEFORE_EMERGENCY_RE, text) : []) {
    const w = s.match[0].toLowerCase();
    if (!CLINICAL_ENDING_H.has(w) && !d.abbreviations.has(w) && !d.clinical.has(w) && !LEVEL_OF_CARE.has(w)) push(s.start, s.end);
  }
  for (const re of /[A-Z]H|MC|UH/.test(text) ? [HOSPITAL_ABBREVIATION_ENDING_RE, HOSPITAL_IN_COLUMN_RE, HOSPITAL_IN_LIST_RE] : []) {
    for (const s of spans(re, text)) {
      const w = s.match[0].toLowerCase();
      if (!CLINICAL_ENDING_H.has(w) && !LEVEL_OF_CARE.has(w) && !d.abbreviations.has(w) && !d.clinical.has(w) && !d.catalogueAbbreviations.has(s.match[0])) push(s.start, s.end);
    }
  }
  for (const s of spans(HOSPITAL_ABBREVIATION_RE, text)) {
    const w = s.match[0].toLowerCase();
    // Only in mixed-case text: in a note written in capitals every word looks like this.
    const line = text.slice(text.lastIndexOf("\n", s.start) + 1, text.indexOf("\n", s.end) === -1 ? text.length : text.indexOf("\n", s.end));
    // After documents sent "from" somewhere, an abbreviation that spells a word is still the sender ("outside studies from CHOP").
    const fromDocuments = d.common.has(w) && /(?:studies|films|records|images|scans|reports|notes)[ \t]+from[ \t]+(?:the[ \t]+)?$/.test(text.slice(Math.max(0, s.start - 20), s.start));
    if (!/\p{Ll}{3}/u.test(line) || LEVEL_OF_CARE.has(w) || d.clinical.has(w) || d.abbreviations.has(w) || (d.common.has(w) && !fromDocuments) || GENERIC_WARD.has(w)) continue;
    push(s.start, s.end);
  }
}
