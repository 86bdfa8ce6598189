"use client";
// Dates as people read them (decision 069): one formatter, the viewer's locale and time zone from
// the server (DatePrefsProvider in the root layout), so the server's HTML and the first render in
// the browser are the same text. When the browser's zone differs from the one the server used (the
// first visit, a laptop that travelled), the provider stores the zone in a cookie and re-renders
// once after hydration; every later page comes from the server in the right zone.
import { createContext, useContext, useEffect, useState } from "react";
import { DEFAULT_DATE_PREFS, formatDate, TIME_ZONE_COOKIE, timeAgo, type DatePrefs, type DateStyle } from "@/lib/format/dates";

const Prefs = createContext<{ prefs: DatePrefs; now: number }>({ prefs: DEFAULT_DATE_PREFS, now: 0 });

export function DatePrefsProvider({ prefs: initial, now: serverNow, children }: { prefs: DatePrefs; now: number; children: React.ReactNode }) {
  const [prefs, setPrefs] = useState(initial);
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== initial.timeZone) {
      document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
      setPrefs({ ...initial, timeZone: zone });
    }
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [initial]);
  return <Prefs.Provider value={{ prefs, now }}>{children}</Prefs.Provider>;
}

/** The viewer's preferences, for a component that formats dates itself (charts, exports). */
export const useDatePrefs = () => useContext(Prefs).prefs;

export function DateTime({ iso, style = "date", relative = false }: { iso: string; style?: DateStyle; relative?: boolean }) {
  const { prefs, now } = useContext(Prefs);
  const text = relative && now > 0 ? timeAgo(iso, prefs, now) : formatDate(iso, prefs, style);
  return <time dateTime={iso} title={relative ? formatDate(iso, prefs, "datetime") : undefined}>{text}</time>;
}
