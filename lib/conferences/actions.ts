"use server";
// Scheduling and the agenda: create or edit a conference, add cases from the library, reorder,
// remove, fill in the MDT intake, set a team's required specialties. Same shape as every action:
// parse -> load (the conference is derived from the item, never trusted from the client) ->
// authorize -> write in one transaction with its audit row -> revalidate -> typed result.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import { teamRoleOf } from "@/lib/teams/queries";
import { loadConference, type LoadedConference } from "./access";
import { MAX_AGENDA_ITEMS } from "./constants";
import { insertConference } from "./create";
import { agendaCaseProblem, canConsentToReveal, canManageConference, canScheduleConference, canSetQuorum } from "./policy";
import { addAgendaItemInput, intakeInput, moveAgendaItemInput, removeAgendaItemInput, requiredSpecialtiesInput, scheduleInput } from "./schema";

const NOT_ORGANISER = "Only the conference's organisers, presenter or chair can change its agenda.";


/** Loads the conference and checks the viewer organises it; a conference they cannot see is "not found". */
type Access<T> = { error: ActionResult<never>; value?: never } | { error?: never; value: T };

async function organised(viewer: Viewer, conferenceId: string): Promise<Access<LoadedConference>> {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || loaded.standing.teamRole === null) return { error: notFound("conference") };
  if (!canManageConference(viewer, loaded.conference, loaded.standing)) return { error: fail("forbidden", NOT_ORGANISER) };
  return { value: loaded.conference };
}

async function organisedItem(viewer: Viewer, itemId: string): Promise<Access<{ item: { id: string; conferenceId: string }; conference: LoadedConference }>> {
  const item = await db.agendaItem.findUnique({ where: { id: itemId }, select: { id: true, conferenceId: true } });
  if (!item) return { error: notFound("agenda item") };
  const access = await organised(viewer, item.conferenceId);
  return access.error ? { error: access.error } : { value: { item, conference: access.value } };
}

function revalidateConference(conferenceId: string) {
  revalidatePath("/conferences");
  revalidatePath(`/conferences/${conferenceId}`, "layout");
}

export const scheduleConference = action("scheduleConference", scheduleInput, async ({ viewer, input }): Promise<ActionResult<{ conferenceId: string }>> => {
  const role = await teamRoleOf(input.teamId, viewer.id);
  if (role === null) return fail("forbidden", "You can only schedule conferences for teams you belong to.", { fieldErrors: { teamId: ["You are not a member of that team."] } });
  if (input.conferenceId) {
    const access = await organised(viewer, input.conferenceId);
    if (access.error) return access.error;
    if (access.value.teamId !== input.teamId || access.value.kind !== input.kind) {
      return fail("invalid_input", "A conference's team and kind are fixed once it is scheduled: schedule a new one instead.");
    }
  } else if (!canScheduleConference(viewer, input.kind, role)) {
    return fail("forbidden", input.kind === "mdt" ? "Only the team's owners and coordinators schedule MDT meetings." : "Only the team's owners, coordinators and educators schedule teaching conferences.");
  }
  // The presenter and chair must be members of the team (not guests): they see its cases.
  const people = [input.presenterId, input.chairId].filter(Boolean);
  const members = await db.membership.findMany({ where: { teamId: input.teamId, userId: { in: people }, role: { not: "guest" } }, select: { userId: true } });
  const memberIds = new Set(members.map((member) => member.userId));
  if (!memberIds.has(input.presenterId)) return fail("invalid_input", "The presenter must be a member of the team.", { fieldErrors: { presenterId: ["Not a member of the team."] } });
  if (input.chairId && !memberIds.has(input.chairId)) return fail("invalid_input", "The chair must be a member of the team.", { fieldErrors: { chairId: ["Not a member of the team."] } });
  if (input.kind === "mdt" && !input.chairId) return fail("invalid_input", "An MDT meeting needs a chair to sign its outcomes off.", { fieldErrors: { chairId: ["Choose the chair."] } });

  // The title is shown beside every case on the agenda: the guard checks it (issue 25). The
  // location is where the team meets, not where the patient was.
  const guard = guardFields({ title: input.title }, input);
  if (!guard.ok) return guard.failure;
  const data = {
    title: input.title,
    startsAt: new Date(input.startsAt),
    durationMinutes: input.durationMinutes,
    location: input.location,
    videoUrl: input.videoUrl || null,
    presenterId: input.presenterId,
    chairId: input.chairId || null,
  };
  const ip = await requestIp();
  if (input.conferenceId) {
    const conferenceId = input.conferenceId;
    await db.$transaction(async (tx) => {
      await tx.conference.update({ where: { id: conferenceId }, data });
      await audit(tx, { actorId: viewer.id, action: "conference.update", resourceType: "conference", resourceId: conferenceId, teamId: input.teamId, ip });
      await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "conference", resourceId: conferenceId, teamId: input.teamId, ip });
    });
    revalidateConference(conferenceId);
    return ok({ conferenceId });
  }
  const conferenceId = await insertConference(viewer.id, { ...data, kind: input.kind, teamId: input.teamId }, { clientKey: input.clientKey ?? null, ip, guard });
  revalidatePath("/conferences");
  return ok({ conferenceId });
});

