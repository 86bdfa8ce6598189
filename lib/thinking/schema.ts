// Inputs of thinking on a case: ranked differentials and support, votes, polls and the reveal.
import { z } from "zod";
import { BASES, CERTAINTIES } from "@/lib/cases/constants";
import { clientKey } from "@/lib/core/idempotency";
import { identifierConfirmation } from "@/lib/deidentify/confirm";

const id = z.string().min(1).max(40);

/** Strict: a second diagnosis (or any extra field) in one request is refused, not guessed at. */
export const castVoteInput = z.strictObject({ caseId: id, diagnosisId: id }, { message: "Send one case and one diagnosis." });
export const pollInput = z.object({ caseId: id, state: z.enum(["open", "closed"], { message: "The poll can be opened or closed." }) });
export const voterNamesInput = z.object({ caseId: id, show: z.boolean() });

/**
 * The reveal starts from the authored answer (lib/thinking/reveal.ts): a field left out keeps the
 * author's value; replacing a non-empty authored value needs `confirmChanges` (issue 26 item 2).
 */
export const revealInput = z.object({
  caseId: id,
  diagnosisId: id.optional(),
  certainty: z.enum(CERTAINTIES, { message: "Say how certain the diagnosis is." }).optional(),
  basis: z.enum(BASES, { message: "Say what the diagnosis rests on." }).optional(),
  explanation: z.string().trim().max(20_000, "The explanation can be at most 20,000 characters.").optional(),
  teachingPoints: z.string().trim().max(20_000, "The teaching points can be at most 20,000 characters.").optional(),
  /** Secondary final diagnoses and whether a vote for each counts as right (decision 067); absent, the authored ones. */
  secondary: z.array(z.object({ diagnosisId: id, scoresVotes: z.boolean() })).max(4, "A case has at most 4 secondary diagnoses.").optional(),
  confirmChanges: z.boolean().default(false),
  /** The author's answer to the de-identification guard on the explanation and teaching points. */
  ...identifierConfirmation,
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
  /** Optional, encouraged: a line without one still counts (issue 26 item 5). */
  rationale: z
    .string()
    .trim()
    .max(RATIONALE_MAX, "Keep each rationale under 2,000 characters.")
    .default(""),
  studyIds: z.array(id).max(30).default([]),
});

export const postDifferentialInput = z.object({
  caseId: id,
  entries: z
    .array(differentialEntryInput)
    .min(1, "Add at least one diagnosis.")
    .max(DIFFERENTIAL_MAX_ENTRIES, "A differential has at most 5 diagnoses.")
    // Errors point at their line: "entries.<index>.<field>" (the form shows them beside it).
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.diagnosisId)) context.addIssue({ code: "custom", path: [index, "diagnosisId"], message: "This diagnosis is already higher in your list." });
        seen.add(entry.diagnosisId);
      });
    }),
  /** The form's key for this submission: its replay changes nothing (decision 032). */
  clientKey,
  /** The author's answer to the de-identification guard for the rationales (issue 25). */
  ...identifierConfirmation,
});

export const supportInput = z.object({ caseId: id, diagnosisId: id, support: z.boolean() });

/** Points for a rank: a 1st choice scores 5, a 5th scores 1; each explicit supporter adds 1. */
export const rankPoints = (rank: number) => Math.max(0, DIFFERENTIAL_MAX_ENTRIES + 1 - rank);
export const SUPPORT_POINTS = 1;
export const WEIGHTING_EXPLANATION = "Ranked by points: a 1st choice scores 5, a 2nd 4, down to 1 for a 5th; each supporter adds 1.";
