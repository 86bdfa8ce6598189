"use server";
// The live session: the presenter's commands (the only way the live state moves), joining by
// code, voting and staged differentials. Every write checks the live state inside the statement
// that writes, so a vote that arrives after the presenter closed the poll is refused, not counted.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import type { AuditAction } from "@/lib/audit/vocabulary";
import { audit } from "@/lib/audit/write";
import type { Viewer } from "@/lib/core/viewer";
import { canViewCase } from "@/lib/cases/policy";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, invalid, notFound, ok, type ActionResult } from "@/lib/core/result";
import { conferenceStatus, loadAgendaItem, loadConference, loadConferenceByCode } from "./access";
import { getConferenceHeader, type ConferenceHeader } from "./queries";
import { audienceView } from "./room";
import type { LiveView } from "./view";
import { signalConference, signalTallySoon } from "./notify";
import { canJoinConference, canPresent, canTakePart, canViewConference, presenterMayReleaseAnswer, revealResolvesCase } from "./policy";
import { resolveAtReveal } from "./reveal";
import type { RevealConsent } from "@/lib/generated/prisma/enums";
import { conferenceVoteInput, joinByIdInput, joinInput, presenterCommandInput, stagedDifferentialInput } from "./schema";
import { differentialStep, nextMove, revealStep, stageOf, voteStep } from "./steps";

type LiveItem = {
  id: string;
  position: number;
  reachedStep: number;
  voteState: "not_open" | "open" | "closed";
  answerReleased: boolean;
  revealConsent: RevealConsent;
  case: { id: string; authorId: string; status: "draft" | "open" | "unknown" | "resolved" | "archived"; visibility: "team" | "institution" | "public"; teamId: string | null; _count: { studies: number } };
};

export const presenterCommand = action("presenterCommand", presenterCommandInput, async ({ viewer, input }): Promise<ActionResult<{ version: number }>> => {
  const { conferenceId, command, itemId } = input;
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return notFound("conference");
  if (!canPresent(viewer, loaded.conference)) return fail("forbidden", "Only the conference's presenter can move it on.");
  const ip = await requestIp();

  return db.$transaction(async (tx) => {
    // Serialises commands: two quick key presses apply one after the other, never interleaved.
    const [state] = await tx.$queryRaw<Array<{ currentItemId: string | null; currentStep: number; startedAt: Date | null; endedAt: Date | null; liveVersion: number }>>`
      select "currentItemId", "currentStep", "startedAt", "endedAt", "liveVersion" from "Conference" where id = ${conferenceId} for update`;
    if (!state) return notFound("conference");
    const items: LiveItem[] = await tx.agendaItem.findMany({
      where: { conferenceId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true, reachedStep: true, voteState: true, answerReleased: true, revealConsent: true, case: { select: { id: true, authorId: true, status: true, visibility: true, teamId: true, _count: { select: { studies: true } } } } },
    });
    const status = conferenceStatus(state);
    if (status === "ended") return fail("conflict", "This conference has ended.");
    if (command !== "start" && status === "scheduled") return fail("conflict", "Start the conference first.");

    let current = items.find((item) => item.id === state.currentItemId) ?? null;
    let step = state.currentStep;
    const itemChanges: { voteState?: LiveItem["voteState"]; answerReleased?: boolean } = {};
    let startedAt = state.startedAt;
    let endedAt: Date | null = null;
    let audited: AuditAction | null = null;
    let resolves = false;

    const studies = () => current?.case._count.studies ?? 0;
    const reveal = () => {
      step = revealStep(studies());
      if (current?.voteState === "open") itemChanges.voteState = "closed";
      itemChanges.answerReleased = current ? presenterMayReleaseAnswer(viewer, current.case, current.revealConsent) : false;
      resolves = current !== null && current.reachedStep < revealStep(studies()) && revealResolvesCase(current.revealConsent, current.case);
      audited = "conference.reveal";
    };

    switch (command) {
      case "start":
        if (status === "live") return ok({ version: state.liveVersion });
        if (items.length === 0) return fail("invalid_input", "Add at least one case to the agenda before starting.");
        current = items[0] ?? null;
        step = 0;
        startedAt = new Date();
        audited = "conference.start";
        break;
      case "goTo":
      case "nextCase": {
        const target = command === "goTo" ? items.find((item) => item.id === itemId) : items[items.findIndex((item) => item.id === current?.id) + 1];
        if (!target) {
          return command === "goTo"
            ? fail("not_found", "That case is not on this conference's agenda.")
            : fail("conflict", "This is the last case on the agenda. End the conference when you are ready.");
        }
        // Leaving a case closes its vote: a vote is only ever open on the case on screen.
        if (current && current.id !== target.id && current.voteState === "open") await tx.agendaItem.update({ where: { id: current.id }, data: { voteState: "closed" } });
        current = target;
        step = 0;
        break;
      }
      case "end":
        endedAt = new Date();
        if (current?.voteState === "open") itemChanges.voteState = "closed";
        audited = "conference.end";
        break;
      default: {
        if (!current) return fail("conflict", "Choose a case from the agenda first.");
        if (command === "previous") step = Math.max(0, step - 1);
        else if (command === "next") {
          const move = nextMove(step, studies(), current.voteState, current.reachedStep);
          if (!move.ok) {
            return move.reason === "revealed"
              ? fail("conflict", "This case has been revealed. Press N for the next case.")
              : fail("conflict", "The vote is closed. Reveal the answer with R (or confirm the reveal) when the room is ready.", { details: "confirm_reveal" });
          }
          step = move.step;
          if (move.voteState) {
            itemChanges.voteState = move.voteState;
            audited = move.voteState === "open" ? "conference.vote_open" : "conference.vote_close";
          }
        } else if (command === "toggleVote") {
          if (current.reachedStep >= revealStep(studies())) return fail("conflict", "The answer has been revealed: the vote stays closed.");
          itemChanges.voteState = current.voteState === "open" ? "closed" : "open";
          step = voteStep(studies());
          audited = itemChanges.voteState === "open" ? "conference.vote_open" : "conference.vote_close";
        } else if (command === "reveal") reveal();
      }
    }

    const version = state.liveVersion + 1;
    if (current) {
      await tx.agendaItem.update({
        where: { id: current.id },
        data: {
          ...itemChanges,
          reachedStep: Math.max(current.reachedStep, step),
          ...(current.reachedStep < 0 ? { startedAt: new Date() } : {}),
        },
      });
    }
    await tx.conference.update({
      where: { id: conferenceId },
      data: { currentItemId: current?.id ?? null, currentStep: step, startedAt, endedAt, liveVersion: version },
    });
    if (audited) await audit(tx, { actorId: viewer.id, action: audited, resourceType: "conference", resourceId: conferenceId, teamId: loaded.conference.teamId, ip });
    await signalConference(tx, conferenceId, "state", version);
    // The author chose to have their case resolved by this reveal: the authored answer, now (last:
    // it takes the case's event lock, decision 027).
    if (resolves && current) await resolveAtReveal(tx, current.case, viewer.id, ip);
    return ok({ version });
  }).then((result) => {
    if (result.ok && (command === "start" || command === "end")) revalidatePath("/conferences");
    return result;
  });
});

