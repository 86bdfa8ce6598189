// Inputs: the as-you-type check (POST /api/deidentify), and the confirmation every guarded action takes.
import { z } from "zod";
import { OVERRIDE_REASON_KEYS } from "./reasons";

/** The largest body the check reads: a whole case form is far smaller. */
export const CHECK_LIMIT_BYTES = 256 * 1024;

export const checkInput = z.object({
  /** With it, the re-identification warnings too (a case form): the diagnosis as typed, the age band, the visibility before and after. */
  risk: z
    .object({
      diagnosis: z.string().max(300).nullish(),
      ageBand: z.string().max(10).nullish(),
      visibility: z.string().max(20).nullish(),
      previousVisibility: z.string().max(20).nullish(),
    })
    .optional(),
  fields: z
    .record(z.string().max(80, "Field names are short."), z.string().max(50_000, "A field can be at most 50,000 characters."))
    .refine((fields) => Object.keys(fields).length <= 250, "Too many fields in one check."),
});
export type CheckInput = z.infer<typeof checkInput>;

/**
 * The author's answer to the guard, spread into an action's zod object: `{ ...identifierConfirmation }`.
 * Here (client-safe: zod and the reasons only) so a schema a form imports pulls no guard code in.
 */
export const identifierConfirmation = {
  identifiersConfirmed: z.boolean().default(false),
  identifiersReason: z.enum(OVERRIDE_REASON_KEYS, { message: "Choose why the flagged text may be saved." }).optional(),
};
