// POST: announce the files about to be uploaded to a study (JSON `{ files: [{ size, archive }] }`);
// each gets an upload id, or a per-file refusal. GET: the viewer's recent uploads to the study.
// The protocol is in lib/imaging/upload.ts (decision 041).
import { guarded } from "@/lib/auth/action";
import { getViewer } from "@/lib/auth/session";
import { fail, invalid, notFound, ok, unauthenticated } from "@/lib/core/result";
import { resultResponse } from "@/lib/http/result-status";
import { readTextBody } from "@/lib/http/body";
import { loadStudyForImages, listStudyUploads } from "@/lib/imaging/queries";
import { uploadListProblem } from "@/lib/imaging/policy";
import { startUploadInput, studyUploadsInput } from "@/lib/imaging/schema";
import { startUpload } from "@/lib/imaging/upload";

type Context = { params: Promise<{ studyId: string }> };

export async function POST(request: Request, { params }: Context) {
  const result = await guarded("startImageUpload", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const body = await readTextBody(request, 512 * 1024);
    if (!body.ok) return fail("too_large", "Too many files at once: put a long series in a .zip.");
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return fail("invalid_input", "The list of files could not be read.");
    }
    const parsed = startUploadInput.safeParse({ ...(json as object), studyId: (await params).studyId });
    if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message ?? "The list of files could not be read.");
    return startUpload(viewer, parsed.data);
  });
  return resultResponse(result, 201);
}

export async function GET(_request: Request, { params }: Context) {
  const result = await guarded("listImageUploads", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = studyUploadsInput.safeParse(await params);
    if (!parsed.success) return notFound("study");
    const study = await loadStudyForImages(parsed.data.studyId);
    if (!study) return notFound("study");
    const problem = uploadListProblem(viewer, study.kase);
    if (problem) return problem;
    return ok({ uploads: await listStudyUploads(viewer, study.id) });
  });
  return resultResponse(result);
}
