// The heading of a conference's pages: title, kind, team, time and place, and the links the
// viewer's standing allows.
import Link from "next/link";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import type { ConferenceHeader as Header } from "@/lib/conferences/queries";
import { DateTime } from "@/components/ui/date-time";

export function ConferenceHeader({ header, current }: { header: Header; current: "audience" | "agenda" | "record" | "minutes" | "summary" }) {
  const links = [
    { key: "audience", href: `/conferences/${header.id}`, label: header.status === "live" ? "Live view" : "Overview", show: true },
    { key: "agenda", href: `/conferences/${header.id}/agenda`, label: "Agenda", show: header.isMember },
    { key: "present", href: `/conferences/${header.id}/present`, label: "Present", show: header.canPresent && header.status !== "ended" },
    { key: "record", href: `/conferences/${header.id}/record`, label: "Meeting record", show: header.canReadOutcomes },
    { key: "minutes", href: `/conferences/${header.id}/minutes`, label: "Minutes", show: header.canReadOutcomes },
    { key: "summary", href: `/conferences/${header.id}/summary`, label: "Summary", show: true },
  ].filter((link) => link.show);
  return (
    <div className="space-y-3" data-print-hide>
      <div>
        <p className="text-sm font-medium text-brand-700">{CONFERENCE_KIND_LABELS[header.kind]} · {header.team.name}</p>
        <h1 className="text-2xl font-semibold">{header.title}</h1>
        <p className="text-sm text-slate-600">
          <DateTime iso={header.startsAt} style="datetime" /> · {header.durationMinutes} min
          {header.location ? <> · {header.location}</> : null}
          {header.videoUrl ? <> · <a className="text-brand-700 underline" href={header.videoUrl} rel="noopener noreferrer" target="_blank">Video link</a></> : null}
        </p>
        <p className="text-sm text-slate-600">
          Presenter {header.presenterName}{header.chairName ? <> · Chair {header.chairName}</> : null}
          {header.joinCode ? <> · Code <span className="font-mono font-semibold" data-testid="join-code">{header.joinCode}</span></> : null}
        </p>
      </div>
      <nav aria-label="Conference" className="flex flex-wrap gap-1 text-sm">
        {links.map((link) => (
          <Link key={link.key} href={link.href} aria-current={link.key === current ? "page" : undefined} className={`btn-ghost px-3 ${link.key === current ? "bg-slate-100 font-semibold" : ""}`}>
            {link.label}
          </Link>
        ))}
        <a className="btn-ghost px-3" href={`/conferences/${header.id}/calendar.ics`} download>Add to calendar (.ics)</a>
      </nav>
    </div>
  );
}
