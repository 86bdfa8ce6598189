// Validation of every case input: the authoring form, the import file and the import CLI
// share these schemas, so a case is valid the same way wherever it comes from.
import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";
import { AGE_BANDS } from "@/lib/deidentify/age-bands";
import { identifierConfirmation } from "@/lib/deidentify/schema";
import {
  AUTHORABLE_STATUSES, BASES, BODY_REGIONS, CASE_LIMITS, CERTAINTIES, EVENT_KINDS, MODALITIES, SEXES, STUDY_CHANGES, VISIBILITIES,
} from "./constants";

export * from "./constants";

const MAX_DAY_OFFSET = 365 * 100;

function longText(label: string, { required = false } = {}) {
  const base = z.string().max(CASE_LIMITS.text, `${label} can be at most 20,000 characters.`);
  return required ? base.refine((value) => value.trim().length > 0, `${label} is required.`) : base;
}

const optionalShort = (label: string, max = 60) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));

const dayOffset = z.coerce
  .number({ message: "Enter the day as a whole number of days from presentation." })
  .int("Enter the day as a whole number of days from presentation.")
  .min(-MAX_DAY_OFFSET, "That day is too far before presentation.")
  .max(MAX_DAY_OFFSET, "That day is too far after presentation.");

export const studyInput = z.object({
  id: z.string().max(40).optional(),
  dayOffset,
  label: optionalShort("Label"),
  modality: z.enum(MODALITIES, { message: "Choose a modality." }),
  region: z.string().trim().min(1, "Enter the region examined.").max(CASE_LIMITS.shortText, "Region can be at most 200 characters."),
  technique: longText("Technique").default(""),
  contrast: z.boolean().default(false),
  findings: longText("Findings", { required: true }),
  impression: longText("Impression").default(""),
  change: z.enum(STUDY_CHANGES).nullish().transform((value) => value ?? null),
  /** Part of the answer: hidden until the reveal from whoever may not see the answer (decision 065). */
  partOfAnswer: z.boolean().optional(),
});
export type StudyInput = z.infer<typeof studyInput>;

export const eventInput = z.object({
  id: z.string().max(40).optional(),
  dayOffset,
  label: optionalShort("Label"),
  kind: z.enum(EVENT_KINDS, { message: "Choose what kind of event this is." }),
  description: longText("Description", { required: true }),
  /** Part of the answer (decision 065), like a study. */
  partOfAnswer: z.boolean().optional(),
});
export type EventInput = z.infer<typeof eventInput>;

export const resolutionInput = z.object({
  diagnosis: z.string().trim().max(CASE_LIMITS.shortText, "Diagnosis can be at most 200 characters.").default(""),
  certainty: z.enum(CERTAINTIES).nullish().transform((value) => value ?? null),
  basis: z.enum(BASES).nullish().transform((value) => value ?? null),
  explanation: longText("Explanation").default(""),
  teachingPoints: longText("Teaching points").default(""),
  /** The catalogue entry picked for `diagnosis` (issue 26 item 6); absent, `diagnosis` is matched by name. */
  diagnosisId: z.string().max(40).nullish(),
  /** Secondary final diagnoses and whether a vote for each counts as right (decision 067); `name` is for forms and files. */
  secondary: z
    .array(z.object({ diagnosisId: z.string().min(1).max(40), name: z.string().max(CASE_LIMITS.shortText).default(""), scoresVotes: z.boolean().default(true) }))
    .max(4, "A case has at most 4 secondary diagnoses.")
    .optional(),
});
export type ResolutionInput = z.infer<typeof resolutionInput>;

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, "Each tag can be at most 40 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '\-]*$/u, "Tags use letters, numbers, spaces and hyphens.");

/**
 * A timeline item's place in the author's order is its index in `timeline`; studies and events
 * share one order so that the author can put a lab result before or after an MRI on the same day.
 */
export const timelineItemInput = z.discriminatedUnion("type", [
  studyInput.extend({ type: z.literal("study") }),
  eventInput.extend({ type: z.literal("event") }),
]);
export type TimelineItemInput = z.infer<typeof timelineItemInput>;

