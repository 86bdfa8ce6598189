"use server";
// MDT meetings: attendance (with specialty) and each case's outcome. An outcome is editable until
// the chair signs it off; after that it is locked, and a change is an amendment that keeps the
// original wording beside the new one.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import { formatDate } from "@/lib/format/dates";
import { getDatePrefs } from "@/lib/format/viewer-dates";
import { loadConference } from "./access";
import { canManageConference, canReadOutcomes, canRecordOutcome, canSignOff, meetingRecordProblem } from "./policy";
import { amendmentInput, attendeeInput, outcomeInput, removeAttendeeInput, signOffInput } from "./schema";

// The date as the reader reads dates everywhere else (decision 069).
const lockedMessage = async (by: string, at: Date) =>
  `This outcome was signed off by ${by} on ${formatDate(at, await getDatePrefs(), "date")} and is locked. Record an amendment instead.`;

async function mdtConference(viewer: Viewer, conferenceId: string) {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canReadOutcomes(viewer, loaded.conference, loaded.standing)) return null;
  return loaded;
}

function revalidateMeeting(conferenceId: string) {
  revalidatePath(`/conferences/${conferenceId}`, "layout");
}

export const recordAttendee = action("recordAttendee", attendeeInput, async ({ viewer, input }): Promise<ActionResult<{ attendeeId: string }>> => {
  const { conferenceId, specialty } = input;
  const clientKey = input.clientKey ?? null;
  const loaded = await mdtConference(viewer, conferenceId);
  if (!loaded) return notFound("meeting");
  if (!canManageConference(viewer, loaded.conference, loaded.standing)) return fail("forbidden", "Only the meeting's organisers, presenter or chair record attendance.");
  const notStarted = meetingRecordProblem(loaded.conference);
  if (notStarted) return fail("conflict", notStarted);
  let userId: string | null = null;
  let name = input.name;
  if (input.userId) {
    // An account must be a member of the team; its name comes from the account.
    const member = await db.membership.findUnique({ where: { teamId_userId: { teamId: loaded.conference.teamId, userId: input.userId } }, select: { user: { select: { id: true, name: true } } } });
    if (!member) return fail("invalid_input", "Choose a member of the team, or type the name of a visitor.", { fieldErrors: { userId: ["Not a member of the team."] } });
    userId = member.user.id;
    name = member.user.name;
  }
  const ip = await requestIp();
  const result = await db.$transaction(async (tx) => {
    const attendee = await tx.attendee.create({ data: { conferenceId, userId, name, specialty, clientKey }, select: { id: true } });
    await audit(tx, { actorId: viewer.id, action: "mdt.attendance", resourceType: "conference", resourceId: conferenceId, teamId: loaded.conference.teamId, ip });
    return ok({ attendeeId: attendee.id });
  }).catch(async (error: unknown) => {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    // The same submission twice (decision 032): the first one's row, visitors without an account too.
    const first = clientKey ? await db.attendee.findUnique({ where: { conferenceId_clientKey: { conferenceId, clientKey } }, select: { id: true } }) : null;
    if (first) return ok({ attendeeId: first.id });
    // The same member twice (even by two organisers at once): the unique index keeps one row.
    return fail("conflict", `${name} is already on the attendance list.`);
  });
  if (result.ok) revalidateMeeting(conferenceId);
  return result;
});

export const removeAttendee = action("removeAttendee", removeAttendeeInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const attendee = await db.attendee.findUnique({ where: { id: input.attendeeId }, select: { id: true, conferenceId: true } });
  if (!attendee) return notFound("attendee");
  const loaded = await mdtConference(viewer, attendee.conferenceId);
  if (!loaded) return notFound("attendee");
  if (!canManageConference(viewer, loaded.conference, loaded.standing)) return fail("forbidden", "Only the meeting's organisers, presenter or chair record attendance.");
  const notStarted = meetingRecordProblem(loaded.conference);
  if (notStarted) return fail("conflict", notStarted);
  await db.$transaction(async (tx) => {
    await tx.attendee.deleteMany({ where: { id: attendee.id } });
    await audit(tx, { actorId: viewer.id, action: "mdt.attendance_remove", resourceType: "conference", resourceId: attendee.conferenceId, teamId: loaded.conference.teamId, ip: await requestIp() });
  });
  revalidateMeeting(attendee.conferenceId);
  return ok(null);
});

