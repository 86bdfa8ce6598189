"use client";
// Joining a live conference with the code on the presenter's screen (or from its QR code).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { joinConference } from "@/lib/conferences/live-actions";

export function JoinForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="card space-y-4 p-4 sm:p-6"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const result = await joinConference({ code });
        if (!result.ok) {
          setPending(false);
          setError({ message: result.message, field: result.fieldErrors?.code });
          return;
        }
        router.push(`/conferences/${result.data.conferenceId}`);
      }}
    >
      {error ? <FormAlert>{error.message}</FormAlert> : null}
      <Field label="Conference code" hint="Six letters and digits, shown on the presenter's screen." errors={error?.field}>
        {(props) => (
          <input
            {...props}
            className="field-input text-center font-mono text-2xl uppercase tracking-[0.3em]"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            maxLength={12}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending || code.trim().length === 0}>{pending ? "Joining…" : "Join"}</button>
    </form>
  );
}
