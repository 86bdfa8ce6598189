"use client";
// The final-diagnosis poll: its state and controls for who manages it, the vote form and the distribution.
import { useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { castVote, setPollState, setVoterNamesVisible } from "@/lib/thinking/actions";
import { useListHead, type ListProps } from "./list-head";

export function Poll({ view, onChanged, onShowAll }: ListProps) {
  const [choice, setChoice] = useState<PickedDiagnosis | null>(view.myVote ? { id: view.myVote.diagnosisId, name: view.myVote.name } : null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { shown, showMore } = useListHead(view.distribution?.items ?? [], view.distribution?.diagnoses ?? 0, onShowAll);
  const stateLabel = { not_open: "Poll not open yet", open: "Poll open", closed: "Poll closed" }[view.pollState] ?? view.pollState;

  async function vote(event: React.FormEvent) {
    event.preventDefault();
    // The button is aria-disabled, not disabled, while pending (a disabled button drops the keyboard focus): ignore repeats here.
    if (pending) return;
    if (!choice) {
      setMessage("Choose a diagnosis from the catalogue first.");
      return;
    }
    setPending(true);
    const result = await castVote({ caseId: view.caseId, diagnosisId: choice.id });
    setPending(false);
    setMessage(result.ok ? null : result.message);
    await onChanged();
  }
  async function manage(run: () => Promise<{ ok: boolean; message?: string }>) {
    const result = await run();
    setMessage(result.ok ? null : (result.message ?? null));
    await onChanged();
  }

  return (
    <div className="card space-y-3 p-4" data-testid="poll">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">Final diagnosis vote</h3>
        <span className={`badge ${view.pollState === "open" ? "bg-emerald-100 text-emerald-800" : "bg-slate-200 text-slate-700"}`} data-testid="poll-state">{stateLabel}</span>
        {view.canManagePoll ? (
          <div className="ml-auto flex flex-wrap gap-2">
            {view.pollState !== "open" ? <button type="button" className="btn-secondary px-3 py-1" onClick={() => void manage(() => setPollState({ caseId: view.caseId, state: "open" }))}>Open poll</button> : null}
            {view.pollState === "open" ? <button type="button" className="btn-secondary px-3 py-1" onClick={() => void manage(() => setPollState({ caseId: view.caseId, state: "closed" }))}>Close poll</button> : null}
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={view.showVoterNames} onChange={(e) => void manage(() => setVoterNamesVisible({ caseId: view.caseId, show: e.target.checked }))} />
              Show voter names to peers
            </label>
          </div>
        ) : null}
      </div>
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      {view.canVote ? (
        <form onSubmit={vote} className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1"><DiagnosisPicker label="Your vote" required value={choice} onChange={setChoice} /></div>
          <button type="submit" className="btn-primary" aria-disabled={pending}>{view.myVote ? "Change vote" : "Vote"}</button>
        </form>
      ) : null}
      {view.myVote ? <p className="text-sm" data-testid="my-vote">You voted for <strong>{view.myVote.name}</strong>.</p> : null}
      {view.distribution ? (
        <div data-testid="distribution">
          <p className="text-sm text-slate-600">{view.distribution.total} {view.distribution.total === 1 ? "vote" : "votes"}</p>
          <ul className="mt-2 space-y-2">
            {shown.map((item) => (
              <li key={item.diagnosisId} className="text-sm">
                <div className="flex justify-between gap-2"><span className="font-medium">{item.name}</span><span>{item.count} ({item.percent}%)</span></div>
                <div className="mt-1 h-3 overflow-hidden rounded bg-slate-100" role="img" aria-label={`${item.percent}% of votes`}>
                  <div className="h-full rounded bg-brand-600" style={{ width: `${item.percent}%` }} />
                </div>
                {item.voters ? <p className="mt-0.5 text-xs text-slate-500">{item.voters.join(", ")}</p> : null}
              </li>
            ))}
          </ul>
          {showMore}
        </div>
      ) : view.pollState !== "not_open" ? (
        <p className="text-sm text-slate-600">The distribution appears after you vote, and for everyone when the poll closes.</p>
      ) : null}
    </div>
  );
}
