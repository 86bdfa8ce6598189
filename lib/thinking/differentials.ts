// The differential's checks and its first commit, for postDifferential (actions.ts): each problem is
// keyed by its line ("entries.<index>.<field>") so that the form shows it beside that line, and the
// first list a participant commits on a case is kept as it was (decision 066).
import "server-only";
import { stepCount } from "@/lib/cases/answer-entries";
import { stepsThrough, type CaseAccessFacts } from "@/lib/cases/policy";
import { readCase } from "@/lib/cases/queries";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";

interface Line {
  diagnosisId: string;
  rationale: string;
  studyIds: string[];
}

/**
 * Field errors of the lines whose diagnosis is not usable (accepted, or the viewer's own proposal)
 * or whose supporting studies are not studies of the case this viewer may see (the case read's,
 * after the one rule: not a study that is part of the answer before the reveal, nor one a learner
 * has not unlocked on a step-through case); null when every line is fine.
 */
export async function lineErrors(viewer: Viewer, kase: CaseAccessFacts & { id: string }, entries: Line[]): Promise<Record<string, string[]> | null> {
  const studyIds = [...new Set(entries.flatMap((entry) => entry.studyIds))];
  const [usable, studies] = await Promise.all([
    db.diagnosis.findMany({
      where: { id: { in: entries.map((entry) => entry.diagnosisId) }, OR: [{ status: "accepted" }, { status: "proposed", proposedById: viewer.id }] },
      select: { id: true },
    }),
    studyIds.length ? readCase(viewer, kase.id).then((row) => row?.studies ?? []) : [],
  ]);
  const usableIds = new Set(usable.map((row) => row.id));
  const studyIdsOfCase = new Set(studies.map((row) => row.id));
  const errors: Record<string, string[]> = {};
  entries.forEach((entry, index) => {
    if (!usableIds.has(entry.diagnosisId)) errors[`entries.${index}.diagnosisId`] = ["Choose this diagnosis from the catalogue (or propose a new entry first)."];
    if (entry.studyIds.some((id) => !studyIdsOfCase.has(id))) errors[`entries.${index}.studyIds`] = ["Supporting studies must be studies of this case."];
  });
  return Object.keys(errors).length ? errors : null;
}

/**
 * Keeps the list as the participant's first commit on the case if they have none yet. Runs under
 * postDifferential's (user, case) lock, so two first posts at once cannot both be first.
 */
export async function keepFirstCommit(tx: Prisma.TransactionClient, caseId: string, userId: string, entries: Line[]): Promise<void> {
  if ((await tx.firstDifferentialEntry.count({ where: { caseId, userId } })) > 0) return;
  await tx.firstDifferentialEntry.createMany({
    data: entries.map((entry, index) => ({ caseId, userId, rank: index + 1, diagnosisId: entry.diagnosisId, rationale: entry.rationale })),
  });
}

/**
 * A learner's commit at their current step of a step-through unknown (decision 088): the list is
 * kept as that step's, and the step after it unlocks. Runs under postDifferential's (user, case)
 * lock, so the count of their steps is theirs alone and two posts cannot take one step twice.
 * Past the last study (the whole course seen) the last step is kept as first committed.
 * Returns whether a step was taken.
 */
export async function keepStep(tx: Prisma.TransactionClient, viewer: Viewer, kase: CaseAccessFacts & { id: string; stepThrough: boolean }, diagnosisIds: string[]): Promise<boolean> {
  if (!stepsThrough(viewer, kase)) return false;
  const [done, studies] = await Promise.all([
    tx.stepDifferential.count({ where: { caseId: kase.id, userId: viewer.id } }),
    tx.study.findMany({ where: { caseId: kase.id }, select: { partOfAnswer: true } }),
  ]);
  const steps = stepCount(studies);
  if (done > steps) return false;
  await tx.stepDifferential.create({ data: { caseId: kase.id, userId: viewer.id, step: done, diagnosisIds } });
  return true;
}
