// PUT ?offset=N with a chunk of the file as the body (application/octet-stream): appended if N is
// where the server's copy ends, else 409 with `details.received`. GET: how much the server has and
// how processing goes, to resume after a dropped connection (decision 041).
import { guarded } from "@/lib/auth/action";
import { getViewer } from "@/lib/auth/session";
import { fail, invalid, notFound, unauthenticated } from "@/lib/core/result";
import { resultResponse } from "@/lib/http/result-status";
import { readChunk } from "@/lib/imaging/http";
import { chunkInput, IMAGE_LIMITS } from "@/lib/imaging/schema";
import { receiveChunk, uploadStatus } from "@/lib/imaging/upload";

type Context = { params: Promise<{ uploadId: string }> };

export async function PUT(request: Request, { params }: Context) {
  const result = await guarded("receiveImageChunk", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = chunkInput.safeParse({ uploadId: (await params).uploadId, offset: new URL(request.url).searchParams.get("offset") ?? undefined });
    if (!parsed.success) return invalid(parsed.error, "Send each chunk with ?offset= where it starts.");
    const body = await readChunk(request, IMAGE_LIMITS.chunkBytes);
    if (!body.ok) return fail("too_large", "This chunk is too large: send at most 4 MB at a time.");
    return receiveChunk(viewer, parsed.data, body.bytes);
  });
  return resultResponse(result);
}

export async function GET(_request: Request, { params }: Context) {
  const result = await guarded("imageUploadStatus", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const { uploadId } = await params;
    if (!/^[a-z0-9]{1,40}$/.test(uploadId)) return notFound("upload");
    return uploadStatus(viewer, uploadId);
  });
  return resultResponse(result);
}
