"use client";
// The dashboard's spaced review (decision 085): each due case as a prompt (presentation first),
// its answer shown when the learner asks, then "Got it" or "Missed it" schedules the next review.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { gradeReview } from "@/lib/learning/actions";
import type { ReviewCardView } from "@/lib/learning/review";

const SEX_LABELS: Record<string, string> = { female: "Female", male: "Male", intersex: "Intersex", not_stated: "Sex not stated" };

function Card({ card, onGraded }: { card: ReviewCardView; onGraded: () => void }) {
  const router = useRouter();
  const [shown, setShown] = useState(false);
  const [state, setState] = useState<{ busy: boolean; done: string | null; error: string | null }>({ busy: false, done: null, error: null });
  const answerId = `review-answer-${card.caseId}`;
  const grade = async (value: "got" | "missed") => {
    setState({ busy: true, done: null, error: null });
    const result = await gradeReview({ caseId: card.caseId, grade: value });
    if (!result.ok) return setState({ busy: false, done: null, error: result.message });
    const days = result.data.intervalDays;
    setState({ busy: false, done: `Next review in ${days} ${days === 1 ? "day" : "days"}.`, error: null });
    onGraded();
    router.refresh();
  };
  return (
    <li className="card space-y-2 p-4" data-testid="review-card">
      <p className="text-xs text-slate-600">{card.region} · {card.ageBand} · {SEX_LABELS[card.sex] ?? card.sex}</p>
      <p className="text-sm text-slate-800 [overflow-wrap:anywhere]">{card.presentation}</p>
      <button type="button" className="btn-secondary" aria-expanded={shown} aria-controls={answerId} onClick={() => setShown(!shown)}>{shown ? "Hide answer" : "Show answer"}</button>
      {shown ? (
        <div id={answerId} className="space-y-2 rounded bg-slate-50 p-3 text-sm">
          <p><span className="font-medium">Answer:</span> <span data-testid="review-answer">{card.answer}</span></p>
          <p><Link href={`/cases/${card.caseId}`} className="text-brand-700 underline underline-offset-2">{card.title}</Link></p>
          {state.done ? (
            <p role="status" className="text-emerald-800">{state.done}</p>
          ) : (
            <div className="flex flex-wrap gap-2" role="group" aria-label="How did you do?">
              <button type="button" className="btn-primary" disabled={state.busy} onClick={() => grade("got")}>Got it</button>
              <button type="button" className="btn-secondary" disabled={state.busy} onClick={() => grade("missed")}>Missed it</button>
            </div>
          )}
        </div>
      ) : null}
      {state.error ? <p role="alert" className="text-sm text-red-700">{state.error}</p> : null}
    </li>
  );
}

export function ReviewQueue({ cards, dueCount }: { cards: ReviewCardView[]; dueCount: number }) {
  // A graded card is no longer due, so the refresh after grading drops it; it stays on screen with
  // its confirmation ("Next review in 1 day.") until the learner leaves, instead of vanishing.
  const [graded, setGraded] = useState<ReviewCardView[]>([]);
  const listed = [...cards, ...graded.filter((card) => !cards.some((due) => due.caseId === card.caseId))];
  const keep = (card: ReviewCardView) => setGraded((kept) => (kept.some((one) => one.caseId === card.caseId) ? kept : [...kept, card]));
  if (listed.length === 0) return null;
  return (
    <section aria-labelledby="review" data-testid="review-queue">
      <h2 id="review" className="mb-1 text-lg font-semibold">Due for review</h2>
      <p className="mb-3 text-sm text-slate-600">
        {dueCount} {dueCount === 1 ? "case" : "cases"} you missed {dueCount === 1 ? "is" : "are"} due for review
        {dueCount > cards.length ? ` (the ${cards.length} longest waiting shown)` : ""}. Recall the diagnosis, then check it.
      </p>
      <ul className="grid gap-3 md:grid-cols-2" aria-label="Cases due for review">
        {listed.map((card) => <Card key={card.caseId} card={card} onGraded={() => keep(card)} />)}
      </ul>
    </section>
  );
}
