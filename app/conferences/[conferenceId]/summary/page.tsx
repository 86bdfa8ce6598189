import Link from "next/link";
import { notFound } from "next/navigation";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { TallyBars } from "@/components/conferences/stage";
import { StageChart } from "@/components/conferences/stage-chart";
import { requireViewer } from "@/lib/auth/session";
import { conferencePageMetadata } from "@/lib/conferences/metadata";
import { getConferenceHeader } from "@/lib/conferences/queries";
import { getConferenceSummary } from "@/lib/conferences/record-queries";

export const generateMetadata = conferencePageMetadata("Summary");

const percent = (share: number) => `${Math.round(share * 100)}%`;

export default async function SummaryPage({ params }: { params: Promise<{ conferenceId: string }> }) {
  const { conferenceId } = await params;
  const viewer = await requireViewer(`/conferences/${conferenceId}/summary`);
  const [header, summary] = await Promise.all([getConferenceHeader(viewer, conferenceId), getConferenceSummary(viewer, conferenceId)]);
  if (!header || !summary) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <ConferenceHeader header={header} current="summary" />
      {summary.status !== "ended" ? (
        <p className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900" role="status">
          {summary.status === "live" ? "The conference is still running: this summary fills in as it goes." : "The conference has not started yet."}
        </p>
      ) : null}
      {summary.accuracy !== null ? (
        <p className="card p-4" data-testid="conference-accuracy">Across the cases with a revealed answer, <strong>{percent(summary.accuracy)}</strong> of votes were for the final diagnosis.</p>
      ) : null}
      {summary.items.length === 0 ? <p className="card p-4 text-sm text-slate-600">No cases were on the agenda.</p> : null}
      <ol className="space-y-6">
        {summary.items.map((item, index) => (
          <li key={item.itemId} className="card space-y-4 p-4 sm:p-5" data-testid="summary-case">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {index + 1}. {item.restricted ? item.title : <Link className="text-brand-800 hover:underline" href={`/cases/${item.caseId}`}>{item.title}</Link>}
              </h2>
              {!item.presented ? <span className="badge bg-slate-100 text-slate-700">Not presented</span> : null}
            </div>
            {item.clinicalQuestion ? <p className="text-sm"><span className="font-medium">Question: </span>{item.clinicalQuestion}</p> : null}
            {summary.kind === "teaching" ? (
              <div className="grid gap-6 md:grid-cols-2">
                <section aria-label="Vote">
                  <h3 className="mb-1 text-sm font-semibold">Vote</h3>
                  {item.tally ? <TallyBars tally={item.tally} /> : <p className="text-sm text-slate-600">No closed vote on this case.</p>}
                  {item.accuracy !== null ? <p className="mt-2 text-sm" data-testid="case-accuracy">{percent(item.accuracy)} voted for the final diagnosis.</p> : null}
                </section>
                <section aria-label="Thinking by stage">
                  <h3 className="mb-1 text-sm font-semibold">Thinking by stage</h3>
                  {item.series ? <StageChart series={item.series} /> : null}
                </section>
              </div>
            ) : (
              <section aria-label="Outcome">
                <h3 className="mb-1 text-sm font-semibold">Outcome</h3>
                {item.outcome ? (
                  <div className="space-y-1 text-sm">
                    <p><span className="font-medium">Recommendation: </span>{item.outcome.current.recommendation}</p>
                    <p><span className="font-medium">Management plan: </span>{item.outcome.current.managementPlan}</p>
                    <p><span className="font-medium">Follow-up: </span>{item.outcome.current.followUp}</p>
                    <p className="text-slate-600">{item.outcome.signedOff ? `Signed off by ${item.outcome.signedOff.by}` : "Draft: not signed off"}{item.outcome.amendments.length ? ` · amended ${item.outcome.amendments.length}×` : ""}</p>
                  </div>
                ) : <p className="text-sm text-slate-600">No outcome recorded.</p>}
              </section>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
