// Idempotent creates (decision 032): every form that creates something sends a key it generated
// for that submission (components/use-submission-key.ts). The row it creates keeps the key under a
// unique index, so a double click or a retry with the same key finds the first one's row and
// answers with it instead of writing another. Imported by schemas that client components share.
import { z } from "zod";

/** The submission's key: a UUID made by the form. Optional: a caller without one gets no replay protection. */
export const clientKey = z.uuid({ message: "The form's submission key is not valid: reload the page." }).optional();
