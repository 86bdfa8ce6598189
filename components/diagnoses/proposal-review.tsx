"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reviewProposal } from "@/lib/diagnoses/actions";
import { DiagnosisPicker, type PickedDiagnosis } from "./diagnosis-picker";

export function ProposalReview({ proposal }: { proposal: { id: string; name: string; synonyms: string[]; uses: number } }) {
  const router = useRouter();
  const [target, setTarget] = useState<PickedDiagnosis | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function decide(decision: "accept" | "merge" | "reject") {
    const result = await reviewProposal({ diagnosisId: proposal.id, decision, mergeIntoId: target?.id });
    if (!result.ok) setMessage(result.message);
    else router.refresh();
  }

  return (
    <li className="card space-y-2 p-4" data-testid="proposal">
      <p><strong>{proposal.name}</strong> <span className="text-sm text-slate-500">used in {proposal.uses} differential {proposal.uses === 1 ? "line" : "lines"}</span></p>
      {message ? <p className="field-error" role="alert">{message}</p> : null}
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" className="btn-primary" onClick={() => void decide("accept")}>Accept as a new entry</button>
        <div className="min-w-64"><DiagnosisPicker label="or merge into" value={target} onChange={setTarget} /></div>
        <button type="button" className="btn-secondary" disabled={!target} onClick={() => void decide("merge")}>Merge</button>
        <button type="button" className="btn-danger" onClick={() => void decide("reject")}>Reject</button>
      </div>
    </li>
  );
}
