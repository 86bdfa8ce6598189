// Reads of studies' images, as view models: image ids and sizes, never storage keys (the image
// route resolves a key on the server after authorizing). Each read is one statement per page
// section, whatever the number of series and images.
import "server-only";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { answerShownTo, canEditCase, canViewCase } from "@/lib/cases/policy";
import { stepFactsOf, stepFactsSelect } from "@/lib/cases/answer-entries";
import type { ImagingCaseFacts, LiveGate } from "./policy";
import type { SeriesRow } from "./sql";
import { imageVersion, storedObjectsSelect, withVersion } from "./version";
import type { StudyImages } from "./view";

const caseFacts = { authorId: true, status: true, visibility: true, teamId: true } as const;

/** The study with its case's access facts and lock, or null when there is no such study. */
export async function loadStudyForImages(studyId: string) {
  const study = await db.study.findUnique({
    where: { id: studyId },
    select: {
      id: true, caseId: true, dayOffset: true,
      case: { select: { ...caseFacts, agendaItems: { where: { outcome: { signedOffAt: { not: null } } }, select: { id: true }, take: 1 } } },
    },
  });
  if (!study) return null;
  const { agendaItems, ...facts } = study.case;
  const kase: ImagingCaseFacts = { ...facts, locked: agendaItems.length > 0 };
  return { id: study.id, caseId: study.caseId, dayOffset: study.dayOffset, kase };
}

/** A series with its study's case facts (actions start here; the case is derived, never sent). */
export async function loadSeriesForEdit(seriesId: string) {
  const series = await db.imageSeries.findUnique({ where: { id: seriesId }, select: { id: true, studyId: true, caseId: true, position: true } });
  if (!series) return null;
  const study = await loadStudyForImages(series.studyId);
  return study ? { series, study } : null;
}

export async function loadImageForEdit(imageId: string) {
  const image = await db.image.findUnique({ where: { id: imageId }, select: { id: true, seriesId: true, caseId: true, isKey: true, caption: true } });
  if (!image) return null;
  const loaded = await loadSeriesForEdit(image.seriesId);
  return loaded ? { image, ...loaded } : null;
}

/**
 * Everything the image route needs about one image, with the live-conference gate for this viewer:
 * the least step reached among live conferences presenting the case whose audience the viewer is
 * in (joined, or a member of the conference's team), unless the viewer presents or chairs it.
 */
export async function loadImageForView(viewer: Viewer | null, imageId: string) {
  const image = await db.image.findUnique({
    where: { id: imageId },
    select: {
      id: true, caseId: true, ...storedObjectsSelect, needsReview: true,
      series: { select: { study: { select: { id: true, dayOffset: true, position: true, partOfAnswer: true, case: { select: { id: true, ...caseFacts, ...stepFactsSelect(viewer) } } } } } },
    },
  });
  if (!image) return null;
  const { study } = image.series;
  const { _count: _steps, ...facts } = study.case;
  const kase = { ...facts, ...stepFactsOf(study.case) };
  // On a step-through case, the study's stage (lib/cases/answer-entries.ts): how many studies not
  // part of the answer come before it; a learner sees its images once they have committed as many steps.
  const stage = kase.stepThrough
    ? await db.study.count({ where: { caseId: image.caseId, partOfAnswer: false, OR: [{ dayOffset: { lt: study.dayOffset } }, { dayOffset: study.dayOffset, position: { lt: study.position } }] } })
    : 0;
  let gate: LiveGate | null = null;
  if (viewer) {
    const [items, studyStep] = await Promise.all([
      db.agendaItem.findMany({
        where: {
          caseId: image.caseId,
          conference: {
            startedAt: { not: null }, endedAt: null,
            presenterId: { not: viewer.id },
            OR: [{ chairId: null }, { chairId: { not: viewer.id } }],
            AND: [{ OR: [{ participants: { some: { userId: viewer.id } } }, { teamId: { in: viewer.teamIds } }] }],
          },
        },
        select: { reachedStep: true },
      }),
      db.study.count({
        where: { caseId: image.caseId, OR: [{ dayOffset: { lt: study.dayOffset } }, { dayOffset: study.dayOffset, position: { lte: study.position } }] },
      }),
    ]);
    if (items.length > 0) gate = { reachedStep: Math.min(...items.map((item) => item.reachedStep)), studyStep };
  }
  return {
    id: image.id, caseId: image.caseId, studyId: study.id, fullKey: image.fullKey, thumbKey: image.thumbKey, dicomKey: image.dicomKey,
    version: imageVersion(image), needsReview: image.needsReview, partOfAnswer: study.partOfAnswer, stage, kase, gate,
  };
}

const seriesSelect = {
  id: true, studyId: true, name: true, position: true, modality: true, orderedBy: true, needsReview: true,
  images: { orderBy: [{ position: "asc" as const }, { id: "asc" as const }], select: { id: true, position: true, sortKey: true, width: true, height: true, isKey: true, caption: true, needsReview: true, ...storedObjectsSelect } },
};

