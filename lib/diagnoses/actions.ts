"use server";
// Catalogue proposals: anyone signed in proposes an entry; educators and admins review them.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { Prisma } from "@/lib/generated/prisma/client";
import { canReviewCatalogue } from "./policy";
import { proposeDiagnosisInput, reviewProposalInput } from "./schema";

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
    if (decision === "reject" && (await db.differentialEntry.count({ where: { diagnosisId } })) + (await db.firstDifferentialEntry.count({ where: { diagnosisId } })) > 0) return fail("conflict", "This proposal is already used in differentials: merge it into an existing entry instead.");
    await db.$transaction(async (tx) => {
      if (target) {
        // Move every use to the target; where someone listed both, keep their existing target line.
        await tx.$executeRaw`
          delete from "DifferentialEntry" e using "DifferentialEntry" t
          where e."diagnosisId" = ${diagnosisId} and t."diagnosisId" = ${target.id} and t."caseId" = e."caseId" and t."userId" = e."userId"`;
        await tx.differentialEntry.updateMany({ where: { diagnosisId }, data: { diagnosisId: target.id } });
        // A first commit is kept as it was, but in the catalogue's words (its lines have no unique diagnosis).
        await tx.firstDifferentialEntry.updateMany({ where: { diagnosisId }, data: { diagnosisId: target.id } });
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
