// A case's answer: diagnosis with certainty, basis, explanation and teaching points. Rendered
// only with an answer the query already decided the viewer may see.
import Link from "next/link";
import { BASIS_LABELS, CERTAINTY_LABELS } from "@/lib/cases/constants";
import type { CaseAnswer } from "@/lib/cases/queries";

export function AnswerCard({ answer, children }: { answer: CaseAnswer; children?: React.ReactNode }) {
  return (
    <div className="card space-y-3 border-emerald-200 p-5" data-testid="answer">
      {children}
      {answer.diagnosis ? (
        <p className="text-lg">
          <Link href={`/cases?dx=${encodeURIComponent(answer.diagnosis)}`} className="font-semibold hover:underline" title="Other cases with this diagnosis">{answer.diagnosis}</Link>
          {answer.certainty ? <span className="ml-2 text-sm text-slate-600">({CERTAINTY_LABELS[answer.certainty as keyof typeof CERTAINTY_LABELS]})</span> : null}
        </p>
      ) : null}
      {answer.basis ? <p className="text-sm text-slate-700">Basis: {BASIS_LABELS[answer.basis as keyof typeof BASIS_LABELS]}</p> : null}
      {answer.explanation ? <p className="whitespace-pre-line text-sm leading-relaxed">{answer.explanation}</p> : null}
      {answer.teachingPoints ? (
        <div>
          <h3 className="text-sm font-semibold">Teaching points</h3>
          {/* Sanitized on the server (lib/core/markdown.ts), like comments. */}
          <div className="prose-comment mt-1 text-sm leading-relaxed" data-testid="teaching-points" dangerouslySetInnerHTML={{ __html: answer.teachingPointsHtml ?? "" }} />
        </div>
      ) : null}
    </div>
  );
}
