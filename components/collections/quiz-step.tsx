// One quiz case: the case as an unknown (presentation and the visible timeline), then either the
// answer form or, once committed, the learner's answer beside the case's answer (when theirs to see).
import { AnswerCard } from "@/components/cases/answer-card";
import { SEX_LABELS } from "@/lib/cases/constants";
import type { QuizStep } from "@/lib/collections/queries";
import { QuizForm } from "./quiz-form";

export function QuizStepView({ step, shareKey }: { step: QuizStep; shareKey: string | null }) {
  return (
    <div className="space-y-4">
      <section className="card space-y-2 p-5">
        <h1 className="text-xl font-semibold">Unknown case</h1>
        <p className="text-sm text-slate-600">{step.ageBand} · {SEX_LABELS[step.sex as keyof typeof SEX_LABELS] ?? step.sex} · {step.region}</p>
        <p className="whitespace-pre-line" data-testid="quiz-presentation">{step.presentation}</p>
      </section>
      <ol className="space-y-2" aria-label="Timeline">
        {step.timeline.map((entry) => (
          <li key={entry.id} className="card p-3 text-sm">
            <p className="font-medium">{entry.when} · {entry.type === "study" ? `${entry.modality} ${entry.region}` : entry.kind.replace("_", " ")}</p>
            {entry.type === "study" ? (
              <>
                {entry.technique ? <p className="text-slate-600">{entry.technique}</p> : null}
                <p className="whitespace-pre-line">{entry.findings}</p>
                {entry.impression ? <p className="mt-1 font-medium">{entry.impression}</p> : null}
              </>
            ) : <p>{entry.description}</p>}
          </li>
        ))}
      </ol>
      {step.committed ? (
        <section className="space-y-3" data-testid="quiz-reveal">
          <div className="card p-4 text-sm">
            <p>Your final answer: <strong>{step.committed.final}</strong>{step.committed.correct === true ? " — correct" : step.committed.correct === false ? " — not the final diagnosis" : ""}</p>
            {step.committed.differential.length ? <p className="text-slate-600">Your differential: {step.committed.differential.join(", ")}</p> : null}
          </div>
          {step.committed.answer ? <AnswerCard answer={step.committed.answer} /> : (
            <p className="card p-4 text-sm text-slate-600">This case&apos;s answer has not been revealed yet by its author, so your answer is kept but not scored.</p>
          )}
          {step.note ? <p className="text-sm"><span className="font-medium">Note from the collection:</span> {step.note}</p> : null}
        </section>
      ) : <QuizForm collectionId={step.collection.id} caseId={step.caseId} shareKey={shareKey} />}
    </div>
  );
}