/** What the join form shows at once: the conference's header and the audience view, as its page would. */
export type JoinedConference = { header: ConferenceHeader; view: LiveView };

/** Join with the short code (typed, or from the QR code), or as a member from the conference page. */
// Two input shapes (a code typed by the audience, or a team member's button with the id), told
// apart before parsing so each gets its own field errors: hence the schema here is the whole payload.
export const joinConference = action("joinConference", z.unknown(), async ({ viewer, input: payload }): Promise<ActionResult<{ conferenceId: string; joined?: JoinedConference }>> => {
  const byId = typeof payload === "object" && payload !== null && "conferenceId" in payload;
  const parsed = byId ? joinByIdInput.safeParse(payload) : joinInput.safeParse(payload);
  if (!parsed.success) return invalid(parsed.error, "Check the code on the presenter's screen.");
  const loaded = "conferenceId" in parsed.data ? await loadConference(viewer, parsed.data.conferenceId) : await loadConferenceByCode(viewer, parsed.data.code);
  if (!loaded && "code" in parsed.data) {
    const { code } = parsed.data;
    return fail("not_found", `No conference has the code ${code}. Check the code on the presenter's screen.`, { fieldErrors: { code: ["Unknown code."] } });
  }
  if (!loaded) return notFound("conference");
  const { conference, standing } = loaded;
  // Without the code, only the team's members may join (anyone else is told nothing).
  if (byId && standing.teamRole === null && !standing.joined) return notFound("conference");
  if (!canJoinConference(viewer, conference, standing)) return fail("forbidden", "This MDT meeting is private to its team.");
  if (conference.endedAt) return fail("conflict", "This conference has ended.");
  if (!standing.joined) {
    // One statement, not an interactive transaction: a room joining at once waited for pooled
    // connections to start transactions, and some joins failed (issue 28 item 4).
    const joined = await db.$executeRaw`
      insert into "ConferenceParticipant" ("conferenceId", "userId") values (${conference.id}, ${viewer.id})
      on conflict do nothing`;
    if (joined > 0) signalTallySoon(conference.id, conference.liveVersion);
  }
  if (byId) return ok({ conferenceId: conference.id });
  // Joined by the code: the form draws the audience view from this answer instead of asking for
  // the page, one request less per phone when a lecture hall joins at once (decision 114).
  const [header, view] = await Promise.all([getConferenceHeader(viewer, conference.id), audienceView(viewer, conference.id)]);
  return ok({ conferenceId: conference.id, ...(header && view ? { joined: { header, view } } : {}) });
});

type Participation = NonNullable<Awaited<ReturnType<typeof loadAgendaItem>>> & { viewer: Viewer; studyCount: number };