/**
 * The series of every study of a case, keyed by study id, as this viewer may see them: everyone
 * who may see the case sees its images, except images awaiting review (editors only), and a study
 * that is part of an unknown case's answer only with the answer.
 */
export async function getCaseImages(viewer: Viewer | null, kase: ImagingCase): Promise<StudyImages> {
  if (!canViewCase(viewer, kase)) return {};
  const editor = canEditCase(viewer, kase);
  const rows = await db.imageSeries.findMany({
    where: { caseId: kase.id, ...(editor ? {} : { needsReview: false }), ...(answerShownTo(viewer, kase) ? {} : { study: { partOfAnswer: false } }) },
    orderBy: [{ studyId: "asc" }, { position: "asc" }, { id: "asc" }],
    select: seriesSelect,
  });
  return visibleSeries(viewer, kase, rows, null);
}

type ImagingCase = {
  id: string; authorId: string; status: ImagingCaseFacts["status"]; visibility: ImagingCaseFacts["visibility"]; teamId: string | null;
  /** StepFacts.answerShown, where the caller read it (the case archive): answer studies' images with the answer. */
  answerShown?: boolean;
};

/**
 * The one rule for which of a case's series a viewer sees, keyed by study id: series awaiting
 * review and slices awaiting review only for editors, and only series of `shownStudyIds` (the
 * studies the viewer's case read kept) when given.
 */
export function visibleSeries(viewer: Viewer | null, kase: ImagingCase, rows: SeriesRow[], shownStudyIds: Set<string> | null): StudyImages {
  if (!canViewCase(viewer, kase)) return {};
  const editor = canEditCase(viewer, kase);
  const byStudy: StudyImages = {};
  for (const { studyId, images, ...series } of rows) {
    if (shownStudyIds && !shownStudyIds.has(studyId)) continue;
    if (series.needsReview && !editor) continue;
    const visible = editor ? images : images.filter((image) => !image.needsReview);
    if (visible.length === 0 && !editor) continue;
    // The storage keys stop here: the client gets the version its URLs carry.
    (byStudy[studyId] ??= []).push({ ...series, images: visible.map(withVersion) });
  }
  return byStudy;
}

/** The first key image of each case (else its first image), for library cards and the dashboard. */
export async function firstKeyImages(caseIds: string[]): Promise<Record<string, { id: string; version: string; alt: string }>> {
  if (caseIds.length === 0) return {};
  const rows = await db.$queryRaw<Array<{ caseId: string; id: string; caption: string; name: string; position: number; fullKey: string; thumbKey: string; dicomKey: string | null }>>`
    select distinct on (i."caseId") i."caseId", i.id, i.caption, s.name, i.position, i."fullKey", i."thumbKey", i."dicomKey"
    from "Image" i join "ImageSeries" s on s.id = i."seriesId" join "Study" st on st.id = s."studyId" join "Case" c on c.id = st."caseId"
    where i."caseId" = any(${caseIds}::text[]) and not i."needsReview" and not s."needsReview" and not st."partOfAnswer"
      -- of a step-through unknown, only the first study's (decision 088: what every learner sees)
      and (not c."stepThrough" or c.status <> 'unknown' or not exists (select 1 from "Study" p
        where p."caseId" = st."caseId" and not p."partOfAnswer" and (p."dayOffset", p.position) < (st."dayOffset", st.position)))
    order by i."caseId", i."isKey" desc, st."dayOffset", st.position, s.position, i.position`;
  return Object.fromEntries(rows.map((row) => [row.caseId, { id: row.id, version: imageVersion(row), alt: row.caption || `${row.name}, slice ${row.position + 1}` }]));
}

/** The viewer's recent uploads to a study (the authoring form's progress list after a reload). */
export async function listStudyUploads(viewer: Viewer, studyId: string) {
  return db.imageUpload.findMany({
    where: { studyId, uploaderId: viewer.id, createdAt: { gt: new Date(Date.now() - 24 * 3600_000) } },
    orderBy: { createdAt: "asc" },
    select: uploadStatusSelect,
  });
}

export const uploadStatusSelect = {
  id: true, studyId: true, size: true, received: true, status: true, progress: true, error: true, imageCount: true, failedCount: true,
} as const;

/** Where the case's live stream resumes for the authoring form (its uploads' progress). */
export async function lastCaseEventId(caseId: string): Promise<string> {
  const row = await db.caseActivity.findFirst({ where: { caseId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id.toString() ?? "0";
}

/** The authoring form's images: every study's series (held-back images too) and the stream's cursor; null unless the viewer edits the case. */
export async function getCaseImagesForEdit(viewer: Viewer, caseId: string): Promise<{ byStudy: StudyImages; liveAfter: string } | null> {
  const kase = await db.case.findUnique({ where: { id: caseId }, select: { id: true, ...caseFacts } });
  if (!kase || !canEditCase(viewer, kase)) return null;
  const [byStudy, liveAfter] = await Promise.all([getCaseImages(viewer, kase), lastCaseEventId(caseId)]);
  return { byStudy, liveAfter };
}
