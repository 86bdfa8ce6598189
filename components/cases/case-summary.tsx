"use client";
// The case as read: header, presentation, timeline, comparison and (when allowed) the answer;
// shared by the signed-in page and the public view of public cases. A client component although
// it has no state: the page then sends the case as data (its view, already filtered by policy)
// instead of a serialized tree of elements, which cost the server 0.4 ms of a case page's 6.3 ms
// (bench/README.md, session 7).
import Link from "next/link";
import { CompareStudies } from "@/components/cases/compare-studies";
import { StatusBadge } from "@/components/cases/status-badge";
import { Timeline } from "@/components/cases/timeline";
import { AnswerCard } from "@/components/cases/answer-card";
import { SEX_LABELS } from "@/lib/cases/constants";
import type { CaseSummaryView } from "@/lib/cases/queries";
import type { StudyImages } from "@/lib/imaging/view";

export function CaseSummary({ kase, commentCounts, images = {} }: { kase: CaseSummaryView; commentCounts: Record<string, number>; images?: StudyImages }) {
  const studies = kase.timeline.filter((entry) => entry.type === "study");
  return (
    <>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <Link href="/cases" className="hover:underline">Cases</Link>
          <span aria-hidden>/</span>
          <StatusBadge status={kase.status} />
          <span>{kase.region}</span>
        </div>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <h1 className="text-2xl font-semibold sm:text-3xl" data-testid="case-title">{kase.title}</h1>
          <div className="flex gap-2">
            {kase.canEdit ? <Link href={`/cases/${kase.id}/edit`} className="btn-secondary">Edit</Link> : null}
            <a href={`/api/cases/${kase.id}/export`} className="btn-ghost" download>Export JSON</a>
            <a href={`/api/cases/${kase.id}/export?format=zip`} className="btn-ghost" download>Export with images</a>
          </div>
        </div>
        <p className="text-sm text-slate-600">
          {kase.originalAuthorName ? <>Originally by {kase.originalAuthorName}, imported by {kase.authorName}</> : <>Posted by {kase.authorName}</>}
          {kase.tags.length ? (
            <>
              {" · "}
              {kase.tags.map((tag) => <Link key={tag} href={`/cases?tag=${encodeURIComponent(tag)}`} className="badge mr-1 bg-slate-100 text-slate-700 hover:underline">{tag}</Link>)}
            </>
          ) : null}
        </p>
        {kase.status === "draft" ? (
          <p className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm" role="status">This is a draft: only you can see it.</p>
        ) : null}
      </header>

      <section aria-labelledby="presentation" className="card p-5">
        <h2 id="presentation" className="text-lg font-semibold">Presentation</h2>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1"><dt className="text-slate-500">Age</dt><dd className="font-medium">{kase.ageBand}</dd></div>
          <div className="flex gap-1"><dt className="text-slate-500">Sex</dt><dd className="font-medium">{SEX_LABELS[kase.sex as keyof typeof SEX_LABELS]}</dd></div>
        </dl>
        <p className="mt-3 whitespace-pre-line leading-relaxed">{kase.presentation}</p>
      </section>

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">Timeline</h2>
        <Timeline entries={kase.timeline} caseId={kase.id} commentCounts={commentCounts} images={images} />
        {kase.steps?.more ? (
          <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-700" data-testid="step-locked">
            The course goes on. <a href="#differential" className="font-medium text-brand-700 underline">Commit your differential</a> to see the next study.
          </p>
        ) : null}
      </section>

      {studies.length >= 2 ? (
        <section aria-labelledby="compare-heading" className="space-y-3">
          <h2 id="compare-heading" className="text-lg font-semibold">Compare studies</h2>
          <CompareStudies
            studies={studies.map((study) => ({
              id: study.id, when: study.when, dayOffset: study.dayOffset, modality: study.modality, region: study.region,
              technique: study.technique, findings: study.findings, impression: study.impression, change: study.change,
              series: images[study.id] ?? [],
            }))}
          />
        </section>
      ) : null}

      <section aria-labelledby="answer-heading" className="space-y-3">
        <h2 id="answer-heading" className="text-lg font-semibold">Diagnosis and teaching points</h2>
        {kase.answer ? (
          <AnswerCard answer={kase.answer}>
            {kase.status !== "resolved" ? (
              <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
                {kase.canEdit
                  ? <>Only you{kase.isAuthor ? "" : " and the author"} can see this until the case is resolved.</>
                  : "Revealed at a conference you attended (see “Discussed at”): the case stays unknown to others until its author resolves it."}
              </p>
            ) : null}
          </AnswerCard>
        ) : (
          <p className="card p-4 text-sm text-slate-600">
            {kase.answerHidden
              ? "The diagnosis and teaching points will appear here when the author resolves the case."
              : "The author has not recorded a diagnosis yet."}
          </p>
        )}
      </section>
    </>
  );
}
