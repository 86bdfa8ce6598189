// The conference as an iCalendar (RFC 5545) event, written by the `ics` package (escaping, line
// folding, CRLF). Times in UTC; the agenda goes in the description with the titles the viewer may see.
import "server-only";
import { createEvent } from "ics";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { CONFERENCE_KIND_LABELS } from "./constants";
import { getConferenceHeader, titleFor } from "./queries";

export async function getCalendarFile(viewer: Viewer, conferenceId: string, origin: string): Promise<{ filename: string; body: string } | null> {
  const header = await getConferenceHeader(viewer, conferenceId);
  if (!header) return null;
  const items = await db.agendaItem.findMany({
    where: { conferenceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { estimatedMinutes: true, case: { select: { title: true, authorId: true, status: true, visibility: true, teamId: true } } },
  });
  const url = `${origin}/conferences/${header.id}`;
  const agenda = items.map((item, index) => {
    return `${index + 1}. ${titleFor(viewer, item.case)} (${item.estimatedMinutes} min)`;
  });
  const description = [
    `${CONFERENCE_KIND_LABELS[header.kind]} of ${header.team.name}.`,
    `Presenter: ${header.presenterName}.${header.chairName ? ` Chair: ${header.chairName}.` : ""}`,
    header.videoUrl ? `Video link: ${header.videoUrl}` : null,
    "",
    agenda.length > 0 ? "Agenda:" : "No cases on the agenda yet.",
    ...agenda,
    "",
    `Join in Rounds: ${url}`,
  ].filter((line) => line !== null).join("\n");
  const { error, value } = createEvent({
    productId: "rounds/conferences",
    method: "PUBLISH",
    uid: `conference-${header.id}@rounds`,
    start: new Date(header.startsAt).getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: header.durationMinutes },
    title: header.title,
    description,
    location: header.location || header.videoUrl || undefined,
    url,
    status: "CONFIRMED",
    // The meeting may move: calendars replace the earlier copy by uid when the sequence grows.
    sequence: Math.floor(Date.now() / 1000),
  });
  if (error || !value) throw error ?? new Error("Calendar file could not be written");
  const slug = header.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "conference";
  return { filename: `${slug}.ics`, body: value };
}
