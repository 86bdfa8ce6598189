"use server";
// Placing and removing marks on images: the case's editors only, while its images may change
// (lib/imaging/policy.ts), with the mark's text through the de-identification guard.
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { auditTeamId } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import { imageEditProblem } from "@/lib/imaging/policy";
import { loadImageForEdit } from "@/lib/imaging/queries";
import { addAnnotationInput, ANNOTATIONS_PER_IMAGE, deleteAnnotationInput, type AddAnnotationInput } from "./schema";

/** Whether every point of the mark lies on an image of this size (a circle's centre, an arrow's ends). */
function onImage(input: AddAnnotationInput, width: number, height: number): boolean {
  const points: Array<[number, number]> =
    input.kind === "arrow" ? [[input.geometry.x1, input.geometry.y1], [input.geometry.x2, input.geometry.y2]]
    : input.kind === "circle" ? [[input.geometry.cx, input.geometry.cy]]
    : [[input.geometry.x, input.geometry.y]];
  return points.every(([x, y]) => x <= width && y <= height) && (input.kind !== "circle" || input.geometry.r <= Math.max(width, height));
}

export const addAnnotation = action("addAnnotation", addAnnotationInput, async ({ viewer, input }): Promise<ActionResult<{ annotationId: string }>> => {
  const loaded = await loadImageForEdit(input.imageId);
  if (!loaded) return notFound("image");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  const image = await db.image.findUnique({ where: { id: input.imageId }, select: { width: true, height: true, _count: { select: { annotations: true } } } });
  if (!image) return notFound("image");
  if (!onImage(input, image.width, image.height)) return fail("invalid_input", "A mark must lie on the image.", { fieldErrors: { geometry: [`This image is ${image.width} x ${image.height} pixels.`] } });
  if (image._count.annotations >= ANNOTATIONS_PER_IMAGE) return fail("conflict", `An image holds at most ${ANNOTATIONS_PER_IMAGE} marks: remove one first.`);
  const guard = guardFields({ text: input.text }, input);
  if (!guard.ok) return guard.failure;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.imageAnnotation.create({
      data: { imageId: input.imageId, caseId: loaded.image.caseId, authorId: viewer.id, kind: input.kind, geometry: input.geometry, text: input.text, secret: input.secret },
      select: { id: true },
    });
    await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "image", resourceId: input.imageId, teamId: auditTeamId(loaded.study.kase), ip: await requestIp() });
    return row;
  });
  return ok({ annotationId: created.id });
});

export const deleteAnnotation = action("deleteAnnotation", deleteAnnotationInput, async ({ viewer, input }): Promise<ActionResult<{ annotationId: string }>> => {
  const annotation = await db.imageAnnotation.findUnique({ where: { id: input.annotationId }, select: { id: true, imageId: true } });
  const loaded = annotation ? await loadImageForEdit(annotation.imageId) : null;
  if (!annotation || !loaded) return notFound("mark");
  const problem = imageEditProblem(viewer, loaded.study.kase);
  if (problem) return problem;
  await db.imageAnnotation.delete({ where: { id: annotation.id } });
  return ok({ annotationId: annotation.id });
});
