"use client";
// "Make a teaching copy" on an MDT case (issue 27 item 8, decision 086): one click makes a new
// unknown case of the member's from the MDT case; if the guard flags copied text, the findings are
// listed and the member confirms (with a reason) or edits the MDT case first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { IdentifierFindings, useIdentifierConfirmation } from "@/components/deidentify/identifier-findings";
import { useSubmissionKey } from "@/components/use-submission-key";
import type { FieldFinding } from "@/lib/deidentify/confirm";
import { makeTeachingCopy } from "@/lib/teaching/actions";

/** "images.2.0.1.caption" -> "Image 2 of series 1 (timeline item 3): caption". */
function fieldLabel(field: string): string {
  const image = /^images\.(\d+)\.(\d+)(?:\.(\d+)\.(caption|mark\.(\d+)))?\.?(name)?$/.exec(field);
  if (image) {
    const where = `series ${Number(image[2]) + 1} of timeline item ${Number(image[1]) + 1}`;
    if (image[6]) return `Name of ${where}`;
    return image[4] === "caption" ? `Caption of image ${Number(image[3]) + 1}, ${where}` : `Mark ${Number(image[5]) + 1} on image ${Number(image[3]) + 1}, ${where}`;
  }
  const timeline = /^timeline\.(\d+)\.(\w+)$/.exec(field);
  if (timeline) return `Timeline item ${Number(timeline[1]) + 1}: ${timeline[2]}`;
  return field.replace("resolution.", "Answer: ").replace(/^\w/, (letter) => letter.toUpperCase());
}

export function TeachingCopyButton({ caseId }: { caseId: string }) {
  const router = useRouter();
  const submission = useSubmissionKey();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<{ findings: FieldFinding[]; texts: Record<string, string> }>({ findings: [], texts: {} });
  const confirmation = useIdentifierConfirmation(flagged.findings);

  const copy = async () => {
    setBusy(true);
    setError(null);
    const payload = { caseId, ...confirmation.confirmation };
    const clientKey = submission.keyFor(payload);
    const result = await makeTeachingCopy({ ...payload, clientKey });
    setBusy(false);
    if (result.ok) {
      submission.done(clientKey);
      router.push(`/cases/${result.data.caseId}`);
      return;
    }
    if (result.code === "identifiers_found" && result.details) setFlagged(result.details as { findings: FieldFinding[]; texts: Record<string, string> });
    else setError(result.message);
  };

  return (
    <section aria-labelledby="teaching-copy" className="card space-y-3 p-4 text-sm">
      <h2 id="teaching-copy" className="font-semibold">Teaching copy</h2>
      <p className="text-slate-700">
        Make a de-identified unknown case from this MDT case: yours, seen by the institution, with the final diagnosis hidden until you reveal it.
        The intake, outcomes, attendance and discussion stay with the team.
      </p>
      <IdentifierFindings findings={flagged.findings} texts={flagged.texts} label={fieldLabel} state={confirmation} refused />
      <button type="button" className="btn-primary" disabled={busy || confirmation.blocked} onClick={copy} data-testid="make-teaching-copy">
        {busy ? "Making the copy…" : "Make a teaching copy"}
      </button>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </section>
  );
}
