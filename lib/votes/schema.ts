import { z } from "zod";
import { BASES, CERTAINTIES } from "@/lib/cases/constants";

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
