"use client";
// Audience mode: follows the presenter live. Shows exactly what the server sends for the stages
// reached; votes and staged differentials go through server actions that check the live state.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { Announcer } from "@/components/live/announcer";
import { LiveIndicator } from "@/components/live/live-indicator";
import { FormAlert } from "@/components/ui/field";
import { MAX_STAGED_DIAGNOSES } from "@/lib/conferences/constants";
import { castConferenceVote, joinConference, saveStagedDifferential } from "@/lib/conferences/live-actions";
import type { LiveItemView, LiveView } from "@/lib/conferences/view";
import { RevealPanel, StageContent, StageProgress, TallyBars } from "./stage";
import { AudienceImages } from "./stage-images";
import type { SliceFocus } from "@/lib/conferences/focus";
import { useLiveView } from "./use-live-view";

export function Audience({ initial }: { initial: LiveView }) {
  const { view, status, refresh, slice, update } = useLiveView(initial.conferenceId, initial);
  const voted = (myVote: LiveItemView["vote"]["myVote"]) => update((current) => (current.item ? { ...current, item: { ...current.item, vote: { ...current.item.vote, myVote } } } : current));
  const [joinError, setJoinError] = useState<string | null>(null);

  // An ended conference offers nothing to join and shows no live badge (issue 26 item 11).
  if (view.status === "ended") {
    return (
      <p className="card p-6 text-center text-slate-700" data-testid="conference-ended">
        This conference has ended. <Link className="text-brand-700 underline" href={`/conferences/${view.conferenceId}/summary`}>See the summary</Link>.
      </p>
    );
  }
  if (!view.joined) {
    return (
      <div className="card space-y-3 p-4 text-center">
        {joinError ? <FormAlert>{joinError}</FormAlert> : null}
        <p>Join to follow the presenter on this device{view.kind === "teaching" ? ", vote and post differentials" : ""}.</p>
        <button type="button" className="btn-primary" onClick={async () => {
          const result = await joinConference({ conferenceId: view.conferenceId });
          if (!result.ok) setJoinError(result.message);
          else await refresh();
        }}>Join the session</button>
      </div>
    );
  }
  return (
    <div className="space-y-4" data-testid="audience" data-version={view.version}>
      <div className="flex items-center justify-between gap-2">
        <LiveIndicator status={status} />
        {view.item ? <span className="text-sm text-slate-600" data-testid="stage-label">Case {view.item.position} of {view.item.total} · {view.item.stageLabel}</span> : null}
        <Announcer message={stageAnnouncement(view)} testId="stage-announcer" />
      </div>
      {view.status === "scheduled" ? (
        <p className="card p-6 text-center text-slate-700" data-testid="waiting">You have joined. The first case appears here when the presenter starts.</p>
      ) : view.item ? (
        <LiveItem key={view.item.itemId} item={view.item} slice={slice} onChanged={refresh} onVoted={voted} />
      ) : (
        <p className="card p-6 text-center text-slate-700">Waiting for the presenter.</p>
      )}
    </div>
  );
}

/** What a screen reader hears when the presenter moves on: the stage, and when the results appear. */
function stageAnnouncement(view: LiveView): string | null {
  if (view.status === "scheduled" || !view.item) return null;
  const results = view.item.vote.state === "closed" && view.item.vote.tally ? " The vote is closed: the results are shown." : "";
  return `Now showing case ${view.item.position} of ${view.item.total}: ${view.item.stageLabel}.${results}`;
}

/** After a vote: the confirmed vote shown as is, or (refused) the view fetched again. */
type VoteHandlers = { onChanged: () => Promise<void>; onVoted: (myVote: LiveItemView["vote"]["myVote"]) => void };

