"use server";
// Thinking on a case: ranked differentials and support, votes and the reveal.
// Votes and the reveal. Pages update from live events, so only the reveal (which changes what the
// server renders) revalidates. A vote is one row per (case, user), written with INSERT ... ON CONFLICT,
// so concurrent votes and changes can never duplicate or lose one.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit, auditAction, auditTeamId } from "@/lib/audit/write";
import { canSeeAnswer, canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PollState } from "@/lib/generated/prisma/enums";
import type { CaseEventKind } from "@/lib/live/events";
import { caseEventLockSql, notifyCaseEventSql, recordCaseEvent } from "@/lib/live/notify";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields, type FieldFinding } from "@/lib/deidentify/confirm";
import { answerShownAtConference, answerShownAtConferenceSql } from "@/lib/conferences/consent";
import { canManagePoll, canPostDifferential, canReveal, canVote, isCaseLead, isGuestFor, knowsTheAnswer, KNOWS_THE_ANSWER_MESSAGE } from "./policy";
import { keepFirstCommit, keepStep, lineErrors } from "./differentials";
import { planReveal, writeReveal, type RevealChange } from "./reveal";
import { castVoteInput, pollInput, postDifferentialInput, revealInput, supportInput, voterNamesInput } from "./schema";

const VOTE_CAST: CaseEventKind = "vote_cast";

type PollFacts = CaseAccessFacts & { id: string; pollState: PollState; showVoterNames: boolean };

/**
 * The case's poll facts; with `diagnosisId`, also whether that diagnosis may be voted for. One
 * statement in SQL (decision 017): a burst of votes is the app's hottest write.
 */
/** The vote's case facts, whether the diagnosis may be voted for, and whether a room showed this viewer the answer: one statement. */
async function loadCase(viewerId: string, caseId: string, diagnosisId?: string): Promise<(PollFacts & { diagnosisAccepted: boolean; answerShown: boolean }) | null> {
  const [row] = await sql<Array<PollFacts & { diagnosisAccepted: boolean; answerShown: boolean }>>(Prisma.sql`
    select c.id, c."authorId", c.status::text as status, c.visibility::text as visibility, c."teamId",
           c."pollState"::text as "pollState", c."showVoterNames",
           exists (select 1 from "Diagnosis" d where d.id = ${diagnosisId ?? null} and d.status = 'accepted') as "diagnosisAccepted",
           c.status = 'unknown' and ${answerShownAtConferenceSql(viewerId, Prisma.sql`c.id`)} as "answerShown"
    from "Case" c where c.id = ${caseId}`);
  return row ?? null;
}

export const castVote = action("castVote", castVoteInput, async ({ viewer, input }): Promise<ActionResult<{ diagnosisId: string }>> => {
  const { caseId, diagnosisId } = input;
  const kase = await loadCase(viewer.id, caseId, diagnosisId);
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (kase.status === "draft") return fail("forbidden", "A draft case cannot be voted on.");
  if (!canVote(viewer, kase)) {
    if (knowsTheAnswer(viewer, kase)) return fail("forbidden", KNOWS_THE_ANSWER_MESSAGE);
    if (kase.pollState === "open" && isGuestFor(viewer, kase)) {
      return fail("forbidden", "Guests of this team read and comment but do not vote.");
    }
    return fail("forbidden", kase.pollState === "closed" ? "The poll is closed: votes can no longer be cast or changed." : "The poll is not open yet.");
  }
  if (kase.answerShown) return fail("forbidden", KNOWS_THE_ANSWER_MESSAGE);
  if (!kase.diagnosisAccepted) return fail("invalid_input", "Vote for a diagnosis from the catalogue.", { fieldErrors: { diagnosisId: ["Not in the catalogue."] } });

  // One statement, one round trip, no interactive transaction: under a burst of votes no
  // request waits for a pooled connection to hold a transaction open. It upserts the vote only
  // while the poll is open and writes its audit row, then takes the case's event lock, logs the
  // event and notifies (see lib/live/notify.ts for why the lock keeps event ids in commit order).
  // The lock comes last because every write to the case waits for it until the holder commits:
  // what runs before it runs beside other voters' statements (decision 027).
  const written = await sql<Array<{ id: bigint }>>(Prisma.sql`
    with vote as (
      insert into "Vote" ("caseId", "userId", "diagnosisId", "createdAt", "updatedAt")
      select c.id, ${viewer.id}, ${diagnosisId}, now(), now()
      from "Case" c
      where c.id = ${caseId} and c."pollState" = 'open'
      on conflict ("caseId", "userId") do update set "diagnosisId" = excluded."diagnosisId", "updatedAt" = now()
      returning "caseId"
    ), audited as (
      insert into "AuditEvent" ("actorId", action, "resourceType", "resourceId", "teamId", ip, at)
      select ${viewer.id}, ${auditAction("vote.cast")}, 'case', "caseId", ${auditTeamId(kase)}, ${await requestIp()}, now() from vote
      returning 1
    ), locked as (
      -- The filter on the audit row is checked once, before the lock is asked for.
      select vote."caseId" from vote
      cross join lateral (select ${caseEventLockSql(caseId)}) as held
      where (select count(*) from audited) >= 0
    ), event as (
      insert into "CaseActivity" ("caseId", "actorId", kind, "createdAt")
      select "caseId", ${viewer.id}, ${VOTE_CAST}, now() from locked
      returning id, "caseId", "subjectId"
    )
    select event.id from event
    cross join lateral (select ${notifyCaseEventSql("event", VOTE_CAST)}) as notified`);
  const accepted = written.length === 1;
  if (!accepted) return fail("forbidden", "The poll closed before your vote arrived.");
  return ok({ diagnosisId });
}, { invalidMessage: "Vote for exactly one diagnosis." });

