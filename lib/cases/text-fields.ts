// Every free-text field of a case by the form's paths ("timeline.2.findings"): what the save
// action's guard scans and what the authoring form sends to the as-you-type check, from one list.
// Client-safe (no imports), so the form builds the same keys as the server.

/** The parts of a case (or the form's payload) that hold typed text. */
export interface CaseTexts {
  title: string;
  presentation: string;
  tags: string[];
  resolution: { diagnosis?: string | null; explanation?: string | null; teachingPoints?: string | null };
  timeline: Array<
    | { type: "study"; label?: string | null; region: string; technique: string; findings: string; impression: string }
    | { type: "event"; label?: string | null; description: string }
  >;
}

export function caseFields(input: CaseTexts): Record<string, string | null | undefined> {
  const fields: Record<string, string | null | undefined> = {
    title: input.title,
    presentation: input.presentation,
    tags: input.tags.join(", "),
    "resolution.diagnosis": input.resolution.diagnosis,
    "resolution.explanation": input.resolution.explanation,
    "resolution.teachingPoints": input.resolution.teachingPoints,
  };
  input.timeline.forEach((item, index) => {
    fields[`timeline.${index}.label`] = item.label;
    if (item.type === "study") {
      fields[`timeline.${index}.region`] = item.region;
      fields[`timeline.${index}.technique`] = item.technique;
      fields[`timeline.${index}.findings`] = item.findings;
      fields[`timeline.${index}.impression`] = item.impression;
    } else {
      fields[`timeline.${index}.description`] = item.description;
    }
  });
  return fields;
}
