"use client";
// The learner's answer to a quiz case: up to three differentials and a final answer, by any
// catalogue name. Nothing of the case's answer is on the page until this is committed.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { commitQuizAnswer } from "@/lib/collections/actions";

export function QuizForm({ collectionId, caseId, shareKey }: { collectionId: string; caseId: string; shareKey: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card space-y-3 p-4"
      data-testid="quiz-form"
      action={async (form) => {
        setError(null);
        const differential = [1, 2, 3].map((n) => String(form.get(`differential${n}`) ?? "").trim()).filter(Boolean);
        const result = await commitQuizAnswer({ collectionId, caseId, key: shareKey ?? undefined, differential, final: String(form.get("final") ?? "") });
        if (!result.ok) return setError([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" "));
        router.refresh();
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Your differential (most likely first)</legend>
        {[1, 2, 3].map((n) => (
          <input key={n} name={`differential${n}`} aria-label={`Differential ${n}`} maxLength={200} className="field-input w-full text-sm" />
        ))}
      </fieldset>
      <label className="block text-sm">
        <span className="font-medium">Final answer</span>
        <input name="final" required maxLength={200} className="field-input mt-1 w-full" />
      </label>
      <p className="text-xs text-slate-600">Any name or abbreviation the diagnosis catalogue knows. Your answer is final once committed.</p>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <button type="submit" className="btn-primary">Commit and reveal</button>
    </form>
  );
}