export const addAgendaItem = action("addAgendaItem", addAgendaItemInput, async ({ viewer, input }): Promise<ActionResult<{ itemId: string }>> => {
  const access = await organised(viewer, input.conferenceId);
  if (access.error) return access.error;
  const conference = access.value;
  const ip = await requestIp();
  const result = await db.$transaction(async (tx) => {
    // Locks the case (its visibility cannot change under us) and the conference (positions).
    const [kase] = await tx.$queryRaw<Array<{ authorId: string; status: "draft" | "open" | "unknown" | "resolved" | "archived"; visibility: "team" | "institution" | "public"; teamId: string | null }>>`
      select "authorId", status, visibility, "teamId" from "Case" where id = ${input.caseId} for share`;
    if (!kase) return fail("not_found", "That case does not exist or you do not have access to it.");
    const problem = agendaCaseProblem(viewer, conference, kase);
    if (problem) return fail("invalid_input", problem, { fieldErrors: { caseId: [problem] } });
    await tx.$queryRaw`select id from "Conference" where id = ${conference.id} for update`;
    const items = await tx.agendaItem.findMany({ where: { conferenceId: conference.id }, select: { caseId: true, position: true } });
    if (items.some((item) => item.caseId === input.caseId)) return fail("conflict", "That case is already on the agenda.");
    if (items.length >= MAX_AGENDA_ITEMS) return fail("invalid_input", `An agenda holds at most ${MAX_AGENDA_ITEMS} cases.`);
    const position = items.reduce((max, item) => Math.max(max, item.position), 0) + 1;
    const item = await tx.agendaItem.create({
      data: { conferenceId: conference.id, caseId: input.caseId, position, estimatedMinutes: input.estimatedMinutes, revealConsent: canConsentToReveal(viewer, kase) ? input.revealConsent : "none" },
      select: { id: true },
    });
    await audit(tx, { actorId: viewer.id, action: "agenda.add", resourceType: "conference", resourceId: conference.id, teamId: conference.teamId, ip });
    return ok({ itemId: item.id });
  });
  if (result.ok) revalidateConference(conference.id);
  return result;
});

export const moveAgendaItem = action("moveAgendaItem", moveAgendaItemInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const access = await organisedItem(viewer, input.itemId);
  if (access.error) return access.error;
  const { item, conference } = access.value;
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`select id from "Conference" where id = ${conference.id} for update`;
    const items = await tx.agendaItem.findMany({ where: { conferenceId: conference.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = items.findIndex((candidate) => candidate.id === item.id);
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= items.length) return;
    items.splice(target, 0, ...items.splice(index, 1));
    // Renumber the whole agenda: positions stay 1..n whatever happened before.
    for (const [offset, row] of items.entries()) await tx.agendaItem.update({ where: { id: row.id }, data: { position: offset + 1 } });
    await audit(tx, { actorId: viewer.id, action: "agenda.reorder", resourceType: "conference", resourceId: conference.id, teamId: conference.teamId, ip: await requestIp() });
  });
  revalidateConference(conference.id);
  return ok(null);
});

