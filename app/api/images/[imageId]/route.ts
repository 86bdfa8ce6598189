// GET an image of a study: ?size=thumb for the thumbnail, else the full image; ?v= the version the
// URL was built with (lib/imaging/view.ts imageUrl). Authorized now for this viewer
// (lib/imaging/serve.ts); 404 for anything they may not see.
import { getViewer } from "@/lib/auth/session";
import { imageRequestInput } from "@/lib/imaging/schema";
import { serveImage } from "@/lib/imaging/serve";

export async function GET(request: Request, { params }: { params: Promise<{ imageId: string }> }) {
  const search = new URL(request.url).searchParams;
  const parsed = imageRequestInput.safeParse({ imageId: (await params).imageId, size: search.get("size") ?? undefined, version: search.get("v") ?? undefined });
  if (!parsed.success) {
    return Response.json({ ok: false, code: "not_found", message: "That image does not exist or you do not have access to it." }, { status: 404, headers: { "x-content-type-options": "nosniff" } });
  }
  try {
    return await serveImage(await getViewer(), parsed.data.imageId, parsed.data.size, { version: parsed.data.version, ifNoneMatch: request.headers.get("if-none-match") });
  } catch (error) {
    console.error("image route:", error instanceof Error ? error.name : "error");
    return Response.json({ ok: false, code: "unavailable", message: "This image cannot be loaded right now; try again in a moment." }, { status: 503, headers: { "retry-after": "5", "x-content-type-options": "nosniff" } });
  }
}
