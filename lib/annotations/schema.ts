// Inputs of image annotations: geometry in the image's own pixel coordinates, checked against the
// image's size by the action (a mark off the image is refused, not clipped).
import { z } from "zod";
import { identifierConfirmation } from "@/lib/deidentify/confirm";

const id = z.string().min(1).max(40);
const coordinate = z.number({ message: "Coordinates are numbers of pixels." }).finite().min(0, "A mark must lie on the image.");

export const ANNOTATION_TEXT_MAX = 80;
/** Marks per image: enough to teach with, few enough to read. */
export const ANNOTATIONS_PER_IMAGE = 20;

export const geometryInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("arrow"), geometry: z.strictObject({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }) }),
  z.object({ kind: z.literal("circle"), geometry: z.strictObject({ cx: coordinate, cy: coordinate, r: coordinate.min(1, "A circle needs a radius of at least one pixel.") }) }),
  z.object({ kind: z.literal("label"), geometry: z.strictObject({ x: coordinate, y: coordinate }) }),
], { message: "Choose an arrow, a circle or a label." });

export const addAnnotationInput = z
  .object({
    imageId: id,
    text: z.string().trim().max(ANNOTATION_TEXT_MAX, `Keep a mark's text under ${ANNOTATION_TEXT_MAX} characters.`).default(""),
    secret: z.boolean().default(false),
    ...identifierConfirmation,
  })
  .and(geometryInput)
  .refine((input) => input.kind !== "label" || input.text.length > 0, { message: "A label needs its text.", path: ["text"] });
export type AddAnnotationInput = z.infer<typeof addAnnotationInput>;

export const deleteAnnotationInput = z.object({ annotationId: id });
