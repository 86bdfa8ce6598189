// On a case page: the conferences and MDT meetings (that the viewer may see) it was discussed in,
// and those that have it on the agenda but have not been held yet (lib/conferences/sql.ts `held`:
// the same rule as the library's "Discussed at a conference" filter).
import Link from "next/link";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import { DateTime } from "@/components/ui/date-time";

type Conference = { id: string; title: string; kind: "teaching" | "mdt"; startsAt: string; held: boolean };

function ConferenceList({ conferences, label }: { conferences: Conference[]; label: string }) {
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label={label}>
      {conferences.map((conference) => (
        <li key={conference.id}>
          <Link className="text-brand-700 underline underline-offset-2" href={`/conferences/${conference.id}/summary`}>{conference.title}</Link>
          <span className="text-slate-600"> · {CONFERENCE_KIND_LABELS[conference.kind]} · <DateTime iso={conference.startsAt} /></span>
        </li>
      ))}
    </ul>
  );
}

export function CaseConferences({ conferences }: { conferences: Conference[] }) {
  if (conferences.length === 0) return null;
  const held = conferences.filter((conference) => conference.held);
  // Soonest first: the next meeting leads.
  const upcoming = conferences.filter((conference) => !conference.held).reverse();
  const labelledBy = [held.length ? "conferences-heading" : null, upcoming.length ? "agenda-heading" : null].filter(Boolean).join(" ");
  return (
    <section aria-labelledby={labelledBy} className="card space-y-3 p-4" data-testid="case-conferences">
      {held.length ? (
        <div data-testid="case-conferences-held">
          <h2 id="conferences-heading" className="font-semibold">Discussed at</h2>
          <ConferenceList conferences={held} label="Discussed at" />
        </div>
      ) : null}
      {upcoming.length ? (
        <div data-testid="case-conferences-upcoming">
          <h2 id="agenda-heading" className="font-semibold">On the agenda of</h2>
          <ConferenceList conferences={upcoming} label="On the agenda of" />
        </div>
      ) : null}
    </section>
  );
}
