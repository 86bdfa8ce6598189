// The one server-side gate every free-text write goes through: scan the fields, refuse with the
// findings unless the author confirmed, and name the audit action that records an override and
// its reason. The reason is one of a fixed list (the trail holds names, never patient text).
import type { AuditAction } from "@/lib/audit/vocabulary";
import { audit, type AuditEntry } from "@/lib/audit/write";
import type { Tx } from "@/lib/core/db";
import { fail, type Failure } from "@/lib/core/result";
import { scanFields, type IdentifierFinding } from "./guard";
import type { OverrideReason } from "./reasons";

export const IDENTIFIERS_MESSAGE =
  "This text may identify the patient. Remove the highlighted details, or confirm that they are not identifiers.";

export { OVERRIDE_REASONS, type OverrideReason } from "./reasons";

const OVERRIDE_ACTIONS: Record<OverrideReason, AuditAction> = {
  not_identifying: "identifiers.override_not_identifying",
  clinical_term: "identifiers.override_clinical_term",
  public_source: "identifiers.override_public_source",
  consent: "identifiers.override_consent",
};

export { identifierConfirmation } from "./schema";

export type FieldFinding = IdentifierFinding & { field: string };

export type GuardOutcome =
  | { ok: false; failure: Failure<FieldFinding[]> }
  /** `override`: the audit action to record with the write, when flagged text is saved anyway. */
  | { ok: true; override: AuditAction | null; findings: FieldFinding[] };

/**
 * Scans `fields` (keyed by the form's field names). Findings without the author's confirmation
 * answer `identifiers_found` with the findings as details; a confirmation without a reason counts
 * as "not identifiers", the reason the case form's checkbox states.
 */
export function guardFields(
  fields: Record<string, string | null | undefined>,
  confirmation: { identifiersConfirmed?: boolean; identifiersReason?: OverrideReason },
): GuardOutcome {
  const findings = scanFields(fields);
  if (findings.length === 0) return { ok: true, override: null, findings };
  if (!confirmation.identifiersConfirmed) return { ok: false, failure: fail("identifiers_found", IDENTIFIERS_MESSAGE, { details: findings }) };
  return { ok: true, override: OVERRIDE_ACTIONS[confirmation.identifiersReason ?? "not_identifying"], findings };
}

/** Records the override (if any) in the same transaction as the write it allowed. */
export async function auditOverride(
  tx: Pick<Tx, "auditEvent">,
  outcome: { override: AuditAction | null },
  entry: Omit<AuditEntry, "action">,
): Promise<void> {
  if (outcome.override) await audit(tx, { ...entry, action: outcome.override });
}
