// Inputs of every collection action.
import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";
import { scheduleInput } from "@/lib/conferences/schema";
import { identifierConfirmation } from "@/lib/deidentify/schema";

export const COLLECTION_VISIBILITIES = ["private", "team", "public"] as const;
export const COLLECTION_VISIBILITY_LABELS: Record<(typeof COLLECTION_VISIBILITIES)[number], string> = {
  private: "Only me (and people I send the link to)",
  team: "My team",
  public: "Everyone signed in",
};
export const MAX_COLLECTION_ITEMS = 200;

const id = z.string().trim().min(1).max(40);
const title = z.string().trim().min(1, "Give the collection a title.").max(200, "A title can be at most 200 characters.");

export const createCollectionInput = z.object({
  title,
  description: z.string().trim().max(2000).default(""),
  visibility: z.enum(COLLECTION_VISIBILITIES).default("private"),
  teamId: id.nullish().transform((value) => value ?? null),
  /** A case to add straight away (from a case page or the library). */
  caseId: id.optional(),
  clientKey,
  /** The author's answer to the de-identification guard on the title and description. */
  ...identifierConfirmation,
});

export const updateCollectionInput = z.object({
  collectionId: id,
  title,
  description: z.string().trim().max(2000).default(""),
  visibility: z.enum(COLLECTION_VISIBILITIES),
  teamId: id.nullish().transform((value) => value ?? null),
  ...identifierConfirmation,
});

export const itemInput = z.object({ collectionId: id, caseId: id });
export const noteInput = itemInput.extend({ note: z.string().trim().max(2000, "A note can be at most 2,000 characters."), ...identifierConfirmation });
export const reorderInput = z.object({ collectionId: id, caseIds: z.array(id).min(1).max(MAX_COLLECTION_ITEMS) });
export const shareInput = z.object({ collectionId: id, enabled: z.boolean() });

export const quizAnswerInput = z.object({
  collectionId: id,
  caseId: id,
  /** The share link's key, when the learner opened the collection through it. */
  key: z.string().max(100).optional(),
  /** Catalogue names (any synonym), most likely first. */
  differential: z.array(z.string().trim().max(200)).max(3).default([]),
  final: z.string().trim().min(1, "Name your final answer.").max(200),
});

/**
 * "Start a conference from a collection" (issue 27 item 6): a teaching conference's schedule (the
 * conferences area's fields and rules) with the collection's cases as its agenda.
 */
export const conferenceFromCollectionInput = scheduleInput
  .pick({ teamId: true, title: true, startsAt: true, durationMinutes: true, clientKey: true, identifiersConfirmed: true, identifiersReason: true })
  .extend({
    collectionId: id,
    /** The share link's key, when the educator opened the collection through it. */
    key: z.string().max(100).optional(),
  });

/** The collection page's case picker: the library search (lib/search) from the owner's words. */
export const casePickerInput = z.object({
  collectionId: id,
  q: z.string().trim().max(200, "A search can be at most 200 characters.").default(""),
});
/** How many library matches the picker offers at once. */
export const CASE_PICKER_LIMIT = 10;

/** "1 case", "2 cases": every count of cases shown with a collection. */
export function casesLabel(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "case" : "cases"}`;
}
