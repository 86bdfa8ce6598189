// Inputs of the catalogue: proposals and their review.
import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";

const id = z.string().min(1).max(40);

export const proposeDiagnosisInput = z.object({
  name: z.string().trim().min(3, "Name the diagnosis (at least 3 characters).").max(200, "Keep the name under 200 characters."),
  synonyms: z.array(z.string().trim().min(2).max(200)).max(10).default([]),
  /** The proposal form's key for this submission: a double click proposes once (decision 032). */
  clientKey,
});
export const reviewProposalInput = z.object({
  diagnosisId: id,
  decision: z.enum(["accept", "merge", "reject"]),
  mergeIntoId: id.optional(),
});
