// Applies the de-identification guard to every free-text field of a case, keyed by the same
// paths the form uses for its fields ("timeline.2.findings"), so findings render in place.
import { scanFields } from "@/lib/deidentify/guard";
import type { CaseInput } from "./schema";
import { caseFields } from "./text-fields";

export { caseFields };

/** What the author is told when the guard flags something (the form, the import page and route). */
export { IDENTIFIERS_MESSAGE } from "@/lib/deidentify/confirm";

export type CaseIdentifierFinding = ReturnType<typeof scanFields>[number];

export function scanCaseForIdentifiers(input: CaseInput): CaseIdentifierFinding[] {
  return scanFields(caseFields(input));
}
