"use client";
// The case form's de-identification guard (issue 25 items 1, 5 and 7). While the author types, the
// fields go (debounced) to POST /api/deidentify, keyed by the paths the save action's guard uses
// ("timeline.2.findings"); each finding is listed by field with its reason and highlighted in its
// text, and the flagged fields get an amber ring. Saving flagged text needs "save anyway" with a
// reason the trail records. A team case about to become public gets a stronger warning that the
// author must acknowledge before the save goes out. The save action checks again and decides.
import { useEffect, useState } from "react";
import { IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { ReidentificationRisks } from "@/components/deidentify/reidentification-risks";
import { caseFields } from "@/lib/cases/text-fields";
import { describeField, toPayload, type Draft } from "./case-form-draft";

/** Every free text of the form, by the save action's field paths (the same list: lib/cases/text-fields.ts). */
export function caseFormTexts(draft: Draft): Record<string, string> {
  return Object.fromEntries(Object.entries(caseFields(toPayload(draft))).map(([field, text]) => [field, text ?? ""]));
}

/** The guard's state for the case form; `previousVisibility` is the saved case's (null for a new case). */
export function useCaseGuard(draft: Draft, previousVisibility: string | null) {
  const guard = useGuardedText(caseFormTexts(draft), {
    risk: {
      diagnosis: draft.finalDiagnoses.primary?.name || draft.resolution.diagnosis || null,
      ageBand: draft.ageBand || null,
      visibility: draft.visibility,
      previousVisibility,
    },
  });
  const goingPublic = previousVisibility === "team" && draft.visibility === "public";
  const [acknowledged, setAcknowledged] = useState(false);
  useEffect(() => {
    if (!goingPublic) setAcknowledged(false);
  }, [goingPublic]);
  const flagged = new Set(guard.findings.map((finding) => finding.field));
  return {
    ...guard,
    flagged,
    goingPublic,
    acknowledged,
    setAcknowledged,
    /** Why the save would not go out as it is, or null. */
    holdBack: goingPublic && !acknowledged ? "public" : guard.state.blocked ? "identifiers" : null,
  };
}

export type CaseGuard = ReturnType<typeof useCaseGuard>;

/** A team case about to become public: the risk explained, and an acknowledgement before saving. */
function GoingPublic({ guard, formId }: { guard: CaseGuard; formId: string }) {
  const message = guard.risks.find((risk) => risk.kind === "team_case_made_public")?.message
    ?? "This case was written for your team and is about to become public. Read every field again before publishing.";
  return (
    <section className="space-y-2 rounded-lg border-2 border-red-600 bg-red-50 p-4 text-sm text-red-950" role="alert" aria-labelledby={`${formId}-public`} data-testid="public-warning">
      <h2 id={`${formId}-public`} className="text-lg font-semibold">Making a team case public</h2>
      <p>{message}</p>
      <p>Everyone signed in to Rounds will be able to read it, including people who may know the patient.</p>
      <label className="flex items-start gap-2 font-medium">
        <input type="checkbox" className="mt-0.5 size-4" checked={guard.acknowledged} onChange={(event) => guard.setAcknowledged(event.target.checked)} data-testid="public-acknowledge" />
        I have read every field again and nothing in it could identify the patient outside the team.
      </label>
    </section>
  );
}

/** Findings listed by field with their reasons, the risk warnings, and the "save anyway" choice. */
export function IdentifierWarning({ formId, guard, draft }: { formId: string; guard: CaseGuard; draft: Draft }) {
  const otherRisks = guard.risks.filter((risk) => risk.kind !== "team_case_made_public");
  return (
    <div className="space-y-4">
      {guard.goingPublic ? <GoingPublic guard={guard} formId={formId} /> : null}
      <ReidentificationRisks risks={otherRisks} />
      <div data-testid="identifier-warning" hidden={guard.findings.length === 0}>
        <IdentifierFindings
          findings={guard.findings} texts={caseFormTexts(draft)} label={(field) => describeField(field, draft)}
          state={guard.state} refused={guard.refused} checking={guard.checking}
        />
      </div>
    </div>
  );
}
