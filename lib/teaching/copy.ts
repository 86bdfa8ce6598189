// Making a teaching copy of an MDT case (issue 27 item 8, decision 086). The copy is built from
// what the member may see of the case (the export's view: lib/cases/file.ts), never from the
// meeting: intake, outcomes, attendance, discussion, votes and the author's name stay behind. Every
// copied text (the case's fields, series names, captions, marks) goes through the de-identification
// guard first; the images are read back and de-identified again as uploads to the new case, so its
// objects and DICOM UIDs are its own. Anything wrong with the images and the copy is removed.
import "server-only";
import { listSeriesAnnotations } from "@/lib/annotations/queries";
import { audit } from "@/lib/audit/write";
import { createCaseOnce } from "@/lib/cases/create";
import { getCaseFile } from "@/lib/cases/file";
import { caseFields } from "@/lib/cases/identifiers";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { caseInput } from "@/lib/cases/schema";
import { db } from "@/lib/core/db";
import { fail, invalid, notFound, ok, type ActionResult } from "@/lib/core/result";
import type { Viewer } from "@/lib/core/viewer";
import { guardFields, type FieldFinding } from "@/lib/deidentify/confirm";
import { getCaseImages } from "@/lib/imaging/queries";
import type { SeriesView } from "@/lib/imaging/view";
import { ingestFiles } from "@/lib/jobs/ingest-files";
import { casePrefix } from "@/lib/storage/keys";
import { imageStorage } from "@/lib/storage/runtime";
import type { z } from "zod";
import { teachingCopyProblem } from "./policy";
import type { teachingCopyInput } from "./schema";

/** The guard's findings with the text of each flagged field, for the button's review list. */
export interface CopyFindings {
  findings: FieldFinding[];
  texts: Record<string, string>;
}

type Marks = NonNullable<Awaited<ReturnType<typeof listSeriesAnnotations>>>["marks"];
interface SeriesCopy { timelineIndex: number; series: SeriesView; marks: Marks }

/** The timeline's study ids in the case file's order (the member sees every entry: they see the answer). */
function timelineStudyIds(source: { studies: Array<{ id: string; position: number }>; events: Array<{ position: number }> }): Array<string | null> {
  return [...source.studies.map((study) => ({ id: study.id as string | null, position: study.position })), ...source.events.map((event) => ({ id: null, position: event.position }))]
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.id);
}

/** Series names, captions and marks by the field names the review list shows. */
function imageFields(copies: SeriesCopy[]): Record<string, string> {
  const fields: Record<string, string> = {};
  copies.forEach(({ timelineIndex, series, marks }, s) => {
    fields[`images.${timelineIndex}.${s}.name`] = series.name;
    series.images.forEach((image, i) => {
      fields[`images.${timelineIndex}.${s}.${i}.caption`] = image.caption;
      (marks[image.id] ?? []).forEach((mark, m) => (fields[`images.${timelineIndex}.${s}.${i}.mark.${m}`] = mark.text));
    });
  });
  return fields;
}

