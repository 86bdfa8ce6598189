// The teaching area's part of the case page's one statement (decision 017): the private link from a
// teaching copy back to its MDT case, present only for a member of the source's team who may see the
// source (decision 086). For anyone else the column is null: no id, no title, nothing in the payload.
import { caseTitleFor, visibleCaseSql, type CaseAccessFacts } from "@/lib/cases/policy";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeTeachingSource } from "./policy";

export type TeachingSourceRow = CaseAccessFacts & { id: string; title: string; linkTeamId: string };
export interface TeachingSource { id: string; title: string }

/** The source of the copy `caseId` (a column of the outer query) as JSON, or null. */
export function teachingSourceJson(viewer: Viewer | null, caseId: Prisma.Sql): Prisma.Sql {
  if (!viewer || viewer.teamIds.length === 0) return Prisma.sql`null::json`;
  return Prisma.sql`(select json_build_object('id', s.id, 'title', s.title, 'authorId', s."authorId", 'status', s.status,
                                              'visibility', s.visibility, 'teamId', s."teamId", 'linkTeamId', t."teamId")
    from "TeachingCopy" t join "Case" s on s.id = t."sourceCaseId"
    where t."caseId" = ${caseId} and t."teamId" = any(${viewer.teamIds}::text[]) and ${visibleCaseSql(viewer, "s")})`;
}

/** The link the page shows, checked again by the policy, or null. */
export function teachingSourceFor(viewer: Viewer | null, row: TeachingSourceRow | null | undefined): TeachingSource | null {
  if (!row || !canSeeTeachingSource(viewer, { teamId: row.linkTeamId }, row)) return null;
  return { id: row.id, title: caseTitleFor(viewer, row) };
}
