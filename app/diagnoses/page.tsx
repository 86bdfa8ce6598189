import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalReview } from "@/components/diagnoses/proposal-review";
import { requireViewer } from "@/lib/auth/session";
import { canReviewCatalogue } from "@/lib/diagnoses/policy";
import { listProposals } from "@/lib/diagnoses/queries";

export const metadata: Metadata = { title: "Catalogue proposals" };

/** Educators (granted by an admin) and admins review diagnoses proposed by participants. */
export default async function ProposalsPage() {
  const viewer = await requireViewer("/diagnoses");
  if (!canReviewCatalogue(viewer)) notFound();
  const proposals = await listProposals();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Catalogue proposals</h1>
      <p className="text-slate-600">Accept a proposal as a new entry, or merge it into an existing one so that answers aggregate (its differentials and votes move with it).</p>
      {proposals.length === 0 ? <p className="card p-4 text-sm text-slate-600">No proposals waiting.</p> : (
        <ul className="space-y-3">
          {proposals.map((proposal) => (
            <ProposalReview key={proposal.id} proposal={{ id: proposal.id, name: proposal.name, synonyms: proposal.synonyms, uses: proposal._count.differentials }} />
          ))}
        </ul>
      )}
    </div>
  );
}
