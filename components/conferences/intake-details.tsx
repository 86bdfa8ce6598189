// A case's intake (clinical question, history, imaging, presenter) shown read-only, on the agenda and in the meeting record.

/** The four intake texts; an empty one reads "Not given". */
export function IntakeDetails({ intake }: { intake: { clinicalQuestion: string; relevantHistory: string; imagingToReview: string; presentingClinician: string } }) {
  const rows: Array<[string, string]> = [
    ["Clinical question", intake.clinicalQuestion],
    ["Relevant history", intake.relevantHistory],
    ["Imaging to review", intake.imagingToReview],
    ["Presenting clinician", intake.presentingClinician],
  ];
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="font-medium text-slate-800">{label}</dt>
          <dd className="break-words whitespace-pre-wrap text-slate-700">{value.trim() ? value : <span className="text-slate-500">Not given</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
