import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";

export const DIFFERENTIAL_MAX_ENTRIES = 5;
export const RATIONALE_MAX = 2_000;
const id = z.string().min(1).max(40);

export const differentialEntryInput = z.object({
  diagnosisId: id,
  rationale: z
    .string()
    .trim()
    .min(1, "Give a short rationale for each diagnosis.")
    .max(RATIONALE_MAX, "Keep each rationale under 2,000 characters."),
  studyIds: z.array(id).max(30).default([]),
});

export const postDifferentialInput = z.object({
  caseId: id,
  entries: z
    .array(differentialEntryInput)
    .min(1, "Add at least one diagnosis.")
    .max(DIFFERENTIAL_MAX_ENTRIES, "A differential has at most 5 diagnoses.")
    .refine((entries) => new Set(entries.map((entry) => entry.diagnosisId)).size === entries.length, "Each diagnosis can appear once in your list."),
  /** The form's key for this submission: its replay changes nothing (decision 032). */
  clientKey,
});

export const supportInput = z.object({ caseId: id, diagnosisId: id, support: z.boolean() });

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

/** Points for a rank: a 1st choice scores 5, a 5th scores 1; each explicit supporter adds 1. */
export const rankPoints = (rank: number) => Math.max(0, DIFFERENTIAL_MAX_ENTRIES + 1 - rank);
export const SUPPORT_POINTS = 1;
export const WEIGHTING_EXPLANATION = "Ranked by points: a 1st choice scores 5, a 2nd 4, down to 1 for a 5th; each supporter adds 1.";
