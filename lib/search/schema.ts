// The library's search and filters as URL parameters (shareable; the back button works). A value
// that does not parse is dropped, not an error: an old or hand-edited link still shows cases.
// The names, labels and links of the parameters, which the filter panel needs in the browser too,
// are in params.ts (no zod there: it stays out of the library page's script).
import { z } from "zod";
import { BODY_REGIONS, CERTAINTIES, MODALITIES } from "@/lib/cases/constants";
import { MAX_SEARCH_PAGE, SEARCH_SORTS, SEARCH_STATUSES } from "./params";


const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);
const id = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));
const flag = z.enum(["1"]);

export const searchParamsSchema = z.object({
  q: optional(z.string().trim().max(200).transform((value) => value || undefined)),
  region: optional(z.enum(BODY_REGIONS)),
  modality: optional(z.enum(MODALITIES)),
  status: optional(z.enum(SEARCH_STATUSES)),
  /** A catalogue diagnosis: its id, or any of its names or synonyms. */
  dx: optional(z.string().trim().min(1).max(200)),
  certainty: optional(z.enum(CERTAINTIES)),
  tag: optional(z.string().trim().min(1).max(60)),
  author: optional(id),
  team: optional(id),
  images: optional(flag),
  discussed: optional(flag),
  from: optional(day),
  to: optional(day),
  sort: optional(z.enum(SEARCH_SORTS)),
  page: optional(z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE)),
  cursor: optional(z.string().max(200)),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Next's searchParams (a value may be repeated) as the search's parameters. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const single = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return searchParamsSchema.parse(single);
}
