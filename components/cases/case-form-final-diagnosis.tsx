"use client";
// The authoring form's final diagnoses (issue 26 item 6): the same catalogue picker as the reveal
// and the vote, with a proposal for a missing entity; a primary and secondary diagnoses, each
// saying whether a vote for it counts as right (decision 067). An answer recorded as free text
// (an older case, an imported file) is kept until the author picks its catalogue entry.
import { FinalDiagnoses, secondaryRow, type FinalDiagnosesValue } from "@/components/diagnoses/final-diagnoses";
import type { CaseInput } from "@/lib/cases/schema";

export function finalDiagnosesDraft(resolution?: CaseInput["resolution"]): FinalDiagnosesValue {
  return {
    primary: resolution?.diagnosisId && resolution.diagnosis ? { id: resolution.diagnosisId, name: resolution.diagnosis } : null,
    secondary: (resolution?.secondary ?? []).map((item) => secondaryRow({ id: item.diagnosisId, name: item.name }, item.scoresVotes)),
  };
}

/** The resolution's diagnosis fields for the save action. */
export function finalDiagnosesPayload(value: FinalDiagnosesValue, freeText: string) {
  return {
    diagnosis: value.primary?.name ?? freeText,
    diagnosisId: value.primary?.id ?? null,
    secondary: value.secondary.flatMap((row) => (row.diagnosis ? [{ diagnosisId: row.diagnosis.id, name: row.diagnosis.name, scoresVotes: row.scoresVotes }] : [])),
  };
}

export function FinalDiagnosisField({ value, freeText, onChange, errorsFor }: {
  value: FinalDiagnosesValue;
  /** The answer as free text, when it is not (yet) a catalogue entry. */
  freeText: string;
  onChange: (value: FinalDiagnosesValue) => void;
  errorsFor: (path: string) => string[] | undefined;
}) {
  const errors: Record<string, string[] | undefined> = { diagnosisId: errorsFor("resolution.diagnosis") ?? errorsFor("resolution.diagnosisId") };
  value.secondary.forEach((_, index) => {
    errors[`secondary.${index}.diagnosisId`] = errorsFor(`resolution.secondary.${index}.diagnosisId`);
  });
  const hint = !value.primary && freeText
    ? <>Recorded as free text: <q>{freeText}</q>. Pick its catalogue entry (or propose one) so votes can be scored against it.</>
    : "From the catalogue, so answers aggregate; propose an entry if it is missing.";
  return <FinalDiagnoses value={value} onChange={onChange} errors={errors} hint={hint} />;
}
