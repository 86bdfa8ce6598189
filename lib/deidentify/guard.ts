/**
 * De-identification guard for free clinical text.
 *
 * A *warning* tool, not a redaction guarantee: it points a clinician at text that looks like
 * one of the HIPAA Safe Harbor identifiers (names, places, record numbers, dates, contact
 * details, addresses, ages over 89) before anything is saved. It combines shape rules with
 * dictionaries (names, places, English and clinical words; see dictionaries.ts and
 * vocabulary.ts) and context ("Dr", "wife", "lives in"), so "John Smith presented with..." is
 * found while "Lisfranc", "Baker's cyst", "T1", "C5-C6" and "4 weeks" are not.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), so they can be used directly with
 * `String.prototype.slice` and textarea selection APIs. Findings are `{ kind, start, end, text,
 * message }`; the held-back evaluation scores `findIdentifiers` by span overlap, so its name
 * and shape stay as they are.
 */
import { cataloguePhraseSpans } from "./catalogue-vocabulary";
import { detectEmail, detectPhone, urlSpans } from "./contact";
import { detectDates } from "./dates";
import { dictionaries } from "./dictionaries";
import { detectDictionaryNames } from "./names";
import { detectRuleNames } from "./name-rules";
import { detectNameCues } from "./name-cues";
import { detectNameForms } from "./name-forms";
import { detectAddress } from "./addresses";
import { detectInstitutions } from "./places";
import { detectVenues } from "./venues";
import { detectOrganisations } from "./organisations";
import { detectAge } from "./ages";
import { detectRecordNumbers } from "./records";
import { detectCuedIdentifiers, makerSpans } from "./cued-identifiers";
import { readCapitals } from "./capitals";
import { detectTableCells } from "./tables";
import { readUncased } from "./lower-case";
import { detectWriterHabits } from "./writer-habits";
import { detectContactLines } from "./contact-lines";
import { repeatedNames } from "./repeated-names";
import { MSG, type Candidate, type Detector, type IdentifierFinding } from "./types";

export type { IdentifierFinding, IdentifierKind } from "./types";
export { AGE_BANDS, ageBand, isValidAgeBand } from "./age-bands";

const DETECTORS: Detector[] = [
  detectEmail,
  detectPhone,
  detectRecordNumbers,
  detectDates,
  detectAge,
  detectAddress,
  detectInstitutions,
  detectVenues,
  detectOrganisations,
  detectRuleNames,
  detectNameCues,
  detectNameForms,
  detectCuedIdentifiers,
  detectDictionaryNames,
  detectTableCells,
  detectWriterHabits,
  detectContactLines,
];

/** Every detector's candidates, before overlapping ones are merged. */
function collect(text: string): Candidate[] {
  const urls = urlSpans(text);
  const candidates: Candidate[] = [];
  for (const u of urls) {
    if (u.identifying) candidates.push({ kind: "url", start: u.start, end: u.end, message: MSG.url, priority: 0 });
  }

  // Anything found wholly inside a link to a public reference (a DOI, PubMed) is not patient data.
  const insideHarmlessUrl = (c: Candidate) => urls.some((u) => !u.identifying && c.start >= u.start && c.end <= u.end);
  const add = (c: Candidate) => {
    if (c.end > c.start && !insideHarmlessUrl(c)) candidates.push(c);
  };
  for (const detect of DETECTORS) detect(text, add);

  // A name, place or date inside a diagnosis's name is the disease's ("Baxter neuropathy",
  // "factor V Leiden", "Christmas disease"); the catalogue's names are the vocabulary here.
  const phrases = cataloguePhraseSpans(text, dictionaries().cataloguePhrases);
  if (phrases.length > 0) {
    const kept = candidates.filter(
      (c) => !(c.kind === "name" || c.kind === "location" || c.kind === "date") || !phrases.some(([s, e]) => c.start >= s && c.end <= e),
    );
    candidates.length = 0;
    candidates.push(...kept);
  }

  // "a Toyota Camry", "an Abbott FreeStyle Libre sensor": a maker and its model are a product's name.
  const makers = makerSpans(text);
  if (makers.length > 0) {
    const product = (c: Candidate) =>
      (c.kind === "name" || c.kind === "location") &&
      makers.some(([s, e]) => c.start < e && s < c.end && /^[\s]*(?:(?:An?|The|an?|the|His|Her|his|her)\s+)?$/.test(text.slice(c.start, Math.max(c.start, s))) && c.end <= e);
    const kept = candidates.filter((c) => !product(c));
    candidates.length = 0;
    candidates.push(...kept);
  }

  return candidates;
}

/**
 * Finds text that looks like a patient identifier.
 *
 * Findings are sorted by `start` and never overlap. When detectors disagree about overlapping
 * text, the spans are merged into their union so nothing identifying is left uncovered; the kind
 * and message come from the longest original span, ties going to the more specific detector.
 */
export function findIdentifiers(text: string): IdentifierFinding[] {
  if (!text) return [];
  // Runs of capitals are read as a mixed-case writer would have written them (capitals.ts): in
  // capitals case says nothing, and the rules read a capital as a name's mark.
  const capitalsRead = readCapitals(text) ?? text;
  const candidates = collect(capitalsRead);
  // Sentences written without capitals are read twice: as written, where the rules for lower-case
  // notes apply, and as a mixed-case writer would have written them; a finding of either stands.
  const uncasedRead = readUncased(capitalsRead);
  if (uncasedRead) candidates.push(...collect(changedLinesOnly(capitalsRead, uncasedRead)));
  candidates.push(...repeatedNames(text, candidates));
  return merge(text, candidates);
}

/**
 * `read` with every line that reads as `text` blanked (same length): the second reading costs only what it changed.
 * Blanked with NUL, not spaces (decision 139): rules that look back over spaces ("MRN #  ") scanned each long run of
 * blank spaces again at every position of it, which made a 5,000-character note of many lines take 250 ms; and a
 * NUL, unlike a space, lets no rule join the words of two changed lines across a blanked one.
 */
function changedLinesOnly(text: string, read: string): string {
  const pieces: string[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = read.slice(start, end);
    pieces.push(line === text.slice(start, end) ? "\u0000".repeat(line.length) : line);
    if (end < text.length) pieces.push("\n");
    start = end + 1;
  }
  return pieces.join("");
}

/** Overlapping candidates merged into findings, their text taken from `text` as written. */
function merge(text: string, candidates: Candidate[]): IdentifierFinding[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);

  const groups: Array<{ start: number; end: number; best: Candidate }> = [];
  for (const c of candidates) {
    const last = groups[groups.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      const bestLen = last.best.end - last.best.start;
      const len = c.end - c.start;
      if (len > bestLen || (len === bestLen && c.priority < last.best.priority)) last.best = c;
    } else {
      groups.push({ start: c.start, end: c.end, best: c });
    }
  }

  return groups.map((g) => ({
    kind: g.best.kind,
    start: g.start,
    end: g.end,
    text: text.slice(g.start, g.end),
    message: g.best.message,
  }));
}

/**
 * Scans several named fields (e.g. `{ title, presentation, "studies.0.findings": ... }`).
 * Empty and missing fields are skipped; offsets are relative to each field's own value. Results
 * follow the order of the fields object, then position within the field.
 */
export function scanFields(
  fields: Record<string, string | null | undefined>,
): Array<IdentifierFinding & { field: string }> {
  const out: Array<IdentifierFinding & { field: string }> = [];
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value !== "string" || value.length === 0) continue;
    for (const f of findIdentifiers(value)) out.push({ ...f, field });
  }
  return out;
}
