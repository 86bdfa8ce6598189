"use client";
// The group differential: everyone's lists combined and ranked, with support and who listed what.
import { useState } from "react";
import { setSupport } from "@/lib/thinking/actions";
import { useListHead, type ListProps } from "./list-head";

export function GroupDifferential({ view, onChanged, onShowAll }: ListProps) {
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
