// Inputs of the teaching-copy action.
import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";
import { identifierConfirmation } from "@/lib/deidentify/confirm";

export const teachingCopyInput = z.object({
  caseId: z.string().trim().min(1).max(40),
  /** Unknown (the default: posted at once with the answer hidden) or a draft to look over first. */
  status: z.enum(["unknown", "draft"]).default("unknown"),
  /** The copy's submission key: a double click makes one copy (decision 032). */
  clientKey,
  /** The guard's findings in the copied text, confirmed by the member (issue 25). */
  ...identifierConfirmation,
});
