import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizStepView } from "@/components/collections/quiz-step";
import { requireViewer } from "@/lib/auth/session";
import { getQuizStep } from "@/lib/collections/queries";

type Props = { params: Promise<{ collectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params, searchParams }: Props) {
  const { collectionId } = await params;
  const query = await searchParams;
  const index = Math.max(0, Math.min(500, Number.parseInt(typeof query.i === "string" ? query.i : "0", 10) || 0));
  const key = typeof query.key === "string" ? query.key.slice(0, 100) : null;
  const suffix = key ? `&key=${encodeURIComponent(key)}` : "";
  const viewer = await requireViewer(`/collections/${collectionId}/quiz?i=${index}${suffix}`);
  const step = await getQuizStep(viewer, collectionId, index, key);
  if (!step) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm text-slate-600">
        <Link href={`/collections/${collectionId}${key ? `?key=${encodeURIComponent(key)}` : ""}`} className="underline">{step.collection.title}</Link> · case {index + 1} of {step.count}
      </p>
      <QuizStepView step={step} shareKey={key} />
      <nav aria-label="Quiz" className="flex justify-between">
        {index > 0 ? <Link href={`/collections/${collectionId}/quiz?i=${index - 1}${suffix}`} className="btn-secondary">← Previous case</Link> : <span />}
        {index + 1 < step.count ? <Link href={`/collections/${collectionId}/quiz?i=${index + 1}${suffix}`} className="btn-secondary">Next case →</Link> : null}
      </nav>
    </div>
  );
}
