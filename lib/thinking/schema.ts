// Inputs of thinking on a case: ranked differentials and support, votes, polls and the reveal.
import { z } from "zod";
import { BASES, CERTAINTIES } from "@/lib/cases/constants";
import { clientKey } from "@/lib/core/idempotency";

const id = z.string().min(1).max(40);

/** Strict: a second diagnosis (or any extra field) in one request is refused, not guessed at. */
export const castVoteInput = z.strictObject({ caseId: id, diagnosisId: id }, { message: "Send one case and one diagnosis." });
export const pollInput = z.object({ caseId: id, state: z.enum(["open", "closed"], { message: "The poll can be opened or closed." }) });
export const voterNamesInput = z.object({ caseId: id, show: z.boolean() });

export const revealInput = z.object({
  caseId: id,
  diagnosisId: id,
  certainty: z.enum(CERTAINTIES, { message: "Say how certain the diagnosis is." }),
  basis: z.enum(BASES, { message: "Say what the diagnosis rests on." }),
  explanation: z.string().trim().min(1, "Explain the answer in a sentence or two.").max(20_000, "The explanation can be at most 20,000 characters."),
});

/** GET /api/cases/:id/thinking: `rows` caps each ranked list (the page's preview); absent, all. */
export const thinkingQuery = z.object({
  rows: z.coerce.number({ message: "rows must be a number." }).int().min(1, "rows must be at least 1.").max(1_000, "rows can be at most 1,000.").optional(),
});

// Differentials

export const DIFFERENTIAL_MAX_ENTRIES = 5;
export const RATIONALE_MAX = 2_000;
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

/** Points for a rank: a 1st choice scores 5, a 5th scores 1; each explicit supporter adds 1. */
export const rankPoints = (rank: number) => Math.max(0, DIFFERENTIAL_MAX_ENTRIES + 1 - rank);
export const SUPPORT_POINTS = 1;
export const WEIGHTING_EXPLANATION = "Ranked by points: a 1st choice scores 5, a 2nd 4, down to 1 for a 5th; each supporter adds 1.";
