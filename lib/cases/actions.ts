"use server";
// Case mutations. Each is a public HTTP endpoint: it parses, authorizes and writes by itself,
// whatever the UI shows. Shape: parse -> authorize -> check -> write (one transaction) -> revalidate.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { auditTeamId } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { auditOverride, guardFields } from "@/lib/deidentify/confirm";
import { caseFields, type CaseIdentifierFinding } from "./identifiers";
import { canCreateCase, canEditCase, canViewCase, visibilityProblem } from "./policy";
import { saveCaseInput } from "./schema";
import { updateCaseRows } from "./write";
import { createCaseOnce } from "./create";

export const saveCase = action("saveCase", saveCaseInput, async ({ viewer, input: form }): Promise<ActionResult<{ caseId: string }, CaseIdentifierFinding[]>> => {
  const { caseId, case: input, expectedUpdatedAt } = form;

  if (caseId) {
    const existing = await db.case.findUnique({
      where: { id: caseId },
      select: { authorId: true, status: true, visibility: true, teamId: true },
    });
    if (!existing || !canViewCase(viewer, existing)) return notFound();
    if (!canEditCase(viewer, existing)) return fail("forbidden", "Only the case's author or an administrator can edit it.");
  } else if (!canCreateCase(viewer)) {
    return fail("forbidden", "You cannot create cases.");
  }

  // The team comes from the author's own memberships, never from the client's say-so.
  if (input.visibility === "team" && !(await db.membership.findFirst({ where: { teamId: input.teamId!, userId: viewer.id, role: { not: "guest" } } }))) {
    return fail("invalid_input", "Choose one of your own teams.", { fieldErrors: { "case.teamId": ["You are not a member of that team."] } });
  }
  const guard = guardFields(caseFields(input), form);
  if (!guard.ok) return guard.failure;

  if (caseId) {
    const ip = await requestIp();
    const saved = await db.$transaction(async (tx) => {
      // Locked so that the case cannot go on an MDT agenda while it is being made public.
      await tx.$queryRaw`select id from "Case" where id = ${caseId} for update`;
      const onMdtAgenda = (await tx.agendaItem.count({ where: { caseId, conference: { kind: "mdt" } } })) > 0;
      const problem = visibilityProblem(input.visibility, { onMdtAgenda });
      if (problem) return { problem };
      const updated = await updateCaseRows(tx, caseId, viewer.id, input, expectedUpdatedAt ? new Date(expectedUpdatedAt) : undefined, ip);
      if (updated) await auditOverride(tx, guard, { actorId: viewer.id, resourceType: "case", resourceId: caseId, teamId: auditTeamId(input), ip });
      return updated;
    });
    if (saved && typeof saved === "object" && "problem" in saved) {
      return fail("invalid_input", saved.problem, { fieldErrors: { "case.visibility": [saved.problem] } });
    }
    if (!saved) {
      return fail(
        "conflict",
        "Someone saved this case after you opened it. Your changes are still in the form: copy what you need, then reload to see theirs.",
      );
    }
  }
  const ip = await requestIp();
  // A new case is created once per submission key: a double click answers with the first's case.
  // Saved although the guard flagged it: recorded in the trail with the write (issue 25).
  const id = caseId ?? (await createCaseOnce(viewer.id, input, { ip, clientKey: form.clientKey, identifiersOverride: guard.override }));
  revalidatePath("/cases");
  revalidatePath(`/cases/${id}`);
  revalidatePath("/");
  return ok({ caseId: id });
});
