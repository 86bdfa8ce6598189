// Importing a case archive (lib/archive/format.ts) on any Rounds server: the case file goes
// through the ordinary import (validation, the identifier guard, attribution), then every image is
// de-identified again as an upload would be (the archive is treated as untrusted) and placed on
// its study, with its series' name, key flags, captions and marks. Anything wrong and the new
// case and its stored images are removed: a bad archive changes nothing.
import "server-only";
import { importCaseFile } from "@/lib/cases/import";
import type { CaseIdentifierFinding } from "@/lib/cases/identifiers";
import { db } from "@/lib/core/db";
import { fail, invalid, ok, type ActionResult } from "@/lib/core/result";
import type { Viewer } from "@/lib/core/viewer";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import { ImageError } from "@/lib/images/errors";
import { extractZip } from "@/lib/images/zip";
import { ingestFiles } from "@/lib/jobs/ingest-files";
import { casePrefix } from "@/lib/storage/keys";
import { imageStorage } from "@/lib/storage/runtime";
import { ARCHIVE_LIMIT_BYTES, CASE_ENTRY, IMAGES_ENTRY, imagesManifest, type ImagesManifest } from "./format";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Something in the archive that stops the import; its message is shown to the importer. */
class ArchiveError extends Error {}

/** Every text the archive adds beside the case file, keyed as the import page shows findings. */
function imageTexts(manifest: ImagesManifest): Record<string, string> {
  const fields: Record<string, string> = {};
  manifest.studies.forEach((study, s) =>
    study.series.forEach((series, r) => {
      fields[`images.${s}.${r}.name`] = series.name;
      series.images.forEach((image, i) => {
        fields[`images.${s}.${r}.${i}.caption`] = image.caption;
        image.annotations.forEach((mark, m) => (fields[`images.${s}.${r}.${i}.mark.${m}`] = mark.text));
      });
    }),
  );
  return fields;
}

async function placeStudyImages(caseId: string, manifest: ImagesManifest, files: Map<string, Uint8Array>, authorId: string): Promise<number> {
  const [studies, events] = await Promise.all([
    db.study.findMany({ where: { caseId }, select: { id: true, position: true, dayOffset: true } }),
    db.clinicalEvent.findMany({ where: { caseId }, select: { position: true } }),
  ]);
  const timeline = [...studies.map((study) => ({ ...study, study: true })), ...events.map((event) => ({ ...event, id: "", dayOffset: 0, study: false }))].sort((a, b) => a.position - b.position);
  const storage = imageStorage();
  let added = 0;
  for (const entry of manifest.studies) {
    const study = timeline[entry.timelineIndex];
    if (!study?.study) throw new ArchiveError(`images.json places images on timeline entry ${entry.timelineIndex + 1}, which is not a study`);
    for (const series of entry.series) {
      const before = new Set((await db.imageSeries.findMany({ where: { studyId: study.id }, select: { id: true } })).map((row) => row.id));
      // The app's client differs from a script's plain one only in its types (omitted columns).
      const result = await ingestFiles(db as unknown as Parameters<typeof ingestFiles>[0], storage, { id: study.id, caseId, dayOffset: study.dayOffset }, series.images.map((image) => files.get(image.file)!));
      if (result.failed.length) throw new ArchiveError(`an image of “${series.name}” could not be imported (${result.failed[0]})`);
      added += result.added;
      const created = await db.imageSeries.findMany({ where: { studyId: study.id, id: { notIn: [...before] } }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });
      for (const row of created) {
        await db.$transaction(async (tx) => {
          await tx.imageSeries.update({ where: { id: row.id }, data: { name: series.name } });
          for (const [index, image] of row.images.entries()) {
            const source = series.images[index];
            if (!source) continue;
            await tx.image.update({ where: { id: image.id }, data: { isKey: source.isKey, caption: source.caption } });
            if (source.annotations.length) {
              await tx.imageAnnotation.createMany({
                data: source.annotations.map((mark) => ({ imageId: image.id, caseId, authorId, kind: mark.kind, geometry: mark.geometry, text: mark.text, secret: mark.secret })),
              });
            }
          }
        });
      }
    }
  }
  return added;
}

export async function importCaseArchive(
  viewer: Viewer,
  bytes: Uint8Array,
  identifiersConfirmed: boolean,
  ip: string | null,
  clientKey: string | null,
): Promise<ActionResult<{ caseId: string; images: number }, CaseIdentifierFinding[]>> {
  let entries;
  try {
    entries = await extractZip(bytes, { maxTotalBytes: ARCHIVE_LIMIT_BYTES, maxEntries: 20_000 });
  } catch (error) {
    if (error instanceof ImageError) return fail("invalid_input", `That archive cannot be read: ${error.message}. Nothing was imported.`);
    throw error;
  }
  const files = new Map(entries.map((entry) => [entry.path, entry.bytes]));
  const caseBytes = files.get(CASE_ENTRY);
  if (!caseBytes) return fail("invalid_input", "That archive has no case.json: it is not a Rounds case export. Nothing was imported.");
  let caseText: string;
  let manifest: ImagesManifest = { format: "rounds-case-images", version: 1, studies: [] };
  try {
    caseText = decoder.decode(caseBytes);
    const manifestBytes = files.get(IMAGES_ENTRY);
    if (manifestBytes) {
      const parsed = imagesManifest.safeParse(JSON.parse(decoder.decode(manifestBytes)));
      if (!parsed.success) return invalid(parsed.error, "The archive's images.json has problems; nothing was imported.");
      manifest = parsed.data;
    }
  } catch {
    return fail("invalid_input", "The archive's case.json or images.json is not valid UTF-8 JSON. Nothing was imported.");
  }
  const missing = manifest.studies.flatMap((study) => study.series.flatMap((series) => series.images.map((image) => image.file))).find((name) => !files.has(name));
  if (missing) return fail("invalid_input", `The archive names ${missing} but does not hold it. Nothing was imported.`);
  const guard = guardFields(imageTexts(manifest), { identifiersConfirmed });
  if (!guard.ok) return guard.failure;

  const imported = await importCaseFile(viewer, caseText, identifiersConfirmed, ip, clientKey);
  if (!imported.ok) return imported;
  const { caseId } = imported.data;
  // A replay of the same submission (same key) answers with the case already imported.
  if (await db.imageSeries.count({ where: { caseId } })) return ok({ caseId, images: await db.image.count({ where: { caseId } }) });
  try {
    const images = await placeStudyImages(caseId, manifest, files, viewer.id);
    // Series names or captions saved over the guard's findings: recorded like the case's own (issue 25).
    await auditOverride(db, guard, { actorId: viewer.id, resourceType: "case", resourceId: caseId, ip });
    return ok({ caseId, images });
  } catch (error) {
    await db.case.delete({ where: { id: caseId } }).catch(() => undefined);
    await imageStorage().deletePrefix(casePrefix(caseId)).catch(() => undefined);
    if (error instanceof ArchiveError) return fail("invalid_input", `That archive cannot be imported: ${error.message}. Nothing was imported.`);
    throw error;
  }
}
