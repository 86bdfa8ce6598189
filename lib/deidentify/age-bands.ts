// Age bands: Safe Harbor allows exact ages up to 89; everything older is pooled.

/** Safe Harbor allows exact ages up to 89; everything older is pooled. */
const AGE_CAP = 90;
const EN_DASH = "\u2013";

function buildAgeBands(): string[] {
  const bands: string[] = [];
  for (let lo = 0; lo < AGE_CAP; lo += 5) bands.push(`${lo}${EN_DASH}${lo + 4}`);
  bands.push(`${AGE_CAP}+`);
  return bands;
}

/** All age bands in ascending order: "0–4", "5–9", …, "85–89", "90+" (en dash). */
export const AGE_BANDS: string[] = buildAgeBands();

// Validation uses a private copy so that code mutating the exported array
// cannot widen what counts as a valid band.
const VALID_AGE_BANDS: ReadonlySet<string> = new Set(buildAgeBands());

/**
 * Maps an age in years to its 5-year band ("50–54"), or "90+" for 90 and over.
 * Fractional ages are floored (4.9 years is still in "0–4").
 * @throws RangeError for negative or non-finite ages.
 */
export function ageBand(age: number): string {
  if (!Number.isFinite(age) || age < 0) {
    throw new RangeError(`Age must be a finite number >= 0, got ${age}`);
  }
  const years = Math.floor(age);
  if (years >= AGE_CAP) return `${AGE_CAP}+`;
  const lo = years - (years % 5);
  return `${lo}${EN_DASH}${lo + 4}`;
}

/** True only for the exact strings in AGE_BANDS (en dash, no spaces). */
export function isValidAgeBand(s: string): boolean {
  return VALID_AGE_BANDS.has(s);
}
