"use server";
// A conference's life around the live session: starting an MDT meeting (its record opens then,
// issue 26 item 10), running a conference again with the same agenda (item 11), and a case
// author's consent to the reveal of their case's answer at a conference (item 9).
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { teamRoleOf } from "@/lib/teams/queries";
import { loadConference } from "./access";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "./constants";
import { signalConference } from "./notify";
import { agendaCaseProblem, canConsentToReveal, canScheduleConference, canStartMeeting, canViewConference } from "./policy";
import { revealConsentInput, runAgainInput, startMeetingInput } from "./schema";
import { revealStep } from "./steps";

/** The chair (or presenter) starts an MDT meeting, early if they like: attendance and outcomes open. */
export const startMeeting = action("startMeeting", startMeetingInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const loaded = await loadConference(viewer, input.conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return notFound("meeting");
  const { conference } = loaded;
  if (!canStartMeeting(viewer, conference)) return fail("forbidden", "Only the meeting's chair or presenter starts it.");
  if (conference.endedAt) return fail("conflict", "This meeting has ended.");
  if (conference.startedAt) return ok(null);
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    const first = await tx.agendaItem.findFirst({ where: { conferenceId: conference.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const started = await tx.conference.updateMany({
      where: { id: conference.id, startedAt: null },
      data: { startedAt: new Date(), currentItemId: first?.id ?? null, currentStep: 0, liveVersion: { increment: 1 } },
    });
    if (started.count === 0) return;
    if (first) await tx.agendaItem.update({ where: { id: first.id }, data: { reachedStep: 0, startedAt: new Date() } });
    await audit(tx, { actorId: viewer.id, action: "conference.start", resourceType: "conference", resourceId: conference.id, teamId: conference.teamId, ip });
    await signalConference(tx, conference.id, "state", conference.liveVersion + 1);
  });
  revalidatePath("/conferences");
  revalidatePath(`/conferences/${conference.id}`, "layout");
  return ok(null);
});

function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}

/**
 * A new conference with the same team, kind, people, place and agenda (cases, minutes, MDT intake),
 * at a new time. The live state, votes, differentials, attendance and outcomes start afresh, and so
 * do authors' consents to reveal (they are given per conference). Cases that may no longer go on
 * the agenda (now a draft, or moved to another team) are left out.
 */
export const runConferenceAgain = action("runConferenceAgain", runAgainInput, async ({ viewer, input }): Promise<ActionResult<{ conferenceId: string; skipped: number }>> => {
  const loaded = await loadConference(viewer, input.conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return notFound("conference");
  const { conference } = loaded;
  const role = await teamRoleOf(conference.teamId, viewer.id);
  if (!canScheduleConference(viewer, conference.kind, role)) {
    return fail("forbidden", conference.kind === "mdt" ? "Only the team's owners and coordinators schedule MDT meetings." : "Only the team's owners, coordinators and educators schedule teaching conferences.");
  }
  const source = await db.conference.findUniqueOrThrow({
    where: { id: conference.id },
    select: {
      title: true, durationMinutes: true, location: true, videoUrl: true, presenterId: true, chairId: true,
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { caseId: true, estimatedMinutes: true, clinicalQuestion: true, relevantHistory: true, imagingToReview: true, presentingClinician: true, case: { select: { authorId: true, status: true, visibility: true, teamId: true } } },
      },
    },
  });
  const items = source.items.filter((item) => agendaCaseProblem(viewer, conference, item.case) === null);
  const ip = await requestIp();
  const clientKey = input.clientKey ?? null;
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        const copy = await tx.conference.create({
          data: {
            kind: conference.kind, teamId: conference.teamId, title: source.title, startsAt: new Date(input.startsAt), durationMinutes: source.durationMinutes,
            location: source.location, videoUrl: source.videoUrl, presenterId: source.presenterId, chairId: source.chairId,
            createdById: viewer.id, joinCode: newJoinCode(), clientKey,
          },
          select: { id: true },
        });
        await tx.agendaItem.createMany({
          data: items.map(({ case: _case, ...item }, index) => ({ ...item, conferenceId: copy.id, position: index + 1 })),
        });
        await audit(tx, { actorId: viewer.id, action: "conference.create", resourceType: "conference", resourceId: copy.id, teamId: conference.teamId, ip });
        return copy;
      });
      revalidatePath("/conferences");
      return ok({ conferenceId: created.id, skipped: source.items.length - items.length });
    } catch (error) {
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      const first = unique && clientKey
        ? await db.conference.findUnique({ where: { createdById_clientKey: { createdById: viewer.id, clientKey } }, select: { id: true } })
        : null;
      if (first) return ok({ conferenceId: first.id, skipped: source.items.length - items.length });
      if (attempt < 5 && unique) continue;
      throw error;
    }
  }
  throw new Error("No free join code after six attempts");
});

/** The case's author allows (or withdraws) the reveal of its answer at one conference, before it happens. */
export const setRevealConsent = action("setRevealConsent", revealConsentInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const item = await db.agendaItem.findUnique({
    where: { id: input.itemId },
    select: { id: true, conferenceId: true, reachedStep: true, conference: { select: { endedAt: true, teamId: true } }, case: { select: { id: true, authorId: true, _count: { select: { studies: true } } } } },
  });
  // Anyone but the author is told nothing of the agenda item.
  if (!item || !canConsentToReveal(viewer, item.case)) return notFound("agenda item");
  if (item.conference.endedAt) return fail("conflict", "That conference has ended.");
  if (item.reachedStep >= revealStep(item.case._count.studies)) return fail("conflict", "The case has already been revealed at that conference.");
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    await tx.agendaItem.update({ where: { id: item.id }, data: { revealConsent: input.revealConsent } });
    await audit(tx, { actorId: viewer.id, action: "agenda.consent", resourceType: "conference", resourceId: item.conferenceId, teamId: item.conference.teamId, ip });
  });
  revalidatePath(`/cases/${item.case.id}`);
  revalidatePath(`/conferences/${item.conferenceId}`, "layout");
  return ok(null);
});
