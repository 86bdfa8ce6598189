// The case archive (.zip): the case file as `case.json` beside `images.json`, which places each
// series on a study of the case file's timeline (by index) and names its images' files. Zod
// checks every field on import; a file named in `images.json` must be in the archive.
import { z } from "zod";
import { geometryInput } from "@/lib/annotations/schema";

export const IMAGES_FORMAT = "rounds-case-images";
export const CASE_ENTRY = "case.json";
export const IMAGES_ENTRY = "images.json";
/** The largest archive accepted in one request: a case with a few 250-slice MRI series (about 130 MB each). */
export const ARCHIVE_LIMIT_BYTES = 600 * 1024 * 1024;

const fileName = z.string().regex(/^images\/[0-9]+-[0-9]+-[0-9]+\.(dcm|png|jpg|webp)$/, "An image file name in the archive is not one Rounds writes.");

const annotation = z
  .object({ text: z.string().max(80).default(""), secret: z.boolean().default(false) })
  .and(geometryInput);

export const imagesManifest = z.object({
  format: z.literal(IMAGES_FORMAT, { message: "images.json is not a Rounds image manifest." }),
  version: z.literal(1, { message: "This image manifest comes from a newer Rounds; update first." }),
  studies: z
    .array(
      z.object({
        /** The study's place in case.json's timeline (studies and events together). */
        timelineIndex: z.number().int().min(0).max(200),
        series: z
          .array(
            z.object({
              name: z.string().trim().min(1).max(120),
              modality: z.string().max(16).nullable(),
              images: z
                .array(z.object({ file: fileName, isKey: z.boolean(), caption: z.string().max(500), annotations: z.array(annotation).max(20).default([]) }))
                .min(1)
                .max(2000),
            }),
          )
          .max(50),
      }),
    )
    .max(30),
});
export type ImagesManifest = z.infer<typeof imagesManifest>;
