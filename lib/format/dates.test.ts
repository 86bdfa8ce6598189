import { describe, expect, it } from "vitest";
import { datePrefs, firstLanguage, formatDate, timeAgo } from "./dates";

const at = "2031-03-06T17:30:00.000Z";

describe("one date formatter (issue 26 item 15)", () => {
  it("formats in the viewer's locale and time zone, with plain spaces", () => {
    const newYork = datePrefs("en-US", "America/New_York");
    expect(formatDate(at, newYork, "datetime")).toBe("Mar 6, 2031, 12:30 PM");
    expect(formatDate(at, datePrefs("en-GB", "Europe/London"), "date")).toBe("6 Mar 2031");
    expect(formatDate(at, datePrefs("fr-FR", "Europe/Paris"), "datetime")).toBe("6 mars 2031, 18:30");
  });
  it("says UTC when it does not know the zone yet, and falls back on nonsense", () => {
    expect(formatDate(at, datePrefs(null, null), "datetime")).toBe("6 Mar 2031, 17:30 UTC");
    expect(datePrefs("not a locale!!", "Mars/Olympus")).toEqual({ locale: "en-GB", timeZone: "UTC" });
  });
  it("reads the first language of Accept-Language", () => {
    expect(firstLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr-CH");
    expect(firstLanguage("*")).toBeNull();
  });
  it("says how long ago, then the date", () => {
    const prefs = datePrefs("en-GB", "UTC");
    const now = Date.parse(at);
    expect(timeAgo(new Date(now - 30_000).toISOString(), prefs, now)).toBe("just now");
    expect(timeAgo(new Date(now - 5 * 60_000).toISOString(), prefs, now)).toBe("5 min ago");
    expect(timeAgo("2031-01-02T10:00:00.000Z", prefs, now)).toBe("2 Jan 2031");
  });
});