function LiveItem({ item, slice, onChanged, onVoted }: { item: LiveItemView; slice: SliceFocus | null } & VoteHandlers) {
  const voting = item.vote.state === "open" && item.canTakePart && !item.restricted;
  // When the presenter closes the vote, the vote form goes away under the voter's focus: move the
  // focus to the results (or the case's title) instead of losing it to the page (issue 29).
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const wasVoting = useRef(voting);
  useEffect(() => {
    const closed = wasVoting.current && !voting;
    wasVoting.current = voting;
    if (closed && (!document.activeElement || document.activeElement === document.body)) (resultsHeading.current ?? title.current)?.focus();
  }, [voting]);
  const decisive = item.stage === "vote" || item.stage === "reveal";
  const answerFirst = item.stage === "reveal";
  const results = item.vote.state === "closed" && item.vote.tally ? (
    <section aria-labelledby="results-heading" className="card space-y-2 p-4" data-testid="room-results">
      <h3 id="results-heading" ref={resultsHeading} tabIndex={-1} className="font-semibold">How the room voted</h3>
      {item.vote.myVote ? <p className="text-sm">You voted for <strong>{item.vote.myVote.name}</strong>.</p> : null}
      <TallyBars tally={item.vote.tally} />
    </section>
  ) : null;
  return (
    <div className="space-y-4">
      <div>
        <h2 ref={title} tabIndex={-1} className="text-xl font-semibold" data-testid="stage-title">{item.title}</h2>
        <div className="mt-2"><StageProgress item={item} /></div>
      </div>
      {voting ? <VotePanel item={item} onChanged={onChanged} onVoted={onVoted} /> : null}
      {/* At the vote and the reveal, what matters now comes first on a phone (issue 26 item 12). */}
      {decisive ? <>{answerFirst ? <RevealPanel item={item} /> : null}{results}</> : null}
      <AudienceImages item={item} slice={slice} />
      <StageContent item={item} />
      {decisive ? null : results}
      {item.canTakePart && !item.restricted && item.stage !== "reveal" ? <StagedDifferentialForm item={item} /> : null}
      {answerFirst ? null : <RevealPanel item={item} />}
    </div>
  );
}

function VotePanel({ item, onChanged, onVoted }: { item: LiveItemView } & VoteHandlers) {
  const [choice, setChoice] = useState<PickedDiagnosis | null>(item.vote.myVote ? { id: item.vote.myVote.diagnosisId, name: item.vote.myVote.name } : null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="card space-y-3 border-brand-300 p-4"
      data-testid="vote-panel"
      onSubmit={async (event) => {
        event.preventDefault();
        if (pending) return;
        if (!choice) return setMessage("Choose a diagnosis from the catalogue first.");
        setPending(true);
        const result = await castConferenceVote({ itemId: item.itemId, diagnosisId: choice.id });
        setPending(false);
        setMessage(result.ok ? null : result.message);
        // A thousand phones voting at once fetch nothing back: the vote shows from the answer.
        if (result.ok) onVoted({ diagnosisId: choice.id, name: choice.name });
        else await onChanged();
      }}
    >
      <h3 className="font-semibold">The vote is open: what is the final diagnosis?</h3>
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      <DiagnosisPicker label="Your vote" required value={choice} onChange={setChoice} />
      <button type="submit" className="btn-primary w-full sm:w-auto" aria-disabled={pending}>{item.vote.myVote ? "Change vote" : "Vote"}</button>
      {item.vote.myVote ? <p className="text-sm" data-testid="my-conference-vote">You voted for <strong>{item.vote.myVote.name}</strong>. Results appear when the presenter closes the vote.</p> : null}
    </form>
  );
}

function StagedDifferentialForm({ item }: { item: LiveItemView }) {
  const saved = item.myDifferential?.diagnoses ?? [];
  const [choices, setChoices] = useState<Array<PickedDiagnosis | null>>(() => Array.from({ length: MAX_STAGED_DIAGNOSES }, (_, index) => saved[index] ?? null));
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // The choices carry over to the next stage (to be revised there); the "saved" message does not.
  const stageKey = `${item.itemId}:${Math.min(item.step, item.studyCount)}`;
  useEffect(() => setMessage(null), [stageKey]);
  const at = item.step === 0 ? "after the presentation" : `after study ${Math.min(item.step, item.studyCount)}`;
  return (
    <form
      className="card space-y-3 p-4"
      data-testid="staged-differential"
      onSubmit={async (event) => {
        event.preventDefault();
        if (pending) return;
        const diagnosisIds = choices.filter((choice): choice is PickedDiagnosis => choice !== null).map((choice) => choice.id);
        setPending(true);
        const result = await saveStagedDifferential({ itemId: item.itemId, diagnosisIds });
        setPending(false);
        setMessage(result.ok ? { tone: "info", text: `Saved your differential ${at}.` } : { tone: "error", text: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ") });
      }}
    >
      <h3 className="font-semibold">Your differential {at}</h3>
      <p className="text-sm text-slate-600">Up to {MAX_STAGED_DIAGNOSES} leading diagnoses, most likely first. You can revise it at each stage; the summary shows how the room&apos;s thinking moved.</p>
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      {choices.map((choice, index) => (
        <DiagnosisPicker key={index} label={`${index + 1}${index === 0 ? " (most likely)" : ""}`} value={choice} onChange={(value) => setChoices((current) => current.map((old, at) => (at === index ? value : old)))} />
      ))}
      <button type="submit" className="btn-secondary" disabled={choices.every((choice) => choice === null)} aria-disabled={pending}>{item.myDifferential ? "Update differential" : "Save differential"}</button>
    </form>
  );
}
