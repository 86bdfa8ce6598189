// Person names and named places found with the dictionaries plus context, the way published
// de-identification systems do (Neamatullah et al. 2008; Philter): a word in a name list that is
// not an ordinary word is a name; an ambiguous one ("Hope", "Will", "Bell") or a word in no list
// is a name only next to another name or after a cue ("Dr", "wife", "seen by", "Name:"); a town
// is a place unless it is an ordinary word, which then needs a cue ("lives in", "transferred from").
import { dictionaries } from "./dictionaries";
import { isCommonWord, isParticle, isPersonCue, isTitle, plainInCapitals, tokenize, type Token } from "./tokens";
import { MSG, type Detector } from "./types";
import { CALENDAR_WORDS, capitalised, COLOURS, CAPS_IN_PLACE_LINE, CAPS_RESIDENCE_CUE, eponymHeadAfter, GENERIC_PLACE_WORDS, NOT_AFTER_CUE, RELATIONS, VALVE_GRADES } from "./name-context";
import { PERSON_CUE_PHRASES, PLACE_CUE_PHRASES } from "./vocabulary";
import { clippedWord } from "./word-variants";

const escape = (p: string) => p.replace(/[/.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
const STRONG_PLACE_CUES = PLACE_CUE_PHRASES.filter((p) => p.includes(" ") || ["hometown"].includes(p));
const PERSON_CUE_RE = new RegExp(`(?:^|[^a-z])(?:${PERSON_CUE_PHRASES.map(escape).join("|")})[ \\t:,]*(?:(?:dr|mr|mrs|ms)\\.?[ \\t]+)?$`);
const PLACE_CUE_RE = new RegExp(`(?:^|[^a-z])(?:${PLACE_CUE_PHRASES.map(escape).join("|")})[ \\t]+$`);
// "staying at the Holiday Inn", "treated at the Whittington": an article may stand after a strong cue.
const STRONG_PLACE_CUE_RE = new RegExp(`(?:^|[^a-z])(?:${STRONG_PLACE_CUES.map(escape).join("|")})[ \\t]+(?:the[ \\t]+)?$`);
const CREDENTIAL_AFTER = /^[ \t]*,?[ \t]*(?:M\.?D\.?|R\.?N\.?|N\.?P\.?|P\.?A\.?-?C?|D\.?O\.?|Ph\.?D\.?|MBBS|FRC[SR]|MRCP|LPN|CNA|PT|OT|DPM|PharmD|FACS|FACP|LICSW|LCSW|MSW|RD|LDN|RRT|CDE|CCM|CNM|CRNA|APRN|ACNP|BSN|MSN)(?![\p{L}])/u;
const RELATION_AFTER = /^['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|partner|family|room|house|home|cell|phone|mobile|number)\b/i;


function textBefore(text: string, t: Token, chars = 40): string {
  return text.slice(Math.max(0, t.start - chars), t.start).toLowerCase();
}

/** A title, a relation or "patient" right before the word: "Dr Hope", "wife Rose", "Patient Kaing". */
function strongCueBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const gap = tokens[i]!.gap;
  if (!prev) return false;
  if (isTitle(prev.key)) return /^\.?[ \t]+$/.test(gap) && !(prev.raw === "MR" && VALVE_GRADES.has(tokens[i - 2]?.key ?? ""));
  // "his wife, Dolly, called" and the dictated "wife , Dolly": a relation's name may follow a comma.
  if (RELATIONS.has(prev.key) && /^[ \t]*,[ \t]*$/.test(gap)) return true;
  return (isPersonCue(prev.key) || ((prev.key === "patient" || prev.key === "pt") && !plainInCapitals(tokens[i]!)) || prev.key === "family") && /^[ \t]*[:(]?[ \t]*$/.test(gap);
}

/** A title or a relation right before: an ordinary word after it is still a name ("Dr Hope", "wife Rose"); after "Patient" it is a heading ("Patient Data"). */
function personCueBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return strongCueBefore(tokens, i) && prev !== undefined && prev.key !== "patient" && prev.key !== "pt" && prev.key !== "family" && !ROLE_CUES.has(prev.key);
}
// Roles name a kind of person, and an ordinary word after one is a kind too: "Nurse Specialist",
// "Nurse Practitioner", "Doctor Foster" needs the surname lists like any other word.
const ROLE_CUES = new Set(["nurse", "doctor", "rn", "np", "pa", "md", "ho", "sr", "hcp", "proxy", "guardian", "caregiver", "carer"]);

function hasPersonCue(text: string, tokens: Token[], i: number): boolean {
  if (strongCueBefore(tokens, i)) return true;
  return PERSON_CUE_RE.test(textBefore(text, tokens[i]!)) && !(/^(?:pt|patient)$/.test(tokens[i - 1]?.key ?? "") && plainInCapitals(tokens[i]!));
}

// A drug's brand name is followed by its dose or route: "Coreg 12.5 mg", "Levophed gtt".
const DOSE_AFTER = /^[ \t]*(?:\d[\d.,]*\/\d|(?:XR|ER|SR|CR|XL|LA|ODT|HCT|Plus)\b|\d[\d.,]*[ \t]*(?:mg|mcg|µg|g|units?|u|ml|mL|iu|IU|%|mmol|meq|mEq)\b|(?:gtt|drip|infusion|po|PO|iv|IV|sc|SC|sq|im|IM|bid|tid|qid|qd|daily|prn|PRN|nebs?|patch|inhaler|tabs?|caps?)\b)/;

// Verbs and links after a sentence-initial name: "Keshaun had a comfortable night".
const PERSON_VERB_AFTER = /^[ \t]+(?:can be reached|may be reached|can be contacted|had|has|was|is|and (?:his|her|their)|tolerated|reports?|reported|denies|denied|states|stated|said|says|presented|presents|complains|complained|remains|remained|continues|continued|will|would|got|went|came|feels|felt|underwent|agreed|declined|refused|called|returned|slept|ate|walked|asked|wants|wanted|lives|lived|works|worked|arrived|left|became|appears|appeared|noted|notes|describes|described|developed|sustained|fell|injured|attended|attends|did|does|is a|was a)\b/;

// Verbs said only of a person: a first name that is also a word ("Celal had a comfortable night",
// "Axel and her husband moved"), or an ordinary word after "Patient" ("Patient Kaing was told"),
// is a name before one of them; "Patient Transport was booked" is not ("was" alone says nothing).
const PERSON_ONLY_VERB_AFTER = /^[ \t]+(?:can be reached|may be reached|can be contacted|was told|were told|is told|reports|reported|denies|denied|states|stated|says|said|complains|complained|tolerated|agreed|declined|refused|feels|felt|slept|ate|walked|wants|wanted|asked|presented|underwent|fell|had a (?:good|comfortable|quiet|restless|poor|settled|bad|fall)|and (?:his|her|their) (?:wife|husband|partner|son|daughter|mother|father|family|children|sister|brother))\b/;
// A result in a list of results: "Cr 1.3, Glu 164", "K 4.4; Mg 2.1".
const LAB_VALUE_AFTER = /^[ \t]+[<>]?\d/;
const LAB_LIST_BEFORE = /\d[\d.]*[ \t]*[%a-zA-Z\/]*[ \t]*[,;][ \t]*$/;
const WITH_OBJECT_AFTER = /^[ \t]+(?:pt|pt's|pts|patient|him|her|his|them|their|wife|husband|family|fam|son|sons|dtr|dtrs|daughter|mother|father|sister|brother|niece|nephew|friend|partner|team|staff|new|no|good|poor|some|all|the|a|an|diff|dif|difficile)(?![\p{L}])/iu; // "MET C PT'S DTR": a lone C before whom is "with" (decision 140), and "C diff" C. difficile.

// Nouns of a service or a quality after "Patient": "Patient Experience reported", "Patient Safety".
const ABSTRACT_NOUN = /(?:ence|ance|ty|tion|sion|ment|ness|ship|[a-z]{3}ing|ism|ery|ics|ogy|ion|al|or|er)$/;

// A drug is named after the verbs of prescribing: "on Humira", "started Xarelto", "given Keppra".
const MEDICATION_BEFORE = /(?:^|[^a-z])(?:on|started|start|starting|restarted|restart|resumed|resume|continued|continue|continues|continuing|cont|taking|takes|take|took|given|gave|received|receiving|stopped|stop|held|hold|holding|switched to|changed to|increased|decreased|tapered|titrated|dose of|doses of|course of|trial of|administration of|infusion of|bolus of|off|prescribed|tolerating|tolerated|rx|add|added|adding|dc'd|d\/c'd|discontinued|discontinue)[ \t]+(?:(?:the|a|an|his|her|their|another)[ \t]+)?$/;
// "the Shingrix series", "her Dexcom sensor": after a determiner, a word before a product's noun is the
// product (decision 113).
// Up to three more of the product's words may come first ("a Medtronic MiniMed 780G pump").
const PRODUCT_AFTER = /^(?:[ \t]+(?:\p{Lu}[\p{L}\d\-]*|\d[\p{L}\d\-]*)){0,3}[ \t]+(?:series|vaccines?|vaccination|booster|doses?|shots?|injections?|pumps?|sensors?|device|inhaler|pen|patch|implant|stent|valve|monitor|app|kit|machine|regimen|protocol|apparatus|frame|pacemaker|defibrillator|catheter|brace|splint|prosthesis|lens|tablets?|capsules?|cream|spray|drops)(?![\p{L}])/u;
const CAMEL_PRODUCT_BEFORE = /(?<![\p{L}])(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+[ \t]+$/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|next|first|second|last|new|The|A|An|His|Her)[ \t]+$/u;

// A genus before its species ("Haemophilus influenzae", "Klebsiella pneumoniae"): the next word is
// lower case, no English word, with a Latin ending.
const SPECIES_AFTER = /^[ \t]+(\p{Ll}{3,})(?![\p{L}])/u;
function isBinomial(text: string, t: Token): boolean {
  const m = SPECIES_AFTER.exec(text.slice(t.end, t.end + 30));
  return !!m && /(?:ae|i|us|um|is|es|a|ii|ensis|ans|ens|oides)$/.test(m[1]!) && !isCommonWord(m[1]!);
}

// "a 93 yo F from Caribou", "82 year old man from Machias": where the patient comes from.
// Or someone by what they do: "a 19-year-old hurler from Thurles" (decision 123).
const AGE_SEX_FROM_RE = /(?:y\/?o|yo|y\.o\.|year[- ]old|yr[- ]old)[ \t]+(?:[a-z]+[ \t]+)?(?:m|f|male|female|man|woman|gentleman|lady|boy|girl|[a-z]{3,}(?:er|or|ist|ian|ant|ent))[ \t]+(?:from|of)[ \t]+$/;

function hasPlaceCue(text: string, t: Token, strong: boolean): boolean {
  const before = textBefore(text, t);
  if ((strong ? STRONG_PLACE_CUE_RE : PLACE_CUE_RE).test(before)) return true;
  // Cheap test first: the age-and-sex cue ends in "from" or "of".
  const tail = before.trimEnd();
  return (tail.endsWith("from") || tail.endsWith(" of")) && AGE_SEX_FROM_RE.test(before);
}

/** The tokens inside [start, end), found by binary search (tokens are in text order). */
function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!);
  return out;
}

const nameCapable = (t: Token) => t.cls === "strong" || t.cls === "weak" || t.cls === "unknown" || t.shape === "initial";

/** Consecutive capitalised words on one line joined by spaces, initials' periods or a comma. */
function runs(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const prev = tokens[j - 1]!;
      const joined = /^[ \t]$/.test(t.gap) || (prev.shape === "initial" && /^\.[ \t]?$/.test(t.gap)) || (/^,[ \t]$/.test(t.gap) && t.first && nameCapable(prev) && prev.shape === "caps");
      if (joined && capitalised(t)) { j++; continue; }
      if (joined && isParticle(t.key) && tokens[j + 1] && capitalised(tokens[j + 1]!) && /^[ \t]$/.test(tokens[j + 1]!.gap)) { j += 2; continue; }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

export const detectDictionaryNames: Detector = (text, add) => {
  const d = dictionaries();
  const tokens = tokenize(text);
  const name = (a: Token, b: Token) => add({ kind: "name", start: a.start, end: b.end, message: MSG.name, priority: 9 });
  const place = (a: Token, b: Token) => add({ kind: "location", start: a.start, end: b.end, message: MSG.location, priority: 9 });

  for (const [rs, re] of runs(tokens)) {
    const claimed = new Set<number>();
    // A run that starts with a strong cue's word may begin with an ordinary word ("wife Rose").
    if (personCueBefore(tokens, rs) && !tokens[rs]!.capsLine && tokens[rs]!.shape === "title" && tokens[rs]!.cls === "common" && !NOT_AFTER_CUE.has(tokens[rs]!.key)) {
      let j = rs;
      while (j < re && j - rs < 3 && tokens[j]!.shape === "title" && tokens[j]!.cls !== "none") j++;
      name(tokens[rs]!, tokens[j - 1]!);
      continue;
    }
    // Places first, longest match first ("Salt Lake City" before "Salt").
    for (let i = rs; i < re; i++) {
      for (let n = Math.min(d.maxPlaceWords, re - i); n >= 1; n--) {
        const seq = tokens.slice(i, i + n);
        if (seq.some((t) => t.shape === "initial")) continue;
        const key = seq.map((t) => t.key).join(" ");
        if (!d.places.has(key) || hasPersonCue(text, tokens, i) || (n === 1 && seq[0]!.cls === "none")) continue;
        // "Hashimoto's + Addison's": an eponym's possessive alone names its disease, not the town.
        if (n === 1 && d.eponyms.has(key) && /['’][sS]$/.test(seq[0]!.raw)) continue;
        // "Vincent Grant": a first name followed by another name is a person, not the town.
        if (n === 1 && seq[0]!.first && i + 1 < re && nameCapable(tokens[i + 1]!)) continue;
        const ordinary = seq.every((t) => t.cls === "common" || t.cls === "none" || t.cls === "weak");
        const atStart = seq[0]!.initialPosition;
        // "Male, 93, smoker": an ordinary word before a comma and a number is a field's value, not a town.
        // Two or more capitalised words the lists hold together mid-sentence name the place without a
        // cue ("via American Medical Response", "at Market Basket"; decision 138).
        const together = n >= 2 && !atStart && seq.every((t) => t.shape === "title") && !key.startsWith("united ");
        if (ordinary && !together && !(hasPlaceCue(text, seq[0]!, false) && !atStart) && !/^,(?![ \t]*\d)/.test(text.slice(seq[n - 1]!.end, seq[n - 1]!.end + 6))) continue;
        if (ordinary && seq[0]!.capsLine && !hasPlaceCue(text, seq[0]!, true)) continue;
        if (eponymHeadAfter(text, seq[n - 1]!.end, true)) { i += n - 1; break; }
        place(seq[0]!, seq[n - 1]!);
        for (let k = i; k < i + n; k++) claimed.add(k);
        i += n - 1;
        break;
      }
    }
    // Names: maximal stretches of name-capable words within the run.
    let i = rs;
    while (i < re) {
      const cued = (personCueBefore(tokens, i) || (strongCueBefore(tokens, i) && /^(?:patient|pt)$/.test(tokens[i - 1]!.key) && !ABSTRACT_NOUN.test(tokens[i]!.key) && !GENERIC_PLACE_WORDS.has(tokens[i]!.key) && PERSON_ONLY_VERB_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 40)))) && !tokens[i]!.capsLine && tokens[i]!.shape === "title" && tokens[i]!.cls === "common" && !NOT_AFTER_CUE.has(tokens[i]!.key);
      // The pronoun is no initial: "the same patient I posted about" ("I. Kowalski" is one).
      const pronoun = tokens[i]!.raw === "I" && text[tokens[i]!.end] !== ".";
      if (claimed.has(i) || pronoun || (!nameCapable(tokens[i]!) && !cued)) { i++; continue; }
      let j = cued ? i + 1 : i;
      while (j < re && !claimed.has(j) && nameCapable(tokens[j]!)) j++;
      // "A. Morales": an initial's surname may be an ordinary word.
      if (j === i + 1 && tokens[i]!.shape === "initial" && j < re && tokens[j]!.shape === "title" && tokens[j]!.cls === "common") j++;
      // A surname that is also a word ("Jane Doe", "Mary Rose") follows a first name.
      if (j < re && !claimed.has(j) && tokens[j - 1]!.first && tokens[j]!.cls === "common" && tokens[j]!.shape !== "initial") j++;
      // "Obadiah Crane works as a ranger": a word in no list, then one that is also an ordinary
      // word, before a verb said of people, are a first name and a surname.
      // Or before a credential: "Anneliese Dorr, LICSW".
      if (j === i + 1 && j < re && !claimed.has(j) && tokens[i]!.cls === "unknown" && tokens[i]!.shape === "title" && tokens[j]!.shape === "title" && tokens[j]!.cls === "common" && /^[ \t]$/.test(tokens[j]!.gap) && (PERSON_VERB_AFTER.test(text.slice(tokens[j]!.end, tokens[j]!.end + 40).replace(/^[ \t]*\([^)\n]{1,24}\)/, "")) || CREDENTIAL_AFTER.test(text.slice(tokens[j]!.end, tokens[j]!.end + 12)))) j++;
      let seg = tokens.slice(i, j);
      const cue = hasPersonCue(text, tokens, i);
      if (strongCueBefore(tokens, i) && !tokens[i]!.capsLine) {
        while (j < re && !claimed.has(j) && j - i < 3 && tokens[j]!.shape === "title" && tokens[j]!.cls === "common") j++;
        seg = tokens.slice(i, j);
      }
      const after = text.slice(seg[seg.length - 1]!.end, seg[seg.length - 1]!.end + 12);
      const context = cue || CREDENTIAL_AFTER.test(after) || RELATION_AFTER.test(after);
      const strong = seg.filter((t) => t.cls === "strong").length;
      const named = seg.filter((t) => t.cls === "strong" || t.cls === "weak").length;
      const words = seg.filter((t) => t.shape !== "initial").length;
      const caps = seg[0]!.capsLine;
      const startsWithFirst = seg[0]!.first || (seg[0]!.shape === "initial" && /^\./.test(text.slice(seg[0]!.end, seg[0]!.end + 1)));
      let isName = false;
      // A letter glued to a number ("4L NP") or a side without its full stop ("Pt's L forearm") is no initial.
      if (words === 0) isName = context && seg.length >= 1 && !caps && !/\d$/.test(text.slice(Math.max(0, seg[0]!.start - 1), seg[0]!.start)) && !(seg.length === 1 && /^[LR]$/.test(seg[0]!.raw) && text[seg[0]!.end] !== ".") && !/^[ \t]*\d/.test(text.slice(seg[0]!.end, seg[0]!.end + 3)) && !(seg.length === 1 && seg[0]!.raw === "C" && WITH_OBJECT_AFTER.test(text.slice(seg[0]!.end, seg[0]!.end + 16)));
      else if (context) isName = true;
      else if (strong >= 1) isName = !(caps && words === 1 && seg[0]!.raw.length <= 3);
      else if (words >= 2 && named >= 2) isName = !caps;
      else if (words >= 2 && !caps && seg.every((t) => t.shape !== "caps") && !seg.every((t) => t.cls === "unknown" && clippedWord(t.key))) isName = true;
      else if (words === 1 && !caps && seg[0]!.cls === "unknown" && seg[0]!.shape === "title" && !seg[0]!.initialPosition && !clippedWord(seg[0]!.key) && seg[0]!.raw.length >= 3 && !DOSE_AFTER.test(after) && !MEDICATION_BEFORE.test(textBefore(text, seg[0]!, 24)) && !(PRODUCT_AFTER.test(after) && DETERMINER_BEFORE.test(textBefore(text, seg[0]!, 12))) && !isBinomial(text, seg[0]!)) isName = true;
      else if (words >= 2 && named >= 1 && startsWithFirst && !caps) isName = true;
      else if (words === 1 && !caps && seg[0]!.cls === "unknown" && seg[0]!.shape === "title" && seg[0]!.raw.length >= 3 && PERSON_VERB_AFTER.test(text.slice(seg[0]!.end, seg[0]!.end + 14))) isName = true;
      else if (words >= 1 && seg[0]!.shape === "initial" && !caps && /^\. ?\p{Lu}/u.test(text.slice(seg[0]!.end, seg[0]!.end + 3)) && (seg[0]!.initialPosition && /\n\s*$/.test(seg[0]!.gap) || /(?:^|\s)(?:with|by|to|and|per|from|for|cc:?|dear|attn:?|signed|dictated)\s+$/i.test(seg[0]!.gap + "") || /(?:with|by|to|and|per|from|for|cc:?|dear)\s*$/i.test(text.slice(Math.max(0, seg[0]!.start - 8), seg[0]!.start)))) isName = true;
      else if (words === 1 && !caps && seg[0]!.shape === "title" && PERSON_ONLY_VERB_AFTER.test(text.slice(seg[0]!.end, seg[0]!.end + 40)) && (seg[0]!.first || seg[0]!.cls === "weak" || /^(?:patient|pt)$/.test(tokens[i - 1]?.key ?? "")) && !d.clinical.has(seg[0]!.key)) isName = true;
      if (isName && !context && seg.length >= 2 && seg.every((t) => d.eponyms.has(t.key))) isName = false;
      // "Cr 1.3, Glu 164": a word in a list of results, before its value, is the test's name.
      if (isName && !context && seg.length === 1 && LAB_VALUE_AFTER.test(text.slice(seg[0]!.end, seg[0]!.end + 10)) && LAB_LIST_BEFORE.test(text.slice(Math.max(0, seg[0]!.start - 16), seg[0]!.start))) isName = false;
      // "PT WILL D/C HOME", "PT MAY NEED": in capitals, a word after "PT" that is also an ordinary
      // word is the sentence's verb, not the patient's name ("PT JUANITA" stays a name).
      if (isName && caps && /^(?:pt|patient)$/.test(tokens[i - 1]?.key ?? "") && seg.every((t) => t.cls === "weak" || t.cls === "common") && !PERSON_CUE_RE.test(textBefore(text, tokens[i - 1]!))) isName = false;
      // "referred to General Surgery", "seen by Family Medicine": after a cue phrase, a service's
      // name is no person (a title still makes one: "Dr General").
      if (isName && !strongCueBefore(tokens, i) && seg.every((t) => GENERIC_PLACE_WORDS.has(t.key))) isName = false;
      if (isName && !cue && !strongCueBefore(tokens, i) && eponymHeadAfter(text, seg[seg.length - 1]!.end, true)) isName = false;
      // "600CC BROWN LIQUID", "Green sputum": a colour before what it colours is no surname (decision 135).
      if (isName && seg.length === 1 && COLOURS.has(seg[0]!.key) && !strongCueBefore(tokens, i) && /^[ \t]+(?:liquid|stool|stools|fluid|drainage|sputum|secretions|urine|output|emesis|aspirate|discharge|bile|ooze|mucus|phlegm|tinged|colou?red)(?![\p{L}])/iu.test(text.slice(seg[0]!.end, seg[0]!.end + 16))) isName = false;
      // "sputum sandy brown": a colour after what it colours is no name either.
      if (isName && COLOURS.has(seg[seg.length - 1]!.key) && /(?:sputum|stool|stools|urine|drainage|emesis|secretions|aspirate|output|fluid|bile|discharge)[ \t]+$/i.test(textBefore(text, seg[0]!, 16))) isName = false;
      // "Pt's Murphy's sign": an eponym before its sign is the sign's, whatever possessive comes before (decision 135).
      if (isName && seg.length === 1 && d.eponyms.has(seg[0]!.key) && !isTitle(tokens[i - 1]?.key ?? "") && eponymHeadAfter(text, seg[0]!.end)) isName = false;
      // "a Medtronic MiniMed 780G pump", "the Ilizarov apparatus": a maker's or a product's name.
      if (isName && !cue && !strongCueBefore(tokens, i) && DETERMINER_BEFORE.test(textBefore(text, seg[0]!, 12)) && PRODUCT_AFTER.test(text.slice(seg[seg.length - 1]!.end, seg[seg.length - 1]!.end + 48))) isName = false;
      // "Sister Mary Joseph nodule": the title is part of the sign's name.
      if (isName && tokens[i - 1]?.key === "sister" && eponymHeadAfter(text, seg[seg.length - 1]!.end)) isName = false;
      // Decision 118. "Loc: 4W", "Adm: 11/29": a short word in no list before a colon is a field's label;
      // "Blue Badge no. BB 44": words before a number's label name a card; "FreeStyle Libre", "SenSura
      // Mio": a word after a product's name in camel case is the product's.
      if (isName && !context && seg.length === 1 && seg[0]!.cls === "unknown" && seg[0]!.raw.length <= 4 && /^[ \t]*:/.test(after)) isName = false;
      if (isName && !context && strong === 0 && /^[ \t]+(?:no\.|No\.|NO\.|#)[ \t]*[A-Z\d]/.test(after)) isName = false;
      if (isName && !cue && !strongCueBefore(tokens, i) && CAMEL_PRODUCT_BEFORE.test(text.slice(Math.max(0, seg[0]!.start - 24), seg[0]!.start))) isName = false;
      if (isName && !(seg.length === 1 && NOT_AFTER_CUE.has(seg[0]!.key))) name(seg[0]!, seg[seg.length - 1]!);
      i = j;
    }
  }

  // A line that is only a name ("N. Arena", "Jordan Whitby, MD"), as under a letter.
  for (const m of text.matchAll(/^[ \t]*((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){0,2})(?=,?[ \t]*(?:M\.?D\.?|MBBS|FRCR|FRCS|PhD|RN)?[ \t]*$)/gmu)) {
    const start = m.index + m[0].length - m[1]!.length;
    const line = tokensIn(tokens, start, start + m[1]!.length);
    if (line.length < 2 || line.some((t) => t.cls === "none")) continue;
    if (line.some((t) => t.cls === "strong" || t.cls === "unknown" || t.cls === "weak") || line[0]!.shape === "initial") name(line[0]!, line[line.length - 1]!);
  }

  // A word in no list after a strong place cue: "lives in Ashbrook", "transferred from Kelby".
  const foreign = (w: string) => !isCommonWord(w) && !d.common.has(w) && !d.clinical.has(w) && !d.abbreviations.has(w) && !d.eponyms.has(w) && !CALENDAR_WORDS.has(w) && !GENERIC_PLACE_WORDS.has(w) && !isTitle(w) && !isPersonCue(w);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A full name in lower case, as synthetic sentences and chat write it (decision 113): "kwame
    // mensah called", "seen by priya k. venkataraman": a listed first name, then a listed surname.
    if (t.shape === "lower" && t.key.length >= 3 && tokens[i + 1]?.shape === "lower" && (d.firstNames.has(t.key) || (t.key.includes("-") && t.key.split("-").every((p) => p.length >= 3 && d.firstNames.has(p)))) && /^[ \t]+$/.test(tokens[i + 1]!.gap)) {
      let j = i + 1;
      if (tokens[j]!.raw.length === 1 && tokens[j + 1]?.shape === "lower" && /^\.?[ \t]+$/.test(tokens[j + 1]!.gap)) j++;
      const family = tokens[j]!.key;
      const parts = family.split("-");
      if (family.length >= 3 && parts.every((p) => d.lastNames.has(p)) && [...t.key.split("-"), ...parts].every(foreign)) {
        name(t, tokens[j]!);
        i = j;
        continue;
      }
    }
    // In a note written in lower case, a known town that is no English word after a strong cue:
    // "bring his cpap from home in bridgeton".
    if (t.shape === "lower" && t.key.length >= 4 && !d.common.has(t.key) && d.places.has(t.key) && !d.clinical.has(t.key) && !d.abbreviations.has(t.key) && !d.firstNames.has(t.key) && !isCommonWord(t.key) && hasPlaceCue(text, t, true)) {
      place(t, t);
      continue;
    }
    if ((t.cls === "unknown" || t.cls === "strong" || t.cls === "weak") && (t.shape === "title" || (t.shape === "caps" && t.capsLine)) && (hasPlaceCue(text, t, true) || ((t.cls === "unknown" || (t.cls === "weak" && !isCommonWord(t.key))) && !t.initialPosition && hasPlaceCue(text, t, false)))) {
      let j = i;
      while (tokens[j + 1] && tokens[j + 1]!.shape === "title" && /^[ \t]$/.test(tokens[j + 1]!.gap) && tokens[j + 1]!.cls !== "none") j++;
      if (!eponymHeadAfter(text, tokens[j]!.end) && !(t.cls === "weak" && GENERIC_PLACE_WORDS.has(t.key))) place(t, tokens[j]!);
      continue;
    }
    // In capitals, after a cue that says where the patient lives or comes from, one or two words
    // closing the clause are a town even when they are ordinary or eponymous words ("LIVES IN
    // GORHAM.", "93 Y/O F FROM CARIBOU, LIVES ALONE"); kinds of place stay out ("LIVES IN TRAILER").
    if (t.capsLine && t.shape === "caps" && t.key.length >= 3 && CAPS_RESIDENCE_CUE.test(text.slice(Math.max(0, t.start - 40), t.start))) {
      let j = i;
      const ender = (k: number) => !tokens[k] || CALENDAR_WORDS.has(tokens[k]!.key) || /^(?:with|and|on|at|in|to|for|since|until|x|last|this|since|where|who|but|so)$/.test(tokens[k]!.key);
      if (tokens[j + 1] && tokens[j + 1]!.shape === "caps" && /^[ \t]$/.test(tokens[j + 1]!.gap) && !ender(j + 1)) j++;
      const words = tokens.slice(i, j + 1);
      const closes = /^[ \t]*(?:[.,;:)]|$|\n)/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 6)) || (/^[ \t]+$/.test(tokens[j + 1]?.gap ?? "") && ender(j + 1));
      if (closes && words.every((w) => !GENERIC_PLACE_WORDS.has(w.key) && !d.clinical.has(w.key) && !d.abbreviations.has(w.key) && !CALENDAR_WORDS.has(w.key) && !isTitle(w.key) && !isPersonCue(w.key))) {
        place(t, tokens[j]!);
        i = j;
        continue;
      }
    }
    if (t.capsLine && t.shape === "caps" && t.key.length >= 4 && tokens[i - 1]?.key === "in" && /^[ \t]+$/.test(t.gap)) {
      let j = i;
      while (j - i < 2 && tokens[j + 1] && tokens[j + 1]!.shape === "caps" && /^[ \t]$/.test(tokens[j + 1]!.gap)) j++;
      for (; j >= i; j--) if (d.places.has(tokens.slice(i, j + 1).map((w) => w.key).join(" "))) break;
      const lineStart = text.lastIndexOf("\n", t.start) + 1;
      if (j >= i && !d.clinical.has(t.key) && !GENERIC_PLACE_WORDS.has(t.key) && /^[ \t]*(?:[.,;]|$)/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 3)) && CAPS_IN_PLACE_LINE.test(text.slice(lineStart, tokens[i - 1]!.start))) {
        place(t, tokens[j]!);
        continue;
      }
    }
    // After a strong cue, ordinary words capitalised mid-sentence are a town too ("summers in Bar
    // Harbor", "lives in Caribou"), unless they name a kind of place ("transferred from Emergency").
    // A town whose first word is a day or a month ("lives in Sun City", "moved to May Valley"):
    // calendar words are vocabulary alone, but not before another capitalised word after a cue.
    const calendarTown = t.cls === "none" && CALENDAR_WORDS.has(t.key) && tokens[i + 1]?.shape === "title" && /^[ \t]$/.test(tokens[i + 1]!.gap);
    // Decision 119. An eponym that closes the clause after such a cue is a town too ("lives in Gorham.").
    const eponymTown = t.cls === "none" && d.eponyms.has(t.key) && !d.clinical.has(t.key) && /^[ \t]*(?:[.,;]|$)/.test(text.slice(t.end, t.end + 3));
    // ("is from" alone is too weak here: "the bleeding is from Haemorrhoids".)
    if ((t.cls === "common" || calendarTown || eponymTown) && t.shape === "title" && !t.capsLine && !t.initialPosition && hasPlaceCue(text, t, true) && !/(?:is|was|are)[ \t]+from[ \t]+$/.test(textBefore(text, t))) {
      let j = i;
      while (j - i < 2 && tokens[j + 1] && tokens[j + 1]!.shape === "title" && /^[ \t]$/.test(tokens[j + 1]!.gap) && tokens[j + 1]!.cls !== "none") j++;
      const words = tokens.slice(i, j + 1);
      // "Sun City", "Dodge County": a kind of place after the first word ends a town's name.
      if (words.some((w, k) => GENERIC_PLACE_WORDS.has(w.key) && !(k > 0 && /^(?:city|town|county|village)$/.test(w.key)))) continue;
      if (!eponymHeadAfter(text, tokens[j]!.end)) place(t, tokens[j]!);
    }
  }
};
