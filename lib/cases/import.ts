// Importing a case file (the export format), for the import route (app/api/cases/import) and its
// tests. A file, not a form: it arrives as a request body with a limit of its own instead of
// through a server action, whose decoder refuses bodies over 1,000,000 characters with a 500.
// Validated whole: a bad file changes nothing.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { fail, invalid, ok, type ActionResult } from "@/lib/core/result";
import { guardFields } from "@/lib/deidentify/confirm";
import { caseFields, type CaseIdentifierFinding } from "./identifiers";
import { canCreateCase } from "./policy";
import { caseFile } from "./schema";
import { createCaseOnce } from "./create";

/** The largest case file accepted: a case at every limit (30 studies, 100 events) is far smaller. */
export const CASE_FILE_LIMIT_BYTES = 2 * 1024 * 1024;

export async function importCaseFile(
  viewer: Viewer,
  fileText: string,
  identifiersConfirmed: boolean,
  ip: string | null,
  /** The import form's key for this submission (the Idempotency-Key header): one case per submission (decision 032). */
  clientKey: string | null = null,
): Promise<ActionResult<{ caseId: string }, CaseIdentifierFinding[]>> {
  if (!canCreateCase(viewer)) return fail("forbidden", "You cannot create cases.");
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return fail("invalid_input", "That file is not valid JSON.");
  }
  const parsed = caseFile.safeParse(json);
  if (!parsed.success) return invalid(parsed.error, "The file has problems; nothing was imported.");
  // Teams belong to an installation: an imported case starts visible to the institution.
  parsed.data.case = { ...parsed.data.case, visibility: parsed.data.case.visibility === "public" ? "public" : "institution", teamId: null };
  const guard = guardFields(caseFields(parsed.data.case), { identifiersConfirmed });
  if (!guard.ok) return guard.failure;
  // Imported anyway: the trail records it with the import's case (issue 25).
  const id = await createCaseOnce(viewer.id, parsed.data.case, { ip, clientKey, identifiersOverride: guard.override });
  // Someone else's case keeps its attribution: "originally by ..., imported by ..." (issue 26 item 16).
  const original = parsed.data.origin?.author;
  if (original && original !== viewer.name) await db.case.updateMany({ where: { id, originalAuthorName: null }, data: { originalAuthorName: original } });
  revalidatePath("/cases");
  return ok({ caseId: id });
}
