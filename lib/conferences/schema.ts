// Every input to a conference action, validated here and nowhere else.
import { z } from "zod";
import { clientKey } from "@/lib/core/idempotency";
import { identifierConfirmation } from "@/lib/deidentify/confirm";
import { WINDOW_LIMITS, WINDOW_PRESET_NAMES } from "@/lib/images/window";
import { CONFERENCE_KINDS, JOIN_CODE_LENGTH, MAX_STAGED_DIAGNOSES, REVEAL_CONSENTS, SPECIALTIES } from "./constants";

const id = z.string().min(1).max(40);
const text = (max: number, what: string) => z.string().trim().max(max, `${what} can be at most ${max.toLocaleString("en")} characters.`);

export const scheduleInput = z.object({
  conferenceId: id.optional(),
  kind: z.enum(CONFERENCE_KINDS, { message: "Choose a teaching conference or an MDT meeting." }),
  teamId: id.or(z.literal("")).refine((value) => value !== "", "Choose the team the conference belongs to."),
  title: z.string().trim().min(3, "Give the conference a title (at least 3 characters).").max(150, "Keep the title under 150 characters."),
  startsAt: z.iso.datetime({ offset: true, message: "Give a valid start date and time." }),
  durationMinutes: z.coerce.number({ message: "Give the duration in minutes." }).int("Give the duration in whole minutes.").min(10, "A conference lasts at least 10 minutes.").max(600, "A conference lasts at most 10 hours."),
  location: text(200, "The location"),
  videoUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "The video link must be an http(s) address." }).max(500, "The video link is too long.")]),
  presenterId: id.or(z.literal("")).refine((value) => value !== "", "Choose who presents."),
  chairId: id.or(z.literal("")),
  /** A new conference's submission key: a double click schedules one (decision 032). */
  clientKey,
  /** The de-identification guard on the title and location (issue 25). */
  ...identifierConfirmation,
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const addAgendaItemInput = z.object({
  conferenceId: id,
  caseId: id,
  // An empty box means "the usual ten minutes".
  estimatedMinutes: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number({ message: "Give the minutes as a number." }).int("Give whole minutes.").min(1, "Allow at least a minute per case.").max(120, "Allow at most 120 minutes per case.").default(10),
  ),
  /** The author adding their own case consents (or not) to its reveal here; ignored from anyone else. */
  revealConsent: z.enum(REVEAL_CONSENTS).default("none"),
});
/** The case's author allows (or withdraws) the reveal of its answer at one conference (issue 26 item 9). */
export const revealConsentInput = z.object({ itemId: id, revealConsent: z.enum(REVEAL_CONSENTS, { message: "Choose whether the presenter may reveal the answer." }) });
export const moveAgendaItemInput = z.object({ itemId: id, direction: z.enum(["up", "down"]) });
export const removeAgendaItemInput = z.object({ itemId: id });

export const intakeInput = z.object({
  itemId: id,
  estimatedMinutes: z.coerce.number({ message: "Give the minutes as a number." }).int().min(1, "Allow at least a minute per case.").max(120, "Allow at most 120 minutes per case."),
  clinicalQuestion: text(2_000, "The clinical question"),
  relevantHistory: text(5_000, "The relevant history"),
  imagingToReview: text(2_000, "The imaging to review"),
  presentingClinician: text(200, "The presenting clinician"),
  ...identifierConfirmation,
});

export const requiredSpecialtiesInput = z.object({
  teamId: id,
  specialties: z.array(z.enum(SPECIALTIES, { message: "Choose specialties from the list." })).max(SPECIALTIES.length),
});

export const presenterCommandInput = z.object({
  conferenceId: id,
  command: z.enum(["start", "next", "previous", "toggleVote", "reveal", "nextCase", "goTo", "end"], { message: "Unknown presenter command." }),
  itemId: id.optional(),
});
export type PresenterCommand = z.infer<typeof presenterCommandInput>["command"];

