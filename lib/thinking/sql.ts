// The thinking area's part of reads that other areas run as one statement (decision 017).
import { sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/** The viewer's own differential (by rank) and vote on a case: never hidden from its owner. */
export interface OwnThinking {
  mine: Array<{ diagnosisId: string; name: string; rank: number; rationale: string; studyIds: string[] }>;
  myVote: { diagnosisId: string; name: string } | null;
  /** The first list the viewer committed, as it was (decision 066); absent before it was kept. */
  first?: Array<{ name: string; rank: number }>;
  /** Their list at each step of a step-through unknown (decision 088), diagnosis names in rank order. */
  steps?: Array<{ step: number; names: string[] }>;
}

/** Each StepDifferential row of the "StepDifferential" alias `sd` as { step, names } (names in rank order). */
export const stepNamesJson = Prisma.sql`json_build_object('step', sd.step, 'names', coalesce((select array_agg(d.name order by u.ord)
  from unnest(sd."diagnosisIds") with ordinality u(id, ord) join "Diagnosis" d on d.id = u.id), '{}'))`;

/** OwnThinking as JSON for the case `caseId` (a column of the outer query); null without a viewer. */
export function ownThinkingJson(viewer: Viewer | null, caseId: Prisma.Sql): Prisma.Sql {
  if (!viewer) return Prisma.sql`null::json`;
  return Prisma.sql`json_build_object(
    'mine', coalesce((select json_agg(json_build_object('diagnosisId', e."diagnosisId", 'name', d.name, 'rank', e.rank,
                                                        'rationale', e.rationale, 'studyIds', coalesce(e."studyIds", '{}')) order by e.rank)
                      from "DifferentialEntry" e join "Diagnosis" d on d.id = e."diagnosisId"
                      where e."caseId" = ${caseId} and e."userId" = ${viewer.id}), '[]'),
    'first', coalesce((select json_agg(json_build_object('name', d.name, 'rank', f.rank) order by f.rank)
                       from "FirstDifferentialEntry" f join "Diagnosis" d on d.id = f."diagnosisId"
                       where f."caseId" = ${caseId} and f."userId" = ${viewer.id}), '[]'),
    'steps', coalesce((select json_agg(${stepNamesJson} order by sd.step)
                       from "StepDifferential" sd where sd."caseId" = ${caseId} and sd."userId" = ${viewer.id}), '[]'),
    'myVote', (select json_build_object('diagnosisId', v."diagnosisId", 'name', d.name)
               from "Vote" v join "Diagnosis" d on d.id = v."diagnosisId"
               where v."caseId" = ${caseId} and v."userId" = ${viewer.id}))`;
}

/** The viewer's own thinking on its own, when no larger read carries it (outside the case page). */
export async function readOwnThinking(viewer: Viewer, caseId: string): Promise<OwnThinking> {
  const [row] = await sql<Array<{ own: OwnThinking }>>(Prisma.sql`select ${ownThinkingJson(viewer, Prisma.sql`${caseId}`)} as own`);
  return row!.own;
}
