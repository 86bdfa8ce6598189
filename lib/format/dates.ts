// The one date and time formatter (issue 26 item 15, decision 069). Every date a person reads goes
// through here, in their locale and time zone (DatePrefs, decided per request on the server from
// the Accept-Language header and the time-zone cookie the browser sets; see viewer-dates.ts), so
// the server's HTML and the browser's first render agree and nothing changes at hydration.
// Formatters are built once per (prefs, style): creating an Intl.DateTimeFormat per call (what
// toLocaleDateString does) cost a tenth of the case page's CPU when it rendered a window of comments.

export interface DatePrefs {
  /** A BCP 47 locale the runtime supports ("en-GB", "fr-FR"). */
  locale: string;
  /** An IANA time zone ("Europe/Paris"); "UTC" until the browser has told us its zone. */
  timeZone: string;
}

export type DateStyle = "date" | "datetime" | "long-datetime" | "short-date" | "short-datetime";

export const DEFAULT_DATE_PREFS: DatePrefs = { locale: "en-GB", timeZone: "UTC" };
/** The cookie the browser sets with its IANA time zone (components/ui/date-prefs.tsx). */
export const TIME_ZONE_COOKIE = "rounds-tz";

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  "long-datetime": { dateStyle: "full", timeStyle: "short" },
  "short-date": { day: "numeric", month: "short" },
  "short-datetime": { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(prefs: DatePrefs, style: DateStyle): Intl.DateTimeFormat {
  const key = `${prefs.locale}|${prefs.timeZone}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(prefs.locale, { ...OPTIONS[style], timeZone: prefs.timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** A valid pair: an unknown locale or zone falls back to the default, never throws. */
export function datePrefs(locale: string | null | undefined, timeZone: string | null | undefined): DatePrefs {
  const prefs = { ...DEFAULT_DATE_PREFS };
  try {
    if (locale && Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) prefs.locale = Intl.DateTimeFormat.supportedLocalesOf([locale])[0]!;
  } catch {
    // A malformed tag: keep the default.
  }
  try {
    if (timeZone && timeZone.length <= 64) {
      new Intl.DateTimeFormat("en", { timeZone });
      prefs.timeZone = timeZone;
    }
  } catch {
    // An unknown zone: keep UTC.
  }
  return prefs;
}

/** The first language of an Accept-Language header ("fr-CH, fr;q=0.9" → "fr-CH"). */
export function firstLanguage(header: string | null | undefined): string | null {
  const first = header?.split(",")[0]?.split(";")[0]?.trim();
  return first && first !== "*" ? first : null;
}

/** The date (and time) in the viewer's locale and zone; times in UTC say so. */
export function formatDate(iso: string | Date, prefs: DatePrefs, style: DateStyle = "date"): string {
  const at = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(at.getTime())) return "";
  // Plain spaces: ICU versions differ in where they put narrow or no-break spaces ("12:30\u202fPM"),
  // and the server's Node and the reader's browser must produce the same text at hydration.
  const text = formatter(prefs, style).format(at).replace(/[\u202f\u00a0]/g, " ");
  return style !== "date" && style !== "short-date" && prefs.timeZone === "UTC" ? `${text} UTC` : text;
}

/** "just now", "5 min ago", "3 h ago", then the date in the viewer's format. */
export function timeAgo(iso: string, prefs: DatePrefs, now: number): string {
  const at = new Date(iso);
  const seconds = Math.round((now - at.getTime()) / 1000);
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return formatDate(at, prefs, "date");
}
