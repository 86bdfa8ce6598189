// The library's one search statement (decision 057): matching, filters, ranking, the page and the
// facet counts together, so a search is one round trip whatever the library's size. Every part
// that touches a case's labels (title, tags) or its answer (diagnosis, certainty, teaching points)
// is gated by the viewer's right to see them (lib/cases/policy.ts), in the match, the rank, the
// filters, the facets and the snippet's text alike: a hidden word changes nothing a viewer gets.
import { answerVisibleSql, labelsVisibleSql, visibleCaseSql } from "@/lib/cases/policy";
import { caseDiscussedSql } from "@/lib/conferences/sql";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "./schema";
import type { ParsedQuery } from "./terms";

export interface SearchPlan {
  parsed: ParsedQuery;
  /** The catalogue entry the `dx` filter named, resolved from any of its names. */
  diagnosisId: string | null;
  limit: number;
  offset: number;
  cursor: { at: Date; id: string } | null;
  facets: boolean;
}

const tsq = (text: string) => Prisma.sql`to_tsquery('english', ${text})`;

/** One group of the query, in any tier the viewer may see, by its words or (typos) by trigrams. */
function groupMatch(viewer: Viewer, tsquery: string, fuzzy: string | null): Prisma.Sql {
  const lv = labelsVisibleSql(viewer, "c");
  const av = answerVisibleSql(viewer, "c");
  const q = tsq(tsquery);
  const arms = [
    Prisma.sql`s.base @@ ${q}`,
    Prisma.sql`(${lv} and s.labels @@ ${q})`,
    Prisma.sql`(${av} and s.answer @@ ${q})`,
  ];
  if (fuzzy) {
    arms.push(Prisma.sql`s.base_text %> ${fuzzy}`, Prisma.sql`(${lv} and s.labels_text %> ${fuzzy})`, Prisma.sql`(${av} and s.answer_text %> ${fuzzy})`);
  }
  return Prisma.sql`(${Prisma.join(arms, " or ")})`;
}

/**
 * A study marked part of the answer (issue 26), or after the first step of a step-through case
 * (decision 088: search does not know a learner's progress), counts only where the answer may be
 * seen (`st` is the study). The same tiers as the search document (its migration, 20261206076000).
 */
const studySeenSql = (answerVisible: Prisma.Sql) => Prisma.sql`((not st."partOfAnswer"
  and (not exists (select 1 from "Case" sc where sc.id = st."caseId" and sc."stepThrough")
       or not exists (select 1 from "Study" p where p."caseId" = st."caseId" and not p."partOfAnswer" and (p."dayOffset", p.position) < (st."dayOffset", st.position))))
  or ${answerVisible})`;

