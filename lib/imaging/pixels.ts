// The pixel route's logic: the same authorization as the image route (serve.ts), then the
// de-identified DICOM's stored values for window and level. Only ever the de-identified object
// named by the row; 404 for anything the viewer may not see or that has no DICOM behind it.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { readPixels } from "@/lib/images/pixels";
import { imageStorage } from "@/lib/storage/runtime";
import { canSeeStudyImages } from "./policy";
import { loadImageForView } from "./queries";
import { notModifiedResponse, versionAnswer, type VersionAsked } from "./serve";

/** The header carrying the slice's size, value type, rescale and window (JSON). */
export const PIXEL_HEADER = "x-rounds-pixels";

function notFound(message = "That image does not exist or you do not have access to it."): Response {
  return Response.json({ ok: false, code: "not_found", message }, { status: 404, headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}

export async function servePixels(viewer: Viewer | null, imageId: string, asked: VersionAsked = {}): Promise<Response> {
  const image = await loadImageForView(viewer, imageId);
  if (!image || !canSeeStudyImages(viewer, image.kase, image, image.gate)) return notFound();
  if (!image.dicomKey) return notFound("This image did not come from DICOM: it has no values to window.");
  // The same versions as the image itself (decision 094): stale asks go to the current URL.
  const answer = versionAnswer(image, "pixels", asked);
  if ("redirect" in answer) return answer.redirect;
  if (answer.notModified) return notModifiedResponse(answer.headers);
  const bytes = await imageStorage().get(image.dicomKey);
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
      ...answer.headers,
      "content-disposition": "attachment",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