/** Create (version 0) or edit (the version the form was loaded with) an outcome before sign-off. */
export const saveOutcome = action("saveOutcome", outcomeInput, async ({ viewer, input }): Promise<ActionResult<{ outcomeId: string; version: number }>> => {
  const { itemId, version, clientKey = null, identifiersConfirmed, identifiersReason, ...fields } = input;
  const guard = guardFields(fields, { identifiersConfirmed, identifiersReason });
  if (!guard.ok) return guard.failure;
  const item = await db.agendaItem.findUnique({
    where: { id: itemId },
    select: { id: true, conferenceId: true, outcome: { select: { id: true, version: true, signedOffAt: true, signedOffBy: { select: { name: true } }, clientKey: true, recordedById: true } } },
  });
  if (!item) return notFound("agenda item");
  const loaded = await mdtConference(viewer, item.conferenceId);
  if (!loaded) return notFound("agenda item");
  if (!canRecordOutcome(viewer, loaded.conference, loaded.standing)) return fail("forbidden", "Only the meeting's organisers, presenter or chair record outcomes.");
  const notStarted = meetingRecordProblem(loaded.conference);
  if (notStarted) return fail("conflict", notStarted);
  // The submission that created the outcome, sent again (a double click, a retry: decision 032).
  const created = (outcome: { id: string; clientKey: string | null; recordedById: string } | null | undefined) =>
    version === 0 && clientKey !== null && outcome?.clientKey === clientKey && outcome.recordedById === viewer.id;
  if (created(item.outcome)) return ok({ outcomeId: item.outcome!.id, version: 1 });
  if (item.outcome?.signedOffAt) return fail("conflict", await lockedMessage(item.outcome.signedOffBy?.name ?? "the chair", item.outcome.signedOffAt));
  const ip = await requestIp();
  const stale = "Someone else saved this outcome after you opened it. Your text is still in the form: reload to see theirs, then merge.";
  const result = await db.$transaction(async (tx) => {
    if (!item.outcome) {
      if (version !== 0) return fail("conflict", stale);
      const inserted = await tx.outcome.createMany({ data: [{ itemId, ...fields, recordedById: viewer.id, clientKey }], skipDuplicates: true });
      if (inserted.count === 0) {
        // Another save created it first (this insert waited for it): this one's twin, or someone else's.
        const first = await tx.outcome.findUnique({ where: { itemId }, select: { id: true, clientKey: true, recordedById: true } });
        return created(first) ? ok({ outcomeId: first!.id, version: 1 }) : fail("conflict", stale);
      }
      const outcome = await tx.outcome.findUniqueOrThrow({ where: { itemId }, select: { id: true, version: true } });
      await audit(tx, { actorId: viewer.id, action: "mdt.outcome", resourceType: "outcome", resourceId: outcome.id, teamId: loaded.conference.teamId, ip });
      await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "outcome", resourceId: outcome.id, teamId: loaded.conference.teamId, ip });
      return ok({ outcomeId: outcome.id, version: outcome.version });
    }
    // Conditional on the version read and on not being signed off: a sign-off in between wins.
    const updated = await tx.outcome.updateMany({
      where: { id: item.outcome.id, version, signedOffAt: null },
      data: { ...fields, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (updated.count === 0) {
      const now = await tx.outcome.findUnique({ where: { id: item.outcome.id }, select: { signedOffAt: true, signedOffBy: { select: { name: true } } } });
      return fail("conflict", now?.signedOffAt ? await lockedMessage(now.signedOffBy?.name ?? "the chair", now.signedOffAt) : stale);
    }
    await audit(tx, { actorId: viewer.id, action: "mdt.outcome", resourceType: "outcome", resourceId: item.outcome.id, teamId: loaded.conference.teamId, ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "outcome", resourceId: item.outcome.id, teamId: loaded.conference.teamId, ip });
    return ok({ outcomeId: item.outcome.id, version: version + 1 });
  });
  if (result.ok) revalidateMeeting(item.conferenceId);
  return result;
});

export const signOffOutcome = action("signOffOutcome", signOffInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const outcome = await db.outcome.findUnique({ where: { id: input.outcomeId }, select: { id: true, version: true, signedOffAt: true, item: { select: { conferenceId: true } } } });
  if (!outcome) return notFound("outcome");
  const loaded = await mdtConference(viewer, outcome.item.conferenceId);
  if (!loaded) return notFound("outcome");
  if (!canSignOff(viewer, loaded.conference)) return fail("forbidden", "Only the meeting's chair signs outcomes off.");
  const notStarted = meetingRecordProblem(loaded.conference);
  if (notStarted) return fail("conflict", notStarted);
  if (outcome.signedOffAt) return fail("conflict", "This outcome has already been signed off.");
  const ip = await requestIp();
  const result = await db.$transaction(async (tx) => {
    // The chair signs off what they read: a newer edit since then must be read first.
    const signed = await tx.outcome.updateMany({
      where: { id: outcome.id, version: input.version, signedOffAt: null },
      data: { signedOffAt: new Date(), signedOffById: viewer.id },
    });
    if (signed.count === 0) return fail("conflict", "The outcome changed (or was signed off) after you opened it. Reload, read it again, then sign off.");
    await audit(tx, { actorId: viewer.id, action: "mdt.sign_off", resourceType: "outcome", resourceId: outcome.id, teamId: loaded.conference.teamId, ip });
    return ok(null);
  });
  if (result.ok) revalidateMeeting(outcome.item.conferenceId);
  return result;
});