export const setPollState = action("setPollState", pollInput, async ({ viewer, input }): Promise<ActionResult<{ state: "open" | "closed" }>> => {
  const kase = await loadCase(viewer.id, input.caseId);
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (!canManagePoll(viewer, kase)) return fail("forbidden", "Only the case's author or its leads (the owners, coordinators and educators of its team, its presenter) run the poll, and only before the reveal.");
  await db.$transaction(async (tx) => {
    await tx.case.update({ where: { id: kase.id }, data: { pollState: input.state } });
    await audit(tx, { actorId: viewer.id, action: `poll.${input.state === "open" ? "open" : "close"}`, resourceType: "case", resourceId: kase.id, teamId: auditTeamId(kase), ip: await requestIp() });
    await recordCaseEvent(tx, { caseId: kase.id, actorId: viewer.id, kind: input.state === "open" ? "poll_opened" : "poll_closed" });
  });
  return ok({ state: input.state });
});

export const setVoterNamesVisible = action("setVoterNamesVisible", voterNamesInput, async ({ viewer, input }): Promise<ActionResult<{ show: boolean }>> => {
  const kase = await loadCase(viewer.id, input.caseId);
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (!isCaseLead(viewer, kase)) return fail("forbidden", "Only the case's author or its leads (the owners, coordinators and educators of its team, its presenter) change this setting.");
  await db.$transaction(async (tx) => {
    await tx.case.update({ where: { id: kase.id }, data: { showVoterNames: input.show } });
    await audit(tx, { actorId: viewer.id, action: "poll.settings", resourceType: "case", resourceId: kase.id, teamId: auditTeamId(kase), ip: await requestIp() });
    await recordCaseEvent(tx, { caseId: kase.id, actorId: viewer.id, kind: "poll_settings" });
  });
  return ok({ show: input.show });
});

/**
 * The reveal: the final diagnosis from the catalogue, its certainty and basis, starting from the
 * authored answer; overwriting any of it needs an explicit confirmation (lib/thinking/reveal.ts). Once only.
 */
export const revealCase = action("revealCase", revealInput, async ({ viewer, input }): Promise<ActionResult<{ caseId: string }, { changes: RevealChange[] } | FieldFinding[]>> => {
  const { caseId } = input;
  const kase = await loadCase(viewer.id, caseId);
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (kase.status === "resolved") return fail("conflict", "This case has already been revealed.");
  if (!canReveal(viewer, kase)) return fail("forbidden", "Only the case's author or its leads (the owners, coordinators and educators of its team, its presenter) can reveal the answer.");
  // What the revealer typed is published to everyone: the guard checks it like the case's own text.
  const guard = guardFields({ explanation: input.explanation, teachingPoints: input.teachingPoints }, input);
  if (!guard.ok) return guard.failure;
  const plan = await planReveal(caseId, input, { viewerId: viewer.id, showValues: canSeeAnswer(viewer, kase) });
  if ("ok" in plan) return plan;

  const ip = await requestIp();
  const revealed = await db.$transaction(async (tx) => {
    // Only one reveal wins, even if two are sent at once.
    const changed = await tx.case.updateMany({
      where: { id: caseId, status: { in: ["open", "unknown"] } },
      data: { status: "resolved", pollState: "closed", lastActivityAt: new Date() },
    });
    if (changed.count === 0) return false;
    await writeReveal(tx, caseId, plan);
    await audit(tx, { actorId: viewer.id, action: "case.reveal", resourceType: "case", resourceId: caseId, teamId: auditTeamId(kase), ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "case", resourceId: caseId, teamId: auditTeamId(kase), ip });
    await recordCaseEvent(tx, { caseId, actorId: viewer.id, kind: "case_revealed" });
    return true;
  });
  if (!revealed) return fail("conflict", "This case has already been revealed.");
  revalidatePath(`/cases/${caseId}`);
  revalidatePath("/cases");
  return ok({ caseId });
});

// Differentials: post (replace) one's ranked list and support others' diagnoses.

const caseFacts = { id: true, authorId: true, status: true, visibility: true, teamId: true, stepThrough: true } as const;

const CHANGED_MEANWHILE = "Your differential was changed from another window while this one was saved. Reload to see it, then post again.";

