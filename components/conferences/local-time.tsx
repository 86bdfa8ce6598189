"use client";
// A date and time in the reader's own time zone. The server renders UTC (it cannot know the
// zone); after hydration the browser switches to local time, so a phone abroad reads it right.
import { useEffect, useState } from "react";

const utc = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const [text, setText] = useState(() => (dateOnly ? iso.slice(0, 10) : `${utc.format(new Date(iso))} UTC`));
  useEffect(() => {
    const format = new Intl.DateTimeFormat(undefined, dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" });
    setText(format.format(new Date(iso)));
  }, [iso, dateOnly]);
  return <time dateTime={iso}>{text}</time>;
}