export const amendOutcome = action("amendOutcome", amendmentInput, async ({ viewer, input }): Promise<ActionResult<{ amendmentId: string }>> => {
  const { outcomeId, clientKey = null, identifiersConfirmed, identifiersReason, ...fields } = input;
  const guard = guardFields(fields, { identifiersConfirmed, identifiersReason });
  if (!guard.ok) return guard.failure;
  const outcome = await db.outcome.findUnique({ where: { id: outcomeId }, select: { id: true, signedOffAt: true, item: { select: { conferenceId: true } } } });
  if (!outcome) return notFound("outcome");
  const loaded = await mdtConference(viewer, outcome.item.conferenceId);
  if (!loaded) return notFound("outcome");
  if (!canRecordOutcome(viewer, loaded.conference, loaded.standing)) return fail("forbidden", "Only the meeting's organisers, presenter or chair amend outcomes.");
  if (!outcome.signedOffAt) return fail("conflict", "This outcome is not signed off yet: edit it directly.");
  const ip = await requestIp();
  const amendment = await db.$transaction(async (tx) => {
    const created = await tx.outcomeAmendment.create({ data: { outcomeId, ...fields, authorId: viewer.id, clientKey }, select: { id: true } });
    await audit(tx, { actorId: viewer.id, action: "mdt.amend", resourceType: "outcome", resourceId: outcomeId, teamId: loaded.conference.teamId, ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "outcome_amendment", resourceId: created.id, teamId: loaded.conference.teamId, ip });
    return created;
  }).catch(async (error: unknown) => {
    // The same submission twice (decision 032): the twin waited on the unique (author, key)
    // index for the first to commit, failed, and wrote nothing; the answer is the first one's.
    const first = clientKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"
      ? await db.outcomeAmendment.findUnique({ where: { authorId_clientKey: { authorId: viewer.id, clientKey } }, select: { id: true, outcomeId: true } })
      : null;
    if (first) return first.outcomeId === outcomeId ? { id: first.id } : null;
    throw error;
  });
  if (!amendment) return fail("conflict", "This submission was already used for another outcome. Reload the page and amend again.");
  revalidateMeeting(outcome.item.conferenceId);
  return ok({ amendmentId: amendment.id });
});
