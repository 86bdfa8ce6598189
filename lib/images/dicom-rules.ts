// The value rules of DICOM de-identification: UIDs replaced per case, dates moved onto the case's
// day offsets, ages capped at 90. Pure functions; dicom.ts applies them.
import { createHmac } from "node:crypto";

/** UIDs under the DICOM root name standard things (SOP classes, transfer syntaxes): never identifying. */
export const isStandardUid = (uid: string) => uid.startsWith("1.2.840.10008.");

/**
 * The case's replacement for a UID: HMAC-SHA-256 of the UID under the case's secret, its first
 * 128 bits shaped as an RFC 9562 version-8 UUID and written as a `2.25.<decimal>` UID (PS3.5 B.2).
 * Deterministic, so every file of a case (uploaded today or next month) maps a study's UID to the
 * same new UID and references between files keep pointing at each other; another case's secret
 * gives unrelated UIDs, and without the secret the original cannot be recovered or tested for.
 */
export function caseUid(caseSecret: string | Uint8Array, uid: string): string {
  const digest = createHmac("sha256", caseSecret).update(`rounds-dicom-uid\0${uid.trim()}`).digest();
  const uuid = digest.subarray(0, 16);
  uuid[6] = (uuid[6]! & 0x0f) | 0x80; // version 8: custom
  uuid[8] = (uuid[8]! & 0x3f) | 0x80; // RFC variant
  return `2.25.${BigInt(`0x${uuid.toString("hex")}`).toString(10)}`;
}

const DAY_MS = 86_400_000;

/** "20240131" (or the old "2024.01.31") as a UTC day number; null when it is not a real date. */
export function parseDicomDate(value: string): number | null {
  const digits = value.trim().replace(/\./g, "");
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(digits);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

export function formatDicomDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10).replace(/-/g, "");
}

/**
 * Moves dates onto the case's timeline ("Retain Longitudinal Temporal Information with Modified
 * Dates"). The study's own date becomes origin + dayOffset; every other date moves by the same
 * whole number of days, so intervals inside the study survive and times of day are unchanged.
 * With no study date to anchor on, every date becomes origin + dayOffset. A value that is not a
 * date becomes origin + dayOffset too: nothing unparsed is passed through.
 */
export function dateShifter(anchor: string | undefined, originDate: string, dayOffset: number) {
  const origin = parseDicomDate(originDate.replace(/-/g, ""));
  if (origin === null) throw new Error("originDate must be a date, YYYY-MM-DD");
  const target = origin + dayOffset;
  const anchorDay = anchor === undefined ? null : parseDicomDate(anchor);
  const shiftDays = anchorDay === null ? null : target - anchorDay;

  const shiftDate = (value: string): string => {
    const day = parseDicomDate(value);
    return formatDicomDate(day === null || shiftDays === null ? target : day + shiftDays);
  };
  return {
    targetDate: formatDicomDate(target),
    /** DA: one date, or a range "from-to" (query form). */
    date: (value: string): string => (value.includes("-") ? value.split("-").map((part) => (part ? shiftDate(part) : "")).join("-") : shiftDate(value)),
    /** DT: YYYYMMDDHHMMSS.FFFFFF&ZZXX; the date part moves, the time stays, the UTC offset goes. */
    dateTime: (value: string): string => {
      const withoutZone = value.trim().replace(/[+-]\d{4}$/, "");
      const time = withoutZone.length > 8 ? withoutZone.slice(8) : "";
      return shiftDate(withoutZone.slice(0, 8)) + time;
    },
  };
}

/**
 * PatientAge ("045Y", "030M", "012W", "100D"): ages of 90 years or more become "090Y", which we
 * read as "90 or older" (HIPAA Safe Harbor aggregates ages over 89); younger ages are kept as
 * written. A malformed age is dropped (null) rather than kept unchecked.
 */
export function capPatientAge(age: string): string | null {
  const match = /^(\d{3})([DWMY])$/.exec(age.trim());
  if (!match) return null;
  const count = Number(match[1]);
  const years = { D: count / 365.25, W: (count * 7) / 365.25, M: count / 12, Y: count }[match[2] as "D" | "W" | "M" | "Y"];
  return years >= 90 ? "090Y" : age.trim();
}

/**
 * Clean Descriptors, applied to the series description only: the viewer shows it ("Sagittal
 * STIR"). Anything that could be an identifier (a run of 4+ digits: dates, record numbers,
 * phone numbers; an email; a caret-separated person name) is cut out.
 */
export function cleanDescriptor(text: string): string {
  return text
    .replace(/\S+@\S+/g, "")
    .replace(/[A-Za-z'-]+\^[A-Za-z'^-]*/g, "")
    .replace(/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4,}/g, "")
    .replace(/\s{2,}/g, " ")
    .trim()
    .slice(0, 64);
}
