"use client";
// The MDT meeting record: who was present (and whether the meeting is quorate), and each case's
// consensus outcome. An outcome is a draft until the chair signs it off; then it is locked and a
// change is an amendment with a reason, the original wording kept beside it. The actions enforce
// all of this; the view only offers what the query says the viewer may do.
import Link from "next/link";
import { useId } from "react";
import { DateTime } from "@/components/ui/date-time";
import type { MeetingRecord } from "@/lib/conferences/queries";
import { AmendmentHistory, AmendOutcome } from "./amendments";
import { Attendance } from "./attendance";
import { IntakeDetails } from "./intake-details";
import { OutcomeFields, type OutcomeText } from "./outcome-fields";
import { OutcomeForm, SignOff } from "./outcome-form";
import { StartMeeting } from "./session-controls";

type Item = MeetingRecord["items"][number];

const EMPTY_OUTCOME: OutcomeText = { recommendation: "", managementPlan: "", followUp: "", dissent: "" };

export function MeetingRecordView({ record }: { record: MeetingRecord }) {
  return (
    <div className="space-y-8">
      {!record.recordOpen ? <StartMeeting conferenceId={record.id} canStart={record.canStart} /> : null}
      <Attendance record={record} />
      <section aria-labelledby="cases-heading" className="space-y-4">
        <h2 id="cases-heading" className="text-lg font-semibold">Cases and outcomes</h2>
        {record.items.length === 0 ? (
          <p className="card p-4 text-sm text-slate-600">No cases on the agenda.</p>
        ) : (
          record.items.map((item) => <CaseRecord key={item.itemId} item={item} record={record} />)
        )}
      </section>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// One case: intake and outcome
// ---------------------------------------------------------------------------------------------

function CaseRecord({ item, record }: { item: Item; record: MeetingRecord }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card space-y-4 p-4 sm:p-6" data-testid="record-item">
      <div>
        <h3 id={headingId} className="text-base font-semibold break-words">
          <span className="text-slate-500">{item.position}. </span>
          <Link href={`/cases/${item.caseId}`} className="text-brand-800 hover:underline">{item.title}</Link>
        </h3>
        <p className="text-sm text-slate-600">{item.patient}</p>
      </div>
      <IntakeDetails intake={item.intake} />
      <div className="space-y-3 border-t border-slate-100 pt-4">
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="font-semibold">Outcome</h4>
          {item.outcome && !item.outcome.signedOff ? <span className="badge bg-amber-100 text-amber-900" data-testid="outcome-draft">Draft: not signed off</span> : null}
          {item.outcome?.signedOff ? <span className="badge bg-emerald-100 text-emerald-800">Signed off</span> : null}
          {item.outcome ? (
            <a href={`/api/outcomes/${item.outcome.id}/fhir`} className="ml-auto text-sm text-brand-700 underline">FHIR CarePlan</a>
          ) : null}
        </div>
        <Outcome item={item} record={record} />
      </div>
    </section>
  );
}

function Outcome({ item, record }: { item: Item; record: MeetingRecord }) {
  const outcome = item.outcome;
  if (!outcome) {
    return record.canRecordOutcome
      ? <OutcomeForm itemId={item.itemId} version={0} initial={EMPTY_OUTCOME} />
      : <p className="text-sm text-slate-600">No outcome recorded yet.</p>;
  }
  if (!outcome.signedOff) {
    const signOff = record.canSignOff ? { outcomeId: outcome.id, version: outcome.version } : undefined;
    return record.canRecordOutcome ? (
      // Remounted when the saved version changes, so the form starts from what was saved.
      <OutcomeForm key={outcome.version} itemId={item.itemId} version={outcome.version} initial={outcome.current} signOff={signOff} />
    ) : (
      <div className="space-y-3">
        <OutcomeFields text={outcome.current} />
        {signOff ? <SignOff {...signOff} dirty={false} /> : null}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="outcome-locked">
        Signed off by {outcome.signedOff.by} on <DateTime iso={outcome.signedOff.at} style="datetime" />. Locked: changes are recorded as amendments.
      </p>
      <OutcomeFields text={outcome.current} />
      {outcome.amendments.length > 0 ? <AmendmentHistory outcome={outcome} /> : null}
      {record.canRecordOutcome ? <AmendOutcome key={outcome.amendments.length} outcome={outcome} /> : null}
    </div>
  );
}
