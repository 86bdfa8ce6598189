// Shared shapes of the de-identification guard's detectors.

export type IdentifierKind =
  | "name"
  | "mrn"
  | "date"
  | "phone"
  | "email"
  | "address"
  | "postcode"
  | "location"
  | "url"
  | "age";

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** Offset of the first character (inclusive). */
  start: number;
  /** Offset after the last character (exclusive). */
  end: number;
  /** `text.slice(start, end)` of the scanned string. */
  text: string;
  /** Short explanation aimed at the clinician writing the case. */
  message: string;
}

export interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  message: string;
  /**
   * Lower wins when two detectors claim exactly the same span, so the more
   * specific explanation (e.g. "date of birth" over "date") is shown.
   */
  priority: number;
}

export type Detector = (text: string, add: (c: Candidate) => void) => void;

export const MSG = {
  name: "Looks like a person's name",
  mrn: "Looks like a medical record or hospital number",
  nhs: "Looks like an NHS number",
  account: "Looks like an account, insurance or other identifying number",
  date: 'Looks like a calendar date; use relative timings such as "day 3" or "6 weeks later"',
  dob: "Looks like a date or year of birth; give an age band instead",
  phone: "Looks like a phone, fax or pager number",
  email: "Looks like an email address",
  address: "Looks like a street address",
  postcode: "Looks like a postcode or ZIP code",
  location: "Looks like a place (hospital, ward, town or country) that could locate the patient",
  url: "Links can identify the patient or the hospital; remove it or cite a public source",
  age: 'Ages above 89 must be given as "90+"',
} as const;

/**
 * The spans of `group` in every match of a global regex with indices. An array, not a generator:
 * the guard runs about a hundred of these per text and most find nothing, where a generator's
 * set-up cost showed in profiles.
 */
export function spans(re: RegExp, text: string, group = 0): Array<{ start: number; end: number; match: RegExpExecArray }> {
  const out: Array<{ start: number; end: number; match: RegExpExecArray }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const idx = m.indices?.[group];
    if (idx) out.push({ start: idx[0], end: idx[1], match: m });
  }
  return out;
}

/** A range of round values, not a number: "IS 750-1000", "SVR 900-1100" (a phone's or a record's shape). */
export function roundRange(s: string): boolean {
  const m = /^(\d{2,4})-(\d{3,4})$/.exec(s);
  return !!m && Number(m[2]) > Number(m[1]) && Number(m[1]) % 50 === 0 && Number(m[2]) % 50 === 0;
}

export function digitCount(s: string): number {
  return s.replace(/\D/g, "").length;
}

export function inRange(n: number, lo: number, hi: number): boolean {
  return Number.isInteger(n) && n >= lo && n <= hi;
}
