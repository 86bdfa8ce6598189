// What a conference shows for the case on screen, shared by the audience and the presenter:
// the presentation, the timeline so far, the vote distribution once closed, and the reveal.
// Pure rendering of a LiveItemView: the server has already cut it to the stages reached.
import { AnswerCard } from "@/components/cases/answer-card";
import { Timeline } from "@/components/cases/timeline";
import { SEX_LABELS } from "@/lib/cases/constants";
import { revealStep } from "@/lib/conferences/steps";
import type { LiveItemView, Tally } from "@/lib/conferences/view";

export function StageProgress({ item }: { item: LiveItemView }) {
  const steps = revealStep(item.studyCount) + 1;
  return (
    <ol className="flex gap-1" aria-label={`Stage: ${item.stageLabel}`} data-testid="stage-progress">
      {Array.from({ length: steps }, (_, step) => (
        <li
          key={step}
          aria-hidden
          className={`h-1.5 flex-1 rounded-full ${step === item.step ? "bg-brand-700" : step <= item.reachedStep ? "bg-brand-300" : "bg-slate-200"}`}
        />
      ))}
    </ol>
  );
}

export function StageContent({ item }: { item: LiveItemView }) {
  if (item.restricted) {
    return (
      <p className="card p-4 text-sm text-slate-600" data-testid="stage-restricted">
        This case is private to its team. You can follow the rest of the conference.
      </p>
    );
  }
  const currentStudy = item.stage === "study" ? item.timeline.filter((entry) => entry.type === "study")[item.step - 1] : undefined;
  return (
    <div className="space-y-4">
      <section aria-labelledby="presentation-heading" className="card p-4 sm:p-5">
        <h3 id="presentation-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">Presentation</h3>
        <p className="mt-1 text-sm text-slate-600">
          {item.ageBand} · {SEX_LABELS[item.sex as keyof typeof SEX_LABELS] ?? item.sex} · {item.region}
        </p>
        <p className="mt-2 whitespace-pre-line leading-relaxed" data-testid="stage-presentation">{item.presentation}</p>
      </section>
      {item.timeline.length > 0 ? (
        <section aria-labelledby="timeline-heading" data-testid="stage-timeline" data-current-study={currentStudy?.id}>
          <h3 id="timeline-heading" className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">Imaging and course so far</h3>
          <Timeline entries={item.timeline} />
        </section>
      ) : null}
    </div>
  );
}

export function TallyBars({ tally }: { tally: Tally }) {
  if (tally.total === 0) return <p className="text-sm text-slate-600">Nobody voted.</p>;
  return (
    <div data-testid="tally">
      <p className="text-sm text-slate-600">{tally.total} {tally.total === 1 ? "vote" : "votes"}</p>
      <ul className="mt-2 space-y-2">
        {tally.rows.map((row) => {
          const percent = Math.round((row.count / tally.total) * 100);
          return (
            <li key={row.diagnosisId} className="text-sm" data-testid="tally-row">
              <div className="flex justify-between gap-2">
                <span className="font-medium">
                  {row.name}
                  {row.correct ? <span className="badge ml-2 bg-emerald-100 text-emerald-800">Answer</span> : null}
                </span>
                <span>{row.count} ({percent}%)</span>
              </div>
              <div className="mt-1 h-3 overflow-hidden rounded bg-slate-100" role="img" aria-label={`${row.name}: ${percent}% of votes`}>
                <div className={`h-full rounded ${row.correct ? "bg-emerald-600" : "bg-brand-600"}`} style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function RevealPanel({ item }: { item: LiveItemView }) {
  if (item.reachedStep < revealStep(item.studyCount)) return null;
  return (
    <section aria-labelledby="reveal-heading" className="space-y-3">
      <h3 id="reveal-heading" className="text-lg font-semibold">The answer</h3>
      {item.answer ? (
        <>
          {item.accuracy !== null ? (
            <p className="text-sm" data-testid="accuracy">{Math.round(item.accuracy * 100)}% of the room voted for the final diagnosis.</p>
          ) : null}
          <AnswerCard answer={item.answer} />
        </>
      ) : (
        <p className="card p-4 text-sm text-slate-600">The answer for this case has not been released by its author.</p>
      )}
    </section>
  );
}
