"use client";
// Differentials, the vote and the reveal for one case. Everything shown comes from the server's
// policy-filtered view (/api/cases/[id]/thinking): a blind viewer's browser never holds others'
// answers. Refreshed live when anyone posts, supports, votes or the poll changes.
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { DiagnosisPicker, type PickedDiagnosis } from "@/components/diagnoses/diagnosis-picker";
import { useCaseLive } from "@/components/live/case-live";
import { FormAlert } from "@/components/ui/field";
import { BASES, BASIS_LABELS, CERTAINTIES, CERTAINTY_LABELS } from "@/lib/cases/constants";
import { postDifferential, setSupport } from "@/lib/thinking/actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import { THINKING_EVENT_KINDS } from "@/lib/live/events";
import { castVote, revealCase, setPollState, setVoterNamesVisible } from "@/lib/thinking/actions";
import { THINKING_PREVIEW_ROWS } from "@/lib/thinking/constants";
import type { ThinkingView } from "@/lib/thinking/queries";

const LIVE_KINDS = THINKING_EVENT_KINDS;

interface Props {
  initial: ThinkingView;
  studies: Array<{ id: string; label: string }>;
}

export function CaseThinking({ initial, studies }: Props) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  // One request at a time: a burst of live events (200 votes) asks again once, after the request
  // in flight, instead of 200 times; replies cannot arrive out of order. Awaiting it returns only
  // once a request that started after the call has answered.
  const loading = useRef<Promise<void> | null>(null);
  const stale = useRef(false);
  // The page sends the head of each ranked list; once someone asks for the rest, every later
  // refresh brings the whole lists.
  const wantAll = useRef(false);
  const reload = useCallback((): Promise<void> => {
    if (loading.current) {
      stale.current = true;
      return loading.current;
    }
    const run = async () => {
      do {
        stale.current = false;
        const query = wantAll.current ? "" : `?rows=${THINKING_PREVIEW_ROWS}`;
        const response = await fetch(`/api/cases/${view.caseId}/thinking${query}`, { cache: "no-store" }).catch(() => null);
        if (response?.ok) setView((await response.json()) as ThinkingView);
      } while (stale.current);
    };
    loading.current = run().finally(() => {
      loading.current = null;
    });
    return loading.current;
  }, [view.caseId]);
  const showAll = useCallback(() => {
    wantAll.current = true;
    return reload();
  }, [reload]);

  useCaseLive((event) => {
    if (!LIVE_KINDS.has(event.kind)) return;
    if (event.kind === "case_revealed") router.refresh();
    void reload();
  });

  return (
    <section aria-labelledby="thinking-heading" className="space-y-4" id="differential">
      <h2 id="thinking-heading" className="text-lg font-semibold">Differential and vote</h2>
      {view.blind ? (
        <FormAlert tone="info">
          <strong>Blind until you commit.</strong> Post your own differential or vote first; then you will see what colleagues think.
        </FormAlert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {view.canPostDifferential ? <MyDifferential view={view} studies={studies} onSaved={reload} /> : null}
        <GroupDifferential view={view} onChanged={reload} onShowAll={showAll} />
      </div>
      <Poll view={view} onChanged={reload} onShowAll={showAll} />
      {view.canReveal ? <RevealForm caseId={view.caseId} onRevealed={() => router.refresh()} /> : null}
      {view.results ? <Results view={view} /> : null}
    </section>
  );
}

type Row = { key: number; diagnosis: PickedDiagnosis | null; rationale: string; studyIds: string[] };
let rowKey = 0;

function MyDifferential({ view, studies, onSaved }: { view: ThinkingView; studies: Props["studies"]; onSaved: () => Promise<void> }) {
  const [rows, setRows] = useState<Row[]>(() =>
    view.myDifferential.length
      ? view.myDifferential.map((entry) => ({ key: ++rowKey, diagnosis: { id: entry.diagnosisId, name: entry.name }, rationale: entry.rationale, studyIds: entry.studyIds }))
      : [{ key: ++rowKey, diagnosis: null, rationale: "", studyIds: [] }],
  );
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const submission = useSubmissionKey();
  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, delta: number) =>
    setRows((current) => {
      const next = [...current];
      const target = index + delta;
      if (target < 0 || target >= next.length) return current;
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (rows.some((row) => !row.diagnosis)) {
      setMessage({ tone: "error", text: "Choose a diagnosis from the catalogue for every line (or remove the empty line)." });
      return;
    }
    setPending(true);
    const entries = rows.map((row) => ({ diagnosisId: row.diagnosis!.id, rationale: row.rationale, studyIds: row.studyIds }));
    const result = await postDifferential({ caseId: view.caseId, entries, clientKey: submission.keyFor(entries) });
    setPending(false);
    if (result.ok) submission.done();
    if (!result.ok) {
      const details = Object.entries(result.fieldErrors ?? {}).map(([, messages]) => messages.join(" "));
      setMessage({ tone: "error", text: [result.message, ...new Set(details)].join(" ") });
      return;
    }
    setMessage({ tone: "info", text: "Your differential is saved." });
    await onSaved();
  }

  return (
    <form onSubmit={save} className="card space-y-3 p-4" aria-labelledby="my-differential" data-testid="my-differential">
      <h3 id="my-differential" className="font-semibold">Your differential <span className="text-sm font-normal text-slate-500">(most likely first, up to 5)</span></h3>
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key} className="rounded-md border border-slate-200 p-3" aria-label={`Diagnosis ${index + 1}`}>
            <div className="flex items-start gap-2">
              <span className="mt-7 font-semibold text-slate-500">{index + 1}.</span>
              <div className="flex-1 space-y-2">
                <DiagnosisPicker label="Diagnosis" required allowPropose value={row.diagnosis} onChange={(diagnosis) => update(index, { diagnosis })} />
                <label className="block text-sm">
                  <span className="field-label">Rationale</span>
                  <textarea className="field-input" rows={2} maxLength={2000} value={row.rationale} onChange={(e) => update(index, { rationale: e.target.value })} />
                </label>
                {studies.length ? (
                  <fieldset className="text-sm">
                    <legend className="text-slate-600">Supported by</legend>
                    <div className="mt-1 flex flex-wrap gap-3">
                      {studies.map((study) => (
                        <label key={study.id} className="flex items-center gap-1">
                          <input type="checkbox" checked={row.studyIds.includes(study.id)}
                            onChange={(e) => update(index, { studyIds: e.target.checked ? [...row.studyIds, study.id] : row.studyIds.filter((id) => id !== study.id) })} />
                          {study.label}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ) : null}
              </div>
              <div className="flex flex-col">
                <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move diagnosis ${index + 1} up`}>↑</button>
                <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, 1)} disabled={index === rows.length - 1} aria-label={`Move diagnosis ${index + 1} down`}>↓</button>
                <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => setRows(rows.filter((_, i) => i !== index))} aria-label={`Remove diagnosis ${index + 1}`}>✕</button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={rows.length >= 5} onClick={() => setRows([...rows, { key: ++rowKey, diagnosis: null, rationale: "", studyIds: [] }])}>
          + Add diagnosis
        </button>
        <button type="submit" className="btn-primary" disabled={pending || rows.length === 0}>{pending ? "Saving…" : view.myDifferential.length ? "Update differential" : "Commit differential"}</button>
      </div>
    </form>
  );
}

/**
 * Long ranked lists show their head first (all the page sends); the rest is fetched on the click.
 * If that fetch fails the button stays, to try again.
 */
function ShowAll({ hidden, onShow }: { hidden: number; onShow: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  if (hidden <= 0) return null;
  return (
    <button type="button" className="btn-ghost w-full py-1 text-sm" disabled={pending} aria-busy={pending}
      onClick={() => {
        setPending(true);
        void onShow().finally(() => setPending(false));
      }}>
      {pending ? "Loading…" : `Show ${hidden} more`}
    </button>
  );
}

type ListProps = { view: ThinkingView; onChanged: () => Promise<void>; onShowAll: () => Promise<void> };

/** A ranked list's head, and the button that fetches and shows the rest of its `size` rows. */
function useListHead<T>(items: T[], size: number, onShowAll: () => Promise<void>) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, THINKING_PREVIEW_ROWS);
  const showMore = <ShowAll hidden={size - shown.length} onShow={() => onShowAll().then(() => setExpanded(true))} />;
  return { shown, showMore };
}

function GroupDifferential({ view, onChanged, onShowAll }: ListProps) {
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const { shown, showMore } = useListHead(view.group ?? [], view.groupSize, onShowAll);
  if (!view.group) {
    return (
      <div className="card p-4 text-sm text-slate-600" data-testid="group-differential">
        <h3 className="font-semibold text-slate-900">Group differential</h3>
        <p className="mt-2">Hidden until you commit your own thinking.</p>
      </div>
    );
  }
  async function toggle(diagnosisId: string, support: boolean) {
    const result = await setSupport({ caseId: view.caseId, diagnosisId, support });
    setError(result.ok ? null : result.message);
    await onChanged();
  }
  return (
    <div className="card space-y-3 p-4" data-testid="group-differential">
      <h3 className="font-semibold">Group differential</h3>
      <p className="text-xs text-slate-500">{view.weighting}</p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {view.group.length === 0 ? <p className="text-sm text-slate-600">No differentials posted yet.</p> : (
        <ol className="space-y-2">
          {shown.map((item, index) => (
            <li key={item.diagnosisId} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="group-item">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-500">{index + 1}.</span>
                <span className="font-semibold">{item.name}</span>
                <span className="badge bg-slate-100 text-slate-700">{item.points} pts</span>
                <span className="text-slate-600">{item.supporters} {item.supporters === 1 ? "supporter" : "supporters"}</span>
                {view.canPostDifferential && !item.listedByMe ? (
                  <button type="button" className="btn-secondary ml-auto px-2 py-1 text-xs" aria-pressed={item.supportedByMe} onClick={() => void toggle(item.diagnosisId, !item.supportedByMe)}>
                    {item.supportedByMe ? "Withdraw support" : "Support"}
                  </button>
                ) : null}
              </div>
              <button
                type="button"
                className="mt-1 text-xs text-slate-500 hover:underline"
                aria-expanded={open.has(item.diagnosisId)}
                onClick={() => setOpen((current) => {
                  const next = new Set(current);
                  if (!next.delete(item.diagnosisId)) next.add(item.diagnosisId);
                  return next;
                })}
              >
                Posted by {item.postedBy}; who listed it and why {open.has(item.diagnosisId) ? "▴" : "▾"}
              </button>
              {open.has(item.diagnosisId) ? (
                <ul className="mt-1 space-y-1">
                  {item.listedBy.map((listing) => (
                    <li key={`${listing.name}-${listing.rank}`}><strong>{listing.name}</strong> (#{listing.rank}): {listing.rationale}</li>
                  ))}
                  {item.supportedBy.length ? <li className="text-slate-600">Supported by {item.supportedBy.join(", ")}</li> : null}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {showMore}
    </div>
  );
}

function Poll({ view, onChanged, onShowAll }: ListProps) {
  const [choice, setChoice] = useState<PickedDiagnosis | null>(view.myVote ? { id: view.myVote.diagnosisId, name: view.myVote.name } : null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { shown, showMore } = useListHead(view.distribution?.items ?? [], view.distribution?.diagnoses ?? 0, onShowAll);
  const stateLabel = { not_open: "Poll not open yet", open: "Poll open", closed: "Poll closed" }[view.pollState] ?? view.pollState;

  async function vote(event: React.FormEvent) {
    event.preventDefault();
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
          <button type="submit" className="btn-primary" disabled={pending}>{view.myVote ? "Change vote" : "Vote"}</button>
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

function RevealForm({ caseId, onRevealed }: { caseId: string; onRevealed: () => void }) {
  const [open, setOpen] = useState(false);
  const [diagnosis, setDiagnosis] = useState<PickedDiagnosis | null>(null);
  const [certainty, setCertainty] = useState("");
  const [basis, setBasis] = useState("");
  const [explanation, setExplanation] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await revealCase({ caseId, diagnosisId: diagnosis?.id ?? "", certainty, basis, explanation });
    if (result.ok) {
      onRevealed();
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setMessage(result.message);
  }

  if (!open) {
    return <button type="button" className="btn-primary" onClick={() => setOpen(true)}>Reveal the answer…</button>;
  }
  return (
    <form onSubmit={submit} className="card space-y-3 border-amber-300 p-4" data-testid="reveal-form">
      <h3 className="font-semibold">Reveal the answer</h3>
      <p className="text-sm text-slate-600">Everyone will see the diagnosis, the teaching points, the final distribution and how they did. This cannot be undone.</p>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <DiagnosisPicker label="Final diagnosis" required value={diagnosis} onChange={setDiagnosis} />
      {errors.diagnosisId ? <p className="field-error">{errors.diagnosisId.join(" ")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm"><span className="field-label">Certainty</span>
          <select className="field-input" value={certainty} onChange={(e) => setCertainty(e.target.value)}>
            <option value="">Choose…</option>
            {CERTAINTIES.map((c) => <option key={c} value={c}>{CERTAINTY_LABELS[c]}</option>)}
          </select>
          {errors.certainty ? <span className="field-error block">{errors.certainty.join(" ")}</span> : null}
        </label>
        <label className="text-sm"><span className="field-label">Basis</span>
          <select className="field-input" value={basis} onChange={(e) => setBasis(e.target.value)}>
            <option value="">Choose…</option>
            {BASES.map((b) => <option key={b} value={b}>{BASIS_LABELS[b]}</option>)}
          </select>
          {errors.basis ? <span className="field-error block">{errors.basis.join(" ")}</span> : null}
        </label>
      </div>
      <label className="block text-sm"><span className="field-label">Explanation</span>
        <textarea className="field-input" rows={3} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
        {errors.explanation ? <span className="field-error block">{errors.explanation.join(" ")}</span> : null}
      </label>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">Reveal to everyone</button>
        <button type="button" className="btn-ghost" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

function Results({ view }: { view: ThinkingView }) {
  const results = view.results ?? [];
  return (
    <div className="card p-4" data-testid="results">
      <h3 className="font-semibold">How everyone did</h3>
      {results.length === 0 ? <p className="mt-2 text-sm text-slate-600">Nobody voted or posted a differential.</p> : (
        <table className="mt-2 w-full text-left text-sm">
          <thead><tr className="text-slate-500"><th className="py-1">Participant</th><th>Vote</th><th>Vote right</th><th>In top 3</th></tr></thead>
          <tbody>
            {results.map((result) => (
              <tr key={result.userId} className="border-t border-slate-100">
                <td className="py-1">{result.name}</td>
                <td>{result.vote ?? "—"}</td>
                <td>{result.voteCorrect ? "✓ yes" : "✗ no"}</td>
                <td>{result.inTop3 ? "✓ yes" : "✗ no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
