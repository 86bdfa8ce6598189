"use server";
// An educator starts a teaching conference from a collection (issue 27 item 6): the collection's
// cases, in its order, become the agenda, keeping only those the educator may present at this
// team's conference (the agenda rule); they present it. The collection is read as the educator may
// see it, so no case goes further than its own visibility.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { guardFields } from "@/lib/deidentify/confirm";
import { teamRoleOf } from "@/lib/teams/queries";
import { MAX_AGENDA_ITEMS } from "@/lib/conferences/constants";
import { insertConference } from "@/lib/conferences/create";
import { agendaCaseProblem, canScheduleConference, type ConferenceFacts } from "@/lib/conferences/policy";
import { getCollection } from "./queries";
import { conferenceFromCollectionInput } from "./schema";

export const startConferenceFromCollection = action("startConferenceFromCollection", conferenceFromCollectionInput, async ({ viewer, input }): Promise<ActionResult<{ conferenceId: string; agenda: number; left: number }>> => {
  const collection = await getCollection(viewer, input.collectionId, input.key);
  if (!collection) return notFound("collection");
  const role = await teamRoleOf(input.teamId, viewer.id);
  if (!canScheduleConference(viewer, "teaching", role)) {
    return fail("forbidden", "Only a team's owners, coordinators and educators start its teaching conferences.", { fieldErrors: { teamId: ["Choose a team where you run teaching conferences."] } });
  }
  const guard = guardFields({ title: input.title }, input);
  if (!guard.ok) return guard.failure;
  const facts: ConferenceFacts = { kind: "teaching", teamId: input.teamId, presenterId: viewer.id, chairId: null, createdById: viewer.id };
  const cases = await db.case.findMany({ where: { id: { in: collection.items.map((item) => item.caseId) } }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true } });
  const byId = new Map(cases.map((kase) => [kase.id, kase]));
  const presentable = collection.items.map((item) => byId.get(item.caseId)).filter((kase) => kase && !agendaCaseProblem(viewer, facts, kase)).map((kase) => kase!.id);
  const agenda = presentable.slice(0, MAX_AGENDA_ITEMS);
  if (!agenda.length) return fail("invalid_input", "None of this collection's cases can go on that team's agenda (drafts and other teams' cases cannot). Choose another team.", { fieldErrors: { teamId: ["No case of the collection can go on this team's agenda."] } });
  const conferenceId = await insertConference(
    viewer.id,
    { kind: "teaching", teamId: input.teamId, title: input.title, startsAt: new Date(input.startsAt), durationMinutes: input.durationMinutes, location: "", videoUrl: null, presenterId: viewer.id, chairId: null },
    { clientKey: input.clientKey ?? null, ip: await requestIp(), guard, agenda },
  );
  revalidatePath("/conferences");
  return ok({ conferenceId, agenda: agenda.length, left: collection.items.length - agenda.length });
});
