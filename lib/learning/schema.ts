// Inputs of the learning area's actions.
import { z } from "zod";

export const REVIEW_GRADES = ["got", "missed"] as const;

export const gradeReviewInput = z.object({
  caseId: z.string().trim().min(1).max(40),
  grade: z.enum(REVIEW_GRADES, { message: "Choose “got it” or “missed it”." }),
});
