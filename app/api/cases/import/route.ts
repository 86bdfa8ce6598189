// POST a case file (the body is the file's JSON text), or a case archive with its images (a .zip
// sent as application/zip, lib/archive/import.ts), to import it as a new case of the viewer.
// `?confirmIdentifiers=1` confirms what the de-identification guard flagged on an earlier try. An
// `Idempotency-Key` header (a UUID per submission) makes a double click or a retry import once.
import { guarded } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { getViewer } from "@/lib/auth/session";
import { CASE_FILE_LIMIT_BYTES, importCaseFile } from "@/lib/cases/import";
import { megabytes, readBytesBody, readTextBody } from "@/lib/http/body";
import { ARCHIVE_LIMIT_BYTES } from "@/lib/archive/format";
import { importCaseArchive } from "@/lib/archive/import";
import { resultResponse } from "@/lib/http/result-status";
import { clientKey } from "@/lib/core/idempotency";
import { fail, invalid, unauthenticated } from "@/lib/core/result";

export async function POST(request: Request) {
  const result = await guarded("importCase", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const key = clientKey.safeParse(request.headers.get("idempotency-key") ?? undefined);
    if (!key.success) return invalid(key.error, "The Idempotency-Key header must be a UUID.");
    const confirmed = new URL(request.url).searchParams.get("confirmIdentifiers") === "1";
    if ((request.headers.get("content-type") ?? "").startsWith("application/zip")) {
      const archive = await readBytesBody(request, ARCHIVE_LIMIT_BYTES);
      if (!archive.ok) return fail("too_large", `That archive is too large: ${megabytes(archive.bytes)}; the limit is ${megabytes(ARCHIVE_LIMIT_BYTES)}. Nothing was imported.`);
      return importCaseArchive(viewer, archive.bytes, confirmed, await requestIp(), key.data ?? null);
    }
    const body = await readTextBody(request, CASE_FILE_LIMIT_BYTES);
    if (!body.ok) return fail("too_large", `That file is too large: ${megabytes(body.bytes)}; the limit is ${megabytes(CASE_FILE_LIMIT_BYTES)}. Nothing was imported.`);
    if (!body.text.trim()) return fail("invalid_input", "Choose a case file, or paste its JSON.");
    return importCaseFile(viewer, body.text, confirmed, await requestIp(), key.data ?? null);
  });
  return resultResponse(result, 201);
}