export const caseInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the case a title (at least 3 characters).")
      .max(CASE_LIMITS.title, "The title can be at most 200 characters."),
    presentation: longText("Presentation", { required: true }),
    ageBand: z.enum(AGE_BANDS as [string, ...string[]], { message: "Choose the patient's age band." }),
    sex: z.enum(SEXES, { message: "Choose the patient's sex." }),
    region: z.enum(BODY_REGIONS, { message: "Choose a body region." }),
    tags: z
      .array(tag)
      .max(CASE_LIMITS.tags, "Use at most 20 tags.")
      .default([])
      .transform((tags) => [...new Set(tags)]),
    status: z.enum(AUTHORABLE_STATUSES, { message: "Choose draft, open, unknown or resolved." }),
    visibility: z.enum(VISIBILITIES, { message: "Choose who can see the case." }).default("institution"),
    /** The team of a team-only case; the action checks that the author belongs to it. */
    teamId: z.string().max(40).nullish().transform((value) => value || null),
    /** A step-through unknown (decision 088): learners unlock each next study by committing a differential. */
    stepThrough: z.boolean().optional(),
    // Counted before the items are checked one by one, so a file of 10,000 studies gets the limit
    // in one line instead of an error per item.
    timeline: z
      .array(z.unknown())
      .default([])
      .superRefine((items, context) => {
        const studies = items.filter((item) => (item as { type?: unknown } | null)?.type === "study").length;
        const events = items.length - studies;
        if (studies > CASE_LIMITS.studies)
          context.addIssue({ code: "custom", message: `A case can have at most 30 studies (this one has ${studies}).` });
        if (events > CASE_LIMITS.events)
          context.addIssue({ code: "custom", message: `A case can have at most 100 events (this one has ${events}).` });
      })
      .pipe(z.array(timelineItemInput)),
    resolution: resolutionInput.default({ diagnosis: "", certainty: null, basis: null, explanation: "", teachingPoints: "" }),
  })
  .superRefine((value, context) => {
    if (value.visibility === "team" && !value.teamId)
      context.addIssue({ code: "custom", path: ["teamId"], message: "Choose the team that may see this case." });
    if (value.status === "resolved" && !value.resolution.diagnosis)
      context.addIssue({ code: "custom", path: ["resolution", "diagnosis"], message: "A resolved case needs its final diagnosis." });
    if (value.status === "resolved" && !value.resolution.certainty)
      context.addIssue({ code: "custom", path: ["resolution", "certainty"], message: "Say how certain the diagnosis is." });
    if (value.stepThrough && value.status === "open")
      context.addIssue({ code: "custom", path: ["stepThrough"], message: "Only an unknown case goes step by step: make it unknown, or untick step-through." });
    if (value.stepThrough && value.status !== "draft" && value.timeline.filter((item) => item.type === "study" && !item.partOfAnswer).length < 2)
      context.addIssue({ code: "custom", path: ["stepThrough"], message: "A step-through case needs at least two studies that are not part of the answer." });
    if (value.status === "unknown" && !value.resolution.diagnosis)
      context.addIssue({
        code: "custom",
        path: ["resolution", "diagnosis"],
        message: "An unknown case needs its answer now (it stays hidden until you reveal it).",
      });
  });
export type CaseInput = z.infer<typeof caseInput>;

/** What the form posts: the case, plus the author's answer to the identifier check. */
export const saveCaseInput = z.object({
  caseId: z.string().max(40).optional(),
  /** updatedAt the author loaded, to refuse overwriting someone else's newer save. */
  expectedUpdatedAt: z.string().datetime().optional(),
  /** The author's answer to the de-identification guard (lib/deidentify/confirm.ts). */
  ...identifierConfirmation,
  case: caseInput,
  /** A new case's submission key: a double click or a retry creates one case (decision 032). */
  clientKey,
});
export type SaveCaseInput = z.infer<typeof saveCaseInput>;

/** The export/import file format. */
export const CASE_FILE_FORMAT = "rounds.case";
export const caseFile = z.object({
  format: z.literal(CASE_FILE_FORMAT, { message: `This is not a Rounds case file ("format" must be "${CASE_FILE_FORMAT}").` }),
  version: z.literal(1, { message: "Only version 1 case files can be imported." }),
  case: caseInput,
  /** Who wrote the case, as its export names them: an import keeps the attribution (issue 26 item 16). */
  origin: z.object({ author: z.string().trim().min(1).max(120, "The original author's name is too long.") }).optional(),
});
export type CaseFile = z.infer<typeof caseFile>;

export const libraryCursor = z
  .string()
  .max(200)
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    try {
      const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
      const date = new Date(at);
      if (Number.isNaN(date.getTime()) || typeof id !== "string") throw new Error("bad cursor");
      return { at: date, id };
    } catch {
      context.addIssue({ code: "custom", message: "That page link is no longer valid." });
      return z.NEVER;
    }
  });

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}