export async function makeTeachingCopy(viewer: Viewer, input: z.output<typeof teachingCopyInput>, ip: string | null): Promise<ActionResult<{ caseId: string }, CopyFindings>> {
  const source = await db.case.findFirst({
    where: { AND: [{ id: input.caseId }, visibleCaseWhere(viewer)] },
    select: {
      id: true, authorId: true, status: true, visibility: true, teamId: true,
      studies: { select: { id: true, position: true } },
      events: { select: { position: true } },
      agendaItems: { where: { conference: { kind: "mdt" } }, select: { conference: { select: { teamId: true } } } },
      resolution: { select: { diagnosisId: true, diagnosisText: true } },
    },
  });
  if (!source) return notFound();
  const problem = teachingCopyProblem(viewer, source, {
    onMdtAgenda: source.agendaItems.some((item) => item.conference.teamId === source.teamId),
    hasAnswer: Boolean(source.resolution?.diagnosisId || source.resolution?.diagnosisText),
  });
  if (problem) return fail(problem.code, problem.message);
  const file = await getCaseFile(viewer, source.id);
  if (!file) return notFound();
  // A new case of the member's, seen by the institution; the answer hidden until they reveal it.
  const parsed = caseInput.safeParse({ ...file.case, status: input.status, visibility: "institution", teamId: null });
  if (!parsed.success) return invalid(parsed.error, "The MDT case cannot be copied as it is: open it and complete it first.");

  const byStudy = await getCaseImages(viewer, source);
  const copies: SeriesCopy[] = [];
  for (const [timelineIndex, studyId] of timelineStudyIds(source).entries()) {
    for (const series of (studyId && byStudy[studyId]) || []) {
      if (series.images.length) copies.push({ timelineIndex, series, marks: (await listSeriesAnnotations(viewer, series.id))?.marks ?? {} });
    }
  }
  const fields = { ...caseFields(parsed.data), ...imageFields(copies) };
  const guard = guardFields(fields, input);
  if (!guard.ok) {
    const findings = guard.failure.details ?? [];
    const texts = Object.fromEntries(findings.map((finding) => [finding.field, fields[finding.field] ?? ""]));
    return fail("identifiers_found", guard.failure.message, { details: { findings, texts } });
  }

  const caseId = await createCaseOnce(viewer.id, parsed.data, { ip, clientKey: input.clientKey ?? null, identifiersOverride: guard.override });
  // A replay of the same submission answers with the copy already made (or being made: its images are placed once).
  if (await db.teachingCopy.findUnique({ where: { caseId }, select: { caseId: true } })) return ok({ caseId });
  if (!(await db.imageSeries.count({ where: { caseId } }))) {
    try {
      await copyImages(viewer, caseId, copies);
    } catch (error) {
      await db.case.delete({ where: { id: caseId } }).catch(() => undefined);
      await imageStorage().deletePrefix(casePrefix(caseId)).catch(() => undefined);
      if (error instanceof CopyError) return fail("conflict", `The images could not be copied (${error.message}). Nothing was copied.`);
      throw error;
    }
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.teachingCopy.createMany({ data: [{ caseId, sourceCaseId: source.id, teamId: source.teamId!, createdById: viewer.id }], skipDuplicates: true });
    if (count) await audit(tx, { actorId: viewer.id, action: "case.teaching_copy", resourceType: "case", resourceId: caseId, teamId: source.teamId, ip });
  });
  return ok({ caseId });
}

class CopyError extends Error {}

/** Each series read back from storage and ingested into the copy's matching study, then named, captioned and marked as before. */
async function copyImages(viewer: Viewer, caseId: string, copies: SeriesCopy[]): Promise<void> {
  if (!copies.length) return;
  const copy = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { studies: { select: { id: true, position: true, dayOffset: true } }, events: { select: { position: true } } } });
  const targets = [...copy.studies, ...copy.events.map((event) => ({ ...event, id: null, dayOffset: 0 }))].sort((a, b) => a.position - b.position);
  const storage = imageStorage();
  for (const { timelineIndex, series, marks } of copies) {
    const study = targets[timelineIndex];
    if (!study?.id) throw new CopyError("the timeline changed while copying");
    const keys = new Map((await db.image.findMany({ where: { id: { in: series.images.map((image) => image.id) } }, select: { id: true, dicomKey: true, fullKey: true } })).map((row) => [row.id, row.dicomKey ?? row.fullKey]));
    const read: Array<{ image: SeriesView["images"][number]; bytes: Uint8Array }> = [];
    for (const image of series.images) {
      const bytes = await storage.get(keys.get(image.id)!);
      if (bytes) read.push({ image, bytes });
    }
    const before = (await db.imageSeries.findMany({ where: { studyId: study.id }, select: { id: true } })).map((row) => row.id);
    const result = await ingestFiles(db as unknown as Parameters<typeof ingestFiles>[0], storage, { id: study.id, caseId, dayOffset: study.dayOffset }, read.map((entry) => entry.bytes));
    if (result.failed.length) throw new CopyError(result.failed[0]);
    const created = await db.imageSeries.findMany({ where: { studyId: study.id, id: { notIn: before } }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });
    await db.$transaction(async (tx) => {
      for (const row of created) {
        await tx.imageSeries.update({ where: { id: row.id }, data: { name: series.name } });
        for (const [index, image] of row.images.entries()) {
          const original = read[index]?.image;
          if (!original) continue;
          await tx.image.update({ where: { id: image.id }, data: { isKey: original.isKey, caption: original.caption } });
          const own = marks[original.id] ?? [];
          if (own.length) await tx.imageAnnotation.createMany({ data: own.map((mark) => ({ imageId: image.id, caseId, authorId: viewer.id, kind: mark.kind, geometry: mark.geometry as object, text: mark.text, secret: mark.secret })) });
        }
      }
    });
  }
}