/**
 * Replaces the viewer's differential for the case with the posted list, in one transaction.
 * Concurrent replacements by one user (two tabs, a double click) take turns on a lock of their
 * own (user, case), taken first: each deletes what the one before it wrote, so the last one wins
 * and none clashes on the rank index (issue 21 item 7). A replay of the submission that wrote the
 * current list (same key) changes nothing and notifies nobody (decision 032). On a step-through
 * unknown a learner's post is also their commit at the current step: kept, and the next study
 * unlocks (`stepped`: the page shows more after a refresh; decision 088).
 */
export const postDifferential = action("postDifferential", postDifferentialInput, async ({ viewer, input }): Promise<ActionResult<{ count: number; stepped: boolean }, FieldFinding[]>> => {
  const { caseId, entries } = input;
  const clientKey = input.clientKey ?? null;
  const kase = await db.case.findUnique({ where: { id: caseId }, select: caseFacts });
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (knowsTheAnswer(viewer, kase) || (kase.status === "unknown" && await answerShownAtConference(viewer.id, kase.id))) return fail("forbidden", KNOWS_THE_ANSWER_MESSAGE);
  if (!canPostDifferential(viewer, kase)) return fail("forbidden", "Differentials are closed on this case.");

  const diagnosisIds = entries.map((entry) => entry.diagnosisId);
  const fieldErrors = await lineErrors(viewer, kase, entries);
  if (fieldErrors) return fail("invalid_input", "Some lines of your differential need attention.", { fieldErrors });
  // The rationales pass the de-identification guard (issue 25), keyed "entries.<index>.rationale".
  const guard = guardFields(Object.fromEntries(entries.map((entry, index) => [`entries.${index}.rationale`, entry.rationale])), input);
  if (!guard.ok) return guard.failure;

  const ip = await requestIp();
  const written = await db.$transaction(async (tx) => {
    // Before any other lock (the case's row, then its event lock: decision 027).
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`differential:${caseId}:${viewer.id}`}))`;
    if (clientKey) {
      const replayed = await tx.differentialEntry.count({ where: { caseId, userId: viewer.id, clientKey } });
      if (replayed > 0) return { count: replayed, stepped: false };
    }
    await tx.differentialEntry.deleteMany({ where: { caseId, userId: viewer.id } });
    await tx.differentialEntry.createMany({
      data: entries.map((entry, index) => ({ caseId, userId: viewer.id, diagnosisId: entry.diagnosisId, rank: index + 1, rationale: entry.rationale, studyIds: entry.studyIds, clientKey })),
    });
    await keepFirstCommit(tx, caseId, viewer.id, entries);
    const stepped = await keepStep(tx, viewer, kase, diagnosisIds);
    // Listing a diagnosis supersedes an explicit support of the same one.
    await tx.differentialSupport.deleteMany({ where: { caseId, userId: viewer.id, diagnosisId: { in: diagnosisIds } } });
    await tx.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date() } });
    await audit(tx, { actorId: viewer.id, action: "differential.post", resourceType: "case", resourceId: caseId, teamId: auditTeamId(kase), ip });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "differential", resourceId: caseId, teamId: auditTeamId(kase), ip });
    await recordCaseEvent(tx, { caseId, actorId: viewer.id, kind: "differential_posted" });
    return { count: entries.length, stepped };
  }).catch((error: unknown) => {
    // Not expected under the lock; a catalogue merge moving this user's lines at the same moment
    // could still clash on a unique index: say so instead of failing generically.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  });
  if (written === null) return fail("conflict", CHANGED_MEANWHILE);
  return ok(written);
});

/** Support (or withdraw support for) a diagnosis already on the case's differential. */
export const setSupport = action("setSupport", supportInput, async ({ viewer, input }): Promise<ActionResult<{ supported: boolean }>> => {
  const { caseId, diagnosisId, support } = input;
  const kase = await db.case.findUnique({ where: { id: caseId }, select: caseFacts });
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (knowsTheAnswer(viewer, kase)) return fail("forbidden", KNOWS_THE_ANSWER_MESSAGE);
  if (!canPostDifferential(viewer, kase)) return fail("forbidden", "Differentials are closed on this case.");
  const listed = await db.differentialEntry.findMany({ where: { caseId, diagnosisId }, select: { userId: true } });
  if (listed.length === 0) return fail("invalid_input", "Only diagnoses already on the case's differential can be supported.");
  if (listed.some((entry) => entry.userId === viewer.id)) return fail("conflict", "This diagnosis is already in your own differential.");

  await db.$transaction(async (tx) => {
    // Idempotent either way: a unique key, never a read-then-write of a counter.
    if (support) {
      await tx.$executeRaw`insert into "DifferentialSupport" ("caseId", "diagnosisId", "userId") values (${caseId}, ${diagnosisId}, ${viewer.id}) on conflict do nothing`;
    } else {
      await tx.differentialSupport.deleteMany({ where: { caseId, diagnosisId, userId: viewer.id } });
    }
    await audit(tx, { actorId: viewer.id, action: support ? "support.add" : "support.withdraw", resourceType: "case", resourceId: caseId, teamId: auditTeamId(kase), ip: await requestIp() });
    await recordCaseEvent(tx, { caseId, actorId: viewer.id, kind: "support_changed" }); // no diagnosis id: a blind viewer must not learn what was supported
  });
  return ok({ supported: support });
});