/** Loads an agenda item for someone taking part, with the checks voting and differentials share. */
async function takingPart(viewer: Viewer, itemId: string): Promise<{ error: ActionResult<never>; value?: never } | { error?: never; value: Participation }> {
  const loaded = await loadAgendaItem(viewer, itemId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return { error: notFound("agenda item") };
  if (!canTakePart(viewer, loaded.conference, loaded.standing)) return { error: fail("forbidden", "Guests of this team follow along but do not vote or post differentials.") };
  const kase = loaded.item.case;
  if (!canViewCase(viewer, kase)) return { error: fail("forbidden", "This case is private to its team: you can follow the conference but not this case.") };
  if (loaded.conference.currentItemId !== itemId || conferenceStatus(loaded.conference) !== "live") {
    return { error: fail("conflict", "This case is not on screen any more.") };
  }
  return { value: { viewer, ...loaded, studyCount: kase._count.studies } };
}

export const castConferenceVote = action("castConferenceVote", conferenceVoteInput, async ({ viewer, input }): Promise<ActionResult<{ diagnosisId: string }>> => {
  const access = await takingPart(viewer, input.itemId);
  if (access.error) return access.error;
  const { item, conference } = access.value;
  if (item.voteState !== "open") return fail("forbidden", item.voteState === "closed" ? "The vote is closed: votes can no longer be cast or changed." : "The vote is not open yet.");
  // One statement: the vote is written only for a catalogue diagnosis and while the item's vote is
  // open, and audited; the presenter's tally is signalled once it committed (gathered, decision 106).
  const [written] = await sql<Array<{ known: boolean; itemId: string | null }>>(Prisma.sql`
    with diagnosis as (
      select id from "Diagnosis" where id = ${input.diagnosisId} and status = 'accepted'
    ), vote as (
      insert into "ConferenceVote" ("itemId", "userId", "diagnosisId", "createdAt", "updatedAt")
      select i.id, ${viewer.id}, diagnosis.id, now(), now() from "AgendaItem" i cross join diagnosis
      where i.id = ${item.id} and i."voteState" = 'open'
      on conflict ("itemId", "userId") do update set "diagnosisId" = excluded."diagnosisId", "updatedAt" = now()
      returning "itemId"
    ), audited as (
      insert into "AuditEvent" ("actorId", action, "resourceType", "resourceId", "teamId", ip, at)
      select ${viewer.id}, 'conference.vote', 'conference', ${conference.id}, ${conference.teamId}, ${await requestIp()}, now() from vote
    )
    select exists (select 1 from diagnosis) as known, (select "itemId" from vote) as "itemId"`);
  if (!written?.known) return fail("invalid_input", "Vote for a diagnosis from the catalogue.", { fieldErrors: { diagnosisId: ["Not in the catalogue."] } });
  if (!written.itemId) return fail("forbidden", "The vote closed before your vote arrived.");
  signalTallySoon(conference.id, conference.liveVersion);
  return ok({ diagnosisId: input.diagnosisId });
}, { invalidMessage: "Vote for exactly one diagnosis." });

export const saveStagedDifferential = action("saveStagedDifferential", stagedDifferentialInput, async ({ viewer, input }): Promise<ActionResult<{ step: number }>> => {
  const access = await takingPart(viewer, input.itemId);
  if (access.error) return access.error;
  const { item, conference, studyCount } = access.value;
  // Closed once the answer has been shown, even if the presenter has stepped back since.
  const revealedAt = revealStep(studyCount);
  if (item.reachedStep >= revealedAt || stageOf(conference.currentStep, studyCount).kind === "reveal") {
    return fail("conflict", "The answer has been revealed: differentials are closed for this case.");
  }
  const accepted = await db.diagnosis.findMany({ where: { id: { in: input.diagnosisIds }, status: "accepted" }, select: { id: true } });
  if (accepted.length !== input.diagnosisIds.length) return fail("invalid_input", "Choose diagnoses from the catalogue.", { fieldErrors: { diagnosisIds: ["Not in the catalogue."] } });
  const step = differentialStep(conference.currentStep, studyCount);
  // Written only if the presenter is still on the step the participant was answering.
  const written = await db.$executeRaw`
    insert into "StagedDifferential" ("itemId", "userId", step, "diagnosisIds", "updatedAt")
    select ${item.id}, ${viewer.id}, ${step}, ${input.diagnosisIds}::text[], now() from "Conference" c
    where c.id = ${conference.id} and c."currentItemId" = ${item.id} and c."currentStep" = ${conference.currentStep}
      and exists (select 1 from "AgendaItem" i where i.id = ${item.id} and i."reachedStep" < ${revealedAt})
    on conflict ("itemId", "userId", step) do update set "diagnosisIds" = excluded."diagnosisIds", "updatedAt" = now()`;
  if (written !== 1) return fail("conflict", "The presenter moved on before your differential arrived. Check the current stage and send it again.");
  return ok({ step });
});