/** Whether the case has an image the viewer may see: on a study that is not hidden as part of the answer. */
function hasImagesSql(caseId: Prisma.Sql, answerVisible: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "Image" i join "ImageSeries" se on se.id = i."seriesId" join "Study" st on st.id = se."studyId"
    where i."caseId" = ${caseId} and ${studySeenSql(answerVisible)})`;
}

/** Every group by its words (exact) or, with `fuzzy`, by trigram similarity too. */
function textConditions(viewer: Viewer, plan: SearchPlan, fuzzy: boolean): Prisma.Sql[] {
  return plan.parsed.groups.map((group, index) => groupMatch(viewer, plan.parsed.tsqueries[index]!, fuzzy ? group.fuzzy : null));
}

function filterConditions(viewer: Viewer, params: SearchParams, plan: SearchPlan): Prisma.Sql[] {
  const lv = labelsVisibleSql(viewer, "c");
  const av = answerVisibleSql(viewer, "c");
  const where: Prisma.Sql[] = [visibleCaseSql(viewer, "c")];
  if (params.region) where.push(Prisma.sql`c.region = ${params.region}`);
  if (params.modality) where.push(Prisma.sql`exists (select 1 from "Study" st where st."caseId" = c.id and st.modality = ${params.modality} and ${studySeenSql(av)})`);
  if (params.status) where.push(Prisma.sql`c.status::text = ${params.status}`);
  if (params.dx) {
    const dx = plan.diagnosisId ?? "";
    where.push(Prisma.sql`(${av} and (r."diagnosisId" = ${dx} or exists (select 1 from "FinalDiagnosis" fd where fd."caseId" = c.id and fd."diagnosisId" = ${dx})))`);
  }
  if (params.certainty) where.push(Prisma.sql`(${av} and r.certainty::text = ${params.certainty})`);
  if (params.tag) where.push(Prisma.sql`(${lv} and ${params.tag} = any(c.tags))`);
  if (params.author) where.push(Prisma.sql`c."authorId" = ${params.author}`);
  if (params.team) where.push(Prisma.sql`(c."teamId" = ${params.team} and c."teamId" = any(${viewer.teamIds}::text[]))`);
  if (params.images) where.push(hasImagesSql(Prisma.sql`c.id`, av));
  if (params.discussed) where.push(caseDiscussedSql(viewer, Prisma.sql`c.id`));
  if (params.from) where.push(Prisma.sql`c."lastActivityAt" >= ${new Date(`${params.from}T00:00:00Z`)}`);
  if (params.to) where.push(Prisma.sql`c."lastActivityAt" < ${new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000)}`);
  return where;
}

function rankSql(viewer: Viewer, plan: SearchPlan): Prisma.Sql {
  if (!plan.parsed.groups.length) return Prisma.sql`0::real`;
  const q = tsq(plan.parsed.anyTsquery);
  return Prisma.sql`(ts_rank(s.base, ${q}) + case when ${labelsVisibleSql(viewer, "c")} then ts_rank(s.labels, ${q}) else 0 end
    + case when ${answerVisibleSql(viewer, "c")} then ts_rank(s.answer, ${q}) else 0 end)`;
}

function orderSql(params: SearchParams, hasText: boolean): Prisma.Sql {
  const sort = params.sort ?? (hasText ? "relevance" : "activity");
  if (sort === "relevance" && hasText) return Prisma.sql`m.score desc, m.at desc, m.id desc`;
  if (sort === "discussed") {
    return Prisma.sql`(select count(*) from "Comment" x where x."caseId" = m.id and x."deletedAt" is null) desc, m.at desc, m.id desc`;
  }
  if (sort === "votes") return Prisma.sql`(select count(*) from "Vote" v where v."caseId" = m.id) desc, m.at desc, m.id desc`;
  return Prisma.sql`m.at desc, m.id desc`;
}

/** A facet as a JSON array of { value, label, count }, from a query returning those columns. */
const facet = (query: Prisma.Sql) =>
  Prisma.sql`(select coalesce(json_agg(json_build_object('value', f.value, 'label', f.label, 'count', f.n) order by f.n desc, f.label), '[]'::json) from (${query}) f)`;

function facetsSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`,
    ${facet(Prisma.sql`select m.region as value, m.region as label, count(*)::int as n from m group by m.region`)} as regions,
    ${facet(Prisma.sql`select st.modality as value, st.modality as label, count(distinct st."caseId")::int as n from "Study" st join m on m.id = st."caseId"
      where ${studySeenSql(Prisma.sql`m.av`)} group by st.modality`)} as modalities,
    ${facet(Prisma.sql`select m.status as value, m.status as label, count(*)::int as n from m where m.status in ('unknown', 'open', 'resolved') group by m.status`)} as statuses,
    ${facet(Prisma.sql`select t.value, t.value as label, count(*)::int as n from m, unnest(m.tags) t(value) group by t.value order by n desc, t.value limit 15`)} as tags,
    ${facet(Prisma.sql`select m."authorId" as value, u.name as label, count(*)::int as n from m join "User" u on u.id = m."authorId" group by m."authorId", u.name order by n desc, u.name limit 10`)} as authors,
    ${facet(Prisma.sql`select m."teamId" as value, t.name as label, count(*)::int as n from m join "Team" t on t.id = m."teamId"
      where m."teamId" = any(${viewer.teamIds}::text[]) group by m."teamId", t.name`)} as teams,
    ${facet(Prisma.sql`select d.id as value, d.name as label, count(distinct x.case_id)::int as n
      from (select m.id as case_id, m.dx as dx from m where m.dx is not null
            union all select fd."caseId", fd."diagnosisId" from "FinalDiagnosis" fd join m on m.id = fd."caseId" where m.av) x
      join "Diagnosis" d on d.id = x.dx group by d.id, d.name order by n desc, d.name limit 10`)} as diagnoses,
    ${facet(Prisma.sql`select m.certainty as value, m.certainty as label, count(*)::int as n from m where m.certainty is not null group by m.certainty`)} as certainties,
    (select count(*)::int from m where ${hasImagesSql(Prisma.sql`m.id`, Prisma.sql`m.av`)}) as "withImages",
    (select count(*)::int from m where ${caseDiscussedSql(viewer, Prisma.sql`m.id`)}) as "discussedCount"`;
}

/**
 * The statement: `m` is every case this viewer may see that matches (with its rank and the facet
 * columns already gated), then the page, the total and the facets over it.
 */
export function searchSql(viewer: Viewer, params: SearchParams, plan: SearchPlan): Prisma.Sql {
  const hasText = plan.parsed.groups.length > 0;
  const lv = labelsVisibleSql(viewer, "c");
  const av = answerVisibleSql(viewer, "c");
  const documentJoin = hasText ? Prisma.sql`join search.case_document s on s.case_id = c.id` : Prisma.empty;
  const cursor = plan.cursor ? Prisma.sql`where (m.at, m.id) < (${plan.cursor.at}, ${plan.cursor.id})` : Prisma.empty;
  const texts = hasText
    ? Prisma.sql`array[s.base_text, case when ${lv} then s.labels_text else '' end, case when ${av} then s.answer_text else '' end]`
    : Prisma.sql`array[]::text[]`;
  const filters = filterConditions(viewer, params, plan);
  const fuzzyWanted = plan.parsed.groups.some((group) => group.fuzzy);
  const matchSelect = (where: Prisma.Sql) => Prisma.sql`
      select c.id, c."lastActivityAt" as at, c.region, c.status::text as status, c."authorId", c."teamId",
             case when ${lv} then c.tags else '{}'::text[] end as tags,
             case when ${av} then r."diagnosisId" end as dx,
             case when ${av} then r.certainty::text end as certainty, ${av} as av,
             ${rankSql(viewer, plan)} as score
      from "Case" c ${documentJoin}
      left join "Resolution" r on r."caseId" = c.id
      where ${where}`;
  return Prisma.sql`
    with exact as materialized (${matchSelect(Prisma.join([...filters, ...textConditions(viewer, plan, false)], " and "))}),
    ${fuzzyWanted
      // Typos: trigram similarity costs a scan of the candidates' text, so it runs only when the
      // words themselves matched nothing (a one-time filter: PostgreSQL skips it otherwise).
      ? Prisma.sql`fuzzy as materialized (${matchSelect(Prisma.join([...filters, ...textConditions(viewer, plan, true), Prisma.sql`not exists (select 1 from exact)`], " and "))}),
    m as (select * from exact union all select * from fuzzy),`
      : Prisma.sql`m as (select * from exact),`}
    page as (
      select m.id, m.score, row_number() over (order by ${orderSql(params, hasText)}) as ord
      from m ${cursor} order by ${orderSql(params, hasText)} limit ${plan.limit} offset ${plan.offset}
    )
    select (select count(*)::int from m) as total,
      coalesce((select json_agg(json_build_object(
        'id', c.id, 'title', c.title, 'presentation', c.presentation, 'region', c.region,
        'lastActivityAt', to_char(c."lastActivityAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'authorId', c."authorId", 'status', c.status, 'visibility', c.visibility, 'teamId', c."teamId", 'stepThrough', c."stepThrough",
        'author', json_build_object('name', u.name),
        'studies', coalesce((select json_agg(json_build_object('modality', st.modality, 'dayOffset', st."dayOffset", 'position', st.position)) from "Study" st
          where st."caseId" = c.id and ${studySeenSql(av)}), '[]'::json),
        'texts', ${texts}) order by p.ord)
        from page p join "Case" c on c.id = p.id join "User" u on u.id = c."authorId"
        ${hasText ? Prisma.sql`join search.case_document s on s.case_id = c.id` : Prisma.empty}), '[]'::json) as items
      ${plan.facets ? facetsSql(viewer) : Prisma.empty}`;
}