/**
 * The presenter's window/level with the slice (decision 095): finite values the viewer can produce
 * (zod's number refuses NaN and Infinity, which a server action's arguments can carry), a width of
 * at least 1, and a preset named from the viewer's list or none (a custom window).
 */
export const sliceWindowInput = z.strictObject(
  {
    center: z.number({ message: "A window's level is a number." }).min(-WINDOW_LIMITS.center, "That level is out of range.").max(WINDOW_LIMITS.center, "That level is out of range."),
    width: z.number({ message: "A window's width is a number." }).min(1, "A window is at least 1 wide.").max(WINDOW_LIMITS.width, "That width is out of range."),
    preset: z.enum(WINDOW_PRESET_NAMES, { message: "Unknown window preset." }).nullable(),
  },
  { message: "Send a window as its level, width and preset." },
);

/** The presenter's slice (issue 24 item 5): on the agenda item and step the presenter sees. */
export const presentSliceInput = z.strictObject({
  conferenceId: id,
  itemId: id,
  step: z.number().int().min(0).max(1_000),
  seriesId: id,
  index: z.number().int().min(0).max(100_000),
  /** Null (or left out): the slice as rendered at ingest. */
  window: sliceWindowInput.nullable().default(null),
});

/** Joining by the code (typed, or from the QR code). */
export const joinInput = z.object({
  code: z
    .string({ message: "Type the code on the presenter's screen." })
    .trim()
    .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
    .pipe(z.string().length(JOIN_CODE_LENGTH, `A join code has ${JOIN_CODE_LENGTH} letters and digits.`)),
});
/** Joining from the conference's own page: for the team's members, who need no code. */
export const joinByIdInput = z.strictObject({ conferenceId: id });

export const conferenceVoteInput = z.strictObject({ itemId: id, diagnosisId: id }, { message: "Send one agenda item and one diagnosis." });

export const stagedDifferentialInput = z.object({
  itemId: id,
  diagnosisIds: z
    .array(id)
    .min(1, "Choose at least one diagnosis.")
    .max(MAX_STAGED_DIAGNOSES, `Give at most ${MAX_STAGED_DIAGNOSES} leading diagnoses.`)
    .refine((ids) => new Set(ids).size === ids.length, "List each diagnosis once."),
});

export const attendeeInput = z.object({
  conferenceId: id,
  userId: id.or(z.literal("")).optional(),
  name: z.string().trim().max(120, "Keep the name under 120 characters."),
  specialty: z.enum(SPECIALTIES, { message: "Choose the attendee's specialty." }),
  clientKey,
}).refine((value) => value.userId || value.name.length >= 2, { message: "Choose a team member or type the attendee's name.", path: ["name"] });
export const removeAttendeeInput = z.object({ attendeeId: id });

const outcomeFields = {
  recommendation: z.string().trim().min(3, "Record the consensus recommendation.").max(5_000, "The recommendation can be at most 5,000 characters."),
  managementPlan: z.string().trim().min(3, "Record the management plan.").max(5_000, "The management plan can be at most 5,000 characters."),
  followUp: z.string().trim().min(2, "Record the follow-up (or \"none\").").max(2_000, "The follow-up can be at most 2,000 characters."),
  dissent: text(2_000, "The dissent"),
};
/** `clientKey` matters for the first save (version 0), which creates the outcome. */
export const outcomeInput = z.object({ itemId: id, version: z.number().int().min(0), ...outcomeFields, clientKey, ...identifierConfirmation });
export const signOffInput = z.object({ outcomeId: id, version: z.number().int().min(1) });
export const amendmentInput = z.object({
  outcomeId: id,
  ...outcomeFields,
  reason: z.string().trim().min(5, "Say why the outcome is amended.").max(1_000, "The reason can be at most 1,000 characters."),
  clientKey,
  ...identifierConfirmation,
});

export const startMeetingInput = z.object({ conferenceId: id });
export const runAgainInput = z.object({
  conferenceId: id,
  startsAt: z.iso.datetime({ offset: true, message: "Give a valid start date and time." }),
  /** One new conference per submission (decision 032). */
  clientKey,
});
