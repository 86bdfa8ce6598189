// The pixel route's logic: the same authorization as the image route (serve.ts), then the
// de-identified DICOM's stored values for window and level. Only ever the de-identified object
// named by the row; 404 for anything the viewer may not see or that has no DICOM behind it.
import "server-only";
import { gzipSync } from "node:zlib";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { readPixels } from "@/lib/images/pixels";
import { imageStorage } from "@/lib/storage/runtime";
import { canSeeStudyImages } from "./policy";
import { loadImageForView } from "./queries";

/** The header carrying the slice's size, value type, rescale and window (JSON). */
export const PIXEL_HEADER = "x-rounds-pixels";

function notFound(message = "That image does not exist or you do not have access to it."): Response {
  return Response.json({ ok: false, code: "not_found", message }, { status: 404, headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}

export async function servePixels(viewer: Viewer | null, imageId: string): Promise<Response> {
  const image = await loadImageForView(viewer, imageId);
  if (!image || !canSeeStudyImages(viewer, image.kase, image, image.gate)) return notFound();
  const row = await db.image.findUnique({ where: { id: image.id }, select: { dicomKey: true } });
  if (!row?.dicomKey) return notFound("This image did not come from DICOM: it has no values to window.");
  const bytes = await imageStorage().get(row.dicomKey);
  if (!bytes) return notFound();
  const pixels = readPixels(bytes);
  if (!pixels) return notFound("This image's values cannot be windowed in the browser (colour or compressed DICOM).");
  // Level 1: a 512 x 512 16-bit slice (512 KB) shrinks to about a third in a millisecond or two.
  const body = gzipSync(pixels.body, { level: 1 });
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "content-type": "application/octet-stream",
      "content-encoding": "gzip",
      "content-length": String(body.length),
      [PIXEL_HEADER]: JSON.stringify(pixels.header),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-disposition": "attachment",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
