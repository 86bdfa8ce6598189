// Applies the de-identification guard to every free-text field of a case, keyed by the same
// paths the form uses for its fields ("timeline.2.findings"), so findings render in place.
import { scanFields } from "@/lib/deidentify/guard";
import type { CaseInput } from "./schema";

/** What the author is told when the guard flags something (the form, the import page and route). */
export { IDENTIFIERS_MESSAGE } from "@/lib/deidentify/confirm";

export type CaseIdentifierFinding = ReturnType<typeof scanFields>[number];

export function scanCaseForIdentifiers(input: CaseInput): CaseIdentifierFinding[] {
  return scanFields(caseFields(input));
}

/** Every free-text field of a case by the form's paths ("timeline.2.findings"). */
export function caseFields(input: CaseInput): Record<string, string | null | undefined> {
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
