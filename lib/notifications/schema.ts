import { z } from "zod";

/** Mark these notifications (or, without ids, all of them) as read. */
export const markReadInput = z.object({ ids: z.array(z.string().min(1).max(40)).max(200).optional() });
