"use server";
// The author's changes to a study's images: name and order series, key images with captions,
// confirm images held for review, delete. Each derives the case from the row (never from the
// client), asks policy.ts, writes in one transaction with a case event, and revalidates. Text goes
// through the de-identification guard like the rest of the case. Deleted rows' objects are
// removed by the clean-up job once no row names them.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { db, type Tx } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { ImageError } from "@/lib/images/errors";
import { requestIp } from "@/lib/audit/request";
import { auditTeamId } from "@/lib/audit/write";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import type { CaseIdentifierFinding } from "@/lib/cases/identifiers";
import { recordCaseEvent } from "@/lib/live/notify";
import { imageEditProblem } from "./policy";
import { loadImageForEdit, loadSeriesForEdit } from "./queries";
import { blackOutImages, blackOutTargets } from "./blackout";
import { blackOutInput, confirmReviewInput, deleteImageInput, deleteSeriesInput, keyImageInput, moveSeriesInput, renameSeriesInput } from "./schema";

async function changed(tx: Tx, caseId: string, actorId: string, studyId: string) {
  await recordCaseEvent(tx, { caseId, actorId, kind: "images_changed", subjectId: studyId });
}
function revalidate(caseId: string) {
  revalidatePath(`/cases/${caseId}`);
  revalidatePath(`/cases/${caseId}/edit`);
}

export const renameSeries = action("renameSeries", renameSeriesInput, async ({ viewer, input }): Promise<ActionResult<null, CaseIdentifierFinding[]>> => {
  const loaded = await loadSeriesForEdit(input.seriesId);
  if (!loaded) return notFound("series");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  const guard = guardFields({ name: input.name }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    await tx.imageSeries.update({ where: { id: loaded.series.id }, data: { name: input.name } });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "series", resourceId: loaded.series.id, teamId: auditTeamId(loaded.study.kase), ip });
    await changed(tx, loaded.series.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.series.caseId);
  return ok(null);
});

export const moveSeries = action("moveSeries", moveSeriesInput, async ({ viewer, input }) => {
  const loaded = await loadSeriesForEdit(input.seriesId);
  if (!loaded) return notFound("series");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`study-images:${loaded.series.studyId}`}))`;
    const all = await tx.imageSeries.findMany({ where: { studyId: loaded.series.studyId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = all.findIndex((row) => row.id === loaded.series.id);
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= all.length) return;
    [all[index], all[target]] = [all[target]!, all[index]!];
    for (const [position, row] of all.entries()) await tx.imageSeries.update({ where: { id: row.id }, data: { position } });
    await changed(tx, loaded.series.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.series.caseId);
  return ok(null);
});

export const setKeyImage = action("setKeyImage", keyImageInput, async ({ viewer, input }): Promise<ActionResult<null, CaseIdentifierFinding[]>> => {
  const loaded = await loadImageForEdit(input.imageId);
  if (!loaded) return notFound("image");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  const guard = guardFields({ caption: input.isKey ? input.caption : "" }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    await tx.image.update({ where: { id: loaded.image.id }, data: { isKey: input.isKey, caption: input.isKey ? input.caption : "" } });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "image", resourceId: loaded.image.id, teamId: auditTeamId(loaded.study.kase), ip });
    await changed(tx, loaded.image.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.image.caseId);
  return ok(null);
});

export const confirmSeriesReview = action("confirmSeriesReview", confirmReviewInput, async ({ viewer, input }) => {
  const loaded = await loadSeriesForEdit(input.seriesId);
  if (!loaded) return notFound("series");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  await db.$transaction(async (tx) => {
    await tx.image.updateMany({ where: { seriesId: loaded.series.id }, data: { needsReview: false } });
    await tx.imageSeries.update({ where: { id: loaded.series.id }, data: { needsReview: false } });
    await changed(tx, loaded.series.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.series.caseId);
  return ok(null);
});

/**
 * Blacks out burned-in text: the boxes (in the image's pixels) are overwritten on the server in the
 * stored de-identified data, the displayed image and thumbnail are rendered again, the old objects
 * are removed, and the images count as reviewed (decision 092).
 */
export const blackOutRegions = action("blackOutRegions", blackOutInput, async ({ viewer, input }): Promise<ActionResult<{ images: number }>> => {
  const loaded = await loadImageForEdit(input.imageId);
  if (!loaded) return notFound("image");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  const targets = await blackOutTargets(input.imageId, input.wholeSeries);
  const size = targets.find((image) => image.id === input.imageId)!;
  if (input.boxes.some((box) => box.x >= size.width || box.y >= size.height)) {
    return fail("invalid_input", `A box lies outside the image (${size.width} x ${size.height} pixels).`, { fieldErrors: { boxes: ["Draw the boxes on the image."] } });
  }
  let count: number;
  try {
    count = await blackOutImages(targets, input.boxes, (tx) => changed(tx, loaded.image.caseId, viewer.id, loaded.series.studyId));
  } catch (error) {
    if (error instanceof ImageError) return fail("invalid_input", `This image cannot be blacked out: ${error.message}.`);
    throw error;
  }
  if (count === 0) return fail("conflict", "These images changed while you were drawing. Reload them and draw the boxes again.");
  revalidate(loaded.image.caseId);
  return ok({ images: count });
});

export const deleteImage = action("deleteImage", deleteImageInput, async ({ viewer, input }) => {
  const loaded = await loadImageForEdit(input.imageId);
  if (!loaded) return notFound("image");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  await db.$transaction(async (tx) => {
    await tx.image.delete({ where: { id: loaded.image.id } });
    // A series left empty goes too; the others keep their order, renumbered from 0.
    if ((await tx.image.count({ where: { seriesId: loaded.series.id } })) === 0) {
      await tx.imageSeries.delete({ where: { id: loaded.series.id } });
    } else {
      await tx.$executeRaw`update "Image" i set position = r.n from (
          select id, (row_number() over (order by position, id) - 1)::int as n from "Image" where "seriesId" = ${loaded.series.id}
        ) r where i.id = r.id and i.position <> r.n`;
    }
    await changed(tx, loaded.image.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.image.caseId);
  return ok(null);
});

export const deleteSeries = action("deleteSeries", deleteSeriesInput, async ({ viewer, input }) => {
  const loaded = await loadSeriesForEdit(input.seriesId);
  if (!loaded) return notFound("series");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  await db.$transaction(async (tx) => {
    await tx.imageSeries.delete({ where: { id: loaded.series.id } });
    await changed(tx, loaded.series.caseId, viewer.id, loaded.series.studyId);
  });
  revalidate(loaded.series.caseId);
  return ok(null);
});
