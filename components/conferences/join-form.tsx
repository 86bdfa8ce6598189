"use client";
// Joining a live conference with the code on the presenter's screen (or from its QR code). The
// join's answer carries the conference's header and the audience view, so the phone shows the
// room at once, at the conference's own address, without asking for its page (decision 114).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { joinConference, type JoinedConference } from "@/lib/conferences/live-actions";
import { Audience } from "./audience";
import { ConferenceHeader } from "./conference-header";

export function JoinForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [pending, setPending] = useState(false);
  const [joined, setJoined] = useState<JoinedConference | null>(null);
  const room = useRef<HTMLDivElement>(null);
  // The form is gone with the focus in it: the room takes it, so a screen reader starts at its heading.
  useEffect(() => {
    if (joined) room.current?.focus();
  }, [joined]);

  if (joined) {
    // The same as the conference's page (app/conferences/[conferenceId]/page.tsx), which a reload shows.
    return (
      <div ref={room} tabIndex={-1} className="mx-auto max-w-3xl space-y-6 outline-none">
        <ConferenceHeader header={joined.header} current="audience" />
        <Audience initial={joined.view} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Join a conference</h1>
      <p className="text-slate-600">Type the code on the presenter&apos;s screen, or scan its QR code with your phone&apos;s camera.</p>
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
          const { conferenceId, joined: answer } = result.data;
          if (!answer) {
            router.push(`/conferences/${conferenceId}`);
            return;
          }
          // The conference's own address (Next.js's router follows replaceState), so a reload or a
          // shared link opens its page; Back leaves the join form behind, as after a navigation.
          window.history.replaceState(null, "", `/conferences/${conferenceId}`);
          document.title = `Live: ${answer.header.title} · Rounds`;
          setJoined(answer);
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
    </div>
  );
}
