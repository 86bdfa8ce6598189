// On a case page: the conferences and MDT meetings (that the viewer may see) it was discussed in.
import Link from "next/link";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import { DateTime } from "@/components/ui/date-time";

export function CaseConferences({ conferences }: { conferences: Array<{ id: string; title: string; kind: "teaching" | "mdt"; startsAt: string }> }) {
  if (conferences.length === 0) return null;
  return (
    <section aria-labelledby="conferences-heading" className="card p-4" data-testid="case-conferences">
      <h2 id="conferences-heading" className="font-semibold">Discussed at</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {conferences.map((conference) => (
          <li key={conference.id}>
            <Link className="text-brand-700 underline underline-offset-2" href={`/conferences/${conference.id}/summary`}>{conference.title}</Link>
            <span className="text-slate-600"> · {CONFERENCE_KIND_LABELS[conference.kind]} · <DateTime iso={conference.startsAt} /></span>
          </li>
        ))}
      </ul>
    </section>
  );
}
