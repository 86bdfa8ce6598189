"use client";
// The learner's answer to a quiz case: the final answer and up to three differentials, each chosen
// with the catalogue typeahead (the diagnosis picker of the differential and vote forms). A name
// typed without picking a suggestion is sent as typed and resolved on the server, which names the
// field and the text when it is not in the catalogue. Nothing of the case's answer is on the page
// until this is committed.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { FormAlert } from "@/components/ui/field";
import { commitQuizAnswer } from "@/lib/collections/actions";

const DIFFERENTIALS = [0, 1, 2] as const;

export function QuizForm({ collectionId, caseId, shareKey }: { collectionId: string; caseId: string; shareKey: string | null }) {
  const router = useRouter();
  const [final, setFinal] = useState<PickedDiagnosis | null>(null);
  const [differential, setDifferential] = useState<Array<PickedDiagnosis | null>>([null, null, null]);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  // Each picker's box, to read what was typed when no suggestion was picked (the picker keeps its text).
  const boxes = useRef<Record<string, HTMLDivElement | null>>({});
  const typed = (field: string) => (boxes.current[field]?.querySelector("input")?.value ?? "").trim();
  // A picked entry goes by its id; anything else as typed.
  const valueOf = (field: string, picked: PickedDiagnosis | null) => (picked && picked.name === typed(field) ? picked.id : typed(field));

  async function commit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setMessage(null);
    setFieldErrors({});
    const result = await commitQuizAnswer({
      collectionId, caseId, key: shareKey ?? undefined,
      final: valueOf("final", final),
      // By position, blanks included, so that an error names the right line.
      differential: DIFFERENTIALS.map((n) => valueOf(`differential.${n}`, differential[n] ?? null)),
    });
    setPending(false);
    if (!result.ok) {
      // A picked entry was sent by its id: name it as the learner saw it.
      const picks = [final, ...differential].filter((entry): entry is PickedDiagnosis => entry !== null);
      const named = (text: string) => picks.reduce((out, pick) => out.replaceAll(pick.id, pick.name), text);
      setMessage(named(result.message));
      setFieldErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map(named)])));
      return;
    }
    router.refresh();
  }

  const errorsOf = (field: string) => fieldErrors[field]?.length ? (
    <p className="field-error" role="alert" data-testid={`quiz-error-${field.replace(".", "-")}`}>{fieldErrors[field]!.join(" ")}</p>
  ) : null;

  return (
    <form className="card space-y-4 p-4" data-testid="quiz-form" onSubmit={commit} noValidate>
      <h2 className="font-semibold">Your answer</h2>
      {message ? <FormAlert>{message}</FormAlert> : null}
      {/* The final answer first: its suggestions then open over the differential, never over the button. */}
      <div ref={(node) => { boxes.current.final = node; }}>
        <DiagnosisPicker label="Final answer" required value={final} onChange={setFinal} />
        {errorsOf("final")}
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Your differential <span className="font-normal text-slate-500">(most likely first, up to 3)</span></legend>
        {DIFFERENTIALS.map((n) => (
          <div key={n} ref={(node) => { boxes.current[`differential.${n}`] = node; }}>
            <DiagnosisPicker
              label={`Differential ${n + 1}`}
              value={differential[n] ?? null}
              onChange={(picked) => setDifferential((current) => current.map((entry, i) => (i === n ? picked : entry)))}
            />
            {errorsOf(`differential.${n}`)}
          </div>
        ))}
      </fieldset>
      <p className="text-xs text-slate-600">Pick from the suggestions as you type: any name, synonym or abbreviation the diagnosis catalogue knows. Your answer is final once committed.</p>
      <button type="submit" className="btn-primary" aria-disabled={pending}>{pending ? "Committing…" : "Commit and reveal"}</button>
    </form>
  );
}
