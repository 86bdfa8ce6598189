import { DateTime } from "@/components/ui/date-time";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { getLearningRecord, listLearners } from "@/lib/learning/queries";

export const metadata: Metadata = { title: "Learning record" };

const percent = (value: number | null) => (value === null ? "—" : `${value}%`);

export default async function LearningRecordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user } = await searchParams;
  const viewer = await requireViewer("/me/record");
  const userId = typeof user === "string" ? user : viewer.id;
  const [record, learners] = await Promise.all([getLearningRecord(viewer, userId), listLearners(viewer)]);
  if (!record) notFound();
  const own = record.user.id === viewer.id;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{own ? "Your learning record" : `Learning record: ${record.user.name}`}</h1>
        <p className="text-slate-600">
          Unknown cases attempted, and how often the vote and the top 3 of the differential were right. Accuracy counts only cases
          resolved with certainty “certain” or “almost certain”.
        </p>
      </div>
      {learners.length ? (
        <form className="flex flex-wrap items-end gap-2" action="/me/record">
          <label className="text-sm">
            <span className="field-label">Learner</span>
            <select name="user" className="field-input" defaultValue={record.user.id}>
              {learners.map((learner) => <option key={learner.id} value={learner.id}>{learner.name} ({learner.role})</option>)}
            </select>
          </label>
          <button type="submit" className="btn-secondary">Show</button>
        </form>
      ) : null}
      <dl className="grid gap-3 sm:grid-cols-4" data-testid="record-summary">
        {[
          ["Attempted", String(record.attempted)],
          ["Counted (certain)", String(record.counted)],
          ["Vote accuracy", percent(record.voteAccuracy)],
          ["Top-3 accuracy", percent(record.top3Accuracy)],
        ].map(([label, value]) => (
          <div key={label} className="card p-4">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {record.quiz.answered ? (
        <p className="card p-4 text-sm" data-testid="quiz-score">
          Quizzes from collections: {record.quiz.answered} answered, {record.quiz.correct} right of {record.quiz.scored} scored
          {record.quiz.answered > record.quiz.scored ? ` (${record.quiz.answered - record.quiz.scored} not scored: answered before the case's reveal)` : ""}.
        </p>
      ) : null}
      {record.byMonth.length ? (
        <section aria-labelledby="over-time" className="card p-4">
          <h2 id="over-time" className="font-semibold">Over time</h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead><tr className="text-slate-500"><th>Month</th><th>Cases</th><th>Votes right</th><th>Top 3 right</th></tr></thead>
            <tbody>
              {record.byMonth.map((month) => (
                <tr key={month.month} className="border-t border-slate-100">
                  <td className="py-1">{month.month}</td><td>{month.counted}</td><td>{month.votesRight}</td><td>{month.top3Right}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="cases" className="card p-4">
        <h2 id="cases" className="font-semibold">Cases</h2>
        {record.rows.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No unknown cases attempted yet. <Link href="/" className="text-brand-700 underline">Find one on the dashboard.</Link></p>
        ) : (
          <table className="mt-2 w-full text-left text-sm" data-testid="record-rows">
            <thead><tr className="text-slate-500"><th>Case</th><th>Revealed</th><th>Vote</th><th>Top 3</th></tr></thead>
            <tbody>
              {record.rows.map((row) => (
                <tr key={row.caseId} className="border-t border-slate-100">
                  <td className="py-1"><Link href={`/cases/${row.caseId}`} className="text-brand-700 underline">{row.title}</Link></td>
                  <td>{row.revealedAt ? <DateTime iso={row.revealedAt} /> : "not yet"}</td>
                  <td>{!row.counted ? (row.revealedAt ? "not counted" : "—") : !row.voted ? "no vote" : row.voteCorrect ? "✓ right" : "✗ wrong"}</td>
                  <td>{!row.counted ? "—" : row.inTop3 ? "✓ yes" : "✗ no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
