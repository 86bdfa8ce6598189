// The library's one search statement (decision 057): matching, filters, ranking, the page and the
// facet counts together, so a search is one round trip whatever the library's size. Every part
// that touches a case's labels (title, tags) or its answer (diagnosis, certainty, teaching points)
// is gated by the viewer's right to see them (lib/cases/policy.ts), in the match, the rank, the
// filters, the facets and the snippet's text alike: a hidden word changes nothing a viewer gets.
// Its cost is bounded whatever the library's size (decision 083): it reads only the case's search
// document (which carries the facts it filters, gates and counts on), takes the newest matches up
// to SEARCH_MATCH_CAP, and ranks, sorts and counts facets over those only.
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

/**
 * How many matches a search ranks, sorts (other than by activity) and counts facets over: the
 * newest cases that match. Exact below it; above it the total is "at least" and the rank and the
 * counts cover these newest matches (decision 083). A search pages 20 at a time through them.
 */
export const SEARCH_MATCH_CAP = 500;

const tsq = (text: string) => Prisma.sql`to_tsquery('english', ${text})`;

/**
 * One group of the query, by its words (and, for typos, by trigram similarity) in any tier of the
 * document `s` the viewer may see; the gates read the facts copied onto the document.
 */
function groupMatch(viewer: Viewer, tsquery: string, fuzzy: string | null): Prisma.Sql {
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const q = tsq(tsquery);
  const arms = [Prisma.sql`s.base @@ ${q}`, Prisma.sql`(${lv} and s.labels @@ ${q})`, Prisma.sql`(${av} and s.answer @@ ${q})`];
  if (fuzzy) {
    arms.push(Prisma.sql`s.base_text %> ${fuzzy}`, Prisma.sql`(${lv} and s.labels_text %> ${fuzzy})`, Prisma.sql`(${av} and s.answer_text %> ${fuzzy})`);
  }
  return Prisma.sql`(${Prisma.join(arms, " or ")})`;
}

/** Every group by its words (exact) or, with `fuzzy`, by trigram similarity too. */
function textConditions(viewer: Viewer, plan: SearchPlan, fuzzy: boolean): Prisma.Sql[] {
  return plan.parsed.groups.map((group, index) => groupMatch(viewer, plan.parsed.tsqueries[index]!, fuzzy ? group.fuzzy : null));
}

/** A study marked part of the answer (issue 26) counts only where the answer may be seen (`st` is the study). */
const studySeenSql = (answerVisible: Prisma.Sql) => Prisma.sql`(not st."partOfAnswer" or ${answerVisible})`;

