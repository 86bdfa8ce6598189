import type { TimelineEntry } from "@/lib/cases/queries";
import { EVENT_KIND_LABELS } from "@/lib/cases/constants";
import { ChangeBadge } from "./change-badge";
import { StudyImages } from "@/components/images/study-images";
import type { StudyImages as StudyImagesMap } from "@/lib/imaging/view";

const EVENT_STYLES: Record<string, string> = {
  treatment: "bg-sky-600",
  symptom_change: "bg-amber-500",
  lab_result: "bg-violet-600",
  outcome: "bg-emerald-600",
  other: "bg-slate-500",
};

/**
 * `caseId` adds the per-study discussion links; a conference's staged view leaves it out.
 * `images`: each study's series, as the viewer may see them.
 */
export function Timeline({ entries, caseId, commentCounts = {}, images = {} }: { entries: TimelineEntry[]; caseId?: string; commentCounts?: Record<string, number>; images?: StudyImagesMap }) {
  if (entries.length === 0) {
    return <p className="card p-4 text-sm text-slate-600">No studies or events have been added to this case yet.</p>;
  }
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5 sm:pl-8" data-testid="timeline">
      {entries.map((entry) => (
        <li key={`${entry.type}-${entry.id}`} id={`${entry.type}-${entry.id}`} className="relative" data-testid={`timeline-${entry.type}`}>
          <span
            aria-hidden
            className={`absolute -left-[1.95rem] top-4 size-3.5 rounded-full ring-4 ring-slate-50 sm:-left-[2.7rem] ${
              entry.type === "study" ? "bg-brand-700" : (EVENT_STYLES[entry.kind] ?? "bg-slate-500")
            }`}
          />
          {entry.type === "study" ? <StudyCard study={entry} caseId={caseId} comments={commentCounts[entry.id] ?? 0} images={images[entry.id]} /> : <EventRow event={entry} />}
        </li>
      ))}
    </ol>
  );
}

function StudyCard({ study, caseId, comments, images }: { study: Extract<TimelineEntry, { type: "study" }>; caseId?: string; comments: number; images?: StudyImagesMap[string] }) {
  return (
    <article className="card p-4" aria-labelledby={`study-${study.id}-heading`}>
      <header className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-brand-700" data-testid="when">{study.when}</span>
        <h3 id={`study-${study.id}-heading`} className="text-base font-semibold">
          {study.modality} · {study.region}
        </h3>
        {study.contrast ? <span className="badge bg-slate-100 text-slate-700">with contrast</span> : null}
        <ChangeBadge change={study.change} />
        <AnswerBadge entry={study} />
        {caseId ? (
          <a
            href={`/cases/${caseId}?study=${study.id}#discussion`}
            className="ml-auto text-sm text-brand-700 hover:underline"
            data-testid="study-comments"
          >
            {comments === 0 ? "Discuss" : `${comments} ${comments === 1 ? "comment" : "comments"}`}
          </a>
        ) : null}
      </header>
      {images?.length ? <StudyImages series={images} label={`${study.modality} ${study.when}`} /> : null}
      {study.technique ? (
        <p className="mt-2 text-sm text-slate-600">
          <span className="font-medium text-slate-700">Technique: </span>
          {study.technique}
        </p>
      ) : null}
      <h4 className="mt-3 text-sm font-semibold text-slate-700">Findings</h4>
      <p className="mt-1 whitespace-pre-line text-sm leading-relaxed">{study.findings}</p>
      {study.impression ? (
        <>
          <h4 className="mt-3 text-sm font-semibold text-slate-700">Impression</h4>
          <p className="mt-1 whitespace-pre-line text-sm leading-relaxed">{study.impression}</p>
        </>
      ) : null}
    </article>
  );
}

function EventRow({ event }: { event: Extract<TimelineEntry, { type: "event" }> }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-white/60 px-4 py-3">
      <p className="text-sm">
        <span className="font-semibold text-brand-700" data-testid="when">{event.when}</span>
        <span className="mx-2 text-slate-400">·</span>
        <span className="font-medium text-slate-700">{EVENT_KIND_LABELS[event.kind as keyof typeof EVENT_KIND_LABELS] ?? event.kind}</span>
        <AnswerBadge entry={event} />
      </p>
      <p className="mt-1 whitespace-pre-line text-sm">{event.description}</p>
    </div>
  );
}

/** Only viewers who may see the answer ever get such an entry (decision 065); the badge tells them who else does not. */
function AnswerBadge({ entry }: { entry: { partOfAnswer?: boolean } }) {
  if (!entry.partOfAnswer) return null;
  return <span className="badge ml-2 bg-amber-100 text-amber-900" data-testid="answer-entry" title="Part of the answer: hidden from participants until the reveal">Part of the answer</span>;
}
