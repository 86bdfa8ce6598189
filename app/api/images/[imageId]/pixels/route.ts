// GET the stored values of a DICOM slice for window and level in the browser (lib/imaging/pixels.ts):
// the same authorization and versions (?v=) as the image itself; 404 for anything the viewer may not see.
import { getViewer } from "@/lib/auth/session";
import { imageRequestInput } from "@/lib/imaging/schema";
import { servePixels } from "@/lib/imaging/pixels";

export async function GET(request: Request, { params }: { params: Promise<{ imageId: string }> }) {
  const parsed = imageRequestInput.safeParse({ imageId: (await params).imageId, version: new URL(request.url).searchParams.get("v") ?? undefined });
  if (!parsed.success) {
    return Response.json({ ok: false, code: "not_found", message: "That image does not exist or you do not have access to it." }, { status: 404, headers: { "x-content-type-options": "nosniff" } });
  }
  try {
    return await servePixels(await getViewer(), parsed.data.imageId, { version: parsed.data.version, ifNoneMatch: request.headers.get("if-none-match") });
  } catch (error) {
    console.error("pixel route:", error instanceof Error ? error.name : "error");
    return Response.json({ ok: false, code: "unavailable", message: "This image cannot be loaded right now; try again in a moment." }, { status: 503, headers: { "retry-after": "5", "x-content-type-options": "nosniff" } });
  }
}
