import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuizStepView, QuizSummaryView } from "@/components/collections/quiz-step";
import { requireViewer } from "@/lib/auth/session";
import { getQuizPage } from "@/lib/collections/queries";

type Props = { params: Promise<{ collectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Quiz" };

/**
 * `?i=` as a case index from 0: absent is the first case; anything but a whole number is invalid
 * (null). Past the last case is the quiz's summary, however far past.
 */
function indexOf(value: string | string[] | undefined): number | null {
  if (value === undefined) return 0;
  if (typeof value !== "string" || !/^\d{1,20}$/.test(value)) return null;
  return Math.min(Number(value), 1_000_000);
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { collectionId } = await params;
  const query = await searchParams;
  const key = typeof query.key === "string" ? query.key.slice(0, 100) : null;
  const suffix = key ? `&key=${encodeURIComponent(key)}` : "";
  const href = (i: number) => `/collections/${encodeURIComponent(collectionId)}/quiz?i=${i}${suffix}`;
  const index = indexOf(query.i);
  // A negative, fractional or non-numeric ?i starts the quiz from its first case.
  if (index === null) redirect(href(0));
  const viewer = await requireViewer(href(index));
  const page = await getQuizPage(viewer, collectionId, index, key);
  if (!page) notFound();
  const collectionHref = `/collections/${encodeURIComponent(collectionId)}${key ? `?key=${encodeURIComponent(key)}` : ""}`;

  if (page.kind === "summary") {
    const { summary } = page;
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        <p className="text-sm text-slate-600">
          <Link href={collectionHref} className="underline">{summary.collection.title}</Link> · end of the quiz
        </p>
        <QuizSummaryView summary={summary} caseHref={href} collectionHref={collectionHref} />
      </div>
    );
  }

  const { step } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm text-slate-600">
        <Link href={collectionHref} className="underline">{step.collection.title}</Link> · case {index + 1} of {step.count}
      </p>
      <QuizStepView step={step} shareKey={key} />
      <nav aria-label="Quiz" className="flex flex-wrap justify-between gap-2">
        {index > 0 ? <Link href={href(index - 1)} className="btn-secondary">← Previous case</Link> : <span />}
        {index + 1 < step.count
          ? <Link href={href(index + 1)} className="btn-secondary">Next case →</Link>
          : <Link href={href(step.count)} className="btn-secondary" data-testid="quiz-finish">Finish: your score →</Link>}
      </nav>
    </div>
  );
}
