// A case as a file (the export format of lib/cases/schema.ts): what the viewer may see of it, for
// export and, with ids, as the edit form's starting values.
import "server-only";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { answerShownTo, canEditCase, canSeeCaseLabels, UNKNOWN_CASE_TITLE, visibleCaseWhere } from "./policy";
import { CASE_FILE_FORMAT, type CaseFile } from "./schema";
import { accessSelect, readResolution } from "./queries";
import { stepFactsOf, stepFactsSelect, withEntriesFor } from "./answer-entries";

/** The whole case in the import/export format; the answer only for those who may see it. */
export async function getCaseFile(viewer: Viewer, caseId: string): Promise<CaseFile | null> {
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] },
    select: {
      id: true, title: true, presentation: true, ageBand: true, sex: true, region: true, tags: true,
      originalAuthorName: true, author: { select: { name: true } },
      ...accessSelect, ...stepFactsSelect(viewer),
      studies: {
        select: {
          position: true, dayOffset: true, label: true, modality: true, region: true, technique: true,
          contrast: true, findings: true, impression: true, change: true, partOfAnswer: true,
        },
      },
      events: { select: { position: true, dayOffset: true, label: true, kind: true, description: true, partOfAnswer: true } },
    },
  });
  if (!row) return null;
  const facts = { ...row, ...stepFactsOf(row) };
  // The answer goes with whoever it has been shown to, as on the case page (decision 093).
  const [resolved, secondary] = answerShownTo(viewer, facts)
    ? await Promise.all([
        readResolution(row.id),
        db.finalDiagnosis.findMany({ where: { caseId: row.id }, orderBy: { position: "asc" }, select: { diagnosisId: true, scoresVotes: true, diagnosis: { select: { name: true } } } }),
      ])
    : [null, []];
  const answer = resolved?.answer ?? null;
  const labelsVisible = canSeeCaseLabels(viewer, row);
  // Entries that are part of the answer leave with the answer only (decision 065); a learner's
  // file has the steps they have unlocked (decision 088).
  const { studies, events } = withEntriesFor(viewer, facts);
  const timeline = [
    ...studies.map((study) => ({ ...study, type: "study" as const })),
    ...events.map((event) => ({ ...event, type: "event" as const })),
  ]
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...item }) => item) as CaseFile["case"]["timeline"];
  return {
    format: CASE_FILE_FORMAT,
    version: 1,
    // The first author stays the author through any number of exports and imports.
    origin: { author: row.originalAuthorName ?? row.author.name },
    case: {
      title: labelsVisible ? row.title : UNKNOWN_CASE_TITLE,
      presentation: row.presentation,
      ageBand: row.ageBand,
      sex: row.sex,
      region: row.region as CaseFile["case"]["region"],
      tags: labelsVisible ? row.tags : [],
      // A copy without the answer cannot be an unknown case (which needs one): it becomes open.
      status: row.status === "archived" ? "open" : row.status === "unknown" && !answer ? "open" : row.status === "resolved" && !answer ? "open" : row.status,
      visibility: row.visibility,
      teamId: row.teamId,
      stepThrough: row.stepThrough,
      timeline,
      resolution: {
        diagnosis: answer?.diagnosis ?? "",
        certainty: (answer?.certainty ?? null) as CaseFile["case"]["resolution"]["certainty"],
        basis: (answer?.basis ?? null) as CaseFile["case"]["resolution"]["basis"],
        explanation: answer?.explanation ?? "",
        teachingPoints: answer?.teachingPoints ?? "",
        diagnosisId: resolved?.diagnosisId ?? null,
        secondary: secondary.map((item) => ({ diagnosisId: item.diagnosisId, name: item.diagnosis.name, scoresVotes: item.scoresVotes })),
      },
    },
  };
}

export interface CaseFormValues {
  caseId: string;
  updatedAt: string;
  value: CaseFile["case"];
}

/** The edit form's starting values; null unless the viewer may edit (so others get a 404). */
export async function getCaseForEdit(viewer: Viewer, caseId: string): Promise<CaseFormValues | null> {
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] },
    select: { id: true, updatedAt: true, ...accessSelect },
  });
  if (!row || !canEditCase(viewer, row)) return null;
  const file = await getCaseFile(viewer, caseId);
  if (!file) return null;
  // getCaseFile drops ids; the form needs them so that studies keep their identity on save.
  const [studies, events] = await Promise.all([
    db.study.findMany({ where: { caseId }, select: { id: true, position: true } }),
    db.clinicalEvent.findMany({ where: { caseId }, select: { id: true, position: true } }),
  ]);
  const ids = [...studies.map((s) => ({ ...s, type: "study" })), ...events.map((e) => ({ ...e, type: "event" }))]
    .sort((a, b) => a.position - b.position)
    .map((item) => item.id);
  return {
    caseId: row.id,
    updatedAt: row.updatedAt.toISOString(),
    value: {
      ...file.case,
      status: row.status === "archived" ? "open" : row.status,
      timeline: file.case.timeline.map((item, index) => ({ ...item, id: ids[index] })),
    },
  };
}