/** Whether the case has an image the viewer may see: on a study that is not hidden as part of the answer. */
function hasImagesSql(caseId: Prisma.Sql, answerVisible: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "Image" i join "ImageSeries" se on se.id = i."seriesId" join "Study" st on st.id = se."studyId"
    where i."caseId" = ${caseId} and ${studySeenSql(answerVisible)})`;
}

/** The viewer's visibility rule and the filters, on the document `s` (its copied facts). */
function filterConditions(viewer: Viewer, params: SearchParams, plan: Pick<SearchPlan, "diagnosisId">): Prisma.Sql[] {
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const where: Prisma.Sql[] = [visibleCaseSql(viewer, "s")];
  if (params.region) where.push(Prisma.sql`s.region = ${params.region}`);
  if (params.modality) where.push(Prisma.sql`${params.modality} = any(case when ${av} then s."answerModalities" else s.modalities end)`);
  if (params.status) where.push(Prisma.sql`s.status = ${params.status}`);
  if (params.dx) where.push(Prisma.sql`(${av} and ${plan.diagnosisId ?? ""} = any(s."diagnosisIds"))`);
  if (params.certainty) where.push(Prisma.sql`(${av} and s.certainty = ${params.certainty})`);
  if (params.tag) where.push(Prisma.sql`(${lv} and ${params.tag} = any(s.tags))`);
  if (params.author) where.push(Prisma.sql`s."authorId" = ${params.author}`);
  if (params.team) where.push(Prisma.sql`(s."teamId" = ${params.team} and s."teamId" = any(${viewer.teamIds}::text[]))`);
  if (params.images) where.push(hasImagesSql(Prisma.sql`s.case_id`, av));
  if (params.discussed) where.push(caseDiscussedSql(viewer, Prisma.sql`s.case_id`));
  const activity = Prisma.sql`(select c."lastActivityAt" from "Case" c where c.id = s.case_id)`;
  if (params.from) where.push(Prisma.sql`${activity} >= ${new Date(`${params.from}T00:00:00Z`)}`);
  if (params.to) where.push(Prisma.sql`${activity} < ${new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000)}`);
  return where;
}

/** The rank of a match `m` (with its gates `lv`, `av`) on its document `s`: only the tiers the viewer may see. */
function rankSql(plan: SearchPlan): Prisma.Sql {
  const q = tsq(plan.parsed.anyTsquery);
  return Prisma.sql`(ts_rank(s.base, ${q}) + case when m.lv then ts_rank(s.labels, ${q}) else 0 end
    + case when m.av then ts_rank(s.answer, ${q}) else 0 end)`;
}

function sortOf(params: SearchParams, hasText: boolean) {
  return params.sort ?? (hasText ? "relevance" : "activity");
}

function orderSql(params: SearchParams, hasText: boolean): Prisma.Sql {
  const sort = sortOf(params, hasText);
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

/** The facet counts over `m`, whose columns are already gated (tags, diagnoses, certainty, modalities). */
function facetsSql(viewer: Viewer): Prisma.Sql {
  const unnested = (column: string) => Prisma.sql`select x.value, x.value as label, count(*)::int as n from m, unnest(m.${Prisma.raw(column)}) x(value) group by x.value`;
  return Prisma.sql`,
    ${facet(Prisma.sql`select m.region as value, m.region as label, count(*)::int as n from m group by m.region`)} as regions,
    ${facet(unnested("modalities"))} as modalities,
    ${facet(Prisma.sql`select m.status as value, m.status as label, count(*)::int as n from m where m.status in ('unknown', 'open', 'resolved') group by m.status`)} as statuses,
    ${facet(Prisma.sql`${unnested("tags")} order by n desc, x.value limit 15`)} as tags,
    ${facet(Prisma.sql`select m."authorId" as value, u.name as label, count(*)::int as n from m join "User" u on u.id = m."authorId" group by m."authorId", u.name order by n desc, u.name limit 10`)} as authors,
    ${facet(Prisma.sql`select m."teamId" as value, t.name as label, count(*)::int as n from m join "Team" t on t.id = m."teamId"
      where m."teamId" = any(${viewer.teamIds}::text[]) group by m."teamId", t.name`)} as teams,
    ${facet(Prisma.sql`select d.id as value, d.name as label, count(*)::int as n from m, unnest(m.dx) x(id)
      join "Diagnosis" d on d.id = x.id group by d.id, d.name order by n desc, d.name limit 10`)} as diagnoses,
    ${facet(Prisma.sql`select m.certainty as value, m.certainty as label, count(*)::int as n from m where m.certainty is not null group by m.certainty`)} as certainties,
    (select count(*)::int from m where ${hasImagesSql(Prisma.sql`m.id`, Prisma.sql`m.av`)}) as "withImages",
    (select count(*)::int from m where ${caseDiscussedSql(viewer, Prisma.sql`m.id`)}) as "discussedCount"`;
}

/**
 * The statement. `hits` is the newest SEARCH_MATCH_CAP + 1 documents this viewer may see that
 * match every word and filter (by trigram similarity only when the words matched nothing), with
 * the facet columns already gated; `m` at most SEARCH_MATCH_CAP of them with their activity. Then
 * the page (ranked or sorted on `m`; in activity order, the newest matches of the whole library,
 * keyset-paged), the total (`capped` when there were more) and the facets over `m`.
 */
export function searchSql(viewer: Viewer, params: SearchParams, plan: SearchPlan): Prisma.Sql {
  const hasText = plan.parsed.groups.length > 0;
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const filters = filterConditions(viewer, params, plan);
  const exact = [...filters, ...textConditions(viewer, plan, false)];
  // Typos: trigram similarity costs a scan of the candidates' text, so it runs only when the words
  // themselves matched nothing (a one-time filter: PostgreSQL skips it otherwise).
  const fuzzy = plan.parsed.groups.some((group) => group.fuzzy)
    ? [...filters, ...textConditions(viewer, plan, true), Prisma.sql`not exists (select 1 from hits_exact)`] : null;
  const hitSelect = (where: Prisma.Sql[]) => Prisma.sql`
      select s.case_id as id, s."createdAt" as created, s.region, s.status, s."authorId", s."teamId",
             case when ${lv} then s.tags else '{}'::text[] end as tags,
             case when ${av} then s."diagnosisIds" else '{}'::text[] end as dx,
             case when ${av} then s.certainty end as certainty,
             case when ${av} then s."answerModalities" else s.modalities end as modalities, ${lv} as lv, ${av} as av
      from search.case_document s where ${Prisma.join(where, " and ")}
      order by s."createdAt" desc, s.case_id desc limit ${SEARCH_MATCH_CAP + 1}`;
  const sort = sortOf(params, hasText);
  const ranked = sort === "relevance" && hasText;
  const byActivity = sort === "activity" || (sort === "relevance" && !hasText);
  // In activity order the page walks the cases newest activity first (keyset-paged past the cap).
  const cursor = plan.cursor ? Prisma.sql`and (c."lastActivityAt", c.id) < (${plan.cursor.at}, ${plan.cursor.id})` : Prisma.empty;
  const walk = (where: Prisma.Sql[]) => Prisma.sql`(select c.id, c."lastActivityAt" as at, 0::real as score
      from "Case" c join search.case_document s on s.case_id = c.id where ${Prisma.join(where, " and ")} ${cursor}
      order by c."lastActivityAt" desc, c.id desc limit ${plan.limit})`;
  const pageSource = byActivity
    ? Prisma.sql`${walk(exact)}${fuzzy ? Prisma.sql` union all ${walk(fuzzy)}` : Prisma.empty}`
    : ranked ? Prisma.sql`select m.*, ${rankSql(plan)} as score from m join search.case_document s on s.case_id = m.id` : Prisma.sql`select m.*, 0::real as score from m`;
  const cv = answerVisibleSql(viewer, "c");
  const clv = labelsVisibleSql(viewer, "c");
  const texts = hasText
    ? Prisma.sql`array[s.base_text, case when ${clv} then s.labels_text else '' end, case when ${cv} then s.answer_text else '' end]`
    : Prisma.sql`array[]::text[]`;
  return Prisma.sql`
    with hits_exact as materialized (${hitSelect(exact)}),
    ${fuzzy ? Prisma.sql`hits as (select * from hits_exact union all (${hitSelect(fuzzy)})),` : Prisma.sql`hits as (select * from hits_exact),`}
    m as materialized (select h.*, c."lastActivityAt" as at
      from (select * from hits order by created desc, id desc limit ${SEARCH_MATCH_CAP}) h join "Case" c on c.id = h.id),
    page as (
      select m.id, row_number() over (order by ${orderSql(params, hasText)}) as ord
      from (${pageSource}) m order by ${orderSql(params, hasText)} limit ${plan.limit} offset ${plan.offset}
    )
    select (select count(*)::int from m) as total, (select count(*) > ${SEARCH_MATCH_CAP} from hits) as capped,
      coalesce((select json_agg(json_build_object(
        'id', c.id, 'title', c.title, 'presentation', c.presentation, 'region', c.region,
        'lastActivityAt', to_char(c."lastActivityAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'authorId', c."authorId", 'status', c.status, 'visibility', c.visibility, 'teamId', c."teamId", 'stepThrough', c."stepThrough",
        'author', json_build_object('name', u.name),
        'studies', coalesce((select json_agg(json_build_object('modality', st.modality, 'dayOffset', st."dayOffset", 'position', st.position)) from "Study" st
          where st."caseId" = c.id and ${studySeenSql(cv)}), '[]'::json),
        'texts', ${texts}) order by p.ord)
        from page p join "Case" c on c.id = p.id join "User" u on u.id = c."authorId"
        ${hasText ? Prisma.sql`join search.case_document s on s.case_id = c.id` : Prisma.empty}), '[]'::json) as items
      ${plan.facets ? facetsSql(viewer) : Prisma.empty}`;
}

/** A query's groups as the search matches them: each group's tsquery and its word for trigram similarity. */
export type GroupTerms = Array<{ tsquery: string; fuzzy: string | null }>;

export interface SuggestionPlan {
  /** The query as searched. */
  groups: GroupTerms;
  /** Whether a filter narrowed the search (else the words alone found nothing: no need to ask). */
  filtered: boolean;
  diagnosisId: string | null;
  /** Each respellable word as typed, its own forms as a tsquery (without the catalogue's close words). */
  typed: string[];
  /**
   * The respelled queries to check: `replaced[i]` says whether typed word i is replaced. The one
   * checked is the one replacing exactly the typed words that no case this viewer sees has.
   */
  options: Array<{ replaced: boolean[]; groups: GroupTerms }>;
}

/**
 * A search that found nothing (lib/search/suggest.ts): one statement, on that path only, answers
 * - `wordsMatch`: whether the words alone (every group, as the search matches them) find a case the
 *   viewer may see, without the filters: then only the filters emptied the result;
 * - `known`: for each respellable word, whether the viewer may see a case that has it as typed
 *   (a word of the library is not a typo and is never respelled);
 * - `found`: unless the words matched, whether the query with the other words respelled finds a
 *   case for this viewer with these filters (the search's own matching: exact, or by similarity).
 * Only what the viewer may see takes part (the document's tiers behind their gates, their cases
 * behind the visibility rule): a hidden word never makes a suggestion, nor suppresses one.
 */
export function suggestionSql(viewer: Viewer, params: SearchParams, plan: SuggestionPlan): Prisma.Sql {
  // `exists` alone is planned to stop at the first row: a scan of every document when none matches
  // (the usual answer here). Materialized, the rows are planned as a whole: from the indexes.
  const any = (where: Prisma.Sql[]) => Prisma.sql`exists (with v as materialized (
      select 1 from search.case_document s where ${Prisma.join(where, " and ")}) select 1 from v)`;
  // As the search matches: by the words, else (only then: it costs more) by similarity too.
  const matches = (where: Prisma.Sql[], groups: GroupTerms) => Prisma.sql`(${any([...where, ...groups.map((group) => groupMatch(viewer, group.tsquery, null))])}
    or ${any([...where, ...groups.map((group) => groupMatch(viewer, group.tsquery, group.fuzzy))])})`;
  const visible = [visibleCaseSql(viewer, "s")];
  const wordsMatch = plan.filtered && plan.groups.length ? matches(visible, plan.groups) : Prisma.sql`false`;
  const known = plan.typed.length
    ? Prisma.sql`array[${Prisma.join(plan.typed.map((own) => any([...visible, groupMatch(viewer, own, null)])))}]::boolean[]`
    : Prisma.sql`'{}'::boolean[]`;
  const filters = filterConditions(viewer, params, plan);
  const checks = plan.options.filter((option) => option.groups.length).map((option) => {
    const keeps = option.replaced.map((replaced) => (replaced ? "false" : "true")).join(",");
    return Prisma.sql` when k.known = ${Prisma.raw(`array[${keeps}]::boolean[]`)} then ${matches(filters, option.groups)}`;
  });
  return Prisma.sql`with w as materialized (select ${wordsMatch} as m), k as materialized (select ${known} as known)
    select w.m as "wordsMatch", k.known, case when w.m then null${checks.length ? Prisma.join(checks, "") : Prisma.empty} end as found
    from w, k`;
}
