// A diagnosis page (/diagnoses/[diagnosisId], issue 27 item 4): the catalogue entity, the resolved
// cases this viewer may see with it as a final diagnosis, and what it is confused with: the
// final diagnoses of resolved cases where it was a leading differential, and the leading
// differentials of its own cases. Only resolved cases take part (their answers and differentials
// are open to whoever sees the case), so an unknown case's answer never shows here. One statement.
import "server-only";
import { visibleCaseSql } from "@/lib/cases/policy";
import { sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

/** A differential ranked this high (1 = first) counts as "leading". */
export const LEADING_RANK = 2;
const LIST_LIMIT = 20;

export interface DiagnosisCase {
  id: string;
  title: string;
  region: string;
  lastActivityAt: string;
  /** On "was a leading differential" cases: the case's final diagnosis. */
  finalName?: string;
  finalId?: string | null;
}

export interface DiagnosisPageView {
  id: string;
  name: string;
  synonyms: string[];
  category: string;
  icd10: string | null;
  specialty: string | null;
  rare: boolean;
  mergedIntoId: string | null;
  cases: DiagnosisCase[];
  caseCount: number;
  /** Cases where this was a leading differential but the final diagnosis was another. */
  differentialCases: DiagnosisCase[];
  /** Final diagnoses of those cases, most frequent first. */
  confusedWith: Array<{ id: string; name: string; count: number }>;
  /** Leading differentials posted on this diagnosis's own cases, most frequent first. */
  mistakenFor: Array<{ id: string; name: string; count: number }>;
}

export async function getDiagnosisPage(viewer: Viewer, diagnosisId: string): Promise<DiagnosisPageView | null> {
  const visible = visibleCaseSql(viewer, "c");
  const hasFinal = Prisma.sql`(r."diagnosisId" = d.id or exists (select 1 from "FinalDiagnosis" fd where fd."caseId" = c.id and fd."diagnosisId" = d.id))`;
  const caseJson = Prisma.sql`json_build_object('id', c.id, 'title', c.title, 'region', c.region,
    'lastActivityAt', to_char(c."lastActivityAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;
  const [row] = await sql<DiagnosisPageView[]>(Prisma.sql`
    select d.id, d.name, d.synonyms, d.category, d.icd10, d.specialty, d.rare, d."mergedIntoId",
      coalesce((select json_agg(x.j order by x.at desc) from (
        select ${caseJson} as j, c."lastActivityAt" as at from "Case" c join "Resolution" r on r."caseId" = c.id
        where c.status = 'resolved' and ${visible} and ${hasFinal} order by c."lastActivityAt" desc limit ${LIST_LIMIT}) x), '[]'::json) as cases,
      (select count(*)::int from "Case" c join "Resolution" r on r."caseId" = c.id where c.status = 'resolved' and ${visible} and ${hasFinal}) as "caseCount",
      coalesce((select json_agg(x.j order by x.at desc) from (
        select distinct on (c.id) (${caseJson}::jsonb || jsonb_build_object('finalName', coalesce(g.name, r."diagnosisText"), 'finalId', g.id)) as j, c."lastActivityAt" as at
        from "DifferentialEntry" de join "Case" c on c.id = de."caseId" join "Resolution" r on r."caseId" = c.id
        left join "Diagnosis" g on g.id = r."diagnosisId"
        where de."diagnosisId" = d.id and de.rank <= ${LEADING_RANK} and c.status = 'resolved' and ${visible} and not ${hasFinal}
        order by c.id limit ${LIST_LIMIT}) x), '[]'::json) as "differentialCases",
      coalesce((select json_agg(json_build_object('id', x.id, 'name', x.name, 'count', x.n) order by x.n desc, x.name) from (
        select g.id, g.name, count(distinct c.id)::int as n
        from "DifferentialEntry" de join "Case" c on c.id = de."caseId" join "Resolution" r on r."caseId" = c.id join "Diagnosis" g on g.id = r."diagnosisId"
        where de."diagnosisId" = d.id and de.rank <= ${LEADING_RANK} and c.status = 'resolved' and ${visible} and not ${hasFinal}
        group by g.id, g.name order by n desc, g.name limit 10) x), '[]'::json) as "confusedWith",
      coalesce((select json_agg(json_build_object('id', x.id, 'name', x.name, 'count', x.n) order by x.n desc, x.name) from (
        select g.id, g.name, count(distinct c.id)::int as n
        from "Case" c join "Resolution" r on r."caseId" = c.id join "DifferentialEntry" de on de."caseId" = c.id join "Diagnosis" g on g.id = de."diagnosisId"
        where c.status = 'resolved' and ${visible} and ${hasFinal} and de.rank <= ${LEADING_RANK} and de."diagnosisId" <> d.id
        group by g.id, g.name order by n desc, g.name limit 10) x), '[]'::json) as "mistakenFor"
    from "Diagnosis" d
    where d.id = ${diagnosisId} and d.status <> 'proposed'`);
  return row ?? null;
}
