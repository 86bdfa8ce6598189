// Offsets from presentation, in the words a clinician uses ("+4 weeks", "+6 months").
// Pure functions: used by the case page, the library and the authoring form's preview.

const DAYS_PER_MONTH = 365.25 / 12;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** A duration in days as the largest natural unit that describes it well. */
export function formatDuration(days: number): string {
  const abs = Math.abs(days);
  if (abs < 14) return plural(abs, "day");
  if (abs < 60 && abs % 7 === 0) return plural(abs / 7, "week");
  if (abs < 60) return plural(Math.round(abs / 7), "week");
  if (abs < 365 * 2 - 15) {
    const months = Math.round(abs / DAYS_PER_MONTH);
    return plural(months, "month");
  }
  const years = Math.round((abs / 365.25) * 10) / 10;
  return `${Number.isInteger(years) ? years : years.toFixed(1)} years`;
}

/** "Day 0", "+4 weeks", "−3 days" (before presentation). */
export function formatOffset(days: number): string {
  if (days === 0) return "Day 0";
  return `${days > 0 ? "+" : "−"}${formatDuration(days)}`;
}

/** "3 studies over 6 months", "1 study", "No studies". */
export function formatStudySpan(dayOffsets: number[]): string {
  if (dayOffsets.length === 0) return "No studies";
  const count = plural(dayOffsets.length, "study").replace("studys", "studies");
  if (dayOffsets.length === 1) return count;
  const span = Math.max(...dayOffsets) - Math.min(...dayOffsets);
  return span === 0 ? `${count} on one day` : `${count} over ${formatDuration(span)}`;
}

export interface Positioned {
  dayOffset: number;
  position: number;
}

/** Timeline order: by day, then by the author's order for items on the same day. */
export function byTimeline(a: Positioned, b: Positioned): number {
  return a.dayOffset - b.dayOffset || a.position - b.position;
}
