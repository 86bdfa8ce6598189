"use server";
// Differentials: post (replace) one's ranked list, support others' diagnoses, propose catalogue
// entries, and review proposals (educators and admins).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit, auditTeamId } from "@/lib/audit/write";
import { canViewCase } from "@/lib/cases/policy";
import { canReviewCatalogue } from "@/lib/diagnoses/policy";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordCaseEvent } from "@/lib/live/notify";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { canPostDifferential } from "@/lib/votes/policy";
import { postDifferentialInput, proposeDiagnosisInput, reviewProposalInput, supportInput } from "./schema";

const caseFacts = { id: true, authorId: true, status: true, visibility: true, teamId: true } as const;

const CHANGED_MEANWHILE = "Your differential was changed from another window while this one was saved. Reload to see it, then post again.";

/**
 * Replaces the viewer's differential for the case with the posted list, in one transaction.
 * Concurrent replacements by one user (two tabs, a double click) take turns on a lock of their
 * own (user, case), taken first: each deletes what the one before it wrote, so the last one wins
 * and none clashes on the rank index (issue 21 item 7). A replay of the submission that wrote the
 * current list (same key) changes nothing and notifies nobody (decision 032).
 */
export const postDifferential = action("postDifferential", postDifferentialInput, async ({ viewer, input }): Promise<ActionResult<{ count: number }>> => {
  const { caseId, entries } = input;
  const clientKey = input.clientKey ?? null;
  const kase = await db.case.findUnique({ where: { id: caseId }, select: caseFacts });
  if (!kase || !canViewCase(viewer, kase)) return notFound();
  if (!canPostDifferential(viewer, kase)) return fail("forbidden", "Differentials are closed on this case.");

  const diagnosisIds = entries.map((entry) => entry.diagnosisId);
  const usable = await db.diagnosis.count({
    where: { id: { in: diagnosisIds }, OR: [{ status: "accepted" }, { status: "proposed", proposedById: viewer.id }] },
  });
  if (usable !== diagnosisIds.length) {
    return fail("invalid_input", "Choose each diagnosis from the catalogue (or propose a new entry first).", { fieldErrors: { entries: ["Unknown diagnosis."] } });
  }
  const studyIds = [...new Set(entries.flatMap((entry) => entry.studyIds))];
  if (studyIds.length && (await db.study.count({ where: { id: { in: studyIds }, caseId } })) !== studyIds.length) {
    return fail("invalid_input", "Supporting studies must be studies of this case.");
  }

  const ip = await requestIp();
  const written = await db.$transaction(async (tx) => {
    // Before any other lock (the case's row, then its event lock: decision 027).
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`differential:${caseId}:${viewer.id}`}))`;
    if (clientKey) {
      const replayed = await tx.differentialEntry.count({ where: { caseId, userId: viewer.id, clientKey } });
      if (replayed > 0) return replayed;
    }
    await tx.differentialEntry.deleteMany({ where: { caseId, userId: viewer.id } });
    await tx.differentialEntry.createMany({
      data: entries.map((entry, index) => ({ caseId, userId: viewer.id, diagnosisId: entry.diagnosisId, rank: index + 1, rationale: entry.rationale, studyIds: entry.studyIds, clientKey })),
    });
    // Listing a diagnosis supersedes an explicit support of the same one.
    await tx.differentialSupport.deleteMany({ where: { caseId, userId: viewer.id, diagnosisId: { in: diagnosisIds } } });
    await tx.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date() } });
    await audit(tx, { actorId: viewer.id, action: "differential.post", resourceType: "case", resourceId: caseId, teamId: auditTeamId(kase), ip });
    await recordCaseEvent(tx, { caseId, actorId: viewer.id, kind: "differential_posted" });
    return entries.length;
  }).catch((error: unknown) => {
    // Not expected under the lock; a catalogue merge moving this user's lines at the same moment
    // could still clash on a unique index: say so instead of failing generically.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  });
  if (written === null) return fail("conflict", CHANGED_MEANWHILE);
  return ok({ count: written });
});

/** Support (or withdraw support for) a diagnosis already on the case's differential. */
export const setSupport = action("setSupport", supportInput, async ({ viewer, input }): Promise<ActionResult<{ supported: boolean }>> => {
  const { caseId, diagnosisId, support } = input;
  const kase = await db.case.findUnique({ where: { id: caseId }, select: caseFacts });
  if (!kase || !canViewCase(viewer, kase)) return notFound();
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

export const proposeDiagnosis = action("proposeDiagnosis", proposeDiagnosisInput, async ({ viewer, input }): Promise<ActionResult<{ diagnosisId: string; name: string }>> => {
  const existing = await db.$queryRaw<Array<{ id: string; name: string }>>`
    select id, name from "Diagnosis"
    where status <> 'merged' and (lower(name) = lower(${input.name})
       or exists (select 1 from unnest(synonyms) s where lower(s) = lower(${input.name})))
    limit 1`;
  if (existing[0]) return ok({ diagnosisId: existing[0].id, name: existing[0].name });
  const slug = `proposed-${input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60)}-${Date.now().toString(36)}`;
  const clientKey = input.clientKey ?? null;
  try {
    const created = await db.diagnosis.create({
      data: { slug, name: input.name, synonyms: input.synonyms, category: "Proposed", status: "proposed", proposedById: viewer.id, clientKey },
      select: { id: true, name: true },
    });
    revalidatePath("/diagnoses");
    return ok({ diagnosisId: created.id, name: created.name });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    // The same submission twice (decision 032): the first one's entry is the answer.
    const replayed = clientKey ? await db.diagnosis.findUnique({ where: { proposedById_clientKey: { proposedById: viewer.id, clientKey } }, select: { id: true, name: true } }) : null;
    if (replayed) return ok({ diagnosisId: replayed.id, name: replayed.name });
    return fail("conflict", "That entry was just proposed by someone else.");
  }
});

/** Educators and admins accept a proposal, merge it into an existing entry, or reject it. */
export const reviewProposal = action("reviewProposal", reviewProposalInput, async ({ viewer, input }): Promise<ActionResult<{ diagnosisId: string }>> => {
  const { diagnosisId, decision, mergeIntoId } = input;
  const proposal = await db.diagnosis.findUnique({ where: { id: diagnosisId }, select: { status: true } });
  if (!proposal) return notFound("catalogue entry");
  if (proposal.status !== "proposed") return fail("conflict", "That proposal has already been reviewed.");

  if (decision === "accept") {
    await db.diagnosis.update({ where: { id: diagnosisId }, data: { status: "accepted", category: "Other" } });
  } else {
    const target = decision === "merge" ? await db.diagnosis.findFirst({ where: { id: mergeIntoId ?? "", status: "accepted" }, select: { id: true } }) : null;
    if (decision === "merge" && !target) return fail("invalid_input", "Choose the catalogue entry to merge into.", { fieldErrors: { mergeIntoId: ["Choose an accepted entry."] } });
    if (decision === "reject" && (await db.differentialEntry.count({ where: { diagnosisId } })) > 0) return fail("conflict", "This proposal is already used in differentials: merge it into an existing entry instead.");
    await db.$transaction(async (tx) => {
      if (target) {
        // Move every use to the target; where someone listed both, keep their existing target line.
        await tx.$executeRaw`
          delete from "DifferentialEntry" e using "DifferentialEntry" t
          where e."diagnosisId" = ${diagnosisId} and t."diagnosisId" = ${target.id} and t."caseId" = e."caseId" and t."userId" = e."userId"`;
        await tx.differentialEntry.updateMany({ where: { diagnosisId }, data: { diagnosisId: target.id } });
        await tx.$executeRaw`
          delete from "DifferentialSupport" s using "DifferentialSupport" t
          where s."diagnosisId" = ${diagnosisId} and t."diagnosisId" = ${target.id} and t."caseId" = s."caseId" and t."userId" = s."userId"`;
        await tx.differentialSupport.updateMany({ where: { diagnosisId }, data: { diagnosisId: target.id } });
        await tx.vote.updateMany({ where: { diagnosisId }, data: { diagnosisId: target.id } });
      }
      await tx.diagnosis.update({ where: { id: diagnosisId }, data: { status: "merged", mergedIntoId: target?.id ?? null } });
    });
  }
  revalidatePath("/diagnoses");
  return ok({ diagnosisId });
}, { gate: (viewer) => (canReviewCatalogue(viewer) ? null : fail("forbidden", "Only educators and administrators review catalogue proposals.")) });
