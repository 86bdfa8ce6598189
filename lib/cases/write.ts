// Writing a case and its timeline. Shared by the authoring action, the importer and the demo
// seed, so that all three produce the same rows. Callers validate and authorize first.
import type { Tx } from "@/lib/core/db";
import { audit, auditTeamId } from "@/lib/audit/write";
import { recordCaseEvent } from "@/lib/live/notify";
import type { CaseInput } from "./schema";

async function findDiagnosisId(tx: Tx, text: string): Promise<string | null> {
  if (!text) return null;
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    select id from "Diagnosis"
    where lower(name) = lower(${text})
       or exists (select 1 from unnest(synonyms) as synonym where lower(synonym) = lower(${text}))
    limit 1`;
  return rows[0]?.id ?? null;
}

async function writeResolution(tx: Tx, caseId: string, input: CaseInput, previouslyRevealed: Date | null) {
  const { resolution } = input;
  const empty = !resolution.diagnosis && !resolution.teachingPoints && !resolution.explanation;
  if (empty && input.status !== "resolved") {
    await tx.finalDiagnosis.deleteMany({ where: { caseId } });
    await tx.resolution.deleteMany({ where: { caseId } });
    return;
  }
  const picked = resolution.diagnosisId ? await tx.diagnosis.findFirst({ where: { id: resolution.diagnosisId, status: { in: ["accepted", "proposed"] } }, select: { id: true } }) : null;
  const data = {
    diagnosisId: picked?.id ?? (await findDiagnosisId(tx, resolution.diagnosis)),
    diagnosisText: resolution.diagnosis || null,
    certainty: resolution.certainty,
    basis: resolution.basis,
    explanation: resolution.explanation || null,
    teachingPoints: resolution.teachingPoints || null,
    revealedAt: input.status === "resolved" ? (previouslyRevealed ?? new Date()) : null,
  };
  await tx.resolution.upsert({ where: { caseId }, create: { caseId, ...data }, update: data });
  await writeSecondary(tx, caseId, data.diagnosisId, resolution.secondary);
}

/** Secondary final diagnoses (decision 067): those of the catalogue, once each, never the primary. Absent, unchanged. */
async function writeSecondary(tx: Tx, caseId: string, primaryId: string | null, secondary: CaseInput["resolution"]["secondary"]) {
  if (!secondary) return;
  const ids = [...new Set(secondary.map((item) => item.diagnosisId))].filter((id) => id !== primaryId);
  const known = new Set((await tx.diagnosis.findMany({ where: { id: { in: ids }, status: { in: ["accepted", "proposed"] } }, select: { id: true } })).map((row) => row.id));
  await tx.finalDiagnosis.deleteMany({ where: { caseId } });
  const rows = ids.filter((id) => known.has(id)).map((id, index) => ({ caseId, diagnosisId: id, position: index + 2, scoresVotes: secondary.find((item) => item.diagnosisId === id)!.scoresVotes }));
  if (rows.length) await tx.finalDiagnosis.createMany({ data: rows });
}

/**
 * Studies and events keep their ids across edits (discussion will anchor to them): items sent with
 * an id of this case are updated, items without one are created, the case's others are deleted.
 * Ids of another case's items are treated as new items, never touched.
 */
async function writeTimeline(tx: Tx, caseId: string, input: CaseInput) {
  const [studies, events] = await Promise.all([
    tx.study.findMany({ where: { caseId }, select: { id: true } }),
    tx.clinicalEvent.findMany({ where: { caseId }, select: { id: true } }),
  ]);
  const studyIds = new Set(studies.map((study) => study.id));
  const eventIds = new Set(events.map((event) => event.id));
  const keptStudies = new Set<string>();
  const keptEvents = new Set<string>();

  for (const [position, item] of input.timeline.entries()) {
    if (item.type === "study") {
      const { type: _type, id, ...fields } = item;
      if (id && studyIds.has(id) && !keptStudies.has(id)) {
        keptStudies.add(id);
        await tx.study.update({ where: { id }, data: { ...fields, position } });
      } else {
        const created = await tx.study.create({ data: { ...fields, position, caseId }, select: { id: true } });
        keptStudies.add(created.id);
      }
    } else {
      const { type: _type, id, ...fields } = item;
      if (id && eventIds.has(id) && !keptEvents.has(id)) {
        keptEvents.add(id);
        await tx.clinicalEvent.update({ where: { id }, data: { ...fields, position } });
      } else {
        const created = await tx.clinicalEvent.create({ data: { ...fields, position, caseId }, select: { id: true } });
        keptEvents.add(created.id);
      }
    }
  }
  await tx.study.deleteMany({ where: { caseId, id: { notIn: [...keptStudies] } } });
  await tx.clinicalEvent.deleteMany({ where: { caseId, id: { notIn: [...keptEvents] } } });
}

function caseFields(input: CaseInput) {
  return {
    title: input.title,
    presentation: input.presentation,
    ageBand: input.ageBand,
    sex: input.sex,
    region: input.region,
    tags: input.tags,
    status: input.status,
    visibility: input.visibility,
    teamId: input.visibility === "team" ? input.teamId : null,
    stepThrough: input.stepThrough ?? false,
    // Never reset: a case that was an unknown stays one for the learning record.
    ...(input.status === "unknown" ? { postedAsUnknown: true } : {}),
  };
}

export async function createCaseRows(
  tx: Tx,
  authorId: string,
  input: CaseInput,
  options: { id?: string; now?: Date; ip?: string | null; clientKey?: string | null } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const created = await tx.case.create({
    data: {
      ...(options.id ? { id: options.id } : {}),
      ...caseFields(input),
      authorId,
      // Unique per author: a second create with this key fails here, before anything else is written.
      clientKey: options.clientKey ?? null,
      createdAt: now,
      lastActivityAt: now,
      follows: { create: { userId: authorId } },
    },
    select: { id: true },
  });
  await writeTimeline(tx, created.id, input);
  await writeResolution(tx, created.id, input, null);
  await audit(tx, { actorId: authorId, action: "case.create", resourceType: "case", resourceId: created.id, teamId: auditTeamId(input), ip: options.ip });
  await recordCaseEvent(tx, { caseId: created.id, actorId: authorId, kind: "case_created" });
  return created.id;
}

/** Returns false when the case changed since `expectedUpdatedAt` (someone else saved first). */
export async function updateCaseRows(
  tx: Tx,
  caseId: string,
  actorId: string,
  input: CaseInput,
  expectedUpdatedAt?: Date,
  ip?: string | null,
): Promise<boolean> {
  const now = new Date();
  const updated = await tx.case.updateMany({
    where: { id: caseId, ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
    data: { ...caseFields(input), updatedAt: now, lastActivityAt: now },
  });
  if (updated.count === 0) return false;
  const previous = await tx.resolution.findUnique({ where: { caseId }, select: { revealedAt: true } });
  await writeTimeline(tx, caseId, input);
  await writeResolution(tx, caseId, input, previous?.revealedAt ?? null);
  await audit(tx, { actorId, action: "case.update", resourceType: "case", resourceId: caseId, teamId: auditTeamId(input), ip });
  await recordCaseEvent(tx, { caseId, actorId, kind: "case_updated" });
  return true;
}
