// A case as one file with its images: the case file (lib/cases/file.ts) and, for every study the
// viewer may see, its series' de-identified images (the DICOM file where there is one, else the
// displayed image), key flags, captions and the marks the viewer may see. Nothing the viewer may
// not see goes in: the same policies as the case page.
import "server-only";
import yazl from "yazl";
import { listSeriesAnnotations } from "@/lib/annotations/queries";
import { stepFactsOf, stepFactsSelect, withEntriesFor } from "@/lib/cases/answer-entries";
import { getCaseFile } from "@/lib/cases/file";
import type { CaseFile } from "@/lib/cases/schema";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { imageStorage } from "@/lib/storage/runtime";
import { CASE_ENTRY, IMAGES_ENTRY, IMAGES_FORMAT, type ImagesManifest } from "./format";
import { getCaseImages } from "@/lib/imaging/queries";

const EXTENSIONS: Record<string, string> = { "application/dicom": "dcm", "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/** The ids of the studies in the case file's timeline, by timeline index (events are null). */
async function timelineStudyIds(viewer: Viewer, caseId: string): Promise<Array<string | null>> {
  const row = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      authorId: true, status: true, visibility: true, teamId: true, ...stepFactsSelect(viewer),
      studies: { select: { id: true, position: true, dayOffset: true, partOfAnswer: true } },
      events: { select: { position: true, dayOffset: true, partOfAnswer: true } },
    },
  });
  const { studies, events } = withEntriesFor(viewer, { ...row, ...stepFactsOf(row) });
  return [...studies.map((study) => ({ position: study.position, id: study.id as string | null })), ...events.map((event) => ({ position: event.position, id: null }))]
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.id);
}

export async function buildCaseArchive(viewer: Viewer, caseId: string): Promise<{ file: CaseFile; zip: Uint8Array } | null> {
  const file = await getCaseFile(viewer, caseId);
  if (!file) return null;
  const kase = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true, ...stepFactsSelect(viewer) } });
  const [studyIds, byStudy] = await Promise.all([timelineStudyIds(viewer, caseId), getCaseImages(viewer, { ...kase, ...stepFactsOf(kase) })]);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(file, null, 2)), CASE_ENTRY);
  const manifest: ImagesManifest = { format: IMAGES_FORMAT, version: 1, studies: [] };
  const storage = imageStorage();
  for (const [timelineIndex, studyId] of studyIds.entries()) {
    const seriesList = studyId ? (byStudy[studyId] ?? []) : [];
    if (!seriesList.length) continue;
    const study: ImagesManifest["studies"][number] = { timelineIndex, series: [] };
    for (const [seriesIndex, series] of seriesList.entries()) {
      const [marks, rows] = await Promise.all([
        listSeriesAnnotations(viewer, series.id),
        db.image.findMany({ where: { id: { in: series.images.map((image) => image.id) } }, select: { id: true, dicomKey: true, fullKey: true, contentType: true } }),
      ]);
      const keys = new Map(rows.map((row) => [row.id, row]));
      const images: ImagesManifest["studies"][number]["series"][number]["images"] = [];
      for (const [imageIndex, image] of series.images.entries()) {
        const stored = keys.get(image.id)!;
        const key = stored.dicomKey ?? stored.fullKey;
        const bytes = await storage.get(key);
        if (!bytes) continue;
        const name = `images/${timelineIndex}-${seriesIndex}-${imageIndex}.${stored.dicomKey ? "dcm" : (EXTENSIONS[stored.contentType] ?? "png")}`;
        zip.addBuffer(Buffer.from(bytes), name, { compress: !stored.dicomKey ? false : true });
        images.push({
          file: name, isKey: image.isKey, caption: image.caption,
          annotations: (marks?.marks[image.id] ?? []).map((mark) => ({ kind: mark.kind, geometry: mark.geometry, text: mark.text, secret: mark.secret }) as ImagesManifest["studies"][number]["series"][number]["images"][number]["annotations"][number]),
        });
      }
      if (images.length) study.series.push({ name: series.name, modality: series.modality, images });
    }
    if (study.series.length) manifest.studies.push(study);
  }
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), IMAGES_ENTRY);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { file, zip: new Uint8Array(Buffer.concat(chunks)) };
}
