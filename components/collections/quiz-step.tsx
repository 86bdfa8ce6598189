// One quiz case: the case as an unknown (presentation and the timeline with nothing that gives the
// answer away), then either the answer form or, once committed, the whole course as the case page
// shows it with the learner's answer beside the case's answer (when theirs to see). And the end of
// the quiz: the learner's score over the collection.
import Link from "next/link";
import { AnswerCard } from "@/components/cases/answer-card";
import { Timeline } from "@/components/cases/timeline";
import { SEX_LABELS } from "@/lib/cases/constants";
import type { QuizStep, QuizSummary } from "@/lib/collections/queries";
import { QuizForm } from "./quiz-form";

export function QuizStepView({ step, shareKey }: { step: QuizStep; shareKey: string | null }) {
  const { committed } = step;
  return (
    <div className="space-y-4">
      <section className="card space-y-2 p-5">
        <h1 className="text-xl font-semibold">{committed ? committed.caseTitle : "Unknown case"}</h1>
        <p className="text-sm text-slate-600">{step.ageBand} · {SEX_LABELS[step.sex as keyof typeof SEX_LABELS] ?? step.sex} · {step.region}</p>
        <p className="whitespace-pre-line" data-testid="quiz-presentation">{step.presentation}</p>
      </section>
      <section aria-labelledby="quiz-timeline-heading" className="space-y-2">
        <h2 id="quiz-timeline-heading" className="text-lg font-semibold">{committed ? "The whole course" : "Timeline"}</h2>
        {committed ? null : (
          <p className="text-sm text-slate-600" data-testid="quiz-held-back">
            Impressions, outcomes and anything naming the diagnosis are held back until you commit your answer.
          </p>
        )}
        {step.timeline.length || committed ? <Timeline entries={step.timeline} /> : (
          <p className="card p-4 text-sm text-slate-600">Nothing more of the course before you commit.</p>
        )}
      </section>
      {committed ? (
        <section className="space-y-3" data-testid="quiz-reveal" aria-label="Your answer and the case's answer">
          <div className="card p-4 text-sm">
            <p>Your final answer: <strong>{committed.final}</strong>{scoredAs(committed.correct) ? ` — ${scoredAs(committed.correct)}` : ""}</p>
            {committed.differential.length ? <p className="text-slate-600">Your differential: {committed.differential.join(", ")}</p> : null}
          </div>
          {committed.answer ? <AnswerCard answer={committed.answer} /> : (
            <p className="card p-4 text-sm text-slate-600">This case&apos;s answer has not been revealed yet by its author, so your answer is kept but not scored.</p>
          )}
          {step.note ? <p className="text-sm"><span className="font-medium">Note from the collection:</span> {step.note}</p> : null}
          <p className="text-sm">
            <Link href={`/cases/${step.caseId}`} className="text-brand-700 underline">Open the case page</Link> for its images and discussion.
          </p>
        </section>
      ) : <QuizForm collectionId={step.collection.id} caseId={step.caseId} shareKey={shareKey} />}
    </div>
  );
}

/** How a committed answer was scored; null when the case's answer is not the learner's to see yet. */
const scoredAs = (correct: boolean | null) => (correct === true ? "correct" : correct === false ? "not the final diagnosis" : null);
const verdict = (item: QuizSummary["items"][number]) =>
  item.final === null ? "not answered yet" : scoredAs(item.correct) ?? "not scored (answer not revealed yet)";

export function QuizSummaryView({ summary, caseHref, collectionHref }: { summary: QuizSummary; caseHref: (index: number) => string; collectionHref: string }) {
  const firstOpen = summary.items.find((item) => item.final === null);
  return (
    <section className="card space-y-4 p-5" data-testid="quiz-summary" aria-labelledby="quiz-summary-heading">
      <h1 id="quiz-summary-heading" className="text-xl font-semibold">End of the quiz</h1>
      {summary.count === 0 ? (
        <p className="text-slate-600">This collection has no cases you can see.</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 text-center">
            <div className="rounded-md bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">Cases answered</dt>
              <dd className="text-2xl font-semibold" data-testid="quiz-answered">{summary.answered} of {summary.count}</dd>
            </div>
            <div className="rounded-md bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">Right, of those scored</dt>
              <dd className="text-2xl font-semibold" data-testid="quiz-score">{summary.correct} of {summary.scored}</dd>
            </div>
          </dl>
          {summary.answered > summary.scored ? (
            <p className="text-sm text-slate-600">
              {summary.answered - summary.scored === 1 ? "One answer is" : `${summary.answered - summary.scored} answers are`} kept but not scored: the case&apos;s answer had not been revealed when you committed.
            </p>
          ) : null}
          <ol className="divide-y divide-slate-100 text-sm" aria-label="Your answers">
            {summary.items.map((item) => (
              <li key={item.index} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={caseHref(item.index)} className="font-medium text-brand-700 underline">Case {item.index + 1}</Link>
                <span className="text-slate-700">
                  {item.final ? <><strong>{item.final}</strong> · </> : null}{verdict(item)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <nav aria-label="After the quiz" className="flex flex-wrap gap-2">
        {firstOpen ? <Link href={caseHref(firstOpen.index)} className="btn-primary">Answer case {firstOpen.index + 1}</Link> : null}
        <Link href="/me/record" className="btn-secondary">Your learning record</Link>
        <Link href={collectionHref} className="btn-secondary">Back to the collection</Link>
        {summary.count > 0 ? <Link href={caseHref(summary.count - 1)} className="btn-ghost">← Last case</Link> : null}
      </nav>
    </section>
  );
}
