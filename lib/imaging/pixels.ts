// The pixel route's logic: the same authorization as the image route (serve.ts), then the
// de-identified DICOM's stored values for window and level. Only ever the de-identified object
// named by the row; 404 for anything the viewer may not see or that has no DICOM behind it.
import "server-only";
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
  // Sent as they are (512 KB for a 512 x 512 16-bit slice): the framework drops a content-encoding
  // a route sets itself, and the viewer loads these only while the Window tool is on.
  const body = pixels.body;
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "content-type": "application/octet-stream",
      "content-length": String(body.byteLength),
      [PIXEL_HEADER]: JSON.stringify(pixels.header),
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-disposition": "attachment",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
