// The viewer's date preferences for this request: the locale of their browser's Accept-Language
// and the time zone their browser stored in a cookie (UTC until it has), decision 069. Outside a
// request (scripts, tests) the defaults.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { DEFAULT_DATE_PREFS, datePrefs, firstLanguage, TIME_ZONE_COOKIE, type DatePrefs } from "./dates";

export const getDatePrefs = cache(async (): Promise<DatePrefs> => {
  try {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    return datePrefs(firstLanguage(headerList.get("accept-language")), cookieStore.get(TIME_ZONE_COOKIE)?.value);
  } catch {
    return DEFAULT_DATE_PREFS;
  }
});