export const removeAgendaItem = action("removeAgendaItem", removeAgendaItemInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const access = await organisedItem(viewer, input.itemId);
  if (access.error) return access.error;
  const { item, conference } = access.value;
  const ip = await requestIp();
  const result = await db.$transaction(async (tx) => {
    // The conference first, as every agenda edit locks it: a reorder that has read the agenda
    // finishes before the item goes (it would otherwise renumber a row that no longer exists).
    await tx.$queryRaw`select id from "Conference" where id = ${conference.id} for update`;
    const [row] = await tx.$queryRaw<Array<{ reachedStep: number; hasOutcome: boolean }>>`
      select i."reachedStep", exists(select 1 from "Outcome" o where o."itemId" = i.id) as "hasOutcome"
      from "AgendaItem" i where i.id = ${item.id} for update`;
    if (!row) return fail("not_found", "That agenda item has already been removed.");
    if (row.hasOutcome) return fail("conflict", "This case has a recorded outcome: it stays on the agenda and in the minutes.");
    if (row.reachedStep >= 0) return fail("conflict", "This case has already been presented: it stays on the agenda.");
    await tx.agendaItem.delete({ where: { id: item.id } });
    await audit(tx, { actorId: viewer.id, action: "agenda.remove", resourceType: "conference", resourceId: conference.id, teamId: conference.teamId, ip });
    return ok(null);
  });
  if (result.ok) revalidateConference(conference.id);
  return result;
});

export const saveIntake = action("saveIntake", intakeInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const item = await db.agendaItem.findUnique({ where: { id: input.itemId }, select: { id: true, conferenceId: true, case: { select: { authorId: true } } } });
  if (!item) return notFound("agenda item");
  const loaded = await loadConference(viewer, item.conferenceId);
  if (!loaded || loaded.standing.teamRole === null) return notFound("agenda item");
  // The case's author fills in the intake for the case they bring, as well as the organisers.
  if (!canManageConference(viewer, loaded.conference, loaded.standing) && item.case.authorId !== viewer.id) {
    return fail("forbidden", "Only the organisers or the case's author can fill in its intake form.");
  }
  const { itemId, identifiersConfirmed, identifiersReason, ...fields } = input;
  // The presenting clinician is a colleague named on purpose; the other fields describe the patient.
  const guard = guardFields({ clinicalQuestion: fields.clinicalQuestion, relevantHistory: fields.relevantHistory, imagingToReview: fields.imagingToReview }, { identifiersConfirmed, identifiersReason });
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  const saved = await db.$transaction(async (tx) => {
    // The item may have been removed from the agenda since it was read: say so, not "went wrong".
    const updated = await tx.agendaItem.updateMany({ where: { id: itemId }, data: fields });
    if (updated.count === 0) return false;
    await audit(tx, { actorId: viewer.id, action: "agenda.intake", resourceType: "conference", resourceId: item.conferenceId, teamId: loaded.conference.teamId, ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "agenda_item", resourceId: itemId, teamId: loaded.conference.teamId, ip });
    return true;
  });
  if (!saved) return fail("not_found", "That case has been removed from the agenda.");
  revalidateConference(item.conferenceId);
  return ok(null);
});

export const setRequiredSpecialties = action("setRequiredSpecialties", requiredSpecialtiesInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  const role = await teamRoleOf(input.teamId, viewer.id);
  if (role === null) return notFound("team");
  if (!canSetQuorum(role)) return fail("forbidden", "Only the team's owners and coordinators set the quorum.");
  await db.$transaction(async (tx) => {
    await tx.team.update({ where: { id: input.teamId }, data: { requiredSpecialties: [...new Set(input.specialties)] } });
    await audit(tx, { actorId: viewer.id, action: "team.quorum", resourceType: "team", resourceId: input.teamId, teamId: input.teamId, ip: await requestIp() });
  });
  revalidatePath(`/teams/${input.teamId}`);
  revalidatePath("/conferences", "layout");
  return ok(null);
});
